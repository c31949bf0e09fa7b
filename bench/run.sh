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

# The tools compared against, from Debian's packages when missing.
missing=$(for tool in cmark pandoc hyperfine; do command -v $tool >/dev/null || echo $tool; done)
if [ -n "$missing" ]; then
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  echo "bench: installing" $missing
  $SUDO apt-get update -qq && $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
fi
swift build -c release --product bus-docs --static-swift-stdlib >/dev/null
mkdir -p "$WORK"

# best elapsed seconds, peak KB, CPU% of the best run, and the least CPU seconds (user + system) of a
# command over REPEAT runs: "SECONDS KB CPU% CPUSECONDS". On a shared, loaded machine wall time mostly
# measures waiting; CPU seconds measure the work.
measure() {
  local best="" kb=0 cpu="" least=""
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -f "%e %M %P %U %S" -o "$WORK/time.txt" "$@" > /dev/null 2>&1 || true
    # GNU time puts "Command exited with non-zero status N" first when a command fails (check exits 1 on
    # findings): the figures are on the last line.
    read -r seconds peak percent user system < <(tail -n 1 "$WORK/time.txt")
    used=$(awk "BEGIN{print $user + $system}")
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; cpu=$percent; fi
    if [ -z "$least" ] || awk "BEGIN{exit !($used < $least)}"; then least=$used; fi
    [ "$peak" -gt "$kb" ] && kb=$peak
  done
  echo "$best $kb $cpu $least"
}
ratio() { awk "BEGIN{ if ($2 == 0) print \"–\"; else printf \"%.1f\", $1 / $2 }"; }

rows=()
declare -A CHECK BUILD CMARK BUILD_KB CHECK_KB CHECK_CPU BUILD_CPU CMARK_CPU
for n in $SIZES; do
  folder="$WORK/agreements-$n"
  [ -d "$folder" ] || python3 bench/generate.py "$n" "$folder"
  files=("$folder"/*.md)
  read -r cat_s _ _ < <(measure sh -c "cat $folder/*.md")
  read -r cmark_s _ _ cmark_cpu_s < <(measure sh -c "find $folder -name '*.md' -print0 | xargs -0 cmark")
  read -r check_s check_kb check_cpu check_cpu_s < <(measure "$BIN" check "$folder" --today 2026-11-24)
  # Each run builds a new site (a fresh folder name); removing the earlier sites is not build's work and is
  # done outside the timing.
  rm -rf "$WORK"/site-"$n"-*
  read -r build_s build_kb build_cpu build_cpu_s < <(measure sh -c "$BIN build $folder --out \$(mktemp -d -u $WORK/site-$n-XXXXXX) --today 2026-11-24")
  rm -rf "$WORK"/site-"$n"-*
  # pandoc takes about half a second a file: timed once, on at most 100 files, and used per document.
  if [ -z "${pandoc_per_doc:-}" ] || [ "$n" -le 100 ]; then
    pandoc_n=$(( n < 100 ? n : 100 ))
    read -r pandoc_s _ _ < <(REPEAT=1 measure sh -c "for f in \$(ls $folder/*.md | head -$pandoc_n); do pandoc -f markdown -t html \$f; done")
    pandoc_per_doc=$(awk "BEGIN{print $pandoc_s / $pandoc_n}")
  fi
  rows+=("| $n | $cat_s | $cmark_s | $check_s | $build_s | $(awk "BEGIN{printf \"%.3f\", $pandoc_per_doc * 1000}") | $(ratio "$check_s" "$cmark_s")× | $(ratio "$build_s" "$cmark_s")× | $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print $check_s / $n}")")× | $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print $build_s / $n}")")× | $((check_kb / 1024)) / $((build_kb / 1024)) | $check_cpu / $build_cpu | $cmark_cpu_s / $check_cpu_s / $build_cpu_s | $(ratio "$check_cpu_s" "$cmark_cpu_s")× / $(ratio "$build_cpu_s" "$cmark_cpu_s")× |")
  CHECK[$n]=$check_s BUILD[$n]=$build_s CMARK[$n]=$cmark_s BUILD_KB[$n]=$build_kb CHECK_KB[$n]=$check_kb
  CHECK_CPU[$n]=$check_cpu_s BUILD_CPU[$n]=$build_cpu_s CMARK_CPU[$n]=$cmark_cpu_s
  echo "N=$n: cat ${cat_s}s cmark ${cmark_s}s check ${check_s}s build ${build_s}s pandoc ${pandoc_per_doc}s/doc; check ${check_kb}KB build ${build_kb}KB"
done

# Start-up is milliseconds: hyperfine's mean over many runs, not /usr/bin/time's hundredths.
hyperfine -N -w 5 -r 50 --export-json "$WORK/startup.json" "cmark $WORK/agreements-1/omrade-00001.md" \
  "$BIN check $WORK/agreements-1/omrade-00001.md --today 2026-11-24" > /dev/null
read -r one_cmark one_check < <(python3 -c "import json,sys; r=json.load(open('$WORK/startup.json'))['results']; print(r[0]['mean'], r[1]['mean'])")
# serve: from a saved agreement to the reload event, on the 12 corpus agreements (median and worst of 9).
read -r serve_ms serve_worst_ms < <(python3 bench/serve_latency.py "$BIN" Tests/Corpus 9)
echo "serve rebuild: median ${serve_ms} ms, worst ${serve_worst_ms} ms"
verdict() { awk "BEGIN{ if ($1) print \"met\"; else print \"**not met**\" }"; }

{
  echo "# bus-docs benchmark"
  echo
  echo "Made by \`make bench\` ($(date -u +%F), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end, best of $REPEAT runs; seconds unless noted)."
  echo "Synthetic agreements from \`bench/generate.py\`: full front matter, ten sections, 8–10 KB each."
  echo "pandoc runs once on at most 100 files (it is slow); its figure is per document."
  echo
  echo "| N | cat | cmark | check | build | pandoc ms/doc | check ÷ cmark | build ÷ cmark | pandoc ÷ check per doc | pandoc ÷ build per doc | peak MB check / build | CPU% check / build | CPU s cmark / check / build | CPU ÷ cmark check / build |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "\`serve\`, from saving one of 12 agreements (\`Tests/Corpus\`) to the reload event on an open page (\`bench/serve_latency.py\`, 9 saves): median $serve_ms ms, worst $serve_worst_ms ms (the watcher waits for the writes to settle: 20 ms after a file written is closed or renamed into place, 150 ms while one is still open; then only the saved agreement's pages and the index are made again)."
  echo
  echo "Start-up, one file (hyperfine, mean of 50): \`bus-docs check\` $(awk "BEGIN{printf \"%.1f\", $one_check * 1000}") ms, \`cmark\` $(awk "BEGIN{printf \"%.1f\", $one_cmark * 1000}") ms: $(ratio "$one_check" "$one_cmark")×."
  echo
  if [ -n "${CHECK[1000]:-}" ]; then
    echo "## Targets"
    echo
    echo "| target | measured | |"
    echo "|---|---|---|"
    echo "| check of 1 000 within 1.8× cmark (wall) | $(ratio "${CHECK[1000]}" "${CMARK[1000]}")× | $(verdict "${CHECK[1000]} <= 1.8 * ${CMARK[1000]}") |"
    echo "| check of 1 000 within 1.8× cmark (CPU seconds) | $(ratio "${CHECK_CPU[1000]}" "${CMARK_CPU[1000]}")× | $(verdict "${CHECK_CPU[1000]} <= 1.8 * ${CMARK_CPU[1000]}") |"
    echo "| build of 1 000 within 8× cmark (wall) | $(ratio "${BUILD[1000]}" "${CMARK[1000]}")× | $(verdict "${BUILD[1000]} <= 8 * ${CMARK[1000]}") |"
    echo "| build of 1 000 within 8× cmark (CPU seconds) | $(ratio "${BUILD_CPU[1000]}" "${CMARK_CPU[1000]}")× | $(verdict "${BUILD_CPU[1000]} <= 8 * ${CMARK_CPU[1000]}") |"
    echo "| serve: saved file to reload event, 12 agreements, within 300 ms (median) | $serve_ms ms | $(verdict "$serve_ms <= 300") |"
    echo "| check and build ≥ 100× faster than pandoc per document (N = 1 000) | $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print ${CHECK[1000]} / 1000}")")× / $(ratio "$pandoc_per_doc" "$(awk "BEGIN{print ${BUILD[1000]} / 1000}")")× | $(verdict "$pandoc_per_doc >= 100 * ${BUILD[1000]} / 1000") |"
    echo "| start-up within 3× cmark | $(ratio "$one_check" "$one_cmark")× | $(verdict "$one_check <= 3 * $one_cmark") |"
    [ -n "${CHECK[10000]:-}" ] && echo "| linear in N: time for 10 000 ÷ (10 × time for 1 000), check / build | $(awk "BEGIN{printf \"%.2f / %.2f\", ${CHECK[10000]} / (10 * ${CHECK[1000]}), ${BUILD[10000]} / (10 * ${BUILD[1000]})}") | $(verdict "${CHECK[10000]} <= 13 * ${CHECK[1000]} && ${BUILD[10000]} <= 13 * ${BUILD[1000]}") |"
    [ -n "${CHECK[10000]:-}" ] && echo "| 10 000 agreements in under 150 MB (check / build) | $((CHECK_KB[10000] / 1024)) / $((BUILD_KB[10000] / 1024)) MB | $(verdict "${BUILD_KB[10000]} < 150 * 1024 && ${CHECK_KB[10000]} < 150 * 1024") |"
    echo
  fi
} > bench/RESULTS.md
cat bench/RESULTS.md
