#!/usr/bin/env bash
# Sets everything up, builds the kit and runs its main job: the demo assessment of a fictional
# country and its PDF baseline report, written to out/demo/, then the desktop app on the demo
# when a display is present (not under CI).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
"$root/scripts/setup.sh"
cli="$root/build/app/cli/c5kit-cli"
demo="$root/out/demo"
rm -rf "$demo"
"$cli" demo "$demo"
"$cli" score "$demo/kelora-2026.c5a"
echo
echo "The demo report is $demo/kelora-2026-report.pdf"
echo "Its assessment file is $demo/kelora-2026.c5a (open it with the sqlite3 shell, or score it with c5kit-cli)"
if [[ "${CI:-}" != "true" && ( -n "${DISPLAY:-}" || -n "${WAYLAND_DISPLAY:-}" ) ]]; then
    echo "Opening it in the desktop app (close the window to finish)..."
    "$root/build/app/gui/c5kit" "$demo/kelora-2026.c5a"
fi
