"""`python -m bench` (what `make bench` runs): the extraction benchmark, the web latency benchmark
(`bench.web`), then the load benchmark (`bench.load`); prints a table for each and exits 1 when a
target is missed."""
from __future__ import annotations

import argparse
import os
import sys


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--only", choices=("extraction", "web", "load"), help="run one benchmark only")
    parser.add_argument("--articles", type=int, default=2000, help="synthetic articles to extract (default 2000)")
    parser.add_argument("--seed", type=int, default=20241106, help="synthetic corpus seed (default 20241106)")
    options = parser.parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tracker.settings")
    sys.path.insert(0, os.getcwd())
    ok = True
    if options.only in (None, "extraction"):
        from . import extraction

        result = extraction.run(articles=options.articles, seed=options.seed)
        print(extraction.report(result))
        ok &= result.ok
    if options.only in (None, "web"):
        from . import web

        ok &= web.main()
    if options.only in (None, "load"):
        from . import load

        ok &= load.main()
    if not ok:
        print("\nbenchmark target missed", file=sys.stderr)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
