"""Browser tests: pytest-playwright driving Debian's headless Chromium (no downloaded browser)
against pytest-django's live server. A screenshot per step goes to test-output/screenshots/."""
import datetime as dt
import os
import re
import shutil
from pathlib import Path

import pytest

from claims.models import Claim, ClaimGroup
from sources.models import Article, Outlet

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "test-output" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
PASSWORD = "pw-for-tests-only"

# Playwright's sync API runs an event loop in this thread; the live server and the ORM calls of
# the test itself are ordinary synchronous Django code.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

pytestmark = pytest.mark.browser


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not Path(CHROMIUM).exists():
        if os.environ.get("KLAIM_REQUIRE_SERVICES") == "1":
            pytest.fail(f"Chromium is missing at {CHROMIUM}; .ci/run installs Debian's chromium")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    }


@pytest.fixture
def shot(request, page):
    """shot("step name") saves a full-page screenshot for this test."""
    folder = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", request.node.name)
    folder.mkdir(parents=True, exist_ok=True)
    counter = iter(range(1, 100))

    def take(step: str):
        page.screenshot(path=str(folder / f"{next(counter):02d}-{step}.png"), full_page=True)

    return take


@pytest.fixture
def login(page, live_server, make_user):
    """login("editor") creates a user with that role and logs in through the login form."""

    def as_role(role):
        user = make_user(role, username=f"{role}-browser")
        page.goto(f"{live_server.url}/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Log in").click()
        page.wait_for_url(f"{live_server.url}/")
        return user

    return as_role


@pytest.fixture
def reported_claims(transactional_db):
    """Two outlets reporting the same figure, a statement, and a third outlet's casualty figure."""
    outlets = {name: Outlet.objects.create(name=name) for name in ("Warta Contoh", "Kabar Harian", "Suara Nusantara")}
    group = ClaimGroup.objects.create(kind="troop_count", subject="Negara Tetangga", value=1500,
                                      label="Negara Tetangga 1,500 tentara", first_date=dt.date(2024, 5, 10))
    made = {}
    rows = [
        ("troop", "Warta Contoh", "Negara tetangga mengirim sekitar 1.500 tentara ke perbatasan, kata pejabat itu.",
         dict(kind="troop_count", value=1500, qualifier="approx", unit="tentara", subject="Negara Tetangga",
              speaker="Badan intelijen", group=group), dt.date(2024, 5, 10)),
        ("troop-again", "Kabar Harian", "Sebanyak 1.500 tentara negara tetangga tiba di perbatasan pada Jumat.",
         dict(kind="troop_count", value=1500, unit="tentara", subject="Negara Tetangga", speaker="Kementerian Pertahanan",
              group=group), dt.date(2024, 5, 11)),
        ("statement", "Kabar Harian", "\u201cSituasi di perbatasan tetap tenang,\u201d kata Joko Prasetyo.",
         dict(kind="statement", quote="Situasi di perbatasan tetap tenang", direct=True, speaker="Joko Prasetyo",
              speaker_role="Menteri Pertahanan"), dt.date(2024, 5, 11)),
        ("casualty", "Suara Nusantara", "Sedikitnya 12 orang tewas akibat banjir bandang di tiga desa.",
         dict(kind="casualty", value=12, qualifier="at_least", unit="orang", subject="warga", speaker="Budi Santoso"),
         dt.date(2024, 3, 4)),
    ]
    for key, outlet, sentence, fields, day in rows:
        text = f"Judul berita {key}\n\nKOTA CONTOH - {sentence}\nParagraf penutup berita ini."
        article = Article.objects.create(outlet=outlets[outlet], title=f"Berita {key}", text=text, status="done",
                                         content_hash=f"browser-{key}", published_on=day)
        start = text.index(sentence)
        claim = Claim.objects.create(article=article, evidence=sentence, start=start, end=start + len(sentence),
                                     date=day, date_precision="day", timeline_date=day, **fields)
        if claim.group_id is None:
            claim.group = ClaimGroup.objects.create(kind=claim.kind, label=sentence[:60], first_date=day)
            claim.save()
        made[key] = claim
    return made
