#!/usr/bin/env bash
# Analyst benchmark (issue 15, docs/benchmarks.md): issue a personal token as the CDC officer with
# POST /api/platform/tokens, then run farringtonFlexible in R and through the detector API, side by side.
# Needs a running platform (demo profile) and Rscript with surveillance, jsonlite and curl.
#   src/test/resources/platform/analyst-benchmark/run-benchmark.sh http://localhost:8201 [reps]
set -euo pipefail
url="${1:-http://localhost:8080}"
reps="${2:-3}"
here="$(cd "$(dirname "$0")" && pwd)"
token=$(curl -sf -u cdc:Demo@2026 -H 'Content-Type: application/json' \
  -d '{"name":"R 分析脚本基准","days":1}' "$url/api/platform/tokens" \
  | sed -E 's/.*"token":"([^"]+)".*/\1/')
echo "personal token issued: ${token:0:8}…"
RHP_URL="$url" RHP_TOKEN="$token" Rscript "$here/detector-api-vs-r.R" "$reps"
