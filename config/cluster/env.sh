# Settings of the two-node cluster on this machine, shared by start.sh, stop.sh and node.sh (sourced, not run).
# Every value can be set in the environment first, e.g.  HTTP_PORT=18680 NODE_PORTS="18681 18682" config/cluster/start.sh
# Everything listens on 127.0.0.1 only: nginx, the nodes' HTTP (config/localhost.asadmin) and Hazelcast
# (--interfaces 127.0.0.1, hazelcast.socket.bind.any=false, TCP/IP discovery on fixed ports, never multicast).
ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${HTTP_PORT:=8080}"                  # nginx: the address people use
: "${NODE_PORTS:=8081 8082}"            # the nodes' HTTP ports, node 1 first
: "${HZ_PORTS:=5701 5702}"              # the nodes' data-grid (Hazelcast) ports, in the same order
: "${CLUSTER_NAME:=fwkc}"               # the data grid's name: nodes join only a grid of the same name
: "${DB:=fwkc_cluster}"                 # the MariaDB/MySQL database both nodes share
: "${DB_HOST:=127.0.0.1}"
: "${DB_PORT:=3306}"
: "${DB_USER:=fwkc}"
: "${DB_PASSWORD:=fwkc}"
: "${CREATE_DB:=1}"                     # 1: create the database and user if missing (mariadb -uroot, no password)
: "${DEMO:=true}"                       # load the demo county on the first start (an empty database)
: "${NODE_HEAP:=768m}"
: "${JAVA_OPTS:=}"                      # more JVM options for both nodes (e.g. -Dapp.ratings.max-per-hour=20)
: "${WAR:=$ROOT_DIR/target/ROOT.war}"
: "${PAYARA_JAR:=$ROOT_DIR/target/payara-micro.jar}"
: "${RUN_DIR:=$ROOT_DIR/target/cluster}"  # pid files, logs, nginx's prefix
read -r -a NODE_PORT_LIST <<< "$NODE_PORTS"
read -r -a HZ_PORT_LIST <<< "$HZ_PORTS"
NODE_COUNT=${#NODE_PORT_LIST[@]}
if [ "${#HZ_PORT_LIST[@]}" -ne "$NODE_COUNT" ]; then
    echo "NODE_PORTS and HZ_PORTS must list as many ports each" >&2
    exit 2
fi
HZ_MEMBERS=$(printf '127.0.0.1:%s,' "${HZ_PORT_LIST[@]}"); HZ_MEMBERS=${HZ_MEMBERS%,}
DB_URL="jdbc:mysql://$DB_HOST:$DB_PORT/$DB?characterEncoding=utf8&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048"
NGINX_PREFIX=$RUN_DIR/nginx
mkdir -p "$RUN_DIR"

# waits until http://127.0.0.1:$1$2 answers 200 (at most $3 seconds); fails early when pid $4 (if given) has gone
await_200() {
    local port=$1 path=$2 limit=$3 pid=${4:-} i
    for ((i = 0; i < limit * 2; i++)); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$port$path" || true)" = 200 ] && return 0
        if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
            return 1
        fi
        sleep 0.5
    done
    return 1
}
