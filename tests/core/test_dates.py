"""Dates and times in files: every real date is accepted and shown, every date off the calendar refused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from annotator.core.annotations import readable_time
from annotator.core.dates import date_time_problem

offsets = st.integers(min_value=-(23 * 60 + 59), max_value=23 * 60 + 59).map(lambda m: timezone(timedelta(minutes=m)))
moments = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31, 23, 59, 59),
                       timezones=st.one_of(st.none(), offsets, st.just(UTC)))


@given(moment=moments, fraction=st.booleans())
def test_every_real_date_is_accepted_and_shown(moment: datetime, fraction: bool) -> None:
    """A real date near year 1 or 9999 at any offset stopped `review` and `grade --report` (OverflowError)."""
    stamp = moment.isoformat(timespec="microseconds" if fraction else "seconds")
    assert date_time_problem(stamp) == ""
    shown = readable_time(stamp)
    assert shown and shown != stamp
    assert readable_time(stamp, "%d %b %H:%M")


@given(year=st.integers(1, 9999), month=st.integers(0, 99), day=st.integers(0, 99), hour=st.integers(0, 99),
       minute=st.integers(0, 99))
def test_a_date_that_is_not_on_the_calendar_is_refused(year: int, month: int, day: int, hour: int, minute: int) -> None:
    """`check` accepted 2024-13-45T99:99:99Z as the moment a student began."""
    stamp = f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00Z"
    try:
        datetime(year, month, day, hour, minute)
    except ValueError:
        assert date_time_problem(stamp).startswith("is not a real date and time")
    else:
        assert date_time_problem(stamp) == ""
