"""What a speaker says around a requirement that the statement leaves out: the word that ties a
sentence to the one before ("So", "Also,", "One more thing:") and an afterthought after a comma
(", e-mail is fine as well", ", Kim not sure it's worth it"). The source span keeps them."""

from __future__ import annotations

import re

_CONNECTIVE_RE = re.compile(
    r"^(?:(?:also|and|so|but|plus|well|ok|okay|oh|anyway|please|and\s+also)\b[\s,]+|one\s+more(?:\s+thing)?\s*[:,-]\s*)+",
    re.I,
)
_AFTERTHOUGHT_RE = re.compile(
    r",\s+(?:(?:but|and)\s+)?(?:[\w-]+\s+){0,3}(?:is|are|was|were|isn't|aren't|not\s+sure)\b"
    # ", but that's a nice to have": a priority remark (the priority keeps it), not a reason
    r"|,\s+(?:(?:but|and)\s+)?(?:that|this|it)['’]s\s+(?:(?:a|an|only|just|really|definitely)\s+)*"
    r"(?:nice|must|bonus|optional|essential|critical|priority|low|high|top)\b"
    # "... eventually but it's not urgent": how much it matters, said without a comma
    r"|,?\s+but\s+(?:that|this|it)['’]s\s+not\s+(?:urgent|a\s+priority|critical|essential|a\s+must)\b"
    # ", Kim not sure it's worth it", ", Tom to check": a person's remark (not ", Monday to Saturday")
    r"|,\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|"
    r"August|September|October|November|December)\b)[A-Z][a-z]+\s+(?:not|to|is|isn't|thinks)\b"
)


def without_connective(text: str) -> str:
    """'So wherever they can book, ...', 'Also, the day view has to ...': the word that tied the
    sentence to the one before it is not part of the requirement."""
    rest = _CONNECTIVE_RE.sub("", text, count=1)
    return rest if len(rest.split()) >= 4 else text


def without_afterthought(rest: str) -> str:
    """Drop the speaker's afterthought: ", e-mail is fine as well", ", Kim not sure it's worth it"."""
    cut = _AFTERTHOUGHT_RE.search(rest)
    if cut and cut.start() > 10:
        rest = rest[: cut.start()]
    return rest.rstrip(" .!?;:,")
