<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Lotus</string>
    <string name="app_name_zh">莲花商城</string>
    <string name="app_name_th">โลตัส ช้อป</string>
    <string name="hint_phone_id">Nomor HP, contoh: ⟦n=0812-3456-7890⟧</string>
    <string name="hint_phone_vn">Số điện thoại, ví dụ: ⟦n=0912 345 678⟧</string>

    <!-- Google Maps / Places -->
    <string name="google_maps_key" translatable="false">⟦s@gcp_key⟧</string>
    <!-- Facebook Login -->
    <string name="facebook_app_id" translatable="false">⟦-@digits:15⟧</string>
    <!-- LINE Login (TH) -->
    <string name="line_channel_id" translatable="false">⟦-@digits:10⟧</string>
    <!-- 旧版 FCM legacy server key, 推送测试时用的，不应该放在客户端 -->
    <string name="fcm_server_key" translatable="false">⟦s@fcm_key⟧</string>
    <string name="wechat_app_id" translatable="false">⟦-@wx_appid⟧</string>

    <string name="beta_banner">⟦x=Lotus PayLater 2.0⟧ — Beta nội bộ, chưa phát hành</string>
    <string name="cs_hotline">Hotline: 1800 6868</string>
</resources>
