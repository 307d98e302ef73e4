#!/usr/bin/env python3
"""Writes a large synthetic WARC.gz for memory (RSS) and throughput benchmarks of PithBatch.

The file looks like a Common Crawl segment: a warcinfo record, then for each page a request,
a response and a metadata record, each in its own gzip member. Pages are generated from a
seeded vocabulary (nothing is copied from the web); a few hundred distinct pages repeat under
different URLs and record ids, so writing is fast but the reader sees a realistic record stream:
mostly HTML (some windows-1252, some chunked), a share of redirects with empty bodies and of
non-HTML responses.

Standard library only. Output is deterministic for a given seed and size. Do not commit the
output, and delete it after the benchmark:

    python3 Scripts/make-big-warc.py /tmp/big.warc.gz --gigabytes 3
    python3 Scripts/make-big-warc.py /tmp/faulty.warc.gz --gigabytes 0.2 --fault-every 1000

A summary (records by type, expected documents and faults) goes to stderr and, with
--summary PATH, to a JSON file, so a benchmark can check its record accounting.
"""

import argparse
import json
import random
import sys
import zlib

WORDS_SEED = 20240301


def make_vocabulary(rng, count=4000):
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    weights = [12, 9, 8, 8, 7, 7, 6, 6, 6, 4, 4, 3, 3, 2, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]
    words = set()
    while len(words) < count:
        length = max(2, min(12, int(rng.gauss(6, 2))))
        words.add("".join(rng.choices(letters, weights, k=length)))
    return sorted(words)


def sentence(rng, words):
    text = " ".join(rng.choice(words) for _ in range(rng.randint(6, 22)))
    return text[0].upper() + text[1:] + "."


def make_page(rng, words, number):
    title = " ".join(rng.choice(words) for _ in range(rng.randint(3, 8))).title()
    nav = "".join('<li><a href="/section/%d">%s</a></li>' % (i, rng.choice(words).title()) for i in range(12))
    paragraphs = "\n".join("<p>%s</p>" % " ".join(sentence(rng, words) for _ in range(rng.randint(2, 6)))
                           for _ in range(rng.randint(4, 40)))
    related = "".join('<li><a href="/story/%d">%s</a></li>' % (rng.randint(1, 10**6), sentence(rng, words))
                      for _ in range(8))
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>%s</title>\n"
        "<meta name=\"description\" content=\"%s\"></head>\n<body>\n<header><nav><ul>%s</ul></nav></header>\n"
        "<main><article><h1>%s</h1>\n<p class=\"byline\">By %s %s, page %d</p>\n%s\n</article></main>\n"
        "<aside><h2>Related</h2><ul>%s</ul></aside>\n<footer><p>%s</p></footer>\n</body></html>\n"
        % (title, sentence(rng, words), nav, title, rng.choice(words).title(), rng.choice(words).title(),
           number, paragraphs, related, sentence(rng, words))
    )


def chunk(body, size=4096):
    out = bytearray()
    for start in range(0, len(body), size):
        piece = body[start:start + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return bytes(out + b"0\r\n\r\n")


def warc_record(record_type, record_id, uri, content_type, block, date):
    head = ["WARC/1.0", "WARC-Type: %s" % record_type, "WARC-Date: %s" % date, "WARC-Record-ID: %s" % record_id]
    if uri:
        head.append("WARC-Target-URI: %s" % uri)
    head += ["Content-Type: %s" % content_type, "Content-Length: %d" % len(block)]
    return ("\r\n".join(head) + "\r\n\r\n").encode("utf-8") + block + b"\r\n\r\n"


def gzip_member(data, level):
    compressor = zlib.compressobj(level, zlib.DEFLATED, 31)
    return compressor.compress(data) + compressor.flush()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("output", help="path of the .warc.gz to write")
    parser.add_argument("--gigabytes", type=float, default=3.0, help="stop after this many GB written (default 3)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    parser.add_argument("--distinct-pages", type=int, default=400, help="distinct pages to repeat (default 400)")
    parser.add_argument("--level", type=int, default=6, help="gzip level (default 6; 1 writes faster)")
    parser.add_argument("--fault-every", type=int, default=0,
                        help="damage every Nth response: cut gzip members, junk, bad lengths (default 0: none)")
    parser.add_argument("--summary", help="also write the summary as JSON to this path")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    words = make_vocabulary(random.Random(WORDS_SEED))
    pages = [make_page(rng, words, i).encode("utf-8") for i in range(args.distinct_pages)]
    limit = int(args.gigabytes * 1e9)
    counts = {"warcinfo": 0, "request": 0, "response": 0, "metadata": 0}
    expected = {"documents": 0, "redirects": 0, "non_html": 0, "faults": 0}
    written = 0

    with open(args.output, "wb") as out:
        def emit(record_type, data):
            nonlocal written
            member = gzip_member(data, args.level)
            out.write(member)
            written += len(member)
            counts[record_type] += 1
            return member

        info = b"software: pith make-big-warc.py\r\nformat: WARC File Format 1.0\r\n"
        emit("warcinfo", warc_record("warcinfo", "<urn:uuid:00000000-0000-4000-8000-000000000000>", None,
                                     "application/warc-fields", info, "2024-03-01T00:00:00Z"))
        number = 0
        while written < limit:
            number += 1
            uri = "http://site%d.example/story/%d" % (number % 5000, number)
            date = "2024-03-01T%02d:%02d:%02dZ" % (number // 3600 % 24, number // 60 % 60, number % 60)
            ids = ["<urn:uuid:%08x-0000-4000-8000-%012x>" % (kind, number) for kind in (1, 2, 3)]
            path = uri.split(".example", 1)[1]
            request = ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: pith-bench\r\n\r\n"
                       % (path, uri.split("/")[2])).encode("ascii")
            emit("request", warc_record("request", ids[0], uri, "application/http; msgtype=request", request, date))

            roll = rng.random()
            body = pages[number % len(pages)]
            outcome = "documents"
            if roll < 0.08:
                http = b"HTTP/1.1 301 Moved Permanently\r\nLocation: %s/\r\nContent-Length: 0\r\n\r\n" % uri.encode()
                outcome = "redirects"
            elif roll < 0.12:
                http = b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n" + rng.randbytes(2000)
                outcome = "non_html"
            elif roll < 0.20:
                latin = body.decode("utf-8").replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252", "replace")
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=windows-1252\r\n\r\n" + latin
            elif roll < 0.25:
                http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n" + chunk(body)
            else:
                http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n"
                        % len(body)) + body
            response = warc_record("response", ids[1], uri, "application/http; msgtype=response", http, date)

            fault = args.fault_every and number % args.fault_every == 0
            kind = (number // args.fault_every) % 3 if fault else None
            if kind == 0:
                # The response's gzip member cut in half: one failure in its place.
                member = gzip_member(response, args.level)
                out.write(member[: len(member) // 2])
                written += len(member) // 2
                counts["response"] += 1
            elif kind == 1:
                # Junk before an intact response: one failure for the junk, then the response.
                out.write(rng.randbytes(500))
                written += 500
                emit("response", response)
                expected[outcome] += 1
            elif kind == 2:
                # A Content-Length past the end of the member: one failure in its place.
                emit("response", response.replace(
                    b"Content-Length: %d\r\n" % len(http), b"Content-Length: %d\r\n" % (len(http) + 999), 1))
            else:
                emit("response", response)
                expected[outcome] += 1
            if fault:
                expected["faults"] += 1

            emit("metadata", warc_record("metadata", ids[2], uri, "application/warc-fields",
                                         b"fetchTimeMs: %d\r\n" % rng.randint(20, 3000), date))

    summary = {"bytes": written, "records": counts, "expected": expected}
    print(json.dumps(summary), file=sys.stderr)
    if args.summary:
        with open(args.summary, "w") as stream:
            json.dump(summary, stream, indent=2)


if __name__ == "__main__":
    main()
