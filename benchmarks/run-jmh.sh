#!/usr/bin/env bash
# Builds the engine's JMH benchmarks and runs them, ending with a table of µs per article, µs per KiB at
# 5/50/200 KiB, MB/s on one core and the pathological inputs at 20k and 200k characters.
#
#   benchmarks/run-jmh.sh                       # short defaults, about 4 minutes on 2 cores
#   benchmarks/run-jmh.sh -f 3 -wi 5 -i 10      # any JMH options instead (forks, warm-up, iterations...)
#   benchmarks/run-jmh.sh SizeBenchmark         # one benchmark (JMH regex)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

./mvnw -B -q -f benchmarks/pom.xml package

# Short by default: the machine's 2 cores are shared with other builds. One fork, 1 s iterations.
if [[ $# -eq 0 ]]; then
  set -- -f 1 -wi 3 -i 5 -w 1s -r 1s
fi

log="benchmarks/target/jmh.log"
# Bounded: a quadratic engine on a 200k input must not keep this running forever.
timeout --kill-after=10s 45m java -Dsayswho.repo="$repo" -jar benchmarks/target/benchmarks.jar "$@" 2>&1 | tee "$log"
echo "Full JMH output: $log"
