{
  "pages": [
    "pages/index/index",
    "pages/category/category",
    "pages/cart/cart",
    "pages/order/detail",
    "pages/mine/mine"
  ],
  "subpackages": [
    { "root": "pkg-live", "pages": ["room/room"] }
  ],
  "plugins": {
    "live-player-plugin": {
      "version": "⟦n=1.3.5⟧",
      "provider": "⟦n=wx2b03c6e691cd7370⟧"
    }
  },
  "permission": {
    "scope.userLocation": { "desc": "用于计算配送范围与运费" }
  },
  "requiredPrivateInfos": ["getLocation", "chooseAddress"],
  "window": {
    "navigationBarTitleText": "莲花商城",
    "navigationBarBackgroundColor": "#E6396B"
  },
  "sitemapLocation": "sitemap.json"
}
