# Sourced by the benchmarks before they start the platform. They measure capacity from one address and a few
# accounts, so the gateway's per-client rate limits (docs/api.md, "Limits"; defaults of 300-600 requests a
# minute, 30 holds a minute per customer) are raised far above the load instead of switched off: the check
# still runs on every request and its cost stays in the figures. A platform that is already running keeps
# whatever limits it was started with.
export CINEMA_RATE_LIMIT_ANONYMOUS_PER_MINUTE="${CINEMA_RATE_LIMIT_ANONYMOUS_PER_MINUTE:-10000000}"
export CINEMA_RATE_LIMIT_USER_PER_MINUTE="${CINEMA_RATE_LIMIT_USER_PER_MINUTE:-10000000}"
export CINEMA_RATE_LIMIT_HOLD_SEATS_PER_MINUTE="${CINEMA_RATE_LIMIT_HOLD_SEATS_PER_MINUTE:-10000000}"
# Nor do they make the demo sales a full start makes once every server is ready (ADR 0018): a benchmark measures
# the platform as it starts, with its own bookings only.
export CINEMA_DEMO_SALES="${CINEMA_DEMO_SALES:-0}"
