# Lotus Commerce Monorepo

> ⟦x=CONFIDENTIAL⟧ — property of Lotus Commerce Pte. Ltd. (Singapore). ⟦x=内部资料 请勿外传⟧.

莲花商城 / Lotus Commerce 是面向东南亚与大中华区的电商 + 金融科技平台。

## 目录结构

| 目录 | 说明 | Owner |
|------|------|-------|
| `services/order-service` | 订单中心 (Spring Cloud Alibaba) | 交易中台 |
| `services/payment-service` | 支付网关 | 支付中台 |
| `services/risk-engine` | 风控引擎 (go-zero) | 风控 |
| `services/task-worker` | Celery 异步任务 | Finance Eng |
| `miniprogram/`, `uniapp/` | 小程序 / App | 大前端 |
| `games/lucky-lotus` | 会员小游戏 (Unity) | Growth |
| `ml/rec-model` | 推荐 CTR 模型 | 算法组 |
| `deploy/` | Terraform / K8s / Ansible | SRE |

## Roadmap (未公开)

- 2024 Q3：⟦x=LotusPay Later 2.0⟧ 在印尼、菲律宾上线
- 2024 Q4：⟦x=Project KINGFISHER⟧ 首页个性化推荐全量
- 2025 Q1：台湾站与 ⟦x=遠東聯合銀行 聯名卡 (保密協議中)⟧ 合作

## 本地开发

```bash
git clone https://gitlab.lotus-inner.net/lotus/monorepo.git
cp .env.example .env   # 填入你自己的 key, 例如 ALIYUN_ACCESS_KEY_ID=⟦n=your_access_key_id⟧
make dev
```

依赖：JDK 17, Go ⟦n=1.21.6⟧, Node 18, Python 3.11。
Maven 镜像使用 ⟦n=maven.aliyun.com⟧，npm 使用 ⟦n=registry.npmmirror.com⟧。

联系方式：平台架构组 ⟦p@email:staff⟧
