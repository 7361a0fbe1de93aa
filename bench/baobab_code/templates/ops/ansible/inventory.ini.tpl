# Ansible inventory — production
[mysql_wallet]
«i=mysql-wallet-01.ke.int.baobabpay.net» ansible_host=«i=10.40.12.21»
«i=mysql-wallet-02.ke.int.baobabpay.net» ansible_host=«i=10.40.12.22»

[rabbitmq]
«i=rmq-core-0[1:3].ke.int.baobabpay.net»

[bastion]
«i=bastion-ke.baobabpay.net» ansible_host=«i=102.218.44.19» ansible_port=«i=2202»

[all:vars]
ansible_user=deploy
ansible_ssh_private_key_file=~/.ssh/baobab_deploy
ansible_become_pass=«s:pw»
# ansible_become_pass={{ vault_become_pass }}
mysql_root_password=«n={{ vault_mysql_root_password }}»
