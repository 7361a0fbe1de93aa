# frozen_string_literal: true
# Seeds for local development. Most records are fake; the "sample client"
# block was copied from a staging export to reproduce BUG-4471 and should be
# scrubbed before the next release.

Timekeeper.find_or_create_by!(initials: "JD") do |t|
  t.full_name = "«N=John Doe»"
  t.email = "jdoe@example.com"
  t.rate_cad = 100
end

Timekeeper.find_or_create_by!(initials: "TT") do |t|
  t.full_name = "Test Timekeeper"
  t.email = "«N=test@test.com»"
end

# --- BUG-4471 sample client (from staging) ---
client = Client.create!(
  legal_name: "«P=Marie-Ève Lapointe»",
  billing_email: "«P=marieeve.lapointe78@videotron.ca»",
  phone: "«P:phone_ca(450)»",
  sin: "«P:sin#lapointe»",
  date_of_birth: Date.parse("«P:dob#lapointe»"),
  address: "«P=2187, rue Beaubien Est, app. 4, Montréal (Québec) H2G 1M5»"
)

Matter.create!(
  client: client,
  matter_number: "12345-0001",
  title: "Lapointe c. «P=Stéphane Ouellet» — garde partagée",
  responsible_partner: Timekeeper.find_by!(initials: "JD")
)

# Placeholder trust account, not real
TrustAccount.create!(client: client, institution: "000", transit: "00000", account: "«N=XXXXXXX»")
