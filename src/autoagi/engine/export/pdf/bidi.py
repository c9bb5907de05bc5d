"""Right-to-left runs in visual order, because reportlab draws every string left to right.

reportlab's own bidi support needs ``rlbidi``, which is not on PyPI. This is the simple part of
the Unicode bidi algorithm: each run of Hebrew or Arabic (with the spaces and punctuation between
its letters) is reversed, numbers inside it keep their digit order, and mirrored brackets swap.
That is right for the common case (RTL names and phrases in an LTR report, a line at a time); a
long RTL paragraph that wraps shows its lines in LTR order, and Arabic letters are not joined
(that needs a shaping engine such as HarfBuzz).
"""

from __future__ import annotations

import re
import unicodedata

_MIRRORED = str.maketrans("()[]{}<>«»", ")(][}{><»«")
_TOKENS = re.compile(r"\d+(?:[.,]\d+)*|.", re.DOTALL)


def _is_rtl(character: str) -> bool:
    return unicodedata.bidirectional(character) in ("R", "AL")


def _is_ltr(character: str) -> bool:
    return unicodedata.bidirectional(character) == "L"


def visual_order(text: str) -> str:
    """``text`` with each right-to-left run in the order its glyphs appear on the page."""
    if not any(_is_rtl(character) for character in text):
        return text
    parts, index, length = [], 0, len(text)
    while index < length:
        if not _is_rtl(text[index]):
            parts.append(text[index])
            index += 1
            continue
        end = last_rtl = index
        while end < length and not _is_ltr(text[end]):
            if _is_rtl(text[end]):
                last_rtl = end
            end += 1
        run = text[index : last_rtl + 1]
        parts.append("".join(reversed(_TOKENS.findall(run))).translate(_MIRRORED))
        index = last_rtl + 1
    return "".join(parts)
