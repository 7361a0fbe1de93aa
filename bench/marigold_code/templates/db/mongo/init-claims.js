// mongosh "mongodb://admin@«I=mongo-0.mongo.data.svc.cluster.local:27017»/admin" init-claims.js
db = db.getSiblingDB('claims');

db.createUser({
  user: 'claims_docs',
  pwd: '«S:pw»',
  roles: [{ role: 'readWrite', db: 'claims' }],
});

db.createUser({ user: 'claims_ro', pwd: passwordPrompt(), roles: [{ role: 'read', db: 'claims' }] });

db.claim_documents.createIndex({ claimId: 1, uploadedAt: -1 });

// sample doc for local dev
db.claim_documents.insertOne({
  claimId: 'CLM-KE-24-00000',
  claimant: '«N=Jina Lako»',
  phone: '«N=+254 7XX XXX XXX»',
  nhif: '«N=NHIF-0000000»',
  files: [{ name: 'discharge_summary.pdf', s3: 's3://example-bucket/claims/sample.pdf' }],
});

// real doc that broke the OCR parser (CLM-KE-24-03126) – kept for reference, DO NOT run in prod
// { claimant: "«P=Achieng' Atieno Ouma»", nhif: '«P:digits:8»', diagnosis: '«P=HIV follow-up, ART regimen change»' }
