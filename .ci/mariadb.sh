#!/usr/bin/env bash
# Installs MariaDB from Debian's packages when it is missing and starts a private server on
# loopback (127.0.0.1:${OMS_MARIADB_PORT:-3306}) with the test database the JDBC store's tests use:
# database oms_test, user oms, password oms. Prints what it installed and where it listens.
# Safe to run again: a server it started that still answers is reused.
set -euo pipefail
port="${OMS_MARIADB_PORT:-3306}"
base="${OMS_MARIADB_DIR:-/tmp/oms-mariadb}"
as_root=""
[ "$(id -u)" = 0 ] || as_root="sudo -n"

if ! command -v mariadbd >/dev/null 2>&1 && [ ! -x /usr/sbin/mariadbd ]; then
  echo "mariadb: installing mariadb-server from Debian's packages"
  $as_root apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -qq --no-install-recommends mariadb-server mariadb-client >/dev/null
  echo "mariadb: installed $(dpkg-query -W -f='${Package} ${Version}' mariadb-server 2>/dev/null)"
fi
server=/usr/sbin/mariadbd
client="$(command -v mariadb || command -v mysql)"

if "$client" --protocol=TCP -h 127.0.0.1 -P "$port" -u oms -poms -e 'SELECT 1' oms_test >/dev/null 2>&1; then
  echo "mariadb: already running on 127.0.0.1:$port"
  exit 0
fi

mkdir -p "$base"
runas=()
if [ "$(id -u)" = 0 ]; then
  chown -R mysql:mysql "$base" 2>/dev/null || true
  runas=(--user=mysql)
fi
if [ ! -d "$base/data/mysql" ]; then
  mariadb-install-db "${runas[@]}" --datadir="$base/data" --auth-root-authentication-method=normal \
    --skip-test-db >"$base/install.log" 2>&1
fi
"$server" "${runas[@]}" --datadir="$base/data" --socket="$base/mariadb.sock" --pid-file="$base/mariadb.pid" \
  --bind-address=127.0.0.1 --port="$port" --skip-name-resolve --log-error="$base/error.log" \
  --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 >/dev/null 2>&1 &
for _ in $(seq 1 60); do
  if "$client" -S "$base/mariadb.sock" -u root -e 'SELECT 1' >/dev/null 2>&1; then break; fi
  sleep 1
done
"$client" -S "$base/mariadb.sock" -u root <<'SQL'
CREATE DATABASE IF NOT EXISTS oms_test CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
CREATE USER IF NOT EXISTS 'oms'@'127.0.0.1' IDENTIFIED BY 'oms';
CREATE USER IF NOT EXISTS 'oms'@'localhost' IDENTIFIED BY 'oms';
GRANT ALL ON oms_test.* TO 'oms'@'127.0.0.1';
GRANT ALL ON oms_test.* TO 'oms'@'localhost';
FLUSH PRIVILEGES;
SQL
echo "mariadb: $("$server" --version | head -n 1) listening on 127.0.0.1:$port (database oms_test, user oms)"
