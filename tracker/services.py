"""Writes for accounts: users and their roles."""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from .roles import ADMIN, ROLES, user_role


class RoleError(ValueError):
    pass


def _role_group(role: str) -> Group:
    if role not in ROLES:
        raise RoleError(f"unknown role {role!r}")
    return Group.objects.get_or_create(name=role)[0]


def user_create(*, username: str, password: str, role: str):
    User = get_user_model()
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password)
        user.groups.add(_role_group(role))
    return user


def user_set_role(*, user, role: str | None):
    """Give the user exactly one role (None: no access). The last admin cannot be demoted."""
    with transaction.atomic():
        if user_role(user) == ADMIN and role != ADMIN and not user.is_superuser:
            others = Group.objects.get(name=ADMIN).user_set.filter(is_active=True).exclude(pk=user.pk)
            superusers = get_user_model().objects.filter(is_superuser=True, is_active=True).exclude(pk=user.pk)
            if not others.exists() and not superusers.exists():
                raise RoleError("this is the last admin; make someone else an admin first")
        user.groups.remove(*Group.objects.filter(name__in=ROLES))
        if role:
            user.groups.add(_role_group(role))
    if hasattr(user, "_klaim_groups"):
        del user._klaim_groups
    return user
