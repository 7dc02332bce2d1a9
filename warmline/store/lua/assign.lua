-- Hand waiting conversations to available supporters with room, most urgent first, until one
-- side runs out. The available set holds only supporters with room, ordered least loaded
-- first, then longest since their last assignment. Atomic, so any number of web and worker
-- processes may call it at once without double-assigning or overfilling anyone.
local P = ARGV[1]
local now, events_max, band = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local limit = tonumber(ARGV[5])
local assigned = {}

local function room(username)
  local shift = P .. 'shift:' .. username
  if redis.call('HGET', shift, 'status') ~= 'available' then return false end
  local capacity = tonumber(redis.call('HGET', shift, 'capacity') or '0')
  return redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations') < capacity
end

while #assigned < limit * 2 do
  local head = redis.call('ZRANGE', P .. 'queue', 0, 0)[1]
  if not head then break end
  local supporter = redis.call('ZRANGE', P .. 'supporters:available', 0, 0)[1]
  if not supporter then break end
  if not room(supporter) then
    redis.call('ZREM', P .. 'supporters:available', supporter)
  else
    local ckey = P .. 'conversation:' .. head
    redis.call('ZREM', P .. 'queue', head)
    if redis.call('HGET', ckey, 'status') == 'waiting' then
      redis.call('HSET', ckey, 'status', 'active', 'supporter', supporter, 'assigned_at', now)
      local members = P .. 'supporter:' .. supporter .. ':conversations'
      redis.call('SADD', members, head)
      local shift = P .. 'shift:' .. supporter
      redis.call('HSET', shift, 'last_assigned_at', now)
      local load = redis.call('SCARD', members)
      if load >= tonumber(redis.call('HGET', shift, 'capacity')) then
        redis.call('ZREM', P .. 'supporters:available', supporter)
      else
        redis.call('ZADD', P .. 'supporters:available', load * band + now, supporter)
      end
      local waited = now - tonumber(redis.call('HGET', ckey, 'queued_at'))
      redis.call('ZADD', P .. 'stats:waits', now, head .. ':' .. waited)
      redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*',
        'type', 'conversation.assigned', 'conversation', head, 'supporter', supporter,
        'data', cjson.encode({id = head, supporter = supporter,
          pseudonym = redis.call('HGET', ckey, 'pseudonym'), waited_ms = waited,
          priority = redis.call('HGET', ckey, 'priority')}))
      redis.call('RPUSH', P .. 'dispatch', 'introduce:' .. head .. ':' .. supporter)
      table.insert(assigned, head)
      table.insert(assigned, supporter)
    end
  end
end
return assigned
