"""E-mail: each message a segment with sender and date; quoted replies and signatures removed,
except the questions a reply answers inline."""

from __future__ import annotations

import re
from email.message import EmailMessage

import pytest

from autoagi.engine.ingest import NoText, ingest


def message(sender: str, date: str, subject: str, body: str, *, html: str | None = None) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = "Sam Okafor <sam@kestrel.example>"
    mail["Subject"] = subject
    mail["Date"] = date
    mail["Message-ID"] = f"<{re.sub(r'[^0-9A-Za-z]', '', date)}@example>"
    mail.set_content(body)
    if html is not None:
        mail.add_alternative(html, subtype="html")
    return mail


TOP_POSTED = """Yes, SMS reminders are a must.
Two hours before surgery too.

On Mon, 3 Mar 2025 at 09:00, Sam Okafor <sam@kestrel.example>
wrote:
> Do you need SMS reminders?
> Or only e-mail?

--
Priya Nair
Practice Manager
"""

INTERLEAVED = """Answers inline.

On Mon, 3 Mar 2025 at 09:00, Sam Okafor <sam@kestrel.example> wrote:
> 1. Who may change prices?

Only Priya and Tom.

> 2. How long do we keep records?

Twelve months after the last visit.
"""

OUTLOOK = """Saturday clinic is bookable online.

Ana

-----Original Message-----
From: Sam Okafor <sam@kestrel.example>
Sent: 14 March 2025 11:05
Subject: Questions

Is the Saturday clinic bookable?
"""


def test_top_posted_reply_keeps_only_the_new_text(check_segments, texts):
    mail = message("Priya Nair <priya@clinic.example>", "Tue, 04 Mar 2025 10:02:00 +0000", "Re: SMS", TOP_POSTED)

    document = ingest(mail.as_bytes(), "reply.eml")

    assert document.media_type == "message/rfc822"
    check_segments(document)
    assert texts(document) == ["Yes, SMS reminders are a must.\nTwo hours before surgery too."]
    segment = document.segments[0]
    assert (segment.kind, segment.speaker, segment.at) == ("message", "Priya Nair", "2025-03-04T10:02:00+00:00")
    assert "Do you need" not in document.text
    assert "Practice Manager" not in document.text


def test_interleaved_reply_keeps_the_answers():
    mail = message("Tom Keane <tom@clinic.example>", "Tue, 04 Mar 2025 11:00:00 +0000", "Re: Q", INTERLEAVED)

    document = ingest(mail.as_bytes(), "reply.eml")

    body = document.text[document.segments[0].start : document.segments[0].end]
    # each question stays, quoted, above its answer: without it "Only Priya and Tom." means nothing
    assert body == (
        "Answers inline.\n\n> 1. Who may change prices?\n\nOnly Priya and Tom.\n\n"
        "> 2. How long do we keep records?\n\nTwelve months after the last visit."
    )


def test_outlook_original_message_block_is_removed(texts):
    mail = message("Ana Moreau <ana@clinic.example>", "Sat, 15 Mar 2025 09:12:55 +0000", "RE: Q", OUTLOOK)

    assert texts(ingest(mail.as_bytes(), "reply.eml")) == ["Saturday clinic is bookable online.\n\nAna"]


CONFIRMED = """Hi Sam,

Yes, that's all correct. One more thing: vets need their own login.

Priya

On Mon, 3 Mar 2025 at 17:40, Sam Okafor <sam@kestrel.example> wrote:
> Thanks for your time today. Just to confirm what we agreed:
>
> - owners book vaccinations online
> - reminders go out by SMS
>
> Could you let me know if that's right?
>> an older message, quoted twice: To summarise: nothing
"""


@pytest.mark.parametrize(
    ("reply", "kept"),
    [
        (
            CONFIRMED,
            "> Just to confirm what we agreed:\n> - owners book vaccinations online\n> - reminders go out by SMS",
        ),
        (  # Outlook: the earlier message below the reply, not marked with ">"
            "Hi Sam, all correct!\n\nPriya\n\n________________________________\nFrom: Sam Okafor <sam@kestrel.example>\n"
            "Sent: 3 March 2025 17:40\nSubject: Booking\n\nThanks. To summarise our call: owners book online, "
            "and reminders go out by SMS.\nSam\n",
            "> To summarise our call: owners book online, and reminders go out by SMS.",  # not "Sam"
        ),
    ],
)
def test_a_summary_the_reply_confirms_is_kept_after_it(reply, kept, check_segments):
    mail = message("Priya Nair <priya@clinic.example>", "Tue, 04 Mar 2025 09:02:00 +0000", "Re: Booking", reply)

    document = ingest(mail.as_bytes(), "reply.eml")

    check_segments(document)
    body = document.text[document.segments[0].start : document.segments[0].end]
    assert body.endswith("\n\n" + kept)  # "Yes, that's all correct" says nothing without what it confirms
    assert "Could you let me know" not in body and "nothing" not in body


def test_a_summary_the_reply_does_not_confirm_is_left_out():
    reply = CONFIRMED.replace("Yes, that's all correct.", "Thanks, I will check with the team.")
    mail = message("Priya Nair <priya@clinic.example>", "Tue, 04 Mar 2025 09:02:00 +0000", "Re: Booking", reply)

    assert "Just to confirm" not in ingest(mail.as_bytes(), "reply.eml").text


def test_forwarded_thread_gives_one_segment_per_message_oldest_first(check_segments, texts):
    first = message(
        "Sam Okafor <sam@kestrel.example>", "Fri, 14 Mar 2025 11:05:40 +0000", "Questions", "Who may change prices?\n"
    )
    second = message(
        "Tom Keane <tom@clinic.example>",
        "Fri, 14 Mar 2025 15:22:03 +0000",
        "Re: Questions",
        "Priya and me.\n\nOn Fri, 14 Mar 2025, Sam wrote:\n> Who may change prices?\n",
    )
    cover = message(
        "Priya Nair <priya@clinic.example>", "Mon, 17 Mar 2025 08:41:12 +0000", "Fwd: Questions", "Thread attached.\n"
    )
    cover.add_attachment(second)
    cover.add_attachment(first)

    document = ingest(cover.as_bytes(), "thread.eml")

    check_segments(document)
    assert [segment.speaker for segment in document.segments] == ["Sam Okafor", "Tom Keane", "Priya Nair"]
    assert texts(document) == ["Who may change prices?", "Priya and me.", "Thread attached."]
    assert document.metadata == {"messages": "3", "subject": "Questions"}


def test_html_only_body_is_sanitised(texts):
    mail = EmailMessage()
    mail["From"] = "clinic@example.com"
    mail["Subject"] = "Newsletter"
    mail["Date"] = "Tue, 04 Mar 2025 10:02:00 +0000"
    mail.set_content("<p>Book <b>online</b> now.</p><script>track()</script>", subtype="html")

    document = ingest(mail.as_bytes(), "news.eml")

    assert texts(document) == ["Book online now."]
    assert document.segments[0].speaker == "clinic@example.com"


def test_mbox_holds_several_messages(texts):
    first = message(
        "Sam <sam@kestrel.example>", "Fri, 14 Mar 2025 11:05:40 +0000", "Q", "From now on we book online.\n"
    )
    second = message("Tom <tom@clinic.example>", "Fri, 14 Mar 2025 12:00:00 +0000", "Re: Q", "Agreed.\n")
    mbox = b""
    for mail in (first, second):
        body = mail.as_bytes().replace(b"\nFrom now", b"\n>From now")  # mboxrd escaping
        mbox += b"From sender@example Fri Mar 14 11:05:40 2025\n" + body + b"\n"

    document = ingest(mbox, "archive.mbox")

    assert document.media_type == "application/mbox"
    assert texts(document) == ["From now on we book online.", "Agreed."]


def test_message_without_text_has_no_text():
    mail = message("Sam <sam@kestrel.example>", "Fri, 14 Mar 2025 11:05:40 +0000", "Q", "> only a quote\n")

    with pytest.raises(NoText):
        ingest(mail.as_bytes(), "empty.eml")


def test_an_attached_pdf_is_read_after_the_message_and_a_damaged_one_is_listed(make_pdf, check_segments):
    mail = message("Priya Nair <priya@clinic.example>", "Tue, 04 Mar 2025 09:02:00 +0000", "SRS", "SRS attached.\n")
    pdf = make_pdf([["The system shall let owners book online."], ["Reminders shall be sent by SMS."]])
    mail.add_attachment(pdf, maintype="application", subtype="pdf", filename="srs.pdf")
    mail.add_attachment(
        b"PK\x03\x04 not really a docx", maintype="application", subtype="octet-stream", filename="notes.docx"
    )

    document = ingest(mail.as_bytes(), "srs.eml")

    check_segments(document)
    assert document.text.startswith("From: Priya Nair")
    assert "SRS attached.\n\nAttachment: srs.pdf\n\nThe system shall let owners book online." in document.text
    pages = [(s.page, document.text[s.start : s.end]) for s in document.segments if s.page]
    assert pages == [(1, "The system shall let owners book online."), (2, "Reminders shall be sent by SMS.")]
    assert document.metadata["attachments"] == "srs.pdf"
    assert document.metadata["attachments_not_read"].startswith("notes.docx (")


def test_a_file_attached_twice_in_a_thread_is_read_once():
    mail = message("Priya Nair <priya@clinic.example>", "Tue, 04 Mar 2025 09:02:00 +0000", "SRS", "See attached.\n")
    for name in ("srs.txt", "notes.txt", "srs-again.txt"):
        text = b"Users shall log in.\n" if name == "notes.txt" else b"The system shall send reminders.\n"
        mail.add_attachment(text, maintype="text", subtype="plain", filename=name)

    document = ingest(mail.as_bytes(), "thread.eml")

    assert document.metadata["attachments"] == "srs.txt; notes.txt"
    assert document.text.endswith(
        "See attached.\n\nAttachment: srs.txt\n\nThe system shall send reminders.\n\nAttachment: notes.txt\n\nUsers shall log in."
    )


def test_an_html_reply_keeps_the_summary_it_confirms():
    html = (
        '<div dir="ltr">Yes, that\'s all correct.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, 3 Mar'
        " 2025 at 17:40, Sam Okafor &lt;sam@kestrel.example&gt; wrote:<br></div><blockquote>Hi Priya,<br><br>"
        "Just to confirm what we agreed:<ul><li>owners book vaccinations online</li><li>reminders go out by SMS</li>"
        "</ul></blockquote></div>"
    )
    mail = EmailMessage()
    mail["From"], mail["Subject"] = "Priya Nair <priya@clinic.example>", "Re: Booking"
    mail.set_content(html, subtype="html")  # an HTML-only reply, as Gmail's web app may send

    document = ingest(mail.as_bytes(), "reply.eml")

    assert document.text.endswith(
        "Yes, that's all correct.\n\n> Just to confirm what we agreed:\n> owners book vaccinations online\n"
        "> reminders go out by SMS"
    )
