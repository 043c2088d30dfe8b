#!/usr/bin/env bash
# Issue #7's benchmark in one command: builds the jar, then times `scholia build` on the seed and
# on generated corpora (and Hugo on the same essays, and `split`, when available).
# Usage: bench/run.sh [SIZES] [RUNS]      e.g. bench/run.sh 1000,4000 3
# Needs: hyperfine and GNU time (apt-get install -y hyperfine time); hugo optional (apt-get install -y hugo).
# Output: a Markdown table on stdout and in target/bench/results.md; corpora are cached in target/bench/.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in hyperfine /usr/bin/time; do
  command -v "$tool" >/dev/null || { echo "bench/run.sh needs $tool: apt-get install -y hyperfine time" >&2; exit 2; }
done
mvn -B -q ${BENCH_MVN_FLAGS:-} package -DskipTests
mvn -B -q ${BENCH_MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
exec java -Dbench.sizes="${1:-1000,4000,16000}" -Dbench.runs="${2:-5}" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.scholia.bench.RunBenchmarks
