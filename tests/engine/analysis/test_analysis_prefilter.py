"""The literal gate in front of the analysis patterns: it skips a pattern only when it cannot match."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autoagi.engine.analysis import prefilter
from autoagi.engine.analysis.pipeline import analyze
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
    assert isinstance(prefilter.compile(r"\bshall\b|\d+\s*%", re.IGNORECASE), re.Pattern)
    assert isinstance(prefilter.compile(r"\b(?:is|be)\b", re.IGNORECASE), re.Pattern)  # too short to help


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


@pytest.mark.parametrize(
    "text",
    [
        "No app for now, and no loyalty scheme until the next phase",
        "no native app in phase 1, but it is out of scope anyway",
        "Won't have: a blog. No forum for now",
        "We don't need a newsletter yet",
        "So, no reports for now",
        "The booking page must load quickly",
        "",
    ],
)
def test_the_wont_wordings_apart_answer_as_the_one_pattern_did(text: str) -> None:
    from autoagi.engine.analysis import priority

    together = re.compile(f"{priority._WONT_ANYWHERE_RE.pattern}|{priority.NOT_NOW_RE.pattern}", re.IGNORECASE)
    found, expected = priority.WONT_RE.search(text), together.search(text)
    assert (found and found.span()) == (expected and expected.span())
    assert priority.WONT_RE.sub(" ", text) == together.sub(" ", text)
