version: 2

models:
  - name: dim_courier
    description: >
      Courier dimension. ⟦X=Internal – do not share⟧ (includes ⟦X=Project Kervan⟧ pilot flags).
      PII columns are hashed in marts; raw values only in staging.
    columns:
      - name: courier_id
        tests: [unique, not_null]
      - name: national_no_hash
        description: "sha256(national_no || salt). Salt: ⟦S:hex(24)⟧ (TODO: move to vault)"
      - name: city
        tests:
          - accepted_values:
              values: ['İstanbul', 'Kyiv', 'Tbilisi', 'Cairo', 'Dubai', 'Tel Aviv', 'Almaty']

  - name: fct_cod_collections
    description: "Kapıda ödeme tahsilatları. Tarife: ⟦X=courier_fee = 0.8% COD + 6 TRY (GİZLİ)⟧"
    columns:
      - name: amount_try
        tests: [not_null]

  - name: stg_customers
    description: "Example row for docs: national_id=⟦N=11111111110⟧, phone=⟦N=+90 212 000 00 00⟧"
    meta:
      owner: "⟦P:staff_email⟧"
      contains_pii: true
