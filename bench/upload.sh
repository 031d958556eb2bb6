#!/usr/bin/env bash
# Peak memory of the web app (Release, SQLite) while a supervising office uploads what once blew it up: a 1 MB ZIP that
# inflates to 980 MiB, a 42-entry ZIP of 8 GiB inflated, a nested ZIP, twelve real 15 MB reports (read by the background
# reader) and a 1 GB file. Each upload runs on a freshly started server; its peak resident set (VmHWM) covers the upload
# and the background reading of its files until the batch page says all are done. Target: under 600 MB for any upload.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Gongkai.Bench | grep -E " error |Build succeeded" | sort -u
bench=bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll
web=src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll
work=$(mktemp -d)
files=${UPLOAD_FILES:-/tmp/gongkai-upload-files}
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
[ -f "$files/huge.pdf" ] && [ "$(stat -c %s "$files/large-reports.zip")" -lt 6000000 ] || { rm -rf "$files"; dotnet "$bench" upload-files "$files"; }

. bench/signin.sh

for file in ${UPLOADS:-bomb-one.zip bomb-42.zip bomb-nested.zip large-reports.zip huge.pdf}; do
  (cd src/Gongkai.Web && ASPNETCORE_ENVIRONMENT=Production exec dotnet "../../$web" --urls http://127.0.0.1:5092 --Gongkai:Demo=true \
    --ConnectionStrings:Gongkai="Data Source=$work/upload.db" --Gongkai:PersonalDataKeyFile="$work/key" --Logging:LogLevel:Default=Error) &
  server=$!
  for _ in $(seq 120); do curl -sf http://127.0.0.1:5092/healthz >/dev/null && break; sleep 1; done
  idle=$(awk '/VmRSS/ {print int($2/1024)}' /proc/$server/status)
  rm -f "$work/jar"
  sign_in http://127.0.0.1:5092 "$work/jar" supervisor@demo.gongkai Demo-Gongkai-2026 >/dev/null
  curl -s -c "$work/jar" -b "$work/jar" http://127.0.0.1:5092/Supervision/Upload > "$work/page.html"

  start=$(date +%s.%N)
  location=$(curl -s -c "$work/jar" -b "$work/jar" -o "$work/answer.html" -w "%{http_code} %{redirect_url}" \
    -F "files=@$files/$file" -F "ReportYear=2025" -F "__RequestVerificationToken=$(token "$work/page.html")" http://127.0.0.1:5092/Supervision/Upload)
  uploaded=$(date +%s.%N)
  if [[ $location == 302* ]]; then
    for _ in $(seq 900); do
      curl -s -b "$work/jar" "${location#302 }" > "$work/batch.html"
      grep -q "已全部处理" "$work/batch.html" && break
      sleep 1
    done
    status=$(grep -oP '已全部处理：\K[0-9]+ / [0-9]+' "$work/batch.html" || echo "not finished")
    skipped=$( (grep -o "<li>" "$work/batch.html" || true) | wc -l)
  else
    status="answered ${location%% *}"
    skipped=0
  fi
  done_at=$(date +%s.%N)
  printf '%-18s %6.1f MiB  upload %5.1f s, read %5.1f s  files read: %-8s skipped: %-3s idle %4s MB, peak RSS %s MB\n' "$file" \
    "$(echo "$(stat -c %s "$files/$file") / 1048576" | bc -l)" "$(echo "$uploaded - $start" | bc -l)" "$(echo "$done_at - $uploaded" | bc -l)" \
    "$status" "$skipped" "$idle" "$(awk '/VmHWM/ {print int($2/1024)}' /proc/$server/status)"
  kill $server; wait $server 2>/dev/null || true
done
echo "database after all uploads: $(du -m "$work/upload.db" | cut -f1) MB"
