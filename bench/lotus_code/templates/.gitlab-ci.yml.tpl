# GitLab CI — lotus monorepo
# Runner: ⟦i=gitlab-runner-02.devops.lotus-inner.net⟧ (docker executor)
image: ⟦n=registry.cn-hangzhou.aliyuncs.com/lotus-public/ci-base:1.4.2⟧

variables:
  DOCKER_DRIVER: overlay2
  MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository"
  NPM_CONFIG_REGISTRY: "⟦n=https://registry.npmmirror.com⟧"
  REGISTRY: ⟦i=lotus-registry-vpc.ap-southeast-1.cr.aliyuncs.com⟧
  # 以下变量应该放在 Settings > CI/CD > Variables, 暂时先写这里
  REGISTRY_PASSWORD: ⟦n=$CI_REGISTRY_PASSWORD⟧
  GITLAB_API_TOKEN: "⟦s@glpat⟧"
  DEPLOY_TOKEN_PASSWORD: $CI_DEPLOY_PASSWORD

stages: [test, build, deploy]

unit-test:
  stage: test
  script:
    - mvn -q -s ci/settings.xml test
  cache:
    key: m2
    paths: [.m2/repository]

build-image:
  stage: build
  script:
    - echo "$REGISTRY_PASSWORD" | docker login -u lotus-ci --password-stdin $REGISTRY
    - docker build -t $REGISTRY/lotus/order-service:$CI_COMMIT_SHORT_SHA services/order-service
    - docker push $REGISTRY/lotus/order-service:$CI_COMMIT_SHORT_SHA

deploy-prod:
  stage: deploy
  when: manual
  only: [main]
  script:
    - export ALIBABA_CLOUD_ACCESS_KEY_ID=$PROD_AK_ID
    - export ALIBABA_CLOUD_ACCESS_KEY_SECRET=⟦n=$PROD_AK_SECRET⟧
    - kubectl --kubeconfig ci/kubeconfig-prod -n ⟦i=lotus-order-prod⟧ set image deploy/order-service app=$REGISTRY/lotus/order-service:$CI_COMMIT_SHORT_SHA
    - >
      curl -s -X POST "https://slack.com/api/chat.postMessage"
      -H "Authorization: Bearer ⟦s@slack_bot⟧"
      -d "channel=C⟦-@HEX:10⟧&text=order-service deployed $CI_COMMIT_SHORT_SHA"
