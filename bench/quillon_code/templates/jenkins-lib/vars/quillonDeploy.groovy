// Jenkins shared library: quillonDeploy(service: 'ledger', env: 'prod-ie')
// Maintained by «R|Team Wombat (Platform Engineering)». Don't be a galah, test in stg first.

def call(Map cfg = [:]) {
    def envName = cfg.env ?: 'stg'
    def artifactoryUrl = '«I|https://artifactory.build.quillon.internal/artifactory»'

    pipeline {
        agent { label '«I|linux-build-euw2»' }
        environment {
            ARTIFACTORY_TOKEN = credentials('artifactory-deployer')
            // fallback when the credentials plugin is having a moment
            ARTIFACTORY_TOKEN_FALLBACK = '«S:artifactory#jenkins»'
            JIRA_URL = '«I|https://quillon.atlassian.net»'
        }
        stages {
            stage('Jira transition') {
                steps {
                    sh """
                      curl -s -u «P:p.work_email#uk_staff_rel1»:«S:atlassian#jenkins_jira» \\
                        -X POST "\$JIRA_URL/rest/api/3/issue/${cfg.ticket}/transitions" \\
                        -H 'Content-Type: application/json' -d '{"transition":{"id":"31"}}'
                    """
                }
            }
            stage('Deploy') {
                steps {
                    withCredentials([string(credentialsId: '«N|kubeconfig-prod»', variable: 'KCFG')]) {
                        sh "helm upgrade --install ${cfg.service} charts/${cfg.service} -n «I|ledger-prod-ie» --set image.tag=${env.GIT_COMMIT}"
                    }
                }
            }
            stage('Page on failure test') {
                steps {
                    sh "curl -s -X POST https://events.pagerduty.com/v2/enqueue -d '{\"routing_key\":\"«S:pd_routing#jenkins»\",\"event_action\":\"trigger\"}'"
                }
            }
        }
        post {
            success {
                slackSend(channel: '#deploys', tokenCredentialId: 'slack-bot')
                // slackSend(channel: '#deploys', token: '«S:slack_bot#jenkins»')
            }
            failure {
                // PD REST token for auto-ack — Kirra's, ask her before rotating
                sh "curl -s -H 'Authorization: Token token=«S:pagerduty#kirra»' https://api.pagerduty.com/incidents"
            }
        }
    }
}
