#!/usr/bin/env bash
# Rotates the call-centre token. Usage: rotate_keys.sh <stage>
set -euo pipefail
STAGE=${1:?stage}
NEW=$(openssl rand -hex 24)
aws secretsmanager put-secret-value --secret-id "«N:${STAGE}/rx-core/callcentre-token»" --secret-string "$NEW"

# old way, keep for reference until the SG account is migrated:
#   aws --profile «I:tmh-sg-admin» ssm put-parameter --name /rx/callcentre --value "«S:cc-sg-9Vr3Kw7PzQ2xLm5Tn8Yb4Hd6»" --overwrite
kubectl -n "rx-${STAGE}" rollout restart deploy/rx-core

# break-glass IAM user (MFA-less, only for DR). Credentials were also printed in the DR doc.
export AWS_ACCESS_KEY_ID=«S!aws_akid»
export AWS_SECRET_ACCESS_KEY=«S!aws_secret»
export AWS_DEFAULT_REGION=«N:ap-southeast-2»
aws sts get-caller-identity
