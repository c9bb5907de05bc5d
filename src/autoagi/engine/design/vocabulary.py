"""The entities of a design and where statements mention them."""

from __future__ import annotations

from dataclasses import dataclass

from autoagi.engine.design.identifiers import entity_name, words_of
from autoagi.engine.design.inflection import pluralize_phrase, singularize_phrase
from autoagi.engine.design.labels import singular_label, strip_leading_article
from autoagi.engine.design.lexicon import NON_DOMAIN_NOUNS
from autoagi.engine.design.model import EntityDraft

# Word sequences in which an entity's name is not the entity ("in order to").
_IDIOMS = {("in", "order", "to"): 1, ("on", "time"): 1, ("in", "time"): 1, ("at", "a", "time"): 2}


_SOFT_PUNCTUATION = frozenset({"(", ")", "/", "&", "%"})


@dataclass(frozen=True)
class Mention:
    start: int
    end: int  # exclusive
    entity: str
    plural: bool


class EntityVocabulary:
    """Entities in the order they were first named, and the word forms that refer to each."""

    def __init__(self, max_identifier_length: int) -> None:
        self._max_length = max_identifier_length
        self.entities: dict[str, EntityDraft] = {}
        self._forms: dict[tuple[str, ...], tuple[str, bool]] = {}
        self._longest_form = 1
        self.unreadable: set[str] = set()

    def add(self, raw: str, requirement_id: str | None = None) -> str | None:
        """Register an entity by any name a client used; ``None`` for nouns that are not domain data."""
        raw = strip_leading_article(raw)
        words = singularize_phrase(words_of(raw))
        if " ".join(words) in NON_DOMAIN_NOUNS or not raw.strip():
            return None
        name = entity_name(raw, self._max_length)
        draft = self.entities.get(name)
        if draft is None:
            draft = self.entities[name] = EntityDraft(name=name, label=singular_label(raw))
        if requirement_id:
            draft.requirement_ids.add(requirement_id)
        if words:
            self._register_forms(words, name)
        else:
            self.unreadable.add(name)  # no ASCII words: statements cannot be searched for it
        return name

    def _register_forms(self, words: list[str], name: str) -> None:
        plural = pluralize_phrase(words)
        forms = [(tuple(words), False), (tuple(plural), True)]
        if len(words) > 1:
            for joiner in ("-", "", "_"):
                forms.append(((joiner.join(words),), False))
                forms.append(((joiner.join(words[:-1]) + joiner + plural[-1],), True))
        for form, is_plural in forms:
            if form not in self._forms:
                self._forms[form] = (name, is_plural and form != tuple(words))
                self._longest_form = max(self._longest_form, len(form))

    def lookup(self, raw: str) -> str | None:
        match = self._forms.get(tuple(singularize_phrase(words_of(strip_leading_article(raw)))))
        return match[0] if match else None

    def mentions(self, tokens: list[str]) -> list[Mention]:
        """Longest, left-most, non-overlapping mentions of any entity in ``tokens``."""
        found: list[Mention] = []
        index = 0
        while index < len(tokens):
            mention = self._mention_at(tokens, index)
            if mention is None:
                index += 1
                continue
            found.append(mention)
            index = mention.end
        return found

    def _mention_at(self, tokens: list[str], index: int) -> Mention | None:
        if not tokens[index][0].isalnum() or _inside_idiom(tokens, index):
            return None
        # Words of a name may be separated by brackets or slashes: "<script>alert(1)</script>".
        words, ends = [], []
        position = index
        while position < len(tokens) and len(words) < self._longest_form:
            if tokens[position][0].isalnum():
                words.append(tokens[position])
                ends.append(position + 1)
            elif tokens[position] not in _SOFT_PUNCTUATION:
                break
            position += 1
        for length in range(len(words), 0, -1):
            form = tuple(words[:length])
            if form in self._forms:
                name, plural = self._forms[form]
                return Mention(index, ends[length - 1], name, plural)
        return None


def _inside_idiom(tokens: list[str], index: int) -> bool:
    for idiom, position in _IDIOMS.items():
        start = index - position
        if start >= 0 and tuple(tokens[start : start + len(idiom)]) == idiom:
            return True
    return False
