#!/usr/bin/env bash
# Renders Agreements/ with the built bus-docs, opens every page in headless Chromium, saves screenshots,
# prints the protocol and the deviation form to PDF, and fails on a page that does not load, a console
# message from a page, or a protocol or form longer than its expected number of A4 pages.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BUS_DOCS:-.build/debug/bus-docs}
OUT=${BROWSER_TEST_OUT:-.browser-test}
TODAY=2026-11-24
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "browser-test: chromium is not installed (apt-get install chromium)"; exit 1; }
command -v pdfinfo >/dev/null || { echo "browser-test: pdfinfo is not installed (apt-get install poppler-utils)"; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT/screenshots" "$OUT/pdf" "$OUT/profile"
"$BIN" build Agreements --out "$OUT/site" --today "$TODAY" > "$OUT/build.log"

chrome() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$OUT/profile" --enable-logging=stderr --v=0 "$@"
}

passed=0 failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }

for page in $(cd "$OUT/site" && find . -name '*.html' | sort); do
  name=$(echo "${page#./}" | tr '/' '_' | sed 's/\.html$//')
  url="file://$PWD/$OUT/site/${page#./}"
  if ! chrome --screenshot="$OUT/screenshots/$name.png" --window-size=1280,1800 "$url" 2> "$OUT/$name.log"; then
    fail "$page: chromium could not load it"; continue
  fi
  dom=$(chrome --dump-dom "$url" 2>> "$OUT/$name.log")
  if ! grep -q '<main>' <<< "$dom"; then fail "$page: no <main> in the loaded page"; continue; fi
  if grep -E 'CONSOLE|Uncaught' "$OUT/$name.log" > /dev/null; then fail "$page: console messages: $(grep -E 'CONSOLE|Uncaught' "$OUT/$name.log" | head -3)"; continue; fi
  [ -s "$OUT/screenshots/$name.png" ] || { fail "$page: no screenshot"; continue; }
  passed=$((passed + 1))
done

# Print through bus-docs itself (--format pdf) and check the page counts of A4 documents.
for agreement in Agreements/*.md; do
  area=$(basename "$agreement" .md)
  "$BIN" protocol "$agreement" --date 2026-11-20 --noticed 2026-11-10 --format pdf -o "$OUT/pdf/$area-protokoll.pdf"
  "$BIN" deviation "$agreement" --format pdf -o "$OUT/pdf/$area-avvikelseblankett.pdf"
  for doc in protokoll:3 avvikelseblankett:2; do
    file="$OUT/pdf/$area-${doc%%:*}.pdf" limit=${doc##*:}
    pages=$(pdfinfo "$file" | awk '/^Pages:/ {print $2}')
    a4=$(pdfinfo "$file" | awk '/^Page size:/ {print ($3 > 593 && $3 < 597 && $5 > 840 && $5 < 844) ? "yes" : $3 "x" $5}')
    if [ "${pages:-0}" -lt 1 ] || [ "$pages" -gt "$limit" ]; then fail "$file: $pages pages, expected 1 to $limit"
    elif [ "$a4" != yes ]; then fail "$file: page size $a4 points is not A4"
    else echo "ok $file: $pages A4 pages"; passed=$((passed + 1)); fi
  done
done

echo "screenshots in $OUT/screenshots, PDFs in $OUT/pdf"
echo "browser-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
