-- Shared by every script (the loader puts it in front of each): the capacity rule and the
-- requeue rule, written once. `P` is the key prefix, always ARGV[1].
local P = ARGV[1]

-- Whether `username` is available and below their capacity.
local function has_room(username)
  local shift = P .. 'shift:' .. username
  if redis.call('HGET', shift, 'status') ~= 'available' then return false end
  local capacity = tonumber(redis.call('HGET', shift, 'capacity') or '0')
  return redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations') < capacity
end

-- Put `username` in the available set at their routing score, or take them out of it.
local function refresh_available(username, now, band)
  if has_room(username) then
    local load = redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations')
    local last = tonumber(redis.call('HGET', P .. 'shift:' .. username, 'last_assigned_at') or now)
    redis.call('ZADD', P .. 'supporters:available', load * band + last, username)
  else
    redis.call('ZREM', P .. 'supporters:available', username)
  end
end

-- Return a conversation to the queue ahead of everyone in its priority never picked up.
local function requeue_front(conv, now, band, front)
  local ckey = P .. 'conversation:' .. conv
  local rank = tonumber(redis.call('HGET', ckey, 'rank') or '2')
  local queued_at = tonumber(redis.call('HGET', ckey, 'queued_at'))
  redis.call('HSET', ckey, 'status', 'waiting', 'supporter', '', 'returned_at', now)
  redis.call('ZADD', P .. 'queue', rank * band + queued_at - front, conv)
end
