#!/bin/bash
# Runs every benchmark case back to back, peer first, on data written by shared/bench/peers.py into
# /tmp/lathe-bench (run "/usr/bin/python3 ../shared/bench/peers.py /tmp/lathe-bench" once first, and
# "mvn -B -ntp -q -pl lathe-bench -am package -DskipTests"). Prints one JSON line per measurement.
set -u
cd "$(dirname "$(readlink -f "$0")")/.."
J="java -Xmx8g -cp lathe-bench/target/benchmarks.jar"
echo "=== start $(date) load $(cut -d' ' -f1-3 /proc/loadavg)"
for r in 1 2; do
  echo "--- ols round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 lathe-bench/peers/ols_peer.py /tmp/lathe-bench | cut -c1-100
  $J dev.lathe.bench.OlsRun /tmp/lathe-bench 3 | cut -c1-120
done
for r in 1 2; do
  echo "--- ingest round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 ../shared/bench/peers.py /tmp/lathe-bench ingest
  $J dev.lathe.bench.IngestRun /tmp/lathe-bench 5
done
for r in 1 2; do
  echo "--- gbdt round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 ../shared/bench/peers.py /tmp/lathe-bench gbdt 2>&1 | grep case
  java -Xmx4g -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.GbdtRun /tmp/lathe-bench 3
done
for r in 1 2; do
  echo "--- rf round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 ../shared/bench/peers.py /tmp/lathe-bench rf 2>&1 | grep case
  java -Xmx4g -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.ForestRun /tmp/lathe-bench 2 255
done
for r in 1 2 3; do
  echo "--- predict round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 lathe-bench/peers/predict_peer.py /tmp/lathe-bench
  java -Xmx4g -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.PredictRun /tmp/lathe-bench
done
for r in 1 2; do
  echo "--- logreg round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 ../shared/bench/peers.py /tmp/lathe-bench logreg 2>&1 | grep case
  $J dev.lathe.bench.LogRegRun /tmp/lathe-bench 3 1e-6 /tmp/lathe-coef.txt
done
for r in 1 2; do
  echo "--- prep round $r $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
  /usr/bin/python3 lathe-bench/peers/prep_peer.py /tmp/lathe-bench 1
  java -Xmx12g -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.PrepRun /tmp/lathe-bench 3
done
echo "--- moonshot $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)"
java -Xmx4g -cp lathe-bench/target/benchmarks.jar dev.lathe.bench.MoonshotRun /tmp/lathe-bench | grep -E '"grid"|summary'
echo "=== end $(date)"
