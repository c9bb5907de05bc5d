"""Locating a model's quote in the source text, and splitting long documents."""

from __future__ import annotations

import pytest

from autoagi.engine.llm import QuoteLocator
from autoagi.engine.llm.chunking import split_into_chunks

SOURCE = (
    "Kick-off notes.\n\n"
    "The system  SHALL export\nreports as \u201cPDF\u201d files.\n"
    "Users must log in, using SSO, within 2 seconds.\n"
    "Another thing: the app shall be fast and responsive on all phones.\n"
    "Users must log in, using SSO, within 2 seconds.\n"
)


@pytest.mark.parametrize(
    ("quote", "method", "expected_source"),
    [
        ("The system  SHALL export", "exact", "The system  SHALL export"),
        (
            'the system shall export reports as "pdf" files.',
            "normalised",
            "The system  SHALL export\nreports as \u201cPDF\u201d files.",
        ),
        (
            "users must log in using SSO within 2 seconds",
            "words",
            "Users must log in, using SSO, within 2 seconds",
        ),
        (
            "the app shall be fast ... on all phones",
            "elided",
            "the app shall be fast and responsive on all phones",
        ),
        ("  Users must log in, using SSO, within 2 seconds.  ", "exact", None),
    ],
)
def test_quote_is_found_and_offsets_point_at_the_source(quote, method, expected_source):
    match = QuoteLocator(SOURCE).locate(quote)

    assert match is not None and match.method == method
    assert SOURCE[match.start : match.end] == (expected_source or quote.strip())


@pytest.mark.parametrize(
    "quote",
    [
        "The system shall send reports by e-mail.",  # invented
        "",
        "   ",
        "users login",  # too few words to trust a punctuation-blind match
        "the app shall be fast ... in the Kick-off notes",  # pieces in the wrong order
    ],
)
def test_quotes_not_in_the_source_are_not_found(quote):
    assert QuoteLocator(SOURCE).locate(quote) is None


def test_the_preferred_window_decides_between_repeated_sentences():
    locator = QuoteLocator(SOURCE)
    sentence = "Users must log in, using SSO, within 2 seconds."
    first = SOURCE.index(sentence)
    second = SOURCE.index(sentence, first + 1)

    assert locator.locate(sentence).start == first
    assert locator.locate(sentence, prefer=(second - 5, len(SOURCE))).start == second
    # Outside the window, the rest of the document is still searched.
    assert locator.locate("Kick-off notes.", prefer=(second, len(SOURCE))).start == 0


def test_chunks_cover_the_text_and_cut_at_paragraphs():
    paragraphs = [f"Paragraph {n}: " + "word " * 30 for n in range(10)]
    text = "\n\n".join(paragraphs)

    chunks = split_into_chunks(text, 500)

    assert chunks[0][0] == 0 and chunks[-1][1] == len(text)
    assert all(end == next_start for (_, end), (next_start, _) in zip(chunks, chunks[1:], strict=False))
    assert all(end - start <= 500 for start, end in chunks)
    assert all(text[start:end].startswith("Paragraph") for start, end in chunks)


def test_a_text_without_boundaries_is_cut_hard_and_blank_text_gives_no_chunk():
    assert split_into_chunks("x" * 25, 10) == [(0, 10), (10, 20), (20, 25)]
    assert split_into_chunks(" \n\n ", 10) == []
    with pytest.raises(ValueError):
        split_into_chunks("text", 0)
