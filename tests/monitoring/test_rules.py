"""Each alert rule, table-driven: when it fires, when it does not, and with what evidence."""

from datetime import date, timedelta
from typing import Any

import pytest

from companion.models import CheckIn, Completion, DayOutcome, Severity, Trend
from companion.monitoring import rules
from companion.monitoring.rules import History, Progress, Thresholds

TODAY = date(2026, 11, 23)
T = Thresholds()


def reports(*items: dict[str, Any]) -> list[CheckIn]:
    """Check-ins oldest first; `ago` is days before TODAY."""
    return [
        CheckIn(local_date=TODAY - timedelta(days=item.pop("ago", 0)), **item) for item in items
    ]


def days(*outcomes: str) -> list[tuple[date, DayOutcome]]:
    return [
        (TODAY - timedelta(days=len(outcomes) - i), DayOutcome(o)) for i, o in enumerate(outcomes)
    ]


DONE = Completion.DONE
CASES = [
    # rule, history, expected severity or None
    ("pain_urgent", reports({"pain": 8}), Severity.URGENT),
    ("pain_urgent", reports({"pain": 7}), None),
    ("pain_urgent", reports({"pain": 9, "ago": 1}, {"pain": 3}), None),  # the latest counts
    ("pain_after_session", reports({"completion": DONE, "pain": 6}), Severity.HIGH),
    ("pain_after_session", reports({"completion": DONE, "pain": 5}), None),
    ("pain_after_session", reports({"pain": 6}), None),  # not after a session
    ("pain_after_session", reports({"completion": DONE, "pain": 7, "ago": 2}), None),
    (
        "pain_above_baseline",
        reports({"pain": 2, "ago": 3}, {"pain": 2, "ago": 2}, {"pain": 3, "ago": 1}, {"pain": 4}),
        Severity.HIGH,
    ),
    (
        "pain_above_baseline",
        reports({"pain": 2, "ago": 3}, {"pain": 3, "ago": 2}, {"pain": 3, "ago": 1}, {"pain": 4}),
        None,
    ),
    ("pain_above_baseline", reports({"pain": 1, "ago": 1}, {"pain": 5}), None),  # no baseline
    (
        "worse_next_morning",
        reports({"trend": Trend.WORSE, "ago": 1}, {"trend": Trend.WORSE}),
        Severity.HIGH,
    ),
    ("worse_next_morning", reports({"trend": Trend.WORSE, "ago": 1}, {"trend": Trend.SAME}), None),
    (
        "fatigue_high",
        reports({"completion": DONE, "fatigue": 8, "ago": 2}, {"completion": DONE, "fatigue": 9}),
        Severity.WATCH,
    ),
    (
        "fatigue_high",
        reports({"completion": DONE, "fatigue": 8, "ago": 2}, {"completion": DONE, "fatigue": 6}),
        None,
    ),
    (
        "reinjury_worry",
        reports(
            {"skip_reason": "worried_reinjury", "ago": 10}, {"skip_reason": "worried_reinjury"}
        ),
        Severity.WATCH,
    ),
    (
        "reinjury_worry",
        reports(
            {"skip_reason": "worried_reinjury", "ago": 20}, {"skip_reason": "worried_reinjury"}
        ),
        None,
    ),
]
DAY_CASES = [
    ("silent_days", days("done", "silent", "silent"), Severity.WATCH),
    ("silent_days", days("silent", "silent", "silent", "silent"), Severity.HIGH),
    ("silent_days", days("silent", "silent", "done"), None),
    (
        "low_adherence",
        days("done", "silent", "skipped", "silent", "partial", "silent", "done"),
        Severity.WATCH,
    ),
    ("low_adherence", days("done", "done", "skipped", "done", "partial", "silent", "done"), None),
    ("low_adherence", days("silent", "silent"), None),  # fewer than 7 programme days
]


def progress(
    started_ago: int,
    stepped_up_ago: int | None = None,
    readiness: float | None = 0.6,
    gains: tuple[str, ...] = (),
    sessions: int = 10,
) -> Progress:
    last = None if stepped_up_ago is None else TODAY - timedelta(days=stepped_up_ago)
    start = TODAY - timedelta(days=started_ago)
    return Progress(start, sessions, last, readiness, list(gains))


PROGRESS_CASES = [
    ("plateau", progress(started_ago=20), Severity.WATCH),
    ("plateau", progress(started_ago=20, stepped_up_ago=15), Severity.WATCH),
    ("plateau", progress(started_ago=20, stepped_up_ago=5), None),  # a recent step up
    ("plateau", progress(started_ago=20, gains=("Carry",)), None),  # a demand got more ready
    ("plateau", progress(started_ago=10), None),  # too early to call
    ("plateau", progress(started_ago=40, readiness=1.0), None),  # every target reached
    ("plateau", progress(started_ago=20, sessions=2), None),  # absent rather than stuck
]
RULES = dict(rules.CHECKIN_RULES + rules.DAY_RULES + rules.PROGRESS_RULES)


@pytest.mark.parametrize(("kind", "checkins", "expected"), CASES)
def test_checkin_rule_fires_exactly_when_its_condition_holds(
    kind: str, checkins: list[CheckIn], expected: Severity | None
) -> None:
    finding = RULES[kind](History(today=TODAY, checkins=checkins), T)

    assert (finding[0] if finding else None) == expected


@pytest.mark.parametrize(("kind", "outcomes", "expected"), DAY_CASES)
def test_day_rule_fires_exactly_when_its_condition_holds(
    kind: str, outcomes: list[tuple[date, DayOutcome]], expected: Severity | None
) -> None:
    finding = RULES[kind](History(today=TODAY, days=outcomes), T)

    assert (finding[0] if finding else None) == expected


@pytest.mark.parametrize(("kind", "progress", "expected"), PROGRESS_CASES)
def test_progress_rule_fires_exactly_when_its_condition_holds(
    kind: str, progress: Progress, expected: Severity | None
) -> None:
    finding = RULES[kind](History(today=TODAY, progress=progress), T)

    assert (finding[0] if finding else None) == expected


def test_a_plateau_says_how_long_since_the_last_step_up_and_suggests_a_review() -> None:
    history = History(today=TODAY, progress=progress(started_ago=30, stepped_up_ago=16))

    finding = rules.plateau(history, T)

    assert finding == (
        Severity.WATCH,
        {
            "days_without_progress": 16,
            "last_progression": (TODAY - timedelta(days=16)).isoformat(),
            "readiness": 0.6,
            "suggestion": "Consider an interdisciplinary review.",
        },
    )


def test_a_finding_carries_the_numbers_it_read() -> None:
    history = History(
        today=TODAY,
        checkins=reports(
            {"pain": 2, "ago": 3}, {"pain": 2, "ago": 2}, {"pain": 2, "ago": 1}, {"pain": 5}
        ),
    )

    finding = rules.pain_above_baseline(history, T)

    assert finding == (Severity.HIGH, {"pain": 5, "baseline": 2, "reports": 3})


def test_thresholds_are_configurable() -> None:
    history = History(today=TODAY, checkins=reports({"pain": 7}))

    assert rules.pain_urgent(history, Thresholds(urgent_pain=7)) is not None
    assert rules.pain_urgent(history, T) is None
