import pytest
from django.contrib.auth.models import User
from django.core.management import call_command

from listings import demo
from listings.models import Employer, Fee, Listing

pytestmark = pytest.mark.django_db


def test_demo_data_loads_once_and_is_varied(capsys):
    call_command("load_demo_data")
    first = (Employer.objects.count(), Listing.objects.count(), Fee.objects.count())
    call_command("load_demo_data")

    assert (Employer.objects.count(), Listing.objects.count(), Fee.objects.count()) == first
    assert first[:2] == (len(demo.EMPLOYERS), len(demo.LISTINGS))
    verdicts = set(Listing.objects.values_list("verdict", flat=True))
    assert verdicts == {"looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"}
    assert set(Employer.objects.values_list("status", flat=True)) == {"unreviewed", "verified", "flagged", "blocked"}
    assert Listing.objects.filter(rules_version__isnull=True).count() == 0
    moderator = User.objects.get(username="moderator")
    assert moderator.is_staff and not moderator.is_superuser and moderator.groups.filter(name="Moderators").exists()
    out = capsys.readouterr().out
    password = out.rsplit("password: ", 1)[1].strip()
    assert moderator.check_password(password)
