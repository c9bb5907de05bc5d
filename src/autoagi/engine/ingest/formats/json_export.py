"""JSON exports: a chat's messages (Slack, Discord, Teams, Telegram exports) or a tracker's items
(a Jira or Trello export: title, summary, description).

A list of objects that each carry a message ("text", "content", "message", "body") is a chat: each
message is an utterance of its author. Otherwise the text fields of each object ("title",
"summary", "description", …) are its paragraphs, in the order the file gives them. Numbers, ids,
flags and timestamps are no text and are left out.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from ..errors import CorruptDocument, EmptyDocument, NoText
from ..layout import ParsedText, TextAssembler
from ..source import Source

_MESSAGE_KEYS = ("text", "content", "message", "body")
_AUTHOR_KEYS = ("user_name", "username", "author", "user", "from", "sender", "sender_name", "name")
_AUTHOR_NAME_KEYS = ("real_name", "display_name", "displayName", "name", "username", "global_name")
_PROFILE_KEYS = ("user_profile", "author", "from", "sender")
_TITLE_KEYS = frozenset({"title", "summary", "name", "subject", "headline"})
_BODY_KEYS = frozenset(
    {"description", "text", "body", "content", "details", "comment", "comments", "acceptance_criteria",
     "acceptance criteria", "notes", "desc", "message", "story"}
)  # fmt: skip
# Slack's markup: "<@U024BE7LH>" mentions a user, "<https://example.com|the page>" links
_MENTION_RE = re.compile(r"<@[A-Z0-9]+(?:\|(?P<name>[^>]+))?>")
_LINK_RE = re.compile(r"<(?P<url>(?:https?|mailto):[^|>]+)(?:\|(?P<label>[^>]+))?>")
_EMPHASIS_RE = re.compile(r"(?<![\w*_~])(?P<mark>[*_~])(?P<words>[^*_~\n]+?)(?P=mark)(?![\w*_~])")
_EMOJI_CODE_RE = re.compile(r"(?<![\w:]):(?:[+-]1|[a-z][a-z0-9_+-]{1,39}):(?![\w:])")  # ":+1:", ":pray:"; not "10:30:"
_SPACES_RE = re.compile(r"[ \t]{2,}")


def parse_json(source: Source) -> ParsedText:
    text = source.decoded.text
    if not text.strip():
        raise EmptyDocument("The file contains no text.")
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as error:
        raise CorruptDocument("The JSON file is malformed and could not be read.") from error
    assembler = TextAssembler()
    messages = _messages(data)
    if messages is not None:
        for author, said in messages:
            assembler.add_segment(said, "utterance", prefix=f"{author}: " if author else "", speaker=author)
    else:
        for kind, said in _fields(data, depth=0):
            assembler.add_segment(said, kind)
    if assembler.is_empty:
        raise NoText("The JSON file has no text to read (no messages, titles or descriptions).")
    return assembler.result({"encoding": source.decoded.encoding, "json": "chat" if messages is not None else "items"})


def _messages(data: Any) -> list[tuple[str | None, str]] | None:
    """The (author, text) of each message when the file is a chat's messages, else None."""
    items = data.get("messages") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        return None
    said = [(item, _message_text(item)) for item in items if isinstance(item, dict)]
    if sum(1 for _, text in said if text) * 2 < len(items) or not any(_author(item) for item, _ in said):
        return None
    return [(_author(item), _plain(text)) for item, text in said if text and text.strip()]


def _message_text(item: dict[str, Any]) -> str | None:
    for key in _MESSAGE_KEYS:
        value = item.get(key)
        if isinstance(value, str):
            return value
        if isinstance(value, list):  # Telegram: [" part ", {"type": "bold", "text": "part"}]
            return "".join(part if isinstance(part, str) else str(part.get("text", "")) for part in value)
    return None


def _author(item: dict[str, Any]) -> str | None:
    for key in _PROFILE_KEYS:
        profile = item.get(key)
        if isinstance(profile, dict):
            name = next((profile[k] for k in _AUTHOR_NAME_KEYS if isinstance(profile.get(k), str) and profile[k]), None)
            if name:
                return name.strip()
    for key in _AUTHOR_KEYS:
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _plain(text: str) -> str:
    """Slack's markup as a reader sees it: mentions by name, links by their label, "*bold*" and
    "_italic_" as their words, emoji codes (":+1:") left out."""
    text = _MENTION_RE.sub(lambda m: f"@{m.group('name') or 'someone'}", text)
    text = _LINK_RE.sub(lambda m: m.group("label") or m.group("url"), text)
    text = _EMPHASIS_RE.sub(lambda m: m.group("words"), text)
    return _SPACES_RE.sub(" ", _EMOJI_CODE_RE.sub("", text)).strip()


def _fields(data: Any, depth: int) -> Iterator[tuple[str, str]]:
    """("paragraph", text) for each object's text fields (its title, then its description), in file order."""
    if depth > 40:
        return
    if isinstance(data, list):
        for item in data:
            yield from _fields(item, depth + 1)
    elif isinstance(data, dict):
        for key, value in data.items():
            name = str(key).lower()
            if isinstance(value, str) and value.strip() and name in _TITLE_KEYS | _BODY_KEYS:
                yield "paragraph", value  # a card's title is often the requirement itself: no heading
            elif isinstance(value, dict | list):
                yield from _fields(value, depth + 1)
