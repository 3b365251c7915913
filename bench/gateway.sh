#!/usr/bin/env bash
# What the gateway hop costs: each query measured directly at the service that owns the data and through the
# gateway, side by side in one run (wrk, the GraphQL body posted by bench/lua/graphql-post.lua), then every
# server's resident memory after the load. Writes bench/reports/gateway.md.
#   bench/gateway.sh [--duration S] [--warmup S] [--connections N]
# Uses the running platform if there is one (start it with CINEMA_FULL_JIT=1 for representative numbers);
# otherwise starts it with CINEMA_FULL_JIT=1 ./cinema start and stops it at the end.
# Run it alone on the machine: every server and wrk share the CPU, so only the ratios mean much.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

duration=20; warmup=45; connections=16
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) duration="$2"; shift ;;
    --warmup) warmup="$2"; shift ;;
    --connections) connections="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { echo "wrk is needed (Debian: apt-get install wrk)" >&2; exit 1; }
command -v jq >/dev/null || { echo "jq is needed (Debian: apt-get install jq)" >&2; exit 1; }

# shellcheck source=capacity-env.sh
. "$root/bench/capacity-env.sh"
started=false
if curl -fsS -m 2 -o /dev/null http://127.0.0.1:5001/health/ready; then
  echo "Using the running platform."
else
  CINEMA_FULL_JIT=1 ./cinema start
  started=true
fi
load_before="$(uptime | sed 's/.*load average: //')"
work="$(mktemp -d)"
trap 'rm -rf "$work"; $started && ./cinema stop >/dev/null 2>&1 || true' EXIT

# POST a GraphQL document to a port; print the answer.
ask() { curl -fsS -m 10 -H 'Content-Type: application/json' -d "$(jq -cn --arg q "$2" '{query:$q}')" "http://127.0.0.1:$1/graphql"; }

# Demo data to ask about: a movie, a cinema's coordinates, and the showtime with the most seats.
movie_id=$(ask 5000 '{ movies(page:0,size:1){ items{ id } } }' | jq -r '.data.movies.items[0].id')
read -r lat lon < <(ask 5000 '{ cinemas { latitude longitude } }' | jq -r '.data.cinemas[0] | "\(.latitude) \(.longitude)"')
showtime_id=$(ask 5000 '{ showtimes { id availableSeats } }' | jq -r '.data.showtimes | max_by(.availableSeats) | .id')
seats=$(ask 5000 "{ seatMap(showtimeId:\"$showtime_id\"){ seats{ seatId } } }" | jq '.data.seatMap.seats | length')

seat_fields='seatId label row number x y type status priceCents'
# name | owning service's port | query there | query through the gateway
queries=(
  "movies page|3010|{ movies(page:0,size:10){ items{ id title genres durationMinutes } total } }|{ movies(page:0,size:10){ items{ id title genres durationMinutes } total } }"
  "movie detail with showtimes|3010|{ movie(id:\"$movie_id\"){ id title synopsis durationMinutes } }|{ movie(id:\"$movie_id\"){ id title synopsis durationMinutes showtimes{ id startsAt cinemaId availableSeats } } }"
  "cinemas near a point|3008|{ cinemas(near:{latitude:$lat,longitude:$lon}, radiusKm:50){ id name city distanceKm } }|{ cinemas(near:{latitude:$lat,longitude:$lon}, radiusKm:50){ id name city distanceKm } }"
  "seatMap ($seats seats)|3007|{ seatMap(showtimeId:\"$showtime_id\"){ showtimeId rows columns seats{ $seat_fields } } }|{ seatMap(showtimeId:\"$showtime_id\"){ showtimeId rows columns seats{ $seat_fields } } }"
)

# run PORT QUERY SECONDS -> "rps p50 p99 errors"
run() {
  jq -cn --arg q "$2" '{query:$q}' > "$work/body.json"
  GRAPHQL_BODY_FILE="$work/body.json" wrk -t2 -c"$connections" -d"${3}s" --latency -s bench/lua/graphql-post.lua \
    "http://127.0.0.1:$1/graphql" | awk '/^RESULT/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      print v["rps"], v["p50_ms"], v["p99_ms"], v["errors"] }'
}

rows=()
for entry in "${queries[@]}"; do
  IFS='|' read -r name port direct gateway <<<"$entry"
  for target in "$port|$direct" "5000|$gateway"; do
    answer=$(ask "${target%%|*}" "${target#*|}")
    if echo "$answer" | jq -e '.errors' >/dev/null; then
      echo "The query for '$name' on port ${target%%|*} answers errors: $answer" >&2; exit 1
    fi
  done
  echo "== $name: warm-up ${warmup}s each, then ${duration}s each"
  run "$port" "$direct" "$warmup" >/dev/null
  run 5000 "$gateway" "$warmup" >/dev/null
  read -r d_rps d_p50 d_p99 d_err < <(run "$port" "$direct" "$duration")
  read -r g_rps g_p50 g_p99 g_err < <(run 5000 "$gateway" "$duration")
  ratio=$(awk "BEGIN{printf \"%.2f\", $g_rps/$d_rps}")
  p99x=$(awk "BEGIN{printf \"%.1f\", $g_p99/$d_p99}")
  echo "   direct $d_rps req/s (p50 $d_p50 ms, p99 $d_p99 ms), gateway $g_rps req/s (p50 $g_p50 ms, p99 $g_p99 ms): ${ratio}x"
  rows+=("| $name | :$port | $d_rps | $d_p50 / $d_p99 | $g_rps | $g_p50 / $g_p99 | **$ratio** | $p99x | $d_err / $g_err |")
done

report=bench/reports/gateway.md
{
  echo "# The gateway hop: direct vs through the gateway"
  echo
  echo "- Measured: $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB RAM, $(java -version 2>&1 | head -1)"
  echo "- Command: \`bench/gateway.sh --duration $duration --warmup $warmup --connections $connections\` (wrk -t2 -c$connections, ${duration} s per path after ${warmup} s of warm-up, all seven servers and wrk on the same cores)"
  echo "- Load average before / after (1, 5, 15 min; other work on the machine shows here): $load_before / $(uptime | sed 's/.*load average: //')"
  echo "- JVM flags beyond usr/shared/jvm.options (JVM_ARGS): ${JVM_ARGS:-none}"
  echo "- JIT: $(ps -o args= -p "$(cat target/liberty/wlp/usr/servers/.pid/gateway.pid)" | grep -q TieredStopAtLevel=1 && echo 'quick tier only (./cinema start default): not representative' || echo 'optimising (CINEMA_FULL_JIT=1)')"
  echo "- The direct column asks the service that owns the data the same question; for the movie detail it is the movie"
  echo "  service's part only (the gateway adds the showtimes from the booking service in a second call)."
  echo
  echo "| query | owner | direct req/s | direct p50 / p99 ms | gateway req/s | gateway p50 / p99 ms | gateway / direct | p99 ratio | socket errors (direct / gateway) |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  printf '%s\n' "${rows[@]}"
  echo
  echo "Resident memory after the load:"
  echo
  echo "| server | RSS (MiB) |"
  echo "| --- | --- |"
  total=0
  for name in gateway user movie cinema booking payment coupon; do
    pid=$(cat "target/liberty/wlp/usr/servers/.pid/$name.pid" 2>/dev/null || echo "")
    rss_kb=$( [ -n "$pid" ] && ps -o rss= -p "$pid" | tr -d ' ' || echo 0)
    total=$(( total + ${rss_kb:-0} ))
    echo "| $name | $(( ${rss_kb:-0} / 1024 )) |"
  done
  echo "| **all seven** | **$(( total / 1024 ))** |"
} > "$report"
cat "$report"
