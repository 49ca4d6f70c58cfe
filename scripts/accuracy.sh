#!/usr/bin/env bash
# One command for the accuracy figures: builds the service, runs it on a free loopback port and scores it with the
# shared evaluation scripts on every set at once (the spec articles, dev, dev2, PolNeAR dev and train), through the
# real HTTP API, so what is measured is what clients get. Prints one table with the previous run beside it.
# SHARED overrides where the shared folder is (default: ../shared beside the clone); NOBUILD=1 skips the build.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHARED="${SHARED:-$ROOT/../shared}"
[[ -d "$SHARED" ]] || { echo "accuracy.sh: no shared folder at $SHARED (set SHARED)" >&2; exit 2; }
SHARED="$(cd "$SHARED" && pwd)"
for f in "$SHARED/eval/score.py" "$SHARED/eval/polnear.py" "$SHARED/dev/gold"; do
  [[ -e "$f" ]] || { echo "accuracy.sh: $f is missing (set SHARED to the shared folder)" >&2; exit 2; }
done

cd "$ROOT"
echo "== build"
if [[ -z "${NOBUILD:-}" ]]; then
  ./mvnw -B -q package -DskipTests
fi

# a port the kernel says is free now; the service binds it a moment later (a race we accept for a local tool)
PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
LOG="$(mktemp -t sayswho-accuracy.XXXXXX.log)"

java -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar >"$LOG" 2>&1 &
PID=$!
stop() {
  # only the service this script started
  if kill -0 "$PID" 2>/dev/null; then
    kill "$PID" 2>/dev/null || true
    wait "$PID" 2>/dev/null || true
  fi
  rm -f "$LOG"
}
trap stop EXIT

echo "== start on $BASE"
for _ in $(seq 1 120); do
  if curl -fsS "$BASE/q/health/ready" >/dev/null 2>&1; then
    break
  fi
  if ! kill -0 "$PID" 2>/dev/null; then
    echo "accuracy.sh: the service exited; its log:" >&2
    cat "$LOG" >&2
    exit 1
  fi
  sleep 0.5
done
curl -fsS "$BASE/q/health/ready" >/dev/null || { echo "accuracy.sh: not ready after 60 s; log:" >&2; cat "$LOG" >&2; exit 1; }

URL="$BASE/v1/analyze"
echo
# every set at once, one table, the previous run beside it (scripts/measure.py); extra arguments go to it (--sets)
python3 "$ROOT/scripts/measure.py" --url "$URL" --shared "$SHARED" "$@"
