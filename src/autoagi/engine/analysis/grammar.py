"""A small rule-based grammar: tokens with offsets, noun phrases, the verb phrase after a modal.

No tagger and no model: closed word lists plus a verb list are enough for requirement prose,
and they keep analysis fast and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    WORD_RE,
    is_participle,
    is_verb,
)

MODAL_WORDS = frozenset(["shall", "must", "should", "will", "may", "can", "could", "would"])
ROLE_WORDS = frozenset(
    [
        "user",
        "users",
        "customer",
        "customers",
        "client",
        "clients",
        "administrator",
        "administrators",
        "admin",
        "admins",
        "manager",
        "managers",
        "operator",
        "operators",
        "staff",
        "member",
        "members",
        "visitor",
        "visitors",
        "guest",
        "guests",
        "patient",
        "patients",
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "student",
        "students",
        "teacher",
        "teachers",
        "employee",
        "employees",
        "owner",
        "owners",
        "agent",
        "agents",
        "driver",
        "drivers",
        "buyer",
        "buyers",
        "seller",
        "sellers",
        "vendor",
        "vendors",
        "supplier",
        "suppliers",
        "approver",
        "approvers",
        "reviewer",
        "reviewers",
        "editor",
        "editors",
        "viewer",
        "viewers",
        "accountant",
        "accountants",
        "analyst",
        "analysts",
        "clerk",
        "clerks",
        "supervisor",
        "supervisors",
        "technician",
        "technicians",
        "engineer",
        "engineers",
        "developer",
        "developers",
        "tester",
        "testers",
        "auditor",
        "auditors",
        "officer",
        "officers",
        "author",
        "authors",
        "subscriber",
        "subscribers",
        "applicant",
        "applicants",
        "player",
        "players",
        "instructor",
        "instructors",
        "librarian",
        "librarians",
        "cashier",
        "cashiers",
        "dispatcher",
        "dispatchers",
        "planner",
        "planners",
        "coordinator",
        "coordinators",
        "moderator",
        "moderators",
        "contributor",
        "contributors",
        "researcher",
        "researchers",
        "volunteer",
        "volunteers",
        "shopper",
        "shoppers",
        "traveller",
        "travellers",
        "traveler",
        "travelers",
        "passenger",
        "passengers",
        "tenant",
        "tenants",
        "landlord",
        "landlords",
        "physician",
        "physicians",
        "caregiver",
        "caregivers",
        "parent",
        "parents",
        "maintainer",
        "maintainers",
        "team",
        "teams",
        "lead",
        "leads",
        "partner",
        "partners",
        "inspector",
        "inspectors",
        "investigator",
        "investigators",
        "recruiter",
        "recruiters",
        "candidate",
        "candidates",
        "trainer",
        "trainers",
        "learner",
        "learners",
    ]
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


def tokens(text: str) -> list[Token]:
    return [Token(m.group(0), m.start(), m.end()) for m in WORD_RE.finditer(text)]


def _is_nominal(tok: Token, prev: Token | None, in_phrase: bool = False, next_tok: Token | None = None) -> bool:
    low = tok.lower
    if low in FUNCTION_WORDS or low in MODAL_WORDS or low.endswith("ly") or low[0].isdigit():
        return False
    if prev is not None and (prev.lower in MODAL_WORDS or prev.lower == "not"):
        return False  # the word after a modal is its verb, whatever it is
    if is_verb(low) or is_participle(low):
        # "the report", "an order": a verb-looking word after a determiner is a noun; so is one that
        # continues a noun phrase ("purchase order") unless an object follows ("users search the ...")
        if prev is not None and (prev.lower in DETERMINERS or _is_nominal_word(prev.lower)):
            return True
        return in_phrase and (next_tok is None or next_tok.lower not in DETERMINERS)
    return True


def _is_nominal_word(low: str) -> bool:
    return not (low in FUNCTION_WORDS or low in MODAL_WORDS or is_verb(low) or low.endswith("ly"))


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    words: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.words[-1]


def noun_phrases(text: str, toks: list[Token] | None = None, max_words: int = 4) -> list[Phrase]:
    """Maximal runs of content words (adjectives included: no tagger tells them apart)."""
    toks = tokens(text) if toks is None else toks
    phrases: list[Phrase] = []
    run: list[Token] = []
    prev: Token | None = None

    def flush() -> None:
        if run:
            kept = run[-max_words:]
            phrases.append(Phrase(kept[0].start, kept[-1].end, tuple(t.text for t in kept)))
            run.clear()

    for i, tok in enumerate(toks):
        gap = text[prev.end : tok.start] if prev is not None else " "
        if run and gap.strip(" -/'’"):
            flush()  # punctuation between words ends a phrase
        if _is_nominal(tok, prev, bool(run), toks[i + 1] if i + 1 < len(toks) else None):
            run.append(tok)
        else:
            flush()
        prev = tok
    flush()
    return phrases


def modal_index(toks: list[Token]) -> int | None:
    for i, tok in enumerate(toks):
        low = tok.lower
        if low in {"shall", "must", "should", "will", "may", "can"}:
            return i
        if low in {"need", "needs", "has", "have"} and i + 1 < len(toks) and toks[i + 1].lower == "to":
            return i + 1
        if low in {"required", "expected"} and i + 1 < len(toks) and toks[i + 1].lower == "to":
            return i + 1
    return None


def verb_after(toks: list[Token], index: int) -> int | None:
    """Index of the main verb following a modal (skipping 'not', 'be able to', adverbs)."""
    i = index + 1
    while i < len(toks):
        low = toks[i].lower
        if low in {"not", "also", "only", "always", "never", "automatically", "then", "still", "be", "able", "to"}:
            i += 1
            continue
        if low.endswith("ly") and not is_verb(low):
            i += 1
            continue
        return i
    return None


PASSIVE_RE = re.compile(
    r"\b(?P<aux>is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?P<participle>[A-Za-z]+(?:ed|en|wn|nt|ld|lt|ght|id|de|ne|un|ut|et|st))\b",
    re.IGNORECASE,
)


def passive_spans(text: str) -> list[tuple[int, int]]:
    """Passive constructions with no 'by <agent>' after them."""
    spans = []
    for m in PASSIVE_RE.finditer(text):
        if not is_participle(m.group("participle")):
            continue
        tail = text[m.end() : m.end() + 80].lower()
        if re.match(r"\s+by\s+(?!default|means|using|the\s+end|then|mistake|hand)", tail):
            continue
        spans.append((m.start(), m.end()))
    return spans


def is_preposition(word: str) -> bool:
    return word.lower() in PREPOSITIONS
