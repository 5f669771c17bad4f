"""Preview or send the weekly digest by hand.

    manage.py digest preview someone@example.org            # prints the plain-text part
    manage.py digest preview someone@example.org --html out.html   # also writes the HTML part
    manage.py digest send                                   # sends this ISO week's digest now, in this process
    manage.py digest send --queue                           # hands it to the Celery workers instead
    manage.py digest send --week 2026-W48                   # a given ISO week

Sending is safe to repeat: each subscriber gets each week's digest at most once (see digest.py).
"""

import re

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from listings.subscriptions import digest
from listings.subscriptions.models import Subscriber
from listings.subscriptions.services import normalize_email


class Command(BaseCommand):
    help = (
        "Weekly digest by hand. `digest preview ADDRESS [--html FILE]` prints the digest this subscriber would get "
        "this week (and writes the HTML part to FILE); `digest send [--week YYYY-Www] [--queue]` sends this week's "
        "digest to every confirmed subscriber not yet sent it, in this process or through Celery with --queue."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        preview = sub.add_parser("preview", help="Print the digest an address would get this week; sends nothing.")
        preview.add_argument("email")
        preview.add_argument("--html", metavar="FILE", help="Write the HTML part to FILE.")
        send = sub.add_parser("send", help="Send this week's digest to confirmed subscribers not yet sent it.")
        send.add_argument("--week", help="ISO week as YYYY-Www (default: the current week).")
        send.add_argument("--queue", action="store_true", help="Queue chunk tasks for the Celery workers.")

    def handle(self, *args, action, **options):
        if action == "preview":
            return self.preview(options["email"], options.get("html"))
        return self.send(options.get("week"), options["queue"])

    def preview(self, email, html_path):
        subscriber = Subscriber.objects.select_related("region").filter(email=normalize_email(email)).first()
        if subscriber is None:
            raise CommandError(f"No subscriber with the address {email!r}.")
        if subscriber.status != Subscriber.Status.CONFIRMED:
            self.stderr.write(
                f"Note: this subscriber is {subscriber.get_status_display().lower()}: no digest goes out."
            )
        message = digest.digest_preview(subscriber=subscriber)
        if message is None:
            self.stdout.write("Nothing matches this subscriber's preferences this week: no e-mail would be sent.")
            return
        self.stdout.write(f"Subject: {message.subject}\nTo: {', '.join(message.to)}\n")
        for name, value in message.extra_headers.items():
            self.stdout.write(f"{name}: {value}")
        self.stdout.write("\n" + message.body)
        if html_path:
            with open(html_path, "w", encoding="utf-8") as out:
                out.write(message.alternatives[0][0])
            self.stdout.write(f"HTML part written to {html_path}")

    def send(self, week, queue):
        if week:
            match = re.fullmatch(r"(\d{4})-W(\d{2})", week)
            if not match:
                raise CommandError("Give the week as YYYY-Www, e.g. 2026-W48.")
            iso_year, iso_week = int(match[1]), int(match[2])
            try:
                digest.week_window(iso_year, iso_week)
            except ValueError as exc:
                raise CommandError(f"{week} is not an ISO week.") from exc
        else:
            iso_year, iso_week = digest.iso_week_of(timezone.now())
        if queue:
            from listings.subscriptions.tasks import send_weekly_digest_task

            send_weekly_digest_task.delay(iso_year, iso_week)
            self.stdout.write(f"Queued the digest of {iso_year}-W{iso_week:02d}.")
            return
        try:
            result = digest.digest_run_inline(iso_year=iso_year, iso_week=iso_week)
        except digest.TransientSendError as exc:
            raise CommandError(f"The mail server failed ({exc}); run the command again later to resume.") from exc
        self.stdout.write(
            f"Digest {iso_year}-W{iso_week:02d}: {result.sent} sent, {result.empty} with nothing to send, "
            f"{result.skipped} skipped, {result.failed} failed, {result.already_done} already done."
        )
