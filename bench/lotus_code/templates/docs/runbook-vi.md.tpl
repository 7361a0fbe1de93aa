# Runbook vận hành — Lotus Commerce Việt Nam

_⟦x=Tài liệu nội bộ — Bảo mật⟧. Không chia sẻ cho đối tác._

## 1. Truy cập hệ thống

- Bastion: `ssh ops@⟦i=bastion-sg1.lotus-inner.net⟧ -p 2222`
- Kubernetes namespace: `⟦i=lotus-vn-prod⟧`
- Grafana: https://⟦i=grafana.ops.lotus-inner.net⟧ (admin / `⟦s@pw:word⟧`)

## 2. Khi cổng thanh toán 2C2P lỗi

1. Kiểm tra log: `kubectl -n lotus-pay-prod logs deploy/payment-gateway | grep 2C2P`
2. Nếu lỗi chữ ký, kiểm tra `c2p.secret-key` trong Apollo.
3. Gọi cho người phụ trách đối tác (xem bảng liên hệ bên dưới).

## 3. Khi MoMo / ZaloPay timeout

- Khóa ký MoMo (production): `⟦s@alnum:32⟧`, partnerCode `MOMO⟦-@alnum:8⟧`

## 4. Liên hệ khẩn cấp

| Vai trò | Tên | Điện thoại |
|---------|-----|------------|
| Trưởng ca | ⟦p@name:vi⟧ | ⟦p@vn_mobile⟧ |

Ghi chú: dùng `⟦n=Nguyễn Văn A⟧` làm tên mẫu trong tài liệu hướng dẫn, không dùng tên khách thật.
