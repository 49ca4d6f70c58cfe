#!/usr/bin/env bash
# The production command: builds the jar when it is missing or older than its sources, then runs it in the
# foreground with the measured JVM flags (README, "Run the service"; figures in benchmarks/README.md).
#
#   scripts/serve.sh                                  # http://0.0.0.0:8080
#   scripts/serve.sh -Dquarkus.http.port=9000         # any -D setting or JVM flag, after the defaults
#   SAYSWHO_JAVA_OPTS="-Xmx512m ..." scripts/serve.sh # other JVM flags instead of the measured ones
#
# exec: the JVM is this process, so SIGTERM from a supervisor reaches Quarkus (graceful shutdown).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Keep in step with the Dockerfile's ENTRYPOINT (DockerfileTest checks they are the same flags). Why these:
# SerialGC and a 160 MB heap cap hold the JVM under 200 MB resident at c=256 with the best req/s of what was tried;
# smaller thread stacks and code cache trim what the JIT and threads reserve; ExitOnOutOfMemoryError lets a
# supervisor restart a clean JVM instead of one that limps.
DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -Xms64m -Xmx160m -XX:MaxMetaspaceSize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+ExitOnOutOfMemoryError"
JAVA_OPTS="${SAYSWHO_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"

jar=target/quarkus-app/quarkus-run.jar
if [[ ! -f "$jar" ]] || [[ -n "$(find src/main pom.xml openapi.yaml extension/shared -newer "$jar" -type f -print -quit)" ]]; then
  echo "serve: building $jar" >&2
  ./mvnw -B -q package -DskipTests >&2
fi

cd target/quarkus-app
# AppCDS (README, "Start-up and memory"): every class a start and the first requests load, made by one training run of
# this jar with these flags and this java (scripts/cds-train.sh), again whenever any of them changed. It takes the
# main thread's start-up CPU from ~2.3 s to ~1.6 s; -Xshare:auto, the default, starts without it rather than fail
# should it not match. SAYSWHO_NO_CDS=1 starts without it.
cds=()
if [[ -z "${SAYSWHO_NO_CDS:-}" ]]; then
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
  stamp="$(stat -L -c '%n %s %Y' "$(command -v java)" quarkus-run.jar lib/main/* app/* quarkus/* | md5sum) $JAVA_OPTS"
  if [[ ! -s app-cds.jsa || "$(cat app-cds.jsa.stamp 2>/dev/null)" != "$stamp" ]]; then
    echo "serve: making the AppCDS archive (one training start, ~10 s)" >&2
    # shellcheck disable=SC2086
    if ../../scripts/cds-train.sh . app-cds.jsa $JAVA_OPTS; then echo "$stamp" >app-cds.jsa.stamp; else rm -f app-cds.jsa app-cds.jsa.stamp; fi
  fi
  [[ -s app-cds.jsa ]] && cds=(-XX:SharedArchiveFile=app-cds.jsa)
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of flags
exec java $JAVA_OPTS "${cds[@]}" -Djava.util.logging.manager=org.jboss.logmanager.LogManager "$@" -jar quarkus-run.jar
