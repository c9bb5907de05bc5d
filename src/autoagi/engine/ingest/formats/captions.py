"""Caption transcripts (WebVTT, SRT) via webvtt-py.

Consecutive cues of one speaker are merged into one utterance (caption cues cut sentences at
arbitrary points); the utterance keeps the start time of its first cue. A listener's "Yeah." or
"Mm-hm." in the middle of someone's unfinished sentence is placed after that sentence, so that
the sentence reads whole. Speakers come from
``<v Name>`` voice spans or a "Name:" prefix in the cue text.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError

from ..errors import CorruptDocument, EmptyDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..source import Source
from ..speakers import match_speaker_line

_WHITESPACE = re.compile(r"\s+")
_ENDS_SENTENCE = re.compile(r"""[.!?]["'”’)]*$""")


@dataclass(slots=True)
class _Utterance:
    speaker: str | None
    at: str
    parts: list[str] = field(default_factory=list)


def parse_webvtt(source: Source) -> ParsedText:
    return _parse(source, "vtt")


def parse_srt(source: Source) -> ParsedText:
    return _parse(source, "srt")


def _parse(source: Source, caption_format: str) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    try:
        if caption_format == "vtt":
            captions = webvtt.from_string(text).captions
        else:
            captions = webvtt.WebVTT.from_buffer([text], format="srt").captions
    except (MalformedFileError, MalformedCaptionError) as error:
        label = "WebVTT" if caption_format == "vtt" else "SRT"
        raise CorruptDocument(f"The {label} transcript is malformed and could not be read.") from error
    assembler = TextAssembler()
    for utterance in _utterances(captions):
        assembler.add_segment(
            " ".join(utterance.parts),
            "utterance",
            prefix=f"{utterance.speaker}: " if utterance.speaker else "",
            speaker=utterance.speaker,
            at=utterance.at,
        )
    if assembler.is_empty:
        raise NoText("The transcript has no spoken text.")
    return assembler.result({"encoding": source.decoded.encoding, "cues": str(len(captions))})


def _utterances(captions: list[webvtt.Caption]) -> list[_Utterance]:
    utterances: list[_Utterance] = []
    for caption in captions:
        speaker, words = _speaker_and_words(caption)
        if not words:
            continue
        previous = utterances[-1] if utterances else None
        continues_turn = previous is not None and previous.speaker == speaker
        # Without speakers, only a cue that carries on an unfinished sentence is merged.
        if continues_turn and (speaker is not None or not _ENDS_SENTENCE.search(previous.parts[-1])):
            previous.parts.append(words)
        else:
            utterances.append(_Utterance(speaker, caption.start, [words]))
    return _past_backchannels(utterances)


_BACKCHANNEL = re.compile(
    r"^(?:yeah|yes|yep|yup|mm+(?:-?hm+)?|uh-huh|right|ok(?:ay)?|sure|i\s+see|got\s+it|go\s+on)[.!,]?$", re.I
)


def _past_backchannels(utterances: list[_Utterance]) -> list[_Utterance]:
    """ "Lucy: What I'd really want is for them to see" / "Sam: Yeah." / "Lucy: which days the vans are
    free …": Lucy's sentence is one utterance, Sam's "Yeah." comes after it."""
    merged: list[_Utterance] = []
    i = 0
    while i < len(utterances):
        current = utterances[i]
        if (
            merged
            and i + 1 < len(utterances)
            and current.speaker is not None
            and len(current.parts) == 1
            and _BACKCHANNEL.match(current.parts[0])
            and merged[-1].speaker not in {None, current.speaker}
            and utterances[i + 1].speaker == merged[-1].speaker
            and not _ENDS_SENTENCE.search(merged[-1].parts[-1])
        ):
            merged[-1].parts.extend(utterances[i + 1].parts)
            merged.append(current)
            i += 2
            continue
        merged.append(current)
        i += 1
    return merged


def _speaker_and_words(caption: webvtt.Caption) -> tuple[str | None, str]:
    words = _WHITESPACE.sub(" ", html.unescape(caption.text)).strip()
    speaker = caption.voice.strip() if caption.voice else None
    if speaker is None:
        spoken = match_speaker_line(words)
        if spoken is not None and spoken.at is None:
            speaker, words = spoken.speaker, words[spoken.message_start : spoken.message_end]
    return speaker, words
