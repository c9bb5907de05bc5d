"""Questions typed or captioned without a question mark.

Chat messages and automatic captions often drop punctuation: "and how far ahead can they book",
"do customers need accounts". Read as a question only when it opens like one: a question word
followed by its auxiliary ("how far ahead can …", not "how they do it is …"), "what about …", or an
auxiliary followed by its subject ("do you …", "can customers …").
"""

from __future__ import annotations

import re

_FILLERS = (
    r"(?:(?:and|so|ok|okay|right|alright|um+|uh+|er+|erm|well|also|then|great|cool|perfect|lovely|"
    r"got\s+it|i\s+see|sure|thanks|thank\s+you|fine|yeah|yes|no|oh)[\s,]+)*"
)
_AUXILIARY = r"(?:do|does|did|is|are|was|were|can|could|would|should|will|shall|have|has|must|happens)"
_SUBJECT = (
    r"(?:you|we|they|i|it|he|she|there|people|everyone|anyone|someone|customers|the|your|our|this|that|these|"
    r"those|any|all|each|every)"
)
_QUESTION_LEAD_RE = re.compile(
    rf"^{_FILLERS}(?:"
    # "how far ahead can they book", "which payment methods do you need", not "how they do it is …"
    rf"(?:how|what|when|where|which|who|why)(?!\s+(?:it|they|we|i|you|he|she|people|an?)\b)(?:\s+[\w'’-]+){{0,3}}?\s+"
    rf"{_AUXILIARY}\b|"
    r"(?:what|how)\s+about\b|"
    rf"{_AUXILIARY}\s+{_SUBJECT}\b)",
    re.IGNORECASE,
)
_TERMINAL = ".?!:;…"


def asks(text: str) -> bool:
    """A question, with its question mark or opening like one where none was typed."""
    stripped = text.rstrip()
    if not stripped:
        return False
    return stripped.endswith("?") or (stripped[-1] not in _TERMINAL and _QUESTION_LEAD_RE.match(stripped) is not None)


def as_asked(text: str) -> str:
    """The question with its question mark, for the readings that look for one."""
    stripped = text.rstrip()
    return stripped if stripped.endswith("?") else f"{stripped}?"
