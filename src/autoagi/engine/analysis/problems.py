"""The problem a client describes ("What problem do you want it to solve?" / "Owners phone to book and
the lines are jammed every morning") as the reason for the requirement that solves it ("Online
booking for routine appointments"): the first requirement that shares a content word with it."""

from __future__ import annotations

import re

from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import PEOPLE_WORDS, capitalise, singular

_WORD_RE = re.compile(r"[a-z][a-z'-]{3,}")
_SUFFIX_RE = re.compile(r"(?:ings?|ed|es|s)$")
# words any requirement may share with any problem: they link nothing
_GENERIC = frozenset(
    {"system", "able", "need", "needs", "want", "must", "should", "would", "could", "online", "time", "every",
     "also", "have", "make", "more", "much", "many", "they", "them", "their", "this", "that", "with", "from", "into",
     "what", "when", "where", "there", "about", "just", "like", "some", "keep", "using", "work", "works", "going",
     "still", "only", "each", "other", "than", "then", "were", "been", "being", "does", "done", "very", "really"}
)  # fmt: skip


# "Reception must be able to …": who does it says nothing of what it solves
_SUBJECT_RE = re.compile(r"^.*?\b(?:must|should|could|shall|will|can|may)\b(?:\s+not)?(?:\s+be\s+able\s+to)?", re.I)


def _stems(text: str) -> set[str]:
    """Content words without their endings ("booking", "books" -> "book"); not the people who act."""
    stems = set()
    for word in _WORD_RE.findall(text.lower()):
        if word in _GENERIC or singular(word) in ROLE_WORDS or word in PEOPLE_WORDS:
            continue
        stem = _SUFFIX_RE.sub("", word) if len(word) > 5 else word
        stems.add(stem)
    return stems


def explain_by_problems(drafts: list[Draft], problems: list[Unit], document_id: str) -> None:
    """Each problem sentence becomes the rationale of the first requirement of the document that has
    none and shares a content word with it."""
    taken: set[int] = set()
    for problem in problems:
        said = _stems(problem.text)
        if not said:
            continue
        for at, draft in enumerate(drafts):
            if at in taken or draft.document_id != document_id or draft.rationale:
                continue
            if said & _stems(_SUBJECT_RE.sub("", draft.statement, count=1)):
                draft.rationale = capitalise(problem.text.strip().rstrip(" .!"))
                taken.add(at)
                break
