-- wrk script for bench/run. Arguments after "--": mode token [unitPath receivedDate runTag [spread]]
--   read    GET with the bearer token (the gateway-overhead read)
--   intake  one petition per request through POST /api/v1/petitions, every one different (own
--           petitioner ID number and text), so the service does a real intake's work, duplicate
--           search included. With spread N > 1, unitPath is a prefix and the requests go round N
--           units (prefix .. 00, 01, ...): each unit keeps its own numbering register
-- Counts the answers by status; done() prints "status <code> <count>", latency percentiles and the
-- request count in lines bench/run reads.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
  thread:set("tid", #threads)
end

function init(args)
  mode, token, unit, day, run = args[1], args[2], args[3], args[4], args[5]
  spread = tonumber(args[6] or "1")
  seq = 0
  statuses = {}
  wrk.headers["Accept"] = "application/json"
  wrk.headers["Authorization"] = "Bearer " .. token
  if mode == "intake" then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

function request()
  if mode ~= "intake" then
    return wrk.request()
  end
  seq = seq + 1
  local u = unit
  if spread > 1 then u = unit .. string.format("%02d", (seq + tid) % spread) end
  local body = string.format(
    '{"unitPath":"%s","receivedDate":"%s","kind":"FEEDBACK",' ..
    '"petitioners":[{"name":"Người đo tải %s-%d-%d","idNumber":"B%s%02d%07d","representative":true}],' ..
    '"subject":{"kind":"ACT","description":"Đo tải tiếp nhận %s luồng %d số %d"},' ..
    '"domains":["URBAN_MANAGEMENT"],"content":"Phản ánh đo tải tiếp nhận, lượt %s, luồng %d, đơn số %d."}',
    u, day, run, tid, seq, run, tid, seq, run, tid, seq, run, tid, seq)
  return wrk.format(nil, nil, nil, body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for code, n in pairs(thread:get("statuses")) do total[code] = (total[code] or 0) + n end
  end
  for code, n in pairs(total) do io.write(string.format("status %d %d\n", code, n)) end
  for _, p in ipairs({50, 90, 99}) do
    io.write(string.format("latency_p%d_ms %.2f\n", p, latency:percentile(p) / 1000))
  end
  io.write(string.format("requests %d duration_s %.2f\n", summary.requests, summary.duration / 1e6))
end
