"""How well the verdict separates legitimate postings from scams in a labelled file.

    python bench/evaluate_verdicts.py bench/dev_offers.jsonl
    python bench/evaluate_verdicts.py fake_job_postings.csv     # the public EMSCAD file, same columns

Each row goes through the importer's own mapping and extraction (no database needed) and is scored
with the built-in default rules. Prints a confusion table of verdict band x label, precision and
recall of "Red flags" + "Likely scam" as the prediction "fraudulent", and the ROC AUC of 100 - score.
The label is read here only; the rules never see it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")

import django  # noqa: E402

django.setup()

import pycountry  # noqa: E402

from listings.importer import (  # noqa: E402
    RowError,
    apply_extraction,
    detect_encoding,
    guess_format,
    map_record,
    read_records,
)
from scoring.config import RuleConfig  # noqa: E402
from scoring.offer import Offer  # noqa: E402
from scoring.verdict import BANDS, evaluate  # noqa: E402

POSITIVE_BANDS = {"red_flags", "likely_scam"}
TRUE_LABELS = {"1", "t", "true", "yes", "fraudulent", "scam"}
FALSE_LABELS = {"0", "f", "false", "no", "legitimate", "legit"}


def region_codes() -> frozenset[str]:
    codes = {c.alpha_2 for c in pycountry.countries}
    for country in ("US", "CA"):
        codes |= {s.code for s in pycountry.subdivisions.get(country_code=country)}
    return frozenset(codes)


def roc_auc(scores: list[float], labels: list[int]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half): the rank formula."""
    pairs = sorted(zip(scores, labels, strict=True))
    ranks = [0.0] * len(pairs)
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    positives = sum(1 for _, y in pairs if y)
    negatives = len(pairs) - positives
    if not positives or not negatives:
        return None
    rank_sum = sum(r for r, (_, y) in zip(ranks, pairs, strict=True) if y)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def offer_for(row) -> Offer:
    return Offer.from_values(
        row.values,
        title=row.title,
        description=row.description,
        employer_name=row.employer_name,
        fees=tuple(row.fees),
        hiring_regions=row.regions,
        work_types=tuple(row.work_types),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", type=Path)
    parser.add_argument("--show", action="store_true", help="Print each row's verdict, score and top findings.")
    args = parser.parse_args()

    regions, config = region_codes(), RuleConfig()
    table = {band: [0, 0] for band in BANDS}
    scores, labels, skipped, lenient = [], [], 0, 0
    started = time.perf_counter()
    fmt = guess_format(args.file)
    encoding, _ = detect_encoding(args.file)
    for line, record, _error in read_records(args.file, fmt, encoding):
        if record is None:
            skipped += 1
            continue
        raw = (record.get("fraudulent") or record.get("label") or "").strip().lower()
        if raw not in TRUE_LABELS | FALSE_LABELS:
            skipped += 1
            continue
        try:
            row = map_record(line, record, source="eval", regions=regions)
        except RowError:
            # The importer rejects such rows; for evaluation keep them with the bad column left out
            # (the public EMSCAD file has spreadsheet-mangled salary ranges such as "Oct-15").
            lenient += 1
            try:
                row = map_record(line, {**record, "salary_range": "", "location": ""}, source="eval", regions=regions)
            except RowError:
                skipped += 1
                continue
        apply_extraction(row)
        result = evaluate(offer_for(row), config)
        label = int(raw in TRUE_LABELS)
        table[result.verdict][label] += 1
        scores.append(100 - result.score)
        labels.append(label)
        if args.show:
            top = ", ".join(f.rule for f in result.findings if f.severity >= 2)[:110]
            print(f"{row.source_id:>8} label={label} {result.verdict:<19} {result.score:>3}  {top}")
    elapsed = time.perf_counter() - started

    n = len(labels)
    print(
        f"\n{args.file.name}: {n} labelled rows scored in {elapsed:.2f} s ({skipped} skipped, {lenient} with an "
        "unreadable salary_range or location left out)\n"
    )
    print(f"{'verdict':<22}{'label 0 (legit)':>16}{'label 1 (fraud)':>16}")
    for band in BANDS:
        print(f"{band:<22}{table[band][0]:>16}{table[band][1]:>16}")
    tp = sum(table[b][1] for b in POSITIVE_BANDS)
    fp = sum(table[b][0] for b in POSITIVE_BANDS)
    fn = sum(labels) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    auc = roc_auc(scores, labels)
    print(f"\n'Red flags' + 'Likely scam' as fraudulent: precision {precision:.2f} ({tp}/{tp + fp}), "
          f"recall {recall:.2f} ({tp}/{tp + fn})")  # fmt: skip
    print(f"ROC AUC of (100 - score): {auc:.3f}" if auc is not None else "ROC AUC: needs both labels")
    return 0


if __name__ == "__main__":
    sys.exit(main())
