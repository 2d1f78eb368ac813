-- wrk script: POST /Users with a unique userName per request (thread id + counter).
local counter = 0
local threadId = 0

function setup(thread)
    thread:set("tid", threadId)
    threadId = threadId + 1
end

function init(args)
    prefix = os.getenv("BENCH_PREFIX") or "bench"
    -- run-bench.sh CUSTOM_ATTRIBUTES=n: ',"urn:…:bench:2.0:User":{…}' appended to every user
    extension = os.getenv("BENCH_EXTENSION") or ""
end

request = function()
    counter = counter + 1
    local name = string.format("%s-%d-%d-%d@example.com", prefix, tid or 0, counter, math.random(1, 1000000000))
    local body = '{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"userName":"' .. name ..
        '","name":{"givenName":"Bench","familyName":"User"},"emails":[{"value":"' .. name ..
        '","type":"work","primary":true}],"active":true' .. extension .. '}'
    return wrk.format("POST", wrk.path, {["Content-Type"] = "application/scim+json",
        ["Authorization"] = wrk.headers["Authorization"]}, body)
end
