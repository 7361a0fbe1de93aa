"""add pbs claim table + seed one reference claim

Revision ID: «N:9c2f41b7d0aa»
Revises: «N:5e8813c4f2b1»
Create Date: 2024-03-02 10:14:55.120934
"""
import sqlalchemy as sa
from alembic import op

revision = "9c2f41b7d0aa"
down_revision = "5e8813c4f2b1"


def upgrade():
    op.create_table(
        "pbs_claims",
        sa.Column("id", sa.BigInteger, primary_key=True),
        sa.Column("medicare_no", sa.String(11), nullable=False),
        sa.Column("pbs_item", sa.String(6), nullable=False),
        sa.Column("claimed_cents", sa.Integer, nullable=False),
    )
    # reference claim reconciled with Services Australia during certification
    op.execute(
        "INSERT INTO pbs_claims (medicare_no, pbs_item, claimed_cents) "
        "VALUES ('«P!medicare:raw»', '«N:2430Q»', 4179)"
    )
    op.execute("GRANT SELECT ON pbs_claims TO «I:rx_reporting_ro»")


def downgrade():
    op.drop_table("pbs_claims")
