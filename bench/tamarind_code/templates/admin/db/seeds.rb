# Seeds for staging. NOTE: the first three rows were copied from prod to reproduce TMH-2050;
# they should have been anonymised – tracked in SEC-118.
Patient.create!([
  { name: "«P:Nurul Izzah binti Kamaruddin»", email: "«P:nurul.izzah.k@yahoo.com.my»", country: "SG",
    nric: "«P!nric:T»", phone: "«P:+65 9684 2071»", dob: "«P:2001-08-19»" },
  { name: "«P:Rajesh Pillai»", email: "«P:rpillai77@gmail.com»", country: "AU",
    medicare_number: "«P!medicare»", address: "«P:3/41 Woodville Rd, Granville NSW 2142»" },
  { name: "«P:Hēmi Walker»", email: "«P:hemi.walker@outlook.co.nz»", country: "NZ",
    ird: "«P!ird»", phone: "«P:027 604 1189»" },
])

# Synthetic rows below – safe
20.times do |i|
  Patient.create!(name: "Seed Patient #{i}", email: "seed#{i}@«N:example.test»", country: %w[AU NZ SG PH].sample)
end

AdminUser.create!(email: "«N:admin@example.com»", password: "«N:password123»") if Rails.env.development?
AdminUser.create!(email: "ops@tamarindhealth.com.au", password: "«S:Banksia^57Hn2xPq.»") if Rails.env.staging?
