"""Messages the system sends, and the channels they go by.

"We need reminders by SMS, e-mail is fine as well", "confirmations via e-mail or text": each sent
message is a record (what was sent, to whom, by which channel, whether it went), so the message
noun becomes an entity with a ``channel`` field whose values are the channels named.
"""

from __future__ import annotations

from dataclasses import dataclass

from autoagi.engine.design.text import fold, sentences, tokens, word_set

_MESSAGES = word_set("""
    reminder reminders notification notifications alert alerts confirmation confirmations receipt receipts
    newsletter newsletters
    """)
_CHANNEL_WORDS = {
    "sms": "sms",
    "text": "sms",
    "texts": "sms",
    "email": "email",
    "emails": "email",
    "mail": "email",
    "push": "push",
    "whatsapp": "whatsapp",
    "post": "post",
    "letter": "post",
    "phone": "phone",
}
_BY = frozenset({"by", "via", "over", "through"})
_JOINERS = frozenset({"or", "and", ",", "/", "and/or"})


@dataclass(frozen=True)
class MessageFact:
    message: str  # "reminders"
    channels: tuple[str, ...]  # ("sms", "email")
    requirement_id: str


def message_facts(statement: str, requirement_id: str) -> list[MessageFact]:
    facts: list[MessageFact] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for index, word in enumerate(words[:-2]):
            if word not in _MESSAGES or words[index + 1] not in _BY:
                continue
            channels = _channels(words[index + 2 :])
            if channels:
                facts.append(MessageFact(word, channels, requirement_id))
    return facts


def _channels(after: list[str]) -> tuple[str, ...]:
    """ "sms or e-mail", "text and push": the channels named in a row."""
    found: list[str] = []
    for word in after:
        if word in _CHANNEL_WORDS:
            if _CHANNEL_WORDS[word] not in found:
                found.append(_CHANNEL_WORDS[word])
        elif word not in _JOINERS and word not in {"a", "an", "the"}:
            break
    return tuple(found)
