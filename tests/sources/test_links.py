import pytest
from django.template import Context, Template

from sources.links import web_url


@pytest.mark.parametrize("url", ["https://contoh.id/berita/1", "http://warta.co.id/a?b=c#d", "HTTPS://Contoh.ID/"])
def test_web_urls_are_kept(url):
    assert web_url(url) == url


@pytest.mark.parametrize("url", ["javascript:alert(1)", " javascript:alert(1)", "jav\tascript:alert(1)",
                                 "data:text/html;base64,PHNjcmlwdD4=", "vbscript:x", "ftp://contoh.id/a",
                                 "mailto:redaksi@contoh.id", "/relatif/saja", "", None, "https://" + "a" * 1000])
def test_anything_else_is_dropped(url):
    assert web_url(url) is None


def test_the_template_filter_never_renders_a_script_link():
    template = Template('{% load links %}<a href="{{ url|web_url }}">')
    assert template.render(Context({"url": "javascript:alert(1)"})) == '<a href="">'
    assert template.render(Context({"url": "https://contoh.id/a"})) == '<a href="https://contoh.id/a">'
