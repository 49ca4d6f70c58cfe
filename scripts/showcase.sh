#!/usr/bin/env bash
# Regenerates the README's showcase: the Spark job (local[2]) over PolNeAR's 924 train and dev texts joined with
# metadata.tsv, aggregated by publisher, written to docs/showcase/polnear-publishers.md (table) and .png (chart).
#   scripts/showcase.sh              # builds first (./mvnw -B verify -DskipTests), then runs; ~2 min
#   SKIP_BUILD=1 scripts/showcase.sh # reuse the last build
# Needs ../shared/polnear beside the checkout (read where it lies, never copied).
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
if [[ ! -f ../shared/polnear/metadata.tsv ]]; then
  echo "showcase: ../shared/polnear/metadata.tsv not found beside $repo" >&2
  exit 1
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -q verify -DskipTests
fi
# The bulk build resolves from the isolated repository the root build installed into (bulk/pom.xml says why).
./mvnw -B -q -f bulk/pom.xml -pl spark -Dmaven.repo.local="$repo/target/local-repo" \
  -Dmaven.repo.local.tail="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}" exec:exec
