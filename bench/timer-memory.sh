#!/usr/bin/env bash
# What MicroProfile Metrics' timer quantiles cost in heap (issue #16), side by side in one run: two copies of the
# built gateway on spare ports (3961/3962, management 4061/4062; never the platform's), with no downstream service
# (each URL points at a closed port, so every call fails fast and still makes its timers), get the same requests;
# then each one's quantile series on /metrics, its timers, the long[] of its live heap (HdrHistogram arrays) and
# its resident memory. The first copy runs with the six quantiles every timer had by default, the second with the
# shipped settings (server-configs server.env, MP_METRICS_DISTRIBUTION_PERCENTILES). Writes bench/reports/timer-memory.md.
#   bench/timer-memory.sh      (the platform must be built: target/liberty/wlp/usr/servers/gateway)
# Needs no platform and no lock on its ports; it does share the CPU with whatever else runs.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
wlp="$root/target/liberty/wlp"
[ -f "$wlp/usr/servers/gateway/server.xml" ] || { echo "Build first (mvn -DskipTests install)." >&2; exit 1; }
work="$(mktemp -d)"
keys="$work/keys"; mkdir -p "$keys"
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem" 2>/dev/null
copies=(bench-timers-default bench-timers-shipped)
cleanup() {
  for name in "${copies[@]}"; do
    "$wlp/bin/server" stop "$name" >/dev/null 2>&1 || true
    rm -rf "${wlp:?}/usr/servers/$name"
  done
  rm -rf "$work"
}
trap cleanup EXIT

# copy NAME PORT [percentiles]: a gateway server of its own, started in the background
copy() {
  local dir="$wlp/usr/servers/$1"
  rm -rf "$dir"; mkdir -p "$dir/apps"
  cp "$wlp/usr/servers/gateway/apps/"*.war "$dir/apps/"
  cp "$wlp/usr/servers/gateway/server.xml" "$dir/server.xml"
  {
    echo "HTTP_PORT=$2"; echo "HTTPS_PORT=-1"; echo "MANAGEMENT_PORT=$(( $2 + 100 ))"
    echo "MP_JWT_VERIFY_PUBLICKEY_LOCATION=$keys/public.pem"; echo "keystore_password=bench-timer-memory"
    echo "CINEMA_RATE_LIMIT_ANONYMOUS_PER_MINUTE=10000000"
    for service in USER MOVIE CINEMA BOOKING PAYMENT COUPON; do echo "CINEMA_SERVICES_${service}_URL=http://127.0.0.1:9"; done
    [ -n "${3:-}" ] && echo "MP_METRICS_DISTRIBUTION_PERCENTILES=$3"
  } > "$dir/server.env"
  "$wlp/bin/server" start "$1" >/dev/null
}
ask() { curl -s -m 20 -o /dev/null -H 'Content-Type: application/json' -d "$(jq -cn --arg q "$2" '{query:$q}')" "http://127.0.0.1:$1/graphql" || true; }
traffic() {
  local port=$1
  for i in $(seq 1 400); do curl -fs -m 2 -o /dev/null "http://127.0.0.1:$port/" && break; sleep 1; done
  for round in 1 2 3; do
    for q in '{ movies(page:0,size:10){ items{ id } } }' '{ genres }' '{ cinemas { id } }' '{ showtimes { id } }' \
             '{ seatMap(showtimeId:"1"){ showtimeId } }' '{ movie(id:"1"){ id } }' '{ cinema(id:"1"){ id } }' \
             '{ showtime(id:"1"){ id } }' '{ reviews(movieId:"1"){ total } }' '{ __typename }'; do
      ask "$port" "$q"
    done
    curl -s -m 5 -o /dev/null "http://127.0.0.1:$port/" || true
    curl -s -m 5 -o /dev/null "http://127.0.0.1:$port/health/ready" || true
    curl -s -m 2 -o /dev/null "http://127.0.0.1:$port/api/showtimes/1/seat-events" || true
  done
  sleep 5
}
# row NAME PORT: one line of the report's table
row() {
  local pid metrics; pid=$(cat "$wlp/usr/servers/.pid/$1.pid")
  metrics=$(curl -s -m 10 "http://127.0.0.1:$(( $2 + 100 ))/metrics")
  printf '| %s | %s | %s | %s | %s |\n' "$1" "$(grep -c '^# TYPE .*_seconds summary' <<<"$metrics" || true)" \
    "$(grep -c 'quantile=' <<<"$metrics" || true)" \
    "$(jcmd "$pid" GC.class_histogram | awk '$4 == "[J" { printf "%d arrays, %.1f MiB", $2, $3 / 1048576 }')" \
    "$(( $(ps -o rss= -p "$pid") / 1024 ))"
}

load_before="$(uptime | sed 's/.*load average: //')"
copy bench-timers-default 3961 '*=0.5,0.75,0.95,0.98,0.99,0.999'
copy bench-timers-shipped 3962
traffic 3961 & traffic 3962 & wait
report=bench/reports/timer-memory.md
{
  echo "# Timer quantiles: heap cost"
  echo
  echo "Written by \`bench/timer-memory.sh\`: two copies of the gateway side by side, without downstream services, the"
  echo "same requests (10 GraphQL queries, the front page, readiness and a seat-event stream, three times), then each"
  echo "one's timers and quantile series on /metrics, the long[] of its live heap (after a full GC) and its RSS."
  echo
  echo "- Measured: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(java -version 2>&1 | head -1); load average before (1, 5, 15 min): $load_before"
  echo "- \`bench-timers-default\`: MP_METRICS_DISTRIBUTION_PERCENTILES=\`*=0.5,0.75,0.95,0.98,0.99,0.999\` (MicroProfile Metrics' default for every timer); \`bench-timers-shipped\`: the committed usr/shared/server.env (only payment_charge_duration and seat_event_lag keep quantiles)"
  echo
  echo "| copy | timers | quantile series | long[] in the live heap | RSS (MiB) |"
  echo "| --- | --- | --- | --- | --- |"
  row bench-timers-default 3961
  row bench-timers-shipped 3962
} > "$report"
cat "$report"
