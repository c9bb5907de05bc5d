"""JSON exports: a chat's messages (Slack, Discord) as utterances of their authors, a tracker's
items (Jira, Trello) as paragraphs of their text fields, and no JSON syntax in the document text."""

import json

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import CorruptDocument, NoText, detect_media_type, ingest

_SLACK = [
    {"type": "message", "user": "U01", "user_profile": {"real_name": "Priya Shah"}, "text": "Morning! From the shop floor",
     "ts": "1732780800.000100"},
    {"type": "message", "user": "U01", "user_profile": {"real_name": "Priya Shah"},
     "text": "customers keep asking if they can reserve a bike online, see <https://example.com/notes|my notes>",
     "ts": "1732780860.000200"},
    {"type": "message", "user": "U02", "user_profile": {"real_name": "Sam Cole"}, "text": "<@U01> noted, thanks",
     "ts": "1732780920.000300", "reactions": [{"name": "+1", "count": 2}]},
]  # fmt: skip


def test_a_slack_export_is_a_chat_of_its_authors():
    document = ingest(json.dumps(_SLACK).encode(), "general.json")
    assert document.media_type == "application/json"
    assert document.text == (
        "Priya Shah: Morning! From the shop floor\n"
        "Priya Shah: customers keep asking if they can reserve a bike online, see my notes\n"
        "Sam Cole: @someone noted, thanks"
    )  # the link by its label, the mention without Slack's markup, no ids or timestamps
    assert [s.speaker for s in document.segments] == ["Priya Shah", "Priya Shah", "Sam Cole"]


def test_a_chat_export_with_its_messages_under_a_key_and_authors_as_objects():
    export = {"channel": "shop", "messages": [
        {"author": {"name": "Dana"}, "content": "Customers keep asking if they can reserve a bike online."},
        {"author": {"name": "Lee"}, "content": "ok, noted"},
    ]}  # fmt: skip
    result = analyze([ingest(json.dumps(export).encode(), "export.json")])
    assert [r.statement for r in result.requirements] == ["Customers should be able to reserve a bike online."]


def test_a_trackers_items_are_their_text_fields():
    issues = {"issues": [
        {"id": "10001", "key": "SHOP-1", "fields": {"summary": "Reserve a bike online",
                                                    "description": "Customers pick it up later in the shop.",
                                                    "priority": {"id": "2"}, "created": "2026-11-20"}},
    ]}  # fmt: skip
    document = ingest(json.dumps(issues).encode(), "jira.json")
    assert document.text == "Reserve a bike online\n\nCustomers pick it up later in the shop."


def test_json_that_is_not_read_says_why():
    with pytest.raises(CorruptDocument):
        ingest(b'{"messages": [{"text": "unfinished"', "broken.json")
    with pytest.raises(NoText):
        ingest(b'{"count": 3, "ids": [1, 2, 3], "ok": true}', "numbers.json")
    assert detect_media_type(b"[10:42] Ruth Evans\nCan we add a map?\n", "chat.txt") != "application/json"


def test_slack_emphasis_and_emoji_codes_read_as_words():
    export = [
        {
            "user": "U01",
            "user_profile": {"real_name": "Priya"},
            "text": "*Important*: we _really_ want online booking :pray:",
        },
        {"user": "U02", "user_profile": {"real_name": "Sam"}, "text": "noted :+1: call at 10:30: ok"},
    ]
    document = ingest(json.dumps(export).encode(), "export.json")
    assert document.text == "Priya: Important: we really want online booking\nSam: noted call at 10:30: ok"
