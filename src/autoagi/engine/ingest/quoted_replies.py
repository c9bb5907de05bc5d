"""Remove what an e-mail repeats from earlier messages: quoted lines, attribution blocks,
Outlook-style original-message headers, and the signature."""

from __future__ import annotations

import re

from autoagi.engine.read_back import RECAP_LEAD_RE, answers_yes_or_no, confirms, takes_off

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
    """The part of a message body its sender wrote, and the short questions it answers inline
    ("> Which products should be orderable online?" followed by the answer), kept as quoted lines.
    Numbered questions of the quoted message that the reply answers by number ("1. Yes") are kept
    too, as quoted lines after the reply, and so is a summary it confirms ("Yes, that's all correct"
    over "> Just to confirm what we agreed: …")."""
    kept = _strip(body)
    return _with_confirmed_summary(_with_numbered_questions(kept, body), body)


_NUMBERED_ANSWER = re.compile(r"^[ \t]*(\d{1,2})[.)][ \t]+\S", re.MULTILINE)
_QUOTED_NUMBERED_QUESTION = re.compile(r"^[ \t]*>[ \t]*(\d{1,2})[.)][ \t]+[^\n]{3,300}\?[ \t]*$", re.MULTILINE)


def _with_numbered_questions(kept: str, body: str) -> str:
    """ "1. Yes / 2. No, they just expire" over a quoted "> 1. Should members ...?": the questions
    the numbers point at, when at least two of them are answered."""
    answered = {m.group(1) for m in _NUMBERED_ANSWER.finditer(kept)}
    questions = [m for m in _QUOTED_NUMBERED_QUESTION.finditer(body) if m.group(1) in answered]
    if len({m.group(1) for m in questions}) < 2:
        return kept
    return kept + "\n\n" + "\n".join(m.group(0).strip() for m in questions)


_MAX_SUMMARY_LINES = 20
_SIGN_OFF = re.compile(
    r"[ \t]*(?:(?:thanks|cheers|best|regards|kind\s+regards)\b.*|[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2})$"
)


def _with_confirmed_summary(kept: str, body: str) -> str:
    """The summary of the earlier message that the reply's first words confirm, appended as quoted
    lines: "Yes, that's all correct." says nothing without it."""
    opening = [line for line in kept.split("\n") if line.strip()][:3]
    if not any(confirms(line) or takes_off(line) for line in opening):
        return kept  # (a reply that takes one point off leaves the others standing: it needs them too)
    history = _history(body)
    found = next(((i, at) for i, line in enumerate(history) if (at := _recap_at(line)) is not None), None)
    if found is None:
        return kept
    lead, at = found
    block = [history[lead][at:].strip()]  # "Thanks for today. Just to confirm …": from the summary on
    index = lead + 1
    if not RECAP_LEAD_RE.fullmatch(block[0]):  # "Just to confirm: members book …" goes on below it
        index = len(history) if not history[index : index + 1] or not history[index].strip() else index
    else:  # "Just to confirm what we agreed:", its list below it
        while index < len(history) and not history[index].strip():
            index += 1
    while (
        index < len(history)
        and history[index].strip()
        and not _SIGN_OFF.match(history[index])
        and len(block) < _MAX_SUMMARY_LINES
    ):
        block.append(history[index].strip())
        index += 1
    return kept + "\n\n" + "\n".join(f"> {line}" for line in block)


_SENTENCE_START = re.compile(r"(?:^|(?<=[.!?])\s+)(?=\S)")


_MAX_LEAD_LINE_CHARS = 2000  # a summary's lead sits on an ordinary line, not in a run-together body


def _recap_at(line: str) -> int | None:
    """Where in the line a sentence opens a summary, if one does."""
    if len(line) > _MAX_LEAD_LINE_CHARS:
        return None
    return next((m.end() for m in _SENTENCE_START.finditer(line) if RECAP_LEAD_RE.match(line[m.end() :])), None)


def _history(body: str) -> list[str]:
    """The earlier messages a reply quotes or carries below it, one quote level taken off; lines of
    older messages (quoted twice) are left blank."""
    lines = body.split("\n")
    start = next(
        (i for i in range(len(lines)) if _QUOTED_LINE.match(lines[i]) or _starts_history(lines, i)), len(lines)
    )
    if attribution := _ATTRIBUTION.search(body):  # "On …, Tom wrote:" over an unmarked copy (an HTML reply)
        start = min(start, body.count("\n", 0, attribution.end()) + 1)
    history = []
    for line in lines[start:]:
        unquoted = _QUOTED_LINE.sub("", line, count=1).lstrip(" ") if _QUOTED_LINE.match(line) else line
        history.append("" if _QUOTED_LINE.match(unquoted) else unquoted)
    return history


def _strip(body: str) -> str:
    body = _cut_at_attribution(body)
    lines = body.split("\n")
    kept: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _QUOTED_LINE.match(line):
            end = index
            while end < len(lines) and _QUOTED_LINE.match(lines[end]):
                end += 1
            if _answered_question(lines, index, end):
                kept += lines[index:end]
            index = end
            continue
        if _starts_history(lines, index) or _SIGNATURE.match(line):
            break
        kept.append(line)
        index += 1
    return _EXTRA_BLANK_LINES.sub("\n\n", "\n".join(kept)).strip()


_MAX_QUESTION_LINES = 3


def _answered_question(lines: list[str], start: int, end: int) -> bool:
    """Is the quoted block lines[start:end] a short question (or a point put to them) the sender
    answers right below it?"""
    quoted = " ".join(_QUOTED_LINE.sub("", line, count=1).strip() for line in lines[start:end]).strip()
    if end - start > _MAX_QUESTION_LINES or quoted.startswith(">"):
        return False  # a longer quote is the thread's history; a nested one an older message's
    after = next((i for i in range(end, min(end + 2, len(lines))) if lines[i].strip()), None)
    if after is None:
        return False
    following = lines[after]
    if not quoted.endswith("?") and not answers_yes_or_no(following):
        return False  # "> 2. We could also add a loyalty scheme." / "Not for now.": a point answered too
    return not (
        _QUOTED_LINE.match(following)
        or _ATTRIBUTION.match(following)
        or _SIGNATURE.match(following)
        or _starts_history(lines, after)
    )


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


_WORD = re.compile(r"\w+")
_MIN_REPLY_WORDS = 5


def history_offset(text: str) -> int | None:
    """Where an e-mail thread pasted as plain text carries its earlier messages ("From: … / Sent: …",
    "-----Original Message-----", "On … wrote:"), or None. A header block with nothing written above it
    is the message's own header, not history."""
    attribution = _ATTRIBUTION.search(text)
    found = attribution.start() if attribution else None
    lines = text.split("\n")
    offset = 0
    for index, line in enumerate(lines):
        if found is not None and offset >= found:
            break
        if _starts_history(lines, index):
            found = offset
            break
        offset += len(line) + 1
    return found if found is not None and len(_WORD.findall(text, 0, found)) >= _MIN_REPLY_WORDS else None


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
