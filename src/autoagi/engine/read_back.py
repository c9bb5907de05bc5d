"""A summary read back to the other side ("Just to confirm what we agreed: …", "So to summarise: …")
and their confirmation ("Yes, that's all correct"): the wording that e-mail ingest (which keeps a
quoted summary the reply confirms) and the analysis (which reads its items) share."""

from __future__ import annotations

import re

RECAP_LEAD_RE = re.compile(
    r"^\W*(?:(?:so|ok(?:ay)?|right|great)[,\s]+)?(?:"
    r"(?:so\s+)?to\s+(?:summari[sz]e|sum\s+(?:it\s+|that\s+)?up|recap)|in\s+summary|"
    r"just\s+to\s+(?:confirm|recap|check|play\s+(?:that|it)\s+back)|"
    r"let\s+me\s+(?:recap|summari[sz]e|sum\s+up|play\s+(?:that|it)\s+back|read\s+(?:that|it)\s+back)|"
    r"if\s+I\s+(?:understand|understood|heard)\s+(?:(?:you|that|this|it)\s+)?(?:correctly|right)|"
    r"what\s+I['’]m\s+hearing\s+is(?:\s+that)?|"
    # "So far I have:", "Here's what I've got so far:": the notes put to the client to add to or change
    r"so\s+far\s+I(?:['’]ve|\s+have)(?:\s+got)?|here['’]?s\s+what\s+I(?:['’]ve|\s+have)(?:\s+got|\s+noted)?(?:\s+so\s+far)?"
    r")"
    # "… what we agreed", "… our call", "… today's meeting": what is summed up
    r"(?:\s+(?:what\s+we\s+(?:agreed|discussed|said|decided)(?:\s+(?:today|on\s+the\s+call|earlier))?|"
    r"(?:our|the|today['’]s|this\s+morning['’]s|yesterday['’]s)\s+(?:call|meeting|chat|conversation|discussion)))?"
    r"\s*(?:[:,–—-]\s*|\s+|$)",
    re.I,
)
CONFIRMED_RE = re.compile(
    r"^\W*(?:yes|yeah|yep|yup|exactly|correct|that['’]s\s+(?:all\s+)?(?:right|it|correct|everything)|spot\s+on|"
    r"absolutely|perfect|sounds\s+(?:right|good)|you['’]ve\s+got\s+it|(?:all|everything)(?:['’]s|\s+is)?\s+"
    r"(?:correct|right)|I\s+can\s+confirm|confirmed|looks\s+(?:right|good))\b",
    re.I,
)
# "Hi Tom, all correct!": the greeting before the answer
_GREETING_RE = re.compile(
    r"^\W*(?:hi|hello|hey|dear|morning|good\s+(?:morning|afternoon))\b[^,.!\n]{0,40}[,.!]?\s*", re.I
)


# a topic's verdict in notes by a mark: "online booking: ✓", "loyalty: n"
TICK = r"y|✓|✔|✅"
CROSS = r"n|✗|✘|❌|x"
# "Thinking about it more, forget the photo feed for now": one point of what was put to them taken off
TAKE_OFF_LEAD = (
    r"^\W*(?:(?:thinking\s+about\s+it(?:\s+(?:more|again))?|on\s+second\s+thoughts?|actually|ok(?:ay)?|so|and|also|oh)[\s,]+)*"
    r"(?:let['’]s\s+|we\s+can\s+|you\s+can\s+)?(?:forget|drop|skip|scrap|ditch|leave\s+out)\s+(?:about\s+)?"
)
_TAKES_OFF_RE = re.compile(TAKE_OFF_LEAD + r"(?:the|that|our)\s+\w", re.I)


def takes_off(text: str) -> bool:
    """ "Forget the photo feed for now": the reply changes what was put to them, and leaves the rest."""
    return _TAKES_OFF_RE.match(_GREETING_RE.sub("", text, count=1)) is not None


def confirms(text: str) -> bool:
    """ "Yes, that's all correct.", "Hi Tom, all correct!": the words agree with what was put to them."""
    return CONFIRMED_RE.match(_GREETING_RE.sub("", text, count=1)) is not None


# "No.", "Not for now.", "Maybe later": a point put to them, declined (the analysis reads what follows)
DECLINED_LEAD = (
    r"^\W*(?:no|nope|not\s+really|not\s+(?:for\s+)?now|not\s+yet|not\s+at\s+the\s+moment|maybe\s+later|later|"
    r"(?:let['’]?s\s+)?(?:leave|park|skip)\s+(?:that|it)(?:\s+for\s+now)?|not\s+(?:needed|necessary|a\s+priority)|"
    r"(?:we|i)\s+don['’]t\s+(?:need|want)\s+(?:that|it|one)|(?:i\s+)?don['’]t\s+think\s+(?:so|we\s+need\s+(?:that|it|one))|"
    r"probably\s+not|not\s+for\s+(?:us|launch|the\s+first\s+version)|no\s+need)"
)
_DECLINED_RE = re.compile(DECLINED_LEAD + r"\b", re.I)
# "Sure.", "Great idea, let's do that.": a point put to them, agreed to
AGREED = (
    r"(?:yes|yeah|yep|yup|sure|definitely|absolutely|of\s+course|please\s+do|go\s+for\s+it|"
    r"(?:great|good|nice|brilliant|lovely)\s+idea|sounds\s+(?:good|great|perfect|fine)|"
    r"let['’]?s\s+(?:do|have|add)\s+(?:that|it|one))"
)
_AGREED_RE = re.compile(rf"^\W*{AGREED}\b", re.I)


def answers_yes_or_no(text: str) -> bool:
    """ "Yes, let's do that.", "Not for now.": a reply that settles the point quoted above it."""
    text = REVIEWER_TAG_RE.sub("", _GREETING_RE.sub("", text, count=1), count=1)  # "[HP] Fine."
    return (
        confirms(text)
        or _DECLINED_RE.match(text) is not None
        or _AGREED_RE.match(text) is not None
        or _FINE_RE.match(text) is not None
    )


# "[HP] Yes, …": a reviewer's initials before their comment
REVIEWER_TAG_RE = re.compile(r"^\s*\[[A-Za-z]{1,4}\]\s*[:–—-]?\s*")
_FINE_RE = re.compile(r"^\W*(?:fine|ok(?:ay)?|agreed|good|correct)\W*$", re.I)
