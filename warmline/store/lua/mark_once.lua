-- Set a conversation's `field` to `value` unless it already holds it; answers 1 if it was set.
-- Sweeps use it so a gentle check or a nudge happens once per silence, whoever runs the sweep.
local key = P .. 'conversation:' .. ARGV[2]
if redis.call('HGET', key, ARGV[3]) == ARGV[4] then return 0 end
redis.call('HSET', key, ARGV[3], ARGV[4])
return 1
