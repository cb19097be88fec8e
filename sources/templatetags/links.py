from django import template

from ..links import web_url as checked_web_url

register = template.Library()


@register.filter
def web_url(value) -> str:
    """The URL when it is safe to put in an href (http or https), else an empty string."""
    return checked_web_url(value) or ""
