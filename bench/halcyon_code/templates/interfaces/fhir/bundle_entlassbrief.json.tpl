{
  "resourceType": "Bundle",
  "id": "⟦n=3f9c1a52-7d1e-4b8e-9c1f-2a6d4e8b0c17⟧",
  "meta": {
    "profile": ["https://fhir.kbv.de/StructureDefinition/KBV_PR_MIO_EB_Bundle"],
    "security": [{"system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "R"}]
  },
  "type": "document",
  "timestamp": "2024-03-08T10:15:00+01:00",
  "entry": [
    {
      "fullUrl": "https://⟦i=fhir.halcyon.intern⟧/fhir/R4/Patient/⟦n=8d2e7c04-5b1a-4f3e-a9d6-0c7b1e2f3a48⟧",
      "resource": {
        "resourceType": "Patient",
        "identifier": [
          {"system": "⟦n=http://fhir.de/sid/gkv/kvid-10⟧", "value": "⟦p$pat1_kvnr⟧"},
          {"system": "urn:oid:⟦n=1.2.276.0.76.3.1.405.1.1⟧", "value": "⟦n=a3f0c9e1-2b7d-4c55-8e61-9d04b2c7f3aa⟧"}
        ],
        "name": [{"use": "official", "family": "⟦_$pat1|last⟧", "given": ["⟦_$pat1|first⟧"], "text": "⟦p$pat1⟧"}],
        "telecom": [
          {"system": "phone", "value": "⟦n=+49 000 0000000⟧", "use": "mobile"}
        ],
        "gender": "female",
        "birthDate": "⟦p$pat1_dob⟧",
        "address": [{"line": ["⟦p$pat1_street⟧"], "city": "Freiburg", "postalCode": "79100", "country": "DE"}]
      }
    },
    {
      "fullUrl": "https://⟦i=fhir.halcyon.intern⟧/fhir/R4/Condition/c-4711",
      "resource": {
        "resourceType": "Condition",
        "code": {"coding": [{"system": "http://fhir.de/CodeSystem/bfarm/icd-10-gm", "code": "⟦n=I48.0⟧", "display": "Vorhofflimmern, paroxysmal"}]},
        "subject": {"reference": "Patient/8d2e7c04-5b1a-4f3e-a9d6-0c7b1e2f3a48"}
      }
    },
    {
      "fullUrl": "https://⟦i=fhir.halcyon.intern⟧/fhir/R4/Practitioner/p-0815",
      "resource": {
        "resourceType": "Practitioner",
        "name": [{"text": "Dr. med. ⟦p$doc1⟧"}],
        "telecom": [{"system": "phone", "value": "⟦n=+49 761 000000⟧"}]
      }
    }
  ]
}
