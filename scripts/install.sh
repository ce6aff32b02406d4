#!/usr/bin/env bash
# Installs the dyad binary and its lexicon data under a prefix:
#   PREFIX/bin/dyad and PREFIX/share/dyad/lexicon/
# and the syntax model (tagger + parser weights) as PREFIX/share/dyad/syntax-en.bin.
# The binary finds its lexicon at ../share/dyad/lexicon relative to itself (and the syntax model at
# ../share/dyad/syntax-en.bin), so the installed copy works from anywhere. Usage:
#   scripts/install.sh [--bin-path DIR] PREFIX     (default DIR: swift build -c release --show-bin-path)
set -euo pipefail
bin=""
if [ "${1:-}" = "--bin-path" ]; then bin="$2"; shift 2; fi
prefix="${1:?usage: scripts/install.sh [--bin-path DIR] PREFIX}"
here="$(cd "$(dirname "$0")/.." && pwd)"
if [ -z "$bin" ]; then
  (cd "$here" && swift build -c release --product dyad)
  bin="$(cd "$here" && swift build -c release --show-bin-path)"
fi
[ -x "$bin/dyad" ] || { echo "install.sh: $bin/dyad not found; build first" >&2; exit 1; }
[ -f "$bin/dyad_DyadLexicon.resources/lexicon/countries.tsv" ] || {
  echo "install.sh: lexicon resources not found beside $bin/dyad" >&2; exit 1; }
syntax_model="$here/Sources/DyadSyntax/Resources/syntax-en.bin"
[ -f "$bin/dyad_DyadSyntax.resources/syntax-en.bin" ] && syntax_model="$bin/dyad_DyadSyntax.resources/syntax-en.bin"
[ -s "$syntax_model" ] || { echo "install.sh: syntax model $syntax_model not found" >&2; exit 1; }
mkdir -p "$prefix/bin" "$prefix/share/dyad"
cp "$bin/dyad" "$prefix/bin/dyad"
rm -rf "$prefix/share/dyad/lexicon"
cp -R "$bin/dyad_DyadLexicon.resources/lexicon" "$prefix/share/dyad/lexicon"
cp "$syntax_model" "$prefix/share/dyad/syntax-en.bin"
if [ -x "$bin/dyad-syntax" ]; then cp "$bin/dyad-syntax" "$prefix/bin/dyad-syntax"; fi
echo "installed $prefix/bin/dyad (lexicon in $prefix/share/dyad/lexicon, syntax model $prefix/share/dyad/syntax-en.bin)"
