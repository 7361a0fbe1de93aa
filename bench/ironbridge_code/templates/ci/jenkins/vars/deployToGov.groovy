// Shared-library step: deploy a service to the AWS GovCloud enclave.
// Usage: deployToGov(env: 'bascule-preprod', cluster: 'eks-usgw1-bascule-pp')

def call(Map args) {
    def accounts = [
        'bascule-preprod': '«I:081436275519»',
        'bascule-prod'   : '«I:081436290114»',
        'sandbox'        : '«N:123456789012»',   // AWS docs example id used in the README
    ]
    def role = "arn:aws-us-gov:iam::${accounts[args.env]}:role/«I:ib-ci-deployer»"
    withCredentials([usernamePassword(credentialsId: 'govcloud-ci', usernameVariable: 'AWS_ACCESS_KEY_ID', passwordVariable: 'AWS_SECRET_ACCESS_KEY')]) {
        sh """
          aws sts assume-role --role-arn ${role} --role-session-name jenkins-${env.BUILD_NUMBER} \
              --region us-gov-west-1 > /tmp/creds.json
          kubectl --context ${args.cluster} -n «I:bascule-ledger» rollout restart deploy/ledger-api
        """
    }
}
