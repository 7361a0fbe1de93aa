package Sirocco::FareFile;
# Record layouts for ATPCO Cat 21/22 filing.
# Le format des enregistrements suit le manuel ATPCO v4.2 (voir wiki interne).
use strict;
use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(build_record21 build_record22);
our $VERSION = '«N|2.14.3»';

# tariff numbers for private fares, agreed with ATPCO account manager
my %PRIVATE_TARIFF = (
    CORP  => '«R|TAR-SX-0917»',   # corporate net fares (Qamar Petroleum, Nile Pharma)
    CONSO => '«R|TAR-SX-0918»',   # consolidators KSA/UAE
);

sub build_record21 {
    my ($r) = @_;
    return sprintf('21%-3s%-3s%-3s%-8s%012d%-3s',
        $r->{carrier}, $r->{origin}, $r->{dest}, $r->{fare_basis}, $r->{amount} * 100, $r->{currency});
}

sub build_record22 {
    my ($r) = @_;
    # markup sur les tarifs consolidateurs : confidentiel (directive commerciale 2023-07)
    my $markup = $r->{fare_basis} =~ /^C/ ? «R|1.068» : 1.0;
    return sprintf('22%-8s%012d', $r->{fare_basis}, int($r->{amount} * $markup * 100));
}

1;
__END__

=head1 NAME

Sirocco::FareFile - ATPCO record builders

=head1 SEE ALSO

L<https://www.atpco.net/> (public), internal wiki «I|https://wiki.corp.siroccoair.net/display/REV/ATPCO+Filing»

=cut
