"""Job stories ("When I'm running late for a class, I want to let the studio know from my phone, so I
don't lose my credit"): the situation is the requirement's condition, the motivation what users
should be able to do, the outcome its reason."""

from __future__ import annotations

import re

from autoagi.engine.analysis.words import as_theirs

_JOB_STORY_RE = re.compile(
    r"^when\s+(?P<situation>[^,]{3,120}),\s*i\s+(?:want|need|would\s+like)\s+to\s+(?P<motivation>.+?)"
    r"(?P<outcome>,?\s+so\s+(?:that\s+)?(?:i|we)\b.+)?[.!]?$",
    re.I,
)
_I_AM_RE = re.compile(r"\b(?:i['’]m|i\s+am)\b", re.I)
_I_RE = re.compile(r"\bi\b", re.I)


def job_story_statement(text: str) -> str | None:
    """ "When I'm running late, I want to let the studio know, so I don't lose my credit" -> "When a
    user is running late, they should be able to let the studio know, so they don't lose their credit"
    (the rationale splits the outcome off)."""
    story = _JOB_STORY_RE.match(" ".join(text.split()))
    if story is None:
        return None
    situation = story.group("situation")
    person = bool(_I_AM_RE.search(situation) or _I_RE.search(situation))
    situation = _I_RE.sub("a user", _I_AM_RE.sub("a user is", situation))
    who = "they" if person else "users"
    motivation = as_theirs(story.group("motivation"))
    if motivation.lower().startswith("be "):
        wanted = f"{who} should {motivation}"  # "I want to be told straight away"
    else:
        wanted = f"{who} should be able to {motivation}"
    outcome = as_theirs(story.group("outcome") or "")
    return f"When {as_theirs(situation)}, {wanted}{outcome}."
