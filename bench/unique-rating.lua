-- wrk script for bench/intake-pair.sh: POSTs one good rating per request, each with its own clientId
-- ("<run>-<thread>-<n>"), the same body to the intake and to the bare insert. Counts 5xx per thread and prints
-- them with the status codes seen in done(). Arguments (after --): run-id device-key.
local threads = {}
local next_tid = 0

function setup(thread)
  thread:set("tid", next_tid)
  next_tid = next_tid + 1
  table.insert(threads, thread)
end

function init(args)
  run = args[1] or tostring(os.time())
  key = args[2] or "demo-platform-A01"
  n = 0
  c201 = 0; c2xx = 0; c4xx = 0; c5xx = 0; cother = 0
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["X-Device-Key"] = key
end

function request()
  n = n + 1
  local body = string.format('{"clientId":"b%s-%d-%d","level":"SATISFIED","attitude":5}', run, tid, n)
  return wrk.format("POST", nil, nil, body)
end

function response(status, headers, body)
  if status == 201 then c201 = c201 + 1 end
  if status >= 200 and status < 300 then c2xx = c2xx + 1
  elseif status >= 400 and status < 500 then c4xx = c4xx + 1
  elseif status >= 500 then c5xx = c5xx + 1
  else cother = cother + 1 end
end

function done(summary, latency, requests)
  local t1, t2, t4, t5, to = 0, 0, 0, 0, 0
  for _, t in ipairs(threads) do
    t1 = t1 + t:get("c201"); t2 = t2 + t:get("c2xx"); t4 = t4 + t:get("c4xx"); t5 = t5 + t:get("c5xx"); to = to + t:get("cother")
  end
  io.write(string.format("BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f s201=%d s2xx=%d s4xx=%d s5xx=%d other=%d sockerr=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, t1, t2, t4, t5, to,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
