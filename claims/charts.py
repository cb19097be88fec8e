"""Geometry of the "figures over time" chart, drawn as server-side SVG (no chart library).

One series per claimant; a point per claimed figure at the date it was claimed; a vague figure
("puluhan ribu", a range) is a vertical bar from its lower to its upper value; "at least" figures
carry an upward tick. Values spread over more than two orders of magnitude use a log scale.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

# The colours themselves are in static/css/klaim.css (.series-0 … .series-7): a Content-Security-
# Policy without 'unsafe-inline' styles leaves no room for style attributes in the page.
PALETTE_SIZE = 8
WIDTH, HEIGHT = 900, 380
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 86, 20, 16, 44


@dataclass
class Mark:
    x: float
    y: float
    y_top: float | None  # the upper end of a range, drawn as a bar
    claim_id: int
    title: str
    at_least: bool


@dataclass
class Series:
    name: str
    palette_index: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def css_class(self) -> str:
        return f"series-{self.palette_index}"

    @property
    def polyline(self) -> str:
        return " ".join(f"{m.x:.1f},{m.y:.1f}" for m in self.marks)


@dataclass
class Tick:
    position: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    series: list[Series]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    log_scale: bool
    plot_left: int = MARGIN_LEFT
    plot_right: int = WIDTH - MARGIN_RIGHT
    plot_top: int = MARGIN_TOP
    plot_bottom: int = HEIGHT - MARGIN_BOTTOM


def format_value(value: float) -> str:
    for size, word in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(value) >= size:
            scaled = value / size
            return f"{scaled:.0f}{word}" if scaled == int(scaled) else f"{scaled:.1f}{word}"
    return f"{value:.0f}"


def figure_chart(series_points: dict, *, width: int = WIDTH, height: int = HEIGHT) -> Chart | None:
    """Lay out {claimant: [FigurePoint]} on a date × value plane; None when there is nothing."""
    points = [p for pts in series_points.values() for p in pts]
    if not points:
        return None
    first = min(p.date for p in points)
    last = max(p.date for p in points)
    if first == last:
        first, last = first - dt.timedelta(days=3), last + dt.timedelta(days=3)
    span_days = (last - first).days
    values = [v for p in points for v in (p.value, p.value_max) if v is not None and v > 0] or [1.0]
    low, high = min(values), max(values)
    log_scale = high / max(low, 1e-9) > 100
    if log_scale:
        y_low, y_high = 10 ** math.floor(math.log10(low)), 10 ** math.ceil(math.log10(high))
    else:
        y_low, y_high = 0.0, _nice_ceiling(high * 1.1)
    left, right, top, bottom = MARGIN_LEFT, width - MARGIN_RIGHT, MARGIN_TOP, height - MARGIN_BOTTOM

    def x_of(day: dt.date) -> float:
        return left + (day - first).days / span_days * (right - left)

    def y_of(value: float) -> float:
        if log_scale:
            share = (math.log10(max(value, y_low)) - math.log10(y_low)) / (math.log10(y_high) - math.log10(y_low))
        else:
            share = (value - y_low) / (y_high - y_low)
        return bottom - share * (bottom - top)

    series = []
    for index, (name, pts) in enumerate(series_points.items()):
        line = Series(name=name, palette_index=index % PALETTE_SIZE)
        for p in pts:
            ranged = p.value_max is not None and p.value_max != p.value
            figure = format_value(p.value) + (f"–{format_value(p.value_max)}" if ranged else "")
            line.marks.append(Mark(
                x=x_of(p.date), y=y_of(p.value), y_top=y_of(p.value_max) if ranged else None, claim_id=p.claim_id,
                title=f"{name}: {figure} ({p.date:%d %b %Y}{', ' + p.outlet if p.outlet else ''})",
                at_least=p.qualifier == "at_least",
            ))
        series.append(line)

    if log_scale:
        y_ticks = [Tick(y_of(10 ** e), format_value(10 ** e))
                   for e in range(int(math.log10(y_low)), int(math.log10(y_high)) + 1)]
    else:
        y_ticks = [Tick(y_of(y_high * i / 4), format_value(y_high * i / 4)) for i in range(5)]
    return Chart(width=width, height=height, series=series, x_ticks=_date_ticks(first, last, x_of),
                 y_ticks=y_ticks, log_scale=log_scale, plot_right=right, plot_bottom=bottom)


def _nice_ceiling(value: float) -> float:
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 2.5, 5, 10):
        if value <= step * magnitude:
            return step * magnitude
    return 10 * magnitude


def _date_ticks(first: dt.date, last: dt.date, x_of) -> list[Tick]:
    span = (last - first).days
    step = max(1, span // 6)
    ticks, day = [], first
    while day <= last:
        ticks.append(Tick(x_of(day), day.strftime("%d %b %Y" if span > 300 else "%d %b")))
        day += dt.timedelta(days=step)
    return ticks
