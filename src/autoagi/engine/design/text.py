"""Text normalisation shared by the design heuristics: folding, sentences, tokens, labels."""

from __future__ import annotations

import re
import unicodedata

_PUNCTUATION_MAP = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
    }
)

# Spellings that would otherwise split one word into two tokens.
_SPELLING_VARIANTS = (
    (re.compile(r"\be-mails?\b"), lambda m: m.group(0).replace("-", "")),
    (re.compile(r"\bcheck-(in|out)\b"), lambda m: "check " + m.group(1)),
    (re.compile(r"\blog-?in\b"), lambda m: "log in"),
    (re.compile(r"\bsign-(in|up)\b"), lambda m: "sign " + m.group(1)),
)

_SENTENCE_BREAK = re.compile(r"(?<=[.!?;])\s+|\n+")
_TOKEN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*|'s\b|[,.;:()!?&/%]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_SPACES = re.compile(r"\s+")


def to_ascii(text: str) -> str:
    """Unicode → closest ASCII: accents dropped, typographic punctuation straightened."""
    text = unicodedata.normalize("NFKD", text.translate(_PUNCTUATION_MAP))
    return text.encode("ascii", "ignore").decode("ascii")


def fold(text: str) -> str:
    """Lower-case ASCII form used for every pattern match."""
    folded = to_ascii(text).lower()
    for pattern, replacement in _SPELLING_VARIANTS:
        folded = pattern.sub(replacement, folded)
    return folded


def sentences(text: str) -> list[str]:
    return [part.strip() for part in _SENTENCE_BREAK.split(text) if part.strip()]


def tokens(folded_text: str) -> list[str]:
    """Words (hyphenated words kept whole), possessive ``'s`` and list punctuation."""
    return _TOKEN.findall(folded_text)


def clean_label(text: str, max_length: int = 80) -> str:
    """A display label: control and bidi-override characters removed, whitespace collapsed, bounded."""
    label = _SPACES.sub(" ", _CONTROL.sub(" ", text)).strip()
    if len(label) > max_length:
        label = label[: max_length - 1].rstrip() + "\u2026"
    return label


def natural_key(identifier: str) -> tuple:
    """Sort key that orders ``REQ-2`` before ``REQ-10``."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in re.split(r"(\d+)", identifier))


def sorted_ids(ids) -> list[str]:
    return sorted(set(ids), key=natural_key)


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string, for long word lists."""
    return frozenset(text.split())
