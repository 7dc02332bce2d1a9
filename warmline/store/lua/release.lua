-- Take a conversation from its supporter: close it, return it to the front of the queue,
-- hand it to another supporter on shift who has room, or let a clinician take it over.
-- `owner` (when not empty) must be the current supporter, so a supporter can only let go of
-- their own conversations.
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

if action == 'transfer' or action == 'takeover' then
  if target == current then return {'error', 'same_supporter'} end
  -- A clinician taking over a crisis is never refused for want of room.
  if action == 'transfer' and not has_room(target) then return {'error', 'no_room'} end
end

if current ~= '' then
  redis.call('SREM', P .. 'supporter:' .. current .. ':conversations', conv)
  refresh_available(current, now, band)
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
  requeue_front(conv, now, band, front)
  event('conversation.requeued', current, cjson.encode({id = conv, from = current}))
else
  redis.call('HSET', ckey, 'status', 'active', 'supporter', target, 'assigned_at', now)
  redis.call('SADD', P .. 'supporter:' .. target .. ':conversations', conv)
  if action == 'transfer' then
    refresh_available(target, now, band)
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
