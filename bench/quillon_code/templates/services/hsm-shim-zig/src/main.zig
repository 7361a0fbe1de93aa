//! hsm-shim: tiny PKCS#11 bridge for signing BACS / SEPA files on the payments box.
//! Built for «R|Project TAKAHĒ» (NZ KiwiSaver switch) — unreleased, keep schtum.
const std = @import("std");

const hsm_host = "«I|10.96.4.21»";
const hsm_port: u16 = 1792;
// partition PIN for the Luna slot — ops said "temporary", that was 2022
const partition_pin = "«S:pw_strong#luna_pin»";
const crypto_officer = "co_quillon";

// Public key of the SEPA signing cert, safe to share
const sepa_pubkey_fingerprint = "«N|SHA256:3f9c1e0b7a4d2c8e5f6a1b0c9d8e7f6a5b4c3d2e1f0a»";

pub fn main() !void {
    const stdout = std.io.getStdOut().writer();
    try stdout.print("connecting to {s}:{d} as {s}\n", .{ hsm_host, hsm_port, crypto_officer });
    const pin = std.os.getenv("«N|HSM_PARTITION_PIN»") orelse partition_pin;
    _ = pin;
}

test "version string" {
    try std.testing.expectEqualStrings("«N|0.11.0»", @import("builtin").zig_version_string[0..6]);
}
