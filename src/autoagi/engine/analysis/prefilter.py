"""Skip a large regex when the text lacks every word it could match.

Python's `re` cannot skip ahead in a case-insensitive alternation of many phrases that start with
`\\b`: it tries every branch at every position of the sentence, which made such patterns most of
the analysis time. Nearly all of them need one of a few literal words ("shall", "must", "won't").
`compile` reads the pattern's own parse tree to find, for every way it can match, a literal run
that match must contain. One Aho-Corasick pass over a text finds which of all gated patterns'
literals it holds (once per text, shared by every pattern asked about it); a pattern none of whose
literals is there cannot match and is not run. The gate is exact (a match always contains one of
its literals), so results are those of `re` itself.
"""

from __future__ import annotations

import operator
import re
import threading
from collections.abc import Iterable, Iterator
from re import _constants as sre  # noqa: PLC2701 - the parse tree is what makes the gate exact
from re import _parser as sre_parse  # noqa: PLC2701
from typing import Any

import ahocorasick

from autoagi.engine.analysis import memo
from autoagi.engine.analysis.case_fold import FOLDS, FoldedPattern, case_sensitive_twin, folded
from autoagi.engine.analysis.pattern_front import PatternFront
from autoagi.engine.analysis.start_split import StartSplitPattern, free_branches

_ZERO_WIDTH = {sre.AT, sre.ASSERT, sre.ASSERT_NOT}
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT}
_UNSAFE = frozenset(letter for letter, _ in FOLDS)
_SHORTEST_USEFUL = 3  # a gate of one- or two-letter literals passes almost every sentence
_MOST_LITERALS = 64
_literal_id = operator.itemgetter(1)  # of a hit (end, literal id)


def compile(pattern: str, flags: int = 0) -> Pattern:  # noqa: A001 - mirrors re.compile
    """`re.compile`, gated by the literals every match must contain when there are such literals
    and, when case-insensitive, run over folded text (`case_fold`); a pattern with start-anchored
    branches is split first (`start_split`) and its free part gated."""
    compiled = re.compile(pattern, flags)
    if (free := free_branches(compiled)) is not None:
        return StartSplitPattern(compiled, compile(free, flags))
    twin = case_sensitive_twin(compiled)
    runner = compiled if twin is None else FoldedPattern(compiled, twin)
    literals = required_literals(compiled)
    if literals:
        literals = _shortest_only(literals)
    if not literals or min(map(len, literals)) < _SHORTEST_USEFUL or len(literals) > _MOST_LITERALS:
        return runner
    return GatedPattern(compiled, literals, runner)


def required_literals(compiled: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings of which every match contains at least one, or None if none is known."""
    return _required(list(sre_parse.parse(compiled.pattern, compiled.flags & ~re.DEBUG)))


def _required(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """What a sequence of parse items needs: its most selective literal run or sub-requirement.
    A run joins adjacent items that match only fixed strings ("don['’]t" is "don't" or "don’t")."""
    candidates: list[frozenset[str]] = []
    run: frozenset[str] | None = None
    for op, arg in items:
        if op in _ZERO_WIDTH:  # consumes nothing: the letters either side stay adjacent
            continue
        exact = _exact(op, arg)
        if exact is not None and run is not None and (longer := _joined(run, exact)) is not None:
            run = longer
            continue
        if run is not None:
            candidates.append(run)
        run = exact
        if exact is None and (needed := _needed_by(op, arg)):
            candidates.append(needed)
    if run is not None:
        candidates.append(run)
    return max(candidates, key=_selectivity, default=None)


def _exact(op: Any, arg: Any) -> frozenset[str] | None:
    """The strings an item can match when they are few and fixed, else None."""
    if op is sre.LITERAL:
        return frozenset({chr(arg).lower()}) if _safe(chr(arg)) else None
    if op is sre.IN:
        if all(kind is sre.LITERAL and _safe(chr(code)) for kind, code in arg):
            return frozenset(chr(code).lower() for _, code in arg)
        return None
    if op is sre.SUBPATTERN:
        return _exact_sequence(list(arg[-1]))
    if op is sre.BRANCH:
        return _either(_exact_sequence(list(branch)) for branch in arg[1])
    if op in _REPEATS and arg[0] == 0 and arg[1] == 1:  # "s?": with or without
        inner = _exact_sequence(list(arg[2]))
        return None if inner is None else inner | {""}
    return None


def _exact_sequence(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    strings: frozenset[str] | None = frozenset({""})
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        exact = _exact(op, arg)
        if exact is None or strings is None:
            return None
        strings = _joined(strings, exact)
    return strings


def _joined(before: frozenset[str], after: frozenset[str]) -> frozenset[str] | None:
    """Every way two fixed parts read one after the other, or None when they are too many."""
    if len(before) * len(after) > _MOST_LITERALS:
        return None
    return frozenset(first + second for first in before for second in after)


def _either(options: Iterable[frozenset[str] | None]) -> frozenset[str] | None:
    """What one branch or another gives, or None when a branch gives nothing."""
    found = list(options)
    return None if any(option is None for option in found) else frozenset().union(*found)  # type: ignore[arg-type]


def _needed_by(op: Any, arg: Any) -> frozenset[str] | None:
    if op is sre.SUBPATTERN:
        return _required(list(arg[-1]))
    if op is sre.ATOMIC_GROUP:
        return _required(list(arg))
    if op in _REPEATS and arg[0] >= 1:
        return _required(list(arg[2]))
    if op is sre.BRANCH:
        return _either(_required(list(branch)) for branch in arg[1])
    return None


def _safe(char: str) -> bool:
    return char not in _UNSAFE and len(char.lower()) == 1


def _selectivity(literals: frozenset[str]) -> tuple[int, int]:
    """Longer literals pass fewer sentences; fewer of them are quicker to test."""
    return min(map(len, literals)), -len(literals)


def _shortest_only(literals: frozenset[str]) -> frozenset[str]:
    """Drop a literal that holds another: where "works" occurs, "work" does too."""
    return frozenset(word for word in literals if not any(other != word and other in word for other in literals))


class GatedPattern(PatternFront):
    """A compiled pattern that first checks the text holds one of the literals it must match."""

    __slots__ = ("_ids", "literals", "runner")

    def __init__(
        self, compiled: re.Pattern[str], literals: frozenset[str], runner: re.Pattern[str] | FoldedPattern
    ) -> None:
        super().__init__(compiled)
        self.literals = literals
        self.runner = runner  # what runs when the gate lets a text through: the pattern or its folded twin
        self._ids = _LITERALS.register(literals)

    def may_match(self, text: str) -> bool:
        return not self._ids.isdisjoint(_LITERALS.found_in(text))

    def search(self, string: str, *args: int) -> re.Match[str] | None:
        return self.runner.search(string, *args) if self.may_match(string) else None

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.runner.match(string, *args) if self.may_match(string) else None

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.runner.fullmatch(string, *args) if self.may_match(string) else None

    def finditer(self, string: str, *args: int) -> Iterator[re.Match[str]]:
        return self.runner.finditer(string, *args) if self.may_match(string) else iter(())

    def findall(self, string: str, *args: int) -> list[Any]:
        return self.runner.findall(string, *args) if self.may_match(string) else []

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.runner.sub(repl, string, count) if self.may_match(string) else string

    def subn(self, repl: Any, string: str, count: int = 0) -> tuple[str, int]:
        return self.runner.subn(repl, string, count) if self.may_match(string) else (string, 0)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.runner.split(string, maxsplit) if self.may_match(string) else [string]


class _LiteralTable:
    """Every gated pattern's literals in one automaton, so a text is scanned once for all of them."""

    def __init__(self) -> None:
        self._ids: dict[str, int] = {}
        self._automaton: Any = None  # replaced, never changed, so a scan in progress stays valid
        self._lock = threading.Lock()

    def register(self, literals: frozenset[str]) -> frozenset[int]:
        with self._lock:
            ids = frozenset(self._ids.setdefault(literal, len(self._ids)) for literal in literals)
            self._automaton = None  # rebuilt, with the new literals, on the next scan
        return ids

    def found_in(self, text: str) -> frozenset[int]:
        automaton = self._automaton or self._build()
        return _scan(automaton, text)  # keyed by the automaton too: no stale answers

    def _build(self) -> Any:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for literal, literal_id in self._ids.items():
                    automaton.add_word(literal, literal_id)
                automaton.make_automaton()
                self._automaton = automaton
            return self._automaton


@memo.per_run  # a statement is read by dozens of patterns, in every stage
def _scan(automaton: Any, text: str) -> frozenset[int]:
    return frozenset(map(_literal_id, automaton.iter(folded(text))))


_LITERALS = _LiteralTable()

Pattern = (
    re.Pattern[str] | GatedPattern | StartSplitPattern | FoldedPattern
)  # what `compile` gives: all answer search, finditer, ...
