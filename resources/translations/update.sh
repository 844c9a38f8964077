#!/bin/sh
# Deletes the entries of stationdesk_zh_CN.ts whose text is no longer in the code, and
# lists the tr() texts in core/, ui/ and app/ that it has no entry for; add those (Qt Linguist, or by hand) under the context the line names, with "sd::" in
# front for a class in namespace sd:
#   resources/translations/update.sh
# lupdate is not run on the stored file itself: Qt 6.4's lupdate drops the "sd::" from a
# class's context, which the translator needs at run time, and -no-obsolete would then
# throw away every stored translation. tests/checks/translations.sh runs the same scan.
set -eu
cd "$(dirname "$0")/../.."
exec tests/checks/translations.sh "$PWD" --prune
