"""Quiet hours in the patient's zone: wrap midnight, survive DST, never shrink."""

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from messaging.quiet_hours import in_quiet_hours, next_allowed, quiet_starts_at

NY = "America/New_York"
ZONES = [
    "America/New_York",
    "America/Phoenix",
    "Europe/London",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Pacific/Chatham",
]


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


@pytest.mark.parametrize(
    ("instant", "quiet"),
    [
        ("2026-06-02T00:59:59", False),  # 20:59:59 EDT
        ("2026-06-02T01:00:00", True),  # 21:00 EDT
        ("2026-06-02T04:00:00", True),  # midnight
        ("2026-06-02T11:59:59", True),  # 07:59:59
        ("2026-06-02T12:00:00", False),  # 08:00
    ],
)
def test_default_window_is_21_to_8_local_and_wraps_midnight(instant: str, quiet: bool) -> None:
    assert in_quiet_hours(utc(instant), NY) is quiet


def test_a_window_inside_one_day_does_not_wrap() -> None:
    lunch = {"start": time(12, 0), "end": time(13, 0)}
    assert in_quiet_hours(utc("2026-06-01T16:30:00"), NY, **lunch)  # 12:30 EDT
    assert not in_quiet_hours(utc("2026-06-01T04:00:00"), NY, **lunch)  # midnight


def test_outside_quiet_hours_next_allowed_is_now() -> None:
    now = utc("2026-06-01T15:00:00.123456")
    assert next_allowed(now, NY) == now


def test_next_allowed_is_8_local_on_the_spring_forward_morning() -> None:
    # 01:00 EST on 8 March 2026; clocks jump to EDT at 02:00, so 08:00 is 12:00 UTC.
    assert next_allowed(utc("2026-03-08T06:00:00"), NY) == utc("2026-03-08T12:00:00")


def test_next_allowed_is_8_local_on_the_fall_back_morning() -> None:
    # 01:30 EDT (first pass) on 1 November 2026; 08:00 EST is 13:00 UTC.
    assert next_allowed(utc("2026-11-01T05:30:00"), NY) == utc("2026-11-01T13:00:00")


def test_an_end_time_that_never_happens_ends_when_the_clocks_jump() -> None:
    window = {"start": time(21, 0), "end": time(2, 30)}
    jump = utc("2026-03-08T07:00:00")  # 02:00 EST becomes 03:00 EDT
    assert in_quiet_hours(jump - timedelta(seconds=1), NY, **window)
    assert not in_quiet_hours(jump, NY, **window)
    assert next_allowed(utc("2026-03-08T05:00:00"), NY, **window) == jump


def test_a_repeated_end_time_ends_at_its_second_occurrence() -> None:
    window = {"start": time(21, 0), "end": time(1, 30)}
    # 01:45 EDT falls between the two 01:30s: the repeated hour must not reopen sending.
    assert in_quiet_hours(utc("2026-11-01T05:45:00"), NY, **window)
    assert next_allowed(utc("2026-11-01T04:00:00"), NY, **window) == utc("2026-11-01T06:30:00")


def test_a_repeated_start_time_starts_at_its_first_occurrence() -> None:
    window = {"start": time(1, 30), "end": time(8, 0)}
    assert quiet_starts_at(utc("2026-11-01T04:00:00"), NY, **window) == utc("2026-11-01T05:30:00")
    # 01:10 EST, the second pass through the hour: still quiet.
    assert in_quiet_hours(utc("2026-11-01T06:10:00"), NY, **window)


def test_a_start_time_that_never_happens_starts_when_the_clocks_jump() -> None:
    window = {"start": time(2, 30), "end": time(8, 0)}
    assert quiet_starts_at(utc("2026-03-08T03:00:00"), NY, **window) == utc("2026-03-08T07:00:00")


def test_lord_howe_half_hour_jump_ends_a_window_inside_the_gap() -> None:
    # 4 October 2026, 02:00 LHST (+10:30) becomes 02:30 LHDT (+11:00) at 15:30 UTC on the 3rd.
    window = {"start": time(21, 0), "end": time(2, 15)}
    tz = "Australia/Lord_Howe"
    assert next_allowed(utc("2026-10-03T14:00:00"), tz, **window) == utc("2026-10-03T15:30:00")


def test_quiet_starts_at_is_21_local_today_or_tomorrow() -> None:
    assert quiet_starts_at(utc("2026-06-01T15:00:00"), NY) == utc("2026-06-02T01:00:00")
    # Already quiet: the next start is tomorrow's.
    assert quiet_starts_at(utc("2026-06-02T02:00:00"), NY) == utc("2026-06-03T01:00:00")
    assert quiet_starts_at(utc("2026-06-01T15:00:00"), "Asia/Kolkata") == utc("2026-06-01T15:30:00")


def test_a_naive_datetime_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        in_quiet_hours(datetime(2026, 6, 1, 12), NY)


def test_a_window_of_zero_length_is_refused() -> None:
    with pytest.raises(ValueError, match="differ"):
        next_allowed(utc("2026-06-01T12:00:00"), NY, time(9, 0), time(9, 0))


def wall_clock_quiet(local: time, start: time, end: time) -> bool:
    """The naive reading of the window on the local clock, independent of the module."""
    return start <= local < end if start < end else (local >= start or local < end)


FIRST = utc("2026-01-01T00:00:00")
windows = st.one_of(
    st.just((time(21, 0), time(8, 0))),
    st.tuples(
        st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
        st.builds(time, st.integers(0, 23), st.sampled_from([0, 15, 30, 45])),
    ).filter(lambda w: w[0] != w[1]),
)


@settings(max_examples=300, deadline=None)
@given(
    tz=st.sampled_from(ZONES),
    offset=st.integers(0, 2 * 366 * 24 * 3600),
    window=windows,
)
def test_next_allowed_is_never_quiet_never_early_and_minimal(
    tz: str, offset: int, window: tuple[time, time]
) -> None:
    start, end = window
    now = FIRST + timedelta(seconds=offset)
    allowed = next_allowed(now, tz, start, end)

    assert allowed >= now
    assert not in_quiet_hours(allowed, tz, start, end)
    assert not wall_clock_quiet(allowed.astimezone(ZoneInfo(tz)).time(), start, end)
    if allowed > now:
        # Minimal: every earlier instant from now on is quiet.
        assert in_quiet_hours(allowed - timedelta(microseconds=1), tz, start, end)
        probe = now
        while probe < allowed:
            assert in_quiet_hours(probe, tz, start, end)
            probe += timedelta(minutes=10)


@settings(max_examples=200, deadline=None)
@given(tz=st.sampled_from(ZONES), offset=st.integers(0, 2 * 366 * 24 * 3600))
def test_a_text_valid_until_quiet_starts_at_can_never_arrive_in_quiet_hours(
    tz: str, offset: int
) -> None:
    now = next_allowed(FIRST + timedelta(seconds=offset), tz)
    deadline = quiet_starts_at(now, tz)

    assert now < deadline <= now + timedelta(days=1)
    assert in_quiet_hours(deadline, tz)
    probe = now
    while probe < deadline:
        assert not in_quiet_hours(probe, tz)
        assert not wall_clock_quiet(probe.astimezone(ZoneInfo(tz)).time(), time(21), time(8))
        probe += timedelta(minutes=10)
