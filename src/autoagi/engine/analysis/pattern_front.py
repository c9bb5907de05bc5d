"""What a stand-in for a compiled pattern (`prefilter.GatedPattern`, `start_split.StartSplitPattern`)
answers as the pattern itself, so code that reads `.pattern` or `.groupindex` cannot tell them apart."""

from __future__ import annotations

import re
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
