-- Set a supporter's shift status and capacity. Going off returns their open conversations to
-- the front of the queue (ahead of everyone in the same priority who was never picked up).
local username, status, capacity = ARGV[2], ARGV[3], tonumber(ARGV[4])
local now, events_max = tonumber(ARGV[5]), tonumber(ARGV[6])
local band, front = tonumber(ARGV[7]), tonumber(ARGV[8])
local shift = P .. 'shift:' .. username
local members = P .. 'supporter:' .. username .. ':conversations'
local returned = {}

local function event(kind, conv, owner, data)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', kind,
    'conversation', conv, 'supporter', owner, 'data', data)
end

if redis.call('HGET', shift, 'status') ~= status and status ~= 'off' then
  redis.call('HSET', shift, 'status_since', now)
end
redis.call('HSET', shift, 'status', status, 'capacity', capacity)
if status == 'off' then
  redis.call('ZREM', P .. 'supporters:available', username)
  redis.call('SREM', P .. 'supporters:on_shift', username)
  redis.call('HSET', shift, 'ended_at', now)
  for _, conv in ipairs(redis.call('SMEMBERS', members)) do
    local ckey = P .. 'conversation:' .. conv
    if redis.call('HGET', ckey, 'status') == 'active' then
      requeue_front(conv, now, band, front)
      event('conversation.requeued', conv, username, cjson.encode({id = conv, from = username}))
      table.insert(returned, conv)
    end
  end
  redis.call('DEL', members)
else
  if redis.call('SISMEMBER', P .. 'supporters:on_shift', username) == 0 then
    redis.call('SADD', P .. 'supporters:on_shift', username)
    -- A new shift counts as waiting since it started, not since the last shift's assignment.
    redis.call('HSET', shift, 'started_at', now, 'last_assigned_at', now)
  end
  refresh_available(username, now, band)
end
event('shift.changed', '', username, cjson.encode({username = username, status = status,
  capacity = capacity, load = redis.call('SCARD', members)}))
return returned
