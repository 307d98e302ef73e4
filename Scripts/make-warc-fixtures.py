#!/usr/bin/env python3
"""Writes the small WARC fixtures in Tests/Fixtures/warc/ with the `warcio` library.

The fixtures let PithBatch's WARC reader be checked against files written by an independent,
widely used writer (the hand-built byte-level cases live in the Swift tests). Every page in them
is written here for the project; nothing is copied from the web. Output is deterministic: fixed
record ids and dates, and zlib writes no time stamp, so re-running changes nothing.

warcio is a test tool, not a dependency of Pith:

    python3 -m venv /work/tools-venv && /work/tools-venv/bin/pip install warcio
    /work/tools-venv/bin/python Scripts/make-warc-fixtures.py

Files written (each a few KB):
  mixed.warc.gz   WARC/1.0, one gzip member per record
  mixed.warc      the same records, uncompressed
  v11.warc.gz     WARC/1.1, a warcinfo and two responses

The record sequence of mixed.* (ids end in the number shown):
  01 warcinfo
  02 request   http://example.test/plain
  03 response  http://example.test/plain      text/html; charset=utf-8
  04 metadata  http://example.test/plain
  05 request   http://example.test/cyrillic
  06 response  http://example.test/cyrillic   text/html; charset=windows-1251, body in cp1251
  07 response  http://example.test/chunked    Transfer-Encoding: chunked (3 chunks)
  08 response  http://example.test/logo.png   image/png (not HTML)
  09 response  http://example.test/gzipped    Content-Encoding: gzip
  10 resource  http://example.test/notes.html  a resource record (skipped by the reader)
  11 revisit   http://example.test/plain      a revisit record without payload
"""

import gzip
import io
import os
import sys

from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

FIXTURES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Tests", "Fixtures", "warc")
DATE = "2024-03-01T12:00:00Z"


def record_id(number):
    return "<urn:uuid:00000000-0000-4000-8000-0000000000%02d>" % number


def page(title, body):
    return (
        "<!DOCTYPE html>\n<html><head><title>%s</title></head>\n"
        "<body><article><h1>%s</h1>\n%s\n</article></body></html>\n" % (title, title, body)
    )


PLAIN_PAGE = page(
    "Plain page",
    "<p>The harbour ferry now leaves at seven, an hour earlier than last summer.</p>\n"
    "<p>Tickets are sold on board; the kiosk on the quay has closed for good.</p>",
).encode("utf-8")

CYRILLIC_PAGE = page(
    "Новости посёлка",
    "<p>Мост через реку откроют после ремонта в пятницу утром.</p>\n"
    "<p>Объезд по лесной дороге будет работать до конца недели.</p>",
).encode("cp1251")

CHUNKED_PAGE = page(
    "Chunked page",
    "<p>This body was sent in three chunks by a server that streams its output.</p>",
).encode("utf-8")

GZIPPED_PAGE = page(
    "Compressed page",
    "<p>This body is stored gzip-compressed, as some crawlers archive it.</p>",
).encode("utf-8")

RESOURCE_PAGE = page("Notes", "<p>A resource record holds a document without its HTTP envelope.</p>").encode("utf-8")

# A tiny valid PNG header is enough: the reader only looks at the media type.
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 24


def http_response(status_line, headers, body):
    head = status_line + "\r\n" + "".join("%s: %s\r\n" % item for item in headers) + "\r\n"
    return head.encode("latin-1") + body


def chunked(body, parts=3):
    size = (len(body) + parts - 1) // parts
    out = b""
    for start in range(0, len(body), size):
        piece = body[start:start + size]
        out += b"%x\r\n" % len(piece) + piece + b"\r\n"
    return out + b"0\r\n\r\n"


def request(uri):
    path = uri.split("example.test", 1)[1]
    return ("GET %s HTTP/1.1\r\nHost: example.test\r\nUser-Agent: pith-fixtures\r\n\r\n" % path).encode("ascii")


def make(writer, number, uri, record_type, payload=b"", content_type=None, extra=None):
    headers = {"WARC-Record-ID": record_id(number), "WARC-Date": DATE}
    if extra:
        headers.update(extra)
    kwargs = {}
    if content_type:
        kwargs["warc_content_type"] = content_type
    record = writer.create_warc_record(
        uri, record_type, payload=io.BytesIO(payload), length=len(payload), warc_headers_dict=headers, **kwargs
    )
    writer.write_record(record)


def write_mixed(stream, compress):
    writer = WARCWriter(stream, gzip=compress, warc_version="1.0")
    info = b"software: pith make-warc-fixtures.py\r\nformat: WARC File Format 1.0\r\n"
    make(writer, 1, "", "warcinfo", info, content_type="application/warc-fields",
         extra={"WARC-Filename": "mixed.warc.gz"})

    make(writer, 2, "http://example.test/plain", "request", request("http://example.test/plain"))
    make(writer, 3, "http://example.test/plain", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=utf-8"),
                            ("Content-Length", str(len(PLAIN_PAGE)))], PLAIN_PAGE))
    make(writer, 4, "http://example.test/plain", "metadata", b"fetchTimeMs: 120\r\n",
         content_type="application/warc-fields", extra={"WARC-Concurrent-To": record_id(3)})

    make(writer, 5, "http://example.test/cyrillic", "request", request("http://example.test/cyrillic"))
    make(writer, 6, "http://example.test/cyrillic", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=windows-1251"),
                            ("Content-Length", str(len(CYRILLIC_PAGE)))], CYRILLIC_PAGE))

    make(writer, 7, "http://example.test/chunked", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "text/html"), ("Transfer-Encoding", "chunked")],
        chunked(CHUNKED_PAGE)))

    make(writer, 8, "http://example.test/logo.png", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "image/png"), ("Content-Length", str(len(PNG_BYTES)))], PNG_BYTES))

    compressed = gzip.compress(GZIPPED_PAGE, mtime=0)
    make(writer, 9, "http://example.test/gzipped", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=UTF-8"), ("Content-Encoding", "gzip"),
                            ("Content-Length", str(len(compressed)))], compressed))

    make(writer, 10, "http://example.test/notes.html", "resource", RESOURCE_PAGE, content_type="text/html")

    revisit = http_response("HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=utf-8")], b"")
    make(writer, 11, "http://example.test/plain", "revisit", revisit, extra={
        "WARC-Profile": "http://netpreserve.org/warc/1.0/revisit/identical-payload-digest",
        "WARC-Refers-To": record_id(3)})


def write_v11(stream):
    writer = WARCWriter(stream, gzip=True, warc_version="1.1")
    make(writer, 21, "", "warcinfo", b"software: pith make-warc-fixtures.py\r\n",
         content_type="application/warc-fields")
    make(writer, 22, "http://example.test/v11/one", "response", http_response(
        "HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=iso-8859-1")],
        page("Caf\xe9 menu", "<p>Soup of the day, bread, and a pot of tea.</p>").encode("latin-1")))
    make(writer, 23, "http://example.test/v11/two", "response", http_response(
        "HTTP/1.1 404 Not Found", [("Content-Type", "text/html")],
        page("Not found", "<p>No page lives at this address.</p>").encode("utf-8")))


def main():
    os.makedirs(FIXTURES, exist_ok=True)
    outputs = {
        "mixed.warc.gz": lambda s: write_mixed(s, True),
        "mixed.warc": lambda s: write_mixed(s, False),
        "v11.warc.gz": write_v11,
    }
    for name, write in outputs.items():
        path = os.path.join(FIXTURES, name)
        with open(path, "wb") as stream:
            write(stream)
        print("%s: %d bytes" % (os.path.relpath(path), os.path.getsize(path)), file=sys.stderr)


if __name__ == "__main__":
    main()
