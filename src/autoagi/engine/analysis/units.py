"""Cut a document into sentence-sized units with exact character offsets.

A unit never crosses a segment boundary or a line that starts a new list item, so a plain
text with one requirement per line yields at least one unit per line.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

from autoagi.engine.analysis.grammar import ROLE_WORDS
from autoagi.engine.analysis.personas import people_like, persona_role
from autoagi.engine.analysis.priority import moscow_heading
from autoagi.engine.analysis.request_forms import request_forms
from autoagi.engine.analysis.sections import constraints_section, quality_section, section_style
from autoagi.engine.analysis.words import as_theirs, capitalise, is_verb, joined
from autoagi.engine.artifacts import Document
from autoagi.engine.ingest.quoted_replies import history_offset
from autoagi.engine.ingest.speakers import is_label

# emoji that lead a line as its bullet: ticks and crosses, "🤔 maybe …", traffic lights (both regexes below)
_EMOJI_MARKS = "✅✔☑❌✗✘⛔🚫🤔❓⭐👉➡→▶►🔴🟠🟡🟢"
# Line prefixes that are layout, not content: bullets, numbering, requirement ids, quote marks,
# Markdown headings and timestamps.
_PREFIX_RE = re.compile(
    rf"""[ \t]*(?:
        (?:>[ \t]?)+                                  # quoted e-mail lines
      | \#{{1,6}}[ \t]+                               # Markdown heading
      | [-*•‣◦▪–+][ \t]+(?:\[[ xX]\][ \t]+)?          # bullets and task boxes
      | [{_EMOJI_MARKS}]\ufe0f?[ \t]*                 # emoji ticks, crosses and traffic lights
      | \[[ xX]\][ \t]+                               # a task box alone
      | \(?\d{{1,3}}(?:\.\d{{1,3}})*[.)][ \t]+        # 1. 1) 2.3.1.
      | \d{{1,3}}(?:\.\d{{1,3}})+[ \t]+               # 2.3.1 (no trailing dot)
      | \(?[a-zA-Z][.)][ \t]+                         # a) b.
      | \[?\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:[.,]\d+)?\]?[ \t]*  # [00:01:02]
      | (?!P[0-4][ \t]*[:–—-])(?:[A-Z]{{1,6}}[-_]?\d{{1,4}}(?:\.\d+)*)[ \t]*[:.)\-–][ \t]+  # FR-12: REQ_3. (not "P2:", a rank)
      | \#[A-Za-z0-9_-]{{1,12}}\#[ \t]*              # a backlog tag: #G21#
      | \[[A-Z][A-Z0-9]{{0,9}}-\d{{1,6}}\][ \t]*     # an issue key: [SHOP-123]
    )+""",
    re.VERBOSE,
)
# the id schemes requirement documents use ("REQ-2", "FR-12", "NFR_3", "SR1.2", "US-7"), not any
# letters and digits ("Q3: revenue was up")
_REQUIREMENT_ID_RE = re.compile(
    r"\b(?:REQ|Req|RQ|R|FR|NFR|NF|SR|SWR|SYS|SYSR|UR|BR|US|QR|DR)[-_]?\d{1,4}(?:\.\d+)*[ \t]*[:.)\-–][ \t]"
)
_INLINE_ID_RE = re.compile(r";[ \t]+(?=[A-Z]{1,6}[-_]?\d{1,4}(?:\.\d+)*[ \t]*:[ \t])")
_WRAPPED_TIME_RE = re.compile(r"[ \t]*\d{1,2}:\d{2}[ \t]+(?:to|until|till|and|-|–)[ \t]")
_HEADING_RE = re.compile(r"[ \t]*\#{1,6}[ \t]+")
_TOPIC_RE = re.compile(r"[A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,3}[ \t]*:[ \t]+\S")
_SPEAKER_RE = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})[ \t]*(?:\([^)]{0,40}\))?:[ \t]+(?=\S)")
_LABEL_RE = re.compile(r"([A-Za-z][\w'’-]*(?:[ \t][A-Za-z][\w'’-]*){0,2})[ \t]*:[ \t]+(?=\S)")
_FIRST_SENTENCE_LABELS = frozenset({"risk", "risks", "concern", "concerns", "worry"})
# "Safeguarding matters most to the governors: only …": what leads the client's most important point
_MATTERS_MOST_RE = re.compile(
    r"([A-Z][\w'’-]*(?:[ \t][\w'’-]+){0,3}[ \t]+(?:matters|counts)[ \t]+most(?:[ \t]+(?:to|for)(?:[ \t][\w'’-]+){1,3})?)"
    r"[ \t]*:[ \t]+(?=\S)"
)
# an e-mail's legal footer: "This email and any attachments are confidential and intended solely for …"
_DISCLAIMER_RE = re.compile(
    r"(?:this|the\s+information\s+in\s+this)\s+(?:e-?mail|message|communication|transmission)\b[^.]{0,80}?\b"
    r"(?:confidential|privileged|intended\s+(?:solely|only)\s+for)\b",
    re.IGNORECASE,
)
_EMAIL_HEADER_RE = re.compile(
    r"(?:from|to|cc|bcc|sent|date|subject|reply-to|message-id|mime-version|content-type)\s*:",
    re.IGNORECASE,
)
# Words that look like a speaker label but announce the kind of statement.
LABEL_WORDS = frozenset(
    {
        "decision",
        "decisions",
        "decided",
        "agreed",
        "agreement",
        "action",
        "action item",
        "action items",
        "ai",
        "todo",
        "to do",
        "next step",
        "next steps",
        "follow up",
        "follow-up",
        "note",
        "notes",
        "requirement",
        "requirements",
        "ac",
        "acceptance criteria",
        "acceptance criterion",
        "must",
        "should",
        "could",
        "won't",
        "wont",
        "not for now",
        "not now",
        "later",
        "out of scope",
        "not needed",
        "not required",
        "parked",
        "must have",
        # what a client's note leads its most important wish with: "**The big one:** owners should …"
        "the big one",
        "the main thing",
        "the main one",
        "most important",
        "top priority",
        "number one",
        "should have",
        "could have",
        "won't have",
        "nice to have",
        "nice",
        "priority",
        "question",
        "q",
        "a",
        "re",
        "fyi",
        "ps",
        "p.s",
        "update",
        "issue",
        "problem",
        "problems",
        "pain point",
        "pain points",
        "issues",
        "risk",
        "risks",
        "concern",
        "concerns",
        "worry",
        "constraint",
        "assumption",
    }
)
_ABBREVIATIONS = frozenset(
    [
        "e.g",
        "a.k.a",
        "i.e",
        "vs",
        "approx",
        "no",
        "nr",
        "fig",
        "sec",
        "min",
        "max",
        "incl",
        "dept",
        "st",
        "cf",
        "al",
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "resp",
        "ref",
        "vol",
        "pp",
        "esp",
        "est",
        "ca",
    ]
)
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
# typed chat and captions often go on in lower case after a question: "can we do card only? cash is a
# pain to count" ("later. not in the first version", "yes! volunteers pick a stall …" are one answer)
_SPOKEN_END_RE = re.compile(r"\?+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Za-z0-9])|[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])")
_TERMINAL = ".!?:;…"
# Speech typed or captioned without punctuation runs its sentences together: "no they pay at the clinic
# we don't want online payments for now". A new sentence starts at a wish of the speaker's own or at a
# question (not after "what", "that", "the thing": "I don't know what we need").
_RUN_ON_START_RE = re.compile(
    r"\s+(?=(?:we|i)\s+(?:(?:really|also|just|definitely|absolutely|would|do|don['’]t|do\s+not|dont)\s+)*"
    r"(?:want|need|like|love|prefer)\b|(?:we|i)['’]d\s+(?:really\s+|also\s+)?(?:like|love|prefer)\b|"
    r"(?:do|does|can|could|would|should|will)\s+(?:you|we|they|customers|people)\s+\w+)",
    re.IGNORECASE,
)
_NOT_BEFORE_RUN_ON = frozenset(
    [
        "what",
        "which",
        "who",
        "whom",
        "that",
        "thing",
        "things",
        "everything",
        "anything",
        "something",
        "all",
        "way",
        "how",
        "when",
        "where",
        "why",
        "if",
        "whether",
        "because",
        "so",
        "and",
        "or",
        "but",
        "than",
        "as",
        "know",
        "think",
    ]
)
_RUN_ON_MIN_WORDS = 3
_RUN_ON_MAX_WORDS = 40  # a chat message or a caption; a long monologue's run-ons are no sentences to cut
# "how far ahead | can they book" is one question: its auxiliary comes after the question word
_OPEN_WH_RE = re.compile(
    r"(?:(?:and|so|ok|okay|right|alright|um+|uh+|well|also|then)[\s,]+)*(?:how|what|which|when|where|who|why)\b"
    r"(?!\s+about\b)",
    re.IGNORECASE,
)
_WISH_START_RE = re.compile(r"(?:we|i)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Unit:
    start: int
    end: int
    text: str
    speaker: str | None = None
    label: str | None = None  # "Decision", "Action item", "Must have", ... stripped from the line
    block: int = 0  # index of the paragraph / line group it belongs to
    section: str | None = None  # the heading (or "Next steps:" line) the unit sits under
    item: bool = False  # a list item, or a line after a bullet / number / "Topic:" label
    heading: bool = False  # the unit is itself a heading or a section label
    column: str | None = None  # for a table cell: the header of its column ("Requirement")
    numbered: bool = False  # the line opens with a requirement id ("REQ-2:", "FR-12.")
    quoted: bool = False  # an e-mail line quoted from the message it answers ("> Which products …?")
    reason: str | None = None  # for a table row: its "Rationale" / "Why" cell
    actor: str | None = None  # for a table row: its "Role" / "User" cell, who does what the row says
    answer: tuple[int, int] | None = None  # for a table of questions: where its "Answer" / "Outcome" cell is
    # in a help desk's export, "subject": a ticket's subject, which asks for one thing whatever its
    # words; "story": a sentence of its description, read only when the subject asks for nothing
    ticket: str | None = None
    persona: str | None = None  # under a persona's heading ("Sarah, 34 – busy parent"): the role, "parent"
    # the header row of a table of records (today's bookings spreadsheet): its column names
    records: tuple[str, ...] | None = None
    expected: tuple[int, int] | None = None  # for a test case's steps: where its "Expected result" cell is
    required: tuple[str, ...] = ()  # of a data dictionary's fields ("records"), those marked required
    title: str | None = None  # a board card's name ("Online booking"), on the first sentence of its description
    survey: bool = False  # an answer in a survey's export: a customer's own words, in the first person
    # a nested item that goes on with the item above it: "  - by card" under "Members can pay online"
    continues_item: bool = False
    # for a table row: its "Notes" cell when the note qualifies what the row asks ("No app download",
    # "TBC with Ellie"): where it is, and its words; a note that only explains is the row's reason
    note: tuple[int, int, str] | None = None


def respondent(unit: Unit) -> str | None:
    """Whose words a unit is: a persona's ("parent"), a survey respondent's ("customer"), or None."""
    return unit.persona or ("customer" if unit.survey else None)


def iter_units(document: Document) -> Iterator[Unit]:
    text = document.text
    segments = sorted(document.segments, key=lambda s: (s.start, s.end))
    tables = _tables(text, [s for s in segments if s.kind == "table_cell"])
    kinds = _SegmentKinds([s for s in segments if s.kind in ("heading", "list_item")])
    item_starts = frozenset(s.start for s in segments if s.kind == "list_item")
    plain = [(s.start, s.end, s.speaker) for s in segments if s.kind != "table_cell"]
    regions: list[tuple[int, int, str | None]] = _coalesce(text, plain) if segments else [(0, len(text), None)]
    if not regions and not tables:
        regions = [(0, len(text), None)]
    events: list[tuple[int, int, object]] = [(r[0], 0, r) for r in regions] + [(t[0][0][0], 1, t) for t in tables]
    events.sort(key=lambda e: (e[0], e[1]))
    block = 0
    cursor = 0
    section: str | None = None
    outline = _Outline()
    chat = any(s.kind == "utterance" for s in segments)  # a message's line breaks are the writer's own
    parent_depth: int | None = None  # how deep the last list item that says something of its own is
    forms = request_forms(text)  # "Feature: … / Description: … / Why: … / Priority: High" blocks
    form_questions = _form_questions(text, segments)
    answering = False  # under a form's question: its answer's sentences are items, like a list's
    history = history_offset(text)  # a thread pasted as text: the earlier messages are the other side's words
    for _, kind, payload in events:
        if kind == 1:
            for unit in _table_units(text, payload, section, block):  # type: ignore[arg-type]
                block = unit.block
                yield unit
            continue
        start, end, speaker = payload  # type: ignore[misc]
        start = max(start, cursor)
        end = min(end, len(text))
        if start >= end:
            continue
        cursor = end
        for line_start, line_end, line_speaker, label, item, heading in _logical_lines(
            text, start, end, chat=chat and speaker is not None, item_starts=item_starts
        ):
            block += 1
            # "Why: …" at its key (only in a text that holds a request form)
            field_start = _SPACE_RE.match(text, text.rfind("\n", 0, line_start) + 1).end() if forms.requests else -1
            if field_start in forms.fields:
                # a request form's "Feature:", "Why:", "Submitted by:": what the description is read with
                yield Unit(
                    line_start, line_end, text[line_start:line_end], speaker, label, block, section, heading=True
                )
                continue
            request = forms.requests.get(field_start)
            if request is not None:
                line_start, label = request.value_start, label or request.priority  # "Description: Patients …"
            if (
                label is None
                and text[line_end - 1] in ").]"  # most lines: no mark at their end, no search
                and (ranked := _TRAILING_PRIORITY_RE.search(text, line_start, line_end))
                and text[ranked.start() - 1] != ":"  # "… of the following power classes: (M)" introduces a list
            ):
                label, line_end = ranked.group("level"), ranked.start()  # "Recall reminders by SMS (S)"
                label = "Optional" if ranked.group("optional") else label  # a spec's "(M)" / "(O)"
            if text[line_end - 1] in ")]" and (estimate := _TRAILING_ESTIMATE_RE.search(text, line_start, line_end)):
                # "Waiting list for full classes (2 days)": the team's estimate, not the need
                line_end = estimate.start()
            status_reason = None
            if (
                label is None
                and text[line_end - 1] in ")]"
                and (status := _TRAILING_STATUS_RE.search(text, line_start, line_end))
            ):
                # "Online shop (dropped, too much work)": the item is put off or dropped, and why
                label, line_end = status.group("status"), status.start()
                status_reason = capitalise(status.group("why")) if status.group("why") else None
            reviewed = _REVIEW_RE.match(text, line_start, line_end)
            if reviewed is not None:  # ★★☆☆☆ "Can't cancel a class from the app" – Rob, 14 Nov: the words only
                line_start, line_end = reviewed.start("said"), reviewed.end("said")
            seg_kind = kinds.at(line_start)
            item = item or seg_kind == "list_item"
            form_question = line_start in form_questions or kinds.start_at(line_start) in form_questions
            quoted = text[text.rfind("\n", 0, line_start) + 1 : line_start].lstrip().startswith(">") or (
                history is not None and line_start >= history
            )
            heading = (
                heading
                or seg_kind == "heading"
                or form_question
                # ("> So far I have:" is the other side's words, read with the reply to them)
                or not quoted
                and (_is_section_label(text, line_start, line_end) or _titles_a_list(text, line_start, line_end, kinds))
            )
            continuing = item and _CONTINUING_ITEM_RE.match(text, line_start) is not None
            if item and not continuing:
                parent_depth = _list_depth(text, line_start, kinds)
            elif item and (parent_depth is None or _list_depth(text, line_start, kinds) <= parent_depth):
                continuing = False
            # "- Payments" over "  - yearly rent, paid online by card": a topic, not a requirement; its items
            # stay in the section above it
            topic = item and not heading and _titles_sub_list(text, line_start, line_end, kinds)
            if heading or topic:
                if heading:
                    answering = form_question
                    title = text[line_start:line_end].strip().rstrip(":").strip()
                    section = outline.enter(title, kinds.level_at(line_start)) if title else section
                yield Unit(
                    line_start,
                    line_end,
                    text[line_start:line_end],
                    speaker or line_speaker,
                    label,
                    block,
                    section,
                    item,
                    True,
                )
                continue
            if _DISCLAIMER_RE.match(text, line_start, line_end):
                continue  # "This email and any attachments are confidential …": the sender's footer
            numbered = _opens_with_id(text, line_start)
            spoken = (speaker or line_speaker) is not None
            steps = _flow_steps(text, line_start, line_end)  # "books online → confirmation email → …"
            item = item or steps is not None
            for s, e in steps or _sentences(text, line_start, line_end, run_on=spoken):
                yield Unit(
                    s,
                    e,
                    text[s:e],
                    speaker or line_speaker,
                    label,
                    block,
                    section,
                    item or answering,
                    numbered=numbered,
                    quoted=quoted,
                    persona=outline.persona(),
                    continues_item=continuing,
                    column=request.field if request else None,  # a form's description: read as a table's row
                    reason=capitalise(request.reason) if request and request.reason else status_reason,
                    title=request.title if request else None,
                    survey=reviewed is not None,  # a customer's own words, in the first person
                )
                request = None  # the form's reason and title go with the description's first sentence
                numbered = False  # the id labels the line's first sentence
                if label and label.lower() in _FIRST_SENTENCE_LABELS:
                    label = None  # "Concern: older clients may not use it. Phone ordering stays.": the answer follows


class _SegmentKinds:
    """The kind of the segment that holds an offset (headings and list items only)."""

    def __init__(self, segments: list) -> None:
        self._starts = [s.start for s in segments]
        self._segments = segments

    def at(self, offset: int) -> str | None:
        segment = self._holding(offset)
        return segment.kind if segment is not None else None

    def level_at(self, offset: int) -> int | None:
        segment = self._holding(offset)
        return getattr(segment, "level", None) if segment is not None else None

    def start_at(self, offset: int) -> int | None:
        segment = self._holding(offset)
        return segment.start if segment is not None else None

    def _holding(self, offset: int):
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and self._segments[i].start <= offset < max(self._segments[i].end, self._segments[i].start + 1):
            return self._segments[i]
        return None


class _Outline:
    """The headings above the current line, so that "### Booking" under "## Features" is read as
    part of the features: the section a unit belongs to is its own heading when that heading says
    what its items are, else the nearest heading above it that does."""

    def __init__(self) -> None:
        self._open: list[tuple[int | None, str]] = []  # (depth, title); None: a label without a depth
        self._personas: dict[int, str] = {}  # the persona role a heading of the open ones stands for, by position

    def persona(self) -> str | None:
        """The role of the persona whose heading is open ("Sarah, 34 – busy parent": "parent")."""
        return next((self._personas[at] for at in range(len(self._open) - 1, -1, -1) if at in self._personas), None)

    def enter(self, title: str, level: int | None) -> str:
        if level is None:
            while self._open and self._open[-1][0] is None:
                self._open.pop()  # a label replaces the label before it
        else:
            while self._open and (self._open[-1][0] is None or self._open[-1][0] >= level):
                self._open.pop()
        above = [t for _, t in self._open]
        self._personas = {at: role for at, role in self._personas.items() if at < len(self._open)}
        if role := persona_role(title, any("persona" in t.lower() for t in above)):
            self._personas[len(self._open)] = role
        self._open.append((level, title))
        if _says_what_items_are(title) or _NOTES_HEADING_RE.match(title):
            return title  # ("## Notes" under "# Library app – wishlist": remarks, not more wishes)
        return next((t for t in reversed(above) if _says_what_items_are(t)), title)


_NOTES_HEADING_RE = re.compile(
    r"^\W*(?:(?:other|general|extra|misc(?:ellaneous)?)\s+)?(?:notes?|comments?|remarks|misc(?:ellaneous)?|other)\W*$",
    re.I,
)


def _says_what_items_are(title: str) -> bool:
    return (
        section_style(title) is not None
        or quality_section(title)
        or constraints_section(title)
        or moscow_heading(title) is not None
    )


_FORM_NUMBER = r"[ \t]*(?:Q[ \t]*)?\d{1,2}[.):][ \t]"  # "4. ", "Q4: "
# "4. What must it do on day one?" over its answer: a form the client filled in
_FORM_QUESTION_RE = re.compile(rf"{_FORM_NUMBER}+\S[^\n]*\?[ \t]*")
# "8. Budget and timeline" in the same form: a topic for the answer below it
_FORM_TOPIC_RE = re.compile(rf"{_FORM_NUMBER}+[A-Z][\w'’ ,&/-]{{1,40}}")
_NUMBERED_LINE_RE = re.compile(_FORM_NUMBER)
_ASKED_LINE_RE = re.compile(
    r"[*_]{0,2}(?:what|which|who|how|when|where|why|is|are|do|does|any|anything)\b[^\n?]{0,80}\?[*_]{0,2}|[*_]{0,2}[A-Z][\w ]{1,20}\?[*_]{0,2}",
    re.I,
)
_SIGN_OFF_RE = re.compile(r"\s*(?:thanks|thank\s+you|many\s+thanks|cheers|regards|kind\s+regards|best)\b", re.I)


def _form_questions(text: str, segments: list) -> set[int]:
    """Where the numbered questions of a questionnaire start: a numbered item asking something with
    an answer below it that is neither the next numbered item nor another question. In a form with
    two such questions, a numbered topic of a few words over an answer ("8. Budget and timeline") is
    one too."""
    lines = [s for s in segments if s.kind in ("paragraph", "list_item") and getattr(s, "speaker", None) is None]
    asked: set[int] = set()
    topics: set[int] = set()
    unnumbered: set[int] = set()  # "**What must the app do at launch?**" on a line of its own
    for segment, after in zip(lines, lines[1:], strict=False):
        if text[text.rfind("\n", 0, segment.start) + 1 : segment.start].strip():
            continue  # a quoted "> 2. Do you need refunds?" is answered by its reply
        if segment.kind == "paragraph":
            line = text[segment.start : segment.end].strip()
            if _ASKED_LINE_RE.fullmatch(line) and not text[after.start : after.end].rstrip().endswith("?"):
                unnumbered.add(segment.start)
            continue
        line, answer = text[segment.start : segment.end], text[after.start : after.end]
        if (
            "\n" in line.strip()
            or _NUMBERED_LINE_RE.match(answer)
            or answer.rstrip().endswith("?")
            or _SIGN_OFF_RE.match(answer)
        ):
            continue
        if _FORM_QUESTION_RE.fullmatch(line):
            asked.add(segment.start)
        elif _FORM_TOPIC_RE.fullmatch(line.rstrip()) and len(line.split()) <= 6 and after.kind == "paragraph":
            topics.add(segment.start)
        elif _ASKED_LINE_RE.fullmatch(line.strip()) and _says_what_items_are(line.strip()):
            # Word's own numbering is no text: "What must it do on day one?" over its answers
            unnumbered.add(segment.start)
    if len(unnumbered) >= 2:  # one question over a paragraph is prose; a run of them is a form
        asked |= unnumbered
    return asked | topics if len(asked) >= 2 else asked


_SECTION_LABEL_RE = re.compile(
    # "Next steps:", and a shouted heading over a chat-style list: "WHAT WE WANT 👇"
    r"^[A-Z][\w'’ /&-]{1,40}:$|^(?!.*\b(?:SHALL|MUST|SHOULD|WILL|CAN|MAY)\b)[A-Z]{2,}(?:[ /&-]+[A-Z]{2,}){1,5}[ \t]*"
    r"(?::|[👇⬇↓]\ufe0f?)?$"
)
_MAYBE_MARK_RE = re.compile(r"[🤔❓]")
_TRAFFIC_LIGHTS = {"🔴": "High", "🟠": "Medium", "🟡": "Medium", "🟢": "Low"}
_TRAFFIC_LIGHT_RE = re.compile("|".join(_TRAFFIC_LIGHTS))


_SPACE_RE = re.compile(r"\s*")
# an app store's or a survey's review: its stars, the customer's words in quotes, who wrote it and when
_REVIEW_RE = re.compile(
    r"[ \t]*(?:[★☆]{1,5}|\d(?:\.\d)?\s*(?:/\s*5|stars?))[ \t]*[\"“](?P<said>[^\"”\n]{3,})[\"”][ \t]*"
    r"(?:[–—-][ \t]*[A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*)?(?:,[^\n,]{1,30})?)?[ \t]*$"
)
# a MoSCoW or priority mark after an item: "(M)", "[Must]", "(high)", "(P1)"
_TRAILING_PRIORITY_RE = re.compile(
    r"\s+[(\[](?P<level>(?-i:[MSCW])|must|should|could|won['’]?t|(?:must|should|could)[\s-]have|nice[\s-]to[\s-]have|"
    r"high|medium|low|p[0-3]|optional|mandatory|(?-i:(?P<optional>O)))[)\]][\s.]*$",
    re.I,
)
# a backlog item's trailing estimate: "(2 days)", "(est. 3 days)", "(~1 week)", "[5 pts]"
_TRAILING_ESTIMATE_RE = re.compile(
    r"\s*[(\[](?:est(?:imate)?\.?:?\s*|~\s*|approx\.?\s*|about\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*"
    r"(?:h|hrs?|hours?|d|days?|w|wks?|weeks?|pts?|points?|sp|story\s+points?)[)\]][\s.]*$",
    re.I,
)
# a list item's trailing status: "(parked)", "[dropped, too much work]", "(on hold – budget)"
_TRAILING_STATUS_RE = re.compile(
    r"\s+[(\[](?P<status>parked|dropped|scrapped|removed|cut|descoped|de-scoped|on\s+hold|not\s+needed|not\s+now|later|"
    r"out\s+of\s+scope)(?:\s*[,;:–—-]\s*(?P<why>[^)\]]{3,80}?))?[)\]][\s.]*$",
    re.I,
)
_LIST_WORD_RE = re.compile(r"\blist\b", re.I)
_LIST_MARK_RE = re.compile(rf"(?:[-*•‣◦▪–+]|\d{{1,2}}[.)])[ \t]+\S|[{_EMOJI_MARKS}]")  # not a quoted "> - "


def _titles_a_list(text: str, start: int, end: int, kinds: _SegmentKinds) -> bool:
    """A few words of their own over a list that say what its items are: "Later" (a collapsed
    section's summary in a Notion export), "Nice to have", or a lead-in's "As promised, the
    governors' list for the parents' app:"."""
    line = text[start:end].strip()
    if not line or line[-1] in ".!?":
        return False
    # a longer lead-in must end in a colon, or say "list" ("here's my list for the society site"), and
    # name the list as what is wanted
    lead_in = len(line.split()) > 4
    if lead_in and (
        len(line.split()) > 12
        or line[-1] != ":"
        and _LIST_WORD_RE.search(line) is None
        or section_style(line.rstrip(":")) not in {"requirement", "journey"}
    ):
        return False
    if not lead_in and not _says_what_items_are(line):
        return False
    after = _SPACE_RE.match(text, end).end()  # the next line's first character, without copying the text
    if _is_list_item(text, start, kinds) and _list_depth(text, after, kinds) <= _list_depth(text, start, kinds):
        return False  # "- Logo and colours agreed" / "- Members can renew …": an item beside the others, no title
    # a list in a plain-text message has no segments of its own: its first line's marker says it
    return after < len(text) and (
        kinds.at(after) == "list_item"
        or lead_in
        and (
            _LIST_MARK_RE.match(text, after) is not None
            or _flow_steps(text, after, _line_end(text, after)) is not None  # "Flow we sketched:" / "a → b → c"
        )
    )


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _is_list_item(text: str, start: int, kinds: _SegmentKinds) -> bool:
    """Is the line at `start` an item of a list: a list segment, or a marker before it on its line?"""
    line_start = text.rfind("\n", 0, start) + 1
    return kinds.at(start) == "list_item" or _MARKER_RE.match(text, _SPACE_RE.match(text, line_start).end()) is not None


def _titles_sub_list(text: str, start: int, end: int, kinds: _SegmentKinds) -> bool:
    """A list item of a few words that says nothing ("Payments") over items nested under it (not over
    items that go on with it: "Payments" / "  - by card")."""
    line = text[start:end].strip().rstrip(":")
    if not line or len(line.split()) > 4 or _TITLE_STATES_RE.search(line) or line[-1] in ".!?":
        return False
    after = _SPACE_RE.match(text, end).end()
    if after >= len(text) or text.count("\n", end, after) > 1:
        return False
    nested = kinds.at(after) == "list_item" or _LIST_MARK_RE.match(text, after) is not None
    words = marker.end() if (marker := _MARKER_RE.match(text, after)) else after  # "- by card": "by card"
    return (
        nested
        and _list_depth(text, after, kinds) > _list_depth(text, start, kinds)
        and _CONTINUING_ITEM_RE.match(text, words) is None
    )


_MARKER_RE = re.compile(r"(?:[-*•‣◦▪–+]|\d{1,2}[.)])[ \t]+")


# a nested item that only goes on with the one above it: "by card", "via the app", "for members only"
_CONTINUING_ITEM_RE = re.compile(r"(?:by|via|with|through|using|in|on|at|for|from|except|including|incl)\b")


_TITLE_STATES_RE = re.compile(r"\b(?:shall|must|should|will|may|can|could|need|needs|want|wants)\b", re.I)


def _list_depth(text: str, offset: int, kinds: _SegmentKinds) -> int:
    """How deep a list item is nested: its depth in a Markdown list, else how far its line is indented."""
    if kinds.at(offset) == "list_item" and (level := kinds.level_at(offset)) is not None:
        return level
    line_start = text.rfind("\n", 0, offset) + 1
    indent = _SPACE_RE.match(text, line_start).end() - line_start
    return len(text[line_start : line_start + indent].expandtabs(4))


def _is_section_label(text: str, start: int, end: int) -> bool:
    """A short line of its own that ends in a colon: "Next steps:", "Open questions:"."""
    line = text[start:end].strip()
    return bool(_SECTION_LABEL_RE.match(line)) and len(line.split()) <= 5


# Header words that name a table's columns; the first row of a table is its header when it
# names at least one of them.
_STATEMENT_HEADERS = re.compile(
    r"^(?:requirements?|description|statement|user\s+stor(?:y|ies)|story|need|needs|feature|features|"
    r"requirement\s+text|text|details?|what|summary|acceptance\s+criteria|rule|business\s+rule|permissions?|"
    r"access(?:\s+rights)?|rights|capabilities|responsibilities|can\s+do|what\s+(?:they|it)\s+(?:can\s+)?do(?:es)?|"
    # a story map's columns: "As a" | "I want to" | "So that"
    r"i\s+want(?:\s+to)?(?:\s+be\s+able\s+to)?(?:\s*\.\.\.|…)?|i\s+can|"
    # a whiteboard's export (Miro, FigJam, Trello): "Content", "Sticky note", "Card", "Idea"
    r"content|sticky(?:\s+note)?|notes?|card(?:\s+(?:name|title))?|ideas?|items?)$",
    re.IGNORECASE,
)
# a column that answers the row's question: "Outcome" in Confluence's questions table
_ANSWER_HEADERS = re.compile(r"^(?:answers?|outcome|resolution|response|reply|decision)$", re.IGNORECASE)
# a column that names who: "Role", "User type", "Persona"
_ACTOR_HEADERS = re.compile(
    r"^(?:roles?|user\s+roles?|user\s+types?|users?|actors?|personas?|who|as\s+an?(?:\s*\.\.\.|…)?)$", re.IGNORECASE
)
_TAG_HEADERS = re.compile(r"^(?:tags?|labels?)$", re.IGNORECASE)  # a board's tags: a priority, or whose it is
_PRIORITY_HEADERS = re.compile(
    # "Priority (1-3)", "Importance (H/M/L)": the scale in brackets
    rf"^(?:priority|moscow|importance|prio|must/should/could)(?:\s*\([^)]{{1,20}}\))?$|{_TAG_HEADERS.pattern}",
    re.IGNORECASE,
)


def _names_people(cell: str) -> bool:
    """ "Owners", "Dog walkers", "Admin": a tag that names a group of people (ROLE_WORDS)."""
    words = cell.lower().split()
    return 0 < len(words) <= 3 and words[-1] in ROLE_WORDS


_HEADER_WORD_RE = re.compile(
    r"^(?:id|#|no\.?|ref|key|steps|expected(?:\s+result)?|priority|moscow|status|owner|source|sources|heard\s+from|raised\s+by|from|"
    r"stakeholder|origin|type|category|kind|notes?|comments?|rationale|estimate|effort|version|release|phase)$",
    re.IGNORECASE,
)


def _tables(text: str, cells: list) -> list[list[list[tuple[int, int]]]]:
    """Table cells grouped into rows (cells on one line) and tables (rows on consecutive lines)."""
    tables: list[list[list[tuple[int, int]]]] = []
    row: list[tuple[int, int]] = []
    rows: list[list[tuple[int, int]]] = []
    for cell in cells:
        if row:
            gap = text[row[-1][1] : cell.start]
            if "\n" in gap:
                rows.append(row)
                row = []
                if gap.count("\n") > 1 or gap.strip():
                    tables.append(rows)
                    rows = []
        row.append((cell.start, cell.end))
    if row:
        rows.append(row)
    if rows:
        tables.append(rows)
    return tables


# the column that states the requirement in full, before one that only names it ("Summary", "Feature")
_FULL_STATEMENT_HEADERS = re.compile(
    r"^(?:requirements?|requirement\s+text|statement|user\s+stor(?:y|ies)|story|description|needs?|business\s+rule|rule)$",
    re.IGNORECASE,
)


def _statement_column(header: list[str]) -> int | None:
    full = next((i for i, h in enumerate(header) if _FULL_STATEMENT_HEADERS.match(h)), None)
    return full if full is not None else next((i for i, h in enumerate(header) if _STATEMENT_HEADERS.match(h)), None)


def _blank(cell: str) -> bool:
    return cell.strip() in ("", "-")  # a table's empty cell is written "-"


def _table_units(text: str, rows: list[list[tuple[int, int]]], section: str | None, block: int) -> Iterator[Unit]:
    header = [text[a:b].strip() for a, b in rows[0]]
    has_header = len(rows) > 1 and any(
        _STATEMENT_HEADERS.match(h)
        or _PRIORITY_HEADERS.match(h)
        or _HEADER_WORD_RE.match(h)
        or _ACTOR_HEADERS.match(h)
        or _ANSWER_HEADERS.match(h)
        for h in header
    )
    body = rows[1:] if has_header else rows
    statement_col = _statement_column(header) if has_header else None
    reason_col = next((i for i, h in enumerate(header) if has_header and _REASON_HEADERS.match(h)), None)
    note_col = next((i for i, h in enumerate(header) if has_header and _NOTE_HEADERS.match(h)), None)
    ticket = _ticket_columns(header) if has_header else None
    if ticket:
        statement_col, reason_col = ticket  # a help desk's export: the subject asks, the description says why
    card_col = _card_description_column(header, statement_col) if has_header else None
    # "Feature" beside "Description": the name of what the row describes
    named_cols = [i for i, h in enumerate(header) if has_header and i != statement_col and _STATEMENT_HEADERS.match(h)]
    priority_col = next((i for i, h in enumerate(header) if has_header and _PRIORITY_HEADERS.match(h)), None)
    wanted_col = next((i for i, h in enumerate(header) if has_header and _WANTED_HEADERS.match(h)), None)
    actor_col = next((i for i, h in enumerate(header) if has_header and _ACTOR_HEADERS.match(h)), None)
    status_col = next((i for i, h in enumerate(header) if has_header and _STATUS_HEADERS.match(h)), None)
    group_col = next((i for i, h in enumerate(header) if has_header and _GROUP_HEADERS.match(h)), None)
    answer_col = next((i for i, h in enumerate(header) if has_header and _ANSWER_HEADERS.match(h)), None)
    asked_col = next((i for i, h in enumerate(header) if has_header and _QUESTION_HEADERS.match(h)), None)
    if asked_col is not None and answer_col is not None:
        yield from _form_table_units(text, body, (asked_col, answer_col), block, header[asked_col], section)
        return
    if len(rows) > 1 and (asked := _survey_questions(header)):
        yield from _survey_units(text, header, asked, rows[1:], block)
        return
    steps_col = next((i for i, h in enumerate(header) if has_header and _STEPS_HEADERS.match(h)), None)
    expected_col = next((i for i, h in enumerate(header) if has_header and _EXPECTED_HEADERS.match(h)), None)
    if steps_col is not None and expected_col is not None:
        # a client's test cases: "Steps" | "Expected result", one rule of the product per row
        for row in body:
            block += 1
            if max(steps_col, expected_col) < len(row) and text[slice(*row[steps_col])].strip():
                start, end = row[steps_col]
                yield Unit(start, end, text[start:end], block=block, section=section, item=True,
                           column=header[steps_col], expected=row[expected_col])  # fmt: skip
        return
    if (fields := _dictionary_fields(text, header, rows[1:])) is not None:
        # "Field" | "Type" | "Required" over one row per field: what each record holds
        start, end = rows[0][0][0], rows[-1][-1][1]
        names, required = fields
        yield Unit(start, end, text[start:end], block=block + 1, section=section, records=names, required=required)
        return
    if (roles := _permission_roles(text, header, rows[1:])) is not None:
        # "Action" | "Member" | "Teacher" | "Manager" over Yes/No: who may do each row's action
        for row in rows[1:]:
            block += 1
            allowed = [roles[i] for i in roles if i < len(row) and _YES_CELL_RE.match(text[slice(*row[i])].strip())]
            start, end = row[0]
            if allowed and text[start:end].strip():
                who = joined(allowed)
                yield Unit(
                    start, end, text[start:end], block=block, section=section, item=True, column=header[0], actor=who
                )
        return
    if (task_col := _task_column(header)) is not None:
        # minutes' "Action" | "Owner" | "Due": what people will do for the project, not the product
        for row in rows[1:]:
            block += 1
            if task_col < len(row) and text[slice(*row[task_col])].strip():
                start, end = row[task_col]
                yield Unit(start, end, text[start:end], None, "Action", block, section, True, False, header[task_col])
        return
    if _holds_records(text, header, rows[1:]):
        # "Name | Phone | Class | Date | Paid?" over rows of values: what is kept today, not what is asked
        start, end = rows[0][0][0], rows[0][-1][1]
        yield Unit(start, end, text[start:end], block=block + 1, section=section, records=tuple(header))
        return
    for row in body:
        block += 1
        cells = [text[a:b] for a, b in row]
        if statement_col is not None and statement_col < len(row):
            index = statement_col
            named = next((i for i in named_cols if i < len(row) and not _blank(cells[i])), None)
            if _blank(cells[index]) and named is not None:
                index = named  # "Gift vouchers" with no description: its name is all that is asked
        else:  # no header names the statement: the cell with the most words is it
            index = max(range(len(row)), key=lambda i: (len(cells[i].split()), -i))
        # under a "Requirement" header even "E-book lending" is one; a guessed column needs a sentence
        if len(cells[index].split()) < (1 if statement_col is not None else 3):
            continue
        label = None
        tag_actor = None
        if priority_col is not None and priority_col < len(row) and priority_col != index:
            label = cells[priority_col].strip() or None
            if label and _names_people(label) and _TAG_HEADERS.match(header[priority_col]):
                label, tag_actor = None, label  # a whiteboard's tag "Owners": whose sticky it is
        elif wanted_col is not None and wanted_col < len(row) and wanted_col != index:
            label = _wanted_level(header[wanted_col], cells[wanted_col])  # "Must for us?" / "Yes"
        else:
            label = next(
                (c.strip() for i, c in enumerate(cells) if i != index and _MOSCOW_CELL_RE.match(c.strip())), None
            )
        status = cells[status_col].strip() if status_col is not None and status_col < len(row) else ""
        if _SHELVED_STATUS_RE.match(status):
            label = f"Won't ({status})"  # "Deferred", "Rejected": whatever its priority was, not now
        column = header[index] if has_header else None
        # a whiteboard's cluster, a backlog's epic: the row's heading ("Problems", "Booking")
        grouped = (
            cells[group_col].strip() if group_col is not None and group_col < len(row) and group_col != index else ""
        )
        # (a cluster named "Menu" or "Users" is a theme, not a list of pages or of people)
        row_section = grouped if grouped and section_style(grouped) not in _LAYOUT_STYLES else section
        has_reason = reason_col is not None and reason_col < len(row) and reason_col != index
        reason = cells[reason_col].strip() if has_reason else None
        if reason and _STORY_BENEFIT_RE.match(header[reason_col]):
            reason = as_theirs(reason)  # "So that" / "I don't have to ring": said by the role, of themselves
        note = None
        if note_col is not None and note_col < len(row) and note_col != index and not _blank(cells[note_col]):
            said = cells[note_col].strip().rstrip(".")
            if _QUALIFYING_NOTE_RE.match(said):
                note = (*row[note_col], said)  # "No app download": part of what is asked
            elif reason is None:
                reason = said  # "Kegs run out mid-evening": why it is asked
        has_actor = actor_col is not None and actor_col < len(row) and actor_col != index
        actor = cells[actor_col].strip() if has_actor and not _blank(cells[actor_col]) else tag_actor
        if card_col is not None and card_col < len(row) and len(cells[card_col].split()) >= _CARD_STORY_WORDS:
            # a board's card: its name is a title ("Waiting list"), its description says what is wanted
            title = cells[index].strip() or None
            for s, e, speaker, line_label in _cell_sentences(text, row[card_col]):
                yield Unit(s, e, text[s:e], speaker, label or line_label, block, row_section, True, False,
                           header[card_col], actor=actor, title=title)  # fmt: skip
                title = None  # the card's other sentences are titled by what they say
            continue
        has_answer = answer_col is not None and answer_col < len(row) and answer_col != index
        answer = row[answer_col] if has_answer and not _blank(cells[answer_col]) else None
        criteria = False  # after "Acceptance criteria:" in the cell, every sentence is one
        for s, e, speaker, line_label in _cell_sentences(text, row[index]):
            if heading := _CRITERIA_HEADING_RE.match(text, s, e):
                criteria, s = True, heading.end()
            if s >= e:
                continue
            yield Unit(
                s,
                e,
                text[s:e],
                speaker,
                "Acceptance criteria" if criteria else label or line_label,
                block,
                row_section,
                True,
                False,
                column or "",
                reason=capitalise(reason) if reason and reason != "-" else None,
                actor=actor,
                answer=answer,
                note=note,
                ticket="subject" if ticket else None,
            )
        if ticket and reason_col is not None and reason_col < len(row):
            yield from _ticket_story(text, row[reason_col], block, row_section)


# a test case's columns: what the tester does, and what should then happen
_STEPS_HEADERS = re.compile(r"^(?:(?:test\s+)?steps?|actions?|procedure|how\s+to\s+test|test\s+steps)$", re.IGNORECASE)
_EXPECTED_HEADERS = re.compile(
    r"^(?:expected(?:\s+(?:results?|outcomes?|behaviou?r))?|expected\s+result\(s\)|pass\s+criteria)$", re.IGNORECASE
)
# columns that make a table one of requirements, questions, tickets or wishes, not of records
_REQUIREMENT_TABLE_HEADERS = re.compile(
    r"^(?:features?|user\s+stor(?:y|ies)|stor(?:y|ies)|needs?|requirements?|acceptance\s+criteria|rules?|business\s+rules?|"
    r"permissions?|access(?:\s+rights)?|capabilities|responsibilities|summary|i\s+want.*|i\s+can|so\s+that|"
    r"can\s+do|what(?:\s+.*)?|ideas?|sticky(?:\s+note)?|cards?(?:\s+.*)?|statement|requirement\s+text|rationale|why)$",
    re.IGNORECASE,
)
_VALUE_WORDS = 4  # a cell of a record holds a value: a name, a date, a number, "Y"


# a data dictionary's columns: the field's name, and what it is
_FIELD_HEADERS = re.compile(
    r"^(?:fields?|field\s+name|attributes?|data\s+items?|columns?|properties|property)$", re.IGNORECASE
)
_FIELD_FACT_HEADERS = re.compile(
    r"^(?:type|data\s+type|format|required|mandatory|optional|description|notes?|example|length|max(?:imum)?\s+length)$",
    re.IGNORECASE,
)
_REQUIRED_HEADERS = re.compile(r"^(?:required|mandatory)\??$", re.IGNORECASE)


def _dictionary_fields(
    text: str, header: list[str], body: list[list[tuple[int, int]]]
) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(field names, the required ones) of a data dictionary ("Field" | "Type" | "Required"), or None."""
    if not header or not _FIELD_HEADERS.match(header[0]) or not any(_FIELD_FACT_HEADERS.match(h) for h in header[1:]):
        return None
    named = [(text[slice(*row[0])].strip(), row) for row in body if row and text[slice(*row[0])].strip()]
    if len(named) < 2:
        return None
    marked = next((i for i, h in enumerate(header) if _REQUIRED_HEADERS.match(h)), None)
    required = tuple(
        name
        for name, row in named
        if marked is not None and marked < len(row) and _YES_CELL_RE.match(text[slice(*row[marked])].strip())
    )
    return tuple(name for name, _ in named), required


_ALLOWED_CELL_RE = re.compile(r"^(?:yes|no|y|n|✓|✔|✗|✘|x|-|–|true|false|allowed|denied|read|write|view|edit|)$", re.I)


def _permission_roles(text: str, header: list[str], body: list[list[tuple[int, int]]]) -> dict[int, str] | None:
    """The roles (by column) of a permissions matrix: an action per row and a Yes/No cell per role
    ("Book a class" | "Yes" | "No" | "Yes"); None for any other table."""
    if len(header) < 3 or len(body) < 2:
        return None
    cells = [text[a:b].strip() for row in body for a, b in row[1:]]
    if not cells or not all(_ALLOWED_CELL_RE.match(cell) for cell in cells):
        return None
    if any(not h or re.search(r"\d", h) or len(h.split()) > 3 or _WANTED_HEADERS.match(h) for h in header[1:]):
        return None  # ("Must for us?" makes a comparison with other products)
    actions = [text[row[0][0] : row[0][1]].strip().split() for row in body]
    if sum(bool(words) and is_verb(words[0].lower()) for words in actions) * 2 < len(actions):
        return None  # a comparison of features ("Online booking" | "Yes" | "No"), not of who may do what
    return {i: people_like(h).lower() for i, h in enumerate(header) if i}  # "Member": members


_TASK_HEADERS = re.compile(r"^(?:actions?|action\s+items?|tasks?|to-?dos?|next\s+steps?)$", re.IGNORECASE)
_TASK_FACT_HEADERS = re.compile(
    r"^(?:owners?|who|assignee|assigned\s+to|responsible|by\s+whom|due|due\s+date|deadline|by\s+when|when|date)$",
    re.IGNORECASE,
)


def _task_column(header: list[str]) -> int | None:
    """The task column of an action list ("Action" | "Owner" | "Due"), or None for another table."""
    task = next((i for i, h in enumerate(header) if _TASK_HEADERS.match(h)), None)
    if task is None or not any(_TASK_FACT_HEADERS.match(h) for h in header):
        return None
    return task


def _holds_records(text: str, header: list[str], body: list[list[tuple[int, int]]]) -> bool:
    """A table of records ("Name | Phone | Class | Date | Paid?" and rows of values), as a client's
    spreadsheet of today's bookings: short field names and short values, none of the columns a
    requirements list, a questionnaire, a backlog or a ticket export has."""
    if len(header) < 3 or len(body) < 2 or any(not h or len(h.split()) > 3 or re.search(r"\d", h) for h in header):
        return False  # (a first row with figures in it is a record itself: no header names the fields)
    if len({h.lower() for h in header}) < len(header):
        return False
    not_records = (
        _REQUIREMENT_TABLE_HEADERS, _PRIORITY_HEADERS, _ACTOR_HEADERS, _ANSWER_HEADERS, _QUESTION_HEADERS,
        _WANTED_HEADERS, _TICKET_HEADERS, _SUBJECT_HEADERS, _STATUS_HEADERS,
    )  # fmt: skip
    if any(pattern.match(h) for h in header for pattern in not_records):
        return False
    values = [text[a:b] for row in body for a, b in row]
    return sum(len(value.split()) <= _VALUE_WORDS for value in values) >= 0.9 * len(values)


# a help desk's export (Zendesk, Freshdesk, a shared inbox): one ticket per row, its subject says
# what the user asks for or what went wrong, its description tells the story
_TICKET_HEADERS = re.compile(
    r"^(?:tickets?(?:\s+(?:id|#|no\.?|number|ref))?|case(?:\s+(?:id|#|no\.?|number))?|requester|requested\s+by|"
    r"reported\s+by|submitted\s+by|customer|contact|conversation(?:\s+id)?)$",
    re.IGNORECASE,
)
_SUBJECT_HEADERS = re.compile(r"^(?:subject|title|summary)$", re.IGNORECASE)
_STORY_HEADERS = re.compile(r"^(?:description|details?|body|message|text)$", re.IGNORECASE)


_CARD_NAME_HEADERS = re.compile(r"^(?:card\s+)?(?:name|title)$|^card$", re.IGNORECASE)
_CARD_DESCRIPTION_HEADERS = re.compile(r"^(?:card\s+)?(?:description|desc|details)$", re.IGNORECASE)
_CARD_STORY_WORDS = 4  # fewer words are a label on the card, not its story


def _card_description_column(header: list[str], statement_col: int | None) -> int | None:
    """The description column of a board's export (Trello: "Card Name" | "Card Description"), when
    the statement column is the card's name; None for any other table."""
    if statement_col is None or not _CARD_NAME_HEADERS.match(header[statement_col]):
        return None
    if not any("card" in h.lower() or h.lower() in {"list", "list name"} for h in header):
        return None  # a plain "Title" | "Description" table is read as before
    return next((i for i, h in enumerate(header) if _CARD_DESCRIPTION_HEADERS.match(h)), None)


def _ticket_columns(header: list[str]) -> tuple[int, int] | None:
    """The (subject, description) columns of a help desk's ticket export, or None for another table
    (a Jira export's "Summary" names a story its "Description" tells: that is read as a backlog)."""
    subject = next((i for i, h in enumerate(header) if _SUBJECT_HEADERS.match(h)), None)
    story = next((i for i, h in enumerate(header) if _STORY_HEADERS.match(h)), None)
    if subject is None or story is None:
        return None
    # GitHub's issues export: "title" and "body"
    issues = header[subject].strip().lower() == "title" and header[story].strip().lower() == "body"
    return (subject, story) if issues or any(_TICKET_HEADERS.match(h) for h in header) else None


def _ticket_story(text: str, cell: tuple[int, int], block: int, section: str | None) -> Iterator[Unit]:
    """A ticket's description as prose: "Question about my membership" asks for nothing, and what the
    customer wants is in the story ("When a class is full I'd like to join a waiting list")."""
    for s, e, speaker, line_label in _cell_sentences(text, cell):
        yield Unit(s, e, text[s:e], speaker, line_label, block, section, ticket="story")


def _cell_sentences(text: str, cell: tuple[int, int]) -> Iterator[tuple[int, int, str | None, str | None]]:
    """(start, end, speaker, line label) of each sentence of a table cell's lines."""
    for line_start, line_end, speaker, line_label, _item, _heading in _logical_lines(text, *cell):
        if speaker is not None and text[line_start : line_start + 1].islower():
            speaker, line_label = None, line_label or speaker  # "Tabs: a table can keep a tab open": a topic
        for s, e in _sentences(text, line_start, line_end):
            yield s, e, speaker, line_label


# a backlog's "Status" column: a row deferred or rejected is not for now, whatever its priority
_LAYOUT_STYLES = frozenset({"pages", "screen_notes", "users", "journey", "faq"})
_GROUP_HEADERS = re.compile(
    r"^(?:cluster|group|theme|category|epic|area|topic|section|module|swim\s*lane|frame)$", re.IGNORECASE
)
_STATUS_HEADERS = re.compile(r"^(?:status|state|list|list\s+name)$", re.IGNORECASE)  # a board's list
_SHELVED_STATUS_RE = re.compile(
    r"^(?:deferred|postponed|parked|on\s+hold|later|some\s*day|icebox|phase\s+(?:2|two|ii)|rejected|dropped|declined|removed|cancell?ed|"
    r"won['’]?t\s+(?:do|fix|have)|out\s+of\s+scope|descoped|de-scoped)\b",
    re.IGNORECASE,
)
_QUESTION_HEADERS = re.compile(r"^(?:questions?|q)$", re.IGNORECASE)
_YES_NO_QUESTION_RE = re.compile(r"^(?:do|does|is|are|can|could|should|will|would|must|have|has|did)\b", re.IGNORECASE)


def _form_table_units(
    text: str,
    rows: list[list[tuple[int, int]]],
    columns: tuple[int, int],
    block: int,
    column: str,
    section: str | None,
) -> Iterator[Unit]:
    """A form laid out as a table ("Question" | "Answer"): an open question ("What must the system
    do?", "Budget") heads its answer, the way a numbered question over its answer does; a yes/no
    question is read with its answer ("Do dealers need multiple users?" / "Yes, up to 5"), and one
    not answered yet stays open."""
    asked_col, answer_col = columns
    for row in rows:
        if asked_col >= len(row):
            continue
        block += 1
        (q_start, q_end), (a_start, a_end) = row[asked_col], row[answer_col] if answer_col < len(row) else (0, 0)
        asked = text[q_start:q_end].strip().rstrip(":").strip()
        if not asked:
            continue
        answered = bool(text[a_start:a_end].strip())
        if _YES_NO_QUESTION_RE.match(asked) or not answered:
            answer = (a_start, a_end) if answered else None
            yield Unit(
                q_start, q_end, text[q_start:q_end], None, None, block, section, True, column=column, answer=answer
            )
            continue
        yield Unit(q_start, q_end, text[q_start:q_end], None, None, block, asked, False, True)
        for line_start, line_end, speaker, line_label, _item, _heading in _logical_lines(text, a_start, a_end):
            for s, e in _sentences(text, line_start, line_end):
                yield Unit(s, e, text[s:e], speaker, line_label, block, asked, True)


_SURVEY_LEAST_QUESTIONS = 2  # "Paid?" alone is a column of a table of records; a survey asks several
_FREE_COMMENT_RE = re.compile(
    r"^(?:any(?:thing)?\s+(?:else|other\s+(?:comments?|feedback|thoughts))|(?:other|further|additional)\s+"
    r"(?:comments?|feedback|thoughts))\b",
    re.IGNORECASE,
)


def _survey_questions(header: list[str]) -> list[int]:
    """The columns of a survey's export (Google Forms, Typeform) whose answers say what people want
    or what troubles them ("What one thing would you add?", "What is the most annoying thing about
    booking?") or whatever else they say ("Anything else?"); none unless the header asks several
    questions. "How often do you book?" is about the respondent: not read."""
    if sum(cell.rstrip().endswith("?") for cell in header) < _SURVEY_LEAST_QUESTIONS:
        return []
    return [
        i
        for i, cell in enumerate(header)
        if cell.rstrip().endswith("?")
        and (section_style(cell) in ("requirement", "problem") or _FREE_COMMENT_RE.match(cell))
    ]


def _survey_units(
    text: str, header: list[str], asked: list[int], rows: list[list[tuple[int, int]]], block: int
) -> Iterator[Unit]:
    """Each answer under the question that asked it, as an item of a list with that heading; a free
    comment ("Anything else?") is read as said, under no heading."""
    questions = {column: None if _FREE_COMMENT_RE.match(header[column]) else header[column] for column in asked}
    for row in rows:
        block += 1
        for column, question in questions.items():
            if column >= len(row):
                continue
            for s, e, speaker, line_label in _cell_sentences(text, row[column]):
                yield Unit(s, e, text[s:e], speaker, line_label, block, question, question is not None, False,
                           question, survey=True)  # fmt: skip


# a column that asks whether the row is wanted: "Must for us?", "Needed?", "In scope?"
_WANTED_HEADERS = re.compile(
    r"^(?:must(?:[\s-]have)?\s+for\s+us|(?:do\s+we\s+)?need(?:ed|\s+it)?|required|want(?:ed)?|include(?:d)?|"
    r"in\s+scope|for\s+us)\s*\??$",
    re.IGNORECASE,
)
_YES_CELL_RE = re.compile(r"^(?:yes|y|yep|✓|✔|x|essential|definitely)\b", re.IGNORECASE)
_NO_CELL_RE = re.compile(r"^(?:no|n|nope|✗|✘|not\s+needed|not\s+now|later)\b", re.IGNORECASE)
_LATER_CELL_RE = re.compile(r"^(?:not\s+now|later)\b", re.IGNORECASE)
_MAYBE_CELL_RE = re.compile(
    r"^(?:nice[\s-]to[\s-]have|maybe|optional|possibly|if\s+possible|would\s+be\s+nice)\b", re.I
)


def _wanted_level(header: str, cell: str) -> str | None:
    """ "Must for us?" / "Yes" -> "Must", "No" -> "Won't", "Nice to have" -> "Could"; a plain "Wanted?"
    / "Yes" -> "Should"."""
    said = cell.strip()
    if _MAYBE_CELL_RE.match(said):
        return "Could"
    if _NO_CELL_RE.match(said):
        return "Not for now" if _LATER_CELL_RE.match(said) else "Won't"  # "Later": not never
    if _YES_CELL_RE.match(said):
        return "Must" if re.search(r"\b(?:must|need|required)", header, re.I) else "Should"
    return None


# "Acceptance criteria:" inside a cell (a Jira description): the sentences after it are criteria
_CRITERIA_HEADING_RE = re.compile(r"(?:acceptance\s+criteri(?:a|on)|ACs?)\s*:\s*", re.IGNORECASE)
_STORY_BENEFIT_RE = re.compile(r"^so\s+that\b", re.IGNORECASE)
# a column that says why: its cell is the requirement's rationale
_REASON_HEADERS = re.compile(
    r"^(?:rationale|reason|why|justification|because|so\s+that(?:\s*\.\.\.|…)?|benefit)$", re.IGNORECASE
)
# a "Notes" / "Comments" column beside a requirement: a remark, or a qualification of the row
_NOTE_HEADERS = re.compile(r"^(?:notes?|comments?|remarks?)$", re.IGNORECASE)
_QUALIFYING_NOTE_RE = re.compile(
    r"^(?:no|not|never|only|optional(?:ly)?|without|except|unless|max(?:imum)?|min(?:imum)?|up\s+to|at\s+least|"
    r"tb[cd]|to\s+be\s+(?:confirmed|decided|agreed)|waiting|awaiting|pending|depends|blocked|needs|phase|if)\b|^\?+$|"
    # how much, when and how often: "£10 for new clients only", "day before", "weekly", "by SMS"
    r"^(?:[£$€]\s?\d|(?:the\s+)?(?:\d+\s+|an?\s+)?(?:day|week|month|night|morning|hours?|days?|weeks?)\s+(?:before|after|ahead)\b|"
    r"(?:daily|weekly|monthly|yearly|hourly|nightly)\b|by\s+(?:e-?mail|sms|text|post|phone)\b)|\bonly\s*$",
    re.IGNORECASE,
)
_MOSCOW_CELL_RE = re.compile(
    r"^(?:must|should|could|won['’]?t|wont|must[\s-]have|should[\s-]have|could[\s-]have|won['’]?t[\s-]have|"
    r"high|medium|low|p[0-3]|[msc]|w)\b.{0,30}$",
    re.IGNORECASE,
)


def _coalesce(text: str, regions: list[tuple[int, int, str | None]]) -> list[tuple[int, int, str | None]]:
    """Join segments that are consecutive lines of one speaker, so a wrapped sentence stays whole.

    The line logic below still splits them where a new sentence or list item starts."""
    out: list[tuple[int, int, str | None]] = []
    for start, end, speaker in regions:
        if out:
            prev_start, prev_end, prev_speaker = out[-1]
            gap = text[prev_end:start]
            if (
                speaker == prev_speaker
                and prev_end <= start
                and gap.strip(" \t\r") in ("", "\n")
                and gap.count("\n") <= 1
            ):
                out[-1] = (prev_start, max(prev_end, end), speaker)
                continue
        out.append((start, end, speaker))
    return out


def _logical_lines(
    text: str, start: int, end: int, chat: bool = False, item_starts: frozenset[int] = frozenset()
) -> Iterator[tuple[int, int, str | None, str | None, bool, bool]]:
    """Lines of the region with layout prefixes stripped; wrapped lines joined.

    Yields (start, end, speaker, label, item, heading): `item` for list items and lines after a
    "Topic:" label, `heading` for Markdown headings. In a `chat` message nothing is wrapped: a line
    goes on with the one before only when it opens with a word that joins it ("and pre-order food")
    or the one before stops mid-phrase; "also every ticket needs a number" is a sentence of its own."""
    pending: list[int] | None = None  # [start, end] of the line being continued
    speaker = label = None
    item = heading = False
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        raw_start = pos
        pos = line_end + 1
        inline = _INLINE_ID_RE.search(text, raw_start, line_end)
        if inline:  # "REQ-1: ...; REQ-2: ...": a flattened table runs numbered requirements together
            line_end, pos = inline.start(), inline.end()
        content_start, line_speaker, line_label, is_item = _strip_prefix(text, raw_start, line_end)
        content_end = _rstrip(text, content_start, line_end)
        if content_start >= content_end or _EMAIL_HEADER_RE.match(text, content_start, content_end):
            if pending:
                yield pending[0], pending[1], speaker, label, item, heading
                pending = None
            continue
        is_heading = _HEADING_RE.match(text, raw_start, line_end) is not None
        continues = (
            pending is not None
            and not is_item
            and content_start not in item_starts  # a list item whose marker ingest dropped ("card payments")
            and not heading
            and line_speaker is None
            and line_label is None
            and text[pending[1] - 1] not in _TERMINAL
            and (text[content_start].islower() or text[content_start] in "(&,")
            and (
                not chat
                or _CHAT_GOES_ON_RE.match(text, content_start, content_end) is not None
                or _STOPS_MID_PHRASE_RE.search(text, pending[0], pending[1]) is not None
            )
        )
        if (
            not continues
            and pending is not None
            and text[pending[1] - 1] not in _TERMINAL
            and _WRAPPED_TIME_RE.match(text, raw_start, line_end)
        ):
            continues, content_end = True, _rstrip(text, raw_start, line_end)  # "nurse clinics,\n9:00 to 12:30."
        if continues:
            pending[1] = content_end
            continue
        if pending:
            yield pending[0], pending[1], speaker, label, item, heading
        pending = [content_start, content_end]
        speaker, label = line_speaker, line_label
        item, heading = is_item and not is_heading, is_heading
        if not item and _TOPIC_RE.match(text, content_start, content_end):
            item = True  # "Waiting list: if someone cancels, ..."
    if pending:
        yield pending[0], pending[1], speaker, label, item, heading


def _opens_with_id(text: str, content_start: int) -> bool:
    """Does the layout prefix stripped before `content_start` hold a requirement id?"""
    line_start = text.rfind("\n", 0, content_start) + 1
    line_start = text.rfind(";", line_start, content_start) + 1 or line_start  # after an inline "; REQ-2:"
    return _REQUIREMENT_ID_RE.search(text, line_start, content_start) is not None


_ASKER_AND_ANSWERER = frozenset({"q", "a"})
_PRIORITY_TAG_RE = re.compile(
    r"(?:[\[(](?P<tag>P[0-4]|must|should|could|won['’]?t|high|medium|low)[\])]|(?P<bare>P[0-4])[ \t]*[:–—-])[ \t]+(?=\S)",
    re.I,
)
_POSTSCRIPT_RE = re.compile(r"P\.?S\.?(?:[ \t]*[:,–—-])?[ \t]+(?=\S)")


def _strip_prefix(text: str, start: int, end: int) -> tuple[int, str | None, str | None, bool]:
    pos = start
    while pos < end and text[pos] in " \t\r\ufeff":
        pos += 1
    is_item = False
    speaker = label = None
    for _ in range(3):  # e.g. "- [00:01] Alice: Decision: ..."
        m = _PREFIX_RE.match(text, pos, end)
        if m and m.end() > pos:
            if label is None and _MAYBE_MARK_RE.search(m.group()):
                label = "Could"  # "🤔 maybe a referral scheme" ("❌ no app" says no in its own words)
            elif label is None and (light := _TRAFFIC_LIGHT_RE.search(m.group())):
                label = _TRAFFIC_LIGHTS[light.group()]  # "🔴 Card payments": a red item comes first
            pos = m.end()
            is_item = True
        if label is None and (m := _PRIORITY_TAG_RE.match(text, pos, end)):
            # "[P1] Online booking", "- P2: Waiting list": its rank, not its words, on an item of a list
            label, pos, is_item = m.group("tag") or m.group("bare"), m.end(), True
            continue
        if label is None and (m := _POSTSCRIPT_RE.match(text, pos, end)):
            label, pos = "PS", m.end()  # "P.S. the instructors should see the list too"
            continue
        m = _LABEL_RE.match(text, pos, end)
        if m and m.group(1).lower() in _ASKER_AND_ANSWERER and speaker is None and label is None:
            speaker = m.group(1).upper()  # notes of a call as "Q: … / A: …": the one asking, the one answering
            pos = m.end()
            continue
        if m and m.group(1).lower().rstrip(".") in LABEL_WORDS or (m := _MATTERS_MOST_RE.match(text, pos, end)):
            label = label or m.group(1)
            pos = m.end()
            continue
        m = _SPEAKER_RE.match(text, pos, end)
        if not m or is_label(m.group(1)):
            break  # "Budget: £15k, fixed." keeps its label: it is part of what was said
        name = m.group(1)
        if speaker is None and label is None:
            speaker = name
        else:
            break
        pos = m.end()
    return pos, speaker, label, is_item


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r\u00a0":
        end -= 1
    return end


# a chat line that carries on the one before it, or a line that stops where its phrase cannot end
_CHAT_GOES_ON_RE = re.compile(
    r"(?:and|or|but|so|with|without|to|for|because|cos|then|plus|as|if|when|which|that|who|than|from|in|on|at|"
    r"by|of)\b|[(&,]"
)
_STOPS_MID_PHRASE_RE = re.compile(
    r"\b(?:and|or|but|the|a|an|to|for|of|with|in|on|at|by|from|our|their|my|your|is|are|be)[ \t]*$", re.I
)


# a flow sketched as steps: "customer books online → confirmation email → reminder text 24h before"
_ARROW_RE = re.compile(r"[ \t]*(?:→|->|=>|-->)[ \t]*")
_FLOW_MIN_ARROWS = 2


def _flow_steps(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The steps of a line that is a flow of at least three steps joined by arrows, else None."""
    line = text[start:end]
    if "→" not in line and ">" not in line:
        return None  # most lines: no arrow (each arrow holds one of these), no search
    arrows = list(_ARROW_RE.finditer(text, start, end))
    if len(arrows) < _FLOW_MIN_ARROWS:
        return None
    bounds = [start, *(p for m in arrows for p in (m.start(), m.end())), end]
    steps = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if text[a:b].strip()]
    return steps if len(steps) > _FLOW_MIN_ARROWS else None


def _sentences(text: str, start: int, end: int, run_on: bool = False) -> Iterator[tuple[int, int]]:
    """The sentences of a line; with `run_on`, a short spoken line without any punctuation is cut
    where a new sentence plainly starts."""
    if run_on and not any(ch in ".!?…" for ch in text[start:end]) and len(text[start:end].split()) <= _RUN_ON_MAX_WORDS:
        yield from _run_on_parts(text, start, end)
        return
    if end - start >= _DICTATION_MIN_CHARS and _PUNCTUATION_RE.search(text, start, end) is None:
        yield from _dictation_parts(text, start, end)
        return
    seg_start = start
    for m in (_SPOKEN_END_RE if run_on else _SENTENCE_END_RE).finditer(text, start, end):
        dot = m.start()
        if text[dot] == "." and _is_abbreviation(text, seg_start, dot):
            continue
        stop = m.end()
        while stop > seg_start and text[stop - 1].isspace():
            stop -= 1
        if stop > seg_start:
            yield seg_start, stop
        seg_start = m.end()
    if seg_start < end:
        yield seg_start, end


# a dictated voice note comes back as one long line with no punctuation at all: it is cut where the
# speaker plainly moves on ("um", "oh yeah", "what else", "also", "and then when", "I'd like")
_DICTATION_MIN_CHARS = 300
_PUNCTUATION_RE = re.compile(r"[.!?…;:]")
_DICTATION_CUT_RE = re.compile(
    # "… so they don't forget and uh the other thing is we need …": the joining words go with the cut
    r"(?:\s+(?:and|but|so))?(?:\s+(?:um+|uh+|erm?)\b)+(?:\s+(?:the\s+)?other\s+thing\s+is\b)?\s+|"
    r"\s+(?:and\s+)?(?:the\s+)?other\s+thing\s+is\s+|\s+and\s+yeah\s+|\s+(?=(?:oh\s+(?:yeah|yes|and|also)|what\s+else|also|and\s+then\s+when|"
    r"right\s+that['’]?s\s+it|anyway|so\s+basically|and\s+(?:i|we)\s+(?:(?:really|also|just)\s+)?(?:don['’]?t\s+)?"
    r"(?:want|need)|(?:i|we)['’]d\s+(?:really\s+)?(?:like|love))\b)",
    re.IGNORECASE,
)


# "they also have …", "we'd also like": a word the clause goes on from, not where a new one starts
_MID_CLAUSE_WORDS = frozenset(
    ["i", "we", "you", "they", "he", "she", "it", "can", "could", "will", "would", "should", "must", "may", "might",
     "is", "are", "was", "were", "do", "does", "did", "have", "has", "had", "to", "not", "but", "or", "that"]
)  # fmt: skip


def _dictation_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    part_start = start
    for m in _DICTATION_CUT_RE.finditer(text, start, end):
        before = text[part_start : m.start()].split()
        if len(before) < _RUN_ON_MIN_WORDS or (not m.group().strip() and before[-1].lower() in _MID_CLAUSE_WORDS):
            continue
        yield part_start, m.start()
        part_start = m.end()
    yield part_start, end


def _run_on_parts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    part_start = start
    for m in _RUN_ON_START_RE.finditer(text, start, end):
        before = text[part_start : m.start()].split()
        after = text[m.end() : end].split()
        if (
            len(before) < _RUN_ON_MIN_WORDS
            or len(after) < _RUN_ON_MIN_WORDS
            or before[-1].lower().strip(",") in _NOT_BEFORE_RUN_ON
            or text[m.start() - 1] == ","  # "if they cancel, we want …" is one sentence
            or (_OPEN_WH_RE.match(text, part_start, m.start()) and not _WISH_START_RE.match(text, m.end()))
        ):
            continue
        yield part_start, m.start()
        part_start = m.end()
    yield part_start, end


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    word_start = dot
    while word_start > start and (text[word_start - 1].isalnum() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    if not word:
        return False
    if len(word) == 1 and word.isalpha():
        # an initial, "J. Smith"; not the end of a contraction, "they can't."
        return not (word_start > start and text[word_start - 1] in "'’")
    if word in _BEFORE_A_FIGURE:
        # "max. 20 people", but "Three months max. And no same-day bookings": the sentence ends
        after = _SPACE_RE.match(text, dot + 1).end()
        return after < len(text) and (text[after].isdigit() or text[after] in "£$€")
    return word in _ABBREVIATIONS or word.replace(".", "") in _ABBREVIATIONS


_BEFORE_A_FIGURE = frozenset({"max", "min"})  # they also end a sentence: "Three months max."
