"""A summary read back to the client: "So to summarise: customers book and pay a deposit online,
the desk checks licences at collection, and deposits are refunded within three days. Is that
right?" / "Yes, that's it."

Each item of the summary is a requirement, worded as what the product should do ("The desk should
check licences at collection"). The client's "yes" confirms them and is kept as a second source; a
"no" or "not quite" withdraws them, and the summary becomes a question to settle with the client.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.clauses import Item, items_of

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


def summary_items(text: str, continued: bool = False) -> list[Item]:
    """The items of a read-back summary, each with its requirement; empty when `text` is none.
    `continued`: the sentence follows a summary's first one ("The desk checks licences.")."""
    lead = _RECAP_RE.match(text)
    if lead is None and not continued:
        return []
    return items_of(text, lead.end() if lead else 0, features=not continued)


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
