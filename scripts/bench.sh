#!/usr/bin/env bash
# Benchmark: egovarch validate against `xmllint --noout --schema schemas/egovarch.xsd` on the
# same generated models, in one run (issue 6).
#
# Builds both products in release mode, generates the inputs in a temporary directory with
# egovarch-bench (single models of 10,000, 100,000 and 200,000 components; a directory of
# 1,000 province models of 200 components), times each tool several times, interleaved, and
# prints the medians, the ratios and the peak memory (from /usr/bin/time -v). Then it checks
# the targets and exits with status 1 when one is missed.
#
#   scripts/bench.sh [--runs N] [--seed S] [--scratch-path DIR] [--skip-build] [--keep]
#
# Needs xmllint (libxml2-utils) and GNU time (Debian package `time`).
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
seed=1
scratch=.build-bench-release
build=1
keep=0
sizes=(10000 100000 200000)
directory_models=1000
directory_components=200

usage() {
  sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --keep) keep=1; shift ;;
    -h | --help) usage; exit 0 ;;
    *) echo "bench.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
if ! [[ "$runs" =~ ^[1-9][0-9]*$ ]]; then
  echo "bench.sh: --runs needs a positive number" >&2
  exit 2
fi
for tool in xmllint /usr/bin/time; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench.sh: '$tool' is missing (sudo apt-get install -y libxml2-utils time)" >&2
    exit 2
  fi
done

schema=schemas/egovarch.xsd

if [ "$build" = 1 ]; then
  echo "building release products (scratch path $scratch)..." >&2
  swift build -c release --scratch-path "$scratch" --product egovarch >&2
  swift build -c release --scratch-path "$scratch" --product egovarch-bench >&2
fi
bin="$(swift build -c release --scratch-path "$scratch" --show-bin-path)"
egovarch="$bin/egovarch"
generator="$bin/egovarch-bench"

work="$(mktemp -d "${TMPDIR:-/tmp}/egovarch-bench.XXXXXX")"
if [ "$keep" = 1 ]; then
  echo "inputs kept in $work" >&2
else
  trap 'rm -rf "$work"' EXIT
fi

echo "generating inputs (seed $seed)..." >&2
for size in "${sizes[@]}"; do
  "$generator" generate --components "$size" --seed "$seed" -o "$work/model-$size.xml"
done
"$generator" generate-directory --models "$directory_models" --components "$directory_components" \
  --seed "$seed" -o "$work/provinces"

# Parallel validation, when this egovarch has it.
jobs_option=()
if "$egovarch" validate --help 2>/dev/null | grep -q -- '--jobs'; then
  jobs_option=(--jobs "$(nproc)")
fi

# The inputs must be valid for both tools, or the comparison means nothing.
for size in "${sizes[@]}"; do
  xmllint --noout --schema "$schema" "$work/model-$size.xml" 2>/dev/null \
    || { echo "bench.sh: xmllint rejects the generated model of $size components" >&2; exit 2; }
  summary="$("$egovarch" validate --fail-on never "$work/model-$size.xml" | tail -n 1)"
  case "$summary" in
    "0 errors,"*) ;;
    *) echo "bench.sh: egovarch finds errors in the generated model of $size components: $summary" >&2; exit 2 ;;
  esac
done

# measure NAME COMMAND...: runs the command once under /usr/bin/time -v and appends
# "seconds kilobytes" to $work/NAME.
measure() {
  local name="$1"
  shift
  local start end
  start=$EPOCHREALTIME
  /usr/bin/time -v -o "$work/time.txt" "$@" >/dev/null 2>&1 || true
  end=$EPOCHREALTIME
  local rss
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")"
  echo "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }') $rss" >>"$work/$name"
}

# xmllint once per file, as a CI script would.
xmllint_loop() {
  local file
  for file in "$1"/*.xml; do
    xmllint --noout --schema "$schema" "$file" >/dev/null 2>&1 || true
  done
}
export -f xmllint_loop
export schema

inputs=()
for size in "${sizes[@]}"; do inputs+=("model-$size"); done
inputs+=(provinces)

echo "timing $runs runs of each tool on each input (interleaved)..." >&2
for run in $(seq 1 "$runs"); do
  for input in "${inputs[@]}"; do
    path="$work/$input.xml"
    [ "$input" = provinces ] && path="$work/provinces"
    # Alternate which tool goes first, so that neither always gets the warm cache.
    for tool in $([ $((run % 2)) = 1 ] && echo "xmllint egovarch" || echo "egovarch xmllint"); do
      if [ "$tool" = xmllint ]; then
        if [ "$input" = provinces ]; then
          measure "$input.xmllint" bash -c 'xmllint_loop "$0"' "$path"
        else
          measure "$input.xmllint" xmllint --noout --schema "$schema" "$path"
        fi
      else
        measure "$input.egovarch" "$egovarch" validate "${jobs_option[@]}" "$path"
      fi
    done
  done
  echo "  run $run of $runs done" >&2
done

# median FILE COLUMN: the median of a column of numbers.
median() {
  sort -n -k"$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
maximum() {
  sort -n -k"$2" "$1" | tail -n 1 | awk -v c="$2" '{ print $c }'
}
size_of() {
  if [ -d "$1" ]; then du -sb --apparent-size "$1" | cut -f1; else stat -c %s "$1"; fi
}

echo
echo "machine: $(nproc) cores, $(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)," \
  "$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "tools: $(swift --version 2>/dev/null | head -n 1); $(xmllint --version 2>&1 | head -n 1)"
echo "egovarch validate ${jobs_option[*]:-(sequential)}; $runs runs each, medians; seed $seed"
echo
printf '| %-34s | %9s | %12s | %12s | %6s | %15s | %8s |\n' \
  input size "xmllint" "egovarch" ratio "egovarch RSS" "RSS/size"
printf '|%s|%s|%s|%s|%s|%s|%s|\n' \
  "$(printf -- '-%.0s' {1..36})" "$(printf -- '-%.0s' {1..11})" "$(printf -- '-%.0s' {1..14})" \
  "$(printf -- '-%.0s' {1..14})" "$(printf -- '-%.0s' {1..8})" "$(printf -- '-%.0s' {1..17})" \
  "$(printf -- '-%.0s' {1..10})"
declare -A seconds_x seconds_e rss_e bytes
for input in "${inputs[@]}"; do
  path="$work/$input.xml"
  label="$(echo "${input#model-}" | sed ':a; s/\B[0-9]\{3\}\>/,&/; ta') components"
  if [ "$input" = provinces ]; then
    path="$work/provinces"
    label="$directory_models models of $directory_components components"
  fi
  bytes[$input]="$(size_of "$path")"
  seconds_x[$input]="$(median "$work/$input.xmllint" 1)"
  seconds_e[$input]="$(median "$work/$input.egovarch" 1)"
  rss_e[$input]="$(maximum "$work/$input.egovarch" 2)"
  printf '| %-34s | %9s | %12s | %12s | %6s | %15s | %8s |\n' "$label" \
    "$(awk -v b="${bytes[$input]}" 'BEGIN { printf "%.1f MB", b / 1e6 }')" \
    "${seconds_x[$input]} s" "${seconds_e[$input]} s" \
    "$(awk -v e="${seconds_e[$input]}" -v x="${seconds_x[$input]}" 'BEGIN { printf "%.2f", e / x }')" \
    "$(awk -v k="${rss_e[$input]}" 'BEGIN { printf "%.0f MB", k * 1024 / 1e6 }')" \
    "$(awk -v k="${rss_e[$input]}" -v b="${bytes[$input]}" 'BEGIN { printf "%.2f", k * 1024 / b }')"
done
echo

failed=0
# check DESCRIPTION VALUE LIMIT: PASS when VALUE <= LIMIT.
check() {
  if awk -v v="$2" -v l="$3" 'BEGIN { exit !(v <= l) }'; then
    printf 'PASS  %s\n' "$1"
  else
    printf 'FAIL  %s\n' "$1"
    failed=1
  fi
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

check "100,000 components: egovarch $(ratio "${seconds_e[model-100000]}" "${seconds_x[model-100000]}") x xmllint's time (target <= 1.5)" \
  "$(ratio "${seconds_e[model-100000]}" "${seconds_x[model-100000]}")" 1.5
check "growth: time at 200,000 is $(ratio "${seconds_e[model-200000]}" "${seconds_e[model-100000]}") x time at 100,000 (target <= 2.2)" \
  "$(ratio "${seconds_e[model-200000]}" "${seconds_e[model-100000]}")" 2.2
check "memory at 100,000 components: peak RSS $(ratio "$((rss_e[model-100000] * 1024))" "${bytes[model-100000]}") x the file's size (target <= 4)" \
  "$(ratio "$((rss_e[model-100000] * 1024))" "${bytes[model-100000]}")" 4
check "$directory_models province models: egovarch $(ratio "${seconds_e[provinces]}" "${seconds_x[provinces]}") x the xmllint loop (target <= 0.7)" \
  "$(ratio "${seconds_e[provinces]}" "${seconds_x[provinces]}")" 0.7
exit "$failed"
