#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build and test ESXi Backup Manager Cloud.
# Only missing packages are installed; when everything is present it prints nothing.
set -euo pipefail

packages=(
    cmake
    ninja-build
    g++
    pkg-config
    clang-format
    qt6-base-dev
    qt6-charts-dev
    qt6-tools-dev
    qt6-tools-dev-tools
    qt6-l10n-tools
    qt6-translations-l10n
    libgl-dev
    libpoco-dev
    libsqlite3-dev
    sqlite3
    libssl-dev
    libgtest-dev
    libgmock-dev
    poppler-utils
    fonts-dejavu-core
    desktop-file-utils
    dpkg-dev
    python3
    python3-aiosmtpd
    curl
    xvfb
    xauth
    chromium
    nodejs
    npm
)

# Names that an installed package provides count as present (NodeSource's nodejs provides npm
# and conflicts with Debian's).
mapfile -t provided < <(dpkg-query -W -f='${db:Status-Status} ${Provides}\n' 2>/dev/null |
    sed -n 's/^installed //p' | tr ',' '\n' | sed -E 's/\(.*\)//; s/^ +//; s/ +$//' | sort -u)
is_provided() {
    local name
    for name in "${provided[@]}"; do
        [[ "$name" == "$1" ]] && return 0
    done
    return 1
}

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]] && ! is_provided "$package"; then
        missing+=("$package")
    fi
done

if ((${#missing[@]} == 0)); then
    exit 0
fi

sudo=()
if ((EUID != 0)); then
    sudo=(sudo)
fi

echo "build-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update
"${sudo[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
