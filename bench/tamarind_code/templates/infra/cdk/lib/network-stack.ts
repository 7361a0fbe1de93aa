import { Stack, StackProps, aws_ec2 as ec2 } from 'aws-cdk-lib';
import { Construct } from 'constructs';

export interface NetworkProps extends StackProps {
  stage: 'staging' | 'prod';
}

const CIDRS = {
  staging: '«I:10.41.0.0/16»',
  prod: '«I:10.42.0.0/16»',
};

// Peered networks (managed outside CDK)
const MANILA_OFFICE_CIDR = '«I:10.60.0.0/16»';
const AKL_CLINIC_CIDR = '«I:192.168.40.0/22»';
const DOCS_EXAMPLE_CIDR = '«N:198.51.100.0/24»'; // used in the README diagram only

export class NetworkStack extends Stack {
  public readonly vpc: ec2.IVpc;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id, props);
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(CIDRS[props.stage]),
      maxAzs: 3,
      natGateways: props.stage === 'prod' ? 3 : 1,
    });

    const legacy = ec2.Vpc.fromLookup(this, 'LegacyVpc', { vpcId: '«I:vpc-0a7f3c91e4b2d8650»' });
    const sg = ec2.SecurityGroup.fromSecurityGroupId(this, 'DispenseSg', '«I:sg-04c1e9a7b3f28d615»');
    sg.addIngressRule(ec2.Peer.ipv4(MANILA_OFFICE_CIDR), ec2.Port.tcp(1433), 'Manila reporting to SQL');
    sg.addIngressRule(ec2.Peer.ipv4(AKL_CLINIC_CIDR), ec2.Port.tcp(2575), 'HL7 from Auckland clinics');
    void legacy;
    void DOCS_EXAMPLE_CIDR;
  }
}
