"""Decide which units state a requirement, and how (modal, user story, informal, decision, action)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis.units import Unit

Style = str  # "modal" | "user_story" | "informal" | "decision" | "action_item"

USER_STORY_RE = re.compile(
    r"\bAs\s+(?:an?|the|one)?\s*(?P<persona>[^,]{1,80}?)\s*,?\s+I\s+"
    r"(?P<verb>want|would\s+like|'d\s+like|need|wish|can|am\s+able|should\s+be\s+able|expect|must)\b",
    re.IGNORECASE,
)
_MODAL_RE = re.compile(
    r"\b(?:shall|must|should|will|(?:is|are)\s+(?:required|expected|supposed)\s+to|needs?\s+to|has\s+to|"
    r"have\s+to|mustn't|shan't|won't|cannot|can\s+not)\b",
    re.IGNORECASE,
)
_SYSTEM_MAY_RE = re.compile(
    r"\b(?:system|application|product|software|users?|operators?|administrators?|app|service|platform)\s+"
    r"(?:may|can)\b",
    re.IGNORECASE,
)
_INFORMAL_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"\b(?:we|i|they)(?:'d|’d|\s+would)\s+(?:really\s+|also\s+|definitely\s+)?(?:like|love|want|prefer)\b",
        r"\b(?:we|i|they|users?|customers?|clients?|people|staff|everyone|managers?|members?|patients?)\s+"
        r"(?:really\s+|also\s+|definitely\s+|absolutely\s+|all\s+|just\s+)?"
        r"(?:want|wants|need|needs|require|requires|expect|expects)\b",
        r"\b\w+\s+(?:keep|keeps|are|have\s+been|always|constantly)\s+(?:asking|requesting|complaining|begging)\b",
        r"\b(?:would|'d|’d)\s+be\s+(?:really\s+)?(?:great|nice|good|helpful|useful|awesome|ideal|cool|handy)\s+"
        r"(?:if|to)\b",
        r"\b(?:nice|good)[\s-]to[\s-]have\b",
        r"\bmust[\s-]have\b",
        r"\bmake\s+sure\b",
        r"\bensure\s+that\b",
        r"\b(?:can|could)\s+(?:we|you)\s+(?:also\s+)?(?:add|have|get|make|support|build|include|show|let|allow)\b",
        r"\b(?:is|are|'s)\s+(?:a\s+)?(?:must|mandatory|essential|non-negotiable|a\s+requirement|required)\b",
        r"\b(?:important|essential|critical|crucial|vital)\s+(?:that|to)\b",
        r"\b(?:don't|do\s+not|never)\s+want\b",
        r"\bshould\s+(?:also\s+)?be\s+able\s+to\b",
        r"\b(?:the\s+)?(?:system|app|application|site|portal|tool|platform|website)\s+(?:needs|has)\s+to\b",
        r"\bit(?:'s|’s|\s+has)\s+got\s+to\b",
        r"\bout\s+of\s+scope\b|\bwon['’]?t[\s-]have\b|\bnot\s+in\s+(?:this|the\s+first)\s+(?:release|version|phase)\b",
    )
]
_DECISION_RE = re.compile(
    r"\b(?:we|they|the\s+team|everyone|client|customer)\s+(?:have\s+)?(?:decided|agreed|concluded|settled)\b|"
    r"\b(?:it\s+was|it's|it\s+is)\s+(?:decided|agreed)\b|\bagreed\s+that\b|\blet's\s+go\s+with\b|"
    r"\bwe(?:'ll|\s+will)\s+go\s+with\b|\bdecision\s+(?:is|was)\b",
    re.IGNORECASE,
)
_ACTION_RE = re.compile(
    r"^(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:will|to|is\s+going\s+to)\s+"
    r"(?:send|prepare|check|draft|follow\s+up|look\s+into|investigate|confirm|set\s+up|schedule|share|update|"
    r"write|create|provide|review|organi[sz]e|contact|ask|find\s+out|estimate|deliver)\b",
)
_META_RE = re.compile(
    r"^(?:this|the\s+following|these|the\s+present|in\s+this|section|chapter|appendix|table|figure|"
    r"the\s+purpose|the\s+scope|the\s+remainder|the\s+rest|the\s+reader)\b"
    r"(?:\s+(?:document|section|chapter|subsection|srs|specification|paper|report|appendix|part))?",
    re.IGNORECASE,
)
_META_VERB_RE = re.compile(
    r"\b(?:will|shall)\s+(?:be\s+)?(?:describ|present|discuss|cover|explain|outline|introduc|summari[sz]|"
    r"list|defin|detail|provid|specif|give)\w*\b",
    re.IGNORECASE,
)
_LABEL_STYLE = {
    "decision": "decision",
    "decisions": "decision",
    "decided": "decision",
    "agreed": "decision",
    "agreement": "decision",
    "action": "action_item",
    "action item": "action_item",
    "action items": "action_item",
    "ai": "action_item",
    "todo": "action_item",
    "to do": "action_item",
    "next step": "action_item",
    "next steps": "action_item",
    "follow up": "action_item",
    "follow-up": "action_item",
    "requirement": "modal",
    "requirements": "modal",
    "must": "modal",
    "should": "modal",
    "could": "modal",
    "won't": "modal",
    "wont": "modal",
    "must have": "modal",
    "should have": "modal",
    "could have": "modal",
    "won't have": "modal",
    "nice to have": "informal",
    "constraint": "modal",
}
_PERSONAL_CHORES_RE = re.compile(
    r"^\s*(?:i|we)\s+(?:will|'ll|have\s+to|need\s+to|must|should)\s+(?:go|leave|run|check|say|admit|think|"
    r"see|talk|discuss|get\s+back|hop|jump|wrap|move\s+on|be\s+going)\b",
    re.IGNORECASE,
)
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Candidate:
    unit: Unit
    style: Style
    cue: str
    confidence: float


def detect(unit: Unit, include_informal: bool = True) -> Candidate | None:
    text = unit.text
    if len(_WORD_RE.findall(text[:200])) < 3:
        return None
    label_style = _LABEL_STYLE.get((unit.label or "").lower().rstrip("."))
    story = USER_STORY_RE.search(text)
    if story:
        return Candidate(unit, "user_story", story.group(0), 0.95)
    if label_style in {"decision", "action_item"} and include_informal:
        return Candidate(unit, label_style, unit.label or "", 0.75)
    if _META_RE.match(text) and (_META_VERB_RE.search(text) or not _MODAL_RE.search(text)):
        return None
    if not _PERSONAL_CHORES_RE.match(text):
        for modal in _MODAL_RE.finditer(text):
            if _modal_counts(text, modal):
                cue = modal.group(0)
                strong = cue.lower() in {"shall", "must"} or cue.lower().startswith(("is req", "are req"))
                return Candidate(unit, "modal", cue, 0.9 if strong else 0.75)
    if label_style == "modal":
        return Candidate(unit, "modal", unit.label or "", 0.7)
    may = _SYSTEM_MAY_RE.search(text)
    if may and not text.rstrip().endswith("?"):
        return Candidate(unit, "modal", may.group(0).split()[-1], 0.6)
    if not include_informal:
        return None
    decision = _DECISION_RE.search(text)
    if decision:
        return Candidate(unit, "decision", decision.group(0), 0.7)
    if unit.speaker is not None or unit.label is not None:
        action = _ACTION_RE.search(text)
        if action:
            return Candidate(unit, "action_item", action.group(0), 0.6)
    if label_style == "informal":
        return Candidate(unit, "informal", unit.label or "", 0.7)
    for pattern in _INFORMAL_RES:
        m = pattern.search(text)
        if m and not _PERSONAL_CHORES_RE.match(text):
            return Candidate(unit, "informal", m.group(0), 0.65)
    return None


def _modal_counts(text: str, modal: re.Match[str]) -> bool:
    """A modal makes a requirement unless the sentence is about the document or a bare question."""
    cue = modal.group(0).lower()
    if text.rstrip().endswith("?") and cue not in {"shall", "must"}:
        return False
    subject = text[: modal.start()].strip().lower()
    if cue in {"will", "won't"}:
        first = subject.split(" ", 1)[0] if subject else ""
        if first in {"i", "we", "you", "this", "it", "there", "these", "they", "he", "she"} or not subject:
            return False
        if _META_VERB_RE.search(text):
            return False
    # A quoted cue is talked about, not used: 'the imperative "shall"'.
    return not ('"' + cue in text.lower() or "“" + cue in text.lower())
