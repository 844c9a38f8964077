#!/usr/bin/env bash
# The Chinese translation is complete: no unfinished, vanished or obsolete entries, at
# least one message (an empty file would pass the other checks), and every tr() text in
# core/, ui/ and app/ has its entry (lupdate scans the code into a scratch file, which
# ts_missing.pl compares with the stored translation) and no stored entry's text has left
# the code (with --prune as second argument such entries are deleted), and Chinese text uses full-width
# punctuation (ts_punctuation.pl; run it with --fix to rewrite the marks it names).
set -u
root=$1
status=0
for ts in "$root"/resources/translations/*.ts; do
  total=$(grep -c '<message' "$ts")
  unfinished=$(grep -c 'type="unfinished"' "$ts")
  stale=$(grep -c 'type="vanished"\|type="obsolete"' "$ts")
  echo "$ts: $total messages, $unfinished unfinished, $stale vanished/obsolete"
  if [ "$total" -eq 0 ] || [ "$unfinished" -ne 0 ] || [ "$stale" -ne 0 ]; then status=1; fi
  "$(dirname "$0")/ts_punctuation.pl" "$ts" || status=1
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
lupdate=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS)/lupdate}
if ! (cd "$root" && "$lupdate" -silent -locations absolute -extensions cpp,h,def core ui app \
  -ts "$scratch/scanned_zh_CN.ts" >"$scratch/lupdate.log" 2>&1); then
  echo "lupdate could not scan the code:"; cat "$scratch/lupdate.log"; exit 1
fi
"$(dirname "$0")/ts_missing.pl" "$scratch/scanned_zh_CN.ts" \
  "$root/resources/translations/stationdesk_zh_CN.ts" ${2:-} || status=1
exit $status
