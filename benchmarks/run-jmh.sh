#!/usr/bin/env bash
# Builds the engine's JMH benchmarks and runs them, ending with a table of µs per article, µs per KiB at
# 5/50/200 KiB, MB/s on one core and the pathological inputs at 20k and 200k characters.
#
#   benchmarks/run-jmh.sh                       # short defaults, about 7 minutes on 2 cores
#   benchmarks/run-jmh.sh -f 3 -wi 5 -i 10      # any JMH options instead (forks, warm-up, iterations...)
#   benchmarks/run-jmh.sh SizeBenchmark         # one benchmark (JMH regex)
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

./mvnw -B -q -f benchmarks/pom.xml package

# Short by default: the machine's 2 cores are shared with other builds. One fork, but 10 s of warm-up:
# with 3 s the engine was still half in C1/interpreter on a busy machine (a 5 KB article measured 2.1 ms
# against 0.29 ms once C2 had compiled the tokenizer and phrase matcher).
# Applied unless an option is given, so a bare benchmark regex still gets them (not JMH's 5 x 5 x 10 s).
if [[ " $* " != *" -"* ]]; then
  set -- -f 1 -wi 5 -w 2s -i 5 -r 1s "$@"
fi

log="benchmarks/target/jmh.log"
# Bounded: a quadratic engine on a 200k input must not keep this running forever. In the background with
# a trap, so an interrupted run does not leave JMH and its forked VM behind.
timeout --kill-after=10s 45m java -Dsayswho.repo="$repo" -jar benchmarks/target/benchmarks.jar "$@" > >(tee "$log") 2>&1 &
jmh_pid=$!
trap 'kill "$jmh_pid" 2>/dev/null || true' EXIT INT TERM
wait "$jmh_pid"
echo "Full JMH output: $log"
