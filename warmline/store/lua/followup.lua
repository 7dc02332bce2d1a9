-- Claim a due follow-up and create its text, once. The token must still be the texter's
-- pending one (STOP, a new conversation or a newer YES replace or clear it), so a retried or
-- duplicated job finds nothing new to do. The text goes in the outbox for the job to send; the
-- outbox sweep recovers it if the job dies first.
local texter_id, token, body = ARGV[2], ARGV[3], ARGV[4]
local now, events_max = tonumber(ARGV[5]), tonumber(ARGV[6])
local tkey = P .. 'texter:' .. texter_id

if redis.call('HGET', tkey, 'followup_token') ~= token then
  redis.call('ZREM', P .. 'followups', texter_id .. ':' .. token)
  -- Already claimed by this token: a retry of the job resumes sending the same text.
  if redis.call('HGET', tkey, 'followup_sent_token') == token then
    return {'again', redis.call('HGET', tkey, 'followup_message') or ''}
  end
  return {'stale'}
end
local conv = redis.call('HGET', tkey, 'followup_conversation')
redis.call('HDEL', tkey, 'followup_token', 'followup_due', 'followup_conversation')
redis.call('ZREM', P .. 'followups', texter_id .. ':' .. token)
if redis.call('HGET', tkey, 'opted_out') == '1' then return {'opted_out'} end
if (redis.call('HGET', tkey, 'open_conversation') or '') ~= '' then return {'conversation_open'} end

local ckey = P .. 'conversation:' .. conv
local id = 'm' .. redis.call('INCR', P .. 'seq:message')
redis.call('HSET', P .. 'message:' .. id, 'id', id, 'direction', 'out', 'author', 'line',
  'kind', 'followup', 'body', body, 'status', 'pending', 'created_at', now,
  'texter_id', texter_id, 'conversation_id', conv, 'carrier_required', '0')
redis.call('RPUSH', ckey .. ':messages', id)
redis.call('ZADD', P .. 'outbox', now, id)
redis.call('HSET', ckey, 'followup_sent_at', now)
redis.call('HSET', tkey, 'survey_conversation', '', 'followup_sent_at', now,
  'followup_sent_token', token, 'followup_message', id)
redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'message.created',
  'conversation', conv, 'supporter', redis.call('HGET', ckey, 'supporter') or '',
  'data', cjson.encode({id = id, conversation_id = conv, direction = 'out', author = 'line',
    kind = 'followup', body = body, status = 'pending', created_at = now}))
return {'ok', id}
