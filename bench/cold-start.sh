#!/usr/bin/env bash
# Measures the platform's cold start (./cinema start on empty H2 databases: migrations and demo data
# included) until every server answers /health/ready, then each server's resident memory.
# Writes bench/reports/cold-start.md. The platform must be built and stopped.
#   bench/cold-start.sh [--settle SECONDS]   (default: read memory 20 s after all are ready)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
settle=20
[ "${1:-}" = "--settle" ] && settle="$2"

if ./cinema status >/dev/null 2>&1; then
  echo "The platform is running; stop it first (./cinema stop)." >&2
  exit 1
fi

data="$(mktemp -d)"
trap 'CINEMA_DATA_DIR="$data" ./cinema stop >/dev/null 2>&1 || true; rm -rf "$data"' EXIT

load_before="$(uptime | sed 's/.*load average: //')"
start_ns=$(date +%s%N)
CINEMA_SKIP_BUILD=1 CINEMA_DATA_DIR="$data" ./cinema start > /tmp/cinema-cold-start.log
ready_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
sleep "$settle"

report="bench/reports/cold-start.md"
{
  echo "# Cold start and memory"
  echo
  echo "- Measured: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
  echo "- Command: \`CINEMA_SKIP_BUILD=1 ./cinema start\` on empty H2 databases (schema migrations and demo data included)"
  echo "- Load average before (1, 5, 15 min; other work on the machine shows here): $load_before"
  echo "- JVM flags beyond usr/shared/jvm.options (JVM_ARGS): ${JVM_ARGS:-none}"
  # A server's own jvm.options (src/main/liberty/config), read after the shared one.
  own=""
  for server in gateway user movie cinema booking payment coupon; do
    options="target/liberty/wlp/usr/servers/$server/jvm.options"
    [ -f "$options" ] || continue
    own+="${own:+; }$server: $(grep -v '^#' "$options" | tr '\n' ' ' | sed 's/ *$//')"
  done
  echo "- Servers' own jvm.options: ${own:-none}"
  # As ./cinema start reported it (CINEMA_START_CONCURRENCY, default one per core): no second copy of that default.
  echo "- Servers starting at once: $(sed -n 's/^Starting (at most \([0-9]*\) at a time).*/\1/p' /tmp/cinema-cold-start.log)"
  echo "- All seven servers ready (every /health/ready UP): **$(awk "BEGIN{printf \"%.1f\", $ready_ms/1000}") s**"
  echo "- Resident memory ${settle} s after ready:"
  echo
  echo "| server | port | RSS (MiB) | classes loaded | CPU time to here (s) |"
  echo "| --- | --- | --- | --- | --- |"
  total=0; total_classes=0
  for entry in gateway:5000 user:3012 movie:3010 cinema:3008 booking:3007 payment:3011 coupon:3009; do
    name=${entry%%:*}; port=${entry##*:}
    pid=$(cat "target/liberty/wlp/usr/servers/.pid/$name.pid" 2>/dev/null || echo "")
    rss_kb=$( [ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo 0)
    total=$(( total + ${rss_kb:-0} ))
    # Classes loaded (the largest share of a server's start and of its memory) and CPU seconds used so far.
    classes=$( [ -n "$pid" ] && jcmd "$pid" PerfCounter.print 2>/dev/null | sed -n 's/^java.cls.loadedClasses=//p' || echo 0)
    total_classes=$(( total_classes + ${classes:-0} ))
    cpu=$( [ -n "$pid" ] && ps -o times= -p "$pid" | tr -d ' ' || echo "")
    echo "| $name | $port | $(( ${rss_kb:-0} / 1024 )) | ${classes:-0} | ${cpu} |"
  done
  echo "| **all seven** | | **$(( total / 1024 ))** | **$total_classes** | |"
} > "$report"
cat "$report"
