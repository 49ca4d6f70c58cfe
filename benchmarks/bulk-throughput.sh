#!/usr/bin/env bash
# Throughput of bulk scoring on PolNeAR train (README, "Score archives", issue 13), interleaved rounds of:
#   jmh    PolnearTrainBenchmark: the engine on one thread, all 840 train texts per call (articles/s)
#   cli    sayswho analyze --threads 2 over train/text given REPEAT times (840 x REPEAT articles, JSON Lines out)
#   spark  ScoreArticlesJob in local[2] over the same texts as JSON Lines, writing its three Parquet tables
# The CLI and the job report their own rate from the first article read to the last answer written (JVM start,
# Spark session start and engine load excluded); the wall time of each whole command is printed beside it.
# Repeating the 840 texts lets JIT warm-up and per-stage costs amortise as they would on a real archive.
#   ROUNDS=3 REPEAT=20 benchmarks/bulk-throughput.sh      (after ./mvnw -B verify, or with BUILD=1)
# CLI_BASELINE=some/sayswho-cli.jar adds, each round, the same CLI run on that jar (an earlier build, to compare a
# change interleaved, on the same load); SPARK=0 leaves the Spark job out.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"
rounds="${ROUNDS:-3}"
repeat="${REPEAT:-20}"
train=../shared/polnear/train/text
work=bulk/spark/target/throughput
mkdir -p "$work"
[[ -d "$train" ]] || { echo "bulk-throughput: $train not found" >&2; exit 1; }
if [[ "${BUILD:-}" == 1 ]]; then ./mvnw -B -q verify -DskipTests; fi
[[ -f benchmarks/target/benchmarks.jar ]] || ./mvnw -B -q -f benchmarks/pom.xml package
bulk_mvn=(./mvnw -B -q -f bulk/pom.xml -Dmaven.repo.local="$repo/target/local-repo"
  -Dmaven.repo.local.tail="${MAVEN_LOCAL_REPO:-$HOME/.m2/repository}")
"${bulk_mvn[@]}" -pl spark dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$repo/$work/spark-classpath.txt"
spark_jvm=$(sed -n '/<spark.jvm.options>/,/<\/spark.jvm.options>/p' bulk/spark/pom.xml | sed 's/<[^>]*>//g' | tr '\n' ' ')

input="$work/train-x$repeat.jsonl"
if [[ ! -f "$input" ]]; then
  python3 - "$train" "$repeat" > "$input" <<'PY'
import json, os, sys
folder, repeat = sys.argv[1], int(sys.argv[2])
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
for r in range(repeat):
    for n in names:
        with open(os.path.join(folder, n), encoding="utf-8") as f:
            print(json.dumps({"id": f"{r}/{n[:-4]}", "text": f.read()}))
PY
fi
folders=()
for ((i = 0; i < repeat; i++)); do folders+=("$train"); done

for ((round = 1; round <= rounds; round++)); do
  echo "== round $round (load: $(cut -d' ' -f1-3 /proc/loadavg))"
  java -jar benchmarks/target/benchmarks.jar PolnearTrainBenchmark -f 1 -wi 5 -w 2s -i 5 -r 2s 2>&1 \
    | grep 'articles/s on one thread' | sed 's/^/jmh   /'
  start=$(date +%s.%N)
  java -jar bulk/cli/target/sayswho-cli.jar analyze --threads 2 --no-progress "${folders[@]}" 2>&1 >/dev/null \
    | grep ' analysed' | sed 's/^/cli   /'
  echo "cli   wall $(echo "$(date +%s.%N) - $start" | bc) s"
  if [[ -n "${CLI_BASELINE:-}" ]]; then
    start=$(date +%s.%N)
    java -jar "$CLI_BASELINE" analyze --threads 2 --no-progress "${folders[@]}" 2>&1 >/dev/null \
      | grep ' analysed' | sed 's/^/base  /'
    echo "base  wall $(echo "$(date +%s.%N) - $start" | bc) s"
  fi
  [[ "${SPARK:-1}" == 0 ]] && continue
  start=$(date +%s.%N)
  # shellcheck disable=SC2086
  java $spark_jvm -Dspark.master='local[2]' -Dspark.ui.enabled=false -Dspark.sql.shuffle.partitions=4 \
    -cp "bulk/spark/target/sayswho-spark.jar:$(cat "$work/spark-classpath.txt")" \
    io.sayswho.bulk.spark.ScoreArticlesJob --input "$input" --output "$work/out" 2>/dev/null | sed 's/^/spark /'
  echo "spark wall $(echo "$(date +%s.%N) - $start" | bc) s"
done
