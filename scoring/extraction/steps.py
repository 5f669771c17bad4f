"""Ordered hiring steps: which parts of an offer come before its interview or job offer.

"1. Submit CV 2. Telephonic screening 3. Clearance through our partner (R280, paid by EFT) 4. Final interview and
offer", "Step 1 - assessment with our testing partner ($24.99) ... Step 4 - Interview", "Initial interview > Assessment
> Medical > Job offer": a process laid out in order says by its order alone when each step comes. Money asked in a
step that comes before a later interview or offer step is asked before a job exists (checklist: fraud signals, Q4),
whatever words the step uses for it; the phrase readings in `money` need words such as "before the interview", and
a list says it by its numbers. (Personal papers in such a step are left to `signals`: its phrase readings already
found every one in the corpus.)
"""

from __future__ import annotations

import re
from bisect import bisect_left

from scoring.extraction import money as money_module
from scoring.extraction.money import Money, Rate
from scoring.extraction.text import Collector, Scanner

# A numbered step at the start of a line: "1. ", "2) ", "Step 3 - ", "Stap 2: ", "Hakbang 1 –", "3️⃣ ".
NUMBERED_STEP = re.compile(
    r"^[ \t>*•·▪●-]*(?:(?:step|stap|hakbang|stage|phase|fase|round|ronde)\s*)?(?P<number>\d{1,2})\s*"
    r"(?:[.):–-]|\s-|\ufe0f?\u20e3)[ \t]*(?=\S)",  # (... or a keycap: "3️⃣ Medical exam")
    re.IGNORECASE | re.MULTILINE,
)
# A process on one line, its steps joined by arrows: "Initial interview (call) > Assessment > Medical > Job offer".
ARROW = re.compile(r"\s*(?:->|=>|→|⇒|➡️?|➔|»|>)\s*")
ARROW_CHARACTERS = ">→⇒➡➔»"
MIN_STEPS = 3
# A step that is the interview or the written offer: what comes before it comes before any job exists.
GATE = re.compile(
    r"\binterview|\boffer\b|\boffer letter|\bjob offer\b|\bJO\b|\bcontract\b|\bhired\b|\bhiring manager\b"
    r"|\b(?:sollicitatie|kennismakings|video)?gesprek\b|\baanbod\b|\baanstelling|\bonderhoud\b|\bkontrak\b"
    r"|\bpanayam\b|انٹرویو|آفر",
    re.IGNORECASE,
)
# A step of the seeker's pay, not a payment: "3. Paid training at $18/hr", "4. Sign-on bonus $300".
PAY_WORDS = re.compile(
    r"\b(?:per hour|an hour|/hr|/hour|hourly|salary|salaris|salaries|sahod|tankhwah|wage|pay rate|earn\w*|bonus|stipend"
    r"|allowance|incentives?|commission|toelae|vergoeding)\b",
    re.IGNORECASE,
)
# What says an amount named anywhere is paid by the seeker: "i-send sa GCash", "paid by EFT", "card accepted".
PAYMENT_WORDS = re.compile(
    r"\b(?:pay|paid|payment|fee|fees|charge|cost|costs|price|send|i-?send|bayad|magbayad|babayaran|gcash|maya|paymaya"
    r"|eft|e-?transfer|zelle|cash ?app|paypal|venmo|card|deposit|transfer|betaal\w*|kos|koste|betaling|bhej\w*|jama"
    r"|easypaisa|jazzcash|upi|paytm|refund\w*|reimburs\w*|terugbetaal\w*|\w+betaald)\b",  # (refunded: paid first)
    re.IGNORECASE,
)
# The employer pays, or nothing is paid: "(free)", "at no cost to you", "we cover it".
NOTHING_TO_PAY = re.compile(
    r"\bfree\b|\bno (?:cost|charge|fee)\b|\bat no cost\b|\bwe (?:pay|cover)\b|\bcompany[- ]paid\b"
    r"|\bpaid by (?:us|the company)|\bgratis\b|\bkosteloos\b|\bwalang bayad\b|\blibre\b|\bmuft\b",
    re.IGNORECASE,
)


def steps_before_offer(scanner: Scanner) -> list[tuple[int, int]]:
    """Spans of the steps of a numbered process that come before a later step naming the interview or the offer."""
    found: list[tuple[int, int]] = []
    text = scanner.text
    runs: list[list[re.Match]] = []
    for m in NUMBERED_STEP.finditer(text):
        number = int(m.group("number"))
        if runs and number == int(runs[-1][-1].group("number")) + 1:
            runs[-1].append(m)
        elif number == 1:
            runs.append([m])
    for run in runs:
        if len(run) < MIN_STEPS:
            continue
        spans = []
        for i, m in enumerate(run):
            line_end = text.find("\n", m.end())
            end = run[i + 1].start() if i + 1 < len(run) else (len(text) if line_end == -1 else line_end)
            spans.append((m.end(), end))
        gates = [i for i, (a, b) in enumerate(spans) if GATE.search(text, a, b)]
        if gates:
            found.extend(spans[: gates[-1]])
    return found


def arrow_steps_before_offer(scanner: Scanner) -> list[str]:
    """The names of the steps of a one-line process ("Interview > Assessment > Medical > Job offer") that come before a
    later step naming the interview or the offer, lower case, without what is in brackets."""
    names: list[str] = []
    for line in scanner.low.split("\n"):
        if sum(line.count(ch) for ch in ARROW_CHARACTERS) < MIN_STEPS - 1:
            continue
        head, _, rest = line.rpartition(":")
        parts = [re.sub(r"\([^)]*\)", "", part).strip(" .-–*") for part in ARROW.split(rest if head else line)]
        parts = [part for part in parts if part]
        if len(parts) < MIN_STEPS:
            continue
        gates = [i for i, part in enumerate(parts) if GATE.search(part)]
        if gates:
            names.extend(part for part in parts[: gates[-1]] if not GATE.search(part) and len(part) >= 4)
    return names


def extract_steps(scanner: Scanner, found: Collector, amounts: list[Money], rates: list[Rate]) -> None:
    """Fees asked in a step before the interview or offer are asked before a job exists."""
    if not any(ch.isdigit() for ch in scanner.text) and not any(ch in scanner.text for ch in ARROW_CHARACTERS):
        return
    spans = steps_before_offer(scanner)
    names = arrow_steps_before_offer(scanner)
    if not spans and not names:
        return
    text = scanner.text
    rate_starts = {r.money.start for r in rates}
    starts = [a for a, _ in spans]

    def in_step(position: int) -> tuple[int, int] | None:
        i = bisect_left(starts, position + 1) - 1
        if i >= 0 and spans[i][0] <= position < spans[i][1]:
            return spans[i]
        return None

    def before_offer(position: int) -> tuple[int, int] | None:
        """The step (or the sentence naming a step of a one-line process, with a word of paying) that holds
        `position` and comes before the interview or offer; None when there is none."""
        if (step := in_step(position)) is not None:
            return step
        if not names:
            return None
        a, b = scanner.sentence(position)
        sentence = scanner.low[a:b]
        if any(re.search(rf"\b{re.escape(name)}\b", sentence) for name in names) and PAYMENT_WORDS.search(sentence):
            return a, b
        return None

    # Fees read already whose timing no phrase told: the step says it.
    recorded = found.candidates.get("fee", [])
    for candidate in recorded:
        kind, amount, currency, timing, recurring = candidate.value
        if timing == "unknown" and before_offer(candidate.start) is not None:
            candidate.value = (kind, amount, currency, "before_offer", recurring)
            candidate.shown = candidate.shown.rsplit(", ", 1)[0] + ", before_offer"
    taken = [(c.start, c.end) for c in recorded]
    for amount in amounts:
        if amount.start in rate_starts or amount.amount <= 0 or any(a <= amount.start < b for a, b in taken):
            continue
        where = before_offer(amount.start)
        if where is None:
            continue
        if PAY_WORDS.search(text, *where) or NOTHING_TO_PAY.search(text, *where) or scanner.negated(amount.start, 40):
            continue
        if money_module.GIVEN_AFTER.match(text, amount.end) or money_module.PAID_AS_BEFORE.search(
            text, max(0, amount.start - 30), amount.start
        ):
            continue  # "... paid as a flat $120 once you complete it": paid to the seeker
        kind_match = money_module._nearest_kind(scanner, where[0], where[1], amount.start)
        if kind_match is None and not PAYMENT_WORDS.search(text, *where):
            continue  # an amount that neither pays for something named nor is said to be paid
        kind = kind_match[0] if kind_match is not None else "other"
        if kind == "training" and money_module.PAID_AFTER_KIND.match(text, kind_match[2]):
            continue
        money_module._record_fee(found, kind, amount, "before_offer", "unknown", amount.start, amount.end)
        taken.append((amount.start, amount.end))
