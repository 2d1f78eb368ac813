#!/usr/bin/env bash
# The engine's include structure (docs/architecture.md): every #include of an engine header names its folder
# from the include root ("protocol/filter/FilterParser.h"), and the folders include each other without a cycle.
# (That a lower layer cannot include a higher one is the build's job: each library sees only what it links.)
#   tests/engine/check-layering.sh ENGINE_DIR
set -euo pipefail
engine=${1:?usage: check-layering.sh ENGINE_DIR}
cd "$engine"
status=0

# 1. Includes without a folder.
bare=$(grep -rnE '^\s*#\s*include\s+"[^"/]+"' --include='*.h' --include='*.cpp' . || true)
if [ -n "$bare" ]; then
    echo "includes without their folder (name the folder from the include root):"
    echo "$bare"
    status=1
fi

# 2. The folder graph: "from to" for every include that crosses folders; tsort finds any cycle.
edges=$(grep -rHoE '^\s*#\s*include\s+"[^"]+/[^"]+"' --include='*.h' --include='*.cpp' . |
    sed -E 's|^\./([^:]*):.*"([^"]+)"|\1 \2|' |
    while read -r file header; do
        from=$(dirname "$file")
        to=$(dirname "$header")
        if [ "$from" != "$to" ]; then echo "$from $to"; fi
    done | sort -u)
if ! order=$(tsort <<<"$edges" 2>&1) || grep -q "loop" <<<"$order"; then
    echo "include cycle between engine folders:"
    echo "$order" | grep -A20 "loop" || echo "$order"
    status=1
fi
folders=$(cut -d' ' -f1 <<<"$edges" | sort -u | wc -l)
bareCount=$( (grep -rcE '^\s*#\s*include\s+"[^"/]+"' --include='*.h' --include="*.cpp" . || true) | awk -F: '{s+=$2} END {print s}' || true)
echo "$(grep -c . <<<"$edges") include edges between $folders folders; $bareCount includes without their folder"
exit $status
