"""Closed word lists the light-weight grammar relies on (no tagger, no downloads)."""

from __future__ import annotations

import re

WORD_RE = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-'’][A-Za-z0-9]+)*|\d+(?:[.,]\d+)*%?")

DETERMINERS = frozenset(
    ["a", "an", "the", "this", "that", "these", "those", "each", "every", "all", "any", "some", "no", "its", "their", "his", "her", "our", "your", "my", "another", "other", "such", "both", "either", "neither", "several", "many", "few"]
)
PRONOUNS = frozenset(
    ["i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that", "these", "those", "one", "someone", "anyone", "everyone", "something", "anything", "everything", "myself", "ourselves", "itself", "themselves"]
)
PREPOSITIONS = frozenset(
    ["of", "in", "on", "at", "by", "for", "with", "without", "within", "from", "to", "into", "onto", "over", "under", "about", "across", "after", "before", "between", "among", "through", "during", "via", "per", "against", "toward", "towards", "upon", "than", "like", "including", "except", "around", "behind", "beyond", "below", "above", "along", "throughout", "inside", "outside"]
)
CONJUNCTIONS = frozenset(["and", "or", "but", "nor", "so", "yet", "if", "when", "while", "whether", "because", "although", "unless", "until"])
AUXILIARIES = frozenset(
    ["be", "is", "are", "was", "were", "been", "being", "am", "do", "does", "did", "done", "have", "has", "had", "having", "shall", "should", "will", "would", "must", "may", "might", "can", "could", "need", "needs", "ought", "not", "n't"]
)
OTHER_FUNCTION = frozenset(
    ["there", "here", "then", "also", "only", "just", "very", "more", "most", "less", "least", "not", "too", "as", "how", "what", "which", "who", "whom", "whose", "where", "why", "again", "always", "never", "already", "still", "even", "however", "therefore", "thus", "e.g", "i.e", "etc", "able", "possible", "want", "wants", "like", "would", "please", "out", "up", "down", "off"]
)
FUNCTION_WORDS = DETERMINERS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS | AUXILIARIES | OTHER_FUNCTION

# Verbs that requirement writers use for behaviour; base forms. Enough to find the main verb
# of a clause and the start of a coordinated verb phrase without a POS tagger.
VERBS = frozenset(
    ["accept", "access", "add", "adjust", "allow", "alert", "analyse", "analyze", "apply", "approve", "archive", "assign", "attach", "audit", "authenticate", "authorize", "authorise", "back", "backup", "block", "book", "browse", "build", "calculate", "call", "cancel", "capture", "change", "charge", "check", "choose", "classify", "clear", "close", "collect", "combine", "compare", "compute", "configure", "confirm", "connect", "contain", "convert", "copy", "correct", "create", "customize", "customise", "deactivate", "define", "delete", "deliver", "deny", "deploy", "describe", "detect", "determine", "disable", "display", "distribute", "download", "drag", "drop", "edit", "email", "e-mail", "enable", "encrypt", "enter", "estimate", "evaluate", "exchange", "execute", "exit", "expire", "export", "extract", "fill", "filter", "find", "flag", "follow", "forward", "generate", "get", "give", "grant", "group", "guide", "handle", "help", "hide", "highlight", "hold", "identify", "import", "include", "indicate", "inform", "initiate", "input", "insert", "inspect", "install", "integrate", "interface", "invite", "invoice", "issue", "join", "keep", "know", "label", "launch", "learn", "leave", "limit", "link", "list", "load", "locate", "lock", "log", "login", "logout", "look", "maintain", "make", "manage", "map", "mark", "match", "measure", "merge", "migrate", "modify", "monitor", "move", "navigate", "notify", "obtain", "offer", "open", "order", "organize", "organise", "override", "pay", "perform", "pick", "place", "plan", "post", "predict", "prepare", "present", "preview", "print", "prioritize", "prioritise", "process", "produce", "prompt", "protect", "provide", "publish", "purchase", "query", "queue", "rank", "rate", "read", "receive", "recommend", "record", "recover", "redirect", "refresh", "register", "reject", "release", "reload", "remind", "remove", "rename", "render", "reorder", "repeat", "replace", "reply", "report", "request", "require", "reschedule", "reserve", "reset", "resolve", "respond", "restore", "restrict", "retrieve", "return", "review", "revoke", "run", "save", "scan", "schedule", "search", "see", "select", "sell", "send", "set", "setup", "share", "show", "sign", "sort", "specify", "start", "stop", "store", "submit", "subscribe", "suggest", "summarize", "summarise", "supply", "support", "suspend", "switch", "sync", "synchronize", "synchronise", "tag", "take", "track", "transfer", "translate", "trigger", "unlock", "update", "upload", "use", "validate", "verify", "view", "vote", "warn", "withdraw", "write"]
)

# Irregular past participles; regular ones end in -ed.
IRREGULAR_PARTICIPLES = frozenset(
    ["built", "bought", "brought", "caught", "chosen", "done", "drawn", "driven", "eaten", "fallen", "felt", "found", "forgotten", "frozen", "given", "gone", "grown", "held", "hidden", "hit", "hung", "kept", "known", "laid", "led", "left", "lent", "lost", "made", "meant", "met", "paid", "put", "read", "rebuilt", "redone", "rewritten", "ridden", "run", "said", "seen", "sent", "set", "shown", "shut", "sold", "sought", "spent", "split", "spoken", "stolen", "stood", "struck", "taken", "taught", "thrown", "told", "understood", "undone", "upheld", "withdrawn", "won", "written"]
)
NOT_PARTICIPLES = frozenset(["need", "needed", "red", "bed", "feed", "seed", "speed", "shed", "hundred", "based"])

# Names that stand for the system under development rather than an actor of it.
SYSTEM_NOUNS = frozenset(
    ["system", "systems", "product", "application", "app", "software", "platform", "tool", "solution", "website", "site", "portal", "service", "module", "interface", "program", "prototype", "srs"]
)


def is_participle(word: str) -> bool:
    lower = word.lower()
    if lower in IRREGULAR_PARTICIPLES:
        return True
    return len(lower) > 4 and lower.endswith("ed") and lower not in NOT_PARTICIPLES


def is_verb(word: str) -> bool:
    return word.lower() in VERBS


def singular(word: str) -> str:
    """Cheap English singular form of a noun (good enough for entity names)."""
    lower = word.lower()
    if len(lower) <= 3 or lower.endswith(("ss", "us", "is", "ics", "ous", "data")):
        return word
    if lower.endswith("ies"):
        return word[:-3] + "y"
    if lower.endswith(("ches", "shes", "xes", "sses", "zes")):
        return word[:-2]
    if lower.endswith("s"):
        return word[:-1]
    return word


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
