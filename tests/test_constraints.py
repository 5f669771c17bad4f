"""Bad rows are refused by PostgreSQL itself, not only by forms."""

from decimal import Decimal

import pytest
from django.db import IntegrityError, transaction

from listings.models import Fee, Listing, Report
from scoring.models import RuleSet
from tests.factories import EmployerFactory, ListingFactory

pytestmark = pytest.mark.django_db


def refused(**changes) -> bool:
    listing = ListingFactory(scored=False)
    try:
        with transaction.atomic():
            Listing.objects.filter(pk=listing.pk).update(**changes)
    except IntegrityError:
        return True
    return False


@pytest.mark.parametrize(
    "changes",
    [
        {"pay_amount": Decimal("-1")},
        {"pay_amount": Decimal("10"), "pay_amount_max": Decimal("9")},
        {"pay_amount": None, "pay_amount_max": Decimal("9")},
        {"pay_basis": "per_smile"},
        {"worker_status": "volunteer"},
        {"training_pay": ""},
        {"needs_landline": "maybe"},
        {"hours_per_week": 200},
        {"hours_per_week": 0},
        {"training_days": 1000},
        {"status": "live"},
        {"verdict": "great"},
        {"score": 101},
        {"title": ""},
        {"guaranteed_minimum": "no", "guaranteed_minimum_hourly": Decimal("8")},
        {"posted_on": "2026-05-02", "expires_on": "2026-05-01"},
    ],
)
def test_database_refuses_impossible_listing_values(changes):
    assert refused(**changes)


def test_database_accepts_unknowns_everywhere():
    employer = EmployerFactory()

    listing = Listing.objects.create(employer=employer, title="Phone agent")

    assert listing.pay_basis == "unknown" and listing.pay_amount is None and listing.worker_status == "unknown"
    assert listing.needs_landline == "unknown" and listing.training_pay == "unknown"


def test_fee_needs_a_known_kind_and_a_sane_amount():
    listing = ListingFactory(scored=False)
    for bad in ({"kind": ""}, {"kind": "tip"}, {"amount": Decimal("-5")}, {"timing": "someday"}):
        with pytest.raises(IntegrityError), transaction.atomic():
            Fee.objects.create(listing=listing, **{"kind": "application", **bad})


def test_report_is_about_exactly_one_thing():
    listing = ListingFactory(scored=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(listing=listing, employer=listing.employer, reason="other")
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.create(reason="other")


def test_external_ids_are_unique_but_blank_ones_are_not():
    ListingFactory(external_id="emscad-17", scored=False)
    ListingFactory(external_id="", scored=False)
    ListingFactory(external_id="", scored=False)
    with pytest.raises(IntegrityError), transaction.atomic():
        ListingFactory(external_id="emscad-17", scored=False)


def test_only_one_rule_set_can_be_active():
    assert RuleSet.objects.filter(is_active=True).count() == 1
    with pytest.raises(IntegrityError), transaction.atomic():
        RuleSet.objects.create(version=99, is_active=True)


def test_rule_set_allowance_must_be_a_score_difference():
    with pytest.raises(IntegrityError), transaction.atomic():
        RuleSet.objects.create(version=98, unclear_points_allowed=101)


def test_employer_status_and_slug_checked():
    employer = EmployerFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        type(employer).objects.filter(pk=employer.pk).update(status="trusted")
    with pytest.raises(IntegrityError), transaction.atomic():
        type(employer).objects.filter(pk=employer.pk).update(slug="")
