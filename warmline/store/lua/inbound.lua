-- Record one inbound text atomically: dedupe by MessageSid, find or create the texter, apply
-- a carrier keyword, append to the open conversation (or open one), and create the replies the
-- line owes. Nothing here decides wording: the bodies arrive ready in ARGV.
local P = ARGV[1]
local sid, number, channel = ARGV[2], ARGV[3], ARGV[4]
local pseudonym, body, media = ARGV[5], ARGV[6], ARGV[7]
local keyword, keyword_reply, welcome = ARGV[8], ARGV[9], ARGV[10]
local now = tonumber(ARGV[11])
local priority, queue_score = ARGV[12], tonumber(ARGV[13])
local screening, dedupe_ttl, events_max = ARGV[14], tonumber(ARGV[15]), tonumber(ARGV[16])

local seen = redis.call('GET', P .. 'inbound:' .. sid)
if seen then return {'duplicate', seen} end

-- Staff phones (clinicians acknowledging pages) are never texters.
local staff = redis.call('HGET', P .. 'staff:by_phone', number)
if staff then
  redis.call('SET', P .. 'inbound:' .. sid, 'staff', 'EX', dedupe_ttl)
  return {'staff', staff}
end

local texter_id = redis.call('HGET', P .. 'texters:by_number', number)
local new_texter = 0
if not texter_id then
  texter_id = 't' .. redis.call('INCR', P .. 'seq:texter')
  redis.call('HSET', P .. 'texters:by_number', number, texter_id)
  redis.call('HSET', P .. 'texter:' .. texter_id, 'id', texter_id, 'number', number,
    'channel', channel, 'pseudonym', pseudonym, 'created_at', now, 'opted_out', '0',
    'welcomed', '0', 'open_conversation', '')
  new_texter = 1
end
local tkey = P .. 'texter:' .. texter_id
redis.call('HSET', tkey, 'channel', channel, 'last_seen_at', now)

local was_opted_out = redis.call('HGET', tkey, 'opted_out') == '1'
if keyword == 'stop' then
  redis.call('HSET', tkey, 'opted_out', '1', 'opted_out_at', now)
elseif keyword == 'start' then
  redis.call('HSET', tkey, 'opted_out', '0')
end
local opted_out = redis.call('HGET', tkey, 'opted_out') == '1'

local conversation_id = redis.call('HGET', tkey, 'open_conversation')
local new_conversation = 0
if (conversation_id == false or conversation_id == '') and keyword == '' then
  conversation_id = 'c' .. redis.call('INCR', P .. 'seq:conversation')
  redis.call('HSET', P .. 'conversation:' .. conversation_id, 'id', conversation_id,
    'texter_id', texter_id, 'pseudonym', redis.call('HGET', tkey, 'pseudonym'),
    'status', 'waiting', 'priority', priority, 'rank', ARGV[17], 'supporter', '', 'created_at', now,
    'queued_at', now, 'last_message_at', now, 'unread', '0')
  redis.call('ZADD', P .. 'queue', queue_score, conversation_id)
  redis.call('ZADD', P .. 'conversations', now, conversation_id)
  redis.call('RPUSH', P .. 'texter:' .. texter_id .. ':conversations', conversation_id)
  redis.call('HSET', tkey, 'open_conversation', conversation_id)
  new_conversation = 1
end
if conversation_id == false then conversation_id = '' end

local supporter = ''
local message_id = 'm' .. redis.call('INCR', P .. 'seq:message')
redis.call('HSET', P .. 'message:' .. message_id, 'id', message_id, 'direction', 'in',
  'author', 'texter', 'kind', keyword ~= '' and keyword or 'text', 'body', body, 'media', media,
  'status', 'received', 'twilio_sid', sid, 'created_at', now, 'texter_id', texter_id,
  'conversation_id', conversation_id, 'screening', screening)
redis.call('SET', P .. 'inbound:' .. sid, message_id, 'EX', dedupe_ttl)

local function event(kind, conv, owner, data)
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', kind,
    'conversation', conv, 'supporter', owner, 'data', data)
end

if conversation_id ~= '' then
  local ckey = P .. 'conversation:' .. conversation_id
  redis.call('RPUSH', P .. 'conversation:' .. conversation_id .. ':messages', message_id)
  redis.call('HSET', ckey, 'last_message_at', now, 'last_preview', string.sub(body, 1, 80))
  redis.call('HINCRBY', ckey, 'unread', 1)
  supporter = redis.call('HGET', ckey, 'supporter') or ''
  if new_conversation == 1 then
    event('conversation.queued', conversation_id, '', cjson.encode({
      id = conversation_id, pseudonym = redis.call('HGET', ckey, 'pseudonym'),
      priority = priority, created_at = now}))
  end
  event('message.created', conversation_id, supporter, cjson.encode({
    id = message_id, conversation_id = conversation_id, direction = 'in', author = 'texter',
    kind = keyword ~= '' and keyword or 'text', body = body, media = cjson.decode(media),
    status = 'received', created_at = now}))
else
  redis.call('RPUSH', tkey .. ':keywords', message_id)
end

-- The replies owed, in order. Carrier keyword replies go out even to an opted-out number
-- (the STOP confirmation is required); everything else only to numbers that may be texted.
local replies = {}
local function reply(kind, text)
  local id = 'm' .. redis.call('INCR', P .. 'seq:message')
  redis.call('HSET', P .. 'message:' .. id, 'id', id, 'direction', 'out', 'author', 'line',
    'kind', kind, 'body', text, 'status', 'pending', 'created_at', now,
    'texter_id', texter_id, 'conversation_id', conversation_id, 'carrier_required',
    (kind == 'stop' or kind == 'help' or kind == 'start') and '1' or '0')
  redis.call('ZADD', P .. 'outbox', now, id)
  redis.call('RPUSH', P .. 'dispatch', 'send:' .. id)
  if conversation_id ~= '' then
    redis.call('RPUSH', P .. 'conversation:' .. conversation_id .. ':messages', id)
    event('message.created', conversation_id, supporter, cjson.encode({
      id = id, conversation_id = conversation_id, direction = 'out', author = 'line',
      kind = kind, body = text, status = 'pending', created_at = now}))
  end
  table.insert(replies, id)
end

if keyword_reply ~= '' then reply(keyword, keyword_reply) end
if keyword == '' and not opted_out and redis.call('HGET', tkey, 'welcomed') ~= '1' then
  redis.call('HSET', tkey, 'welcomed', '1')
  reply('welcome', welcome)
end

-- The texter's last few texts, for screening a thought split over several messages.
local recent = {}
if conversation_id ~= '' then
  local ids = redis.call('LRANGE', P .. 'conversation:' .. conversation_id .. ':messages', -12, -1)
  for i = #ids, 1, -1 do
    local m = P .. 'message:' .. ids[i]
    if redis.call('HGET', m, 'direction') == 'in' then
      table.insert(recent, 1, redis.call('HGET', m, 'body'))
      if #recent == 4 then break end
    end
  end
end

return {'recorded', message_id, texter_id, conversation_id, tostring(new_conversation),
  supporter, was_opted_out and '1' or '0', opted_out and '1' or '0', cjson.encode(replies),
  cjson.encode(recent)}
