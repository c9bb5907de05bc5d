"""A case-insensitive pattern run as its case-sensitive twin over folded text answers as `re` does."""

from __future__ import annotations

import gc
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autoagi.engine.analysis import case_fold, prefilter
from autoagi.engine.analysis.case_fold import FoldedPattern, case_sensitive_twin, fold
from autoagi.engine.analysis.pipeline import analyze
from autoagi.engine.artifacts import Document

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
# the letters re folds specially, upper case, cased non-ASCII letters, quotes: where folding could go wrong
_TRICKY = ["ſ", "ı", "İ", "\u212a", "\u212b", "ß", "ẞ", "Σ", "ς", "µ", "É", "é", "’", "ǅ", "ﬁ", "A", "Z", "K", "I"]


def _folded_patterns() -> list[FoldedPattern]:
    """Every folded pattern the analysis modules built, the gated ones' runners included."""
    analyze([Document(id="w", name="w.txt", media_type="text/plain", sha256="0", text="The system shall log in.")])
    found = [obj for obj in gc.get_objects() if isinstance(obj, FoldedPattern)]
    return sorted(found, key=lambda pattern: pattern.pattern)


_FOLDED = _folded_patterns()


def _texts() -> list[str]:
    lines = []
    for name in ("meeting-notes.md", "srs-source.md", "client-email-thread.eml"):
        lines += [line for line in (EXAMPLES / name).read_text(encoding="utf-8").splitlines() if line.strip()][:80]
    lines += [line.upper() for line in lines[:40]] + [line.replace("s", "ſ").replace("i", "ı") for line in lines[:40]]
    lines += [line.replace("k", "\u212a").replace("I", "İ") for line in lines[:40]]
    return [*lines, "", "   ", "ÄÖÜ äöü 💡", "a\x00b"]


def _same(found: re.Match[str] | None, expected: re.Match[str] | None) -> bool:
    if found is None or expected is None:
        return found is expected
    return found.span() == expected.span() and found.groups() == expected.groups() and found.string is expected.string


def test_the_analysis_runs_its_case_insensitive_patterns_folded() -> None:
    assert len(_FOLDED) >= 100


def test_every_folded_pattern_answers_as_re_on_real_text() -> None:
    checked = 0
    for folded in _FOLDED:
        original = folded.compiled
        for text in _texts():
            assert _same(folded.search(text), original.search(text)), (folded.pattern[:80], text)
            assert [(m.span(), m.groups()) for m in folded.finditer(text)] == [
                (m.span(), m.groups()) for m in original.finditer(text)
            ], (folded.pattern[:80], text)
            assert _same(folded.match(text), original.match(text))
            checked += 1
    assert checked > 10_000


@pytest.mark.parametrize("text", ["It MUST work, it shall WORK; ıt ſhall", "nothing here", "", "İ must"])
def test_every_method_agrees_with_re(text: str) -> None:
    for folded in _FOLDED[:: max(1, len(_FOLDED) // 40)]:
        original = folded.compiled
        assert folded.findall(text) == original.findall(text)
        assert folded.sub("<\\g<0>>", text) == original.sub("<\\g<0>>", text)
        assert folded.subn(lambda m: m.group().swapcase(), text, 1) == original.subn(
            lambda m: m.group().swapcase(), text, 1
        )
        assert folded.split(text) == original.split(text)
        assert _same(folded.fullmatch(text), original.fullmatch(text))
        for pos, endpos in ((0, len(text) // 2), (3, len(text)), (len(text) // 3, sys.maxsize)):
            assert _same(folded.search(text, pos, endpos), original.search(text, pos, endpos))
            assert [m.span() for m in folded.finditer(text, pos, endpos)] == [
                m.span() for m in original.finditer(text, pos, endpos)
            ]


_WORDS = sorted({word for folded in _FOLDED for word in re.findall(r"[a-z]{2,}", folded.pattern)})


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_WORDS),
            st.sampled_from(_WORDS).map(str.upper),
            st.sampled_from([" ", ",", ".", "-", "'", "\n", "2", "%", "£", "$", *_TRICKY]),
        ),
        max_size=14,
    )
)
def test_text_built_from_the_patterns_own_words_gets_re_s_answer(pieces: list[str]) -> None:
    text = " ".join(pieces[:7]) + "".join(pieces[7:])
    for folded in _FOLDED:
        assert _same(folded.search(text), folded.compiled.search(text)), (folded.pattern[:80], text)


def test_folding_keeps_each_character_one_character_of_the_same_kind() -> None:
    """What the twin relies on, for every code point: folding keeps the length and what \\w, \\s and
    \\d say, and a character matches an ASCII letter case-insensitively exactly when it folds to it."""
    any_letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        folded = fold(char)
        assert len(folded) == 1, hex(code)
        assert (char.isalnum(), char.isspace(), char.isdecimal()) == (
            folded.isalnum(),
            folded.isspace(),
            folded.isdecimal(),
        ), hex(code)
        matches_a_letter = any_letter.fullmatch(char) is not None
        assert matches_a_letter == ("a" <= folded <= "z"), hex(code)
        if matches_a_letter:
            assert re.fullmatch(folded, char, re.IGNORECASE), hex(code)


def test_the_non_ascii_characters_the_patterns_name_are_matched_only_by_themselves() -> None:
    named = {char for folded in _FOLDED for char in folded.pattern if not char.isascii()}
    assert "’" in named
    any_named = re.compile("[" + re.escape("".join(sorted(named))) + "]", re.IGNORECASE)
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        char = chr(code)
        assert (any_named.fullmatch(char) is not None) == (char in named) == (fold(char) in named), hex(code)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"\bmust\b", 0),  # already case-sensitive
        (r"\bmust(?-i:X)\b", re.I),  # a group that sets case again
        (r"\b(\w+)\s+\1\b", re.I),  # a back-reference compares case-insensitively
        (r"\bcafé\b", re.I),  # a cased non-ASCII letter
        (r"[\u00c0-\u00ff]+x", re.I),  # a non-ASCII range
        (r"\b(?:must)?", re.I),  # can match nothing
        (r"\bmust\b", re.I | re.ASCII),  # \w then differs for a letter folded to ASCII
    ],
)
def test_what_gets_no_twin(pattern: str, flags: int) -> None:
    assert case_sensitive_twin(re.compile(pattern, flags)) is None


def test_upper_case_letters_and_ranges_are_written_in_lower_case_in_the_twin() -> None:
    pattern = re.compile(r"\b(?:I\s+want|As\s+an?)\s+[A-Z][\w-]*[!-~]\b", re.IGNORECASE)
    twin = case_sensitive_twin(pattern)
    assert twin is not None and not twin.flags & re.IGNORECASE
    for text in ("As an Owner I WANT x", "i want Tickets!", "as a kelvin-\u212a!", "AS AN 9!", "I want [x]"):
        expected = pattern.search(text)
        found = twin.search(fold(text))
        assert (found and found.span()) == (expected and expected.span()), text
    folded = prefilter.compile(pattern.pattern, pattern.flags)
    assert isinstance(folded, (FoldedPattern, prefilter.GatedPattern))
    assert folded.search("As an Owner").group() == "As an Owner"  # the text's own case, not the folded


def test_a_long_text_read_at_many_positions_is_folded_once() -> None:
    text = "word " * 5000 + "it MUST work"
    pattern = prefilter.compile(r"\bmust\s+work\b", re.IGNORECASE)
    before = case_fold.folded.cache_info().misses
    for pos in range(0, 500, 5):
        assert pattern.search(text, pos).span() == pattern.compiled.search(text, pos).span()
    assert case_fold.folded.cache_info().misses - before <= 1


def test_what_a_run_learnt_about_its_texts_is_dropped_when_it_ends() -> None:
    text = "The clerk MUST print the invoice within 2 seconds."
    document = Document(id="m", name="m.txt", media_type="text/plain", sha256="1", text=text)
    assert analyze([document]).requirements
    assert case_fold.folded.cache_info().currsize == 0
    assert prefilter._scan.cache_info().currsize == 0  # type: ignore[attr-defined]
    prefilter.compile(r"\bmust\b", re.IGNORECASE).search(text)  # outside a run: kept, within a bound
    assert 0 < case_fold.folded.cache_info().currsize <= case_fold.folded.cache_info().maxsize
