#!/usr/bin/env bash
# End-to-end tests of the browser extension and the demo page, in headless Chromium, against the
# packaged service. Installs what is missing (Chromium from Debian, playwright-core from npm),
# builds the jar when it is missing or older than its sources, runs the tests, exits non-zero on
# any failure. Usage: bash e2e/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
export CHROMIUM_PATH

if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "# installing chromium (Debian package)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  # apt-get update only when the package lists do not know chromium yet, or are too old to install it.
  if ! apt-cache show chromium >/dev/null 2>&1; then $SUDO apt-get update -qq; fi
  if ! $SUDO apt-get install -y -qq chromium >/dev/null; then
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq chromium >/dev/null
  fi
fi
"$CHROMIUM_PATH" --version || true

echo "# installing e2e dependencies (npm ci)"
(cd e2e && npm ci --no-audit --no-fund --prefer-offline --loglevel=error)

JAR=target/quarkus-app/quarkus-run.jar
# The demo page's shared/ is copied from extension/shared at build time, so those count as sources.
if [ ! -f "$JAR" ] || [ -n "$(find src pom.xml extension/shared -newer "$JAR" -type f -print -quit)" ]; then
  echo "# building the service jar"
  ./mvnw -B -q package -DskipTests
fi

echo "# running the e2e tests (screenshots in e2e/artifacts/)"
cd e2e
node --test --test-concurrency=1 --test-timeout=180000 tests/extension.test.js tests/demo.test.js tests/compare.test.js
