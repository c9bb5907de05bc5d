"""A business's FAQ: the rules its customers live by today, which the new system has to keep."""

import pytest

from autoagi.engine.analysis import analyze
from autoagi.engine.analysis.faq import faq_statement
from autoagi.engine.ingest import ingest

_FAQ = """# FAQ – Harbour Yoga

**Can I cancel a class?**
Yes, up to 12 hours before the class starts. After that the class is lost.

**Can I bring a friend?**
Yes – guest passes cost £8 and can be bought at the desk.

**Do class packs expire?**
5-class packs expire after 3 months, 10-class packs after 6 months.

**What should I bring?**
Just water. We have mats.

**Can I pay by direct debit?**
Not yet, sorry – card or cash only.
"""


def test_an_faq_gives_the_rules_customers_live_by(check_sources):
    result = analyze([ingest(_FAQ.encode(), "faq.md")])
    check_sources(result)
    got = [(r.statement, r.priority) for r in result.requirements]
    assert got == [
        ("Customers should be able to cancel a class up to 12 hours before the class starts.", "should"),
        ("Customers should be able to bring a friend: guest passes cost £8 and can be bought at the desk.", "should"),
        ("5-class packs should expire after 3 months, 10-class packs after 6 months.", "should"),
        ("Paying by direct debit is out of scope for now: card or cash only.", "wont"),
    ]  # "What should I bring?" asks about the customer, not the product
    cancel = result.requirements[0]
    assert cancel.sources[0].quote == "Can I cancel a class?\nYes, up to 12 hours before the class starts."


def test_an_faq_that_names_its_askers_speaks_of_them():
    faq = (
        "# FAQ\n\n**Can I freeze my membership?**\nYes, members can freeze it for up to 3 months.\n\n"
        "**Can I bring a friend?**\nYes. Guest passes are £8; members get two a month.\n"
    )
    result = analyze([ingest(faq.encode(), "faq.md")])
    assert [r.statement for r in result.requirements][:2] == [
        "Members should be able to freeze their membership: members can freeze it for up to 3 months.",
        "Members should be able to bring a friend.",  # the answer's first sentence: "Yes."
    ]
    assert result.requirements[0].actors == ["member"]


@pytest.mark.parametrize(
    ("question", "answer", "statement"),
    [
        ("Can I book for my daughter?", "Yes.", "Customers should be able to book for their daughter."),
        ("Does the membership renew automatically?", "It renews every month until you cancel.",
         "The membership should renew every month until you cancel."),
        ("How long is a class?", "Classes last 60 minutes.", "Classes should last 60 minutes."),
        ("Do you offer refunds?", "Refunds are given within 14 days of purchase.",
         "Refunds should be given within 14 days of purchase."),
        ("Can I freeze my membership?", "No, but you can cancel at any time.",
         "Freezing their membership is out of scope: you can cancel at any time."),
        ("Is there parking?", "Yes, behind the studio.", None),  # about the place, not the product
        ("What should I bring?", "Just water.", None),
    ],
)  # fmt: skip
def test_faq_statement(question, answer, statement):
    assert faq_statement(question, answer) == statement
