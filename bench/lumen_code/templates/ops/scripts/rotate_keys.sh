#!/usr/bin/env bash
# Rotate the legacy-ci IAM access key and push the new one to GitLab CI variables.
# Usage: ./rotate_keys.sh <gitlab-project-id>
set -euo pipefail

PROJECT_ID="${1:?project id}"
GITLAB_API="«I|https://gitlab.lumen.internal/api/v4»"
GITLAB_TOKEN="${GITLAB_TOKEN:-«S=gl_pat@gitlab_rotate»}"   # fallback = Karim's token, expires 2025-06

# old key (to be deleted after rotation):
OLD_KEY_ID="«S=aws_akid@legacy_ci_akid»"
# OLD_SECRET="«S=aws_secret@legacy_ci_secret»"

new=$(aws iam create-access-key --user-name legacy-ci --output json)
new_id=$(jq -r .AccessKey.AccessKeyId <<<"$new")
new_secret=$(jq -r .AccessKey.SecretAccessKey <<<"$new")

for var in AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY; do
  val=$([[ $var == AWS_ACCESS_KEY_ID ]] && echo "$new_id" || echo "$new_secret")
  curl -sf --request PUT --header "PRIVATE-TOKEN: $GITLAB_TOKEN" \
       "$GITLAB_API/projects/$PROJECT_ID/variables/$var" --form "value=$val" >/dev/null
done

aws iam delete-access-key --user-name legacy-ci --access-key-id "$OLD_KEY_ID"
echo "rotated; example format: «N=aws_example»"
