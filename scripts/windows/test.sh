#!/usr/bin/env bash
# Builds the Windows kit (scripts/windows/build.sh, with its test programs) and tests it under
# Wine (Debian's wine64) and Xvfb, as root on Debian 12:
#   1. the questionnaire, scoring, reports and CLI suites (ctest, Wine as the cross-compiling
#      emulator), the kill test among them;
#   2. files exchanged both ways with the Linux build: merged, scored (every number within 1e-9)
#      and reported (pdftotext of both PDFs equal) by the other system;
#   3. portable mode: the app leaves nothing in the Windows profile; without the marker file it
#      keeps its settings in %APPDATA%\c5kit;
#   4. the app on the demo in English and Arabic: screenshots in out/windows/screenshots/;
#   5. the MSI: its tables (msiinfo), a silent per-user install into a fresh Wine prefix, the
#      installed c5kit-cli.exe --version, a clean uninstall that leaves the user's files.
# Ends with "windows: N passed, N failed"; the exit status is non-zero when anything failed.
# C5_WINDOWS_SKIP_BUILD=1 skips the build (tests what build-windows/ and out/windows/ hold).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
source "$root/scripts/windows/deps/common.sh"
wine="$root/scripts/windows/wine.sh"
build="${C5_WINDOWS_BUILD_DIR:-$root/build-windows}"
out="$root/out/windows"
started=$SECONDS

# C5_WINDOWS_SKIP_BUILD=1 tests what build-windows/ and out/windows/ hold without building again.
[[ -n "${C5_WINDOWS_SKIP_BUILD:-}" ]] || C5_WINDOWS_TESTS=ON "$root/scripts/windows/build.sh"
version=$(sed -n 's/^ *VERSION \([0-9][0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)
# The Linux programs the files are exchanged with.
[[ -f "$root/build/build.ninja" ]] || "$root/scripts/setup.sh" -DC5_BUILD_TESTS=ON
cmake --build "$root/build" -j "$JOBS" --target c5kit-cli
linux_cli="$root/build/app/cli/c5kit-cli"
windows_cli="$build/kit/c5kit-cli.exe"

work=$(mktemp -d)
xvfb_pid=""
cleanup() {
  [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2> /dev/null
  for prefix in "$C5_WINEPREFIX" "$work/msi-prefix"; do
    [[ -d "$prefix" ]] && WINEPREFIX="$prefix" /usr/lib/wine/wineserver -k 2> /dev/null || true
  done
  rm -rf "$work"
}
trap cleanup EXIT
passed=0 failed=0
pass() { echo "PASS  $1"; passed=$((passed + 1)); }
fail() { echo "FAIL  $1${2:+: $2}"; failed=$((failed + 1)); }
timed() { local t=$SECONDS; "$@"; echo "      ($((SECONDS - t)) s)"; }

# The kit's own Wine prefix: made once, fonts set up so that Arabic and Chinese labels can show
# (Wine's Tahoma has neither; Windows' own fonts do).
export C5_WINEPREFIX="${C5_WINEPREFIX:-$C5_WINDOWS_CACHE/wineprefix}"
setup_prefix() {
  local prefix=$1
  C5_WINEPREFIX="$prefix" "$wine" wineboot -i > /dev/null 2>&1 || true
  local font
  for font in Tahoma "MS Shell Dlg" "MS Shell Dlg 2" "Segoe UI" "Microsoft Sans Serif"; do
    C5_WINEPREFIX="$prefix" "$wine" reg add 'HKCU\Software\Wine\Fonts\Replacements' /v "$font" /t REG_SZ \
      /d "DejaVu Sans" /f > /dev/null 2>&1
  done
  C5_WINEPREFIX="$prefix" "$wine" reg add 'HKLM\Software\Microsoft\Windows NT\CurrentVersion\FontLink\SystemLink' \
    /v "DejaVu Sans" /t REG_MULTI_SZ /d 'gbsn00lp.ttf,AR PL SungtiL GB' /f > /dev/null 2>&1
  mkdir -p "$prefix/drive_c/windows/Fonts"
  cp /usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf "$prefix/drive_c/windows/Fonts/" 2> /dev/null || true
}
t=$SECONDS
[[ -f "$C5_WINEPREFIX/system.reg" ]] || setup_prefix "$C5_WINEPREFIX"
echo "windows: Wine prefix ready in $((SECONDS - t)) s"

# 0. No DLL beyond Windows' own: nothing can be missing on the target machine.
echo "== the programs' DLLs"
for program in c5kit.exe c5kit-cli.exe; do
  dlls=$(x86_64-w64-mingw32-objdump -p "$build/kit/$program" | sed -n 's/^\tDLL Name: //p' | tr 'A-Z' 'a-z' | sort -u)
  foreign=$(grep -v -x -E '(kernel32|user32|gdi32|gdiplus|advapi32|shell32|shlwapi|ole32|oleaut32|oleacc|comctl32|comdlg32|winspool\.drv|winmm|ws2_32|rpcrt4|uxtheme|version|imm32|msvcrt|msimg32|winhttp|bcrypt|usp10|dwmapi|uuid)(\.dll)?' <<< "$dlls" || true)
  if [[ -z "$foreign" ]]; then
    pass "$program needs only Windows' own DLLs ($(echo $dlls | tr ' ' ','))"
  else
    fail "$program needs DLLs Windows does not have" "$foreign"
  fi
done

# 1. The library and CLI suites under Wine.
echo "== test suites under Wine"
for suite in questionnaire_tests scoring_tests reports_tests cli_tests; do
  t=$SECONDS
  if (cd "$build" && ctest --output-on-failure -R "^$suite\$" > "$work/$suite.log" 2>&1); then
    pass "$suite under Wine ($((SECONDS - t)) s)"
  else
    tail -60 "$work/$suite.log"
    fail "$suite under Wine ($((SECONDS - t)) s)"
  fi
done

# 2. Files exchanged both ways. $1 makes the demo and a respondent's kit and answers in it; $2
# merges them, scores and reports; $1 scores the merged file too and reports it: the scores must
# agree to 1e-9 and the reports' text must be the same.
compare_scores() {
  /usr/bin/python3 - "$1" "$2" <<'PY'
import json, sys
a, b = (json.load(open(p)) for p in sys.argv[1:3])
def same(x, y, where):
    if isinstance(x, dict) and isinstance(y, dict):
        if x.keys() != y.keys(): return f"{where}: keys differ"
        return next((r for k in x if (r := same(x[k], y[k], f"{where}.{k}"))), None)
    if isinstance(x, list) and isinstance(y, list):
        if len(x) != len(y): return f"{where}: lengths differ"
        return next((r for i, (p, q) in enumerate(zip(x, y)) if (r := same(p, q, f"{where}[{i}]"))), None)
    if isinstance(x, (int, float)) and isinstance(y, (int, float)) and not isinstance(x, bool):
        return None if abs(x - y) <= 1e-9 else f"{where}: {x} vs {y}"
    return None if x == y else f"{where}: {x!r} vs {y!r}"
problem = same(a, b, "score")
if problem: sys.exit(problem)
count = lambda v: sum(map(count, v.values())) if isinstance(v, dict) else sum(map(count, v)) if isinstance(v, list) else int(isinstance(v, float))
print(f"{count(a)} numbers agree within 1e-9")
PY
}
exchange() {
  local from=$1 to=$2 from_cli=$3 to_cli=$4 dir="$work/exchange-$1-to-$2"
  mkdir -p "$dir"
  local cli_in=("$from_cli") cli_out=("$to_cli")
  [[ "$from" == windows ]] && cli_in=("$wine" "$from_cli")
  [[ "$to" == windows ]] && cli_out=("$wine" "$to_cli")
  "${cli_in[@]}" demo "$dir/made" > /dev/null &&
    "${cli_in[@]}" kits "$dir/made/kelora-2026.c5a" "$dir/kits" --respondent "Amina Haddad=regulator" > /dev/null &&
    local kit; kit=$(ls "$dir"/kits/*.c5a) &&
    "${cli_in[@]}" answer "$kit" --respondent "Amina Haddad" --question "$(first_question "${cli_in[@]}" "$kit")" \
      --value 3 --evidence "made on $from" > /dev/null || { fail "$from makes the demo and a kit"; return; }
  if "${cli_out[@]}" merge "$dir/merged.c5a" "$dir/made/kelora-2026.c5a" "$kit" > "$dir/merge.txt" 2>&1; then
    pass "$to merges an assessment and a kit made on $from"
  else
    cat "$dir/merge.txt"; fail "$to merges an assessment and a kit made on $from"; return
  fi
  "${cli_out[@]}" score "$dir/merged.c5a" --json --samples 2000 --seed 7 > "$dir/score-$to.json" &&
    "${cli_in[@]}" score "$dir/merged.c5a" --json --samples 2000 --seed 7 > "$dir/score-$from.json" || {
      fail "both score the merged file"; return; }
  local agree
  if agree=$(compare_scores "$dir/score-$to.json" "$dir/score-$from.json" 2>&1); then
    pass "$to's and $from's scores of the merged file agree: $agree"
  else
    fail "scores of the merged file differ" "$agree"
  fi
  "${cli_out[@]}" report "$dir/merged.c5a" -o "$dir/report-$to.pdf" > /dev/null &&
    "${cli_in[@]}" report "$dir/merged.c5a" -o "$dir/report-$from.pdf" > /dev/null || { fail "both report"; return; }
  pdftotext -enc UTF-8 "$dir/report-$to.pdf" "$dir/report-$to.txt" 2> /dev/null
  pdftotext -enc UTF-8 "$dir/report-$from.pdf" "$dir/report-$from.txt" 2> /dev/null
  if cmp -s "$dir/report-$to.txt" "$dir/report-$from.txt"; then
    pass "$to's report is $from's, text for text ($(wc -w < "$dir/report-$to.txt") words, $(pdfinfo "$dir/report-$to.pdf" | awk '/^Pages/ {print $2}') pages)"
  else
    { diff "$dir/report-$from.txt" "$dir/report-$to.txt" || true; } | head -20  # a difference is a FAIL, not the end of the run
    fail "$to's report text differs from $from's"
  fi
  cp "$dir/report-$to.pdf" "$out/exchange-report-$to.pdf"
}
first_question() {
  "${@:1:$#-1}" info "${@: -1}" --questions --json | /usr/bin/python3 -c \
    'import json,sys; print(next(q["id"] for q in json.load(sys.stdin)["questions"] if q["type"] == "maturity"))'
}
echo "== files exchanged with the Linux build"
t=$SECONDS
exchange linux windows "$linux_cli" "$windows_cli"
exchange windows linux "$windows_cli" "$linux_cli"
echo "      ($((SECONDS - t)) s)"

# 3 and 4. The app under Xvfb: portable mode, then screenshots in English and Arabic.
display=99
while [[ -e /tmp/.X$display-lock ]]; do display=$((display + 1)); done
Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp > /dev/null 2>&1 &
xvfb_pid=$!
sleep 2
export DISPLAY=":$display"
roaming="$C5_WINEPREFIX/drive_c/users/$(id -un)/AppData/Roaming/c5kit"
echo "== portable mode"
kit="$work/portable/c5kit-$version"
mkdir -p "$work/portable" && unzip -q "$out/c5kit-$version-win64-portable.zip" -d "$work/portable"
rm -rf "$roaming"
if timeout 180 "$wine" "$kit/c5kit.exe" --demo --exit-when-ready > "$work/portable.log" 2>&1 &&
   [[ -f "$kit/c5kit-data/demo/kelora-2026.c5a" && -f "$kit/c5kit-data/settings.ini" && ! -e "$roaming" ]]; then
  pass "portable: the demo and the settings stay in c5kit-data beside the program, none in %APPDATA%"
else
  cat "$work/portable.log"; ls -R "$kit/c5kit-data" 2>&1 | head; fail "portable mode"
fi
rm "$kit/portable"
if timeout 180 "$wine" "$kit/c5kit.exe" --demo --exit-when-ready > "$work/installed.log" 2>&1 &&
   [[ -f "$roaming/demo/kelora-2026.c5a" && -f "$roaming/settings.ini" ]]; then
  pass "without the marker file: the demo and the settings in %APPDATA%\\c5kit"
else
  cat "$work/installed.log"; fail "settings in %APPDATA%\\c5kit"
fi

echo "== the app on the demo"
mkdir -p "$out/screenshots"
screenshot() {  # language, then the variables that choose it
  local language=$1 journal="$work/journal-$1.txt"
  shift
  rm -f "$journal"
  env "$@" C5KIT_GUI_JOURNAL="$journal" "$wine" "$kit/c5kit.exe" --demo --size 1280x800 > "$work/gui-$language.log" 2>&1 &
  local app=$! waited=0
  until grep -q "^screen " "$journal" 2> /dev/null || ((waited >= 120)); do sleep 2; waited=$((waited + 2)); done
  sleep 8  # the first paint after the screen is built
  import -window root "$out/screenshots/main-window-wine-$language.png"
  kill "$app" 2> /dev/null; wait "$app" 2> /dev/null || true  # its status is the kill's
  if grep -q "^ui-language $language" "$journal" 2> /dev/null && grep -q "^screen " "$journal"; then
    pass "the app shows the demo in $language under Wine ($waited s; out/windows/screenshots/main-window-wine-$language.png)"
  else
    cat "$work/gui-$language.log" "$journal" 2> /dev/null | tail -20; fail "the app on the demo in $language"
  fi
}
screenshot en C5KIT_LANGUAGE=en
screenshot ar C5KIT_LANGUAGE=ar

# 5. The MSI.
echo "== the MSI"
msi="$out/c5kit-$version-win64.msi"
tables=$(msiinfo tables "$msi" | tr '\n' ' ')
properties=$(msiinfo export "$msi" Property)
registry=$(msiinfo export "$msi" Registry)
files=$(msiinfo export "$msi" File | tail -n +4 | wc -l)
kit_files=$(find "$build/kit" -type f | wc -l)
if [[ "$tables" == *Shortcut* && "$tables" == *Registry* && "$tables" == *File* ]] &&
   grep -q "^ALLUSERS	2" <<< "$properties" && grep -q "^MSIINSTALLPERUSER	1" <<< "$properties" &&
   grep -q "ARPPRODUCTICON	c5kit.ico" <<< "$properties" &&
   grep -q 'Software\\Classes\\.c5a		C5Kit.Assessment' <<< "$registry" &&
   grep -q 'Software\\Classes\\.c5s		C5Kit.Sealed' <<< "$registry" &&
   grep -q 'C5Kit.Assessment\\DefaultIcon' <<< "$registry" &&
   msiinfo export "$msi" Shortcut | grep -q "ProgramMenuFolder	C5 Readiness Kit" &&
   ((files == kit_files)) && msiinfo suminfo "$msi" | grep -q "^Source: 10"; then
  pass "MSI tables: per-user by default, Start-menu entry, .c5a/.c5s with the icon, $files files (the kit's $kit_files), no elevation"
else
  fail "MSI tables" "files $files, kit $kit_files"
fi
t=$SECONDS
msi_prefix="$work/msi-prefix"
C5_WINEPREFIX="$msi_prefix" "$wine" wineboot -i > /dev/null 2>&1 || true
# Windows installs per user into %LOCALAPPDATA%\Programs; Wine's user is an administrator, and
# Wine's msiexec puts the same MSI into Program Files: either place counts here.
installed=""
# Wine writes its registry files when its server ends: wait for that before reading them.
settle() { WINEPREFIX="$msi_prefix" /usr/lib/wine/wineserver -w; }
if C5_WINEPREFIX="$msi_prefix" "$wine" msiexec /i "$msi" /qn > "$work/msiexec.log" 2>&1 && settle; then
  for place in "users/$(id -un)/AppData/Local/Programs" "Program Files"; do
    [[ -f "$msi_prefix/drive_c/$place/C5 Readiness Kit/c5kit-cli.exe" ]] && installed="$msi_prefix/drive_c/$place/C5 Readiness Kit"
  done
fi
if [[ -n "$installed" ]] && [[ -f "$msi_prefix/drive_c/users/$(id -un)/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/C5 Readiness Kit.lnk" ]] &&
   grep -q 'Software\\\\Classes\\\\.c5a' "$msi_prefix/system.reg" "$msi_prefix/user.reg" &&
   version_text=$(C5_WINEPREFIX="$msi_prefix" "$wine" "$installed/c5kit-cli.exe" --version 2>&1) &&
   [[ "$version_text" == *"$version"* ]]; then
  pass "MSI installs into a fresh Wine prefix ($((SECONDS - t)) s; ${installed#$msi_prefix/drive_c/}), Start-menu entry and .c5a type registered; the installed c5kit-cli.exe --version says: $version_text"
else
  cat "$work/msiexec.log"; find "$msi_prefix/drive_c" -name "c5kit*" | head; fail "MSI install"
fi
user_file="$msi_prefix/drive_c/users/$(id -un)/AppData/Roaming/c5kit/settings.ini"
mkdir -p "$(dirname "$user_file")" && echo "[kept]" > "$user_file"
if C5_WINEPREFIX="$msi_prefix" "$wine" msiexec /x "$msi" /qn > "$work/msiexec-x.log" 2>&1 && settle &&
   [[ -n "$installed" && ! -e "$installed/c5kit.exe" && -f "$user_file" ]] && ! grep -q 'C5Kit' "$msi_prefix/system.reg" "$msi_prefix/user.reg"; then
  pass "MSI uninstalls cleanly and leaves the user's files"
else
  cat "$work/msiexec-x.log"; fail "MSI uninstall"
fi

echo "windows: tests took $((SECONDS - started)) s in all"
echo "windows: $passed passed, $failed failed"
((failed == 0))
