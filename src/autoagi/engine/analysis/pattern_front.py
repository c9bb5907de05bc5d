"""What a stand-in for a compiled pattern (`prefilter.GatedPattern`, `start_split.StartSplitPattern`,
`case_fold.FoldedPattern`) answers as the pattern itself, so code that reads `.pattern` or `.groupindex` cannot tell them apart."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any


class PatternFront:
    __slots__ = ("compiled",)

    def __init__(self, compiled: re.Pattern[str]) -> None:
        self.compiled = compiled

    @property
    def pattern(self) -> str:
        return self.compiled.pattern

    @property
    def flags(self) -> int:
        return self.compiled.flags

    @property
    def groups(self) -> int:
        return self.compiled.groups

    @property
    def groupindex(self) -> Any:
        return self.compiled.groupindex

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.compiled!r})"


def substituted(
    matches: Iterable[re.Match[str]], repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0
) -> tuple[str, int]:
    """What `re.subn` makes of `string` given the matches it would find (none of them empty)."""
    pieces, done, made = [], 0, 0
    for found in matches:
        if count and made == count:
            break
        pieces += [string[done : found.start()], repl(found) if callable(repl) else found.expand(repl)]
        done, made = found.end(), made + 1
    return "".join([*pieces, string[done:]]), made
