#!/usr/bin/env bash
# Starts a local PostgreSQL for the test suite and prints the URL the tests read from
# DYAD_TEST_POSTGRES_URL: installs the Debian package when the server is missing, starts the
# packaged cluster (as the postgres user: the server refuses to run as root) and creates a role
# and database `dyad` (password `dyad`, loopback only). Safe to run again: it only does what is
# missing. Usage: export DYAD_TEST_POSTGRES_URL=$(scripts/postgres-test-server.sh)
set -euo pipefail
VERSION=${PG_VERSION:-15}
BIN=/usr/lib/postgresql/$VERSION/bin
if [ ! -x "$BIN/pg_ctl" ]; then
    echo "postgres-test-server: installing postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    (apt-get install -y postgresql || (apt-get update && apt-get install -y postgresql)) >&2
    BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
    VERSION=$(basename "$(dirname "$BIN")")
fi
if command -v pg_lsclusters >/dev/null && ! pg_lsclusters -h | awk '{print $1, $2}' | grep -q "^$VERSION main$"; then
    pg_createcluster "$VERSION" main >&2
fi
if ! runuser -u postgres -- "$BIN/pg_isready" -q -h /var/run/postgresql; then
    echo "postgres-test-server: starting PostgreSQL $VERSION" >&2
    if command -v pg_ctlcluster >/dev/null; then
        pg_ctlcluster "$VERSION" main start >&2
    else
        runuser -u postgres -- "$BIN/pg_ctl" -D "/var/lib/postgresql/$VERSION/main" -l /tmp/postgresql.log -w start >&2
    fi
fi
for _ in $(seq 1 30); do
    runuser -u postgres -- "$BIN/pg_isready" -q -h /var/run/postgresql && break
    sleep 1
done
psql_admin() { runuser -u postgres -- psql -h /var/run/postgresql -qtAX "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'dyad'")" != "1" ]; then
    psql_admin -c "CREATE ROLE dyad LOGIN PASSWORD 'dyad'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'dyad'")" != "1" ]; then
    psql_admin -c "CREATE DATABASE dyad OWNER dyad" >&2
fi
echo "postgres://dyad:dyad@127.0.0.1:5432/dyad"
