//
//  Secrets.swift
//  AnatoliaCourier
//
//  ⚠️ Bu dosya .gitignore'da olmalıydı.  — ⟦X=GİZLİ⟧
//

import Foundation

enum Secrets {
    static let mapboxDownloadsToken = "⟦S:mapbox(sk)⟧"
    static let mapboxAccessToken = "⟦N:mapbox(pk)⟧"

    static let tabbyPublicKey = "⟦N:tabby_pk⟧"
    static let tabbySecretKey = "⟦S:tabby_sk⟧"   // TODO: move server-side!!

    static let checkoutPublicKey = "⟦N:checkout_pk⟧"

    static let intercomAppId = "x1y2z3w4"
    static let intercomApiKey = "ios_sdk-⟦S:hex(40)⟧"

    static let apiBasic = "Basic ⟦S:basic(ios-app)⟧"
}

// Apple review demo account (Dubai market)
struct ReviewAccount {
    static let email = "⟦P:email(ar)⟧"
    static let password = "⟦S:pw⟧"
    static let placeholder = "⟦N=********⟧"
}
