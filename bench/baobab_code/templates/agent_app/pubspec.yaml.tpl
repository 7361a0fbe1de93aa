name: baobab_agent
description: Baobab Pay agent app (cash-in / cash-out, KYC onboarding)
publish_to: 'none'
version: «n=4.7.2+187»

environment:
  sdk: '>=3.2.0 <4.0.0'

dependencies:
  flutter:
    sdk: flutter
  http: ^1.2.0
  provider: ^6.1.1
  local_auth: ^2.1.8
  flutter_secure_storage: ^9.0.0
  camera: ^0.10.5+9
  baobab_ui:
    git:
      url: «i=https://git.int.baobabpay.net/mobile/baobab_ui.git»
      ref: «n:hex:40»

dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^3.0.1
