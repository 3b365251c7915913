#!/usr/bin/env bash
# The purchase through the gateway with N concurrent buyers: hold -> WELCOME10 -> checkout -> booking CONFIRMED.
# Confirmed bookings/s and checkout latency p50/p95/p99; writes the H2 (or, with --mysql, the MySQL) section of
# bench/reports/checkout.md.
#   bench/checkout.sh [--mysql] [--duration S] [--buyers N]
# Platform: as bench/holds.sh (the running one, or ./cinema start [--mysql] and stop at the end). The driver shares
# HoldsBenchmark's helpers, so both are compiled together (a few seconds) into target/bench.
# Run it alone on the machine: every server and the load driver share the CPU.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source bench/platform.sh

mkdir -p target/bench
javac -d target/bench bench/HoldsBenchmark.java bench/CheckoutBenchmark.java
java -cp target/bench CheckoutBenchmark --keys "${CINEMA_KEYS_DIR:-$root/var/keys}" --section "$bench_section" \
  --report bench/reports/checkout.md "${bench_args[@]+"${bench_args[@]}"}"
