#!/usr/bin/env python3
"""Scores text mode on whole-page text made by other tools than Pith's own naive renderer.

Text mode's line model is trained on the naive renderer's layouts (`pith dev render-text`);
this checks that it holds on scrapes it never saw made: BeautifulSoup's get_text (a text node per
line), resiliparse's plain-text rendering of the whole page (main_content=False), and the dumps
of the text browsers w3m and lynx (hard-wrapped at 80 columns). Each tool renders each page of a
dev set to a text file; `pith extract --input text --format json` reads the files; the reference
scorer scores the result against the same ground truth.

    apt-get install w3m lynx      # the text browsers
    /work/peers-venv/bin/python Scripts/textmode/heldout.py wcxb ../shared/data/wcxb-dev /tmp/heldout \\
        --pith .build/release/pith --every 3

Needs BeautifulSoup, lxml and resiliparse (the peers venv of Scripts/peers has them).
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys


def pages(kind, folder):
    """(id, html path) of every page of the dataset, in id order."""
    if kind == "wcxb":
        ids = sorted(name[:-5] for name in os.listdir(os.path.join(folder, "ground-truth")) if name.endswith(".json"))
        return [(i, os.path.join(folder, "html", i + ".html.gz")) for i in ids]
    with open(os.path.join(folder, "evaldata.json"), encoding="utf-8") as f:
        index = json.load(f)
    files = sorted(item["file"] for item in index.values())
    return [(name, os.path.join(folder, "html", name + ".gz")) for name in files]


def sample_dataset(kind, folder, selected, out):
    """A dataset folder holding only the selected pages (links to the originals), for the scorer."""
    root = os.path.join(out, kind, "dataset")
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(root)
    os.symlink(os.path.abspath(os.path.join(folder, "html")), os.path.join(root, "html"))
    if kind == "wcxb":
        os.makedirs(os.path.join(root, "ground-truth"))
        for page_id, _ in selected:
            name = page_id + ".json"
            os.symlink(os.path.abspath(os.path.join(folder, "ground-truth", name)), os.path.join(root, "ground-truth", name))
    else:
        with open(os.path.join(folder, "evaldata.json"), encoding="utf-8") as f:
            index = json.load(f)
        keep = {page_id for page_id, _ in selected}
        with open(os.path.join(root, "evaldata.json"), "w", encoding="utf-8") as f:
            json.dump({url: item for url, item in index.items() if item["file"] in keep}, f)
    return root


def render_bs4(html):
    from bs4 import BeautifulSoup
    soup = BeautifulSoup(html, "lxml")
    for element in soup(["script", "style", "noscript", "template"]):
        element.decompose()
    return soup.get_text(separator="\n", strip=True)


def render_resiliparse(html):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree
    return extract_plain_text(HTMLTree.parse_from_bytes(html, detect_encoding(html)), main_content=False)


def render_command(command):
    def render(html):
        result = subprocess.run(command, input=html, capture_output=True, timeout=60)
        return result.stdout.decode("utf-8", "replace")
    return render


TOOLS = {
    "bs4": render_bs4,
    "resiliparse": render_resiliparse,
    "w3m": render_command(["w3m", "-dump", "-T", "text/html", "-cols", "80", "-O", "UTF-8"]),
    "lynx": render_command(["lynx", "-dump", "-nolist", "-force_html", "-stdin", "-width=80", "-display_charset=utf-8"]),
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kind", choices=["wcxb", "traf"])
    parser.add_argument("dataset")
    parser.add_argument("out", help="folder for the renderings and predictions")
    parser.add_argument("--pith", default=".build/release/pith")
    parser.add_argument("--tools", default=",".join(TOOLS))
    parser.add_argument("--every", type=int, default=1, help="score every n-th page")
    args = parser.parse_args()

    selected = pages(args.kind, args.dataset)[:: args.every]
    scored_dataset = sample_dataset(args.kind, args.dataset, selected, args.out)
    scorer = os.path.join(os.path.dirname(os.path.abspath(args.dataset)), "..", "..", "tools", "score.py")
    for tool in args.tools.split(","):
        if tool in ("w3m", "lynx") and shutil.which(tool) is None:
            print(f"{tool}: not installed, skipped", file=sys.stderr)
            continue
        folder = os.path.join(args.out, args.kind, tool)
        os.makedirs(folder, exist_ok=True)
        paths = {}
        for page_id, html_path in selected:
            with gzip.open(html_path, "rb") as f:
                html = f.read()
            path = os.path.join(folder, page_id.replace("/", "_") + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(TOOLS[tool](html))
            paths[path] = page_id
        predictions = {}
        names = sorted(paths)
        for start in range(0, len(names), 200):
            batch = names[start:start + 200]
            output = subprocess.run([args.pith, "extract", "--input", "text", "--format", "json", *batch],
                                    capture_output=True, check=False).stdout.decode("utf-8")
            for line in output.splitlines():
                record = json.loads(line)
                predictions[paths[record["source"]]] = {
                    "text": record.get("text") or "", "title": record.get("title"),
                    "author": ", ".join(record.get("authors") or []) or None,
                    "date": (record.get("published") or "")[:10] or None,
                }
        prediction_path = os.path.join(args.out, f"{args.kind}-{tool}.json")
        with open(prediction_path, "w", encoding="utf-8") as f:
            json.dump(predictions, f)
        print(f"== {tool} ({len(selected)} pages)", flush=True)
        subprocess.run([sys.executable, scorer, args.kind, scored_dataset, prediction_path], check=False)


if __name__ == "__main__":
    main()
