"""Human-readable labels: what the client called a thing, tidied, in singular or plural."""

from __future__ import annotations

import re

from autoagi.engine.design.inflection import pluralize, singularize
from autoagi.engine.design.text import clean_label

_LAST_WORD = re.compile(r"([A-Za-z]+)$")
_LEADING_ARTICLE = re.compile(r"^\s*(?:(?:the|a|an|all|any|every|each|some|our|their|its|his|her|my|your)\s+)+", re.I)


def _with_case_of(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _inflect_last_word(label: str, inflect) -> str:
    match = _LAST_WORD.search(label)
    if not match:
        return label
    last = match.group(1)
    return label[: match.start()] + _with_case_of(last, inflect(last.lower()))


def singular_label(raw: str) -> str:
    """ "time slots" → "Time slot"; hostile text is kept as written, minus control characters."""
    label = _inflect_last_word(clean_label(raw), singularize)
    return label[:1].upper() + label[1:] if label[:1].islower() else label


def plural_label(label: str) -> str:
    return _inflect_last_word(label, pluralize)


def humanize(identifier: str) -> str:
    """ "mark-no-show" / "check_in" → "Mark no show" / "Check in"."""
    words = re.split(r"[-_\s]+", identifier.strip("-_ "))
    text = " ".join(word for word in words if word)
    return text[:1].upper() + text[1:]


def in_sentence(label: str) -> str:
    """A label inside a sentence: "Appointment" → "appointment", but "GP practice" stays."""
    if len(label) > 1 and label[1].isupper():
        return label
    return label[:1].lower() + label[1:]


def strip_leading_article(text: str) -> str:
    """ "the clinic administrators" → "clinic administrators"."""
    return _LEADING_ARTICLE.sub("", text)
