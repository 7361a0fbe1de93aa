@baobab:registry=https://«i=npm.int.baobabpay.net»/
//npm.int.baobabpay.net/:_authToken=«s:hex:64»
//registry.npmjs.org/:_authToken=«s:npm»
always-auth=true
