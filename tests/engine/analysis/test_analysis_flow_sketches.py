"""A flow sketched as steps joined by arrows ("books online → confirmation email → …") gives one
requirement per step; a lettered list under "here is what we'd need:" gives one per item; a
"P.S." is no part of what is asked."""

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.units import iter_units
from autoagi.engine.ingest import ingest


def _read(text: str, name: str):
    return analyze([ingest(text.encode(), name)])


def test_each_step_of_a_sketched_flow(check_sources):
    text = (
        "The flow we agreed in the workshop:\n\n"
        "patient books online → confirmation email → reminder text the day before → check-in at reception\n"
    )
    result = _read(text, "flow.txt")
    check_sources(result)
    assert [r.statement for r in result.requirements] == [
        "Patients should be able to book online.",
        "The system should send a confirmation email.",
        "The system should send a reminder text the day before.",
        "Patients should be able to check in at reception.",
    ]
    assert [r.sources[0].quote for r in result.requirements][1] == "confirmation email"


def test_a_lettered_list_after_a_lead_in():
    text = (
        "Hi Sam,\n\nAs discussed, here is what we'd need:\n\n"
        "a) online booking for the studio\n"
        "b) members can see the class list\n"
        "c) invoices go out automatically every month\n"
        "d) a receipt sent by email after each payment\n\n"
        "P.S. the teachers should see who has paid.\n\nThanks,\nAli\n"
    )
    assert [r.statement for r in _read(text, "mail.txt").requirements] == [
        "The system should support online booking for the studio.",
        "Members should be able to see the class list.",
        "Invoices should go out automatically every month.",
        "A receipt should be sent by email after each payment.",
        "The teachers should see who has paid.",
    ]


def test_a_line_with_one_arrow_is_no_flow():
    one = ingest(b"Notes:\n\nold price list -> new price list\n", "notes.txt")
    assert [u.text for u in iter_units(one)][-1] == "old price list -> new price list"
    three = ingest(b"Notes:\n\nbasket -> payment -> receipt\n", "notes.txt")
    assert [u.text for u in iter_units(three)][-3:] == ["basket", "payment", "receipt"]
