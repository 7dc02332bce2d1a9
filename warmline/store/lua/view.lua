-- A consistent snapshot of conversations as JSON: each with its messages when asked.
-- ARGV: prefix, with_messages ('1'|'0'), conversation ids...
local with_messages = ARGV[2] == '1'
local out = {}
for i = 3, #ARGV do
  local conv = ARGV[i]
  local fields = redis.call('HGETALL', P .. 'conversation:' .. conv)
  if #fields > 0 then
    local c = {}
    for j = 1, #fields, 2 do c[fields[j]] = fields[j + 1] end
    if with_messages then
      local messages = {}
      for _, id in ipairs(redis.call('LRANGE', P .. 'conversation:' .. conv .. ':messages', 0, -1)) do
        local m = {}
        local mf = redis.call('HGETALL', P .. 'message:' .. id)
        for j = 1, #mf, 2 do m[mf[j]] = mf[j + 1] end
        table.insert(messages, m)
      end
      c['messages'] = messages
    end
    table.insert(out, cjson.encode(c))
  end
end
return out
