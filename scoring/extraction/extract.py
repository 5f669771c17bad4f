"""`extract(text)`: read an offer's free text into checklist answers with evidence. Pure and deterministic."""

from __future__ import annotations

from functools import cache

from scoring.config import PayAssumptions
from scoring.extraction import employer, money, regions, signals, steps, terms
from scoring.extraction import text as text_module
from scoring.extraction.language import detect_language
from scoring.extraction.normalize import Normalized, normalize, repair_ocr, western_digits
from scoring.extraction.quoted import blank_seekers_quote
from scoring.extraction.result import Evidence, Extraction
from scoring.extraction.text import Candidate, Collector, Scanner
from scoring.offer import FeeSnapshot, Offer
from scoring.pay import BLS_P90, estimate_hourly_pay
from scoring.rules.beyond_faq import is_free_email_domain

# Offers are a few KB; a pasted 5 MB "description" is read up to here, and the result says so.
MAX_SCAN_CHARS = 200_000
TRAINING_ORDER = ("charged", "unpaid", "paid")  # the worst stated answer wins


def _first(cands: list[Candidate]) -> Candidate:
    return min(cands, key=lambda c: c.start)


def _answer(cands: list[Candidate]) -> str:
    """ "yes" wins over "no": a warning stated anywhere is not cancelled by a reassurance elsewhere."""
    values = {c.value for c in cands}
    return "yes" if "yes" in values else "no"


def extract(text: str) -> Extraction:
    """Fill in every checklist answer `text` reveals; leave the rest out (they stay "unknown")."""
    _prepare()
    return _read(text or "", text_module.TIME_BUDGET_SECONDS)


# A short offer that leads every pattern to be planned (`_prepare`): pay, status, training and places, and the words
# the fee, money and personal-data readings start from (a fee, a kit, a deposit, a check, a chat app, bank details),
# so that the first real offer's budget pays for none of that planning.
WARM_UP_TEXT = (
    "Customer service agent, $15 an hour, W-2 employee, paid training, hiring in the U.S. only. No registration fee, "
    "no starter kit, no deposit and no check to cash; we never interview on WhatsApp or ask for your bank details."
)


@cache
def _prepare() -> None:
    """Work out, once per process, what reading needs of every pattern (its anchor words and search plan, the
    anchor index, the language model) by reading a short offer with no time budget. That costs about a second;
    inside the first real offer's budget it would cut that offer's reading short, and in a fresh web or Celery
    worker the first offer checked would then get a verdict from half its text."""
    _read(WARM_UP_TEXT, float("inf"))


def _read(text: str, budget_seconds: float) -> Extraction:
    original = text[:MAX_SCAN_CHARS]
    # Entities decoded and glued words opened (HTML-stripped ads); evidence is mapped back at the end.
    # The same length: offsets into it are offsets into the original.
    repaired = western_digits(repair_ocr(original))
    normalized = normalize(repaired)
    scanned = normalized.text if normalized else repaired
    # The seeker's own question quoted under a reply is not the offer (same length: offsets stay valid).
    scanned = blank_seekers_quote(scanned)
    scanner = Scanner(scanned, budget_seconds)
    found = Collector(scanner)

    amounts = money.find_money(scanner)
    rates = money.find_rates(scanner, amounts)
    money.extract_pay(scanner, found, rates)
    money.extract_fees(scanner, found, amounts, rates)
    money.extract_paid_first(scanner, found, amounts)
    terms.extract_status(scanner, found)
    terms.extract_equipment(scanner, found)
    terms.extract_hours(scanner, found)
    terms.extract_training(scanner, found)
    terms.extract_person(scanner, found)
    terms.extract_work(scanner, found)
    signals.extract_signals(scanner, found)
    regions.extract_regions(scanner, found, {m.currency for m in amounts})
    employer.extract_employer(scanner, found)
    steps.extract_steps(scanner, found, amounts, rates)

    answers: dict = {}
    evidence: list[Evidence] = []

    def keep(name: str, value, *, shown=None) -> None:
        answers[name] = value
        evidence.extend(found.evidence(name, lambda c: shown is None or c.value == shown))

    for name in sorted(found.answer_names):
        value = _answer(found.candidates[name])
        keep(name, value, shown=value)

    _resolve_pay(found, answers, evidence)
    if cands := found.candidates.get("worker_status"):
        values = {c.value for c in cands}
        value = "contractor" if "contractor" in values else "employee"
        keep("worker_status", value, shown=value)
    elif cands := found.candidates.get("employee_benefits"):
        # Health cover, paid leave, 13th-month pay, UIF: benefits only employees get.
        first = _first(cands)
        answers["worker_status"] = "employee"
        evidence.append(Evidence("worker_status", "employee", first.start, first.end, scanned[first.start : first.end]))
    if cands := found.candidates.get("training_pay"):
        value = next(v for v in TRAINING_ORDER if any(c.value == v for c in cands))
        keep("training_pay", value, shown=value)
    if cands := found.candidates.get("training_days"):
        keep("training_days", _first(cands).value, shown=_first(cands).value)
    if cands := found.candidates.get("salary_hours") or found.candidates.get("hours_per_week"):
        keep("hours_per_week", _first(cands).value, shown=_first(cands).value)
    elif cands := found.candidates.get("full_time"):
        first = _first(cands)  # "full-time" with no number: the usual 40 hours a week
        answers["hours_per_week"] = 40
        evidence.append(
            Evidence("hours_per_week", first.shown, first.start, first.end, scanned[first.start : first.end])
        )
    if cands := found.candidates.get("direction"):
        values = {c.value for c in cands}
        keep("direction", "both" if len(values) > 1 else values.pop())
    if cands := found.candidates.get("work_types"):
        keep("work_types", tuple(sorted({c.value for c in cands})))
    if cands := found.candidates.get("hiring_regions"):
        keep("hiring_regions", tuple(sorted({c.value for c in cands})))
    if cands := found.candidates.get("application_process"):
        first = _first(cands)
        answers["application_process"] = scanned[first.start : first.end]
        evidence.append(
            Evidence("application_process", "stated", first.start, first.end, answers["application_process"])
        )
    if cands := found.candidates.get("recruiter_email"):
        free = [c for c in cands if found.scanner.text[c.start : c.end].lower() == c.value and _is_free(c.value)]
        chosen = _first(free or cands)
        answers["recruiter_email"] = chosen.value
        evidence.append(
            Evidence("recruiter_email", chosen.value, chosen.start, chosen.end, scanned[chosen.start : chosen.end])
        )
    if cands := found.candidates.get("employer_name"):
        first = _first(cands)
        answers["employer_name"] = first.value
        shown = scanned[first.start : first.end]
        evidence.append(Evidence("employer_name", first.value, first.start, first.end, shown))
    _resolve_fees(found, answers, evidence)

    _pay_above_market(found, answers, evidence)
    evidence.extend(found.signals)
    if normalized:
        evidence = [_in_original(e, normalized, original) for e in evidence]
    elif repaired is not original:  # quoted as the offer wrote it ("Rs 24,OOO"), not as it was read
        evidence = [Evidence(e.field, e.value, e.start, e.end, original[e.start : e.end]) for e in evidence]
    evidence.sort(key=lambda e: (e.start, e.end, e.field))
    notes = []
    if len(text) > MAX_SCAN_CHARS:
        notes.append(f"Only the first {MAX_SCAN_CHARS:,} of {len(text):,} characters were read.")
    if scanner.cut_short:
        notes.append(
            "This text was not read in full: it holds far more amounts or phrases than an offer does, "
            "so only the first ones were read. Check the answers below by hand."
        )
    return Extraction(
        answers=answers,
        evidence=tuple(evidence),
        text_length=len(text),
        scanned_chars=len(original),
        notes=tuple(notes),
        language=detect_language(original),
    )


def _in_original(e: Evidence, normalized: Normalized, original: str) -> Evidence:
    start, end = normalized.span(e.start, e.end)
    return Evidence(e.field, e.value, start, end, original[start:end])


def _is_free(address: str) -> bool:
    return is_free_email_domain(address.rpartition("@")[2])


def _resolve_pay(found: Collector, answers: dict, evidence: list[Evidence]) -> None:
    text = found.scanner.text
    rates = found.candidates.get("pay", [])
    commission_only = found.candidates.get("commission_only")
    if commission_only:
        first = _first(commission_only)
        answers["pay_basis"] = "commission"
        evidence.append(Evidence("pay_basis", "commission", first.start, first.end, text[first.start : first.end]))
    elif (
        rates
        and answers.get("base_pay") == "no"
        and found.has("commission")
        and all(c.value.basis == "salary" for c in rates)
    ):
        # "Earn $800–$1,500/week!! Uncapped commission ... no base pay": the weekly figure is what sales might bring
        first = _first(found.candidates["commission"])
        answers["pay_basis"] = "commission"
        evidence.append(Evidence("pay_basis", "commission", first.start, first.end, text[first.start : first.end]))
    elif rates:
        pieces = [c for c in rates if c.value.basis in ("minute", "call")]
        # "Top agents earn $18-20/hr! Pay is $0.25 per talk minute ... there's no hourly minimum": with no base, the
        # pay per minute or call is the pay; an hourly figure beside it is what some agents come to. So with no
        # guaranteed minimum: "EARN UP TO $30/HR ... $0.30 per talk minute ... no minimum guarantee".
        unfloored = answers.get("base_pay") == "no" or answers.get("guaranteed_minimum") == "no"
        # "POTENTIAL $18.50/HR ... $6.50/hr base + up to $12/hr in bonuses": the base is the pay, the headline what
        # bonuses might bring
        bases = [c for c in rates if c.value.base]
        first = _first(pieces if pieces and unfloored else bases or rates)
        rate = first.value
        answers.update(pay_basis=rate.basis, pay_currency=rate.money.currency)
        if rate.basis != "commission":
            answers["pay_amount"] = rate.amount
            if rate.top is not None:
                answers["pay_amount_max"] = rate.top
        evidence.append(Evidence("pay_basis", rate.basis, first.start, first.end, text[first.start : first.end]))
        evidence.append(Evidence("pay_amount", first.shown, first.start, first.end, text[first.start : first.end]))
        evidence.extend(
            Evidence("pay_amount", c.shown, c.start, c.end, text[c.start : c.end]) for c in rates if c is not first
        )
    elif found.has("commission"):
        first = _first(found.candidates["commission"])
        answers["pay_basis"] = "commission"
        evidence.append(Evidence("pay_basis", "commission", first.start, first.end, text[first.start : first.end]))
    elif found.has("guaranteed_rate") and answers.get("guaranteed_minimum") == "yes":
        # "paid a guaranteed £14.50 per hour, busy or quiet" and no other pay named: the guarantee is the pay.
        first = _first(found.candidates["guaranteed_rate"])
        rate = first.value
        answers.update(pay_basis=rate.basis, pay_amount=rate.amount, pay_currency=rate.money.currency)
        evidence.append(Evidence("pay_basis", rate.basis, first.start, first.end, text[first.start : first.end]))
        evidence.append(Evidence("pay_amount", first.shown, first.start, first.end, text[first.start : first.end]))
    minimum = found.candidates.get("guaranteed_minimum_hourly")
    if minimum and answers.get("guaranteed_minimum") == "yes":
        first = _first(minimum)
        answers["guaranteed_minimum_hourly"] = first.value
        evidence.append(Evidence("guaranteed_minimum_hourly", str(first.value), first.start, first.end,
                                 text[first.start : first.end]))  # fmt: skip
        if "pay_currency" not in answers:
            # The guarantee's own currency ("ons waarborg R45 per uur"), else dollars
            guaranteed = found.candidates.get("guaranteed_rate")
            answers["pay_currency"] = _first(guaranteed).value.money.currency if guaranteed else "USD"


def _resolve_fees(found: Collector, answers: dict, evidence: list[Evidence]) -> None:
    cands = found.candidates.get("fee")
    if not cands:
        return
    by_kind: dict[str, FeeSnapshot] = {}
    for c in sorted(cands, key=lambda c: c.start):
        kind, amount, currency, timing, recurring = c.value
        old = by_kind.get(kind)
        if old is None:
            by_kind[kind] = FeeSnapshot(kind, amount, currency, timing, recurring)
        else:
            by_kind[kind] = FeeSnapshot(
                kind,
                old.amount if old.amount is not None else amount,
                old.currency if old.amount is not None else currency,
                old.timing if old.timing != "unknown" else timing,
                "yes"
                if "yes" in (old.recurring, recurring)
                else old.recurring
                if old.recurring != "unknown"
                else recurring,
            )
        evidence.append(Evidence("fees", c.shown, c.start, c.end, found.scanner.text[c.start : c.end]))
    answers["fees"] = tuple(by_kind.values())


def _pay_above_market(found: Collector, answers: dict, evidence: list[Evidence]) -> None:
    """Checklist: pay far above market for no experience. The rules judge it too; this marks the text."""
    if answers.get("experience_required") == "yes" or answers.get("pay_basis") in (None, "commission"):
        return
    fields = {k: answers[k] for k in ("pay_basis", "pay_amount", "pay_currency", "hours_per_week") if k in answers}
    estimate = estimate_hourly_pay(Offer.from_values(fields), PayAssumptions())
    if estimate.comparable and estimate.gross_hourly is not None and estimate.gross_hourly > BLS_P90:
        for e in [e for e in evidence if e.field == "pay_basis"][:1]:
            found.signal("pay_above_market", e.start, e.end, f"about ${estimate.gross_hourly} an hour")
