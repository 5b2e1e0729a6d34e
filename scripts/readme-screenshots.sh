#!/usr/bin/env bash
# Renders the README's screenshots (docs/screenshots/) from the built app under a private Xvfb,
# with a throw-away home folder so no real path or recent file shows in them.
# Needs: a build (scripts/setup.sh), xvfb, xdotool, imagemagick.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/build/app/gui/c5kit"
shots="$root/docs/screenshots"
mkdir -p "$shots"
# The status bar shows the demo's path: a home an ordinary user could have (/home/amina) when this
# machine lets us make one, a temporary one otherwise.
if [[ -w /home && ! -e /home/amina ]]; then
  home=/home/amina && export HOME="$home"
else
  home=$(mktemp -d) && export HOME="$home/amina"
fi
mkdir -p "$HOME"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 NO_AT_BRIDGE=1
display=":$((200 + RANDOM % 50))"
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
xvfb=$!
trap 'kill "$app_pid" 2>/dev/null || true; kill "$xvfb" 2>/dev/null || true; rm -rf "$home"' EXIT
app_pid=0
export DISPLAY="$display"
sleep 2

# Waits until a window whose name contains $1 is mapped, then lets it paint.
wait_for() {
    for _ in $(seq 100); do
        xdotool search --onlyvisible --name "$1" >/dev/null 2>&1 && { sleep 1.5; return; }
        sleep 0.1
    done
    echo "readme-screenshots: no window named '$1' appeared" >&2
    exit 1
}
shot() { import -window root "$home/shot.png"; convert "$home/shot.png" "$@"; }
# One window only (no window manager draws frames here).
window_shot() {
    import -window "$(xdotool search --onlyvisible --name "$1" | tail -1)" "$home/shot.png"
    convert "$home/shot.png" "$2"
}

"$app" & app_pid=$!
wait_for "C5 Readiness Kit"
window_shot "C5 Readiness Kit" "$shots/start-page.png"
xdotool key alt+n
wait_for "New assessment"
xdotool type --delay 60 "keny"
sleep 1
window_shot "New assessment" "$shots/wizard-country.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

"$app" --demo & app_pid=$!
wait_for "Kelora"
sleep 2  # the Monte Carlo ranges
shot -colors 256 "$shots/main-window.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

"$app" --demo & app_pid=$!
wait_for "Kelora"
sleep 2
xdotool key ctrl+d
wait_for "Where respondents disagree"
window_shot "Where respondents disagree" "$shots/disagreements.png"
xdotool key Escape
sleep 1
xdotool key F11
wait_for "projector"
sleep 2
shot -colors 256 "$shots/projector.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true

for language in ar zh; do
    C5KIT_LANGUAGE=$language "$app" --demo & app_pid=$!
    wait_for "Kelora"
    sleep 2
    shot -colors 256 "$shots/main-window-$language.png"
    kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
done

"$app" --demo --size 1024x600 & app_pid=$!
wait_for "Kelora"
sleep 2
shot -crop 1024x600+0+0 +repage -colors 256 "$shots/demo-at-1024x600.png"
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true
echo "Screenshots written to $shots"
