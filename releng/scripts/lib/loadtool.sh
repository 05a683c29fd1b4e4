# The load tool (releng/org.chatroom.loadtest) for the benchmark scripts: sourced, never run.
#
#   loadtool_jar ROOT                          print the load tool's jar, building it (offline) when it is missing
#   loadtool_record JAR RESULTS SERVER SCENARIO ARGS...
#                                              one run with ARGS (bounded: 400 s); its summary goes to stderr, its
#                                              RESULT line to RESULTS tagged server=SERVER scenario=SCENARIO and the
#                                              1-minute load average at its end (missing=1 when the run failed)
#   bench_options ARGS...                      the options every benchmark script takes: sets duration (--quick: 3 s,
#                                              else 10 s), warmup (--no-warmup: 0, --warmup S: S seconds, else 3 s),
#                                              only (--only SERVER)
#                                              and pick (--scenario GLOB, default *); the other arguments, in order,
#                                              into the array bench_rest
#   loadtool_classpath JAR                     print the class path to run the load tool with: its jar and, unless
#                                              LOADTEST_TLS_ENGINE=jdk, the built product's Netty and tcnative jars,
#                                              so that its TLS clients use BoringSSL (the tool says which engine)
# LOADTEST_JAVA_OPTS: JVM options for the load tool (default -Xms512m -Xmx1g).

bench_options() {
    duration=10 warmup=3 only="" pick="*" bench_rest=()
    while [ $# -gt 0 ]; do
        case "$1" in
            --quick) duration=3 ;;
            --no-warmup) warmup=0 ;;
            --warmup) warmup=$2; shift ;;
            --only) only=$2; shift ;;
            --scenario) pick=$2; shift ;;
            *) bench_rest+=("$1") ;;
        esac
        shift
    done
}

loadtool_jar() {
    local jar
    jar=$(ls "$1"/releng/org.chatroom.loadtest/target/org.chatroom.loadtest-*.jar 2>/dev/null | head -n 1 || true)
    if [ -z "$jar" ]; then
        (cd "$1" && ./mvnw -o -B -q package -DskipTests -pl releng/org.chatroom.loadtest) >&2
        jar=$(ls "$1"/releng/org.chatroom.loadtest/target/org.chatroom.loadtest-*.jar | head -n 1)
    fi
    echo "$jar"
}

loadtool_classpath() {
    local plugins cp=$1
    plugins=$(cd "$(dirname "$1")/../../.." && pwd)/releng/org.chatroom.product/target/products/org.chatroom.product/linux/gtk/x86_64/chatroom/plugins
    if [ "${LOADTEST_TLS_ENGINE:-native}" != jdk ]; then
        for lib in "$plugins"/io.netty.*.jar; do
            [ -f "$lib" ] && cp=$cp:$lib
        done
    fi
    echo "$cp"
}

loadtool_record() {
    local jar=$1 results=$2 server=$3 scenario=$4 output
    shift 4
    # shellcheck disable=SC2086
    if output=$(timeout 400 java ${LOADTEST_JAVA_OPTS:--Xms512m -Xmx1g} -cp "$(loadtool_classpath "$jar")" \
            org.chatroom.loadtest.LoadTool "$@" 2>&1); then
        echo "$output" | grep -v '^RESULT' >&2
        echo "$output" | sed -n "s/^RESULT /RESULT server=$server scenario=$scenario load=$(
            cut -d' ' -f1 /proc/loadavg) /p" >>"$results"
    else
        echo "$output" >&2
        echo "RESULT server=$server scenario=$scenario missing=1" >>"$results"
    fi
}
