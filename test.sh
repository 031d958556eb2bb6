#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need from Debian (chromium for printing and browser
# tests, CJK fonts, qpdf for an encrypted PDF), then runs all test projects and prints one summary line.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || exit 1
fi

log=$(mktemp)
dotnet test Gongkai.slnx 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
