#!/usr/bin/env bash
# Sourced (it has no execute bit) by the mysql:8.4 image's entrypoint after
# 01-schemas.sql, on an empty data volume only. Creates one account per service, allowed on its own
# database only. The passwords come from the environment docker-compose.yml gives the mysql container
# (USER_DB_PASSWORD ... COUPON_DB_PASSWORD, with development defaults there); the same values reach each
# service as DB_PASSWORD.

# Executed instead of sourced (the execute bit came back, e.g. from a checkout that ignores file modes):
# borrow the entrypoint's helpers (docker_process_sql, mysql_note, mysql_error) and its socket settings.
if ! declare -F docker_process_sql >/dev/null; then
    source /usr/local/bin/docker-entrypoint.sh
    docker_setup_env mysqld
fi

cinema_sql_string() {
    # A MySQL string literal: backslashes and single quotes escaped.
    local value="${1//\\/\\\\}"
    printf "'%s'" "${value//\'/\'\'}"
}

cinema_create_service_user() {
    local service="$1" password="$2"
    local user="${service}_svc" db="${service}_db"
    if [ -z "$password" ]; then
        mysql_error "no password for ${user}: set ${service^^}_DB_PASSWORD"
    fi
    mysql_note "Creating ${user} with all privileges on ${db} only"
    # In GRANT, '_' in a database name is a wildcard: escape it so movie_db matches movie_db alone.
    docker_process_sql --database=mysql <<-EOSQL
		CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY $(cinema_sql_string "$password");
		GRANT ALL PRIVILEGES ON \`${db//_/\\_}\`.* TO '${user}'@'%';
	EOSQL
}

cinema_create_service_user user    "${USER_DB_PASSWORD:-}"
cinema_create_service_user movie   "${MOVIE_DB_PASSWORD:-}"
cinema_create_service_user cinema  "${CINEMA_DB_PASSWORD:-}"
cinema_create_service_user booking "${BOOKING_DB_PASSWORD:-}"
cinema_create_service_user payment "${PAYMENT_DB_PASSWORD:-}"
cinema_create_service_user coupon  "${COUPON_DB_PASSWORD:-}"
docker_process_sql --database=mysql <<<"FLUSH PRIVILEGES;"
