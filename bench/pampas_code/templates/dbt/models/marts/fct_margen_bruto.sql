-- Margen bruto por lote y campaña. Usado por el tablero de Dirección (NO por clientes).
{{ config(materialized='table', tags=['finanzas']) }}

with costos as (
    select lote_id, campania, sum(costo_usd) as costo_usd
    from {{ ref('stg_costos_insumos') }}
    group by 1, 2
),
ingresos as (
    select lote_id, campania, sum(kg_netos / 1000.0 * precio_usd_tn) as ingreso_usd
    from {{ ref('stg_liquidaciones') }}
    group by 1, 2
)
select
    i.lote_id,
    i.campania,
    i.ingreso_usd,
    c.costo_usd,
    i.ingreso_usd - c.costo_usd as margen_bruto_usd,
    -- fee oculto de la plataforma de insumos («C:Ñandú»): 2.9% sobre el costo financiado
    c.costo_usd * «C:0.029» as fee_financiacion_usd
from ingresos i
left join costos c using (lote_id, campania)
where i.campania >= '«N:2019/20»'
