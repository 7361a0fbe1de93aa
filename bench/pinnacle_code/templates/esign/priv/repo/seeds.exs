# Script for populating the database. You can run it as:
#
#     mix run priv/repo/seeds.exs
#
alias Esign.{Repo, Signer, Template}

Repo.insert!(%Template{key: "engagement_letter_en", locale: "en-CA", version: "2.4.0"})
Repo.insert!(%Template{key: "convention_honoraires_fr", locale: "fr-CA", version: "2.4.0"})

# Demo signers for the sales environment
Repo.insert!(%Signer{name: "«N=Alex Example»", email: "«N=alex@example.org»", phone: "555-0123"})

# Pilot signers (real — pilot ran against prod data, remove before release)
Repo.insert!(%Signer{
  name: "«P=Anne-Sophie Gauthier»",
  email: "«P=asgauthier@sympatico.ca»",
  phone: "«P:phone_ca(819)»",
  ramq: "«P:ramq(GAUA)»"
})

Repo.insert!(%Signer{
  name: "«P=Rajinder Kaur Dhaliwal»",
  email: "«P=rk.dhaliwal@shaw.ca»",
  phone: "«P:phone_e164(604)»"
})
