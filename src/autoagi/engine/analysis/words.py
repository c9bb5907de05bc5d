"""Closed word lists the light-weight grammar relies on (no tagger, no downloads)."""

from __future__ import annotations

import re

from autoagi.engine.analysis import memo, prefilter

WORD_RE = re.compile(r"[^\W\d_][^\W_]*(?:[-'’][^\W_]+)*|\d+(?:[.,]\d+)*%?")  # letters of any script: "café", "Zoë"
LEADING_ARTICLE_RE = re.compile(r"^(?:the|a|an)\s+", re.I)

DETERMINERS = frozenset(
    [
        "a",
        "an",
        "the",
        "this",
        "that",
        "these",
        "those",
        "each",
        "every",
        "all",
        "any",
        "some",
        "no",
        "its",
        "their",
        "his",
        "her",
        "our",
        "your",
        "my",
        "another",
        "other",
        "such",
        "both",
        "either",
        "neither",
        "several",
        "many",
        "few",
    ]
)
PRONOUNS = frozenset(
    [
        "i",
        "me",
        "we",
        "us",
        "you",
        "he",
        "him",
        "she",
        "her",
        "it",
        "they",
        "them",
        "this",
        "that",
        "these",
        "those",
        "one",
        "someone",
        "anyone",
        "everyone",
        "something",
        "anything",
        "everything",
        "myself",
        "ourselves",
        "itself",
        "themselves",
    ]
)
PREPOSITIONS = frozenset(
    [
        "of",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "without",
        "within",
        "from",
        "to",
        "into",
        "onto",
        "over",
        "under",
        "about",
        "across",
        "after",
        "before",
        "between",
        "among",
        "through",
        "during",
        "via",
        "per",
        "against",
        "toward",
        "towards",
        "upon",
        "than",
        "like",
        "including",
        "except",
        "around",
        "behind",
        "beyond",
        "below",
        "above",
        "along",
        "throughout",
        "inside",
        "outside",
    ]
)
CONJUNCTIONS = frozenset(
    ["and", "or", "but", "nor", "so", "yet", "if", "when", "while", "whether", "because", "although", "unless", "until"]
)
AUXILIARIES = frozenset(
    [
        "be",
        "is",
        "are",
        "was",
        "were",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "done",
        "have",
        "has",
        "had",
        "having",
        "shall",
        "should",
        "will",
        "would",
        "must",
        "may",
        "might",
        "can",
        "could",
        "need",
        "needs",
        "ought",
        "not",
        "n't",
    ]
)
OTHER_FUNCTION = frozenset(
    [
        "there",
        "here",
        "then",
        "also",
        "only",
        "just",
        "very",
        "more",
        "most",
        "less",
        "least",
        "not",
        "too",
        "as",
        "how",
        "what",
        "which",
        "who",
        "whom",
        "whose",
        "where",
        "why",
        "again",
        "always",
        "never",
        "already",
        "still",
        "even",
        "however",
        "therefore",
        "thus",
        "e.g",
        "i.e",
        "etc",
        "able",
        "possible",
        "want",
        "wants",
        "like",
        "would",
        "please",
        "out",
        "up",
        "down",
        "off",
    ]
)
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | OTHER_FUNCTION

# Verbs that requirement writers use for behaviour; base forms. Enough to find the main verb
# of a clause and the start of a coordinated verb phrase without a POS tagger.
VERBS = frozenset(
    [
        # what customers and members do in the apps small businesses commission
        "ring",  # "ring people if someone drops out"
        "click",  # a tester's steps: "Click Pay", "tap the class"
        "tap",
        "buy",
        "lend",
        "donate",
        "pre-order",
        "preorder",
        "unsubscribe",
        "rebook",
        "listen",
        "redeem",
        "earn",
        "spend",
        "nominate",
        "enrol",
        "enroll",
        "personalise",
        "personalize",
        "mute",
        "accept",
        "access",
        "add",
        "adjust",
        "allow",
        "alert",
        "analyse",
        "analyze",
        "apply",
        "approve",
        "archive",
        "assign",
        "attach",
        "audit",
        "authenticate",
        "authorize",
        "authorise",
        "back",
        "backup",
        "block",
        "book",
        "borrow",
        "browse",
        "build",
        "calculate",
        "call",
        "cancel",
        "capture",
        "change",
        "charge",
        "check",
        "choose",
        "classify",
        "clear",
        "close",
        "collect",
        "combine",
        "compare",
        "compute",
        "configure",
        "confirm",
        "connect",
        "contain",
        "convert",
        "copy",
        "correct",
        "create",
        "customize",
        "customise",
        "deactivate",
        "define",
        "delete",
        "deliver",
        "deny",
        "deploy",
        "describe",
        "detect",
        "determine",
        "disable",
        "display",
        "distribute",
        "download",
        "drag",
        "drop",
        "edit",
        "email",
        "e-mail",
        "enable",
        "encrypt",
        "enter",
        "estimate",
        "evaluate",
        "exchange",
        "execute",
        "exit",
        "expire",
        "export",
        "extract",
        "fill",
        "filter",
        "find",
        "flag",
        "follow",
        "forward",
        "generate",
        "get",
        "give",
        "grant",
        "group",
        "guide",
        "handle",
        "help",
        "hide",
        "highlight",
        "hold",
        "identify",
        "import",
        "include",
        "indicate",
        "inform",
        "initiate",
        "input",
        "insert",
        "inspect",
        "install",
        "integrate",
        "interface",
        "invite",
        "invoice",
        "issue",
        "join",
        "keep",
        "know",
        "label",
        "launch",
        "learn",
        "leave",
        "limit",
        "link",
        "list",
        "load",
        "locate",
        "lock",
        "log",
        "login",
        "logout",
        "look",
        "maintain",
        "make",
        "manage",
        "map",
        "mark",
        "match",
        "measure",
        "merge",
        "migrate",
        "modify",
        "monitor",
        "move",
        "navigate",
        "notify",
        "obtain",
        "offer",
        "open",
        "order",
        "organize",
        "organise",
        "override",
        "pay",
        "perform",
        "pick",
        "place",
        "plan",
        "post",
        "predict",
        "prepare",
        "present",
        "preview",
        "print",
        "prioritize",
        "prioritise",
        "process",
        "produce",
        "prompt",
        "protect",
        "provide",
        "publish",
        "purchase",
        "query",
        "queue",
        "rank",
        "rate",
        "read",
        "receive",
        "recommend",
        "record",
        "recover",
        "redirect",
        "refresh",
        "register",
        "reject",
        "refund",
        "release",
        "reload",
        "remind",
        "remove",
        "renew",
        "rename",
        "render",
        "reorder",
        "repeat",
        "replace",
        "reply",
        "report",
        "request",
        "require",
        "reschedule",
        "reserve",
        "reset",
        "restock",
        "resolve",
        "respond",
        "restore",
        "restrict",
        "retrieve",
        "return",
        "review",
        "revoke",
        "run",
        "save",
        "scan",
        "schedule",
        "search",
        "see",
        "select",
        "sell",
        "send",
        "set",
        "setup",
        "share",
        "ship",
        "show",
        "sign",
        "sort",
        "specify",
        "start",
        "stop",
        "store",
        "submit",
        "subscribe",
        "suggest",
        "summarize",
        "summarise",
        "supply",
        "support",
        "suspend",
        "switch",
        "sync",
        "tell",
        "synchronize",
        "synchronise",
        "tag",
        "take",
        "track",
        "transfer",
        "translate",
        "trigger",
        "unlock",
        "update",
        "upload",
        "use",
        "validate",
        "verify",
        "view",
        "vote",
        "warn",
        "withdraw",
        "write",
        "let",
        "ask",
        "opt",
        "talk",
        "hear",
        "come",
        "refuse",
        "chase",
        "allocate",
        "stream",
        "purge",
        "split",
        "color",
        "colour",
        "live",
    ]
)

# Irregular past participles; regular ones end in -ed.
IRREGULAR_PARTICIPLES = frozenset(
    [
        "built",
        "bought",
        "brought",
        "caught",
        "chosen",
        "done",
        "drawn",
        "driven",
        "eaten",
        "fallen",
        "felt",
        "found",
        "forgotten",
        "frozen",
        "given",
        "gone",
        "grown",
        "held",
        "hidden",
        "hit",
        "hung",
        "kept",
        "known",
        "laid",
        "led",
        "left",
        "lent",
        "lost",
        "made",
        "meant",
        "met",
        "paid",
        "put",
        "read",
        "rebuilt",
        "redone",
        "rewritten",
        "ridden",
        "run",
        "said",
        "seen",
        "sent",
        "set",
        "shown",
        "shut",
        "sold",
        "sought",
        "spent",
        "split",
        "spoken",
        "stolen",
        "stood",
        "struck",
        "taken",
        "taught",
        "thrown",
        "told",
        "understood",
        "undone",
        "upheld",
        "withdrawn",
        "won",
        "written",
    ]
)
NOT_PARTICIPLES = frozenset(["need", "needed", "red", "bed", "feed", "seed", "speed", "shed", "hundred", "based"])

# Names that stand for the system under development rather than an actor of it.
SYSTEM_NOUNS = frozenset(
    [
        "system",
        "systems",
        "product",
        "application",
        "app",
        "software",
        "platform",
        "tool",
        "solution",
        "website",
        "site",
        "portal",
        "service",
        "module",
        "interface",
        "program",
        "prototype",
        "srs",
    ]
)


def is_participle(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_PARTICIPLES:
        return True
    return len(lower) > 4 and lower.endswith("ed") and lower not in NOT_PARTICIPLES


def is_verb(word: str) -> bool:
    return word.lower() in VERBS


# Nouns whose plural is not the singular plus -s / -es.
_IRREGULAR_PLURALS: dict[str, str] = {
    "children": "child",
    "people": "person",
    "men": "man",
    "women": "woman",
    "feet": "foot",
    "teeth": "tooth",
    "mice": "mouse",
    "geese": "goose",
    "oxen": "ox",
    "criteria": "criterion",
    "phenomena": "phenomenon",
    "indices": "index",
    "matrices": "matrix",
    "vertices": "vertex",
    "appendices": "appendix",
    "axes": "axis",
    "quizzes": "quiz",
    "knives": "knife",
    "wives": "wife",
    "lives": "life",
    "halves": "half",
    "shelves": "shelf",
    "wolves": "wolf",
    "calves": "calf",
    "thieves": "thief",
    "selves": "self",
    "christmas": "christmas",  # not a plural of "christma"
    "loaves": "loaf",
    "scarves": "scarf",
    "heroes": "hero",
    "potatoes": "potato",
    "tomatoes": "tomato",
    "echoes": "echo",
    "vetoes": "veto",
    "torpedoes": "torpedo",
    "embargoes": "embargo",
    "dominoes": "domino",
    "gases": "gas",
    "aliases": "alias",
    "biases": "bias",
    "canvases": "canvas",
    "atlases": "atlas",
    "menus": "menu",
    "gurus": "guru",
    "emus": "emu",
    "haikus": "haiku",
    "irises": "iris",
}
# Singular nouns in -us; their plural adds -es (statuses, buses, viruses).
_US_NOUNS = frozenset(
    [
        "status",
        "bus",
        "bonus",
        "campus",
        "virus",
        "census",
        "corpus",
        "focus",
        "radius",
        "stimulus",
        "syllabus",
        "apparatus",
        "nexus",
        "consensus",
        "prospectus",
        "surplus",
        "thesaurus",
        "cactus",
        "genius",
        "octopus",
        "circus",
        "chorus",
        "minus",
        "plus",
        "fungus",
        "abacus",
        "hiatus",
        "terminus",
        "walrus",
        "lotus",
    ]
)
# Greek and Latin -is nouns: analysis -> analyses.
for _singular in (
    "analysis",
    "basis",
    "crisis",
    "diagnosis",
    "ellipsis",
    "emphasis",
    "hypothesis",
    "oasis",
    "paralysis",
    "parenthesis",
    "prognosis",
    "synopsis",
    "synthesis",
    "thesis",
):
    _IRREGULAR_PLURALS[_singular[:-2] + "es"] = _singular
_IRREGULAR_PLURALS["bases"] = "base"  # far more common in software text than "basis"
# Words ending in -s (or uncountable) that are already singular.
_INVARIANT = frozenset(
    [
        "species",
        "series",
        "news",
        "means",
        "data",
        "metadata",
        "media",
        "software",
        "hardware",
        "firmware",
        "feedback",
        "information",
        "equipment",
        "analytics",
        "statistics",
        "physics",
        "mathematics",
        "economics",
        "ethics",
        "logistics",
        "electronics",
        "graphics",
        "politics",
        "linguistics",
        "genetics",
        "robotics",
        "semantics",
        "ergonomics",
        "diagnostics",
        "demographics",
        "mechanics",
        "dynamics",
        "acoustics",
        "optics",
        "headquarters",
        "premises",
        "diabetes",
        "rabies",
        "measles",
        "mumps",
        "thanks",
        "whereabouts",
        "crossroads",
        "barracks",
        "odds",
        "goods",
        "savings",
        "earnings",
        "belongings",
        "surroundings",
        "clothes",
        "glasses",
        "scissors",
        "trousers",
        "chaos",
        "kudos",
        "ethos",
        "pathos",
        "canvas",
        "atlas",
        "alias",
        "bias",
        "gas",
        "iris",
        "lens",
        "always",
        "perhaps",
        "whereas",
        "yes",
        "its",
        "this",
        "has",
        "was",
        "does",
        "is",
        "us",
        "as",
    ]
)
# -ies words whose singular ends in -ie, and -ches / -oes words that only drop the s.
_IE_PLURALS = frozenset(
    ["movies", "cookies", "zombies", "calories", "brownies", "selfies", "rookies", "sorties", "goalies"]
)
_CHE_PLURALS = frozenset(["caches", "niches", "headaches", "aches", "avalanches", "moustaches", "mustaches", "cliches"])


@memo.per_run  # asked of every noun of every statement, by several readers
def singular(word: str) -> str:
    """English singular of a noun, keeping the word's case.

    Rules for regular plurals plus lists of irregular plurals and of words that end in -s but are
    singular or uncountable ('species', 'status', 'analysis', 'data'). Acronyms are left alone,
    except a plural -s after capitals ('APIs' -> 'API').
    """
    if not word or not word[-1:].isalpha():
        return word
    if word.isupper() and len(word) > 1:
        return word  # SMS, GPS, OS
    if len(word) > 2 and word[:-1].isupper() and word[-1] == "s":
        return word[:-1]  # APIs, IDs, PDFs
    lower = word.lower()
    if "-" in lower:  # check-ups, walk-ins, no-shows, e-mails: the last part carries the number
        head, _, last = word.rpartition("-")
        if len(last) > 1 and last.isalpha() and last.lower() not in _INVARIANT and last.lower().endswith("s"):
            low_last = last.lower()
            irregular = _IRREGULAR_PLURALS.get(low_last)
            return f"{head}-{_same_case(last, irregular) if irregular else _regular_singular(last, low_last)}"
        return word
    if lower in _INVARIANT:
        return word
    irregular = _IRREGULAR_PLURALS.get(lower)
    if irregular is not None:
        return _same_case(word, irregular)
    if len(lower) <= 3 or not lower.endswith("s"):
        return word
    return _regular_singular(word, lower)


def _regular_singular(word: str, lower: str) -> str:
    if lower.endswith(("ss", "us", "is", "ous")):
        return word  # class, status, analysis, various
    if lower.endswith("ies"):
        if lower in _IE_PLURALS or len(lower) <= 4:
            return word[:-1]  # movies, ties
        return word[:-3] + ("Y" if word[-3].isupper() else "y")
    if lower.endswith(("sses", "shes", "xes", "zzes")):
        return word[:-2]
    if lower.endswith("ches"):
        return word[:-1] if lower in _CHE_PLURALS else word[:-2]
    if lower.endswith("uses") and lower[:-2] in _US_NOUNS:
        return word[:-2]  # buses, statuses (not causes, clauses, houses)
    return word[:-1]


def _same_case(word: str, replacement: str) -> str:
    if word.isupper():
        return replacement.upper()
    if word[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# words that are plural without a plural ending, and plural pronouns
_PLURAL_SUBJECTS = frozenset(["people", "police", "staff", "we", "they", "you"])
# what may follow a subject's head: "the vets who do surgery", "people with three cats"
_HEAD_MODIFIER_RE = re.compile(r"\s(?:who|that|which|whose|with|of|in|on|for|from|at|by|via|through|per)\s")


def is_plural_subject(subject: str) -> bool:
    """Is the subject several people or things? Its head (before what modifies it) decides, and
    "and" makes two: "owners", "the manager and the receptionist", "the vets who do surgery"."""
    core = _HEAD_MODIFIER_RE.split(subject.lower(), maxsplit=1)[0]
    words = re.findall(r"[A-Za-z-]+", core)
    if not words:
        return False
    head = words[-1]
    if _ONE_THING_RE.match(core) and singular(head) == head:
        return False  # "a shop for chalk and shoes": the "and" is inside what modifies the one shop
    return " and " in f" {subject.lower()} " or head in _PLURAL_SUBJECTS or (singular(head) != head and head != "this")


_ONE_THING_RE = re.compile(r"(?:an?|one|each|every)\s")


# the people a product serves, as clients name them: "could customers …", "members need …"
def joined(items: list[str]) -> str:
    """ "a, b and c": the items as a sentence lists them."""
    return ", ".join(items[:-1]) + f" and {items[-1]}" if len(items) > 1 else items[0]


# a yes, however it is said
YES = r"(?:yes|yeah|yep|sure|absolutely|definitely|of\s+course)"
# what someone cannot do: "can't", "cannot", "unable to", "is not able to"
CANNOT = r"(?:can['’]?t|cannot|can\s+not|(?:(?:is|are|am)\s+)?(?:unable|not\s+able)\s+to)"

USER_GROUPS = (
    r"(?:customers?|users?|members?|clients?|owners?|visitors?|staff|admins?|patients?|parents?|guests?|people|"
    r"buyers?|sellers?)"
)


# a message named as an instruction's verb ("Text them the day before"), with what is sent
MESSAGE_VERBS = {"sms": "an SMS", "text": "a text", "whatsapp": "a WhatsApp message"}


def because(why: str | None) -> str:
    """ "— she uses Mailchimp already" -> ", because she uses Mailchimp already": a reason left on a
    statement for the rationale to split off ("" when there is none)."""
    said = (why or "").strip(" ,;:—–-").rstrip(" .!")
    return f", because {said}" if said else ""


def article(noun: str) -> str:
    """The indefinite article for a noun, as it sounds: "an owner", "a vet", "a user", "an hour"."""
    low = noun.lower()
    if low.startswith(_YOU_SOUND) or low.startswith("one"):
        return "a"  # "a user", "a unit", "a European customer", "a one-off fee"
    if low.startswith(_SILENT_H):
        return "an"  # "an hour", "an honest review"
    return "an" if low[:1] in set("aeiou") else "a"


_YOU_SOUND = ("use", "usu", "uni", "uti", "ura", "uro", "eu", "ewe")
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")


def third_person(verb: str) -> str:
    """'send' -> 'sends', 'notify' -> 'notifies' (for Then clauses)."""
    lower = verb.lower()
    if lower in {"be"}:
        return "is"
    if lower == "have":
        return "has"
    if lower.endswith("y") and len(lower) > 2 and lower[-2] not in "aeiou":
        return verb[:-1] + "ies"
    if lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    return verb + "s"


# A fault the client reports ("the export button doesn't work on Safari"): what should work, and
# the verb that says what it should do. Only verbs of working at all: "does not display passwords"
# may be a prohibition, "doesn't load" never is.
DEFECT_VERBS = r"(?:work|load|open|start|sync|scroll|respond|connect)"
DEFECT_RE = prefilter.compile(
    r"^(?:(?:also|and|but|oh|plus|btw)[\s,]+)*(?:(?:one|another|a|the\s+other|last)\s+)?(?:(?:small|big|quick)\s+)?"
    r"(?:bug|issue|problem|fault|thing)?\s*:?\s*"  # "One bug: the …"
    r"(?P<what>(?:the|our|my|your)\s+[\w \"'“”‘’-]{2,40}?)\s+"
    r"(?:doesn['’]t|does\s+not|won['’]t|will\s+not|isn['’]t|is\s+not|never)\s+"
    rf"(?P<verb>{DEFECT_VERBS})(?:s|ing)?\b(?P<rest>[^.?!;]*)",
    re.IGNORECASE,
)

# what a client calls a wish: "it would be great / amazing if ..."
PRAISE_WORDS = (
    r"(?:great|nice|good|helpful|useful|awesome|ideal|cool|handy|amazing|fantastic|brilliant|lovely|wonderful|"
    r"perfect|super)"
)


def capitalise(text: str) -> str:
    """The text with its first letter upper-case, the rest as written."""
    return text[:1].upper() + text[1:]


# "Every order needs a unique reference": a thing (not "the DHS may need") and what each one has
EACH_THING = (
    r"(?:every|each|all|the|our)\s+[\w-]+(?:\s+(?!(?:may|might|will|would|could|should|must|can|shall)\b)[\w-]+)?"
)
# "Every order needs a unique reference number", "the receipt email needs our VAT number on it"
THING_NEEDS_ONE = (
    EACH_THING
    + r"\s+needs?(?=\s+(?:an?|its\s+own|their\s+own)\s|\s+(?:our|the|their)\s+[\w'’ -]{2,40}?\s+on\s+(?:it|them)\b)"
)


# what people do with a product, as a backlog item names it: "Pay for trips online"
USER_ACTIONS = frozenset(
    {
        "pay", "book", "view", "see", "browse", "search", "find", "cancel", "upload", "download", "export",
        "import", "register", "order", "buy", "rate", "review", "share", "pick", "choose", "select", "filter",
        "track", "apply", "join", "renew", "reserve", "message", "chat", "comment", "vote", "favourite",
        "favorite", "edit", "change", "delete", "add", "remove", "create", "invite", "follow", "like",
        "subscribe", "unsubscribe", "print", "compare", "request", "submit", "scan", "claim", "redeem",
        "transfer", "donate", "tip", "refer", "reply", "contact", "leave", "reschedule", "rebook", "swap",
        "return", "top",
    }
)  # fmt: skip


# "We don't want …", "I don't need …" followed by what is not wanted (not "to" and a verb)
UNWANTED_LEAD = (
    r"^\W*(?:we|i)\s+(?:really\s+|definitely\s+)?(?:don['’]t|do\s+not)\s+(?:want|need)\s+"
    # "we don't want to deal with refunds in the app": the refunds are not wanted
    r"(?:to\s+(?:deal\s+with|handle|bother\s+with|worry\s+about|get\s+into)\s+)?(?!to\b)"
)
# … and not "one", "it", "anything": words that name no thing of the product
NOT_A_THING = r"(?!(?:one|it|that|this|them|anything|something|everything|nothing|much|more)\b)"
# "The most important thing for us is same-day delivery": what matters most, a must
MOST_IMPORTANT = (
    r"^\W*(?:(?:and|but|so|for\s+us|for\s+me)[\s,]+)?(?:the\s+|our\s+|my\s+)?(?:(?:single\s+)?most\s+important|main|biggest|"
    r"number\s+one|top|key|first|big|real)\s+(?:thing|priority|requirement|need|ask|goal|aim|objective)"
    r"(?:\s+(?:for|from)\s+(?:us|me|them|our\s+side|the\s+[\w-]+))?\s+"
    r"(?:is|would\s+be|right\s+now\s+is)\s+"
)
# "Reports for the trustees: hours volunteered per month, per site": an output of the product, what it shows
REPORT_TOPIC = (
    r"^\W*(?:(?:a|an|the|some)\s+)?(?:(?:daily|weekly|monthly|quarterly|annual|yearly|simple|basic)\s+)?"
    r"(?:reports?|reporting|dashboards?|exports?|stats|statistics|charts?|overviews?)\b[^:.?]{0,40}:\s+(?=\S)"
)
# "please no pop-ups", "no pop-ups please", "absolutely no ads": a prohibition, not a deferral
PLEASE_NO = (
    r"^\W*(?:(?:and|but|also|oh)[\s,]+)?(?:(?:please|pls|absolutely)\s+no\s+[^.;]{2,80}?|no\s+[^.;,]{2,80}?,?\s+please)"
    r"(?=\W*$|\s*[,;–—-]\s+I\b)"
)
# "For now, the only thing I'd like is a deposit", "All we need is a simple booking page": the one ask
ONLY_THING = (
    r"^\W*(?:(?:for\s+now|right\s+now|for\s+the\s+moment|and|but|so|honestly|really)[\s,]+)*(?:(?:the\s+)?(?:only|one|single)\s+"
    r"thing\s+(?:I|we)(?:['’]d|\s+would)?\s+(?:really\s+|absolutely\s+)?(?P<verb>like|want|need)|all\s+(?:I|we)\s+(?:really\s+)?"
    r"(?P<verb2>need|want))\s+(?:is|would\s+be)\s+(?!that\b|to\b|for\b)"
)
# "A text the day before would be great": a thing wished for, praised in advance
THING_WOULD_HELP = (
    # "customers keep ringing to ask when he's coming so a text when he's on his way would save us …": why first
    r"^\W*(?:(?:and|also|oh|so)[\s,]+)?(?:(?P<reason>[a-z][^,.;]{10,120}?),?\s+so\s+)?(?P<what>(?:an?|some|the)\s+(?:(?!\b(?:it|that|this|if|to)\b)[\w'’ -]){2,60}?|"
    # "Apple Pay would be nice", "Dark mode would be great": a thing named without an article
    r"(?!(?:it|that|this|which|what|how|who|where|there|they|he|she|we|i|you|everything|anything|something|nothing|being|having|"
    r"getting|doing|making|seeing)\b)[A-Za-z][\w'’-]*(?:\s+(?!(?:would|it|that|this|if|to)\b)[\w'’-]+){0,3}?)\s+"
    r"would\s+(?:be\s+(?:really\s+|so\s+|very\s+)?(?:great|nice|good|helpful|useful|handy|ideal|brilliant|lovely|perfect|"
    r"amazing|fantastic)|(?:really\s+)?help|"
    # "… would save us loads of calls": what it spares them
    r"(?:really\s+)?(?P<benefit>save\s+(?:us|them|me|everyone|staff)\s+[^,.;]{2,40}?|cut\s+(?:down\s+)?(?:on\s+)?[^,.;]{2,40}?|"
    r"stop\s+[^,.;]{2,40}?))(?:\s+too|\s+as\s+well)?"
    # "A reminder would help, I forgot one last year and got charged": the reason after it
    r"(?P<purpose>,?\s+for\s+[a-z][\w -]{2,40}?)?"  # "a waiting list would be nice, for cancellations"
    r"(?P<why>,\s+(?:i|we|they|people|customers|patients)\s+[^,]{4,80})?"
    # "Loyalty stamps would be nice but not for launch": wanted, later
    r"(?P<later>,?\s+but\s+not\s+(?P<when>(?:for|at|in)\s+(?:the\s+)?(?:launch|go-?live|opening|phase\s+(?:1|one)|v1|"
    r"first\s+(?:release|version))|yet|now|right\s+now|at\s+first))?\W*$"
)
# "Guest booking with just a phone number is fine": an option the client accepts
ACCEPTED_OPTION = (
    r"^\W*(?:(?:and|but|also|so)[\s,]+)?(?P<what>(?!(?:it|that|this|that['’]s|it['’]s)\b)"
    r"(?!.*\b(?:i|we|you|they|he|she|think|guess)\b)[A-Za-z][\w'’-]*(?:\s+[\w'’-]+){1,9}?)\s+"
    r"(?:is|are)\s+(?:totally\s+|perfectly\s+|absolutely\s+)?(?:fine|good\s+enough|(?:ok|okay)(?=\s+(?:for|too)))"
    r"(?:\s+(?:for\s+(?:us|me|now)|too))?\W*$"
)
# "The price depends on the size of the dog": a business rule, told as fact
DEPENDS_ON = (
    r"\b(?:price|cost|fee|charge|deposit|discount|rate|duration|length)s?\s+(?:depends?|varies|vary)\s+(?:on|by|with)\b"
)
# What goes wrong, which a client does not want to happen ("we don't want double bookings"): the
# product must prevent it, not leave it out of scope.
PROBLEM = (
    r"(?:any\s+(?:more\s+)?|more\s+|the\s+)?(?:double[\s-]bookings?|overbookings?|duplicates?|duplicate\s+[\w-]+|"
    r"errors?|mistakes?|spam|fraud|no[\s-]shows?|delays?|downtime|outages?|data\s+loss|crashes|glitches|"
    r"chargebacks?|clashes|overlaps?|fake\s+[\w-]+|scams?|missed\s+[\w-]+|lost\s+[\w-]+|late\s+payments?)\b"
)
_PROBLEM_ONLY_RE = re.compile(rf"^{PROBLEM}\s*$", re.IGNORECASE)


def names_only_a_problem(phrase: str) -> bool:
    """ "double bookings", "Duplicate emails": the phrase names only something that goes wrong."""
    return _PROBLEM_ONLY_RE.match(phrase) is not None


# "same-day bookings", "last-minute cancellations": a case of what the system handles, barred by a rule
_BARRED_CASE_RE = re.compile(
    r"^(?:same[\s-]day|last[\s-]minute|next[\s-]day|weekend|overnight|late|evening|sunday|bank[\s-]holiday)\s+"
    r"(?:bookings?|orders?|cancellations?|collections?|deliveries|returns?|refunds?|changes?|hires?|rentals?)\s*$",
    re.IGNORECASE,
)


def names_a_barred_case(phrase: str) -> bool:
    """ "No same-day bookings": a kind of booking the business does not take, a rule (not a feature
    left out)."""
    return _BARRED_CASE_RE.match(phrase) is not None


# what a system sends to people: a wish for one is a wish that the system send it
_MESSAGE_WORDS = frozenset(
    ["sms", "text", "e-mail", "email", "mail", "reminder", "notification", "alert", "message", "letter", "newsletter"]
)


def names_a_message(phrase: str) -> bool:
    """Does the wished-for thing (its first few words) name something the system sends? Not a
    message people write ("gift messages on the card", "a personal note")."""
    words = re.findall(r"[a-z-]+", phrase.lower())[:4]
    return any(
        singular(w) in _MESSAGE_WORDS and (i == 0 or words[i - 1] not in _WRITTEN_BY_PEOPLE)
        for i, w in enumerate(words)
    )


_WRITTEN_BY_PEOPLE = frozenset({"gift", "personal", "personalised", "personalized", "custom", "handwritten", "card"})


def out_of_scope(what: str, tail: str = "") -> str:
    """ "Gift vouchers are out of scope", "Delivery is out of scope: …": what is ruled out, as a statement."""
    what = _AS_WELL_RE.sub("", what)  # "SMS as well" is ruled out as "SMS"
    return f"{capitalise(what)} {'are' if is_plural_subject(what) else 'is'} out of scope{tail}."


_AS_WELL_RE = re.compile(r"\s+(?:as\s+well|too|also)$", re.I)


# "The notes are medical records": plural things, the subject of a sentence ("they" after it)
THINGS_SUBJECT_RE = re.compile(
    r"^(?P<things>(?:the|our|their|all|these|those)\s+(?:[a-z-]+\s+)?(?P<head>[a-z-]+s))\s+(?:are|were|contain|hold)\b",
    re.I,
)


# "Gift vouchers are out of scope": a statement that rules its subject out
RULED_OUT_RE = prefilter.compile(r"\b(?:is|are)\s+out\s+of\s+scope\b", re.I)
# "Waiting list: …", "Reminders: …": the topic a line names before what it says of it
TOPIC_LABEL_RE = re.compile(r"^(?P<topic>[A-Z][\w'’-]*(?:\s[\w'’-]+){0,3}?)\s*:\s")


def with_the(phrase: str, *determiners: str) -> str:
    """ "my lads" -> "the lads", "our catalogue" -> "the catalogue": the client's own things, said by an
    analyst, with `determiners` the words replaced ("my" and "our" when none are given)."""
    words = "|".join(determiners or ("my", "our"))
    return re.sub(rf"^(?:{words})\s+(?=\S)", "the ", phrase, count=1, flags=re.I)


def lower_first(text: str) -> str:
    """The text with its first letter lower case, unless its first word is an acronym ("VAT")."""
    words = text.split(maxsplit=2)
    first = words[0] if words else ""
    if len(first) > 1 and first.isupper():
        return text  # keeps "VAT"
    if len(words) > 1 and first[:1].isupper() and words[1][:1].isupper() and words[1][1:].islower():
        return text  # keeps "Apple Pay", "Google Calendar": a name in two words
    return text[:1].lower() + text[1:]


# pronouns that can stand as the subject of a sentence
PRONOUN_SUBJECTS = frozenset(["i", "we", "you", "they", "he", "she", "it", "this", "that", "these", "those", "there"])

# people the role list leaves out: "we want the kids to choose their own lunch"
PEOPLE_WORDS = frozenset(
    {"kids", "children", "families", "everyone", "everybody", "people", "folks", "diners", "riders"}
)


# kept in capitals when an answer typed in capitals is read in lower case
_ACRONYMS = frozenset(
    {"sms", "gdpr", "pdf", "csv", "uk", "eu", "nhs", "gp", "api", "vat", "qr", "url", "ios", "sso", "mfa"}
)


def unshouted(answer: str) -> str:
    """ "BOTH PLEASE, SMS THE DAY BEFORE": an answer typed in capitals ("answers below in caps"), in lower
    case but for its acronyms."""
    letters = [c for c in answer if c.isalpha()]
    if len(letters) < 4 or not all(c.isupper() for c in letters):
        return answer
    return re.sub(r"[A-Za-z]+", lambda m: m.group(0) if m.group(0).lower() in _ACRONYMS else m.group(0).lower(), answer)


_MY_RE = re.compile(r"\b(?:my|our)\b", re.I)
_ME_RE = re.compile(r"\b(?:me|us)\b", re.I)
_I_RE = re.compile(r"\b(?:I|[Ww]e)\b")
# "I'm travelling" -> "they're travelling": the verb follows its new subject
_I_AM_RE = re.compile(
    r"\b(?P<short>I['’]m|[Ww]e['’]re)\b|\b(?P<long>I\s+am|[Ww]e\s+are)\b|\b(?P<past>(?:I|[Ww]e)\s+(?:was|were))\b"
)
_THEY_ARE = {"short": "they're", "long": "they are", "past": "they were"}


def as_theirs(text: str) -> str:
    """ "a photo of my receipt" -> "a photo of their receipt", "tell me" -> "tell them", "how many I have
    left" -> "how many they have left": what a user wrote in the first person, said of users."""
    text = _I_AM_RE.sub(lambda m: next(said for group, said in _THEY_ARE.items() if m.group(group)), text)
    return _I_RE.sub("they", _ME_RE.sub("them", _MY_RE.sub("their", text)))


# "Repeat prescription requests", "Repeat bookings": a verb that, before a bare noun, modifies it
_MODIFYING_VERB_RE = re.compile(
    r"^\W*repeat\s+(?!(?:the|a|an|my|our|their|your|this|that|it|them|every|each|all|last|previous)\b)[a-z]+\b", re.I
)


# verbs whose object is a clause: "Ensure staff can log in" orders; "Support staff can …" names a group
CLAUSE_VERBS = frozenset(
    {"ensure", "make", "let", "allow", "enable", "check", "confirm", "require", "help", "have", "get", "verify"}
)
# what a product does, asked of it: "Can the timetable show …?", "can we send …?"
PRODUCT_DOINGS = (
    r"(?:show|display|list|send|email|e-mail|text|remind|notify|print|export|sync|sort|filter|hide|highlight|"
    r"include|flag|calculate|remember|save|store|link|connect|integrate|work|handle|accept|take|colour|color)"
)
# "Support staff can close tickets", "Sales team must see …": a group named by its work, then a modal
_WORK_GROUP_RE = re.compile(
    rf"^\W*(?!(?:{'|'.join(sorted(CLAUSE_VERBS))})\b)[a-z]+\s+(?:staff|team)\s+"
    r"(?:can|may|must|should|shall|will|needs?\s+to)\b",
    re.I,
)


def verb_modifies_noun(text: str) -> bool:
    """Does the item open with a verb used as a modifier ("Repeat prescriptions", "Support staff can
    …"), not an order ("Ensure staff can log in")?"""
    return _MODIFYING_VERB_RE.match(text) is not None or _WORK_GROUP_RE.match(text) is not None


# how a call summary reports what someone said: "mentioned", "was clear", "insisted"
REPORTED = (
    r"(?:said|says|mentioned|noted|pointed\s+out|explained|stressed|added|confirmed|told\s+(?:us|everyone)|"
    r"(?:was|were)\s+(?:clear|firm|adamant)|made\s+it\s+clear|insisted)"
)
# "They mentioned a waiting list would be nice", "The client said that …": what was said follows
THEY_REPORTED_RE = re.compile(
    rf"^(?:(?:the\s+)?(?:client|customer)s?|they|he|she)\s+{REPORTED}\s+(?:that\s+)?(?P<rest>.+)$", re.IGNORECASE
)


# "Deposit of £10 when booking, rest on the day at the counter": what is taken, when, and the rest
_AMOUNT = r"(?P<amount>[£$€]\s?\d[\d.,]*|\d+(?:[.,]\d+)?\s*(?:%|percent\b))"
_PAYMENT_METHOD = r"(?:card|cash|cheque|bank\s+transfer|apple\s+pay|google\s+pay|paypal|contactless)"
# "…, the rest on the day" and "…, card or cash is fine": when the rest is paid, and how
_DEPOSIT_TAIL = (
    r"(?P<when>\s+(?:when|on|at|before|to|for|per|up\s*front)\b[^,;.!]*)?"
    r"(?:[,;]\s*(?:and\s+)?(?:the\s+)?(?:rest|balance|remainder)\s+(?P<rest>[^,;.!]+))?"
    rf"(?:[,;]\s*(?:by\s+)?(?P<methods>{_PAYMENT_METHOD}(?:\s*(?:,|or|and)\s*{_PAYMENT_METHOD})*)"
    r"(?:\s+(?:is|are)\s+(?:fine|ok|okay|good))?)?[\s.!]*$"
)
_DEPOSIT_LEAD = r"^\W*(?:(?:oh|and|also|but|so|plus)[\s,]+)*(?:an?\s+)?"
_DEPOSIT_KIND = r"(?P<what>(?:[a-z]+\s+)?(?:deposit|fee|charge))"
DEPOSIT_OF_RE = prefilter.compile(rf"{_DEPOSIT_LEAD}{_DEPOSIT_KIND}\s+of\s+{_AMOUNT}{_DEPOSIT_TAIL}", re.I)
# "A £5 deposit when booking, the rest on the day": the amount first
_AMOUNT_DEPOSIT_RE = re.compile(rf"{_DEPOSIT_LEAD}{_AMOUNT}\s+{_DEPOSIT_KIND}{_DEPOSIT_TAIL}", re.I)


def deposit_said(text: str) -> re.Match[str] | None:
    """ "Deposit of £10 when booking, rest on the day", "A £5 deposit …, card or cash is fine"."""
    return DEPOSIT_OF_RE.match(text) or _AMOUNT_DEPOSIT_RE.match(text)


# "E-bikes need a £50 deposit, normal bikes don't": what a deposit is taken for, and what not
_NEEDS_DEPOSIT_RE = prefilter.compile(
    r"^\W*(?:(?:and|also|but|oh|plus)[\s,]+)*(?P<what>[A-Za-z][\w'’ -]{1,40}?)\s+(?:need|needs|require|requires)\s+(?:a|an)\s+"
    r"(?P<amount>[£$€]\s?\d[\d.,]*)\s+(?P<kind>deposit|fee)(?:[,;]\s*(?:but\s+)?(?P<other>[A-Za-z][\w'’ -]{1,40}?)\s+"
    r"(?:don['’]t|doesn['’]t|do\s+not|does\s+not))?[\s.!]*$",
    re.I,
)


def deposit_statement(text: str) -> str | None:
    """ "Deposit of £10 when booking, rest on the day at the counter" -> "The system should take a £10
    deposit when booking; the rest is paid on the day at the counter"."""
    if needed := _NEEDS_DEPOSIT_RE.match(text.strip()):
        amount, other = needed.group("amount").replace(" ", ""), needed.group("other")
        but = f", but not for {other.strip().lower()}" if other else ""
        return (
            f"The system must take {article(amount)} {amount} {needed.group('kind').lower()} "
            f"for {needed.group('what').strip().lower()}{but}."
        )
    said = deposit_said(text.strip())
    if said is None:
        return None
    amount = said.group("amount").replace(" ", "")
    rest = f"; the rest is paid {said.group('rest').strip()}" if said.group("rest") else ""
    if methods := said.group("methods"):
        rest += f"{',' if rest else ';'} by {' '.join(methods.lower().split())}"
    return f"The system should take {article(amount)} {amount} {said.group('what').lower()}{said.group('when') or ''}{rest}."


# "Oh and we charge a £200 deposit that goes back when the van comes back clean": a money rule
# of the business, which the system then applies
CHARGE_RE = prefilter.compile(
    r"^\W*(?:(?:oh|and|also|but|so|plus)[\s,]+)*(?:we|they)\s+(?:always\s+|usually\s+|currently\s+|normally\s+)?"
    r"(?P<verb>charge|take)\s+(?P<rest>(?:(?:a|an)\s+)?(?:[£$€]\s?\d|\d+(?:[.,]\d+)?\s*(?:%|percent\b)).+?)[\s.!]*$",
    re.I,
)
