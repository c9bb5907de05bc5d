"""F vs NFR and NFR-class classification on PROMISE NFR, leave one project out.

    python benchmarks/bench_classification.py [--baselines] [--jobs N]

For each of the 15 projects: train `autoagi.engine.analysis.classify.train.fit` on the other 14,
predict the held-out project, pool the predictions. Nothing about the held-out project is seen
in training. The regularisation C of each head is chosen *inside* each fold by leave-one-project-
out over its 14 training projects (nested cross-validation), exactly as `train.py` chooses it for
the shipped model over all 15. Reported twice: the model alone, and the model with the
quality-cue rules of `classify/cues.py` (what `classify_texts` ships).
Writes benchmarks/results/bench_classification.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np
from sklearn.metrics import classification_report, f1_score

from autoagi.engine.analysis.classify.labels import PROMISE_LABELS
from autoagi.engine.analysis.classify.train import fit, load_promise

ROOT = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    override = os.environ.get("AUTOAGI_DATASETS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "datasets"


def _fold(args):
    texts, labels, projects, project = args
    train = [i for i, p in enumerate(projects) if p != project]
    test = [i for i, p in enumerate(projects) if p == project]
    model = fit([texts[i] for i in train], [labels[i] for i in train], [projects[i] for i in train])
    test_texts = [texts[i] for i in test]
    x = model.features(test_texts)
    scores = x @ model.class_w + model.class_b
    out = {"test": test, "chosen": model.meta}
    for name, use_cues in (("model", False), ("with_cues", True)):
        results = model.predict(test_texts, use_cues=use_cues)
        binary = ["NFR" if r.is_nfr else "F" for r in results]
        # the NFR class of every row (used on the NFR rows): the model's argmax, or the cue's class
        classes = [
            r.label if r.is_nfr and use_cues else model.nfr_labels[int(np.argmax(scores[row]))]
            for row, r in enumerate(results)
        ]
        out[name] = (binary, classes)
    return out


def leave_one_project_out(texts, labels, projects, jobs: int = 2):
    folds = [(texts, labels, projects, p) for p in sorted(set(projects))]
    with ProcessPoolExecutor(max_workers=max(jobs, 1)) as pool:
        results = list(pool.map(_fold, folds))
    pooled = {}
    for name in ("model", "with_cues"):
        binary_pred = np.empty(len(texts), dtype=object)
        class_pred = np.empty(len(texts), dtype=object)
        for fold in results:
            binary, classes = fold[name]
            for i, b, c in zip(fold["test"], binary, classes, strict=True):
                binary_pred[i], class_pred[i] = b, c
        pooled[name] = (binary_pred, class_pred)
    chosen = {str(projects[f["test"][0]]): f["chosen"] for f in results}
    return pooled, chosen


def scores(labels, binary_pred, class_pred) -> dict:
    gold_binary = ["F" if label == "F" else "NFR" for label in labels]
    macro = f1_score(gold_binary, list(binary_pred), average="macro")
    report = classification_report(gold_binary, list(binary_pred), output_dict=True, zero_division=0)
    nfr_rows = [i for i, label in enumerate(labels) if label != "F"]
    nfr_gold = [labels[i] for i in nfr_rows]
    nfr_pred = [class_pred[i] for i in nfr_rows]
    nfr_labels = [label for label in PROMISE_LABELS if label != "F"]
    nfr_weighted = f1_score(nfr_gold, nfr_pred, labels=nfr_labels, average="weighted", zero_division=0)
    per_class = f1_score(nfr_gold, nfr_pred, labels=nfr_labels, average=None, zero_division=0)
    end_to_end = [class_pred[i] if binary_pred[i] == "NFR" else "F" for i in range(len(labels))]
    twelve_weighted = f1_score(labels, end_to_end, labels=list(PROMISE_LABELS), average="weighted", zero_division=0)
    return {
        "binary": {
            "macro_f1": round(macro, 4),
            "F": {k: round(report["F"][k], 4) for k in ("precision", "recall", "f1-score")},
            "NFR": {k: round(report["NFR"][k], 4) for k in ("precision", "recall", "f1-score")},
        },
        "nfr_classes": {
            "weighted_f1_11_classes_on_nfr_rows": round(nfr_weighted, 4),
            "per_class_f1": {label: round(float(f), 4) for label, f in zip(nfr_labels, per_class, strict=True)},
            "support": {label: nfr_gold.count(label) for label in nfr_labels},
        },
        "end_to_end_12_class_weighted_f1": round(twelve_weighted, 4),
    }


def tfidf_baseline(texts, labels, projects) -> float:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    y = np.array([label != "F" for label in labels], dtype=int)
    pred = np.zeros(len(y), dtype=int)
    for project in sorted(set(projects)):
        tr = np.array([p != project for p in projects])
        vec = TfidfVectorizer(sublinear_tf=True, ngram_range=(1, 2), min_df=2)
        xtr = vec.fit_transform([t for t, keep in zip(texts, tr, strict=True) if keep])
        xte = vec.transform([t for t, keep in zip(texts, tr, strict=True) if not keep])
        clf = LogisticRegression(C=10, max_iter=3000, class_weight="balanced").fit(xtr, y[tr])
        pred[~tr] = clf.predict(xte)
    return float(f1_score(y, pred, average="macro"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--baselines", action="store_true", help="also run TF-IDF + logistic regression")
    parser.add_argument("--jobs", type=int, default=2, help="folds run in parallel (default 2)")
    args = parser.parse_args()
    texts, labels, projects = load_promise(datasets_dir() / "promise_nfr" / "nfr_utf8.csv")
    started = time.perf_counter()
    pooled, chosen = leave_one_project_out(texts, labels, projects, args.jobs)
    elapsed = time.perf_counter() - started

    shipped = scores(labels, *pooled["with_cues"])
    result = {
        "dataset": "PROMISE NFR (625 requirements, 15 projects)",
        "protocol": "leave one project out, pooled predictions; C of each head chosen inside each fold by "
        "leave-one-project-out over its 14 training projects (nested)",
        **shipped,
        "model_without_cue_rules": scores(labels, *pooled["model"]),
        "c_chosen_per_held_out_project": chosen,
        "seconds": round(elapsed, 2),
        "python": sys.version.split()[0],
    }
    if args.baselines:
        result["baselines"] = {"tfidf_logreg_macro_f1": round(tfidf_baseline(texts, labels, projects), 4)}
    out = ROOT / "benchmarks" / "results" / "bench_classification.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("binary", "nfr_classes", "end_to_end_12_class_weighted_f1")}, indent=2))
    print("without cue rules:", json.dumps(result["model_without_cue_rules"]["binary"]["macro_f1"]))


if __name__ == "__main__":
    main()
