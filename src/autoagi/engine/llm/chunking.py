"""Split a long document into pieces a model can take in one request, on natural boundaries."""

from __future__ import annotations

# Preferred cut points, best first: a blank line, a line break, a sentence end, a space.
_BOUNDARIES = ("\n\n", "\n", ". ", " ")


def split_into_chunks(text: str, max_chars: int) -> list[tuple[int, int]]:
    """``(start, end)`` offsets covering ``text``; blank pieces are left out."""
    if max_chars <= 0:
        raise ValueError("max_chars must be positive")
    chunks: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(start + max_chars, len(text))
        if end < len(text):
            end = _best_cut(text, start, end)
        if text[start:end].strip():
            chunks.append((start, end))
        start = end
    return chunks


def _best_cut(text: str, start: int, limit: int) -> int:
    # Never cut in the first half of the window, or a run of short lines would make tiny chunks.
    earliest = start + (limit - start) // 2
    for boundary in _BOUNDARIES:
        position = text.rfind(boundary, earliest, limit)
        if position != -1:
            return position + len(boundary)
    return limit
