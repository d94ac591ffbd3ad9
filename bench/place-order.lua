-- wrk script: POST /api/orders as rotating customers (tokens from $TOKENS), one line of
-- $PRODUCT/$SKU each; with $LIMIT set, each thread stops after its share of successful orders;
-- with $RATE set, each connection paces itself so that all together send about $RATE orders/s.
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  tokens[#tokens + 1] = line
end
local body = string.format(
  '{"items":[{"productId":"%s","sku":"%s","quantity":1}],"paymentMethod":"CASH_ON_DELIVERY"}',
  os.getenv("PRODUCT"), os.getenv("SKU"))
local limit = tonumber(os.getenv("LIMIT") or "0")
local threads = tonumber(os.getenv("THREADS") or "1")
local rate = tonumber(os.getenv("RATE") or "0")
local connections = tonumber(os.getenv("CONNECTIONS") or "1")
local i = 0
local created = 0

if rate > 0 then
  delay = function()
    return 1000 * connections / rate
  end
end

request = function()
  i = i + 1
  return wrk.format("POST", "/api/orders", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. tokens[(i % #tokens) + 1],
  }, body)
end

response = function(status, headers, body)
  if status == 201 then
    created = created + 1
  end
  if limit > 0 and created >= limit / threads then
    wrk.thread:stop()
  end
end
