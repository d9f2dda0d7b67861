-- wrk script for `cari serve`: GET /search cycling through a file of queries (one a
-- line), each thread from its own place in the file; at the end, latency percentiles
-- and every kind of error, so that "zero errors" is read, not assumed.
--
--   wrk -t2 -c32 -d30s --latency -s load.lua http://127.0.0.1:7700 -- queries.txt

local queries = {}
local thread_count = 0

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  local file = args[1] or "queries.txt"
  for line in io.lines(file) do
    if line:match("%S") then
      queries[#queries + 1] = "/search?q=" .. encode(line)
    end
  end
  if #queries == 0 then
    error("no query in " .. file)
  end
  position = (id or 0) * 997 % #queries
  failures = 0
end

function request()
  position = position % #queries + 1
  return wrk.format("GET", queries[position])
end

function response(status, headers, body)
  if status ~= 200 then
    failures = failures + 1
    if failures <= 3 then
      io.stderr:write("status " .. status .. ": " .. body:sub(1, 200) .. "\n")
    end
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "requests %d in %.1f s: %.1f requests/s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    e.connect, e.read, e.write, e.status, e.timeout))
end
