"""How the new system will work, described rather than required: "The idea is that the desk scans
the licence at collection and the app logs the fuel level", "In the new system, customers get a
text when the van is ready", "Customers would pick a van on the website, then pay a deposit".

Each clause is a requirement ("The desk should scan the licence at collection"). A description of
how things are done today ("we phone them") is none: only a frame that speaks of the new system, or
a role's "would" in a conversation, makes present-tense clauses requirements.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.clauses import Item, items_of
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import capitalise

_FRAME_RE = re.compile(
    r"^\W*(?:(?:so|and|but|well)[,\s]+)?(?:"
    r"the\s+(?:idea|plan|hope|goal|aim|vision)\s+is(?:\s+that)?|"
    r"(?:the\s+way\s+)?(?:it|this)\s+should\s+work\s+(?:is(?:\s+that)?|like\s+this)|"
    r"what\s+should\s+happen\s+is(?:\s+that)?|"
    r"(?:in|with)\s+the\s+new\s+(?:system|app|site|website|portal|version|set-?up|process|tool)|"
    r"in\s+(?:the\s+)?future|going\s+forward|from\s+now\s+on|"
    r"once\s+(?:it['’]s|it\s+is|the\s+(?:system|app|site|portal)\s+is)\s+live|"
    r"(?P<ideal>ideally)"
    r")\s*(?:[:,–—-]\s*|\s+)",
    re.I,
)
# "Customers would pick a van on the website, then pay a deposit": a role's part in the new flow;
# not a guess at how people would react ("customers would complain", "staff would love it")
_WOULD_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+)?(?P<role>[a-z]+s|staff))\s+would\s+(?:then\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)[.!]*$",
    re.I,
)
_MODAL_RE = re.compile(
    r"\b(?:shall|must|should|will|would|can|could|may|might|needs?\s+to|has\s+to|have\s+to|want|wants)\b", re.I
)
_REACTIONS = frozenset(
    {"be", "have", "love", "like", "hate", "prefer", "complain", "leave", "think", "say", "want", "need", "rather"}
)


def envisioned_items(text: str, conversational: bool) -> tuple[list[Item], bool]:
    """The requirements a description of the new system states, and whether it was only "ideally"
    (a could-have)."""
    frame = _FRAME_RE.match(text)
    if frame is not None:
        if _MODAL_RE.search(text, frame.end()):
            return [], False  # "Ideally, each message will …" says what it wants in its own words
        # every clause must read as one, or the sentence is left to the usual reading whole
        return items_of(text, frame.end(), features=False, strict=True), frame.group("ideal") is not None
    flow = _WOULD_RE.match(text.strip()) if conversational and " if " not in f" {text.lower()} " else None
    if flow is None or flow.group("role").lower() not in ROLE_WORDS or flow.group("verb").lower() in _REACTIONS:
        return [], False
    statement = f"{capitalise(flow.group('who'))} should be able to {flow.group('verb')}{flow.group('rest')}."
    start = len(text) - len(text.lstrip())
    return [Item(start, start + len(text.strip()), statement)], False
