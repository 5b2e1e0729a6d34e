#!/usr/bin/env bash
# Runs a Windows program of the kit under Wine (Debian's wine64): ctest's cross-compiling
# emulator and scripts/windows/test.sh. The Wine prefix lives beside the dependency cache
# (C5_WINEPREFIX overrides); no Mono or Gecko prompts, no debug chatter.
cache=${C5_WINDOWS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/c5kit-windows}
export WINEPREFIX=${C5_WINEPREFIX:-$cache/wineprefix}
export WINEDLLOVERRIDES=${WINEDLLOVERRIDES:-"mscoree,mshtml="} WINEDEBUG=${WINEDEBUG:--all}
exec /usr/lib/wine/wine64 "$@"
