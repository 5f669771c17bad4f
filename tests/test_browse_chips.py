"""The filters in use as chips above the results: each a plain link to the same page without that one value."""

from urllib.parse import parse_qs

import pytest
from django.urls import reverse

from tests.factories import ListingFactory

pytestmark = pytest.mark.django_db

BROWSE = reverse("listings:browse")


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


def chips(client, params):
    response = client.get(BROWSE, params)
    assert response.status_code == 200
    return response, {chip.label: parse_qs(chip.remove_query) for chip in response.context["chips"]}


def test_each_filter_value_is_a_chip_whose_link_keeps_every_other_filter_and_the_sort(client):
    params = {
        "work_type": ["sales", "surveys"],
        "pay_basis": "hour",
        "no_fees": "on",
        "q": "night shift",
        "sort": "newest",
        "page": "3",
    }

    _, found = chips(client, params)

    assert list(found) == [
        "Search: “night shift”",
        "Work type: Sales / telemarketing",
        "Work type: Surveys",
        "Pay basis: Per hour",
        "No fees asked",
    ]
    assert found["Work type: Sales / telemarketing"] == {
        "q": ["night shift"],
        "work_type": ["surveys"],
        "pay_basis": ["hour"],
        "no_fees": ["on"],
        "sort": ["newest"],
    }
    assert "pay_basis" not in found["Pay basis: Per hour"] and found["Pay basis: Per hour"]["work_type"] == [
        "sales",
        "surveys",
    ]
    assert all("page" not in query for query in found.values())


def test_following_a_chip_removes_that_filter_only(client):
    ListingFactory(title="Sales paid training", work=["sales"], published=True)
    ListingFactory(title="Surveys paid training", work=["surveys"], published=True)
    ListingFactory(title="Sales unpaid training", work=["sales"], training_pay="unpaid", published=True)
    response, _ = chips(client, {"work_type": ["sales", "surveys"], "paid_training": "on"})
    surveys_chip = next(c for c in response.context["chips"] if c.value == "surveys")

    after = client.get(f"{BROWSE}?{surveys_chip.remove_query}")

    assert [listing.title for listing in after.context["listings"]] == ["Sales paid training"]
    assert [chip.label for chip in after.context["chips"]] == ["Work type: Sales / telemarketing", "Paid training only"]


def test_no_chip_for_junk_values_sort_page_or_an_unticked_box(client):
    _, found = chips(
        client,
        {"region": "ZZ-NOPE", "min_score": "abc", "verdict": "<script>", "sort": "score", "page": "2", "no_fees": ""},
    )

    assert found == {}


def test_no_filter_no_chips_and_chip_text_is_escaped(client):
    response, found = chips(client, {})
    assert found == {} and 'class="filter-chip"' not in response.content.decode()

    response, found = chips(client, {"q": '"><img src=x onerror=alert(1)>'})

    page = response.content.decode()
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    assert 'class="filter-chip"' in page
