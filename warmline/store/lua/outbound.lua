-- Create one outbound text in a conversation and put it in the outbox. `owner` (when not
-- empty) must be the conversation's supporter. Refuses an opted-out texter up front, so the
-- supporter hears about it at once; the send job checks again at send time.
local conv, owner, author, kind, body = ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local now, events_max = tonumber(ARGV[7]), tonumber(ARGV[8])
local ckey = P .. 'conversation:' .. conv

local status = redis.call('HGET', ckey, 'status')
if not status then return {'error', 'not_found'} end
if status == 'closed' and kind == 'reply' then return {'error', 'closed'} end
local supporter = redis.call('HGET', ckey, 'supporter') or ''
if owner ~= '' and supporter ~= owner then return {'error', 'not_owner'} end
local texter_id = redis.call('HGET', ckey, 'texter_id')
if redis.call('HGET', P .. 'texter:' .. texter_id, 'opted_out') == '1' then
  return {'error', 'opted_out'}
end

local id = 'm' .. redis.call('INCR', P .. 'seq:message')
redis.call('HSET', P .. 'message:' .. id, 'id', id, 'direction', 'out', 'author', author,
  'kind', kind, 'body', body, 'status', 'pending', 'created_at', now, 'texter_id', texter_id,
  'conversation_id', conv, 'carrier_required', '0')
redis.call('RPUSH', ckey .. ':messages', id)
redis.call('ZADD', P .. 'outbox', now, id)
redis.call('RPUSH', P .. 'dispatch', 'send:' .. id)
if author ~= 'line' then
  redis.call('HSET', ckey, 'unread', '0', 'last_reply_at', now)
  redis.call('HDEL', ckey, 'owed_since')
  if not redis.call('HGET', ckey, 'first_reply_at') then
    redis.call('HSET', ckey, 'first_reply_at', now)
  end
end
redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'message.created',
  'conversation', conv, 'supporter', supporter, 'data', cjson.encode({id = id,
    conversation_id = conv, direction = 'out', author = author, kind = kind, body = body,
    status = 'pending', created_at = now}))
return {'ok', id}
