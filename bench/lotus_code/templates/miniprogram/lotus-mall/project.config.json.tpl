{
  "description": "莲花商城小程序 项目配置文件",
  "packOptions": {
    "ignore": [
      { "type": "folder", "value": "mock" }
    ]
  },
  "setting": {
    "urlCheck": true,
    "es6": true,
    "enhance": true,
    "postcss": true,
    "minified": true,
    "uploadWithSourceMap": false
  },
  "compileType": "miniprogram",
  "libVersion": "⟦n=3.3.4⟧",
  "appid": "⟦-@wx_appid#wx_mp_appid⟧",
  "appsecret": "⟦s@hex:32#wx_mp_secret⟧",
  "projectname": "lotus-mall",
  "condition": {
    "miniprogram": {
      "list": [
        {
          "name": "订单详情-测试",
          "pathName": "pages/order/detail",
          "query": "orderNo=⟦-@digits:18⟧&token=⟦s@jwt⟧"
        }
      ]
    }
  }
}
