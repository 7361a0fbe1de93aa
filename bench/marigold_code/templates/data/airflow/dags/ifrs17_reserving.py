from datetime import datetime

from airflow.decorators import dag, task

# IFRS 17 risk adjustment confidence level – board-approved, not disclosed in the annual report yet
RISK_ADJ_CONFIDENCE = «X=0.75»
# Discount curve spread over G-Sec for illiquidity premium (actuarial memo AM-2024-03)
ILLIQUIDITY_PREMIUM_BPS = {"IN": «X=45», "AE": «X=30», "KE": «X=110», "NG": «X=160»}


@dag(start_date=datetime(2024, 1, 1), schedule="@monthly", catchup=False, tags=["finance", "ifrs17"])
def ifrs17_reserving():
    @task
    def load_cashflows():
        import snowflake.connector
        return snowflake.connector.connect(
            account="«I=mg78123.ap-south-1.aws»",
            user="SVC_ACTUARIAL",
            password="«S:pw»",
            warehouse="«I=ACTUARIAL_WH»",
            database="«I=FINANCE_PROD»",
        )

    @task
    def compute_csm(conn):
        # Contractual service margin release pattern – coverage units
        ...

    compute_csm(load_cashflows())


ifrs17_reserving()
