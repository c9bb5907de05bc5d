"""Remove what an e-mail repeats from earlier messages: quoted lines, attribution blocks,
Outlook-style original-message headers, and the signature."""

from __future__ import annotations

import re

_QUOTED_LINE = re.compile(r"[ \t]*>")
# "On Tue, 4 Mar 2025 at 10:02, Ana Patel <ana@example.com> wrote:" (mail clients wrap it over
# up to three lines); also the German, French, Spanish, Italian and Dutch forms.
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:On|Am|Le|El|Il|Op)\b[^\n]{0,300}?(?:\n[^\n]{0,200}?){0,2}"
    r"\b(?:wrote|schrieb|a écrit|escribió|ha scritto|scrisse|schreef)[ \t]*:[ \t]*$",
    re.MULTILINE,
)
_ORIGINAL_MESSAGE = re.compile(
    r"[ \t]*-{2,}[ \t]*(?:Original Message|Ursprüngliche Nachricht|Message d'origine)[ \t]*-{2,}",
    re.IGNORECASE,
)
_OUTLOOK_RULE = re.compile(r"[ \t]*_{10,}[ \t]*$")
_OUTLOOK_HEADER = re.compile(r"[ \t]*\*?(?:From|Von|De)\*?:[ \t]")
_OUTLOOK_SENT = re.compile(r"[ \t]*\*?(?:Sent|Date|Gesendet|Envoyé)\*?:[ \t]")
_SIGNATURE = re.compile(r"--[ \t]?$")
_EXTRA_BLANK_LINES = re.compile(r"\n{3,}")


def strip_quoted_replies(body: str) -> str:
    """The part of a message body its sender wrote."""
    body = _cut_at_attribution(body)
    lines = body.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        if _QUOTED_LINE.match(line):
            continue
        if _starts_history(lines, index) or _SIGNATURE.match(line):
            break
        kept.append(line)
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


def _cut_at_attribution(body: str) -> str:
    """Drop attribution lines; if no '>' quote follows one, everything after it is history."""
    pieces: list[str] = []
    position = 0
    for match in _ATTRIBUTION.finditer(body):
        pieces.append(body[position : match.start()])
        position = match.end()
        following = body[position:].lstrip()
        if following and not following.startswith(">"):
            return "".join(pieces)  # top-posted reply over an unmarked copy of the thread
    pieces.append(body[position:])
    return "".join(pieces)


def _starts_history(lines: list[str], index: int) -> bool:
    line = lines[index]
    if _ORIGINAL_MESSAGE.match(line):
        return True
    window = lines[index + 1 : index + 5]
    if _OUTLOOK_RULE.match(line):
        return any(_OUTLOOK_HEADER.match(following) for following in window)
    if _OUTLOOK_HEADER.match(line):
        return any(_OUTLOOK_SENT.match(following) for following in window)
    return False
