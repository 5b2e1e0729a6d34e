#!/usr/bin/env bash
# Extracts the desktop app's strings into po/c5kit.pot and merges them into every po/<lang>.po.
# Run after changing interface text; translators then fill the new and "fuzzy" entries.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
mapfile -t sources < <(git ls-files 'app/gui/*.cpp' 'app/gui/*.h' | sort)
xgettext --language=C++ --from-code=UTF-8 --add-comments=TRANSLATORS: --sort-by-file \
  --keyword=_ --keyword=wxPLURAL:1,2 --keyword=wxTRANSLATE --keyword=wxGETTEXT_IN_CONTEXT:1c,2 \
  --package-name="C5 Readiness Kit" --msgid-bugs-address="translations@c5kit.invalid" \
  --copyright-holder="C5 Readiness Kit developers" -o po/c5kit.pot "${sources[@]}"
for po in po/*.po; do
  [[ -e "$po" ]] || continue
  msgmerge --quiet --update --backup=none --no-fuzzy-matching "$po" po/c5kit.pot
done
