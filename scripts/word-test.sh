#!/usr/bin/env bash
# Word documents checked with programs bus-docs did not write. For every agreement in Agreements/ and
# Tests/Corpus/ (or the files and folders given) bus-docs writes the protocol, the agendas, the deviation
# form and the agreement itself as .docx, and the yearly follow-up of Register/; then
#  - python-docx opens each one, lxml parses every XML part, and its content controls are counted by kind
#    and tag (scripts/docx_check.py);
#  - LibreOffice converts all of them to PDF in one run, and each PDF must have pages and the document's title;
#    no word of a protocol's, an agenda's or the follow-up's tables is broken inside; an agenda's signing is
#    printed with its last item;
#    a form printed blank shows no prompt ("Välj part", "Skriv namn") and every party a drop-down offers;
#  - a document restyled with a reference document made by python-docx keeps Word's style names;
#  - every page printed says "Sida N av M", and from page 2 the document's title; a deviation form filled in
#    (scripts/docx-fill.py) prints its answers and none of the choices its drop-downs list for paper;
#  - pdftoppm turns each PDF's first page into a PNG for a reviewer (OUT/pages);
#  - each agreement's .docx imported back gives the agreement's text as the body, and check's findings.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BUS_DOCS:-.build/debug/bus-docs}
OUT=${WORD_TEST_OUT:-.browser-test/word}
TODAY=2026-11-24
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)

# Debian's LibreOffice Writer and poppler-utils, and python-docx from PyPI, installed when missing.
if ! command -v soffice >/dev/null || ! command -v pdftoppm >/dev/null || ! command -v pdftotext >/dev/null; then
  echo "word-test: installing libreoffice-writer-nogui and poppler-utils"
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui poppler-utils
fi
if ! python3 -c 'import docx, lxml' 2>/dev/null; then
  echo "word-test: installing python-docx"
  python3 -m pip install -q python-docx
fi

rm -rf "$OUT" && mkdir -p "$OUT/docx" "$OUT/pdf" "$OUT/pages"
passed=0 failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ok() { echo "ok $1"; passed=$((passed + 1)); }

sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=(Agreements Tests/Corpus)
agreements=$(for s in "${sources[@]}"; do if [ -d "$s" ]; then ls "$s"/*.md; else echo "$s"; fi; done)

write() { # KIND NAME ARGS…: one document, listed under its kind for docx_check.py
  local kind=$1 name=$2; shift 2
  if "$BIN" "$@" --format docx -o "$OUT/docx/$name.docx" 2> "$OUT/$name.log"; then echo "$OUT/docx/$name.docx" >> "$OUT/$kind.list"
  else fail "$name: bus-docs could not write it: $(tail -1 "$OUT/$name.log")"; fi
}

for agreement in $agreements; do
  area=$(basename "$agreement" .md)
  if "$BIN" protocol "$agreement" --today "$TODAY" --format md > /dev/null 2>&1; then
    write protocol "$area-protokoll" protocol "$agreement" --today "$TODAY" --date 2026-11-20
  fi
  for group in styrgrupp arbetsgrupp behandlingskonferens; do
    if "$BIN" protocol "$agreement" --group "$group" --today "$TODAY" --format md > /dev/null 2>&1; then
      write agenda "$area-dagordning-$group" protocol "$agreement" --group "$group" --today "$TODAY"
    fi
  done
  # An agreement whose form is the area's own attachment (`blankett:` naming it) gets no built-in form:
  # bus-docs names the file instead, exit 2.
  if LANG=C "$BIN" deviation "$agreement" --today "$TODAY" --format md > /dev/null 2> "$OUT/$area-own-form.log"; then
    write deviation "$area-avvikelseblankett" deviation "$agreement" --today "$TODAY"
  elif grep -q "the form is the area's own, the attachment" "$OUT/$area-own-form.log"; then
    ok "$area-avvikelseblankett: the area's own form is named, none made in its place"
  else fail "$area-avvikelseblankett: bus-docs could not write it: $(tail -1 "$OUT/$area-own-form.log")"; fi
  write agreement "$area-overenskommelse" agreement "$agreement" --today "$TODAY"
done
# `-o NAME.docx` chooses Word by the extension, as `--format docx --out` does.
if "$BIN" report Agreements --register Register --year 2025 -o "$OUT/docx/uppfoljning-2025.docx" > /dev/null 2> "$OUT/report.log"; then
  echo "$OUT/docx/uppfoljning-2025.docx" >> "$OUT/report.list"
else fail "uppfoljning-2025.docx: bus-docs could not write it: $(tail -1 "$OUT/report.log")"; fi

# Each agreement's Word document imported back (how a neighbour's agreement usually arrives): the draft's
# body is the agreement's text, block by block (scripts/body-compare.py), none of the parts made from the
# front matter; for Agreements/, the draft checks with the findings the agreement has (the corpus's
# front matter is not all recovered yet: a cadence or a form named only in the text).
for agreement in $agreements; do
  area=$(basename "$agreement" .md)
  docx="$OUT/docx/$area-overenskommelse.docx"
  [ -f "$docx" ] || continue
  draft="$OUT/$area-import.md"
  if ! "$BIN" import "$docx" -o "$draft" --today "$TODAY" > /dev/null 2> "$OUT/$area-import.log"; then
    fail "$area-overenskommelse.docx: import failed: $(tail -1 "$OUT/$area-import.log")"; continue
  fi
  if ! python3 scripts/body-compare.py "$agreement" "$draft" > "$OUT/$area-import.diff"; then
    fail "$area-overenskommelse.docx imported back: the body differs from the agreement's: $(head -c 600 "$OUT/$area-import.diff")"; continue
  fi
  if [ "${agreement%%/*}" != Agreements ]; then ok "$area-overenskommelse.docx imported back: $(cat "$OUT/$area-import.diff")"; continue; fi
  findings() { LANG=C "$BIN" check "$1" --today "$TODAY" --format json 2> /dev/null | python3 -c 'import json, sys; print(sorted(d["rule"] for d in json.load(sys.stdin)["diagnostics"]))'; }
  before=$(findings "$agreement"); after=$(findings "$draft")
  # The draft's own placeholders (what the document did not say: "(ange …)") are BUS024's; the rest must match.
  if [ "$(echo "$after" | sed "s/'BUS024', //g; s/, 'BUS024'//g; s/'BUS024'//g")" != "$(echo "$before" | sed "s/'BUS024', //g; s/, 'BUS024'//g; s/'BUS024'//g")" ]; then
    fail "$area-overenskommelse.docx imported back: check finds $after, the agreement $before"; continue
  fi
  ok "$area-overenskommelse.docx imported back: $(cat "$OUT/$area-import.diff")"
done

# A municipality's styles: python-docx's own default document (made in Word) as the reference.
python3 -c 'import docx, sys; docx.Document().save(sys.argv[1])' "$OUT/referens.docx"
first=$(basename "$(head -1 "$OUT/deviation.list")" -avvikelseblankett.docx)
first=$(echo "$agreements" | grep "/$first.md$" | head -1)
if ! "$BIN" deviation "$first" --today "$TODAY" --format docx --reference-docx "$OUT/referens.docx" -o "$OUT/docx/referens-avvikelseblankett.docx"; then
  fail "referens-avvikelseblankett.docx: bus-docs could not write it with --reference-docx"
fi
echo "$OUT/docx/referens-avvikelseblankett.docx" >> "$OUT/deviation.list"
styles=$(python3 -c 'import docx, sys; print(sorted({p.style.name for p in docx.Document(sys.argv[1]).paragraphs}))' "$OUT/docx/referens-avvikelseblankett.docx")
if grep -q "'Title'" <<< "$styles" && grep -q "'Heading 1'" <<< "$styles"; then ok "referens-avvikelseblankett.docx: styled by the reference document: $styles"
else fail "referens-avvikelseblankett.docx: styles $styles lack Title and Heading 1"; fi

# python-docx and lxml on every document, content controls by kind and tag.
for kind in protocol agenda deviation agreement report; do
  [ -f "$OUT/$kind.list" ] || continue
  while read -r line; do
    case $line in ok*) ok "${line#ok }" ;; FAIL*) fail "${line#FAIL }" ;; *) echo "$line" ;; esac
  done < <(xargs python3 scripts/docx_check.py "$kind" < "$OUT/$kind.list" || true)
done

# A deviation form filled in as Word and LibreOffice fill it (scripts/docx-fill.py): printed, it shows the
# answers chosen and none of the choices listed for paper ("Kryssa i ett av ämnena: ☐ SIP …"), which are the drop-downs'
# placeholders; the blank form prints them.
first_form=$(head -1 "$OUT/deviation.list")
filled_form="$OUT/docx/$(basename "$first_form" .docx)-ifylld.docx"
python3 scripts/docx-fill.py "$first_form" "$filled_form" > "$OUT/ifylld-svar.txt"

# LibreOffice: every document to PDF in one run.
count=$(ls "$OUT"/docx/*.docx | wc -l)
start=$(date +%s)
soffice --headless --norestore -env:UserInstallation=file://$PWD/$OUT/profile --convert-to pdf --outdir "$OUT/pdf" "$OUT"/docx/*.docx > "$OUT/soffice.log" 2>&1 || true
echo "LibreOffice converted $(ls "$OUT"/pdf/*.pdf 2>/dev/null | wc -l) of $count documents in $(( $(date +%s) - start )) s"
for file in "$OUT"/docx/*.docx; do
  name=$(basename "$file" .docx)
  pdf="$OUT/pdf/$name.pdf"
  if [ ! -s "$pdf" ]; then fail "$name.docx: LibreOffice made no PDF"; continue; fi
  pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
  title=$(python3 -c 'import docx, sys; print(docx.Document(sys.argv[1]).paragraphs[0].text)' "$file")
  if [ "${pages:-0}" -lt 1 ]; then fail "$name.pdf: no pages"; continue; fi
  if ! pdftotext "$pdf" - | tr -s ' \n' ' ' | grep -qF "$(echo "$title" | cut -c1-30)"; then fail "$name.pdf: the title '$title' is not in the PDF"; continue; fi
  # The attendance table's heads whole on their line, not broken inside a word ("Närvarand/e").
  case $name in *-protokoll) heads="Närvarande Frånvarande Ersättare" ;; *-dagordning-*) heads="Närvarande Frånvarande Ersättare" ;; *) heads="" ;; esac
  head_line=$(pdftotext -layout "$pdf" - | grep -m1 -E '^ *Roll +Organisation' || true)
  broken=""
  for head in $heads; do grep -q "$head" <<< "$head_line" || broken="$broken $head"; done
  if [ -n "$broken" ]; then fail "$name.pdf: the attendance table's heads are broken inside a word:$broken ($head_line)"; continue; fi
  # The protocol's and the agendas' tables (the attendance table's roles and organisations): no word
  # broken inside ("Utbildningsförvaltning|en,", "Verksamhetsc|hef").
  case $name in *-protokoll|*-dagordning-*)
    broken=$(python3 scripts/docx-table-words.py "$file" "$pdf" | tr '\n' ' ' || true)
    if [ -n "$broken" ]; then fail "$name.pdf: words of its tables are broken inside: $broken"; continue; fi
  esac
  # The follow-up's tables: no word of a head or a cell broken inside ("individfor|um"), only between words.
  case $name in uppfoljning-*)
    broken=$(python3 scripts/docx-table-words.py "$file" "$pdf" | tr '\n' ' ' || true)
    if [ -n "$broken" ]; then fail "$name.pdf: words of its tables are broken inside: $broken"; continue; fi
    # A figure is one word on paper: "färre än 3" never wraps to "färre / än 3".
    wrapped=$(pdftotext -raw "$pdf" - | python3 -c 'import re, sys; print(len(re.findall(r"färre\s*\n\s*än\s+3|färre\s+än\s*\n\s*3\b", sys.stdin.read())))')
    if [ "$wrapped" != 0 ]; then fail "$name.pdf: 'färre än 3' is broken over two lines $wrapped times"; continue; fi
  esac
  # The signing on one page: a page break never falls between its heading, the names and the lines to sign on.
  case $name in *-protokoll|*-dagordning-*)
    split=$(pdftotext -layout "$pdf" - | awk 'BEGIN { RS = "\f" } /Justering/ { a = NR } /Underskrift justerare|Justerare:/ { b = NR } END { if (a != b) print "pages " a " and " b }')
    if [ -n "$split" ]; then fail "$name.pdf: the signing is split across $split"; continue; fi
  esac
  # An agenda's signing is printed with its last item's notes, not alone on a last page.
  case $name in *-dagordning-*)
    alone=$(pdftotext -layout "$pdf" - | awk 'BEGIN { RS = "\f" } /Justering/ && !/Anteckningar, punkt/ { print NR }')
    if [ -n "$alone" ]; then fail "$name.pdf: the signing is alone on page $alone, without the last item"; continue; fi
  esac
  # Printed blank, a form shows lines to write on, not Word's prompts, and every choice of a drop-down
  # (the parties) in its text: paper cannot open a list. The controls stay for filling in on screen.
  case $name in *-protokoll|*-avvikelseblankett|*-dagordning-*)
    printed=$(pdftotext "$pdf" - | tr -s ' \n' ' ')
    prompt=$(grep -oE '(Välj (part|datum)|Skriv (namn|ort|var|din|vad|namnet)|Beskriv bristen i samverkan utan namn)[^ ]*' <<< "$printed" | head -1 || true)
    if [ -n "$prompt" ]; then fail "$name.pdf: printed blank, it shows the prompt '$prompt'"; continue; fi
    missing=$(python3 - "$file" "$printed" <<'PY'
import sys, zipfile, re, html
xml = zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode()
choices = {html.unescape(c) for c in re.findall(r'<w:listItem w:displayText="([^"]*)"', xml)}
# pdftotext joins a word hyphenated at a line's end ("barn-" "och" → "barnoch"): hyphens are left out of both.
def plain(text): return " ".join(text.replace("- ", "").replace("-", "").split())
printed = plain(sys.argv[2])
print("; ".join(sorted(c for c in choices if plain(c) not in printed)))
PY
)
    if [ -n "$missing" ]; then fail "$name.pdf: printed blank, a drop-down's choices are not on paper: $missing"; continue; fi
  esac
  # Printed, every page is numbered "Sida N av M" (the footer's fields), and from page 2 the header names
  # the document (its title in its properties): a page that comes loose still says what it belongs to.
  unnumbered=$(python3 - "$file" "$pdf" "$pages" <<'PY'
import subprocess, sys, docx
path, pdf, pages = sys.argv[1], sys.argv[2], int(sys.argv[3])
title = " ".join(docx.Document(path).core_properties.title.split())
problems = []
for page in range(1, pages + 1):
    text = " ".join(subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), pdf, "-"], capture_output=True, text=True).stdout.split())
    if "Sida %d av %d" % (page, pages) not in text:
        problems.append("page %d has no 'Sida %d av %d'" % (page, page, pages))
    if page > 1 and title[:40] not in text:
        problems.append("page %d has no header '%s'" % (page, title))
print("; ".join(problems))
PY
)
  if [ -n "$unnumbered" ]; then fail "$name.pdf: $unnumbered"; continue; fi
  case $name in *-avvikelseblankett)
    if ! pdftotext "$pdf" - | tr -s ' \n' ' ' | grep -qF "Kryssa i ett av ämnena:"; then fail "$name.pdf: printed blank, the topics to choose among are not listed"; continue; fi
  esac
  case $name in *-avvikelseblankett-ifylld)
    printed=$(pdftotext "$pdf" - | tr -s ' \n' ' ')
    if grep -qF "Kryssa i ett av" <<< "$printed"; then fail "$name.pdf: filled in, it still prints the choices: $(grep -oE 'Kryssa i ett av [^:]*' <<< "$printed" | head -3 | tr '\n' ' ')"; continue; fi
    absent=$(grep -E '^(amne|principiell|status|rapporterande-part-1|berord-part-1): ' "$OUT/ifylld-svar.txt" | sed 's/^[^:]*: //' | grep -v '^ticked$' | while read -r answer; do grep -qF "$answer" <<< "$printed" || echo "$answer"; done)
    if [ -n "$absent" ]; then fail "$name.pdf: filled in, it does not print the answers: $absent"; continue; fi
    if [ "$(grep -o '☒' <<< "$printed" | wc -l)" -lt 2 ]; then fail "$name.pdf: filled in, its ticked boxes are not printed"; continue; fi
  esac
  pdftoppm -png -r 60 -f 1 -l 2 "$pdf" "$OUT/pages/$name"
  ok "$name.pdf: $pages pages from LibreOffice"
done

# The filled Word form as archival PDF (`--archival --filled FORM.docx`): its answers printed, ticked boxes
# ticked; with a child's name written into a field, refused (exit 1) with nothing written, as for a filled PDF.
form_area=$(basename "$first_form" .docx); form_area=${form_area%-avvikelseblankett}
form_agreement=""
for a in $agreements; do if [ "$(basename "$a" .md)" = "$form_area" ]; then form_agreement=$a; break; fi; done
archived="$OUT/pdf/$form_area-arkiv-fran-word.pdf"
if [ -z "$form_agreement" ]; then
  fail "archival PDF from Word: no agreement for $first_form"
elif ! "$BIN" deviation "$form_agreement" --today "$TODAY" --format pdf --archival --filled "$filled_form" -o "$archived" 2> "$OUT/arkiv-fran-word.log"; then
  fail "archival PDF from the filled Word form: $(tail -1 "$OUT/arkiv-fran-word.log")"
else
  printed=$(pdftotext "$archived" - | tr -s ' \n' ' ')
  absent=$( (grep -E '^(amne|principiell|status|beskrivning|namn): ' "$OUT/ifylld-svar.txt" || true) | sed 's/^[^:]*: //' | while read -r answer; do grep -qF "$answer" <<< "$printed" || echo "$answer"; done)
  if [ -n "$absent" ]; then fail "archival PDF from the filled Word form: its answers are not printed: $absent"
  else ok "archival PDF from the filled Word form prints its answers"; fi
  child_form="$OUT/docx/$form_area-avvikelseblankett-barn.docx"
  python3 - "$filled_form" "$child_form" <<'PY'
import sys, zipfile
source, target = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
    for item in old.infolist():
        data = old.read(item.filename)
        if item.filename == "word/document.xml":
            text = data.decode("utf-8")
            at = text.index("Ifylld text", text.index('w:val="beskrivning"'))
            data = (text[:at] + "Pojken Elias Andersson, 9 år, har väntat sedan augusti" + text[at + len("Ifylld text"):]).encode("utf-8")
        new.writestr(item, data)
PY
  refused="$OUT/pdf/$form_area-arkiv-barn.pdf"
  if "$BIN" deviation "$form_agreement" --today "$TODAY" --format pdf --archival --filled "$child_form" -o "$refused" 2> "$OUT/arkiv-barn.log"; then
    fail "archival PDF from a Word form with a child's name: written"
  elif [ -e "$refused" ] || ! grep -q "beskrivning" "$OUT/arkiv-barn.log"; then
    fail "archival PDF from a Word form with a child's name: not refused at its field ($(head -1 "$OUT/arkiv-barn.log"))"
  else ok "archival PDF from a Word form with a child's name is refused, nothing written"; fi
fi

echo "word-test: $passed passed, $failed failed (documents in $OUT/docx, PDFs in $OUT/pdf, pages in $OUT/pages)"
[ "$failed" -eq 0 ]
