# GitLab CI — monorepo
stages: [lint, test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  YC_REGISTRY: cr.yandex/⟦I=crp1k8s9a2b3c4d5e6f7⟧
  # TODO: protected variable'a taşı
  YC_SA_KEY: "⟦S:yc_api_key⟧"
  GITHUB_MIRROR_TOKEN: "⟦S:gh_pat⟧"
  NPM_TOKEN: ${NPM_TOKEN}

lint:
  stage: lint
  image: node:20-alpine
  script:
    - npm ci
    - npm run lint

build:
  stage: build
  image: docker:24
  services: [docker:24-dind]
  script:
    - echo "$YC_SA_KEY" | docker login --username api_key --password-stdin cr.yandex
    - docker build -t $YC_REGISTRY/orders-service:$CI_COMMIT_SHORT_SHA .
    - docker push $YC_REGISTRY/orders-service:$CI_COMMIT_SHORT_SHA

deploy_prod:
  stage: deploy
  image: bitnami/kubectl:1.29
  script:
    - kubectl --server=https://⟦I:ip10⟧:6443 --token=⟦S:jwt(deployer)⟧ -n orders-prod rollout restart deploy/orders-service
    - curl -s -X POST "https://api.telegram.org/bot⟦S:tg⟧/sendMessage" -d chat_id=⟦U:tg_chat⟧ -d text="orders deployed"
  only: [main]

# Slack bot for release notes
release_notes:
  stage: deploy
  script:
    - curl -s -H "Authorization: Bearer ⟦S:slack_bot⟧" -d channel=C0123 -d text="$CI_COMMIT_TITLE" https://slack.com/api/chat.postMessage
