from django import template
from django.contrib.humanize.templatetags.humanize import intcomma, intword

register = template.Library()

QUALIFIER_SIGNS = {"approx": "≈ ", "at_least": "≥ ", "at_most": "≤ ", "exact": "", "range": ""}


def _number(value: float) -> str:
    if value >= 1_000_000:
        return intword(round(value))
    if value == int(value):
        return intcomma(int(value))
    return intcomma(round(value, 2))


@register.filter
def claim_figure(claim) -> str:
    """"≈ 10,000 tentara", "35.0 billion EUR", "10,000–99,999 pasukan"; empty for statements."""
    if claim.value is None:
        return ""
    figure = _number(claim.value)
    if claim.value_max is not None and claim.value_max != claim.value:
        figure = f"{figure}–{_number(claim.value_max)}"
    unit = claim.currency or claim.unit
    return f"{QUALIFIER_SIGNS.get(claim.qualifier, '')}{figure}{' ' + unit if unit else ''}"
