"""What a client points to in another product: "We love how Calendly shows free slots, something like
that for GP appointments would be great", "like Amazon, a way to see what you ordered before",
"Something like Calendly for booking appointments", "It should work like Uber, you see the driver
coming on a map". The requirement is what the product does, named with the product as its example.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.words import as_theirs, is_verb, lower_first

_LEAD = r"^\W*(?:(?:also|and|oh|plus|so)[\s,-]+)*"
_PRODUCT = r"(?P<product>(?-i:[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))"  # "Calendly", "Google Maps"
_SO_GOOD = r"(?:great|good|nice|amazing|ideal|brilliant|perfect|handy|useful)"

_LOVE_HOW_RE = re.compile(
    rf"{_LEAD}(?:we|i)\s+(?:really\s+|just\s+)?(?:love|like)\s+how\s+{_PRODUCT}\s+(?P<verb>[a-z]+s)\s+"
    r"(?P<what>[^,.;!?]+?)(?:\s*,\s*(?:so\s+)?something\s+like\s+(?:that|it|this)\s+(?P<for>for\s+[^,.;!?]+?)\s+"
    rf"would\s+be\s+{_SO_GOOD})?[\s.!]*$",
    re.I,
)
_LIKE_IT_WAY_RE = re.compile(
    rf"{_LEAD}(?:just\s+)?like\s+(?:on\s+)?{_PRODUCT}\s*,\s*(?:a\s+way\s+to|being\s+able\s+to|the\s+ability\s+to)\s+"
    r"(?P<rest>[a-z][^.;!?]+?)[\s.!]*$",
    re.I,
)
_SOMETHING_LIKE_RE = re.compile(
    rf"{_LEAD}something\s+like\s+{_PRODUCT}\s+(?:but\s+)?for\s+(?P<what>[a-z][^,.;!?]+?)[\s.!]*$", re.I
)
_WORKS_LIKE_RE = re.compile(
    rf"{_LEAD}(?:it|the\s+(?:app|system|site|website))\s+(?:should|could|would|must)\s+(?:work|be)\s+(?:just\s+)?like\s+"
    rf"{_PRODUCT}\s*,\s*(?:where\s+)?(?:you|they|customers|people|users)\s+(?P<verb>[a-z]+)\s+(?P<rest>[^.;!?]+?)[\s.!]*$",
    re.I,
)


def product_reference_statement(clean: str) -> str | None:
    """The requirement a reference to another product asks for, or None."""
    if (loved := _LOVE_HOW_RE.match(clean)) and (base := third_person_base(loved.group("verb"))):
        # "… something like that for GP appointments would be great": a could-have, for that
        modal, for_what = ("could", f" {loved.group('for').strip()}") if loved.group("for") else ("should", "")
        return f"The system {modal} {base} {loved.group('what').strip()}{for_what} (like {loved.group('product')})."
    if way := _LIKE_IT_WAY_RE.match(clean):
        return f"Users should be able to {_as_users(way.group('rest').strip())} (like {way.group('product')})."
    if (like := _SOMETHING_LIKE_RE.match(clean)) and not _names_a_place(like.group("what")):
        return f"The system should support {lower_first(like.group('what').strip())} (like {like.group('product')})."
    if (works := _WORKS_LIKE_RE.match(clean)) and is_verb(works.group("verb").lower()):
        doing = f"{works.group('verb').lower()} {_as_users(works.group('rest').strip())}"
        return f"Users should be able to {doing} (like {works.group('product')})."
    return None


_YOUR_RE = re.compile(r"\byour\b", re.I)
_YOU_RE = re.compile(r"\byou\b", re.I)


def _as_users(text: str) -> str:
    """ "see what you ordered before" -> "see what they ordered before": said to anyone, meant of users."""
    return as_theirs(_YOU_RE.sub("they", _YOUR_RE.sub("their", text)))


# "something like Calendly but for dog walkers": a market, not a feature
_PLACE_RE = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?:walkers|owners|people|businesses|shops|clinics|us)\b", re.I)


def _names_a_place(what: str) -> bool:
    return _PLACE_RE.match(what.strip()) is not None
