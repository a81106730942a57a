#!/bin/bash
# Starts the portal as a two-node cluster on this machine (settings in env.sh; defaults: nginx on
# http://127.0.0.1:8080, nodes on 8081 and 8082, data grid on 5701 and 5702, database fwkc_cluster on the local
# MariaDB as fwkc/fwkc):
#   ./mvnw -o -DskipTests package      # target/ROOT.war and target/payara-micro.jar
#   config/cluster/start.sh            # creates the database if missing, node 1, node 2, nginx
#   config/cluster/stop.sh             # stops all of them
# Node 1 starts first and alone: on an empty database it runs the migrations and loads the demo county; node 2 then
# joins its data grid. nginx (Debian's nginx-light, /usr/sbin/nginx) runs as a user-level process with its prefix
# in target/cluster/nginx; its config is made from config/nginx/nginx.conf.template.
set -euo pipefail
source "$(dirname "$0")/env.sh"
NGINX=${NGINX:-/usr/sbin/nginx}
[ -x "$NGINX" ] || { echo "nginx not found at $NGINX (Debian: apt-get install nginx-light)" >&2; exit 1; }

if [ "$CREATE_DB" = 1 ]; then
    root_args=(-uroot)   # a local server through its socket (root's usual unix_socket login), another one over TCP
    if [ "$DB_HOST" != 127.0.0.1 ] && [ "$DB_HOST" != localhost ]; then root_args+=(-h"$DB_HOST" -P"$DB_PORT"); fi
    mariadb "${root_args[@]}" <<SQL
CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL PRIVILEGES ON $DB.* TO '$DB_USER'@'localhost', '$DB_USER'@'127.0.0.1';
SQL
fi

for ((n = 1; n <= NODE_COUNT; n++)); do
    "$ROOT_DIR/config/cluster/node.sh" start "$n"
done

# nginx: the config from the template, the prefix under RUN_DIR
mkdir -p "$NGINX_PREFIX/conf" "$NGINX_PREFIX/logs" "$NGINX_PREFIX/temp"
servers=""
for p in "${NODE_PORT_LIST[@]}"; do
    servers+="        server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"$'\n'
done
python3 - "$ROOT_DIR/config/nginx/nginx.conf.template" "$NGINX_PREFIX/conf/nginx.conf" "$HTTP_PORT" "$ROOT_DIR/webapp" "$servers" <<'PY'
import sys
src, dst, port, webapp, servers = sys.argv[1:]
s = open(src, encoding='utf-8').read()
s = (s.replace('@HTTP_PORT@', port).replace('@WEBAPP@', webapp).replace('@SERVERS@\n', servers)
      .replace('@MIME_TYPES@', '/etc/nginx/mime.types'))
open(dst, 'w', encoding='utf-8').write(s)
PY
"$NGINX" -t -q -p "$NGINX_PREFIX/" -c conf/nginx.conf -e logs/error.log
if [ -f "$NGINX_PREFIX/logs/nginx.pid" ] && kill -0 "$(cat "$NGINX_PREFIX/logs/nginx.pid")" 2>/dev/null; then
    "$NGINX" -p "$NGINX_PREFIX/" -c conf/nginx.conf -e logs/error.log -s reload
else
    "$NGINX" -p "$NGINX_PREFIX/" -c conf/nginx.conf -e logs/error.log
fi
await_200 "$HTTP_PORT" /health/ready 30 || { echo "nginx does not answer on $HTTP_PORT; see $NGINX_PREFIX/logs/error.log" >&2; exit 1; }
echo "cluster up: http://127.0.0.1:$HTTP_PORT (nginx) → nodes ${NODE_PORT_LIST[*]}; stop with config/cluster/stop.sh"
