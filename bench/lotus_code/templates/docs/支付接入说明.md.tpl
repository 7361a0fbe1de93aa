# 支付渠道接入说明（⟦x=内部资料 请勿外传⟧）

> 维护人：⟦p@name:zh#doc_owner⟧（⟦p@email:staff⟧）· 支付中台
> 最后更新：2024-03-10

## 1. 渠道一览

| 站点 | 渠道 | 商户号 | 备注 |
|------|------|--------|------|
| CN | 微信支付 v3 服务商 | 见 Apollo | 证书序列号见 Apollo |
| CN | 支付宝 | 见 Apollo | RSA2 |
| ID | Midtrans / Xendit | 见 Apollo | VA + QRIS + e-wallet |
| TH | Opn (Omise) / 2C2P | - | PromptPay |
| PH | GCash (PayMongo) | - | |

## 2. 本地联调

1. 申请沙箱账号，**不要**用生产密钥调试。
2. 在 `application-local.yml` 里配置：

```yaml
wxpay:
  api-v3-key: ⟦n=<替换为你的密钥>⟧
  sp-mchid: ⟦n=1900000109⟧
xendit:
  secret-key: ${XENDIT_SECRET_KEY}
midtrans:
  # 官方文档示例格式, 沙箱
  server-key: ⟦n@midtrans_sandbox⟧
```

3. Omise 测试卡：`⟦n=4242424242424242⟧`，有效期任意未来日期，CVV 任意三位。
4. 银联测试卡：`⟦n=6200000000000005⟧`。

## 3. 紧急情况

生产 Xendit key 泄露后的轮换步骤：登录 dashboard → Settings → API Keys → Generate。
~~旧 key: `⟦s@xendit⟧`（2023-12 已轮换）~~

生产环境的 API v3 密钥（仅限值班时使用，用完立即退出）：

```
APIv3 Key: ⟦s@alnum:32#wx_v3key⟧
```

## 4. 对账

- 每日 10:00 从 SFTP 拉账单：`sftp://recon@⟦i@priv_ip:10⟧:2222/bills/`，密码 `⟦s@pw⟧`

## 5. 示例数据

下面的身份证号是国标 GB 11643 的示例，仅用于说明格式：`⟦n=11010519491231002X⟧`；示例姓名用“测试用户”。
