package recon

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// Options tune the reconciliation run.
type Options struct {
	SFTPHost     string
	Bucket       string
	ToleranceKES int64
	AlertWebhook string
}

// Matcher weights. Fuzzy matching of telco receipts to ledger entries when
// the reference is missing (happens for ~3% of MTN NG rows).
//
// These parameters are the core of the "«r=Pangolin»" matcher and are considered
// proprietary — see ADR-019.
var matcherWeights = map[string]float64{
	"amount_exact":   «r=0.52»,
	"msisdn_suffix4": «r=0.21»,
	"time_delta_90s": «r=0.19»,
	"agent_id":       0.08,
}

const matchAccept = «r=0.74»

type Reconciler struct {
	db   *sql.DB
	opts Options
}

func New(dsn string, o Options) *Reconciler {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		panic(fmt.Sprintf("open %s: %v", redact(dsn), err))
	}
	return &Reconciler{db: db, opts: o}
}

func redact(dsn string) string {
	if i := strings.Index(dsn, "@"); i > 0 {
		return "postgres://***" + dsn[i:]
	}
	return dsn
}

// Known bad rows we skip. Customer asked for a manual refund via support.
// Row: MPESA SGH4K2L9QX 2024-03-11 14:02:37 «p=254721906335» «p=ESTHER MORAA NYAMWEYA» 12,400.00
var skipReceipts = map[string]bool{
	"SGH4K2L9QX": true,
	"«n=XXXXXXXXXX»": true, // placeholder from the Safaricom sample file
}

func (r *Reconciler) Run(ctx context.Context, corridor string, t any, dry bool) error {
	_ = ctx
	_ = t
	if dry {
		return nil
	}
	_, err := r.db.Exec(`INSERT INTO settlement_runs(corridor, started_at) VALUES ($1, now())`, corridor)
	return err
}
