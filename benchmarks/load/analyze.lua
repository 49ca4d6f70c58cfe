-- wrk script for load.sh: POSTs one article to /v1/analyze as {"text": "..."} and checks every answer.
-- Usage: wrk ... -s analyze.lua URL -- ARTICLE_FILE
-- "Nothing is lost": each response must be 200 with a complete JSON body holding a claims array;
-- done() prints one RESULT line that load.sh parses and fails on when anything was bad.

local threads = {}

-- JSON string literal for arbitrary UTF-8 text: escape quotes, backslashes and control characters.
local escapes = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
local function json_string(s)
  local escaped = s:gsub('[%c"\\]', function(c)
    return escapes[c] or string.format('\\u%04x', c:byte())
  end)
  return '"' .. escaped .. '"'
end

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local path = args[1] or error("article file argument missing (wrk ... -- FILE)")
  local f = assert(io.open(path, "rb"))
  local text = f:read("*a")
  f:close()
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.body = '{"text":' .. json_string(text) .. '}'
  -- "allow503": the overload run, where a 503 problem with Retry-After is a right answer, counted apart.
  allow503 = args[2] == "allow503"
  ok, bad_status, bad_body, refused = 0, 0, 0, 0
  first_bad = nil
end

function response(status, headers, body)
  if status == 503 and allow503 and headers["Retry-After"] and body and body:find("urn:sayswho:problem:overloaded", 1, true) then
    refused = refused + 1
  elseif status ~= 200 then
    bad_status = bad_status + 1
    first_bad = first_bad or ("status " .. status .. ": " .. string.sub(body or "", 1, 200))
  -- Complete JSON ends with '}' (trailing whitespace allowed) and the answer must carry its claims array.
  elseif not (body and body:match("}%s*$") and body:find('"claims"%s*:%s*%[')) then
    bad_body = bad_body + 1
    first_bad = first_bad or ("truncated or unexpected body of " .. #(body or "") .. " bytes: " .. string.sub(body or "", 1, 200))
  else
    ok = ok + 1
  end
end

function done(summary, latency, requests)
  local good, status_bad, body_bad, example, s503 = 0, 0, 0, nil, 0
  for _, t in ipairs(threads) do
    good = good + t:get("ok")
    status_bad = status_bad + t:get("bad_status")
    body_bad = body_bad + t:get("bad_body")
    s503 = s503 + t:get("refused")
    example = example or t:get("first_bad")
  end
  local e = summary.errors
  local secs = summary.duration / 1e6
  io.write(string.format(
    "RESULT requests=%d ok=%d rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non200=%d bad_body=%d socket_errors=%d timeouts=%d s503=%d\n",
    summary.requests, good, summary.requests / secs, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, status_bad, body_bad, e.connect + e.read + e.write, e.timeout, s503))
  if example then io.write("FIRST_BAD " .. example .. "\n") end
end
