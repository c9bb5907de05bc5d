"""Clauses in the present tense that say what the product should do without saying "should":
the items of a summary ("the desk checks licences at collection") and of a description of the new
system ("the app logs the fuel level"), each turned into a requirement statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis.disfluency import without_emoji
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import (
    FUNCTION_WORDS,
    USER_ACTIONS,
    capitalise,
    is_participle,
    is_plural_subject,
    is_verb,
    singular,
)

# Items: after a comma or semicolon ("…online, the desk checks…"), or after "and" that starts a new
# clause with its own subject ("… and deposits are refunded …"), not "book and pay".
_ITEM_BREAK_RE = re.compile(
    r"\s*[;,]\s*(?:and\s+|also\s+)?|\s+and\s+(?=(?:the|a|an|our|your|their|all|every|each|we)\s)", re.I
)
_DETERMINER_RE = re.compile(r"^(?:the|a|an|our|your|their|all|every|each)\s+", re.I)
_MODALS = frozenset(
    {"should", "must", "shall", "will", "can", "may", "need", "needs", "want", "wants", "would", "cannot", "can't",
     "can’t", "won't", "won’t", "mustn't", "shouldn't", "could", "might"}
)  # fmt: skip
_MAX_SUBJECT_WORDS = 3
_MAX_FEATURE_WORDS = 8  # "online booking", "reminders by text": a feature named, not a clause
# "you pick a van", "we write it down": what people do today, not what the product should do
_PEOPLE_TODAY = frozenset({"you", "they", "we", "i", "he", "she", "it"})
_OWN = frozenset({"your", "my", "thanks", "thank"})  # "thanks for your time" names no feature
_CONNECTIVE_RE = re.compile(r"^(?:then|also|and|so|plus)\s+", re.I)
_MIN_ITEM_WORDS = 3
_PEOPLE_RE = re.compile(rf"\b(?:{'|'.join(sorted(ROLE_WORDS | {'people', 'staff', 'everyone', 'users'}))})$", re.I)
_NOT_VERB_ENDINGS = ("ly", "ing", "ed", "tion", "sion", "ment", "ness", "ity", "al", "ic", "ous", "ful", "less")
_RECEIVING = frozenset({"get", "receive"})  # "customers get a text": what they are given, not do


@dataclass(frozen=True, slots=True)
class Item:
    start: int  # offsets in the unit's text
    end: int
    statement: str


def items_of(text: str, start: int, features: bool, strict: bool = False) -> list[Item]:
    """The clauses of `text` from `start` on, split at commas, semicolons and a clause-opening "and",
    each with its requirement; pieces that are no such clause are left out (`strict`: then there are
    none). With `features`, a short noun phrase names a feature ("online booking")."""
    body_end = len(text.rstrip(" .!?"))
    items = []
    for match in [*_ITEM_BREAK_RE.finditer(text, start, body_end), None]:
        end = match.start() if match else body_end
        piece = text[start:end]
        statement = _item_statement(piece.strip(), features)
        if statement is not None:
            offset = start + len(piece) - len(piece.lstrip())
            items.append(Item(offset, offset + len(piece.strip()), statement))
        elif strict and piece.strip():
            return []
        start = match.end() if match else body_end
    return items


def clause_statement(text: str) -> str | None:
    """ "Payments go through Stripe" -> "Payments should go through Stripe."; None when the text is
    no present-tense clause with its own subject (or already says what is wanted)."""
    words = text.split()
    if any(word.lower() in _MODALS for word in words):
        return None
    return _item_statement(text.strip().rstrip("."), features=False)


def _item_statement(item: str, features: bool) -> str | None:
    """ "the desk checks licences at collection" -> "The desk should check licences at collection.".
    With `features`, a short noun phrase names a feature ("online booking")."""
    item = _CONNECTIVE_RE.sub("", without_emoji(item).strip())
    words = item.split()
    if not words or words[0].lower() in _PEOPLE_TODAY:
        return None
    determiner = _DETERMINER_RE.match(item)
    first = 1 if determiner else 0
    # the subject is the fewest words after which a verb follows: "the desk | checks", "customers | book"
    for size in range(first + 1, min(first + _MAX_SUBJECT_WORDS, len(words) - 1) + 1):
        if len(words) < _MIN_ITEM_WORDS:
            break
        if not words[size][:1].islower():
            continue  # "card and Apple | Pay": a capital names something, it is no verb
        statement = _clause_statement(" ".join(words[:size]), words[size], words[size + 1 :], item)
        if statement is not None:
            return statement
    if (
        features
        and len(words) <= _MAX_FEATURE_WORDS
        and not _MODALS.union(_PEOPLE_TODAY, _OWN).intersection(word.lower() for word in words)
    ):
        if words[0].lower() in USER_ACTIONS:  # "pay overdue fines online"
            return f"Users should be able to {item[:1].lower()}{item[1:]}."
        return f"The system should provide {item}."  # "online booking", "reminders by text"
    return None


_PARTICLES = frozenset({"back", "out", "up", "off", "down", "away"})
_DONE_HOW = frozenset({"before", "after", "by", "at", "in", "on", "when", "within", "every", "each", "online", "for"})


def _clause_statement(subject: str, verb: str, rest_words: list[str], item: str) -> str | None:
    rest = "".join(f" {word}" for word in rest_words)
    if (
        rest_words
        and len(verb) > 3
        and verb.endswith("s")
        and verb not in {"does", "was", "has", "goes"}
        and rest_words[0].lower().endswith("ed")
        and is_participle(rest_words[0].lower())
    ):
        return None  # "vaccination records | checked before …": "records" ends the subject, no verb
    if verb in _MODALS:
        return capitalise(item).rstrip(".") + "."  # "guests can book a table online" says what is wanted
    if verb in {"is", "are"}:
        if not rest_words or not is_participle(rest_words[0].lower()):
            return None  # "the van is white" describes, it asks for nothing
        return f"{capitalise(subject)} should be{rest}."
    if verb in {"has", "have"}:
        return f"{capitalise(subject)} should have{rest}."
    base = singular(verb) if verb.endswith("s") and not verb.endswith("ss") else verb
    if any(word.lower() in FUNCTION_WORDS for word in _DETERMINER_RE.sub("", subject).split()):
        return None  # "allergens on every | dish": a subject holds no preposition
    if verb.endswith("ed") and is_participle(verb) and rest_words and rest_words[0].lower() in _DONE_HOW:
        return f"{capitalise(subject)} should be {verb}{rest}."  # "vaccination records checked before the visit"
    # a verb the lexicon does not know still counts after a plural subject ("payments go through Stripe")
    plain_verb = (
        verb == base
        and verb not in FUNCTION_WORDS
        and not verb.endswith(_NOT_VERB_ENDINGS)
        and len(_DETERMINER_RE.sub("", subject).split()) == 1
        and bool(rest_words)
        # "go | through Stripe", "go | to the kitchen", "go | back to the card"
        and (rest_words[0].lower() in FUNCTION_WORDS or rest_words[0].lower() in _PARTICLES)
    )
    if not (is_verb(base) or plain_verb and is_plural_subject(subject)):
        return None
    last = subject.split()[-1].lower()
    agreeing = last.endswith("s") and verb == base and (is_verb(base) or plain_verb)  # "refunds | go back"
    if is_verb(last) and not _DETERMINER_RE.match(subject) and not agreeing:
        return None
    if (verb == base) != is_plural_subject(subject):
        return None  # "a waiting | list": subject and verb do not agree, so this is no clause
    people = _PEOPLE_RE.search(subject) is not None
    if verb == base and base not in _RECEIVING and people:  # "customers book …": what they should be able to do
        return f"{capitalise(subject)} should be able to {base}{rest}."
    return f"{capitalise(subject)} should {base}{rest}."  # "payments go through Stripe"
