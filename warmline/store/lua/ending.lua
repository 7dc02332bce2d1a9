-- The closing texts of a conversation that has just ended, created once: a closing message and,
-- unless the line closed it for silence, the survey question with the follow-up offer. Asking
-- opens the window in which inbound.lua reads "4" or "yes" as answers. Nothing goes to an
-- opted-out texter, and nothing if they have already started talking again.
local conv, with_survey, now, events_max = ARGV[2], ARGV[3] == '1', tonumber(ARGV[4]), tonumber(ARGV[5])
local closing, survey = ARGV[6], ARGV[7]
local ckey = P .. 'conversation:' .. conv

if redis.call('HGET', ckey, 'status') ~= 'closed' then return {'stale'} end
if redis.call('HSETNX', ckey, 'ending_sent', now) == 0 then return {'done'} end
local texter_id = redis.call('HGET', ckey, 'texter_id')
local tkey = P .. 'texter:' .. texter_id
if redis.call('HGET', tkey, 'opted_out') == '1' then return {'opted_out'} end
if (redis.call('HGET', tkey, 'open_conversation') or '') ~= '' then return {'talking'} end
local supporter = redis.call('HGET', ckey, 'supporter') or ''

local result = {'ok'}
local function create(kind, text)
  local id = 'm' .. redis.call('INCR', P .. 'seq:message')
  redis.call('HSET', P .. 'message:' .. id, 'id', id, 'direction', 'out', 'author', 'line',
    'kind', kind, 'body', text, 'status', 'pending', 'created_at', now, 'texter_id', texter_id,
    'conversation_id', conv, 'carrier_required', '0')
  redis.call('RPUSH', ckey .. ':messages', id)
  redis.call('ZADD', P .. 'outbox', now, id)
  redis.call('RPUSH', P .. 'dispatch', 'send:' .. id)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'message.created',
    'conversation', conv, 'supporter', supporter, 'data', cjson.encode({id = id,
      conversation_id = conv, direction = 'out', author = 'line', kind = kind, body = text,
      status = 'pending', created_at = now}))
  table.insert(result, id)
end

create('closing', closing)
if with_survey then
  create('survey', survey)
  redis.call('HSET', tkey, 'survey_conversation', conv, 'survey_asked_at', now)
end
return result
