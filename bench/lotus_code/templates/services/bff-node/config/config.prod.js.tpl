'use strict';

/**
 * egg.js 生产配置 — BFF (H5 / 小程序聚合层)
 * @param {Egg.EggAppInfo} appInfo app info
 */
module.exports = appInfo => {
  const config = (exports = {});

  // cookie 签名
  config.keys = process.env.EGG_COOKIE_KEYS;

  config.mysql = {
    client: {
      host: '⟦i@rds_id#rds_bff⟧.mysql.singapore.rds.aliyuncs.com',
      port: '3306',
      user: 'bff_ro',
      password: '⟦s@pw⟧',
      database: 'lotus_mall',
    },
  };

  config.redis = {
    clients: {
      session: { host: '⟦i=redis-sess-01.sg.lotus-inner.net⟧', port: 6379, password: process.env.REDIS_SESSION_PASSWORD, db: 1 },
      cache: { host: 'redis-cache', port: 6380, password: process.env.REDIS_CACHE_PASSWORD, db: 0 },
    },
  };

  config.jwt = {
    secret: '⟦s@b64:48⟧',
    expiresIn: '7d',
  };

  config.wechat = {
    appId: '⟦-@wx_appid#wx_mp_appid⟧',
    appSecret: process.env.WX_MP_APP_SECRET,
  };

  config.tencentcloud = {
    secretId: '⟦s@tc_secretid#tc_bff_id⟧',
    secretKey: '⟦s@tc_secretkey#tc_bff_key⟧',
    region: 'ap-singapore',
    captchaAppId: ⟦-@digits:9⟧,
  };

  config.logger = {
    dir: '/data/logs/bff-node',
    level: 'INFO',
  };

  return config;
};
