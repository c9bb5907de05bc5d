"""Bytes → clean text: encoding fallbacks, NFC, one newline convention, no control characters."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

# Longest BOM first: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_LENGTH = {
    "utf-32-le": len(codecs.BOM_UTF32_LE),
    "utf-32-be": len(codecs.BOM_UTF32_BE),
    "utf-8-sig": 0,  # the codec drops the BOM itself
    "utf-16-le": len(codecs.BOM_UTF16_LE),
    "utf-16-be": len(codecs.BOM_UTF16_BE),
}

_NEWLINES = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
# C0/C1 controls except tab and newline, plus stray BOMs / zero-width no-break spaces.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff]")
_SNIFF_BYTES = 4096


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def bom_encoding(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


def bomless_utf16_encoding(data: bytes) -> str | None:
    """Recognise UTF-16 without a BOM from its zero bytes (ASCII-heavy text has one per char)."""
    sample = data[:_SNIFF_BYTES]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > 0.4 * half and even_zeros < 0.05 * half:
        return "utf-16-le"
    if even_zeros > 0.4 * half and odd_zeros < 0.05 * half:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> DecodedText:
    """Decode with the first encoding that fits: BOM, UTF-8, BOM-less UTF-16, then cp1252.

    cp1252 is the last resort because it accepts almost any byte sequence; the five bytes it
    leaves undefined become U+FFFD rather than failing the whole document.
    """
    encoding = bom_encoding(data)
    if encoding is not None:
        body = data[_BOM_LENGTH[encoding] :]
        return DecodedText(clean_text(body.decode(encoding, errors="replace")), encoding)
    try:
        return DecodedText(clean_text(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    encoding = bomless_utf16_encoding(data)
    if encoding is not None:
        return DecodedText(clean_text(data.decode(encoding, errors="replace")), encoding)
    return DecodedText(clean_text(data.decode("cp1252", errors="replace")), "cp1252")


# U+FB00-FB06: ff, fi, fl, ffi, ffl, long s t, st (NFKC would also change superscripts, full-width forms …)
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_LIGATURE_RE = re.compile("[\ufb00-\ufb06]")


def sniff_text(data: bytes, size: int = 65536) -> str:
    """A lenient decoding of the first bytes, good enough to look for format markers."""
    encoding = bom_encoding(data) or bomless_utf16_encoding(data)
    if encoding is None:
        return data[:size].decode("utf-8", errors="replace")
    body = data[_BOM_LENGTH[encoding] : _BOM_LENGTH[encoding] + size]
    return body.decode(encoding, errors="replace").lstrip("\ufeff")


def clean_text(text: str) -> str:
    """NFC-normalise, turn every line break into ``\\n``, drop control characters and spell out
    typographic ligatures (a PDF's "speciﬁc" is "specific" to every reader after this)."""
    text = _NEWLINES.sub("\n", text)
    text = _CONTROLS.sub("", text)
    if _LIGATURE_RE.search(text):
        text = text.translate(_LIGATURES)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text
