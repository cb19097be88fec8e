import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.core.management import call_command

from tracker.roles import ADMIN, ANALYST, EDITOR, ROLES, has_role, user_role

pytestmark = pytest.mark.django_db


def test_the_migration_creates_the_three_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= set(ROLES)


@pytest.mark.parametrize(
    ("role", "may"),
    [
        (ANALYST, {ANALYST}),
        (EDITOR, {ANALYST, EDITOR}),
        (ADMIN, {ANALYST, EDITOR, ADMIN}),
        (None, set()),
    ],
)
def test_higher_roles_include_lower_ones(make_user, role, may):
    user = make_user(role)
    assert {r for r in ROLES if has_role(user, r)} == may
    assert user_role(user) == role


def test_superusers_are_admins_and_anonymous_users_nothing(django_user_model):
    root = django_user_model.objects.create_superuser("root", password="x")
    assert user_role(root) == ADMIN
    assert user_role(AnonymousUser()) is None


def test_ensure_admin_creates_one_admin_once(capsys, django_user_model):
    call_command("ensure_admin", "--url", "http://127.0.0.1:9000/")
    out = capsys.readouterr().out
    assert "Password:" in out and "http://127.0.0.1:9000/" in out
    admin = django_user_model.objects.get(username="admin")
    assert admin.is_superuser and admin.groups.filter(name=ADMIN).exists()
    call_command("ensure_admin")
    assert "Password:" not in capsys.readouterr().out
    assert django_user_model.objects.count() == 1
