import { Stack, StackProps, RemovalPolicy, SecretValue, aws_rds as rds, aws_s3 as s3, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export class DataStack extends Stack {
  constructor(scope: Construct, id: string, vpc: ec2.IVpc, props?: StackProps) {
    super(scope, id, props);

    new s3.Bucket(this, 'Scripts', {
      bucketName: '«I:tmh-rx-scripts-prod-ap-southeast-2»',
      encryption: s3.BucketEncryption.KMS_MANAGED,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    new rds.DatabaseCluster(this, 'RxCluster', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),
      credentials: rds.Credentials.fromSecret(
        // secret ARN is fine to commit, the value lives in Secrets Manager
        Stack.of(this).node.tryGetContext('rxSecretArn') ?? '«N:arn:aws:secretsmanager:ap-southeast-2:${AWS::AccountId}:secret:rx/master»' as any,
      ),
      defaultDatabaseName: 'rx_prod',
      vpc,
    });

    // Temporary: analytics vendor needs a login until they move to IAM auth (remove by 30 Jun)
    new rds.DatabaseInstance(this, 'VendorReplica', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_15 }),
      credentials: rds.Credentials.fromPassword('vendor_ro', SecretValue.unsafePlainText('«S:Tui*88vWm3RkpQ!»')),
      vpc,
    });
  }
}
