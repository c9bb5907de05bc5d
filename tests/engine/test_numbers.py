"""Counts written as words, shared by the analysis and design rules."""

import os
import re
import subprocess
import sys

import pytest

from autoagi.engine.numbers import NUMBER_WORD_PATTERN, number_value


@pytest.mark.parametrize(
    ("token", "value"),
    [("2", 2.0), ("2.5", 2.5), ("two", 2.0), ("Twelve", 12.0), ("twenty four", 24.0), ("forty-eight", 48.0),
     ("seventy  two", 72.0), ("sixty", 60.0)],
)  # fmt: skip
def test_number_value_reads_digits_and_words(token, value):
    assert number_value(token) == value


@pytest.mark.parametrize("token", ["", "several", "twenty-five-ish", "1,000"])
def test_number_value_refuses_what_is_not_a_count(token):
    assert number_value(token) is None


def test_pattern_matches_the_whole_compound_not_its_first_word():
    pattern = re.compile(rf"\b(?:{NUMBER_WORD_PATTERN})\b", re.IGNORECASE)
    assert pattern.match("twenty-four hours").group(0) == "twenty-four"
    assert pattern.match("Forty eight hours").group(0) == "Forty eight"
    assert pattern.match("seventeen") is None
    assert all(number_value(m.group(0)) for m in pattern.finditer("one two ten eighteen thirty"))


def test_the_number_word_pattern_is_the_same_text_in_every_process() -> None:
    """Patterns built from it are cached and compared by their text: it must not follow set order."""
    program = "from autoagi.engine.numbers import NUMBER_WORD_PATTERN as p; print(p)"
    texts = {
        subprocess.run(
            [sys.executable, "-c", program],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert len(texts) == 1
