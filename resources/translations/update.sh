#!/bin/sh
# Refreshes the translation sources from every tr() in core/, ui/ and app/.
# Run after adding or changing user-visible text, then translate the new entries
# (Qt Linguist, or by hand) so no entry is left type="unfinished":
#   resources/translations/update.sh
# Strings that disappeared from the code are dropped (-no-obsolete) and source
# locations are left out so the file only changes when texts change.
set -eu
cd "$(dirname "$0")/../.."
LUPDATE=${LUPDATE:-$(qtpaths6 --query QT_HOST_BINS)/lupdate}
"$LUPDATE" -locations none -no-obsolete -extensions cpp,h core ui app \
    -ts resources/translations/stationdesk_zh_CN.ts
# Report what still needs a translator.
if grep -q 'type="unfinished"' resources/translations/stationdesk_zh_CN.ts; then
    echo "untranslated entries remain in stationdesk_zh_CN.ts:" >&2
    grep -c 'type="unfinished"' resources/translations/stationdesk_zh_CN.ts >&2
    exit 1
fi
