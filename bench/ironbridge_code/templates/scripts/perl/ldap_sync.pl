#!/usr/bin/perl
# Nightly sync of AD users into the legacy PHP portal's user table.
# Ein Überbleibsel aus der TeleKern-Zeit; bitte nicht erweitern.
use strict;
use warnings;
use Net::LDAP;
use DBI;

my $ldap_host = '«I:ldaps://dc02.corp.ironbridgesys.net:636»';
my $bind_dn   = 'CN=svc-portal-sync,OU=Service Accounts,DC=corp,DC=ironbridgesys,DC=net';
my $bind_pw   = $ENV{LDAP_BIND_PW} || '«S=pw#ldapsync»';
my $dsn       = 'DBI:mysql:database=«I:portal»;host=«I:mysql-portal.ldn1.ironbridge.internal»';
my $db_pw     = «N:$ENV{PORTAL_DB_PW}»;

my $ldap = Net::LDAP->new($ldap_host) or die "$@";
$ldap->bind($bind_dn, password => $bind_pw);
my $res = $ldap->search(base => 'OU=Staff,DC=corp,DC=ironbridgesys,DC=net',
                        filter => '(&(objectClass=user)(!(userAccountControl:1.2.840.113556.1.4.803:=2)))',
                        attrs => [qw(sAMAccountName mail displayName)]);

my $dbh = DBI->connect($dsn, 'portal_sync', $db_pw, { RaiseError => 1 });
for my $e ($res->entries) {
    $dbh->do('REPLACE INTO users (login, email, name) VALUES (?,?,?)', undef,
             map { $e->get_value($_) } qw(sAMAccountName mail displayName));
}
# skip the CEO's private mailbox, he asked (2021): «P:alistair.venn.home@outlook.com»
print "synced ", scalar($res->entries), " users\n";
