-- Claim an outbound message for sending, so two jobs for the same message can never both
-- hand it to the channel. The claim is a lock that expires, in case its worker dies.
local id, lock_ms, now = ARGV[2], tonumber(ARGV[3]), tonumber(ARGV[4])
local key = P .. 'message:' .. id
local status = redis.call('HGET', key, 'status')
if not status then return 'missing' end
if (status ~= 'pending' and status ~= 'sending') or redis.call('HGET', key, 'twilio_sid') then
  return 'done'
end
if not redis.call('SET', P .. 'sending:' .. id, now, 'NX', 'PX', lock_ms) then return 'busy' end
redis.call('HSET', key, 'status', 'sending', 'status_rank', 1, 'attempts',
  tonumber(redis.call('HGET', key, 'attempts') or '0') + 1)
return 'claimed'
