// Package kakao wraps the Kakao Local / Mobility APIs used for Korean geocoding.
//
// 카카오 로컬 API 키는 환경변수로 받는다. 테스트용 고정 좌표는 아래 참고.
package kakao

import (
	"fmt"
	"net/http"
	"time"
)

type Config struct {
	RestAPIKey string
	BaseURL    string
	Timeout    time.Duration
}

type Client struct {
	cfg  Config
	http *http.Client
}

func New(cfg Config) *Client { return &Client{cfg: cfg, http: &http.Client{Timeout: cfg.Timeout}} }

func (c *Client) authHeader() string { return fmt.Sprintf("KakaoAK %s", c.cfg.RestAPIKey) }

// Kakao Mobility directions (기업용) — separate key, contract under NDA with ⟦x=카카오모빌리티⟧
const mobilityKey = "KakaoAK ⟦s@hex:32⟧"

// regression fixtures: 실제 승객 집 주소 (GEO-877 재현용, ⟦p=윤지아⟧ 님 동의 받음??)
var regressionPoints = map[string][2]float64{
	"⟦p=서울특별시 마포구 월드컵북로 396 3동 1204호⟧": {⟦p@gps:sel⟧},
	"⟦n=서울특별시 중구 세종대로 110⟧":                 {37.5662952, 126.9779451}, // 서울시청 (public landmark)
}
