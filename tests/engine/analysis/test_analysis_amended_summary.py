"""A reply that takes one point off the notes put to the client ("> So far I have: …" / "Thinking
about it more, forget the photo feed for now") leaves the other points standing as agreed; the
point taken off is out of scope, with the reason given."""

from autoagi.engine.analysis import analyze
from autoagi.engine.ingest import ingest
from autoagi.engine.read_back import takes_off

_THREAD = """From: Nina Ross <nina@kennels.example>
To: Ola <ola@studio.example>
Subject: Re: Kennels app
Date: Fri, 27 Nov 2026 08:15:00 +0000
Content-Type: text/plain; charset=utf-8

Hi Ola,

Thinking about it more, forget the webcam for now, the wifi in the kennels is too patchy. But the stay diary is a must: meals, walks, any vet visits.

Nina

On Thu, 26 Nov 2026 at 17:40, Ola <ola@studio.example> wrote:
> So far I have:
> - owners book and pay for stays online
> - a webcam so owners can watch their dog
> - vaccination records checked before the first stay
> Anything to add or change?
"""


def test_the_points_not_taken_off_stand(check_sources):
    result = analyze([ingest(_THREAD.encode(), "reply.eml")])
    check_sources(result)
    by_statement = {r.statement: r for r in result.requirements}
    assert list(by_statement) == [
        "The webcam is out of scope for now.",
        "The system must provide a stay diary: meals, walks, any vet visits.",
        "Owners should be able to book and pay for stays online.",
        "Vaccination records should be checked before the first stay.",
    ]
    assert by_statement["The webcam is out of scope for now."].rationale == "The wifi in the kennels is too patchy"
    agreed = by_statement["Owners should be able to book and pay for stays online."]
    assert [s.quote for s in agreed.sources] == [
        "owners book and pay for stays online",
        "Thinking about it more, forget the webcam for now, the wifi in the kennels is too patchy.",
    ]


def test_what_takes_a_point_off():
    assert takes_off("Actually, drop the loyalty scheme.")
    assert takes_off("Hi Ola, forget the webcam for now")
    assert not takes_off("Forget it, we'll phone you.")
    assert not takes_off("Don't forget the deposit.")
