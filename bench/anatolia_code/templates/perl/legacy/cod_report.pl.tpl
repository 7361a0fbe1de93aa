#!/usr/bin/perl
# Kapıda ödeme (COD) günlük mutabakat raporu — eski sistem, 2014'ten beri çalışıyor
# Yazan: ⟦P:name(tr)⟧ <⟦P:staff_email⟧>
# ⟦X=GİZLİ — Finans dışına gönderilmez⟧
use strict;
use warnings;
use DBI;
use MIME::Lite;

my $dsn  = "DBI:mysql:database=⟦I=cod_legacy⟧;host=⟦I:ip10⟧;port=3306";
my $dbh  = DBI->connect($dsn, "cod_report", "⟦S:pw⟧", { RaiseError => 1 })
    or die "DB bağlantısı yok: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT courier_id, SUM(amount) FROM cod_collections
    WHERE collected_at >= CURDATE() - INTERVAL 1 DAY GROUP BY courier_id
});
$sth->execute();

my $body = "Kurye\tTutar\n";
while (my @r = $sth->fetchrow_array) { $body .= join("\t", @r) . "\n"; }

my $msg = MIME::Lite->new(
    From    => 'cod-report@anatolia-logistik.com.tr',
    To      => '⟦P:staff_email⟧',
    Cc      => '⟦N=muhasebe@example.com⟧',
    Subject => 'COD mutabakat',
    Data    => $body,
);
$msg->send('smtp', '⟦I=relay.ist.anatolia.internal⟧', AuthUser => 'cod-report', AuthPass => '⟦S:pw(url)⟧');

print <<"END_NOTE";
Rapor gönderildi.
Sorun olursa: ⟦P:phone(tr_nat)⟧ (Hakan, gece vardiyası)
END_NOTE
