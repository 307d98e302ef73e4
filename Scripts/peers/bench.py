#!/usr/bin/env python3
"""Single-threaded speed benchmark of a peer tool.

Usage:
  bench.py MODE DIR [--limit N] [--repeat R]

  MODE  extraction: trafilatura | trafilatura-fast | resiliparse | readability | newspaper4k
        parse only: parse-lexbor (selectolax LexborHTMLParser on bytes),
                    parse-lxml (lxml.html.document_fromstring on bytes),
                    parse-html5lib (html5lib.parse on bytes, default etree builder)
  DIR   folder of pages, *.gz or plain files (e.g. ../shared/data/wcxb-dev/html)

All pages (decompressed) are loaded into memory first; only the tool's call is timed, page after
page in this one thread. The main-content modes time text extraction only (no metadata pass).
Prints pages/s and MB/s of input HTML (MB = 10^6 bytes), over wall time and over this process's
CPU time (the latter is the steadier figure when other work shares the cores; the 1-minute load
average before and after is printed to judge that), and the process's peak RSS
(resource.getrusage: ru_maxrss, which includes the loaded pages and the imported libraries; the
peak right after loading the pages is printed beside it).
"""

import argparse
import glob
import logging
import os
import resource
import sys
import time
import warnings

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peertools  # noqa: E402


def parse_lexbor(data):
    from selectolax.lexbor import LexborHTMLParser
    return LexborHTMLParser(data)


def parse_lxml(data):
    import lxml.html
    return lxml.html.document_fromstring(data)


def parse_html5lib(data):
    import html5lib
    return html5lib.parse(data)  # default treebuilder (xml.etree); lxml's refuses control characters


PARSERS = {"parse-lexbor": parse_lexbor, "parse-lxml": parse_lxml, "parse-html5lib": parse_html5lib}


def main(argv=None):
    modes = sorted(peertools.TEXT_TOOLS) + sorted(PARSERS)
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=modes)
    ap.add_argument("dir")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (sorted by name)")
    ap.add_argument("--repeat", type=int, default=1, help="passes over the pages (default 1)")
    args = ap.parse_args(argv)

    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    func = peertools.TEXT_TOOLS.get(args.mode) or PARSERS[args.mode]

    paths = sorted(p for p in glob.glob(os.path.join(args.dir, "*")) if os.path.isfile(p))
    if args.limit:
        paths = paths[: args.limit]
    pages = [peertools.read_page(p) for p in paths]
    total_bytes = sum(len(p) for p in pages)

    # Peak RSS once the pages are in memory, so the report can separate the tool's own growth.
    loaded_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB

    # Warm-up on one page outside the timing: imports and lazy initialisation of the library.
    try:
        func(pages[0])
    except Exception:
        pass

    errors, first_error = 0, ""
    load_before = os.getloadavg()[0]
    start, cpu_start = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for data in pages:
            try:
                func(data)
            except Exception as exc:  # counted and reported; the page still costs its time
                errors += 1
                first_error = first_error or f"{type(exc).__name__}: {exc}"[:200]
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    load_after = os.getloadavg()[0]

    n = len(pages) * args.repeat
    mb = total_bytes * args.repeat / 1e6
    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: KiB
    print(f"{args.mode}: {len(pages)} pages x {args.repeat} ({total_bytes / 1e6:.1f} MB), {errors} errors"
          + (f" (first: {first_error})" if first_error else "") + "\n"
          f"  wall {elapsed:.2f} s: {n / elapsed:.1f} pages/s, {mb / elapsed:.1f} MB/s\n"
          f"  cpu  {cpu:.2f} s: {n / cpu:.1f} pages/s, {mb / cpu:.1f} MB/s\n"
          f"  peak RSS {peak_rss_mb:.0f} MiB ({loaded_rss_mb:.0f} MiB after loading the pages); "
          f"load average {load_before:.2f} -> {load_after:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
