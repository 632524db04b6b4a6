#!/usr/bin/env bash
# The project's one wrapper. On a fresh Debian 12 machine each command first installs the
# missing Debian packages (installer/build-deps.sh), then:
#   ./dev.sh run    builds ebm-server (preset "dev"), seeds the plans into ./data and serves
#                   on http://127.0.0.1:8000/ with the embedded defaults
#   ./dev.sh test   builds everything (preset "ci": warnings are errors), installs the browser
#                   tests' npm packages (tests/e2e) when needed and runs every test
#   ./dev.sh asan   the same tests under AddressSanitizer + UndefinedBehaviorSanitizer
set -euo pipefail
cd "$(dirname "$0")"

# Installs tests/e2e's npm packages (playwright-core) from its package-lock.json when they are
# missing or older than the lock file.
e2e_packages() {
    local modules=tests/e2e/node_modules lock=tests/e2e/package-lock.json
    if [[ ! -d $modules || $lock -nt $modules ]]; then
        npm ci --prefix tests/e2e --no-audit --no-fund
        touch "$modules"
    fi
}

command=${1:-}
case "$command" in
run)
    bash installer/build-deps.sh
    cmake --preset dev
    cmake --build --preset dev --target ebm-server
    ./build/dev/server/ebm-server create-plans
    echo "Serving on ${APP_BASE_URL:-http://${EBM_BIND:-127.0.0.1}:${EBM_PORT:-8000}}/ — Ctrl+C stops."
    exec ./build/dev/server/ebm-server
    ;;
test | asan)
    preset=ci
    [ "$command" = asan ] && preset=asan
    bash installer/build-deps.sh
    cmake --preset "$preset"
    cmake --build --preset "$preset"
    e2e_packages
    ctest --preset "$preset"
    ;;
*)
    echo "usage: ./dev.sh run | test | asan" >&2
    exit 64
    ;;
esac
