"""How long reading an offer takes on text built to be slow, next to a linear pass over the same text.

    python bench/hostile_text.py [--size 200000]

Each text is as long as the reading takes (MAX_SCAN_CHARS, 200,000 characters): runs of digits and
brackets, repeated fee, chat and urgency words, random checklist words with no sentence breaks. The
reading is linear in the text's length and stops at a 0.5 s budget, saying so; this prints each text's
time, whether the budget cut it short, and, as the in-run reference, one `re.finditer(r"\\w+")` pass
over the same text (the cost of merely looking at every word once). Target: every text under 1 s.
"""

from __future__ import annotations

import argparse
import os
import random
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

WORDS = [
    "training",
    "fee",
    "$99",
    "per",
    "hour",
    "Telegram",
    "WhatsApp",
    "interview",
    "SSN",
    "bank",
    "account",
    "starter",
    "kit",
    "Texas,",
    "California,",
    "Philippines",
    "Manila",
    "urgent",
    "start",
    "today",
    "limited",
    "spots",
    "no",
    "not",
    "never",
    "commission",
    "leads",
    "guaranteed",
    "minimum",
    "1099",
    "contractor",
    "employee",
    "W-2",
    "headset",
    "laptop",
    "provided",
    "paid",
    "unpaid",
    "gift",
    "card",
    "bitcoin",
    "USDT",
    "reship",
    "package",
    "check",
    "deposit",
    "R15",
    "₱18,000",
    "Rs",
    "20000",
    "€",
    "14",
    "£",
    "-",
    "to",
    ",",
    ";",
    ".",
    "\n",
    "(",
    ")",
    "a@b.com",
    "http://x.y",
]
TARGET_SECONDS = 1.0


def texts(size: int) -> dict[str, str]:
    def fill(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    rng = random.Random(1)
    return {
        "random checklist words": " ".join(rng.choice(WORDS) for _ in range(size // 5))[:size],
        "no sentence breaks": fill("pay 15 per hour training fee kit 99 whatsapp ssn bank "),
        "fee words and amounts": fill("training fee $99 "),
        "chat apps and urgency": fill("Telegram interview start today limited spots "),
        "amount ranges": fill("$10-$20 "),
        "amounts glued by commas": fill("$1,"),
        "digit run": fill("7"),
        "state names": fill("Texas, "),
        "e-mail addresses": fill("recruiter.name@gmail.com "),
        "brackets": fill("(["),
        "glued capitals": fill(" - A"),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=MAX_SCAN_CHARS, help="Characters per text")
    args = parser.parse_args()
    extract("warm-up: $15/hr, paid training, Texas only.")
    print(f"{'text':26s} {'chars':>8s} {'reading s':>10s} {'reference s':>12s}  cut short")
    worst = 0.0
    for name, text in texts(args.size).items():
        started = time.perf_counter()
        sum(1 for _ in re.finditer(r"\w+", text))
        reference = time.perf_counter() - started
        started = time.perf_counter()
        extraction = extract(text)
        elapsed = time.perf_counter() - started
        worst = max(worst, elapsed)
        cut = "yes" if extraction.notes else "no"
        print(f"{name:26s} {len(text):8,d} {elapsed:10.3f} {reference:12.3f}  {cut}")
    print(f"worst {worst:.3f} s; target under {TARGET_SECONDS:.1f} s: {'met' if worst < TARGET_SECONDS else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
