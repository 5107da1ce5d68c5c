"""The kiosk take-away text: answers only, round trip, precise errors."""

from __future__ import annotations

import pytest

from partnerdesk.core.domain import Profile
from partnerdesk.core.takeaway import TakeawayError, decode, encode, looks_like_takeaway

PROFILE = Profile(
    interests={"kultur": 3, "jugend": 2, "sport": 0},
    languages={"de": "native", "en": "B2", "fr": "A2"},
    weeks=6,
    abroad_only=True,
    independence=2,
    structure_importance=0,
)


def test_round_trip_and_content() -> None:
    text = encode(PROFILE)
    assert text == "PD1|i:jugend=2,kultur=3|l:en=B2,fr=A2|w:6|a:1|u:2|s:0"
    assert looks_like_takeaway(text) and looks_like_takeaway(" pd1|i:")
    assert decode(text) == Profile(
        interests={"jugend": 2, "kultur": 3},
        languages={"de": "native", "en": "B2", "fr": "A2"},
        weeks=6,
        abroad_only=True,
        independence=2,
        structure_importance=0,
    )
    assert decode(encode(Profile())) == Profile()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("ABCD-EFGH", "not a PartnerDesk take-away"),
        ("PD1|i:kultur=4", "interest kultur='4'"),
        ("PD1|i:fussball=2", "interest fussball"),
        ("PD1|l:fr=Z9", "language fr='Z9'"),
        ("PD1|w:99", "w:'99': expected 0-52"),
        ("PD1|x:1", "'x:1': unknown part"),
        ("PD1|i:kultur", "interests: 'kultur' is not KEY=VALUE"),
    ],
)
def test_bad_text_names_the_part(text: str, message: str) -> None:
    with pytest.raises(TakeawayError, match=message.replace("(", r"\(")):
        decode(text)
