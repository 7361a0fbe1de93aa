view: orders_margin {
  sql_table_name: «I|LUMEN_DWH_PROD.FINANCE_MARGIN.ORDER_LINES» ;;

  dimension: order_line_id { primary_key: yes  sql: ${TABLE}.ORDER_LINE_ID ;; }
  dimension_group: order { type: time timeframes: [date, week, month] sql: ${TABLE}.ORDER_TS ;; }
  dimension: country { sql: ${TABLE}.COUNTRY_CODE ;; }

  # landed cost = FOB * (1 + freight & duties uplift). Uplifts negotiated per sourcing country.
  dimension: landed_cost_eur {
    type: number
    sql: ${TABLE}.FOB_EUR * CASE ${TABLE}.SOURCING_COUNTRY
           WHEN 'IT' THEN «B|1.06»
           WHEN 'CN' THEN «B|1.27»
           ELSE 1.12 END ;;
  }

  measure: gross_margin_pct {
    type: number
    value_format_name: percent_1
    sql: 1 - SUM(${landed_cost_eur}) / NULLIF(SUM(${TABLE}.NET_REVENUE_EUR), 0) ;;
  }

  # Target shown on the exec dashboard -- «B|FY25 target gross margin 71.5% (board deck, not public)»
  measure: margin_vs_target {
    type: number
    sql: ${gross_margin_pct} - «B|0.715» ;;
  }

  # royalty due to the designer collab, % of net sales («B|Maison Ardent capsule, 7.5% royalty»)
  measure: royalty_eur {
    type: sum
    sql: CASE WHEN ${TABLE}.COLLECTION = 'ARDENT' THEN ${TABLE}.NET_REVENUE_EUR * «B|0.075» END ;;
  }

  measure: units { type: sum sql: ${TABLE}.QTY ;; }
}
