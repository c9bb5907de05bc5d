"""A help desk ticket's subject line as the requirement it asks for: "Can't reset password" (users
must be able to reset their password), "App very slow in the evenings" (the app must respond
quickly in the evenings), "Lost my basket each time" (the basket must not be lost), "Dark mode?"
(the system should support a dark mode). The ticket's description is the story behind it."""

from __future__ import annotations

import re

from autoagi.engine.analysis.words import CANNOT, DEFECT_VERBS, as_theirs, lower_first, names_only_a_problem

# "Re: ", "Feature request: ", "Bug - ": what kind of ticket it is, not what it asks
_LABEL_RE = re.compile(
    r"^(?:(?:re|fw|fwd)\s*:\s*)*(?:(?:help|urgent|hi|hello)\s*[!:,.-]+\s*)?(?:(?:feature\s+request|request|suggestion|idea|enhancement|bug(?:\s+report)?|"
    r"issue|problem)\s*(?::|[-–—]\s)\s*)?",
    re.IGNORECASE,
)
# "Hello", "Quick question", "Issue with my account": the subject names no request; the story may
_SAYS_NOTHING_RE = re.compile(
    r"^(?:hi|hello|hey|help|thanks|thank\s+you|urgent|(?:quick\s+|a\s+)?(?:question|query|enquiry|inquiry)|complaint|"
    r"feedback|info(?:rmation)?|issue|problem|request|support|account|order\s+#?\d+|booking\s+#?\d+|"
    r"(?:refund|cancellation|invoice|receipt|password\s+reset|account\s+deletion)\s+(?:request|query|question))\b",
    re.IGNORECASE,
)
_TRAILING_RE = re.compile(r"(?:[\s,]+(?:please|pls|plz|asap|urgent))*[\s!?.]*$", re.IGNORECASE)
_ANY_CHANCE_RE = re.compile(
    r"^(?:any\s+chance\s+of|can\s+(?:we|you|i)\s+(?:have|get)|could\s+(?:we|you|i)\s+(?:have|get)|"
    r"how\s+about|what\s+about|would\s+love|we\s+need|need)\s+",
    re.IGNORECASE,
)

# "Can't reset password", "Unable to log in on Android": what users must be able to do
_CANNOT_RE = re.compile(rf"^(?:(?:i|we|users?|customers?|members?)\s+)?{CANNOT}\s+(?P<what>[a-z].*)$", re.IGNORECASE)
# what a user owns: "reset password" is their password
_OWN_THINGS = frozenset(
    {"password", "account", "profile", "details", "address", "basket", "cart", "booking", "bookings", "order",
     "orders", "subscription", "membership", "invoice", "invoices", "receipt", "receipts", "history", "photo",
     "photos", "card", "payment", "payments", "settings", "data"}
)  # fmt: skip
# "App very slow in the evenings", "Timetable slow to load", "Checkout is really slow"
_SLOW_RE = re.compile(
    r"^(?P<what>(?:the\s+)?[a-z][\w-]*(?:\s+(?!(?:is|are|gets?|getting|very|really|so|too|super|extremely)\b)[a-z][\w-]*)?)"
    r"\s+(?:is\s+|are\s+|gets?\s+|getting\s+)?(?:very\s+|really\s+|so\s+|too\s+|super\s+|extremely\s+)?(?:slow|laggy|sluggish)(?P<load>\s+to\s+load)?(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)
# "Lost my basket each time", "Basket emptied when I switch to the app", "My notes disappeared"
_LOST_RE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:lost|lose|losing|keep\s+losing)\s+(?:my|our|the|all\s+(?:my|our|the))\s+"
    r"(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)(?P<rest>\s+(?:when|if|after|on|in)\b.*)?(?:\s+(?:each|every)\s+time)?$",
    re.IGNORECASE,
)
_GONE_RE = re.compile(
    r"^(?:my\s+|our\s+|the\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:is\s+|are\s+|gets?\s+|keeps?\s+)?"
    r"(?:emptied|empty|lost|disappear(?:s|ed|ing)?|vanish(?:es|ed|ing)?|wiped|cleared|deleted)(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)
# "Password reset email never arrives", "Booking confirmation not sent", "Receipt not received"
_NOT_SENT_RE = re.compile(
    r"^(?:the\s+|my\s+|no\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s+(?:is\s+|was\s+|are\s+|were\s+)?"
    r"(?:never|not|isn['’]t|wasn['’]t|aren['’]t|doesn['’]t|didn['’]t)\s+(?:being\s+)?"
    r"(?P<verb>arriv(?:e|es|ed|ing)|sent|sending|received|coming\s+through|delivered)(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)
# "Login not working", "Search broken on iPad", "Timetable doesn't load on Android 10"
_BROKEN_RE = re.compile(
    r"^(?:the\s+|my\s+|our\s+)?(?P<what>[a-z][\w\"'“”‘’-]*(?:\s+[a-z][\w\"'“”‘’-]*){0,3}?)\s+"
    rf"(?:is\s+|are\s+)?(?:not\s+(?P<ing>{DEFECT_VERBS})ing|(?:doesn['’]t|does\s+not|don['’]t|won['’]t|will\s+not)\s+"
    rf"(?P<verb>{DEFECT_VERBS})|broken|fails|failing|stopped\s+working)(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)
# "App crashes when uploading photos"
_CRASHES_RE = re.compile(
    r"^(?:the\s+)?(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:keeps\s+)?(?P<verb>crash(?:es|ing)?|freez(?:es|ing)|hangs)"
    r"(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)
# "Didn't get receipt", "Never received my invoice"
_NOT_GOT_RE = re.compile(
    r"^(?:(?:i|we)\s+)?(?:didn['’]t|did\s+not|never|haven['’]t|have\s+not)\s+(?:get|got|received?|had)\s+"
    r"(?P<what>(?:(?:a|an|the|my|our|any)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)(?P<rest>\s+(?:for|after|when|from)\b.*)?$",
    re.IGNORECASE,
)
# "Charged twice for one order", "Double charged"
_CHARGED_TWICE_RE = re.compile(
    r"^(?:(?:i\s+was|we\s+were|got|been|why\s+(?:was|were|am|are)\s+(?:i|we))\s+)?(?:double[\s-]charged|charged\s+twice)(?P<rest>\s+.*)?$",
    re.IGNORECASE,
)


_REQUEST_LABEL_RE = re.compile(r"^(?:feature\s+request|request|suggestion|idea|enhancement)\s*(?::|[-–—]\s)", re.I)


def plain_subject(subject: str) -> str:
    """ "Feature request: export to Excel please" -> "export to Excel": what the subject asks, without
    the ticket's kind and the courtesy."""
    said = _LABEL_RE.sub("", " ".join(subject.split()), count=1)
    return _TRAILING_RE.sub("", re.sub(r"^(?:please|pls|plz)[\s,]+", "", said, flags=re.I))


# "Add Apple Pay", "Support Google Pay", "Integrate with Xero": a feature asked for by name
_ADD_RE = re.compile(r"^(?:add|support|allow|enable|integrate\s+with|accept)\s+(?P<what>[A-Za-z].{1,60})$", re.I)
# "Option to pause membership", "Ability to export invoices": what users want to be able to do
_OPTION_TO_RE = re.compile(r"^(?:an?\s+|the\s+)?(?:option|ability|way|possibility)\s+to\s+(?P<what>[a-z].+)$", re.I)
# "Can I change my email address?": what the customer wants to be able to do
_CAN_I_RE = re.compile(r"^(?:how\s+)?can\s+(?:i|we)\s+(?P<what>[a-z].+)$", re.I)
# "Wrong price shown for kids classes": the right one must be
_WRONG_RE = re.compile(
    r"^(?:the\s+)?wrong\s+(?P<what>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<verb>shown|displayed|charged|sent|listed|calculated)"
    r"(?P<rest>\s+.*)?$",
    re.I,
)


def says_nothing(subject: str) -> bool:
    """ "Hello", "Question about my membership": a subject that asks for nothing by its words."""
    return _SAYS_NOTHING_RE.match(plain_subject(subject)) is not None


def subject_statement(subject: str) -> str | None:
    """The requirement a ticket's subject asks for, or None when it reads as none of these."""
    said = plain_subject(subject)
    asked = subject.rstrip().endswith("?")
    if not said:
        return None
    if cannot := _CANNOT_RE.match(said):
        return f"Users must be able to {_their(cannot.group('what'))}."
    if slow := _SLOW_RE.match(said):
        verb = "load" if slow.group("load") else "respond"
        return f"{_the(slow.group('what'))} must {verb} quickly{_rest(slow)}."
    if lost := _LOST_RE.match(said) or _GONE_RE.match(said):
        return f"{_the(lost.group('what'))} must not be lost{_rest(lost)}."
    if unsent := _NOT_SENT_RE.match(said):
        said_verb = unsent.group("verb").lower()
        verb = "be sent" if said_verb.startswith("sen") else "be delivered" if said_verb == "delivered" else "arrive"
        return f"{_the(unsent.group('what'))} must {verb}{_rest(unsent)}."
    if broken := _BROKEN_RE.match(said):
        verb = (broken.group("verb") or broken.group("ing") or "work").lower()
        return f"{_the(broken.group('what'))} must {verb}{_rest(broken)}."
    if crashes := _CRASHES_RE.match(said):
        verb = {"c": "crash", "f": "freeze", "h": "hang"}[crashes.group("verb")[0].lower()]
        return f"{_the(crashes.group('what'))} must not {verb}{_rest(crashes)}."
    if missing := _NOT_GOT_RE.match(said):
        what = re.sub(r"^(?:the|my|our|any)\s+", "", missing.group("what"), flags=re.IGNORECASE)
        what = what if re.match(r"(?:a|an)\s", what, re.IGNORECASE) or what.endswith("s") else f"their {what}"
        return f"Users must receive {what}{_rest(missing)}."
    if twice := _CHARGED_TWICE_RE.match(said):
        return f"Customers must not be charged twice{_rest(twice)}."
    if wrong := _WRONG_RE.match(said):
        return f"The correct {lower_first(wrong.group('what'))} must be {wrong.group('verb').lower()}{_rest(wrong)}."
    if names_only_a_problem(said):  # "Duplicate emails": what must not happen
        return f"The system must not allow {lower_first(said)}."
    if added := _ADD_RE.match(said):
        return f"The system should support {added.group('what')}."
    if option := _OPTION_TO_RE.match(said):
        return f"Users should be able to {_their(option.group('what'))}."
    if asked and (can := _CAN_I_RE.match(said)):
        return f"Users should be able to {_their(can.group('what'))}."
    if asked and (chance := _ANY_CHANCE_RE.match(said)):
        said = said[chance.end() :]  # "Any chance of a dark mode?": the thing asked for
    # "Dark mode?", "Feature request: waiting list for full classes": a thing asked for by name
    return _requested(said) if asked or _REQUEST_LABEL_RE.match(subject.strip()) else None


def _requested(thing: str) -> str | None:
    """ "Dark mode?", "A waiting list?": a thing asked for by name."""
    words = thing.split()
    if not words or len(words) > 8 or not all(w[:1].isalpha() for w in words):
        return None
    if words[0].lower() in {"why", "how", "when", "where", "who", "what", "is", "are", "do", "does", "can", "will"}:
        return None  # "Why was I charged?" asks something, it requests nothing
    thing = thing if words[0].lower() in {"a", "an", "the"} else f"a {lower_first(thing)}"
    return f"The system should support {thing}."


def _their(what: str) -> str:
    """ "reset password" -> "reset their password"; "see my bookings" -> "see their bookings"."""
    what = as_theirs(what)
    words = what.split(maxsplit=2)
    if len(words) >= 2 and words[1].lower() in _OWN_THINGS:
        return " ".join([words[0], "their", *words[1:]])
    return what


def _the(what: str) -> str:
    """ "App" -> "The app", "my basket" -> "The basket": a subject line names its thing bare."""
    what = re.sub(r"^(?:the|my|our)\s+", "", what.strip(), flags=re.IGNORECASE)
    return f"The {lower_first(what)}"


def _rest(match: re.Match[str]) -> str:
    rest = (match.group("rest") or "").rstrip(" .")
    rest = re.sub(r"\s+(?:each|every)\s+time$", "", rest, flags=re.IGNORECASE)
    return as_theirs(rest)
