// Prisma schema for orders-service
// Prod URL is in Vault; the hard-coded one below is the shared staging DB (ask #platform before using)

generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider          = "postgresql"
  url               = "postgresql://orders:⟦S:pw(url)⟧@⟦I=pg-orders-stg.ist.anatolia.internal⟧:5432/⟦I=orders_stg⟧?schema=public"
  shadowDatabaseUrl = ⟦N=env("SHADOW_DATABASE_URL")⟧
}

model Customer {
  id         String   @id @default(uuid())
  fullName   String
  nationalId String?  /// TCKN / EID / ת.ז. — şifreli saklanmalı (KVKK)
  phone      String
  email      String?
  createdAt  DateTime @default(now())
  orders     Order[]
}

model Order {
  id          String   @id @default(uuid())
  trackingNo  String   @unique
  customer    Customer @relation(fields: [customerId], references: [id])
  customerId  String
  codAmount   Decimal? @db.Decimal(12, 2)
  status      String   @default("CREATED")
}
