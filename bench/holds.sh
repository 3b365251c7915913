#!/usr/bin/env bash
# Seat holds under contention through the gateway: holds/s (won and lost) and seatMap latency percentiles.
# Writes the H2 (or, with --mysql, the MySQL) section of bench/reports/holds.md.
#   bench/holds.sh [--mysql] [--duration S] [--customers N] [--readers N]
# Uses the running platform if there is one (it must trust the key pair in CINEMA_KEYS_DIR, default var/keys);
# otherwise starts it with ./cinema start [--mysql] (MariaDB/MySQL at MYSQL_HOST:MYSQL_PORT, default
# 127.0.0.1:3306, root without password) and stops it again at the end.
# Run it alone on the machine: every server and the load driver share the CPU.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

mysql=false; section=H2; args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --mysql) mysql=true; section=MySQL ;;
    *) args+=("$1") ;;
  esac
  shift
done

started=false
if ./cinema status >/dev/null 2>&1 && curl -fsS -m 2 -o /dev/null http://127.0.0.1:5000/health/ready; then
  echo "Using the running platform (its database is whatever it was started with; this report section says $section)."
else
  if $mysql; then ./cinema start --mysql; else ./cinema start; fi
  started=true
fi
trap '$started && ./cinema stop >/dev/null 2>&1 || true' EXIT

java bench/HoldsBenchmark.java --keys "${CINEMA_KEYS_DIR:-$root/var/keys}" --section "$section" \
  --report bench/reports/holds.md "${args[@]+"${args[@]}"}"
