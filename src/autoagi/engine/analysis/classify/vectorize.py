"""Text -> feature vector: interpretable cues plus an optional word n-gram block."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from autoagi.engine.analysis.classify.features import LexiconSpans, abstract_tokens, dense_matrix, lexicon_spans


@dataclass(frozen=True)
class TextVectorizer:
    dense_scale: float = 1.0
    ngram_vocab: tuple[str, ...] = ()
    ngram_idf: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    ngram_scale: float = 1.0

    @property
    def dim(self) -> int:
        return dense_matrix(["x"]).shape[1] + len(self.ngram_vocab)

    def transform(self, texts: list[str]) -> np.ndarray:
        spans = [lexicon_spans(t) for t in texts]
        return self.transform_parts(
            dense_matrix(texts, spans), [ngrams(t, s) for t, s in zip(texts, spans, strict=True)]
        )

    def transform_parts(self, dense: np.ndarray, grams: list[list[str]]) -> np.ndarray:
        """`transform` from precomputed `dense_matrix` rows and `ngrams` lists (for refitting fast)."""
        dense = dense * self.dense_scale
        if not self.ngram_vocab:
            return dense
        return np.hstack([dense, self._ngrams(grams) * self.ngram_scale])

    def _ngrams(self, gram_lists: list[list[str]]) -> np.ndarray:
        index = {g: i for i, g in enumerate(self.ngram_vocab)}
        out = np.zeros((len(gram_lists), len(index)), dtype=np.float32)
        for row, grams in enumerate(gram_lists):
            for gram in grams:
                j = index.get(gram)
                if j is not None:
                    out[row, j] += 1.0
        nonzero = out > 0
        out[nonzero] = (1.0 + np.log(out[nonzero])) * np.broadcast_to(self.ngram_idf, out.shape)[nonzero]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    def to_arrays(self) -> dict[str, np.ndarray]:
        return {
            "dense_scale": np.float32(self.dense_scale),
            "ngram_vocab": np.array(self.ngram_vocab, dtype=str),
            "ngram_idf": self.ngram_idf.astype(np.float32),
            "ngram_scale": np.float32(self.ngram_scale),
        }

    @classmethod
    def from_arrays(cls, arrays: dict[str, np.ndarray]) -> TextVectorizer:
        return cls(
            dense_scale=float(arrays["dense_scale"]),
            ngram_vocab=tuple(str(x) for x in arrays["ngram_vocab"]),
            ngram_idf=arrays["ngram_idf"],
            ngram_scale=float(arrays["ngram_scale"]),
        )


def ngrams(text: str, spans: LexiconSpans | None = None) -> list[str]:
    """Uni- and bigrams of the abstracted statement (see `abstract_tokens`)."""
    words = abstract_tokens(text, spans)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


def fit_ngram_vocabulary(
    texts: list[str], min_df: int = 2, grams: list[list[str]] | None = None
) -> tuple[tuple[str, ...], np.ndarray]:
    """Vocabulary and smoothed idf, as scikit-learn's TfidfVectorizer computes them."""
    gram_lists = grams if grams is not None else [ngrams(t) for t in texts]
    df: dict[str, int] = {}
    for text_grams in gram_lists:
        for gram in set(text_grams):
            df[gram] = df.get(gram, 0) + 1
    vocab = tuple(sorted(g for g, n in df.items() if n >= min_df))
    n = len(gram_lists)  # documents counted from the grams: `texts` is empty when they are given
    idf = np.array([np.log((1 + n) / (1 + df[g])) + 1.0 for g in vocab], dtype=np.float32)
    return vocab, idf
