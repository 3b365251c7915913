# Sourced by bench/holds.sh and bench/checkout.sh (not run on its own): takes --mysql out of the arguments
# (section MySQL instead of H2, the rest stay in bench_args), then uses the running platform if there is one
# or starts it with ./cinema start [--mysql] (with the optimising JIT unless CINEMA_FULL_JIT is set empty: the
# figures are meant for servers that have run a while) and stops it again when the script exits.
bench_mysql=false; bench_section=H2; bench_args=()
for bench_arg in "$@"; do
  case "$bench_arg" in
    --mysql) bench_mysql=true; bench_section=MySQL ;;
    *) bench_args+=("$bench_arg") ;;
  esac
done

# Rate limits far above the benchmark's own load (a platform started here; a running one keeps its own).
# shellcheck source=capacity-env.sh
. "$(dirname "${BASH_SOURCE[0]}")/capacity-env.sh"
bench_started=false
if ./cinema status >/dev/null 2>&1 && curl -fsS -m 2 -o /dev/null http://127.0.0.1:5001/health/ready; then
  echo "Using the running platform (its database is whatever it was started with; this report section says $bench_section)."
else
  export CINEMA_FULL_JIT="${CINEMA_FULL_JIT-1}"
  if $bench_mysql; then ./cinema start --mysql; else ./cinema start; fi
  bench_started=true
fi
trap '$bench_started && ./cinema stop >/dev/null 2>&1 || true' EXIT
