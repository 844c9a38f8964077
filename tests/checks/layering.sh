#!/usr/bin/env bash
# stationctl links only the core: no Qt Widgets, Charts or PrintSupport may appear in
# its dynamic dependencies (the proof that the domain needs no GUI).
set -u
deps=$(ldd "$1") || { echo "ldd failed on $1"; exit 1; }
if echo "$deps" | grep -E 'libQt6(Widgets|Charts|PrintSupport)'; then
  echo "$1 must not depend on GUI libraries"; exit 1
fi
echo "$deps" | grep -q libQt6Core || { echo "unexpected: $1 does not link Qt Core"; exit 1; }
echo "$1 links no widget library"
