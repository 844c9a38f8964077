#!/usr/bin/env bash
# The house rule (docs/architecture.md): a feature's SQL lives in its repositories. A SQL
# statement in a core/ source outside a …Repository file and core/kernel/storage fails,
# unless tests/checks/sql_allowlist.txt names the file (or its folder) with a reason.
#   tests/checks/sql.sh REPOSITORY_ROOT
set -u
cd "$1" || exit 1

allowlist=tests/checks/sql_allowlist.txt
allowed=()
while IFS= read -r line; do
  [[ $line =~ ^[[:space:]]*(#|$) ]] && continue
  path=${line%%[[:space:]]*}
  reason=${line#"$path"}
  if [[ -z ${reason//[[:space:]]/} ]]; then
    echo "$allowlist: $path has no reason"
    exit 1
  fi
  allowed+=("$path")
done <"$allowlist"

is_allowed() {
  local entry
  for entry in "${allowed[@]}"; do
    if [[ $entry == */ ]]; then [[ $1 == "$entry"* ]] && return 0; else [[ $1 == "$entry" ]] && return 0; fi
  done
  return 1
}

# A string literal (u"…"_s, "…") that begins with a statement's first word.
statement='"[[:space:]]*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|WITH|REPLACE|CREATE|DROP|ALTER|VACUUM|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|LISTEN|NOTIFY)([[:space:]]|")'

failures=0
while IFS= read -r -d '' file; do
  case $file in
    core/kernel/storage/* | *Repository.cpp | *Repository.h) continue ;;
  esac
  is_allowed "$file" && continue
  while IFS= read -r hit; do
    echo "$file:$hit"
    failures=$((failures + 1))
  done < <(grep -nE "$statement" "$file")
done < <(find core -type f \( -name '*.cpp' -o -name '*.h' \) -print0 | sort -z)

if [ "$failures" -gt 0 ]; then
  echo "$failures SQL statement(s) outside the repositories: move them into the feature's repository"
  echo "(or, with a reason, name the file in $allowlist)"
  exit 1
fi
for entry in "${allowed[@]}"; do
  [ -e "$entry" ] || { echo "$allowlist: $entry does not exist"; exit 1; }
done
echo "SQL lives in the repositories (and ${#allowed[@]} allowlisted places)"
