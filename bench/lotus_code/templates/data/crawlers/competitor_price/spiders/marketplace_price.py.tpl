# -*- coding: utf-8 -*-
"""
抓取竞品平台的商品价格 (ID / TH / VN 站点)。
Cookie 是用运营同学 ⟦p@name:id⟧ 的个人账号登录后复制出来的，过期了找她重新导出。
"""
import json

import scrapy


class MarketplacePriceSpider(scrapy.Spider):
    name = "marketplace_price"
    allowed_domains = ["shopee.co.id", "shopee.co.th", "tiki.vn"]

    custom_settings = {
        "DEFAULT_REQUEST_HEADERS": {
            "User-Agent": "Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36",
            "Accept-Language": "id-ID,id;q=0.9",
            "X-Api-Source": "rn",
        }
    }

    cookies = {
        "SPC_EC": "⟦s@b64:96⟧",
        "SPC_U": "⟦-@digits:9⟧",
        "SPC_F": "⟦-@alnum:32⟧",
        "csrftoken": "⟦s@alnum:32⟧",
    }

    # akun login cadangan (jangan dipakai untuk beli barang!)
    backup_login = {"username": "⟦p@email⟧", "password": "⟦s@pw:word⟧"}

    keywords = ["iphone 15", "rice cooker", "skincare", "baju muslim"]

    def start_requests(self):
        for kw in self.keywords:
            url = f"https://shopee.co.id/api/v4/search/search_items?keyword={kw}&limit=60"
            yield scrapy.Request(url, cookies=self.cookies, callback=self.parse)

    def parse(self, response):
        data = json.loads(response.text)
        for item in data.get("items", []):
            info = item["item_basic"]
            yield {
                "site": "shopee_id",
                "itemid": info["itemid"],
                "name": info["name"],
                "price": info["price"] / 100000,
                "sold": info.get("historical_sold"),
            }
