#!/usr/bin/env bash
# The province at scale, run on demand: 5,000 agencies x 3 years of reports audited and consolidated by the CLI; the
# same reports collected into SQLite and into PostgreSQL by the background reader, with the dashboard and consolidated
# page timed; 10,000,000 requests on PostgreSQL with one agency's annual report; then the wrk load test (load.sh).
# PostgreSQL must be running as the README's test command starts it (GONGKAI_BENCH_POSTGRES overrides the server).
set -euo pipefail
cd "$(dirname "$0")/.."
server=${GONGKAI_BENCH_POSTGRES:-"Host=127.0.0.1;Port=5432;Username=gongkai;Password=gongkai"}
dotnet build -c Release bench/Gongkai.Bench | grep -E " error |Build succeeded" | sort -u
dotnet build -c Release src/Gongkai.Web | grep -E " error |Build succeeded" | sort -u
bench=bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll
folder=/tmp/gongkai-province
[ -d "$folder" ] || dotnet "$bench" province-folder "$folder"
dotnet "$bench" province-audit "$folder"
rm -f /tmp/gongkai-province.db*
dotnet "$bench" province-db "$folder" Sqlite "Data Source=/tmp/gongkai-province.db"
dotnet "$bench" province-db "$folder" Postgres "$server;Database=gongkai_bench_province"
dotnet "$bench" requests-pg "$server" "${REQUESTS:-10000000}"
bench/load.sh
