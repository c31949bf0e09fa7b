#!/usr/bin/env bash
# The PDFs bus-docs writes (WeasyPrint), checked by programs that are not bus-docs: for every agreement in
# Agreements/, Tests/Corpus/ and Tests/PrintFixtures/, the protocol, every agenda and the deviation form as
# fillable PDF and as archival PDF, a filled deviation form as archival PDF (--filled), and the index of the
# published corpus. scripts/pdf-check.py reads each
# with pypdf and poppler: form fields named as in the HTML form, tagged, XMP declaring PDF/UA-1 (and PDF/A-3u
# when archival), every font embedded, A4 pages within the page budget, every party, role and substitute
# of the agreement in the printed text, the index's whole comparison on its landscape page. The pages are
# also drawn to PNG (pdftoppm) for a reviewer, in $OUT/pages.
set -euo pipefail
cd "$(dirname "$0")/.."

BIN=${BUS_DOCS:-.build/debug/bus-docs}
OUT=${PDF_TEST_OUT:-.pdf-test}
PY=${PY:-${XDG_DATA_HOME:-$HOME/.local/share}/bus-docs/python/bin/python}
TODAY=2026-11-24

if [ ! -x "$PY" ] || ! "$PY" -c 'import pypdf, yaml, weasyprint' 2>/dev/null; then
  echo "pdf-test: WeasyPrint or pypdf is not installed: run make test-deps"; exit 1
fi
for tool in pdfinfo pdffonts pdftotext pdftoppm; do
  command -v "$tool" >/dev/null || { echo "pdf-test: $tool is not installed: run make test-deps"; exit 1; }
done

rm -rf "$OUT" && mkdir -p "$OUT/html" "$OUT/pdf" "$OUT/pages"
passed=0 failed=0
fail() { echo "FAIL $1"; failed=$((failed + 1)); }
ok() { echo "ok $1"; passed=$((passed + 1)); }

# One PDF checked; the rest of the arguments go to pdf-check.py.
check() {
  local pdf=$1; shift
  if "$PY" scripts/pdf-check.py "$pdf" "$@" > "$OUT/check.log" 2>&1; then ok "$(tail -1 "$OUT/check.log")"
  else fail "$(cat "$OUT/check.log")"; fi
  if [ "$(pdfinfo "$pdf" | awk '/^Tagged:/ {print $2}')" != yes ]; then fail "$pdf: pdfinfo does not say Tagged: yes"; fi
}

# The party count of an agreement decides its page budget: six parties or fewer fit on 2 pages each.
parties() { awk '/^parter:/ {p = 1; next} /^[^ #-]/ {p = 0} p && /^  - /' "$1" | wc -l; }

for agreement in Agreements/*.md Tests/Corpus/*.md Tests/PrintFixtures/*.md; do
  area=$(basename "$agreement" .md)
  count=$(parties "$agreement")
  if [ "$count" -le 6 ]; then budget=2; else budget=$(( (count + 5) / 4 )); [ "$budget" -lt 3 ] && budget=3; fi
  html="$OUT/html/$area-protokoll.html"
  # A meeting after the deadline: the protocol at its longest, with the warning.
  if "$BIN" protocol "$agreement" --date 2026-11-30 --noticed 2026-11-10 -o "$html" 2> "$OUT/html/$area-protokoll.err"; then
    "$BIN" protocol "$agreement" --date 2026-11-30 --noticed 2026-11-10 --format pdf -o "$OUT/pdf/$area-protokoll.pdf" 2> /dev/null
    "$BIN" protocol "$agreement" --date 2026-11-30 --noticed 2026-11-10 --format pdf --archival -o "$OUT/pdf/$area-protokoll-arkiv.pdf" 2> /dev/null
    check "$OUT/pdf/$area-protokoll.pdf" --html "$html" --max-pages "$budget" --agreement "$agreement" --names parties
    check "$OUT/pdf/$area-protokoll-arkiv.pdf" --html "$html" --archival --max-pages "$budget" --agreement "$agreement" --names parties
  else
    echo "skip $area: no protocol ($(head -1 "$OUT/html/$area-protokoll.err"))"
  fi
  html="$OUT/html/$area-avvikelseblankett.html"
  if "$BIN" deviation "$agreement" -o "$html" 2> /dev/null; then
    "$BIN" deviation "$agreement" --format pdf -o "$OUT/pdf/$area-avvikelseblankett.pdf"
    # The deviation form is two pages whatever the number of parties (twelve in Botkyrka's).
    check "$OUT/pdf/$area-avvikelseblankett.pdf" --html "$html" --max-pages 2 --agreement "$agreement" --names parties
  fi
  # The agreement to sign: every party and signatory in the text, no link into this machine.
  html="$OUT/html/$area-overenskommelse.html"
  if "$BIN" agreement "$agreement" --today "$TODAY" -o "$html" 2> /dev/null; then
    "$BIN" agreement "$agreement" --today "$TODAY" --format pdf -o "$OUT/pdf/$area-overenskommelse.pdf"
    check "$OUT/pdf/$area-overenskommelse.pdf" --html "$html" --max-pages 20 --agreement "$agreement" --names parties --signatures
    # Only the signed PDF left: imported back, it gives the title, the area, every party's name and
    # every signatory's party, nothing to fill in, the agreement's text as the body (block by block, but
    # for what print does not carry: a heading's {#id}, headings below ##), and a draft that checks clean.
    if [ "${agreement%%/*}" = Agreements ] || [ "${agreement%/*}" = Tests/PrintFixtures ]; then
      draft="$OUT/html/$area-import.md"
      if "$BIN" import "$OUT/pdf/$area-overenskommelse.pdf" -o "$draft" --report "$OUT/html/$area-import.json" --today "$TODAY" 2> /dev/null \
         && "$PY" - "$agreement" "$draft" "$OUT/html/$area-import.json" > "$OUT/import.log" 2>&1 <<'PY' \
         && "$PY" scripts/body-compare.py --printed "$agreement" "$draft" >> "$OUT/import.log" 2>&1 \
         && LANG=C "$BIN" check "$draft" --today "$TODAY" 2>&1 | grep -q ': 0 errors, 0 warnings'; then ok "$area: the signed PDF imports back whole, its body the agreement's text"
import json, sys, yaml
def front(path):
    return yaml.safe_load(open(path, encoding="utf-8").read().split("---")[1])
source, draft, report = front(sys.argv[1]), front(sys.argv[2]), json.load(open(sys.argv[3]))
names = lambda doc: {p["id"]: p["namn"] for p in doc["parter"]}
signed = lambda doc: sorted(names(doc)[s["part"]] for s in doc["undertecknare"])
problems = [f"{key}: {draft.get(key)!r} != {source.get(key)!r}" for key in ("titel", "område") if draft.get(key) != source.get(key)]
if sorted(names(draft).values()) != sorted(names(source).values()): problems.append(f"parties: {sorted(names(draft).values())}")
if signed(draft) != signed(source): problems.append(f"signatories: {signed(draft)}")
groups = lambda doc: sorted(g.get("namn", "") for g in doc.get("grupper", []))
if groups(draft) != groups(source): problems.append(f"groups: {groups(draft)} != {groups(source)}")
# A role comes back whole, or its head alone when a phrase follows it ("Rektor utsedd av …"): never
# with more words than it has (a party's name read into it).
roles = lambda doc: sorted((names(doc)[s["part"]], s.get("roll") or "") for s in doc["undertecknare"])
if len(roles(draft)) != len(roles(source)) or any(d[0] != s[0] or not (s[1] + " ").startswith(d[1] + " ") for d, s in zip(roles(draft), roles(source))):
    problems.append(f"signatories' roles: {roles(draft)} != {roles(source)}")
if report["missing"]: problems.append(f"missing: {[m['key'] for m in report['missing']]}")
print("\n".join(problems)); sys.exit(1 if problems else 0)
PY
      else fail "$area: the signed PDF does not import back: $(cat "$OUT/import.log" 2>/dev/null)"; fi
    fi
  fi
  # Every group with an agenda (as the published site has them).
  for group in $(grep -oE '^    id: [^ ]+|^  - id: [^ ]+' "$agreement" | sed 's/.*id: //; s/"//g'); do
    html="$OUT/html/$area-dagordning-$group.html"
    "$BIN" protocol "$agreement" --group "$group" --date 2027-02-10 -o "$html" 2> /dev/null || continue
    grep -q '<h1>Dagordning' "$html" || continue
    "$BIN" protocol "$agreement" --group "$group" --date 2027-02-10 --format pdf -o "$OUT/pdf/$area-dagordning-$group.pdf"
    check "$OUT/pdf/$area-dagordning-$group.pdf" --html "$html" --max-pages "$budget" --agreement "$agreement" --names "group:$group"
  done
done

# A filled form archived (--archival --filled): the deviation form filled by pypdf, as a reader fills it,
# printed as archival PDF. It passes the archival checks, has no form fields left (pypdf), and its printed
# text has every text answer; a PDF of another form is refused, naming the fields this one lacks.
"$BIN" deviation Agreements/nacka-2023.md --format pdf -o "$OUT/pdf/ifylld-blankett.pdf"
"$PY" - "$OUT/pdf/ifylld-blankett.pdf" "$OUT/pdf/ifylld.pdf" <<'PY'
import sys
from pypdf import PdfReader, PdfWriter
writer = PdfWriter(clone_from=PdfReader(sys.argv[1]))
answers = {"roll": "Kurator", "datum": "2026-03-02", "beskrivning": "Remissen kom fram efter sex veckor.",
           "rapporterande-part-1": "/on", "berord-part-4": "/on", "amne": "/1", "principiell": "/0", "status": "/2"}
for page in writer.pages:
    writer.update_page_form_field_values(page, answers, auto_regenerate=False)
writer.write(sys.argv[2])
PY
"$BIN" deviation Agreements/nacka-2023.md --format pdf --archival --filled "$OUT/pdf/ifylld.pdf" -o "$OUT/pdf/ifylld-arkiv.pdf"
check "$OUT/pdf/ifylld-arkiv.pdf" --html "$OUT/html/nacka-2023-avvikelseblankett.html" --archival --max-pages 2 --agreement Agreements/nacka-2023.md --names parties
text=$(pdftotext "$OUT/pdf/ifylld-arkiv.pdf" - | tr -s ' \n' ' ')
if ! "$PY" -c 'import pypdf, sys; sys.exit(bool(pypdf.PdfReader(sys.argv[1]).get_fields()))' "$OUT/pdf/ifylld-arkiv.pdf"; then
  fail "$OUT/pdf/ifylld-arkiv.pdf: the archival PDF of a filled form still has form fields"
elif [[ "$text" == *"Kurator"*"2026-03-02"*"Remissen kom fram efter sex veckor."* ]]; then ok "$OUT/pdf/ifylld-arkiv.pdf: the filled form's answers are printed"
else fail "$OUT/pdf/ifylld-arkiv.pdf: the filled answers are not in the printed text: $text"; fi
"$BIN" protocol Agreements/nacka-2023.md --date 2026-11-30 --noticed 2026-11-10 --format pdf -o "$OUT/pdf/ifyllt-protokoll.pdf" 2> /dev/null
if LANG=C "$BIN" deviation Agreements/nacka-2023.md --format pdf --archival --filled "$OUT/pdf/ifyllt-protokoll.pdf" -o "$OUT/pdf/fel.pdf" 2> "$OUT/fel.err"; then
  fail "--filled with another form's PDF: exit status 0"
elif grep -q 'this form has no fields ' "$OUT/fel.err" && [ ! -e "$OUT/pdf/fel.pdf" ]; then ok "--filled with another form's PDF: $(head -1 "$OUT/fel.err")"
else fail "--filled with another form's PDF: $(cat "$OUT/fel.err")"; fi

# A filled answer with a personal identity number and a child's name: no archival PDF, exit 1, the field
# named on stderr and neither the number nor the name repeated. The same field written as the message says
# (the case without name and number) is archived.
fill_description() {
  "$PY" - "$OUT/pdf/ifylld-blankett.pdf" "$2" "$1" <<'PY'
import sys
from pypdf import PdfReader, PdfWriter
writer = PdfWriter(clone_from=PdfReader(sys.argv[1]))
for page in writer.pages:
    writer.update_page_form_field_values(page, {"beskrivning": sys.argv[3]}, auto_regenerate=False)
writer.write(sys.argv[2])
PY
}
fill_description "Gäller eleven Lisa Andersson, 20150312-2382, som väntat på BUP." "$OUT/pdf/ifylld-pnr.pdf"
status=0; LANG=C "$BIN" deviation Agreements/nacka-2023.md --format pdf --archival --filled "$OUT/pdf/ifylld-pnr.pdf" -o "$OUT/pdf/pnr-arkiv.pdf" 2> "$OUT/pnr.err" || status=$?
if [ "$status" != 1 ] || [ -e "$OUT/pdf/pnr-arkiv.pdf" ]; then fail "--filled with a personal identity number: exit status $status, $(cat "$OUT/pnr.err")"
elif grep -q '20150312\|2382\|Lisa\|Andersson' "$OUT/pnr.err"; then fail "--filled with a personal identity number: the message repeats it: $(cat "$OUT/pnr.err")"
elif grep -q '(beskrivning) holds a personal identity number and a name' "$OUT/pnr.err"; then ok "--filled with a personal identity number: $(head -1 "$OUT/pnr.err")"
else fail "--filled with a personal identity number: $(cat "$OUT/pnr.err")"; fi
fill_description "Gäller en elev som väntat på BUP." "$OUT/pdf/ifylld-utan-pnr.pdf"
if "$BIN" deviation Agreements/nacka-2023.md --format pdf --archival --filled "$OUT/pdf/ifylld-utan-pnr.pdf" -o "$OUT/pdf/utan-pnr-arkiv.pdf" 2> "$OUT/utan-pnr.err" \
  && [[ "$(pdftotext "$OUT/pdf/utan-pnr-arkiv.pdf" - | tr -s ' \n' ' ')" == *"Gäller en elev som väntat på BUP."* ]]; then ok "--filled with the case written without name and number: archived"
else fail "--filled with the case written without name and number: $(cat "$OUT/utan-pnr.err")"; fi

# A protocol filled in for one meeting date, archived with another --date: refused, naming both dates.
"$BIN" protocol Agreements/nacka-2023.md --date 2026-12-01 --noticed 2026-11-10 --format pdf -o "$OUT/pdf/protokoll-1dec.pdf" 2> /dev/null
status=0; LANG=C "$BIN" protocol Agreements/nacka-2023.md --date 2026-12-02 --noticed 2026-11-10 --format pdf --archival --filled "$OUT/pdf/protokoll-1dec.pdf" -o "$OUT/pdf/fel-datum.pdf" 2> "$OUT/datum.err" || status=$?
if [ "$status" = 0 ] || [ -e "$OUT/pdf/fel-datum.pdf" ]; then fail "--filled with another --date: exit status $status"
elif grep -q 'the form was filled in for 2026-12-01 (field datum), but the command gives --date 2026-12-02' "$OUT/datum.err"; then ok "--filled with another --date: $(grep -- --filled "$OUT/datum.err")"
else fail "--filled with another --date: $(cat "$OUT/datum.err")"; fi
if "$BIN" protocol Agreements/nacka-2023.md --date 2026-12-01 --noticed 2026-11-10 --format pdf --archival --filled "$OUT/pdf/protokoll-1dec.pdf" -o "$OUT/pdf/ratt-datum.pdf" 2> "$OUT/ratt-datum.err"; then ok "--filled with the form's own --date: archived"
else fail "--filled with the form's own --date: $(cat "$OUT/ratt-datum.err")"; fi

# The yearly follow-up: tables and SVG charts, tagged, fonts embedded, on A4.
"$BIN" report Agreements --register Register --year 2025 --out "$OUT/html" > /dev/null
"$BIN" report Agreements --register Register --year 2025 -o "$OUT/pdf/uppfoljning-2025.pdf" > /dev/null    # the extension chooses PDF
check "$OUT/pdf/uppfoljning-2025.pdf" --html "$OUT/html/uppfoljning-2025.html" --max-pages 10
"$BIN" report Agreements --register Register --year 2025 --format pdf --archival --out "$OUT/arkiv" > /dev/null
check "$OUT/arkiv/uppfoljning-2025.pdf" --html "$OUT/html/uppfoljning-2025.html" --archival --max-pages 10

# The index of a published corpus: its comparison printed whole on a landscape page.
"$BIN" build Agreements Tests/Corpus Tests/PrintFixtures --out "$OUT/site" --today "$TODAY" > "$OUT/build.log" 2>&1 || true
if [ -e "$OUT/site/index.html" ]; then
  # From standard input with no base, as bus-docs prints pages: the site's relative links stay relative.
  # The site's pages link its one style.css, which a page read without a base cannot follow: it is given.
  "$PY" -m weasyprint --quiet --pdf-variant pdf/ua-1 --pdf-forms --base-url "" -s "$OUT/site/style.css" - "$OUT/pdf/index.pdf" < "$OUT/site/index.html"
  check "$OUT/pdf/index.pdf" --html "$OUT/site/index.html" --comparison --max-pages 4
  if pdfinfo -f 1 -l 9 "$OUT/pdf/index.pdf" | grep -qE 'Page +[0-9]+ size: +841\.[0-9]+ x 595'; then ok "$OUT/pdf/index.pdf: the comparison is on a landscape page"
  else fail "$OUT/pdf/index.pdf: no landscape page for the comparison"; fi
else fail "the corpus site was not built: $(tail -3 "$OUT/build.log")"; fi

# Without WeasyPrint: a clear message, no PDF, no crash.
if BUS_DOCS_WEASYPRINT=/nonexistent/weasyprint "$BIN" deviation Agreements/nacka-2023.md --format pdf -o "$OUT/none.pdf" 2> "$OUT/none.err"; then
  fail "without WeasyPrint: exit status 0"
elif grep -q 'make pdf-deps' "$OUT/none.err" && [ ! -e "$OUT/none.pdf" ] && ! grep -qi 'fatal\|backtrace' "$OUT/none.err"; then
  ok "without WeasyPrint: $(head -1 "$OUT/none.err")"
else fail "without WeasyPrint: $(cat "$OUT/none.err")"; fi

# The pages of the example agreements' PDFs and the six-party fixture, for a reviewer to look at.
for pdf in "$OUT"/pdf/nacka-* "$OUT"/pdf/rinkeby-* "$OUT"/pdf/sexby-* "$OUT"/pdf/index.pdf "$OUT"/pdf/uppfoljning-*.pdf; do
  [ -e "$pdf" ] && pdftoppm -r 50 -png "$pdf" "$OUT/pages/$(basename "$pdf" .pdf)"
done

echo "PDFs in $OUT/pdf, their pages as PNG in $OUT/pages"
echo "pdf-test: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
