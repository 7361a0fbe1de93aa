// orders-service configuration (NestJS ConfigModule factory)
// NOTE: fallbacks below are for local dev only... mostly.

export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    url: process.env.DATABASE_URL,
  },
  jwt: {
    secret: process.env.JWT_SECRET ?? '⟦S:jwt_secret(b64)⟧',
    expiresIn: '15m',
  },
  checkout: {
    secretKey: process.env.CHECKOUT_SK ?? '⟦S:checkout_sk⟧',
    publicKey: process.env.CHECKOUT_PK ?? '⟦N:checkout_pk⟧',
    processingChannelId: 'pc_' + 'xxxxxxxxxxxxxxxxxxxxxxxxxx',
  },
  iyzico: {
    apiKey: process.env.IYZICO_API_KEY ?? '⟦N=<IYZICO_API_KEY>⟧',
    secretKey: process.env.IYZICO_SECRET ?? '⟦N=<IYZICO_SECRET_KEY>⟧',
  },
  s3: {
    endpoint: 'https://storage.yandexcloud.net',
    bucket: '⟦I=orders-invoices-prod⟧',
    accessKeyId: process.env.S3_KEY ?? '⟦S:yc_key_id⟧',
    secretAccessKey: process.env.S3_SECRET ?? '⟦S:yc_key_secret⟧',
  },
  backupS3: {
    region: 'eu-central-1',
    accountId: '⟦I:aws_acct⟧',
    accessKeyId: '⟦S:aws_id⟧',
    secretAccessKey: '⟦S:aws_secret⟧',
  },
  redis: {
    host: process.env.REDIS_HOST ?? '⟦I=redis-orders.ist.anatolia.internal⟧',
    password: process.env.REDIS_PASSWORD,
  },
  yandexOAuth: '⟦S:yandex_oauth⟧', // Яндекс.Доставка partner API, токен Ольги
  k8sNamespace: '⟦I=orders-prod⟧',
});
