-- Take a conversation from its supporter: close it, return it to the front of the queue,
-- hand it to another supporter on shift who has room, or let a clinician take it over. `owner` (when not empty) must be the
-- current supporter, so a supporter can only let go of their own conversations.
local P = ARGV[1]
local conv, action, owner, target = ARGV[2], ARGV[3], ARGV[4], ARGV[5]
local now, events_max = tonumber(ARGV[6]), tonumber(ARGV[7])
local band, front, data = tonumber(ARGV[8]), tonumber(ARGV[9]), ARGV[10]
local ckey = P .. 'conversation:' .. conv

local status = redis.call('HGET', ckey, 'status')
if not status then return {'error', 'not_found'} end
if status == 'closed' then return {'error', 'closed'} end
local current = redis.call('HGET', ckey, 'supporter') or ''
if owner ~= '' and current ~= owner then return {'error', 'not_owner'} end

local function event(kind, owner_name, payload)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', kind,
    'conversation', conv, 'supporter', owner_name, 'data', payload)
end

local function has_room(username)
  local shift = P .. 'shift:' .. username
  if redis.call('HGET', shift, 'status') ~= 'available' then return false end
  local capacity = tonumber(redis.call('HGET', shift, 'capacity') or '0')
  return redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations') < capacity
end

local function refresh(username)
  local shift = P .. 'shift:' .. username
  local load = redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations')
  local capacity = tonumber(redis.call('HGET', shift, 'capacity') or '0')
  if redis.call('HGET', shift, 'status') == 'available' and load < capacity then
    local last = tonumber(redis.call('HGET', shift, 'last_assigned_at') or now)
    redis.call('ZADD', P .. 'supporters:available', load * band + last, username)
  else
    redis.call('ZREM', P .. 'supporters:available', username)
  end
end

if action == 'transfer' or action == 'takeover' then
  if target == current then return {'error', 'same_supporter'} end
  -- A clinician taking over a crisis is never refused for want of room.
  if action == 'transfer' and not has_room(target) then return {'error', 'no_room'} end
end

if current ~= '' then
  redis.call('SREM', P .. 'supporter:' .. current .. ':conversations', conv)
  refresh(current)
end
redis.call('ZREM', P .. 'queue', conv)

if action == 'close' then
  local texter = P .. 'texter:' .. redis.call('HGET', ckey, 'texter_id')
  redis.call('HSET', ckey, 'status', 'closed', 'closed_at', now, 'closed_by', ARGV[11],
    'wrapup', data)
  if redis.call('HGET', texter, 'open_conversation') == conv then
    redis.call('HSET', texter, 'open_conversation', '', 'last_supporter', current)
  end
  event('conversation.closed', current, cjson.encode({id = conv, by = ARGV[11]}))
  redis.call('RPUSH', P .. 'dispatch', 'ending:' .. conv)  -- the closing texts
elseif action == 'queue' then
  local rank = tonumber(redis.call('HGET', ckey, 'rank') or '2')
  local queued_at = tonumber(redis.call('HGET', ckey, 'queued_at'))
  redis.call('HSET', ckey, 'status', 'waiting', 'supporter', '', 'returned_at', now)
  redis.call('ZADD', P .. 'queue', rank * band + queued_at - front, conv)
  event('conversation.requeued', current, cjson.encode({id = conv, from = current}))
else
  redis.call('HSET', ckey, 'status', 'active', 'supporter', target, 'assigned_at', now)
  redis.call('SADD', P .. 'supporter:' .. target .. ':conversations', conv)
  if action == 'transfer' then
    refresh(target)
    redis.call('RPUSH', P .. 'dispatch', 'introduce:' .. conv .. ':' .. target)
  end
  if current ~= '' then
    event('conversation.transferred', current, cjson.encode({id = conv, from = current, to = target}))
  end
  event('conversation.assigned', target, cjson.encode({id = conv, supporter = target,
    pseudonym = redis.call('HGET', ckey, 'pseudonym'), from = current,
    priority = redis.call('HGET', ckey, 'priority')}))
end
return {'ok', current}
