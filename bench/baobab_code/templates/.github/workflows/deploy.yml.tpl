name: deploy-wallet-api

on:
  push:
    tags: ["v*"]
  workflow_dispatch:

env:
  REGISTRY: «i=registry.int.baobabpay.net»
  IMAGE: platform/wallet-api
  GKE_CLUSTER: «i=baobab-prod-ke-1»
  GKE_ZONE: europe-west1-b

jobs:
  build-and-deploy:
    runs-on: [self-hosted, baobab-runner-ke]
    steps:
      - uses: actions/checkout@«n=b4ffde65f46336ab88eb53be808477a3936bae11»

      - name: Login to registry
        run: echo "«s:dckr»" | docker login ${{ env.REGISTRY }} -u ci-bot --password-stdin

      - name: Build
        run: |
          docker build -t $REGISTRY/$IMAGE:${GITHUB_REF_NAME} wallet-api
          docker push $REGISTRY/$IMAGE:${GITHUB_REF_NAME}

      - name: Auth to GCP
        uses: google-github-actions/auth@v2
        with:
          credentials_json: «n=${{ secrets.GCP_SA_KEY }}»

      - name: Deploy
        env:
          HELM_EXPERIMENTAL_OCI: 1
          SLACK_WEBHOOK: «n=${{ secrets.SLACK_DEPLOY_WEBHOOK }}»
        run: |
          gcloud container clusters get-credentials $GKE_CLUSTER --zone $GKE_ZONE --project «i=baobab-prod-ke-7731»
          helm upgrade --install wallet-api deploy/helm/wallet-api \
            -n wallet-prod -f deploy/helm/wallet-api/values-prod.yaml \
            --set image.tag=${GITHUB_REF_NAME}

      - name: Notify
        if: always()
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data "{\"text\":\"wallet-api ${GITHUB_REF_NAME} deployed\"}" \
            «s:slack_hook»
