global:
  resolve_timeout: 5m
  smtp_smarthost: 'smtpdm-ap-southeast.aliyun.com:465'
  smtp_from: 'alert@lotuscommerce.sg'
  smtp_auth_username: 'alert@lotuscommerce.sg'
  smtp_auth_password: '⟦s@pw⟧'
  smtp_require_tls: false

route:
  receiver: sre-dingtalk
  group_by: ['alertname', 'cluster', 'namespace']
  group_wait: 30s
  group_interval: 5m
  repeat_interval: 3h
  routes:
    - matchers: [ 'namespace="⟦i=lotus-pay-prod⟧"' ]
      receiver: payment-wecom
    - matchers: [ 'team="id-ops"' ]
      receiver: id-telegram
    - matchers: [ 'severity="critical"' ]
      receiver: oncall-feishu
      continue: true

receivers:
  - name: sre-dingtalk
    webhook_configs:
      # prometheus-webhook-dingtalk 转发
      - url: 'http://⟦i@priv_ip:10⟧:8060/dingtalk/sre/send'
  - name: payment-wecom
    wechat_configs:
      - corp_id: 'ww⟦-@hex:16⟧'
        agent_id: '1000005'
        api_secret: '⟦s@alnum:43⟧'
        to_party: '12'
  - name: oncall-feishu
    webhook_configs:
      - url: 'https://open.feishu.cn/open-apis/bot/v2/hook/⟦s@uuid⟧'
        send_resolved: true
  - name: sg-lark
    webhook_configs:
      - url: 'https://open.larksuite.com/open-apis/bot/v2/hook/⟦s@uuid⟧'
  - name: id-telegram
    telegram_configs:
      - bot_token: '⟦s@telegram⟧'
        chat_id: -100⟦-@digits:10⟧
        parse_mode: HTML
  - name: email-finance
    email_configs:
      - to: '⟦p@email:staff⟧'

inhibit_rules:
  - source_matchers: [ 'severity="critical"' ]
    target_matchers: [ 'severity="warning"' ]
    equal: ['alertname', 'namespace']
