"""English singular/plural for lower-case ASCII nouns, tuned for business-domain vocabulary."""

from __future__ import annotations

from autoagi.engine.design.text import word_set

_IRREGULAR_PLURALS = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "mouse": "mice",
    "tooth": "teeth",
    "foot": "feet",
    "goose": "geese",
    "criterion": "criteria",
    "phenomenon": "phenomena",
    "analysis": "analyses",
    "diagnosis": "diagnoses",
    "thesis": "theses",
    "crisis": "crises",
    "basis": "bases",
    "axis": "axes",
    "index": "indexes",
    "appendix": "appendices",
    "matrix": "matrices",
    "vertex": "vertices",
    "knife": "knives",
    "life": "lives",
    "wife": "wives",
    "half": "halves",
    "shelf": "shelves",
    "wolf": "wolves",
    "thief": "thieves",
    "calf": "calves",
    "loaf": "loaves",
    "hero": "heroes",
    "potato": "potatoes",
    "tomato": "tomatoes",
    "echo": "echoes",
    "veto": "vetoes",
    "quiz": "quizzes",
}
_IRREGULAR_SINGULARS = {plural: singular for singular, plural in _IRREGULAR_PLURALS.items()}
_IRREGULAR_SINGULARS.update({"indices": "index", "leaves": "leave", "data": "data", "media": "media"})

# Nouns with no distinct plural.
_UNCOUNTABLE = word_set("""
    information equipment news series species staff feedback software hardware data metadata media
    sms gps os ios https http kudos chassis personnel inventory furniture luggage baggage research
    advice evidence insurance money
    """)
# Singular nouns that end in "s" and must not lose it.
_SINGULAR_IN_S = word_set("""
    status address class business access bus gas analysis basis diagnosis canvas campus virus bonus
    census process boss glass loss pass success progress stress radius alias atlas iris lens
    corpus focus apparatus syllabus prospectus bias
    """)
_IE_PLURALS = word_set("movies cookies zombies calories pies ties lies selfies rookies goalies sorties prairies")
_CHES_TO_CHE = word_set("caches niches headaches avalanches moustaches psyches")
_US_STEMS = word_set("status bus bonus virus campus census corpus focus apparatus syllabus prospectus")
_AS_STEMS = word_set("alias canvas bias atlas gas")


def singularize(word: str) -> str:
    if len(word) <= 2 or word in _UNCOUNTABLE or word in _SINGULAR_IN_S:
        return word
    if word in _IRREGULAR_SINGULARS:
        return _IRREGULAR_SINGULARS[word]
    if word in _IE_PLURALS:
        return word[:-1]
    if word in _CHES_TO_CHE:
        return word[:-1]
    if word.endswith("yses"):
        return word[:-2] + "is"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return word[:-2]
    if word.endswith("uses"):
        return word[:-2] if word[:-2] in _US_STEMS else word[:-1]
    if word.endswith("ases"):
        return word[:-2] if word[:-2] in _AS_STEMS else word[:-1]
    if word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("s"):
        return word[:-1]
    return word


def pluralize(word: str) -> str:
    if not word or word in _UNCOUNTABLE:
        return word
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def singularize_phrase(words: list[str]) -> list[str]:
    """Only the head (last word) of a noun phrase inflects: "time slots" → "time slot"."""
    return [*words[:-1], singularize(words[-1])] if words else []


def pluralize_phrase(words: list[str]) -> list[str]:
    return [*words[:-1], pluralize(words[-1])] if words else []
