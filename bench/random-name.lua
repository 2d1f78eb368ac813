-- wrk script: GET wrk.path?filter=userName eq "seedN@example.com" with N drawn at random from 1..USERS_NOW on every
-- request; N is written with NAME_DIGITS digits (5 for run-bench.sh's users, 7 for scale-bench.sh's).
local users
local pattern
init = function(args)
    users = tonumber(os.getenv("USERS_NOW"))
    pattern = "%s?filter=userName%%20eq%%20%%22seed%0" .. (os.getenv("NAME_DIGITS") or "5") .. "d%%40example.com%%22"
    math.randomseed(os.time() + 1)
end
request = function()
    return wrk.format("GET", string.format(pattern, wrk.path, math.random(users)))
end
