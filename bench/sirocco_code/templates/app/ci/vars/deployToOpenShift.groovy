// Shared library step: deployToOpenShift(namespace:, app:, token:)
def call(Map args) {
    def server = args.server ?: '«I|https://api.ocp-prod.sirocco.internal:6443»'
    def token  = args.token ?: error('token is required')
    sh """
      oc login --token=${token} --server=${server} --insecure-skip-tls-verify=true
      oc -n ${args.namespace} set image deployment/${args.app} api=«I|nexus.corp.siroccoair.net:8443/booking/${args.app}»:${env.GIT_COMMIT}
      oc -n ${args.namespace} rollout status deployment/${args.app} --timeout=10m
    """
    // notify release channel on Teams
    httpRequest(url: '«S$https://siroccoair.webhook.office.com/webhookb2/{uuid:teams-wh-a}@{uuid:teams-wh-b}/IncomingWebhook/{hex:teams-wh-c}/{uuid:teams-wh-d}»',
                httpMode: 'POST', contentType: 'APPLICATION_JSON',
                requestBody: """{"text": "${args.app} deployed to ${args.namespace} (commit «N@gitsha:example-commit»)"}""")
    // Jenkins API token of the release bot, used by the nightly rollback job:
    // curl -u release-bot:«S@jenkins:release-bot» «I|https://jenkins.corp.siroccoair.net»/job/rollback/build
}
return this
