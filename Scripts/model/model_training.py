"""What Pith's two model trainers share: the WCXB scorer's tokens and word F1, ground truth,
trigram labelling, LightGBM parameters, page-grouped two-stage cross-validation, threshold
search and the export of tree ensembles as Swift source.

Used by train_block_model.py (HTML mode's blocks) and train_line_model.py (text mode's lines);
not a script of its own. Requires numpy and lightgbm (a tools venv; never a runtime dependency).
"""
import collections
import json
import os
import pickle
import random
import re
import sys

import lightgbm as lgb
import numpy as np

TOKEN = re.compile(r"\w+")
# Keep-thresholds searched for the best mean score, in this range and step.
THRESHOLDS = np.arange(0.2, 0.8, 0.025)
# A unit is content when at least this share of its word trigrams occur in the main content.
CONTENT_TRIGRAM_SHARE = 0.5
# A unit this long that lies inside a trafilatura `with` segment is content.
SEGMENT_UNIT_WORDS = 5

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


def tokens(text):
    """The WCXB scorer's tokens: lowercased \\w+."""
    return TOKEN.findall(text.lower())


def word_f1(pred, ref):
    """The WCXB scorer's word F1 (multiset overlap of tokens)."""
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


def load_ground_truth(dataset):
    """Page id -> {"text": main content, "type": page type} of a WCXB-style dataset folder."""
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
    """A page's id: its file name without .html.gz / .html / .gz."""
    base = os.path.basename(source)
    for suffix in (".html.gz", ".html", ".gz"):
        if base.endswith(suffix):
            return base[: -len(suffix)]
    return base


class TruthIndex:
    """A page's main content, tokenised, for labelling units of text against it."""

    def __init__(self, truth_text):
        truth_tokens = tokens(truth_text)
        self.joined = " " + " ".join(truth_tokens) + " "
        self.trigrams = set(zip(truth_tokens, truth_tokens[1:], truth_tokens[2:]))

    def contains_sequence(self, words):
        """The words occur in the main content in this order, contiguously."""
        return bool(words) and (" " + " ".join(words) + " ") in self.joined

    def mostly_contains(self, words):
        """At least CONTENT_TRIGRAM_SHARE of the words' trigrams occur in the main content (3+ words)."""
        grams = list(zip(words, words[1:], words[2:]))
        return sum(1 for g in grams if g in self.trigrams) >= CONTENT_TRIGRAM_SHARE * len(grams)


def normalize_space(text):
    return " ".join(text.split())


def segment_label(text, words, with_segments, without_segments):
    """A unit's label on a trafilatura eval page, from the page's whitespace-normalised segments:
    1 when it holds a `with` segment (or, with SEGMENT_UNIT_WORDS words or more, is held by one),
    0 when it holds a `without` segment, None (unlabelled) otherwise."""
    text = normalize_space(text)
    if any(seg and seg in text for seg in with_segments) or (
        words >= SEGMENT_UNIT_WORDS and any(text in seg for seg in with_segments)
    ):
        return 1
    if any(seg and seg in text for seg in without_segments):
        return 0
    return None


def load_cached_pages(features_path, read_pages):
    """`read_pages(features_path)`, cached in a pickle next to the features while they are unchanged."""
    cache = features_path + ".pages.pickle"
    if os.path.exists(cache) and os.path.getmtime(cache) >= os.path.getmtime(features_path):
        with open(cache, "rb") as f:
            return pickle.load(f)
    pages = read_pages(features_path)
    with open(cache, "wb") as f:
        pickle.dump(pages, f)
    return pages


def train(x, y, w, rounds, params=PARAMS):
    return lgb.train(params, lgb.Dataset(x, label=y, weight=w), num_boost_round=rounds)


def fold_assignment(count, folds):
    """Item index -> fold, shuffled with a fixed seed."""
    order = list(range(count))
    random.Random(11).shuffle(order)
    return {index: position % folds for position, index in enumerate(order)}


def weighted_mean(probabilities, weights, indices, exclude):
    """The weight-averaged probability over `indices` other than `exclude`, or -1 for none."""
    num = den = 0.0
    for j in indices:
        if j != exclude:
            num += probabilities[j] * weights[j]
            den += weights[j]
    return num / den if den > 0 else -1.0


def two_stage_out_of_fold(pages, fold_of, folds, rounds, stage1_rows, stage2_rows, fold_state=lambda pages: None,
                          params=PARAMS):
    """Out-of-fold probabilities of both stages, per page.

    `fold_of[i]` is page i's fold (all renderings of one source page in one fold).
    `fold_state(training pages)` is computed once per fold (e.g. class-word weights);
    `stage1_rows(pages, state)` and `stage2_rows(pages, stage1 probabilities, state)` return
    (x, y, sample weights). Stage 2 learns from stage 1's out-of-fold probabilities, as it will
    meet them on new pages.
    """
    def predict(model, x):
        return model.predict(x) if len(x) else np.array([])

    states = {}
    stage1 = [None] * len(pages)
    for fold in range(folds):
        training = [p for i, p in enumerate(pages) if fold_of[i] != fold]
        states[fold] = fold_state(training)
        model = train(*stage1_rows(training, states[fold]), rounds, params)
        for i, page in enumerate(pages):
            if fold_of[i] == fold:
                stage1[i] = predict(model, stage1_rows([page], states[fold])[0])
        print(f"stage 1: fold {fold + 1}/{folds} done", file=sys.stderr)
    stage2 = [None] * len(pages)
    for fold in range(folds):
        indices = [i for i in range(len(pages)) if fold_of[i] != fold]
        model = train(*stage2_rows([pages[i] for i in indices], [stage1[i] for i in indices], states[fold]), rounds, params)
        for i, page in enumerate(pages):
            if fold_of[i] == fold:
                stage2[i] = predict(model, stage2_rows([page], [stage1[i]], states[fold])[0])
        print(f"stage 2: fold {fold + 1}/{folds} done", file=sys.stderr)
    return stage1, stage2


def best_threshold(score):
    """The threshold of THRESHOLDS with the highest `score(threshold)`."""
    return max((score(t), t) for t in THRESHOLDS)[1]


def flatten(model, keep_tree=lambda index: True):
    """A LightGBM model (the trees whose index passes `keep_tree`) as flat arrays: roots, and per
    node (feature, threshold, left, right, leaf value)."""
    nodes, roots = [], []
    for tree_index, tree in enumerate(model.dump_model()["tree_info"]):
        if not keep_tree(tree_index):
            continue
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


def swift_ensemble(name, doc, model, keep_tree=lambda index: True):
    """Swift source lines of `static let <name> = TreeEnsemble(...)` (of the trees passing `keep_tree`)."""
    roots, nodes = flatten(model, keep_tree)
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


def export_two_stage_model(path, *, generator, source, enum_doc, enum_name, unit, columns, context_columns,
                           threshold_doc, threshold, stage1_model, stage2_model, extra_lines=()):
    """Writes a generated Swift enum with the columns, the keep-threshold and both stages."""
    swift_list = lambda names: "[" + ", ".join(f'"{c}"' for c in names) + "]"
    lines = [
        f"// Generated by Scripts/model/{generator} from {source}. Do not edit.",
        "",
        *enum_doc,
        f"enum {enum_name} {{",
        f"    /// Feature columns of stage 1, in order (a test checks them against `{columns[0]}`).",
        f"    static let columns: [String] = {swift_list(columns[1])}",
        f"    /// Context columns stage 2 adds after them (a test checks them against `{context_columns[0]}`).",
        f"    static let contextColumns: [String] = {swift_list(context_columns[1])}",
        f"    /// {threshold_doc}",
        f"    static let threshold: Double = {threshold:.3f}",
    ]
    lines += swift_ensemble("stage1", f"Stage 1: content log-odds from a {unit}'s own features.", stage1_model)
    lines += swift_ensemble("stage2", "Stage 2: content log-odds with the context of stage-1 probabilities.", stage2_model)
    lines += extra_lines
    lines.append("}")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {path}", file=sys.stderr)
