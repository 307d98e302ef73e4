#!/usr/bin/env python3
"""Trains text mode's line classifier and writes it as Swift source.

Reproducible from ../shared/data alone (the naive renderer turns each HTML page into
whole-page text in several layouts; all layouts of a page stay in one fold):

    swift build -c release
    .build/release/pith dev text-features --columns > /tmp/text-columns.json
    .build/release/pith dev text-features --text-style blocks --text-style inline --text-style markdown --text-style wrapped \\
        ../shared/data/wcxb-dev/html/*.html.gz > /tmp/text-features-wcxb.jsonl
    python3 Scripts/model/train_line_model.py /tmp/text-features-wcxb.jsonl ../shared/data/wcxb-dev \\
        --columns /tmp/text-columns.json --export Sources/Pith/TextMode/Generated/LineModel.swift

Labels: a line of three or more words is content when most of its word trigrams occur in the
page's ground-truth main content (tokenised as the WCXB scorer does, lowercased \\w+); a shorter
line when its words occur there in sequence and the nearest longer line before or after it
(within three lines) is content, so that a subheading between paragraphs counts and a stray
"Share" does not.

The model: two stages of gradient-boosted trees (LightGBM), as for HTML mode's blocks
(train_block_model.py, whose training and export code this reuses). Stage 1 scores each line
from its own features; stage 2 adds context from stage-1 probabilities (neighbours, windows,
likely content before and after). Page-grouped k-fold cross-validation; stage 2 learns from
stage 1's out-of-fold probabilities. The report gives the out-of-fold mean word F1 per layout
(kept line texts joined against the main content), the estimate of quality on unseen pages,
and the in-sample figure of the exported model.
"""
import argparse
import collections
import json
import math
import os
import pickle
import sys

import lightgbm as lgb
import numpy as np

from train_block_model import PARAMS, fold_assignment, load_ground_truth, page_id, swift_ensemble, tokens, word_f1

SHORT_LINE_WORDS = 3
SHORT_LINE_REACH = 3
CONTEXT_COLUMNS = [
    "probability", "previousProbability", "nextProbability", "nearWindowProbability",
    "wideWindowProbability", "nearWindowMaximum", "pageContentShare", "contentBefore", "contentAfter",
]
NEAR_WINDOW = 3
WIDE_WINDOW = 10
LIKELY_CONTENT = 0.5
# HTML mode's parameters, with fewer, larger steps and half the rows per tree: four layouts of
# each page make the rows many (1.7 million) and alike, and training must fit in half an hour
# on the shared two-core machine.
LINE_PARAMS = {**PARAMS, "learning_rate": 0.1, "bagging_fraction": 0.5}


def train(x, y, w, rounds):
    return lgb.train(LINE_PARAMS, lgb.Dataset(x, label=y, weight=w), num_boost_round=rounds)


def label_lines(lines, truth_text):
    truth_tokens = tokens(truth_text)
    joined = " " + " ".join(truth_tokens) + " "
    trigrams = set(zip(truth_tokens, truth_tokens[1:], truth_tokens[2:]))
    words = [tokens(line["text"]) for line in lines]
    labels = [None] * len(lines)
    for i, w in enumerate(words):
        if len(w) >= SHORT_LINE_WORDS:
            grams = list(zip(w, w[1:], w[2:]))
            labels[i] = 1 if sum(1 for g in grams if g in trigrams) >= 0.5 * len(grams) else 0
    for i, w in enumerate(words):
        if labels[i] is not None:
            continue
        if not w or (" " + " ".join(w) + " ") not in joined:
            labels[i] = 0
            continue
        neighbours = []
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= SHORT_LINE_REACH:
                if len(words[j]) >= SHORT_LINE_WORDS:
                    neighbours.append(labels[j])
                    break
                j += step
        labels[i] = 1 if any(neighbours) else 0
    return labels


def load_traf_pages(features_path, dataset):
    """Pages of the trafilatura eval set, lines labelled by its segments: a line holding a `with`
    segment (or held by one, if it has five words or more) is content, a line holding a `without`
    segment is not, other lines are unlabelled and left out of training."""
    with open(os.path.join(dataset, "evaldata.json"), encoding="utf-8") as f:
        index = {item["file"]: item for item in json.load(f).values()}
    normalize = lambda text: " ".join(text.split())
    pages = []
    with open(features_path, encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            file = os.path.basename(page["source"])[: -len(".gz")]
            if file not in index or not page["lines"]:
                continue
            with_segments = [normalize(t) for t in index[file].get("with") or []]
            without_segments = [normalize(t) for t in index[file].get("without") or []]
            labels = []
            for entry in page["lines"]:
                text = normalize(entry["text"])
                if any(seg and seg in text for seg in with_segments) or (
                    entry["w"] >= 5 and any(text in seg for seg in with_segments)
                ):
                    labels.append(1)
                elif any(seg and seg in text for seg in without_segments):
                    labels.append(0)
                else:
                    labels.append(None)
            page["id"] = file
            page["segments"] = (with_segments, without_segments)
            page["labels"] = labels
            pages.append(page)
    return pages


def labelled(pages):
    """The pages with their unlabelled lines left out (for training)."""
    result = []
    for page in pages:
        keep = [i for i, label in enumerate(page["labels"]) if label is not None]
        result.append({**page, "lines": [page["lines"][i] for i in keep], "labels": [page["labels"][i] for i in keep]})
    return result


def snippet_f(pages, probabilities, threshold):
    """The trafilatura eval set's corpus-level F over `with`/`without` segments (whitespace normalised)."""
    tp = fn = fp = 0
    for page, probs in zip(pages, probabilities):
        text = " ".join(" ".join(line["text"] for line, p in zip(page["lines"], probs) if p >= threshold).split())
        with_segments, without_segments = page["segments"]
        hits = sum(1 for seg in with_segments if text and seg in text)
        tp += hits
        fn += len(with_segments) - hits
        fp += sum(1 for seg in without_segments if text and seg in text)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def predict(stage1_model, stage2_model, pages):
    """Stage-2 probabilities of every line of `pages`."""
    return [stage2_model.predict(stage2_matrix([p], [stage1_model.predict(matrix([p])[0])])[0]) for p in pages]


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
            if pid not in truth or not page["lines"]:
                continue
            page["id"] = pid
            page["labels"] = label_lines(page["lines"], truth[pid]["text"])
            pages.append(page)
    with open(cache, "wb") as f:
        pickle.dump(pages, f)
    return pages


def matrix(pages):
    rows, labels, weights = [], [], []
    for page in pages:
        for line, label in zip(page["lines"], page["labels"]):
            rows.append(line["f"])
            labels.append(label)
            weights.append(1.0 + math.sqrt(line["w"]))
    return np.array(rows, dtype=np.float32), np.array(labels), np.array(weights)


def context_features(page, probabilities):
    """Stage-2 inputs from stage-1 probabilities; mirrors LineContextFeatures.swift exactly."""
    lines = page["lines"]
    n = len(lines)
    weights = [line["w"] + 1.0 for line in lines]
    total_words = max(sum(line["w"] for line in lines), 1)
    likely_before = [0] * (n + 1)
    for i in range(n):
        likely_before[i + 1] = likely_before[i] + (lines[i]["w"] if probabilities[i] >= LIKELY_CONTENT else 0)
    likely = likely_before[n]

    def weighted_mean(indices, exclude):
        num = den = 0.0
        for j in indices:
            if j != exclude:
                num += probabilities[j] * weights[j]
                den += weights[j]
        return num / den if den > 0 else -1.0

    rows = []
    for i in range(n):
        near = range(max(0, i - NEAR_WINDOW), min(n, i + NEAR_WINDOW + 1))
        wide = range(max(0, i - WIDE_WINDOW), min(n, i + WIDE_WINDOW + 1))
        near_others = [probabilities[j] for j in near if j != i]
        rows.append([
            probabilities[i],
            probabilities[i - 1] if i > 0 else -1.0,
            probabilities[i + 1] if i + 1 < n else -1.0,
            weighted_mean(near, i),
            weighted_mean(wide, i),
            max(near_others) if near_others else -1.0,
            likely / total_words,
            likely_before[i] / likely if likely > 0 else -1.0,
            (likely - likely_before[i + 1]) / likely if likely > 0 else -1.0,
        ])
    return rows


def stage2_matrix(pages, probabilities):
    x, y, w = matrix(pages)
    context = []
    for page, probs in zip(pages, probabilities):
        context.extend(context_features(page, list(probs)))
    return (np.hstack([x, np.array(context, dtype=np.float32)]) if len(x) else x), y, w


def evaluate(pages, probabilities, truth, threshold):
    by_style = collections.defaultdict(list)
    for page, probs in zip(pages, probabilities):
        text = "\n\n".join(line["text"] for line, p in zip(page["lines"], probs) if p >= threshold)
        by_style[page["style"]].append(word_f1(text, truth[page["id"]]["text"]))
    overall = [f for scores in by_style.values() for f in scores]
    return sum(overall) / len(overall), {s: sum(v) / len(v) for s, v in by_style.items()}


def best_threshold(pages, probabilities, truth):
    return max((evaluate(pages, probabilities, truth, t)[0], t) for t in np.arange(0.2, 0.8, 0.025))[1]


def cross_validate(pages, truth, folds, rounds):
    ids = sorted({p["id"] for p in pages})
    assignment = fold_assignment(len(ids), folds)
    fold_of_id = {pid: assignment[i] for i, pid in enumerate(ids)}
    fold_of = [fold_of_id[p["id"]] for p in pages]
    stage1 = [None] * len(pages)
    for fold in range(folds):
        model = train(*matrix([p for p, f in zip(pages, fold_of) if f != fold]), rounds)
        for i, page in enumerate(pages):
            if fold_of[i] == fold:
                stage1[i] = model.predict(matrix([page])[0])
        print(f"stage 1: fold {fold + 1}/{folds} done", file=sys.stderr)
    stage2 = [None] * len(pages)
    for fold in range(folds):
        train_indices = [i for i in range(len(pages)) if fold_of[i] != fold]
        model = train(*stage2_matrix([pages[i] for i in train_indices], [stage1[i] for i in train_indices]), rounds)
        for i, page in enumerate(pages):
            if fold_of[i] == fold:
                stage2[i] = model.predict(stage2_matrix([page], [stage1[i]])[0])
        print(f"stage 2: fold {fold + 1}/{folds} done", file=sys.stderr)
    results = {}
    for name, probabilities in (("stage 1", stage1), ("stage 2", stage2)):
        threshold = best_threshold(pages, probabilities, truth)
        results[name] = (threshold, *evaluate(pages, probabilities, truth, threshold))
    return results, stage1


def cross_set_check(wcxb_pages, truth, traf_pages, rounds):
    """Train on one set, score on the other: WCXB → trafilatura snippet F, trafilatura → WCXB word F1."""
    def fit(pages):
        # Stage 2 sees in-sample stage-1 probabilities here (slightly optimistic); enough for a check.
        stage1_model = train(*matrix(pages), rounds)
        stage1 = [stage1_model.predict(matrix([p])[0]) for p in pages]
        return stage1_model, train(*stage2_matrix(pages, stage1), rounds)

    threshold = 0.5
    wcxb_models = fit(wcxb_pages)
    print(f"trained on WCXB, trafilatura snippet F (ws-normalised) {snippet_f(traf_pages, predict(*wcxb_models, traf_pages), threshold):.4f}")
    traf_models = fit(labelled(traf_pages))
    mean_f1, by_style = evaluate(wcxb_pages, predict(*traf_models, wcxb_pages), truth, threshold)
    print(f"trained on trafilatura, WCXB mean word F1 {mean_f1:.4f} "
          + " ".join(f"{s}={v:.4f}" for s, v in sorted(by_style.items())))


def export_swift(path, stage1_model, stage2_model, columns, threshold, source):
    lines = [
        f"// Generated by Scripts/model/train_line_model.py from {source}. Do not edit.",
        "",
        "/// The trained line classifier of text mode (see `LineClassifier`): stage 1 reads",
        "/// `LineFeatures`, stage 2 those plus `LineContextFeatures`.",
        "enum LineModel {",
        "    /// Feature columns of stage 1, in order (a test checks them against `LineFeatures`).",
        "    static let columns: [String] = [" + ", ".join(f'"{c}"' for c in columns) + "]",
        "    /// Context columns stage 2 adds after them (a test checks them against `LineContextFeatures`).",
        "    static let contextColumns: [String] = [" + ", ".join(f'"{c}"' for c in CONTEXT_COLUMNS) + "]",
        "    /// Lines whose stage-2 probability reaches this are kept (chosen by cross-validation).",
        f"    static let threshold: Double = {threshold:.3f}",
    ]
    lines += swift_ensemble("stage1", "Stage 1: content log-odds from a line's own features.", stage1_model)
    lines += swift_ensemble("stage2", "Stage 2: content log-odds with the context of stage-1 probabilities.", stage2_model)
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}", file=sys.stderr)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="JSON lines from `pith dev text-features`")
    parser.add_argument("dataset", help="a WCXB-style dataset folder (ground-truth/*.json)")
    parser.add_argument("--columns", required=True, help="JSON array from `pith dev text-features --columns`")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--every", type=int, default=1, help="use every n-th page only (quick experiments)")
    parser.add_argument("--export", help="write the Swift model here (trained on all pages)")
    parser.add_argument("--traf-features", help="`pith dev text-features` of the trafilatura eval pages: cross-set check")
    parser.add_argument("--traf", help="the trafilatura eval folder (evaldata.json), with --traf-features")
    args = parser.parse_args()

    with open(args.columns, encoding="utf-8") as f:
        columns = json.load(f)
    truth = load_ground_truth(args.dataset)
    pages = load_pages(args.features, truth)
    if args.every > 1:
        ids = set(sorted({p["id"] for p in pages})[:: args.every])
        pages = [p for p in pages if p["id"] in ids]
    positives = sum(sum(p["labels"]) for p in pages)
    total = sum(len(p["labels"]) for p in pages)
    print(f"{len(pages)} renderings of {len({p['id'] for p in pages})} pages, {total} lines, {positives} labelled content", file=sys.stderr)
    if args.traf_features:
        cross_set_check(pages, truth, load_traf_pages(args.traf_features, args.traf), args.rounds)
    results, stage1_out_of_fold = cross_validate(pages, truth, args.folds, args.rounds)
    for name, (threshold, mean_f1, by_style) in results.items():
        print(f"{name}: cross-validated mean word F1 (kept lines joined) {mean_f1:.4f} at threshold {threshold:.3f}")
        for style in sorted(by_style):
            print(f"  {style:10s} {by_style[style]:.4f}")
    if args.export:
        stage1_model = train(*matrix(pages), args.rounds)
        # Stage 2 learns from out-of-fold stage-1 probabilities: what it will meet on new pages.
        stage2_model = train(*stage2_matrix(pages, stage1_out_of_fold), args.rounds)
        in_sample = predict(stage1_model, stage2_model, pages)
        threshold = results["stage 2"][0]
        mean_f1, by_style = evaluate(pages, in_sample, truth, threshold)
        print(f"exported model, in sample: mean word F1 {mean_f1:.4f} at threshold {threshold:.3f} "
              + " ".join(f"{s}={v:.4f}" for s, v in sorted(by_style.items())))
        source = os.path.basename(os.path.normpath(args.dataset))
        export_swift(args.export, stage1_model, stage2_model, columns, threshold, f"../shared/data/{source} renderings")


if __name__ == "__main__":
    main()
