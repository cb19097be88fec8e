"""Who may open what: every URL of the app, for an account without a role and for nobody.

The audit found that an account set to "No access" read everything (the read views checked only
for a login). These tests walk the URL configuration, so a view added later is covered too.
"""
import pytest
from django.urls import URLPattern, get_resolver, reverse

pytestmark = pytest.mark.django_db

PUBLIC = {"login", "logout", "healthz"}


def app_urls():
    """(name, url) of every named route of ours; path converters get the value 1."""
    for pattern in get_resolver().url_patterns:
        if not isinstance(pattern, URLPattern) or pattern.name in PUBLIC:
            continue
        kwargs = {name: 1 for name in pattern.pattern.converters}
        yield pattern.name, reverse(pattern.name, kwargs=kwargs)


URLS = sorted(app_urls())


def test_the_walk_sees_the_read_views():
    names = {name for name, _ in URLS}
    assert {"timeline", "figures", "claim-detail", "article-list", "article-detail", "api-claims",
            "api-timeline"} <= names


@pytest.mark.parametrize(("name", "url"), URLS)
@pytest.mark.parametrize("method", ["get", "post"])
def test_an_account_without_a_role_is_refused_everywhere(client_as, name, url, method):
    client = client_as(None)
    response = getattr(client, method)(url)
    assert response.status_code == 403, f"{method.upper()} {url} answered {response.status_code}"
    body = response.content.decode()
    assert "no access" in body.lower() or "no role" in body.lower()


@pytest.mark.parametrize(("name", "url"), URLS)
def test_nobody_logged_in_is_sent_to_the_login_page(client, name, url):
    response = client.get(url)
    if url.startswith("/api/"):
        assert response.status_code == 401
    else:
        assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_the_no_access_page_shows_no_data_and_offers_log_out(client_as, flood_article_text):
    from sources.services import article_create

    article_create(content=flood_article_text, source_name="banjir.txt")
    client = client_as(None)
    html = client.get(reverse("timeline")).content.decode()
    assert "Budi Santoso" not in html and 'aria-label="Main"' not in html
    assert reverse("logout") in html
    assert client.post(reverse("logout")).status_code == 302


def test_an_analyst_still_reads_and_the_public_pages_stay_public(client_as, client):
    assert client.get(reverse("login")).status_code == 200
    assert client.get(reverse("healthz")).status_code == 200
    analyst = client_as("analyst")
    assert analyst.get(reverse("timeline")).status_code == 200
    assert analyst.get(reverse("api-claims")).status_code == 200


def test_taking_the_role_away_takes_the_data_away(client, make_user):
    from tracker.services import user_set_role

    user = make_user("analyst", "mantan-analis")
    client.force_login(user)
    assert client.get(reverse("api-claims")).status_code == 200
    user_set_role(user=user, role=None)
    assert client.get(reverse("api-claims")).status_code == 403
