"""Analysts on the timeline: filters in the URL, the interactive axis, the list kept in step."""
import re

from django.urls import reverse


def claim_count(page):
    return int(page.get_by_test_id("claim-count").inner_text().split()[0])


def test_filter_by_kind_and_outlet(page, live_server, login, shot, reported_claims):
    login("analyst")
    shot("timeline")
    assert claim_count(page) == 4
    page.locator("#timeline[data-loaded]").wait_for()  # the axis loaded its items from the API
    assert int(page.locator("#timeline").get_attribute("data-loaded")) == 3  # one item per group

    page.get_by_label("Kind").select_option("troop_count")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(r"kind=troop_count"))
    shot("kind-troop-count")
    assert claim_count(page) == 2

    outlet = reported_claims["troop"].article.outlet
    page.get_by_label("Outlet").select_option(str(outlet.pk))
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url(re.compile(rf"outlet={outlet.pk}"))
    shot("kind-and-outlet")
    assert claim_count(page) == 1
    assert "Warta Contoh" in page.locator("#claim-list").inner_text()

    # The same view, shared as a link, shows the same claims.
    page.goto(page.url)
    assert claim_count(page) == 1


def test_zooming_the_axis_updates_the_list_and_the_url(page, live_server, login, shot, reported_claims):
    login("analyst")
    page.goto(f"{live_server.url}{reverse('timeline')}?from=2024-05-01&to=2024-05-31")
    page.locator("#timeline[data-loaded]").wait_for()
    shot("may-window")
    assert claim_count(page) == 3
    page.locator("#timeline .vis-item").first.wait_for()
    # Drag the axis: the list and the URL follow the new window.
    box = page.locator("#timeline .vis-panel.vis-center").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 20)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] - 5, box["y"] + 20, steps=10)
    page.mouse.up()
    page.wait_for_function("() => new URLSearchParams(location.search).get('from') !== '2024-05-01'")
    page.wait_for_timeout(800)
    shot("after-drag")
    assert "from=" in page.url and "to=" in page.url


def test_keyboard_users_reach_claims_through_the_list(page, live_server, login, reported_claims):
    login("analyst")
    link = page.locator("#claim-list a[href*='/articles/']").first
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/articles/\d+/"))
    assert page.locator("mark.focus").count() == 1
