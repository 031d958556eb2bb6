#!/usr/bin/env bash
# Runs every benchmark phase in a fresh process (memory figures then belong to that phase alone).
# Needs Debian's chromium and fonts-wqy-zenhei for the PDF phase (installed here if absent).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk)
fc-list | grep -qi "WenQuanYi Zen Hei" || apt-get install -y -qq fonts-wqy-zenhei
command -v tesseract >/dev/null || apt-get install -y -qq tesseract-ocr tesseract-ocr-chi-sim poppler-utils
dotnet build -c Release bench/Gongkai.Bench | grep -E "error|Build succeeded" | sort -u
bench=bench/Gongkai.Bench/bin/Release/net10.0/Gongkai.Bench.dll
dotnet "$bench" text
dotnet "$bench" pdf
dotnet "$bench" copies
dotnet "$bench" ocr
dotnet "$bench" fuzz "${FUZZ_INPUTS:-100000}"
folder=$(mktemp -d)
dotnet "$bench" make-folder "$folder" "${FOLDER_SIZE:-10000}"
dotnet "$bench" folder "$folder"
rm -rf "$folder"
dotnet "$bench" requests
