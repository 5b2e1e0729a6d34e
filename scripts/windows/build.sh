#!/usr/bin/env bash
# Cross-builds the kit for 64-bit Windows on Debian 12 and writes
#   out/windows/c5kit-<version>-win64-portable.zip   (runs from a USB stick, no install, no rights)
#   out/windows/c5kit-<version>-win64.msi            (per-user by default, per-machine for IT departments)
# Every dependency is built from Debian's own source package (deps/*.sh, one recipe each) once into
# a cached prefix under $C5_WINDOWS_CACHE (default ~/.cache/c5kit-windows), rebuilt only when its
# Debian version or recipe changes. Run as root (or through sudo), like scripts/setup.sh.
# Usage: scripts/windows/build.sh [--deps-only] [extra CMake options for the kit]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive
source "$root/scripts/windows/deps/common.sh"
export C5_TOOLCHAIN_FILE="$root/cmake/mingw-w64-x86_64.cmake"

deps_only=0
[[ "${1:-}" == --deps-only ]] && { deps_only=1; shift; }

# Debian packages the cross-build needs (the Linux build's list first: its header-only libraries,
# iso-codes and fonts are what the Windows kit takes too).
C5_EXTRA_PACKAGES="$(grep -v '^#' "$root/scripts/windows/packages.txt" | xargs)" "$root/scripts/setup.sh" --packages-only

started=$SECONDS
c5_source_index
# The libraries the kit links, in the order the kit's CMakeLists finds them. Recipes that are ready
# for libraries the kit is about to link join this list when it does.
dependencies=(headers boost-test sqlite sqlitecpp libpng libharu libsodium fribidi utf8proc minizip expat libxlsxwriter fmt wxwidgets)
for dependency in "${dependencies[@]}"; do c5_dependency "$dependency"; done
echo "windows: dependencies ready in $((SECONDS - started)) s (cache: $C5_WINDOWS_CACHE)"
((deps_only)) && exit 0

# The kit, cross-built against those prefixes (cmake/mingw-w64-x86_64.cmake). C5_WINDOWS_TESTS=ON
# also builds the test programs (scripts/windows/test.sh runs them under Wine).
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)
build="${C5_WINDOWS_BUILD_DIR:-$root/build-windows}"
prefixes=""
for dependency in "${dependencies[@]}"; do prefixes+="${prefixes:+;}${c5_dep_prefix[$dependency]}"; done
wx="${c5_dep_prefix[wxwidgets]}"
started=$SECONDS
# A dependency rebuilt lives in a new prefix: CMake's cached pkg-config answers still name the old
# one, so the kit is configured afresh (what it compiled is rebuilt with the new flags anyway).
# (The prefixes of the last configure that succeeded are in c5-prefixes.txt.)
if [[ "$(cat "$build/c5-prefixes.txt" 2> /dev/null)" != "$prefixes" ]]; then rm -f "$build/CMakeCache.txt"; fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_TOOLCHAIN_FILE="$C5_TOOLCHAIN_FILE" -DCMAKE_BUILD_TYPE=Release \
  -DC5_WINDOWS_PREFIXES="$prefixes" -DCMAKE_PREFIX_PATH="$prefixes" \
  -DwxWidgets_CONFIG_EXECUTABLE="$wx/bin/wx-config" -DC5_WX_LOCALE_DIR="$wx/share/locale" \
  -DISOCODES_3166_1_JSON=/usr/share/iso-codes/json/iso_3166-1.json \
  -DC5_WINDOWS_EMULATOR="$root/scripts/windows/wine.sh" \
  -DC5_BUILD_BENCH=OFF -DC5_BUILD_TESTS="${C5_WINDOWS_TESTS:-OFF}" "$@" > "$build.configure.log" 2>&1 ||
  { cat "$build.configure.log" >&2; exit 1; }
echo "$prefixes" > "$build/c5-prefixes.txt"
targets=(windows_kit)
[[ "${C5_WINDOWS_TESTS:-OFF}" == ON ]] && targets+=(all)
cmake --build "$build" -j "$JOBS" --target "${targets[@]}"
echo "windows: kit built in $((SECONDS - started)) s"

# The portable zip: the kit in a folder of its own, with the file that turns on portable mode.
out="$root/out/windows"
mkdir -p "$out"
name="c5kit-$version-win64"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -r "$build/kit" "$stage/c5kit-$version"
printf 'This file keeps the C5 Readiness Kit portable: settings, recent files and the demo stay in\r\nthe folder c5kit-data beside it, and the computer keeps no trace. Delete it to keep them in\r\nyour Windows profile (%%APPDATA%%\\c5kit) instead.\r\n' \
  > "$stage/c5kit-$version/portable"
rm -f "$out/$name-portable.zip"
(cd "$stage" && zip -q -r -X "$out/$name-portable.zip" "c5kit-$version")

# The MSI (app/windows/c5kit.wxs), with the kit's files listed by wixl-heat.
mkdir -p "$stage/msi"
cp -r "$build/kit" "$stage/msi/kit"
cp "$root/app/windows/c5kit.ico" "$stage/msi/"
(cd "$stage/msi" && find kit -type f | LC_ALL=C sort |
  wixl-heat --prefix kit/ --directory-ref INSTALLDIR --component-group KitFiles --var var.KitDir > files.wxs &&
  wixl -a x64 -D Version="$version" -D KitDir=kit -D IconFile=c5kit.ico -o "$out/$name.msi" \
    "$root/app/windows/c5kit.wxs" files.wxs)
ls -l "$out/$name-portable.zip" "$out/$name.msi"
echo "windows: done in $SECONDS s"
