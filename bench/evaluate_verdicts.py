"""How well the verdict matches labels written before the program read the offers.

    python bench/evaluate_verdicts.py                          # the corpus, its tune part (what we tune on)
    python bench/evaluate_verdicts.py --split holdout          # the fifth we never tune on
    python bench/evaluate_verdicts.py --split all --show       # every offer, misses listed
    python bench/evaluate_verdicts.py bench/verdict_blind/blind.jsonl  # a file of offers labelled by band
    python bench/evaluate_verdicts.py fake_job_postings.csv    # published ads labelled fraudulent 0/1 (EMSCAD)

The corpus (bench/verdict_corpus/*.jsonl, labelled by bench/verdict_corpus/LABELLING.md) carries a band
per offer; an EMSCAD-style file carries only scam or not. Each text is read and scored exactly as a
pasted offer is (scoring.extraction, scoring.verdict, the built-in default rules), with no database.

Prints the confusion table (label x verdict), per-band precision and recall, the ROC AUC of the score
separating scams from the rest, and texts per second. The label is read here only; the rules never
see it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "vetting.settings")
os.environ.setdefault("DJANGO_DEBUG", "true")

import django  # noqa: E402

django.setup()

from listings.importer import RowError, apply_extraction, detect_encoding, guess_format, map_record, read_records  # noqa: E402
from scoring.config import RuleConfig  # noqa: E402
from scoring.extraction import extract  # noqa: E402
from scoring.offer import Offer  # noqa: E402
from scoring.verdict import evaluate  # noqa: E402
from scoring.vocabulary import BANDS, Verdict  # noqa: E402
from tests.offers import corpus_records  # noqa: E402

TRUE_LABELS = {"1", "t", "true", "yes", "fraudulent", "scam"}
FALSE_LABELS = {"0", "f", "false", "no", "legitimate", "legit"}
SCAM, LEGIT = "scam", "legitimate"


def roc_auc(scores: list[float], positives: list[bool]) -> float | None:
    """Probability that a random positive outranks a random negative (ties count half): the rank formula."""
    pairs = sorted(zip(scores, positives, strict=True))
    ranks = [0.0] * len(pairs)
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[k] = (i + j) / 2 + 1
        i = j + 1
    n_pos = sum(1 for _, p in pairs if p)
    n_neg = len(pairs) - n_pos
    if not n_pos or not n_neg:
        return None
    rank_sum = sum(r for r, (_, p) in zip(ranks, pairs, strict=True) if p)
    return (rank_sum - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


def corpus_rows(split: str, langs: set[str] | None, paths: list[Path] | None = None):
    """(id, label band, text, language) of the corpus (or of `paths`, files in its format), in file order."""
    for record in corpus_records(paths):
        if split in ("all", record["split"]) and (not langs or record.get("lang", "en") in langs):
            yield record["id"], record["label"], record["text"], record.get("lang", "en")


def labelled_file_rows(path: Path):
    """(id, "scam" or "legitimate", Offer) of a CSV / JSON Lines file of published ads, read as the importer does."""
    import pycountry

    regions = {c.alpha_2 for c in pycountry.countries}
    for country in ("US", "CA"):
        regions |= {s.code for s in pycountry.subdivisions.get(country_code=country)}
    encoding, _ = detect_encoding(path)
    for line, record, _error in read_records(path, guess_format(path), encoding):
        raw = ((record or {}).get("fraudulent") or (record or {}).get("label") or "").strip().lower()
        if record is None or raw not in TRUE_LABELS | FALSE_LABELS:
            continue
        try:
            row = map_record(line, record, source="eval", regions=frozenset(regions))
        except RowError:  # spreadsheet-mangled salary ranges ("Oct-15"): keep the row without them
            try:
                row = map_record(line, {**record, "salary_range": "", "location": ""}, source="eval",
                                 regions=frozenset(regions))  # fmt: skip
            except RowError:
                continue
        apply_extraction(row)
        offer = Offer.from_values(
            row.values,
            title=row.title,
            description=row.description,
            employer_name=row.employer_name,
            fees=row.fees,
            hiring_regions=row.regions,
            work_types=row.work_types,
        )
        yield row.source_id, SCAM if raw in TRUE_LABELS else LEGIT, offer


def report_bands(results: list[tuple[str, str, str, int]], elapsed: float, show: bool) -> None:
    table = Counter((label, verdict) for _, label, verdict, _ in results)
    n = len(results)
    right = sum(1 for _, label, verdict, _ in results if label == verdict)
    print(f"{n} offers, {right} in the labelled band: {right / n:.1%}   ({n / elapsed:,.0f} texts/s)\n")
    print("label / verdict".ljust(22) + "".join(f"{b[:18]:>20}" for b in BANDS) + f"{'recall':>10}")
    for label in BANDS:
        row = [table[(label, verdict)] for verdict in BANDS]
        total = sum(row)
        recall = f"{table[(label, label)] / total:.2f}" if total else "-"
        print(f"{label:<22}" + "".join(f"{c:>20}" for c in row) + f"{recall:>10}")
    precision = []
    for verdict in BANDS:
        called = sum(table[(label, verdict)] for label in BANDS)
        precision.append(f"{table[(verdict, verdict)] / called:.2f}" if called else "-")
    print(f"{'precision':<22}" + "".join(f"{p:>20}" for p in precision))
    scams_called_legit = table[(Verdict.LIKELY_SCAM, Verdict.LOOKS_LEGITIMATE)]
    print(f"\nScams called 'Looks legitimate': {scams_called_legit}")
    auc = roc_auc([100 - score for *_, score in results], [label == Verdict.LIKELY_SCAM for _, label, _, _ in results])
    print(
        f"ROC AUC of 100 - score, scams against every other offer: {auc:.3f}"
        if auc is not None
        else "ROC AUC: one class only"
    )
    if show:
        print()
        for offer_id, label, verdict, score in results:
            if label != verdict:
                print(f"  {offer_id:<10} labelled {label:<20} got {verdict:<20} score {score}")


def report_scam_or_not(results: list[tuple[str, str, str, int]], elapsed: float, show: bool) -> None:
    table = Counter((label, verdict) for _, label, verdict, _ in results)
    legit = sum(1 for _, label, *_ in results if label == LEGIT)
    scams = len(results) - legit
    print(
        f"{len(results)} ads ({scams} scams, {legit} legitimate) in {elapsed:.1f} s ({len(results) / elapsed:,.0f}/s)\n"
    )
    print(f"{'verdict':<22}{'legitimate':>12}{'scams':>12}")
    for verdict in BANDS:
        print(f"{verdict:<22}{table[(LEGIT, verdict)]:>12}{table[(SCAM, verdict)]:>12}")
    bad = table[(LEGIT, Verdict.RED_FLAGS)] + table[(LEGIT, Verdict.LIKELY_SCAM)]
    if legit:
        print(f"\nLegitimate ads read as legitimate: {table[(LEGIT, Verdict.LOOKS_LEGITIMATE)] / legit:.1%}; "
              f"called red flags or worse: {bad / legit:.1%}")  # fmt: skip
    auc = roc_auc([100 - score for *_, score in results], [label == SCAM for _, label, _, _ in results])
    print(f"ROC AUC of 100 - score: {auc:.3f}" if auc is not None else "ROC AUC: one class only")
    if show:
        print()
        for ad_id, label, verdict, score in results:
            wrong = (
                verdict in (Verdict.RED_FLAGS, Verdict.LIKELY_SCAM)
                if label == LEGIT
                else verdict == Verdict.LOOKS_LEGITIMATE
            )
            if wrong:
                print(f"  {ad_id:<14} {label:<12} read as {verdict:<20} score {score}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", type=Path, help="A CSV / JSON Lines file of ads labelled fraudulent 0/1")
    parser.add_argument(
        "--split",
        choices=["tune", "holdout", "all"],
        help="Part of the offers (default: tune for the corpus, all for a file)",
    )
    parser.add_argument("--show", action="store_true", help="List every offer that missed its band")
    parser.add_argument("--lang", action="append", help="Only offers in this language (en, nl, af, tl, ur); repeatable")
    args = parser.parse_args()
    config = RuleConfig()
    results = []
    started = time.perf_counter()
    banded = args.file is not None and args.file.suffix == ".jsonl" and '"label"' in args.file.read_text()[:2000]
    if args.file is None or banded:
        languages = Counter()
        paths = [args.file] if banded else None
        split = args.split or ("all" if banded else "tune")
        for offer_id, label, text, lang in corpus_rows(split, set(args.lang or ()), paths):
            result = evaluate(extract(text).to_offer(), config)
            results.append((offer_id, label, result.verdict, result.score))
            languages[(lang, label == result.verdict)] += 1
        report_bands(results, time.perf_counter() - started, args.show)
        print("\nIn the labelled band, by language: " + ", ".join(
            f"{lang} {languages[(lang, True)]}/{languages[(lang, True)] + languages[(lang, False)]}"
            for lang in sorted({lang for lang, _ in languages})
        ))  # fmt: skip
    else:
        for offer_id, label, offer in labelled_file_rows(args.file):
            result = evaluate(offer, config)
            results.append((offer_id, label, result.verdict, result.score))
        report_scam_or_not(results, time.perf_counter() - started, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
