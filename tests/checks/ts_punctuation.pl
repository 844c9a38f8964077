#!/usr/bin/perl
# ts_punctuation.pl [--fix] FILE.ts: Chinese text uses full-width punctuation （）：，？；！
# Prints each translation that puts an ASCII mark next to Han text, and exits 1 if any;
# with --fix, rewrites them in place. Left as they are on purpose: a mnemonic "(&X)"
# (the convention of Chinese desktop menus), a file-dialog filter "(*.csv)" (Qt parses
# it), and marks between Latin letters, digits or placeholders ("[%1,%2]", "1:1", "://").
use strict;
use warnings;
use utf8;

my $fix = @ARGV && $ARGV[0] eq '--fix' ? shift @ARGV : 0;
my ($path) = @ARGV;
open(my $in, '<:encoding(UTF-8)', $path) or die "cannot read $path: $!\n";
my $text = do { local $/; <$in> };
close $in;

my %entity = (amp => '&', lt => '<', gt => '>', quot => '"', apos => "'");
my %escape = reverse %entity;
my $cjk = qr/[\p{Han}（）：，？；！、。“”《》…]/;
my %wide = (',' => '，', ':' => '：', '?' => '？', ';' => '；', '!' => '！');

sub full_width {
    my ($s) = @_;
    # A quoted literal ("“行:列: 问题”") shows text as the program prints it: keep it.
    my @quoted;
    $s =~ s/(“[^”]*”)/push @quoted, $1; "\x{E000}" . $#quoted . "\x{E001}"/ge;
    # A bracketed aside around Chinese text, or right after it, but never a mnemonic
    # "(&X)" or a filter "(*.csv)"; a comma inside it is Chinese too.
    $s =~ s/(?<=\p{Han})\(((?!&.\)|\*)[^()]*)\)/（$1）/g;
    $s =~ s/\((?!&.\)|\*)([^()]*\p{Han}[^()]*)\)/（$1）/g;
    $s =~ s/(（[^（）]*）)/(my $aside = $1) =~ s{,(?=%\d)}{，}g; $aside/ge;
    # A mark after Chinese text, a closing bracket or a mnemonic, or before Chinese text;
    # a filter's ";;" and "://" stay. "当事人 %1:%2" labels its placeholder.
    $s =~ s/(?<=$cjk|\))([,:?!])(?![\/\d])/$wide{$1}/g;
    $s =~ s/(?<=$cjk)(;)(?!;)/$wide{$1}/g;
    $s =~ s/(?<!;)([,:?;!])(?=\s*\p{Han})/$wide{$1}/g;
    $s =~ s/(?<=\p{Han} %\d):/：/g;
    $s =~ s/\x{E000}(\d+)\x{E001}/$quoted[$1]/g;
    return $s;
}

my @wrong;
$text =~ s{<translation>([^<]*)</translation>}{
    my $stored = $1;
    (my $plain = $stored) =~ s/&(amp|lt|gt|quot|apos);/$entity{$1}/g;
    my $wanted = $plain =~ /\p{Han}/ ? full_width($plain) : $plain;
    if ($wanted ne $plain) {
        push @wrong, "$plain  ->  $wanted";
        (my $escaped = $wanted) =~ s/([&<>"'])/&$escape{$1};/g;
        $fix ? "<translation>$escaped</translation>" : "<translation>$stored</translation>";
    } else {
        "<translation>$stored</translation>";
    }
}ge;

binmode(STDOUT, ':encoding(UTF-8)');
if ($fix) {
    open(my $out, '>:encoding(UTF-8)', $path) or die "cannot write $path: $!\n";
    print $out $text;
    close $out;
    print "fixed: $_\n" for @wrong;
    exit 0;
}
print "ASCII punctuation in Chinese text: $_\n" for @wrong;
exit(@wrong ? 1 : 0);
