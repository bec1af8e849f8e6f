# Shared pieces of the benchmark scripts: a local nginx as the target, a release build of
# barrage, and the CPU pinning that keeps target and generator off each other's core.
# Sourced, not run.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_DIR="$ROOT/.local/bench"
NGINX_PORT="${NGINX_PORT:-18080}"
mkdir -p "$BENCH_DIR"

# The measured processes (target, peer, generator) run at raised priority when we may raise it, so
# other work on the machine (a build, a test run) takes less of their cores while they are measured.
# It changes only who waits for a core, not what a request costs.
PRIORITY=()
if [[ $(id -u) == 0 ]]; then PRIORITY=(nice -n -15); fi

need() {
    local missing=()
    for tool in "$@"; do command -v "$tool" >/dev/null 2>&1 || missing+=("$tool"); done
    if ((${#missing[@]})); then
        echo "bench: installing ${missing[*]} with apt-get" >&2
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    fi
}

# nginx on one core (CPU 0), keep-alive without limit, answering:
#   GET /                          "ok" (2 bytes)
#   GET /api/v1/products           storefront's list page, 20 products (~4.7 KB of JSON)
#   GET /api/v1/products?limit=100 (or 1000) the list with 100 (1,000) products, for setup captures
#   GET /api/v1/products?q=…       a search page of 10 products
#   GET /api/v1/products/ID        one product
#   POST /api/v1/orders            201 with an order; POST /api/v1/auth/login: a token
#   GET /nginx_status              stub_status, whose request counter the benchmarks read
# The JSON bodies are canned storefront responses (bench/canned-storefront.py), so a scenario
# written for storefront runs unchanged against this stand-in.
start_nginx() {
    need nginx
    local dir="$BENCH_DIR/nginx"
    mkdir -p "$dir/logs" "$dir/canned"
    python3 "$ROOT/bench/canned-storefront.py" "$dir/canned"
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
    default_type application/json;
    map \$arg_limit \$list_file { default list.json; 100 list100.json; 1000 list1000.json; }
    server {
        listen 127.0.0.1:$NGINX_PORT backlog=8192;
        root $dir/canned;
        location = / { default_type text/plain; return 200 "ok"; }
        location = /nginx_status { stub_status; }
        location = /api/v1/products {
            if (\$arg_q) { rewrite ^ /search.json last; }
            try_files /\$list_file =404;
        }
        location /api/v1/products/ { try_files /product.json =404; }
        location = /api/v1/orders { try_files /order.json =404; error_page 405 =201 /order.json; }
        location = /api/v1/auth/login { try_files /login.json =404; error_page 405 =200 /login.json; }
    }
}
CONF
    stop_nginx
    "${PRIORITY[@]}" nginx -c "$dir/nginx.conf" -p "$dir" -e "$dir/logs/error.log"
    for _ in $(seq 50); do
        curl -fsS "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1 && return 0
        sleep 0.1
    done
    echo "bench: nginx did not come up on 127.0.0.1:$NGINX_PORT" >&2
    return 1
}

# The number of requests nginx has answered so far (stub_status), not counting this query.
nginx_requests() {
    curl -fsS "http://127.0.0.1:$NGINX_PORT/nginx_status" | awk '/^ *[0-9]+ +[0-9]+ +[0-9]+/ {print $3 - 1}'
}

stop_nginx() {
    local pidfile="$BENCH_DIR/nginx/nginx.pid"
    if [[ -f $pidfile ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null; then
        kill "$(cat "$pidfile")"
        for _ in $(seq 50); do kill -0 "$(cat "$pidfile" 2>/dev/null)" 2>/dev/null || break; sleep 0.1; done
    fi
}

# Builds barrage in release mode, unless BARRAGE names a binary to measure instead (e.g. another
# checkout's build, to compare two versions under the same conditions).
build_barrage() {
    if [[ -n "${BARRAGE:-}" ]]; then
        echo "bench: measuring $BARRAGE" >&2
        return
    fi
    (cd "$ROOT" && swift build -c release --product barrage >&2)
    BARRAGE="$ROOT/.build/release/barrage"
}

json_field() {
    python3 -c "import json,sys; print(json.load(open(sys.argv[1]))$2)" "$1"
}
