#!/usr/bin/env bash
# Soak test: the README's production command (scripts/serve.sh) under wrk at c=16 for SOAK (10m) on loopback, resident
# memory sampled every 10 s. Passes when there are no errors and RSS after the first minute stays within 10 % of its
# lowest value. Needs wrk and curl; bounded in time; stops what it started.
#   benchmarks/soak.sh                    # PORT=8295 SOAK=10m
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${PORT:-8295}" SOAK="${SOAK:-10m}" C="${C:-16}"
article=src/test/resources/corpus/000_5c0aae8feac04f55.txt
work="$(mktemp -d)"
pid="" sampler=""
cleanup() {
  [[ -n "$sampler" ]] && kill "$sampler" 2>/dev/null || true
  if [[ -n "$pid" ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
scripts/serve.sh -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" >"$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { echo "not ready" >&2; tail "$work/service.log" >&2; exit 1; }
( start=$(date +%s); while kill -0 "$pid" 2>/dev/null; do
    echo "$(( $(date +%s) - start )) $(awk '$1 == "VmRSS:" {print $2}' /proc/$pid/status)"; sleep 10; done ) >"$work/rss" &
sampler=$!
out="$(timeout --kill-after=10s 15m wrk -t2 -c"$C" -d"$SOAK" --timeout 5s -s benchmarks/load/analyze.lua \
  "http://127.0.0.1:$PORT/v1/analyze" -- "$article")"
kill "$sampler"; sampler=""
grep '^RESULT ' <<<"$out"
grep '^FIRST_BAD ' <<<"$out" || true
echo "RSS MB every 10 s (seconds since ready, MB):"
awk '{printf "%s:%d ", $1, $2 / 1024} END {print ""}' "$work/rss"
read -r lo hi last < <(awk '$1 >= 60 {v = $2 / 1024; if (!lo || v < lo) lo = v; if (v > hi) hi = v; last = v}
  END {printf "%d %d %d\n", lo, hi, last}' "$work/rss")
spread=$(awk -v l="$lo" -v h="$hi" 'BEGIN {printf "%.1f", l ? 100 * (h - l) / l : 0}')
echo "after the first minute: RSS ${lo}-${hi} MB (spread ${spread} %, target within 10 %), last ${last} MB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
line="$(grep '^RESULT ' <<<"$out")"
declare -A r=(); for kv in ${line#RESULT }; do r[${kv%%=*}]=${kv#*=}; done
(( r[ok] == r[requests] && r[socket_errors] + r[timeouts] == 0 )) || { echo "FAIL: errors under soak" >&2; exit 1; }
awk -v s="$spread" 'BEGIN {exit !(s <= 10)}' || { echo "FAIL: RSS grew more than 10 %" >&2; exit 1; }
echo "soak passed"
