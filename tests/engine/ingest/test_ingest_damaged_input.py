"""Damaged variants of every example either ingest or raise an IngestError: never a crash."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from autoagi.engine.ingest import IngestError, ingest

EXAMPLES = Path(__file__).resolve().parents[3] / "examples"
NAMES = ["meeting-notes.md", "kickoff-transcript.vtt", "client-email-thread.eml", "srs.pdf", "requirements.docx"]


def damaged_variants(data: bytes, seed: int) -> list[bytes]:
    generator = random.Random(seed)
    variants = [data[:cut] for cut in (1, 10, len(data) // 4, len(data) // 2, len(data) - 10)]
    for _ in range(6):
        flipped = bytearray(data)
        for _ in range(20):
            flipped[generator.randrange(len(flipped))] = generator.randrange(256)
        variants.append(bytes(flipped))
    variants.append(bytes(generator.randrange(256) for _ in range(2_000)))
    return variants


@pytest.mark.parametrize("name", NAMES)
def test_damaged_input_never_crashes(name):
    data = (EXAMPLES / name).read_bytes()
    for variant in damaged_variants(data, seed=len(name)):
        try:
            document = ingest(variant, name)
        except IngestError as error:
            assert error.code and error.message
        else:
            for segment in document.segments:
                assert 0 <= segment.start < segment.end <= len(document.text)
