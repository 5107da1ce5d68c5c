"""Item 13: expired handovers go at every new handover (as docs/privacy.md says), not only
when the advisor app starts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from partnerdesk.core.domain import Profile
from partnerdesk.store import models as m
from partnerdesk.store.handovers import HandoverRepository


def test_a_new_handover_purges_the_expired_ones(store) -> None:
    handovers = HandoverRepository(store.sessions)
    long_ago = datetime.now(UTC) - timedelta(days=30)
    old_code, _ = handovers.create(Profile(), {}, days=14, now=long_ago)
    new_code, _ = handovers.create(Profile(), {}, days=14)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(m.Handover)) == 1
    assert handovers.fetch(new_code) is not None
    assert handovers.fetch(old_code, now=long_ago + timedelta(days=1)) is None  # row gone
