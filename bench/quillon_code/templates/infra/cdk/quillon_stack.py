"""AWS CDK stack for the UK statements + BACS outbound pipeline (eu-west-2)."""
import os

from aws_cdk import Stack, aws_ec2 as ec2, aws_s3 as s3, aws_secretsmanager as sm, aws_lambda as _lambda
from constructs import Construct

PROD_ACCOUNT = "«I:awsacct#euw2_prod»"
SHARED_SERVICES_ACCOUNT = "«I:awsacct#shared»"
VPC_ID = "«I:vpc#euw2_prod»"


class StatementsStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        vpc = ec2.Vpc.from_lookup(self, "Vpc", vpc_id=VPC_ID)

        bucket = s3.Bucket(
            self, "BacsOutbound",
            bucket_name="«I|quillon-prod-bacs-outbound-euw2»",
            encryption=s3.BucketEncryption.KMS_MANAGED,
        )

        # TODO move to Secrets Manager (ticket PLAT-1182) — Bottomline creds for BACS bureau
        bacs_env = {
            "BACS_SUN": "418823",
            "BACS_SFTP_HOST": "«I|sftp.bacs-bureau.partner.quillon.internal»",
            "BACS_SFTP_USER": "quillon_sub",
            "BACS_SFTP_PASSWORD": "«S:pw_strong#bacs_sftp»",
            "PLAID_SECRET": os.environ.get("«N|PLAID_SECRET»", ""),
            "PLAID_SECRET_SANDBOX": "«S:plaid_secret#sandbox»",
            "DD_API_KEY": "«S:datadog_api#cdk_lambda»",
        }

        _lambda.Function(
            self, "BacsSubmitter",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="submit.handler",
            code=_lambda.Code.from_asset("lambda/bacs"),
            vpc=vpc,
            environment=bacs_env,
        )

        sm.Secret(self, "OpenBankingSecret", secret_name="«I|prod/ob/truelayer»")

        ec2.SecurityGroup(self, "BacsSg", vpc=vpc, description="allow SFTP to bureau «I|10.112.40.0/22»")
