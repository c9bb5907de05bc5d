"""Transcripts: WebVTT, SRT and chat logs keep speakers and timestamps on their segments."""

from __future__ import annotations

import pytest

from autoagi.engine.ingest import CorruptDocument, NoText, ingest

VTT = """WEBVTT
Kind: captions

NOTE recorded with consent

1
00:00:02.000 --> 00:00:05.000
<v Dr Ana Moreau>We'd like owners to book
vaccinations online

2
00:00:05.000 --> 00:00:08.500
<v Dr Ana Moreau>and see real availability.

3
00:00:09.000 --> 00:00:12.000
<v.loud Tom Keane>Customers keep asking to cancel &amp; rebook <i>themselves</i>.

00:01:02.500 --> 00:01:04.000
Priya Nair: We need SMS reminders.
"""


def test_webvtt_utterances_keep_speaker_and_start_time(check_segments, texts):
    document = ingest(VTT.encode(), "kickoff.vtt")

    assert document.media_type == "text/vtt"
    check_segments(document)
    assert [(segment.speaker, segment.at) for segment in document.segments] == [
        ("Dr Ana Moreau", "00:00:02.000"),
        ("Tom Keane", "00:00:09.000"),
        ("Priya Nair", "00:01:02.500"),
    ]
    # Consecutive cues of one speaker merge into one utterance; tags and entities are resolved.
    assert texts(document) == [
        "We'd like owners to book vaccinations online and see real availability.",
        "Customers keep asking to cancel & rebook themselves.",
        "We need SMS reminders.",
    ]
    assert all(segment.kind == "utterance" for segment in document.segments)
    assert document.text.startswith("Dr Ana Moreau: We'd like owners")


def test_webvtt_cues_without_speakers_merge_until_a_sentence_ends(texts):
    vtt = (
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nthe booking page must\n\n"
        "00:00:02.000 --> 00:00:03.000\nshow the emergency number.\n\n"
        "00:00:04.000 --> 00:00:05.000\nNext point.\n"
    )

    document = ingest(vtt.encode(), "call.vtt")

    assert texts(document) == ["the booking page must show the emergency number.", "Next point."]
    assert [segment.at for segment in document.segments] == ["00:00:01.000", "00:00:04.000"]


def test_srt_speakers_and_timestamps(check_segments, texts):
    srt = (
        "1\r\n00:00:01,000 --> 00:00:03,000\r\nTom Keane: Cancellations are the big one.\r\n\r\n"
        "2\r\n00:00:04,250 --> 00:00:06,000\r\nPriya Nair: Reminders <i>by SMS</i>, please.\r\n"
    )

    document = ingest(srt.encode(), "call.srt")

    assert document.media_type == "application/x-subrip"
    check_segments(document)
    assert texts(document) == ["Cancellations are the big one.", "Reminders by SMS, please."]
    assert [(segment.speaker, segment.at) for segment in document.segments] == [
        ("Tom Keane", "00:00:01.000"),
        ("Priya Nair", "00:00:04.250"),
    ]


def test_chat_transcript_with_timestamps(check_segments, texts):
    chat = (
        "Kickoff call, 4 March\n"
        "[00:00:05] Ana Moreau: We need SMS reminders.\n"
        "[00:00:09] Sam Okafor: How early?\n"
        "[00:01:02] Ana Moreau: A day before,\n"
        "and again two hours before surgery.\n"
    )

    document = ingest(chat.encode(), "chat.txt")

    assert document.media_type == "text/x-chat-transcript"
    assert document.text == chat
    check_segments(document)
    assert texts(document) == [
        "Kickoff call, 4 March",
        "We need SMS reminders.",
        "How early?",
        "A day before,\nand again two hours before surgery.",
    ]
    assert [(segment.kind, segment.speaker, segment.at) for segment in document.segments] == [
        ("paragraph", None, None),
        ("utterance", "Ana Moreau", "00:00:05"),
        ("utterance", "Sam Okafor", "00:00:09"),
        ("utterance", "Ana Moreau", "00:01:02"),
    ]


def test_chat_transcript_without_timestamps(texts):
    chat = "Tom: Phones never stop.\nPriya: No-shows cost us.\nTom: Cancel online, please.\n"

    document = ingest(chat.encode(), "chat.log")

    assert document.media_type == "text/x-chat-transcript"
    assert [segment.speaker for segment in document.segments] == ["Tom", "Priya", "Tom"]
    assert texts(document) == ["Phones never stop.", "No-shows cost us.", "Cancel online, please."]
    assert all(segment.at is None for segment in document.segments)


@pytest.mark.parametrize(
    ("export", "stamps"),
    [
        (  # WhatsApp on Android
            "27/11/2026, 09:12 - Priya Shah: Customers order by QR code\n"
            "27/11/2026, 09:13 - Priya Shah: <Media omitted>\n"
            "27/11/2026, 09:14 - Tom Reid: Should the kitchen get a screen?\n"
            "27/11/2026, 09:15 - Priya Shah: Yes please,\nby the pass\n",
            ["27/11/2026 09:12", "27/11/2026 09:14", "27/11/2026 09:15"],
        ),
        (  # WhatsApp on iOS: left-to-right marks, a narrow space before PM
            "[11/27/26, 9:12:03\u202fPM] Priya Shah: Customers order by QR code\n"
            "\u200e[11/27/26, 9:13:10\u202fPM] Priya Shah: \u200eimage omitted\n"
            "[11/27/26, 9:14:02\u202fPM] Tom Reid: Should the kitchen get a screen?\n"
            "[11/27/26, 9:15:44\u202fPM] Priya Shah: Yes please,\nby the pass\n",
            ["11/27/26 9:12:03 PM", "11/27/26 9:14:02 PM", "11/27/26 9:15:44 PM"],
        ),
        (  # Zoom's saved chat: the message on the line below its header
            "10:02:11 From Priya Shah to Everyone:\n\tCustomers order by QR code\n"
            "10:02:40 From Tom Reid to Everyone:\n\tShould the kitchen get a screen?\n"
            "10:03:05 From Priya Shah to Tom Reid (Direct Message):\n\tYes please,\n\tby the pass\n",
            ["10:02:11", "10:02:40", "10:03:05"],
        ),
        (  # Otter, or Zoom's transcript file: the name and time on a line, the message below
            "Priya Shah  0:05\nCustomers order by QR code\n\nTom Reid  0:14\nShould the kitchen get a screen?\n\n"
            "Priya Shah  1:02\nYes please,\nby the pass\n",
            ["0:05", "0:14", "1:02"],
        ),
        (  # Otter's export before the speakers are named
            "Speaker 1  0:05\nCustomers order by QR code\n\nSpeaker 2  0:14\nShould the kitchen get a screen?\n\n"
            "Speaker 1  1:02\nYes please,\nby the pass\n",
            ["0:05", "0:14", "1:02"],
        ),
        (  # a chat copied from Teams
            "Priya Shah 09:12\nCustomers order by QR code\nTom Reid 09:14\nShould the kitchen get a screen?\n"
            "Priya Shah 9:15 AM\nYes please,\nby the pass\n",
            ["09:12", "09:14", "9:15 AM"],
        ),
    ],
)
def test_chat_app_exports_are_chats(export, stamps, check_segments, texts):
    document = ingest(export.encode(), "chat.txt")

    assert document.media_type == "text/x-chat-transcript"
    check_segments(document)
    speakers = [segment.speaker for segment in document.segments]
    assert speakers in (["Priya Shah", "Tom Reid", "Priya Shah"], ["Speaker 1", "Speaker 2", "Speaker 1"])
    assert [segment.at for segment in document.segments] == stamps
    said = [" ".join(text.split()) for text in texts(document)]  # the placeholder for a photo is no message
    assert said == ["Customers order by QR code", "Should the kitchen get a screen?", "Yes please, by the pass"]


def test_a_time_on_its_own_line_belongs_to_the_speaker_below_it():
    meet = (  # Google Meet's transcript: a time, then "Name: what they said"
        "Transcript\n\n00:00:00\nPriya Shah: Customers order by QR code.\n00:00:12\n"
        "Tom Reid: Should the kitchen get a screen?\n00:00:20\nPriya Shah: Yes please.\n"
    )
    document = ingest(meet.encode(), "meet.txt")

    assert document.media_type == "text/x-chat-transcript"
    assert [(s.kind, s.speaker, s.at) for s in document.segments] == [
        ("paragraph", None, None),
        ("utterance", "Priya Shah", "00:00:00"),
        ("utterance", "Tom Reid", "00:00:12"),
        ("utterance", "Priya Shah", "00:00:20"),
    ]


def test_subtitle_milliseconds_keep_their_decimal_point():
    chat = "[00:00:05,250] Ana Moreau: We need SMS reminders.\n[00:00:09,000] Sam Okafor: How early?\nAna Moreau: A day before.\n"

    assert [segment.at for segment in ingest(chat.encode(), "chat.txt").segments] == [
        "00:00:05.250",
        "00:00:09.000",
        None,
    ]


def test_an_agenda_with_times_is_not_a_chat():
    agenda = "Kick-off agenda\nWelcome 09:00\nBooking flow 09:15\nDemo 10:00\nLunch 12:30\nWrap Up 16:00\n"

    assert ingest(agenda.encode(), "agenda.txt").media_type == "text/plain"


def test_notes_with_labels_are_not_a_chat():
    notes = "Date: 4 March\nAttendees: Ana, Tom\nAgenda: booking\nThe clinic needs online booking.\n"

    assert ingest(notes.encode(), "notes.txt").media_type == "text/plain"


def test_webvtt_without_cues_has_no_text():
    with pytest.raises(NoText):
        ingest(b"WEBVTT\n\nNOTE nothing was said\n", "empty.vtt")


def test_text_forced_to_webvtt_is_corrupt():
    with pytest.raises(CorruptDocument):
        ingest(b"This is not a caption file.", "x.vtt", media_type="text/vtt")
