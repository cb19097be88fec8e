from django.core.management.base import BaseCommand

from claims.synthetic import make_synthetic_claims


class Command(BaseCommand):
    help = "Create synthetic articles and claims (benchmarks, demos). Never run it on a real database."

    def add_arguments(self, parser):
        parser.add_argument("--count", type=int, default=100_000)
        parser.add_argument("--seed", type=int, default=7)

    def handle(self, *args, count, seed, **options):
        made = make_synthetic_claims(count=count, seed=seed)
        self.stdout.write(f"{made} synthetic claims created.")
