#!/usr/bin/env bash
# Start and stop of the production application against a yardstick measured in the same run, on
# the same Kafka broker and MongoDB-wire server (each in its own JVM on loopback):
#   minimal            bench/minimal, a minimal Quarkus application with the same extensions (one
#                      endpoint writing one Mongo entity, one Kafka consumer with a dead-letter
#                      topic, one scheduled job);
#   comptoir, all      the production jar (fast-jar, the default packaging), every engine;
#   comptoir, catalog  the same jar with COMPTOIR_ENGINES=catalog, one engine;
#   aot-jar, aot-cache (AOT=1, the default) Quarkus's AOT packaging, without and with the JDK's
#                      ahead-of-time cache (JEP 483/514/515) trained by the integration tests
#                      (`./mvnw verify -Dquarkus.package.jar.aot.enabled=true`: the whole suite, slow).
# Each start is timed from `java` launched to the first 200 of /q/health/ready, with the resident
# memory then. Once every Kafka consumer the application created has joined its group (bounded
# by JOIN_WAIT seconds) and ready has answered 200 for 2 s, the application gets SIGTERM and the
# stop is timed until the process has exited. Last, the all-engines stop is timed with the broker
# down: Kafka is stopped once the application is ready, then the application, then Kafka starts
# again (on an empty log directory, so no stale group member delays the next consumers).
# The variants take turns, RUNS rounds (default 5) after one unmeasured start of each (which also
# creates the topics); the table gives medians and bests. PROFILE=n also records n starts of each
# application with JFR (settings=profile, plus CPU-time samples every 10 ms of a thread's CPU),
# dumped when ready into target/bench-startup/, which bench/StartupProfile.java summarises into
# the results file.
# Results go to bench/results/<date>-startup-<host>.md.
# Usage: bench/startup.sh (RUNS=5 AOT=1 PROFILE=0 JOIN_WAIT=30 KPORT MPORT HPORT; SKIP_BUILD=1 reuses
# the last builds).
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
AOT=${AOT:-1}
PROFILE=${PROFILE:-0} # how many profiled starts of each application
JOIN_WAIT=${JOIN_WAIT:-30}
STOP_LIMIT=60 # a stop longer than this is cut short with SIGKILL and shown as such
# Ports of the broker, the wire server and the application (overridable, the machine is shared).
KPORT=${KPORT:-29092} MPORT=${MPORT:-27029} HPORT=${HPORT:-8089}
WORK=$PWD/target/bench-startup
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

JDK=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA=$JDK/bin/java
if [ -z "${SKIP_BUILD:-}" ]; then
  rm -rf "$WORK" && mkdir -p "$WORK"
  echo "== build: Comptoir (fast-jar), the minimal application"
  ./mvnw -q -DskipTests -Dspotless.check.skip=true package
  cp -a target/quarkus-app "$WORK/fast-jar"
  ./mvnw -q -f bench/minimal/pom.xml -DskipTests package
  cp -a bench/minimal/target/quarkus-app "$WORK/minimal"
  if [ "$AOT" = 1 ]; then
    echo "== build: aot-jar with its cache (runs the tests, which train the cache)"
    ./mvnw -q -Dspotless.check.skip=true verify -Dquarkus.package.jar.aot.enabled=true
    # -a keeps the jars' timestamps, which the cache checks along with the class path.
    cp -a target/quarkus-app "$WORK/aot-jar"
  fi
fi
rm -rf "$WORK/kafka" "$WORK/jwt" "$WORK/logs" "$WORK"/*.jfr
mkdir -p "$WORK/logs"
test -d "$WORK/minimal" && test -d "$WORK/fast-jar"
[ "$AOT" = 0 ] || test -s "$WORK/aot-jar/app.aot"
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

await_line() { # file pattern seconds
  for _ in $(seq 1 $(($3 * 10))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}
start_kafka() {
  rm -rf "$WORK/kafka"
  "$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra kafka $KPORT "$WORK/kafka" >"$WORK/kafka.log" 2>&1 &
  KAFKA_PID=$!; pids+=("$KAFKA_PID"); await_line "$WORK/kafka.log" "kafka ready" 60
}
stop_kafka() { kill "$KAFKA_PID"; wait "$KAFKA_PID" 2>/dev/null || true; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
echo "== infrastructure"
start_kafka
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra mongo $MPORT >"$WORK/mongo.log" 2>&1 &
pids+=($!); await_line "$WORK/mongo.log" "mongo ready" 30
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra tokens "$WORK/jwt" 1

ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
running() { # pid: alive and not yet a zombie
  local st
  read -r _ _ st _ 2>/dev/null <"/proc/$1/stat" && [ "$st" != Z ]
}
# The Kafka client logs each consumer's group join at INFO; SmallRye logs each consumer it creates
# (SRMSG18257). Both applications otherwise log Kafka at WARN.
JOIN_LOG='-Dquarkus.log.category."org.apache.kafka.clients.consumer.internals.ConsumerCoordinator".level=INFO'

# One start and stop. Sets READY_MS RSS JOINED_MS STOP_MS STARTED_S (Quarkus's own "started in").
# broker=down stops Kafka once the application is ready, before the SIGTERM, and starts it again.
start_once() { # log dir engines broker [jvm options...]
  local log=$1 dir=$2 engines=$3 broker=$4; shift 4
  local t0 app code=000 ready_since consumers joined
  t0=$(date +%s%N)
  (cd "$dir" && exec env KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KPORT \
    QUARKUS_MONGODB_CONNECTION_STRING=mongodb://127.0.0.1:$MPORT \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/publicKey.pem" QUARKUS_HTTP_PORT=$HPORT \
    COMPTOIR_KAFKA_PROVISION_TOPICS="${PROVISION:-false}" COMPTOIR_ENGINES="$engines" \
    "$JAVA" "$JOIN_LOG" "$@" -jar quarkus-run.jar >"$log" 2>&1) &
  app=$!
  until [ "$code" = 200 ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HPORT/q/health/ready" || true)
    if [ "$code" != 200 ]; then
      running "$app" || { echo "application exited before ready, see $log" >&2; exit 1; }
      [ "$(ms_since "$t0")" -lt 180000 ] || { echo "not ready in 180 s, see $log" >&2; exit 1; }
      sleep 0.01
    fi
  done
  READY_MS=$(ms_since "$t0")
  RSS=$(ps -o rss= -p "$app" | awk '{ printf "%d", $1 / 1024 }')
  if [ -n "${JFR_DUMP:-}" ]; then "$JDK/bin/jcmd" "$app" JFR.dump name=startup filename="$JFR_DUMP" >/dev/null; fi
  # Consumers joined (bounded), and ready for 2 s, before the stop.
  ready_since=$(date +%s%N); JOINED_MS=-
  while :; do
    consumers=$(grep -c 'SRMSG18257' "$log" || true)
    joined=$(grep -c 'Successfully synced group' "$log" || true)
    if [ "$JOINED_MS" = - ] && [ "$consumers" -gt 0 ] && [ "$joined" -ge "$consumers" ]; then
      # When the last of them joined, from the log's clock (yyyy-mm-dd hh:mm:ss,mmm).
      JOINED_MS=$(( $(date -d "$(grep 'Successfully synced group' "$log" | tail -1 | cut -c1-23 | tr , .)" +%s%3N) \
        - t0 / 1000000 ))
    fi
    [ "$JOINED_MS" != - ] && [ "$(ms_since "$ready_since")" -ge 2000 ] && break
    [ "$(ms_since "$ready_since")" -ge $((JOIN_WAIT * 1000)) ] && break
    sleep 0.1
  done
  [ "$JOINED_MS" != - ] || echo "not every consumer joined in ${JOIN_WAIT} s ($joined of $consumers), see $log" >&2
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HPORT/q/health/ready")" = 200 ] \
    || echo "ready no longer 200 before the stop, see $log" >&2
  if [ "$broker" = down ]; then stop_kafka; fi
  local ts
  ts=$(date +%s%N)
  kill -TERM "$app"
  while running "$app"; do
    [ "$(ms_since "$ts")" -lt $((STOP_LIMIT * 1000)) ] || { kill -KILL "$app"; echo "stop cut short, see $log" >&2; }
    sleep 0.01
  done
  wait "$app" 2>/dev/null || true
  STOP_MS=$(ms_since "$ts")
  STARTED_S=$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$log" | head -1)
  if [ "$broker" = down ]; then start_kafka; fi
}

# Variants: label, directory, engines, broker, JVM options.
VARIANTS=("minimal|$WORK/minimal|all|up|" "comptoir, all engines|$WORK/fast-jar|all|up|"
  "comptoir, one engine (catalog)|$WORK/fast-jar|catalog|up|")
if [ "$AOT" = 1 ]; then
  VARIANTS+=("comptoir, all engines, aot-jar without cache|$WORK/aot-jar|all|up|"
    "comptoir, all engines, aot-jar with AOT cache|$WORK/aot-jar|all|up|-XX:AOTCache=app.aot")
fi
DOWN="comptoir, all engines, broker down at stop|$WORK/fast-jar|all|down|"
RAW=$WORK/raw.txt # label|round|ready ms|RSS MiB|joined ms|stop ms|started in s
: >"$RAW"
run_variant() { # round "label|dir|engines|broker|options"
  local label dir engines broker opts
  IFS='|' read -r label dir engines broker opts <<<"$2"
  # shellcheck disable=SC2086 # the options are words
  start_once "$WORK/logs/$(echo "$label" | tr -c 'a-z0-9\n' '-')-$1.log" "$dir" "$engines" "$broker" $opts
  echo "$label|$1|$READY_MS|$RSS|$JOINED_MS|$STOP_MS|$STARTED_S" >>"$RAW"
  echo "$label #$1: ready ${READY_MS} ms (Quarkus: ${STARTED_S} s), ${RSS} MiB, consumers joined ${JOINED_MS} ms, stop ${STOP_MS} ms" >&2
}

# The unmeasured starts create the topics; the measured ones find them, as in production where the
# KafkaTopic resources make them (provisioning is for dev mode and the tests).
echo "== one unmeasured start each (topics, page cache)"
PROVISION=true run_variant 0 "${VARIANTS[0]}"
PROVISION=true run_variant 0 "${VARIANTS[1]}"
for p in $(seq 1 "$PROFILE"); do
  [ "$p" -gt 1 ] || echo "== JFR: $PROFILE starts of each application, recorded until ready"
  for v in "${VARIANTS[0]}" "${VARIANTS[1]}"; do
    IFS='|' read -r label dir _ <<<"$v"
    name=$(basename "$dir")
    JFR_DUMP=$WORK/$name-$p.jfr
    start_once "$WORK/logs/jfr-$name-$p.log" "$dir" all up -XX:FlightRecorderOptions=stackdepth=256 \
      "-XX:StartFlightRecording=name=startup,settings=profile,jdk.CPUTimeSample#enabled=true,jdk.CPUTimeSample#throttle=10ms,filename=$WORK/$name-$p-full.jfr"
    echo "$label with JFR: ready ${READY_MS} ms, recording $JFR_DUMP" >&2
    unset JFR_DUMP
  done
done
echo "== start and stop: $RUNS rounds of ${#VARIANTS[@]} variants, then $RUNS stops with the broker down"
for round in $(seq 1 "$RUNS"); do
  for v in "${VARIANTS[@]}"; do run_variant "$round" "$v"; done
done
# Each broker-down run restarts a fresh broker after it: the next one makes the topics again.
for round in $(seq 1 "$RUNS"); do PROVISION=true run_variant "$round" "$DOWN"; done

# Median and best of one column (3 ready, 4 RSS, 5 joined, 6 stop) of one variant's measured rounds.
column() { # label column
  awk -F'|' -v l="$1" -v c="$2" '$1 == l && $2 > 0 && $c != "-" { print $c }' "$RAW" | sort -n
}
median() { local s; s=$(column "$1" "$2"); [ -n "$s" ] || { echo -; return; }; echo "$s" | sed -n "$(( ($(echo "$s" | wc -l) + 1) / 2 ))p"; }
best() { local s; s=$(column "$1" "$2"); [ -n "$s" ] && echo "$s" | head -1 || echo -; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }'; }
label_of() { echo "${1%%|*}"; }
MIN=$(label_of "${VARIANTS[0]}") ALL=$(label_of "${VARIANTS[1]}") ONE=$(label_of "${VARIANTS[2]}") DOWNL=$(label_of "$DOWN")

OUT=bench/results/$(date -u +%Y-%m-%d)-startup-$(hostname).md
{
  echo "# Start-up and stop benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(hostname)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB,"
  echo "$("$JAVA" -version 2>&1 | head -1). Each application against the same Kafka broker and MongoDB-wire"
  echo "server, each in its own JVM on loopback. Ready: from \`java\` launched to the first 200 of"
  echo "/q/health/ready. Stop: from SIGTERM, sent once every Kafka consumer has joined its group and"
  echo "ready has answered for 2 s, to the process's exit. $RUNS rounds, the variants taking turns,"
  echo "after one unmeasured start of each application. Load average (1, 5, 15 min) before: $LOAD_BEFORE, after:"
  echo "$(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared).$([ "$AOT" = 1 ] && echo " AOT cache: $(du -m "$WORK/aot-jar/app.aot" | cut -f1) MiB, trained by the integration tests.")"
  echo
  echo "| Variant | Ready, median | Ready, best | RSS when ready (median) | Last consumer joined (median) | Stop, median | Stop, worst |"
  echo "| --- | --- | --- | --- | --- | --- | --- |"
  for v in "${VARIANTS[@]}" "$DOWN"; do
    l=$(label_of "$v")
    if [ "$l" = "$DOWNL" ]; then
      printf '| %s | | | | | %s ms | %s ms |\n' "$l" "$(median "$l" 6)" "$(column "$l" 6 | tail -1)"
    else
      printf '| %s | %s ms | %s ms | %s MiB | %s ms | %s ms | %s ms |\n' "$l" "$(median "$l" 3)" "$(best "$l" 3)" \
        "$(median "$l" 4)" "$(median "$l" 5)" "$(median "$l" 6)" "$(column "$l" 6 | tail -1)"
    fi
  done
  echo
  echo "| Ratio | Median | Best | Goal |"
  echo "| --- | --- | --- | --- |"
  printf '| Ready, all engines / minimal | %s | %s | ≤ 1.5 |\n' "$(ratio "$(median "$ALL" 3)" "$(median "$MIN" 3)")" "$(ratio "$(best "$ALL" 3)" "$(best "$MIN" 3)")"
  printf '| RSS when ready, all engines / minimal | %s | | ≤ 1.5 |\n' "$(ratio "$(median "$ALL" 4)" "$(median "$MIN" 4)")"
  printf '| Ready, all engines / one engine | %s | %s | ≤ 1.15 |\n' "$(ratio "$(median "$ALL" 3)" "$(median "$ONE" 3)")" "$(ratio "$(best "$ALL" 3)" "$(best "$ONE" 3)")"
  printf '| RSS when ready, all engines / one engine | %s | | ≤ 1.15 |\n' "$(ratio "$(median "$ALL" 4)" "$(median "$ONE" 4)")"
  printf '| Stop, all engines, broker up / down (worst, s) | %s / %s | | ≤ 10 s |\n' \
    "$(awk -v a="$(column "$ALL" 6 | tail -1)" 'BEGIN { printf "%.1f", a / 1000 }')" \
    "$(awk -v a="$(column "$DOWNL" 6 | tail -1)" 'BEGIN { printf "%.1f", a / 1000 }')"
  echo
  echo "Every start (ms; Quarkus's own \"started in\" in s):"
  echo
  echo '```'
  echo "variant | round | ready | RSS MiB | last consumer joined | stop | started in"
  awk -F'|' '$2 > 0' "$RAW" | sed 's/|/ | /g'
  echo '```'
  if [ "$PROFILE" -gt 0 ]; then
    echo
    echo "## Where the start goes (JFR, $PROFILE recorded starts of each, until ready)"
    echo
    for name in minimal fast-jar; do
      # shellcheck disable=SC2046 # the recordings are words
      "$JAVA" bench/StartupProfile.java $(seq -f "$WORK/$name-%g.jfr" 1 "$PROFILE") | sed "s|$WORK/||g"
    done
  fi
} >"$OUT"
cat "$OUT"
