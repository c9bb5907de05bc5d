"""A thing asked for earlier, put off later in the same conversation: "We need members to be able to
pay by direct debit." … (an argument) … "OK, let's leave direct debit for phase two then." The
earlier requirement becomes a won't-have for now, sourced on both; nothing new is stated."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.draft import Draft, span_of
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import RULED_OUT_RE, singular
from autoagi.engine.artifacts import Document

_WHEN = (
    r"(?:phase\s+(?:2|two|ii)|(?:a\s+|the\s+)?(?:second|next|later)\s+(?:phase|release|version)|v2|version\s+2|"
    r"later|after\s+(?:launch|go[\s-]live)|next\s+year|the\s+future|now)"
)
_LEAD = r"^\W*(?:(?:ok|okay|fine|alright|right|fair\s+enough|yeah|yes|true|good\s+point|in\s+that\s+case)[\s,.!]+)*"
_PUT_OFF_RE = prefilter.compile(
    # "let's leave direct debit for phase two then", "we'll park the loyalty scheme for now"
    rf"{_LEAD}(?:let['’]s|let\s+us|we(?:['’]ll|\s+will|\s+can|\s+could|\s+should)?|i['’]d|can\s+we)\s+(?:just\s+)?"
    r"(?:leave|park|push|move|save|defer|hold\s+off\s+on|put\s+off)\s+(?P<what>[a-z][\w' -]{1,40}?)\s+"
    rf"(?:for|to|until|till|in|into)\s+{_WHEN}(?:\s+then)?\W*$|"
    # "direct debit can wait until phase two", "the loyalty scheme can wait"
    rf"{_LEAD}(?P<what2>[a-z][\w' -]{{1,40}}?)\s+can\s+wait(?:\s+(?:for|until|till)\s+{_WHEN})?"
    r"(?:\s+then)?\W*$",
    re.IGNORECASE,
)
_ARTICLE_RE = re.compile(r"^(?:the|a|an|our|that|this)\s+", re.I)
_LOOK_BACK = 12  # requirements said before it in the same document


def defer_earlier(drafts: list[Draft], document: Document, unit: Unit) -> bool:
    """Does `unit` put off a requirement said earlier in `document`? If so it is now a won't-have."""
    said = _PUT_OFF_RE.match(unit.text.strip())
    if said is None:
        return False
    what = _ARTICLE_RE.sub("", (said.group("what") or said.group("what2")).strip()).lower()
    if what in {"it", "that", "this", "them", "those"}:
        return False  # "let's leave that for later": what "that" is, the reply rule reads
    head = singular(what.split()[-1])
    pattern = re.compile(rf"\b{re.escape(what)}\b|\b{re.escape(head)}(?:s|es)?\b", re.I)
    earlier = [d for d in drafts[-_LOOK_BACK:] if d.document_id == document.id and d.start < unit.start]
    # the requirement that asked for it, not a remark that already ruled it out
    target = next(
        (d for d in reversed(earlier) if pattern.search(d.statement) and not RULED_OUT_RE.search(d.statement)), None
    )
    if target is None:
        return False
    target.priority_override = ("wont", unit.text.strip()[:60])  # the words that put it off are the cue
    target.extra_sources.append(span_of(document, unit))
    return True
