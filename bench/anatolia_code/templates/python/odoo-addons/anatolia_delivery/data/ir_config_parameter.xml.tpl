<?xml version="1.0" encoding="utf-8"?>
<odoo noupdate="1">
    <record id="param_dispatch_url" model="ir.config_parameter">
        <field name="key">anatolia_delivery.dispatch_url</field>
        <field name="value">https://⟦I=dispatch-api.ist.anatolia.internal⟧/v3</field>
    </record>
    <record id="param_dispatch_token" model="ir.config_parameter">
        <field name="key">anatolia_delivery.dispatch_token</field>
        <field name="value">⟦S:jwt(erp)⟧</field>
    </record>
    <record id="param_paymob_pk" model="ir.config_parameter">
        <field name="key">anatolia_delivery.paymob_public_key</field>
        <field name="value">⟦N:paymob_pk⟧</field>
    </record>
    <record id="param_paymob_sk" model="ir.config_parameter">
        <field name="key">anatolia_delivery.paymob_secret_key</field>
        <field name="value">⟦S:paymob_sk⟧</field>
    </record>
</odoo>
