#!/usr/bin/env python3
"""Trains Pith's block classifier and writes it as Swift source.

Reproducible from ../shared/data alone:

    swift build -c release
    .build/release/pith dev features ../shared/data/wcxb-dev/html/*.html.gz > /tmp/features-wcxb.jsonl
    python3 Scripts/model/train_block_model.py /tmp/features-wcxb.jsonl ../shared/data/wcxb-dev \
        --export Sources/Pith/Extraction/Generated/BlockModel.swift

Labels: a block is content when most of its word trigrams (or, for blocks under three words, its
whole word sequence) occur in the page's ground-truth main content, tokenised as the WCXB scorer
does (lowercased \\w+).

Class-word weights: the log-odds that a block is content given a word of its element's or its
ancestors' class/id/role/itemprop attributes, from words seen on at least --min-pages pages, so
that no site's own class names become a rule. They are learned inside each cross-validation fold
(no leakage) and on all pages for the exported model.

The model: gradient-boosted trees (LightGBM), trained with page-grouped k-fold cross-validation;
the report gives the out-of-fold mean word F1, which is the honest estimate of quality on unseen
pages. Requires numpy and lightgbm (pip install into a tools venv; not a runtime dependency).
"""
import argparse
import collections
import json
import math
import os
import random
import re
import sys

import lightgbm as lgb
import numpy as np

TOKEN = re.compile(r"\w+")
ALPHA = 1.0  # additive smoothing of class-word counts


def tokens(text):
    return TOKEN.findall(text.lower())


def load_ground_truth(dataset):
    gdir = os.path.join(dataset, "ground-truth")
    truth = {}
    for name in sorted(os.listdir(gdir)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(gdir, name), encoding="utf-8") as f:
            doc = json.load(f)
        gt = doc.get("ground_truth") or {}
        page_type = ((doc.get("_internal") or {}).get("page_type") or {})
        page_type = page_type.get("primary", "article") if isinstance(page_type, dict) else "article"
        truth[name[:-5]] = {"text": gt.get("main_content") or "", "type": "collection" if page_type == "category" else page_type}
    return truth


def page_id(source):
    base = os.path.basename(source)
    for suffix in (".html.gz", ".html", ".gz"):
        if base.endswith(suffix):
            return base[: -len(suffix)]
    return base


def label_blocks(blocks, truth_text):
    truth_tokens = tokens(truth_text)
    joined = " " + " ".join(truth_tokens) + " "
    trigrams = set(zip(truth_tokens, truth_tokens[1:], truth_tokens[2:]))
    labels = []
    for block in blocks:
        words = tokens(block["text"])
        if not words:
            labels.append(0)
        elif len(words) < 3:
            labels.append(1 if (" " + " ".join(words) + " ") in joined else 0)
        else:
            grams = list(zip(words, words[1:], words[2:]))
            hits = sum(1 for g in grams if g in trigrams)
            labels.append(1 if hits >= 0.5 * len(grams) else 0)
    return labels


def load_pages(features_path, truth):
    pages = []
    with open(features_path, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            pid = page_id(page["source"])
            if pid not in truth:
                continue
            blocks = page["blocks"]
            page["id"] = pid
            page["labels"] = label_blocks(blocks, truth[pid]["text"])
            for block in blocks:
                block["near"] = sorted(set(block["near"]))
                block["far"] = sorted(set(block["far"]))
            pages.append(page)
    return pages


def class_word_weights(pages, min_pages):
    """Log-odds of content per class word, over blocks (weighted by words), from words on >= min_pages pages."""
    positive = collections.Counter()
    negative = collections.Counter()
    seen_on = collections.defaultdict(set)
    total_pos = total_neg = 0.0
    for page in pages:
        for block, label in zip(page["blocks"], page["labels"]):
            weight = 1.0 + math.log1p(len(tokens(block["text"])))
            words = set(block["near"]) | set(block["far"])
            for word in words:
                seen_on[word].add(page["id"])
                if label:
                    positive[word] += weight
                else:
                    negative[word] += weight
            if label:
                total_pos += weight
            else:
                total_neg += weight
    prior = math.log((total_pos + ALPHA) / (total_neg + ALPHA))
    weights = {}
    for word, pages_with in seen_on.items():
        if len(pages_with) < min_pages:
            continue
        value = math.log((positive[word] + ALPHA) / (negative[word] + ALPHA)) - prior
        weights[word] = round(value, 4)
    return weights


def matrix(pages, weights, near_index, far_index):
    rows, labels, sample_weights, groups = [], [], [], []
    for page_number, page in enumerate(pages):
        for block, label in zip(page["blocks"], page["labels"]):
            row = list(block["f"])
            row[near_index] = sum(weights.get(w, 0.0) for w in block["near"])
            row[far_index] = sum(weights.get(w, 0.0) for w in block["far"])
            rows.append(row)
            labels.append(label)
            sample_weights.append(1.0 + math.sqrt(len(tokens(block["text"]))))
            groups.append(page_number)
    return np.array(rows, dtype=np.float32), np.array(labels), np.array(sample_weights), np.array(groups)


PARAMS = {
    "objective": "binary",
    "learning_rate": 0.05,
    "num_leaves": 31,
    "min_data_in_leaf": 50,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 1.0,
    "verbose": -1,
    "seed": 7,
    "deterministic": True,
    "num_threads": 2,
}


def train(x, y, w, rounds):
    return lgb.train(PARAMS, lgb.Dataset(x, label=y, weight=w), num_boost_round=rounds)


def word_f1(pred, ref):
    pt, rt = tokens(pred), tokens(ref)
    if not rt:
        return 1.0 if not pt else 0.0
    if not pt:
        return 0.0
    overlap = sum((collections.Counter(pt) & collections.Counter(rt)).values())
    if overlap == 0:
        return 0.0
    p, r = overlap / len(pt), overlap / len(rt)
    return 2 * p * r / (p + r)


def evaluate(pages, probabilities, truth, threshold):
    scores, by_type = [], collections.defaultdict(list)
    for page, probs in zip(pages, probabilities):
        text = "\n\n".join(b["text"] for b, p in zip(page["blocks"], probs) if p >= threshold)
        f1 = word_f1(text, truth[page["id"]]["text"])
        scores.append(f1)
        by_type[truth[page["id"]]["type"]].append(f1)
    return sum(scores) / len(scores), {t: sum(v) / len(v) for t, v in by_type.items()}


def cross_validate(pages, truth, columns, folds, rounds, min_pages):
    near_index, far_index = columns.index("classScoreNear"), columns.index("classScoreFar")
    order = list(range(len(pages)))
    random.Random(11).shuffle(order)
    fold_of = {page_index: position % folds for position, page_index in enumerate(order)}
    out_of_fold = [None] * len(pages)
    for fold in range(folds):
        train_pages = [p for i, p in enumerate(pages) if fold_of[i] != fold]
        test_indices = [i for i in range(len(pages)) if fold_of[i] == fold]
        weights = class_word_weights(train_pages, min_pages)
        x, y, w, _ = matrix(train_pages, weights, near_index, far_index)
        model = train(x, y, w, rounds)
        for i in test_indices:
            tx, _, _, _ = matrix([pages[i]], weights, near_index, far_index)
            out_of_fold[i] = model.predict(tx) if len(tx) else np.array([])
        print(f"fold {fold + 1}/{folds} done", file=sys.stderr)
    best = max((evaluate(pages, out_of_fold, truth, t)[0], t) for t in np.arange(0.2, 0.8, 0.05))
    mean_f1, by_type = evaluate(pages, out_of_fold, truth, best[1])
    return best[1], mean_f1, by_type, out_of_fold


def export_swift(path, model, weights, columns, threshold):
    dump = model.dump_model()
    trees = dump["tree_info"]
    nodes = []  # (feature, threshold, left, right, value); leaves have feature -1
    roots = []

    def add(node):
        # Iterative pre-order flattening; children indices fixed up after.
        stack = [(node, None, None)]
        while stack:
            current, parent_index, side = stack.pop()
            index = len(nodes)
            if parent_index is not None:
                entry = nodes[parent_index]
                if side == "left":
                    entry[2] = index
                else:
                    entry[3] = index
            if "leaf_value" in current:
                nodes.append([-1, 0.0, -1, -1, current["leaf_value"]])
            else:
                assert current["decision_type"] == "<=", current["decision_type"]
                nodes.append([current["split_feature"], current["threshold"], -1, -1, 0.0])
                # LightGBM sends missing values right by default; features are never missing here.
                stack.append((current["right_child"], index, "right"))
                stack.append((current["left_child"], index, "left"))
        return

    for tree in trees:
        roots.append(len(nodes))
        add(tree["tree_structure"])

    lines = [
        "// Generated by Scripts/model/train_block_model.py from ../shared/data/wcxb-dev. Do not edit.",
        "",
        "/// The trained block classifier: gradient-boosted trees over `BlockFeatures` columns, and the",
        "/// class-word weights behind the `classScoreNear` / `classScoreFar` columns.",
        "enum BlockModel {",
        f"    /// Feature columns the model was trained on, in order (checked against `BlockFeatures` in tests).",
        "    static let columns: [String] = [" + ", ".join(f'"{c}"' for c in columns) + "]",
        f"    /// Blocks with a content probability at or above this are kept (chosen by cross-validation).",
        f"    static let threshold: Double = {threshold:.3f}",
        "    /// Tree roots, as indices into the node arrays.",
        "    static let roots: [Int32] = [" + ", ".join(str(r) for r in roots) + "]",
        "    /// Per node: the feature tested (-1 for leaves).",
        "    static let features: [Int16] = [" + ", ".join(str(n[0]) for n in nodes) + "]",
        "    /// Per node: go left when the feature is at most this.",
        "    static let thresholds: [Float] = [" + ", ".join(repr(float(np.float32(n[1]))) for n in nodes) + "]",
        "    static let leftChildren: [Int32] = [" + ", ".join(str(n[2]) for n in nodes) + "]",
        "    static let rightChildren: [Int32] = [" + ", ".join(str(n[3]) for n in nodes) + "]",
        "    /// Per leaf: its contribution to the log-odds.",
        "    static let leafValues: [Float] = [" + ", ".join(repr(float(np.float32(n[4]))) for n in nodes) + "]",
        "    /// Class-word weights (log-odds of content), words seen on many sites only.",
        "    static let classWordWeights: [String: Float] = [",
    ]
    for word in sorted(weights):
        lines.append(f'        "{word}": {weights[word]},')
    lines.append("    ]")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}: {len(roots)} trees, {len(nodes)} nodes, {len(weights)} class words", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="JSON lines from `pith dev features`")
    parser.add_argument("dataset", help="a WCXB-style dataset folder (ground-truth/*.json)")
    parser.add_argument("--columns", required=True, help="JSON array from `pith dev features --columns`")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--min-pages", type=int, default=20, help="class words must occur on this many pages")
    parser.add_argument("--export", help="write the Swift model here (trained on all pages)")
    parser.add_argument("--skip-cv", action="store_true")
    args = parser.parse_args()

    with open(args.columns, encoding="utf-8") as f:
        columns = json.load(f)
    truth = load_ground_truth(args.dataset)
    pages = load_pages(args.features, truth)
    positives = sum(sum(p["labels"]) for p in pages)
    total = sum(len(p["labels"]) for p in pages)
    print(f"{len(pages)} pages, {total} blocks, {positives} labelled content", file=sys.stderr)
    threshold = 0.5
    if not args.skip_cv:
        threshold, mean_f1, by_type, _ = cross_validate(pages, truth, columns, args.folds, args.rounds, args.min_pages)
        print(f"cross-validated mean word F1 (block texts joined): {mean_f1:.4f} at threshold {threshold:.2f}")
        for page_type in sorted(by_type):
            print(f"  {page_type:14s} {by_type[page_type]:.4f}")
    if args.export:
        weights = class_word_weights(pages, args.min_pages)
        near_index, far_index = columns.index("classScoreNear"), columns.index("classScoreFar")
        x, y, w, _ = matrix(pages, weights, near_index, far_index)
        model = train(x, y, w, args.rounds)
        export_swift(args.export, model, weights, columns, threshold)


if __name__ == "__main__":
    main()
