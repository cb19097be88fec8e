"""Login throttling (django-axes): wrong passwords for one account from one address lock that pair
out for a while; the right password is refused while locked; other accounts and other addresses
are not affected. Audit: 50 wrong passwords in 15 s, then the right one worked."""
import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.urls import reverse

pytestmark = pytest.mark.django_db

PASSWORD = "the-right-password-7"


@pytest.fixture
def analyst(make_user):
    return make_user("analyst", username="sari", password=PASSWORD)


def attempt(client, username, password, address="10.0.0.1"):
    return client.post(reverse("login"), {"username": username, "password": password}, REMOTE_ADDR=address)


def test_wrong_passwords_up_to_the_limit_lock_the_account_from_that_address(client, analyst):
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        response = attempt(client, "sari", "tebakan")
        assert response.status_code == 200  # the login form again, with its error
        assert "_auth_user_id" not in client.session
    locked = attempt(client, "sari", "tebakan")
    assert locked.status_code == 429
    body = locked.content.decode()
    assert "Too many failed logins" in body and "sari" in body and "15 minutes" in body

    right = attempt(client, "sari", PASSWORD)
    assert right.status_code == 429, "the right password must not get in while the pair is locked"
    assert "_auth_user_id" not in client.session


def test_locking_one_pair_leaves_other_addresses_and_accounts_alone(client, analyst, make_user):
    make_user("editor", username="budi", password=PASSWORD)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "sari", "tebakan", address="10.0.0.1")

    from_elsewhere = attempt(client, "sari", PASSWORD, address="10.0.0.2")
    assert from_elsewhere.status_code == 302
    client.logout()
    colleague = attempt(client, "budi", PASSWORD, address="10.0.0.1")
    assert colleague.status_code == 302


def test_a_success_before_the_limit_forgets_the_failures(client, analyst):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "sari", "tebakan")
    assert attempt(client, "sari", PASSWORD).status_code == 302
    assert not AccessAttempt.objects.filter(username="sari").exists()
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "sari", "tebakan").status_code == 200


def test_behind_the_proxy_the_address_is_the_one_the_proxy_appended(rf, settings):
    from tracker.auth import client_ip

    settings.SECURE_COOKIES = True
    forged = rf.get("/", HTTP_X_FORWARDED_FOR="1.2.3.4, 203.0.113.9", REMOTE_ADDR="172.18.0.5")
    assert client_ip(forged) == "203.0.113.9"
    assert client_ip(rf.get("/", REMOTE_ADDR="172.18.0.5")) == "172.18.0.5"

    settings.SECURE_COOKIES = False  # no proxy: the header is the client's own and means nothing
    assert client_ip(forged) == "172.18.0.5"
