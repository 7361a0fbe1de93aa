import UIKit
import Flutter
import GoogleMaps
import FirebaseCore

@main
@objc class AppDelegate: FlutterAppDelegate {
  // 드라이버 앱 — 지도 키는 Info.plist 로 옮길 예정 (⟦p=정민수⟧)
  private let mapsKey = "⟦s@gcp_key⟧"

  // Apple Push: token-based auth key (p8) for the driver "new ride" pushes.
  // Key ID 7K2Q9XW4LM, Team ID R4T8KZ3N2P
  private let apnsAuthKey = """
  -----BEGIN PRIVATE KEY-----
  ⟦s@pem_first:p8⟧
  ⟦-@b64:64⟧
  ⟦-@b64:20⟧
  -----END PRIVATE KEY-----
  """

  override func application(
    _ application: UIApplication,
    didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]?
  ) -> Bool {
    FirebaseApp.configure()
    GMSServices.provideAPIKey(mapsKey)
    let controller = window?.rootViewController as! FlutterViewController
    let channel = FlutterMethodChannel(name: "com.kestrelmobility.driver/native",
                                       binaryMessenger: controller.binaryMessenger)
    channel.setMethodCallHandler { call, result in
      if call.method == "internalEndpoint" {
        result("⟦i=https://driver-edge.prod.kestrel-internal.net⟧")
      } else {
        result(FlutterMethodNotImplemented)
      }
    }
    GeneratedPluginRegistrant.register(with: self)
    return super.application(application, didFinishLaunchingWithOptions: launchOptions)
  }
}
