"""What happens, told in the present tense, as the requirements it stands for.

Notes describe the product as if it existed: "Every volunteer gets a reminder the day before",
"When someone drops out less than 48h before, Sam gets an alert and the shift goes to the waiting
list". An analyst writes what should happen, names the role rather than the person ("the volunteer
coordinator", when the notes say who Sam is) and makes one requirement of each clause, each with
the condition they share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lemminflect import getLemma

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.people import plausible_name
from autoagi.engine.analysis.words import DETERMINERS, TOPIC_LABEL_RE, capitalise, is_verb, lower_first, third_person

# "When someone drops out less than 48h before, …": a condition both clauses share
_CONDITION_RE = re.compile(r"^(?P<cond>(?:when|whenever|if|once|as\s+soon\s+as|after)\s+[^,]{3,120},\s*)", re.I)
# "Sam gets an alert", "Every volunteer gets a reminder", "the shift goes to the waiting list"
_THIRD_PERSON_RE = re.compile(r"(?<=\s)[a-z]+s\b")
_MAX_SUBJECT_WORDS = 7
_NAME_RE = re.compile(r"^[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?$")
_JOIN_RE = prefilter.compile(r",?\s+and\s+(?:then\s+)?(?=(?:the|their|his|her|our|its|a|an|every|each)\s)", re.I)
# being sent something is what the product does to people; anything else must be the role's own doing
_RECEIVE = frozenset({"get", "receive"})
_MESSAGE_RE = re.compile(
    r"^\s+(?:an?\s+|the\s+)?(?:\w+\s+)?(?:e-?mail|sms|text|reminder|notification|alert|message)s?\b", re.I
)
# "is", "has", "does" describe; "wants", "needs" wish (read elsewhere)
_NOT_ACTIONS = frozenset({"be", "have", "do", "want", "need", "like", "love", "think", "say", "ask", "mean", "feel"})
_NAMED_MODAL_RE = re.compile(
    r"^(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:(?:,\s*|\s+and\s+)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?){0,3})\s+(?P<modal>can|may|should|must|needs\s+to|has\s+to|will)\s+(?P<rest>\S.*)$"
)


@dataclass(frozen=True, slots=True)
class Described:
    start: int  # offsets of the clause in the sentence
    end: int
    statement: str


def described_statement(text: str, people=None, present: bool = True) -> str | None:
    """The requirement one present-tense sentence describes, or None when it does not read as one.
    Without `present`, only a named person's modal is read ("Sam can see …": their role can)."""
    clean = " ".join(text.split()).rstrip(" .")
    parts = _described(clean, people, present or counted_condition(clean))  # a rule said as a count, whatever else
    if not parts and (topic := TOPIC_LABEL_RE.match(clean)):
        parts = _described(clean[topic.end() :], people, present)  # "Reminders: every volunteer gets …"
    return parts[0].statement if len(parts) == 1 else None


def described_parts(text: str, people=None) -> list[Described]:
    """Two or more clauses joined by "and", each the requirement it describes; [] when the sentence is
    not made of such clauses."""
    parts = _described(text.rstrip(" ."), people)
    return parts if len(parts) > 1 else []


# "Two warnings in a year and the plot goes back to the waiting list": so many of something, then
_COUNT_THEN_RE = re.compile(
    r"^(?P<count>(?:one|two|three|four|five|six|\d+)\s+[a-z-]+s?(?:\s+(?:in|within|per)\s+(?:a|one|\d+)\s+[a-z]+)?)\s+"
    r"and\s+(?=(?:the|their|your)\s)",
    re.I,
)


def counted_condition(text: str) -> bool:
    """ "Two warnings in a year and the plot goes back …": one rule, its condition first."""
    return _COUNT_THEN_RE.match(text.strip()) is not None


def _described(text: str, people, present: bool = True) -> list[Described]:
    """The clauses cut at each "and <the …>" when every one reads as a requirement, else the whole
    sentence as one ("the size of the dog and the coat" joins two things, not two clauses)."""
    condition = _CONDITION_RE.match(text)
    cond = condition.group("cond") if condition else ""
    body_start = condition.end() if condition else 0
    if condition is None and (counted := _COUNT_THEN_RE.match(text)):
        cond, body_start = f"After {lower_first(counted.group('count'))}, ", counted.end()
    cuts = list(_JOIN_RE.finditer(text, body_start))
    for joins in (cuts, []) if cuts else ([],):
        bounds = [body_start, *[p for m in joins for p in (m.start(), m.end())], len(text)]
        clauses = [_clause(text[a:b], people, present) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
        if all(clauses):
            starts = [0, *bounds[2::2]]
            return [
                Described(start, end, capitalise(f"{cond}{lower_first(clause)}" if cond else clause) + ".")
                for start, end, clause in zip(starts, bounds[1::2], clauses, strict=True)
            ]
    return []


# "whoever is first gets the spot when someone cancels": who is given something scarce
_WHOEVER_RE = re.compile(
    r"^(?:(?:and|so|but)[\s,]+)?(?P<who>whoever\s+[^,?]{2,60}?)\s+(?:gets|takes|wins|keeps)\s+"
    r"(?P<thing>(?:the|a|an|their|that)\s+(?:(?!(?:when|if|once|after|before|until|unless|as|and|or|but|so|"
    r"on|at|in|for|from|by|with|first)\b)[\w'-]+\s*){1,4})(?P<rest>.*)$",
    re.I,
)


def _whoever(clause: str) -> str | None:
    """ "whoever is first gets the spot when someone cancels" -> "the spot should go to whoever is first
    when someone cancels": the product hands it out."""
    m = _WHOEVER_RE.match(clause.strip())
    if m is None:
        return None
    thing = m.group("thing").strip()
    if thing.split()[0].lower() == "their":
        thing = "the " + thing.split(None, 1)[1]
    rest = m.group("rest").rstrip()
    return f"{thing} should go to {m.group('who').lower()}{' ' + rest.lstrip() if rest else ''}"


def _clause(clause: str, people, present: bool = True) -> str | None:
    """ "Sam gets an alert" -> "the volunteer coordinator should get an alert" (Sam's role known);
    "the shift goes to the waiting list" -> "the shift should go to the waiting list"."""
    if present and (given := _whoever(clause)):
        return given
    if named := _NAMED_MODAL_RE.match(clause):
        role = _roles(named.group("name"), people)
        if role is None:
            return None
        modal = named.group("modal").lower()
        modal = "should be able to" if modal in {"can", "may"} else "should" if modal == "will" else modal
        return f"{role} {modal} {named.group('rest')}"
    if (
        (they := _THEY_GET_RE.match(clause.strip()))
        and _MESSAGE_RE.match(f" {they.group('rest')}")
        and (they.group("who").lower() == "they" or they.group("who").lower() in ROLE_WORDS)
    ):
        # "…, and they get a reminder" (who they are, the passage says), "Customers get a reminder …"
        return f"{they.group('who')} should {they.group('verb').lower()} {they.group('rest')}"
    found = _verb_of(clause) if present else None
    if found is None:
        return None
    subject, base, rest = found
    if base in _NOT_ACTIONS or not (is_verb(base) or base in _THING_VERBS):
        return None  # "… a second SMS two hours before": "hours" is no verb here
    sent = base in _RECEIVE and _MESSAGE_RE.match(rest) is not None
    rest = _COORDINATED_RE.sub(_bare_coordinated, rest)  # "… gets an e-mail and has 30 minutes" -> "and have"
    if _NAME_RE.match(subject) and (role := _role(subject, people)):
        # what a named person is sent, or does with the product
        return f"{role} should {base}{rest}" if sent else f"{role} should be able to {base}{rest}"
    words = subject.split()
    if words[0].lower() not in DETERMINERS or len(words) < 2 or not all(w.islower() for w in words[1:]):
        return None  # "Sam gets …" with no role known, "Tuesday Group meets …": left as written
    if sent or base in _THING_VERBS:
        return f"{subject[0].lower()}{subject[1:]} should {base}{rest}"
    return None


# what a thing does by itself when something happens: "the shift goes to the waiting list"
_THING_VERBS = frozenset(
    {"go", "move", "appear", "update", "close", "reopen", "expire", "lock", "unlock", "depend", "vary"}
)


def _verb_of(clause: str) -> tuple[str, str, str] | None:
    """(subject, verb's base form, the rest) at the first word in the third person singular."""
    for m in _THIRD_PERSON_RE.finditer(clause):
        if len(clause[: m.start()].split()) > _MAX_SUBJECT_WORDS:
            return None
        if base := third_person_base(m.group(0)):
            return clause[: m.start()].strip(), base, clause[m.end() :]
    return None


_COORDINATED_RE = re.compile(r"\b(?P<and>and|or)\s+(?P<verb>[a-z]+s)\b")


def _bare_coordinated(m: re.Match[str]) -> str:
    base = third_person_base(m.group("verb"))
    return f"{m.group('and')} {base}" if base and (is_verb(base) or base in {"have", "be"}) else m.group(0)


def third_person_base(verb: str) -> str | None:
    """ "gets" -> "get", "goes" -> "go", "notifies" -> "notify"; None for a word that is no verb in the
    third person (the lexicon's lemma first, then the word list for verbs it lacks)."""
    low = verb.lower()
    lemmas = getLemma(low, upos="VERB")
    if lemmas and lemmas[0] != low and third_person(lemmas[0]) == low:
        return lemmas[0]
    for base in (low[:-3] + "y" if low.endswith("ies") else "", low[:-2], low[:-1]):
        if base and is_verb(base) and third_person(base) == low:
            return base
    return None


_NAMES_SPLIT_RE = re.compile(r",\s*|\s+and\s+")


def _roles(names: str, people) -> str | None:
    """ "the front desk manager" for "Priya"; "Tom and the front desk manager" for "Tom and Priya" when
    only Priya's role is known. None when no role is known or a name is no person's."""
    each = _NAMES_SPLIT_RE.split(names)
    roles = [_role(name, people) for name in each]
    if not any(roles) or people is None:
        return None
    if not all(people.is_name(name.split()[0]) or plausible_name(name.split()[0]) for name in each):
        return None  # "Tom" beside a known person is one too; "Admin and Priya" is no list of people
    said = [role or name for role, name in zip(roles, each, strict=True)]
    return said[0] if len(said) == 1 else f"{', '.join(said[:-1])} and {said[-1]}"


def _role(name: str, people) -> str | None:
    """ "the volunteer coordinator" for "Sam" when the notes say who Sam is."""
    if people is None or not people.is_name(name.split()[0]):
        return None
    role = people.role_of(name)
    return f"the {role}" if role else None


# "…, and the patient gets a text automatically": a described clause tacked onto a requirement
# "…, and they get a reminder the day before": a message "they" are sent
_THEY_GET_RE = re.compile(r"^(?P<who>they|[A-Za-z]+s)\s+(?P<verb>get|receive)\s+(?P<rest>.+)$")
_TRAILING_JOIN_RE = prefilter.compile(
    r",?\s+and\s+(?:then\s+)?(?=(?:the|their|a|an|every|each)\s|they\s+(?:get|receive)s?\s)", re.I
)


def trailing_described(text: str, people=None) -> tuple[int, int, str] | None:
    """(where the join starts, where the clause starts, its requirement) for "Receptionists must be
    able to move appointments, and the patient gets a text automatically"; None otherwise."""
    body = text.rstrip(" .")
    joins = list(_TRAILING_JOIN_RE.finditer(body))
    if not joins or counted_condition(body):
        return None  # "Two warnings in a year and the plot goes back …" is one rule
    join = joins[-1]
    clause = _clause(body[join.end() :], people)
    if clause is None or len(body[: join.start()].split()) < _MIN_HEAD_WORDS:
        return None
    return join.start(), join.end(), capitalise(clause) + "."


_MIN_HEAD_WORDS = 4
