#!/usr/bin/env bash
# Seat holds under contention through the gateway: holds/s (won and lost) and seatMap latency percentiles.
# Writes the H2 (or, with --mysql, the MySQL) section of bench/reports/holds.md.
#   bench/holds.sh [--mysql] [--duration S] [--warmup S] [--customers N] [--readers N]
# Uses the running platform if there is one (it must trust the key pair in CINEMA_KEYS_DIR, default var/keys);
# otherwise starts it with ./cinema start [--mysql] (MariaDB/MySQL at MYSQL_HOST:MYSQL_PORT, default
# 127.0.0.1:3306, root without password) and stops it again at the end.
# Run it alone on the machine: every server and the load driver share the CPU.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
source bench/platform.sh

java bench/HoldsBenchmark.java --keys "${CINEMA_KEYS_DIR:-$root/var/keys}" --section "$bench_section" \
  --report bench/reports/holds.md "${bench_args[@]+"${bench_args[@]}"}"
