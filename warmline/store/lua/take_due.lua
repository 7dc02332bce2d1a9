-- Take up to `limit` follow-ups that are due, for one worker to send: each is leased (its
-- score pushed `lease` ms ahead) rather than removed, so if that worker dies it comes due
-- again; sending it removes it (followup.lua).
local now, limit, lease = tonumber(ARGV[2]), tonumber(ARGV[3]), tonumber(ARGV[4])
local key = P .. 'followups'
local due = redis.call('ZRANGEBYSCORE', key, '-inf', now, 'LIMIT', 0, limit)
for _, member in ipairs(due) do
  redis.call('ZADD', key, now + lease, member)
end
return due
