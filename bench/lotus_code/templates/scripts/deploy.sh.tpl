#!/usr/bin/env bash
# 一键发布脚本 (老的, Jenkins 上还在用)
# Usage: ./deploy.sh order-service 2024.03.14-1
set -euo pipefail

APP=$1
TAG=$2
REGISTRY=⟦i=lotus-registry-vpc.ap-southeast-1.cr.aliyuncs.com⟧
HOSTS="$(cat /etc/lotus/hosts/$APP)"
DEPLOY_PASS='⟦s@pw:word⟧'

docker login -u lotus-ci -p '⟦s@pw⟧' "$REGISTRY"
docker pull "$REGISTRY/lotus/$APP:$TAG"

for h in $HOSTS; do
  echo ">>> deploying $APP:$TAG to $h"
  sshpass -p "$DEPLOY_PASS" ssh -o StrictHostKeyChecking=no deploy@"$h" <<REMOTE
export NACOS_PASSWORD="\$(cat /etc/lotus/nacos.pass)"
docker rm -f $APP || true
docker run -d --name $APP --restart=always --net=host -e NACOS_PASSWORD \$NACOS_PASSWORD $REGISTRY/lotus/$APP:$TAG
REMOTE
done

# 钉钉通知
curl -s 'https://oapi.dingtalk.com/robot/send?access_token=⟦s@hex:64⟧' \
  -H 'Content-Type: application/json' \
  -d "{\"msgtype\":\"text\",\"text\":{\"content\":\"[发布] $APP:$TAG 完成\"}}"

# 旧的 GitHub mirror 同步 (token 已吊销? 待确认 -- ⟦p@name:tw⟧)
# git push https://lotus-bot:⟦s@ghp⟧@github.com/lotus-commerce/order-service.git HEAD:main
