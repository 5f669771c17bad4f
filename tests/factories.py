from decimal import Decimal

import factory
from django.contrib.auth.models import Group, User

from listings.models import (
    Answer,
    Employer,
    Fee,
    Listing,
    PayBasis,
    Region,
    Report,
    TrainingPay,
    WorkerStatus,
    WorkType,
)


class EmployerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Employer
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Employer {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    website = factory.LazyAttribute(lambda o: f"https://{o.slug}.example")
    email_domain = factory.LazyAttribute(lambda o: f"{o.slug}.example")

    class Params:
        verified = factory.Trait(status=Employer.Status.VERIFIED)
        flagged = factory.Trait(status=Employer.Status.FLAGGED)
        blocked = factory.Trait(status=Employer.Status.BLOCKED)


class ListingFactory(factory.django.DjangoModelFactory):
    """A clean, complete, honest offer unless told otherwise."""

    class Meta:
        model = Listing
        skip_postgeneration_save = True

    employer = factory.SubFactory(EmployerFactory)
    title = factory.Sequence(lambda n: f"Customer service agent {n}")
    description = "Answer customer calls from home. Paid training, hourly pay, W-2 employee."
    direction = "inbound"
    pay_basis = PayBasis.HOUR
    pay_amount = Decimal("15.00")
    guaranteed_minimum = Answer.YES
    worker_status = WorkerStatus.EMPLOYEE
    needs_computer = Answer.YES
    needs_headset = Answer.YES
    needs_landline = Answer.NO
    needs_quiet_room = Answer.YES
    buy_from_employer = Answer.NO
    hours_per_week = 30
    nights_weekends = Answer.NO
    training_days = 10
    training_pay = TrainingPay.PAID
    experience_required = Answer.YES
    benefits = Answer.YES
    citizenship_required = Answer.NO
    application_process = "Online application, a skills test and a phone interview; about two weeks."
    chat_app_interview = Answer.NO
    money_handling = Answer.NO
    personal_data_early = Answer.NO
    pressure_to_decide = Answer.NO

    class Params:
        published = factory.Trait(status=Listing.Status.PUBLISHED)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create:
            self.hiring_regions.set(Region.objects.filter(code__in=extracted if extracted is not None else ["US"]))

    @factory.post_generation
    def work(self, create, extracted, **kwargs):
        if create:
            self.work_types.set(WorkType.objects.filter(code__in=extracted or ["customer_service"]))

    @factory.post_generation
    def scored(self, create, extracted, **kwargs):
        """Score on creation, as every save path does (pass scored=False to skip)."""
        if create and extracted is not False:
            from listings.services import listing_saved

            listing_saved(listing=self)


class FeeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Fee

    listing = factory.SubFactory(ListingFactory)
    kind = "starter_kit"
    amount = Decimal("99.00")
    timing = "before_offer"
    recurring = Answer.NO


class ReportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Report

    listing = factory.SubFactory(ListingFactory, status=Listing.Status.PUBLISHED)
    reason = Report.Reason.ASKED_FOR_MONEY
    details = "They asked me to pay $99 for a starter kit before the interview."


class ModeratorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"moderator{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    is_staff = True
    password = factory.django.Password("a-long-moderator-password")

    @factory.post_generation
    def group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Moderators"))
