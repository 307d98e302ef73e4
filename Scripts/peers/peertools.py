"""Shared pieces of the peer baselines: dataset listing, page loading and one adapter per peer tool.

Every adapter takes the raw page bytes (and the page URL, or None) and returns a record in the
reference scorer's predictions format: {"text", "title", "author", "date"}; fields a tool does not
produce are None. Each tool gets bytes wherever its API accepts them, so that it decodes the page
with its own charset logic; only tools that require `str` go through `decode_html` below.

Used by predict.py (quality runs) and bench.py (speed runs). Standard library plus the peer
libraries only; each third-party import happens inside its adapter so that a missing optional
tool (newspaper4k) only breaks the runs that ask for it.
"""

import codecs
import glob
import gzip
import json
import os
import re

DATASETS = ("wcxb", "traf", "dates")


# ----------------------------------------------------------------------------- datasets

def list_pages(dataset, dataset_dir):
    """Return [(page_id, path_to_gz, url_or_None)] for a dataset, in a stable order.

    wcxb: id = file stem of html/<id>.html.gz, URL from ground-truth/<id>.json.
    traf / dates: id = the "file" value of evaldata.json / dates.json, page at html/<file>.gz.
    """
    if dataset == "wcxb":
        pages = []
        for path in sorted(glob.glob(os.path.join(dataset_dir, "html", "*.html.gz"))):
            page_id = os.path.basename(path)[: -len(".html.gz")]
            gt_path = os.path.join(dataset_dir, "ground-truth", page_id + ".json")
            url = None
            if os.path.exists(gt_path):
                with open(gt_path, encoding="utf-8") as f:
                    url = json.load(f).get("url")
            pages.append((page_id, path, url))
        return pages
    index_name = {"traf": "evaldata.json", "dates": "dates.json"}[dataset]
    with open(os.path.join(dataset_dir, index_name), encoding="utf-8") as f:
        index = json.load(f)
    return [(item["file"], os.path.join(dataset_dir, "html", item["file"] + ".gz"), url)
            for url, item in index.items()]


def read_page(path):
    """Decompressed bytes of one page (.gz or plain)."""
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read()


# ----------------------------------------------------------------------------- decoding

# C0 controls other than tab, LF and CR: lxml refuses strings holding them (newspaper4k then fails).
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def decode_html(data):
    """Bytes -> str for tools that only take text: BOM, then strict UTF-8, then the
    <meta> charset of the first 4 KiB, then windows-1252 with replacement. C0 control
    characters (never visible text) are dropped, since lxml-based tools reject them."""
    return _XML_INCOMPATIBLE.sub("", _decode(data))


def _decode(data):
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                     (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(enc, "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"), "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")


# Block-level tags after which a line break separates words in readability's HTML summary.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure footer "
    "form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table td th tr ul"
    .split())


def html_fragment_to_text(html):
    """Visible text of an HTML fragment with a line break at block boundaries (so that words in
    adjacent paragraphs are not glued together), whitespace collapsed within lines."""
    from lxml import etree, html as lxml_html

    if not html or not html.strip():
        return ""
    root = lxml_html.fromstring(html)
    parts = []
    for event, el in etree.iterwalk(root, events=("start", "end")):
        is_element = isinstance(el.tag, str)
        if event == "start":
            if is_element and el.tag in _BLOCK_TAGS:
                parts.append("\n")
            if is_element and el.text:
                parts.append(el.text)
        else:
            if is_element and el.tag in _BLOCK_TAGS:
                parts.append("\n")
            if el.tail and el is not root:
                parts.append(el.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


# ----------------------------------------------------------------------------- tools

def _record(text=None, title=None, author=None, date=None):
    return {"text": text, "title": title, "author": author, "date": date}


def trafilatura_text(data, url=None):
    """trafilatura's default extraction: extract() with default settings, plain-text output."""
    import trafilatura
    return trafilatura.extract(data, url=url)


def trafilatura_fast_text(data, url=None):
    """extract() in fast mode (no fallback extractors), otherwise default settings."""
    import trafilatura
    return trafilatura.extract(data, url=url, fast=True)


def run_trafilatura(data, url=None):
    """Text from extract() (defaults, comments included), metadata from extract_metadata() (its
    defaults, which include htmldate's extensive search) on a separately parsed tree, so that a
    page whose text trafilatura discards still gets its title, author and date."""
    import trafilatura
    text = trafilatura_text(data, url)
    tree = trafilatura.load_html(data)
    meta = trafilatura.extract_metadata(tree, default_url=url) if tree is not None else None
    if meta is None:
        return _record(text)
    return _record(text, meta.title, meta.author, meta.date)


def run_trafilatura_nocomments(data, url=None):
    """One bare_extraction(with_metadata=True, include_comments=False) call: the comment setting
    of trafilatura's own benchmark (tests/comparison.py), and metadata as that call returns it
    (none at all for a page whose text is discarded)."""
    import trafilatura
    doc = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        return _record()
    return _record(doc.text, doc.title, doc.author, doc.date)


def run_trafilatura_fast(data, url=None):
    return _record(trafilatura_fast_text(data, url))


def resiliparse_text(data, url=None):
    """Resiliparse's main-content plain text; the page is decoded with its own detector."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import detect_encoding
    from resiliparse.parse.html import HTMLTree
    tree = HTMLTree.parse_from_bytes(data, detect_encoding(data) or "utf-8")
    return extract_plain_text(tree, main_content=True)


def run_resiliparse(data, url=None):
    return _record(resiliparse_text(data, url))


def _readability(data):
    from readability import Document
    doc = Document(data)  # bytes: readability-lxml detects the charset itself
    return doc, html_fragment_to_text(doc.summary(html_partial=True))


def readability_text(data, url=None):
    """readability-lxml's summary() HTML, converted to text with block-level line breaks."""
    return _readability(data)[1]


def run_readability(data, url=None):
    doc, text = _readability(data)
    title = doc.short_title() or doc.title()
    author = doc.author()
    # readability-lxml returns a placeholder string for pages without the field.
    if author == "[no-author]":
        author = None
    if title == "[no-title]":
        title = None
    return _record(text, title, author)


def _newspaper(data, url):
    from newspaper import Article, Config
    config = Config()
    config.fetch_images = False  # never touch the network
    article = Article(url or "", config=config)
    article.download(input_html=decode_html(data))
    article.parse()
    return article


def newspaper_text(data, url=None):
    return _newspaper(data, url).text


def run_newspaper4k(data, url=None):
    article = _newspaper(data, url)
    date = article.publish_date.strftime("%Y-%m-%d") if article.publish_date else None
    return _record(article.text, article.title or None,
                   ", ".join(article.authors) or None, date)


def _htmldate(data, url, extensive, original):
    from htmldate import find_date
    return _record(date=find_date(data, url=url, extensive_search=extensive, original_date=original))


def run_htmldate(data, url=None):
    """htmldate as in its own benchmark ("htmldate extensive"): extensive search, original date."""
    return _htmldate(data, url, extensive=True, original=True)


def run_htmldate_fast(data, url=None):
    """htmldate's "fast" benchmark mode: no extensive search, original date."""
    return _htmldate(data, url, extensive=False, original=True)


def run_htmldate_defaults(data, url=None):
    """find_date() with the library defaults: extensive_search=True, original_date=False."""
    return _htmldate(data, url, extensive=True, original=False)


# name -> full adapter (quality runs)
TOOLS = {
    "trafilatura": run_trafilatura,
    "trafilatura-nocomments": run_trafilatura_nocomments,
    "trafilatura-fast": run_trafilatura_fast,
    "resiliparse": run_resiliparse,
    "readability": run_readability,
    "newspaper4k": run_newspaper4k,
    "htmldate": run_htmldate,
    "htmldate-fast": run_htmldate_fast,
    "htmldate-defaults": run_htmldate_defaults,
}

# name -> main-content text only (speed runs)
TEXT_TOOLS = {
    "trafilatura": trafilatura_text,
    "trafilatura-fast": trafilatura_fast_text,
    "resiliparse": resiliparse_text,
    "readability": readability_text,
    "newspaper4k": newspaper_text,
}


def tool_versions():
    """Installed versions of the peer libraries (None where not installed)."""
    from importlib import metadata
    versions = {}
    for dist in ("trafilatura", "resiliparse", "readability-lxml", "newspaper4k", "htmldate",
                 "selectolax", "lxml", "html5lib"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = None
    return versions
