#!/usr/bin/env bash
# Checks the Debian packages that packaging/build-deb.sh built into DEBDIR. Exit code 0 only when the check passed.
#
#   tests/packaging/check-packages.sh lintian|desktop|systemd|install DEBDIR
#
#   lintian   lintian on both packages: no error and no warning (overrides are in packaging/debian/*.lintian-overrides)
#   desktop   desktop-file-validate on the .desktop entry, appstreamcli validate on the metainfo, and
#             appstreamcli validate-tree on the unpacked scim-console package (desktop id, icon and metainfo agree);
#             every icon size; the metainfo release and the man page name the package version
#   systemd   systemd-analyze security --offline=true rates the packaged unit at most SCIM_MAX_EXPOSURE (2.0);
#             every engine option the unit and /etc/default/scim-engine pass exists; the man page names the version
#   install   dpkg -i of both packages on this machine (root needed), systemd-analyze verify on the installed unit,
#             each executable's --version without a display,
#             the generated admin token, a reinstall that keeps it, and a purge that removes what the package made
#             (only when neither package was installed before the test, so an admin's installation is left alone)
set -euo pipefail

check=${1:-}
debdir=${2:-}
max_exposure=${SCIM_MAX_EXPOSURE:-2.0}
# Options the unit passes that the engine does not have yet (added by later engine work). Remove an entry once
# `scim-engine --help` lists it; the check then insists on it like on every other option. (Empty: the engine has
# --admin-token-file, --tls-cert and --tls-key.)
pending_engine_options=()

fail() {
    echo "FAIL: $*" >&2
    exit 1
}
[[ -n "$check" && -d "$debdir" ]] || { echo "usage: $0 lintian|desktop|systemd|install DEBDIR" >&2; exit 2; }

deb_of() {
    local matches=("$debdir/$1"_*.deb)
    [[ ${#matches[@]} -eq 1 && -f "${matches[0]}" ]] || fail "expected one $1 package in $debdir, found: ${matches[*]}"
    echo "${matches[0]}"
}
engine_deb=$(deb_of scim-engine)
console_deb=$(deb_of scim-console)
version=$(dpkg-deb -f "$engine_deb" Version)

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
unpack() { # PACKAGE.deb -> directory
    local dir="$scratch/$(basename "$1" .deb)"
    mkdir -p "$dir"
    dpkg-deb -x "$1" "$dir"
    echo "$dir"
}

check_lintian() {
    command -v lintian >/dev/null || fail "lintian is not installed (packaging/install-deps.sh test)"
    # Informational tags are shown so that they are seen; errors and warnings fail.
    echo "lintian $(lintian --version | awk '{print $2}') on $(basename "$engine_deb") $(basename "$console_deb")"
    if ! lintian --fail-on error,warning --display-info "$engine_deb" "$console_deb"; then
        fail "lintian reported errors or warnings (above)"
    fi
    echo "lintian: no errors, no warnings"
}

check_desktop() {
    local root desktop metainfo
    root=$(unpack "$console_deb")
    desktop=("$root"/usr/share/applications/*.desktop)
    metainfo=("$root"/usr/share/metainfo/*.metainfo.xml)
    [[ ${#desktop[@]} -eq 1 && -f "${desktop[0]}" ]] || fail "scim-console ships no single .desktop file"
    [[ ${#metainfo[@]} -eq 1 && -f "${metainfo[0]}" ]] || fail "scim-console ships no single metainfo file"
    # desktop-file-validate prints hints and errors alike; only errors set its exit code, but any output is a finding.
    local findings
    findings=$(desktop-file-validate "${desktop[0]}" 2>&1) || fail "desktop-file-validate: $findings"
    [[ -z "$findings" ]] || fail "desktop-file-validate: $findings"
    echo "desktop-file-validate $(basename "${desktop[0]}"): clean"
    appstreamcli validate --no-net --explain "${metainfo[0]}" || fail "appstreamcli validate failed"
    appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree failed"
    grep -q "<release version=\"$version\"" "${metainfo[0]}" || fail "the metainfo has no <release> for $version"
    zgrep -q "^\.TH .*\"scim-console $version\"" "$root/usr/share/man/man1/scim-console.1.gz" \
        || fail "scim-console.1 does not name version $version"
    zgrep -q "^\.TH .*\"scim-check $version\"" "$root/usr/share/man/man1/scim-check.1.gz" \
        || fail "scim-check.1 does not name version $version"
    # The icon the desktop entry names exists in every size the hicolor theme is asked for, and as SVG.
    local icon size
    icon=$(sed -n 's/^Icon=//p' "${desktop[0]}")
    for size in 16 22 24 32 48 64 128 256 512; do
        local png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$icon.png"
        [[ -f "$png" ]] || fail "missing icon $png"
        file "$png" | grep -q "PNG image data, $size x $size," || fail "$png is not a ${size}x${size} PNG: $(file -b "$png")"
    done
    [[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ]] || fail "missing scalable icon $icon.svg"
    echo "icons: $icon in 9 PNG sizes and scalable SVG"
}

check_systemd() {
    local root unit
    root=$(unpack "$engine_deb")
    unit="$root/lib/systemd/system/scim-engine.service"
    [[ -f "$unit" ]] || fail "scim-engine ships no lib/systemd/system/scim-engine.service"
    [[ -f "$root/etc/default/scim-engine" ]] || fail "scim-engine ships no /etc/default/scim-engine"
    zgrep -q "^\.TH .*\"scim-engine $version\"" "$root/usr/share/man/man8/scim-engine.8.gz" \
        || fail "scim-engine.8 does not name version $version"
    local report score
    report=$(systemd-analyze security --offline=true "$unit" 2>&1) \
        || { echo "$report"; fail "systemd-analyze security failed"; }
    echo "what systemd-analyze still counts against the unit:"
    echo "$report" | grep -F "✗" || true
    score=$(echo "$report" | sed -n 's/.*Overall exposure level for scim-engine.service: \([0-9.]*\).*/\1/p')
    [[ -n "$score" ]] || { echo "$report"; fail "no exposure level in the systemd-analyze security output"; }
    echo "systemd-analyze security --offline=true: exposure $score (at most $max_exposure allowed)"
    awk -v s="$score" -v m="$max_exposure" 'BEGIN { exit !(s <= m) }' || fail "exposure $score is above $max_exposure"

    # No ExecReload= while TLS comes from LoadCredential=: systemd (252) never renews credential copies on reload, so
    # `systemctl reload` would report success and keep the old certificate (docs/packaging.md, certificate renewal).
    if grep -q '^ExecReload=' "$unit" \
        && grep -h '^#\?LoadCredential=tls' "$unit" "$root/usr/share/doc/scim-engine/examples/tls.conf" | grep -q .; then
        fail "the unit has ExecReload= but gets its TLS files as credentials, which a reload does not renew"
    fi
    echo "no ExecReload=: certificate renewal is a restart (credentials are copied at start)"

    # Every option on the ExecStart line is one the engine knows (the unit would otherwise fail at start).
    local help option pending
    help=$("$root/usr/bin/scim-engine" --help) || fail "scim-engine --help failed"
    for option in $(sed -n 's/^ExecStart=//p' "$unit" | grep -o -- '--[a-z-]*') \
        $(grep -o -- '--[a-z-]*' "$root/etc/default/scim-engine") \
        $(sed -n 's/^Environment=//p' "$root/usr/share/doc/scim-engine/examples/tls.conf" | grep -o -- '--[a-z-]*'); do
        pending=
        for p in "${pending_engine_options[@]}"; do [[ "$option" == "$p" ]] && pending=yes; done
        if grep -q -- "$option\b" <<<"$help"; then
            echo "option $option: known to scim-engine"
        elif [[ -n "$pending" ]]; then
            echo "option $option: not in scim-engine yet (pending engine work; the service cannot start before)"
        else
            fail "the unit or /etc/default/scim-engine uses $option, which scim-engine --help does not list"
        fi
    done
}

installed_version() {
    { dpkg-query -W -f='${db:Status-Status} ${Version}' "$1" 2>/dev/null || true; } | sed -n 's/^installed //p'
}

check_install() {
    [[ $(id -u) -eq 0 ]] || fail "installing packages needs root (CI runs as root)"
    local before_engine before_console
    before_engine=$(installed_version scim-engine)
    before_console=$(installed_version scim-console)

    dpkg -i "$engine_deb" "$console_deb" || fail "dpkg -i failed"
    [[ $(installed_version scim-engine) == "$version" ]] || fail "scim-engine $version is not installed"
    [[ $(installed_version scim-console) == "$version" ]] || fail "scim-console $version is not installed"

    # The unit as installed, with its executable in place. The man page named in Documentation= is checked by
    # lintian instead: test machines often exclude man pages from dpkg.
    # verify exits 0 on unknown or misspelt settings and only prints them: any output is a finding.
    local findings
    findings=$(systemd-analyze verify --man=no /lib/systemd/system/scim-engine.service 2>&1) \
        || fail "systemd-analyze verify failed: $findings"
    [[ -z "$findings" ]] || fail "systemd-analyze verify: $findings"
    echo "systemd-analyze verify /lib/systemd/system/scim-engine.service: clean"

    local out
    out=$(scim-engine --version) || fail "scim-engine --version failed"
    [[ "$out" == "scim-engine $version" ]] || fail "scim-engine --version printed '$out'"
    echo "$(command -v scim-engine) --version: $out"
    # No display at all: --version must not need one.
    out=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM scim-console --version 2>&1) \
        || fail "scim-console --version failed without a display: $out"
    [[ "$out" == "scim-console $version" ]] || fail "scim-console --version printed '$out'"
    echo "$(command -v scim-console) --version (no display): $out"
    out=$(scim-check --version) || fail "scim-check --version failed"
    [[ "$out" == "scim-check $version" ]] || fail "scim-check --version printed '$out'"
    echo "$(command -v scim-check) --version: $out"
    env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM scim-console --help | grep -q -- --no-keychain \
        || fail "scim-console --help without a display does not list its options"

    # The admin token the unit loads: generated in the engine's format, root only, kept on reinstall.
    local token_file=/etc/scim-engine/admin-token token
    [[ -f "$token_file" ]] || fail "$token_file was not generated"
    [[ $(stat -c '%a %U' "$token_file") == "600 root" ]] || fail "$token_file is $(stat -c '%a %U' "$token_file")"
    token=$(cat "$token_file")
    [[ -n "$before_engine" || "$token" =~ ^adm_[A-Za-z0-9]{48}$ ]] || fail "generated token has the wrong format"
    echo "admin token: $token_file, mode 600, root"
    dpkg -i "$engine_deb" >/dev/null || fail "reinstalling scim-engine failed"
    [[ $(cat "$token_file") == "$token" ]] || fail "reinstalling replaced the admin token"
    echo "reinstall keeps the admin token"
    [[ -f /etc/default/scim-engine ]] && dpkg-query --showformat='${Conffiles}' -W scim-engine | grep -q /etc/default/scim-engine \
        || fail "/etc/default/scim-engine is not a conffile"

    if [[ -n "$before_engine" || -n "$before_console" ]]; then
        echo "scim-engine or scim-console was installed before this test: left installed at $version, not purged"
        return
    fi
    dpkg --purge scim-console scim-engine || fail "dpkg --purge failed"
    [[ ! -e /usr/bin/scim-engine && ! -e /usr/bin/scim-console ]] || fail "executables left after purge"
    [[ ! -e "$token_file" && ! -e /etc/default/scim-engine ]] || fail "configuration left after purge"
    echo "purge removes the executables, /etc/default/scim-engine and the admin token"
}

case "$check" in
    lintian) check_lintian ;;
    desktop) check_desktop ;;
    systemd) check_systemd ;;
    install) check_install ;;
    *) echo "unknown check '$check'" >&2; exit 2 ;;
esac
echo "PASS: packaging $check"
