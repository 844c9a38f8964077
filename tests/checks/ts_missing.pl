#!/usr/bin/perl
# ts_missing.pl SCANNED.ts STORED.ts: prints each message lupdate found in the code
# (SCANNED, written with -locations absolute) that the stored translation (STORED) lacks,
# and each stored message the code no longer has, and exits 1 if any. With --prune as a
# third argument it also deletes those from STORED (resources/translations/update.sh). lupdate 6.4 names a context after the class around the tr() call,
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
            # One scanned message can stand for several classes: lupdate merges the same
            # text in same-named helpers (a file-local "struct Tr") of different files.
            my @files = $message =~ m{<location filename="([^"]+)"}g;
            my @names = ($context);
            if ($resolve && @files) {
                @names = map {
                    my $file = m{^/} ? $_ : "$base/$_";
                    declared_context($file, $context) // $context
                } @files;
            }
            for my $name (@names) {
                (my $short = $name) =~ s/^sd:://;
                $found{"$short\t$source\t" . ($comment // '')} = 1;
            }
        }
    }
    return \%found;
}

my $scanned = messages($ARGV[0], 1);
my $stored = messages($ARGV[1], 0);
my @missing = sort grep { !$stored->{$_} } keys %$scanned;
# An entry whose text left the code would otherwise stay forever and hide a rewording.
my @unused = sort grep { !$scanned->{$_} } keys %$stored;
binmode(STDOUT, ':encoding(UTF-8)');
print "not in the translation: $_\n" for @missing;
print "no longer in the code: $_\n" for @unused;
if (@unused && ($ARGV[2] // '') eq '--prune') {
    my %drop = map { $_ => 1 } @unused;
    my $text = slurp($ARGV[1]);
    $text =~ s{(<context>\s*<name>(.*?)</name>)(.*?)(</context>\n?)}{
        my ($head, $context, $body, $tail) = ($1, $2, $3, $4);
        (my $short = $context) =~ s/^sd:://;
        $body =~ s{([ \t]*<message[^>]*>(.*?)</message>\n)}{
            my ($whole, $message) = ($1, $2);
            my ($source) = $message =~ m{<source>(.*?)</source>}s;
            my ($comment) = $message =~ m{<comment>(.*?)</comment>}s;
            $drop{"$short\t$source\t" . ($comment // '')} ? '' : $whole
        }gse;
        $body =~ /<message/ ? "$head$body$tail" : ''
    }gse;
    open(my $out, '>:encoding(UTF-8)', $ARGV[1]) or die "cannot write $ARGV[1]\n";
    print $out $text;
    close($out) or die "cannot write $ARGV[1]\n";
    print "pruned ", scalar(@unused), " entries from $ARGV[1]\n";
}
exit(@missing || @unused ? 1 : 0);
