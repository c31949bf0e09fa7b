#!/usr/bin/env bash
# Renders Agreements/ with the built bus-docs, opens every page in headless Chromium, saves screenshots,
# prints the index, protocols, agendas, deviation forms and the follow-up to PDF as a reader's browser
# would (their pages drawn to PNG beside the screenshots), and fails on a page that does not load, a
# console message from a page, a document longer than its expected number of A4 pages, a pre-filled
# substitute or a comparison column cut off on paper, or a late meeting whose warning does not reach the
# printed protocol, or a local link that leads to no file of the site (an attachment's link included:
# `build` copies the attachments it finds, and names the others without a link). A copied attachment is
# checked byte for byte, and `serve` must answer it with its content type. (The PDFs bus-docs itself
# writes, with WeasyPrint, are checked by scripts/pdf-test.sh.)
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BUS_DOCS:-.build/debug/bus-docs}
OUT=${BROWSER_TEST_OUT:-.browser-test}
TODAY=2026-11-24

# Debian's chromium and poppler-utils (pdfinfo, pdftotext), installed when missing.
if ! command -v chromium >/dev/null || ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null || ! command -v pdftoppm >/dev/null; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  echo "browser-test: installing chromium and poppler-utils"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils
fi
CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || { echo "browser-test: chromium is not installed (apt-get install chromium)"; exit 1; }
command -v pdfinfo >/dev/null || { echo "browser-test: pdfinfo is not installed (apt-get install poppler-utils)"; exit 1; }

rm -rf "$OUT" && mkdir -p "$OUT/screenshots" "$OUT/pdf" "$OUT/profile"
# With the attachments fixture: an agreement whose PDF and Word attachments (made by LibreOffice) are there,
# and one whose file is not.
ATTACHMENTS=Tests/CLITests/Attachments
"$BIN" build Agreements "$ATTACHMENTS" --register Register --out "$OUT/site" --today "$TODAY" > "$OUT/build.log" 2> "$OUT/build-warnings.log"

chrome() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --user-data-dir="$OUT/profile" --enable-logging=stderr --v=0 "$@"
}

passed=0 failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ok() { echo "ok $1"; passed=$((passed + 1)); }

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
  # Every relative link should lead to a file of the site, percent-decoded as the browser reads it
  # ("V%C3%A4rmd%C3%B6%202026/index.html" is the folder "Värmdö 2026").
  folder=$(dirname "$OUT/site/${page#./}") dead=0
  for href in $(grep -o 'href="[^"#]*"' <<< "$dom" | sed 's/^href="//; s/"$//' | grep -v '://' | sort -u); do
    target=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$href")
    if [ ! -e "$folder/$target" ]; then fail "$page: link to $href leads to no file in the site"; dead=1; fi
  done
  [ "$dead" = 1 ] || ok "$page"
done

# The attachments found were copied as they are, and a reader's PDF tool opens the copy; the one missing
# was said once, at its line.
for file in sip-rutin.pdf "Kontaktlista BUS.docx"; do
  if cmp -s "$ATTACHMENTS/bilagor/$file" "$OUT/site/nacka-bilagor/bilagor/$file"; then ok "build: attachment $file copied byte for byte"
  else fail "build: attachment $file not copied as it is"; fi
done
if pdfinfo "$OUT/site/nacka-bilagor/bilagor/sip-rutin.pdf" > /dev/null 2>&1; then ok "build: the copied PDF opens in pdfinfo"; else fail "build: the copied PDF does not open"; fi
# The warning is a BUS014 finding, listed with the other findings on standard output and counted in their summary.
if [ "$(grep -c '^Tests/CLITests/Attachments/nacka-bilagor.md:' "$OUT/build.log")" = 1 ] \
   && grep -q '^Tests/CLITests/Attachments/nacka-bilagor.md:109:63: warning: \[BUS014\] .*bilagor/orosanmalan.pdf' "$OUT/build.log"; then
  ok "build: the missing attachment is warned about once, at its line"
else fail "build: no single warning for the missing attachment in $OUT/build.log"; fi

# A printed document: at least 1 and at most LIMIT A4 pages.
check_pdf() {
  local file=$1 limit=$2 pages a4
  pages=$(pdfinfo "$file" | awk '/^Pages:/ {print $2}')
  a4=$(pdfinfo "$file" | awk '/^Page size:/ {print ($3 > 593 && $3 < 597 && $5 > 840 && $5 < 844) ? "yes" : $3 "x" $5}')
  if [ "${pages:-0}" -lt 1 ] || [ "$pages" -gt "$limit" ]; then fail "$file: $pages pages, expected 1 to $limit"; return 1
  elif [ "$a4" != yes ]; then fail "$file: page size $a4 points is not A4"; return 1
  else ok "$file: $pages A4 pages"; fi
}

# Printed from the browser as a reader would: Chromium's print to PDF of a page, on A4.
print_pdf() {
  chrome --no-pdf-header-footer --print-to-pdf="$2" "file://$PWD/$1" 2>> "$OUT/print.log" || true
  [ -s "$2" ] && pdftoppm -r 50 -png "$2" "$OUT/screenshots/print-$(basename "$2" .pdf)"
}

# Nothing cut off on paper: every text the page pre-fills in a substitute's field, and every heading of the
# comparison, is in the printed text (white space ignored, as a wrapped line breaks it).
squeeze() { tr -d ' \n\t\f'; }
check_printed() {
  local page=$1 file=$2 missing=0 text
  text=$(pdftotext "$file" - | squeeze)
  while IFS= read -r expected; do
    [ -n "$expected" ] || continue
    if ! grep -qF -- "$(squeeze <<< "$expected")" <<< "$text"; then fail "$file: \"$expected\" is cut off"; missing=1; fi
  done < <(grep -oE 'name="ersattare-[0-9]+"( rows="2">|[^>]* value=")[^<"]+' "$page" | sed -E 's/.*(>|value=")//' | sed 's/&amp;/\&/g'
           sed -n '/class="jamforelse"/,/<\/thead>/p' "$page" | grep -oE '<th scope="col">[^<]+' | sed 's/.*>//' | sed 's/&amp;/\&/g')
  [ "$missing" -eq 0 ] && ok "$file: nothing cut off"
}

# The yearly follow-up of the example registers, printed (tables and SVG charts on A4).
"$BIN" report Agreements --register Register --year 2025 --out "$OUT/pdf" > /dev/null
print_pdf "$OUT/pdf/uppfoljning-2025.html" "$OUT/pdf/uppfoljning-2025.pdf"
check_pdf "$OUT/pdf/uppfoljning-2025.pdf" 10 || true

# The index: the comparison whole, on its own landscape page.
print_pdf "$OUT/site/index.html" "$OUT/pdf/index.pdf"
check_printed "$OUT/site/index.html" "$OUT/pdf/index.pdf"
if pdfinfo -l 9 "$OUT/pdf/index.pdf" | grep -qE 'size: +84[12]\.[0-9]* x 59[45]'; then ok "$OUT/pdf/index.pdf: the comparison has a landscape page"
else fail "$OUT/pdf/index.pdf: no landscape page for the comparison"; fi

for agreement in Agreements/*.md; do
  area=$(basename "$agreement" .md)
  "$BIN" protocol "$agreement" --date 2026-11-20 --noticed 2026-11-10 -o "$OUT/pdf/$area-protokoll.html"
  print_pdf "$OUT/pdf/$area-protokoll.html" "$OUT/pdf/$area-protokoll.pdf"
  check_pdf "$OUT/pdf/$area-protokoll.pdf" 2 && check_printed "$OUT/pdf/$area-protokoll.html" "$OUT/pdf/$area-protokoll.pdf"
  "$BIN" deviation "$agreement" -o "$OUT/pdf/$area-avvikelseblankett.html"
  print_pdf "$OUT/pdf/$area-avvikelseblankett.html" "$OUT/pdf/$area-avvikelseblankett.pdf"
  check_pdf "$OUT/pdf/$area-avvikelseblankett.pdf" 2 || true
  # A meeting after the deadline: the warning must be on paper too.
  late="$OUT/pdf/$area-protokoll-sent.pdf"
  "$BIN" protocol "$agreement" --date 2026-11-30 --noticed 2026-11-10 -o "${late%.pdf}.html"
  print_pdf "${late%.pdf}.html" "$late"
  if check_pdf "$late" 2; then
    if pdftotext "$late" - | tr -s ' \n' ' ' | grep -q 'Varning: Mötet 2026-11-30 hålls efter tidsgränsen'; then ok "$late: shows the late-meeting warning"
    else fail "$late: the late-meeting warning is not in the printed protocol"; fi
  fi
  for page in "$OUT"/site/"$area"/dagordning-*.html; do
    [ -e "$page" ] || continue
    group=$(basename "$page" .html); group=${group#dagordning-}
    print_pdf "$page" "$OUT/pdf/$area-dagordning-$group.pdf"
    check_pdf "$OUT/pdf/$area-dagordning-$group.pdf" 3 && check_printed "$page" "$OUT/pdf/$area-dagordning-$group.pdf"
  done
done

# A revision compared: the redline loads and shows insertions and deletions.
"$BIN" diff Tests/CLITests/Revisions/rinkeby-kista-2017.md Tests/CLITests/Revisions/rinkeby-kista-2019.md --format html \
  --today "$TODAY" -o "$OUT/diff.html"
if chrome --screenshot="$OUT/screenshots/diff.png" --window-size=1280,1800 "file://$PWD/$OUT/diff.html" 2> "$OUT/diff.log" \
  && chrome --dump-dom "file://$PWD/$OUT/diff.html" 2>> "$OUT/diff.log" | grep -q '<del>' ; then
  ok "diff.html: the redline loads in Chromium"
else fail "diff.html: does not load, or shows no redline"; fi

# The live preview in a real browser: the page loads from `serve`, shows the findings, and opens the
# reload stream; a broken agreement's finding is on the page.
mkdir -p "$OUT/serve" && cp Agreements/*.md "$OUT/serve/" && cp -r "$ATTACHMENTS/." "$OUT/serve/"
sed -i 's/^samtycke: skriftligt/samtycke: muntligt/' "$OUT/serve/nacka-2023.md"
"$BIN" serve "$OUT/serve" --port 0 --today "$TODAY" > "$OUT/serve.log" 2>&1 &
serve_pid=$!
for _ in $(seq 50); do grep -q 'http://127.0.0.1:' "$OUT/serve.log" && break; sleep 0.2; done
port=$(grep -o 'http://127.0.0.1:[0-9]*' "$OUT/serve.log" | head -1 | sed 's/.*://')
if [ -z "$port" ]; then fail "serve: no address in $OUT/serve.log"
else
  timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --no-first-run --user-data-dir="$OUT/profile" --dump-dom "http://127.0.0.1:$port/nacka-2023/index.html" > "$OUT/serve-dom.html" 2> "$OUT/serve-chromium.log" || true
  if grep -q 'class="bus-docs-diagnostik"' "$OUT/serve-dom.html" && grep -q '\[BUS008\]' "$OUT/serve-dom.html"; then
    ok "serve: the page shows the findings in Chromium"
  else fail "serve: no findings section in the page Chromium loaded"; fi
  if grep -q "EventSource('/_bus-docs/events')" "$OUT/serve-dom.html"; then ok "serve: the page listens for reloads"
  else fail "serve: no reload script in the page"; fi
  # An attachment as `serve` answers it: its own content type, the file byte for byte.
  for pair in "sip-rutin.pdf|application/pdf" "Kontaktlista%20BUS.docx|application/vnd.openxmlformats-officedocument.wordprocessingml.document"; do
    link=${pair%%|*} expected=${pair#*|}
    answer=$(python3 - "http://127.0.0.1:$port/nacka-bilagor/bilagor/$link" "$OUT/serve-attachment" <<'PY'
import sys, urllib.request
with urllib.request.urlopen(sys.argv[1], timeout=10) as response:
    open(sys.argv[2], "wb").write(response.read())
    print(response.status, response.headers.get("Content-Type"))
PY
    ) || answer="no answer"
    file=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.unquote(sys.argv[1]))' "$link")
    if [ "$answer" = "200 $expected" ] && cmp -s "$OUT/serve-attachment" "$ATTACHMENTS/bilagor/$file"; then ok "serve: $file answered as $expected, byte for byte"
    else fail "serve: $file answered \"$answer\", expected 200 $expected and the file's bytes"; fi
  done
fi
kill "$serve_pid" 2>/dev/null || true
wait "$serve_pid" 2>/dev/null || true

echo "screenshots in $OUT/screenshots, PDFs in $OUT/pdf"
echo "browser-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
