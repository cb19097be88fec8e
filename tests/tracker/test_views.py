import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from tracker.roles import user_role

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("role", "status"), [("analyst", 403), ("editor", 403), ("admin", 200)])
def test_only_admins_manage_users(client_as, role, status):
    client = client_as(role)
    assert client.get(reverse("user-list")).status_code == status
    response = client.post(reverse("user-create"), {"username": "baru", "password": "kata-sandi-panjang-9", "role": "editor"})
    assert response.status_code == (302 if status == 200 else 403)
    assert get_user_model().objects.filter(username="baru").exists() == (status == 200)


def test_admin_changes_a_role(client_as, make_user):
    client = client_as("admin")
    analyst = make_user("analyst", "pembaca")
    client.post(reverse("user-role", args=[analyst.pk]), {f"u{analyst.pk}-role": "editor"})
    assert user_role(get_user_model().objects.get(pk=analyst.pk)) == "editor"
    client.post(reverse("user-role", args=[analyst.pk]), {f"u{analyst.pk}-role": ""})
    assert user_role(get_user_model().objects.get(pk=analyst.pk)) is None


def test_the_last_admin_cannot_be_demoted(client_as):
    client = client_as("admin")
    admin = get_user_model().objects.get(username="admin-user")
    response = client.post(reverse("user-role", args=[admin.pk]), {f"u{admin.pk}-role": "analyst"}, follow=True)
    assert "last admin" in response.content.decode()
    assert user_role(get_user_model().objects.get(pk=admin.pk)) == "admin"


def test_weak_passwords_and_taken_names_are_refused(client_as):
    client = client_as("admin")
    response = client.post(reverse("user-create"), {"username": "admin-user", "password": "123", "role": "analyst"})
    html = response.content.decode()
    assert response.status_code == 400 and "exists already" in html and "too short" in html
