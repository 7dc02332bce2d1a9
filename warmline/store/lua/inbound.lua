-- Record one inbound text atomically: dedupe by MessageSid, find or create the texter, apply
-- a carrier keyword, append to the open conversation (or open one), and create the replies the
-- line owes. Nothing here decides wording: the bodies arrive ready in ARGV.
local sid, number, channel = ARGV[2], ARGV[3], ARGV[4]
local pseudonym, body, media = ARGV[5], ARGV[6], ARGV[7]
local keyword, keyword_reply, welcome = ARGV[8], ARGV[9], ARGV[10]
local now = tonumber(ARGV[11])
local priority, queue_score = ARGV[12], tonumber(ARGV[13])
local screening, dedupe_ttl, events_max = ARGV[14], tonumber(ARGV[15]), tonumber(ARGV[16])
local rank = tonumber(ARGV[17])
-- Continuity (endings, follow-ups, opening hours, returning texters, limits), decided in Python
-- and passed as one JSON object; an empty object leaves all of it out.
local C = cjson.decode(ARGV[18] or '{}')

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

-- A pending follow-up is called off by STOP and by any new conversation: it leaves the due
-- set, and the scheduled job that would have sent it finds nothing to do.
local function cancel_followup()
  local token = redis.call('HGET', tkey, 'followup_token')
  if token and token ~= '' then
    redis.call('ZREM', P .. 'followups', texter_id .. ':' .. token)
    redis.call('HDEL', tkey, 'followup_token', 'followup_due', 'followup_conversation')
  end
end
if keyword == 'stop' then
  cancel_followup()
  redis.call('HSET', tkey, 'survey_conversation', '')
end

local conversation_id = redis.call('HGET', tkey, 'open_conversation')
local new_conversation = 0
local message_kind = keyword ~= '' and keyword or 'text'

-- A reply to the closing texts ("4", "yes", "no thanks") belongs to the conversation that
-- asked, and opens nothing; a crisis-flagged text never counts as one.
local survey_conv = redis.call('HGET', tkey, 'survey_conversation') or ''
if (conversation_id == false or conversation_id == '') and keyword == '' and survey_conv ~= ''
    and (C.rating or C.consent) and rank >= 2
    and now - tonumber(redis.call('HGET', tkey, 'survey_asked_at') or '0') <= (C.survey_window_ms or 0) then
  conversation_id, message_kind = survey_conv, 'survey'
  local skey = P .. 'conversation:' .. survey_conv
  if C.rating then redis.call('HSET', skey, 'survey_rating', C.rating, 'survey_at', now) end
  if C.consent then
    redis.call('HSET', skey, 'followup_consent', C.consent)
    cancel_followup()
    if C.consent == 'yes' and not opted_out and C.followup_due then
      local token = 'f' .. redis.call('INCR', P .. 'seq:followup')
      redis.call('HSET', tkey, 'followup_token', token, 'followup_due', C.followup_due,
        'followup_conversation', survey_conv)
      redis.call('ZADD', P .. 'followups', C.followup_due, texter_id .. ':' .. token)
      redis.call('RPUSH', P .. 'dispatch', 'followup:' .. C.followup_due)
    end
  end
  if redis.call('HEXISTS', skey, 'survey_rating') == 1 and redis.call('HEXISTS', skey, 'followup_consent') == 1 then
    redis.call('HSET', tkey, 'survey_conversation', '')
  end
end
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

-- A new conversation: outside opening hours or over the daily contact limit it is held (kept,
-- not queued) until the line can take it; otherwise a returning texter's last supporter, if on
-- shift and available, is offered it first for a bounded time (assign.lua honours the offer).
-- Never for a crisis-flagged text, which is queued at once at any hour.
local held = ''
if new_conversation == 1 then
  cancel_followup()
  redis.call('HSET', tkey, 'survey_conversation', '')
  local ckey = P .. 'conversation:' .. conversation_id
  local hold_until = 0
  if rank >= 2 and C.hold == 'after_hours' then
    held, hold_until = 'after_hours', tonumber(C.hold_until or '0')
  elseif rank >= 2 and (C.contact_limit or 0) > 0 then
    local earlier = redis.call('LRANGE', P .. 'texter:' .. texter_id .. ':conversations', -C.contact_limit - 1, -2)
    local recent, oldest = 0, now
    for _, id in ipairs(earlier) do
      local opened = tonumber(redis.call('HGET', P .. 'conversation:' .. id, 'created_at') or '0')
      if now - opened < C.contact_window_ms then
        recent = recent + 1
        oldest = math.min(oldest, opened)
      end
    end
    if recent >= C.contact_limit then held, hold_until = 'contact_limit', oldest + C.contact_window_ms end
  end
  if held ~= '' then
    redis.call('ZREM', P .. 'queue', conversation_id)
    redis.call('HSET', ckey, 'status', 'held', 'held_reason', held, 'held_until', hold_until)
    redis.call('ZADD', P .. 'held', now, conversation_id)
  elseif rank >= 2 and (C.offer_ms or 0) > 0 then
    local last = redis.call('HGET', tkey, 'last_supporter')
    if last and last ~= '' and redis.call('HGET', P .. 'shift:' .. last, 'status') == 'available' then
      redis.call('HSET', ckey, 'offer_to', last, 'offer_until', now + C.offer_ms)
      redis.call('RPUSH', P .. 'dispatch', 'route_at:' .. conversation_id .. ':' .. (now + C.offer_ms))
    end
  end
elseif conversation_id ~= '' and message_kind ~= 'survey' then
  local ckey = P .. 'conversation:' .. conversation_id
  if redis.call('HGET', ckey, 'status') == 'held' then
    if rank < 2 then
      -- Crisis words while held: into the queue now, ahead by urgency.
      redis.call('ZREM', P .. 'held', conversation_id)
      redis.call('HSET', ckey, 'status', 'waiting', 'priority', priority, 'rank', rank, 'queued_at', now)
      redis.call('ZADD', P .. 'queue', queue_score, conversation_id)
      redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'conversation.queued',
        'conversation', conversation_id, 'supporter', '', 'data', cjson.encode({id = conversation_id,
          pseudonym = redis.call('HGET', ckey, 'pseudonym'), priority = priority, created_at = now}))
    elseif C.consent == 'no' and not C.rating then
      -- "No thanks" to being called back at opening time.
      redis.call('ZREM', P .. 'held', conversation_id)
      redis.call('HSET', ckey, 'status', 'closed', 'closed_at', now, 'closed_by', 'texter')
      redis.call('HSET', tkey, 'open_conversation', '')
      held, message_kind = 'declined', 'survey'
    else
      held = redis.call('HGET', ckey, 'held_reason') or 'after_hours'
    end
  end
end

local supporter = ''
local message_id = 'm' .. redis.call('INCR', P .. 'seq:message')
redis.call('HSET', P .. 'message:' .. message_id, 'id', message_id, 'direction', 'in',
  'author', 'texter', 'kind', message_kind, 'body', body, 'media', media,
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
  if message_kind ~= 'survey' then redis.call('HSETNX', ckey, 'owed_since', now) end
  supporter = redis.call('HGET', ckey, 'supporter') or ''
  if new_conversation == 1 and held ~= '' then
    event('conversation.held', conversation_id, '', cjson.encode({id = conversation_id,
      pseudonym = redis.call('HGET', ckey, 'pseudonym'), reason = held, created_at = now}))
  elseif new_conversation == 1 then
    event('conversation.queued', conversation_id, '', cjson.encode({
      id = conversation_id, pseudonym = redis.call('HGET', ckey, 'pseudonym'),
      priority = priority, created_at = now}))
  end
  event('message.created', conversation_id, supporter, cjson.encode({
    id = message_id, conversation_id = conversation_id, direction = 'in', author = 'texter',
    kind = message_kind, body = body, media = cjson.decode(media),
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
-- While held: an honest answer, at most once every few hours after hours, once for a limit.
if keyword == '' and not opted_out and held == 'after_hours' and C.after_hours_reply then
  if now - tonumber(redis.call('HGET', tkey, 'after_hours_notice_at') or '0') >= C.after_hours_every_ms then
    redis.call('HSET', tkey, 'after_hours_notice_at', now)
    reply('after_hours', C.after_hours_reply)
  end
elseif keyword == '' and not opted_out and held == 'contact_limit' and new_conversation == 1
    and C.contact_limit_reply then
  reply('contact_limit', C.contact_limit_reply)
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
