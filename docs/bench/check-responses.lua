-- wrk script: counts every response that is not a 2xx or whose body is not the expected size.
-- usage: wrk ... -s docs/bench/check-responses.lua URL -- EXPECTED_BODY_BYTES
-- The body is as sent (gzip when asked for), de-chunked by wrk. done() prints one line that
-- throughput.py reads: "checked N responses: S not 2xx, Z not B bytes".
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  expected = tonumber(args[1])
  seen, bad_status, bad_size = 0, 0, 0
end

function response(status, headers, body)
  seen = seen + 1
  if status < 200 or status > 299 then
    bad_status = bad_status + 1
  end
  if #body ~= expected then
    bad_size = bad_size + 1
  end
end

function done(summary, latency, requests)
  local n, s, z, b = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    n = n + thread:get("seen")
    s = s + thread:get("bad_status")
    z = z + thread:get("bad_size")
    b = thread:get("expected")
  end
  io.write(string.format("checked %d responses: %d not 2xx, %d not %d bytes\n", n, s, z, b))
end
