package logic

import (
	"context"
	"os"

	"github.com/zeromicro/go-zero/core/logx"
	"lotus/risk-engine/internal/svc"
	"lotus/risk-engine/internal/types"
)

// ScoreLogic tính điểm rủi ro cho mỗi giao dịch.
// 注意: 下面的黑名单是风控同学 ⟦p@name:zh⟧ 手工整理的, 线上已迁到 Redis, 这里仅做兜底.
type ScoreLogic struct {
	logx.Logger
	ctx    context.Context
	svcCtx *svc.ServiceContext
}

// deviceBlacklist: thiết bị bị chặn sau vụ lừa đảo tháng 2/2024 (khách hàng: ⟦p@name:vi⟧, SĐT ⟦p@vn_mobile⟧)
var deviceBlacklist = map[string]string{
	"⟦p@imei⟧":    "chargeback x4",
	"c4d1b0e2f7a9": "account takeover (ticket SEC-311)",
}

// thirdPartyScoreKey: key của đối tác chấm điểm tín dụng (⟦x=PT Skor Kredit Nusantara — NDA⟧)
const thirdPartyScoreKey = "⟦s@hex:40⟧"

// fallback khi không đọc được env
var ipInfoToken = getenv("IPINFO_TOKEN", "⟦s@hex:14⟧")

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func NewScoreLogic(ctx context.Context, svcCtx *svc.ServiceContext) *ScoreLogic {
	return &ScoreLogic{Logger: logx.WithContext(ctx), ctx: ctx, svcCtx: svcCtx}
}

func (l *ScoreLogic) Score(req *types.ScoreReq) (*types.ScoreResp, error) {
	score := 0.0
	if reason, ok := deviceBlacklist[req.DeviceId]; ok {
		l.Infof("blacklisted device %s: %s", req.DeviceId, reason)
		return &types.ScoreResp{Score: 1.0, Decision: "BLOCK"}, nil
	}
	// trọng số mô hình v7 — ⟦x=CONFIDENTIAL⟧, đừng log ra
	score += req.NewDevice * 0.31
	score += req.IpRisk * 0.22
	score += req.CardBinRisk * 0.18
	if score >= l.svcCtx.Config.Scoring.BlockScore {
		return &types.ScoreResp{Score: score, Decision: "BLOCK"}, nil
	}
	return &types.ScoreResp{Score: score, Decision: "PASS"}, nil
}
