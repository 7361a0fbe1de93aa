#
# Cookbook:: ib_base
# Recipe:: default
#
# Baseline for every Ironbridge Linux host (being replaced by Puppet? no - Puppet is being replaced by this).

package %w(chrony auditd rsyslog)

template '/etc/chrony.conf' do
  source 'chrony.conf.erb'
  variables(servers: ['«I:ntp1.corp.ironbridgesys.net»', '«I:ntp2.corp.ironbridgesys.net»'])
end

# central syslog
file '/etc/rsyslog.d/90-forward.conf' do
  content "*.* @@«I:10.42.0.40»:6514\n"
end

# Datadog agent (api key should come from the encrypted data bag, see below)
dd = data_bag_item('datadog', 'prod') rescue nil
api_key = dd ? dd['api_key'] : '«S=datadog»'

template '/etc/datadog-agent/datadog.yaml' do
  source 'datadog.yaml.erb'
  variables(api_key: api_key, site: '«N:datadoghq.eu»')
end

user 'ibops' do
  password '«N=bcrypt»'
  shell '/bin/bash'
end

user 'deploy' do
  password «N:node['ib_base']['deploy_password_hash']»
end
