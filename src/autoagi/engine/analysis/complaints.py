"""What users complain about or wish for, in reviews and feedback a client forwards, as the
requirement it calls for: "Crashes every time I try to upload a photo of my receipt" (users must be
able to upload one without the app crashing), "I wish I could pay with PayPal" (users should be
able to), "Logged me out three times during checkout" (the system must not log users out during
checkout), "Why do I have to type my address every single time?" (users should not have to).
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.personas import as_people, people_like
from autoagi.engine.analysis.words import CANNOT, as_theirs, because, is_verb

# what detection looks for: a wish, a crash, being logged out, a chore asked about
COMPLAINT = (
    r"\b(?:i|we)\s+wish\s+(?:i|we|you|it)\s+(?:could|would|had)\b|"
    r"^\W*(?:it\s+|the\s+app\s+)?(?:crashes|freezes|hangs|keeps\s+crashing)\s+(?:every\s+time|when|whenever)\b|"
    r"\blogged\s+(?:me|us)\s+out\b|"
    r"^\W*why\s+do\s+(?:i|we)\s+(?:have|need)\s+to\s+[a-z]+\b[^?]*\b(?:every|each)\s+(?:single\s+)?time\b|"
    r"^\W*(?:the\s+)?(?:text|font|writing|print|buttons?|icons?)\s+(?:is|are)\s+(?:tiny|(?:too|so|really)\s+small|hard\s+to\s+read)\b"
)

# a question that complains: "Why do I have to type my address every single time?"
CHORE_QUESTION_RE = re.compile(r"^\W*why\s+do\s+(?:i|we)\s+(?:have|need)\s+to\s+[a-z]+\b[^?]*\b(?:every|each)\s+", re.I)

# ("Fine but I wish I could pay with PayPal")
_WISH_RE = re.compile(
    r"^(?:(?:fine|ok|okay|good|great|nice)[,\s]+but\s+)?(?:i|we)\s+wish\s+(?:i|we)\s+could\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)",
    re.I,
)
_CRASH_RE = re.compile(
    r"^(?:it\s+|the\s+app\s+)?(?:crashes|freezes|hangs|keeps\s+crashing)\s+(?:every\s+time|when|whenever)\s+"
    r"(?:i|we)\s+(?:try\s+to\s+)?(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)",
    re.I,
)
_LOGGED_OUT_RE = prefilter.compile(
    r"\blogged\s+(?:me|us)\s+out\b[^.!?]*?\b(?P<when>during|while|in\s+the\s+middle\s+of)\s+(?P<what>[^.!?,]+)", re.I
)
# "Logged me out three times today": however often, it must not happen
_LOGGED_OUT_AT_ALL_RE = re.compile(r"^(?:it\s+|the\s+app\s+)?(?:keeps\s+logging|logs|logged)\s+(?:me|us)\s+out\b", re.I)
# "… from the app, have to ring them": how it is done today, the reason
_HAVE_TO_TODAY_RE = re.compile(r",\s*(?:(?:i|we)\s+)?(?:have|had)\s+to\s+(?P<how>[^.!?]+)$", re.I)
# "please add Apple Watch support": a platform or service to support
_ADD_SUPPORT_RE = re.compile(r"^(?:please\s+)?(?:can\s+you\s+)?add\s+(?P<thing>[\w .'’-]{2,40}?)\s+support\b", re.I)
_CHORE_RE = re.compile(
    r"^why\s+do\s+(?:i|we)\s+(?:have|need)\s+to\s+(?P<verb>[a-z]+)\b(?P<rest>[^?]*?)\s+(?P<every>(?:every|each)\s+(?:single\s+)?time)",
    re.I,
)
_GOOD_TO_RE = prefilter.compile(
    r"(?:^|,\s*)(?:it\s+)?(?:would|['’]d)\s+be\s+(?:really\s+|so\s+)?(?:great|good|nice|handy|useful|lovely)\s+to\s+"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)",
    re.I,
)
_I_RE = re.compile(r"\b(?:I|my|me)\b")
_CANNOT_RE = re.compile(rf"^{CANNOT}\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)", re.I)
_TOO_SMALL_RE = re.compile(
    r"^(?:the\s+)?(?P<what>text|font|writing|print|buttons?|icons?)\s+(?:is|are)\s+(?:tiny|(?:too|so|really)\s+small|"
    r"hard\s+to\s+read)\b(?:\s+on\s+(?:my|a|the|our)\s+(?P<device>phone|mobile|tablet|laptop))?",
    re.I,
)
_SIGNS = (
    "tiny",
    "small",
    "hard to read",
    "can't",
    "can’t",
    "cannot",
    "can not",
    "cant",
    "unable",
    "not able",
    "wish",
    "crash",
    "freez",
    "hang",
    "logged",
    "why do",
    "be great",
    "be good",
    "be nice",
    "be handy",
    "be useful",
    "be lovely",
    "add ",
)


def complaint_statement(clean: str) -> str | None:
    """The requirement a complaint or a user's wish calls for, or None."""
    text = clean.strip().strip("\"'“”‘’ ")
    low = text.lower()
    if not any(word in low for word in _SIGNS):
        return None  # most sentences: one pass over a few words
    if (wish := _WISH_RE.match(text)) and _verb(wish.group("verb")):
        return f"Users should be able to {wish.group('verb').lower()}{as_theirs(wish.group('rest').rstrip())}."
    if (crash := _CRASH_RE.match(text)) and _verb(crash.group("verb")):
        done = f"{crash.group('verb').lower()}{as_theirs(crash.group('rest').rstrip())}"
        return f"Users must be able to {done} without the app crashing."
    if (good := _GOOD_TO_RE.search(text)) and _verb(good.group("verb")) and _I_RE.search(good.group("rest")):
        # "Love the loyalty stamps, would be great to see how many I have left": a user's could-have
        return f"Users could {good.group('verb').lower()}{as_theirs(good.group('rest').rstrip())}."
    if (cannot := _CANNOT_RE.match(text)) and _verb(cannot.group("verb")):
        # "Can't swap shifts without going through the manager": what users can't do today, and want to
        rest, why = cannot.group("rest").rstrip(), ""
        if today := _HAVE_TO_TODAY_RE.search(rest):  # "…, have to ring them": how it is done today
            rest, why = rest[: today.start()], because(f"today they have to {today.group('how').strip()}")
        return f"Users should be able to {cannot.group('verb').lower()}{as_theirs(rest)}{why}."
    if small := _TOO_SMALL_RE.match(text):
        # "Text is tiny on my phone, had to zoom in to read the menu": it must be readable as it is
        device, what = small.group("device") or "phone", small.group("what").lower()
        if what.startswith(("button", "icon")):
            return f"{what.capitalize()} must be large enough to tap on a {device}."  # "The buttons are too small"
        return f"{what.capitalize()} must be readable on a {device} without zooming in."
    if logged := _LOGGED_OUT_RE.search(text):
        return f"The system must not log users out {logged.group('when').lower()} {logged.group('what').strip()}."
    if _LOGGED_OUT_AT_ALL_RE.match(text):
        return f"The system must not log users out unexpectedly{because(as_theirs(text.rstrip(' .!')))}."
    if added := _ADD_SUPPORT_RE.match(text):
        return f"The system should support {added.group('thing').strip()}."
    if (chore := _CHORE_RE.match(text)) and _verb(chore.group("verb")):
        return f"Users should not need to {chore.group('verb').lower()}{as_theirs(chore.group('rest').rstrip())} every time."
    return None


def _verb(word: str) -> bool:
    return is_verb(word.lower()) or "VERB" in getAllLemmas(word.lower())


# a research synthesis quotes its users: '"I have to scroll …" (member, 6 years)'
_ATTRIBUTED_RE = re.compile(r"^[\"“](?P<said>[^\"”]{6,}?)[.!]?[\"”]\s*[(\[](?P<who>[^)\]]{2,60})[)\]]\W*$")
# what a user has to do today, listed as a pain point: what they should not need to do ("she has
# to …" in a persona's frustrations)
_HAVE_TO_RE = re.compile(
    r"^(?:having\s+to\s+|(?:i|we|she|he|they)\s+(?:always\s+|still\s+|just\s+|often\s+)?(?:have|has|need|needs|got)\s+to\s+)"
    r"(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)",
    re.I,
)
# what a user cannot do today: what they should be able to do ("She can't see which classes have space")
# "She can't see …", or a survey's bare "Can't see which teacher is taking the class"
_UNABLE_RE = re.compile(rf"^(?:(?:i|we|she|he|they)\s+)?{CANNOT}\s+(?P<verb>[a-z]+)\b(?P<rest>[^.!?]*)", re.I)


_OBLIGED = frozenset({"comply", "adhere", "conform", "obey", "abide"})  # a rule they are bound by, not a chore


def pain_statement(text: str, persona: str | None = None) -> str | None:
    """Under "Pain points": '"I have to scroll through the whole week to find my class." (member)' ->
    "Members should not need to scroll through the whole week to find their class"; a persona's
    "She can't see which classes have space" -> "Parents should be able to see …"."""
    said, who = text.strip(), people_like(persona) if persona else "Users"
    # (a client's "We can't keep up with the calls" under "What's not working?" is how it is)
    if persona and (unable := _UNABLE_RE.match(said)) and _verb(unable.group("verb")):
        rest = as_theirs(as_people(unable.group("rest").rstrip(" ,")))
        return f"{who} should be able to {unable.group('verb').lower()}{rest}."
    if quoted := _ATTRIBUTED_RE.match(said):
        said = quoted.group("said")
        role = quoted.group("who").split(",")[0].strip().lower()
        if role.split() and role.split()[-1] in ROLE_WORDS:
            who = f"{role[:1].upper()}{role[1:]}s"  # "member" -> "Members"
    chore = _HAVE_TO_RE.match(said.strip())
    if chore is None or not _verb(chore.group("verb")) or chore.group("verb").lower() in _OBLIGED:
        return None  # "We have to comply with GDPR" binds, whatever list it is in
    return f"{who} should not need to {chore.group('verb').lower()}{as_theirs(as_people(chore.group('rest').rstrip(' ,')))}."
