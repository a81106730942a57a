#!/bin/bash
# The intake pair of issue 21 (docs/benchmarks.md, "好差评接收"): POST /api/ratings against a bare JAX-RS endpoint that
# inserts one row with plain JDBC, on the same Payara Micro and the same MariaDB database, alternating A B A B.
#
#   ./mvnw -o -Pproduction package -DskipTests     # the production WAR (target/ROOT.war) and payara-micro.jar
#   bench/intake-pair.sh                           # ROUNDS=3 SECONDS_EACH=30 WARMUP=60 PORT=8480 DB=fwkc_bench by default
#
# Needs MariaDB on 127.0.0.1:3306 with a password-less root (the database and a user fwkc_bench are created), and
# Debian's wrk. The portal runs Flyway and loads the demo county on the first start; the 平台接入 key
# demo-platform-A01 has no per-key limits. Every request carries its own clientId (bench/unique-rating.lua), so
# every intake request stores a new rating. All 16 connections share that one key: the 5xx count of the intake runs
# is the "16 connections, one key" check. WAR=… must name a file ROOT.war (Payara Micro takes the context root from it). Results: target/bench/intake-<time>.tsv and a summary on stdout.
# WAR_B=other/ROOT.war deploys a second portal WAR (e.g. the one before a change) at /before on the same server and
# database and adds a side "intake_b" (POST /before/api/ratings) to every round: intake, intake_b, bare, intake, ...
# (the first WAR is deployed first and loads the demo data; the second finds it there). URL=… overrides the JDBC URL
# (e.g. the one before a change of config/mysql.properties); XMX (default 1g) is the server's heap.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${ROUNDS:-3}
SECONDS_EACH=${SECONDS_EACH:-30}
WARMUP=${WARMUP:-60}
PORT=${PORT:-8480}
DB=${DB:-fwkc_bench}
KEY=${KEY:-demo-platform-A01}
WAR=${WAR:-target/ROOT.war}
bench/build-wars.sh >/dev/null

mariadb -uroot -h127.0.0.1 -e "create database if not exists $DB character set utf8mb4 collate utf8mb4_unicode_ci;
  create user if not exists 'fwkc_bench'@'localhost' identified by 'bench';
  create user if not exists 'fwkc_bench'@'127.0.0.1' identified by 'bench';
  grant all on $DB.* to 'fwkc_bench'@'localhost'; grant all on $DB.* to 'fwkc_bench'@'127.0.0.1';"
# the production URL from config/mysql.properties (statement caching included), pointed at the bench database
URL=${URL:-$(sed -n 's/^app.db.url=//p' config/mysql.properties)}
URL=$(echo "$URL" | sed "s#/fuwukuaiche?#/$DB?#")
DEPLOY_B=()
if [ -n "${WAR_B:-}" ]; then
    cp "$WAR_B" target/bench/before.war
    DEPLOY_B=(--deploy target/bench/before.war)
fi

LOG=target/bench/intake-server.log
java -Xmx${XMX:-1g} -Duser.timezone=Asia/Shanghai -Dfile.encoding=UTF-8 \
    -Dapp.db.driver=com.mysql.cj.jdbc.MysqlDataSource "-Dapp.db.url=$URL" -Dapp.db.user=fwkc_bench -Dapp.db.password=bench \
    -Dapp.demo=true -Dvaadin.devmode.devTools.enabled=false \
    -jar target/payara-micro.jar --deploy "$WAR" "${DEPLOY_B[@]}" --deploy target/bench/bench.war --port "$PORT" \
    --nocluster --nohostaware --prebootcommandfile config/single-node.asadmin > "$LOG" 2>&1 &
SERVER=$!
WRK=
trap 'rc=$?; [ -n "$WRK" ] && kill $WRK 2>/dev/null; kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; exit $rc' EXIT
for i in $(seq 1 600); do   # both WARs deployed: Payara Micro's "ready in" line comes after the last deployment
    if grep -q "Payara Micro .* ready in" "$LOG" && curl -fs -o /dev/null "http://127.0.0.1:$PORT/health/ready"; then break; fi
    kill -0 $SERVER || { echo "server died, see $LOG"; exit 1; }
    sleep 1
done
INTAKE="http://127.0.0.1:$PORT/api/ratings"
INTAKE_B="http://127.0.0.1:$PORT/before/api/ratings"
BARE="http://127.0.0.1:$PORT/bench/api/bare"
CHECK=("$INTAKE" "$BARE")
[ -n "${WAR_B:-}" ] && CHECK+=("$INTAKE_B")
for url in "${CHECK[@]}"; do   # both sides must store a row (201) before anything is timed
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST -H 'Content-Type: application/json' -H "X-Device-Key: $KEY" \
        -d "{\"clientId\":\"check-$(date +%s%N)\",\"level\":\"SATISFIED\"}" "$url")
    [ "$code" = 201 ] || { echo "$url answered $code, not 201; see $LOG"; exit 1; }
done
# the server behind 127.0.0.1:3306 (another MariaDB on another port, e.g. a helper's, must not be counted)
MYSQLD=$(ss -Hltnp 'sport = :3306' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }   # user+system CPU in clock ticks
TICK=$(getconf CLK_TCK)
run() {  # side url seconds
    local j0 m0 out
    j0=$(cpu $SERVER); m0=$(cpu $MYSQLD)
    # in the background and waited for, so an interrupt reaches the trap (which stops the server) at once
    wrk -t2 -c16 -d"${3}s" --timeout 10s -s bench/unique-rating.lua "$2" -- "$(date +%s%N)" "$KEY" > target/bench/wrk.out &
    WRK=$!; wait $WRK; WRK=
    out=$(grep '^BENCH' target/bench/wrk.out)
    local j=$(( $(cpu $SERVER) - j0 )) m=$(( $(cpu $MYSQLD) - m0 ))
    echo "$out" | awk -v side="$1" -v j=$j -v m=$m -v tick=$TICK -v la="$(cut -d' ' -f1-3 /proc/loadavg)" '{
        for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%s\t%.0f\t%.1f\t%.1f\t%d\t%d\t%.2f\t%.2f\t%s\n", side, v["rps"], v["p50_ms"], v["p99_ms"], v["requests"]-v["s201"]-v["s5xx"], v["s5xx"],
            j * 1000 / tick / v["requests"], m * 1000 / tick / v["requests"], la }'
}
TSV=target/bench/intake-$(date -u +%Y%m%dT%H%M%SZ).tsv
echo -e "side\trps\tp50_ms\tp99_ms\tnot201_not5xx\t5xx\tjvm_cpu_ms_per_req\tdb_cpu_ms_per_req\tloadavg_after" | tee "$TSV"
# warm-up: the intake's longer path needs more requests before the JIT has compiled it (15 s left its first run at a
# fraction of its later rate)
run warm-intake "$INTAKE" "$WARMUP" >/dev/null
[ -n "${WAR_B:-}" ] && run warm-intake_b "$INTAKE_B" "$WARMUP" >/dev/null
run warm-bare "$BARE" "$WARMUP" >/dev/null
for r in $(seq 1 "$ROUNDS"); do
    run intake "$INTAKE" "$SECONDS_EACH" | tee -a "$TSV"
    [ -n "${WAR_B:-}" ] && run intake_b "$INTAKE_B" "$SECONDS_EACH" | tee -a "$TSV"
    run bare "$BARE" "$SECONDS_EACH" | tee -a "$TSV"
done
python3 - "$TSV" <<'PY'
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter='\t'))
def col(side, k): return [float(r[k]) for r in rows if r['side'] == side]
def fmt(xs): return f"{statistics.median(xs):.1f} ({min(xs):.1f}–{max(xs):.1f})"
for k in ('rps', 'p99_ms', 'jvm_cpu_ms_per_req', 'db_cpu_ms_per_req'):
    line = f"{k:20} bare {fmt(col('bare', k)):28}"
    for side in ('intake', 'intake_b'):
        if col(side, k):
            bare = statistics.median(col('bare', k))
            line += f" {side} {fmt(col(side, k)):28} ratio " + (f"{statistics.median(col(side, k)) / bare:.2f}" if bare else "-")
    print(line)
for side in ('intake', 'intake_b'):
    if col(side, 'rps'):
        per_run = [a / b for a, b in zip(col(side, 'rps'), col('bare', 'rps'))]
        print(f"{side} / bare per round: " + ", ".join(f"{x:.2f}" for x in per_run))
        print(f"{side} 5xx total {sum(col(side, '5xx')):.0f}, not 201 {sum(col(side, 'not201_not5xx')):.0f}")
print(f"bare 5xx {sum(col('bare', '5xx')):.0f}")
PY
grep -c "Exception" "$LOG" | xargs echo "exception lines in the server log:"
