"""Features for F/NFR classification that carry across projects.

Word n-grams alone learn each project's vocabulary (invoices, films, patients) and do not
transfer; what transfers is *how* a quality is phrased: quality nouns and adjectives, measurable
quantities, the predicate after the modal ('shall be easy' vs 'shall display'), who the subject is.
The lexicons below come from ISO/IEC 25010 terms and requirements-engineering practice, written
down before looking at any evaluation fold.
"""

from __future__ import annotations

import re

import numpy as np

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.words import FUNCTION_WORDS, VERBS, is_participle

# One regex per quality area; each contributes a count feature.
LEXICONS: dict[str, str] = {
    "performance": r"response\s+time|respond|latency|throughput|fast|faster|quick|quickly|speed|delay|wait|"
    r"performance|per\s+(?:second|minute|hour)|transactions?|refresh|real[\s-]time|time\s+(?:to|it\s+takes)|"
    r"load(?:ing)?\s+time|within\s+[\d.]+|milliseconds?|\bms\b|seconds?|minutes?|timely|instant|"
    r"every\s+(?:\d+\s+)?(?:hours?|minutes?|seconds?|days?)|buffer\w*|asynchronous\w*|parallel|overhead",
    "scalability": r"scal\w*|concurrent\w*|simultaneous\w*|capacity|grow\w*|increase\w*|volume|peak|expand\w*|"
    r"number\s+of\s+(?:users|customers|records|transactions)|up\s+to\s+[\d,]+|thousands?|millions?",
    "availability": r"availab\w*|uptime|downtime|24\s*(?:/|x)\s*7|24\s+hours\s+a\s+day|hours\s+a\s+day|days\s+a\s+(?:week|year)|"
    r"business\s+hours|outage|maintenance\s+window|\d+(?:\.\d+)?\s*%\s+of\s+the\s+time|operational\s+hours|"
    r"any\s+time|at\s+all\s+times|out\s+of\s+\d+",
    "fault_tolerance": r"fail\w*|fault\w*|recover\w*|backup\w*|back\s+up|restor\w*|crash\w*|redundan\w*|"
    r"resilien\w*|data\s+loss|lose\s+data|continue\s+to\s+(?:operate|function|work)|degrad\w*|mean\s+time",
    "security": r"secur\w*|authori[sz]\w*|authenticat\w*|password\w*|log\s?(?:in|on)|sign\s?(?:in|on)|"
    r"permission\w*(?!\s+(?:slips?|forms?)\b)|privileg\w*|encrypt\w*|protect\w*|unauthori[sz]ed|attack\w*|virus\w*|malicious|"
    r"confidential\w*|credential\w*|firewall|\bssl\b|\btls\b|hack\w*|intrusion|tamper\w*|integrity|"
    r"access\s+(?:to|control|rights|level)|only\s+(?:authori[sz]ed|registered|the|those)|audit\w*|privacy|"
    # access restriction by role: "only managers can ...", "can only be changed by ..."
    r"only\s+(?:\w+\s+){0,2}?(?:users?|administrators?|admins?|managers?|staff|members?|owners?|roles?)|"
    r"can\s+only\s+be|without\s+(?:the\s+)?\w+\s+(?:role|access|rights|permission)|roles?|access|prevent\w*|"
    r"corrupt\w*|identity|private",
    "usability": r"easy|easily|ease|user[\s-]friendly|intuitive\w*|learn\w*|training|train|understand\w*|"
    r"usab\w*|novice|inexperienced|experienced|help|error\s+messages?|navigat\w*|satisf\w*|accessib\w*|"
    r"disabilit\w*|impair\w*|language\w*|consistent\w*|convenien\w*|clear|simple|simplicity|efficient\w*|"
    r"productiv\w*|mistakes?|confus\w*|friendly|comfort\w*|clicks?|keystrokes?",
    "look_feel": r"look\w*|appear\w*|colou?rs?|fonts?|style\w*|appeal\w*|attractive|aesthetic\w*|logo\w*|"
    r"theme\w*|layout|branding|brand|graphics?|icons?|visual\w*|corporate|professional|images?|sound\w*|"
    r"screen\s+(?:design|layout)|legible|readab\w*",
    "legal": r"laws?|legal\w*|regulat\w*|compl(?:y|ies|iance|iant)|standards?|polic(?:y|ies)|licen[cs]\w*|"
    r"copyright\w*|\bacts?\b|government\w*|hipaa|\bsox\b|sarbanes|gdpr|liab\w*|contract\w*|statut\w*|"
    r"jurisdiction\w*|certif\w*|accordance",
    "maintainability": r"maintain\w*|maintenance|modif\w*|updat\w*|upgrad\w*|extend\w*|extensib\w*|"
    r"configur\w*|modular\w*|documentation|documented|source\s+code|\bcode\b|developers?|programmers?|fix\w*|"
    r"patch\w*|versions?|changes?\s+to|reus\w*|testab\w*",
    "operational": r"operat\w*|environment\w*|platforms?|run\s+on|runs\s+on|install\w*|interfac\w*|"
    r"integrat\w*|servers?|hardware|networks?|windows|unix|linux|browser\w*|deploy\w*|existing\s+\w+\s+systems?|"
    r"compatib\w*|database\s+(?:management|server)|workstation\w*|\bpc\b|devices?|handheld|"
    # a mobile number is contact data, not a platform
    r"mobile(?!\s+(?:phone\s+|telephone\s+)?(?:numbers?|no\b))|"
    r"internet|web\s+server|third[\s-]party",
    "portability": r"portab\w*|\bport\w*|platform[\s-]independent|migrat\w*|different\s+(?:operating|platforms)|"
    r"cross[\s-]platform",
}
_LEXICON_RES = {name: prefilter.compile(rf"\b(?:{pattern})\b", re.IGNORECASE) for name, pattern in LEXICONS.items()}

_WORD_RE = re.compile(r"[a-z][a-z'-]*|\d+(?:[.,]\d+)?")
_NUMBER_RE = re.compile(r"\d")
_PERCENT_RE = prefilter.compile(r"\d\s*%|\bpercent\b", re.IGNORECASE)
_TIME_UNIT_RE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b",
    re.IGNORECASE,
)
_SIZE_UNIT_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:kb|mb|gb|tb|users|records|transactions|requests)\b", re.IGNORECASE)
_DURATION = (
    r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|\w+-\w+)\s*"
    r"(?:ms|milliseconds?|s|secs?|seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|months?|years?)"
)
# When something happens ("24 hours before the appointment", "every night"): behaviour, not speed.
_TIME_RELATIVE_RE = prefilter.compile(
    rf"\b{_DURATION}\s+(?:before|after|prior\s+to|from|since|ahead|in\s+advance|later|earlier)\b|"
    r"\b(?:the\s+)?(?:day|night|week|month|evening|morning)\s+(?:before|after)\b|"
    r"\b(?:once|twice)\s+(?:a|an|per|every)\s+(?:day|night|week|month|hour|year)\b|\b(?:each|every)\s+(?:day|night|"
    r"week|month|morning|evening)\b|\bnightly\b|\bdaily\b|\bweekly\b|\bmonthly\b",
    re.IGNORECASE,
)
# How fast ("within 2 seconds", "in under a second"): a performance limit.
_TIME_LIMIT_RE = prefilter.compile(
    rf"\b(?:within|in\s+(?:less\s+than|under)|under|less\s+than|no\s+(?:more|longer)\s+than|at\s+most)\s+{_DURATION}\b",
    re.IGNORECASE,
)
_MONEY_RE = prefilter.compile(
    r"[£$€¥]\s?\d|\d\s?(?:eur|usd|gbp|dollars?|pounds?|euros?|pence)\b|\b(?:fee|fees|deposit|refund\w*|price\w*|charge[sd]?|invoice\w*)\b",
    re.I,
)
_MODAL_BE_RE = re.compile(r"\b(?:shall|must|should|will|can|may)\s+(?:not\s+)?be\s+(?P<word>[a-z-]+)", re.IGNORECASE)
_MODAL_VERB_RE = re.compile(
    r"\b(?:shall|must|should|will|can|may)\s+(?:not\s+)?(?:also\s+|only\s+|automatically\s+)?(?P<word>[a-z-]+)",
    re.IGNORECASE,
)
_ABLE_TO_RE = prefilter.compile(
    r"\b(?:be\s+able|have\s+the\s+ability|has\s+the\s+ability)\s+to\s+(?P<word>[a-z-]+)", re.IGNORECASE
)
_ALLOW_RE = prefilter.compile(r"\b(?:allow|allows|enable|enables|let|lets|permit|permits)\s+(?:\w+\s+){0,3}?to\b", re.I)
_SYSTEM_SUBJECT_RE = re.compile(
    r"^\s*(?:the|a|an|this)?\s*(?:\w+\s+)?(?:system|product|application|software|website|site|app|program)\b", re.I
)
_USER_SUBJECT_RE = re.compile(
    r"^\s*(?:the|a|an|each|every|all|any)?\s*(?:\w+\s+)?(?:users?|customers?|administrators?|operators?|"
    r"managers?|members?|staff|clients?|players?|students?|doctors?|nurses?|agents?)\b",
    re.I,
)
_QUALITY_SUFFIX_RE = prefilter.compile(r"\b[a-z]+(?:ability|ibility|ness|ity)\b", re.I)
_ADJ_SUFFIX_RE = prefilter.compile(r"\b[a-z]{3,}(?:able|ible|ful|ive|ous|ent|ant)\b", re.I)
_ADVERB_RE = prefilter.compile(r"\b[a-z]{3,}ly\b", re.I)
_CONDITION_RE = prefilter.compile(r"\b(?:if|when|whenever|after|before|upon|once)\b", re.I)
_DATA_VERB_RE = prefilter.compile(
    r"\b(?:display|displays|show|shows|record|records|store|stores|send|sends|generate|generates|create|creates|"
    r"add|adds|delete|deletes|edit|edits|update|updates|print|prints|calculate|calculates|list|lists|notify|"
    r"notifies|search|searches|select|selects|enter|enters|view|views|submit|submits|assign|assigns|track|tracks|"
    r"email|e-mail|report|reports|save|saves|retrieve|retrieves)\b",
    re.I,
)

LEXICON_NAMES: tuple[str, ...] = tuple(LEXICONS)
SYNTAX_NAMES: tuple[str, ...] = (
    "has_number",
    "has_percent",
    "has_time_unit",
    "has_size_unit",
    "modal_be_adjective",
    "modal_be_participle",
    "modal_action_verb",
    "modal_other_verb",
    "able_to_action_verb",
    "allow_to",
    "system_subject",
    "user_subject",
    "quality_noun",
    "quality_adjective",
    "adverb",
    "condition",
    "data_verb",
    "log_length",
    "no_modal",
    "time_relative",
    "time_limit",
    "money",
)
DENSE_NAMES: tuple[str, ...] = tuple(f"lex:{n}" for n in LEXICON_NAMES) + tuple(f"syn:{n}" for n in SYNTAX_NAMES)


LexiconSpans = tuple[tuple[tuple[int, int], ...], ...]


def lexicon_spans(text: str) -> LexiconSpans:
    """Where each quality lexicon matches. Both views of a statement (`dense_features`,
    `abstract_tokens`) read them, so a caller holding both finds them once and passes them on."""
    return tuple(tuple(m.span() for m in rx.finditer(text)) for rx in _LEXICON_RES.values())


def dense_features(text: str, spans: LexiconSpans | None = None) -> np.ndarray:
    """Lexicon counts (squashed) and syntactic cues for one statement."""
    values = [min(len(found), 3) / 3.0 for found in (spans if spans is not None else lexicon_spans(text))]
    modal_be = _MODAL_BE_RE.search(text)
    be_word = modal_be.group("word").lower() if modal_be else ""
    modal_verb = _MODAL_VERB_RE.search(text)
    verb_word = modal_verb.group("word").lower() if modal_verb else ""
    able = _ABLE_TO_RE.search(text)
    words = _WORD_RE.findall(text.lower())
    values += [
        float(bool(_NUMBER_RE.search(text))),
        float(bool(_PERCENT_RE.search(text))),
        float(bool(_TIME_UNIT_RE.search(text))),
        float(bool(_SIZE_UNIT_RE.search(text))),
        float(bool(be_word) and be_word != "able" and not is_participle(be_word)),
        float(bool(be_word) and is_participle(be_word)),
        float(verb_word in VERBS),
        float(bool(verb_word) and verb_word not in VERBS and verb_word != "be"),
        float(bool(able) and able.group("word").lower() in VERBS),
        float(bool(_ALLOW_RE.search(text))),
        float(bool(_SYSTEM_SUBJECT_RE.match(text))),
        float(bool(_USER_SUBJECT_RE.match(text))),
        min(len(_QUALITY_SUFFIX_RE.findall(text)), 3) / 3.0,
        min(len(_ADJ_SUFFIX_RE.findall(text)), 3) / 3.0,
        min(len(_ADVERB_RE.findall(text)), 3) / 3.0,
        float(bool(_CONDITION_RE.search(text))),
        min(len(_DATA_VERB_RE.findall(text)), 3) / 3.0,
        float(np.log1p(len(words)) / 5.0),
        float(modal_verb is None),
        float(bool(_TIME_RELATIVE_RE.search(text))),
        float(bool(_TIME_LIMIT_RE.search(text))),
        float(bool(_MONEY_RE.search(text))),
    ]
    return np.asarray(values, dtype=np.float32)


def dense_matrix(texts: list[str], spans: list[LexiconSpans] | None = None) -> np.ndarray:
    if not texts:
        return np.zeros((0, len(DENSE_NAMES)), dtype=np.float32)
    if spans is None:
        return np.stack([dense_features(t) for t in texts])
    return np.stack([dense_features(t, s) for t, s in zip(texts, spans, strict=True)])


_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?%?|%")
_MODALS = frozenset(["shall", "must", "should", "will", "may", "can", "could", "would"])
_VERB_SLOT = _MODALS | {"to", "not"}
_ADJECTIVE_END_RE = re.compile(r"(?:able|ible|ful|ive|ous|al|ent|ant)$")
_QUALITY_NOUN_END_RE = re.compile(r"(?:ity|ness)$")


def abstract_tokens(text: str, spans: LexiconSpans | None = None) -> list[str]:
    """The statement with its project vocabulary abstracted away.

    Function words, modals and behaviour verbs stay; quality words become their lexicon area
    (Q_security, ...); other words become a word class guessed from the suffix (N, ADJ, ADV, VBN,
    VBG, QN) and numbers NUM; an unlisted word right after a modal or "to" becomes VB. 'The clerk shall print the invoice' and 'The nurse shall print the
    chart' become the same sequence, which is what lets a model trained on other projects transfer.
    """
    areas: dict[int, str] = {}
    for name, found in zip(_LEXICON_RES, spans if spans is not None else lexicon_spans(text), strict=True):
        for start, end in found:
            for pos in range(start, end):
                areas.setdefault(pos, name)
    out = []
    prev = ""
    for m in _TOKEN_RE.finditer(text):
        area = areas.get(m.start())
        word = m.group(0).lower()
        if area is not None:
            out.append("Q_" + area)
        elif word[0].isdigit() or word == "%":
            out.append("NUM")
        elif word in _MODALS or word in FUNCTION_WORDS or word in VERBS:
            out.append(word)
        elif prev in _VERB_SLOT and not word.endswith("ly"):
            out.append("VB")  # whatever follows a modal or "to" is a verb, listed or not
        elif word.endswith("ly"):
            out.append("ADV")
        elif is_participle(word):
            out.append("VBN")
        elif word.endswith("ing"):
            out.append("VBG")
        elif _ADJECTIVE_END_RE.search(word):
            out.append("ADJ")
        elif _QUALITY_NOUN_END_RE.search(word):
            out.append("QN")
        else:
            out.append("N")
        prev = word
    return out


# Wordings that look like a quality to the features but name none: "should be orderable online" (what
# can be done, ISO 25010 functional suitability) and "within 5 miles" (a distance, not a time limit).
_NOT_QUALITY_RE = prefilter.compile(
    r"\bbe\s+(?:(?:book|order|cancel|refund|print|download|export|import|search|sort|filter|edit|delet|view|"
    r"select|pay|bill|invoic|reserv|schedul|track|click|shar|collect|deliver|return|renew)\w*able)\b|"
    r"\bwithin\s+[\d.,]+\s*(?:miles?|km|kilomet(?:er|re)s?|met(?:er|re)s?|yards?|feet|ft|blocks?)\b|"
    r"\bclick[\s-]+and[\s-]+collect\b|"
    r"\bfixtures?\b|"  # a match's fixtures, a light fitting: no fix to the code
    # a signature on a screen, not a sign-on: "the customer signs on the phone"
    r"\bsign(?:s|ed)?\s+on\s+(?:the|a|their|his|her|my|our)\s+(?:phone|screen|tablet|device|glass|pad|app)\b|"
    # time the business needs for a job, not response time: "we need time to clean the van"
    r"\b(?:need|needs|needed|have|has|give\s+(?:us|them))\s+(?:some\s+|enough\s+|the\s+)?time\s+to\s+[a-z]+\b|"
    # an age group, not seconds: "under 25s can't hire vans", "the over-65s get a discount"
    r"\b(?:under|over)[\s-]?\d{1,2}s\b(?=\s+(?:can|cannot|can['’]t|must|may|should|are|get|pay|need|have|who)\b)|"
    r"\bthe\s+(?:under|over)[\s-]?\d{1,2}s\b|"
    # "there must be no pop-ups": a thing ruled out, not "shall be ADJ" (unlike "be no more than 2 s")
    r"\bthere\s+(?:must|should|shall)\s+be\s+no\b(?!\s+(?:more|less|fewer|longer|later)\s+than)|"
    # a corporate account is a kind of customer, not the corporate look
    r"\bcorporate\s+(?:accounts?|customers?|clients?|orders?|events?|bookings?|rates?|discounts?|gifts?|invoic\w*|"
    r"cards?|memberships?)\b|"
    # a private party or lesson is a kind of booking, not privacy
    r"\bprivate\s+(?:events?|part(?:y|ies)|rooms?|hire|dining|functions?|lessons?|classes|sessions?|tours?|"
    r"bookings?|parking|transfers?)\b",
    re.IGNORECASE,
)


# "the site must cope with the Friday evening rush", "it needs to cope with that (20 by next summer)":
# load the product must carry, which is capacity (ISO 25010 performance efficiency)
_CAPACITY_RE = re.compile(
    r"\b(?:cope|deal|keep\s+up)\s+with\b|\bhandle\s+(?:the\s+)?(?:rush|peaks?|load|traffic|volume|busy)\b|"
    r"\b(?:scale|scales|scaling)\b|"
    # "support about 400 dealers, maybe 1,500 users": how many it must carry
    r"\b(?:support|serve|handle)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?\d[\d,.]*\s*k?\s+"
    r"(?:[a-z]+\s+)?(?:users|customers|dealers|members|accounts|visitors|people|staff|patients|students|clients)\b",
    re.IGNORECASE,
)


def quality_evidence(text: str) -> bool:
    """Does the statement name a quality at all: a quality-area word, 'shall be ADJ', a quality
    noun or a time limit? A statement without any is functional whatever a model trained on
    formal SRS prose says about informal wording."""
    if _CAPACITY_RE.search(text):
        return True
    x = dense_features(_NOT_QUALITY_RE.sub(" ", text))
    return bool(
        x[: len(LEXICON_NAMES)].any()
        or x[DENSE_NAMES.index("syn:modal_be_adjective")]
        or x[DENSE_NAMES.index("syn:quality_noun")]
        or x[DENSE_NAMES.index("syn:time_limit")]
    )
