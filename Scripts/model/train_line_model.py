#!/usr/bin/env python3
"""Trains text mode's line classifier and writes it as Swift source.

Reproducible from ../shared/data alone (the naive renderer turns each HTML page into
whole-page text in several layouts; all layouts of a page stay in one fold):

    swift build -c release --product pith
    Scripts/model/dump_line_features.sh /tmp/text-features    # every page in two layouts; trafilatura in blocks
    python3 Scripts/model/train_line_model.py /tmp/text-features/wcxb.jsonl ../shared/data/wcxb-dev \\
        --columns /tmp/text-features/columns.json \\
        --traf-features /tmp/text-features/traf.jsonl --traf ../shared/data/trafilatura-eval \\
        --export Sources/Pith/TextMode/Generated/LineModel.swift

With --traf-features, the trafilatura eval pages are scored too: by default they stay unseen
(the exported model is trained on WCXB only and its snippet F on them is reported); with
--train-traf they join training, labelled by their segments, in the same page-grouped folds,
and the snippet F reported is the cross-validated one.

Labels: a line of three or more words is content when most of its word trigrams occur in the
page's ground-truth main content (tokenised as the WCXB scorer does, lowercased \\w+); a shorter
line when its words occur there in sequence and the nearest longer line before or after it
(within three lines) is content, so that a subheading between paragraphs counts and a stray
"Share" does not.

The model: two stages of gradient-boosted trees (LightGBM), as for HTML mode's blocks
(train_block_model.py; both use model_training.py). Stage 1 scores each line
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

import numpy as np

from model_training import (
    PARAMS, TruthIndex, best_threshold, export_two_stage_model, fold_assignment, load_cached_pages,
    load_ground_truth, normalize_space, page_id, segment_label, tokens, train, two_stage_out_of_fold, weighted_mean,
    word_f1,
)

SHORT_LINE_WORDS = 3
SHORT_LINE_REACH = 3
CONTEXT_COLUMNS = [
    "probability", "previousProbability", "nextProbability", "nearWindowProbability",
    "wideWindowProbability", "nearWindowMaximum", "pageContentShare", "contentBefore", "contentAfter",
]
NEAR_WINDOW = 3
WIDE_WINDOW = 10
LIKELY_CONTENT = 0.5
# HTML mode's parameters, with fewer, larger steps and half the rows per tree: several layouts
# of each page make the rows many (about a million) and alike, and training must fit in half an
# hour on the shared two-core machine.
LINE_PARAMS = {**PARAMS, "learning_rate": 0.1, "bagging_fraction": 0.5}


def label_lines(lines, truth_text):
    index = TruthIndex(truth_text)
    words = [tokens(line["text"]) for line in lines]
    labels = [None] * len(lines)
    for i, w in enumerate(words):
        if len(w) >= SHORT_LINE_WORDS:
            labels[i] = 1 if index.mostly_contains(w) else 0
    for i, w in enumerate(words):
        if labels[i] is not None:
            continue
        if not index.contains_sequence(w):
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


def load_pages(features_path, truth):
    def read_pages(path):
        pages = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                page = json.loads(line)
                pid = page_id(page["source"])
                if pid not in truth or not page["lines"]:
                    continue
                page["id"] = pid
                page["labels"] = label_lines(page["lines"], truth[pid]["text"])
                pages.append(page)
        return pages

    return load_cached_pages(features_path, read_pages)


def load_traf_pages(features_path, dataset):
    """Pages of the trafilatura eval set, lines labelled by its segments (`segment_label`;
    unlabelled lines have no weight in training)."""
    with open(os.path.join(dataset, "evaldata.json"), encoding="utf-8") as f:
        index = {item["file"]: item for item in json.load(f).values()}

    def read_pages(path):
        pages = []
        with open(path, encoding="utf-8") as f:
            for line in f:
                page = json.loads(line)
                file = os.path.basename(page["source"])[: -len(".gz")]
                if file not in index or not page["lines"]:
                    continue
                with_segments = [normalize_space(t) for t in index[file].get("with") or []]
                without_segments = [normalize_space(t) for t in index[file].get("without") or []]
                labels = [segment_label(entry["text"], entry["w"], with_segments, without_segments)
                          for entry in page["lines"]]
                page["id"] = "traf:" + file
                page["segments"] = (with_segments, without_segments)
                page["labels"] = labels
                pages.append(page)
        return pages

    return load_cached_pages(features_path, read_pages)


def snippet_scores(pages, probabilities, threshold):
    """The trafilatura eval set's corpus-level (precision, recall, F) over `with`/`without` segments."""
    tp = fn = fp = 0
    for page, probs in zip(pages, probabilities):
        text = normalize_space(" ".join(line["text"] for line, p in zip(page["lines"], probs) if p >= threshold))
        with_segments, without_segments = page["segments"]
        hits = sum(1 for seg in with_segments if text and seg in text)
        tp += hits
        fn += len(with_segments) - hits
        fp += sum(1 for seg in without_segments if text and seg in text)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, (2 * precision * recall / (precision + recall) if precision + recall else 0.0)


def matrix(pages):
    """Rows of every line; unlabelled lines (trafilatura pages) get label 0 and weight 0."""
    rows, labels, weights = [], [], []
    for page in pages:
        for line, label in zip(page["lines"], page["labels"]):
            rows.append(line["f"])
            labels.append(label or 0)
            weights.append(0.0 if label is None else 1.0 + math.sqrt(line["w"]))
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
    rows = []
    for i in range(n):
        near = range(max(0, i - NEAR_WINDOW), min(n, i + NEAR_WINDOW + 1))
        wide = range(max(0, i - WIDE_WINDOW), min(n, i + WIDE_WINDOW + 1))
        near_others = [probabilities[j] for j in near if j != i]
        rows.append([
            probabilities[i],
            probabilities[i - 1] if i > 0 else -1.0,
            probabilities[i + 1] if i + 1 < n else -1.0,
            weighted_mean(probabilities, weights, near, i),
            weighted_mean(probabilities, weights, wide, i),
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


def predict(stage1_model, stage2_model, pages):
    """Stage-2 probabilities of every line of `pages`."""
    return [stage2_model.predict(stage2_matrix([p], [stage1_model.predict(matrix([p])[0])])[0]) for p in pages]


def evaluate(pages, probabilities, truth, threshold):
    """Mean word F1 of the kept lines joined, over WCXB renderings, and per layout."""
    by_style = collections.defaultdict(list)
    for page, probs in zip(pages, probabilities):
        text = "\n\n".join(line["text"] for line, p in zip(page["lines"], probs) if p >= threshold)
        by_style[page["style"]].append(word_f1(text, truth[page["id"]]["text"]))
    overall = [f for scores in by_style.values() for f in scores]
    return sum(overall) / len(overall), {s: sum(v) / len(v) for s, v in by_style.items()}


def report(name, wcxb, wcxb_probabilities, traf, traf_probabilities, truth, threshold):
    mean_f1, by_style = evaluate(wcxb, wcxb_probabilities, truth, threshold)
    print(f"{name}: WCXB mean word F1 (kept lines joined) {mean_f1:.4f} at threshold {threshold:.3f} "
          + " ".join(f"{s}={v:.4f}" for s, v in sorted(by_style.items())))
    if traf:
        precision, recall, f = snippet_scores(traf, traf_probabilities, threshold)
        print(f"{name}: trafilatura snippet F {f:.4f} (P {precision:.4f} R {recall:.4f})")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("features", help="JSON lines from `pith dev text-features`")
    parser.add_argument("dataset", help="a WCXB-style dataset folder (ground-truth/*.json)")
    parser.add_argument("--columns", required=True, help="JSON array from `pith dev text-features --columns`")
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--rounds", type=int, default=150)
    parser.add_argument("--every", type=int, default=1, help="use every n-th page only (quick experiments)")
    parser.add_argument("--export", help="write the Swift model here (trained on all training pages)")
    parser.add_argument("--traf-features", help="`pith dev text-features` of the trafilatura eval pages")
    parser.add_argument("--traf", help="the trafilatura eval folder (evaldata.json), with --traf-features")
    parser.add_argument("--train-traf", action="store_true",
                        help="train on the trafilatura pages too (their reported F is then cross-validated)")
    parser.add_argument("--threads", type=int, default=PARAMS["num_threads"],
                        help="LightGBM threads (1 leaves a core to others on a shared machine)")
    parser.add_argument("--save-probabilities",
                        help="pickle each page's line texts and stage-2 probabilities here (cross-validated; "
                             "trafilatura pages not trained on get the exported model's) for tuning post-rules")
    args = parser.parse_args()
    params = {**LINE_PARAMS, "num_threads": args.threads}

    with open(args.columns, encoding="utf-8") as f:
        columns = json.load(f)
    truth = load_ground_truth(args.dataset)
    wcxb = load_pages(args.features, truth)
    traf = load_traf_pages(args.traf_features, args.traf) if args.traf_features else []
    if args.every > 1:
        keep = lambda pages: set(sorted({p["id"] for p in pages})[:: args.every])
        wcxb_ids, traf_ids = keep(wcxb), keep(traf)
        wcxb = [p for p in wcxb if p["id"] in wcxb_ids]
        traf = [p for p in traf if p["id"] in traf_ids]
    training = wcxb + (traf if args.train_traf else [])
    labelled = sum(1 for p in training for label in p["labels"] if label is not None)
    positives = sum(1 for p in training for label in p["labels"] if label)
    print(f"training: {len(training)} renderings of {len({p['id'] for p in training})} pages, "
          f"{labelled} labelled lines, {positives} content", file=sys.stderr)

    # Folds by page: all renderings of a page in one fold.
    ids = sorted({p["id"] for p in training})
    assignment = fold_assignment(len(ids), args.folds)
    fold_of_id = {pid: assignment[i] for i, pid in enumerate(ids)}
    fold_of = [fold_of_id[p["id"]] for p in training]
    stage1, stage2 = two_stage_out_of_fold(
        training, fold_of, args.folds, args.rounds,
        stage1_rows=lambda part, _: matrix(part),
        stage2_rows=lambda part, probabilities, _: stage2_matrix(part, probabilities),
        params=params,
    )
    wcxb_count = len(wcxb)

    def objective(probabilities):
        """Cross-validated WCXB word F1, averaged with the trafilatura snippet F when it is trained on."""
        def score(t):
            mean_f1 = evaluate(wcxb, probabilities[:wcxb_count], truth, t)[0]
            return (mean_f1 + snippet_scores(traf, probabilities[wcxb_count:], t)[2]) / 2 if args.train_traf else mean_f1
        return score

    thresholds = {}
    for name, probabilities in (("stage 1", stage1), ("stage 2", stage2)):
        thresholds[name] = best_threshold(objective(probabilities))
        report(f"{name} cross-validated", wcxb, probabilities[:wcxb_count],
               traf if args.train_traf else [], probabilities[wcxb_count:], truth, thresholds[name])
    traf_probabilities = stage2[wcxb_count:]
    if args.export:
        stage1_model = train(*matrix(training), args.rounds, params)
        # Stage 2 learns from out-of-fold stage-1 probabilities: what it will meet on new pages.
        stage2_model = train(*stage2_matrix(training, stage1), args.rounds, params)
        threshold = thresholds["stage 2"]
        unseen_traf = [] if args.train_traf else traf
        if not args.train_traf:
            traf_probabilities = predict(stage1_model, stage2_model, unseen_traf)
        report("exported model, WCXB in sample" + ("" if args.train_traf else ", trafilatura unseen"),
               wcxb, predict(stage1_model, stage2_model, wcxb), unseen_traf,
               traf_probabilities, truth, threshold)
        sources = "../shared/data/wcxb-dev" + (" and trafilatura-eval" if args.train_traf else "")
        export_two_stage_model(
            args.export, generator="train_line_model.py", source=f"{sources} renderings",
            enum_doc=["/// The trained line classifier of text mode (see `LineClassifier`): stage 1 reads",
                      "/// `LineFeatures`, stage 2 those plus `LineContextFeatures`."],
            enum_name="LineModel", unit="line", columns=("LineFeatures", columns),
            context_columns=("LineContextFeatures", CONTEXT_COLUMNS),
            threshold_doc="Lines whose stage-2 probability reaches this are kept (chosen by cross-validation).",
            threshold=threshold, stage1_model=stage1_model, stage2_model=stage2_model,
        )
    if args.save_probabilities:
        saved = [{"id": page["id"], "style": page.get("style"), "segments": page.get("segments"),
                  "texts": [line["text"] for line in page["lines"]], "probabilities": list(map(float, probs))}
                 for page, probs in zip(wcxb + (traf if len(traf_probabilities) == len(traf) else []),
                                        list(stage2[:wcxb_count]) + list(traf_probabilities))]
        with open(args.save_probabilities, "wb") as f:
            pickle.dump({"threshold": thresholds["stage 2"], "pages": saved}, f)


if __name__ == "__main__":
    main()
