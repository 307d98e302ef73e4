#!/usr/bin/env python3
"""Run one peer tool over a dataset and write predictions for ../shared/tools/score.py.

Usage:
  predict.py TOOL DATASET DATASET_DIR OUT.json [--processes N] [--with-url] [--timeout S] [--limit N]

  TOOL     trafilatura | trafilatura-nocomments | trafilatura-fast | resiliparse |
           readability | newspaper4k | htmldate | htmldate-fast | htmldate-defaults
           (what each runs: the adapters' docstrings in peertools.py)
  DATASET  wcxb | traf | dates

Output: {"<id>": {"text", "title", "author", "date"}} with the scorer's ids (wcxb: file stem;
traf/dates: the "file" value). A page whose extraction raises or exceeds the timeout gets an
empty record and is counted on stderr; it never aborts the run.

By default the tools see only the HTML, as Pith does; --with-url also passes the page URL
(which lets trafilatura and htmldate read dates from it).
"""

import argparse
import json
import multiprocessing
import os
import signal
import sys
import time

sys.dont_write_bytecode = True  # leave no __pycache__ in the repository
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import peertools  # noqa: E402

_tool = None      # adapter of the current worker, set by _init_worker
_timeout = 0      # per-page time limit in seconds (0 = none)
_with_url = False


class PageTimeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise PageTimeout()


def _init_worker(tool_name, timeout, with_url):
    global _tool, _timeout, _with_url
    _tool, _timeout, _with_url = peertools.TOOLS[tool_name], timeout, with_url
    signal.signal(signal.SIGALRM, _on_alarm)
    # Peer libraries log warnings for every discarded page; keep stderr for our own summary.
    import logging
    logging.disable(logging.CRITICAL)
    import warnings
    warnings.simplefilter("ignore")


def _run_page(job):
    """Worker: (id, path, url) -> (id, record, error or None)."""
    page_id, path, url = job
    try:
        data = peertools.read_page(path)
        signal.alarm(_timeout)
        try:
            record = _tool(data, url if _with_url else None)
        finally:
            signal.alarm(0)
        return page_id, record, None
    except PageTimeout:
        return page_id, {}, f"timeout after {_timeout}s"
    except Exception as exc:  # one bad page must never abort the run
        return page_id, {}, f"{type(exc).__name__}: {exc}"[:300]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("tool", choices=sorted(peertools.TOOLS))
    ap.add_argument("dataset", choices=peertools.DATASETS)
    ap.add_argument("dataset_dir")
    ap.add_argument("out")
    ap.add_argument("--processes", type=int, default=2, help="worker processes (default 2)")
    ap.add_argument("--with-url", action="store_true", help="pass the page URL to the tool")
    ap.add_argument("--timeout", type=int, default=120, help="per-page limit in seconds (default 120)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N pages (for quick checks)")
    args = ap.parse_args(argv)

    jobs = peertools.list_pages(args.dataset, args.dataset_dir)
    if args.limit:
        jobs = jobs[: args.limit]
    start = time.perf_counter()
    predictions, errors = {}, {}
    init = (args.tool, args.timeout, args.with_url)
    # maxtasksperchild bounds the memory a long run can accumulate in library caches.
    with multiprocessing.Pool(args.processes, _init_worker, init, maxtasksperchild=200) as pool:
        for page_id, record, error in pool.imap(_run_page, jobs, chunksize=4):
            predictions[page_id] = record
            if error:
                errors[page_id] = error
    elapsed = time.perf_counter() - start

    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(predictions, f, ensure_ascii=False, indent=0, sort_keys=True)
    version = peertools.tool_versions()
    print(f"{args.tool} on {args.dataset}: {len(predictions)} pages, {len(errors)} errors, "
          f"{elapsed:.1f}s with {args.processes} processes -> {args.out}", file=sys.stderr)
    print(f"versions: {json.dumps(version)}", file=sys.stderr)
    for page_id, error in sorted(errors.items())[:20]:
        print(f"  error {page_id}: {error}", file=sys.stderr)
    if len(errors) > 20:
        print(f"  ... and {len(errors) - 20} more", file=sys.stderr)


if __name__ == "__main__":
    main()
