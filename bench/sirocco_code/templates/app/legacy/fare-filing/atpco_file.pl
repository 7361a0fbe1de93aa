#!/usr/bin/perl
# atpco_file.pl - push the nightly fare batch to ATPCO
# Written 2009 by N. Mansour, maintained by Revenue Systems (Amman)
# usage: atpco_file.pl --batch 20240312 [--dry-run]
use strict;
use warnings;
use Getopt::Long;
use Net::SFTP::Foreign;
use DBI;
use lib '/opt/sirocco/fare-filing/lib';
use Sirocco::FareFile qw(build_record21 build_record22);

my ($batch, $dry) = ('', 0);
GetOptions('batch=s' => \$batch, 'dry-run' => \$dry) or die "bad args\n";

# --- connection settings (moved to etc/fare_filing.conf in 2016 but the old ones still win, sigh)
my $sftp_host = '«I|sftp-gw.dmz.sirocco.internal»';
my $sftp_user = 'SX_FARES';
my $sftp_pass = '«S|Atpco#Sx2016!fares»';
my $dsn       = 'dbi:Oracle:host=«I|ora-res-scan.dc1.sirocco.internal»;sid=RESPRD;port=1521';
my $db_user   = 'farefile';
my $db_pass   = $ENV{FAREFILE_DB_PASS} || '«S|ff_Rs2018#Amm»';

my $dbh = DBI->connect($dsn, $db_user, $db_pass, { RaiseError => 1, AutoCommit => 0 })
    or die "cannot connect: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT carrier, origin, dest, fare_basis, amount, currency
      FROM fare_owner.pending_fares WHERE batch_id = ?
});
$sth->execute($batch);

my @records;
while (my $r = $sth->fetchrow_hashref) {
    # private fares (tour code SXQIBLI*) are filed as Cat35, never public
    next if $r->{fare_basis} =~ /^«R|JQBL»/ && !$ENV{FILE_PRIVATE};
    push @records, build_record21($r), build_record22($r);
}

if ($dry) {
    print scalar(@records), " records would be filed\n";
    exit 0;
}

my $sftp = Net::SFTP::Foreign->new($sftp_host, user => $sftp_user, password => $sftp_pass,
                                   more => ['-o', 'StrictHostKeyChecking=no']);
$sftp->die_on_error("sftp connect failed");
$sftp->put_content(join("\n", @records), "/inbound/SX/$batch.dat");

# notify the revenue channel
system('curl', '-s', '-X', 'POST', '-H', 'Content-type: application/json',
       '--data', qq({"text":"ATPCO batch $batch filed"}),
       '«S@slack_hook:rev-systems»');

# maintainer mail for failures: «P|nabil.mansour@siroccoair.com», backup «N|fares-team@example.com»
