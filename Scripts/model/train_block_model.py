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
import sys

import numpy as np

from model_training import (
    TruthIndex, best_threshold, export_two_stage_model, fold_assignment, load_cached_pages, load_ground_truth,
    normalize_space, page_id, segment_label, tokens, train, two_stage_out_of_fold, weighted_mean, word_f1,
)

ALPHA = 1.0  # additive smoothing of class-word counts


def label_blocks(blocks, truth_text):
    index = TruthIndex(truth_text)
    labels = []
    for block in blocks:
        words = tokens(block["text"])
        if not words:
            labels.append(0)
        elif len(words) < 3:
            labels.append(1 if index.contains_sequence(words) else 0)
        else:
            labels.append(1 if index.mostly_contains(words) else 0)
    return labels


def load_pages(features_path, truth):
    def read_pages(path):
        pages = []
        with open(path, encoding="utf-8") as f:
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
        return pages

    return load_cached_pages(features_path, read_pages)


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
                block["near"] = sorted(set(block["near"]))
                block["far"] = sorted(set(block["far"]))
                block["w"] = len(tokens(block["text"]))
                labels.append(segment_label(block["text"], block["w"], with_segments, without_segments))
            page["id"] = "traf:" + file
            page["segments"] = (with_segments, without_segments)
            page["labels"] = labels
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
    rows, labels, sample_weights = [], [], []
    for page in pages:
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
    return np.array(rows, dtype=np.float32), np.array(labels), np.array(sample_weights)


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
            weighted_mean(probabilities, weights, near, i),
            weighted_mean(probabilities, weights, wide, i),
            weighted_mean(probabilities, weights, siblings, i),
            weighted_mean(probabilities, weights, cousins, i),
            math.log1p(max(len(siblings) - 1, 0)),
            page_share,
            max(near_others) if near_others else -1.0,
        ])
    return rows


def stage2_matrix(pages, probabilities, weights, near_index, far_index, traf_weight=1.0):
    x, y, w = matrix(pages, weights, near_index, far_index, traf_weight)
    context = []
    for page, probs in zip(pages, probabilities):
        context.extend(context_features(page, list(probs)))
    return np.hstack([x, np.array(context, dtype=np.float32)]) if len(x) else x, y, w


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


def cross_validate(pages, truth, columns, folds, rounds, min_pages, traf_weight):
    near_index, far_index = columns.index("classScoreNear"), columns.index("classScoreFar")
    stage1, stage2 = two_stage_out_of_fold(
        pages, fold_assignment(len(pages), folds), folds, rounds,
        stage1_rows=lambda part, weights: matrix(part, weights, near_index, far_index, traf_weight),
        stage2_rows=lambda part, probabilities, weights: stage2_matrix(
            part, probabilities, weights, near_index, far_index, traf_weight),
        fold_state=lambda training: class_word_weights(training, min_pages),
    )
    results = {}
    for name, probabilities in (("stage 1", stage1), ("stage 2", stage2)):
        threshold = best_threshold(lambda t: objective(*evaluate(pages, probabilities, truth, t)[:2]))
        results[name] = (threshold, *evaluate(pages, probabilities, truth, threshold))
        for t in (0.4, 0.5, 0.6, 0.7):
            mean_f1, snippet_f, _ = evaluate(pages, probabilities, truth, t)
            print(f"{name} at {t:.2f}: WCXB word F1 {mean_f1}, trafilatura snippet F {snippet_f}", file=sys.stderr)
    return results, stage1


def export_swift(path, stage1_model, stage2_model, weights, columns, threshold, sources):
    weight_lines = ["    /// Class-word weights (log-odds of content), words seen on many pages only.",
                    "    static let classWordWeights: [String: Float] = ["]
    weight_lines += [f'        "{word}": {weights[word]},' for word in sorted(weights)]
    weight_lines.append("    ]")
    export_two_stage_model(
        path, generator="train_block_model.py", source=sources,
        enum_doc=["/// The trained block classifier (see `BlockClassifier`): stage 1 reads `BlockFeatures`, stage 2",
                  "/// those plus `ContextFeatures`; and the class-word weights behind `classScoreNear`/`Far`."],
        enum_name="BlockModel", unit="block", columns=("BlockFeatures", columns),
        context_columns=("ContextFeatures", CONTEXT_COLUMNS),
        threshold_doc="Blocks whose stage-2 probability reaches this are kept (cross-validated, or `--threshold`).",
        threshold=threshold, stage1_model=stage1_model, stage2_model=stage2_model, extra_lines=weight_lines,
    )


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
        x, y, w = matrix(pages, weights, near_index, far_index, args.traf_weight)
        stage1_model = train(x, y, w, args.rounds)
        # Stage 2 learns from out-of-fold stage-1 probabilities: what it will meet on new pages.
        x2, y2, w2 = stage2_matrix(pages, stage1_out_of_fold, weights, near_index, far_index, args.traf_weight)
        stage2_model = train(x2, y2, w2, args.rounds)
        threshold = args.threshold if args.threshold is not None else results["stage 2"][0]
        sources = " and ".join(os.path.normpath(d) for d in [args.dataset] + (args.traf[1:] if args.traf else []))
        export_swift(args.export, stage1_model, stage2_model, weights, columns, threshold, sources)


if __name__ == "__main__":
    main()
