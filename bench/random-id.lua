-- wrk script: GET wrk.path/{id} with an id drawn at random, on every request, from the file IDS_FILE (one id per
-- line: every seeded user), so the benchmark measures the engine and not a cache holding one hot row.
local ids = {}
init = function(args)
    for line in io.lines(os.getenv("IDS_FILE")) do ids[#ids + 1] = line end
    math.randomseed(os.time())
end
request = function()
    return wrk.format("GET", wrk.path .. "/" .. ids[math.random(#ids)])
end
