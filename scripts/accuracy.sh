#!/usr/bin/env bash
# One command for the accuracy figures: builds the service, runs it on a free loopback port and scores it with the
# shared evaluation scripts (the two gold articles, the dev set, PolNeAR), through the real HTTP API, so what is
# measured is what clients get. SHARED overrides where the shared folder is (default: ../shared beside the clone).
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
./mvnw -B -q package -DskipTests

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
  rm -f "$LOG" "$LOG.gold" "$LOG.dev" "$LOG.polnear"
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
# score.py exits 1 below its --min-f1 (0 by default) and polnear.py on errors: let a failure stop the script
summary() { grep -E "$1" || true; }

echo
echo "== gold articles (score.py, $SHARED/gold)"
python3 "$SHARED/eval/score.py" --url "$URL" >"$LOG.gold"
summary '^[0-9a-z_]+\.json$|claims right|^attributed claims|^score:' <"$LOG.gold"

echo
echo "== dev set (score.py, $SHARED/dev/gold)"
python3 "$SHARED/eval/score.py" --url "$URL" "$SHARED/dev/gold" >"$LOG.dev"
summary '^[0-9a-z_]+\.json$|claims right|^attributed claims|^score:' <"$LOG.dev"

echo
echo "== PolNeAR dev (polnear.py)"
python3 "$SHARED/eval/polnear.py" --url "$URL" >"$LOG.polnear"
summary '^[0-9]+ texts|^role|^Source|^Cue|^Content|^score:' <"$LOG.polnear"
