"""How long reading an offer takes on text built to be slow, next to a linear pass over the same text.

    python bench/hostile_text.py [--size 200000]

Each text is as long as the reading takes (MAX_SCAN_CHARS, 200,000 characters), from
tests.offers.adversarial_texts: runs of digits and brackets, repeated fee, chat and urgency words, a
label followed by a run of spaces or underscores, checklist words with no sentence breaks; and threads of
nothing but the seeker's own quote headers. The
reading is linear in the text's length and stops at a 0.5 s budget, saying so; this prints each text's
time, whether the budget cut it short, and, as the in-run reference, one `re.finditer(r"\\w+")` pass
over the same text (the cost of merely looking at every word once). Target: every text under 1 s.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")

import django  # noqa: E402

django.setup()

from scoring.extraction import MAX_SCAN_CHARS, extract  # noqa: E402
from tests.offers import adversarial_texts  # noqa: E402  (the texts the suite reads too)

TARGET_SECONDS = 1.0


def thread_texts(size: int) -> dict[str, tuple[str, None]]:
    """Pasted threads of nothing but the greeted seeker's quote headers (scoring/extraction/quoted.py sets the
    seeker's quotes aside before reading). Kept out of the suite's list: what is left to read is a text of spaces
    near the 0.5 s budget, so whether the budget cuts it short depends on the machine."""

    def fill(head: str, unit: str) -> str:
        return (head + unit * (size // len(unit) + 1))[:size]

    return {
        "quote headers of the seeker": (fill("Hi Bob,\n", "> On Mon, Bob wrote:\n> x\n"), None),
        "mail headers of the seeker": (fill("Hi Bob,\n", "From: Bob\nSent: x\nOn Mon, Bob wrote:\n\n"), None),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=MAX_SCAN_CHARS, help="Characters per text")
    args = parser.parse_args()
    extract("warm-up: $15/hr, paid training, Texas only.")
    print(f"{'text':33s} {'chars':>8s} {'reading s':>10s} {'reference s':>12s}  cut short")
    worst = 0.0
    for name, (text, _) in {**adversarial_texts(args.size), **thread_texts(args.size)}.items():
        started = time.perf_counter()
        sum(1 for _ in re.finditer(r"\w+", text))
        reference = time.perf_counter() - started
        started = time.perf_counter()
        extraction = extract(text)
        elapsed = time.perf_counter() - started
        worst = max(worst, elapsed)
        cut = "yes" if extraction.notes else "no"
        print(f"{name:33s} {len(text):8,d} {elapsed:10.3f} {reference:12.3f}  {cut}")
    print(f"worst {worst:.3f} s; target under {TARGET_SECONDS:.1f} s: {'met' if worst < TARGET_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
