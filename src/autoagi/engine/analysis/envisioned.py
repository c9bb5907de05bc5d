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
from autoagi.engine.analysis.words import capitalise, is_verb, singular

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
# "Volunteers sign up for shifts themselves, from their phone", "Parents pay online"
_SELF_SERVICE_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?(?P<role>[a-z]+s|staff))\s+(?P<verb>[a-z]+)\b(?P<rest>(?:\s+(?:up|in|out|on|off))?"
    r"[^?]*?\b(?:online|themselves|from\s+(?:their|a|any)\s+(?:own\s+)?(?:phones?|mobiles?|laptops?|tablets?)|"
    r"on\s+(?:their|the|a)\s+(?:own\s+)?(?:phones?|mobiles?|app|website|site|portal)|in\s+the\s+app|"
    r"(?:via|through)\s+the\s+(?:app|website|site|portal))\b[^?]*?)[.!]*$",
    re.I,
)
# how it is done now, not how it will be
_TODAY_RE = re.compile(
    r"\b(?:today|currently|at\s+the\s+moment|right\s+now|at\s+present|nowadays|still|used\s+to|usually|"
    r"normally|already|these\s+days|at\s+the\s+minute)\b(?!['’]s)",  # not "today's visits"
    re.I,
)
# what people do about a product, not with it: "customers keep asking for a way to cancel themselves"
_NOT_ACTIONS = frozenset(
    {"are", "is", "were", "was", "do", "does", "did", "get", "got", "seem", "tend", "go", "keep", "ask", "call", "ring",
     "phone", "complain", "moan", "expect", "struggle", "try", "forget", "end", "find", "hate", "love", "like", "prefer"}
)  # fmt: skip
_MODAL_RE = re.compile(
    r"\b(?:shall|must|should|will|would|can|could|may|might|needs?\s+to|has\s+to|have\s+to|want|wants)\b", re.I
)
_REACTIONS = frozenset(
    {"be", "have", "love", "like", "hate", "prefer", "complain", "leave", "think", "say", "want", "need", "rather"}
)


# "So what would good look like?", "How would it work ideally?": the answer describes the new system
_VISION_QUESTION_RE = re.compile(
    r"\b(?:what\s+(?:would|does|will)\s+(?:good|great|success|the\s+dream|perfect)\s+look\s+like|"
    r"what\s+would\s+(?:the\s+)?(?:ideal|dream)(?:\s+\w+)?\s+(?:be|look\s+like)|"
    r"how\s+would\s+(?:it|that|this)\s+work\s+(?:ideally|in\s+an\s+ideal\s+world)|"
    r"in\s+an\s+ideal\s+world)\b",
    re.I,
)
# "Carers open an app and see today's visits in order": a group's part in the new system, asked for
_GROUP_DOES_RE = re.compile(
    r"^(?P<who>(?:the\s+|our\s+|all\s+)?(?P<role>[a-z]+s|staff))\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)[.!]*$", re.I
)


def asks_for_vision(question: str) -> bool:
    """ "So what would good look like?": what the answer describes is the new system."""
    return _VISION_QUESTION_RE.search(question) is not None


def envisioned_items(text: str, conversational: bool, vision: bool = False) -> tuple[list[Item], bool]:
    """The requirements a description of the new system states, and whether it was only "ideally"
    (a could-have). `vision`: the sentence answers a question about how the new system should be."""
    if vision and (flow := _vision_flow(text.strip())):
        statement = " ".join(
            f"{capitalise(flow.group('who'))} should be able to {flow.group('verb')}{flow.group('rest')}.".split()
        )
        start = len(text) - len(text.lstrip())
        return [Item(start, start + len(text.strip()), statement)], False
    frame = _FRAME_RE.match(text)
    if frame is not None:
        if _MODAL_RE.search(text, frame.end()):
            return [], False  # "Ideally, each message will …" says what it wants in its own words
        # every clause must read as one, or the sentence is left to the usual reading whole
        return items_of(text, frame.end(), features=False, strict=True), frame.group("ideal") is not None
    flow = _WOULD_RE.match(text.strip()) if conversational and " if " not in f" {text.lower()} " else None
    if flow is None or flow.group("role").lower() not in ROLE_WORDS or flow.group("verb").lower() in _REACTIONS:
        flow = _self_service(text.strip())
        if flow is None:
            return [], False
    statement = " ".join(
        f"{capitalise(flow.group('who'))} should be able to {flow.group('verb')}{flow.group('rest')}.".split()
    )
    start = len(text) - len(text.lstrip())
    return [Item(start, start + len(text.strip()), statement)], False


def _vision_flow(text: str) -> re.Match[str] | None:
    done = _GROUP_DOES_RE.match(text)
    if done is None or _TODAY_RE.search(text) or _MODAL_RE.search(text):
        return None
    role, verb = done.group("role").lower(), done.group("verb").lower()
    ok = singular(role) in ROLE_WORDS and is_verb(verb) and verb not in _REACTIONS and verb not in _NOT_ACTIONS
    return done if ok else None


def _self_service(text: str) -> re.Match[str] | None:
    """ "Volunteers sign up for shifts themselves, from their phone": what people do with the new
    product, by themselves or online; not how things are done today ("customers ring the desk")."""
    done = _SELF_SERVICE_RE.match(text)
    if done is None or _TODAY_RE.search(text) or _MODAL_RE.search(text):
        return None
    role, verb = done.group("role").lower(), done.group("verb").lower()
    return (
        done if role in ROLE_WORDS and is_verb(verb) and verb not in _REACTIONS and verb not in _NOT_ACTIONS else None
    )
