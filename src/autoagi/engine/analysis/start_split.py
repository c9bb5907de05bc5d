"""Try a pattern's start-anchored branches once, at the start, instead of at every position.

Many analysis patterns are an alternation of wordings anywhere in a sentence and wordings that
open it (`^\\W*no\\s+… for now`). `re` tries every branch at every position, the anchored ones
included, and an anchored branch with short words also keeps the literal gate (`prefilter`) off
the whole pattern. Split, `search` is the whole pattern matched at position 0 (one position: every
branch in its order, so the same branch wins there) or else the free branches searched (anchored
ones cannot match past 0). `finditer`, `findall` and `sub` follow from that, so every answer is
the one `re` gives for the whole pattern.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from itertools import chain
from re import _constants as sre  # noqa: PLC2701 - the parse tree says which branches are anchored
from re import _parser as sre_parse  # noqa: PLC2701
from typing import Any

from autoagi.engine.analysis.pattern_front import PatternFront, substituted

_AT_START = {sre.AT_BEGINNING, sre.AT_BEGINNING_STRING}


def free_branches(compiled: re.Pattern[str]) -> str | None:
    """The pattern without its start-anchored top-level branches, when splitting it is exact and
    leaves both kinds; else None."""
    if compiled.flags & (re.MULTILINE | re.VERBOSE) or compiled.groups:
        return None  # "^" after every newline; comments; groups the free part would renumber
    if sre_parse.parse(compiled.pattern, compiled.flags).getwidth()[0] == 0:
        return None  # an empty match changes how finditer steps on
    branches = top_level_branches(compiled.pattern)
    free = [branch for branch in branches if not _anchored(branch, compiled.flags)]
    return "|".join(free) if 0 < len(free) < len(branches) else None


def top_level_branches(pattern: str) -> list[str]:
    """The pattern split at the "|" outside any group or character class."""
    branches: list[str] = []
    depth, in_class, start, at = 0, False, 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            at += 1 + pattern.startswith("^", at + 1)
            at += pattern.startswith("]", at)  # "[]…]" and "[^]…]": that "]" is a member
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:at])
            start = at + 1
        at += 1
    return [*branches, pattern[start:]]


def _anchored(branch: str, flags: int) -> bool:
    items = list(sre_parse.parse(branch, flags))
    return bool(items) and items[0][0] is sre.AT and items[0][1] in _AT_START


class StartSplitPattern(PatternFront):
    """The whole pattern at position 0, then its free branches (see the module's docstring)."""

    __slots__ = ("free",)

    def __init__(self, compiled: re.Pattern[str], free: Any) -> None:
        super().__init__(compiled)
        self.free = free  # a compiled pattern (gated, when it can be) of the free branches

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        at_start = self.compiled.match(string, 0, endpos) if pos == 0 else None  # "^" is never past 0
        return at_start or self.free.search(string, pos, endpos)

    def match(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.match(string, *args)

    def fullmatch(self, string: str, *args: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, *args)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        first = self.compiled.match(string, 0, endpos) if pos == 0 else None
        if first is None:
            return self.free.finditer(string, pos, endpos)
        return chain((first,), self.free.finditer(string, first.end(), endpos))

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [found.group() for found in self.finditer(string, pos, endpos)]  # no groups (free_branches)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return substituted(self.finditer(string), repl, string, count)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.subn(repl, string, count)[0]

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)
