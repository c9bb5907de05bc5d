"""The pages of a site as a client lists them ("Pages: Home, Timetable, Book a class") and the notes
they write on a wireframe ("[Timetable] Filter by teacher and by level"): each page is one the system
should have, and each note says what that page should show or let users do."""

from __future__ import annotations

import re

from autoagi.engine.analysis.grammar import noun_phrases
from autoagi.engine.analysis.words import DETERMINERS, article, is_verb, lower_first, singular

# "[Home] Big photo …", "Timetable page: filter by teacher", "Home – a big photo"
_NOTE_RE = re.compile(
    r"^\[(?P<bracketed>[^\]]{1,40})\]\s*[:–—-]?\s*(?P<what>\S.*)$|"
    r"^(?P<named>[A-Z][\w'’ ]{0,30}?)(?:\s+(?:page|screen))?\s*[:–—]\s*(?P<said>\S.*)$"
)
_PAGE_WORD_RE = re.compile(r"\s+(?:page|screen)$", re.I)
# what a page does by itself, as opposed to what it lets users do
_SHOWING_VERBS = frozenset(
    {"show", "display", "list", "include", "have", "highlight", "feature", "link", "contain", "present", "open"}
)
_MAX_PAGE_WORDS = 5


def page_statement(item: str) -> str | None:
    """ "Timetable" under "Pages" -> "The system should have a Timetable page."; a sentence is no page."""
    name = item.strip().rstrip(" .;,")
    if not name or len(name.split()) > _MAX_PAGE_WORDS or re.search(r"[.!?:]", name):
        return None
    name = _PAGE_WORD_RE.sub("", name)
    return f"The system should have {article(name)} {name} page."


def screen_note_statement(note: str) -> str | None:
    """ "[My account] Show upcoming bookings" -> "The My account page should show upcoming bookings.";
    "[Timetable] Filter by teacher" -> "The Timetable page should let users filter by teacher."; a
    thing ("[Home] Big photo of the studio") is what the page should show."""
    said = _NOTE_RE.match(note.strip())
    if said is None:
        return None
    page = _PAGE_WORD_RE.sub("", (said.group("bracketed") or said.group("named")).strip())
    what = (said.group("what") or said.group("said")).strip().rstrip(" .")
    first = what.split()[0].lower()
    rest = what[len(first) :]
    if first in _SHOWING_VERBS:
        return f"The {page} page should {first}{rest}."
    if is_verb(first):
        return f"The {page} page should let users {first}{rest}."
    return f"The {page} page should show {_with_article(what)}."


def _with_article(thing: str) -> str:
    """ "Big photo of the studio" -> "a big photo of the studio"; "Upcoming bookings" stay as they are."""
    first = thing.split()[0].lower()
    phrases = noun_phrases(thing)
    if first in DETERMINERS or first[:1].isdigit() or not phrases:
        return lower_first(thing)
    head = phrases[0].words[-1].lower()
    return f"{article(thing)} {lower_first(thing)}" if singular(head) == head else lower_first(thing)
