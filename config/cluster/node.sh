#!/bin/bash
# One node of the local cluster (settings in env.sh):
#   config/cluster/node.sh start N     starts node N (1, 2, …) in the background and waits until /health/ready is 200
#   config/cluster/node.sh stop N      stops it (TERM, then KILL after 60 s)
#   config/cluster/node.sh kill N      kill -9, as a crash (the failover test)
#   config/cluster/node.sh status N    running or not, and the data grid's size the node last logged
# Its log: target/cluster/nodeN.log; its pid: target/cluster/nodeN.pid.
set -euo pipefail
source "$(dirname "$0")/env.sh"
cmd=${1:?start|stop|kill|status}
n=${2:?node number}
[ "$n" -ge 1 ] && [ "$n" -le "$NODE_COUNT" ] || { echo "no node $n (NODE_PORTS=$NODE_PORTS)" >&2; exit 2; }
port=${NODE_PORT_LIST[$((n - 1))]}
hz=${HZ_PORT_LIST[$((n - 1))]}
pidfile=$RUN_DIR/node$n.pid
log=$RUN_DIR/node$n.log
running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case $cmd in
start)
    if running; then echo "node $n already runs (pid $(cat "$pidfile"))"; exit 0; fi
    [ -f "$WAR" ] && [ -f "$PAYARA_JAR" ] || { echo "build first: ./mvnw -o -DskipTests package ($WAR, $PAYARA_JAR)" >&2; exit 1; }
    # the WAR's name sets the context root (/); each node gets its own copy, so a rebuild never changes a running node
    mkdir -p "$RUN_DIR/node$n" && cp "$WAR" "$RUN_DIR/node$n/ROOT.war"
    # shellcheck disable=SC2086
    nohup java -Xmx"$NODE_HEAP" -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
        -Dhazelcast.socket.bind.any=false \
        -Dapp.db.driver=com.mysql.cj.jdbc.MysqlDataSource "-Dapp.db.url=$DB_URL" \
        "-Dapp.db.user=$DB_USER" "-Dapp.db.password=$DB_PASSWORD" "-Dapp.demo=$DEMO" \
        -Dapp.cluster.enabled=true -Dapp.http.trusted-proxies=1 -Dvaadin.devmode.devTools.enabled=false $JAVA_OPTS \
        -jar "$PAYARA_JAR" --deploy "$RUN_DIR/node$n/ROOT.war" --port "$port" --name "fwkc-node$n" \
        --clustername "$CLUSTER_NAME" --clustermode "tcpip:$HZ_MEMBERS" --interfaces 127.0.0.1 --startport "$hz" \
        --nohostaware --prebootcommandfile "$ROOT_DIR/config/localhost.asadmin" > "$log" 2>&1 < /dev/null &
    echo $! > "$pidfile"
    echo "node $n: pid $(cat "$pidfile"), http://127.0.0.1:$port, data grid 127.0.0.1:$hz, log $log"
    if [ "${NO_WAIT:-0}" = 1 ]; then exit 0; fi
    if ! await_200 "$port" /health/ready "${START_TIMEOUT:-600}" "$(cat "$pidfile")"; then
        echo "node $n did not become ready; the end of $log:" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
    echo "node $n ready: $(grep -ao 'cluster: [^]]*' "$log" | tail -n 1)"
    ;;
stop)
    if running; then
        pid=$(cat "$pidfile")
        kill "$pid"
        for ((i = 0; i < 120; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
        echo "node $n stopped"
    fi
    rm -f "$pidfile"
    ;;
kill)
    running && kill -9 "$(cat "$pidfile")" && echo "node $n killed (kill -9)"
    rm -f "$pidfile"
    ;;
status)
    if running; then
        echo "node $n runs (pid $(cat "$pidfile"), http://127.0.0.1:$port): $(grep -ao 'cluster: [^]]*' "$log" | tail -n 1)"
    else
        echo "node $n is not running"
    fi
    ;;
*)
    echo "usage: $0 start|stop|kill|status N" >&2; exit 2 ;;
esac
