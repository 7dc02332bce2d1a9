-- Move held conversations (kept after hours or over the contact limit) into the queue, in the
-- order given. Their wait is counted from now, so the overnight gap does not skew estimates,
-- and each texter is told their place in line.
local now, events_max, band = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local released = {}
local count = #ARGV - 4
for i = 5, #ARGV do
  local conv = ARGV[i]
  local ckey = P .. 'conversation:' .. conv
  redis.call('ZREM', P .. 'held', conv)
  if redis.call('HGET', ckey, 'status') == 'held' then
    local queued_at = now - (count - (i - 4))
    local rank = tonumber(redis.call('HGET', ckey, 'rank') or '2')
    redis.call('HSET', ckey, 'status', 'waiting', 'queued_at', queued_at, 'released_at', now)
    redis.call('ZADD', P .. 'queue', rank * band + queued_at, conv)
    redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'conversation.queued',
      'conversation', conv, 'supporter', '', 'data', cjson.encode({id = conv,
        pseudonym = redis.call('HGET', ckey, 'pseudonym'),
        priority = redis.call('HGET', ckey, 'priority'), created_at = now}))
    redis.call('RPUSH', P .. 'dispatch', 'place:' .. conv)
    table.insert(released, conv)
  end
end
return released
