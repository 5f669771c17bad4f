import secrets

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from listings import demo, services
from listings.models import Employer, Fee, Listing, Region, WorkType
from listings.moderators import GROUP_NAME, moderators_group_sync

DEMO_MODERATOR = "moderator"


class Command(BaseCommand):
    help = "Load fictional employers and listings (clean, risky and vague) and a local moderator. Safe to re-run."

    @transaction.atomic
    def handle(self, *args, **options):
        employers = [self._employer(*row) for row in demo.EMPLOYERS]
        created = 0
        for n, (index, title, work, fields, fees, status) in enumerate(demo.LISTINGS, start=1):
            listing, was_created = self._listing(n, employers[index], title, work, fields, fees, status)
            created += was_created
        password = self._moderator()
        self.stdout.write(
            f"Demo data: {len(employers)} employers, {len(demo.LISTINGS)} listings ({created} new).\n"
            f"Moderator login at http://127.0.0.1:8000/admin/ — user: {DEMO_MODERATOR}  password: {password}"
        )

    def _employer(self, name, domain, business_model, hires_as, status, note, regions):
        employer, created = Employer.objects.get_or_create(
            name=name,
            defaults=dict(
                slug=slugify(name),
                website=f"https://{domain}" if domain else "",
                email_domain=domain,
                business_model=business_model,
                hires_as=hires_as,
                public_note=note,
            ),
        )
        if created:
            employer.hiring_regions.set(Region.objects.filter(code__in=regions))
            if status != Employer.Status.UNREVIEWED:
                employer.move_to(status, now=timezone.now())
                employer.save()
        return employer

    def _listing(self, n, employer, title, work, fields, fees, status):
        listing, created = Listing.objects.get_or_create(
            external_id=f"demo-{n}",
            defaults=dict(employer=employer, title=title, description=_description(title, fields), **fields),
        )
        if created:
            listing.work_types.set(WorkType.objects.filter(code__in=work))
            listing.hiring_regions.set(employer.hiring_regions.all())
            for kind, amount, timing, recurring in fees:
                Fee.objects.create(listing=listing, kind=kind, amount=amount, timing=timing, recurring=recurring)
            if status == Listing.Status.EXPIRED:
                services.listing_set_status(listing=listing, status=Listing.Status.PUBLISHED, note="Demo data")
            if status != Listing.Status.PENDING:
                services.listing_set_status(listing=listing, status=status, note="Demo data")
        services.listing_saved(listing=listing)
        return listing, created

    def _moderator(self) -> str:
        moderators_group_sync()
        user, _ = User.objects.get_or_create(username=DEMO_MODERATOR, defaults={"is_staff": True})
        # A fresh password each run, printed once: the demo never ships a known password.
        password = secrets.token_urlsafe(12)
        user.set_password(password)
        user.is_staff = True
        user.save()
        user.groups.add(*user.groups.model.objects.filter(name=GROUP_NAME))
        return password


def _description(title: str, fields: dict) -> str:
    pay = fields.get("pay_amount")
    basis = fields.get("pay_basis", "unknown")
    parts = [f"{title}. Work from home answering and making calls for our clients."]
    if pay is not None and basis != "unknown":
        parts.append(f"Pay: {pay} {fields.get('pay_currency', 'USD')} per {basis}.")
    if fields.get("training_pay") == "paid":
        parts.append("Training is paid.")
    return " ".join(parts)
