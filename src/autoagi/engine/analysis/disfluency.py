"""Spoken fillers ("um", "uh", ", you know,", ", like,") and a chat's emoji that a transcript keeps
and an analyst's statement leaves out. The source span still quotes what was said."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter

# hesitation sounds, wherever they are
_HESITATIONS = r"u+m+|u+h+|e+r+m*|h+m+|a+h+"
_HESITATION_RE = prefilter.compile(rf"(?<!\S)(?:{_HESITATIONS})\b[,.]?\s*", re.IGNORECASE)  # after a space or first
# a filler phrase set off by commas: "it needs to be, like, really fast"
_PARENTHETICAL_RE = re.compile(
    r",\s*(?:like|you\s+know|i\s+mean|kind\s+of|sort\s+of|basically|honestly|obviously|really|"
    rf"{_HESITATIONS})\s*,\s*",
    re.IGNORECASE,
)
# "..., obviously.": an afterthought that adds nothing to what is asked
_TRAILING_FILLER_RE = re.compile(
    r",\s*(?:obviously|basically|honestly|really|you\s+know|i\s+mean|of\s+course)\s*(?=[.!]?\s*$)", re.IGNORECASE
)
_TRAILING_BARE_FILLER_RE = re.compile(r"\s+(?:obviously|of\s+course)(?=[.!]?\s*$)", re.I)  # "… happening obviously."
# "So, basically the main thing is, patients need …": openers before the point
_OPENER_WORDS = r"(?:so|well|okay|ok|oh|right|yeah|yes|and|also|plus|basically|honestly|obviously|actually|i\s+mean)"
_OPENER_RE = re.compile(
    rf"^(?:{_OPENER_WORDS}\b\s*[,.!]*\s*)*"
    r"(?:(?:the\s+)?(?:main|big|key|first|most\s+important|other)\s+thing\s+is\s*,?\s*(?:that\s+)?)?",
    re.IGNORECASE,
)
# "Allergens must be shown on every dish 👍": pictographs, dingbats, their variation selectors and joiners
_EMOJI_RE = re.compile(r"\s*[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0F\u200D]+")
# a chat's asides: "nobody outside the school should see kids' names btw, safeguarding"
_CHAT_ASIDE_RE = re.compile(r"^(?:btw|tbh|fyi|imo|imho)\b[,:]?\s*|\s*\b(?:btw|tbh|fyi|imo|imho|lol)\b", re.IGNORECASE)
_ASIDE_WORDS = (
    "btw",
    "tbh",
    "fyi",
    "imo",
    "lol",
    "BTW",
    "TBH",
    "FYI",
    "IMO",
    "Btw",
    "Fyi",
)  # found by a plain look first
# a chat message's greeting and its "quick one before the workshop -"
_CHAT_LEAD_RE = re.compile(
    r"^(?:(?:good\s+)?(?:morning|afternoon|evening)|hi|hey|hello|hiya)(?:\s+(?:all|everyone|team|guys|both))?\s*[!,.]+\s*"
    r"(?:(?:quick|one\s+more|another|small)\s+(?:one|question|thing|point|note)\b[^-–—:]{0,40}?\s*[-–—:]\s*)?|"
    r"^(?:quick|one\s+more|another|small)\s+(?:one|question|thing|point|note)\b[^-–—:]{0,40}?\s*[-–—:]\s*|"
    # a review's praise before what it asks for: "Love it but please add Apple Watch support"
    r"^(?:i\s+)?(?:love|like|enjoy)\s+(?:it|the\s+app|this\s+app)[,!.]*\s+but\s+",
    re.IGNORECASE,
)
_OPENS_WITH_FILLER_RE = re.compile(rf"{_OPENER_WORDS}\b", re.IGNORECASE)
_THING_IS_RE = prefilter.compile(r"\bthing\s+is\b", re.IGNORECASE)
_SPACES_RE = re.compile(r"[ \t]{2,}")
_SPACE_BEFORE_PUNCTUATION_RE = re.compile(r"[ \t]+(?=[,.;:!?](?:\s|$))")


def without_emoji(text: str) -> str:
    return _EMOJI_RE.sub("", text)


# "On your question about cancellations - members can cancel …": which question it answers
_ANSWER_LEAD_RE = re.compile(
    r"^(?:on|re|about|regarding|as\s+for|to\s+answer)\s+(?:your|the)\s+question\s+(?:about|on|re)\s+"
    r"[^,:;–—-]{1,40}?\s*(?:\s-|[–—:,])\s*(?=\S)",
    re.IGNORECASE,
)


def _may_hold_fillers(text: str) -> bool:
    """A quick look for any filler `without_fillers` removes; one combined pattern was slower."""
    return bool(
        _OPENS_WITH_FILLER_RE.match(text)
        or _HESITATION_RE.search(text)
        or ("," in text and (_PARENTHETICAL_RE.search(text) or _TRAILING_FILLER_RE.search(text)))
        or _TRAILING_BARE_FILLER_RE.search(text)
        or _THING_IS_RE.search(text)
        or (not text.isascii() and _EMOJI_RE.search(text))
        or any(word in text for word in _ASIDE_WORDS)
    )


def without_fillers(text: str) -> str:
    """The sentence without hesitations, comma-set filler phrases and the openers before its point."""
    if answer := _ANSWER_LEAD_RE.match(text):
        text = text[answer.end() :]
        text = text[:1].upper() + text[1:]
    if (lead := _CHAT_LEAD_RE.match(text)) and len(text[lead.end() :].split()) >= 3:
        text = text[lead.end() :]  # "morning! quick one before the workshop - the trustees want …"
    if not _may_hold_fillers(text):
        return text  # most sentences
    cleaned = _CHAT_ASIDE_RE.sub("", _EMOJI_RE.sub("", text))
    cleaned = _TRAILING_BARE_FILLER_RE.sub("", _TRAILING_FILLER_RE.sub("", cleaned))
    cleaned = _HESITATION_RE.sub("", _PARENTHETICAL_RE.sub(" ", cleaned))
    opener = _OPENER_RE.match(cleaned)
    if opener and opener.end() and len(cleaned[opener.end() :].split()) >= 3:
        cleaned = cleaned[opener.end() :]
    if cleaned == text:
        return text  # nothing was said twice over: keep the author's spacing
    cleaned = _SPACE_BEFORE_PUNCTUATION_RE.sub("", _SPACES_RE.sub(" ", cleaned)).strip()
    return cleaned[:1].upper() + cleaned[1:] if cleaned and text[:1].isupper() else cleaned


# "I don't think we need direct debit": a doubt that says "we don't need it", less sure of itself
_DOUBT_RE = re.compile(
    r"^(?:(?:honestly|frankly|to\s+be\s+honest|personally)[,\s]+)?(?:i|we)\s+(?:don['’]t|do\s+not)\s+"
    r"(?:really\s+)?(?:think|reckon|believe|feel\s+like)\s+(?:that\s+)?(?P<who>we|you|they)\s+(?:really\s+)?"
    r"(?P<verb>need|want|have\s+to)\b",
    re.IGNORECASE,
)


def without_doubt(text: str) -> str:
    """ "I don't think we need direct debit, …" -> "We don't need direct debit, …"."""
    doubt = _DOUBT_RE.match(text)
    if doubt is None:
        return text
    return f"{doubt.group('who').capitalize()} don't {doubt.group('verb').lower()}{text[doubt.end() :]}"


# "If fully booked let people join a waitlist": a spoken condition runs into its instruction
_UNMARKED_CASE_RE = re.compile(
    r"^(?P<case>(?:if|when|whenever|once)\s+(?:[\w'’-]+\s+){1,5}?)(?=(?:please\s+)?(?:let|send|show|offer|add|give|text|"
    r"email|e-mail|notify|tell|move|put|ask|remind|warn)\s+(?:people|them|him|her|us|me|the|a|an|everyone|customers|"
    r"members|clients|patients|staff|parents|guests)\b)",
    re.I,
)


def with_case_marked(text: str) -> str:
    """ "If fully booked let people join a waitlist" -> "If fully booked, let people join a waitlist"."""
    case = _UNMARKED_CASE_RE.match(text)
    return f"{case.group('case').rstrip()}, {text[case.end() :]}" if case else text
