"""Turn what was said into a requirement statement and a short title.

Informal speech ("we'd like it to send reminders") is rewritten into the form a business
analyst would write ("The system should send reminders"); the source span keeps the exact words.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis.user_story import parse_user_story

_SYS = r"(?:the\s+(?:system|app|application|site|website|portal|tool|platform|software|product)|it)"
_WHO = (
    r"(?:we|i|they|(?:the\s+|our\s+|all\s+)?(?:users?|customers?|clients?|people|staff|everyone|team|managers?|"
    r"admins?|administrators?|members?|employees?|agents?))"
)
# Fillers a speaker puts before the actual wish: "So, basically we'd like ..."
_LEAD = r"^(?:(?:also|and|so|but|well|ok|okay|yes|yeah|basically|honestly|i\s+think|really|oh|plus|then|now|and\s+also)[\s,]+)*"
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (
        re.compile(
            rf"{_LEAD}{_WHO}(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love|want)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I
        ),
        "The system should {rest}",
    ),
    (
        re.compile(rf"{_LEAD}{_WHO}\s+(?:really\s+|also\s+)?(?:need|needs)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I),
        "The system must {rest}",
    ),
    (
        re.compile(rf"{_LEAD}{_WHO}\s+(?:really\s+|also\s+)?(?:want|wants)\s+{_SYS}\s+to\s+(?P<rest>.+)", re.I),
        "The system should {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}{_WHO}\s+(?:really\s+|also\s+)?(?:need|needs|must)\s+to\s+be\s+able\s+to\s+(?P<rest>.+)", re.I
        ),
        "Users must be able to {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}{_WHO}(?:(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love)|\s+want|\s+wants)\s+to\s+be\s+able\s+to\s+"
            r"(?P<rest>.+)",
            re.I,
        ),
        "Users should be able to {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}it\s+would\s+be\s+(?:really\s+)?(?:great|nice|good|helpful|useful|awesome|ideal|cool|handy)\s+if\s+"
            rf"{_SYS}\s+(?:could|can|would|will)\s+(?P<rest>.+)",
            re.I,
        ),
        "The system could {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}it\s+would\s+be\s+(?:really\s+)?(?:great|nice|good|helpful|useful|awesome|ideal|cool|handy)\s+if\s+"
            rf"(?P<who>{_WHO})\s+(?:could|can)\s+(?P<rest>.+)",
            re.I,
        ),
        "{who} could {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}(?:our\s+|the\s+|many\s+|some\s+)?[\w-]+\s+(?:keep|keeps)\s+asking\s+(?:for|about)\s+(?P<rest>.+)",
            re.I,
        ),
        "The system should provide {rest}",
    ),
    (re.compile(rf"{_LEAD}{_SYS}\s+(?:has|needs|have|need)\s+to\s+(?P<rest>.+)", re.I), "The system must {rest}"),
    (re.compile(rf"{_LEAD}{_SYS}(?:'s|’s|\s+has)\s+got\s+to\s+(?P<rest>.+)", re.I), "The system must {rest}"),
    (
        re.compile(
            rf"{_LEAD}(?:(?:we|you)\s+(?:must|need\s+to|have\s+to)\s+|please\s+)?make\s+sure\s+(?:that\s+)?(?P<rest>.+)",
            re.I,
        ),
        "The system must ensure that {rest}",
    ),
    (
        re.compile(
            rf"{_LEAD}{_WHO}(?:(?:'d|’d|\s+would)\s+(?:really\s+)?(?:like|love)|\s+(?:really\s+)?(?:want|wants|need|needs))\s+"
            r"(?P<rest>(?:a|an|the|some|more|better)\s+.+)",
            re.I,
        ),
        "The system should provide {rest}",
    ),
]
_CUT_RE = re.compile(
    r",|;|\s(?:so\s+that|in\s+order\s+to|when|whenever|if|unless|within|after|before|while|because)\s", re.I
)
_TITLE_LEAD_RE = re.compile(
    r"^.*?\b(?:shall|must|should|will|may|can|could|would|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to|are\s+required\s+to)"
    r"\s+(?:not\s+)?(?:also\s+|only\s+|always\s+|automatically\s+)?(?:be\s+able\s+to\s+)?",
    re.I,
)


def statement_for(text: str, style: str) -> str:
    clean = " ".join(text.split())
    if style == "user_story":
        return clean
    for pattern, template in _REWRITES:
        m = pattern.search(clean)
        if m:
            rest = m.group("rest").rstrip(" .!?;:")
            who = (m.groupdict().get("who") or "Users").strip()
            if rest:
                return _capitalise(template.format(rest=rest, who=who)) + "."
    return _capitalise(clean)


def _capitalise(s: str) -> str:
    return s[:1].upper() + s[1:]


def title_for(statement: str) -> str:
    story = parse_user_story(statement)
    if story is not None:
        core = statement[story.means[0] : story.means[1]]
        core = re.sub(r"^(?:to|be\s+able\s+to)\s+", "", core.strip(), flags=re.I)
    else:
        m = _TITLE_LEAD_RE.match(statement)
        core = statement[m.end() :] if m and m.end() < len(statement) else statement
    cut = _CUT_RE.search(core)
    if cut and cut.start() > 8:
        core = core[: cut.start()]
    words = core.strip(" .!?;:\"'").split()
    title = " ".join(words[:10])
    if len(words) > 10:
        title += " …"
    return (title[:1].upper() + title[1:]) if title else statement[:60]
