-- Replace a canned response only if it still exists, so an edit racing a removal cannot
-- bring it back.
if redis.call('HEXISTS', P .. 'canned', ARGV[2]) == 0 then return 0 end
redis.call('HSET', P .. 'canned', ARGV[2], ARGV[3])
return 1
