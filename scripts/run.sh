#!/usr/bin/env bash
# Sets everything up, builds the kit and runs its main job: a sample assessment in out/.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export LANG=C.UTF-8 LC_ALL=C.UTF-8
"$root/scripts/setup.sh"
cli="$root/build/app/cli/c5kit-cli"
out="$root/out"
mkdir -p "$out"
"$cli" validate "$root/questionnaire/instruments/c5.json"
rm -f "$out/sample.c5a"
"$cli" new "$out/sample.c5a" --country XAU --year 2026 --title "Sample assessment (fictional country)"
"$cli" answer "$out/sample.c5a" --respondent "Ministry of ICT" --group government --question P1.Q1 --value 2 \
  --confidence high --evidence "Cabinet decision establishing the national cybersecurity council"
"$cli" answer "$out/sample.c5a" --respondent "Ministry of ICT" --question P4.Q1 --value 3 --evidence "CIRT annual report"
"$cli" penetration "$out/sample.c5a" --indicator internet_users --value 48 --year 2025 --source "Fictional figure"
"$cli" export "$out/sample.c5a" --csv "$out/sample-answers.csv"
"$cli" info "$out/sample.c5a"
echo "The sample assessment is $out/sample.c5a (open it with: sqlite3 $out/sample.c5a)"
