"""Batch mode speed: `manage.py check_offer --jsonl` over the corpus texts repeated, on one core.

    python bench/check_batch.py [--copies 20]

Target: at least 500 offers a second. In-run reference: the same JSON Lines read and written back with no
reading or scoring (json.loads + json.dumps per line), the floor no batch can beat.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(PROJECT))

from tests.offers import corpus_records  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="How many times the corpus is repeated")
    args = parser.parse_args()
    texts = [record["text"] for record in corpus_records()]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "offers.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for copy in range(args.copies):
                for n, text in enumerate(texts):
                    out.write(json.dumps({"id": f"{copy}-{n}", "text": text}) + "\n")
        count = len(texts) * args.copies

        started = time.perf_counter()
        with source.open(encoding="utf-8") as lines:
            for line in lines:
                json.dumps(json.loads(line))
        reference = time.perf_counter() - started

        env = {**os.environ, "DJANGO_DEBUG": "true", "DJANGO_SETTINGS_MODULE": "vetting.settings"}
        command = [sys.executable, "manage.py", "check_offer", "--jsonl", str(source)]
        startup = time.perf_counter()
        subprocess.run([sys.executable, "manage.py", "check", "--no-color"], cwd=PROJECT, env=env, check=True,
                       capture_output=True)  # fmt: skip
        startup = time.perf_counter() - startup
        started = time.perf_counter()
        result = subprocess.run(command, cwd=PROJECT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        results = result.stdout.count("\n")
    print(f"{count:,} offers ({len(texts)} corpus texts x {args.copies}), one process")
    print(f"  reference, JSON in and out only:  {reference:6.2f} s  {count / reference:10,.0f} offers/s")
    print(f"  check_offer --jsonl:              {elapsed:6.2f} s  {count / elapsed:10,.0f} offers/s "
          f"({count / max(elapsed - startup, 1e-9):,.0f}/s without the {startup:.1f} s start-up)")  # fmt: skip
    verdict = "met" if count / elapsed >= 500 else "NOT met"
    print(f"  results written: {results:,}; target at least 500 offers/s: {verdict}")
    return 0 if results == count else 1


if __name__ == "__main__":
    sys.exit(main())
