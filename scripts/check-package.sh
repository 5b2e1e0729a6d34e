#!/usr/bin/env bash
# Builds the Debian package and checks it on a clean Debian 12: installs it into a fresh
# debootstrap system, writes and scores the demo with c5kit-cli, and starts the desktop app under
# Xvfb for a screenshot (out/package-check.png). Needs root and network; about two minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
((EUID == 0)) || { echo "check-package: run as root (debootstrap and chroot need it)" >&2; exit 1; }
"$root/scripts/setup.sh"
command -v debootstrap >/dev/null || apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
(cd "$root/build" && rm -f c5kit_*.deb && cpack > /dev/null)
deb=$(ls "$root"/build/c5kit_*.deb)
clean=$(mktemp -d)
trap 'umount "$clean/proc" 2>/dev/null || true; rm -rf "$clean"' EXIT
debootstrap --variant=minbase bookworm "$clean" http://deb.debian.org/debian > /dev/null
mount --bind /proc "$clean/proc"
cp "$deb" "$clean/tmp/c5kit.deb"
chroot "$clean" bash -euc '
  export DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8 HOME=/root
  apt-get update -qq
  apt-get install -y -qq /tmp/c5kit.deb > /dev/null
  cd /tmp && c5kit-cli demo demo && c5kit-cli score demo/kelora-2026.c5a | tail -1
  apt-get install -y -qq --no-install-recommends xvfb xauth imagemagick > /dev/null
  Xvfb :5 -screen 0 1280x800x24 > /dev/null 2>&1 & sleep 2
  DISPLAY=:5 c5kit --demo > /tmp/gui.log 2>&1 & sleep 6
  pgrep c5kit > /dev/null || { echo "the desktop app did not stay up:"; cat /tmp/gui.log; exit 1; }
  DISPLAY=:5 import -window root /tmp/screen.png
  pkill c5kit; pkill Xvfb'
mkdir -p "$root/out" && cp "$clean/tmp/screen.png" "$root/out/package-check.png"
echo "check-package: $(basename "$deb") installs and runs on a clean Debian 12 (screenshot out/package-check.png)"
