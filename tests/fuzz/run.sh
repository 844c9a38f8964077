#!/usr/bin/env bash
# Builds the libFuzzer targets (build/fuzz, incrementally, clang + ccache) and fuzzes each
# for SECONDS, starting from a temporary copy of its seed corpus (tests/fuzz/corpus/NAME),
# which libFuzzer replays first, so every seed is a regression test as well.
#   tests/fuzz/run.sh SECONDS [TARGET…]     all targets, or the ones named
# Exits 1 when any target crashed, leaked, hung (-timeout) or broke an invariant, naming
# the target and the input file (copied to build/fuzz/findings/). SD_BUILD_LOCK=FILE
# serialises the build with flock on a shared machine.
set -euo pipefail

seconds=${1:?usage: tests/fuzz/run.sh SECONDS [TARGET...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=$root/build/fuzz

log() { printf '==> %s\n' "$*" >&2; }

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$root} CCACHE_NOHASHDIR=${CCACHE_NOHASHDIR:-1}
lock=()
[ -n "${SD_BUILD_LOCK:-}" ] && lock=(flock "$SD_BUILD_LOCK")

if [ ! -f "$build/build.ninja" ]; then
  cc=clang cxx=clang++
  command -v clang++ >/dev/null || { cc=clang-14 cxx=clang++-14; }
  log "Configuring the fuzz targets ($cxx)"
  CC=$cc CXX=$cxx cmake -S "$here" -B "$build" -G Ninja \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >/dev/null
fi
log "Building the fuzz targets"
"${lock[@]}" nice cmake --build "$build"

targets=("$@")
[ ${#targets[@]} -eq 0 ] && mapfile -t targets < <(grep -v '^$' "$build/targets.txt")

# Every finding fatal and reported with a stack; leaks are findings too (whatever the
# caller's ASAN_OPTIONS say, e.g. scripts/test-all's detect_leaks=0 for the suite).
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:handle_abort=1:symbolize=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
symbolizer=$(command -v llvm-symbolizer || command -v llvm-symbolizer-14 || true)
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH=$symbolizer

work=$(mktemp -d "${TMPDIR:-/tmp}/sd-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT
findings=$build/findings
failed=()
printf '%-20s %12s %8s %10s  %s\n' target executions seconds 'exec/s' result >&2
for target in "${targets[@]}"; do
  [ -x "$build/$target" ] || { log "no fuzz target $target"; failed+=("$target"); continue; }
  corpus=$work/$target
  mkdir -p "$corpus" "$work/artifacts"
  [ -d "$here/corpus/$target" ] && cp -R "$here/corpus/$target/." "$corpus/"
  start=$(date +%s%N)
  status=0
  "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" "$corpus" \
    >"$work/$target.log" 2>&1 || status=$?
  elapsed=$((($(date +%s%N) - start) / 1000000))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log" | tail -1)
  result=ok
  if [ "$status" -ne 0 ]; then
    result="FAILED (exit $status)"
    failed+=("$target")
  fi
  printf '%-20s %12s %8s %10s  %s\n' "$target" "${runs:-?}" \
    "$((elapsed / 1000)).$((elapsed % 1000 / 100))" "${rate:-?}" "$result" >&2
  if [ "$status" -ne 0 ]; then
    mkdir -p "$findings"
    tail -n 60 "$work/$target.log" | sed "s/^/    $target: /" >&2
    for artifact in "$work/artifacts/$target-"*; do
      [ -e "$artifact" ] || continue
      cp "$artifact" "$findings/"
      seed=""
      for file in "$here/corpus/$target"/*; do
        [ -f "$file" ] && cmp -s "$file" "$artifact" && seed=" (seed tests/fuzz/corpus/$target/$(basename "$file"))"
      done
      log "$target: the input is in $findings/$(basename "$artifact")$seed"
    done
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  log "Fuzzing found problems in: ${failed[*]} (see tests/fuzz/README.md to turn an input" \
    "into a corpus entry)"
  exit 1
fi
log "Fuzzing: ${#targets[@]} targets, ${seconds}s each, no findings"
