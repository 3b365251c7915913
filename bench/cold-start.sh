#!/usr/bin/env bash
# Measures the platform's cold start (./cinema start on empty H2 databases: migrations and demo data
# included) until every server answers /health/ready, then each server's resident memory. Two starts side by side:
# without the servers' class-data archives (CINEMA_CLASS_ARCHIVES=0) and with them (made first, and timed, where
# this runtime has none yet); the memory table is the second start's.
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

cpu_ticks() { awk '/^cpu /{print $2+$3+$4+$7+$8}' /proc/stat; }
# One cold start on empty databases; sets ready_s (to every /health/ready UP) and cpu_s (the whole machine's CPU
# seconds meanwhile). A start that makes the class-data archives first reports that part as archives_s.
archives_s=""
cold_start() {
  rm -rf "$data"; mkdir -p "$data"
  local start_ns ticks made_ns end_ticks
  ticks=$(cpu_ticks); start_ns=$(date +%s%N)
  # Without the demo sales a full start makes once every server is ready (ADR 0018): they are not part of the
  # start to ready, and the memory table compares servers that have only started.
  CINEMA_SKIP_BUILD=1 CINEMA_DEMO_SALES=0 CINEMA_DATA_DIR="$data" ./cinema start | while IFS= read -r line; do
    printf '%s\n' "$line"
    # The archives are made before the first server of the real start launches.
    case "$line" in "Starting (at most"*) echo "$(date +%s%N) $(cpu_ticks)" > /tmp/cinema-cold-start.started ;; esac
  done > /tmp/cinema-cold-start.log
  ready_s=$(awk "BEGIN{printf \"%.1f\", ($(date +%s%N) - $start_ns)/1e9}")
  end_ticks=$(cpu_ticks)
  cpu_s=$(( (end_ticks - ticks) / $(getconf CLK_TCK) ))
  if grep -q "Making the servers' class-data archives" /tmp/cinema-cold-start.log; then
    read -r made_ns ticks < /tmp/cinema-cold-start.started
    archives_s=$(awk "BEGIN{printf \"%.1f\", ($made_ns - $start_ns)/1e9}")
    ready_s=$(awk "BEGIN{printf \"%.1f\", $ready_s - $archives_s}")
    cpu_s=$(( (end_ticks - ticks) / $(getconf CLK_TCK) ))
  fi
}

load_before="$(uptime | sed 's/.*load average: //')"
CINEMA_CLASS_ARCHIVES=0 cold_start
without_ready=$ready_s without_cpu=$cpu_s
./cinema stop >/dev/null
sleep 5
cold_start
sleep "$settle"

report="bench/reports/cold-start.md"
{
  echo "# Cold start and memory"
  echo
  echo "- Measured: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
  echo "- Command: \`CINEMA_SKIP_BUILD=1 CINEMA_DEMO_SALES=0 ./cinema start\` on empty H2 databases (schema migrations and demo data included; the demo sales, made after every server is ready, left out)"
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
  echo "- All seven servers ready (every /health/ready UP), two cold starts one after the other:"
  echo "  - without class-data archives (\`CINEMA_CLASS_ARCHIVES=0\`): **$without_ready s**, $without_cpu CPU-s (whole machine)"
  echo "  - with them (\`./cinema start\`'s default): **$ready_s s**, $cpu_s CPU-s$( [ -z "$archives_s" ] || echo ", after $archives_s s making them (once per runtime)")"
  echo "- Resident memory ${settle} s after the second start was ready:"
  echo
  echo "| server | port | RSS (MiB) | classes loaded | of them from its class-data archive | CPU time to here (s) |"
  echo "| --- | --- | --- | --- | --- | --- |"
  total=0; total_classes=0; total_shared=0
  for entry in gateway:5000 user:3012 movie:3010 cinema:3008 booking:3007 payment:3011 coupon:3009; do
    name=${entry%%:*}; port=${entry##*:}
    pid=$(cat "target/liberty/wlp/usr/servers/.pid/$name.pid" 2>/dev/null || echo "")
    rss_kb=$( [ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo 0)
    total=$(( total + ${rss_kb:-0} ))
    # Classes loaded (the largest share of a server's start and of its memory) and CPU seconds used so far.
    # HotSpot counts the classes it mapped from a class-data archive apart from those it loaded from class files.
    counters=$( [ -n "$pid" ] && jcmd "$pid" PerfCounter.print 2>/dev/null || true)
    loaded=$(echo "$counters" | sed -n 's/^java.cls.loadedClasses=//p'); shared=$(echo "$counters" | sed -n 's/^java.cls.sharedLoadedClasses=//p')
    classes=$(( ${loaded:-0} + ${shared:-0} ))
    total_classes=$(( total_classes + classes )); total_shared=$(( total_shared + ${shared:-0} ))
    cpu=$( [ -n "$pid" ] && ps -o times= -p "$pid" | tr -d ' ' || echo "")
    echo "| $name | $port | $(( ${rss_kb:-0} / 1024 )) | $classes | ${shared:-0} | ${cpu} |"
  done
  echo "| **all seven** | | **$(( total / 1024 ))** | **$total_classes** | **$total_shared** | |"
} > "$report"
cat "$report"
