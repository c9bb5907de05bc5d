"""A workaround told as a story, with what it costs: "I keep a list on a post-it and ring people if
someone drops out. Half the time I forget." The client names a manual chore (paper, a spreadsheet,
phoning round) and then the pain; a business analyst writes what users should no longer need to do,
with the pain as its reason. A chore told without a pain is only how things are done today.
"""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.words import as_theirs, capitalise

# "I keep …", "Honestly, we write them …", "At the moment I type it all …": the speaker's habit
_HABIT_RE = prefilter.compile(
    r"^(?P<lead>[^.!?,]{3,60}?\s+and\s+)?"  # ("People pay cash at the desk and I type it all …")
    r"(?:(?:honestly|well|so|basically|right\s+now|at\s+the\s+moment|currently|today|um|uh|yeah|and|then|"
    r"(?:so\s+)?what\s+(?:I|we)\s+do\s+is)[\s,]+)*"
    r"(?:I|we)\s+(?:just\s+|usually\s+|normally\s+|still\s+|always\s+|then\s+|basically\s+)?"
    r"(?P<verb>keep|write|put|type|copy|ring|call|phone|text|e-?mail|check|chase|print|send|enter|fill|update|track|"
    r"note|tally|count|add|jot|scribble|stick|pin|tick|cross|go\s+through|look\s+through|work\s+out|re-?type)\b"
    r"(?P<rest>[^.!?]*)",
    re.I,
)
# the manual means that make it a workaround rather than the job itself
_MANUAL_RE = re.compile(
    r"\b(?:post[\s-]?its?|sticky\s+notes?|(?:bits?\s+of\s+|on\s+|a\s+)paper|notebooks?|notepads?|(?:paper\s+)?diary|"
    r"whiteboards?|spreadsheets?|excel|google\s+sheets?|by\s+hand|print[\s-]?outs?|clipboards?|"
    r"back\s+of\s+an?\s+envelope|whatsapp|filing\s+cabinet|wall\s+(?:chart|calendar)|"
    r"(?:ring|call|phone|text|e-?mail)(?:ing)?\s+(?:people|them|everyone|everybody|round|around|each\s+one))\b",
    re.I,
)
# what the workaround costs: forgetting, time, mistakes, hating it
_PAIN_RE = re.compile(
    r"\b(?:half\s+the\s+time|(?:I|we)\s+(?:always\s+|often\s+|sometimes\s+|usually\s+)?(?:forget|lose\s+track)|"
    r"takes?\s+(?:me\s+|us\s+|her\s+|him\s+|them\s+)?(?:ages|hours|forever|all\s+day|most\s+of|the\s+whole|a\s+whole)|"
    r"(?:I|we)\s+(?:really\s+)?hate\s+(?:it|that|doing)|"
    r"(?:it['’]s|it\s+is|that['’]s|that\s+is)\s+(?:a\s+|such\s+a\s+)?(?:(?:total|real|complete|bit\s+of\s+a|massive)\s+)?"
    r"(?:nightmare|pain|mess|headache|chaos|faff|killer)|"
    r"(?:I|we)\s+(?:make|made)\s+(?:mistakes|errors)|mistakes\s+(?:happen|creep\s+in)|"
    r"(?:get|gets|got)\s+(?:lost|missed|forgotten)|slips?\s+through|never\s+up\s+to\s+date|"
    r"error[\s-]prone|time[\s-]consuming|waste\s+of\s+time|drives\s+me\s+(?:mad|crazy|nuts|up\s+the\s+wall))",
    re.I,
)
# ", and half the time I forget", "…, and it takes ages": where the chore ends and its cost begins
_CLAUSE_BREAK_RE = re.compile(
    r"\s*(?:[,;:–—-]\s*(?:and\s+|but\s+|so\s+)?|\s+(?:and|but|so)\s+)(?P<subject>(?:it|that|this|which)\s+)?$", re.I
)
# "…, and I put them in an Excel sheet": the same speaker's next step, said without "I" again
_AND_I_RE = re.compile(r"(,?\s+(?:and|then|and\s+then)\s+)(?:I|we)\s+", re.I)


def costs_something(text: str) -> bool:
    """ "Half the time I forget.", "It takes me ages every month.": a workaround's cost."""
    return _PAIN_RE.search(text) is not None


def workaround(text: str) -> tuple[str, str | None] | None:
    """(statement, the cost said in the same sentence or None) for a chore done by hand, or None.
    "I keep a list on a post-it and ring people if someone drops out" -> "Users should not need to
    keep a list on a post-it and ring people if someone drops out."."""
    said = _HABIT_RE.match(text.strip())
    if said is None or not _MANUAL_RE.search(said.group(0)):
        return None
    rest, cost = said.group("rest"), None
    if pain := _PAIN_RE.search(rest):
        before = rest[: pain.start()]
        head = _CLAUSE_BREAK_RE.search(before)
        if head is None:
            return None  # "I keep it in a spreadsheet that takes ages": one thought, read as usual
        cost = capitalise(rest[head.start("subject") if head.group("subject") else head.end() :].strip(" .!"))
        rest = before[: head.start()]
        if not _MANUAL_RE.search(said.group("verb") + rest):
            return None
    verb = said.group("verb").lower()
    steps = _AND_I_RE.sub(r"\1", rest.rstrip(" ,"))
    return f"Users should not need to {verb}{as_theirs(steps)}.", cost
