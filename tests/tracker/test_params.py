"""Malformed parameters answer 400 naming the field, never a server error (tracker.params)."""
import datetime as dt

import pytest
from django.http import QueryDict
from django.urls import reverse

from tracker import params

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("url_name", "query", "field"), [
    ("timeline", "outlet=²", "outlet"),
    ("timeline", "group=²", "group"),
    ("timeline", "group=-3", "group"),
    ("timeline", "q=banjir%00", "q"),
    ("timeline", "subject=Korea%00Utara", "subject"),
    ("timeline", "from=2024-13-01", "from"),
    ("timeline", "to=9999-12-31", "to"),
    ("timeline", "status=palsu", "status"),
    ("timeline", "kind=%3Cscript%3E", "kind"),
    ("timeline", "order=acak", "order"),
    ("api-claims", "outlet=²", "outlet"),
    ("api-claims", "q=%00", "q"),
    ("api-claims", "page=²", "page"),
    ("api-claims", "page_size=0", "page_size"),
    ("api-timeline", "from=2024-01-01&to=2024-02-01&group=٣", "group"),
    ("api-tags", "q=a%00", "q"),
    ("article-list", "batch=²", "batch"),
    ("article-list", "status=unknown", "status"),
    ("figures", "kind=statement", "kind"),
    ("figures", "subject=%00", "subject"),
])
def test_a_malformed_value_is_a_400_that_names_the_field(client_as, url_name, query, field):
    response = client_as("analyst").get(f"{reverse(url_name)}?{query}")
    assert response.status_code == 400
    if url_name.startswith("api-"):
        assert response.json()["field"] == field
    assert field in response.content.decode()


def test_the_claim_to_focus_on_in_an_article_is_checked_too(client_as, flood_article_text):
    from sources.services import article_create

    article = article_create(content=flood_article_text, source_name="banjir.txt").article
    client = client_as("analyst")
    assert client.get(reverse("article-detail", args=[article.pk]), {"claim": "²"}).status_code == 400
    assert client.get(reverse("article-detail", args=[article.pk]), {"claim": "7"}).status_code == 200


@pytest.mark.parametrize("query", ["", "outlet=1", "group=12", "q=banjir bandang", "from=2024-03-01&to=2024-03-31",
                                   "status=verified", "kind=casualty", "order=newest", "kind=new_kind_2"])
def test_well_formed_values_pass(client_as, query):
    assert client_as("analyst").get(f"{reverse('timeline')}?{query}").status_code == 200


def test_page_size_above_the_maximum_is_capped_not_refused(client_as):
    response = client_as("analyst").get(reverse("api-claims"), {"page_size": 5000})
    assert response.status_code == 200


@pytest.mark.parametrize(("value", "expected"), [("12", 12), ("", None), (" 7 ", 7)])
def test_whole_numbers(value, expected):
    assert params.whole_number(QueryDict(f"n={value}"), "n") == expected


@pytest.mark.parametrize("value", ["²", "١٢", "1.5", "1e3", "-1", "0", "9" * 40])
def test_not_whole_numbers(value):
    with pytest.raises(params.QueryError) as raised:
        params.whole_number({"n": value}, "n")
    assert raised.value.field == "n"


def test_dates_are_bounded():
    assert params.date_value("2024-10-30", field="d") == dt.date(2024, 10, 30)
    for bad in ("9999-12-31", "0001-01-01", "30/10/2024"):
        with pytest.raises(params.QueryError):
            params.date_value(bad, field="d")
