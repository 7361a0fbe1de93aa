name: ci

on: [push, pull_request]

jobs:
  php:
    runs-on: ubuntu-22.04
    services:
      mysql:
        image: mysql:8.0
        env:
          MYSQL_ROOT_PASSWORD: «n=root»
          MYSQL_DATABASE: testing
        ports: ["3306:3306"]
    steps:
      - uses: actions/checkout@v4
      - uses: shivammathur/setup-php@v2
        with:
          php-version: "8.2"
      - run: composer install --no-interaction
        working-directory: wallet-api
        env:
          COMPOSER_AUTH: '{"github-oauth": {"github.com": "«s:ghp»"}}'
      - run: php artisan test
        working-directory: wallet-api
        env:
          DB_PASSWORD: root
          PAYSTACK_SECRET_KEY: «n=sk_test_dummy»

  node:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://«i=npm.int.baobabpay.net»/
      - run: npm ci
        working-directory: ussd-gateway
        env:
          NODE_AUTH_TOKEN: «n=${{ secrets.NPM_INTERNAL_TOKEN }}»
      - run: npm test
        working-directory: ussd-gateway

  go:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: "1.22"
      - run: go test ./...
        working-directory: settlement
        env:
          GOPRIVATE: «i=git.int.baobabpay.net»
          GOFLAGS: -mod=mod
          GIT_TOKEN: «s:glpat»
