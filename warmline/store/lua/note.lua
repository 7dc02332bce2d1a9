-- Add a staff-only message to a conversation: a supporter's private note or a supervisor's
-- whisper. It never enters the outbox, so it can never reach the texter. `owner` (when not
-- empty) must be the conversation's supporter.
local conv, owner, author, kind, body = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local now, events_max = tonumber(ARGV[7]), tonumber(ARGV[8])
local ckey = P .. 'conversation:' .. conv

if redis.call('EXISTS', ckey) == 0 then return {'error', 'not_found'} end
local supporter = redis.call('HGET', ckey, 'supporter') or ''
if owner ~= '' and supporter ~= owner then return {'error', 'not_owner'} end

local id = 'm' .. redis.call('INCR', P .. 'seq:message')
redis.call('HSET', P .. 'message:' .. id, 'id', id, 'direction', 'note', 'author', author,
  'kind', kind, 'body', body, 'status', 'staff_only', 'created_at', now,
  'conversation_id', conv)
redis.call('RPUSH', ckey .. ':messages', id)
redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'message.created',
  'conversation', conv, 'supporter', supporter, 'data', cjson.encode({id = id,
    conversation_id = conv, direction = 'note', author = author, kind = kind, body = body,
    status = 'staff_only', created_at = now}))
return {'ok', id}
