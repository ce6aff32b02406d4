-- wrk script: /api/events?limit=50 pages after a different random event id on every request,
-- so that no response comes from the server's cache (scripts/load.sh, "uncached pages").
local events = tonumber(os.getenv("EVENTS") or "1000000")
math.randomseed(os.time())
request = function()
    return wrk.format("GET", "/api/events?limit=50&after=" .. math.random(1, events - 100))
end
