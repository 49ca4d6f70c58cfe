#!/usr/bin/env bash
# Makes the AppCDS archive the service starts with (README, "Start-up and memory"): starts the packaged service once
# with -XX:ArchiveClassesAtExit, waits until it is ready, sends it one request of each kind it answers (analyses in both
# content types, a comparison, a refused body, the rule sets, metrics, the contract), then stops it with SIGTERM, at
# which the JVM writes every class it loaded into the archive. Quarkus' own archive (quarkus.package.jar.appcds) stops
# the JVM before the application starts, so it held only half the classes a start loads (3,944 of 7,416).
#
#   scripts/cds-train.sh APP_DIR ARCHIVE [JVM flags...]     # APP_DIR holds quarkus-run.jar; flags as the service's
#
# Used by scripts/serve.sh and by the Dockerfile's run stage. Needs only bash (no curl in the JRE image): HTTP over
# /dev/tcp on loopback. Bounded: gives up after 60 s. The archive is only ever an optimisation: -Xshare:auto, the
# default, starts without it should it not match the JVM.
set -euo pipefail
app="$1" archive="$2"
shift 2
port="${CDS_TRAIN_PORT:-}"
if [[ -z "$port" ]]; then
  for _ in $(seq 1 50); do
    candidate=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null; then port=$candidate; break; fi
  done
fi
[[ -n "$port" ]] || { echo "cds-train: no free port" >&2; exit 1; }

rm -f "$archive"
cd "$app"
java "$@" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
  -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
  -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" -jar quarkus-run.jar >/dev/null 2>&1 &
pid=$!
trap 'kill -9 "$pid" 2>/dev/null || true' EXIT

# One HTTP/1.1 exchange; prints the status code. $1 method, $2 path, $3 content type, $4 body (ASCII).
http() {
  local status
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf '%s %s HTTP/1.1\r\nHost: localhost\r\nContent-Type: %s\r\nContent-Length: %d\r\nConnection: close\r\n\r\n%s' \
    "$1" "$2" "$3" "${#4}" "$4" >&3
  read -r _ status _ <&3 || status=000
  cat <&3 >/dev/null || true
  exec 3<&-
  echo "$status"
}

ready=""
for _ in $(seq 1 600); do
  kill -0 "$pid" 2>/dev/null || { echo "cds-train: the service exited during start" >&2; exit 1; }
  if [[ "$(http GET /q/health/ready text/plain '' 2>/dev/null)" == 200 ]]; then ready=1; break; fi
  sleep 0.1
done
[[ -n "$ready" ]] || { echo "cds-train: not ready within 60 s" >&2; exit 1; }

text='Kremlin spokesman Dmitry Peskov said the talks were \"constructive.\" Officials familiar with the matter said a deal may be close, according to two people briefed on it. \"We have no such information,\" the ministry said. The ministry did not respond to requests for comment. Flight-tracking data showed the plane landed on Friday.'
plain="${text//\\\"/\"}"
statuses=()
for _ in 1 2 3; do
  statuses+=("$(http POST /v1/analyze application/json "{\"text\": \"$text\", \"language\": \"en\"}")")
  statuses+=("$(http POST /v1/analyze text/plain "$plain")")
done
statuses+=("$(http POST /v1/compare application/json "{\"before\": {\"text\": \"$text\"}, \"after\": {\"text\": \"Officials said the talks were constructive.\"}}")")
statuses+=("$(http POST /v1/analyze application/json '{"text": ')")      # 400 malformed JSON
statuses+=("$(http POST /v1/analyze application/json '{"text": " "}')")  # 400 blank text
statuses+=("$(http GET /v1/rulesets text/plain '')")
statuses+=("$(http GET /q/metrics text/plain '')")
statuses+=("$(http GET /q/openapi text/plain '')")
statuses+=("$(http GET /q/health/live text/plain '')")

kill -TERM "$pid"
wait "$pid" || true
trap - EXIT
[[ -s "$archive" ]] || { echo "cds-train: no archive written (answers: ${statuses[*]})" >&2; exit 1; }
echo "cds-train: $archive, $(( $(stat -c %s "$archive") / 1024 / 1024 )) MB (answers: ${statuses[*]})" >&2
