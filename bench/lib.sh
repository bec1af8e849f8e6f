# Shared pieces of the benchmark scripts: a local nginx as the target, a release build of
# barrage, and the CPU pinning that keeps target and generator off each other's core.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/.local/bench"
NGINX_PORT="${NGINX_PORT:-18080}"
mkdir -p "$BENCH_DIR"

need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
    if ((${#missing[@]})); then
        echo "bench: installing ${missing[*]} with apt-get" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# nginx on one core (CPU 0), answering GET / with a 2-byte body, keep-alive without limit.
start_nginx() {
    need nginx
    local dir="$BENCH_DIR/nginx"
    mkdir -p "$dir/logs"
    cat >"$dir/nginx.conf" <<CONF
worker_processes 1;
worker_cpu_affinity 01;
worker_rlimit_nofile 40000;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
events { worker_connections 30000; multi_accept on; }
http {
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 120s;
    server {
        listen 127.0.0.1:$NGINX_PORT backlog=8192;
        location / { default_type text/plain; return 200 "ok"; }
        location /api/v1/products { default_type application/json; return 200 '[{"id":1,"name":"a"}]'; }
    }
}
CONF
    stop_nginx
    nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
    for _ in $(seq 50); do
        curl -fsS "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench: nginx did not come up on 127.0.0.1:$NGINX_PORT" >&2
    return 1
}

stop_nginx() {
    local pidfile="$BENCH_DIR/nginx/nginx.pid"
    if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")"
        for _ in $(seq 50); do kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null || break; sleep 0.1; done
    fi
}

build_barrage() {
    (cd "$ROOT" && swift build -c release --product barrage >&2)
    BARRAGE="$ROOT/.build/release/barrage"
}

json_field() {
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))$2)" "$1"
}
