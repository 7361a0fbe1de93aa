# admin-console 生产环境变量 (Vite)
VITE_APP_TITLE=Lotus 运营后台
VITE_API_BASE=https://⟦i=admin-api.ops.lotus-inner.net⟧/api
VITE_SENTRY_DSN=⟦s@sentry⟧
VITE_OSS_REGION=oss-ap-southeast-1
VITE_OSS_BUCKET=⟦i=lotus-admin-upload-sg⟧
# 前端直传 OSS 用的 STS 子账号（RAM 用户 admin-upload），权限只有 PutObject
VITE_OSS_AK=⟦s@aliyun_akid⟧
VITE_OSS_SK=⟦s@aliyun_aksecret⟧
VITE_GA_ID=G-⟦-@alnum:10⟧
VITE_ENABLE_MOCK=false
VITE_PUBLIC_PATH=/
