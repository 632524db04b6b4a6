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
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "install ok installed" ]]; then
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
