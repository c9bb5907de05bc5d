"""Run a case-insensitive pattern as a case-sensitive one over the lower-cased text.

`re` compiles a case-insensitive letter to an op that its alternation cannot test cheaply: at
each position it enters every branch instead of skipping those whose first letter is wrong. The
same pattern without IGNORECASE, over the text folded to lower case, skips them and runs two to
three times faster. The two agree exactly when the twin's letters are written in lower case, the
pattern holds no cased non-ASCII letter and the text is folded the way `re` compares letters, so
the twin only says *where* a match is; the match returned is the original pattern's, at that
position, over the original text (its groups keep the text's own case).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from re import _compiler as sre_compile  # noqa: PLC2701 - compiles the lower-cased tree
from re import _constants as sre  # noqa: PLC2701 - the parse tree says whether folding is exact
from re import _parser as sre_parse  # noqa: PLC2701
from typing import Any

from autoagi.engine.analysis import memo
from autoagi.engine.analysis.pattern_front import PatternFront, substituted

# `re` matches these case-insensitively to letters whose str.lower() differs: fold them first
FOLDS = (("İ", "i"), ("ı", "i"), ("ſ", "s"), ("K", "k"))
_OTHER_FLAGS = re.ASCII | re.LOCALE | re.VERBOSE | re.DEBUG
_A, _Z, _TO_LOWER = ord("A"), ord("Z"), ord("a") - ord("A")


def fold(text: str) -> str:
    """The text as `re` compares it case-insensitively: same length, one character for one."""
    if not text.isascii():
        for letter, ascii_letter in FOLDS:
            if letter in text:
                text = text.replace(letter, ascii_letter)
    return text.lower()


folded = memo.per_run(fold)  # a statement is read by dozens of patterns, in every stage


def case_sensitive_twin(compiled: re.Pattern[str]) -> re.Pattern[str] | None:
    """The pattern without IGNORECASE (its upper-case letters written in lower case), when over
    `folded` text it matches exactly where the original matches over the text; else None."""
    if not compiled.flags & re.IGNORECASE or compiled.flags & _OTHER_FLAGS:
        return None
    tree = sre_parse.parse(compiled.pattern, compiled.flags)
    if tree.getwidth()[0] == 0:
        return None  # an empty match changes how finditer steps on; keep to the simple case
    if not _lowered(tree):
        return None
    tree.state.flags &= ~re.IGNORECASE
    return sre_compile.compile(tree, compiled.flags & ~re.IGNORECASE)


def _lowered(tree: Any) -> bool:
    """Write the parse tree's letters in lower case, in place; False if it holds something that
    does not fold exactly (a group that sets its own flags, a back-reference, a cased non-ASCII letter)."""
    data = tree.data
    for index, (op, arg) in enumerate(data):
        if op in (sre.LITERAL, sre.NOT_LITERAL):
            code = _lower_code(arg)
            if code is None:
                return False
            data[index] = (op, code)
        elif op is sre.IN:
            members = [piece for kind, value in arg for piece in _lowered_member(kind, value)]
            if None in members:
                return False
            data[index] = (op, members)
        elif op is sre.SUBPATTERN:
            if arg[1] or arg[2] or not _lowered(arg[3]):  # "(?-i:…)" means case again
                return False
        elif op is sre.BRANCH:
            if not all(_lowered(branch) for branch in arg[1]):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _lowered(arg[2]):
                return False
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            if not _lowered(arg[1]):
                return False
        elif op is sre.ATOMIC_GROUP:
            if not _lowered(arg):
                return False
        elif op not in (sre.AT, sre.ANY):
            return False  # back-references and anything unforeseen
    return True


def _lowered_member(kind: Any, value: Any) -> list[Any]:
    """A character class member in lower case: one or more members, or [None] when it cannot be."""
    if kind in (sre.LITERAL, sre.NOT_LITERAL):
        code = _lower_code(value)
        return [None if code is None else (kind, code)]
    if kind is sre.RANGE:
        low, high = value
        if high >= 0x80:
            return [None]
        upper = (max(low, _A), min(high, _Z))
        if upper[0] > upper[1]:
            return [(kind, value)]
        pieces = [(low, _A - 1), (upper[0] + _TO_LOWER, upper[1] + _TO_LOWER), (_Z + 1, high)]
        return [(kind, piece) for piece in pieces if piece[0] <= piece[1]]
    return [(kind, value)] if kind in (sre.CATEGORY, sre.NEGATE) else [None]


def _lower_code(code: int) -> int | None:
    """An ASCII character in lower case; a non-ASCII one only if no case touches it ('’', '€')."""
    char = chr(code)
    if char.isascii():
        return ord(char.lower())
    return code if char.lower() == char == char.upper() and not char.isalpha() else None


class FoldedPattern(PatternFront):
    """A case-insensitive pattern that finds its matches with its case-sensitive twin."""

    __slots__ = ("twin",)

    def __init__(self, compiled: re.Pattern[str], twin: re.Pattern[str]) -> None:
        super().__init__(compiled)
        self.twin = twin

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = self.twin.search(folded(string), pos, endpos)
        return None if found is None else self.compiled.match(string, found.start(), endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos) if self.twin.match(folded(string), pos, endpos) else None

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        hit = self.twin.fullmatch(folded(string), pos, endpos)
        return self.compiled.fullmatch(string, pos, endpos) if hit else None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        match_at = self.compiled.match
        return (match_at(string, found.start(), endpos) for found in self.twin.finditer(folded(string), pos, endpos))  # type: ignore[misc]

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        if self.twin.search(folded(string), pos, endpos) is None:
            return []
        return self.compiled.findall(string, pos, endpos)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> tuple[str, int]:
        return substituted(self.finditer(string), repl, string, count)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        return self.subn(repl, string, count)[0]

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit) if self.twin.search(folded(string)) else [string]
