-- Move an outbound message to a new delivery status, never backwards in rank (a late `sent`
-- never overwrites `delivered`). Leaves the outbox once the status is final.
local id, status, rank = ARGV[2], ARGV[3], tonumber(ARGV[4])
local now, events_max, final = tonumber(ARGV[5]), tonumber(ARGV[6]), ARGV[7] == '1'
local sid, error_text = ARGV[8], ARGV[9]
local key = P .. 'message:' .. id
if redis.call('EXISTS', key) == 0 then return {'error', 'not_found'} end
if sid ~= '' then
  redis.call('HSET', key, 'twilio_sid', sid)
  redis.call('HSET', P .. 'messages:by_sid', sid, id)
end
if error_text ~= '' then redis.call('HSET', key, 'error', error_text) end
local current = tonumber(redis.call('HGET', key, 'status_rank') or '0')
if rank <= current then
  return {'kept', redis.call('HGET', key, 'status')}
end
redis.call('HSET', key, 'status', status, 'status_rank', rank, 'status_at', now)
if final then redis.call('ZREM', P .. 'outbox', id) end
local conv = redis.call('HGET', key, 'conversation_id') or ''
local supporter = ''
if conv ~= '' then supporter = redis.call('HGET', P .. 'conversation:' .. conv, 'supporter') or '' end
redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'message.status',
  'conversation', conv, 'supporter', supporter, 'data', cjson.encode({id = id,
    conversation_id = conv, status = status, error = error_text}))
return {'updated', status}
