#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need from Debian (chromium for printing and browser
# tests, CJK fonts, qpdf for encrypted and rotated PDFs, poppler-utils to render scanned pages, LibreOffice for .doc/RTF files,
# Tesseract with its Chinese data to read scans, PostgreSQL for the data tests
# on both providers) and axe-core from npm, starts PostgreSQL,
# then runs all test projects and prints one summary line.
set -uo pipefail
cd "$(dirname "$0")"

need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v qpdf >/dev/null 2>&1 || need+=(qpdf)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr)
[ -f /usr/share/tesseract-ocr/5/tessdata/chi_sim.traineddata ] || need+=(tesseract-ocr-chi-sim)
[ -d /usr/share/fonts/opentype/noto ] || need+=(fonts-noto-cjk)
command -v pg_ctlcluster >/dev/null 2>&1 && ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} …"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null || exit 1
fi

# PostgreSQL on 127.0.0.1:5432 with a role for the tests; each test makes and drops its own database.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -1)
pg_lsclusters -h 2>/dev/null | grep -q "^$pg_version main" || pg_createcluster "$pg_version" main >/dev/null
if ! pg_isready -q -h 127.0.0.1; then
  # A server killed with the previous session can leave its socket lock behind; nothing listens, so it is stale.
  rm -f /var/run/postgresql/.s.PGSQL.*.lock
  pg_ctlcluster "$pg_version" main start || true
fi
for _ in $(seq 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
pg_isready -q -h 127.0.0.1 || { echo "PostgreSQL did not start; see /var/log/postgresql"; exit 1; }
runuser -u postgres -- psql -qc "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'gongkai') THEN CREATE ROLE gongkai LOGIN PASSWORD 'gongkai' CREATEDB; END IF; END \$\$;" || exit 1
export GONGKAI_TEST_POSTGRES="Host=127.0.0.1;Port=5432;Username=gongkai;Password=gongkai"

# axe-core checks each page the browser tests show (WCAG 2.1 AA, as GB/T 37668-2019 asks of government sites).
[ -f tests/.tools/node_modules/axe-core/axe.min.js ] || npm install --silent --no-audit --no-fund --prefix tests/.tools axe-core@4.14.1 >/dev/null || exit 1

# Code style: the build enforces the .editorconfig's rules; whitespace is checked here (fix: dotnet format whitespace Gongkai.slnx).
dotnet format whitespace --verify-no-changes Gongkai.slnx || { echo "Whitespace differs from .editorconfig: run dotnet format whitespace Gongkai.slnx"; exit 1; }

# Known-vulnerable packages, direct or transitive, fail the run; a registry that does not answer only warns.
if vulnerable=$(timeout 300 dotnet list Gongkai.slnx package --vulnerable --include-transitive 2>&1); then
  if grep -q "has the following vulnerable packages" <<<"$vulnerable"; then echo "$vulnerable"; exit 1; fi
else
  echo "Vulnerable-package check skipped: the package registry did not answer"
fi

log=$(mktemp)
dotnet test Gongkai.slnx 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s += $2} END {print s + 0}')
rm -f "$log"
echo "$passed passed, $failed failed"
exit "$status"
