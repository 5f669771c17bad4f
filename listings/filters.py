"""The browse filters. The query parameter names are a contract: the digest subscribe page reads the same ones.

Every value goes through a form field with an allowlist (choices, bounded numbers), so junk in the URL
is a field error, never a database error.
"""

from __future__ import annotations

from dataclasses import dataclass

import django_filters as filters
from django import forms
from django.db import connection
from django.db.models import BooleanField, Exists, Expression, F, OuterRef, Q
from django.http import QueryDict
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from listings import filter_tags
from listings.filter_tags import HasTags
from listings.models import Direction, Employer, Fee, Listing, PayBasis, Region, WorkerStatus
from listings.models.reference import region_name
from listings.widgets import (
    FastCheckboxInput,
    FastCheckboxSelectMultiple,
    FastNumberInput,
    FastSelect,
    FastTextInput,
    RegionSelect,
)
from scoring.vocabulary import WorkType as WorkTypeChoice

SORTS = {
    "score": (F("score").desc(nulls_last=True), "-id"),
    "newest": (F("published_at").desc(nulls_last=True), "-id"),
    # Pay compared with the minimum wage where each job is, so a rupee salary and a dollar wage rank fairly.
    "hourly": (F("pay_vs_minimum").desc(nulls_last=True), "-id"),
}
SORT_CHOICES = [
    ("score", _("Best score first")),
    ("newest", _("Newest first")),
    ("hourly", _("Best pay first (against the local minimum wage)")),
]
DEFAULT_SORT = "score"
SEARCH_CONFIG = "english"


# The regions are reference data: migrations seed them, and the admin can neither add, change nor delete one
# (listings/admin/reference.py). So each process reads them once rather than on every browse request (320 rows
# and a translation of each name cost about a tenth of an uncached browse page); a code it does not know sends it
# back to the table once, for regions a migration adds while it serves. A new reading replaces the old one whole,
# so a thread never sees one half-made.
@dataclass
class _Regions:
    rows: list[tuple[str, str, str | None]]
    codes: frozenset[str]
    choices: dict[str, list]  # per language, built when first asked


_regions: _Regions | None = None


def _read_regions() -> _Regions:
    global _regions
    rows = list(Region.objects.order_by("name").values_list("code", "name", "parent_id"))
    regions = _Regions(rows, frozenset(code for code, _, _ in rows), {})
    if rows:  # an empty table (a test database being filled) is not worth keeping
        _regions = regions
    return regions


def region_known(code: str) -> bool:
    """Whether `code` is a region's (a browse filter's value is checked against this set, not the choices)."""
    regions = _regions
    if regions is not None and code in regions.codes:
        return True
    return code in _read_regions().codes


def regions_in_order(codes) -> list[Region] | None:
    """The regions of `codes` as `listing.hiring_regions.all()` lists them (countries first, then by name, in the
    database's own order of names), from the table each process keeps; None if a code is not a region's."""
    regions = _regions
    if regions is None or not regions.codes.issuperset(codes):
        regions = _read_regions()
        if not regions.codes.issuperset(codes):
            return None
    wanted = set(codes)
    found = [
        Region(code=code, name=name, parent_id=parent, kind=Region.Kind.SUBDIVISION if parent else Region.Kind.COUNTRY)
        for code, name, parent in regions.rows
        if code in wanted
    ]
    return [region for region in found if region.parent_id is None] + [r for r in found if r.parent_id is not None]


def region_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Grouped choices for "hires where I live": countries, then U.S. states, then Canadian provinces, in the
    page's language (built once per language and process)."""
    regions = _regions or _read_regions()
    language = translation.get_language() or ""
    built = regions.choices.get(language)
    if built is None:
        groups = {"countries": [], "US": [], "CA": []}
        for code, name, parent in regions.rows:
            groups[parent or "countries"].append((code, f"{region_name(name)} ({code})"))
        groups["countries"].sort(key=lambda choice: choice[1])  # in the order of the names as shown
        built = regions.choices[language] = [
            (gettext("Countries"), groups["countries"]),
            (gettext("U.S. states"), groups["US"]),
            (gettext("Canadian provinces"), groups["CA"]),
        ]
    return list(built)


class MatchesText(Expression):
    """The listing's stored words (`search_vector`, kept by a trigger: migration 0018) match a search as
    typed (websearch syntax: quotes, "or", a leading minus; anything else is words)."""

    output_field = BooleanField()
    conditional = True

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def as_sql(self, compiler, connection):
        # The query's own table alias, as filter_tags.HasTags.
        alias = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        return f"{alias}.search_vector @@ websearch_to_tsquery(%s::regconfig, %s)", (SEARCH_CONFIG, self.text)


def search_listings(queryset, text: str):
    """Full-text search over title, description and employer name.

    PostgreSQL: the listing's stored tsvector, which the GIN index of migration 0018 answers for a rare word
    and which is cheap to test row by row along a sort index for a common one; employers are matched first
    by name, which keeps the OR indexable. SQLite: icontains.
    """
    text = text.strip()
    if not text:
        return queryset
    employer_ids = list(Employer.objects.filter(name__icontains=text).values_list("pk", flat=True)[:500])
    # A search for a kind of work ("customer service", "tech support") finds the listings tagged with it too.
    tagged = Q()
    if codes := work_types_named(text):
        if filter_tags.available():  # one GIN index, which PostgreSQL can OR with the text index's
            tagged = Q(HasTags(filter_tags.tags(filter_tags.WORK_TYPE, codes), any_of=True))
        else:
            through = Listing.work_types.through
            tagged = Q(Exists(through.objects.filter(listing_id=OuterRef("pk"), worktype_id__in=codes)))
    if connection.vendor == "postgresql":
        return queryset.filter(Q(MatchesText(text)) | Q(employer_id__in=employer_ids) | tagged)
    return queryset.filter(
        Q(title__icontains=text) | Q(description__icontains=text) | Q(employer_id__in=employer_ids) | tagged
    )


def work_types_named(text: str) -> list[str]:
    """Work types whose name the search text is, or is part of ("customer service", "sales", "tech support")."""
    words = " ".join(text.lower().replace("-", " ").split())
    if len(words) < 4:
        return []
    named = []
    for code, label in WorkTypeChoice.choices:
        names = {label.lower(), code.replace("_", " "), *label.lower().split(" / ")}
        if any(words == name or (len(words) >= 5 and words in name) for name in names):
            named.append(code)
    return named


class RegionField(filters.fields.ChoiceField):
    """The region choice, checked against the set of codes (region_known): walking the ~320 grouped choices for
    each check cost more than the rest of the form's validation."""

    def valid_value(self, value):
        return region_known(str(value))


class RegionFilter(filters.ChoiceFilter):
    field_class = RegionField


def filter_query(data, names=None) -> QueryDict:
    """Only the parameters in `names` (default: the browse page's filters) from `data` (a request's GET), without
    blank values: what the browse page's links, its feed link, a filter chip or a page-cache key carry, so a stray
    parameter (?utm_source=...) is never passed on."""
    query = QueryDict(mutable=True)
    for name in ListingFilter.base_filters if names is None else names:
        if values := [v for v in data.getlist(name) if v.strip()]:
            query.setlist(name, values)
    return query


class ListingFilter(filters.FilterSet):
    # Tags every match has that a filter tests on a column instead, for the capped count (filter_pay_basis).
    count_tags: tuple[str, ...] | list[str] = ()

    q = filters.CharFilter(label=_("Search"), method="filter_q", max_length=200, widget=FastTextInput)
    work_type = filters.MultipleChoiceFilter(
        label=_("Work type"),
        choices=WorkTypeChoice.choices,
        method="filter_work_type",
        widget=FastCheckboxSelectMultiple,
    )
    direction = filters.ChoiceFilter(
        label=_("Inbound or outbound"),
        choices=[c for c in Direction.choices if c[0] != Direction.UNKNOWN],
        method="filter_direction",
        empty_label=_("Any"),
        widget=FastSelect,
    )
    pay_basis = filters.ChoiceFilter(
        label=_("Pay basis"),
        choices=PayBasis.choices,
        method="filter_pay_basis",
        empty_label=_("Any"),
        widget=FastSelect,
    )
    worker_status = filters.ChoiceFilter(
        label=_("Employee or contractor"),
        choices=WorkerStatus.choices,
        method="filter_worker_status",
        empty_label=_("Any"),
        widget=FastSelect,
    )
    region = RegionFilter(
        label=_("Hires where I live"),
        choices=region_choices,
        method="filter_region",
        empty_label=_("Anywhere"),
        widget=RegionSelect,
    )
    min_score = filters.NumberFilter(
        label=_("Minimum score (0–100)"),
        method="filter_min_score",
        min_value=0,
        max_value=100,
        decimal_places=0,
        widget=FastNumberInput,
    )
    verdict = filters.MultipleChoiceFilter(
        # A column of the listing: no join, so no duplicates for DISTINCT to remove (it made PostgreSQL
        # sort every match).
        label=_("Verdict"),
        choices=Listing.Verdict.choices,
        method="filter_verdict",
        widget=FastCheckboxSelectMultiple,
        distinct=False,
    )
    paid_training = filters.BooleanFilter(
        label=_("Paid training only"), method="filter_paid_training", widget=FastCheckboxInput
    )
    no_fees = filters.BooleanFilter(label=_("No fees asked"), method="filter_no_fees", widget=FastCheckboxInput)
    sort = filters.ChoiceFilter(
        label=_("Sort by"), choices=SORT_CHOICES, method="filter_sort", empty_label=None, widget=FastSelect
    )

    class Meta:
        model = Listing
        fields: list[str] = []

    # The form class, its fields and their choices are the same for every request: built once per process
    # (django-filter builds them anew for each filter set, which cost more than validating the form).
    _form_class = None

    def get_form_class(self):
        cls = type(self)
        if cls.__dict__.get("_form_class") is None:
            cls._form_class = super().get_form_class()
        return cls._form_class

    @property
    def form(self):
        form = super().form
        if not getattr(form, "_styled", False):
            for name, field in form.fields.items():
                widget = field.widget
                css = {"checkbox": "form-check-input", "select": "form-select"}.get(widget.input_type, "form-control")
                if isinstance(widget, forms.CheckboxSelectMultiple):
                    css = "form-check-input"
                widget.attrs["class"] = css
                if form.is_bound and name in form.errors:
                    widget.attrs["class"] += " is-invalid"
                    widget.attrs["aria-describedby"] = f"id_{name}_errors"
            form._styled = True
        return form

    @property
    def qs(self):
        queryset = super().qs
        if not getattr(self.form, "cleaned_data", {}).get("sort"):
            queryset = queryset.order_by(*SORTS[DEFAULT_SORT])
        return queryset

    def filter_queryset(self, queryset):
        self._required_tags = []
        self.count_tags = []
        queryset = super().filter_queryset(queryset)
        if self._required_tags:
            queryset = queryset.filter(HasTags(self._required_tags))
        return queryset

    def _tagged(self, queryset, tags: list[str], *, any_of: bool = False):
        """The listings with all of `tags` (or with any one, `any_of`). Every "all of" test of the filter set is
        gathered into one `@>` (filter_queryset): a walk along a sort index then tests each entry's tags once
        rather than once per filter (three tests where two would do took 6.6 ms instead of 5.0 over 18,000
        entries)."""
        if any_of and len(tags) > 1:
            return queryset.filter(HasTags(tags, any_of=True))
        self._required_tags.extend(tags)
        return queryset

    def filter_q(self, queryset, name, value):
        return search_listings(queryset, value)

    # On PostgreSQL each filter is a test on the listing's filter tags (listings.filter_tags, migration 0017),
    # which one GIN index answers for any combination; elsewhere, on the columns and links themselves.

    def filter_work_type(self, queryset, name, value):
        if filter_tags.available():
            return self._tagged(queryset, filter_tags.tags(filter_tags.WORK_TYPE, value), any_of=True)
        through = Listing.work_types.through
        return queryset.filter(Exists(through.objects.filter(listing_id=OuterRef("pk"), worktype_id__in=value)))

    def filter_direction(self, queryset, name, value):
        if filter_tags.available():  # "both" listings carry the tag of each direction
            return self._tagged(queryset, [filter_tags.DIRECTION + value])
        return queryset.filter(direction__in=[value, Direction.BOTH])

    def filter_pay_basis(self, queryset, name, value):
        # The column, not the tag, on PostgreSQL too: it leads the sort indexes of migration 0020, where a pay
        # basis's listings are together (sorted by score or pay, they are bunched at one end of the plain sort
        # indexes), and those indexes also answer it in a bitmap with the tags. Both at once would count the
        # same fact twice in the planner's estimate (a tenth of a tenth), and send it the wrong way. The tag is
        # kept for the count through the GIN indexes alone (count_tags), where no walk can be chosen.
        if filter_tags.available():
            self.count_tags.append(filter_tags.PAY_BASIS + value)
        return queryset.filter(pay_basis=value)

    def filter_worker_status(self, queryset, name, value):
        if filter_tags.available():
            return self._tagged(queryset, [filter_tags.WORKER_STATUS + value])
        return queryset.filter(worker_status=value)

    def filter_verdict(self, queryset, name, value):
        if not value:
            return queryset
        if filter_tags.available():
            return self._tagged(queryset, filter_tags.tags(filter_tags.VERDICT, value), any_of=True)
        return queryset.filter(verdict__in=value)

    def filter_min_score(self, queryset, name, value):
        if value is None:
            return queryset
        minimum = int(value)
        if filter_tags.available():
            # The score bands (tags "s:6" … "s:10" for 60 or more): the GIN index answers them with the other
            # filters, and their statistics tell PostgreSQL how many listings pass, so "pay per call, 60 or
            # more" (few: pay per call rarely scores 60) is found through the index, not by walking a sort
            # index over the whole table. A minimum inside a band also checks the score itself.
            queryset = self._tagged(queryset, filter_tags.score_bands_from(minimum), any_of=True)
            if minimum % 10 == 0:
                return queryset
        # "score + 0", which no index can answer, keeps PostgreSQL from walking the score index over every
        # listing above the minimum to find the few that also match the other filters.
        return queryset.alias(score_unindexed=F("score") + 0).filter(score_unindexed__gte=minimum)

    def filter_region(self, queryset, name, value):
        # A listing hiring in a whole country hires in each of its states and provinces.
        codes = [value, value.split("-")[0]] if "-" in value else [value]
        if filter_tags.available():
            return self._tagged(queryset, filter_tags.tags(filter_tags.REGION, codes), any_of=True)
        through = Listing.hiring_regions.through
        return queryset.filter(Exists(through.objects.filter(listing_id=OuterRef("pk"), region_id__in=codes)))

    def filter_paid_training(self, queryset, name, value):
        if not value:
            return queryset
        if filter_tags.available():
            return self._tagged(queryset, [filter_tags.PAID_TRAINING + "paid"])
        return queryset.filter(training_pay="paid")

    def filter_no_fees(self, queryset, name, value):
        if not value:
            return queryset
        if filter_tags.available():
            return self._tagged(queryset, [filter_tags.NO_FEES + "none"])
        return queryset.filter(~Exists(Fee.objects.filter(listing_id=OuterRef("pk"))))

    def filter_sort(self, queryset, name, value):
        return queryset.order_by(*SORTS.get(value, SORTS[DEFAULT_SORT]))
