-- The conversation's own supporter has read it: clear the unread count. Only the owner can,
-- so a supervisor reading silently never changes what the supporter sees.
local conv, owner, events_max = ARGV[2], ARGV[3], tonumber(ARGV[4])
local ckey = P .. 'conversation:' .. conv
if redis.call('EXISTS', ckey) == 0 then return {'error', 'not_found'} end
if (redis.call('HGET', ckey, 'supporter') or '') ~= owner then return {'error', 'not_owner'} end
if redis.call('HGET', ckey, 'unread') ~= '0' then
  redis.call('HSET', ckey, 'unread', '0')
  redis.call('XADD', P .. 'events', 'MAXLEN', '~', events_max, '*', 'type', 'conversation.read',
    'conversation', conv, 'supporter', owner, 'data', cjson.encode({id = conv}))
end
return {'ok', conv}
