-- Open an escalation on a conversation (or raise the level of the open one): flag it, move it
-- to the head of the queue if it is waiting, owe the texter the crisis resources once per
-- conversation, owe a page, and write the step to the audit log. Idempotent per conversation.
local conv, level, rank = ARGV[2], ARGV[3], tonumber(ARGV[4])
local signals, trigger, actor = ARGV[5], ARGV[6], ARGV[7]
local now, events_max, band = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
local code, resources = ARGV[11], ARGV[12]
local ckey = P .. 'conversation:' .. conv
if redis.call('EXISTS', ckey) == 0 then return {'error', 'not_found'} end

local function event(kind, data)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', kind,
    'conversation', conv, 'supporter', redis.call('HGET', ckey, 'supporter') or '',
    'data', data)
end
local function audit(kind, esc, detail)
  redis.call('XADD', P .. 'audit', 'MAXLEN', '~', 1000000, '*', 'type', kind,
    'escalation', esc, 'conversation', conv, 'actor', actor, 'at', now, 'detail', detail)
end

-- Urgency only ever rises: a later "jk I'm fine" never lowers it.
local current_rank = tonumber(redis.call('HGET', ckey, 'rank') or '2')
if rank < current_rank then
  redis.call('HSET', ckey, 'rank', rank, 'priority', rank == 0 and 'imminent' or 'urgent')
  if redis.call('HGET', ckey, 'status') == 'held' then
    -- Held after hours or over a contact limit: a crisis is queued at once, at any hour.
    redis.call('ZREM', P .. 'held', conv)
    redis.call('HSET', ckey, 'status', 'waiting', 'queued_at', now)
  end
  if redis.call('HGET', ckey, 'status') == 'waiting' then
    redis.call('ZADD', P .. 'queue', rank * band + tonumber(redis.call('HGET', ckey, 'queued_at')), conv)
  end
end

local existing = redis.call('HGET', ckey, 'escalation')
if existing and existing ~= '' then
  local ekey = P .. 'escalation:' .. existing
  local status = redis.call('HGET', ekey, 'status')
  if status == 'paging' or status == 'acknowledged' or status == 'unanswered' then
    if level == 'L1' and redis.call('HGET', ekey, 'level') ~= 'L1' then
      redis.call('HSET', ekey, 'level', 'L1', 'signals', signals)
      audit('escalation.raised', existing, cjson.encode({level = level, trigger = trigger}))
      event('escalation.updated', cjson.encode({id = existing, level = 'L1'}))
    end
    return {'existing', existing, redis.call('HGET', ekey, 'code')}
  end
end

if redis.call('EXISTS', P .. 'escalations:code:' .. code) == 1 then return {'retry', code} end
local id = 'e' .. redis.call('INCR', P .. 'seq:escalation')
local ekey = P .. 'escalation:' .. id
redis.call('HSET', ekey, 'id', id, 'code', code, 'conversation_id', conv, 'level', level,
  'signals', signals, 'trigger', trigger, 'requested_by', actor, 'status', 'paging',
  'rung', -1, 'created_at', now, 'pseudonym', redis.call('HGET', ckey, 'pseudonym'))
redis.call('SET', P .. 'escalations:code:' .. code, id)
redis.call('ZADD', P .. 'escalations:open', now, id)
redis.call('HSET', ckey, 'escalation', id, 'flagged', level)

local resources_id = ''
local texter = P .. 'texter:' .. redis.call('HGET', ckey, 'texter_id')
if redis.call('HGET', ckey, 'crisis_resources_sent') ~= '1' and redis.call('HGET', texter, 'opted_out') ~= '1' then
  resources_id = 'm' .. redis.call('INCR', P .. 'seq:message')
  redis.call('HSET', P .. 'message:' .. resources_id, 'id', resources_id, 'direction', 'out',
    'author', 'line', 'kind', 'crisis_resources', 'body', resources, 'status', 'pending',
    'created_at', now, 'texter_id', redis.call('HGET', ckey, 'texter_id'),
    'conversation_id', conv, 'carrier_required', '0')
  redis.call('RPUSH', ckey .. ':messages', resources_id)
  redis.call('ZADD', P .. 'outbox', now, resources_id)
  redis.call('RPUSH', P .. 'dispatch', 'send-urgent:' .. resources_id)
  redis.call('HSET', ckey, 'crisis_resources_sent', '1')
  event('message.created', cjson.encode({id = resources_id, conversation_id = conv,
    direction = 'out', author = 'line', kind = 'crisis_resources', body = resources,
    status = 'pending', created_at = now}))
end
redis.call('RPUSH', P .. 'dispatch', 'page:' .. id .. ':0')
audit('escalation.opened', id, cjson.encode({level = level, trigger = trigger, code = code,
  signals = cjson.decode(signals)}))
event('escalation.opened', cjson.encode({id = id, code = code, level = level,
  trigger = trigger, pseudonym = redis.call('HGET', ckey, 'pseudonym'),
  peer = redis.call('HGET', ckey, 'supporter') or ''}))
return {'created', id, code, resources_id}
