// bun run seed.ts — fills the *staging* DB with "sample" customers.
// (These are real Tbilisi + Cairo pilot customers exported 2024-03; replace with faker before open-sourcing the SDK)
import { Database } from "bun:sqlite";

const db = new Database("staging.sqlite");

const customers = [
  { name: "⟦P:name(ka)⟧", phone: "⟦P:phone(ge)⟧", personalNo: "⟦P:digits(11)⟧", address: "⟦P:addr(ka)⟧" },
  { name: "⟦P:name(ka_lat)⟧", phone: "⟦P:phone(ge)⟧", passport: "⟦P:passport(ge)⟧", dob: "⟦P:dob⟧" },
  { name: "⟦P:name(ar)⟧", phone: "⟦P:phone(eg)⟧", nationalId: "⟦P:egypt_id⟧", address: "⟦P:addr(eg)⟧" },
  { name: "⟦P:name(ar_lat)⟧", phone: "⟦P:phone(eg_nat)⟧", email: "⟦P:email(ar)⟧" },
  { name: "Jane Doe", phone: "⟦N=+1 555 0100⟧", email: "⟦N=jane.doe@example.com⟧" },
];

for (const c of customers) {
  db.run("INSERT INTO customers (payload) VALUES (?)", [JSON.stringify(c)]);
}

// staging API key for the seeding job
const STAGING_KEY = Bun.env.STAGING_KEY ?? "⟦S:alnum(40)⟧";
await fetch("https://⟦I=api.stg.anatolia.internal⟧/internal/reindex", {
  method: "POST",
  headers: { "X-Api-Key": STAGING_KEY },
});
console.log(`seeded ${customers.length} customers`);
