"""Gherkin pasted into a document ("Feature: Class waitlist / Scenario: A spot opens up / Given … /
When … / Then …"): each scenario is one requirement, what happens when its event occurs, and its
steps are that requirement's acceptance criterion, as the team wrote it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autoagi.engine.analysis.described import described_statement, third_person_base
from autoagi.engine.analysis.words import capitalise, lower_first

_STEP_RE = re.compile(
    r"^[ \t]*(?P<keyword>Feature|Scenario(?:[ \t]+Outline)?|Example|Given|When|Then|And|But)\b[ \t]*:?[ \t]*(?P<text>[^\n]*)$",
    re.MULTILINE,
)
_STEPS = ("given", "when", "then")


@dataclass(slots=True)
class Scenario:
    feature: str | None
    title: str
    start: int
    end: int
    steps: dict[str, list[str]] = field(default_factory=lambda: {step: [] for step in _STEPS})

    @property
    def statement(self) -> str:
        """ "When a booked member cancels (a full class with a waitlist), the first person on the
        waitlist should get the spot and they should get an e-mail." """
        when = " and ".join(self.steps["when"])
        given = f" ({' and '.join(self.steps['given'])})" if self.steps["given"] else ""
        outcomes = " and ".join(_should(then) for then in self.steps["then"])
        return capitalise(f"when {when}{given}, {outcomes}.") if when else capitalise(f"{outcomes}.")

    @property
    def criterion(self) -> str:
        """The steps as one "Given …, when …, then …" criterion."""
        given, when, then = (" and ".join(self.steps[step]) or "-" for step in _STEPS)
        return f"Given {given}, when {when}, then {then}"


def scenarios(text: str) -> list[Scenario]:
    """The scenarios of a text with at least one "Scenario:" whose steps say what then happens."""
    found: list[Scenario] = []
    feature = None
    current: Scenario | None = None
    last = "given"
    for m in _STEP_RE.finditer(text):
        keyword, said = m.group("keyword").lower(), m.group("text").strip()
        if keyword == "feature":
            feature, current = said or None, None
        elif keyword.startswith(("scenario", "example")):
            current = Scenario(feature, said, m.start("keyword"), m.end())
            found.append(current)
        elif current is not None and said:
            last = keyword if keyword in _STEPS else last
            current.steps[last].append(lower_first(said.rstrip(".")))
            current.end = m.end()
    return [scenario for scenario in found if scenario.steps["then"]]


def _should(outcome: str) -> str:
    """ "the first person on the waitlist gets the spot" -> "… should get the spot"; "they get an
    e-mail" -> "they should get an e-mail"; an outcome with its own modal stays as it is."""
    if re.search(r"\b(?:should|must|shall|will|can|cannot|can't)\b", outcome):
        return outcome
    if described := described_statement(outcome):
        return lower_first(described.rstrip("."))
    words = outcome.split()
    for i, word in enumerate(words[1:9], start=1):
        if base := third_person_base(word):
            return " ".join([*words[:i], "should", base, *words[i + 1 :]])
        if word.lower() in {"is", "are"}:
            return " ".join([*words[:i], "should", "be", *words[i + 1 :]])
        if i == 1 and words[0].lower() in {"they", "i", "we", "you"}:
            return " ".join([words[0], "should", *words[1:]])
    return outcome
