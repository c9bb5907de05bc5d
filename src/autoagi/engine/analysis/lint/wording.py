"""Rules that read one requirement's wording. Offsets are into the quoted source text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from itertools import islice

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import MODAL_WORDS, ROLE_WORDS, noun_phrases, passive_spans
from autoagi.engine.analysis.words import (
    AUXILIARIES,
    DETERMINERS,
    FUNCTION_WORDS,
    PREPOSITIONS,
    SYSTEM_NOUNS,
    singular,
)
from autoagi.engine.artifacts import Finding
from autoagi.engine.numbers import NUMBER_WORD_PATTERN, number_value

_VAGUE: dict[str, str] = {
    # term -> what to write instead
    "user-friendly": "name a usability target, e.g. 'a new user completes checkout in under 3 minutes without help'",
    "user friendly": "name a usability target, e.g. 'a new user completes checkout in under 3 minutes without help'",
    "easy": "state who must manage it and how fast, e.g. 'in under 2 minutes with no training'",
    "easily": "state who must manage it and how fast, e.g. 'in under 2 minutes with no training'",
    "intuitive": "state a measurable usability target (task time, error rate, SUS score)",
    "simple": "state a measurable usability target (steps, time, error rate)",
    "fast": "give a time limit and a percentile, e.g. '95% of requests within 500 ms'",
    "quick": "give a time limit and a percentile, e.g. '95% of requests within 500 ms'",
    "quickly": "give a time limit and a percentile, e.g. '95% of requests within 500 ms'",
    "rapid": "give a time limit and a percentile",
    "responsive": "give a time limit, e.g. 'pages render within 1 s on a 4G connection'",
    "efficient": "give a resource or time budget",
    "efficiently": "give a resource or time budget",
    "high performance": "give throughput and latency figures",
    "scalable": "state the load to support, e.g. '10,000 concurrent users'",
    "flexible": "name the changes it must accommodate",
    "robust": "state the failures it must survive and the recovery time",
    "reliable": "give an availability or failure-rate figure",
    "secure": "name the threats and the controls, e.g. 'passwords hashed with argon2'",
    "adequate": "give the exact figure that is adequate",
    "sufficient": "give the exact figure that is sufficient",
    "appropriate": "say what is appropriate, or who decides it",
    "reasonable": "give the exact figure that is reasonable",
    "timely": "give a deadline or time limit",
    "seamless": "describe the observable behaviour instead",
    "seamlessly": "describe the observable behaviour instead",
    "modern": "name the concrete look, standard or technology",
    "state-of-the-art": "name the concrete standard or technology",
    "minimal": "give the maximum allowed value",
    "minimize": "give the maximum allowed value",
    "maximize": "give the minimum required value",
    "optimal": "state the criterion and the target value",
    "optimize": "state the criterion and the target value",
    "as soon as possible": "give a deadline or time limit",
    "asap": "give a deadline or time limit",
    "in real time": "give the maximum delay, e.g. 'within 2 s'",
    "real-time": "give the maximum delay, e.g. 'within 2 s'",
    "nice": "describe the observable result",
    "good": "describe the observable result with a figure",
    "better": "state the baseline and the target",
    "improved": "state the baseline and the target",
    "enhanced": "state the baseline and the target",
    "large": "give the number",
    "small": "give the number",
    "many": "give the number",
    "several": "give the number",
    "some": "give the number or the list",
    "most": "give the percentage",
    "various": "list them",
    "normally": "state the exceptions explicitly",
    "usually": "state the exceptions explicitly",
    "typically": "state the exceptions explicitly",
    "etc": "",  # handled by the open-ended rule
}
_ESCAPE = (
    r"if\s+possible|where\s+possible|when\s+possible|whenever\s+possible|as\s+far\s+as\s+possible|"
    r"as\s+much\s+as\s+possible|to\s+the\s+extent\s+possible|if\s+feasible|where\s+feasible|as\s+appropriate|"
    r"where\s+appropriate|if\s+appropriate|when\s+appropriate|if\s+necessary|where\s+necessary|"
    r"when\s+necessary|as\s+necessary|as\s+needed|if\s+needed|when\s+needed|as\s+required|where\s+required|"
    r"where\s+applicable|if\s+applicable|as\s+applicable|ideally|preferably|if\s+time\s+permits|"
    r"unless\s+otherwise\s+(?:specified|agreed)|where\s+practical|if\s+practical|should\s+the\s+need\s+arise"
)
_ESCAPE_RE = prefilter.compile(rf"\b(?:{_ESCAPE})\b", re.I)
_OPEN_RE = prefilter.compile(
    r"\betc\b\.?|\band\s+so\s+(?:on|forth)\b|\bincluding\s+but\s+not\s+limited\s+to\b|\bamong\s+others\b|"
    r"\band\s+(?:more|the\s+like|similar|others|other\s+\w+)\b|\bor\s+(?:similar|the\s+like|whatever)\b|"
    r"\bsuch\s+as\b|…|\.\.\.",
    re.I,
)
_TBD_RE = prefilter.compile(
    r"\b(?:TBD|TBC|TBA|TBS|to\s+be\s+(?:determined|confirmed|decided|defined|announced|specified|agreed|clarified))\b"
    r"|\?\?+|\bXXX\b|\bFIXME\b",
    re.I,
)
_VAGUE_RE = prefilter.compile(
    # "how many places are left" asks for a figure; it does not hedge one; "would be nice" ranks a wish
    r"(?<!\bhow\s)(?<!\bwould\sbe\s)(?<![’']d\sbe\s)\b(?:"
    + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_VAGUE, key=len, reverse=True) if t != "etc")
    # "a nice to have", "the most important thing": a priority, not a hedge
    + r")\b(?![\s-]+to[\s-]+have\b)(?!\s+important\b)",
    re.I,
)
_PRONOUN_START_RE = re.compile(
    r"^\s*(?P<p>it|this|that|they|these|those|he|she|them)\b(?!\s+(?:would|is|was)\s+\w+\s+(?:if|to|that)\b)", re.I
)
_EXPLETIVE_RE = re.compile(
    r"\bit\s+(?:would\s+be|is|'s|will\s+be|should\s+be|must\s+be|shall\s+be|may\s+be|can\s+be)\s+(?:\w+\s+)?"
    r"(?:if|to|that|possible|important|"
    r"necessary|essential|required|great|nice|good|critical)\b|\bit\s+(?:has|have)\s+to\b",
    re.I,
)
_COORDINATION_RE = re.compile(r"\s+(?:and|&)\s+(?:(?:the|a|an|its|their|our)\s+)?", re.I)
_WORDS_BEFORE_RE = re.compile(r"(?:[\w'’-]+\s+){1,4}$")
_NEXT_WORD_RE = re.compile(r"\s+([\w'’-]+)")
_LAST_WORD_RE = re.compile(r"[\w'’-]+(?=\s*$)")
# where a clause starts: punctuation, or a word that opens a new clause
_CLAUSE_START_RE = re.compile(
    r"[,;:.!?()]|\b(?:and|but|or|when|whenever|if|that|which|who|because|so|while|until|unless|where)\b", re.I
)
_BRACKET_RE = re.compile(r"\([^()]*\)")
_PRONOUN_RE = prefilter.compile(r"\b(?P<p>it|its|they|them|their)\b", re.I)
_PLURAL_ONLY = frozenset(["people", "police"])
_NEAREST_CANDIDATES = 6  # how many of the nouns named before an unclear pronoun its finding lists
_TIME_UNITS = frozenset(["second", "minute", "hour", "day", "week", "month", "year", "ms", "pm", "am"])
_EITHER_NUMBER = frozenset(["data", "staff", "team", "personnel", "management", "media"])
_AND_OR_RE = prefilter.compile(r"\band/or\b|\bor/and\b", re.I)
# a figure: digits, a number word, or "a"/"an" before a unit ("under a second", "an hour")
_NUMBER_RE = prefilter.compile(
    rf"\d|\b(?:{NUMBER_WORD_PATTERN})\b|\b(?:a|an)\s+(?:second|minute|hour|day|week|month|year|half)\b",
    re.I,
)

Rule = Callable[[str], list[Finding]]


def vague_terms(text: str) -> list[Finding]:
    out = []
    for m in _VAGUE_RE.finditer(text):
        term = " ".join(m.group(0).lower().split())
        hint = _VAGUE.get(term) or _VAGUE.get(term.replace(" ", "-")) or "make it measurable"
        out.append(
            Finding(
                rule="vague_term",
                severity="warning",
                message=f"'{m.group(0)}' is vague: it cannot be tested as written.",
                start=m.start(),
                end=m.end(),
                suggestion=f"Replace '{m.group(0)}': {hint}.",
            )
        )
    return out


def escape_clauses(text: str) -> list[Finding]:
    return [
        Finding(
            rule="escape_clause",
            severity="warning",
            message=f"'{m.group(0)}' lets the requirement be skipped; nobody can fail it.",
            start=m.start(),
            end=m.end(),
            suggestion="Remove the clause, or state exactly when the requirement does not apply.",
        )
        for m in _ESCAPE_RE.finditer(text)
    ]


def open_ended(text: str) -> list[Finding]:
    return [
        Finding(
            rule="open_ended_list",
            severity="warning",
            message=f"'{m.group(0).strip()}' leaves the list open: what else is included?",
            start=m.start(),
            end=m.end(),
            suggestion="List every item, or refer to a complete list kept elsewhere.",
        )
        for m in _OPEN_RE.finditer(text)
    ]


def tbd(text: str) -> list[Finding]:
    return [
        Finding(
            rule="tbd",
            severity="error",
            message=f"'{m.group(0)}' marks an open point.",
            start=m.start(),
            end=m.end(),
            suggestion="Ask the client for the missing value and record who decided it and when.",
        )
        for m in _TBD_RE.finditer(text)
    ]


def passive_voice(text: str) -> list[Finding]:
    return [
        Finding(
            rule="passive_voice",
            severity="info",
            message=f"'{text[s:e]}' is passive and names no actor: who or what does it?",
            start=s,
            end=e,
            suggestion="Rewrite in the active voice with the actor as subject, e.g. 'The system shall …'.",
        )
        for s, e in passive_spans(text)
    ]


def unclear_pronouns(text: str) -> list[Finding]:
    m = _PRONOUN_START_RE.match(text)
    if m and not _EXPLETIVE_RE.match(text, m.start("p")):
        return [
            Finding(
                rule="unclear_pronoun",
                severity="warning",
                message=f"'{m.group('p')}' opens the requirement, so its referent lies outside it.",
                start=m.start("p"),
                end=m.end("p"),
                suggestion="Replace the pronoun with the noun it stands for.",
            )
        ]
    if _PRONOUN_RE.search(text) is None:
        return []  # most statements have no pronoun: their phrases are not needed
    # "The system attaches the report to the e-mail when it is ready": two candidates for "it"
    out = []
    every_phrase = noun_phrases(text)
    phrases = [p for p in every_phrase if p.head.lower() not in SYSTEM_NOUNS]
    # "payment and a second site ... them": a coordination is one more thing "they" can be
    pairs = {
        b.start: f"{a.head} and {b.head}"
        for a, b in zip(every_phrase, every_phrase[1:], strict=False)
        if _COORDINATION_RE.fullmatch(text, a.end, b.start)
    }
    brackets = _bracket_spans(text)
    phrase_starts = [p.start for p in phrases]
    # the nouns each kind of pronoun could stand for, most recently named last, with the bracket
    # each was named in: one pass over the text, so a long statement full of pronouns stays linear
    named: dict[bool, OrderedDict[str, tuple[str, int]]] = {True: OrderedDict(), False: OrderedDict()}
    seen = seen_all = 0
    for m in _PRONOUN_RE.finditer(text):
        pronoun = m.group("p").lower()
        while seen_all < len(every_phrase) and every_phrase[seen_all].end <= m.start():
            phrase = every_phrase[seen_all]
            seen_all += 1
            where = _bracket_of(brackets, phrase.start)
            if phrase.head.lower() not in SYSTEM_NOUNS:
                seen += 1
                # a capital that only starts the sentence ("Owners can ...") does not make a name
                head = phrase.head
                agreeing = head.lower() if len(phrase.words) == 1 and _sentence_start(text, phrase.start) else head
                for it_like, recent in named.items():
                    if _agrees("it" if it_like else "they", agreeing):
                        recent.pop(head.lower(), None)
                        recent[head.lower()] = (head, where)
            if phrase.start in pairs:
                named[False].pop(pairs[phrase.start].lower(), None)
                named[False][pairs[phrase.start].lower()] = (pairs[phrase.start], where)
        if _EXPLETIVE_RE.match(text, m.start()):
            continue
        # an aside in brackets is not what a pronoun outside them points back to, and the object
        # of a verb is not that verb's own subject ("clients can bring them": not the clients)
        here = _bracket_of(brackets, m.start())
        subject = (
            _own_subject(text, phrases, phrase_starts, seen, m.start(), m.end()) if pronoun in {"it", "them"} else None
        )
        visible = (
            head
            for head, where in reversed(named[pronoun in {"it", "its"}].values())
            if where in (-1, here) and head.lower() != subject
        )
        nearest = list(islice(visible, _NEAREST_CANDIDATES))[::-1]
        # nothing named before it at all, or only the clause's own subject: the referent is outside
        # (no agreeing noun alone is not enough: a noun taken for a verb would make that up)
        outside = seen == 0 or (subject is not None and subject in named[pronoun == "it"])
        if not nearest and pronoun in {"it", "them"} and outside:
            # "If they decline, it should go to the next person": what "it" is was said elsewhere
            out.append(
                Finding(
                    rule="unclear_pronoun",
                    severity="warning",
                    message=f"'{m.group('p')}' stands for something the requirement never names.",
                    start=m.start("p"),
                    end=m.end("p"),
                    suggestion="Replace the pronoun with the noun it stands for.",
                )
            )
        elif len(nearest) >= 2:
            out.append(
                Finding(
                    rule="unclear_pronoun",
                    severity="info",
                    message=f"'{m.group('p')}' could refer to more than one of: {', '.join(nearest)}.",
                    start=m.start("p"),
                    end=m.end("p"),
                    suggestion="Repeat the noun instead of the pronoun.",
                )
            )
    return out


def _own_subject(text: str, phrases: list, starts: list[int], seen: int, offset: int, end: int) -> str | None:
    """The head of the subject of the clause an object pronoun at `offset` sits in: the one noun
    phrase between the clause's start and a verb right before the pronoun ("owners can book it")."""
    before = _LAST_WORD_RE.search(text, max(0, offset - 60), offset)  # a window: linear in pronouns
    if before is None or before.group(0).lower() in FUNCTION_WORDS:
        return None  # "before it", "with them": not the object of a verb
    after = _NEXT_WORD_RE.match(text, end)
    if after is not None and after.group(1).lower() in MODAL_WORDS | AUXILIARIES:
        return None  # "on board it shall ensure": the pronoun is a subject
    boundary = max((m.end() for m in _CLAUSE_START_RE.finditer(text, max(0, offset - 200), offset)), default=0)
    first = bisect_right(starts, boundary - 1)
    if first >= seen or _after_preposition(text, phrases[first].start):
        return None  # no subject named in this clause ("that is stored in the repository")
    # the subject and what modifies it ("people with three cats"): every other phrase sits in a
    # prepositional phrase
    if any(not _after_preposition(text, phrases[i].start) for i in range(first + 1, seen)):
        return None
    return phrases[first].head.lower()


def _after_preposition(text: str, offset: int) -> bool:
    words = _WORDS_BEFORE_RE.search(text, max(0, offset - 60), offset)
    if words is None:
        return False
    for word in reversed(words.group(0).lower().split()):
        if word in PREPOSITIONS:
            return True
        if word not in DETERMINERS and number_value(word) is None:
            return False
    return False


def _sentence_start(text: str, offset: int) -> bool:
    # walks back over the quotes and spaces, rather than copying the text before `offset` (once per
    # pronoun, that grew with the square of a long sentence)
    at = offset
    while at > 0 and text[at - 1] in _OPENING:
        at -= 1
    return at == 0 or text[at - 1] in ".!?:;\n-–—•*"


_OPENING = frozenset(" \t\"'“‘(")


def _bracket_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BRACKET_RE.finditer(text)]


def _bracket_of(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the bracketed aside that holds `offset`, or -1 outside every one."""
    at = bisect_right(spans, (offset, offset)) - 1
    return at if at >= 0 and offset < spans[at][1] else -1


def _agrees(pronoun: str, head: str) -> bool:
    """Can `head` be what the pronoun stands for? "It" is one thing, not a person; "they" is
    several things or people (a singular role can be "they" too)."""
    lower = head.lower()
    if singular(lower) in _TIME_UNITS:
        return False  # "12 months after their last visit": a span of time is not what "their" means
    if lower in _EITHER_NUMBER or (head[:1].isupper() and not head.isupper()):
        return True  # "the data ... it/they"; a name may be a person, a product or an organisation
    plural = singular(head).lower() != lower or lower in _PLURAL_ONLY
    person = lower in ROLE_WORDS or singular(lower) in ROLE_WORDS
    if pronoun in {"it", "its"}:
        return not plural and not person
    return plural or person


def and_or(text: str) -> list[Finding]:
    return [
        Finding(
            rule="compound_requirement",
            severity="warning",
            message="'and/or' leaves open whether both or one is required.",
            start=m.start(),
            end=m.end(),
            suggestion="Split into separate requirements, or say 'both' or 'either'.",
        )
        for m in _AND_OR_RE.finditer(text)
    ]


def unmeasurable(text: str) -> list[Finding]:
    """For non-functional statements: no figure at all means no pass/fail threshold."""
    if _NUMBER_RE.search(text):
        return []
    return [
        Finding(
            rule="unmeasurable",
            severity="info",
            message="A quality requirement with no figure has no pass/fail threshold.",
            suggestion="Add a measurable target (a number, a unit and how it is measured).",
        )
    ]


WORDING_RULES: tuple[Rule, ...] = (
    vague_terms,
    escape_clauses,
    open_ended,
    tbd,
    passive_voice,
    unclear_pronouns,
    and_or,
)
