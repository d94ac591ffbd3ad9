#!/usr/bin/env bash
# Start-up time of the production application, from `java` launched to the first 200 of
# /q/health/ready, against a broker and a wire server already running (each in its own JVM):
#   fast-jar   the default packaging, as `./mvnw package` builds it;
#   aot-jar    Quarkus's AOT packaging (quarkus.package.jar.aot.enabled=true), without the cache;
#   aot-cache  the same with the JDK's ahead-of-time cache (JEP 483/514/515), trained by the
#              integration tests (`./mvnw verify -Dquarkus.package.jar.aot.enabled=true`).
# Each variant starts RUNS times (default 5); the table gives the median and the best, and the
# resident memory once ready. Results go to bench/results/<date>-startup-<host>.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-5}
KPORT=29092 MPORT=27029 HPORT=8089
WORK=$PWD/target/bench-startup
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java
if [ -z "${SKIP_BUILD:-}" ]; then # SKIP_BUILD=1 measures the builds of the previous run again
  rm -rf "$WORK" && mkdir -p "$WORK"
  echo "== build: fast-jar, then aot-jar with its cache (runs the tests, which train the cache)"
  ./mvnw -q -DskipTests -Dspotless.check.skip=true package
  cp -a target/quarkus-app "$WORK/fast-jar"
  ./mvnw -q -Dspotless.check.skip=true verify -Dquarkus.package.jar.aot.enabled=true
  # -a keeps the jars' timestamps, which the cache checks along with the class path.
  cp -a target/quarkus-app "$WORK/aot-jar"
fi
rm -rf "$WORK/kafka" "$WORK/jwt" "$WORK/app.log"
test -s "$WORK/aot-jar/app.aot"
./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt"
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"

await_line() { # file pattern seconds
  for _ in $(seq 1 $(($3 * 10))); do grep -q "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "timed out waiting for '$2' in $1" >&2; return 1
}
echo "== infrastructure"
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra kafka $KPORT "$WORK/kafka" >"$WORK/kafka.log" 2>&1 &
pids+=($!); await_line "$WORK/kafka.log" "kafka ready" 60
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra mongo $MPORT >"$WORK/mongo.log" 2>&1 &
pids+=($!); await_line "$WORK/mongo.log" "mongo ready" 30
"$JAVA" -cp "$CP" io.comptoir.bench.BenchInfra tokens "$WORK/jwt" 1

# One start: prints "<ms to ready> <RSS in MiB>".
start_once() { # dir [jvm options...]
  local dir=$1; shift
  local t0 app code=000
  t0=$(date +%s%N)
  (cd "$dir" && exec env KAFKA_BOOTSTRAP_SERVERS=127.0.0.1:$KPORT \
    QUARKUS_MONGODB_CONNECTION_STRING=mongodb://127.0.0.1:$MPORT \
    MP_JWT_VERIFY_PUBLICKEY_LOCATION="$WORK/jwt/publicKey.pem" QUARKUS_HTTP_PORT=$HPORT \
    "$JAVA" "$@" -jar quarkus-run.jar >>"$WORK/app.log" 2>&1) &
  app=$!
  until [ "$code" = 200 ]; do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$HPORT/q/health/ready" || true)
    [ "$code" = 200 ] || sleep 0.01
  done
  local t1 rss
  t1=$(date +%s%N)
  rss=$(ps -o rss= -p "$app" | awk '{ printf "%d", $1 / 1024 }')
  kill "$app"; wait "$app" 2>/dev/null || true
  echo "$(( (t1 - t0) / 1000000 )) $rss"
}

measure() { # label dir [jvm options...]
  local label=$1; shift
  local times=() rss=()
  for _ in $(seq 1 "$RUNS"); do
    read -r ms mib < <(start_once "$@")
    times+=("$ms"); rss+=("$mib")
    echo "$label: ${ms} ms, ${mib} MiB" >&2
  done
  local sorted median best
  sorted=$(printf '%s\n' "${times[@]}" | sort -n)
  median=$(echo "$sorted" | sed -n "$(( (RUNS + 1) / 2 ))p")
  best=$(echo "$sorted" | head -1)
  printf '| %s | %s ms | %s ms | %s MiB |\n' "$label" "$median" "$best" \
    "$(printf '%s\n' "${rss[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")"
}

echo "== start-ups ($RUNS each)"
ROWS=$(
  measure "fast-jar (default)" "$WORK/fast-jar"
  measure "aot-jar, no cache" "$WORK/aot-jar"
  measure "aot-jar with AOT cache" "$WORK/aot-jar" -XX:AOTCache=app.aot
)

OUT=bench/results/$(date -u +%Y-%m-%d)-startup-$(hostname).md
{
  echo "# Start-up benchmark $(date -u +%Y-%m-%dT%H:%MZ) on $(hostname)"
  echo
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem/ {print $2}') GiB,"
  echo "$("$JAVA" -version 2>&1 | head -1). Production application against a Kafka broker and a MongoDB-wire"
  echo "server already running on loopback; time from \`java\` launched to the first 200 of /q/health/ready,"
  echo "$RUNS starts per variant; AOT cache ($(du -m "$WORK/aot-jar/app.aot" | cut -f1) MiB) trained by the integration tests."
  echo
  echo "| Variant | Median | Best | RSS when ready (median) |"
  echo "| --- | --- | --- | --- |"
  echo "$ROWS"
} >"$OUT"
cat "$OUT"
