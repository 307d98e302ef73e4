#!/usr/bin/env python3
"""Scores text mode on scrapes made by real HTML-to-text converters, not by Pith's own naive
renderer: a check that the line model generalises beyond the layouts it was trained on.

Each sampled page of the WCXB dev set and the trafilatura eval set is rendered by html2text,
inscriptis (Python packages), lynx and w3m (system tools), whichever are installed; every
rendering is extracted with `pith extract --input text --format json` and scored as
../shared/tools/score.py scores (WCXB: mean word F1 over pages; trafilatura: snippet
precision, recall and F over the sample). The whole rendering, kept as it is, is scored too:
the figure text mode starts from. The converters are tooling only, never a dependency of Pith:

    /work/tools-venv/bin/pip install html2text inscriptis    # any venv; apt install lynx w3m
    swift build -c release --product pith
    /work/tools-venv/bin/python Scripts/score_converter_scrapes.py --every 10
"""
import argparse
import gzip
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_:.-]+)""", re.IGNORECASE)
# Seconds one converter may spend on one page.
CONVERTER_TIMEOUT = 30


def decode(raw):
    """The page as text: the charset its <meta> names, else UTF-8 (undecodable bytes replaced)."""
    match = CHARSET.search(raw[:4096])
    for charset in ([match.group(1).decode("ascii")] if match else []) + ["utf-8"]:
        try:
            return raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return raw.decode("utf-8", errors="replace")


def run_tool(command, html):
    result = subprocess.run(command, input=html.encode("utf-8"), capture_output=True, timeout=CONVERTER_TIMEOUT)
    return result.stdout.decode("utf-8", errors="replace")


def converters():
    """Name -> function(html text) -> text, for the converters available here."""
    found = {}
    try:
        import html2text

        def render_html2text(html):
            converter = html2text.HTML2Text()
            converter.body_width = 0
            return converter.handle(html)

        found["html2text"] = render_html2text
    except ImportError:
        pass
    try:
        from inscriptis import get_text

        found["inscriptis"] = get_text
    except ImportError:
        pass
    if shutil.which("lynx"):
        found["lynx"] = lambda html: run_tool(
            ["lynx", "-dump", "-nolist", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8", "-stdin"], html)
    if shutil.which("w3m"):
        found["w3m"] = lambda html: run_tool(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], html)
    return found


def extract(pith, paths):
    """Source path -> extracted text, from one `pith extract` run over all `paths`."""
    result = subprocess.run([pith, "extract", "--input", "text", "--format", "json", *paths],
                            capture_output=True, check=True)
    texts = {}
    for line in result.stdout.decode("utf-8").splitlines():
        record = json.loads(line)
        texts[record["source"]] = record.get("text") or ""
    return texts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", default=os.environ.get("PITH_SHARED", "../shared"))
    parser.add_argument("--pith", default=".build/release/pith")
    parser.add_argument("--every", type=int, default=10, help="sample every n-th page of each set")
    parser.add_argument("--keep", help="keep the renderings in this folder (and reuse them in later runs)")
    args = parser.parse_args()

    spec = importlib.util.spec_from_file_location("score", os.path.join(args.shared, "tools", "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    wcxb_dir = os.path.join(args.shared, "data", "wcxb-dev")
    traf_dir = os.path.join(args.shared, "data", "trafilatura-eval")
    wcxb = sorted(name[: -len(".html.gz")] for name in os.listdir(os.path.join(wcxb_dir, "html")))[:: args.every]
    with open(os.path.join(traf_dir, "evaldata.json"), encoding="utf-8") as f:
        traf = sorted(json.load(f).values(), key=lambda item: item["file"])[:: args.every]
    pages = [("wcxb", pid, os.path.join(wcxb_dir, "html", pid + ".html.gz")) for pid in wcxb]
    pages += [("traf", item["file"], os.path.join(traf_dir, "html", item["file"] + ".gz")) for item in traf]
    traf_items = {item["file"]: item for item in traf}

    out = args.keep or tempfile.mkdtemp(prefix="pith-scrapes-")
    tools = converters()
    print(f"{len(wcxb)} WCXB and {len(traf)} trafilatura pages; converters: {', '.join(tools)}")
    print(f"{'converter':11s} {'set':5s} {'input':9s} {'P':>6s} {'R':>6s} {'F':>6s}")
    for tool, render in tools.items():
        folder = os.path.join(out, tool)
        os.makedirs(folder, exist_ok=True)
        paths = {}
        for dataset, pid, path in pages:
            target = os.path.join(folder, f"{dataset}-{len(paths):04d}.txt")
            paths[target] = (dataset, pid)
            if os.path.exists(target):  # rendered by an earlier run with the same --keep and --every
                continue
            with gzip.open(path, "rb") as f:
                html = decode(f.read())
            try:
                text = render(html)
            except Exception as error:  # a converter that fails on a page scores it empty
                print(f"{tool} failed on {pid}: {error}", file=sys.stderr)
                text = ""
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
        extracted = extract(args.pith, list(paths))
        for label, texts in (("whole", {p: open(p, encoding="utf-8").read() for p in paths}), ("pith", extracted)):
            scores = [score.word_prf(texts[p], score.load_json(os.path.join(wcxb_dir, "ground-truth", pid + ".json"))
                                     ["ground_truth"]["main_content"] or "")
                      for p, (dataset, pid) in paths.items() if dataset == "wcxb"]
            mean = [sum(s[i] for s in scores) / len(scores) for i in range(3)]
            print(f"{tool:11s} {'wcxb':5s} {label:9s} {mean[0]:6.3f} {mean[1]:6.3f} {mean[2]:6.3f}")
            tp = fn = fp = tn = 0
            for p, (dataset, pid) in paths.items():
                if dataset != "traf":
                    continue
                text, item = texts[p], traf_items[pid]
                withs, withouts = item.get("with") or [], item.get("without") or []
                hits = sum(1 for s in withs if text and s in text)
                leaks = sum(1 for s in withouts if text and s in text)
                tp, fn, fp, tn = tp + hits, fn + len(withs) - hits, fp + leaks, tn + len(withouts) - leaks
            precision, recall, _, f = score._prfa(tp, fn, fp, tn)
            print(f"{tool:11s} {'traf':5s} {label:9s} {precision:6.3f} {recall:6.3f} {f:6.3f}")
    if not args.keep:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
