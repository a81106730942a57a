#!/bin/bash
# The start-up pair of issue 21 (docs/benchmarks.md, "启动"): an empty WAR (one index.html, bench/empty/) against the
# portal's WAR on the same Payara Micro jar with the same flags and the same H2 file database, alternating A B A B.
# Each side starts once unmeasured first (the portal then migrates and loads the demo county: every measured start
# is a second start), then ROUNDS measured starts each: the time from launching java to the first HTTP 200 on / (the
# portal's / is its Vaadin page, following redirects) and the resident memory (VmRSS) at that moment and 10 s later.
#
#   ./mvnw -o -Pproduction package -DskipTests     # target/ROOT.war (production mode) and target/payara-micro.jar
#   bench/startup-pair.sh                          # ROUNDS=3 PORT=8481 WAR=target/ROOT.war by default
#
# Results: target/bench/startup-<time>.tsv and a summary on stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
PORT=${PORT:-8481}
WAR=${WAR:-target/ROOT.war}
EMPTY=target/bench/empty/ROOT.war
bench/build-wars.sh >/dev/null
# both as ROOT.war, so both serve at / (Payara Micro takes the context root from the file name)
mkdir -p "target/bench/startup-$PORT" && cp "$WAR" "target/bench/startup-$PORT/ROOT.war"
WAR=target/bench/startup-$PORT/ROOT.war
DBDIR=$PWD/target/bench/startup-db-$PORT
[ "${KEEP_DB:-}" = 1 ] || rm -rf "$DBDIR"
FLAGS=(-Xmx1g -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -Dapp.db.driver=org.h2.jdbcx.JdbcDataSource
       "-Dapp.db.url=jdbc:h2:file:$DBDIR/fwkc;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE" -Dapp.db.user=sa -Dapp.db.password=sa
       -Dapp.demo=true -Dvaadin.devmode.devTools.enabled=false)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null' EXIT
start() {  # side war; sets RESULT="ms rss_mb rss10_mb"
    local t0 t1 code rss rss10
    t0=$(date +%s%N)
    java "${FLAGS[@]}" -jar target/payara-micro.jar --deploy "$2" --port "$PORT" --nocluster --nohostaware \
        --prebootcommandfile config/localhost.asadmin > "target/bench/startup-$1-$PORT.log" 2>&1 &
    SERVER=$!
    while :; do
        code=$(curl -sL -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/" || true)
        [ "$code" = 200 ] && break
        kill -0 $SERVER 2>/dev/null || { echo "server died, see target/bench/startup-$1-$PORT.log" >&2; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s%N)
    rss=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
    sleep 10
    rss10=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
    kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
    RESULT="$(( (t1 - t0) / 1000000 )) $(( rss / 1024 )) $(( rss10 / 1024 ))"
}
TSV=target/bench/startup-$(date -u +%Y%m%dT%H%M%SZ).tsv
echo -e "side\tms_to_first_200\trss_mb\trss_mb_10s\tloadavg" | tee "$TSV"
start empty "$EMPTY"; start app "$WAR"      # first starts: not measured
for r in $(seq 1 "$ROUNDS"); do
    for side in empty app; do
        war=$EMPTY; [ $side = app ] && war=$WAR
        start $side "$war"; read -r ms rss rss10 <<< "$RESULT"
        echo -e "$side\t$ms\t$rss\t$rss10\t$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$TSV"
    done
done
python3 - "$TSV" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
def col(side, k): return [float(r[k]) for r in rows if r['side'] == side]
def fmt(xs): return f"{statistics.median(xs):.0f} ({min(xs):.0f}–{max(xs):.0f})"
for k in ('ms_to_first_200', 'rss_mb', 'rss_mb_10s'):
    print(f"{k:16} empty {fmt(col('empty', k)):22} app {fmt(col('app', k)):22} ratio {statistics.median(col('app', k)) / statistics.median(col('empty', k)):.2f}")
PY
