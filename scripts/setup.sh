#!/usr/bin/env bash
# Installs the Debian packages the kit needs (only those missing) and builds it into build/.
# Usage: scripts/setup.sh [extra CMake options]   — works as root or through sudo.
#        scripts/setup.sh --packages-only           — installs, does not build.
# C5_EXTRA_PACKAGES="a b" adds packages a tool needs beyond the kit's list (e.g. clang for fuzzing).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive

missing=()
while read -r package; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done < <(cat "$root/scripts/packages.txt"; printf '%s\n' ${C5_EXTRA_PACKAGES:-})

if ((${#missing[@]})); then
  echo "setup: installing ${#missing[@]} Debian package(s): ${missing[*]}"
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || { echo "setup: run as root or install sudo" >&2; exit 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 update -qq
  "${sudo[@]}" apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends "${missing[@]}" > /dev/null
fi

[[ "${1:-}" == --packages-only ]] && exit 0
jobs=$(nproc 2>/dev/null || echo 2)
cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" > /dev/null
cmake --build "$root/build" -j "$jobs"
