"""Split compound statements ("shall A and B", "shall A; the user must B") into atomic parts."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import ROLE_WORDS, modal_index, tokens, verb_after
from autoagi.engine.analysis.words import DETERMINERS, capitalise, is_verb

_CLAUSE_MODAL_RE = prefilter.compile(
    r"\b(?:shall|must|should|will|may|can|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to|"
    r"(?:shouldn|mustn|can|won)['’]t|cannot)\b",
    re.I,
)
_WISH_RE = prefilter.compile(r"\b(?:need|needs|want|wants|would\s+(?:like|love)|['’]d\s+(?:like|love))\b", re.I)
_BUDGET_RE = prefilter.compile(r"\bbudget\b[^,;]*?[£$€]\s?\d", re.I)
_WISHER_RE = re.compile(r"\s*(?:we|i)\s*", re.I)  # the one speaking, before "'d love", "need", "want"
_JOIN_RE = prefilter.compile(
    r"\s*(?:;|,?\s+(?:and|but|while|whereas)\s+(?:also\s+)?|,\s+and\s+then\s+|,\s+as\s+well\s+as\s+)", re.I
)
_VERB_JOIN_RE = re.compile(r",?\s+(?:and|as\s+well\s+as|and\s+also|and\s+then)\s+(?:to\s+)?", re.I)


_MAX_SUBJECT_CHARS = 80  # a clause's own subject ("the user", "reception") is a few words
_WORDS_RE = {n: re.compile(r"\S+" + r"\s+\S+" * (n - 1)) for n in (2, 3)}


class _Positions:
    """Where a pattern matches in a text, for lookups by position."""

    def __init__(self, pattern: prefilter.Pattern, text: str) -> None:
        self._spans = [(m.start(), m.end()) for m in pattern.finditer(text)]
        self._starts = [s for s, _ in self._spans]

    def first(self, start: int, end: int) -> tuple[int, int] | None:
        """The first match that starts in [start, end)."""
        at = bisect_left(self._starts, start)
        return self._spans[at] if at < len(self._spans) and self._spans[at][0] < end else None


def _words_at_least(text: str, start: int, end: int, n: int) -> bool:
    return _WORDS_RE[n].search(text, start, end) is not None


@dataclass(frozen=True, slots=True)
class Part:
    start: int  # offsets relative to the statement text
    end: int
    statement: str


_SUBORDINATE_RE = prefilter.compile(
    r"\b(?:because|since|as|so\s+that|in\s+order\s+to|although|though|unless|if|when|whenever|while|where)\b", re.I
)
_SUBJECT_BREAK_RE = re.compile(r"[,;:()]|\b(?:and|or|but)\b", re.I)


def split_compound(text: str, semicolons: bool = False, splices: bool = False) -> list[Part]:
    """Parts of `text`; a single part (the whole text) when it is atomic.

    `semicolons` also cuts at every ';' between two clauses of three words or more (decision
    lists: "payments limited to deposits in phase 1; full payment is phase 2"); `splices` at a
    comma before a group of people and what they do (a list's item: "…, staff check ID")."""
    parts = _split_clauses(text, semicolons, splices)
    out: list[Part] = []
    for part in parts:
        out.extend(_split_verb_phrases(text, part))
    return out


def _split_clauses(text: str, semicolons: bool = False, splices: bool = False) -> list[Part]:
    """Clauses with their own modal: 'The system shall X; the user must Y', 'The system shall X
    and shall Y' (the second clause borrows the subject of the first).

    Every cue is found once and looked up by position, so a run-on "sentence" of any length is
    split in linear time."""
    cuts: list[tuple[int, int]] = []
    modals = _Positions(_CLAUSE_MODAL_RE, text)
    wishes = _Positions(_WISH_RE, text)
    subordinates = _Positions(_SUBORDINATE_RE, text)
    first_modal = modals.first(0, len(text))
    for m in _JOIN_RE.finditer(text):
        left_start = cuts[-1][1] if cuts else 0
        if semicolons and text[m.start() : m.end()].strip() == ";":
            if _words_at_least(text, left_start, m.start(), 3) and _words_at_least(text, m.end(), len(text), 3):
                cuts.append((m.start(), m.end()))
            continue
        next_modal = modals.first(m.end(), len(text))
        next_wish = wishes.first(m.end(), min(len(text), m.end() + 12))
        if (
            next_wish
            and (next_modal is None or next_wish[0] < next_modal[0])
            and _WISHER_RE.fullmatch(text[m.end() : next_wish[0]])
        ):
            next_modal = next_wish  # "Budget is around £15k and we'd love to launch in January": a wish of its own
        left_modal = modals.first(left_start, m.start())
        budget = next_modal is not None and _BUDGET_RE.search(text, left_start, m.start()) is not None
        if not (left_modal or wishes.first(left_start, m.start()) or budget) or next_modal is None:
            continue  # ("Budget is around £15k and we'd love to launch in January": a constraint, then a wish)
        if not _words_at_least(text, next_modal[1], len(text), 2):
            continue  # "..., and right now they can't.": nothing is required after the modal
        long_left = _words_at_least(text, left_start, m.start(), 3)
        # the words between the join and the next modal: a subject of its own, if any (a few words)
        between = text[m.end() : min(next_modal[0], m.end() + _MAX_SUBJECT_CHARS)]
        subject = between.split() if next_modal[0] - m.end() <= _MAX_SUBJECT_CHARS else None
        if subject == [] and first_modal is not None and first_modal[0] > 0 and long_left:
            # "shall X when Y and shall Z": the repeated modal starts a second requirement, whatever
            # conditions the first one has
            cuts.append((m.start(), m.end()))
            continue
        if left_modal and subordinates.first(left_modal[1], m.start()):
            continue  # "..., because the deposit is money and our accountant will ask": one reason
        if subject is None or _SUBJECT_BREAK_RE.search(between):
            continue  # "..., their lengths and the deposit amount, and shall log": no subject of its own
        if 1 <= len(subject) <= 4 and not is_verb(subject[0]) and long_left:
            cuts.append((m.start(), m.end()))
    if splices:
        cuts = sorted(cuts + _people_splices(text, cuts))
    if not cuts:
        return [Part(0, len(text), text)]
    subject = text[: first_modal[0]].strip() if first_modal is not None else ""
    parts = []
    start = 0
    for cut_start, cut_end in cuts:
        parts.append(_part(text, start, cut_start, subject))
        start = cut_end
    parts.append(_part(text, start, len(text), subject))
    return [p for p in parts if p.end > p.start]


# "customers confirm they are over 18, staff check ID at the table": in a list's item, a comma
# before a group of people and what they do starts that group's own requirement
_PEOPLE_SPLICE_RE = re.compile(r",\s+(?=(?:the\s+|our\s+)?(?P<who>[a-z]+)\s+(?P<verb>[a-z]+)\b)", re.I)
_SPLICE_GROUPS = ROLE_WORDS | {"staff", "reception", "everyone", "anyone"}


def _people_splices(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    found = []
    for m in _PEOPLE_SPLICE_RE.finditer(text):
        if (
            m.group("who").lower() in _SPLICE_GROUPS
            and is_verb(m.group("verb").lower())
            and not any(a <= m.start() < b for a, b in cuts)
            and _words_at_least(text, 0, m.start(), 3)
            and _words_at_least(text, m.end(), len(text), 3)
        ):
            found.append((m.start(), m.end()))
    return found


def _split_verb_phrases(text: str, clause: Part) -> list[Part]:
    """'shall create invoices and send them to customers' -> two parts sharing the subject."""
    body = text[clause.start : clause.end]
    toks = tokens(body)
    modal = modal_index(toks)
    if modal is None:
        return [clause]
    first_verb = verb_after(toks, modal)
    if first_verb is None or not is_verb(toks[first_verb].text):
        return [clause]
    prefix_end = toks[first_verb].start
    # "shall allow customers to place an order and pay online": the shared part runs to the infinitive
    for i in range(first_verb + 1, len(toks) - 1):
        if toks[i].lower in {"and", "or"} or body[toks[i - 1].end : toks[i].start].strip():
            break
        if toks[i].lower == "to" and is_verb(toks[i + 1].text):
            prefix_end = toks[i + 1].start
            break
    prefix = body[:prefix_end]
    parts: list[Part] = []
    seg_start = toks[first_verb].start
    for m in _VERB_JOIN_RE.finditer(body, seg_start):
        after = tokens(body[m.end() : m.end() + 40])
        if not after or after[0].start != 0 or not is_verb(after[0].text):
            continue
        left = body[seg_start : m.start()]
        left_toks = tokens(left)
        # "search and filter reports" shares its object: only split once the left side has one
        ends_in_verb = (
            is_verb(left_toks[-1].text) and left_toks[-2].lower not in DETERMINERS if len(left_toks) > 1 else True
        )
        if len(left_toks) < 2 or ends_in_verb or left_toks[-1].lower in {"to", "and", "or"}:
            continue
        if parts:
            parts.append(Part(clause.start + seg_start, clause.start + m.start(), (prefix + left).strip()))
        else:  # the first part keeps its own subject and wording
            parts.append(Part(clause.start, clause.start + m.start(), body[: m.start()].strip()))
        seg_start = m.end()
    if not parts:
        return [clause]
    rest = body[seg_start:].rstrip()
    parts.append(Part(clause.start + seg_start, clause.start + seg_start + len(rest), (prefix + rest).strip()))
    return [_with_period(p) for p in parts]


def _part(text: str, start: int, end: int, subject: str = "") -> Part:
    while start < end and text[start] in " ,;":
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    body = text[start:end]
    if subject and _CLAUSE_MODAL_RE.match(body):
        return _with_period(Part(start, end, f"{subject} {body}"))  # "shall Y" -> "The system shall Y."
    return _with_period(Part(start, end, body))  # a statement is a sentence


def _with_period(part: Part) -> Part:
    statement = capitalise(part.statement.rstrip(" ,;"))
    if statement and statement[-1] not in ".!?":
        statement += "."
    return Part(part.start, part.end, statement)
