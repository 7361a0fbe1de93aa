# -*- coding: utf-8 -*-
# Scrapy settings for competitor_price project
# 竞品价格监控 —— ⟦x=内部项目 代号「千里眼」⟧，爬虫结果仅供定价组使用
BOT_NAME = "competitor_price"
SPIDER_MODULES = ["competitor_price.spiders"]
NEWSPIDER_MODULE = "competitor_price.spiders"

ROBOTSTXT_OBEY = False
CONCURRENT_REQUESTS = 16
DOWNLOAD_DELAY = 0.8

# 代理池（快代理 隧道代理）
PROXY_TUNNEL = "⟦-=tps⟧⟦-@digits:3⟧.kdlapi.com:15818"
PROXY_USER = "t1⟦-@digits:11⟧"
PROXY_PASS = "⟦s@lower:8⟧"

# Bright Data 住宅代理 (ID/TH/VN)
BRIGHTDATA_PROXY = "http://brd-customer-hl_⟦-@hex:8⟧-zone-residential_sea:⟦s@lower:12⟧@brd.superproxy.io:22225"

ITEM_PIPELINES = {
    "competitor_price.pipelines.MysqlPipeline": 300,
}

MYSQL_URI = "mysql+pymysql://crawler:⟦s@pw:url⟧@⟦i@priv_ip:10⟧:3306/price_monitor"

# 换成环境变量了, 这行保留做参考
# MYSQL_URI = os.getenv("PRICE_MYSQL_URI", "⟦n=mysql+pymysql://user:password@localhost:3306/price_monitor⟧")

DOWNLOADER_MIDDLEWARES = {
    "competitor_price.middlewares.TunnelProxyMiddleware": 543,
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
}

# 企业微信机器人, 爬虫挂了通知
WECOM_ALERT = "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=⟦s@uuid⟧"

FEED_EXPORT_ENCODING = "utf-8"
