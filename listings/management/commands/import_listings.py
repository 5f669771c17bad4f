"""`manage.py import_listings FILE`: import postings from CSV or JSON Lines (EMSCAD layout understood).

Thin: options, a progress bar and the printed summary; listings.importer does the work.
"""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from listings.importer import BATCH_SIZE, ImportFileError, detect_encoding, listings_import


class Command(BaseCommand):
    help = (
        "Import job postings from a CSV or JSON Lines file. Every row is validated, extracted and scored; rows "
        "that cannot be imported are listed with their line number and reason in a report file."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="A .csv or .jsonl file.")
        parser.add_argument("--format", choices=["csv", "jsonl"], help="Default: from the file's extension.")
        parser.add_argument(
            "--report", help="Where to write the rejected rows (CSV). Default: <file>.rejected.csv next to the file."
        )
        parser.add_argument(
            "--source",
            default="emscad",
            help="Prefix of the listings' source id (<source>:<job_id>); a re-run with the same source updates rows.",
        )
        parser.add_argument(
            "--publish", action="store_true", help="Publish imported listings at once (default: pending review)."
        )
        parser.add_argument("--batch-size", type=int, default=BATCH_SIZE, help=f"Rows per write ({BATCH_SIZE}).")
        parser.add_argument(
            "--jobs", type=int, default=1, help="Processes for text extraction (default 1; use the number of cores)."
        )
        parser.add_argument("--no-progress", action="store_true", help="Do not show the progress bar.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"No such file: {path}", returncode=2)
        if not options["source"].replace("-", "").replace("_", "").isalnum():
            raise CommandError("--source takes letters, digits, - and _ only.", returncode=2)
        report = Path(options["report"]) if options["report"] else path.with_name(path.name + ".rejected.csv")
        bar = None
        if not options["no_progress"]:
            _, lines = detect_encoding(path)
            bar = tqdm(total=lines, unit=" lines", desc=f"Importing {path.name}", file=self.stderr._out)
        try:
            stats = listings_import(
                path=path,
                fmt=options["format"],
                source=options["source"],
                publish=options["publish"],
                batch_size=max(1, options["batch_size"]),
                progress=bar.update if bar else None,
                report_path=report,
                jobs=max(1, options["jobs"]),
            )
        except ImportFileError as exc:
            raise CommandError(f"Nothing imported: {exc}", returncode=2) from exc
        except KeyboardInterrupt:
            self.stderr.write(f"Interrupted. Rows before the stop are saved; see {report}.")
            raise
        finally:
            if bar:
                bar.close()
        for warning in stats.warnings:
            self.stderr.write(f"Warning: {warning}")
        self.stdout.write(stats.summary())
        if stats.rejected or stats.duplicates or stats.warnings:
            self.stdout.write(f"Report of rows not imported: {report}")
        waiting = f", waiting for extraction processes {stats.seconds_waiting:.1f} s" if options["jobs"] > 1 else ""
        self.stdout.write(
            f"Time: {stats.seconds_total:.1f} s (reading {stats.seconds_read:.1f} s, extraction "
            f"{stats.seconds_extraction:.1f} s{waiting}, scoring {stats.seconds_scoring:.1f} s, database "
            f"{stats.seconds_db:.1f} s)."
        )
