<?xml version="1.0" encoding="utf-8"?>
<!-- Demo/seed partners. NOTE: bunlar gerçek müşteriler, prod'dan kopyalandı (TODO: anonimleştir) -->
<odoo noupdate="1">
    <record id="partner_courier_hub_kadikoy" model="res.partner">
        <field name="name">Kadıköy Hub</field>
        <field name="is_company">True</field>
        <field name="street">⟦P:addr(tr)⟧</field>
        <field name="email">⟦N=hub-kadikoy@example.org⟧</field>
    </record>

    <record id="partner_customer_0001" model="res.partner">
        <field name="name">⟦P:name(tr)⟧</field>
        <field name="vat">TR⟦P:tckn⟧</field>
        <field name="phone">⟦P:phone(tr)⟧</field>
        <field name="email">⟦P:email(last)⟧</field>
        <field name="street">⟦P:addr(tr)⟧</field>
        <field name="country_id" ref="base.tr"/>
    </record>

    <record id="partner_customer_0002" model="res.partner">
        <field name="name">⟦P:name(ar)⟧</field>
        <field name="phone">⟦P:phone(ae)⟧</field>
        <field name="email">⟦P:email(ar)⟧</field>
        <field name="street">⟦P:addr(ae)⟧</field>
        <field name="ref">EID ⟦P:emirates_id⟧</field>
        <field name="country_id" ref="base.ae"/>
    </record>

    <record id="partner_customer_0003" model="res.partner">
        <field name="name">⟦P:name(he)⟧</field>
        <field name="phone">⟦P:phone(il)⟧</field>
        <field name="street">⟦P:addr(he)⟧</field>
        <field name="ref">ת.ז. ⟦P:tz⟧</field>
        <field name="country_id" ref="base.il"/>
    </record>

    <record id="partner_bank_0001" model="res.partner.bank">
        <field name="acc_number">⟦P:iban(tr_sp)⟧</field>
        <field name="partner_id" ref="partner_customer_0001"/>
    </record>

    <record id="partner_test" model="res.partner">
        <field name="name">Test Müşteri</field>
        <field name="vat">TR⟦N=11111111110⟧</field>
        <field name="phone">⟦N=+90 555 555 55 55⟧</field>
    </record>
</odoo>
