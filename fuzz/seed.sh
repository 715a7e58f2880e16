#!/bin/sh
# Writes the seed corpus (fuzz/corpus/, not committed): every cdef and every `ffi!` block
# in the tests and examples, the cdef files under tests/cdefs/, and real headers after
# `gcc -E -P`.
set -eu
cd "$(dirname "$0")"
mkdir -p corpus/cdef corpus/block
# Raw-string cdefs, and `ffi! { … }` bodies (balanced braces), one file each.
find ../tests ../examples ../ffi-runtime ../README.md -name '*.rs' -o -name '*.md' | sort |
perl -ne '
    chomp; my $file = $_; local $/; open my $fh, "<", $file or next; my $text = <$fh>;
    (my $stem = $file) =~ s{[^A-Za-z0-9]+}{_}g;
    my $n = 0;
    while ($text =~ /cdef\s+r(#*)"(.*?)"\1/sg) {
        open my $out, ">", "corpus/cdef/$stem-" . $n++ or die; print $out $2;
    }
    while ($text =~ /cdef\s+"((?:[^"\\]|\\.)*)"/sg) {
        (my $c = $1) =~ s/\\n/\n/g; $c =~ s/\\(.)/$1/g;
        open my $out, ">", "corpus/cdef/$stem-" . $n++ or die; print $out $c;
    }
    $n = 0;
    while ($text =~ /ffi!\s*(\{((?:[^{}]++|(?1))*)\})/sg) {
        open my $out, ">", "corpus/block/$stem-" . $n++ or die; print $out $2;
    }
'
# The vendored cdef files (the real CFFI projects' cdefs among them).
for f in ../tests/cdefs/*.h ../tests/cdefs/cffi_projects/*.h; do
    cp "$f" "corpus/cdef/file-$(basename "$f")"
done
for h in zlib.h sqlite3.h stdio.h sodium.h; do
    echo "#include <$h>" | gcc -E -P - > "corpus/cdef/header-$h" || echo "skipped $h"
done
echo "cdef seeds: $(ls corpus/cdef | wc -l), block seeds: $(ls corpus/block | wc -l)"
