"""Resource limits that keep hostile or oversized input from exhausting the process."""

from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class IngestLimits:
    # The platform's upload limit (issue 3: 25 MB).
    max_bytes: int = 25 * MIB
    # About 1.5 million words: far beyond any real client document, small enough to analyse.
    max_text_chars: int = 10_000_000
    max_pdf_pages: int = 2_000
    # Archive (DOCX) limits, checked from the central directory before anything is inflated.
    max_archive_members: int = 2_000
    max_uncompressed_bytes: int = 250 * MIB
    # Word XML compresses about 5-20x; zip bombs reach 1,000x and more.
    max_compression_ratio: float = 100.0
    # Members smaller than this are not ratio-checked: a tiny, highly compressible part is harmless.
    ratio_check_min_bytes: int = 1 * MIB
    # Nested messages (message/rfc822 inside message/rfc822 ...) followed this deep at most.
    max_email_nesting: int = 20
