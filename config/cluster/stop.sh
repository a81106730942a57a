#!/bin/bash
# Stops what config/cluster/start.sh started: nginx, then every node (same settings, env.sh).
set -uo pipefail
source "$(dirname "$0")/env.sh"
NGINX=${NGINX:-/usr/sbin/nginx}
if [ -f "$NGINX_PREFIX/logs/nginx.pid" ] && kill -0 "$(cat "$NGINX_PREFIX/logs/nginx.pid")" 2>/dev/null; then
    "$NGINX" -p "$NGINX_PREFIX/" -c conf/nginx.conf -e logs/error.log -s quit
    for ((i = 0; i < 20; i++)); do [ -f "$NGINX_PREFIX/logs/nginx.pid" ] || break; sleep 0.5; done
    echo "nginx stopped"
fi
for ((n = 1; n <= NODE_COUNT; n++)); do
    "$ROOT_DIR/config/cluster/node.sh" stop "$n"
done
