"""Attributes and relations as clients word them.

"A booking has a date, a time slot and a status (pending, confirmed or cancelled)",
"each customer can have many pets", "an invoice belongs to a booking", "the customer's phone
number", "the status of a booking": each becomes an ``AttributeFact`` or a ``RelationFact``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from autoagi.engine.design.lexicon import (
    ATTRIBUTE_HEADS,
    CLAUSE_BREAKERS,
    CRUD_VERBS,
    DETAIL_NOUNS,
    DETAIL_VERBS,
    DETERMINERS,
    HAS_PHRASES,
    HAS_VERBS,
    KNOWN_VERBS,
    LINK_PARTICIPLES,
    LINK_PREPOSITIONS,
    LIST_SEPARATORS,
    MANY_PHRASES,
    MANY_QUANTIFIERS,
    META_VERBS,
    MODAL_TRIGGERS,
    NON_ENTITY_ITEMS,
    PHRASE_BREAKERS,
    STORE_VERBS,
    VERB_FILLERS,
)
from autoagi.engine.design.text import fold, sentences, tokens, word_set
from autoagi.engine.design.vocabulary import EntityVocabulary, Mention

MAX_ATTRIBUTE_WORDS = 4
_ENUMERATION_STOPPERS = CLAUSE_BREAKERS | MODAL_TRIGGERS | {"is", "are", "was", "were", "belongs", "belong"}
_SUBJECT_FILLERS = (MODAL_TRIGGERS - {"to"}) | VERB_FILLERS | {"each", "usually", "typically", "normally"}
_POSSESSIVES = frozenset({"their", "his", "her", "my", "own"})
_ENUM_HEADS = word_set("status state type category priority stage level kind")
_VALUE_INTRODUCERS = (
    ("can", "be"),
    ("may", "be"),
    ("must", "be"),
    ("is", "one", "of"),
    ("is", "either"),
    ("must", "be", "one", "of"),
    ("can", "be", "one", "of"),
    ("one", "of"),
)


@dataclass(frozen=True)
class AttributeFact:
    entity: str
    words: tuple[str, ...]
    requirement_id: str
    required: bool = True
    unique: bool = False
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class RelationFact:
    one: str
    many: str
    requirement_id: str
    many_to_many: bool = False


@dataclass
class _Item:
    words: list[str] = field(default_factory=list)
    many: bool = False
    required: bool | None = None
    unique: bool = False
    values: list[str] = field(default_factory=list)


@dataclass
class StatementFacts:
    attributes: list[AttributeFact] = field(default_factory=list)
    relations: list[RelationFact] = field(default_factory=list)


def extract_facts(
    statement: str,
    requirement_id: str,
    vocabulary: EntityVocabulary,
    promote: bool,
    actor_entity: str | None = None,
) -> StatementFacts:
    """Facts stated in one requirement; with ``promote``, "has many X" makes X an entity first.

    ``actor_entity`` is the entity the requirement's actor is, if any: "their" then points to it.
    """
    facts = StatementFacts()
    flags: list[tuple[tuple[str, ...], bool]] = []
    for sentence in sentences(fold(statement)):
        words = tokens(sentence)
        _read_sentence(words, requirement_id, vocabulary, promote, facts)
        _record_ownership(words, vocabulary.mentions(words), actor_entity, requirement_id, facts)
        flags += _stated_flags(words)
    if flags:
        facts.attributes = _flagged(facts.attributes, dict(flags))
    return facts


_REQUIRED_WORDS = frozenset({"required", "mandatory", "compulsory"})


def _stated_flags(words: list[str]) -> list[tuple[tuple[str, ...], bool]]:
    """ "…; name and email are required", "Phone is optional": (field words, required) for each
    field such a clause names."""
    flags = []
    for index in range(1, len(words) - 1):
        flag = words[index + 1]
        if words[index] not in {"is", "are"} or flag not in _REQUIRED_WORDS | {"optional"}:
            continue
        start = index
        while start > 0 and words[start - 1] not in CLAUSE_BREAKERS:
            start -= 1
        named: list[str] = []
        for word in [*words[start:index], ","]:
            if word in LIST_SEPARATORS:
                if named:
                    flags.append((tuple(named), flag != "optional"))
                named = []
            elif word not in DETERMINERS and word not in _POSSESSIVES:
                named.append(word)
    return flags


def _flagged(attributes: list[AttributeFact], flags: dict[tuple[str, ...], bool]) -> list[AttributeFact]:
    """The attributes with the flags a clause gave them; naming only the required fields of a list
    makes the rest of that entity's fields optional, as a data dictionary's "Required: No" does."""
    named = [attribute for attribute in attributes if attribute.words in flags]
    only_required = {attribute.entity for attribute in named if flags[attribute.words]}
    flagged = []
    for attribute in attributes:
        if attribute.words in flags:
            attribute = replace(attribute, required=flags[attribute.words])
        elif attribute.entity in only_required:
            attribute = replace(attribute, required=False)
        flagged.append(attribute)
    return flagged


def _read_sentence(
    words: list[str], requirement_id: str, vocabulary: EntityVocabulary, promote: bool, facts: StatementFacts
) -> None:
    mentions = vocabulary.mentions(words)
    for mention in mentions:
        for start in _enumeration_starts(words, mention):
            items = _enumeration(words, start)
            _record_items(mention.entity, items, requirement_id, vocabulary, promote, facts)
        _record_attribute_of(words, mention, requirement_id, facts)
        _record_enum_values(words, mention, mentions, requirement_id, facts)
    for first, second in zip(mentions, mentions[1:], strict=False):
        _record_link(words, first, second, mentions, requirement_id, facts)
    for start, entity in _for_each_starts(words, mentions):
        _record_items(entity, _enumeration(words, start), requirement_id, vocabulary, promote, facts)


def _enumeration_starts(words: list[str], mention: Mention) -> list[int]:
    """Where a list of the mentioned entity's attributes begins, if the sentence has one."""
    index = mention.end
    if index < len(words) and words[index] == "'s":
        return [index + 1]
    if index < len(words) and words[index] == "with":
        return [index + 1]
    if index < len(words) and words[index] in DETAIL_NOUNS:
        after = index + 1
        if after < len(words) and (words[after] in DETAIL_VERBS or words[after] == ":"):
            return [after + 1 + (after + 1 < len(words) and words[after + 1] == "of")]
    while index < len(words) and words[index] in _SUBJECT_FILLERS:
        index += 1
    for phrase in HAS_PHRASES:
        if tuple(words[index : index + len(phrase)]) == phrase:
            return [index + len(phrase)]
    if index < len(words) and words[index] in HAS_VERBS:
        following = words[index + 1] if index + 1 < len(words) else ""
        if following not in {"to", "been", "be", "no", "not"}:
            return [index + 1]
    return []


def _for_each_starts(words: list[str], mentions: list[Mention]) -> list[tuple[int, str]]:
    """ "For each customer, the system stores ...": the list after the storing verb."""
    starts = []
    for mention in mentions:
        if mention.start >= 2 and words[mention.start - 2] == "for" and words[mention.start - 1] in {"each", "every"}:
            for index in range(mention.end, min(len(words), mention.end + 6)):
                if words[index] in STORE_VERBS:
                    starts.append((index + 1, mention.entity))
                    break
    return starts


def _enumeration(words: list[str], start: int) -> list[_Item]:
    """Split "a date, a time slot (optional) and a status" into items; stop at the clause's end."""
    items: list[_Item] = []
    current = _Item()
    closed = False  # a preposition ended the current item; skip words until the next separator
    index = start
    while index < len(words):
        word = words[index]
        if word == "(":
            end = words.index(")", index) if ")" in words[index:] else len(words)
            _apply_parenthesis(current, words[index + 1 : end])
            index = end + 1
            continue
        if word in LIST_SEPARATORS or word == "as" and words[index : index + 3] == ["as", "well", "as"]:
            items.append(current)
            # ", optionally, its microchip number": a flag standing alone applies to the next item
            carried = _Item(required=current.required, unique=current.unique) if not current.words else _Item()
            current, closed = carried, False
            index += 3 if word == "as" else 1
            continue
        if word in _ENUMERATION_STOPPERS or word in META_VERBS:
            break
        phrase_length = _many_phrase_length(words, index) if not current.words else 0
        if phrase_length:
            current.many = True
            index += phrase_length
            continue
        if not closed:
            closed = _add_word(current, words, index)
        index += 1
    items.append(current)
    return [item for item in items if _plausible(item)]


def _add_word(item: _Item, words: list[str], index: int) -> bool:
    """Add one word to an item; answer whether it closed the item."""
    word = words[index]
    if not item.words:
        if word in MANY_QUANTIFIERS:
            item.many = True
            return False
        if word in ("optional", "optionally"):
            item.required = False
            return False
        if word in {"required", "mandatory"}:
            item.required = True
            return False
        if word == "unique":
            item.unique = True
            return False
        if word in DETERMINERS or word.isdigit() or word in {"'s", "of"}:
            return False
    if word == "of" and index + 1 < len(words) and words[index + 1] not in DETERMINERS and len(item.words) <= 2:
        item.words.append(word)
        return False
    if word in PHRASE_BREAKERS or not word[0].isalnum() or word.isdigit():
        return True  # "contact details 12 months after ...": a number ends the name
    item.words.append(word)
    return False


def _many_phrase_length(words: list[str], index: int) -> int:
    for phrase in MANY_PHRASES:
        if tuple(words[index : index + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _apply_parenthesis(item: _Item, inside: list[str]) -> None:
    content = [word for word in inside if word not in DETERMINERS]
    if content in (["optional"], ["not", "required"]):
        item.required = False
    elif content in (["required"], ["mandatory"]):
        item.required = True
    elif content == ["unique"]:
        item.unique = True
    else:
        values, current = [], []
        for word in [*content, ","]:
            if word in LIST_SEPARATORS or word in {"e", "g", "eg", "etc", "."}:
                if current and len(current) <= 3:
                    values.append("_".join(current))
                current = []
            elif word[0].isalnum():
                current.append(word.replace("-", "_"))
        if len(values) >= 2:
            item.values.extend(values)


def _plausible(item: _Item) -> bool:
    if not item.words or len(item.words) > MAX_ATTRIBUTE_WORDS:
        return False
    if item.words[-1] == "of":
        item.words.pop()
        return _plausible(item)
    return item.words[0] not in NON_ENTITY_ITEMS and not item.words[0].isdigit()


def _record_items(
    entity: str,
    items: list[_Item],
    requirement_id: str,
    vocabulary: EntityVocabulary,
    promote: bool,
    facts: StatementFacts,
) -> None:
    for item in items:
        target = _entity_of_item(item, vocabulary)
        if target is None and item.many and promote:
            target = vocabulary.add(" ".join(item.words), requirement_id)
        if target is not None:
            if target == entity:
                continue  # a self-reference needs a role name ("parent") nobody stated
            plural = item.many or _ends_in_plural(item, vocabulary)
            if plural:
                facts.relations.append(RelationFact(one=entity, many=target, requirement_id=requirement_id))
            else:
                facts.relations.append(RelationFact(one=target, many=entity, requirement_id=requirement_id))
            continue
        facts.attributes.append(
            AttributeFact(
                entity=entity,
                words=tuple(item.words),
                requirement_id=requirement_id,
                required=item.required is not False,
                unique=item.unique,
                values=tuple(item.values),
            )
        )


def _entity_of_item(item: _Item, vocabulary: EntityVocabulary) -> str | None:
    """The entity an item names, allowing adjectives before it ("assigned vet")."""
    mentions = vocabulary.mentions(item.words)
    if mentions and mentions[-1].end == len(item.words):
        return mentions[-1].entity
    return None


def _ends_in_plural(item: _Item, vocabulary: EntityVocabulary) -> bool:
    mentions = vocabulary.mentions(item.words)
    return bool(mentions) and mentions[-1].plural


def _record_attribute_of(words: list[str], mention: Mention, requirement_id: str, facts: StatementFacts) -> None:
    """ "the start date of the booking" → Booking.start_date, for words that are typical attributes."""
    index = mention.start - 1
    while index >= 0 and words[index] in DETERMINERS:
        index -= 1
    if index < 1 or words[index] != "of" or words[index - 1] not in ATTRIBUTE_HEADS:
        return
    head_words = [words[index - 1]]
    modifier = words[index - 2] if index >= 2 else ""
    ignorable = DETERMINERS | PHRASE_BREAKERS | KNOWN_VERBS | MODAL_TRIGGERS | META_VERBS | LIST_SEPARATORS
    if modifier and modifier[0].isalpha() and modifier not in ignorable:
        head_words.insert(0, modifier)
    facts.attributes.append(
        AttributeFact(entity=mention.entity, words=tuple(head_words), requirement_id=requirement_id)
    )


def _record_enum_values(
    words: list[str], mention: Mention, mentions: list[Mention], requirement_id: str, facts: StatementFacts
) -> None:
    """ "the status of a booking can be pending, confirmed or cancelled" → enum values."""
    head_index = _enum_head_for(words, mention, mentions)
    if head_index is None:
        return
    index = head_index + 1
    if index < len(words) and words[index] == "of":  # skip "of the booking"
        index = mention.end if mention.start > head_index else index
    for introducer in sorted(_VALUE_INTRODUCERS, key=len, reverse=True):
        if tuple(words[index : index + len(introducer)]) == introducer:
            index += len(introducer)
            break
    else:
        if index < len(words) and words[index] == ":":
            index += 1
        else:
            return
    values, current = [], []
    for word in words[index:]:
        if word in LIST_SEPARATORS:
            if current:
                values.append("_".join(current))
            current = []
        elif word in CLAUSE_BREAKERS or word in PHRASE_BREAKERS or not word[0].isalnum() or len(current) >= 3:
            break
        elif word not in DETERMINERS:
            current.append(word.replace("-", "_"))
    if current:
        values.append("_".join(current))
    if len(values) >= 2:
        facts.attributes.append(
            AttributeFact(
                entity=mention.entity,
                words=(words[head_index],),
                requirement_id=requirement_id,
                values=tuple(values),
            )
        )


def _enum_head_for(words: list[str], mention: Mention, mentions: list[Mention]) -> int | None:
    # "the booking's status ..." / "booking status ..." / "the status of the booking ..."
    after = mention.end + (mention.end < len(words) and words[mention.end] == "'s")
    if after < len(words) and words[after] in _ENUM_HEADS:
        return after
    before = mention.start - 1
    while before >= 0 and words[before] in DETERMINERS:
        before -= 1
    if before >= 1 and words[before] == "of" and words[before - 1] in _ENUM_HEADS:
        return before - 1
    return None


def _record_link(
    words: list[str],
    first: Mention,
    second: Mention,
    mentions: list[Mention],
    requirement_id: str,
    facts: StatementFacts,
) -> None:
    """ "a booking belongs to a customer", "invoices are issued for bookings", "a booking for a pet"."""
    if first.entity == second.entity:
        return
    gap = words[first.end : second.start]
    while gap and gap[0] in _SUBJECT_FILLERS | {"is", "are", "be", "been"}:
        gap = gap[1:]
    many_to_many = False
    while gap and (gap[-1] in DETERMINERS or gap[-1] in MANY_QUANTIFIERS or gap[-1] in {"more", "or"}):
        many_to_many = many_to_many or gap[-1] in MANY_QUANTIFIERS or gap[-1] == "more"
        gap = gap[:-1]
    if not _is_link(gap):
        return
    many = first.entity
    if gap == ["for"] and not _is_subject_or_created(words, first):
        # "book an appointment with a vet for a pet": the pet goes with the appointment
        owner = _owner_of_with_phrase(words, first, mentions)
        if owner is None or owner.entity == second.entity:
            return
        many = owner.entity
    many_to_many = many_to_many or (first.plural and second.plural and gap[0] in {"belong", "belongs"})
    facts.relations.append(
        RelationFact(one=second.entity, many=many, requirement_id=requirement_id, many_to_many=many_to_many)
    )


def _is_subject_or_created(words: list[str], mention: Mention) -> bool:
    """The subject, what is created, or what is asked for ("the one thing I'd like is a deposit")."""
    index = mention.start - 1
    while index >= 0 and words[index] in DETERMINERS:
        index -= 1
    return index < 0 or words[index] in CRUD_VERBS["create"] or words[index] in {"is", "are"}


def _owner_of_with_phrase(words: list[str], mention: Mention, mentions: list[Mention]) -> Mention | None:
    index = mention.start - 1
    while index >= 0 and words[index] in DETERMINERS:
        index -= 1
    if index < 1 or words[index] != "with":
        return None
    return next((other for other in mentions if other.end == index), None)


def _record_ownership(
    words: list[str], mentions: list[Mention], owner: str | None, requirement_id: str, facts: StatementFacts
) -> None:
    """ "customers can view their appointments": the actor, when it is also an entity, owns them."""
    if owner is None:
        return
    for mention in mentions:
        index = mention.start - 1
        while index >= 0 and words[index] in DETERMINERS and words[index] not in _POSSESSIVES:
            index -= 1  # "their upcoming appointments"
        if mention.entity != owner and index >= 0 and words[index] in _POSSESSIVES:
            facts.relations.append(RelationFact(one=owner, many=mention.entity, requirement_id=requirement_id))


def _is_link(gap: list[str]) -> bool:
    if gap in (["for"], ["references"], ["belongs", "to"], ["belong", "to"], ["refers", "to"], ["refer", "to"]):
        return True
    return len(gap) == 2 and gap[0] in LINK_PARTICIPLES and gap[1] in LINK_PREPOSITIONS
