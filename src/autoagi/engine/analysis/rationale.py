"""Why a requirement was asked for, kept apart from what it asks.

Clients give reasons in the same breath as the requirement: "every change needs to be logged,
because the deposit is money and our accountant will ask", "must work with screen readers (Ana's
sister is blind)", "the system must be fast on phones, most owners book in the evening". A
reviewer wants the requirement on its own, and the reason beside it (ISO/IEC/IEEE 29148 keeps a
rationale attribute for this). The source span still covers the whole sentence, so nothing said
is lost; classification and priority read the whole sentence too.

Only clearly marked reasons are split off: a "because"/"since"/"as otherwise" clause, a stated
purpose ("so that ...", "in order to ..."), a "so we ..." clause without a requirement cue of its
own, how things are today (", and right now they can't"), a bracket remark that is a sentence
("(Priya: GDPR, we got told off)") rather than a list of attributes, a comma-spliced remark with
its own subject ("..., most owners book from their phone"), and a leading reason ("We had a
complaint last year, so clients need to ..."). Whatever remains must still state a requirement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import ROLE_WORDS, noun_phrases
from autoagi.engine.analysis.words import RULED_OUT_RE, THINGS_SUBJECT_RE, capitalise, is_plural_subject, singular

_CUE = re.compile(
    r"\b(?:shall|must|should|will|would|can|could|may|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to|"
    r"are\s+required\s+to|wants?\s+to|want|like|need|needs|cannot|can't|won't|mustn't|never)\b",
    re.IGNORECASE,
)
_SUBJECT = (
    # "last year the old one fell over": a time the remark is about may come first
    r"(?:(?:last|this|every)\s+(?:year|month|week|time|summer|winter|christmas)\s+)?"
    r"(?:(?:we|they|you)(?:['’](?:ve|re))?|i(?:['’](?:ve|m))?|(?:she|he)(?:['’]s)?|(?:her|his|their)\s+[a-z]+\s+"
    r"(?:relies|depends|uses|needs|hates|prefers)|it|it['’]s|that['’]s|this\s+is|there\s+(?:is|are)|(?:most|many|some|all|few|half\s+of|a\s+lot\s+of|lots\s+of)\s+"
    r"(?:of\s+)?(?:the\s+|our\s+)?[a-z]+|our\s+[a-z]+|the\s+(?:old\s+|new\s+|current\s+)?[a-z]+(?:\s+[a-z]+)?"
    r"(?:\s+(?:in|on|at|of|for)\s+the\s+[a-z]+)?\s+"
    r"(?:is|are|was|were|isn['’]t|aren['’]t|wasn['’]t|weren['’]t|fell|went|broke|crashe[sd]|fail(?:s|ed)|keeps?|takes|took)|"
    r"the\s+old\s+one)"
)
# ", because the deposit is money", ", since we were fined", ", as otherwise people forget"
_BECAUSE = prefilter.compile(
    r"(?:,?\s+because|,\s+(?:since|as\s+otherwise|otherwise))\s+(?!of\b)(?P<why>[^(),]{8,}?)\s*[.!]?$", re.I
)  # "since" only after a comma: "documents since a point in time" is not a reason
# ", so we know who to chase" / ", so that reception can see it" (a purpose without a cue of its own)
_SO_THAT = re.compile(rf",\s+so\s+(?P<why>{_SUBJECT}\b[^()]{{4,}}?)\s*[.!]?$", re.I)
# "..., so that reception can see it", "... in order to protect their privacy": a stated purpose
_PURPOSE = prefilter.compile(
    r",?\s+(?:so\s+that|in\s+order\s+(?:that|to)|so(?=\s+(?:we|i|they|you)\s+(?:know|can|see|keep|get|avoid|stop|remember|track|always|never)\b)|"
    # "… so the queue isn't a nightmare like last year": what it spares them
    r"so(?=\s+(?:(?:the|our|their)\s+[a-z]+|we|they|people|i)(?:['’](?:re|m))?\s+"
    r"(?:isn['’]t|aren['’]t|doesn['’]t|don['’]t|won['’]t|never|not)\b))\s+"
    r"(?P<why>[^()]{8,}?)\s*[.!]?$",
    re.I,
)
# "..., most owners book from their phone in the evening.", "... – last year the old one fell over",
# "..., that's a legal thing (Natasha's law)."
_SPLICE = re.compile(rf"(?:,|\s[–—])\s+(?P<why>{_SUBJECT}\s+[^,()]{{4,}}?(?:\s*\([^()]{{1,80}}\))?)\s*[.!]?$", re.I)
# "..., and right now they can't": how things are today is the reason for the change
_CURRENT_STATE = re.compile(
    r",\s+(?:(?:and|but)\s+)?(?P<why>(?:right\s+now|currently|today|at\s+the\s+moment|at\s+present)\b[^()]{4,}?)\s*[.!]?$",
    re.I,
)
# a decision states a requirement without a modal: "the second SMS is approved too"
_DECISION = re.compile(
    r"\b(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\w+\s+)?(?:approved|agreed|decided|confirmed)\b", re.I
)
# "…, safeguarding", "… – GDPR": a reason named in a word or two at the end
_REASON_WORD = prefilter.compile(
    r"(?:,|\s[–—])\s+(?:for\s+)?(?P<why>safeguarding|gdpr|data\s+protection|privacy|compliance|"
    r"(?:legal|security|privacy|safeguarding|insurance|health\s+and\s+safety)\s+reasons)\s*[.!]?$",
    re.I,
)
# "Bookings need to show up in VetIT, we can't have two diaries": the client's own situation
_WE_CANNOT = re.compile(
    r"^(?:we|i)\s+(?:can['’]t|cannot|can\s+not)\s+(?:have|afford|risk|lose|keep|go\s+back|run|juggle|manage|maintain)\b",
    re.I,
)  # "… we can't run two diaries"
_GENERALLY = re.compile(
    r"^(?:most|many|some|nearly\s+all|almost\s+all|half)\s+(?:of\s+)?(?:the\s+|our\s+|their\s+)?[a-z]+\s+"
    r"(?!(?:should|must|shall|will|can|could|would|may)\b)",
    re.I,
)
# "the new portal reads from it, it does not replace it": what the thing is not to do, said beside what it does
_NOT_INSTEAD = re.compile(
    r"^(?:it|they)\s+(?:does|do|will|should|must)(?:n['’]t|\s+not)\s+[a-z]+\s+(?:it|them)\b", re.I
)
# "… on their phone instead of me texting each of them at 6am": how it is done today, the reason for the change
_INSTEAD_OF_US = re.compile(
    r"\s+(?P<why>instead\s+of\s+(?:me|us|them|him|her|someone|staff|reception)\s+[a-z]+ing\b[^,;()]{3,80}?)\s*[.!]?$",
    re.I,
)
# "…, the insurers need it": who needs what is asked, and so why
_THEY_NEED_IT = re.compile(
    r",\s+(?P<why>(?:the|our|their)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:need|needs|want|wants|require|requires|ask\s+for|"
    r"asks\s+for)\s+(?:it|that|this|them))\s*[.!]?$",
    re.I,
)
# "(Priya: GDPR, we got told off by a client last year)" at the end
_BRACKET = re.compile(r"\s*\((?P<why>[^()]{6,})\)\s*[.!]?$")
_SPEAKER_LABEL = re.compile(r"^[A-Z][a-z]+\s*:\s*")
_OWN_REMARK = re.compile(
    r"^(?:we|i|they)\s+(?:(?:currently|still|already|usually|often)\s+)?(?:print|send|get|spend|lose|have|waste|"
    r"take|make|do|handle|answer|field|miss|pay|post)\b[^,]*$",
    re.I,
)
# examples, conditions and figures in brackets say what is required, not why
_CLARIFICATION = re.compile(
    r"^(?:i\.?e\.?|e\.?g\.?|for\s+example|such\s+as|including|see|incl\.?|if|when|unless|where|only|except)\b|\d",
    re.I,
)
# "when GSM-R services are available, the user is ...": the clause after the comma is the main one
_LEADING_SUBORDINATE = re.compile(r"^\W*(?:since|as|because|although|though|when|if|once|while|unless)\b", re.I)
# "before January" is a time, not a clause
_SUBORDINATE = re.compile(
    r"\b(?i:when|whenever|if|unless|once|while|where|that|"
    # ("the evening before," ends on its adverb: no clause follows it)
    r"(?:after|before|until)(?!\s*(?:,|$)|\s+(?:\d|[A-Z][a-z]+\b|(?i:the\s+)?(?i:end|start|next|this)\b)))\b"
)
_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|has|had|got|gets|did|does|uses|use|said|says|told|think|thinks|hate|hates|"
    r"complain\w*|asked|keep|keeps)\b",
    re.I,
)
# "We had a complaint last year about marketing e-mails, so clients need to be able to say no"
# "We had a complaint, so clients need to ...", and in notes '"where is my repair" → tenants need to ...'
_LEADING = re.compile(
    r"^(?P<why>[^,()]{12,}?)(?:,\s+so|\s+(?:→|->|=>)|"
    # written without the comma: "our customers are older so it needs to be simple", "we're an NHS practice
    # so patient data can't leave the UK"
    r"\s+so(?=\s+(?:it|we|they|you|this|the\s+\w+|(?:[a-z][\w-]*\s+){1,2})(?:needs?|has|have|must|mustn['’]t|should|"
    r"shouldn['’]t|shall|can['’]t|cannot)\b))\s+(?P<rest>.+)$",
    re.I,
)
# "Unlike Mindbody, instructors get paid per head, so the system has to count attendees": a reason with a comma
_LEADING_CLAUSES = re.compile(r"^(?P<why>[^()]{12,}?),\s+so\s+(?P<rest>.+)$", re.I)


_DEMONSTRATIVE_SUBJECT = re.compile(
    r"^(?:that|this|it)\s+(?P<verb>has\s+to|needs\s+to|must|should|shall|will|is|can|cannot|mustn't|won't)\b", re.I
)
_DETERMINERS = frozenset(["the", "a", "an", "our", "their", "your", "all", "every", "each", "any", "some"])
# a chore the client wants rid of, then what the product should do instead: "We don't want to have to
# do that any more, the app should retry failed payments automatically"
_CHORE = re.compile(
    r"^(?P<why>(?:we|i)\s+(?:don['’]t|do\s+not)\s+want\s+to\s+(?:have\s+to|keep|spend)\b[^,()]{3,}?),\s+"
    r"(?P<rest>(?:the|our)\s+(?:app|system|site|website|portal|platform|software)\s+(?:should|must|shall|needs?\s+to|has\s+to)\b.+)$",
    re.I,
)
_COPULA_END = re.compile(r"\b(?:is|are|was|were|be|been|am|feels?|seems?|looks?)\s*$|['’](?:s|re|m)\s*$", re.I)
_THEY_LEAD = re.compile(r"^they\s+", re.I)


def _people_in(why: str) -> str | None:
    """The one group of people a reason names ("Some patients prefer e-mail": patients)."""
    groups = {w.lower() for w in re.findall(r"[A-Za-z]+s\b", why) if singular(w.lower()) in ROLE_WORDS}
    return groups.pop() if len(groups) == 1 else None


_PLURAL_VERB = {"has to": "have to", "needs to": "need to", "is": "are"}


@dataclass(frozen=True, slots=True)
class Split:
    statement: str
    rationale: str | None


def split_rationale(statement: str, keep_leading: bool = False) -> Split:
    """The statement without the reason given for it, and that reason (or None).

    `keep_leading` keeps a leading "X, so ..." clause in the statement (a budget constraint's
    reason is the constraint itself)."""
    text = statement.strip()
    for pattern in (
        _BECAUSE, _CURRENT_STATE, _PURPOSE, _BRACKET, _SO_THAT, _SPLICE, _REASON_WORD, _THEY_NEED_IT, _INSTEAD_OF_US
    ):  # fmt: skip
        match = pattern.search(text)
        if match is None or not _is_reason(pattern, match.group("why")):
            continue
        rest = text[: match.start()].rstrip(" ,;:–—-")
        if pattern is _SPLICE and not _main_clause_before(text, match.start()):
            continue
        if _states_a_requirement(rest):
            return Split(end_sentence(rest), _tidy(match.group("why")))
    if chore := _CHORE.match(text):
        return Split(end_sentence(capitalise(chore.group("rest"))), _tidy(chore.group("why")))
    leading = None if keep_leading else _LEADING.match(text) or (", so " in text and _LEADING_CLAUSES.match(text))
    if (
        leading
        and not _CUE.search(leading.group("why"))
        and not _COPULA_END.search(leading.group("why"))  # "the cats are so cute they …": "so" intensifies
        and _states_a_requirement(leading.group("rest"))
    ):
        rest = _named_subject(leading.group("rest"), leading.group("why"))
        return Split(end_sentence(capitalise(rest)), _tidy(leading.group("why")))
    return Split(text, None)


def _named_subject(rest: str, why: str) -> str:
    """ "We keep health questionnaires, so that has to be locked down": once the reason is split
    off, "that" would point outside the statement, so the statement names what it stood for; "Some
    patients prefer e-mail so they should be able to choose": "they" are the patients."""
    if (they := _THEY_LEAD.match(rest)) and (group := _people_in(why)):
        return f"{group.capitalize()} {rest[they.end() :]}"
    if (they := _THEY_LEAD.match(rest)) and (things := THINGS_SUBJECT_RE.match(why)):
        # "The notes are medical records, so they can't go anywhere outside the UK": the notes
        return f"{capitalise(things.group('things'))} {rest[they.end() :]}"
    demonstrative = _DEMONSTRATIVE_SUBJECT.match(rest)
    phrases = noun_phrases(why)
    if demonstrative is None or not phrases or phrases[-1].end < len(why.rstrip()):
        return rest
    lead = why[: phrases[-1].start].split()
    start = phrases[-1].start
    while lead and lead[-1].lower() in _DETERMINERS:
        start -= len(lead.pop()) + 1
    if len(lead) < 2:
        return rest  # the reason must end on its object, after a subject and a verb ("we keep …")
    thing = why[start : phrases[-1].end]
    verb = demonstrative.group("verb")
    if is_plural_subject(thing):
        verb = _PLURAL_VERB.get(verb.lower(), verb)
    return f"{thing} {verb}{rest[demonstrative.end() :]}"


def _is_reason(pattern: prefilter.Pattern, why: str) -> bool:
    if pattern in (_BECAUSE, _CURRENT_STATE, _PURPOSE, _REASON_WORD, _THEY_NEED_IT, _INSTEAD_OF_US):
        return True
    if pattern is _BRACKET:
        # a remark is a sentence or a speaker's note; "(species, breed, date of birth)" and
        # "(WCAG 2.2 AA)" are what the requirement is about, not why
        if _SPEAKER_LABEL.match(why) or _OWN_REMARK.match(why):
            return True  # "(we print ~300 a week)": the client's own situation, figure and all
        return bool(_CLAUSE_VERB.search(why)) and "," not in why and not _CLARIFICATION.search(why)
    if pattern is _SPLICE and _NOT_INSTEAD.match(why):
        return False
    if _WE_CANNOT.match(why) or (pattern is _SPLICE and _GENERALLY.match(why)):
        # "…, we can't have two diaries": what the business cannot live with; "…, most problems need
        # more than one angle": what is true of most cases
        return True
    return _CUE.search(why) is None  # a clause with a cue of its own is a second requirement


def _main_clause_before(text: str, comma: int) -> bool:
    """Is the clause just before `comma` a main clause (not "when X happens, ...")?"""
    if _LEADING_SUBORDINATE.match(text):  # "Since X will ..., the software is to be ..."
        return False
    cues = sorted([*_CUE.finditer(text, 0, comma), *_DECISION.finditer(text, 0, comma)], key=lambda m: m.end())
    return bool(cues) and _SUBORDINATE.search(text, cues[-1].end(), comma) is None


def _states_a_requirement(text: str) -> bool:
    return len(text.split()) >= 3 and (
        _CUE.search(text) is not None or _DECISION.search(text) is not None or RULED_OUT_RE.search(text) is not None
    )


def _tidy(why: str) -> str:
    return capitalise(why.strip(" .;:,–—-"))


def end_sentence(text: str) -> str:
    """The text as a sentence: trailing commas or dashes dropped, a full stop where none ends it."""
    text = text.rstrip(" ,;:–—-")
    return text if text.endswith((".", "!", "?")) else text + "."


# "Members are mostly over 60.", "Most of our customers don't have a printer": who the users are
_PEOPLE_ARE_RE = re.compile(
    r"^\W*(?:(?:most|many|all|half|a\s+lot)\s+(?:of\s+)?)?(?:our\s+|the\s+)?(?P<who>[a-z]+s)\s+"
    r"(?:are|aren['’]t|(?:do\s+not|don['’]t|can['’]t|cannot|rarely|mostly|often|usually|never)\s+[a-z]+)\b[^?;]*[.!]?$",
    re.I,
)


def describes_the_users(text: str) -> bool:
    """ "Members are mostly over 60.": a fact about the people who will use it, the reason for what
    is asked of it just after ("Big text, no tiny buttons")."""
    said = _PEOPLE_ARE_RE.match(text.strip())
    return said is not None and singular(said.group("who").lower()) in ROLE_WORDS
