"""A summary read back to the client: "So to summarise: customers book and pay a deposit online,
the desk checks licences at collection, and deposits are refunded within three days. Is that
right?" / "Yes, that's it."

Each item of the summary is a requirement, worded as what the product should do ("The desk should
check licences at collection"). The client's "yes" confirms them and is kept as a second source; a
"no" or "not quite" withdraws them, and the summary becomes a question to settle with the client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis.phrasing import statement_for
from autoagi.engine.analysis.words import (
    capitalise,
    is_participle,
    is_plural_subject,
    is_verb,
    singular,
)

_RECAP_RE = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right|great)[,\s]+)?(?:"
    r"(?:so\s+)?to\s+(?:summari[sz]e|sum\s+(?:it\s+|that\s+)?up|recap)|in\s+summary|"
    r"just\s+to\s+(?:confirm|recap|check|play\s+(?:that|it)\s+back)|"
    r"let\s+me\s+(?:recap|summari[sz]e|sum\s+up|play\s+(?:that|it)\s+back|read\s+(?:that|it)\s+back)|"
    r"if\s+I\s+(?:understand|understood|heard)\s+(?:(?:you|that|this|it)\s+)?(?:correctly|right)|"
    r"what\s+I['’]m\s+hearing\s+is(?:\s+that)?"
    r")\s*(?:[:,–—-]\s*|\s+)",
    re.I,
)
# "Is that right?", "Did I get that right?", "Correct?", "Have I missed anything?"
_CHECK_RE = re.compile(
    r"^\W*(?:(?:is|was)\s+that\s+(?:right|correct|it)|(?:did|have)\s+I\s+(?:got|get|understood)\s+"
    r"(?:that|it|everything|this)(?:\s+right)?|does\s+that\s+(?:sound\s+)?(?:right|correct)|correct|right|"
    r"(?:have\s+I|did\s+I)\s+(?:missed|miss|forgotten|forget)\s+anything|anything\s+(?:I['’]ve\s+|I\s+)?missed)"
    r"\W*$",
    re.I,
)
_CONFIRMED_RE = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|exactly|correct|that['’]s\s+(?:right|it|correct|everything)|spot\s+on|"
    r"absolutely|perfect|sounds\s+(?:right|good)|you['’]ve\s+got\s+it)\b",
    re.I,
)
_WITHDRAWN_RE = re.compile(r"^\W*(?:no|nope|not\s+(?:quite|exactly|really)|almost|mostly)\b", re.I)
# Items: after a comma or semicolon ("…online, the desk checks…"), or after "and" that starts a new
# clause with its own subject ("… and deposits are refunded …"), not "book and pay".
_ITEM_BREAK_RE = re.compile(
    r"\s*[;,]\s*(?:and\s+|also\s+)?|\s+and\s+(?=(?:the|a|an|our|your|their|all|every|each|we)\s)", re.I
)
_DETERMINER_RE = re.compile(r"^(?:the|a|an|our|your|their|all|every|each)\s+", re.I)
_MODALS = frozenset({"should", "must", "shall", "will", "can", "may", "need", "needs", "want", "wants", "would"})
_MAX_SUBJECT_WORDS = 3
_MAX_FEATURE_WORDS = 8  # "online booking", "reminders by text": a feature named, not a clause
# "you pick a van", "we write it down": what people do today, not what the product should do
_PEOPLE_TODAY = frozenset({"you", "they", "we", "i", "he", "she", "it"})
_OWN = frozenset({"your", "my", "thanks", "thank"})  # "thanks for your time" names no feature
_CONNECTIVE_RE = re.compile(r"^(?:then|also|and|so|plus)\s+", re.I)
_MIN_ITEM_WORDS = 3


@dataclass(frozen=True, slots=True)
class Item:
    start: int  # offsets in the unit's text
    end: int
    statement: str


def summary_items(text: str, continued: bool = False) -> list[Item]:
    """The items of a read-back summary, each with its requirement; empty when `text` is none.
    `continued`: the sentence follows a summary's first one ("The desk checks licences.")."""
    lead = _RECAP_RE.match(text)
    if lead is None and not continued:
        return []
    body_end = len(text.rstrip(" .!?"))
    items, start = [], lead.end() if lead else 0
    for match in [*_ITEM_BREAK_RE.finditer(text, start, body_end), None]:
        end = match.start() if match else body_end
        piece = text[start:end]
        statement = _item_statement(piece.strip(), features=not continued)
        if statement is not None:
            offset = start + len(piece) - len(piece.lstrip())
            items.append(Item(offset, offset + len(piece.strip()), statement))
        start = match.end() if match else body_end
    return items


def asks_to_check(text: str) -> bool:
    """ "Is that right?" after a summary asks the client to confirm it."""
    return _CHECK_RE.match(text.strip()) is not None


def reply_to_summary(text: str) -> str | None:
    """ "confirmed", "withdrawn", or None when the reply does not answer the summary."""
    if _CONFIRMED_RE.match(text):
        return "confirmed"
    if _WITHDRAWN_RE.match(text):
        return "withdrawn"
    return None


def _item_statement(item: str, features: bool) -> str | None:
    """ "the desk checks licences at collection" -> "The desk should check licences at collection.".
    With `features`, a short noun phrase names a feature ("online booking")."""
    item = _CONNECTIVE_RE.sub("", item)
    words = item.split()
    if not words or words[0].lower() in _PEOPLE_TODAY:
        return None
    determiner = _DETERMINER_RE.match(item)
    first = 1 if determiner else 0
    # the subject is the fewest words after which a verb follows: "the desk | checks", "customers | book"
    for size in range(first + 1, min(first + _MAX_SUBJECT_WORDS, len(words) - 1) + 1):
        if len(words) < _MIN_ITEM_WORDS:
            break
        statement = _clause_statement(" ".join(words[:size]), words[size].lower(), words[size + 1 :], item)
        if statement is not None:
            return statement
    if (
        features
        and len(words) <= _MAX_FEATURE_WORDS
        and not _MODALS.union(_PEOPLE_TODAY, _OWN).intersection(word.lower() for word in words)
    ):
        return f"The system should provide {item}."  # "online booking", "reminders by text"
    return None


def _clause_statement(subject: str, verb: str, rest_words: list[str], item: str) -> str | None:
    rest = "".join(f" {word}" for word in rest_words)
    if verb in _MODALS:
        return statement_for(item, "informal").rstrip(".") + "."  # already says what is wanted
    if verb in {"is", "are"}:
        if not rest_words or not is_participle(rest_words[0].lower()):
            return None  # "the van is white" describes, it asks for nothing
        return f"{capitalise(subject)} should be{rest}."
    if verb in {"has", "have"}:
        return f"{capitalise(subject)} should have{rest}."
    base = singular(verb) if verb.endswith("s") and not verb.endswith("ss") else verb
    if not is_verb(base) or is_verb(subject.split()[-1].lower()) and not _DETERMINER_RE.match(subject):
        return None
    if (verb == base) != is_plural_subject(subject):
        return None  # "a waiting | list": subject and verb do not agree, so this is no clause
    if verb == base:  # "customers book …": what people do is what they should be able to do
        return f"{capitalise(subject)} should be able to {base}{rest}."
    return f"{capitalise(subject)} should {base}{rest}."
