# Flyway — couriers schema
flyway.url=jdbc:postgresql://⟦I=pg-couriers.ist.anatolia.internal⟧:5432/⟦I=couriers⟧
flyway.user=flyway
flyway.password=⟦S:pw⟧
flyway.schemas=couriers
flyway.locations=filesystem:sql
flyway.placeholders.readonlyPassword=⟦S:pw(url)⟧
# flyway.password=${FLYWAY_PASSWORD}
flyway.licenseKey=⟦N=FL01XXXXXXXXXXXXXXXXXXXX⟧
