"""F vs NFR and NFR-class classification on PROMISE NFR, leave one project out.

    python benchmarks/bench_classification.py [--baselines]

For each of the 15 projects: train `autoagi.engine.analysis.classify.train.fit` on the other 14,
predict the held-out project, pool the predictions. Nothing about the held-out project is seen
in training; the model's settings are fixed constants in train.py.
Writes benchmarks/results/bench_classification.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import classification_report, f1_score

from autoagi.engine.analysis.classify.labels import PROMISE_LABELS
from autoagi.engine.analysis.classify.train import fit, load_promise

ROOT = Path(__file__).resolve().parents[1]


def datasets_dir() -> Path:
    override = os.environ.get("AUTOAGI_DATASETS")
    return Path(override) if override else Path(__file__).resolve().parents[2] / "shared" / "datasets"


def leave_one_project_out(texts, labels, projects):
    binary_pred = np.empty(len(texts), dtype=object)
    class_pred = np.empty(len(texts), dtype=object)  # NFR class predicted for every row (used on NFR rows)
    p_nfr = np.zeros(len(texts))
    for project in sorted(set(projects)):
        train = [i for i, p in enumerate(projects) if p != project]
        test = [i for i, p in enumerate(projects) if p == project]
        model = fit([texts[i] for i in train], [labels[i] for i in train])
        x = model.features([texts[i] for i in test])
        scores = x @ model.class_w + model.class_b
        for row, i in enumerate(test):
            class_pred[i] = model.nfr_labels[int(np.argmax(scores[row]))]
        for i, result in zip(test, model.predict([texts[i] for i in test]), strict=True):
            binary_pred[i] = "NFR" if result.is_nfr else "F"
            p_nfr[i] = result.p_nfr
    return binary_pred, class_pred, p_nfr


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
    args = parser.parse_args()
    texts, labels, projects = load_promise(datasets_dir() / "promise_nfr" / "nfr_utf8.csv")
    started = time.perf_counter()
    binary_pred, class_pred, _ = leave_one_project_out(texts, labels, projects)
    elapsed = time.perf_counter() - started

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

    result = {
        "dataset": "PROMISE NFR (625 requirements, 15 projects)",
        "protocol": "leave one project out, pooled predictions",
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
        "seconds": round(elapsed, 2),
        "python": sys.version.split()[0],
    }
    if args.baselines:
        result["baselines"] = {"tfidf_logreg_macro_f1": round(tfidf_baseline(texts, labels, projects), 4)}
    out = ROOT / "benchmarks" / "results" / "bench_classification.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
