---
# Ansible 全局变量 — prod
# TODO: 用 ansible-vault 加密这个文件 (ticket OPS-1192, 负责人 ⟦p@name:zh⟧)
ansible_user: deploy
ansible_ssh_pass: ⟦s@pw:word⟧
ansible_become_pass: ⟦s@pw⟧
ansible_ssh_common_args: '-o ProxyCommand="ssh -W %h:%p -q jump@⟦i=bastion-sg1.lotus-inner.net⟧"'

# 发布机 -> 业务机 的 SSH key (会写到 /home/deploy/.ssh/id_rsa)
deploy_ssh_private_key: |
  ⟦s@pem:ossh/2⟧

mysql_root_password: ⟦s@pw:simple⟧
mysql_replication_user: repl
mysql_replication_password: "{{ vault_mysql_repl_password }}"

zabbix_server: ⟦i@priv_ip:10⟧
ntp_servers:
  - ntp.aliyun.com
  - ⟦n=time.cloudflare.com⟧

harbor_registry: ⟦i=harbor.lotus-inner.net⟧

# 这个用 vault 了, 正确示范
es_password: "{{ vault_es_password }}"
grafana_admin_password: "⟦n={{ vault_grafana_admin_password }}⟧"

node_exporter_version: ⟦n=1.7.0⟧
java_packages:
  - ⟦n=java-17-openjdk-headless⟧
