"""Plain rows for the team's statistics (``partnerdesk.core.stats``): no names, no notes.

Only the columns the counts need are read: the date, a person's number (to count persons
once), chosen city ids and next-step flags of each talk; date, city and funding of each stay.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from partnerdesk.core.stats import StayRow, TalkRow
from partnerdesk.store import models as m


def stats_rows(sessions: sessionmaker[Session]) -> tuple[list[TalkRow], list[StayRow]]:
    talk, step, stay = m.CounsellingSession, m.NextStep, m.Stay
    with sessions() as session:
        steps: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        for session_id, done in session.execute(select(step.session_id, step.done)).all():
            steps[session_id][1 if done else 0] += 1
        talks = [
            TalkRow(
                held_on=held_on,
                apprentice_id=apprentice_id,
                chosen_cities=tuple(dict.fromkeys(str(c) for c in chosen or ())),
                steps_open=steps[talk_id][0],
                steps_done=steps[talk_id][1],
            )
            for talk_id, held_on, apprentice_id, chosen in session.execute(
                select(talk.id, talk.held_on, talk.apprentice_id, talk.chosen_cities)
            ).all()
        ]
        stays = [
            StayRow(start=start, city_id=city, funding=funding)
            for start, city, funding in session.execute(
                select(stay.start_date, stay.city_id, stay.funding)
            ).all()
        ]
    return talks, stays
