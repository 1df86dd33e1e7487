"""Quiet hours in a patient's own time zone: when they are, when they end, when they next begin."""

from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

QUIET_START = time(21, 0)
QUIET_END = time(8, 0)

# Quiet hours are one unbroken stretch of real time per night, from the local start time to
# the local end time (the next day's when the window wraps midnight). DST is resolved so
# that quiet hours never shrink:
# - a start or end time that happens twice (clocks go back) starts at its first occurrence
#   and ends at its second, so the repeated hour cannot reopen a sending window;
# - a start or end time that never happens (clocks go forward) falls on the instant the
#   clocks jump, which is when the wall clock first passes it.


def _utc_of(day: date, at: time, tz: ZoneInfo, *, later: bool) -> datetime:
    """The UTC instant of a local wall time; `later` picks which of two occurrences."""
    naive = datetime.combine(day, at)
    first = naive.replace(tzinfo=tz, fold=0).astimezone(UTC)
    second = naive.replace(tzinfo=tz, fold=1).astimezone(UTC)
    if first == second:
        return first
    candidates = [u for u in (first, second) if u.astimezone(tz).replace(tzinfo=None) == naive]
    if candidates:
        return max(candidates) if later else min(candidates)
    return _transition_between(min(first, second), max(first, second), tz)


def _transition_between(lo: datetime, hi: datetime, tz: ZoneInfo) -> datetime:
    """The first instant in (lo, hi] with hi's UTC offset: the moment the clocks jumped."""
    lo_s, hi_s = int(lo.timestamp()), int(hi.timestamp())
    before = lo.astimezone(tz).utcoffset()
    # Transitions fall on whole seconds, so a bisection over seconds finds it exactly.
    while hi_s - lo_s > 1:
        mid = (lo_s + hi_s) // 2
        if datetime.fromtimestamp(mid, tz).utcoffset() == before:
            lo_s = mid
        else:
            hi_s = mid
    return datetime.fromtimestamp(hi_s, UTC)


Interval = tuple[datetime, datetime]


# A dispatcher pass asks about one instant for many patients who share a few zones and
# windows: the answer depends on nothing else, so it is worked out once.
@lru_cache(maxsize=4096)
def _nights(around: datetime, tz: ZoneInfo, start: time, end: time) -> tuple[Interval, ...]:
    """The quiet intervals [begin, end) in UTC that start on the local days around an instant."""
    if start == end:
        raise ValueError("quiet hours need a start and an end that differ")
    today = around.astimezone(tz).date()
    wraps = start > end
    nights = []
    for offset in (-1, 0, 1):
        day = today + timedelta(days=offset)
        end_day = day + timedelta(days=1) if wraps else day
        nights.append((_utc_of(day, start, tz, later=False), _utc_of(end_day, end, tz, later=True)))
    return tuple(nights)


def _check_aware(now_utc: datetime) -> None:
    if now_utc.tzinfo is None or now_utc.utcoffset() is None:
        raise ValueError("now_utc must be an aware datetime")


def in_quiet_hours(
    now_utc: datetime, tz_name: str, start: time = QUIET_START, end: time = QUIET_END
) -> bool:
    """Whether nothing may be started at this instant for someone living in `tz_name`."""
    _check_aware(now_utc)
    nights = _nights(now_utc, ZoneInfo(tz_name), start, end)
    return any(begin <= now_utc < finish for begin, finish in nights)


def next_allowed(
    now_utc: datetime, tz_name: str, start: time = QUIET_START, end: time = QUIET_END
) -> datetime:
    """The earliest UTC instant at or after now that is outside quiet hours."""
    _check_aware(now_utc)
    tz = ZoneInfo(tz_name)
    moment = now_utc.astimezone(UTC)
    # Two nights can only touch when the window is nearly a day long and DST shortens
    # the gap; a few hops cover that.
    for _ in range(4):
        nights = _nights(moment, tz, start, end)
        ends = [finish for begin, finish in nights if begin <= moment < finish]
        if not ends:
            return moment
        moment = max(ends)
    return moment


def quiet_starts_at(
    now_utc: datetime, tz_name: str, start: time = QUIET_START, end: time = QUIET_END
) -> datetime:
    """The next start of quiet hours strictly after now, in UTC: the latest a text may arrive."""
    _check_aware(now_utc)
    tz = ZoneInfo(tz_name)
    moment = now_utc.astimezone(UTC)
    for _ in range(3):
        begins = [begin for begin, _ in _nights(moment, tz, start, end) if begin > now_utc]
        if begins:
            return min(begins)
        moment += timedelta(days=1)
    raise AssertionError("a daily window always starts again within three days")
