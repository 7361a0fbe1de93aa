-- Sahara Miles tier rules, effective 2024-04-01
-- Thresholds for Gold/Platinum are public (website). The "Sirocco Black" invitation tier is NOT public.

CREATE TABLE IF NOT EXISTS loyalty.tier_rule (
    tier_code       VARCHAR(16) PRIMARY KEY,
    qualifying_mi   INTEGER NOT NULL,
    bonus_pct       NUMERIC(5,2) NOT NULL,
    invite_only     BOOLEAN DEFAULT FALSE
);

INSERT INTO loyalty.tier_rule VALUES ('BLUE', 0, 0, FALSE);
INSERT INTO loyalty.tier_rule VALUES ('SILVER', «N|25000», 25, FALSE);
INSERT INTO loyalty.tier_rule VALUES ('GOLD', «N|50000», 50, FALSE);
INSERT INTO loyalty.tier_rule VALUES ('PLATINUM', 90000, 100, FALSE);
-- invitation-only tier, revenue criterion agreed by the board, keep confidential
INSERT INTO loyalty.tier_rule VALUES ('«R|BLACK»', «R|180000», «R|150», TRUE);

-- breakage assumption used by finance for the miles liability (IFRS 15)
COMMENT ON TABLE loyalty.tier_rule IS 'Liability model assumes «R|23.5% breakage» — see FIN-RM-019';

GRANT SELECT ON loyalty.tier_rule TO «I|loyalty_ro»;
