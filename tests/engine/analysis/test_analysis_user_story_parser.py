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


def test_wanting_a_thing_makes_want_the_first_action():
    text = "As an agency user, I want a landing page to navigate to the reports, so that I can access both sites."
    story = parse_user_story(text)
    assert _texts(text, story.actions) == ["want", "navigate", "access"]
    assert "landing page" in _texts(text, story.entities)


def test_a_benefit_opening_with_its_subject_does_not_make_the_subject_an_action():
    text = "As an administrator, I want to upload consent forms, so that campers can easily access the forms."
    assert _texts(text, parse_user_story(text).actions) == ["upload", "easily access"]


def test_a_capitalised_name_after_to_is_not_a_verb():
    text = "As a staff member, I want to send a response to Applicant, so that I can close the case."
    assert _texts(text, parse_user_story(text).actions) == ["send", "close"]


def test_adverbial_idioms_are_not_entities():
    text = "As a trainer, I want to delete a course in seconds, so that it is no longer listed in case I cancel."
    entities = _texts(text, parse_user_story(text).entities)
    assert "course" in entities
    assert not {"seconds", "longer", "case"} & set(entities)
