"""Train the shipped F/NFR classifier and write it to the package.

    python -m autoagi.engine.analysis.classify.train [--data PATH] [--out PATH]

Needs scikit-learn (a runtime dependency of the package anyway) and the PROMISE NFR CSV
(`nfr_utf8.csv`: columns row_id, project_id, text, label, binary). Only weights are written,
never dataset text.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
from pathlib import Path

import numpy as np

from autoagi.engine.analysis.classify.labels import PROMISE_LABELS
from autoagi.engine.analysis.classify.model import MODEL_PATH, LinearModel
from autoagi.engine.analysis.classify.vectorize import TextVectorizer, fit_ngram_vocabulary

# Fixed up front, not tuned per fold: balanced classes, moderate L2.
BINARY_C = 1.0
CLASS_C = 1.0


def default_dataset() -> Path:
    root = os.environ.get("AUTOAGI_DATASETS")
    base = Path(root) if root else Path(__file__).resolve().parents[6] / "shared" / "datasets"
    return base / "promise_nfr" / "nfr_utf8.csv"


def load_promise(path: Path) -> tuple[list[str], list[str], list[int]]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    return [r["text"] for r in rows], [r["label"] for r in rows], [int(r["project_id"]) for r in rows]


def fit(texts: list[str], labels: list[str]) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    vocab, idf = fit_ngram_vocabulary(texts)
    vectorizer = TextVectorizer(ngram_vocab=vocab, ngram_idf=idf)
    x = vectorizer.transform(texts)
    y_nfr = np.array([label != "F" for label in labels], dtype=int)
    binary = LogisticRegression(C=BINARY_C, max_iter=5000, class_weight="balanced").fit(x, y_nfr)
    nfr_rows = y_nfr == 1
    nfr_labels = tuple(sorted({label for label in labels if label != "F"}, key=PROMISE_LABELS.index))
    y_class = np.array([nfr_labels.index(label) for label in np.asarray(labels)[nfr_rows]])
    multi = LogisticRegression(C=CLASS_C, max_iter=5000, class_weight="balanced").fit(x[nfr_rows], y_class)
    class_w, class_b = multi.coef_.T, multi.intercept_
    if len(nfr_labels) == 2:  # sklearn keeps one row for two classes
        class_w = np.hstack([-class_w, class_w]) / 2
        class_b = np.array([-class_b[0], class_b[0]]) / 2
    return LinearModel(
        vectorizer=vectorizer,
        binary_w=binary.coef_[0].astype(np.float32),
        binary_b=float(binary.intercept_[0]),
        class_w=class_w.astype(np.float32),
        class_b=class_b.astype(np.float32),
        nfr_labels=nfr_labels,
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_dataset())
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    texts, labels, _ = load_promise(args.data)
    model = fit(texts, labels)
    digest = hashlib.sha256(args.data.read_bytes()).hexdigest()
    model.save(args.out, {"trained_on": "PROMISE NFR nfr_utf8.csv", "sha256": digest, "rows": len(texts)})
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) from {len(texts)} rows")


if __name__ == "__main__":
    main()
