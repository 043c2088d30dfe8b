/**
 * Issue #7's benchmark harness (run by {@code bench/run.sh}, described in
 * {@code docs/performance.md}): a deterministic generator of archives of any size, their layout as
 * a scholia root and as a Hugo site, the runner that times both with hyperfine, and JMH
 * micro-benchmarks of single stages ({@code bench/jmh.sh}). It lives with
 * the tests so that {@code mvn verify} keeps it compiling and its corpora valid.
 */
package dev.scholia.bench;
