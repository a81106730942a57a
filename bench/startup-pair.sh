#!/bin/bash
# The start-up pair of issue 21 (docs/benchmarks.md, "启动"): an empty WAR (one index.html, bench/empty/) against the
# portal's WAR on the same Payara Micro jar with the same flags and the same H2 file database, alternating A B A B.
# Each side starts once unmeasured first (the portal then migrates and loads the demo county: every measured start
# is a second start), then ROUNDS measured starts each: the time from launching java to the first HTTP 200 on / (the
# portal's / is its Vaadin page, following redirects), the CPU time the server process had used by then (user + system,
# from /proc/<pid>/stat: far less sensitive to the machine's load than the wall-clock time) and the resident memory
# (VmRSS) at that moment and 10 s later. WAR_B=another/ROOT.war adds a third side "app_b" to each round (e.g. the WAR
# before a change), so a change is measured against its before in the same run: empty, app, app_b, empty, app, ...
#
#   ./mvnw -o -Pproduction package -DskipTests     # target/ROOT.war (production mode) and target/payara-micro.jar
#   bench/startup-pair.sh                          # ROUNDS=3 PORT=8481 WAR=target/ROOT.war by default
#   WAR_B=/tmp/before/ROOT.war bench/startup-pair.sh
# PREBOOT_B=file gives the app_b side another Payara pre-boot command file than config/single-node.asadmin (e.g. the
# file before a change of it).
# JAVA_OPTS_B="…" adds JVM options to the app_b side only (e.g. -XX:SharedArchiveFile=app.jsa for a class-data sharing
# archive made by one start with -XX:ArchiveClassesAtExit=app.jsa).
# JAVA_OPTS="…" adds JVM options to every side (e.g. -XX:TieredStopAtLevel=1, to compare like for like).
# WAR_B may be a directory (an exploded WAR, e.g. target/ROOT): it is copied to …/ROOT and deployed as a directory.
# KEEP_DB=1 SKIP_FIRST=1 reuse the H2 database of an earlier run on the same PORT and leave out the unmeasured first
# starts (every start is then a second start already; saves three starts on a slow machine).
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
SIDES="empty app"
if [ -n "${WAR_B:-}" ]; then
    mkdir -p "target/bench/startup-$PORT-b"
    if [ -d "$WAR_B" ]; then
        rm -rf "target/bench/startup-$PORT-b/ROOT" && cp -r "$WAR_B" "target/bench/startup-$PORT-b/ROOT"
        WAR_B=target/bench/startup-$PORT-b/ROOT
    else
        cp "$WAR_B" "target/bench/startup-$PORT-b/ROOT.war" && WAR_B=target/bench/startup-$PORT-b/ROOT.war
    fi
    SIDES="empty app app_b"
fi
DBDIR=$PWD/target/bench/startup-db-$PORT
[ "${KEEP_DB:-}" = 1 ] || rm -rf "$DBDIR"
FLAGS=(-Xmx1g -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 -Dapp.db.driver=org.h2.jdbcx.JdbcDataSource
       "-Dapp.db.url=jdbc:h2:file:$DBDIR/fwkc;MODE=LEGACY;DB_CLOSE_ON_EXIT=FALSE" -Dapp.db.user=sa -Dapp.db.password=sa
       -Dapp.demo=true -Dvaadin.devmode.devTools.enabled=false)
SERVER=
trap '[ -n "$SERVER" ] && kill $SERVER 2>/dev/null; wait 2>/dev/null' EXIT
start() {  # side war; sets RESULT="ms cpu_ms rss_mb rss10_mb"
    local t0 t1 code rss rss10 cpu preboot=config/single-node.asadmin
    [ "$1" = app_b ] && [ -n "${PREBOOT_B:-}" ] && preboot=$PREBOOT_B
    t0=$(date +%s%N)
    local extra=(${JAVA_OPTS:-})
    [ "$1" = app_b ] && [ -n "${JAVA_OPTS_B:-}" ] && extra+=($JAVA_OPTS_B)
    java "${FLAGS[@]}" "${extra[@]}" -jar target/payara-micro.jar --deploy "$2" --port "$PORT" --nocluster --nohostaware \
        --prebootcommandfile "$preboot" > "target/bench/startup-$1-$PORT.log" 2>&1 &
    SERVER=$!
    while :; do
        code=$(curl -sL -o /dev/null -w '%{http_code}' --max-time 5 "http://127.0.0.1:$PORT/" || true)
        [ "$code" = 200 ] && break
        kill -0 $SERVER 2>/dev/null || { echo "server died, see target/bench/startup-$1-$PORT.log" >&2; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s%N)
    # utime + stime of the whole process (all threads), in clock ticks; the fields after the ")" of the command name
    cpu=$(sed 's/.*) //' /proc/$SERVER/stat | awk -v hz="$(getconf CLK_TCK)" '{print int(($12 + $13) * 1000 / hz)}')
    rss=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
    sleep 10
    rss10=$(awk '/VmRSS/ {print $2}' /proc/$SERVER/status)
    kill $SERVER; wait $SERVER 2>/dev/null || true; SERVER=
    RESULT="$(( (t1 - t0) / 1000000 )) $cpu $(( rss / 1024 )) $(( rss10 / 1024 ))"
}
TSV=target/bench/startup-$(date -u +%Y%m%dT%H%M%SZ).tsv
echo -e "side\tms_to_first_200\tcpu_ms\trss_mb\trss_mb_10s\tloadavg" | tee "$TSV"
war_of() { case $1 in empty) echo "$EMPTY";; app) echo "$WAR";; app_b) echo "$WAR_B";; esac; }
[ "${SKIP_FIRST:-}" = 1 ] || for side in $SIDES; do start $side "$(war_of $side)"; done      # first starts: not measured
for r in $(seq 1 "$ROUNDS"); do
    for side in $SIDES; do
        start $side "$(war_of $side)"; read -r ms cpu rss rss10 <<< "$RESULT"
        echo -e "$side\t$ms\t$cpu\t$rss\t$rss10\t$(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$TSV"
    done
done
python3 - "$TSV" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
def col(side, k): return [float(r[k]) for r in rows if r['side'] == side]
def fmt(xs): return f"{statistics.median(xs):.0f} ({min(xs):.0f}–{max(xs):.0f})"
for k in ('ms_to_first_200', 'cpu_ms', 'rss_mb', 'rss_mb_10s'):
    line = f"{k:16} empty {fmt(col('empty', k)):22}"
    for side in ('app', 'app_b'):
        if col(side, k):
            line += f" {side} {fmt(col(side, k)):22} ratio {statistics.median(col(side, k)) / statistics.median(col('empty', k)):.2f}"
    print(line)
PY
