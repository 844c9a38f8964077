#!/usr/bin/env bash
# The house rule (docs/architecture.md), checked on every #include "core/…" or "ui/…":
# - a core feature includes only the features below it, and the kernel includes no feature;
# - ui/<feature> uses the core features core/<feature> may use (plus the few the UI's own
#   pages show, listed below), core/Application, the shared ui/widgets and itself;
# - the GUI (ui/, app/stationdesk) never includes the demo library or stationctl.
#   tests/checks/features.sh REPOSITORY_ROOT
set -u
cd "$1" || exit 1

# What each core area may include besides itself and the kernel: everything below it in the
# order the features were built. top is core/Application, demo the demo library.
declare -A below=(
  [kernel]=""
  [organisation]=""
  [accounts]="organisation"
  [signatures]="accounts organisation"
  [frontdesk]="signatures accounts organisation"
  [mediation]="frontdesk signatures accounts organisation"
  [responsibility]="organisation"
  [assessment]="mediation frontdesk signatures accounts organisation"
  [statistics]="frontdesk signatures accounts organisation"
  [duty]="statistics assessment responsibility mediation frontdesk signatures accounts organisation"
  [top]="duty statistics assessment responsibility mediation frontdesk signatures accounts organisation"
  [demo]="duty top statistics assessment responsibility mediation frontdesk signatures accounts organisation"
)
# What a UI feature shows of features above its own core: a person's page lists what they
# own and their honours.
declare -A ui_also=(
  [organisation]="responsibility assessment"
)

core_area() { # sets area to the core area of path $1
  local rest=${1#core/}
  if [[ $rest == */* ]]; then area=${rest%%/*}; else area=top; fi
}
may() { # may FROM TO [EXTRA]: may area FROM include area TO?
  [ "$1" = "$2" ] || [ "$2" = kernel ] || [[ " ${below[$1]-} ${3-} " == *" $2 "* ]]
}

failures=0
fail() { echo "$1: $2"; failures=$((failures + 1)); }

for dir in core/*/; do
  dir=${dir%/}
  [ -n "${below[${dir#core/}]+x}" ] ||
    fail "$dir" "a core folder the house rule does not know: add it to tests/checks/features.sh and docs/architecture.md"
done

include_re='#[[:space:]]*include[[:space:]]+"([^"]+)"'
while IFS= read -r line; do
  file=${line%%:*}
  [[ $line =~ $include_re ]] || continue
  target=${BASH_REMATCH[1]}
  case $file in
    core/*)
      core_area "$file"; from=$area
      case $target in
        ui/* | app/*) fail "$file" "the core includes $target" ;;
        core/*) core_area "$target"; may "$from" "$area" || fail "$file" "$from may not include $area ($target)" ;;
      esac
      ;;
    ui/* | app/stationdesk/*)
      rest=${file#*/}; feature=${rest%%/*}
      [[ $file == app/* ]] && feature=app
      case $target in
        core/demo/*) fail "$file" "the GUI includes the demo library ($target)" ;;
        app/*) fail "$file" "the GUI includes $target" ;;
        core/*)
          core_area "$target"
          case $feature in
            shell | widgets | app) ;; # the window and the shared widgets use any feature
            *) [ "$area" = top ] || may "$feature" "$area" "${ui_also[$feature]-}" ||
                 fail "$file" "ui/$feature may not use core/$area ($target)" ;;
          esac
          ;;
        ui/*)
          rest=${target#ui/}; to=${rest%%/*}
          case $feature in
            shell | app) ;;
            widgets) [ "$to" = widgets ] || fail "$file" "a shared widget includes ui/$to ($target)" ;;
            *) [ "$to" = widgets ] || may "$feature" "$to" ||
                 fail "$file" "ui/$feature may not include ui/$to ($target)" ;;
          esac
          ;;
      esac
      ;;
  esac
done < <(grep -rnE --include='*.h' --include='*.cpp' '^\s*#\s*include "(core|ui|app)/' core ui app/stationdesk)

if [ "$failures" -gt 0 ]; then
  echo "$failures include(s) break the house rule (docs/architecture.md)"
  exit 1
fi
echo "every include in core/, ui/ and app/stationdesk follows the house rule"
