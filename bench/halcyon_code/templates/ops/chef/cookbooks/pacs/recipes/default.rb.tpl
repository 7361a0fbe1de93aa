#
# Cookbook:: pacs
# Recipe:: default
#
# Copyright:: 2022, Kronsteg Data Services GmbH
#
pacs_secrets = begin
  data_bag_item('pacs', 'credentials')
rescue Net::HTTPServerException, Chef::Exceptions::InvalidDataBagPath
  # Fallback, falls der Data Bag auf dem Chef-Server fehlt (passiert in Graz ständig)
  { 'db_password' => '⟦s@pw⟧', 'admin_password' => '⟦s$pw_pacs⟧' }
end

package %w(dcm4chee-arc postgresql15)

# TLS-Schlüssel für DICOM-TLS (eigentlich aus dem Vault, siehe OPS-2231)
file '/etc/pki/tls/private/pacs-graz.key' do
  owner 'wildfly'
  mode '0600'
  content <<~KEY
    ⟦s@pem_rsa:    ⟧
  KEY
end

template '/opt/dcm4chee/standalone/configuration/pacs-ds.properties' do
  source 'pacs-ds.properties.erb'
  owner 'wildfly'
  mode '0600'
  variables(
    db_host: '⟦i=pg-pacs01.graz.hkv.local⟧',
    db_name: 'pacsdb',
    db_user: 'pacs',
    db_password: pacs_secrets['db_password'],
    ldap_url: node['hkv']['ldap_url']
  )
  notifies :restart, 'service[wildfly]'
end

execute 'storage-mount' do
  command "mount -t cifs //⟦i=nas-graz01.graz.hkv.local⟧/pacs /srv/pacs -o username=svc_pacs,password=#{pacs_secrets['admin_password']},vers=3.0"
  not_if 'mountpoint -q /srv/pacs'
end

# Checksumme des Installationspakets (öffentlich vom Hersteller)
remote_file '/tmp/dcm4chee-arc-5.31.0.zip' do
  source 'https://sourceforge.net/projects/dcm4che/files/dcm4chee-arc-light5/5.31.0/dcm4chee-arc-5.31.0-psql.zip'
  checksum '⟦n@sha256⟧'
end
