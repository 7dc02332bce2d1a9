-- Move an escalation along: claim a rung for paging, acknowledge, mark engaged, re-open after
-- no engagement, mark unanswered, or resolve. Each move is allowed only from the states named
-- below, so a late timer or a second ACK changes nothing. Every move is audited.
local id, action, actor, now = ARGV[2], ARGV[3], ARGV[4], tonumber(ARGV[5])
local events_max, detail = tonumber(ARGV[6]), ARGV[7]
local ekey = P .. 'escalation:' .. id
local status = redis.call('HGET', ekey, 'status')
if not status then return {'error', 'not_found'} end
local conv = redis.call('HGET', ekey, 'conversation_id')
local ckey = P .. 'conversation:' .. conv

local function finish(kind, data)
  redis.call('XADD', P .. 'audit', 'MAXLEN', '~', 1000000, '*', 'type', kind, 'escalation', id,
    'conversation', conv, 'actor', actor, 'at', now, 'detail', data)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', kind,
    'conversation', conv, 'supporter', redis.call('HGET', ckey, 'supporter') or '',
    'data', cjson.encode({id = id, code = redis.call('HGET', ekey, 'code'), actor = actor,
      status = redis.call('HGET', ekey, 'status'), detail = data}))
end

if action == 'claim_rung' then
  local rung = tonumber(detail)
  if status ~= 'paging' then return {'done', status} end
  if tonumber(redis.call('HGET', ekey, 'rung')) ~= rung - 1 then return {'stale', status} end
  redis.call('HSET', ekey, 'rung', rung, 'paged_at', now)
  return {'claimed', status}
elseif action == 'paged' then
  finish('escalation.paged', detail)
  return {'ok', status}
elseif action == 'ack' then
  if status ~= 'paging' and status ~= 'unanswered' then return {'refused', status} end
  redis.call('HSET', ekey, 'status', 'acknowledged', 'acked_by', actor, 'acked_at', now)
  finish('escalation.acknowledged', detail)
  return {'ok', 'acknowledged'}
elseif action == 'engaged' then
  if status ~= 'acknowledged' or redis.call('HGET', ekey, 'engaged_at') then return {'kept', status} end
  redis.call('HSET', ekey, 'engaged_at', now)
  finish('escalation.engaged', detail)
  return {'ok', status}
elseif action == 'not_engaged' then
  if status ~= 'acknowledged' or redis.call('HGET', ekey, 'engaged_at') then return {'kept', status} end
  redis.call('HSET', ekey, 'status', 'paging')
  finish('escalation.not_engaged', detail)
  return {'ok', 'paging', redis.call('HGET', ekey, 'rung')}
elseif action == 'unanswered' then
  if status ~= 'paging' then return {'kept', status} end
  redis.call('HSET', ekey, 'status', 'unanswered', 'unanswered_at', now)
  finish('escalation.unanswered', detail)
  return {'ok', 'unanswered'}
elseif action == 'resolve' then
  if status == 'resolved' then return {'refused', status} end
  redis.call('HSET', ekey, 'status', 'resolved', 'resolved_by', actor, 'resolved_at', now,
    'outcome', detail)
  redis.call('ZREM', P .. 'escalations:open', id)
  redis.call('DEL', P .. 'escalations:code:' .. redis.call('HGET', ekey, 'code'))
  if redis.call('HGET', ckey, 'escalation') == id then redis.call('HSET', ckey, 'escalation', '') end
  finish('escalation.resolved', detail)
  return {'ok', 'resolved'}
end
return {'error', 'unknown_action'}
