#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine (docker-compose config reads and checks the file
# only): valid with every secret set, refused (naming the variable) without any one of them, demo data off.
# Installs Debian's docker-compose (1.29) first if it is missing. Exits non-zero otherwise. Called by CI.
#
#   deploy/check-compose.sh            validate; warn about build args naming a module that does not exist yet
#   deploy/check-compose.sh --strict   ... and fail on such a module
set -euo pipefail

strict=false
if [ "${1:-}" = "--strict" ]; then strict=true; fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v docker-compose >/dev/null 2>&1; then
    echo "docker-compose not found: installing Debian's package" >&2
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    # --no-install-recommends: the check needs the compose client only, not the docker.io engine.
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi

# No default secrets (issue #17): every one of these must be set, or compose refuses with a message naming it.
required=(MYSQL_ROOT_PASSWORD USER_DB_PASSWORD MOVIE_DB_PASSWORD CINEMA_DB_PASSWORD BOOKING_DB_PASSWORD
          PAYMENT_DB_PASSWORD COUPON_DB_PASSWORD CINEMA_SERVICE_AUTH_SECRET CINEMA_TICKETS_SIGNING_KEY
          CINEMA_BOOTSTRAP_ADMIN_EMAIL)
with_all=()
for name in "${required[@]}"; do with_all+=("$name=check-compose-value-of-$name"); done

# The checks run without the caller's own values of these (a .env file beside it would still count).
unset_all=()
for name in "${required[@]}"; do unset_all+=(-u "$name"); done

env "${unset_all[@]}" "${with_all[@]}" docker-compose -f docker-compose.yml config -q
echo "docker-compose.yml is valid with every secret set ($(docker-compose version --short))"

for name in "${required[@]}"; do
    others=()
    for entry in "${with_all[@]}"; do [ "${entry%%=*}" = "$name" ] || others+=("$entry"); done
    if out=$(env "${unset_all[@]}" "${others[@]}" docker-compose -f docker-compose.yml config -q 2>&1); then
        echo "docker-compose.yml accepted a missing $name: it must refuse to start without it" >&2
        exit 1
    fi
    if ! grep -q ": set $name (see" <<<"$out"; then
        echo "docker-compose.yml refused a missing $name without naming it: $out" >&2
        exit 1
    fi
done
echo "docker-compose.yml refuses to start without any of: ${required[*]}"

if env "${unset_all[@]}" "${with_all[@]}" docker-compose -f docker-compose.yml config \
        | grep -q 'CINEMA_DEMO_DATA_ENABLED: .true'; then
    echo "docker-compose.yml turns demo data on by default (its demo admin password is public)" >&2
    exit 1
fi
echo "docker-compose.yml leaves demo data off unless CINEMA_DEMO_DATA_ENABLED=true"

# Each image is built from a module folder (build arg MODULE); tell which of them are not there yet.
missing=$(env "${unset_all[@]}" "${with_all[@]}" docker-compose -f docker-compose.yml config | python3 -c '
import os, sys, yaml
for name, service in sorted(yaml.safe_load(sys.stdin)["services"].items()):
    module = ((service.get("build") or {}).get("args") or {}).get("MODULE")
    if module and not os.path.isfile(os.path.join(module, "src/main/liberty/config/server.xml")):
        print(f"{name}: {module}/src/main/liberty/config/server.xml does not exist")
')
if [ -n "$missing" ]; then
    echo "$missing" | sed 's/^/warning: /' >&2
    if $strict; then exit 1; fi
fi
