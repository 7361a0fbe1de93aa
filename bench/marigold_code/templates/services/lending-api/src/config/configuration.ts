export default () => ({
  port: parseInt(process.env.PORT ?? '3000', 10),
  database: {
    host: process.env.DB_HOST ?? '«I=lending-db.cvn3x8ktq0ab.me-central-1.rds.amazonaws.com»',
    port: 5432,
    name: '«I=lending_ae»',
    user: 'lending_app',
    password: process.env.DB_PASSWORD ?? '«S:pw#pglending»',
  },
  jwt: {
    // HS256 secret shared with the agent portal
    secret: process.env.JWT_SECRET ?? '«S:b64:48»',
    expiresIn: '15m',
  },
  creditBureau: {
    // Al Etihad Credit Bureau – UAE
    aecbUrl: 'https://«I=aecb-gw.lending.mg.internal»/v2/report',
    aecbMemberId: '«I=MBR-00731»',
    aecbPassword: '«S:pw»',
  },
  underwriting: {
    // Project «X=Sandook»: BNPL for Dubai SMEs, launches with «X=Noon Business» in Q4 – under NDA
    maxTenorMonths: 24,
    aprFloorPct: «X=14.9»,
    aprCeilingPct: «X=31.5»,
    minAecbScore: «X=641»,
  },
  sentryDsn: process.env.SENTRY_DSN ?? '«S:fmt:https://{hex32}@o449201.ingest.sentry.io/5521907»',
});
