"""Shared fictional world: hosts, accounts and credentials reused across files."""
from fakes import *  # noqa
import fakes


class World:
    def __init__(self):
        self.aws_acct_prod = aws_account()
        self.aws_acct_stg = aws_account()
        self.gcp_project = f"ferrovia-analytics-{r(DIG, 6)}"
        self.az_sub = uid()
        self.az_tenant = uid()
        self.pg_host = "pg-primary.prod.ferrovia-internal.net"
        self.pg_replica = "pg-replica-02.prod.ferrovia-internal.net"
        self.pg_db = "freight_core_prod"
        self.pg_user = "dispatch_svc"
        self.pg_pass = password()
        self.redis_host = "redis-master.cache.svc.cluster.local"
        self.redis_pass = password("long")
        self.rabbit_host = "rabbitmq-0.mq.ferrovia.intra"
        self.rabbit_pass = password("human")
        self.kafka = "kafka-0.kafka-headless.data.svc.cluster.local"
        self.bucket_manifests = "ferrovia-prod-manifests-eu-central-1"
        self.bucket_ml = "ferrovia-ml-feature-store"
        self.jump = "jump01.ferrovia.intra"
        self.aws_id = aws_key_id()
        self.aws_secret = aws_secret()
        self.stripe = stripe_live()
        self.stripe_wh = stripe_whsec()
        self.sendgrid = sendgrid()
        self.slack_hook = slack_webhook()
        self.jwt_secret = hexs(48)
        self.npm = npm_token()
        # people
        self.emp = [person(c, employee=True) for c in ["DE", "DE", "ES", "PT", "GB", "US", "DE", "BR", "PT", "ES", "GB", "US"]]
        self.cust = [person(c) for c in ["DE", "ES", "PT", "GB", "US", "BR", "DE", "ES", "PT", "GB", "US", "DE", "BR", "US", "GB", "DE"]]
