"""Unicode, hostile and odd input: no crash, offsets stay exact, nothing is executed or altered."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from autoagi.engine.analysis import analyze
from autoagi.engine.artifacts import Document


def test_unicode_text_keeps_exact_offsets(make_doc, check_sources):
    text = (
        "Café owners — «naïve» users — want receipts. 🍰\n"
        "Das System shall show prices in € and ¥ for Zoë’s shop.\n"
        "The system shall greet users with “Grüß Gott” or 你好.\n"
    )
    result = analyze([make_doc(text)])
    check_sources(result)
    assert any("€" in r.statement for r in result.requirements)
    assert any("你好" in r.sources[0].quote for r in result.requirements)


def test_accented_words_stay_whole(make_doc):
    result = analyze([make_doc("The café needs a menu page for Zoë’s crèche in München.\n")])
    entities = result.requirements[0].entities
    assert "café" in entities and "münchen" in entities
    assert not {"caf", "zo", "m", "nchen"} & set(entities)


def test_html_and_script_text_is_treated_as_plain_text(make_doc, check_sources):
    text = '<p onclick="alert(1)">The system shall show <b>bold</b> prices.</p><script>alert("x")</script>\n'
    result = analyze([make_doc(text)])
    check_sources(result)
    assert result.requirements[0].sources[0].quote.count("<b>") == 1


def test_sql_and_quotes(make_doc, check_sources):
    text = (
        "The system shall reject input like '; DROP TABLE users; -- at login.\n"
        'The system shall store the "customer\'s" name with `backticks` and \\ backslashes.\n'
        "Robert'); DELETE FROM orders WHERE 1=1; -- must not break anything.\n"
    )
    result = analyze([make_doc(text)])
    check_sources(result)
    assert len(result.requirements) >= 2


def test_control_characters_crlf_and_tabs(make_doc, check_sources):
    text = "The system shall print receipts.\r\n\tThe system shall\x00 log errors.\r\n\x0cThe system shall beep."
    doc = Document(id="d", name="d", media_type="text/plain", sha256="0" * 64, text=text)
    result = analyze([doc])
    check_sources(result)
    assert len(result.requirements) == 3


def test_very_long_line_without_punctuation(make_doc, check_sources):
    text = "The system shall " + "keep " * 20000 + "records"
    result = analyze([make_doc(text)])
    check_sources(result)
    assert len(result.requirements) == 1


def test_overlapping_or_out_of_range_segments_are_tolerated(check_sources):
    from autoagi.engine.artifacts import Segment

    text = "The system shall print receipts. The system shall log errors."
    segments = [Segment(id="a", start=0, end=40), Segment(id="b", start=20, end=500), Segment(id="c", start=90, end=95)]
    doc = Document(id="d", name="d", media_type="text/plain", sha256="0" * 64, text=text, segments=segments)
    result = analyze([doc])
    check_sources(result)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "The system shall print receipts.",
                    "We'd like the app to send reminders, etc.",
                    "As a clerk, I want to scan parcels so that I can ship them.",
                    "It has to be fast if possible.",
                    "Decision: we agreed to use Stripe.",
                    "- FR-2: The portal must export CSV and send it by e-mail.",
                    "",
                    "   ",
                ]
            ),
            st.text(max_size=40),
        ),
        max_size=12,
    )
)
def test_offsets_always_match_quotes(lines):
    text = "\n".join(lines)
    doc = Document(id="h", name="h", media_type="text/plain", sha256="0" * 64, text=text)
    result = analyze([doc])
    for req in result.requirements:
        for src in req.sources:
            assert text[src.start : src.end] == src.quote
        assert req.statement.strip()
    assert [r.id for r in result.requirements] == [f"REQ-{i:03d}" for i in range(1, len(result.requirements) + 1)]


def test_a_run_on_statement_full_of_pronouns_is_linted_to_the_end(make_doc, check_sources):
    # no full stop in 40 KB, a pronoun in every clause (what a PDF without punctuation can give);
    # benchmarks/bench_analysis_speed.py times it, this checks the findings are all there
    items = " ".join(f"the file{i} and the record{i} when it changes," for i in range(800))
    doc = make_doc(f"The system shall store {items} and keep them.")
    result = analyze([doc])
    check_sources(result)
    pronouns = [f for r in result.requirements for f in r.findings if f.rule == "unclear_pronoun"]
    assert len(pronouns) >= 800
    assert all(doc.text[f.start : f.end] in {"it", "them"} for f in pronouns)
