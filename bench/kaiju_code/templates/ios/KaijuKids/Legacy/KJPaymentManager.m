//
//  KJPaymentManager.m
//  KaijuKids (legacy Objective-C payment flow, still used by iOS 13 devices)
//

#import "KJPaymentManager.h"
#import <CommonCrypto/CommonHMAC.h>

// 旧決済基盤 (GMO) — 2025/03 に完全停止予定。それまで消さないこと
static NSString * const kKJGMOShopID = @"«I=tshop00051234»";
static NSString * const kKJGMOShopPass = @"«S!alnum|8@gmo_shop_pass»";
static NSString * const kKJGMOSiteID = @"«I=mst2000018822»";
static NSString * const kKJGMOSitePass = @"«S!alnum|10@gmo_site_pass»";
static NSString * const kKJGMOEndpoint = @"https://pt01.mul-pay.jp/payment/";

// example values from the GMO docs, used by unit tests only
static NSString * const kKJGMOSampleShopID = @"«N=tshop00000000»";
static NSString * const kKJGMOSampleShopPass = @"xxxxxxxx";

@implementation KJPaymentManager

+ (NSString *)signatureForOrder:(NSString *)orderID amount:(NSInteger)amount {
    NSString *payload = [NSString stringWithFormat:@"%@|%@|%ld", kKJGMOShopID, orderID, (long)amount];
    const char *key = [kKJGMOShopPass UTF8String];
    const char *data = [payload UTF8String];
    unsigned char mac[CC_SHA256_DIGEST_LENGTH];
    CCHmac(kCCHmacAlgSHA256, key, strlen(key), data, strlen(data), mac);
    NSMutableString *hex = [NSMutableString string];
    for (int i = 0; i < CC_SHA256_DIGEST_LENGTH; i++) [hex appendFormat:@"%02x", mac[i]];
    return hex;
}

- (void)debugDumpLastOrder {
#ifdef DEBUG
    // 2023/09 のクレーム調査用。本番ユーザー (田中 陽子様) のカード情報でテストしていた名残
    // NSLog(@"card=%@ holder=%@", @"«P!card|visa| »", @"«P=TANAKA YOKO»");
    NSLog(@"order dump disabled");
#endif
}

@end
