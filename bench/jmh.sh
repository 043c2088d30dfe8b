#!/usr/bin/env bash
# JMH micro-benchmarks of single build stages (src/test/java/dev/scholia/bench/StageBenchmarks.java).
# Usage: bench/jmh.sh [REGEX] [JMH OPTIONS...]   e.g. bench/jmh.sh renderEssay -wi 5 -i 10
# The benchmarks' annotations set short defaults (one fork, 5 warm-up and 5 measured iterations of 1-3 s); options given
# here override them (bench/jmh.sh . -h lists JMH's options). Set BENCH_MVN_FLAGS=-o to build offline.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q ${BENCH_MVN_FLAGS:-} test-compile
mvn -B -q ${BENCH_MVN_FLAGS:-} dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
regex="${1:-StageBenchmarks}"
shift || true
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@" "$regex"
