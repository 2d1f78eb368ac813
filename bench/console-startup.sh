#!/usr/bin/env bash
# Cold start of scim-console to a responsive main window with the embedded engine.
#
# Each run is a new process with a fresh scratch HOME: it starts the engine on its worker thread (creating and
# migrating the SQLite database on the first run, reopening it on the others), reads or generates the admin token,
# connects over the Management API and loads the connections list. scim-console --quit-when-ready prints the time
# from main() to that point and quits; this script also measures wall-clock time from exec to process exit
# (which adds dynamic loading before main() and the clean engine shutdown).
#
#   bench/console-startup.sh            RUNS=10, xcb under Xvfb when xvfb-run exists (else offscreen),
#                                        keychain: a real gnome-keyring in a private D-Bus session when available
#   RUNS=20 PLATFORM=offscreen KEYCHAIN=0 bench/console-startup.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
console="$root/build/bin/scim-console"
[[ -x "$console" ]] || { echo "build first: cmake --preset default && cmake --build --preset default" >&2; exit 1; }
runs=${RUNS:-10}
platform=${PLATFORM:-$(command -v xvfb-run >/dev/null && echo xcb || echo offscreen)}
keychain=${KEYCHAIN:-$(command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null && echo 1 || echo 0)}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/home/.cache" "$scratch/run"
chmod 700 "$scratch/run"

inner="$scratch/inner.sh"
cat >"$inner" <<INNER
#!/usr/bin/env bash
set -euo pipefail
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config"
export QT_QPA_PLATFORM=$platform
args=(--quit-when-ready)
[[ "$keychain" == 1 ]] || args+=(--no-keychain)
for i in \$(seq 1 $runs); do
    start=\$(date +%s%N)
    ready=\$("$console" "\${args[@]}" 2>/dev/null | sed -n 's/^ready after \([0-9]*\) ms$/\1/p')
    end=\$(date +%s%N)
    echo "\$i \$ready \$(( (end - start) / 1000000 ))"
done
INNER
chmod +x "$inner"

command=("$inner")
if [[ "$keychain" == 1 ]]; then
    command=("$root/tests/console/run-with-keyring.sh" "$inner")
fi
if [[ "$platform" == xcb ]]; then
    command=(xvfb-run -a -s "-screen 0 1400x900x24" "${command[@]}")
fi

echo "scim-console cold start: $runs runs, platform $platform, keychain $([[ $keychain == 1 ]] && echo gnome-keyring || echo off)"
results=$("${command[@]}" 2>/dev/null)
echo "run  ready(ms)  process(ms)"
echo "$results" | awk '{printf "%3d  %9s  %11s%s\n", $1, $2, $3, ($1 == 1 ? "   (first start: creates the database, generates the token)" : "")}'
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
ready_median=$(echo "$results" | awk '{ print $2 }' | median)
total_median=$(echo "$results" | awk '{ print $3 }' | median)
ready_worst=$(echo "$results" | awk '{ print $2 }' | sort -n | tail -1)
echo "median: window ready ${ready_median} ms after main(), ${total_median} ms from exec to exit; worst ready ${ready_worst} ms"
