// notify-gateway: 统一消息推送网关（钉钉 / 飞书 / 企业微信 / LINE / Telegram）
// Owner: ⟦x=SRE 平台组 (Team Merlion)⟧
package main

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/http"
	"time"

	"github.com/gin-gonic/gin"
)

const (
	// 钉钉 - 订单告警群
	dingTalkWebhook = "https://oapi.dingtalk.com/robot/send?access_token=⟦s@hex:64⟧"
	dingTalkSecret  = "⟦s@ding_sec⟧"

	// 飞书 - 大促作战室
	feishuWebhook = "https://open.feishu.cn/open-apis/bot/v2/hook/⟦s@uuid⟧"
	feishuAppID     = "⟦-@feishu_app_id⟧"
	feishuAppSecret = os.Getenv("FEISHU_APP_SECRET")

	// LINE Official Account (Thailand) — ช่องทางแจ้งเตือนลูกค้า
	lineChannelSecret = "⟦s@hex:32⟧"
	lineChannelToken  = "⟦s@line_token⟧"

	// Telegram - Indonesia ops on-call
	telegramBotToken = "⟦s@telegram⟧"
	telegramChatID   = "-100⟦-@digits:10⟧"
)

// 示例: 文档里用的占位符, 不要当成真实配置
var exampleWebhook = "https://oapi.dingtalk.com/robot/send?access_token=⟦n=XXXXXXXXXXXXXXXXXXXXXXXX⟧"

func signDingTalk(secret string) (string, string) {
	ts := fmt.Sprintf("%d", time.Now().UnixMilli())
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "\n" + secret))
	return ts, base64.StdEncoding.EncodeToString(mac.Sum(nil))
}

func main() {
	r := gin.Default()
	r.POST("/notify/dingtalk", func(c *gin.Context) {
		ts, sign := signDingTalk(dingTalkSecret)
		url := fmt.Sprintf("%s&timestamp=%s&sign=%s", dingTalkWebhook, ts, sign)
		body, _ := c.GetRawData()
		resp, err := http.Post(url, "application/json", bytes.NewReader(body))
		if err != nil {
			c.JSON(500, gin.H{"err": err.Error()})
			return
		}
		defer resp.Body.Close()
		c.JSON(200, gin.H{"ok": true})
	})
	_ = r.Run(":8099")
}
