{
  "name": "@baobab/ussd-gateway",
  "version": "«n=3.12.0»",
  "private": true,
  "main": "dist/index.js",
  "scripts": {
    "build": "tsc -p .",
    "start": "node dist/index.js",
    "test": "vitest run"
  },
  "dependencies": {
    "africastalking": "^0.6.6",
    "express": "^4.19.2",
    "ioredis": "^5.3.2",
    "zod": "^3.22.4"
  },
  "devDependencies": {
    "typescript": "^5.4.2",
    "vitest": "^1.4.0"
  },
  "publishConfig": {
    "registry": "«i=https://npm.int.baobabpay.net/»"
  }
}
