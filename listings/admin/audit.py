"""The audit log: every status change, rule-set publication and local pay change — by whom, when and why — in one
list."""

from __future__ import annotations

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse

from listings.models import StatusChange
from scoring.models import LocalPayChange, RuleSet

PAGE_SIZE = 50
MOST_RECENT = 2000  # of each kind: the log pages through the latest, filters reach further back
KINDS = [
    ("employer", "Employers"),
    ("listing", "Listings"),
    ("report", "Reports"),
    ("rule_set", "Rule sets"),
    ("local_pay", "Local pay figures"),
]
OWN_KINDS = {"rule_set", "local_pay"}  # not status changes


def _changes(kind: str, moderator: str, q: str):
    changes = StatusChange.objects.select_related("employer", "listing", "report", "changed_by")
    if kind in ("employer", "listing", "report"):
        changes = changes.filter(**{f"{kind}__isnull": False})
    if moderator.isdigit():
        changes = changes.filter(changed_by_id=int(moderator))
    if q:
        changes = changes.filter(employer__name__icontains=q) | changes.filter(listing__title__icontains=q)
    for change in changes.order_by("-changed_at", "-id")[:MOST_RECENT]:
        subject = change.employer or change.listing or change.report
        meta = subject._meta
        yield {
            "when": change.changed_at,
            "who": change.changed_by,
            "kind": meta.verbose_name,
            "subject": str(subject),
            "url": reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[subject.pk]),
            "what": f"{change.from_status or '—'} → {change.to_status}",
            "why": change.note,
        }


def _publications(moderator: str, q: str):
    rule_sets = RuleSet.objects.select_related("created_by")
    if moderator.isdigit():
        rule_sets = rule_sets.filter(created_by_id=int(moderator))
    if q:
        rule_sets = rule_sets.filter(note__icontains=q)
    for rule_set in rule_sets.order_by("-created_at")[:MOST_RECENT]:
        yield {
            "when": rule_set.created_at,
            "who": rule_set.created_by,
            "kind": "rule set",
            "subject": f"version {rule_set.version}",
            "url": reverse("admin:scoring_ruleset_change", args=[rule_set.pk]),
            "what": "published",
            "why": rule_set.note,
        }


def _pay_changes(moderator: str, q: str):
    changes = LocalPayChange.objects.select_related("figure", "changed_by")
    if moderator.isdigit():
        changes = changes.filter(changed_by_id=int(moderator))
    if q:
        changes = changes.filter(figure__name__icontains=q) | changes.filter(figure__place__iexact=q)
    for change in changes.order_by("-changed_at", "-id")[:MOST_RECENT]:
        yield {
            "when": change.changed_at,
            "who": change.changed_by,
            "kind": "local pay figures",
            "subject": str(change.figure),
            "url": reverse("admin:scoring_localpayfigure_change", args=[change.figure_id]),
            "what": "; ".join(f"{name}: {old or '—'} → {new or '—'}" for name, (old, new) in change.changes.items()),
            "why": change.note,
        }


def audit_log(request):
    if not (request.user.has_perm("listings.view_statuschange") and request.user.has_perm("scoring.view_ruleset")):
        raise PermissionDenied
    kind = request.GET.get("kind", "")
    moderator = request.GET.get("moderator", "")
    q = request.GET.get("q", "").strip()[:100]
    entries = []
    if kind not in OWN_KINDS:
        entries += _changes(kind, moderator, q)
    if kind in ("", "rule_set"):
        entries += _publications(moderator, q)
    if kind in ("", "local_pay") and request.user.has_perm("scoring.view_localpaychange"):
        entries += _pay_changes(moderator, q)
    entries.sort(key=lambda entry: entry["when"], reverse=True)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    staff = get_user_model().objects.filter(is_staff=True).order_by("username")
    query = request.GET.copy()
    query.pop("page", None)
    return TemplateResponse(
        request,
        "admin/audit_log.html",
        {
            **admin.site.each_context(request),
            "title": "Audit log",
            "page": page,
            "kinds": KINDS,
            "kind": kind,
            "moderators": staff,
            "moderator": moderator,
            "q": q,
            "query": query.urlencode(),
        },
    )
