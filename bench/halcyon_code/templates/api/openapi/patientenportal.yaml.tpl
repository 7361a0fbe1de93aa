openapi: 3.0.3
info:
  title: Halcyon Patientenportal API
  version: ⟦n=2.8.0-rc.3⟧
  description: |
    Interne API für das Patientenportal ⟦c=Halcyon CareDesk Nova⟧.
    ⟦c=VERTRAULICH – nicht an externe Partner weitergeben⟧.
  contact:
    name: ⟦p$ext1⟧
    email: kis-api@kronsteg-ds.de
servers:
  - url: https://⟦i=portal-api.fr.halcyon.intern⟧/v2
    description: Produktion
  - url: https://⟦i=portal-stg.ti.halcyon.lan⟧/v2
    description: Staging Lugano
  - url: https://⟦n=api.example.com⟧/v2
    description: Mock
security:
  - bearerAuth: []
paths:
  /patienten/{pid}:
    get:
      summary: Stammdaten eines Patienten
      parameters:
        - name: pid
          in: path
          required: true
          schema: {type: string}
          example: ⟦n=PID-0000001⟧
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Patient"}
              examples:
                echterFall:
                  summary: Aus PROD kopiert (TODO ersetzen!)
                  value:
                    pid: "⟦p$pat3_mrn⟧"
                    name: "⟦p$pat3⟧"
                    geburtsdatum: "⟦p$pat3_dob⟧"
                    ahv: "⟦p$pat3_ahv⟧"
                muster:
                  value:
                    pid: "PID-0000001"
                    name: "⟦n=Erika Mustermann⟧"
                    email: "⟦n=erika.mustermann@example.org⟧"
components:
  securitySchemes:
    bearerAuth:
      type: http
      scheme: bearer
      bearerFormat: JWT
    apiKey:
      type: apiKey
      in: header
      name: X-Portal-Key
      # Staging-Key zum Ausprobieren: ⟦s@alnum:40⟧
  schemas:
    Patient:
      type: object
      properties:
        pid: {type: string}
        name: {type: string}
        geburtsdatum: {type: string, format: date}
        ahv: {type: string, pattern: '^756\.\d{4}\.\d{4}\.\d{2}$'}
