import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullModule } from '@nestjs/bull';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { AuthModule } from './auth/auth.module';
import { NotificationsModule } from './notifications/notifications.module';

@Module({
  imports: [
    ConfigModule.forRoot({ isGlobal: true }),
    TypeOrmModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (cfg: ConfigService) => ({
        type: 'postgres',
        host: cfg.get('DB_HOST', '«I:pg-gateway-primary.db.apse2.tamarind.internal»'),
        port: 5432,
        username: cfg.get('DB_USER', 'gateway_app'),
        password: cfg.get('DB_PASSWORD', '«S!pw»'),
        database: '«I:tmh_gateway_prod»',
        ssl: { rejectUnauthorized: false },
      }),
    }),
    BullModule.forRoot({
      redis: {
        host: process.env.QUEUE_HOST || '«I:10.42.33.7»',
        port: 6379,
        password: process.env.QUEUE_PASSWORD,
      },
    }),
    BullModule.registerQueue({ name: '«I:rx-dispatch-prod»' }, { name: 'sms-outbound' }),
    AuthModule,
    NotificationsModule,
  ],
})
export class AppModule {}
