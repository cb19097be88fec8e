"""The three roles of Klaim and the checks views use.

Roles are Django groups created by a migration. Superusers count as admins. A higher role
includes the lower ones: an admin may do what an editor may, an editor what an analyst may.
"""
from functools import wraps

from django.core.exceptions import PermissionDenied

ANALYST = "analyst"
EDITOR = "editor"
ADMIN = "admin"
ROLES = (ANALYST, EDITOR, ADMIN)
_RANK = {ANALYST: 1, EDITOR: 2, ADMIN: 3}


def user_role(user):
    """The highest role the user holds, or None."""
    if not user.is_authenticated:
        return None
    if user.is_superuser:
        return ADMIN
    # Cached on the user object: templates and views ask several times per request.
    if not hasattr(user, "_klaim_groups"):
        user._klaim_groups = {group.name for group in user.groups.all()}  # uses a prefetch when there is one
    names = user._klaim_groups
    held = [role for role in ROLES if role in names]
    return max(held, key=_RANK.__getitem__) if held else None


def has_role(user, role):
    held = user_role(user)
    return held is not None and _RANK[held] >= _RANK[role]


def role_required(role):
    """View decorator: 403 unless the user holds `role` or a higher one."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if not has_role(request.user, role):
                raise PermissionDenied(f"This needs the {role} role.")
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
