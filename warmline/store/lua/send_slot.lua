-- A shared pacing clock per sending number: each send books the next slot `interval` ms after
-- the previous one, so any number of workers together stay under the carrier's rate.
local sender, now, interval = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local key = P .. 'send_slot:' .. sender
local next_free = tonumber(redis.call('GET', key) or '0')
local slot = math.max(now, next_free)
redis.call('SET', key, slot + interval, 'PX', math.max(interval * 2, slot + interval - now + 1000))
return slot - now
