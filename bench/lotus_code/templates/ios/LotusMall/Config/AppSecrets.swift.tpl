//
//  AppSecrets.swift
//  LotusMall
//
//  Created by ⟦p@name:tw⟧ on 2023/7/4.
//  ⟦x=機密⟧：請勿將此檔案上傳至公開儲存庫（已加入 .gitignore 但之前的 commit 裡還有）
//

import Foundation

enum AppSecrets {
    enum Environment: String {
        case production, staging
    }

    static let current: Environment = {
        #if STAGING
        return .staging
        #else
        return .production
        #endif
    }()

    // MARK: - 第三方 SDK

    static let googleMapsKey = "⟦s@gcp_key⟧"

    /// 台灣站 綠界 ECPay (發票/金流)
    static let ecpayMerchantID = "⟦-@digits:7⟧"
    static let ecpayHashKey = "⟦s@alnum:16⟧"
    static let ecpayHashIV = "⟦s@alnum:16⟧"
    /// 綠界官方測試帳號 (文件公開，只能打 stage)
    static let ecpayStageHashKey = "⟦n=pwFHCqoQZGmho4w6⟧"
    static let ecpayStageHashIV = "⟦n=EkRm7iFT261dpevs⟧"

    // MARK: - 內部 API

    static var apiBaseURL: URL {
        switch current {
        case .production: return URL(string: "https://api.lotuscommerce.sg")!
        case .staging: return URL(string: "https://⟦i=staging-api.lotus-inner.net⟧")!
        }
    }

    /// 測試用會員 (TestFlight 審核)
    static let reviewAccount = (phone: "⟦p@tw_mobile⟧", name: "⟦p@name:tw⟧", password: "⟦s@pw:simple⟧")
}
