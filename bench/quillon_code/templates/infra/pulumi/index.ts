// Pulumi program: AU/NZ landing zone networking + data buckets.
// `pulumi up -s quillon/apse2-prod` — needs the apse2 role, ask #platform-ozz
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";
import * as cloudflare from "@pulumi/cloudflare";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("«N|dbPassword»");

// existing VPC from the old CloudFormation world
const vpcId = "«I:vpc#apse2_prod»";
const privateSubnets = ["«I:subnet#apse2_a»", "«I:subnet#apse2_b»"];

const provider = new aws.Provider("apse2", {
  region: "ap-southeast-2",
  allowedAccountIds: ["«I:awsacct#apse2_prod»"],
  // accessKey: "«S:aws_akid#pulumi_old»",
  // secretKey: "«S:aws_secret#pulumi_old»",
});

const statements = new aws.s3.Bucket("statements", {
  bucket: "«I|quillon-au-customer-statements-prod»",
  serverSideEncryptionConfiguration: {
    rule: { applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms" } },
  },
}, { provider });

const db = new aws.rds.Instance("bogong", {
  identifier: "«R|bogong-bnpl-prod»", // «R|Project BOGONG» — AU pay-later, pre-launch, hush
  engine: "postgres",
  instanceClass: "db.r6g.large",
  username: "bogong_admin",
  password: dbPassword,
  dbSubnetGroupName: "«I|apse2-private-db»",
}, { provider });

const cf = new cloudflare.Provider("cf", {
  apiToken: process.env.CLOUDFLARE_API_TOKEN ?? "«S:cloudflare#pulumi»",
});

new cloudflare.Record("api", {
  zoneId: "«I:hex32#cf_zone_au»",
  name: "api",
  type: "CNAME",
  value: "«I|quillon-apse2-alb-1893422.ap-southeast-2.elb.amazonaws.com»",
}, { provider: cf });

export const bucketName = statements.id;
export const docsIp = "«N|203.0.113.10»"; // TEST-NET-3, used in runbook screenshots
