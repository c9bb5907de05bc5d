"""A use case written in the usual template ("Use case UC-3: Book an appointment / Primary actor:
Patient / Preconditions / Main success scenario: 1. The patient chooses … 2. The system shows … /
Extensions: 2a. No free slots: 1. The system offers … / Postconditions"): what the actor should be
able to do (its name, with the preconditions, steps and postconditions as its criterion), each step
as a requirement of whoever does it, and each extension as what should happen in its case.

It is read from the document's lines, in Markdown or plain text, with or without numbers on the
steps; a use case counts only when its main scenario has at least two steps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from lemminflect import getAllLemmas

from autoagi.engine.analysis.described import third_person_base
from autoagi.engine.analysis.detect import Candidate
from autoagi.engine.analysis.draft import Draft, draft_from
from autoagi.engine.analysis.grammar import DETERMINERS, ROLE_WORDS
from autoagi.engine.analysis.personas import people_like
from autoagi.engine.analysis.priority import label_level
from autoagi.engine.analysis.units import Unit
from autoagi.engine.analysis.words import (
    article,
    capitalise,
    is_plural_subject,
    is_verb,
    lower_first,
    names_a_message,
    singular,
    third_person,
)

# a step named by the noun of what is done: "check-in at the desk", "sign-up online"
_ACT_NOUN_RE = re.compile(
    r"^(?P<verb>check|sign|log|pick|drop|top|set|follow|hand|clock|print)-(?P<particle>in|up|on|off|out|over)\b(?P<rest>.*)$",
    re.I,
)


def _flow_thing(said: str, case: UseCase) -> str | None:
    """A step of a flow that names a thing: a message the system sends ("reminder text 24h before"), or
    an act of the actor's ("check-in at the desk"); None for a step said as a sentence."""
    step = said.strip().rstrip(" .")
    if act := _ACT_NOUN_RE.match(step):
        return f"{case.actors} should be able to {act.group('verb').lower()} {act.group('particle').lower()}{act.group('rest')}."
    if names_a_message(step) and not _HAS_VERB_RE.search(step):
        thing = lower_first(step)
        head = next((w for w in thing.split() if names_a_message(w)), "")
        one = singular(head) == head and thing.split()[0] not in DETERMINERS
        return f"The system should send {f'{article(thing)} ' if one else ''}{thing}."  # "a confirmation email"
    return None


_HAS_VERB_RE = re.compile(r"\b(?:is|are|gets?|sends?|goes|shows?|should|must|can|will)\b", re.I)
_DECORATION = r"[ \t#*_>|-]*"
# "# Use case UC-3: Book an appointment", "Use Case 2 – Cancel a booking", "UC-7. Pay a deposit"
_TITLE_RE = re.compile(
    rf"^{_DECORATION}(?:use[ \t]+case|UC)(?:[ \t]*(?:no\.?|#)?[ \t]*(?:UC[ \t-]*)?[\w.-]*\d[\w.-]*)?[ \t]*"
    r"(?:[:.–—-][ \t]*)(?P<name>[A-Za-z][^\n]{2,70}?)[ \t*_]*$",
    re.I,
)
_FIELDS = {
    "actor": r"(?:primary[ \t]+)?actors?",
    "precondition": r"pre-?conditions?",
    "postcondition": r"post-?conditions?|success[ \t]+guarantees?|success[ \t]+end[ \t]+conditions?",
    "main": r"main[ \t]+(?:success[ \t]+scenario|(?:success[ \t]+)?flow|scenario|path)|basic[ \t]+(?:flow|path|course"
    r"(?:[ \t]+of[ \t]+events)?)|normal[ \t]+(?:flow|course)|happy[ \t]+path|steps",
    "extension": r"extensions?|alternat(?:e|ive)[ \t]+(?:flows?|paths?|courses?|scenarios?)|exceptions?(?:[ \t]+flows?)?",
    "priority": r"priority",
    "case_id": r"use[ \t]+case[ \t]+(?:id|no\.?|number|#)",
    "name": r"(?:use[ \t]+case[ \t]+)?(?:name|title)",
    "other": r"trigger|goal(?:[ \t]+in[ \t]+context)?|stakeholders?(?:[ \t]+and[ \t]+interests)?|scope|level|"
    r"frequency(?:[ \t]+of[ \t]+use)?|notes?|special[ \t]+requirements|description|minimal[ \t]+guarantees?|id",
}
_FIELD_RE = re.compile(
    rf"^{_DECORATION}(?:{'|'.join(f'(?P<{name}>{pattern})' for name, pattern in _FIELDS.items())})"
    r"[ \t*_]*(?::|\t|[ \t]*$)[ \t*_|]*(?P<rest>[^\n]*?)[ \t|]*$",
    re.I,
)
_NUMBERED_RE = re.compile(r"^[ \t>*-]*(?P<number>\d{1,2})[.)][ \t]+(?P<text>\S[^\n]*)$")
# "2a. No free slots in the next four weeks:", "A1: Card declined", "3a1. …" (a step of an extension)
_EXTENSION_RE = re.compile(r"^[ \t>*-]*(?P<label>\d{1,2}[a-z]|[A-Z]\d{1,2}|\*[a-z])[.):]?[ \t]+(?P<text>\S[^\n]*)$")
_EXTENSION_STEP_RE = re.compile(r"^[ \t>*-]*\d{1,2}[a-z]\d{1,2}[.):]?[ \t]+(?P<text>\S[^\n]*)$")
_BULLET_RE = re.compile(r"^[ \t]*[-*•][ \t]+(?P<text>\S[^\n]*)$")
# "Card declined: the system asks for another card", "Already has a pack - the system adds …"
_CASE_AND_ACTION_RE = re.compile(r":\s+|\s+[-–—]\s+")
_LINE_RE = re.compile(r"^[ \t]*(?P<text>\S[^\n]*)$")  # a list item whose number ingest dropped
_SYSTEM_SUBJECT_RE = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+)?(?:system|app|application|site|website|portal|server)$", re.I
)
_STEP_REFERENCE_RE = re.compile(r"\bstep\s+(?P<number>\d{1,2})\b", re.I)
_THEN_VERB_RE = re.compile(r"(?P<join>\b(?:and|or|then)\s+|,\s+)(?P<verb>[a-z]+s)\b(?=[\s.,;]|$)")
_OBJECT_START = frozenset(
    {"a", "an", "the", "to", "it", "them", "his", "her", "their", "its", "this", "that", "with", "for", "on", "in", "at",
     "back", "up", "out", "off", "and", "by", "from", "into", "all", "any", "each", "every", "no", ""}
)  # fmt: skip


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(slots=True)
class Extension:
    condition: Span
    labelled: bool = False  # "2a.", "A1:"
    steps: list[Span] = field(default_factory=list)

    @property
    def end(self) -> int:
        return self.steps[-1].end if self.steps else self.condition.end

    @property
    def opens_steps(self) -> bool:
        """ "No free slots in the next four weeks:", "A1: Card declined": the lines after it are what
        then happens; not "2a. Less than 12 hours before: the system refuses …"."""
        said = self.condition.text.rstrip(" *_")
        return said.endswith(":") or self.labelled and _CASE_AND_ACTION_RE.search(said) is None


@dataclass(slots=True)
class UseCase:
    title: Span
    name: str
    start: int
    end: int
    actor: str | None = None
    priority: str | None = None
    preconditions: list[str] = field(default_factory=list)
    postconditions: list[str] = field(default_factory=list)
    steps: list[Span] = field(default_factory=list)
    extensions: list[Extension] = field(default_factory=list)

    @property
    def actors(self) -> str:
        """ "Patients": who the use case's "should be able to" is said of."""
        if not self.actor:
            return "Users"
        head = re.split(r"\s*(?:,|;|\band\b|\bor\b|\()\s*", self.actor.strip(), maxsplit=1)[0]
        role = re.sub(r"^(?:the|a|an)\s+", "", head.strip(" .*_"), flags=re.I)
        return people_like(role) if role.strip() else "Users"

    def goal_statement(self) -> str:
        """ "Patients should be able to book an appointment." """
        first = self.name.split()[0].lower()
        if is_verb(first) or "VERB" in getAllLemmas(first):  # "Book an appointment", not "Appointment booking"
            return f"{self.actors} should be able to {lower_first(self.name.rstrip(' .'))}."
        return f"The system should support {lower_first(self.name.rstrip(' .'))}."

    def criterion(self) -> str:
        """ "Given the patient is registered …, when the patient books an appointment, then …" """
        given = " and ".join(lower_first(p.rstrip(" .")) for p in self.preconditions) or "-"
        words = self.name.rstrip(" .").split()
        who = f"the {singular_actor(self.actors)}"
        when = f"{who} {third_person(words[0].lower())} {' '.join(words[1:])}".strip() if words else "-"
        then = " and ".join(lower_first(p.rstrip(" .")) for p in self.postconditions) or "-"
        return f"Given {given}, when {when}, then {then}"


def singular_actor(actors: str) -> str:
    """ "Patients" -> "patient"."""
    words = actors.lower().split()
    return " ".join([*words[:-1], singular(words[-1])]) if words else "user"


def use_cases(text: str, headings: frozenset[int] = frozenset()) -> list[UseCase]:
    """The use cases a text holds, with at least two steps in their main scenario. `headings`: where
    the document's headings start (ingest drops Markdown's "#"); one that names no field ends a use
    case. A use case opens with its title ("Use case UC-3: Book an appointment") or, in a template's
    table, with its "Use case ID" or "Use case name" row (ingest writes a row as "label<tab>value")."""
    found: list[UseCase] = []
    current: UseCase | None = None
    section: str | None = None
    free_text: list[str] | None = None  # the field whose lines are being gathered (preconditions …)
    opened = 0  # how many lines it had when its label was read
    after_blank = False
    offset = 0
    for line in text.splitlines(keepends=True):
        start, offset = offset, offset + len(line)
        said = line.rstrip("\r\n")
        end = start + len(said.rstrip())
        named = _FIELD_RE.match(said) if not _NUMBERED_RE.match(said) else None
        if named is None and (title := _TITLE_RE.match(said)):
            current = UseCase(Span(start, end, said.strip()), title.group("name").strip(" *_.:"), start, end)
            found.append(current)
            section, free_text = None, None
            continue
        if _opens_template(named, current):
            current = UseCase(Span(start, end, said.strip()), "", start, end)  # a template's first row
            found.append(current)
        if current is None:
            continue
        if not said.strip():
            if free_text and len(free_text) > opened:
                free_text = None  # a blank line after its text ends a field ("Preconditions: …")
            after_blank = True
            continue
        if named is not None:
            section = next(name for name in _FIELDS if named.group(name))
            rest = named.group("rest").strip(" *_")
            free_text = {"precondition": current.preconditions, "postcondition": current.postconditions}.get(section)
            opened = len(free_text) if free_text is not None else 0
            at = start + named.start("rest")
            if section == "actor" and rest:
                current.actor = rest
            elif section == "priority" and rest:
                current.priority = rest
            elif section == "name" and rest:
                current.name, current.title = rest, Span(at, at + len(rest), rest)
            elif free_text is not None and rest:
                free_text.append(rest)
            elif rest:  # "Main flow<tab>1. The patient opens the booking."
                _read_step(current, section, named.group("rest"), at, end, False)
            current.end = end
            after_blank = False
            continue
        if start in headings or said.lstrip().startswith("#"):
            current, section = None, None  # a heading that names no field: the use case is over
            continue
        read = _read_step(current, section, said, start, end, after_blank)
        after_blank = False
        if read:
            continue
        if free_text is not None:
            item = _BULLET_RE.match(said) or _NUMBERED_RE.match(said)
            free_text.append((item.group("text") if item else said).strip(" *_"))
            current.end = end
        else:
            current, section = None, None  # the use case is over
    return [case for case in found if len(case.steps) >= 2 and case.name]


def _opens_template(named: re.Match[str] | None, current: UseCase | None) -> bool:
    """ "Use case ID<tab>UC-4", or "Use case name<tab>…" outside a use case or after one's steps."""
    if named is None or not named.group("rest").strip():
        return False
    return bool(named.group("case_id") or named.group("name") and (current is None or current.steps))


def _read_step(case: UseCase, section: str | None, said: str, start: int, end: int, after_blank: bool) -> bool:
    """Adds a step of the main scenario or of an extension; False when the line is neither. After a
    blank line only a numbered, bulleted or labelled line goes on, or the first line of a list whose
    number ingest dropped ("Main success scenario" / "" / "The patient chooses …")."""
    marked = _EXTENSION_STEP_RE.match(said) or _NUMBERED_RE.match(said) or _BULLET_RE.match(said)
    if section == "main":
        if after_blank and marked is None and case.steps:
            return False
        case.steps.append(_span(said, marked or _LINE_RE.match(said), start))
    elif section == "extension":
        labelled = _EXTENSION_RE.match(said)
        last = case.extensions[-1] if case.extensions else None
        opens = last is not None and last.opens_steps and not said.rstrip().endswith(":")
        if labelled is None and opens and last is not None:
            if after_blank and marked is None and last.steps:
                return False
            last.steps.append(_span(said, marked or _LINE_RE.match(said), start))  # "1. The system offers …"
        elif labelled is not None or not after_blank:  # "2a. No free slots:", or a case and what happens
            case.extensions.append(
                Extension(_span(said, labelled or _LINE_RE.match(said), start), labelled is not None)
            )
        else:
            return False
    else:
        return False
    case.end = end
    return True


def _span(said: str, match: re.Match[str], start: int) -> Span:
    text = match.group("text").rstrip(" *_")
    return Span(start + match.start("text"), start + match.start("text") + len(text), text)


def step_statement(case: UseCase, step: str) -> str:
    """ "The system shows the free slots …" -> "The system should show the free slots …"; "The
    patient picks a slot and confirms" -> "Patients should be able to pick a slot and confirm"."""
    said = _with_steps_named(case, step.strip().rstrip("."))
    words = said.split()
    for at, word in enumerate(words[:5]):
        base = third_person_base(word) if at else None
        if base is None:
            continue
        subject, rest = " ".join(words[:at]), base_verbs(" ".join(words[at + 1 :]))
        rest = f" {rest}" if rest else ""
        if _SYSTEM_SUBJECT_RE.match(subject):
            return f"The system should {base}{rest}."
        if singular_actor(case.actors) == re.sub(r"^(?:the|a|an)\s+", "", subject.lower()):
            return f"{case.actors} should be able to {base}{rest}."
        return f"{capitalise(subject)} should {base}{rest}."
    return f"{capitalise(said)}."


def extension_statement(case: UseCase, extension: Extension) -> str:
    """ "2a. No free slots … / 1. The system offers to put the patient on the waiting list" -> "If there
    are no free slots …, the system should offer to put the patient on the waiting list." """
    condition, action = (*_CASE_AND_ACTION_RE.split(extension.condition.text.rstrip(" :"), maxsplit=1), "")[:2]
    condition = condition.strip().rstrip(".")
    actions = [step.text for step in extension.steps] or ([action] if action.strip() else [])
    if not actions:
        return f"The system should handle the case where {lower_first(condition)}."
    outcomes = " and ".join(lower_first(step_statement(case, a).rstrip(".")) for a in actions)
    if re.match(r"no\s+", condition, re.I):
        verb = "are" if is_plural_subject(condition.split(maxsplit=1)[1].split(" in ")[0]) else "is"
        condition = f"there {verb} {lower_first(condition)}"
    return f"If {lower_first(condition)}, {outcomes}."


def base_verbs(rest: str) -> str:
    """ "a slot and confirms" -> "a slot and confirm": the verbs the first one is joined to."""

    def base(said: re.Match[str]) -> str:
        verb = said.group("verb")
        following = rest[said.end() :].split(maxsplit=1)
        after = following[0].lower().strip(".,;") if following else ""
        found = third_person_base(verb)
        # "… and confirms", "… and gets directions" (a bare plural is its object), not "… and checks works"
        plural_object = after.endswith("s") and not is_verb(after) and singular(after) != after
        return f"{said.group('join')}{found}" if found and (after in _OBJECT_START or plural_object) else said.group(0)

    return _THEN_VERB_RE.sub(base, rest)


def _with_steps_named(case: UseCase, said: str) -> str:
    """ "… and returns to step 2" -> "… and returns to step 2 (the system shows the free slots)"."""

    def named(reference: re.Match[str]) -> str:
        number = int(reference.group("number"))
        if not 1 <= number <= len(case.steps):
            return reference.group(0)
        return f"{reference.group(0)} ({lower_first(case.steps[number - 1].text.rstrip('.'))})"

    return _STEP_REFERENCE_RE.sub(named, said)


USE_CASE = "Use case"  # the cue of what a use case states


def use_case_drafts(index: int, document_id: str, text: str, case: UseCase, units: list[Unit]) -> list[Draft]:
    """The requirements a use case states: its goal (with the whole flow as criterion), each step of
    its main scenario, and each extension; each sourced on its own lines, under the use case's name."""

    def draft(start: int, end: int, statement: str) -> Draft:
        unit = next((u for u in units if u.start >= start), None) or Unit(start, end, "")
        # a "Priority: High" field ranks (and words) all it states, as a backlog's priority cell does
        unit = replace(unit, section=case.name, label=case.priority if label_level(case.priority) else None)
        made = draft_from(
            index, document_id, Candidate(unit, "table", USE_CASE, 0.8), start, end, text[start:end], statement, False
        )
        made.sentence = statement  # otherwise its "should" is the priority cue
        return made

    goal = draft(case.title.start, case.title.end, case.goal_statement())
    goal.stated_criteria.append(case.criterion())
    steps = [draft(step.start, step.end, step_statement(case, step.text)) for step in case.steps]
    cases = [
        draft(extension.condition.start, extension.end, extension_statement(case, extension))
        for extension in case.extensions
    ]
    return [goal, *steps, *cases]


# "Step 2: They tap a class and see how many places are left" under "Customer journey"
_STEP_LABEL_RE = re.compile(r"^\W*(?:step\s*\d{1,2}|\d{1,2}[.)])\s*[:.)–—-]?\s*", re.I)
_THEY_RE = re.compile(r"^(?:they|he|she)\b", re.I)
_SUBJECT_WORD_RE = re.compile(r"^(?:the\s+|a\s+|an\s+)?(?P<role>[a-z][\w-]*)\s", re.I)


# "A day with the new app – Sarah, home carer": the persona whose day the steps tell
_PERSONA_IN_TITLE_RE = re.compile(r"(?:^|[–—:-]\s*)(?P<name>[A-Z][a-z]+),\s+(?:[a-z]+\s+)?[a-z]+\W*$")
# "When she arrives she checks in", "During the visit she ticks off …": the case, then the step
_STEP_CASE_RE = re.compile(
    r"^(?P<case>(?:when|if|once|after|before|during|as\s+soon\s+as)\s+[^,]{3,60}?)(?:,\s*|\s+(?=(?:she|he|they)\s))"
    r"(?P<step>\S.*)$",
    re.I,
)


_HAS_TO_RE = re.compile(r"^(?P<who>the\s+[a-z]+|[a-z]+s)\s+(?:has|have|needs?)\s+to\s+(?P<rest>[a-z].*?)[.!]?$", re.I)
_CAN_RE = re.compile(r"^(?P<who>the\s+[a-z]+|[a-z]+s)\s+can\s+(?P<rest>[a-z].*?)[.!]?$", re.I)
_HER_THING_RE = re.compile(r"\b(?:her|his)\s+(?=(?!own\b)[a-z])")  # "on her phone"; not "call her back"
_SHE_RE = re.compile(r"\b(?:she|he)\b(?=\s+(?:is|was|has|can|will|gets|goes|arrives|leaves)\b)")


@dataclass(slots=True)
class Journey:
    """The steps of a journey under one heading ("Customer journey", "A day with the new app – Sarah,
    home carer"), each said of whoever does it; "They …" and "She …" are whoever the step before named,
    or the persona the heading names."""

    section: str | None = None
    actor: str | None = None
    persona: str | None = None  # "Sarah", of "A day with the new app – Sarah, home carer"

    def step(self, text: str, section: str | None) -> str | None:
        """ "Step 1: The member opens the timetable" -> "Members should be able to open the timetable."; None
        for a sentence that is no step of someone's (it is read as usual)."""
        if section != self.section:
            self.section = section
            self.actor = next((w for w in re.findall(r"[a-z]+", (section or "").lower()) if w in ROLE_WORDS), None)
            named = _PERSONA_IN_TITLE_RE.search(section or "")
            self.persona = named.group("name") if named and self.actor else None
        said = _STEP_LABEL_RE.sub("", text.strip())
        case_said = _STEP_CASE_RE.match(said)
        if case_said:
            said = case_said.group("step")
        said = self._named(said)
        if (subject := _SUBJECT_WORD_RE.match(said)) and singular(subject.group("role").lower()) in ROLE_WORDS:
            self.actor = singular(subject.group("role").lower())
        case = UseCase(title=Span(0, 0, ""), name="", start=0, end=0, actor=self.actor or "user")
        if (named := _flow_thing(said, case)) is not None:
            return named  # a step sketched as a noun: "confirmation email", "check-in at the desk"
        if bound := _HAS_TO_RE.match(said):  # "he has to say why": a duty
            statement = f"{capitalise(self._who(bound.group('who'), case))} must {bound.group('rest')}."
        elif able := _CAN_RE.match(said):  # "The family can read the notes …": what they may do
            statement = f"{capitalise(self._who(able.group('who'), case))} should be able to {able.group('rest')}."
        else:
            statement = step_statement(case, said)
        if " should " not in statement and bound is None:
            return None  # "The system must send a receipt.": read as usual
        if case_said:  # "When she arrives, …": the case, said of the actor
            statement = f"{capitalise(self._named(case_said.group('case')))}, {lower_first(statement)}"
        return self._theirs(statement) if self.persona else statement

    def _who(self, who: str, case: UseCase) -> str:
        return case.actors if who.lower() == f"the {self.actor}" else who

    def _named(self, said: str) -> str:
        """ "She taps the first visit" -> "The carer taps the first visit" ("They tap …" too)."""
        who = f"the {self.actor or 'user'}"
        if self.persona and said.startswith(f"{self.persona} "):
            return f"{capitalise(who)}{said[len(self.persona) :]}"  # "Sarah opens the app …"
        if they := _THEY_RE.match(said):
            verb, _, rest = said[they.end() :].strip().partition(" ")
            if they.group(0).lower() == "they" and (is_verb(verb.lower()) or "VERB" in getAllLemmas(verb.lower())):
                verb = third_person(verb)  # "They tap …": the member taps …
            return f"{capitalise(who)} {verb} {rest}".rstrip()
        lead = re.match(
            r"^(?P<lead>(?:when|if|once|after|before|during|as\s+soon\s+as)\s+)(?:she|he|they)\b", said, re.I
        )
        if lead:
            return f"{lead.group('lead')}{who}{said[lead.end() :]}"  # "When she arrives": when the carer arrives
        return said

    def _theirs(self, statement: str) -> str:
        """ "Carers should … on her phone …, and the office can see she is there": theirs, the carer."""
        if self.actor is None:
            return statement
        statement = _HER_THING_RE.sub("their ", statement)
        return _SHE_RE.sub(f"the {self.actor}", statement)
