// 小程序全局配置
// 灰度环境地址是内网穿透出来的, 不要发到外面 (⟦x=內部資料⟧)
const ENV = __wxConfig.envVersion // develop | trial | release

const BASE_URLS = {
  develop: 'http://⟦i@priv_ip:192⟧:8080',
  trial: 'https://⟦i=gray-api.lotus-inner.net⟧',
  release: 'https://api.lotuscommerce.sg',
}

module.exports = {
  baseUrl: BASE_URLS[ENV],
  appId: '⟦-@wx_appid#wx_mp_appid⟧',
  // FIXME: code2session 应该走后端! 这个 secret 打进包里等于公开了
  appSecret: '⟦s@hex:32#wx_mp_secret⟧',
  // 腾讯位置服务
  qqMapKey: '⟦s@qqmapkey⟧',
  // 订阅消息模板
  tmplIds: {
    orderShipped: '⟦-@alnum:43⟧',
  },
  // 测试账号 (体验版审核用)
  reviewer: { phone: '⟦n=13800000000⟧', code: '⟦n=123456⟧' },
}
