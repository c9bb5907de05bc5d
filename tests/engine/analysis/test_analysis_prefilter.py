"""The literal gate in front of the analysis patterns: it skips a pattern only when it cannot match."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autoagi.engine.analysis import prefilter, priority
from autoagi.engine.analysis.pipeline import analyze
from autoagi.engine.analysis.start_split import StartSplitPattern, free_branches, top_level_branches
from autoagi.engine.artifacts import Document

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"


def _gated_patterns() -> list[prefilter.GatedPattern]:
    """Every gated pattern the analysis modules built (in module globals, lists, dicts and tuples)."""
    analyze(
        [Document(id="warm", name="warm.txt", media_type="text/plain", sha256="0", text="The system shall log in.")]
    )
    return [obj for obj in gc.get_objects() if isinstance(obj, prefilter.GatedPattern)]


def _texts() -> list[str]:
    lines = []
    for name in ("meeting-notes.md", "srs-source.md"):
        lines += [line for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    # case variants, the letters `re` folds to ASCII ones, curly quotes, run-together lines
    lines += [line.upper() for line in lines[:40]] + [line.replace("s", "ſ").replace("i", "ı") for line in lines[:40]]
    lines += [" ".join(lines[i : i + 5]) for i in range(0, len(lines), 5)]
    lines += ["We don’t want it in phase 2.", "İT MUST WORK ON OLDER TABLETS", "", "   "]
    return lines


def test_the_analysis_gates_its_busiest_patterns() -> None:
    assert len(_gated_patterns()) >= 40


def test_a_gated_pattern_finds_exactly_what_re_finds() -> None:
    texts = _texts()
    checked = 0
    for gated in _gated_patterns():
        for text in texts:
            expected = [m.span() for m in gated.compiled.finditer(text)]
            assert [m.span() for m in gated.finditer(text)] == expected, (gated.pattern[:80], text)
            found, plain = gated.search(text), gated.compiled.search(text)
            assert (found and found.span()) == (plain and plain.span())
            checked += 1
    assert checked > 10_000


_GATED = _gated_patterns()
_PIECES = sorted({literal for gated in _GATED for literal in gated.literals})
_NOISE = st.sampled_from([" ", "  ", ",", ".", "'", "’", "-", "\n", "ſ", "ı", "İ", "K", "A", "e", "s", "2", "%"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(_PIECES).map(str.upper), _NOISE), max_size=14))
def test_text_built_from_the_literals_themselves_gets_re_s_answer(pieces: list[str]) -> None:
    text = "".join(pieces)
    for gated in _GATED:
        found, plain = gated.search(text), gated.compiled.search(text)
        assert (found and found.span()) == (plain and plain.span()), (gated.pattern[:80], text)


def test_literals_come_from_every_branch() -> None:
    gated = prefilter.compile(r"\bshall\b|\bmust(?:n['’]t)?\b|\bhas\s+to\b", re.IGNORECASE)
    assert isinstance(gated, prefilter.GatedPattern)
    assert gated.literals == frozenset({"shall", "must", "has"})


def test_fixed_strings_next_to_each_other_make_one_literal() -> None:
    gated = prefilter.compile(r"\b(?:please|pls)\s+don['’]t\b", re.IGNORECASE)
    assert isinstance(gated, prefilter.GatedPattern)
    assert gated.literals == frozenset({"don't", "don’t"})  # longer than "pl" or "please"
    assert gated.search("Please DON’T email me") and not gated.search("please do not")


def test_a_branch_without_a_literal_leaves_the_pattern_ungated() -> None:
    assert not isinstance(prefilter.compile(r"\bshall\b|\d+\s*%", re.IGNORECASE), prefilter.GatedPattern)
    assert not isinstance(prefilter.compile(r"\b(?:is|be)\b", re.IGNORECASE), prefilter.GatedPattern)  # too short


def test_letters_re_folds_case_insensitively_still_pass_the_gate() -> None:
    gated = prefilter.compile(r"\b(?:safety|keyboard|island)\b", re.IGNORECASE)
    for text in ("ſafety first", "a \u212aeyboard", "İSLAND", "the ıSLAND"):
        assert bool(gated.search(text)) == bool(gated.compiled.search(text)), text
        assert gated.search(text) is not None, text


def test_a_pattern_compiled_after_a_text_was_scanned_still_sees_it() -> None:
    text = "the quarterly zanzibar report"
    assert prefilter.compile(r"\bquarterly\b", re.I).search(text)
    late = prefilter.compile(r"\bzanzibar\b", re.I)
    assert late.search(text) is not None


def test_long_texts_and_every_method_agree_with_re() -> None:
    gated = prefilter.compile(r"\b(?:must|shall)\b", re.IGNORECASE)
    long_text = "word " * 2000 + "it MUST work"
    assert gated.search(long_text).span() == gated.compiled.search(long_text).span()
    for text in ("it must, it shall", "nothing here"):
        assert gated.findall(text) == gated.compiled.findall(text)
        assert gated.sub("X", text) == gated.compiled.sub("X", text)
        assert gated.subn("X", text) == gated.compiled.subn("X", text)
        assert gated.split(text) == gated.compiled.split(text)
        assert (gated.match(text) is None) == (gated.compiled.match(text) is None)
    assert gated.pattern == gated.compiled.pattern and gated.flags == gated.compiled.flags


@pytest.mark.parametrize("text", ["", "ÄÖÜ äöü", "💡 idea", "a\x00b"])
def test_odd_text_is_simply_not_matched(text: str) -> None:
    gated = prefilter.compile(r"\b(?:must|shall)\b", re.IGNORECASE)
    assert gated.search(text) is None and gated.findall(text) == []


_SPLIT = [obj for obj in gc.get_objects() if isinstance(obj, StartSplitPattern)]
_OPENINGS = ["No app for now, and no blog until the next phase", "So, no reports for now", "Optional: dark mode.",
             "no native app in phase 1, but it is out of scope anyway", "We don't need a newsletter yet"]  # fmt: skip


def test_patterns_with_start_anchored_branches_are_split():
    assert len(_SPLIT) >= 5
    assert isinstance(priority.WONT_RE, StartSplitPattern)


@pytest.mark.parametrize("text", [*_OPENINGS, *_texts()[:60], ""])
def test_a_split_pattern_answers_as_the_whole_pattern(text: str) -> None:
    for split in _SPLIT:
        whole = split.compiled
        found, expected = split.search(text), whole.search(text)
        assert (found and found.span()) == (expected and expected.span()), (split.pattern[:60], text)
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in whole.finditer(text)]
        assert split.findall(text) == whole.findall(text)
        assert split.sub(" ", text) == whole.sub(" ", text)
        assert split.subn(lambda m: m.group().upper(), text, 1) == whole.subn(lambda m: m.group().upper(), text, 1)
        for pos, endpos in ((0, len(text) // 2), (3, len(text)), (len(text) // 3, len(text) - 2)):
            found, expected = split.search(text, pos, endpos), whole.search(text, pos, endpos)
            assert (found and found.span()) == (expected and expected.span()), (split.pattern[:60], text, pos)
            assert [m.span() for m in split.finditer(text, pos, endpos)] == [
                m.span() for m in whole.finditer(text, pos, endpos)
            ]


@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.sampled_from(["no ", "No ", "for now", "optional", "."]), _NOISE),
                max_size=12))  # fmt: skip
@settings(max_examples=200, deadline=None)
def test_split_patterns_on_text_built_from_their_words(pieces: list[str]) -> None:
    text = "".join(pieces)
    for split in _SPLIT:
        assert [m.span() for m in split.finditer(text)] == [m.span() for m in split.compiled.finditer(text)]


@pytest.mark.parametrize(
    ("pattern", "branches"),
    [
        (r"a|b(?:c|d)|[|]|\||e", ["a", "b(?:c|d)", "[|]", "\\|", "e"]),
        (r"[]|]x|y", ["[]|]x", "y"]),
        (r"[^]|]|(a|b)", ["[^]|]", "(a|b)"]),
    ],
)
def test_top_level_branches(pattern: str, branches: list[str]) -> None:
    assert top_level_branches(pattern) == branches


def test_what_is_not_split():
    assert free_branches(re.compile(r"^no\b|(\bmust\b)", re.I)) is None  # a group would be renumbered
    assert free_branches(re.compile(r"^no\b|\bmust\b", re.I | re.M)) is None  # "^" after each newline
    assert free_branches(re.compile(r"^no\b|\bmust\b|x?", re.I)) is None  # can match nothing
    assert free_branches(re.compile(r"\bshall\b|\bmust\b", re.I)) is None  # nothing anchored
    assert free_branches(re.compile(r"^\W*no\b|\bmust\b", re.I)) == r"\bmust\b"
