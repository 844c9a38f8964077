#!/usr/bin/env bash
# The Chinese translation is complete: no unfinished, vanished or obsolete entries, and
# at least one message (an empty file would pass the other checks).
set -u
status=0
for ts in "$1"/resources/translations/*.ts; do
  total=$(grep -c '<message' "$ts")
  unfinished=$(grep -c 'type="unfinished"' "$ts")
  stale=$(grep -c 'type="vanished"\|type="obsolete"' "$ts")
  echo "$ts: $total messages, $unfinished unfinished, $stale vanished/obsolete"
  if [ "$total" -eq 0 ] || [ "$unfinished" -ne 0 ] || [ "$stale" -ne 0 ]; then status=1; fi
done
exit $status
