-- The shift of each supporter named (or of everyone on shift, when none is named) in one
-- snapshot: status, capacity and load, as JSON.
local names = {}
for i = 2, #ARGV do table.insert(names, ARGV[i]) end
if #names == 0 then names = redis.call('SMEMBERS', P .. 'supporters:on_shift') end
local out = {}
for _, username in ipairs(names) do
  local shift = P .. 'shift:' .. username
  table.insert(out, cjson.encode({
    username = username,
    status = redis.call('HGET', shift, 'status') or 'off',
    capacity = tonumber(redis.call('HGET', shift, 'capacity') or '0'),
    load = redis.call('SCARD', P .. 'supporter:' .. username .. ':conversations'),
  }))
end
return out
