#!/usr/bin/env bash
# Benchmark: bus-docs check and build beside the tools people would use instead, in one run, on the same
# synthetic agreements (N = 1, 100, 1 000, 10 000). Prints the figures and writes bench/RESULTS.md.
# Each timing is the best of REPEAT runs (the machine is shared and noisy); peak memory from /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
REPEAT=${REPEAT:-3}
SIZES=${SIZES:-"1 100 1000 10000"}
WORK=bench/out
BIN=.build/release/bus-docs

for tool in cmark pandoc; do
  command -v $tool >/dev/null || { echo "bench: installing $tool"; apt-get install -y -qq $tool >/dev/null; }
done
swift build -c release --product bus-docs --static-swift-stdlib >/dev/null
mkdir -p "$WORK"

# best elapsed seconds and peak KB of a command over REPEAT runs: "SECONDS KB CPU%"
measure() {
  local best="" kb=0 cpu=""
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -f "%e %M %P" -o "$WORK/time.txt" "$@" > /dev/null 2>&1 || true
    read -r seconds peak percent < "$WORK/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; cpu=$percent; fi
    [ "$peak" -gt "$kb" ] && kb=$peak
  done
  echo "$best $kb $cpu"
}
ratio() { awk "BEGIN{ if ($2 == 0) print \"–\"; else printf \"%.1f\", $1 / $2 }"; }

rows=()
for n in $SIZES; do
  folder="$WORK/agreements-$n"
  [ -d "$folder" ] || python3 bench/generate.py "$n" "$folder"
  files=("$folder"/*.md)
  read -r cat_s _ _ < <(measure sh -c "cat $folder/*.md")
  read -r cmark_s _ _ < <(measure sh -c "find $folder -name '*.md' -print0 | xargs -0 cmark")
  read -r check_s check_kb check_cpu < <(measure "$BIN" check "$folder" --today 2026-11-24)
  rm -rf "$WORK/site-$n"
  read -r build_s build_kb build_cpu < <(measure sh -c "rm -rf $WORK/site-$n; $BIN build $folder --out $WORK/site-$n --today 2026-11-24")
  pandoc_n=$(( n < 100 ? n : 100 ))
  read -r pandoc_s _ _ < <(measure sh -c "for f in \$(ls $folder/*.md | head -$pandoc_n); do pandoc -f markdown -t html \$f; done")
  pandoc_per_doc=$(awk "BEGIN{print $pandoc_s / $pandoc_n}")
  rows+=("| $n | $cat_s | $cmark_s | $check_s | $build_s | $(awk "BEGIN{printf \"%.3f\", $pandoc_per_doc * 1000}") | $(ratio "$check_s" "$cmark_s")× | $(ratio "$build_s" "$cmark_s")× | $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print $check_s / $n}")")× | $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print $build_s / $n}")")× | $((check_kb / 1024)) / $((build_kb / 1024)) | $check_cpu / $build_cpu |")
  echo "N=$n: cat ${cat_s}s cmark ${cmark_s}s check ${check_s}s build ${build_s}s pandoc ${pandoc_per_doc}s/doc; check ${check_kb}KB build ${build_kb}KB"
done

read -r one_check _ _ < <(measure "$BIN" check "$WORK/agreements-1/omrade-00001.md" --today 2026-11-24)
read -r one_cmark _ _ < <(measure cmark "$WORK/agreements-1/omrade-00001.md")

{
  echo "# bus-docs benchmark"
  echo
  echo "Made by \`make bench\` ($(date -u +%F), $(nproc) cores, best of $REPEAT runs; seconds unless noted)."
  echo "Synthetic agreements from \`bench/generate.py\`: full front matter, ten sections, 8–10 KB each."
  echo "pandoc runs on at most 100 files (it is slow); its figure is per document."
  echo
  echo "| N | cat | cmark | check | build | pandoc ms/doc | check ÷ cmark | build ÷ cmark | pandoc ÷ check per doc | pandoc ÷ build per doc | peak MB check / build | CPU check / build |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Start-up, one file: \`bus-docs check\` ${one_check} s, \`cmark\` ${one_cmark} s: $(ratio "$one_check" "$one_cmark")×."
  echo
  echo "Targets: check within 2× cmark and build within 4× at N = 1 000; both ≥ 100× faster than pandoc per"
  echo "document; start-up within 3× cmark; linear in N; 10 000 agreements in under 150 MB; CPU over 100 %."
} > bench/RESULTS.md
cat bench/RESULTS.md
