#!/usr/bin/env bash
# Load test with wrk against the app bound to 127.0.0.1, beside a bare ASP.NET Core endpoint in the same run:
# the public tracking page (the form, and a look-up posted with its antiforgery token) and a supervisor's dashboard.
# Each wrk run is bounded (DURATION seconds, default 10). Uses the province database of `province.sh` where it exists
# (its dashboard then has 5,000 agencies), else a new demo database. Needs Debian's wrk (installed here if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
duration=${DURATION:-10}
db=${LOAD_DB:-/tmp/gongkai-province.db}
[ -f "$db" ] || db=/tmp/gongkai-load.db
dotnet build -c Release bench/Gongkai.Bench | grep -E " error |Build succeeded" | sort -u
bench=bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll
web=src/Gongkai.Web/bin/Release/net10.0/Gongkai.Web.dll
[ -f "$web" ] || dotnet build -c Release src/Gongkai.Web | grep -E " error |Build succeeded" | sort -u
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

dotnet "$bench" bare http://127.0.0.1:5091 &
(cd src/Gongkai.Web && ASPNETCORE_ENVIRONMENT=Production dotnet "../../$web" --urls http://127.0.0.1:5090 --Gongkai:Demo=true \
  --ConnectionStrings:Gongkai="Data Source=$db" --Gongkai:PersonalDataKeyFile=/tmp/gongkai-bench-personal-data.key --Gongkai:Portal:PostsPerMinute=1000000000 --Logging:LogLevel:Default=Warning) &
for _ in $(seq 120); do curl -sf http://127.0.0.1:5090/healthz >/dev/null && curl -sf http://127.0.0.1:5091/ >/dev/null && break; sleep 1; done

# A supervisor's sign-in (the province bench's account where it exists, else the demo county's).
. bench/signin.sh
[ "$(sign_in http://127.0.0.1:5090 "$work/jar" supervisor@bench.gongkai Bench-Gongkai-2026)" = 302 ] \
  || sign_in http://127.0.0.1:5090 "$work/jar" supervisor@demo.gongkai Demo-Gongkai-2026 >/dev/null
auth=$(awk '$6 == "gongkai" {print "gongkai=" $7}' "$work/jar")

# The tracking form's token and cookie, and a request to look up.
curl -s -c "$work/track" http://127.0.0.1:5090/Public/Track > "$work/track.html"
token=$(token "$work/track.html")
anti=$(awk '$6 ~ /^\.AspNetCore\.Antiforgery/ {print $6 "=" $7}' "$work/track")
read -r code four < <(dotnet "$bench" tracking-code Sqlite "Data Source=$db")
cat > "$work/track.lua" <<LUA
wrk.method = "POST"
wrk.body = "Code=$code&LastFour=$four&__RequestVerificationToken=$token"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "$anti"
LUA
curl -s -o /dev/null -w "look-up answers %{http_code}\n" -X POST -H "Cookie: $anti" -H "Content-Type: application/x-www-form-urlencoded" \
  --data "Code=$code&LastFour=$four&__RequestVerificationToken=$token" http://127.0.0.1:5090/Public/Track
curl -s -o /dev/null -w "dashboard answers %{http_code}\n" -H "Cookie: $auth" "http://127.0.0.1:5090/Supervision?year=2025"

run() {
  echo "== $1"
  shift
  wrk -t2 -c16 -d"${duration}s" --latency "$@" | grep -E "Requests/sec|Latency|50%|99%|Non-2xx|Socket errors"
}
run "bare ASP.NET Core endpoint GET /" http://127.0.0.1:5091/
run "GET /Public/Track (the tracking form)" http://127.0.0.1:5090/Public/Track
run "POST /Public/Track (a look-up by code and last four digits)" -s "$work/track.lua" http://127.0.0.1:5090/Public/Track
run "GET /Supervision?year=2025 (the supervisor's dashboard)" -H "Cookie: $auth" "http://127.0.0.1:5090/Supervision?year=2025"
