"""A small rule-based grammar: tokens with offsets, noun phrases, the verb phrase after a modal.

No tagger and no model: closed word lists plus a verb list are enough for requirement prose,
and they keep analysis fast and deterministic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getAllLemmas

from autoagi.engine.analysis import memo, prefilter
from autoagi.engine.analysis.words import (
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    VERBS,
    WORD_RE,
    is_participle,
    is_verb,
)

MODAL_WORDS = frozenset(["shall", "must", "should", "will", "may", "can", "could", "would"])
ROLE_WORDS = frozenset(
    [
        "user",
        "users",
        "regulars",  # regular customers ("regular" alone is mostly an adjective)
        "walker",
        "walkers",
        "cleaner",
        "cleaners",
        "rider",
        "riders",
        # people who make and serve things in the small businesses that commission apps
        *(
            f"{role}{plural}"
            for role in (
                "baker",
                "florist",
                "cook",
                "waiter",
                "bartender",
                "caretaker",
                "picker",
                "packer",
                "butcher",
                "tailor",
                "physio",
            )
            for plural in ("", "s")
        ),
        "customer",
        "customers",
        "client",
        "clients",
        "administrator",
        "administrators",
        "admin",
        "admins",
        "manager",
        "managers",
        "operator",
        "operators",
        "staff",
        "member",
        "members",
        "visitor",
        "visitors",
        "guest",
        "guests",
        "patient",
        "patients",
        "doctor",
        "doctors",
        "nurse",
        "nurses",
        "student",
        "students",
        "teacher",
        "teachers",
        "employee",
        "employees",
        "owner",
        "owners",
        "agent",
        "agents",
        "driver",
        "drivers",
        "buyer",
        "buyers",
        "seller",
        "sellers",
        "vendor",
        "vendors",
        "supplier",
        "suppliers",
        "approver",
        "approvers",
        "reviewer",
        "reviewers",
        "editor",
        "editors",
        "viewer",
        "viewers",
        "accountant",
        "accountants",
        "analyst",
        "analysts",
        "clerk",
        "clerks",
        "supervisor",
        "supervisors",
        "technician",
        "technicians",
        "engineer",
        "engineers",
        "developer",
        "developers",
        "tester",
        "testers",
        "auditor",
        "auditors",
        "officer",
        "officers",
        "author",
        "authors",
        "subscriber",
        "subscribers",
        "applicant",
        "applicants",
        "player",
        "players",
        "instructor",
        "instructors",
        "librarian",
        "librarians",
        "cashier",
        "cashiers",
        "dispatcher",
        "dispatchers",
        "planner",
        "planners",
        "coordinator",
        "coordinators",
        "moderator",
        "moderators",
        "contributor",
        "contributors",
        "researcher",
        "researchers",
        "volunteer",
        "donor",
        "donors",
        "trustee",
        "trustees",
        "treasurer",
        "treasurers",
        "bookkeeper",
        "bookkeepers",
        # bodies that ask for things as one: "the council wants every holder to renew online"
        "council",
        "committee",
        "volunteers",
        "shopper",
        "shoppers",
        # trades and front-line jobs of the small businesses that commission apps
        "chef",
        "chefs",
        "barista",
        "baristas",
        "stylist",
        "stylists",
        "groomer",
        "groomers",
        "mechanic",
        "mechanics",
        "tutor",
        "tutors",
        "traveller",
        "travellers",
        "traveler",
        "travelers",
        "passenger",
        "passengers",
        "tenant",
        "tenants",
        "landlord",
        "landlords",
        "physician",
        "physicians",
        "caregiver",
        "caregivers",
        "parent",
        "parents",
        "maintainer",
        "maintainers",
        "team",
        "teams",
        "lead",
        "leads",
        "partner",
        "partners",
        "inspector",
        "inspectors",
        "investigator",
        "investigators",
        "recruiter",
        "recruiters",
        "candidate",
        "candidates",
        "trainer",
        "trainers",
        "learner",
        "learners",
        "receptionist",
        "receptionists",
        "vet",
        "vets",
        "veterinarian",
        "veterinarians",
        "director",
        "directors",
        "consultant",
        "consultants",
        "assistant",
        "assistants",
        "secretary",
        "secretaries",
        "executive",
        "executives",
        "president",
        "founder",
        "founders",
        "practitioner",
        "practitioners",
        "pharmacist",
        "pharmacists",
        "therapist",
        "therapists",
        "dentist",
        "dentists",
        "surgeon",
        "surgeons",
        "clinician",
        "clinicians",
        "courier",
        "couriers",
        "carer",
        "carers",
        "guardian",
        "guardians",
        "resident",
        "residents",
        "citizen",
        "citizens",
        "attendee",
        "attendees",
        "organiser",
        "organisers",
        "organizer",
        "organizers",
        "receptionist",
        "accountant",
        "people",
        "person",
        "persons",
    ]
)


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    lower: str  # read many times per token by the chunker: lowered once


@memo.per_run
def _tokens(text: str) -> tuple[Token, ...]:
    return tuple(
        Token(word, m.start(), m.end(), word.lower()) for m in WORD_RE.finditer(text) for word in (m.group(0),)
    )


def tokens(text: str) -> list[Token]:
    """The words of `text` with their offsets. A statement is tokenised by several readers (chunker,
    splitter, criteria, lint); the tokens of one text are made once."""
    return list(_tokens(text))


_COPULAS = frozenset(
    ["be", "is", "are", "was", "were", "been", "being", "am", "become", "becomes", "remain", "remains"]
)
_CAUSATIVES = frozenset(["let", "lets", "letting", "help", "helps", "make", "makes"])
_SUBJECT_PRONOUNS = frozenset(
    [
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "who",
        "someone",
        "somebody",
        "everyone",
        "everybody",
        "nobody",
        "anyone",
        "anybody",
        "whoever",
        "whatever",
        "wherever",
    ]
)
# Adverbs and number words the suffix rules miss; never part of a noun phrase.
_NON_NOMINAL = frozenset(
    [
        "himself",  # "change the lengths himself": who does it, not a thing
        "herself",
        "themselves",
        "itself",
        "myself",
        "ourselves",
        "yourself",
        "yourselves",
        "everywhere",  # "VAT everywhere customers see a price": where, not a thing
        "anywhere",
        "somewhere",
        "nowhere",
        "instead",
        "well",  # "as well"
        "cannot",
        "later",
        "plus",  # "four physios, plus a sports massage therapist"
        "afterwards",  # "who sees the delivery notes afterwards"
        "afterward",
        "beforehand",
        "soon",
        "together",
        "else",
        "away",
        "ahead",
        "anyway",
        "tonight",
        "once",
        "twice",
        "pretty",
        "much",
        "quite",
        "rather",
        "fairly",
        "straight",
        "especially",
        "currently",
        "maybe",
        "perhaps",
        "honestly",
        "basically",
        "really",
        "okay",
        "ok",
        "yes",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "hundred",
        "thousand",
        "dozen",
        "half",
    ]
)
_OBJECT_WORDS = DETERMINERS | frozenset(["him", "them", "us", "me", "it", "you", "her"])
_TITLE_WORDS = frozenset(["dr", "mr", "mrs", "ms", "mx", "prof"])
_NEGATED_AUXILIARY_RE = re.compile(r"(?:do|does|did|wo|ca|should|could|would|must|need)n['’]t|cannot")
_CONTRACTION_RE = re.compile(r"['’](?:t|d|ll|re|ve|m)$", re.IGNORECASE)
_NOMINAL_SUFFIX_RE = re.compile(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|age|ure|ery|ary|ogy|er|or|ee)$")
_LY_NOUNS = frozenset(
    ["family", "supply", "reply", "assembly", "anomaly", "ally", "rally", "july", "italy", "monopoly"]
)
# -ly words that modify a noun ("a weekly report", "an early booking"), not a verb
_LY_ADJECTIVES = frozenset(
    ["hourly", "daily", "nightly", "weekly", "fortnightly", "monthly", "quarterly", "yearly", "early", "elderly"]
)
# Gerunds that are nouns in requirement prose ("booking page", "training days").
NOUN_ING = frozenset(
    [
        "booking",
        "bookings",
        "reading",  # "reading challenge", "reading list"
        "waiting",  # "waiting list"
        "shopping",
        "training",
        "meeting",
        "meetings",
        "setting",
        "settings",
        "building",
        "buildings",
        "listing",
        "listings",
        "pricing",
        "billing",
        "shipping",
        "parking",
        "rating",
        "ratings",
        "ranking",
        "rankings",
        "heading",
        "headings",
        "landing",
        "marketing",
        "accounting",
        "housing",
        "clothing",
        "funding",
        "planning",
        "scheduling",
        "reporting",
        "processing",
        "printing",
        "hosting",
        "routing",
        "mapping",
        "mappings",
        "recording",
        "recordings",
        "streaming",
        "warning",
        "warnings",
        "morning",
        "mornings",
        "evening",
        "evenings",
        "ceiling",
        "drawing",
        "drawings",
        "wording",
        "timing",
        "spacing",
        "padding",
        "onboarding",
        "offering",
        "offerings",
        "earnings",
        "savings",
        "learning",
        "waiting",
        "opening",
        "logging",
        "tracking",
        "monitoring",
        "packaging",
        "labelling",
        "labeling",
        "caching",
        "indexing",
        "encoding",
        "formatting",
        "filtering",
        "sorting",
        "messaging",
        "banking",
        "catering",
        "cleaning",
        "nursing",
        "engineering",
        "manufacturing",
        "programming",
        "testing",
        "consulting",
        "lending",
        "ticketing",
        "invoicing",
        "purchasing",
        "handling",
        "existing",
        "remaining",
        "upcoming",
        "outstanding",
        "pending",
        "incoming",
        "outgoing",
        "ongoing",
        "matching",
        "corresponding",
        "recurring",
        "underlying",
        "preceding",
        "supporting",
    ]
)
_SHORT_GERUNDS = frozenset(
    [
        "doing",
        "going",
        "using",
        "being",
        "having",
        "making",
        "taking",
        "giving",
        "getting",
        "seeing",
        "losing",
        "paying",
        "putting",
        "saying",
        "leaving",
        "moving",
    ]
)
# Adjectives that a noun-phrase chunker without a tagger would otherwise take for nouns.
ADJECTIVES = frozenset(
    [
        "big",
        "small",
        "large",
        "little",
        "huge",
        "tiny",
        "new",
        "old",
        "older",
        "young",
        "fine",
        "right",
        "wrong",
        "good",
        "bad",
        "great",
        "nice",
        "poor",
        "high",
        "low",
        "full",
        "empty",
        "free",
        "busy",
        "ready",
        "due",
        "sure",
        "able",
        "unable",
        "open",
        "closed",
        "available",
        "unavailable",
        "missing",
        "online",
        "offline",
        "important",
        "whole",
        "main",
        "current",
        "other",
        "same",
        "different",
        "real",
        "true",
        "false",
        "simple",
        "quick",
        "fast",
        "slow",
        "easy",
        "hard",
        "early",
        "late",
        "next",
        "last",
        "first",
        "second",
        "third",
        "own",
        "certain",
        "particular",
        "various",
        "several",
        "entire",
        "actual",
        "blind",
        "deaf",
        "possible",
        "impossible",
        "necessary",
        "clear",
        "happy",
        "unhappy",
        "strong",
        "weak",
        "safe",
        "unsafe",
        "secure",
        "private",
        "public",
        "special",
        "general",
        "basic",
        "extra",
        "enough",
        "whatever",
        "wherever",
        "whoever",
        "however",
    ]
)
_LEADING_FILLERS = frozenset(
    [
        "own",
        "same",
        "other",
        "next",
        "whole",
        "entire",
        "certain",
        "particular",
        "various",
        "different",
        "actual",
        "enough",
        "such",
        "right",
        "wrong",
        "big",
        "little",
    ]
)
_ADJ_SUFFIX_RE = re.compile(r"(?:ous|ful|less|able|ible)$")
_SUFFIX_NOUNS = frozenset(
    ["table", "cable", "variable", "deliverable", "deliverables", "timetable", "vegetable", "bible"]
)


def _verbish_after_to(tok: Token, next_tok: Token | None) -> bool:
    low = tok.lower
    if is_verb(low):
        return True
    if tok.text[:1].isupper() or (low.endswith("s") and not low.endswith("ss")) or _NOMINAL_SUFFIX_RE.search(low):
        return False
    return next_tok is None or next_tok.lower in _OBJECT_WORDS or next_tok.lower in FUNCTION_WORDS


def _is_gerund(low: str) -> bool:
    if not low.endswith("ing") or low in NOUN_ING:
        return False
    stem = low[:-3]
    return len(low) >= 7 or low in _SHORT_GERUNDS or stem in VERBS or stem + "e" in VERBS


def _is_adjective(low: str) -> bool:
    return low in ADJECTIVES or (bool(_ADJ_SUFFIX_RE.search(low)) and low not in _SUFFIX_NOUNS)


@dataclass(frozen=True, slots=True)
class Phrase:
    start: int
    end: int
    words: tuple[str, ...]

    @property
    def head(self) -> str:
        return self.words[-1]


def noun_phrases(text: str, toks: list[Token] | None = None, max_words: int = 4, people=None) -> list[Phrase]:
    """Maximal runs of content words, cut where a rule says a word is a verb, a predicate or a name.

    No tagger: closed word lists plus position (after a modal, after 'to', after a subject
    pronoun or a copula, before an object, after 'let X'). Trailing adjectives are dropped, so
    a phrase ends on its head noun. `people` (an `autoagi.engine.analysis.people.People`) marks
    person names, which end a phrase and never start one.
    """
    if toks is None and people is not None and not any(people.is_name(t.text) for t in _tokens(text)):
        people = None  # names are all `people` changes: a statement that holds none is read as without them
    if toks is None and people is None:  # a statement's phrases are asked for by several readers: found once
        return list(_noun_phrases_of(text, max_words))
    return _noun_phrases(text, tokens(text) if toks is None else toks, max_words, people)


@memo.per_run
def _noun_phrases_of(text: str, max_words: int) -> tuple[Phrase, ...]:
    return tuple(_noun_phrases(text, tokens(text), max_words, None))


def _noun_phrases(text: str, toks: list[Token], max_words: int, people) -> list[Phrase]:
    phrases: list[Phrase] = []
    run: list[Token] = []
    nominal = [False] * len(toks)
    causative = False

    def flush() -> None:
        kept = run[-max_words:]
        while kept and _is_adjective(kept[-1].lower):
            kept = kept[:-1]
        while len(kept) > 1 and kept[0].lower in _LEADING_FILLERS:
            kept = kept[1:]
        if kept:
            phrases.append(Phrase(kept[0].start, kept[-1].end, tuple(t.text for t in kept)))
        run.clear()

    for i, tok in enumerate(toks):
        prev = toks[i - 1] if i else None
        if prev is not None and text[prev.end : tok.start].strip(" -/'’"):
            prev = None  # punctuation between words ends a phrase
            if run:
                flush()
        following = toks[i + 1] if i + 1 < len(toks) else None
        if following is not None and text[tok.end : following.start].strip(" -/'’"):
            following = None
        prev_nominal = prev is not None and nominal[i - 1]
        is_nominal = _nominal(tok, prev, prev_nominal, following, causative and bool(run), people)
        low = tok.lower
        if low in _CAUSATIVES:
            causative = True
        elif causative and run and not is_nominal and low not in FUNCTION_WORDS:
            causative = False  # the verb after "let an owner (and a vet)" has been seen
        nominal[i] = is_nominal
        if is_nominal:
            run.append(tok)
        elif run:
            flush()
    if run:
        flush()
    return phrases


# words that make an activity a feature: "online ordering", "recurring billing", "contactless paying"
_GERUND_MODIFIERS = frozenset(
    ["online", "mobile", "automatic", "automated", "recurring", "contactless", "self-service", "in-app", "bulk",
     "repeat", "advance", "same-day", "next-day", "one-click", "digital", "paperless"]
)  # fmt: skip
# -ing words that work as prepositions: "the mobile according to …", "the mobile using …"
_PREPOSITION_GERUNDS = frozenset(
    ["according", "using", "including", "regarding", "concerning", "following", "during", "depending", "excluding",
     "pending", "considering", "involving", "containing", "showing", "saying", "asking", "telling"]
)  # fmt: skip
_DEGREE_WORDS = frozenset({"too", "very", "quite", "so", "fairly", "pretty", "really", "rather"})  # not "more MSCs"


def _can_be_noun(word: str) -> bool:
    kinds = getAllLemmas(word)
    return "NOUN" in kinds or "PROPN" in kinds


def _nominal(
    tok: Token, prev: Token | None, prev_nominal: bool, next_tok: Token | None, causative: bool, people
) -> bool:
    low = tok.lower
    if low in FUNCTION_WORDS or low in MODAL_WORDS or low[0].isdigit() or low in _TITLE_WORDS or low in _NON_NOMINAL:
        return False
    if low in _SUBJECT_PRONOUNS:
        return False  # "Nobody under 16 …", "someone": no thing
    if low.endswith("ly") and low not in _LY_NOUNS and low not in _LY_ADJECTIVES:
        return False
    if "'" in low or "’" in low:
        if _CONTRACTION_RE.search(low):
            return False  # can't, we'd, they're
        base = re.split(r"['’]", low, maxsplit=1)[0]
        if base in FUNCTION_WORDS or base == "let" or base in _SUBJECT_PRONOUNS:
            return False  # it's, that's, let's, nobody's
    if people is not None and people.is_name(tok.text):
        return False
    if prev is None:
        if is_verb(low) and next_tok is not None and (next_tok.lower in _OBJECT_WORDS or next_tok.lower in _WH_WORDS):
            return False  # an instruction: "Offer the slot ...", "...: make it bookable", "…, see which physio …"
        return not _is_gerund(low) and not (is_participle(low) and not is_verb(low))
    plow = prev.lower
    if plow in MODAL_WORDS or plow == "not" or _NEGATED_AUXILIARY_RE.fullmatch(plow):
        return False  # the word after a modal ("don't", "won't") is its verb, whatever it is
    if plow in _SUBJECT_PRONOUNS:
        return False  # "we know", "they book": a verb follows a subject pronoun
    if plow in _COPULAS:
        return False  # "is available", "be fixed": a predicate, not a thing
    if plow in _DEGREE_WORDS and not _can_be_noun(low):
        return False  # "(too expensive)", "very slow": how much of a quality, not a thing
    if plow == "to" and _verbish_after_to(tok, next_tok):
        return False
    after_det = (
        plow in DETERMINERS
        or plow == "plus"
        or (plow.endswith(("'s", "’s")) and re.split(r"['’]", plow, maxsplit=1)[0] not in FUNCTION_WORDS)
    )  # "the clinic's number" but not "it's gone"
    if _is_gerund(low):
        if tok.text[:1].isupper() and prev_nominal:
            return True  # part of a capitalised name: "Data Publishing User"
        if plow in _GERUND_MODIFIERS and low not in _PREPOSITION_GERUNDS:
            return True  # "online ordering", "automatic invoicing": a kind of the activity, a thing
        return after_det and (next_tok is None or next_tok.lower not in _OBJECT_WORDS)
    if is_participle(low) and not is_verb(low):
        return after_det  # "the required fields" but "walk-ins booked directly"
    if is_verb(low):
        if after_det:
            return True  # "the report", "an order"
        if causative and prev_nominal:
            return False  # "let an owner book ..."
        if prev_nominal and _plural(plow) and not _group_owned(low, plow, next_tok):
            return False  # "owners book from their phone": a plural subject and its verb
        if prev_nominal:
            return next_tok is None or next_tok.lower not in _OBJECT_WORDS  # "purchase order" vs "users search the"
        return False
    if prev_nominal and _particle_verb(low, plow, next_tok):
        return False  # "a slot frees up", "the page loads back": a verb with its particle
    if not after_det and low.endswith("s") and low[:-1] in VERBS:
        if plow in _RELATIVE_OR_ADVERB:
            return False  # "this one only knows about"
        if next_tok is not None:
            return next_tok.lower not in _OBJECT_WORDS  # "... and uses the site"
    return True


# what a group of people has: "the trustees report", "the members area", "the staff rota"
_GROUP_OWNED = frozenset(
    ["report", "list", "rota", "page", "area", "portal", "dashboard", "account", "meeting", "newsletter", "handbook"]
)


def _group_owned(low: str, plow: str, next_tok: Token | None) -> bool:
    return low in _GROUP_OWNED and plow in ROLE_WORDS and (next_tok is None or next_tok.lower not in _OBJECT_WORDS)


_WH_WORDS = frozenset(["which", "what", "who", "where", "when", "how", "whether"])
_PARTICLES = frozenset(["up", "down", "out", "off", "back", "away"])
_NOUN_ENDINGS = ("tion", "sion", "ment", "or", "er", "ity", "ness", "ance", "ence", "ist", "ism", "ure", "ship")


def _particle_verb(low: str, plow: str, next_tok: Token | None) -> bool:
    """After a singular noun, an -s word before a particle is that noun's verb: "a slot frees up";
    a plural noun keeps its reading ("sales details back", "voltage fluctuations up to")."""
    return (
        next_tok is not None
        and next_tok.lower in _PARTICLES
        and _plural(low)
        and not _plural(plow)
        and not low[:-1].endswith(_NOUN_ENDINGS)
    )


_RELATIVE_OR_ADVERB = frozenset(
    ["only", "also", "just", "still", "always", "never", "often", "which", "who", "that", "automatically"]
)


def _plural(low: str) -> bool:
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s")) and len(low) > 3


def modal_index(toks: list[Token]) -> int | None:
    for i, tok in enumerate(toks):
        low = tok.lower
        if low in {"shall", "must", "should", "will", "may", "can"}:
            return i
        if low in {"need", "needs", "has", "have"} and i + 1 < len(toks) and toks[i + 1].lower == "to":
            return i + 1
        if low in {"required", "expected"} and i + 1 < len(toks) and toks[i + 1].lower == "to":
            return i + 1
    return None


def verb_after(toks: list[Token], index: int) -> int | None:
    """Index of the main verb following a modal (skipping 'not', 'be able to', adverbs)."""
    i = index + 1
    while i < len(toks):
        low = toks[i].lower
        if low in {"not", "also", "only", "always", "never", "automatically", "then", "still", "be", "able", "to"}:
            i += 1
            continue
        if low.endswith("ly") and not is_verb(low):
            i += 1
            continue
        return i
    return None


PASSIVE_RE = prefilter.compile(
    r"\b(?P<aux>is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?(?P<participle>[A-Za-z]+(?:ed|en|wn|nt|ld|lt|ght|id|de|ne|un|ut|et|st))\b",
    re.IGNORECASE,
)


def passive_spans(text: str) -> list[tuple[int, int]]:
    """Passive constructions with no 'by <agent>' after them."""
    spans = []
    for m in PASSIVE_RE.finditer(text):
        if not is_participle(m.group("participle")):
            continue
        tail = text[m.end() : m.end() + 80].lower()
        if re.match(r"\s+by\s+(?!default|means|using|the\s+end|then|mistake|hand)", tail):
            continue
        spans.append((m.start(), m.end()))
    return spans


def is_preposition(word: str) -> bool:
    return word.lower() in PREPOSITIONS
