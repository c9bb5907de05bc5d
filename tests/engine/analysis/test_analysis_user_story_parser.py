"""The user-story parser behind actors, titles and the user-story benchmark."""

from autoagi.engine.analysis.user_story import parse_user_story, persona_name


def _texts(text, spans):
    return [text[a:b] for a, b in spans]


def test_persona_actions_entities_and_benefit():
    text = "As a Data Publishing User, I want to be able to edit a dataset, so that I can correct or enhance existing data."
    story = parse_user_story(text)
    assert text[slice(*story.persona)] == "Data Publishing User"
    assert _texts(text, story.actions) == ["edit", "correct", "enhance"]
    assert "dataset" in _texts(text, story.entities)
    assert "existing data" in _texts(text, story.entities)
    assert text[slice(*story.benefit)].startswith("I can correct")


def test_phrasal_and_passive_actions():
    text = "As an editor, I want to set up alerts so that I can be notified about new comments."
    story = parse_user_story(text)
    assert _texts(text, story.actions) == ["set up", "be notified"]


def test_not_a_story():
    assert parse_user_story("The system shall print receipts.") is None
    assert persona_name("The system shall print receipts.") is None
    assert persona_name("As an Administrator, I want to lock accounts.") == "Administrator"
