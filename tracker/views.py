from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import services
from .forms import RoleForm, UserCreateForm
from .roles import ADMIN, role_required, user_role


@login_not_required
@require_GET
def healthz(request):
    """Liveness for load balancers and docker-compose: the app answers and the database too."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    return JsonResponse({"ok": True})


def _users_page(request, create_form, status=200):
    users = get_user_model().objects.order_by("username").prefetch_related("groups")
    rows = [(user, user_role(user), RoleForm(initial={"role": user_role(user) or ""}, prefix=f"u{user.pk}"))
            for user in users]
    return render(request, "tracker/users.html", {"rows": rows, "create_form": create_form}, status=status)


@role_required(ADMIN)
@require_GET
def user_list(request):
    return _users_page(request, UserCreateForm())


@role_required(ADMIN)
@require_http_methods(["POST"])
def user_create(request):
    form = UserCreateForm(request.POST)
    if form.is_valid():
        user = services.user_create(**form.cleaned_data)
        messages.success(request, f"User {user.username} created as {form.cleaned_data['role']}.")
        return redirect("user-list")
    return _users_page(request, form, status=400)


@role_required(ADMIN)
@require_POST
def user_role_set(request, user_id):
    user = get_object_or_404(get_user_model(), pk=user_id)
    form = RoleForm(request.POST, prefix=f"u{user.pk}")
    if form.is_valid():
        try:
            services.user_set_role(user=user, role=form.cleaned_data["role"] or None)
            messages.success(request, f"{user.username} is now {form.cleaned_data['role'] or 'without access'}.")
        except services.RoleError as exc:
            messages.error(request, str(exc))
    return redirect("user-list")
