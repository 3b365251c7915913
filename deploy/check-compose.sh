#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine (docker-compose config reads and checks the file
# only). Installs Debian's docker-compose (1.29) first if it is missing. Exits non-zero if the file is
# invalid. Called by CI.
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

docker-compose -f docker-compose.yml config -q
echo "docker-compose.yml is valid ($(docker-compose version --short))"

# Each image is built from a module folder (build arg MODULE); tell which of them are not there yet.
missing=$(docker-compose -f docker-compose.yml config | python3 -c '
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
