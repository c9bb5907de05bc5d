"""A requirement said by leaving the verb out: "Tom and I should be able to change appointment
types. Vets should not." The second one means "Vets should not be able to change appointment
types"; on its own, "Vets should not." tells a reader nothing.

When a statement ends at its modal (with or without "not", "too", "either"), the predicate of
the requirement just before it in the same passage is carried over. The other way round, "Patients
need to be able to book a check-up online. And cancel it too." leaves the subject out: an
instruction with "too" or "as well" right after a requirement of people takes its subject and
modal, and so does a chat message that goes on from the same person's message before it ("Customers
order from their table" / "and pay by card"). The source span stays the words that were said.
"""

from __future__ import annotations

import re

from lemminflect import getInflection

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.coreference import MAX_GAP
from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import MODAL_WORDS
from autoagi.engine.analysis.words import capitalise, lower_first
from autoagi.engine.artifacts import Document
from autoagi.engine.numbers import NUMBER_WORD_PATTERN

_MODALS = "|".join(sorted(MODAL_WORDS | {"might"}))
_ELLIPTICAL = prefilter.compile(
    # "Gift Aid is a must" names its must-have; it leaves nothing out; "… opens in May" names a month
    rf"^(?P<subject>\S.{{0,80}}?)(?<!\bis\sa)(?<!\bare\sa)(?<!['’]s\sa)\s+(?!May\b)(?P<modal>{_MODALS})(?P<negation>\s+not|n['’]t)?"
    r"(?:\s+(?:too|either|as\s+well|also))?\s*[.!]?$",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    rf"\b(?:{_MODALS}|needs?\s+to|has\s+to|have\s+to)\s+(?:not\s+)?(?P<predicate>\S.*?)\s*[.!]?$", re.IGNORECASE
)


_SAME_AGAIN = re.compile(r"\b(?:too|as\s+well)\b", re.IGNORECASE)
# "and pay by card", not "and i don't want anything complicated" (a subject of its own)
_CONTINUES = re.compile(r"^(?:and|&|\+)\s+(?!(?:i|we|you|they|he|she|it)\b)[a-z]")
_SYSTEM_SHOULD = re.compile(r"^The system should (?P<predicate>\S.*)$")
_PEOPLE_LEAD = re.compile(
    rf"^(?P<lead>(?!the\s+system\b)\S.{{0,60}}?\b(?:{_MODALS}|needs?\s+to|has\s+to|have\s+to)\s+(?:be\s+able\s+to\s+)?)\S",
    re.IGNORECASE,
)


def resolve_ellipsis(drafts: list[Draft]) -> None:
    """Complete each statement that stops at its modal, or starts without its subject, from the
    requirement before it (in order)."""
    previous: Draft | None = None
    for draft in drafts:
        if (
            previous is not None
            and (
                draft.style == "imperative"
                and _SAME_AGAIN.search(draft.quote)
                # "Customers order from their table" / "and pay by card": one sentence over two messages
                or _CONTINUES.match(draft.quote)
                and draft.speaker == previous.speaker
            )
            and previous.doc_index == draft.doc_index
            and 0 <= draft.start - previous.end <= MAX_GAP
            and (said := _SYSTEM_SHOULD.match(draft.statement))
            and (lead := _PEOPLE_LEAD.match(previous.statement))
        ):
            draft.statement = f"{lead.group('lead')}{said.group('predicate')}"  # "And cancel it too"
        elliptical = _ELLIPTICAL.match(draft.statement)
        if (
            elliptical is not None
            and previous is not None
            and previous.doc_index == draft.doc_index
            and 0 <= draft.start - previous.end <= MAX_GAP
        ):
            predicate = _PREDICATE.search(previous.statement)
            if predicate is not None:
                negation = " not" if elliptical.group("negation") else ""
                draft.statement = (
                    f"{elliptical.group('subject')} {elliptical.group('modal').lower()}{negation} "
                    f"{predicate.group('predicate')}."
                )
        previous = draft


# "They need to be able to attach up to five.": a count whose noun was said in the sentence before
_BARE_COUNT = prefilter.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<count>(?:up\s+to|at\s+least|at\s+most|a\s+maximum\s+of|no\s+more\s+than)\s+"
    rf"(?:\d+|{NUMBER_WORD_PATTERN}))\s*[.!]?$",
    re.IGNORECASE,
)
_DETERMINED = r"(?:only\s+|just\s+)?(?:one|a|an|a\s+single|\d+|" + NUMBER_WORD_PATTERN + r")\s+"


def resolve_counts(drafts: list[Draft], documents: list[Document]) -> None:
    """ "Currently … they can only attach one photo. They need to be able to attach up to five.":
    up to five photos, the thing counted with the same verb just before."""
    for draft in drafts:
        count = _BARE_COUNT.search(draft.statement)
        if count is None:
            continue
        text = documents[draft.doc_index].text
        before = text[max(0, draft.start - MAX_GAP) : draft.start]
        counted = list(
            re.finditer(rf"\b{re.escape(count.group('verb'))}\s+{_DETERMINED}(?P<noun>[a-z][a-z-]+)\b", before, re.I)
        )
        if not counted:
            continue
        noun = counted[-1].group("noun").lower()
        plural = getInflection(noun, tag="NNS")
        if not plural:
            continue
        end = count.end("count")
        draft.statement = f"{draft.statement[:end]} {plural[0]}{draft.statement[end:]}"


# "Vaccination reminders go out by post today …" / "Email or SMS instead.": the other way, named alone
_SENT_BY_RE = re.compile(
    r"^(?P<what>(?:the\s+|our\s+)?[A-Za-z][\w'’ -]{2,50}?)\s+(?:go|goes|are\s+sent|is\s+sent)\s+(?:out\s+)?"
    r"(?:by|via|through|in\s+the)\s+(?P<old>[\w-]+)\b",
    re.IGNORECASE,
)
_INSTEAD_RE = re.compile(
    r"^\W*(?:(?:so|and|but)[\s,]+)?(?:by\s+|via\s+)?(?P<means>[\w-]+(?:\s+(?:or|and|and/or)\s+[\w-]+)?)\s+instead\s*[.!]?$",
    re.IGNORECASE,
)


def instead_statement(before: str, text: str) -> str | None:
    """The way something should be done now, when a sentence names only the way: "Vaccination
    reminders go out by post today" / "Email or SMS instead." -> "Vaccination reminders should go out
    by email or SMS instead of post"."""
    sent, instead = _SENT_BY_RE.match(before.strip()), _INSTEAD_RE.match(text.strip())
    if sent is None or instead is None:
        return None
    what, means, old = sent.group("what"), instead.group("means"), sent.group("old")
    return f"{capitalise(what)} should go out by {lower_first(means)} instead of {old.lower()}."
