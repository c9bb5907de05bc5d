"""MoSCoW priority from the words the client used; the cue is kept so a reviewer sees why."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.disfluency import without_doubt
from autoagi.engine.analysis.sections import ESSENTIALS
from autoagi.engine.analysis.words import (
    DEFECT_VERBS,
    NOT_A_THING,
    PRAISE_WORDS,
    PROBLEM,
    PRODUCT_DOINGS,
    THING_NEEDS_ONE,
    UNWANTED_LEAD,
)
from autoagi.engine.artifacts import Priority

# Explicit labels win over modal verbs: "Nice to have: the system shall ..." is a could.
# "No app store app for now": something the client rules out of this release
NOT_NOW_RE = re.compile(
    r"^\W*(?:(?:so|and|but|also|oh|ok|okay)[\s,]+)*no\s+(?!one\b|way\b|problem\b|idea\b|worries\b)[\w -]{2,40}?\s+"
    r"(?:for\s+now|yet|(?:in\s+)?this\s+(?:time|year|phase|release|round|version)|"
    # "No native app in phase 1", "no loyalty scheme at launch"
    r"(?:in|for|at)\s+(?:the\s+)?(?:phase\s+(?:1|one|i)|v1|mvp|first\s+(?:version|release|phase)|launch|go-?live))\b",
    re.IGNORECASE,
)
# "We're not bothered about a mobile app", "I'm not fussed about reports"
NOT_WANTED = (
    r"(?:\b(?:we['’]re|i['’]m|we\s+are|i\s+am)\s+|^\W*)(?:really\s+)?not\s+(?:bothered|fussed|worried|interested)\s+"
    r"(?:about|in)\b"
)  # ("Not bothered about a forum.": a note's way of saying it)
WONT_RE = prefilter.compile(  # split: its "No X for now" branch opens a statement
    r"\bwon['’]?t[\s-]have\b|" + NOT_WANTED + "|"
    # "we don't want to take payment online yet"
    r"\b(?:don['’]t|do\s+not)\s+(?:want|need)\s+(?:to\s+)?[\w\s-]{1,40}?\s+(?:yet|for\s+now|in\s+(?:the\s+)?first\s+"
    r"(?:version|release|phase))\b|\bout\s+of\s+scope\b|\bnot\s+in\s+scope\b|\bbut\s+not\s+(?:yet|now|right\s+now)\b|\bnot\s+(?:in|for)\s+(?:this|the\s+first|v1|mvp|phase\s+1)"
    r"(?:\s+(?:release|version|phase|iteration|sprint))?\b|\b(?:later|future|next)\s+(?:phase|release|version)\b|"
    # "we don't want cash in the app", "we don't need a loyalty scheme": a thing not wanted at all
    + UNWANTED_LEAD
    + NOT_A_THING
    + rf"(?!{PROBLEM})"  # "we don't want double bookings": to prevent, below
    + r"(?!(?:the\s+|our\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\b)(?:an?\s+|any\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,4}?"
    r"(?:\s+(?:in|on)\s+(?:the|our)\s+\w+)?[\s.!]*$|"
    # "not for launch", "after go-live", "post-launch"
    r"\bnot\s+(?:for|at|in\s+time\s+for)\s+(?:the\s+)?(?:launch|go-?live|opening)\b|"
    r"\b(?:after|post-?)\s*(?:the\s+)?(?:launch|go-?live)\b|"
    r"\bphase\s+(?:2|two|ii)\b|\bdeferred\b|\bpostponed?\b|\bnot\s+(?:needed|required)\s+(?:now|yet|for\s+now)\b|"
    + NOT_NOW_RE.pattern,
    re.IGNORECASE,
)


_EXPLICIT: list[tuple[Priority, prefilter.Pattern]] = [
    ("wont", WONT_RE),
    (
        "must",
        prefilter.compile(
            # "but that's not essential" says the opposite (a could, below)
            r"\bmust[\s-]have\b|(?<!not\s)(?:\bmandatory\b|\bessential\b|\bcritical\b|\bcrucial\b)|\bnon[\s-]negotiable\b|"
            r"\b(?:top|highest|high)\s+priority\b|\bpriority\s*[:=]?\s*(?:high|1|p1)\b|\bblocker\b|\bshow[\s-]?stopper\b|"
            r"\babsolutely\b|\bdeal[\s-]?breaker\b|\b(?:is|are)\s+(?:now\s+)?in\s+scope\b|"  # a decision: "… are in scope for phase 1"
            # "GDPR obviously.", "Secure, of course": a given
            r"(?:,|\s)\s*(?:obviously|of\s+course)\s*[.!]?$|"
            # "the most important thing for us is …", "our main priority"
            r"\b(?:is|are|['’]s)\s+(?:the\s+)?(?:single\s+)?most\s+important\b|"
            r"\b(?:most\s+important|main|biggest|number\s+one|top)\s+(?:thing|priority|requirement|need|feature|ask|goal)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "could",
        prefilter.compile(
            # "optional" of the whole requirement, not of one item in a list ("and, optionally, its chip number")
            r"\bcould[\s-]have\b|\bnice[\s-]to[\s-]have\b|^\W*optional(?:ly)?\b|\b(?:is|are|be)\s+optional\b|"
            r"\bnot\s+(?:essential|critical|crucial|mandatory|urgent|a\s+must|a\s+priority)\b|"
            r"\boptional\s*:|\bif\s+(?:possible|time\s+permits)\b|"
            rf"\b(?:would|'d|’d)\s+be\s+(?:really\s+|so\s+)?{PRAISE_WORDS}\b|\bideally\b|\bbonus\b|"
            r"^\W*(?:an?|some)\s+[\w -]{2,40}?\s+would\s+(?:really\s+)?help\b|"  # "A reminder would help"
            r"\b(?:low|lowest)\s+priority\b|\bpriority\s*[:=]?\s*(?:low|3|p3)\b|\beventually\b|\bsome\s+day\b",
            re.IGNORECASE,
        ),
    ),
    (
        "should",
        prefilter.compile(
            r"\bshould[\s-]have\b|\b(?:medium)\s+priority\b|\bpriority\s*[:=]?\s*(?:medium|2|p2)\b|\bimportant\b|"
            r"\b(?:keep|keeps)\s+asking\b",
            re.IGNORECASE,
        ),
    ),
]
_MODAL: list[tuple[Priority, prefilter.Pattern]] = [
    (
        "must",
        prefilter.compile(
            r"\bshall\b|\bmust\b|\bmustn['’]t\b|\bcannot\b|\bcan['’]t\b|\bhas\s+to\b|(?<!\bwhy\sdo\si\s)(?<!\bwhy\sdo\swe\s)\bhave\s+to\b|(?<!\bnot\s)(?<!n't\s)(?<!n’t\s)\bneeds?\s+to\b|\b(?:is|are)\s+required\b|"
            r"\brequired\s+to\b|\bgot\s+to\b|\brequires?\b|\bwe(?:['’]d|\s+would)?\s+(?:really\s+|also\s+|definitely\s+|absolutely\s+)?need\b|"
            # "customers need access to their history"
            r"^\W*(?:(?:also|and|so|oh)[\s,]+)*(?:the\s+|our\s+)?(?:[\w-]+\s+)?(?:users?|customers?|clients?|staff|members?|team|"
            r"department|managers?|admins?)\s+(?:really\s+|also\s+)?needs?\s+(?!to\b)|"
            # "the committee needs a list of unpaid plots": what a named group needs binds
            r"^\W*(?:(?:also|and|so|oh)[\s,]+)*(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+needs\s+(?:an?|the|some|more|access)\b|\bmake\s+sure\b|\bensure\b|"
            # "The engineers need the job details on their phone": what a group of people needs binds too
            r"^\W*(?:(?:also|and|so|oh)[\s,]+)*(?:the\s+|our\s+)?(?:[\w-]+\s+)?[a-z][\w-]*s\s+(?:really\s+|also\s+)?need\s+"
            r"(?:an?|the|their|some|more|access)\b|"
            # "Every order needs a unique reference number"
            rf"^\W*(?:(?:also|and|plus|oh)[\s,]+)*{THING_NEEDS_ONE}|"
            # a crash, or being logged out, reported by users: what is broken must work
            r"^\W*(?:it\s+|the\s+app\s+)?(?:crashes|freezes|keeps\s+crashing)\s+(?:every\s+time|when|whenever)\b|"
            r"\blogged\s+(?:me|us)\s+out\b|"
            # a fault reported: what is broken must work ("the export button doesn't work on Safari")
            rf"\b(?:doesn['’]t|does\s+not|won['’]t|isn['’]t|is\s+not)\s+{DEFECT_VERBS}(?:s|ing)?\b|"
            # "no one else may see the budget": a prohibition, however softly put
            r"^\W*(?:(?:and|but|also|so)\s+)?(?:no\s+one|nobody)\s+(?:else\s+|(?:outside|from|except|other\s+than)\s+"
            r"(?:the\s+|our\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+)?(?:may|can|could|should)\b|"
            # "we don't want customers to see each other's orders": what must not happen
            r"\b(?:don['’]t|do\s+not)\s+want\s+(?!to\b)(?:the\s+|our\s+|all\s+)?[\w-]+(?:\s+[\w-]+)?\s+to\s+\w|"
            # "we don't want double bookings": what must be prevented
            rf"\b(?:don['’]t|do\s+not)\s+want\s+{PROBLEM}|"
            # "please no pop-ups", "no pop-ups please": a prohibition
            r"^\W*(?:(?:and|but|also|oh)[\s,]+)?(?:please|pls)\s+no\b|^\W*no\s+[^.;,]{2,80}?,?\s+please\W*$|"
            # a prohibition given as an instruction: "please don't book it automatically", "Never ..."
            r"(?:^\W*|\b(?:please|pls|plz)\s+|:\s*)(?:don['’]t|do\s+not|never)(?=\s+(?!worry|mind|know|think|care|you\b|we\b|i\b)\w)",
            re.IGNORECASE,
        ),
    ),
    (
        "should",
        re.compile(
            r"\bshould\b|\bshouldn['’]t\b|\bwill\b|\b(?:would|'d|’d)\s+(?:like|love|prefer)\b|\bwants?\b|\bexpects?\b|\bagreed\b|"
            r"\bdecided\b",
            re.IGNORECASE,
        ),
    ),
    # "May" inside a sentence is the month ("before the branch opens in May")
    (
        "could",
        prefilter.compile(
            r"(?-i:\b(?:may|MAY)\b)|^\W*may\b|^\W*how\s+might\s+we\b|\bcould\b|\bmight\b|\bcan\s+(?:we|you)\b|\bcan\s+it\b(?=[^?]*\?\s*$)|"
            r"^\W*can\s+(?:the\s+|our\s+)?[a-z]+s\s+[a-z][^?]*\?\s*$|"  # "Can carers book on behalf of a patient?"
            # "Can the timetable show which teacher is taking each class?"
            rf"^\W*can\s+(?:the|our)\s+[\w-]+(?:\s+[\w-]+)?\s+{PRODUCT_DOINGS}\b(?=[^?]*\?\s*$)",
            re.IGNORECASE,
        ),
    ),
]


_LABEL_MOSCOW: list[tuple[Priority, re.Pattern[str]]] = [
    (
        "wont",
        re.compile(
            r"^(?:won['’]?t|wont|w)\b|^(?:out\s+of\s+scope|later|future|not\s+(?:for\s+)?now|not\s+(?:needed|required)|parked|"
            r"dropped|scrapped|removed|cut|descoped|de-scoped|on\s+hold|"
            r"phase\s+(?:2|two))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "must",
        re.compile(
            # a "Priority (1-3)" cell's "1": first
            r"^(?:must|m|high|p[01]|critical|essential|1(?![\d.,])|the\s+(?:big|main)\s+one|the\s+main\s+thing|most\s+important|"
            r"top\s+priority|number\s+one|[\w'’ -]{1,40}?\s+(?:matters|counts)\s+most)\b",  # "Safeguarding matters most"
            re.IGNORECASE,
        ),
    ),
    ("should", re.compile(r"^(?:should|s|medium|p2|important|2(?![\d.,]))\b", re.IGNORECASE)),
    ("could", re.compile(r"^(?:could|c|low|p3|nice(?:[\s-]to[\s-]have)?|optional|3(?![\d.,]))\b", re.IGNORECASE)),
]
# "X must be possible later, but it is not in phase 1": the deferral is about the feature, the
# modal clause on the other side of the contrast is the requirement.
_CONTRAST_RE = re.compile(r"[,;–—]?\s+\b(?:but|although|though|however|yet)\b", re.IGNORECASE)


def label_level(label: str | None) -> Priority | None:
    """The level a priority cell or line label names ("Must", "M", "High", "Nice to have"), or None."""
    said = (label or "").strip()
    return next((priority for priority, pattern in _LABEL_MOSCOW if said and pattern.match(said)), None)


def priority_of(text: str, label: str | None = None) -> tuple[Priority, str | None]:
    """(priority, cue). `label` is a stripped line label such as "Must have" or "Nice to have",
    or the priority cell of a requirements table ("Must", "Won't (phase 1)")."""
    text = without_doubt(text)  # "I don't think we need a blog": not a need
    if level := label_level(label):
        return level, (label or "").strip()
    for source in (label or "", text):
        for priority, pattern in _EXPLICIT:
            m = pattern.search(source)
            if m and not (priority == "wont" and source is text and _contrasted(text, m)):
                return priority, m.group(0)
    for priority, pattern in _MODAL:
        m = pattern.search(text)
        if m:
            return priority, m.group(0)
    return "should", None


def _contrasted(text: str, wont: re.Match[str]) -> bool:
    contrast = _CONTRAST_RE.search(text)
    if contrast is None:
        return False
    modal = _MODAL[0][1].search(text) or _MODAL[1][1].search(text)
    if modal is None:
        return False
    before = contrast.start()
    return (wont.start() < before) != (modal.start() < before)


# "## Must have", "Should-haves", "Must", "Nice to have", "High priority": a heading that ranks its items
_MOSCOW_HEADING_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?(?:(?P<moscow>must|should|could|won['’]?t)(?:[\s-]*(?:haves?|have\s+features?))?|"
    rf"(?P<essential>{ESSENTIALS})|"
    r"(?P<nice>nice[\s-]to[\s-]haves?)|(?P<level>high|medium|low)[\s-]+priority)\W*$",
    re.IGNORECASE,
)
_LEVELS = {"high": "must", "medium": "should", "low": "could"}


# a form's question that ranks its answer: "What must it do on day one?", "What would be nice to have?"
_MUST_QUESTION_RE = re.compile(
    r"\bmust[\s-]haves?\b|\b(?:must|does|do)\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+(?:absolutely\s+)?"
    r"(?:(?:need|have)\s+to\s+)?(?:do|have)\b(?![^?]*\bnot\b)",
    re.IGNORECASE,
)
# a brief's heading that ranks what follows: "What it must do", "What the app should do"
_WHAT_IT_DOES_RE = re.compile(
    r"^\W*(?:\d+(?:\.\d+)*[.)]?\s+)?what\s+(?:it|the\s+\w+(?:\s+\w+)?)\s+"
    r"(?P<modal>must|should|could|needs?\s+to|has\s+to)\s+(?:do|have)\b[^?]*$",
    re.IGNORECASE,
)
_NICE_QUESTION_RE = re.compile(r"\bnice[\s-]to[\s-]haves?\b|\bwould\s+be\s+nice\b", re.IGNORECASE)


def moscow_heading(section: str | None) -> Priority | None:
    """The priority a MoSCoW heading gives the items under it, or None for any other heading."""
    m = _MOSCOW_HEADING_RE.match(section or "")
    if m is None and section and section.rstrip().endswith("?"):
        if _NICE_QUESTION_RE.search(section):
            return "could"
        return "must" if _MUST_QUESTION_RE.search(section) and "n't" not in section.lower() else None
    if m is None:
        what = _WHAT_IT_DOES_RE.match(section or "")
        if what is None:
            return None
        modal = what.group("modal").lower()
        return modal if modal in {"should", "could"} else "must"
    if m.group("nice"):
        return "could"
    if m.group("essential"):
        return "must"  # "Non-negotiables", "Deal-breakers"
    if m.group("level"):
        return _LEVELS[m.group("level").lower()]
    word = m.group("moscow").lower().replace("’", "'")
    return "wont" if word.startswith("won") else word
