"""Create the first admin account with a random password, once, and say how to log in."""
import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand

from tracker.roles import ADMIN


class Command(BaseCommand):
    help = "Create an 'admin' superuser with a random password if no admin exists yet, and print it."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("KLAIM_ADMIN_USER", "admin"))
        parser.add_argument("--url", default="http://127.0.0.1:8000/", help="where the app will be served")

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(f"Klaim: log in at {options['url']} with your admin account.")
            return
        password = os.environ.get("KLAIM_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=options["username"], email="", password=password)
        user.groups.add(Group.objects.get_or_create(name=ADMIN)[0])
        banner = "=" * 64
        self.stdout.write(
            f"{banner}\nKlaim admin account created.\n  URL:      {options['url']}\n"
            f"  Username: {user.username}\n  Password: {password}\n"
            f"(shown once; change it under {options['url']}admin/)\n{banner}"
        )
