"""A message that announces a list of needs: "Hi Tom, quick summary of what we need for the café
app", "Here's what we want:". It states nothing itself; the same speaker's next messages are the
list, read like the items under a "What we need" heading ("Customers order from their table by
scanning a QR code" -> "Customers should be able to order …"), until someone else speaks.
"""

from __future__ import annotations

import re
from dataclasses import replace

from autoagi.engine.analysis.units import Unit

LIST_SECTION = "What we need"  # what the announced items are, in the words a heading would use
_ANNOUNCES_RE = re.compile(
    r"\b(?:summary|list|rundown|overview|recap|breakdown|outline)\s+of\s+what\s+(?:we|I)\s+"
    r"(?:need|want|would\s+like|['’]d\s+like)\b[^.!?]{0,60}[.!:]*\s*$|"
    r"^\W*(?:(?:ok|okay|so|right|hi\s+\w+)[,!\s]+)?here['’]?s\s+what\s+(?:we|I)\s+(?:need|want|would\s+like|['’]d\s+like)"
    r"\b[^.!?]{0,60}[.!:]*\s*$|"
    r"^\W*(?:(?:ok|okay|so)[,\s]+)?(?:our|my)\s+(?:wish\s*list|requirements|must[\s-]haves|needs)\s*(?:are|is)?\s*[:.]?\s*$",
    re.IGNORECASE,
)


def announces_list(unit: Unit) -> bool:
    return unit.speaker is not None and _ANNOUNCES_RE.search(unit.text) is not None


def as_listed(unit: Unit) -> Unit:
    """The unit as an item of the announced list."""
    return replace(unit, section=unit.section or LIST_SECTION, item=True)
