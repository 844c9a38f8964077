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
# Each target is single-threaded: run as many at once as there are cores (SD_FUZZ_JOBS).
jobs=${SD_FUZZ_JOBS:-$(nproc)}

# Fuzzes one target; writes its table row to $work/TARGET.row and, on a finding, its report
# to $work/TARGET.report and exits non-zero.
fuzz_one() {
  local target=$1 corpus=$work/$1 start status=0 elapsed runs rate result=ok
  if [ ! -x "$build/$target" ]; then
    printf '%-20s %12s %8s %10s  %s\n' "$target" - - - 'FAILED (no such target)' >"$work/$target.row"
    return 1
  fi
  mkdir -p "$corpus" "$work/artifacts"
  [ -d "$here/corpus/$target" ] && cp -R "$here/corpus/$target/." "$corpus/"
  start=$(date +%s%N)
  "$build/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$work/artifacts/$target-" "$corpus" \
    >"$work/$target.log" 2>&1 || status=$?
  elapsed=$((($(date +%s%N) - start) / 1000000))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$work/$target.log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$work/$target.log" | tail -1)
  [ "$status" -ne 0 ] && result="FAILED (exit $status)"
  printf '%-20s %12s %8s %10s  %s\n' "$target" "${runs:-?}" \
    "$((elapsed / 1000)).$((elapsed % 1000 / 100))" "${rate:-?}" "$result" >"$work/$target.row"
  [ "$status" -eq 0 ] && return 0
  mkdir -p "$findings"
  {
    tail -n 60 "$work/$target.log" | sed "s/^/    $target: /"
    for artifact in "$work/artifacts/$target-"*; do
      [ -e "$artifact" ] || continue
      cp "$artifact" "$findings/"
      seed=""
      for file in "$here/corpus/$target"/*; do
        [ -f "$file" ] && cmp -s "$file" "$artifact" && seed=" (seed tests/fuzz/corpus/$target/$(basename "$file"))"
      done
      echo "==> $target: the input is in $findings/$(basename "$artifact")$seed"
    done
  } >"$work/$target.report"
  return 1
}

log "Fuzzing ${#targets[@]} targets for ${seconds}s each, $jobs at a time"
running=0
for target in "${targets[@]}"; do
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
  fuzz_one "$target" &
  running=$((running + 1))
done
wait || true

failed=()
printf '%-20s %12s %8s %10s  %s\n' target executions seconds 'exec/s' result >&2
for target in "${targets[@]}"; do
  cat "$work/$target.row" >&2 2>/dev/null || printf '%-20s  FAILED (no result)\n' "$target" >&2
  if [ -e "$work/$target.report" ] || ! grep -q ' ok$' "$work/$target.row" 2>/dev/null; then
    failed+=("$target")
  fi
done
for target in "${failed[@]}"; do
  [ -e "$work/$target.report" ] && cat "$work/$target.report" >&2
done

if [ ${#failed[@]} -gt 0 ]; then
  log "Fuzzing found problems in: ${failed[*]} (see tests/fuzz/README.md to turn an input" \
    "into a corpus entry)"
  exit 1
fi
log "Fuzzing: ${#targets[@]} targets, ${seconds}s each, no findings"
