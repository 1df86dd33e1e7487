-- wrk script of the webhook benchmark: posts pre-signed Twilio-shaped forms, each once.
-- Run as `wrk -t1 ... -s bench/webhook.lua URL -- FILE`, where each line of FILE is
-- "<X-Twilio-Signature><TAB><urlencoded form>" (webhook_bench.py computes them).
-- Prints one JSON line of figures at the end; "reused" > 0 means FILE ran out.

local posts = {}
local position = 0
reused = 0

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local signature, form = line:match("^([^\t]+)\t(.*)$")
    posts[#posts + 1] = wrk.format("POST", nil, {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Twilio-Signature"] = signature,
    }, form)
  end
end

function request()
  position = position + 1
  if position > #posts then
    position = 1
    reused = reused + 1
  end
  return posts[position]
end

function done(summary, latency, requests)
  local reuses = 0
  for _, thread in ipairs(threads) do
    reuses = reuses + thread:get("reused")
  end
  local errors = summary.errors
  io.write(string.format(
    '{"requests": %d, "seconds": %.3f, "status_errors": %d, "socket_errors": %d, ' ..
    '"p50_ms": %.3f, "p99_ms": %.3f, "max_ms": %.3f, "reused": %d}\n',
    summary.requests, summary.duration / 1e6, errors.status,
    errors.connect + errors.read + errors.write + errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000, reuses))
end
