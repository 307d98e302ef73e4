#!/usr/bin/env python3
"""Trains Pith's block classifier and writes it as Swift source.

Reproducible from ../shared/data alone:

    swift build -c release
    .build/release/pith dev features ../shared/data/wcxb-dev/html/*.html.gz > /tmp/features-wcxb.jsonl
    python3 Scripts/model/train_block_model.py /tmp/features-wcxb.jsonl ../shared/data/wcxb-dev \
        --export Sources/Pith/Extraction/Generated/BlockModel.swift

With `--traf FEATURES DATASET` the trafilatura eval pages join the training set, labelled by their
segments: a block holding a `with` segment (or, with five words or more, held by one) is content,
a block holding a `without` segment is not, and other blocks stay unlabelled (weight 0: they are
context for stage 2, never a target). Their figure is then the cross-validated snippet F.

Labels: a block is content when most of its word trigrams (or, for blocks under three words, its
whole word sequence) occur in the page's ground-truth main content, tokenised as the WCXB scorer
does (lowercased \\w+).

Class-word weights: the log-odds that a block is content given a word of its element's or its
ancestors' class/id/role/itemprop attributes, from words seen on at least --min-pages pages, so
that no site's own class names become a rule. They are learned inside each cross-validation fold
(no leakage) and on all pages for the exported model.

The model: two stages of gradient-boosted trees (LightGBM). Stage 1 scores each block from its
own features. Stage 2 adds context computed from stage-1 probabilities (neighbours, blocks sharing
a parent or grandparent, the page's share of likely content), so that a short line between two
paragraphs of content is judged with them. Both are trained with page-grouped k-fold
cross-validation; stage 2 learns from stage-1's out-of-fold probabilities, as it will see them on
new pages. The report gives the out-of-fold mean word F1 of both stages, the estimate of quality
on unseen pages. Requires numpy and lightgbm (pip install into a tools venv; not a runtime
dependency).
"""
import argparse
import collections
import json
import math
import os
import pickle
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
    cache = features_path + ".pages.pickle"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(features_path):
        with open(cache, "rb") as f:
            return pickle.load(f)
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
                block["w"] = len(tokens(block["text"]))
            pages.append(page)
    with open(cache, "wb") as f:
        pickle.dump(pages, f)
    return pages


def load_traf_pages(features_path, dataset):
    """The trafilatura eval pages, blocks labelled 1, 0 or None (unlabelled) by the page's segments."""
    with open(os.path.join(dataset, "evaldata.json"), encoding="utf-8") as f:
        index = {item["file"]: item for item in json.load(f).values()}
    pages = []
    with open(features_path, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            file = os.path.basename(page["source"])[: -len(".gz")]
            if file not in index:
                continue
            with_segments = [normalize_space(t) for t in index[file].get("with") or []]
            without_segments = [normalize_space(t) for t in index[file].get("without") or []]
            labels = []
            for block in page["blocks"]:
                text = normalize_space(block["text"])
                block["near"] = sorted(set(block["near"]))
                block["far"] = sorted(set(block["far"]))
                block["w"] = len(tokens(block["text"]))
                if any(seg and seg in text for seg in with_segments) or (
                    block["w"] >= 5 and any(text in seg for seg in with_segments)
                ):
                    labels.append(1)
                elif any(seg and seg in text for seg in without_segments):
                    labels.append(0)
                else:
                    labels.append(None)
            page["id"] = "traf:" + file
            page["segments"] = (with_segments, without_segments)
            page["labels"] = labels
            pages.append(page)
    return pages


def normalize_space(text):
    return " ".join(text.split())


def class_word_weights(pages, min_pages):
    """Log-odds of content per class word, over blocks (weighted by words), from words on >= min_pages pages."""
    positive = collections.Counter()
    negative = collections.Counter()
    seen_on = collections.defaultdict(set)
    total_pos = total_neg = 0.0
    for page in pages:
        for block, label in zip(page["blocks"], page["labels"]):
            if label is None:
                continue
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


def matrix(pages, weights, near_index, far_index, traf_weight=1.0):
    """Feature rows, labels and sample weights (unlabelled blocks weigh 0; trafilatura-set blocks
    `traf_weight` times their WCXB equivalent)."""
    rows, labels, sample_weights, groups = [], [], [], []
    for page_number, page in enumerate(pages):
        for block, label in zip(page["blocks"], page["labels"]):
            row = list(block["f"])
            row[near_index] = sum(weights.get(w, 0.0) for w in block["near"])
            row[far_index] = sum(weights.get(w, 0.0) for w in block["far"])
            rows.append(row)
            labels.append(label or 0)
            weight = 1.0 + math.sqrt(block["w"])
            if label is None:
                weight = 0.0
            elif "segments" in page:
                weight *= traf_weight
            sample_weights.append(weight)
            groups.append(page_number)
    return np.array(rows, dtype=np.float32), np.array(labels), np.array(sample_weights), np.array(groups)


CONTEXT_COLUMNS = [
    "probability", "previousProbability", "nextProbability", "nearWindowProbability",
    "wideWindowProbability", "siblingProbability", "cousinProbability", "logSiblingBlocks",
    "pageContentShare", "nearWindowMaximum",
]
NEAR_WINDOW = 3
WIDE_WINDOW = 10


def context_features(page, probabilities):
    """Stage-2 inputs from stage-1 probabilities; mirrors ContextFeatures.swift exactly."""
    blocks = page["blocks"]
    n = len(blocks)
    weights = [b["w"] + 1.0 for b in blocks]
    by_parent = collections.defaultdict(list)
    by_grandparent = collections.defaultdict(list)
    for i, b in enumerate(blocks):
        if b["p"] >= 0:
            by_parent[b["p"]].append(i)
        if b["g"] >= 0:
            by_grandparent[b["g"]].append(i)
    total_words = sum(b["w"] for b in blocks) or 1
    likely_words = sum(b["w"] for b, p in zip(blocks, probabilities) if p >= 0.5)
    page_share = likely_words / total_words

    def weighted_mean(indices, exclude):
        num = den = 0.0
        for j in indices:
            if j != exclude:
                num += probabilities[j] * weights[j]
                den += weights[j]
        return num / den if den > 0 else -1.0

    rows = []
    for i, b in enumerate(blocks):
        near = range(max(0, i - NEAR_WINDOW), min(n, i + NEAR_WINDOW + 1))
        wide = range(max(0, i - WIDE_WINDOW), min(n, i + WIDE_WINDOW + 1))
        siblings = by_parent.get(b["p"], []) if b["p"] >= 0 else []
        cousins = by_grandparent.get(b["g"], []) if b["g"] >= 0 else []
        near_others = [probabilities[j] for j in near if j != i]
        rows.append([
            probabilities[i],
            probabilities[i - 1] if i > 0 else -1.0,
            probabilities[i + 1] if i + 1 < n else -1.0,
            weighted_mean(near, i),
            weighted_mean(wide, i),
            weighted_mean(siblings, i),
            weighted_mean(cousins, i),
            math.log1p(max(len(siblings) - 1, 0)),
            page_share,
            max(near_others) if near_others else -1.0,
        ])
    return rows


def stage2_matrix(pages, probabilities, weights, near_index, far_index, traf_weight=1.0):
    x, y, w, groups = matrix(pages, weights, near_index, far_index, traf_weight)
    context = []
    for page, probs in zip(pages, probabilities):
        context.extend(context_features(page, list(probs)))
    return np.hstack([x, np.array(context, dtype=np.float32)]) if len(x) else x, y, w, groups


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
    """Mean word F1 over the WCXB pages (and per page type), snippet F over the trafilatura pages."""
    scores, by_type = [], collections.defaultdict(list)
    tp = fn = fp = 0
    for page, probs in zip(pages, probabilities):
        kept = [b["text"] for b, p in zip(page["blocks"], probs) if p >= threshold]
        if "segments" in page:
            text = normalize_space(" ".join(kept))
            with_segments, without_segments = page["segments"]
            hits = sum(1 for seg in with_segments if text and seg in text)
            tp, fn = tp + hits, fn + len(with_segments) - hits
            fp += sum(1 for seg in without_segments if text and seg in text)
            continue
        f1 = word_f1("\n\n".join(kept), truth[page["id"]]["text"])
        scores.append(f1)
        by_type[truth[page["id"]]["type"]].append(f1)
    mean_f1 = sum(scores) / len(scores) if scores else None
    snippet_f = 2 * tp / (2 * tp + fn + fp) if tp else (0.0 if fn + fp else None)
    return mean_f1, snippet_f, {t: sum(v) / len(v) for t, v in by_type.items()}


def objective(mean_f1, snippet_f):
    """What the threshold is chosen by: WCXB word F1, averaged with the snippet F when both are there."""
    figures = [v for v in (mean_f1, snippet_f) if v is not None]
    return sum(figures) / len(figures)


def fold_assignment(count, folds):
    order = list(range(count))
    random.Random(11).shuffle(order)
    return {page_index: position % folds for position, page_index in enumerate(order)}


def cross_validate(pages, truth, columns, folds, rounds, min_pages, traf_weight):
    near_index, far_index = columns.index("classScoreNear"), columns.index("classScoreFar")
    fold_of = fold_assignment(len(pages), folds)
    stage1 = [None] * len(pages)
    fold_weights = {}
    for fold in range(folds):
        train_pages = [p for i, p in enumerate(pages) if fold_of[i] != fold]
        weights = class_word_weights(train_pages, min_pages)
        fold_weights[fold] = weights
        x, y, w, _ = matrix(train_pages, weights, near_index, far_index, traf_weight)
        model = train(x, y, w, rounds)
        for i in range(len(pages)):
            if fold_of[i] == fold:
                tx, _, _, _ = matrix([pages[i]], weights, near_index, far_index)
                stage1[i] = model.predict(tx) if len(tx) else np.array([])
        print(f"stage 1: fold {fold + 1}/{folds} done", file=sys.stderr)
    stage2 = [None] * len(pages)
    for fold in range(folds):
        weights = fold_weights[fold]
        train_indices = [i for i in range(len(pages)) if fold_of[i] != fold]
        x, y, w, _ = stage2_matrix(
            [pages[i] for i in train_indices], [stage1[i] for i in train_indices], weights, near_index, far_index, traf_weight
        )
        model = train(x, y, w, rounds)
        for i in range(len(pages)):
            if fold_of[i] == fold:
                tx, _, _, _ = stage2_matrix([pages[i]], [stage1[i]], weights, near_index, far_index)
                stage2[i] = model.predict(tx) if len(tx) else np.array([])
        print(f"stage 2: fold {fold + 1}/{folds} done", file=sys.stderr)
    results = {}
    for name, probabilities in (("stage 1", stage1), ("stage 2", stage2)):
        best = max((objective(*evaluate(pages, probabilities, truth, t)[:2]), t) for t in np.arange(0.2, 0.8, 0.025))
        results[name] = (best[1], *evaluate(pages, probabilities, truth, best[1]))
        for t in (0.4, 0.5, 0.6, 0.7):
            mean_f1, snippet_f, _ = evaluate(pages, probabilities, truth, t)
            print(f"{name} at {t:.2f}: WCXB word F1 {mean_f1}, trafilatura snippet F {snippet_f}", file=sys.stderr)
    return results, stage1


def flatten(model):
    """A LightGBM model as flat arrays: roots, and per node (feature, threshold, left, right, leaf value)."""
    nodes, roots = [], []
    for tree in model.dump_model()["tree_info"]:
        roots.append(len(nodes))
        stack = [(tree["tree_structure"], None, None)]
        while stack:
            current, parent_index, side = stack.pop()
            index = len(nodes)
            if parent_index is not None:
                nodes[parent_index][2 if side == "left" else 3] = index
            if "leaf_value" in current:
                nodes.append([-1, 0.0, -1, -1, current["leaf_value"]])
            else:
                assert current["decision_type"] == "<=", current["decision_type"]
                nodes.append([current["split_feature"], current["threshold"], -1, -1, 0.0])
                stack.append((current["right_child"], index, "right"))
                stack.append((current["left_child"], index, "left"))
    return roots, nodes


def swift_ensemble(name, doc, model):
    roots, nodes = flatten(model)
    f32 = lambda v: repr(float(np.float32(v)))
    return [
        f"    /// {doc}",
        f"    static let {name} = TreeEnsemble(",
        "        roots: [" + ", ".join(str(r) for r in roots) + "],",
        "        features: [" + ", ".join(str(n[0]) for n in nodes) + "],",
        "        thresholds: [" + ", ".join(f32(n[1]) for n in nodes) + "],",
        "        leftChildren: [" + ", ".join(str(n[2]) for n in nodes) + "],",
        "        rightChildren: [" + ", ".join(str(n[3]) for n in nodes) + "],",
        "        leafValues: [" + ", ".join(f32(n[4]) for n in nodes) + "]",
        "    )",
    ]


def export_swift(path, stage1_model, stage2_model, weights, columns, threshold, sources):
    lines = [
        f"// Generated by Scripts/model/train_block_model.py from {sources}. Do not edit.",
        "",
        "/// The trained block classifier (see `BlockClassifier`): stage 1 reads `BlockFeatures`, stage 2",
        "/// those plus `ContextFeatures`; and the class-word weights behind `classScoreNear`/`Far`.",
        "enum BlockModel {",
        "    /// Feature columns of stage 1, in order (a test checks them against `BlockFeatures`).",
        "    static let columns: [String] = [" + ", ".join(f'"{c}"' for c in columns) + "]",
        "    /// Context columns stage 2 adds after them (a test checks them against `ContextFeatures`).",
        "    static let contextColumns: [String] = [" + ", ".join(f'"{c}"' for c in CONTEXT_COLUMNS) + "]",
        "    /// Blocks whose stage-2 probability reaches this are kept (cross-validated, or `--threshold`).",
        f"    static let threshold: Double = {threshold:.3f}",
    ]
    lines += swift_ensemble("stage1", "Stage 1: content log-odds from a block's own features.", stage1_model)
    lines += swift_ensemble("stage2", "Stage 2: content log-odds with the context of stage-1 probabilities.", stage2_model)
    lines.append("    /// Class-word weights (log-odds of content), words seen on many pages only.")
    lines.append("    static let classWordWeights: [String: Float] = [")
    for word in sorted(weights):
        lines.append(f'        "{word}": {weights[word]},')
    lines.append("    ]")
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="JSON lines from `pith dev features`")
    parser.add_argument("dataset", help="a WCXB-style dataset folder (ground-truth/*.json)")
    parser.add_argument("--columns", required=True, help="JSON array from `pith dev features --columns`")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--rounds", type=int, default=300)
    parser.add_argument("--min-pages", type=int, default=20, help="class words must occur on this many pages")
    parser.add_argument("--export", help="write the Swift model here (trained on all pages)")
    parser.add_argument("--traf", nargs=2, metavar=("FEATURES", "DATASET"),
                        help="also train on the trafilatura eval pages (`pith dev features` output, dataset folder)")
    parser.add_argument("--traf-weight", type=float, default=3.0,
                        help="weight of a labelled trafilatura block against a WCXB block of the same length")
    parser.add_argument("--threshold", type=float,
                        help="export this keep-threshold instead of the cross-validated one (e.g. one chosen "
                             "on a set the model was not trained on)")
    args = parser.parse_args()

    with open(args.columns, encoding="utf-8") as f:
        columns = json.load(f)
    truth = load_ground_truth(args.dataset)
    pages = load_pages(args.features, truth)
    if args.traf:
        pages += load_traf_pages(*args.traf)
    positives = sum(label == 1 for p in pages for label in p["labels"])
    total = sum(label is not None for p in pages for label in p["labels"])
    print(f"{len(pages)} pages, {total} labelled blocks, {positives} of them content", file=sys.stderr)
    results, stage1_out_of_fold = cross_validate(
        pages, truth, columns, args.folds, args.rounds, args.min_pages, args.traf_weight
    )
    for name, (threshold, mean_f1, snippet_f, by_type) in results.items():
        print(f"{name}: cross-validated mean word F1 (block texts joined) {mean_f1:.4f} at threshold {threshold:.3f}")
        if snippet_f is not None:
            print(f"  trafilatura eval snippet F (cross-validated) {snippet_f:.4f}")
        for page_type in sorted(by_type):
            print(f"  {page_type:14s} {by_type[page_type]:.4f}")
    if args.export:
        weights = class_word_weights(pages, args.min_pages)
        near_index, far_index = columns.index("classScoreNear"), columns.index("classScoreFar")
        x, y, w, _ = matrix(pages, weights, near_index, far_index, args.traf_weight)
        stage1_model = train(x, y, w, args.rounds)
        # Stage 2 learns from out-of-fold stage-1 probabilities: what it will meet on new pages.
        x2, y2, w2, _ = stage2_matrix(pages, stage1_out_of_fold, weights, near_index, far_index, args.traf_weight)
        stage2_model = train(x2, y2, w2, args.rounds)
        threshold = args.threshold if args.threshold is not None else results["stage 2"][0]
        sources = " and ".join(os.path.normpath(d) for d in [args.dataset] + (args.traf[1:] if args.traf else []))
        export_swift(args.export, stage1_model, stage2_model, weights, columns, threshold, sources)


if __name__ == "__main__":
    main()
