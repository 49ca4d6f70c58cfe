#!/usr/bin/env bash
# Every test, in one command (README, "Run the tests"; CI runs exactly this): the Java suites and the integration
# tests of the packaged jar (./mvnw verify: unit, rule, corpus, REST, contract, metrics, log privacy, fuzz
# regression, Kubernetes manifests, graceful shutdown), then the browser tests of the extension and the demo page
# in headless Chromium (e2e/run.sh, which installs Debian's Chromium and the npm packages when they are missing).
# Extra arguments go to Maven, e.g. scripts/test-all.sh -Dquarkus.http.test-port=8094
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
chmod +x ./mvnw

started=$(date +%s)
echo "+ ./mvnw -B verify $*"
./mvnw -B verify "$@"
echo "+ bash e2e/run.sh"
bash e2e/run.sh
echo "test-all: every test passed in $(( $(date +%s) - started )) s"
