from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_not_required
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import connection
from django.http import JsonResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from . import services
from .forms import RoleForm, UserCreateForm
from .roles import ADMIN, role_required, user_role


def bad_request_message(exception) -> tuple[str, str]:
    """What went wrong with a request Django refused before any view ran, and what to do."""
    files = settings.DATA_UPLOAD_MAX_NUMBER_FILES
    if isinstance(exception, TooManyFilesSent):
        return (f"That is more than {files} files in one upload.",
                "Upload them in several goes, or pack them into one .zip archive (up to 1,000 files).")
    if isinstance(exception, RequestDataTooBig):
        size = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / 1_048_576
        return (f"The form is larger than {size:.0f} MB without its files (usually a very long pasted text).",
                "Save the text as a .txt file and upload the file instead.")
    if isinstance(exception, TooManyFieldsSent):
        return ("The form has too many fields.", "Reload the page and send the form again.")
    if isinstance(exception, MultiPartParserError):
        return ("The upload could not be read: a file name is too long, or the upload was cut off.",
                "Rename files to names of under 200 characters and upload them again.")
    return ("The request was malformed.", "")


@login_not_required
def bad_request(request, exception=None):
    """400 for requests refused before a view ran (upload limits, broken multipart), with a message
    that says which limit was hit, instead of Django's bare "Bad Request (400)"."""
    message, hint = bad_request_message(exception)
    if request.path.startswith("/api/"):
        return JsonResponse({"error": message}, status=400)
    return render(request, "400.html", {"message": message, "hint": hint,
                                        "back": request.path if request.method == "POST" else "/"}, status=400)


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
