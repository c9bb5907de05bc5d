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
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import FUNCTION_WORDS, WORD_RE, singular
from autoagi.engine.read_back import RECAP_LEAD_RE, confirms

# "Is that right?", "Did I get that right?", "Correct?", "Have I missed anything?"
_CHECK_RE = re.compile(
    r"^\W*(?:(?:is|was)\s+that\s+(?:right|correct|it)|(?:did|have)\s+I\s+(?:got|get|understood)\s+"
    r"(?:that|it|everything|this)(?:\s+right)?|does\s+that\s+(?:sound\s+)?(?:right|correct)|correct|right|"
    r"(?:have\s+I|did\s+I)\s+(?:missed|miss|forgotten|forget)\s+anything|anything\s+(?:I['’]ve\s+|I\s+)?missed)"
    r"\W*$",
    re.I,
)
_WITHDRAWN_RE = re.compile(r"^\W*(?:no|nope|not\s+(?:quite|exactly|really)|almost|mostly)\b", re.I)


def summary_items(text: str, continued: bool = False, listed: bool = False) -> list[Item]:
    """The items of a read-back summary, each with its requirement; empty when `text` is none.
    `continued`: the sentence follows a summary's first one ("The desk checks licences."); `listed`:
    it is an item of a list under the summary's lead ("- a waiting list for full classes")."""
    lead = RECAP_LEAD_RE.match(text)
    if lead is None and not continued:
        return []
    return items_of(text, lead.end() if lead else 0, features=not continued or listed)


def opens_summary(text: str) -> bool:
    """ "Just to confirm what we agreed:": a summary follows, on the lines below."""
    lead = RECAP_LEAD_RE.match(text)
    return lead is not None and not text[lead.end() :].strip(" .:–—-")


def asks_to_check(text: str) -> bool:
    """ "Is that right?" after a summary asks the client to confirm it."""
    return _CHECK_RE.match(text.strip()) is not None


def reply_to_summary(text: str) -> str | None:
    """ "confirmed", "withdrawn", or None when the reply does not answer the summary."""
    if confirms(text):
        return "confirmed"
    if _WITHDRAWN_RE.match(text):
        return "withdrawn"
    return None


READ_BACK = "summary read back"  # the cue of a summary's items
CONFIRMED_BY_MAIL = "summary confirmed"  # … of a quoted summary an e-mail reply confirms
SUMMARY_CUES = frozenset({READ_BACK, CONFIRMED_BY_MAIL})
_GENERIC = FUNCTION_WORDS | {"system", "provide", "able", "should", "must", "customers", "customer", "users", "user"}
_RESTATED_SHARE = 0.6  # of an item's own words found in the earlier requirement


def restates(item: str, earlier: str) -> bool:
    """Does a summary's item say again what an earlier requirement said? "The system should provide
    allergens on every dish" restates "Allergens must be shown on every dish"."""
    own, before = _stems(item), _stems(earlier)
    return len(own) >= 2 and len(own & before) >= _RESTATED_SHARE * len(own)


def _stems(text: str) -> set[str]:
    # (who does it says nothing of what: "owners book and pay online" is no "owners book extra days")
    words = {singular(word.lower()) for word in WORD_RE.findall(text)} - _GENERIC - ROLE_WORDS
    return {word[:-3] if word.endswith("ing") and len(word) > 5 else word for word in words}
