"""The input a format parser reads: the raw bytes, the file name and the limits in force."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .decoding import DecodedText, decode_bytes
from .limits import IngestLimits


@dataclass
class Source:
    data: bytes
    name: str
    limits: IngestLimits

    @cached_property
    def decoded(self) -> DecodedText:
        """The bytes as clean text (decoded once, shared by detection and parsing)."""
        return decode_bytes(self.data)
