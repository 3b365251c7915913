-- One database per service (docs/architecture.md, "Data ownership": no service reads another's tables).
-- Run once by the mysql:8.4 image on an empty data volume (docker-entrypoint-initdb.d); to run it again,
-- remove the volume: docker-compose down -v.
-- The service accounts (user_svc ... coupon_svc), each allowed on its own database only, are created by
-- 02-users.sh: plain SQL cannot read their passwords from the environment.
-- Tables are Flyway's job (each service migrates its own schema at start), never this script's.

CREATE DATABASE IF NOT EXISTS user_db CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS movie_db CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS cinema_db CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS booking_db CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS payment_db CHARACTER SET utf8mb4;
CREATE DATABASE IF NOT EXISTS coupon_db CHARACTER SET utf8mb4;
