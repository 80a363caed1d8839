#!/usr/bin/env bash
# Fuzzing (issue 7): builds the libFuzzer target egovarch-fuzz (Sources/EgovarchFuzz, declared
# only with EGOVARCH_FUZZ=1) with the fuzzer and address sanitizers, builds the seed corpus
# (the bundled models, every rule example, a few .egovarch.yml files, the built-in frameworks,
# the hostile-input corpus and the regression fixtures of Tests/Fixtures/fuzz-regressions) and
# fuzzes with one job.
#
#   scripts/fuzz.sh [--time SECONDS] [--max-len BYTES] [--scratch-path DIR] [--skip-build]
#                   [-- LIBFUZZER_FLAG...]
#   scripts/fuzz.sh --reproduce FILE...    run inputs once (a crash prints its report)
#   scripts/fuzz.sh --minimize FILE        shrink a crashing input to FILE.min
#
# Defaults: 600 seconds, inputs up to 65536 bytes, scratch path .build-fuzz. The corpus grows in
# DIR/corpus and is kept between runs; crashes, timeouts and leaks are written to
# DIR/artifacts/. Needs the Swift toolchain's clang runtime (libclang_rt.fuzzer, on Linux).
set -euo pipefail
cd "$(dirname "$0")/.."

time_limit=600
max_len=65536
scratch=.build-fuzz
build=1
mode=fuzz
inputs=()

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --time) time_limit="$2"; shift 2 ;;
    --max-len) max_len="$2"; shift 2 ;;
    --scratch-path) scratch="$2"; shift 2 ;;
    --skip-build) build=0; shift ;;
    --reproduce) mode=reproduce; shift ;;
    --minimize) mode=minimize; shift ;;
    --) shift; break ;;
    -h | --help) usage; exit 0 ;;
    -*) echo "fuzz.sh: unknown option '$1'" >&2; usage >&2; exit 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done
if [ "$mode" != fuzz ] && [ ${#inputs[@]} -eq 0 ]; then
  echo "fuzz.sh: --$mode needs at least one input file" >&2
  exit 2
fi
if [ "$mode" = fuzz ] && [ ${#inputs[@]} -gt 0 ]; then
  echo "fuzz.sh: input files go with --reproduce or --minimize" >&2
  exit 2
fi
for number in "$time_limit" "$max_len"; do
  if ! [[ "$number" =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz.sh: --time and --max-len need positive numbers" >&2
    exit 2
  fi
done

export EGOVARCH_FUZZ=1
# libFuzzer reports crashes itself (with the input); Swift's backtracer would get in its way.
export SWIFT_BACKTRACE=enable=no
build_flags=(-c release --scratch-path "$scratch" -Xswiftc -sanitize=fuzzer,address)
if [ "$build" = 1 ]; then
  echo "building egovarch-fuzz (scratch path $scratch)..." >&2
  swift build "${build_flags[@]}" --product egovarch-fuzz >&2
fi
fuzzer="$(swift build "${build_flags[@]}" --show-bin-path)/egovarch-fuzz"
if [ ! -x "$fuzzer" ]; then
  echo "fuzz.sh: $fuzzer is missing; run without --skip-build" >&2
  exit 2
fi

case "$mode" in
  reproduce)
    exec "$fuzzer" -rss_limit_mb=2048 -timeout=10 "$@" "${inputs[@]}"
    ;;
  minimize)
    exec "$fuzzer" -minimize_crash=1 -max_total_time=120 -rss_limit_mb=2048 -timeout=10 \
      -exact_artifact_path="${inputs[0]}.min" "$@" "${inputs[0]}"
    ;;
esac

seeds="$scratch/seeds"
corpus="$scratch/corpus"
artifacts="$scratch/artifacts"
rm -rf "$seeds"
mkdir -p "$corpus" "$artifacts"
# The rule examples and configuration files come from the fuzzer itself (SeedCorpus.swift).
EGOVARCH_FUZZ_WRITE_SEEDS="$seeds" "$fuzzer"
cp models/*.xml "$seeds/"
# A framework input starts with the marker byte 0x02 (FuzzPipeline.frameworkMarker).
for framework in schemas/frameworks/*.xml; do
  { printf '\002'; cat "$framework"; } >"$seeds/framework-$(basename "$framework")"
done
# The hostile-input corpus of the CLI tests, where present (inputs over -max_len are cut).
for fixture in Tests/Fixtures/hostile/*.xml; do
  if [ -f "$fixture" ]; then cp "$fixture" "$seeds/hostile-$(basename "$fixture")"; fi
done
for fixture in Tests/Fixtures/fuzz-regressions/*; do
  case "$fixture" in
    *.framework.xml) { printf '\002'; cat "$fixture"; } >"$seeds/regression-$(basename "$fixture")" ;;
    *.xml) cp "$fixture" "$seeds/regression-$(basename "$fixture")" ;;
    # A configuration input starts with the marker byte 0x01 (FuzzPipeline.configurationMarker).
    *.yml) { printf '\001'; cat "$fixture"; } >"$seeds/regression-$(basename "$fixture")" ;;
  esac
done
echo "seeds: $(find "$seeds" -type f | wc -l) files; corpus: $(find "$corpus" -type f | wc -l) files" >&2

exec "$fuzzer" -max_total_time="$time_limit" -max_len="$max_len" -rss_limit_mb=2048 -timeout=10 \
  -dict=scripts/fuzz/egovarch.dict -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$@" "$corpus" "$seeds"
