from . import roles


def roles_context(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"role": None, "can_edit": False, "can_upload": False}
    return {
        "role": roles.user_role(user),
        "can_edit": roles.has_role(user, roles.EDITOR),
        "can_upload": roles.has_role(user, roles.ADMIN),
    }


