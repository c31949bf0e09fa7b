#!/usr/bin/env bash
# `bus-docs lsp` with two real clients, on real agreements:
#  - Neovim (headless, Debian's `neovim`) opens a broken agreement, shows the server's findings, takes
#    every quick fix it offers and writes the findings before and after (Tests/LSP/nvim.lua); both must be
#    what `check --format json` finds in the same text, at the same lines and columns.
#  - pygls' LanguageClient (PyPI) compares the published findings with `check` on every agreement in
#    Agreements/, Tests/Corpus/ and Tests/CLITests/Hostile/ in UTF-16 and UTF-8 positions, applies the quick
#    fixes, and asks hover, completion and definition (Tests/LSP/client_test.py).
# What is missing (neovim; a venv with pygls in .build/lsp-venv) is installed first.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=$(realpath "${BUS_DOCS:-.build/debug/bus-docs}")
OUT=${LSP_TEST_OUT:-.lsp-test}
VENV=.build/lsp-venv
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

if ! command -v nvim >/dev/null || ! python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "lsp-test: installing neovim and python3-venv"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim python3-venv
fi
if ! "$VENV/bin/python" -c 'import pygls, lsprotocol' 2>/dev/null; then
  echo "lsp-test: installing pygls into $VENV"
  python3 -m venv "$VENV" && "$VENV/bin/pip" install -q 'pygls>=2.1,<3' 'lsprotocol>=2025'
fi

rm -rf "$OUT" && mkdir -p "$OUT"
failed=0

# Neovim: the findings it shows, before and after the quick fixes, against check's on the same text.
cp Tests/LSP/broken.md "$OUT/agreement.md"
BUS_DOCS="$BIN" OUT="$OUT" timeout 120 nvim --headless --clean -u Tests/LSP/nvim.lua "$OUT/agreement.md" || true
if [ ! -f "$OUT/done" ]; then
  echo "FAIL neovim: $(cat "$OUT/error.txt" 2>/dev/null || echo 'did not finish')"; failed=1
else
  # check's findings as Neovim places them: 1-based line, 1-based byte column, code, severity (1 error, 2 warning).
  expected() {
    # check exits 1 for errors, which these files have.
    { LANG=C "$BIN" check --format json "$1" || true; } | "$VENV/bin/python" -c '
import json, sys
path = sys.argv[1]
lines = open(path, encoding="utf-8").read().split("\n")
rows = []
for d in json.load(sys.stdin)["diagnostics"]:
    byte = len(lines[d["line"] - 1][: d["column"] - 1].encode("utf-8")) + 1
    rows.append("%d\t%d\t%s\t%d\t%s" % (d["line"], byte, d["rule"], 1 if d["severity"] == "error" else 2, d["message"]))
if rows: print("\n".join(sorted(rows)))' "$1"
  }
  expected "$OUT/agreement.md" > "$OUT/before.expected"
  expected "$OUT/mended.md" > "$OUT/after.expected"
  if diff -u "$OUT/before.expected" "$OUT/before.tsv"; then echo "ok neovim shows check's $(wc -l < "$OUT/before.tsv") findings"; else echo "FAIL neovim's findings differ from check's"; failed=1; fi
  if [ "$(cat "$OUT/done")" != 3 ]; then echo "FAIL neovim applied $(cat "$OUT/done") quick fixes, expected 3"; failed=1; fi
  if diff -u "$OUT/after.expected" "$OUT/after.tsv" && grep -q 'part: hab-nacka,' "$OUT/mended.md" && grep -q '^samtycke: skriftligt' "$OUT/mended.md" \
     && grep -q '^    huvudman: region$' "$OUT/mended.md"; then
    echo "ok neovim's quick fixes mend the text; findings after them are check's ($(wc -l < "$OUT/after.tsv"))"
  else
    echo "FAIL after neovim's quick fixes"; failed=1
  fi
fi

# pygls: every agreement, both position encodings, quick fixes, hover, completion, definition.
shopt -s nullglob
files=(Tests/LSP/broken.md Agreements/*.md Tests/Corpus/*.md Tests/CLITests/Hostile/*.md)
if "$VENV/bin/python" Tests/LSP/client_test.py "$BIN" Tests/LSP/broken.md "${files[@]}"; then echo "ok pygls client"; else echo "FAIL pygls client"; failed=1; fi

exit $failed
