"""Pages fit the screen without horizontal scrolling, on a laptop and on a phone."""
import pytest

PAGES = ["/", "/articles/", "/figures/?subject=Negara+Tetangga&kind=troop_count", "/upload/", "/users/"]


@pytest.mark.parametrize("width", [1280, 390])
def test_no_horizontal_scrolling(page, live_server, login, shot, reported_claims, width):
    page.set_viewport_size({"width": width, "height": 900})
    login("admin")
    claim_page = f"/claims/{reported_claims['troop'].pk}/"
    for path in [*PAGES, claim_page]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, f"{path} scrolls sideways by {overflow}px at {width}px"
    shot(f"claim-{width}")


def test_every_form_field_has_a_label(page, live_server, login, reported_claims):
    login("admin")
    for path in ["/", "/upload/", "/users/", f"/claims/{reported_claims['troop'].pk}/", "/figures/"]:
        page.goto(f"{live_server.url}{path}")
        unlabelled = page.evaluate("""() => Array.from(document.querySelectorAll(
            'input:not([type=hidden]):not([type=submit]), select, textarea'))
            .filter(el => !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
            .map(el => el.name || el.id)""")
        assert unlabelled == [], f"{path}: fields without a label: {unlabelled}"


def test_no_page_breaks_its_content_security_policy(page, live_server, login, reported_claims):
    """The CSP allows our own scripts only: a page that needed inline script or a style the policy
    forbids would log a violation (and lose that behaviour) in production."""
    violations = []
    page.on("console", lambda message: "Content Security Policy" in message.text and violations.append(message.text))
    page.add_init_script("document.addEventListener('securitypolicyviolation',"
                         " e => console.error('Content Security Policy: ' + e.violatedDirective))")
    login("admin")
    for path in [*PAGES, f"/claims/{reported_claims['troop'].pk}/"]:
        page.goto(f"{live_server.url}{path}")
        page.wait_for_load_state("networkidle")
    page.goto(f"{live_server.url}/")
    page.locator(".vis-item").first.wait_for()  # the timeline drew its items under the policy
    assert violations == []
