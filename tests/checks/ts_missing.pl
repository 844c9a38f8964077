#!/usr/bin/perl
# ts_missing.pl SCANNED.ts STORED.ts: prints each message lupdate found in the code
# (SCANNED, written with -locations absolute) that the stored translation (STORED) lacks,
# and exits 1 if any. lupdate 6.4 names a context after the class around the tr() call,
# without its namespace; at run time the translator is asked for the class's full name
# ("sd::X") or, for a class that declares Q_DECLARE_TR_FUNCTIONS(Y), for Y. So a scanned
# context is mapped to the Q_DECLARE_TR_FUNCTIONS argument its file gives that class, and
# otherwise matches with or without "sd::".
use strict;
use warnings;

sub slurp {
    my ($path) = @_;
    open(my $fh, '<:encoding(UTF-8)', $path) or return '';
    local $/;
    return <$fh>;
}

my %declared;    # "file\tclass" -> the context Q_DECLARE_TR_FUNCTIONS gives it
sub declared_context {
    my ($file, $class) = @_;
    (my $header = $file) =~ s/\.cpp$/.h/;
    for my $path ($file, $header) {
        my $key = "$path\t$class";
        if (!exists $declared{$key}) {
            my $text = slurp($path);
            $declared{$key} =
                $text =~ /\b(?:class|struct)\s+\Q$class\E\b[^;{]*\{[^}]*?Q_DECLARE_TR_FUNCTIONS\(\s*([\w:]+)\s*\)/s
                ? $1 : undef;
        }
        return $declared{$key} if defined $declared{$key};
    }
    return undef;
}

sub messages {
    my ($path, $resolve) = @_;
    (my $base = $path) =~ s{/[^/]*$}{};
    $base = "." if $base eq $path;
    my $text = slurp($path) or die "cannot read $path\n";
    my %found;
    while ($text =~ m{<context>\s*<name>(.*?)</name>(.*?)</context>}gs) {
        my ($context, $body) = ($1, $2);
        while ($body =~ m{<message[^>]*>(.*?)</message>}gs) {
            my $message = $1;
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            my ($comment) = $message =~ m{<comment>(.*?)</comment>}s;
            my ($file) = $message =~ m{<location filename="([^"]+)"};
            $file = "$base/$file" if defined $file && $file !~ m{^/};
            my $name = $context;
            if ($resolve && defined $file) {
                my $real = declared_context($file, $context);
                $name = $real if defined $real;
            }
            $name =~ s/^sd:://;
            $found{"$name\t$source\t" . ($comment // '')} = 1;
        }
    }
    return \%found;
}

my $scanned = messages($ARGV[0], 1);
my $stored = messages($ARGV[1], 0);
my @missing = sort grep { !$stored->{$_} } keys %$scanned;
binmode(STDOUT, ':encoding(UTF-8)');
print "not in the translation: $_\n" for @missing;
exit(@missing ? 1 : 0);
