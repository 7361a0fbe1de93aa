# 台灣站 電子發票 / 金流串接筆記

**⟦x=機密文件⟧** · 僅限台灣營運團隊與支付中台

## 綠界 ECPay 正式環境

- 特店編號（MerchantID）：`⟦i@digits:7⟧`
- HashKey：`⟦s@alnum:16⟧`
- HashIV：`⟦s@alnum:16⟧`
- 電子發票 API：`https://einvoice.ecpay.com.tw/B2CInvoice/Issue`

## 測試環境（官方公開測試帳號）

- MerchantID：`⟦n=2000132⟧`
- HashKey / HashIV 請參考綠界技術文件，勿填入正式帳號

## 聯絡窗口

| 角色 | 姓名 | 電話 | Email |
|------|------|------|-------|
| 財務主管 | ⟦p@name:tw⟧ | ⟦p@tw_mobile⟧ | ⟦p@email:staff⟧ |

> 客訴案例（消費者要求補開發票）：⟦p@name:tw⟧，身分證 ⟦p@tw_id⟧，地址 ⟦p@addr:tw⟧。
> 處理完畢後請從本文件移除個資。
