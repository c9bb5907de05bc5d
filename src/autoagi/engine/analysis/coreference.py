""" "It" across neighbouring requirements: "The system should offer the slot by SMS ... If they
don't, it should go to the next person." The second requirement is about the slot.

Clients speak in runs of sentences, and a requirement cut from the middle of a run often names
its subject only with "it". When a requirement names no entity of its own, uses "it", and the
requirement just before it in the same passage names one, the first entity named there is taken
as the referent. Where "it" is the subject of the requirement, the statement names the referent
instead, and a finding on the source's "it" says what was assumed, for a reviewer to confirm.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lemminflect import getInflection

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.draft import Draft
from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.words import FUNCTION_WORDS, REPORTED, is_verb, singular
from autoagi.engine.artifacts import AcceptanceCriterion, Document, Finding
from autoagi.engine.numbers import NUMBER_WORD_PATTERN

# How far back, in characters of the same document, a referent may be: the same passage.
MAX_GAP = 300
_IT = re.compile(r"\b(?:it|its|it['’]s)\b", re.IGNORECASE)
# "it" as the subject of a requirement's modal: "..., it should go to the next person"
_IT_SUBJECT = re.compile(
    r"(?:^|(?<=,\s)|(?<=\bthen\s))it(?=\s+(?:should|must|shall|will|can|could|has\s+to|needs\s+to)\b)", re.IGNORECASE
)
# "If they accept, it should go straight into the calendar": "it" is the thing the requirement before is about
# (a condition about a thing names what "it" is: "When a health event is investigated, it must …")
_IT_AFTER_CONDITION = re.compile(
    r"^(?:if|when|once|as\s+soon\s+as)\s+(?:they|we|you|i|someone|somebody|people|customers?|clients?|users?)\b[^,]{0,60},"
    r"\s*it\s+(?:should|must|shall|will|can|has\s+to|needs\s+to)\b",
    re.I,
)
# "it" alone, not "its" or "it's" (a pronoun that can be replaced by "the slot")
IT_OBJECT = re.compile(r"\bit\b(?!['’])", re.IGNORECASE)
_THAT_WINDOW = re.compile(r"\b(?:that|this|the\s+same)\s+(?:window|time|period|cut-?off|deadline)\b", re.IGNORECASE)
_WINDOW_WORDS = frozenset({"window", "time", "period", "cut-off", "cutoff", "deadline"})
_DURATION = re.compile(
    rf"\b(?:an?|\d+(?:\.\d+)?|{NUMBER_WORD_PATTERN})\s*(?:hours?|hrs?|days?|working\s+days?|weeks?)\b", re.IGNORECASE
)
_THEY_SUBJECT = re.compile(r"^\s*(?:(?:and|so|but|then|also|plus)[\s,]+)*they\s+", re.IGNORECASE)
# "If a visit gets moved, they should get a notification": "they" after the condition
_THEY_AFTER_CONDITION = re.compile(
    r"^(?P<cond>(?:if|when|once|whenever|as\s+soon\s+as)\s[^,]{3,80},\s*)they(?=\s+(?:should|must|need|needs|have|"
    r"can|will|shall)\b)",
    re.IGNORECASE,
)
_HOW_THEY = re.compile(r"^How they\s+")
_THEY_IN_CONDITION = re.compile(r"^(?P<lead>(?:if|when|once|as\s+soon\s+as)\s+)they\b(?=[^,]{0,60},)", re.IGNORECASE)
_REPORTS_RE = re.compile(rf"{REPORTED}\b", re.IGNORECASE)
_GROUPS = sorted({w for w in ROLE_WORDS if w.endswith("s")} | {"people", "families", "households", "users"}, key=len)
_GROUP_RE = prefilter.compile(rf"\b(?:{'|'.join(_GROUPS[::-1])})\b", re.IGNORECASE)
# "What about invoices?", "And the deliveries?": a question about things "they" may stand for
_TOPIC_ASKED_RE = re.compile(
    r"\b(?:(?:what|how)\s+about|and)\s+(?:the\s+|your\s+)?(?P<topic>[a-z][\w-]*s)\s*\?", re.IGNORECASE
)
_SHE_SUBJECT = re.compile(r"^\s*(?:she|he)\s+", re.IGNORECASE)
_ROLES = sorted({w for w in ROLE_WORDS if not w.endswith("s") or w.endswith("ss")}, key=len)
# "our treasurer", "the practice manager": a role with a determiner (a bare "owner" may be a group)
_ROLE_RE = re.compile(
    rf"\b(?:the|our|my|your)\s(?P<role>(?:[a-z-]+\s)?(?:{'|'.join(_ROLES[::-1])}))\b(?!['’]s)", re.IGNORECASE
)
# "when a tenant reports a repair they …": one of a group as a subject, then "they" ("choose a stylist" is no subject)
_ONE_OF_GROUP_RE = re.compile(
    r"(?:\b(?:when|if|once|whenever|after|before|until|as\s+soon\s+as)\s+|(?:^|[.!?]\s+))"  # the subject of a clause
    rf"(?:a|an|each|every|any)\s+(?P<role>{'|'.join(g[:-1] for g in _GROUPS[::-1] if g.endswith('s') and not g.endswith('ss'))})\b",
    re.IGNORECASE,
)
_ING_ACTION = re.compile(r"\b(?P<verb>[a-z]+ing)\b(?P<rest>(?:\s+(?:online|it|them|this|that))*)", re.IGNORECASE)


def resolve_it(drafts: list[Draft], documents: list[Document]) -> list[Draft]:
    """Give each entity-less "it" requirement the first entity of the one before it (in order),
    unless a question was asked between them (the talk moved on). Returns the drafts whose
    statement now names it."""
    restated: list[Draft] = []
    previous: Draft | None = None
    for draft in drafts:
        if (
            previous is not None
            and (not draft.entities or _IT_AFTER_CONDITION.match(draft.statement))
            and previous.doc_index == draft.doc_index
            and 0 <= draft.start - previous.end <= MAX_GAP
            and _IT.search(draft.statement)
            and "?" not in documents[draft.doc_index].text[previous.end : draft.start]
        ):
            referent = _main_entity(previous)
            if referent:
                draft.entities = [referent, *(e for e in draft.entities if e != referent)]
                if _name_the_subject(draft, referent):
                    restated.append(draft)
        previous = draft
    return restated


# "The rent statement shows every transaction …": a thing named as the subject of a sentence
_THING_SUBJECT_SENTENCE = re.compile(
    r"(?:(?:at\s+the\s+moment|currently|right\s+now|today)[\s,]+)?(?:the|our)\s+(?P<words>(?:[a-z-]+\s+){1,4})",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s+|$)")
_ADVERBS = frozenset({"only", "always", "still", "just", "now", "currently"})


def _thing_said_of(sentence: re.Match[str]) -> str | None:
    """ "the rent statement" in "The rent statement shows …": the words before the first verb in the
    third person, when they name one thing."""
    words = sentence.group("words").split()
    for k in range(1, len(words)):
        verb = words[k].lower()
        if verb in _ADVERBS and k + 1 < len(words):
            verb = words[k + 1].lower()
        if verb in {"is", "was", "has"} or (
            verb.endswith("s") and is_verb(verb[:-1]) or verb.endswith("es") and is_verb(verb[:-2])
        ):
            head = words[k - 1].lower()
            if singular(head) != head or head in ROLE_WORDS or is_verb(head):
                return None
            return "the " + " ".join(words[:k]).lower()
    return None


def resolve_it_before(drafts: list[Draft], documents: list[Document]) -> None:
    """ "The rent statement shows every transaction since the tenancy started. Can we default it to
    the last 12 months?": a requirement whose subject is "it", said right after a sentence (of the
    same paragraph, itself no requirement) about one thing, is about that thing."""
    sources = {(draft.doc_index, draft.start) for draft in drafts}
    for draft in drafts:
        if not _IT_SUBJECT.match(draft.statement):
            continue
        text = documents[draft.doc_index].text
        paragraph = max(text.rfind("\n\n", 0, draft.start), text.rfind("\n>", 0, draft.start)) + 1
        ends = [m.end() for m in _SENTENCE_END.finditer(text, paragraph, draft.start)]
        if not ends or ends[-1] < draft.start - 1:
            continue  # the sentence before must end right where this one starts
        start = ends[-2] if len(ends) > 1 else paragraph
        start += len(text[start : draft.start]) - len(text[start : draft.start].lstrip())
        sentence = _THING_SUBJECT_SENTENCE.match(text, start, ends[-1])
        if sentence is None or (draft.doc_index, start) in sources or (thing := _thing_said_of(sentence)) is None:
            continue
        name_it(draft, thing, "the subject of the sentence before", _IT_SUBJECT)


# "… and only the treating therapist should see them": "them" as an object, not "themselves"
_THEM_OBJECT = re.compile(r"(?<=\w\s)them\b", re.IGNORECASE)
# "The notes must not go …": plural things as the subject of a modal
_THINGS_SUBJECT = re.compile(
    r"^(?P<things>(?:the|our|all)\s+(?:[a-z-]+\s+){0,2}?(?P<head>[a-z-]+s))\s+(?:should|must|shall|will|can|need|have)\b",
    re.IGNORECASE,
)


def resolve_them(drafts: list[Draft]) -> None:
    """ "The notes can't go anywhere outside the UK and only the treating therapist should see them":
    in the second part cut from one sentence, "them" are the things the first part is about.
    "- committee posts notices" / "- members get them by email": in the next item of a list, the
    things the item before acts on."""
    for previous, draft in zip(drafts, drafts[1:], strict=False):
        if _next_item(previous, draft):
            acted_on = _ACTS_ON_THINGS.search(previous.statement)
            if acted_on and not _other_plural(previous.statement[acted_on.end() :]):
                name_it(
                    draft, acted_on.group("things").lower(), "the things the item before acts on", _THEM_OBJECT, "them"
                )
            continue
        if not (draft.compound and previous.compound and draft.sentence == previous.sentence):
            continue
        things = _THINGS_SUBJECT.match(previous.statement)
        if things is None or _other_plural(previous.statement[things.end() :]):
            continue  # "Users should enter their details and the system should check them": which?
        name_it(draft, things.group("things").lower(), "the subject of the clause before", _THEM_OBJECT, "them")


def _next_item(previous: Draft, draft: Draft) -> bool:
    return (
        draft.style == previous.style == "table"
        and draft.doc_index == previous.doc_index
        and draft.unit_block == previous.unit_block + 1
        and not draft.compound
    )


# "The committee should be able to post notices": the things a requirement acts on
_ACTS_ON_THINGS = re.compile(
    r"\b(?:should|must|shall|will|can)\s+(?:be\s+able\s+to\s+)?[a-z]+\s+(?:(?:the|their|our|all)\s+)?"
    r"(?P<things>[a-z-]+s)\b(?!['’])",
    re.IGNORECASE,
)
# "Customers must upload their driving licence before they collect": the thing the clause acts on
_ACTED_ON = re.compile(
    r"\b(?:should|must|shall|will|can|need\s+to|needs\s+to|has\s+to|have\s+to)\s+(?:be\s+able\s+to\s+)?[a-z]+\s+"
    r"(?:a|an|the|their|his|her|our|your|its)\s+(?P<thing>(?:[a-z-]+\s+){0,2}?[a-z-]+?)"
    r"(?=\s+(?:before|after|when|if|of|for|to|from|with|by|on|in|at|and|or|so|every|each|online|later|again|"
    r"themselves|yourself)\b|[,.;:]|$)",
    re.IGNORECASE,
)
# "… and staff must approve it": "it" as the object of the second clause
_IT_ACTED_ON = re.compile(r"(?<=[a-z]\s)it\b(?!['’])(?!\s+(?:is|was|has|should|must|will|can)\b)", re.IGNORECASE)


def resolve_it_after(drafts: list[Draft]) -> None:
    """ "Customers must upload their driving licence, and we need to check it": in the second part
    cut from one sentence, "it" is the one thing the first part acts on."""
    for previous, draft in zip(drafts, drafts[1:], strict=False):
        if not (draft.compound and previous.compound and draft.sentence == previous.sentence):
            continue
        acted_on = _ACTED_ON.search(previous.statement)
        if acted_on is None or _IT_ACTED_ON.search(previous.statement):
            continue
        thing = acted_on.group("thing").lower()
        if singular(thing.split()[-1]) != thing.split()[-1] or is_verb(thing.split()[-1]):
            continue  # "them", not "it"; "… can book a class and cancel it" is read by the verb's own rules
        name_it(draft, thing, "the thing the clause before acts on", _IT_ACTED_ON)


def _other_plural(text: str) -> bool:
    return any(
        singular(w) != w and w not in FUNCTION_WORDS and not is_verb(singular(w))
        for w in re.findall(r"[a-z][a-z-]+", text.lower())
    )


def _name_the_subject(draft: Draft, referent: str) -> bool:
    """'If they don't, it should go to the next person' reads 'If they don't, the slot should go
    ...'; a finding on the source's "it" says what was assumed, for a reviewer to confirm."""
    return name_it(draft, referent, "named in the requirement before", _IT_SUBJECT)


def name_it(draft: Draft, referent: str, where: str, pronoun: re.Pattern[str] = IT_OBJECT, word: str = "it") -> bool:
    """Write `referent` for the statement's "it" (the first one `pronoun` finds), with an info
    finding on the source's "it" saying where the referent was read from. A referent that comes
    with its own determiner ("the notes") is written as it is."""
    said = pronoun.search(draft.statement)
    spoken = pronoun.search(draft.quote) or IT_OBJECT.search(draft.quote)  # "Can we default it …?"
    if said is None or spoken is None:
        return False
    named = referent if referent.split()[0] in {"the", "our", "all"} else f"the {referent}"
    if said.start() == 0:
        named = named.capitalize()
    draft.statement = f"{draft.statement[: said.start()]}{named}{draft.statement[said.end() :]}"
    shown = named.split(" ", 1)[1] if named.lower().startswith("the ") else named
    draft.findings.append(
        Finding(
            rule="unclear_pronoun",
            severity="info",
            message=f"'{word}' is read as '{shown}', {where}; check that this is meant.",
            start=draft.start + spoken.start(),
            end=draft.start + spoken.end(),
            suggestion=f"Name the {shown} instead of '{word}'.",
        )
    )
    return True


def _main_entity(draft: Draft) -> str | None:
    """The first entity (not an attribute) the requirement names in the singular: "it" is not
    "card details"."""
    return next(
        (
            entity
            for entity in draft.entities
            if "." not in entity and re.search(rf"\b{re.escape(entity)}\b(?!s\b)", draft.statement, re.IGNORECASE)
        ),
        None,
    )


def resolve_windows(drafts: list[Draft], documents: list[Document]) -> None:
    """ "in that window" with no length of its own: the last duration said just before it in the
    passage, written into an acceptance criterion."""
    for draft in drafts:
        if not _THAT_WINDOW.search(draft.statement) or _DURATION.search(draft.statement):
            continue
        text = documents[draft.doc_index].text
        before = text[max(0, draft.start - MAX_GAP) : draft.start]
        durations = list(_DURATION.finditer(before))
        if not durations:
            continue
        duration = " ".join(durations[-1].group(0).lower().split())
        doing = _ING_ACTION.search(draft.statement)
        attempt = f"{doing.group('verb').lower()}{doing.group('rest')}" if doing else "it"
        # "that window" is a span of time here, not a record
        draft.entities = [item for item in draft.entities if item not in _WINDOW_WORDS]
        draft.criteria.append(
            AcceptanceCriterion(
                given=f"less than {duration} before the start (the window named just before)",
                when=f"someone tries {attempt}".strip(),
                then="the system refuses it",
            )
        )


def _group_named_before(draft: Draft, documents: list[Document]) -> str | None:
    """The group of people named last in the passage before the requirement ("the carers"), or None.
    A passage that names no group but says "they" carries on the one named before it ("owners booking
    a slot …", "Do they need to pick a groomer?", …, "If they no-show …"), a few passages back at most."""
    text, end = documents[draft.doc_index].text, draft.start
    for _ in range(_CHAINED_PASSAGES):
        before = text[max(0, end - MAX_GAP) : end]
        if named := list(_GROUP_RE.finditer(before)):
            return " ".join(named[-1].group(0).lower().split())
        if end <= MAX_GAP or not _THEY_WORD_RE.search(before):
            return None
        end -= MAX_GAP
    return None


_CHAINED_PASSAGES = 3
_THEY_WORD_RE = re.compile(r"\bthey\b", re.I)


def _name_they_after_condition(draft: Draft, documents: list[Document]) -> None:
    """ "If a visit gets moved, they should get a notification straight away": the group named before;
    "If they accept, it should go straight into the calendar" and "If they no-show, they should lose
    the deposit": the group, in the condition."""
    they = _THEY_AFTER_CONDITION.match(draft.statement)
    inside = _THEY_IN_CONDITION.match(draft.statement)
    if (they is None and inside is None) or (who := _group_named_before(draft, documents)) is None:
        return
    if inside is not None:
        draft.statement = f"{inside.group('lead')}{who}{draft.statement[inside.end() :]}"
    else:
        draft.statement = f"{they.group('cond')}{who}{draft.statement[they.end() :]}"


def resolve_they(drafts: list[Draft], documents: list[Document], restate: Callable[[str, str], str]) -> None:
    """ "We've got clients with four cats. They want to bring them all at once": a requirement whose
    subject is "they" is about the group of people named just before it in the passage ("she" or
    "he": the role named just before, "our treasurer ..., and she shouldn't see card details"). The
    statement is restated with them; the quote (and the unclear-pronoun finding) stay."""
    for draft in drafts:
        if draft.style == "answer" and (how := _HOW_THEY.match(draft.statement)):
            # "And how do they pay?" / "Card or Apple Pay.": how the group named before pays
            if who := _group_named_before(draft, documents):
                draft.statement = f"How {who} {draft.statement[how.end() :]}"
            continue
        # "They want ..." as said, or "It would be great if they could ..." restated as "They could ..."
        # (an answer's statement joins its question's "them" with the answer: "They should be able to cancel …")
        said = (
            draft.quote
            if _THEY_SUBJECT.match(draft.quote) or draft.style not in {"informal", "answer"}
            else draft.statement
        )
        plural = _THEY_SUBJECT.match(said)
        if plural and _REPORTS_RE.match(said, plural.end()):
            continue  # "They mentioned a waiting list would be nice": what was said is the requirement
        subject = plural or _SHE_SUBJECT.match(draft.quote)
        if not subject:
            _name_they_after_condition(draft, documents)
            continue
        said = said if plural else draft.quote
        before = documents[draft.doc_index].text[max(0, draft.start - MAX_GAP) : draft.start]
        named = list((_GROUP_RE if plural else _ROLE_RE).finditer(before))
        topics = list(_TOPIC_ASKED_RE.finditer(before)) if plural else []
        ones = list(_ONE_OF_GROUP_RE.finditer(before)) if plural else []
        last_named = named[-1].start() if named else -1
        if topics and topics[-1].start() > last_named:
            # "What about invoices?" / "They go out from Xero": the invoices, not the people before
            draft.statement = restate(f"{topics[-1].group('topic').capitalize()} {said[subject.end() :]}", draft.style)
        elif ones and ones[-1].start() > last_named:
            # "when a tenant reports a repair they can only attach one photo. They need to …": tenants
            draft.statement = restate(f"{ones[-1].group('role').capitalize()}s {said[subject.end() :]}", draft.style)
        elif named:
            who = " ".join(named[-1].group(0 if plural else "role").lower().split())
            who = who if plural else f"the {who}"
            draft.statement = restate(f"{who.capitalize()} {said[subject.end() :]}", draft.style)


# "The system must ask for the child's age before they book": "they" with no one to stand for
_THEY_ACT_RE = re.compile(r"\b(?P<when>before|after|until|once|when)\s+they\s+(?P<verb>[a-z]+)\b(?=[^,;]*[.!]?$)")


def they_as_gerund(statement: str) -> str:
    """ "The system must ask for the child's age before they book" -> "… before booking": when the
    statement is about the system and names no people before "they", the act needs no doer."""
    said = _THEY_ACT_RE.search(statement)
    if said is None or not statement.startswith("The system ") or _names_many(statement[: said.start()]):
        return statement  # "… copy the reports to the archives when they change": they are the reports
    verb = said.group("verb")
    doing = getInflection(verb, tag="VBG") if is_verb(verb) else None
    if not doing:
        return statement
    return f"{statement[: said.start('verb') - len('they ')]}{doing[0]}{statement[said.end('verb') :]}"


def _names_many(text: str) -> bool:
    """Does the text name something in the plural ("the reports", "customers"), verb or not?"""
    return any(singular(w) != w and w not in FUNCTION_WORDS for w in re.findall(r"[a-z][a-z-]+", text.lower()))
