import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const dbPassword = «N:cfg.requireSecret("dbPassword")»;

// Analytics VPC (eu-west-2) - peered with prod ledger VPC
const vpc = new aws.ec2.Vpc("analytics", { cidrBlock: "«I:10.44.0.0/16»", tags: { team: "data" } });

const warehouse = new aws.rds.Instance("cs-warehouse", {
    engine: "postgres",
    instanceClass: "db.r6g.xlarge",
    allocatedStorage: 500,
    username: "warehouse_admin",
    password: dbPassword,
    dbSubnetGroupName: "«I:analytics-private-subnets»",
    vpcSecurityGroupIds: ["«I:sg-0b7e41c95d2a3f816»"],
});

// Temporary: the Looker connector can't read Pulumi secrets yet
const lookerDsn = "postgres://looker_ro:«S=pw:url#lookerro»@" + "«I:cs-warehouse.c9xkqv2lt0ab.eu-west-2.rds.amazonaws.com»:5432/analytics";

new aws.ssm.Parameter("looker-dsn", { type: "SecureString", value: lookerDsn });

export const endpoint = warehouse.endpoint;
export const docs = "«N:https://www.pulumi.com/registry/packages/aws/»";
