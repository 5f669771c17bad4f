"""The browse filters a query string sets, each labelled as the filter form labels it.

One list serves three places: the removable chips above the results on a phone (each a plain link to
the same page without that one value), the digest sign-up ("also keep these filters") and the
subscription's confirmation page and e-mail (which filters are kept). Only values the filter form
accepts are listed; junk is never echoed back.
"""

from __future__ import annotations

from dataclasses import dataclass

from django import forms
from django.http import QueryDict
from django.utils.translation import get_language

from listings.filters import filter_query

NOT_FILTERS = ("sort", "page")  # they order or page the results, they do not narrow them


@dataclass(frozen=True)
class ActiveFilter:
    name: str
    value: str
    label: str  # "Work type: Sales"
    remove_query: str  # the same query string without this one value (and without a page number)

    @property
    def pair(self) -> str:
        """This value alone as a query string ("pay_basis=hour"): how a form carries it."""
        single = QueryDict(mutable=True)
        single[self.name] = self.value
        return single.urlencode()


def active_filters(form, query, *, names=None) -> list[ActiveFilter]:
    """Each accepted filter value in `query`, in the form's field order. `form`: a bound filter form
    (ListingFilter(...).form) of `query`; `names`: only these filters (default: every filter but the sort).
    A chip's link keeps every other value and the sort, and drops the page number (page 3 may not exist)."""
    query = filter_query(query, form.fields)
    if not query or not form.is_bound:  # django-filter leaves the form unbound when the URL has no parameter
        return []
    form.is_valid()  # validates once; a filter form caches its errors
    active = []
    for name, field in form.fields.items():
        if name in NOT_FILTERS or name not in query or (names is not None and name not in names) or name in form.errors:
            continue
        if isinstance(field.widget, forms.CheckboxInput) and not form.cleaned_data.get(name):
            continue  # an unticked box filters nothing
        for value in dict.fromkeys(query.getlist(name)):  # a value repeated in the URL is one chip
            remaining = query.copy()
            remaining.setlist(name, [v for v in query.getlist(name) if v != value])
            active.append(ActiveFilter(name, value, _label(form, name, value), remaining.urlencode()))
    return active


def _label(form, name: str, value: str) -> str:
    field = form.fields[name]
    label = str(field.label)
    if isinstance(field.widget, forms.CheckboxInput):
        return label
    if isinstance(field, forms.ChoiceField):
        return f"{label}: {_choice_label(form, name, value)}"
    if isinstance(field, forms.CharField):
        return f"{label}: “{value}”"
    return f"{label}: {value}"


# {(form class, field, language): {value: label}}: a filter's choices are the same for every request in a language
# (the regions' too: listings.filters reads them once per process), and walking the ~320 grouped regions for
# each chip cost more than the rest of the chips.
_choice_labels: dict[tuple, dict[str, str]] = {}


def _choice_label(form, name: str, value: str) -> str:
    key = (type(form), name, get_language())
    labels = _choice_labels.get(key)
    if labels is None or value not in labels:  # not yet, or choices added since (a region a migration added)
        labels = {}
        _add_choices(labels, form.fields[name].choices)
        _choice_labels[key] = labels  # whole, so another thread never reads one half-made
    return labels.get(value, value)


def _add_choices(labels: dict[str, str], choices) -> None:
    for key, label in choices:
        if isinstance(label, (list, tuple)):  # a group of choices
            _add_choices(labels, label)
        else:
            labels.setdefault(str(key), str(label))
