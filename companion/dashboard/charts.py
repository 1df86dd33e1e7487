"""Charts drawn on the server as inline SVG strings: no JavaScript, nothing fetched.

Colours come from classes in static/app.css (the CSP forbids inline styles).
"""

from datetime import date

from markupsafe import Markup, escape

SCALE = 10  # pain (NRS) and fatigue (our own 'how tired' question) are both 0-10
# The pain-monitoring model's zones: 0-3 safe, 4-5 acceptable, above 5 not.
PAIN_ZONES = (("zone-safe", 0, 3), ("zone-ok", 3, 5), ("zone-high", 5, 10))
WEEKDAY_LABELS = ("Mon", "", "Wed", "", "Fri", "", "Sun")


def _svg(width: int, height: int, label: str, body: str, cls: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{cls}" viewBox="0 0 {width} {height}" '
        f'width="{width}" height="{height}" role="img" aria-label="{escape(label)}">'
        f"<title>{escape(label)}</title>{body}</svg>"
    )


def _points(
    days: list[date], values: dict[date, int], box: tuple[float, float, float, float]
) -> list[tuple[float, float]]:
    left, top, width, height = box
    step = width / max(len(days) - 1, 1)
    return [
        (round(left + i * step, 1), round(top + height * (1 - values[day] / SCALE), 1))
        for i, day in enumerate(days)
        if values.get(day) is not None
    ]


def _line(points: list[tuple[float, float]], cls: str, dot: float) -> str:
    if not points:
        return ""
    path = " ".join(f"{x},{y}" for x, y in points)
    dots = "".join(f'<circle class="{cls}" cx="{x}" cy="{y}" r="{dot}"/>' for x, y in points)
    return f'<polyline class="{cls}" points="{path}"/>{dots}'


def _latest(values: dict[date, int]) -> str:
    return str(values[max(values)]) if values else "none"


def sparkline(
    days: list[date],
    pain: dict[date, int],
    fatigue: dict[date, int],
    width: int = 150,
    height: int = 34,
) -> Markup:
    """Pain and fatigue over `days` in a caseload row."""
    box = (3.0, 3.0, width - 6.0, height - 6.0)
    body = (
        f'<line class="axis" x1="0" y1="{height - 1}" x2="{width}" y2="{height - 1}"/>'
        + _line(_points(days, fatigue, box), "fatigue", 1.6)
        + _line(_points(days, pain, box), "pain", 1.6)
    )
    label = f"Last {len(days)} days: latest pain {_latest(pain)}, fatigue {_latest(fatigue)}"
    return _svg(width, height, label, body, "sparkline")


def trend_chart(
    days: list[date],
    pain: dict[date, int],
    fatigue: dict[date, int],
    width: int = 720,
    height: int = 220,
) -> Markup:
    """Pain and fatigue over time on the pain-monitoring zones, with a 0-10 axis and dates."""
    left, top, right, bottom = 30, 10, 10, 24
    box = (float(left), float(top), float(width - left - right), float(height - top - bottom))
    plot_h = height - top - bottom
    zones = "".join(
        f'<rect class="{cls}" x="{left}" y="{top + plot_h * (1 - hi / SCALE):.1f}" '
        f'width="{width - left - right}" height="{plot_h * (hi - lo) / SCALE:.1f}"/>'
        for cls, lo, hi in PAIN_ZONES
    )
    grid = "".join(
        f'<line class="grid" x1="{left}" x2="{width - right}" y1="{top + plot_h * (1 - v / 10)}" '
        f'y2="{top + plot_h * (1 - v / 10)}"/><text class="tick" x="{left - 6}" '
        f'y="{top + plot_h * (1 - v / 10) + 4}" text-anchor="end">{v}</text>'
        for v in (0, 5, 10)
    )
    ticks = ""
    if days:
        for i in sorted({0, len(days) // 2, len(days) - 1}):
            x = left + i * (width - left - right) / max(len(days) - 1, 1)
            anchor = "start" if i == 0 else "end" if i == len(days) - 1 else "middle"
            ticks += (
                f'<text class="tick" x="{x:.1f}" y="{height - 6}" text-anchor="{anchor}">'
                f"{days[i].strftime('%b')} {days[i].day}</text>"
            )
    body = (
        zones + grid + ticks
        + _line(_points(days, fatigue, box), "fatigue", 3)
        + _line(_points(days, pain, box), "pain", 3)
    )  # fmt: skip
    label = f"Pain and fatigue, {len(days)} days: latest pain {_latest(pain)}, "
    label += f"fatigue {_latest(fatigue)}"
    return _svg(width, height, label, body, "trend")


def adherence_calendar(days: list[tuple[date, str]], cell: int = 16) -> Markup:
    """One square per day, a column per week, coloured by outcome (done, partial, silent...)."""
    if not days:
        return _svg(cell, cell, "No programme days yet", "", "calendar")
    first_monday = days[0][0].toordinal() - days[0][0].weekday()
    weeks = (days[-1][0].toordinal() - first_monday) // 7 + 1
    left, gap = 34, 3
    width, height = left + weeks * (cell + gap), 7 * (cell + gap)
    labels = "".join(
        f'<text class="tick" x="{left - 6}" y="{i * (cell + gap) + cell - 4}" '
        f'text-anchor="end">{name}</text>'
        for i, name in enumerate(WEEKDAY_LABELS)
        if name
    )

    def square(day: date, outcome: str) -> str:
        x = left + (day.toordinal() - first_monday) // 7 * (cell + gap)
        return (
            f'<rect class="day {escape(outcome)}" x="{x}" y="{day.weekday() * (cell + gap)}" '
            f'width="{cell}" height="{cell}" rx="3">'
            f"<title>{day.isoformat()}: {escape(outcome)}</title></rect>"
        )

    cells = "".join(square(day, outcome) for day, outcome in days)
    counts = {
        o: sum(1 for _, x in days if x == o) for o in ("done", "partial", "skipped", "silent")
    }
    label = "Programme days: " + ", ".join(f"{n} {o}" for o, n in counts.items())
    return _svg(width, height, label, labels + cells, "calendar")


def progress_bar(fraction: float | None, label: str, width: int = 120, height: int = 10) -> Markup:
    """A bar filled to `fraction` (0-1); an empty dashed track when it is not measured."""
    if fraction is None:
        body = f'<rect class="bar-none" x="0.5" y="0.5" width="{width - 1}" height="{height - 1}"/>'
    else:
        fill = max(fraction, 0.0) * width
        body = (
            f'<rect class="bar-track" x="0" y="0" width="{width}" height="{height}" rx="2"/>'
            f'<rect class="bar-fill" x="0" y="0" width="{fill:.1f}" height="{height}" rx="2"/>'
        )
    return _svg(width, height, label, body, "bar")
