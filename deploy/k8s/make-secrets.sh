#!/usr/bin/env bash
# Prints (never stores) the Secrets the manifests reference, as YAML for `kubectl apply -f -`:
#
#   deploy/k8s/make-secrets.sh --dev cinema-dev | kubectl apply -f -     # development: everything generated
#   deploy/k8s/make-secrets.sh cinema | kubectl apply -f -               # production: from your values
#
# Secrets (names and keys are what base/ and the overlays read):
#   cinema-jwt-public   jwt-public.pem    every server verifies access tokens with it
#   cinema-jwt-private  jwt-private.pem   the user service signs access tokens with it
#   cinema-service-auth secret            the platform service secret (SERVICE tokens for background work)
#   cinema-ticket-signing key             the booking service signs ticket QR codes with it
#   cinema-<service>-db url, username, password   for user, movie, cinema, booking, payment, coupon
#   cinema-mysql-root   password          --dev only: the demo MySQL's root account
#
# Production takes every value from the environment and refuses to start without one:
#   JWT_PRIVATE_KEY_FILE, JWT_PUBLIC_KEY_FILE (PEM files: PKCS#8 private key, public key), SERVICE_AUTH_SECRET,
#   TICKET_SIGNING_KEY, and per service <SERVICE>_DB_URL, <SERVICE>_DB_USER, <SERVICE>_DB_PASSWORD
#   (e.g. BOOKING_DB_URL=jdbc:mysql://db.internal:3306/booking_db).
# --dev generates a fresh key pair and random secrets and points each service at the dev overlay's MySQL with
# the account deploy/mysql/init/02-users.sh creates. Nothing here is ever a development key from this repository.
# Needs kubectl (client only: no cluster is contacted) and openssl.
set -euo pipefail

dev=false
if [ "${1:-}" = "--dev" ]; then dev=true; shift; fi
namespace="${1:?usage: make-secrets.sh [--dev] NAMESPACE}"
services=(user movie cinema booking payment coupon)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

need() { [ -n "${!1:-}" ] || { echo "make-secrets.sh: set $1 (see the head of this script)" >&2; exit 1; }; }
random() { openssl rand -base64 32 | tr -d '\n/+=' | cut -c1-32; }
secret() { # name, then --from-literal/--from-file arguments
  local name="$1"; shift
  echo "---"
  kubectl create secret generic "$name" --namespace "$namespace" --dry-run=client -o yaml "$@"
}

if $dev; then
  (umask 077 && openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/jwt-private.pem" 2>/dev/null)
  openssl pkey -in "$work/jwt-private.pem" -pubout -out "$work/jwt-public.pem" 2>/dev/null
  JWT_PRIVATE_KEY_FILE="$work/jwt-private.pem" JWT_PUBLIC_KEY_FILE="$work/jwt-public.pem"
  SERVICE_AUTH_SECRET="$(random)" TICKET_SIGNING_KEY="$(random)"
  for service in "${services[@]}"; do
    upper="${service^^}"
    printf -v "${upper}_DB_URL" '%s' "jdbc:mysql://mysql:3306/${service}_db"
    printf -v "${upper}_DB_USER" '%s' "${service}_svc"
    printf -v "${upper}_DB_PASSWORD" '%s' "$(random)"
  done
fi

for variable in JWT_PRIVATE_KEY_FILE JWT_PUBLIC_KEY_FILE SERVICE_AUTH_SECRET TICKET_SIGNING_KEY; do need "$variable"; done
for service in "${services[@]}"; do
  for suffix in DB_URL DB_USER DB_PASSWORD; do need "${service^^}_${suffix}"; done
done

secret cinema-jwt-public --from-file=jwt-public.pem="$JWT_PUBLIC_KEY_FILE"
secret cinema-jwt-private --from-file=jwt-private.pem="$JWT_PRIVATE_KEY_FILE"
secret cinema-service-auth --from-literal=secret="$SERVICE_AUTH_SECRET"
secret cinema-ticket-signing --from-literal=key="$TICKET_SIGNING_KEY"
for service in "${services[@]}"; do
  upper="${service^^}"
  url="${upper}_DB_URL" user="${upper}_DB_USER" password="${upper}_DB_PASSWORD"
  secret "cinema-${service}-db" --from-literal=url="${!url}" --from-literal=username="${!user}" \
    --from-literal=password="${!password}"
done
if $dev; then
  secret cinema-mysql-root --from-literal=password="$(random)"
fi
