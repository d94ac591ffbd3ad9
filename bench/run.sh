#!/usr/bin/env bash
# Comptoir benchmark: the production jar against an external Kafka broker and MongoDB-wire server,
# each in its own JVM on loopback, loaded by wrk. Every figure is set against a yardstick measured
# in the same run on the same servers, so the machine's noise cancels out:
#   1. order placement (wrk) against raw MongoDB inserts with the same driver and concurrency,
#      on the idle server before the application starts; database commands and events handled
#      per order (machine-independent);
#   2. order → loyalty points visible, end to end, while wrk loads order placement;
#   3. drain of a 10,000-event backlog built while Kafka is stopped, and the relay's throughput
#      against Kafka's own kafka-producer-perf-test on the same broker.
# Results go to bench/results/<date>-<host>.md. Usage: bench/run.sh (DURATION=30 CONNECTIONS=16).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-30}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
BACKLOG=${BACKLOG:-10000}
KPORT=29092 MPORT=27029 HPORT=8089
WORK=$PWD/target/bench
BASE=http://127.0.0.1:$HPORT
rm -rf "$WORK" && mkdir -p "$WORK"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

for tool in wrk bc; do command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq $tool; }; done
JAVA=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
"$JAVA" -version 2>&1 | grep -q 'version "2[5-9]' || JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
echo "== build"
./mvnw -q -DskipTests -Dspotless.check.skip=true package
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
./mvnw -q -f bench/kafka-tools.xml dependency:copy-dependencies -DoutputDirectory="$WORK/kafka-tools"
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

await_line() { # file pattern seconds
  for _ in $(seq 1 $(($3 * 10))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}
start_kafka() {
  "$JAVA" -Xmx1g -cp "$CP" io.comptoir.bench.BenchInfra kafka $KPORT "$WORK/kafka" >"$WORK/kafka.log" 2>&1 &
  KAFKA_PID=$!; pids+=("$KAFKA_PID"); await_line "$WORK/kafka.log" "kafka ready" 60
}
metric() { # sum of a Prometheus metric's samples whose line matches $1
  curl -s "$BASE/q/metrics" | awk -v m="$1" 'index($0, m) == 1 { s += $NF } END { printf "%d", s }'
}

echo "== infrastructure"
start_kafka
"$JAVA" -Xmx2g -cp "$CP" io.comptoir.bench.BenchInfra mongo $MPORT >"$WORK/mongo.log" 2>&1 &
pids+=($!); await_line "$WORK/mongo.log" "mongo ready" 30
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra tokens "$WORK/jwt" 2000
ADMIN=$(cat "$WORK/jwt/admin.token")

# The yardstick on an idle server: before the application exists, so no consumer competes for it.
echo "== 1. MongoDB raw inserts ($CONNECTIONS threads, ${DURATION}s), idle server"
BASELINE=$("$JAVA" -cp "$CP" io.comptoir.bench.MongoInsertBaseline mongodb://127.0.0.1:$MPORT "$CONNECTIONS" "$DURATION" | sed 's/.*=//')
echo "inserts/s: $BASELINE"

echo "== application (production jar)"
KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KPORT \
QUARKUS_MONGODB_CONNECTION_STRING=mongodb://127.0.0.1:$MPORT \
MP_JWT_VERIFY_PUBLICKEY_LOCATION=$WORK/jwt/publicKey.pem \
QUARKUS_HTTP_PORT=$HPORT \
COMPTOIR_KAFKA_PROVISION_TOPICS=true \
  "$JAVA" -Xmx1g ${APP_OPTS:-} -jar target/quarkus-app/quarkus-run.jar >"$WORK/app.log" 2>&1 &
APP_PID=$!; pids+=("$APP_PID")
await_line "$WORK/app.log" "Listening on" 60

SKU=BENCH-1
PRODUCT=$(curl -s -X POST "$BASE/api/products" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench\",\"baseCost\":{\"amount\":10000,\"currency\":\"CNY\"},\"variants\":[{\"sku\":\"$SKU\",\"price\":{\"amount\":25000,\"currency\":\"XOF\"}}]}" \
  | sed 's/.*"id":"\([0-9a-f]*\)".*/\1/')
# Enough stock that no order of the run is refused by the inventory.
curl -sf -o /dev/null -X PUT "$BASE/api/inventory/$SKU" -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d "{\"productId\":\"$PRODUCT\",\"onHand\":100000000}"
for _ in $(seq 1 100); do
  code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "$BASE/api/orders" -H "Authorization: Bearer $(head -1 "$WORK/jwt/customers.tokens")" \
    -H 'Content-Type: application/json' -d "{\"items\":[{\"productId\":\"$PRODUCT\",\"sku\":\"$SKU\",\"quantity\":1}],\"paymentMethod\":\"CARD\"}")
  [ "$code" = 201 ] && break; sleep 0.1
done
export TOKENS=$WORK/jwt/customers.tokens PRODUCT SKU THREADS

echo "== warm-up"
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s bench/place-order.lua "$BASE" >/dev/null

echo "== 1. order placement with wrk, as fast as it goes"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/place-order.lua "$BASE" | tee "$WORK/wrk.txt"
RPS=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk.txt")
P50=$(awk '/^ +50%/ { print $2 }' "$WORK/wrk.txt")
P99=$(awk '/^ +99%/ { print $2 }' "$WORK/wrk.txt")
NON2XX=$(awk '/Non-2xx/ { print $5 }' "$WORK/wrk.txt"); NON2XX=${NON2XX:-0}
# Let the relay and the loyalty consumer catch up before the next phase.
for _ in $(seq 1 1200); do
  [ "$(metric 'comptoir_events_in_total{engine="loyalty",outcome="handled",topic="order.order.placed"}')" \
    -ge "$(metric 'comptoir_events_out_total{topic="order.order.placed"}')" ] \
    && [ "$(metric comptoir_outbox_backlog)" = 0 ] && break
  sleep 0.1
done

# Machine-independent figures: database commands and events handled per order, from the
# application's own metrics, over a batch placed one at a time and followed until every engine
# has finished with it (no event handled and nothing waiting in the outbox for 3 s). What the
# application does with no order at all (the relay's sweep, the metric scrapes) over as long is
# measured right after and reported beside: the batch's window includes it.
quiet() { # the slowest engine may still be working through phase 1's load: up to 10 minutes
  local last=-1 now stable=0
  for _ in $(seq 1 6000); do
    now=$(metric comptoir_events_in_total)
    if [ "$now" = "$last" ] && [ "$(metric comptoir_outbox_backlog)" = 0 ]; then
      stable=$((stable + 1)); [ "$stable" -ge 30 ] && return 0
    else stable=0; fi
    last=$now; sleep 0.1
  done
  echo "the application did not come to rest in 10 minutes" >&2; exit 1
}
PER_ORDER=${PER_ORDER:-200}
echo "== per order: database commands and events handled over $PER_ORDER orders"
quiet
placed_out() { metric 'comptoir_events_out_total{topic="order.order.placed"}'; }
curl -s "$BASE/q/metrics" >"$WORK/per-order-before.txt"
W0=$(date +%s.%N); OUT0=$(placed_out)
# wrk runs its whole -d even once it has placed LIMIT orders: the window ends with the batch's
# last order out and every engine at rest, not with wrk.
LIMIT=$PER_ORDER RATE=50 CONNECTIONS=1 THREADS=1 wrk -t1 -c1 -d"$((PER_ORDER / 50 + 30))s" -s bench/place-order.lua "$BASE" >"$WORK/per-order-wrk.txt" &
WRK_PID=$!
for _ in $(seq 1 3000); do [ "$(placed_out)" -ge $((OUT0 + PER_ORDER)) ] && break; sleep 0.1; done
quiet
curl -s "$BASE/q/metrics" >"$WORK/per-order-after.txt"
WINDOW=$(echo "$(date +%s.%N) - $W0" | bc -l)
kill "$WRK_PID" 2>/dev/null || true; wait "$WRK_PID" 2>/dev/null || true
sleep "$WINDOW"
curl -s "$BASE/q/metrics" >"$WORK/per-order-idle.txt"
# Per label set of a metric (the labels named after it), the increase between two scrapes
# (the batch's by default), per order.
per_order() { # metric label...
  awk -v m="$1" -v n="$PER_ORDER" -v labels="${*:2}" '
    function key(line,   k, i, parts, re, v) {
      k = ""; split(labels, parts, " ")
      for (i in parts) { re = parts[i] "=\"[^\"]*\""; v = ""
        if (match(line, re)) v = substr(line, RSTART + length(parts[i]) + 2, RLENGTH - length(parts[i]) - 3)
        k = k (k == "" ? "" : " ") v }
      return k }
    index($0, m "{") == 1 { d[key($0)] += (FILENAME == ARGV[1] ? -1 : 1) * $NF }
    END { for (k in d) if (d[k] > 0) printf "%s\t%.2f\n", k, d[k] / n }' \
    "${FROM:-$WORK/per-order-before.txt}" "${TO:-$WORK/per-order-after.txt}" | sort -t$'\t' -k2 -rn
}
per_order mongodb_driver_commands_seconds_count command collection >"$WORK/commands-per-order.tsv"
per_order comptoir_events_in_total engine topic >"$WORK/events-per-order.tsv"
COMMANDS=$(awk -F'\t' '{ s += $2 } END { printf "%.2f", s }' "$WORK/commands-per-order.tsv")
FROM=$WORK/per-order-after.txt TO=$WORK/per-order-idle.txt per_order mongodb_driver_commands_seconds_count command collection >"$WORK/commands-idle.tsv"
IDLE=$(awk -F'\t' '{ s += $2 } END { printf "%.2f", s }' "$WORK/commands-idle.tsv")
EVENTS=$(awk -F'\t' '{ s += $2 } END { printf "%.2f", s }' "$WORK/events-per-order.tsv")
printf 'database commands per order: %.1f (with no order, over as long: %.1f), events handled per order: %.1f\n' \
  "$COMMANDS" "$IDLE" "$EVENTS"

# At full speed orders arrive faster than this machine's 2 cores also relay and consume them, so
# any queue grows without end; the end-to-end figure is taken under a steady load instead.
RATE=${RATE:-$(echo "$RPS / 2" | bc)}
echo "== 2. order → points visible, under a steady $RATE orders/s"
"$JAVA" -cp "$CP" io.comptoir.bench.EndToEndLatency "$BASE" "$WORK/jwt/privateKey.pem" "$PRODUCT" "$SKU" 200 >"$WORK/e2e.txt" &
E2E_PID=$!
RATE=$RATE CONNECTIONS=$CONNECTIONS wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" -s bench/place-order.lua "$BASE" | tee "$WORK/wrk-steady.txt"
wait "$E2E_PID"
cat "$WORK/e2e.txt"
STEADY=$(awk '/Requests\/sec/ { print $2 }' "$WORK/wrk-steady.txt")
E2E=$(cat "$WORK/e2e.txt")

echo "== 3. backlog of $BACKLOG events built with Kafka stopped"
await_drained() { # target seconds
  for _ in $(seq 1 $(($2 * 20))); do [ "$(placed_out)" -ge "$1" ] && return 0; sleep 0.05; done; return 1
}
# Start from an empty outbox, so the backlog is exactly what the outage builds.
for _ in $(seq 1 300); do [ "$(metric comptoir_outbox_backlog)" = 0 ] && break; sleep 0.1; done
kill "$KAFKA_PID"; wait "$KAFKA_PID" 2>/dev/null || true
BEFORE=$(placed_out)
# wrk runs for its whole -d even once every thread has stopped at LIMIT: size -d from phase 1.
LIMIT=$BACKLOG wrk -t"$THREADS" -c"$CONNECTIONS" -d"$(echo "$BACKLOG * 2 / $RPS + 5" | bc)s" -s bench/place-order.lua "$BASE" >"$WORK/backlog-wrk.txt"
PLACED=$(awk '/requests in/ { print $1 }' "$WORK/backlog-wrk.txt")
TARGET=$((BEFORE + BACKLOG))
start_kafka
T0=$(date +%s.%N)
# The first event out marks the relay back in business; from there on it is the relay's own pace.
until [ "$(placed_out)" -gt "$BEFORE" ]; do sleep 0.02; done
T1=$(date +%s.%N)
await_drained "$TARGET" 120 || echo "backlog not drained in 120 s"
T2=$(date +%s.%N)
DRAIN=$(echo "$T2 - $T0" | bc -l); RELAY_SECONDS=$(echo "$T2 - $T1" | bc -l)
RELAY_RATE=$(echo "$BACKLOG / $RELAY_SECONDS" | bc -l)
echo "drain ${DRAIN}s (relay active ${RELAY_SECONDS}s, $RELAY_RATE events/s)"

echo "== 3. kafka-producer-perf-test on the same broker"
"$JAVA" -cp "$WORK/kafka-tools/*" org.apache.kafka.tools.ProducerPerformance --topic bench.perf \
  --num-records 200000 --record-size 600 --throughput -1 \
  --producer-props bootstrap.servers=127.0.0.1:$KPORT acks=all linger.ms=1 | tee "$WORK/perf.txt"
PERF=$(tail -1 "$WORK/perf.txt" | sed 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/')

OUT=bench/results/$(date -u +%Y-%m-%d)-$(hostname).md
{
  echo "# Benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(hostname)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB,"
  echo "$("$JAVA" -version 2>&1 | head -1). Kafka broker, MongoDB-wire server (mongo-java-server, in memory)"
  echo "and Comptoir (production jar) each in its own JVM on loopback; wrk -t$THREADS -c$CONNECTIONS."
  echo
  echo "| Measure | Comptoir | Yardstick (same run) | Ratio | Goal |"
  echo "| --- | --- | --- | --- | --- |"
  printf '| Order placement (validate, persist with outbox, respond), %ss | %.0f orders/s, p50 %s, p99 %s, non-2xx %s | raw insertOne, %s threads: %.0f/s | %.0f %% | ≥ 50 %%, p99 ≤ 20 ms |\n' \
    "$DURATION" "$RPS" "$P50" "$P99" "$NON2XX" "$CONNECTIONS" "$BASELINE" "$(echo "100 * $RPS / $BASELINE" | bc -l)"
  printf '| Database commands per order, placement through every consumer (%s orders, one at a time, %.0f s) | %.1f | the same time with no order: %.1f per order | | half of the first count (85.8) |\n' \
    "$PER_ORDER" "$WINDOW" "$COMMANDS" "$IDLE"
  printf '| Events handled per order, over every engine | %.1f | | | |\n' "$EVENTS"
  printf '| Order placed → loyalty points visible, under a steady %.0f orders/s | %s | | | p99 ≤ 250 ms |\n' "$STEADY" "$E2E"
  printf '| Outbox relay throughput to Kafka | %.0f events/s | kafka-producer-perf-test: %.0f records/s | %.1f %% | ≥ 30 %% |\n' \
    "$RELAY_RATE" "$PERF" "$(echo "100 * $RELAY_RATE / $PERF" | bc -l)"
  printf '| Drain of a %s-event backlog (%s orders placed while Kafka was down), from broker restart | %.1f s | | | ≤ 10 s |\n' \
    "$BACKLOG" "$PLACED" "$DRAIN"
  echo
  echo "Database commands per order by command and collection (the batch above, scheduled jobs and"
  echo "metric scrapes during it included), the same with no order over as long, and events handled"
  echo "per order by engine and topic:"
  echo
  echo '```'
  cat "$WORK/commands-per-order.tsv"
  echo
  echo "with no order:"
  cat "$WORK/commands-idle.tsv"
  echo
  cat "$WORK/events-per-order.tsv"
  echo '```'
} >"$OUT"
cat "$OUT"
