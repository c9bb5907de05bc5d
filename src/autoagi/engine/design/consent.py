"""Consent a person gives or withholds, as clients word it.

"Clients need to be able to say no to marketing but still get their appointment reminders",
"the system shall let an owner refuse marketing messages": the person's record gets a yes/no
field (``accepts_marketing``) that the person sets. Only what one consents to counts as the
object (marketing, newsletters, reminders, ...): "refuse online changes" is a rule, not a choice.
"""

from __future__ import annotations

from dataclasses import dataclass

from autoagi.engine.design.lexicon import DETERMINERS
from autoagi.engine.design.text import fold, sentences, tokens, word_set

_REFUSALS = (
    ("say", "no", "to"),
    ("opt", "out", "of"),
    ("opt", "out", "from"),
    ("unsubscribe", "from"),
    ("refuse",),
    ("decline",),
    ("turn", "off"),
    ("switch", "off"),
    ("stop", "receiving"),
    ("withdraw", "consent", "to"),
    ("withdraw", "consent", "for"),
)
_AGREEMENTS = (
    ("opt", "in", "to"),
    ("opt", "into"),
    ("consent", "to"),
    ("subscribe", "to"),
    ("sign", "up", "for"),
    ("say", "yes", "to"),
)
# What a person consents to receive or allow: the topic names the field ("marketing messages" →
# marketing); channel words alone name it when no topic is given ("text messages").
_TOPICS = word_set("""
    marketing promotion promotions promotional newsletter newsletters advertising advertisements adverts ads
    offers reminders notifications alerts updates cookies tracking analytics profiling surveys
    """)
_CHANNELS = word_set("""
    message messages email emails mail mails sms text texts call calls communication communications contact
    letters post
    """)
_STOPPERS = word_set("but while and or so because unless except when if though although , . ; : ( )")


@dataclass(frozen=True)
class ConsentFact:
    subject: tuple[str, ...]  # ("marketing",)
    requirement_id: str

    @property
    def field_words(self) -> tuple[str, ...]:
        return ("accepts", *self.subject)


def consent_facts(statement: str, requirement_id: str) -> list[ConsentFact]:
    facts: list[ConsentFact] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        for index in range(len(words)):
            for phrase in (*_REFUSALS, *_AGREEMENTS):
                if tuple(words[index : index + len(phrase)]) == phrase:
                    subject = _subject(words[index + len(phrase) :])
                    if subject and all(fact.subject != subject for fact in facts):
                        facts.append(ConsentFact(subject, requirement_id))
    return facts


def _subject(after: list[str]) -> tuple[str, ...] | None:
    phrase: list[str] = []
    for word in after:
        if word in _STOPPERS or len(phrase) == 3:
            break
        if not phrase and (word in DETERMINERS or word in {"all", "any", "receiving", "getting"}):
            continue
        phrase.append(word)
    topical = [word for word in phrase if word in _TOPICS]
    if topical:
        return (topical[0],)
    if phrase and all(word in _CHANNELS for word in phrase):
        return tuple(phrase)  # "opt out of text messages"
    return None  # "refuse online changes": a rule, not a choice
