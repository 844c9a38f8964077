#!/usr/bin/env bash
# Every C++ file in the tree is clang-format clean.
set -u
cd "$1" || exit 2
bad=$(git ls-files '*.cpp' '*.h' | xargs -r clang-format --dry-run -Werror 2>&1 | grep -o '^[^:]*\.\(cpp\|h\)' | sort -u)
if [ -n "$bad" ]; then
  echo "clang-format would change:"; echo "$bad"; exit 1
fi
echo "all $(git ls-files '*.cpp' '*.h' | wc -l) C++ files are formatted"
