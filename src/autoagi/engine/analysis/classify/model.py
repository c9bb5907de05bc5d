"""Run the shipped linear classifier (numpy only; trained by `classify.train`)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from autoagi.engine.analysis.classify.cues import business_deadline, quality_cue
from autoagi.engine.analysis.classify.features import dense_matrix
from autoagi.engine.analysis.classify.labels import ISO_CATEGORY, PROMISE_LABELS
from autoagi.engine.analysis.classify.vectorize import TextVectorizer

MODEL_PATH = Path(__file__).resolve().parent.parent / "model" / "nfr_classifier.npz"
CUE_CONFIDENCE = 0.8  # P(NFR) reported when a quality cue, not the model, decided


@dataclass(frozen=True, slots=True)
class Classification:
    label: str  # PROMISE class: "F" or one of the 11 NFR classes
    p_nfr: float  # probability that the statement is non-functional
    category: str  # ISO 25010 characteristic (artifact Category)

    @property
    def is_nfr(self) -> bool:
        return self.label != "F"


@dataclass(frozen=True)
class LinearModel:
    """Binary F/NFR head and an 11-class NFR head over the same feature vector."""

    vectorizer: TextVectorizer
    binary_w: np.ndarray  # (n_features,)
    binary_b: float
    class_w: np.ndarray  # (n_features, n_nfr_classes)
    class_b: np.ndarray
    nfr_labels: tuple[str, ...]
    threshold: float = 0.5
    meta: dict = field(default_factory=dict, compare=False)

    def features(self, texts: list[str]) -> np.ndarray:
        return self.vectorizer.transform(texts)

    def predict(self, texts: list[str], use_cues: bool = True) -> list[Classification]:
        """Classify; `use_cues` lets an unambiguous quality wording (see `cues.py`) overrule the model."""
        if not texts:
            return []
        x = self.features(texts)
        p_nfr = 1.0 / (1.0 + np.exp(-(x @ self.binary_w + self.binary_b)))
        scores = x @ self.class_w + self.class_b
        best = np.argmax(scores, axis=1)
        out = []
        for text, p, k in zip(texts, p_nfr.tolist(), best.tolist(), strict=True):
            label = self.nfr_labels[k] if p >= self.threshold else "F"
            cue = quality_cue(text) if use_cues else None
            if cue is not None and cue in ISO_CATEGORY:
                label, p = cue, max(p, CUE_CONFIDENCE)
            elif use_cues and label != "F" and business_deadline(text):
                label, p = "F", min(p, 1.0 - CUE_CONFIDENCE)
            out.append(Classification(label=label, p_nfr=round(float(p), 4), category=ISO_CATEGORY[label]))
        return out

    def save(self, path: Path, meta: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        arrays = self.vectorizer.to_arrays()
        np.savez_compressed(
            path,
            binary_w=self.binary_w.astype(np.float32),
            binary_b=np.float32(self.binary_b),
            class_w=self.class_w.astype(np.float32),
            class_b=self.class_b.astype(np.float32),
            nfr_labels=np.array(self.nfr_labels),
            threshold=np.float32(self.threshold),
            meta=np.array(json.dumps(meta, sort_keys=True)),
            **arrays,
        )

    @classmethod
    def load(cls, path: Path) -> LinearModel:
        with np.load(path, allow_pickle=False) as data:
            arrays = {k: data[k] for k in data.files}
        return cls(
            vectorizer=TextVectorizer.from_arrays(arrays),
            binary_w=arrays["binary_w"],
            binary_b=float(arrays["binary_b"]),
            class_w=arrays["class_w"],
            class_b=arrays["class_b"],
            nfr_labels=tuple(str(x) for x in arrays["nfr_labels"]),
            threshold=float(arrays["threshold"]),
        )


@lru_cache(maxsize=1)
def shipped_model() -> LinearModel:
    return LinearModel.load(MODEL_PATH)


def classify_texts(texts: list[str]) -> list[Classification]:
    """Classify requirement statements with the model that ships in the package."""
    return shipped_model().predict(list(texts))


__all__ = ["Classification", "LinearModel", "classify_texts", "dense_matrix", "PROMISE_LABELS"]
