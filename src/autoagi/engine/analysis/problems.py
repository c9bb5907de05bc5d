"""The problem a client describes ("What problem do you want it to solve?" / "Owners phone to book and
the lines are jammed every morning") as the reason for the requirement that solves it ("Online
booking for routine appointments"): the first requirement that shares a content word with it."""

from __future__ import annotations

import re
from collections import Counter

from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import PEOPLE_WORDS, RULED_OUT_RE, as_theirs, capitalise, lower_first, singular
from autoagi.engine.artifacts import Document, Finding

_WORD_RE = re.compile(r"[a-z][a-z'-]{3,}")
_SUFFIX_RE = re.compile(r"(?:ing|ed)$")
# words any requirement may share with any problem: they link nothing
_GENERIC = frozenset(
    {"system", "able", "need", "needs", "want", "must", "should", "would", "could", "online", "time", "every",
     "also", "have", "make", "more", "much", "many", "they", "them", "their", "this", "that", "with", "from", "into",
     "what", "when", "where", "there", "about", "just", "like", "some", "keep", "using", "work", "works", "going",
     "still", "only", "each", "other", "than", "then", "were", "been", "being", "does", "done", "very", "really"}
)  # fmt: skip


# "Reception must be able to …": who does it says nothing of what it solves
_SUBJECT_RE = re.compile(r"^.*?\b(?:must|should|could|shall|will|can|may)\b(?:\s+not)?(?:\s+be\s+able\s+to)?", re.I)


_MOST_SHARING = 2  # requirements of one document that may share the linking word


def _stems(text: str) -> set[str]:
    """Content words without their endings ("booking", "books" -> "book"); not the people who act."""
    stems = set()
    for word in _WORD_RE.findall(text.lower()):
        if word in _GENERIC or singular(word) in ROLE_WORDS or word in PEOPLE_WORDS:
            continue
        word = singular(word)
        stems.add(_SUFFIX_RE.sub("", word) if len(word) > 5 else word)  # "booking", "booked" -> "book"
    return stems


def explain_by_problems(drafts: list[Draft], problems: list[Unit], document_id: str) -> list[Unit]:
    """Each problem sentence becomes the rationale of the first requirement of the document that has
    none and shares a content word with it. Returns the problems no requirement answers."""
    if not problems:
        return []
    stems = {
        at: _stems(_SUBJECT_RE.sub("", d.statement, count=1))
        for at, d in enumerate(drafts)
        if d.document_id == document_id and not RULED_OUT_RE.search(d.statement)  # a won't solves nothing
    }
    # a word most requirements share ("class" in a yoga studio's) tells nothing of which one solves what
    spread = Counter(stem for said in stems.values() for stem in said)
    taken: set[int] = set()
    unanswered = []
    for problem in problems:
        if problem.survey:  # a respondent's trouble is why they ask what they ask, not why others do
            _explain_own_answer(drafts, problem, stems, taken)
            continue
        said = {stem for stem in _stems(problem.text) if spread[stem] <= _MOST_SHARING}
        for at, draft in enumerate(drafts if said else []):
            if at in taken or at not in stems or draft.rationale or draft.start <= problem.start < draft.end:
                continue  # (a pain point may be a requirement itself: not its own reason)
            if said & stems[at]:
                draft.rationale = capitalise(problem.text.strip().rstrip(" .!"))
                taken.add(at)
                break
        else:
            if not any(d.start <= problem.start < d.end for d in drafts if d.document_id == document_id):
                unanswered.append(problem)  # (one that is a requirement itself is answered: "Stop the double bookings")
    return unanswered


# "Impact: about 40 calls a day": what the problem above it costs, no problem of its own
_IMPACT_RE = re.compile(r"^\W*(?:impact|cost|effect|consequence|result)s?\s*[:–—-]\s*(?P<said>\S.*)$", re.I)


def unanswered_problems(problems: list[Unit], document: Document) -> list[Finding]:
    """A problem the client names that no requirement answers is a question for them: what should the
    product do about it? Its "Impact:" line, if any, goes with it."""
    findings: list[Finding] = []
    for problem in problems:
        if impact := _IMPACT_RE.match(problem.text):
            last = findings[-1] if findings else None
            if last is not None and last.end is not None and 0 <= problem.start - last.end <= _IMPACT_GAP:
                last.message = f"{last.message.rstrip('.')} (impact: {lower_first(impact.group('said').rstrip(' .'))})."
                last.end = problem.end
            continue  # (an impact line with no problem just before it is no problem of its own)
        findings.append(
            Finding(
                rule="unanswered_problem",
                severity="info",
                message=f"Problem in {document.name} that no requirement answers: “{problem.text.strip()}”.",
                start=problem.start,
                end=problem.end,
                suggestion="Ask the client what the product should do about it, and record the answer as a requirement.",
                document_id=document.id,
            )
        )
    return findings


_IMPACT_GAP = 40  # characters between a problem and its impact line: the label and a line break or two


def _explain_own_answer(drafts: list[Draft], problem: Unit, stems: dict[int, set[str]], taken: set[int]) -> None:
    """A survey's "Having to phone during office hours" explains what the same respondent asks for
    when it speaks of the same thing ("Being able to book from my phone")."""
    said = _stems(problem.text)
    for at, draft in enumerate(drafts):
        free = at in stems and at not in taken and not draft.rationale and bool(said & stems[at])
        if free and draft.unit_block == problem.block and not draft.start <= problem.start < draft.end:
            draft.rationale = capitalise(as_theirs(problem.text.strip().rstrip(" .!")))
            taken.add(at)
            return
