-- Change fields of an existing user; never creates one (a typo'd name stays a 404).
local key = P .. 'user:' .. ARGV[2]
if redis.call('EXISTS', key) == 0 then return 0 end
local fields = {}
for i = 3, #ARGV do table.insert(fields, ARGV[i]) end
if #fields > 0 then redis.call('HSET', key, unpack(fields)) end
return 1
