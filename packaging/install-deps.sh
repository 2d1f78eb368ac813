#!/usr/bin/env bash
# Installs the Debian 12 packages SCIM Console needs, only those that are missing (idempotent).
#   packaging/install-deps.sh build   compiler, CMake, Qt 6 development packages (with lupdate/lrelease for the
#                                     console's catalogs), QtKeychain
#   packaging/install-deps.sh test    build + what the test suite runs (curl, Node.js/npm for newman, a private
#                                     D-Bus session with gnome-keyring for the keychain tests, Xvfb for screenshots,
#                                     a PostgreSQL 15 server that the suites start themselves, and deb + the
#                                     package checks: lintian, desktop-file-validate, appstreamcli, systemd-analyze;
#                                     Qt's own German and French catalogs for the translation tests)
#   packaging/install-deps.sh bench   build + wrk, PostgreSQL and HAProxy (bench/run-bench.sh --database),
#                                     clang-14 with libFuzzer for bench/fuzz.sh
#   packaging/install-deps.sh deb     build + what packaging/build-deb.sh needs (debhelper, dpkg-dev)
# Uses apt-get directly as root, otherwise through sudo.
set -euo pipefail

profile=${1:-build}
build_packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libsqlite3-dev
    qtkeychain-qt6-dev libsecret-1-0 fonts-dejavu-core libpq-dev qt6-tools-dev qt6-l10n-tools libjemalloc-dev
)
deb_packages=(debhelper dpkg-dev ccache)
test_packages=(curl ca-certificates procps dbus-daemon gnome-keyring xvfb xauth postgresql
    "${deb_packages[@]}" lintian man-db desktop-file-utils appstream systemd qt6-qpa-plugins qt6-translations-l10n)
bench_packages=(wrk curl util-linux postgresql haproxy clang-14 libclang-rt-14-dev)

packages=("${build_packages[@]}")
case "$profile" in
    build) ;;
    test) packages+=("${test_packages[@]}") ;;
    bench) packages+=("${bench_packages[@]}") ;;
    deb) packages+=("${deb_packages[@]}") ;;
    *) echo "usage: $0 [build|test|bench|deb]" >&2; exit 2 ;;
esac

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
# Node.js may come from Debian (nodejs + npm) or from another vendor's nodejs package that bundles npm.
if [[ "$profile" == test ]] && ! command -v npm >/dev/null 2>&1; then
    missing+=(nodejs npm)
fi

if ((${#missing[@]} == 0)); then
    exit 0
fi

if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "These packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -q
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
