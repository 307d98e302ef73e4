-- wrk script: POST one HTML page (the file named by PITH_BENCH_PAGE) to /v1/extract. wrk's own
-- report counts non-2xx answers, so 503s or errors cannot hide in the requests/s figure.
local path = assert(os.getenv("PITH_BENCH_PAGE"), "set PITH_BENCH_PAGE to an HTML file")
local file = assert(io.open(path, "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "text/html"
