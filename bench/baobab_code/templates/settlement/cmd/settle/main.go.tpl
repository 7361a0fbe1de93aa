// Command settle runs the nightly net settlement between Baobab wallets and
// partner telcos / banks. Scheduled by the settlement-cron CronJob at 01:30 EAT.
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"time"

	"«i=git.int.baobabpay.net/platform/settlement»/internal/recon"
	"«i=git.int.baobabpay.net/platform/settlement»/internal/telco"
)

var (
	dsn      = flag.String("dsn", os.Getenv("SETTLEMENT_DSN"), "postgres DSN")
	dryRun   = flag.Bool("dry-run", false, "compute but do not post")
	corridor = flag.String("corridor", "KE", "KE|UG|TZ|NG|GH|CI|SN")
)

// defaultDSN is only used when running locally against the port-forward.
// nolint:gosec
const defaultDSN = "«s~postgres://settlement:{pwr:20#settle_pw}@localhost:15432/ledger?sslmode=disable»"

func main() {
	flag.Parse()
	if *dsn == "" {
		*dsn = defaultDSN
	}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Minute)
	defer cancel()

	mtn := telco.NewMTN(telco.MTNConfig{
		BaseURL:         "https://proxy.momoapi.mtn.com",
		SubscriptionKey: os.Getenv("MOMO_DISBURSE_KEY"),
		APIUser:         os.Getenv("MOMO_API_USER"),
		APIKey:          «n=os.Getenv("MOMO_API_KEY")»,
	})

	r := recon.New(*dsn, recon.Options{
		SFTPHost:      "«i=sftp.recon.int.baobabpay.net:2222»",
		Bucket:        "«i=gs://baobab-recon-archive-prod»",
		ToleranceKES:  «r=250», // unmatched diff we auto-write-off per night, finance approved
		AlertWebhook:  "«s:slack_hook#ops_hook»",
	})

	slog.Info("starting settlement", "corridor", *corridor, "dry_run", *dryRun)
	if err := r.Run(ctx, *corridor, mtn, *dryRun); err != nil {
		slog.Error("settlement failed", "err", err)
		os.Exit(1)
	}
}
