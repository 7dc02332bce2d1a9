-- Hand waiting conversations to available supporters with room, most urgent first, until one
-- side runs out. The available set holds only supporters with room, ordered least loaded
-- first, then longest since their last assignment. Atomic, so any number of web and worker
-- processes may call it at once without double-assigning or overfilling anyone.
local now, events_max, band = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local limit = tonumber(ARGV[5])
local assigned = {}

-- A returning texter's conversation may carry an offer to their last supporter: until it
-- expires, only that supporter may take it, and everyone else looks past it.
local function offered_to(ckey)
  local to = redis.call('HGET', ckey, 'offer_to')
  if to and to ~= '' and now < tonumber(redis.call('HGET', ckey, 'offer_until') or '0') then
    return to
  end
  return nil
end

local function next_available()
  while true do
    local supporter = redis.call('ZRANGE', P .. 'supporters:available', 0, 0)[1]
    if not supporter then return nil end
    if has_room(supporter) then return supporter end
    redis.call('ZREM', P .. 'supporters:available', supporter)
  end
end

local function assign(head, supporter)
  local ckey = P .. 'conversation:' .. head
  redis.call('HSET', ckey, 'status', 'active', 'supporter', supporter, 'assigned_at', now)
  redis.call('HDEL', ckey, 'offer_to', 'offer_until')
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

local start, scanned, done = 0, 0, false
while not done and #assigned < limit * 2 and scanned < 1000 do
  local batch = redis.call('ZRANGE', P .. 'queue', start, start + 49)
  if #batch == 0 then break end
  local removed = 0
  for _, head in ipairs(batch) do
    if #assigned >= limit * 2 then done = true break end
    scanned = scanned + 1
    local ckey = P .. 'conversation:' .. head
    local supporter = nil
    if redis.call('HGET', ckey, 'status') ~= 'waiting' then
      redis.call('ZREM', P .. 'queue', head)
      removed = removed + 1
    else
      local offer = offered_to(ckey)
      if offer then
        if has_room(offer) then supporter = offer end
      else
        supporter = next_available()
        if not supporter then done = true break end
      end
      if supporter then
        redis.call('ZREM', P .. 'queue', head)
        removed = removed + 1
        assign(head, supporter)
      end
    end
  end
  start = start + #batch - removed
end
return assigned
