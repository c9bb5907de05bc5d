"""Acceptance criteria in Given/When/Then, derived from the statement's own words."""

from __future__ import annotations

import re

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.classify.constraint import PROJECT_LIMIT_RE
from autoagi.engine.analysis.user_story import parse_user_story
from autoagi.engine.analysis.words import article, is_plural_subject, is_verb, lower_first, singular, third_person
from autoagi.engine.artifacts import AcceptanceCriterion
from autoagi.engine.numbers import DURATION_AT_END_RE, NUMBER_WORD_PATTERN

_CONDITION_RE = re.compile(
    r"^(?P<kw>when|whenever|if|once|after|upon|on|in\s+case|as\s+soon\s+as)\s+(?P<cond>[^,]+),\s*(?P<main>.+)$", re.I
)
# "..., when the booking is confirmed": a condition closing the sentence; not "once a night" (a
# frequency), "12 months after their last visit" (a time relation) or a bracket's inside
_TRAILING_CONDITION_RE = prefilter.compile(
    r"^(?P<main>.+?)\s+(?P<kw>when|whenever|if|once(?!\s+(?:a|an|per|every|more|again|daily|nightly)\b)|after|upon)"
    r"\s+(?P<cond>[^,()]+)$",
    re.I,
)
_MODAL_RE = prefilter.compile(
    r"^(?P<subject>.*?)\s*\b(?P<modal>shall|must|should|will|may|can|could|needs?\s+to|has\s+to|have\s+to|"
    r"is\s+required\s+to|are\s+required\s+to)\s+(?P<neg>not\s+|never\s+)?(?:also\s+|only\s+|always\s+)?"
    r"(?P<be>be\s+able\s+to\s+)?"
    r"(?P<verb>[A-Za-z-]+)(?P<rest>.*)$",
    re.I,
)
# "and give them", "and mark it": a verb in its base form right before its object
_AND_VERB_RE = re.compile(r"(?P<join>\band\s+)(?P<verb>[a-z]+)(?=\s+(?:them|it|him|her|us|the|a|an|their|its)\b)")
_PERMISSION_RE = re.compile(r"^(?:let|allow|enable|permit)\s", re.I)
_COORDINATED_CLAUSE_RE = re.compile(r",\s+so\s+|;\s+", re.I)  # ", and" often ends a list
# "mustn't", "cannot": the modal and its negation, as the patterns below read them
_CONTRACTED_NOT = {"mustn't": "must not", "shouldn't": "should not", "can't": "can not", "cannot": "can not"}
_CONTRACTED_NOT_RE = prefilter.compile(r"\b(?:mustn['’]t|shouldn['’]t|can['’]t|cannot)\b", re.I)
# what the persona says of themself, as a tester says it of the persona
_THIRD_PERSON = {"my": "their", "me": "them", "myself": "themselves", "mine": "theirs"}
_THIRD_PERSON_RE = re.compile(r"\b(?:my|me|myself|mine)\b", re.I)
_SYSTEM_SUBJECT_RE = re.compile(
    r"\b(?:system|app|application|site|website|portal|software|product|platform|it)\s*$", re.I
)
_MEASURE_RE = prefilter.compile(
    r"\b(?:within|in\s+(?:less|under)\s+than|under|less\s+than|at\s+least|at\s+most|no\s+more\s+than|"
    r"up\s+to|maximum\s+of|minimum\s+of)\s+\d[\d.,]*(?:\s*(?:-|–|to)\s*\d[\d.,]*)?(?![\d.,])\s*(?:[A-Za-z]+\b|%)"
    # "less than 24 hours before" places a deadline in time: a business rule, not a measured quality
    r"(?!\s+(?:before|after|ahead|in\s+advance|beforehand|prior|earlier|later|from|since)\b)|\b\d+(?:[.,]\d+)?\s*%|"
    # a volume the product must carry: "support about sixty bookings a week"
    rf"\b(?<=support\s)(?:about\s+|around\s+|roughly\s+|up\s+to\s+|at\s+least\s+)?(?:\d[\d,.]*|{NUMBER_WORD_PATTERN})\s+"
    r"(?:[a-z-]+\s+)?[a-z-]+s(?:\s+(?:a|per|each|every)\s+(?:second|minute|hour|day|week|month|year))?\b",
    re.I,
)


# "freeze their membership for up to 3 months": a calendar limit in a feature is a rule of the business
_CALENDAR_RE = re.compile(r"\b(?:days?|weeks?|months?|years?)$", re.I)


def acceptance_criteria(statement: str, actors: list[str], functional: bool = False) -> list[AcceptanceCriterion]:
    """Given/When/Then for a statement; a figure adds a measured criterion, unless a `functional`
    requirement's figure is a calendar limit (a rule its first criterion already checks)."""
    text = _CONTRACTED_NOT_RE.sub(lambda m: _CONTRACTED_NOT[m.group(0).lower().replace("’", "'")], statement)
    text = text.strip().rstrip(".!")
    story = parse_user_story(text)
    if story is not None:
        return [_from_story(text, story, actors)]
    if PROJECT_LIMIT_RE.search(text) and not actors:
        # "The budget is around £20k", "The system must go live before March": the project's limits,
        # checked against its plan, not by someone using the product
        return [
            AcceptanceCriterion(
                given="the project plan", when="the work is estimated and scheduled", then=_planned(text)
            )
        ]
    given = _given(actors)
    cond = _CONDITION_RE.match(text)
    when = None
    if cond:
        when = f"{cond.group('kw').lower()} {cond.group('cond').strip()}"
        text = cond.group("main")
    else:
        trailing = _TRAILING_CONDITION_RE.match(text)
        if (
            trailing
            and len(trailing.group("cond").split()) >= 2
            and not DURATION_AT_END_RE.search(trailing.group("main"))
        ):
            when = f"{trailing.group('kw').lower()} {trailing.group('cond').strip()}"
            text = trailing.group("main")
    then = _then(text)
    if when is None:
        when = _default_when(text, actors)
    criteria = [AcceptanceCriterion(given=given, when=_strip_kw(when), then=then)]
    measure = _MEASURE_RE.search(statement)
    if measure and not (functional and _CALENDAR_RE.search(measure.group(0))):
        criteria.append(
            AcceptanceCriterion(
                given=f"{given} under the expected production load",
                when="the behaviour is measured over a representative sample",
                then=f"the measured value meets '{measure.group(0)}'",
            )
        )
    return criteria


# "The budget is £8-10k and the system must go live before the 1st of April, because …"
_BUDGET_RE = re.compile(
    r"^(?:the\s+|our\s+)?budget\s+is\s+(?:still\s+|now\s+)?(?P<amount>(?:(?:about|around|roughly|approximately|up\s+to|under|"
    r"at\s+most|max(?:imum)?)\s+)?[£$€]\s?\d[^,]*?)(?:\s+and\s+the\s+system\s+must\s+go\s+live\s+(?P<when>[^,]+))?(?:,.*)?$",
    re.I,
)
_GO_LIVE_RE = re.compile(r"^the\s+system\s+(?:must|should|shall|will)\s+go\s+live\s+(?P<when>[^,]+)", re.I)


def _planned(text: str) -> str:
    """What the plan must show for a project limit: the estimate within the budget, the go-live date."""
    if budget := _BUDGET_RE.match(text):
        live = f" and the planned go-live is {budget.group('when')}" if budget.group("when") else ""
        return f"the estimated cost is within {budget.group('amount')}{live}"
    if live := _GO_LIVE_RE.match(text):
        return f"the planned go-live is {live.group('when')}"
    return _then(text)


def _from_story(text: str, story, actors: list[str]) -> AcceptanceCriterion:
    persona = actors[0] if actors else text[story.persona[0] : story.persona[1]]
    means = text[story.means[0] : story.means[1]].strip()
    means = re.sub(r"^(?:to|be\s+able\s+to)\s+", "", means, flags=re.I)
    means = _THIRD_PERSON_RE.sub(lambda m: _THIRD_PERSON[m.group(0).lower()], means)  # "see my pets": theirs
    then = f"the {persona} is able to {means}"
    if story.benefit:
        benefit = text[story.benefit[0] : story.benefit[1]].strip()
        then += _benefit_outcome(benefit)
    given = f"{article(persona)} {persona} is signed in"
    return AcceptanceCriterion(given=given, when=f"the {persona} chooses to {means}", then=then)


def _benefit_outcome(benefit: str) -> str:
    """What the story's "so that …" adds to the outcome: "and can get a place" for "I get a place" or
    "I can get a place"; otherwise the benefit itself, told of them ("so that they are not confused")."""
    doing = _I_DO_RE.match(benefit)
    rest = doing.group("rest") if doing else ""
    first = rest.split(maxsplit=1)[0].lower() if rest else ""
    if doing and is_verb(first) and first not in _NOT_DOINGS:
        return f" and can {_THIRD_PERSON_RE.sub(lambda m: _THIRD_PERSON[m.group(0).lower()], rest)}"
    told = _I_AM_RE.sub(lambda m: _THEY_ARE[m.group(0).lower()], benefit)
    return f", so that {_THIRD_PERSON_RE.sub(lambda m: _THIRD_PERSON[m.group(0).lower()], lower_first(told))}"


_I_DO_RE = re.compile(r"^(?:I|we)\s+(?:(?:can|could|will|am\s+able\s+to|are\s+able\s+to)\s+)?(?P<rest>\S.*)$", re.I)
_NOT_DOINGS = frozenset(
    {"am", "are", "was", "were", "don't", "don’t", "do", "won't", "won’t", "never", "no", "have", "had"}
)
_THEY_ARE = {"i am": "they are", "i'm": "they're", "i’m": "they’re", "we are": "they are", "i": "they", "we": "they"}
_I_AM_RE = re.compile(r"\b(?:i\s+am|i['’]m|we\s+are|i|we)\b", re.I)


def _given(actors: list[str]) -> str:
    return f"{article(actors[0])} {actors[0]} is using the system" if actors else "the system is running"


def _default_when(text: str, actors: list[str]) -> str:
    m = _MODAL_RE.match(text)
    who = f"the {actors[0]}" if actors else "a user"
    if m and m.group("verb"):
        behaviour = f"{m.group('verb').lower()}{m.group('rest').split(',')[0]}"
        if m.group("neg") and m.group("verb").lower() == "need":
            return (
                f"{who} uses the system without {m.group('rest').split(',')[0].strip()}"  # "should not need accounts"
            )
        if m.group("neg"):
            return _attempt(_main_subject(m.group("subject")), behaviour, actors, who)
        return f"{who} triggers the behaviour '{_without_permission(behaviour, actors)}'"
    return f"{who} performs the described operation"


def _main_subject(subject: str) -> str:
    """ "Cakes need 72 hours' notice, so the shop": the subject of the clause that holds the modal."""
    return _COORDINATED_CLAUSE_RE.split(subject)[-1].strip()


def _attempt(subject: str, behaviour: str, actors: list[str], who: str) -> str:
    """A prohibition is tested by trying what it forbids: "vets must not change appointment types"
    when a vet tries to; "the system shall not allow a member to book twice" when a member tries to;
    "the system must not store card numbers" when it could."""
    granted = _without_permission(behaviour, actors)
    if granted != behaviour:
        return f"{who} tries to {granted}"
    subject = subject.strip()
    if not subject:
        return f"an action that would {behaviour} is attempted"
    if actors and singular(subject.lower().split()[-1]) == actors[0].split()[-1]:
        return f"{who} tries to {behaviour}"  # the subject is the actor: "remote users cannot control ..."
    return f"{subject[:1].lower() + subject[1:]} could {behaviour}"  # "the system could store card numbers"


def _without_permission(behaviour: str, actors: list[str]) -> str:
    """'let an owner register with a name' is, for the owner, 'register with a name'."""
    if not actors or not _PERMISSION_RE.match(behaviour):
        return behaviour
    actor = "|".join(re.escape(a) for a in sorted(actors, key=len, reverse=True))
    one = rf"(?:(?:the|an?|each|every|any)\s+)?(?:{actor})s?"
    granted = re.match(rf"^(?:let|allow|enable|permit)\s+{one}(?:\s+and\s+{one})*\s+(?:to\s+)?(?=\w)", behaviour, re.I)
    return behaviour[granted.end() :] if granted else behaviour


def _then(text: str) -> str:
    m = _MODAL_RE.match(text)
    if not m:
        return f"it holds that {lower_first(text)}"  # "SMS is out of scope", not "sMS"
    subject = _main_subject(m.group("subject")) or "the system"
    if not any(c.isupper() for c in subject.split()[0][1:]):
        subject = subject[:1].lower() + subject[1:]  # "the owner", "owners"; but "VetStar", "CSV"
    plural = is_plural_subject(subject)  # "owners cancel", "the owner cancels"
    verb, rest = m.group("verb"), _coordinated_verbs(m.group("rest"), plural)
    if m.group("neg") and m.group("neg").strip().lower() == "never":
        return f"{subject} never {verb if plural else third_person(verb)}{rest}"
    if m.group("neg") and m.group("be"):
        return f"{subject} cannot {verb}{rest}"  # "owners shall not be able to see ..."
    if m.group("neg") and verb.lower() == "be":
        return f"{subject} {'are' if plural else 'is'} not{rest}"
    if m.group("neg"):
        return f"{subject} {'do' if plural else 'does'} not {verb}{rest}"
    if m.group("be"):
        return f"{subject} can {verb}{rest}"
    if verb.lower() == "be":
        return f"{subject} {'are' if plural else 'is'}{rest}"
    return f"{subject} {verb if plural else third_person(verb)}{rest}"


def _coordinated_verbs(rest: str, plural: bool) -> str:
    """'... and give them 2 hours' after 'offers the slot': a second verb agrees like the first."""
    if plural:
        return rest
    return _AND_VERB_RE.sub(
        lambda m: (
            f"{m.group('join')}{third_person(m.group('verb'))}" if is_verb(m.group("verb").lower()) else m.group(0)
        ),
        rest,
    )


def _strip_kw(when: str) -> str:
    return re.sub(r"^(?:when|whenever|once|upon|on|if)\s+", "", when, flags=re.I)  # "when [if] they decline"
