#!/usr/bin/env bash
# Group and Bulk workload: a 10,000-member group next to a 10-member one; the time to add and to remove one
# member by PATCH (mean of REPEAT runs each) and to GET the group with excludedAttributes=members; and one
# Bulk request creating 1,000 users. Engine on CPU 0, curl on CPU 1.
#
#   bench/groups-bench.sh [build-dir]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${1:-$root/build}
members=${MEMBERS:-10000}
repeat=${REPEAT:-50}
port=${PORT:-18445}
. "$here/lib.sh"
bench_setup "$((members + 1))"
auth="Authorization: Bearer $token"
json="Content-Type: application/scim+json"

# All user ids, in insertion order.
: >"$work/ids"
for ((start = 1; start <= members + 1; start += 1000)); do
    curl -sf "$scim/Users?startIndex=$start&count=1000&attributes=id" -H "$auth" \
        | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 >>"$work/ids"
done
extra=$(tail -n 1 "$work/ids")

members_json() { # ids from stdin → [{"value":…},…]
    awk 'BEGIN{printf "["} NR>1{printf ","} {printf "{\"value\":\"%s\"}", $1} END{printf "]"}'
}
make_group() { # name, count
    local id
    id=$(curl -sf -X POST "$scim/Groups" -H "$auth" -H "$json" -d "{\"displayName\":\"$1\"}" \
        | grep -o '"id":"[0-9a-f-]\{36\}"' | head -n 1 | cut -d'"' -f4)
    for ((offset = 0; offset < $2; offset += 1000)); do
        local chunk=$(( $2 - offset < 1000 ? $2 - offset : 1000 ))
        sed -n "$((offset + 1)),$((offset + chunk))p" "$work/ids" | members_json >"$work/chunk.json"
        printf '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"add","path":"members","value":%s}]}' \
            "$(cat "$work/chunk.json")" >"$work/patch.json"
        curl -sf -X PATCH "$scim/Groups/$id" -H "$auth" -H "$json" --data-binary @"$work/patch.json" >/dev/null
    done
    echo "$id"
}
mean_ms() { # method url [body] → mean time in ms over $repeat runs
    local total=0 t
    for ((i = 0; i < repeat; i++)); do
        t=$(taskset -c 1 curl -s -o /dev/null -w '%{time_total}' -X "$1" "$2" -H "$auth" -H "$json" ${3:+-d "$3"})
        total=$(awk "BEGIN{print $total + $t}")
    done
    awk "BEGIN{printf \"%.2f\", $total * 1000 / $repeat}"
}
add_op="{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"add\",\"path\":\"members\",\"value\":[{\"value\":\"$extra\"}]}]}"
remove_op="{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:PatchOp\"],\"Operations\":[{\"op\":\"remove\",\"path\":\"members[value eq \\\"$extra\\\"]\"}]}"

for size in 10 "$members"; do
    group=$(make_group "group-$size" "$size")
    count=$(curl -sf "$scim/Groups/$group?attributes=members" -H "$auth" | grep -o '"value":' | wc -l)
    # Alternate add and remove so each measures a real change.
    add_total=0 remove_total=0
    for ((i = 0; i < repeat; i++)); do
        a=$(taskset -c 1 curl -s -o /dev/null -w '%{time_total}' -X PATCH "$scim/Groups/$group" -H "$auth" -H "$json" -d "$add_op")
        r=$(taskset -c 1 curl -s -o /dev/null -w '%{time_total}' -X PATCH "$scim/Groups/$group" -H "$auth" -H "$json" -d "$remove_op")
        add_total=$(awk "BEGIN{print $add_total + $a}")
        remove_total=$(awk "BEGIN{print $remove_total + $r}")
    done
    get=$(mean_ms GET "$scim/Groups/$group?excludedAttributes=members")
    printf '%-22s add one member %6.2f ms   remove one member %6.2f ms   GET excludedAttributes=members %6.2f ms\n' \
        "group of $count:" "$(awk "BEGIN{print $add_total * 1000 / $repeat}")" \
        "$(awk "BEGIN{print $remove_total * 1000 / $repeat}")" "$get"
done

# One Bulk request with 1,000 user creations.
awk 'BEGIN{printf "{\"schemas\":[\"urn:ietf:params:scim:api:messages:2.0:BulkRequest\"],\"Operations\":["
     for (i = 1; i <= 1000; i++) { if (i > 1) printf ","
       printf "{\"method\":\"POST\",\"path\":\"/Users\",\"bulkId\":\"b%d\",\"data\":{\"userName\":\"bulk%04d@example.com\",\"name\":{\"givenName\":\"Bulk\",\"familyName\":\"User %d\"},\"emails\":[{\"value\":\"bulk%04d@example.com\",\"primary\":true}],\"active\":true}}", i, i, i, i }
     printf "]}" }' >"$work/bulk.json"
t=$(taskset -c 1 curl -s -o "$work/bulk-response.json" -w '%{time_total}' -X POST "$scim/Bulk" -H "$auth" -H "$json" \
    --data-binary @"$work/bulk.json")
created=$(grep -o '"status":"201"' "$work/bulk-response.json" | wc -l)
printf 'Bulk: %d of 1000 user creations in %.0f ms (%s bytes)\n' "$created" "$(awk "BEGIN{print $t * 1000}")" \
    "$(wc -c <"$work/bulk.json")"
