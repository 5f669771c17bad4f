"""`manage.py check_offer [FILE] [--json | --jsonl]`: extract, score and explain offers from a terminal.

One offer's text (a file, or stdin) is explained in plain text or as one JSON object. With --jsonl the
input is JSON Lines, one `{"id": ..., "text": ...}` per line, and the output one result per line
(`id`, `verdict`, `score`, `findings`, `answers`, `language`, `language_read`); a line that cannot be
read is reported on stderr with its number, and the batch goes on (the exit status is then 1).

Needs no listing in the database, and no database at all: without an active rule set it scores with
the built-in defaults and says so on stderr.
"""

from __future__ import annotations

import json
import sys
import textwrap

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError

from listings.checking import CheckedOffer, check_text
from scoring.config import RuleConfig
from scoring.extraction import Extraction, extract
from scoring.pay import money
from scoring.verdict import Result, evaluate
from scoring.vocabulary import Severity

EXIT_BAD_INPUT = 2


def read_offer_text(source, *, warn) -> str:
    """Bytes or text from a file object; undecodable bytes become U+FFFD with a warning."""
    data = source.buffer.read() if hasattr(source, "buffer") else source.read()
    if isinstance(data, str):
        return data
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        warn(f"The input is not valid UTF-8 (byte {exc.start}); unreadable bytes were replaced with \ufffd.")
        return data.decode("utf-8", errors="replace")


def active_config(*, warn) -> RuleConfig:
    from scoring.models import RuleSet

    try:
        return RuleSet.objects.active().to_config()
    except (DatabaseError, RuleSet.DoesNotExist) as exc:
        reason = "no active rule set" if isinstance(exc, RuleSet.DoesNotExist) else "the database is not available"
        warn(f"Scoring with the built-in default rules ({reason}).")
        return RuleConfig()


def report(extraction: Extraction, checked: CheckedOffer) -> dict:
    data = extraction.as_dict()
    return {
        "verdict": checked.verdict,
        "verdict_label": checked.verdict_label,
        "score": checked.score,
        "rules_version": checked.rules_version,
        "findings": checked.findings,
        "questions": checked.questions,
        "answers": data["answers"],
        "evidence": data["evidence"],
        "pay": checked.pay.as_dict(),
        "text_length": data["text_length"],
        "scanned_chars": data["scanned_chars"],
        "notes": data["notes"],
        "language": extraction.language,
        "language_read": extraction.language_read,
    }


def batch_result(offer_id, extraction: Extraction, result: Result) -> dict:
    """One line of a batch: the verdict and the findings' rules, without the explanations and quoted evidence a
    page shows (building those would cost a batch a tenth of its time)."""
    return {
        "id": offer_id,
        "verdict": result.verdict,
        "score": result.score,
        "findings": [
            {"rule": f.rule, "severity": f.severity.key, "points": f.points, "faq": f.faq} for f in result.findings
        ],
        "answers": extraction.answers_as_dict(),
        "language": extraction.language,
        "language_read": extraction.language_read,
    }


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        return f"no {exc.args[0]!r}"
    if isinstance(exc, json.JSONDecodeError):
        return f"invalid JSON at column {exc.colno}"
    return str(exc)


class Command(BaseCommand):
    stealth_options = ("stdin",)  # call_command(..., stdin=file object), for tests and other callers
    help = "Read one offer's text (from FILE, or standard input) and print what it reveals, the findings and verdict."

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="A text file with the offer; '-' or none: stdin.")
        parser.add_argument("--json", action="store_true", help="Print one JSON object instead of text.")
        parser.add_argument(
            "--jsonl", action="store_true", help='Read JSON Lines {"id", "text"}; write one result per line.'
        )

    def handle(self, *args, **options):
        warn = self.stderr.write
        if options["jsonl"]:
            return self._batch(options["file"], options.get("stdin"), warn)
        text = self._read(options["file"], options.get("stdin"), warn)
        if not text.strip():
            raise CommandError("The offer text is empty: give a file with the offer, or pipe it in.", returncode=2)
        checked, extraction = check_text(text, active_config(warn=warn))
        for note in extraction.notes:
            warn(note)
        if options["json"]:
            self.stdout.write(json.dumps(report(extraction, checked), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(self._readable(extraction, checked))

    def _batch(self, path: str, stdin, warn) -> None:
        config = active_config(warn=warn)
        source = (stdin or sys.stdin).buffer if path == "-" and hasattr(stdin or sys.stdin, "buffer") else None
        try:
            handle = source or (stdin if path == "-" else open(path, "rb"))  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror or exc}", returncode=EXIT_BAD_INPUT) from exc
        checked_count = refused = 0
        try:
            for number, raw in enumerate(handle, 1):
                line = raw.decode("utf-8", errors="replace") if isinstance(raw, bytes) else raw
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    offer_id, text = record["id"], record["text"]
                    if not isinstance(text, str):
                        raise TypeError("text is not a string")
                except (ValueError, KeyError, TypeError) as exc:
                    refused += 1
                    warn(f"line {number}: not an offer ({_reason(exc)}); skipped")
                    continue
                extraction = extract(text)
                result = evaluate(extraction.to_offer(), config)
                self.stdout.write(json.dumps(batch_result(offer_id, extraction, result), ensure_ascii=False))
                checked_count += 1
        finally:
            if handle is not source and handle is not stdin:
                handle.close()
        warn(f"{checked_count} offers checked, {refused} lines refused.")
        if refused:
            raise CommandError(f"{refused} lines could not be read (see above).", returncode=1)

    @staticmethod
    def _read(path: str, stdin, warn) -> str:
        if path == "-":
            return read_offer_text(stdin or sys.stdin, warn=warn)
        try:
            with open(path, "rb") as handle:
                return read_offer_text(handle, warn=warn)
        except OSError as exc:
            raise CommandError(f"Cannot read {path}: {exc.strerror or exc}", returncode=EXIT_BAD_INPUT) from exc

    def _readable(self, extraction: Extraction, checked: CheckedOffer) -> str:
        lines = ["What the offer says", "-------------------"]
        if not extraction.language_read:
            lines.append(
                f"  The offer seems to be in {extraction.language_name}, a language we cannot read yet: "
                "answer the checklist yourself (the form on the site) rather than trust this reading."
            )
        if not extraction.answers:
            lines.append("  Nothing the checklist asks about was found in the text.")
        quotes: dict[str, list[str]] = {}
        for e in extraction.evidence:
            quotes.setdefault(e.field, []).append(e.text)
        for name, value in extraction.answers.items():
            lines.append(f"  {name.replace('_', ' ')}: {_show(value)}")
            for quote in list(dict.fromkeys(quotes.get(name, ())))[:3]:
                lines.append(f'      found in: "{_clip(quote)}"')
        signals = [e for e in extraction.evidence if e.field.startswith("signal:")]
        if signals:
            lines += ["", "Other signs in the text"]
            for e in signals:
                lines.append(f'  {e.field.removeprefix("signal:").replace("_", " ")}: "{_clip(e.text)}"')
        lines += ["", f"Findings ({len(checked.findings)})", "--------"]
        for f in checked.findings:
            lines.append(f"  [{Severity.from_key(f['severity']).label}] {f['rule']} ({f['faq']}, -{f['points']})")
            lines += ["      " + line for line in textwrap.wrap(f["explanation"], 96)]
            if f["ask"]:
                lines += ["      " + line for line in textwrap.wrap(f"Ask: {f['ask']}", 96)]
        pay = checked.pay
        lines.append("")
        if pay.hourly is not None:
            lines.append(f"Pay estimate: about {money(pay.hourly, pay.currency)} an hour ({pay.method})")
        else:
            lines.append(f"Pay estimate: none. {pay.unknown_reason}")
        lines.append(f"Score: {checked.score}/100")
        lines.append(f"Verdict: {checked.verdict_label}")
        return "\n".join(lines)


def _show(value) -> str:
    if isinstance(value, tuple):
        return ", ".join(_show(v) for v in value) or "none"
    if hasattr(value, "kind"):  # a fee
        amount = f" {money(value.amount, value.currency)}" if value.amount is not None else ""
        return (
            f"{value.kind.replace('_', ' ')}{amount} ({value.timing.replace('_', ' ')}, recurring: {value.recurring})"
        )
    return str(value)


def _clip(quote: str, limit: int = 100) -> str:
    quote = " ".join(quote.split())
    return quote if len(quote) <= limit else quote[: limit - 1] + "…"
