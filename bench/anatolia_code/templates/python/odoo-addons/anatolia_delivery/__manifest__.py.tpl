# -*- coding: utf-8 -*-
# ⟦X=Proprietary and confidential — Anatolia Logistik A.Ş.⟧
# Codename: ⟦X=SIMURG⟧ (Odoo ↔ dispatch bridge), owned by ⟦X=Team Karadeniz⟧
{
    "name": "Anatolia Delivery Bridge",
    "summary": "Sync Odoo sale orders with the Anatolia dispatch platform",
    "version": "⟦N=16.0.3.1.4⟧",
    "category": "Inventory/Delivery",
    "author": "Anatolia Logistik — ERP Team",
    "website": "https://www.anatolia-logistik.com.tr",
    "license": "OPL-1",
    "depends": ["sale_management", "stock", "delivery", "l10n_tr"],
    "data": [
        "security/ir.model.access.csv",
        "data/res_partner_data.xml",
        "data/ir_config_parameter.xml",
        "views/delivery_carrier_views.xml",
    ],
    "external_dependencies": {"python": ["requests", "⟦N=phonenumbers⟧"]},
    "installable": True,
    "application": False,
}
