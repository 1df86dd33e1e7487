"""The pain and fatigue trend drawn into a PDF: one line per score, 0-10, day by day."""

from datetime import date, timedelta

from fpdf import FPDF

PAIN_COLOUR = (180, 40, 40)
FATIGUE_COLOUR = (40, 90, 170)


def _segments(
    series: dict[date, int], start: date, days: int, x: float, y: float, w: float, h: float
) -> list[list[tuple[float, float]]]:
    """Points of the series, split where a day has no report, so no line bridges a gap."""
    step = w / max(days - 1, 1)
    runs: list[list[tuple[float, float]]] = [[]]
    for n in range(days):
        value = series.get(start + timedelta(days=n))
        if value is None:
            if runs[-1]:
                runs.append([])
            continue
        runs[-1].append((x + n * step, y + h - h * value / 10))
    return [run for run in runs if run]


def _plot(pdf: FPDF, runs: list[list[tuple[float, float]]], colour: tuple[int, int, int]) -> None:
    pdf.set_draw_color(*colour)
    pdf.set_fill_color(*colour)
    for run in runs:
        if len(run) > 1:
            pdf.polyline(run)
        for px, py in run:
            pdf.circle(px, py, 0.7, style="F")


def draw_trend(
    pdf: FPDF,
    start: date,
    end: date,
    pain: dict[date, int],
    fatigue: dict[date, int],
    height: float = 40,
) -> None:
    """Draw the chart at the cursor across the page width, and move the cursor below it."""
    x, y = pdf.l_margin + 8, pdf.get_y() + 2
    w = pdf.w - pdf.r_margin - x
    days = (end - start).days + 1
    pdf.set_font("Helvetica", size=7)
    pdf.set_line_width(0.1)
    pdf.set_draw_color(200, 200, 200)
    for score in (0, 5, 10):
        line_y = y + height - height * score / 10
        pdf.line(x, line_y, x + w, line_y)
        pdf.text(x - 6, line_y + 1, str(score))
    pdf.text(x, y + height + 4, start.isoformat())
    pdf.text(x + w - 16, y + height + 4, end.isoformat())
    pdf.set_line_width(0.5)
    _plot(pdf, _segments(pain, start, days, x, y, w, height), PAIN_COLOUR)
    _plot(pdf, _segments(fatigue, start, days, x, y, w, height), FATIGUE_COLOUR)
    legend_y = y + height + 4
    pdf.set_text_color(*PAIN_COLOUR)
    pdf.text(x + w / 2 - 20, legend_y, "Pain")
    pdf.set_text_color(*FATIGUE_COLOUR)
    pdf.text(x + w / 2, legend_y, "Fatigue")
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_fill_color(255, 255, 255)  # tables drawn later fill with the current colour
    pdf.set_line_width(0.2)
    pdf.set_y(y + height + 8)
