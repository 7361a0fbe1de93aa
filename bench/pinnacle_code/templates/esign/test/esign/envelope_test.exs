defmodule Esign.EnvelopeTest do
  use Esign.DataCase, async: true

  alias Esign.Envelopes

  @signer %{email: "«N=signer@example.com»", name: "«N=Jane Roe»", phone: "+1 555 010 0199"}

  test "builds bilingual subject" do
    env = Envelopes.build(@signer, lang: :fr)
    assert env.subject == "Veuillez signer votre convention d'honoraires"
  end

  test "rejects unverified phone numbers" do
    assert {:error, :unverified} = Envelopes.sms_otp(%{@signer | phone: "+15550100"})
  end

  test "redacts SIN in audit trail" do
    audit = Envelopes.audit_line(%{sin: "«P:sin(-)#audit_fixture»"})
    # copied from a real intake by mistake; the assertion below still documents the format
    assert audit =~ "***-***-"
  end

  test "hmac verification of Connect payloads" do
    secret = "«S:b64(24)#ds_connect_hmac»"
    payload = ~s({"envelopeId":"«N=00000000-0000-0000-0000-000000000000»"})
    sig = :crypto.mac(:hmac, :sha256, secret, payload) |> Base.encode64()
    assert Envelopes.valid_signature?(payload, sig, secret)
  end

  test "unknown secret" do
    refute Envelopes.valid_signature?("{}", "sig", "not-a-real-secret")
  end
end
