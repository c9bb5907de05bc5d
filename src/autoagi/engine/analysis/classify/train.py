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

from autoagi.engine.analysis.classify.features import dense_matrix
from autoagi.engine.analysis.classify.labels import PROMISE_LABELS
from autoagi.engine.analysis.classify.model import MODEL_PATH, LinearModel
from autoagi.engine.analysis.classify.vectorize import TextVectorizer, fit_ngram_vocabulary, ngrams

# Balanced classes and L2; the strength C of each head is chosen by leave-one-project-out on
# the training projects only (`select_c`), from this grid. Without project ids: the defaults.
C_GRID = (0.5, 1.0, 2.0, 4.0)
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


def fit(
    texts: list[str],
    labels: list[str],
    projects: list[int] | None = None,
    binary_c: float | None = None,
    class_c: float | None = None,
) -> LinearModel:
    """Fit both heads. With `projects`, C of each head is chosen by LOPO over those projects."""
    if projects is not None and (binary_c is None or class_c is None):
        chosen_binary, chosen_class = select_c(texts, labels, projects)
        binary_c = chosen_binary if binary_c is None else binary_c
        class_c = chosen_class if class_c is None else class_c
    return _fit(texts, labels, BINARY_C if binary_c is None else binary_c, CLASS_C if class_c is None else class_c)


def _fit(texts: list[str], labels: list[str], binary_c: float, class_c: float) -> LinearModel:
    from sklearn.linear_model import LogisticRegression

    vocab, idf = fit_ngram_vocabulary(texts)
    vectorizer = TextVectorizer(ngram_vocab=vocab, ngram_idf=idf)
    x = _sparse(vectorizer.transform(texts))
    y_nfr = np.array([label != "F" for label in labels], dtype=int)
    binary = LogisticRegression(C=binary_c, max_iter=5000, class_weight="balanced").fit(x, y_nfr)
    nfr_rows = y_nfr == 1
    nfr_labels = tuple(sorted({label for label in labels if label != "F"}, key=PROMISE_LABELS.index))
    y_class = np.array([nfr_labels.index(label) for label in np.asarray(labels)[nfr_rows]])
    multi = LogisticRegression(C=class_c, max_iter=5000, class_weight="balanced").fit(x[nfr_rows], y_class)
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
        meta={"binary_c": binary_c, "class_c": class_c},
    )


def _sparse(x: np.ndarray):
    """lbfgs on a CSR copy: the same optimum, an order of magnitude faster than on the dense array."""
    from scipy.sparse import csr_matrix

    return csr_matrix(x.astype(np.float64))


def select_c(texts: list[str], labels: list[str], projects: list[int]) -> tuple[float, float]:
    """(binary C, class C) with the best pooled leave-one-project-out score on these projects:
    macro-F1 of F vs NFR, and weighted F1 of the NFR class on the NFR rows."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import f1_score

    labels_arr = np.asarray(labels)
    proj = np.asarray(projects)
    y = (labels_arr != "F").astype(int)
    dense = dense_matrix(texts)
    grams = [ngrams(t) for t in texts]
    binary_pred = {c: np.zeros(len(texts), dtype=int) for c in C_GRID}
    class_pred = {c: np.empty(len(texts), dtype=object) for c in C_GRID}
    for held_out in sorted(set(projects)):
        train = np.where(proj != held_out)[0]
        test = np.where(proj == held_out)[0]
        vocab, idf = fit_ngram_vocabulary([], grams=[grams[i] for i in train])
        x = _sparse(TextVectorizer(ngram_vocab=vocab, ngram_idf=idf).transform_parts(dense, grams))
        nfr_train = train[y[train] == 1]
        for c in C_GRID:
            model = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(x[train], y[train])
            binary_pred[c][test] = model.predict(x[test])
            multi = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(
                x[nfr_train], labels_arr[nfr_train]
            )
            class_pred[c][test] = multi.predict(x[test])
    nfr = y == 1
    binary_score = {c: f1_score(y, binary_pred[c], average="macro") for c in C_GRID}
    class_score = {
        c: f1_score(labels_arr[nfr], class_pred[c][nfr].astype(str), average="weighted", zero_division=0)
        for c in C_GRID
    }
    # ties go to the stronger regularisation (smaller C)
    return max(C_GRID, key=lambda c: (round(binary_score[c], 6), -c)), max(
        C_GRID, key=lambda c: (round(class_score[c], 6), -c)
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=default_dataset())
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args(argv)
    texts, labels, projects = load_promise(args.data)
    model = fit(texts, labels, projects)
    digest = hashlib.sha256(args.data.read_bytes()).hexdigest()
    meta = {"trained_on": "PROMISE NFR nfr_utf8.csv", "sha256": digest, "rows": len(texts), **model.meta}
    model.save(args.out, meta)
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes) from {len(texts)} rows; C chosen by LOPO: {model.meta}")


if __name__ == "__main__":
    main()
