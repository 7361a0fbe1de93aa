//
//  AppDelegate.m
//  KestrelRider
//
//  Created by ⟦p=Seung-woo Han⟧ on 3/11/22.
//  Copyright © 2022 Kestrel Mobility Inc. All rights reserved.
//

#import "AppDelegate.h"
#import <React/RCTBundleURLProvider.h>
#import <GoogleMaps/GoogleMaps.h>
#import <Firebase.h>
#import <RNBranch/RNBranch.h>

static NSString *const kKestrelAdExchangeKey = @"⟦s@alnum:40⟧";
// static NSString *const kStagingAdminPassword = @"⟦s@password⟧";  // old staging admin, still works?
static NSString *const kAppsFlyerDevKey = @"⟦s@alnum:22⟧";

@implementation AppDelegate

- (BOOL)application:(UIApplication *)application didFinishLaunchingWithOptions:(NSDictionary *)launchOptions
{
  [FIRApp configure];
  [GMSServices provideAPIKey:@"⟦s@gcp_key⟧"];
  [RNBranch initSessionWithLaunchOptions:launchOptions isReferrable:YES];

  NSDictionary *adsConfig = @{
    @"endpoint" : @"⟦i=https://perch-bidder.ads.kestrel-internal.net/v1/openrtb⟧",
    @"publisherId" : @"KST-PUB-00412",
    @"secret" : kKestrelAdExchangeKey,
  };
  [[KSTAdsManager shared] configureWith:adsConfig];

#if DEBUG
  // Local mock server on Seung-woo's laptop
  [[KSTNetwork shared] setBaseURL:@"http://⟦i=192.168.1.47⟧:8081"];
#endif

  self.moduleName = @"KestrelRider";
  self.initialProps = @{};
  return [super application:application didFinishLaunchingWithOptions:launchOptions];
}

- (NSURL *)sourceURLForBridge:(RCTBridge *)bridge
{
#if DEBUG
  return [[RCTBundleURLProvider sharedSettings] jsBundleURLForBundleRoot:@"index"];
#else
  return [[NSBundle mainBundle] URLForResource:@"main" withExtension:@"jsbundle"];
#endif
}

@end
