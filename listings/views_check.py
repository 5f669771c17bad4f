"""Checking an offer: paste it or answer the checklist, see the verdict on a page of its own, correct the answers
and check again, send the offer for review, or save the result to share."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views import View
from django.views.decorators.cache import never_cache

from listings import saved_checks, services
from listings.abuse import public_post_ratelimit
from listings.check_results import KeptResult, delete_key_for, form_data, keep_result, kept_result, remember_delete_key
from listings.checking import CheckedOffer, check_offer, check_text
from listings.models import SavedCheck
from listings.offer_form import CheckOffer, PasteOfferForm, title_from_text
from listings.services import employer_for_name
from scoring.extraction import extract
from scoring.services import active_rule_set

CHECK_TEMPLATE = "listings/check.html"
RESULT_TEMPLATE = "listings/check_result.html"
# Saved results are reached only by their address: never indexed, never stored by a shared cache.
NOINDEX = "noindex, nofollow, noarchive"


def _blank(request, *, check=None, paste=None, status=200):
    context = {"check": check or CheckOffer(), "paste": paste or PasteOfferForm()}
    return render(request, CHECK_TEMPLATE, context, status=status)


@method_decorator(never_cache, name="dispatch")
class CheckOfferView(View):
    """Anyone checks an offer and gets the verdict a published listing would get, in one step: a pasted text
    is read and scored at once, or the visitor's own answers are. Either way the browser is sent on to the
    result's own page (post/redirect/get), where the answers can be corrected and checked again."""

    def get(self, request):
        return _blank(request)

    @method_decorator(public_post_ratelimit("check"))
    def post(self, request):
        if "read_offer" in request.POST:
            return self.check_pasted(request)
        check = CheckOffer(data=request.POST)
        if not check.is_valid():
            return _blank(request, check=check, status=400)
        if check.is_bot():
            return redirect("listings:check")
        checked = check_offer(check.to_offer(), active_rule_set().to_config(), text=check.description)
        data = check.form.cleaned_data
        result = KeptResult(
            checked,
            timezone.now(),
            title=data["title"],
            employer_name=data["employer_name"],
            form_data=form_data(request.POST),
        )
        return redirect("listings:check_result", keep_result(request, result))

    def check_pasted(self, request):
        paste = PasteOfferForm(data=request.POST)
        if not paste.is_valid():
            return _blank(request, paste=paste, status=400)
        if paste.is_bot():
            return redirect("listings:check")
        text = paste.cleaned_data["offer_text"]
        checked, extraction = check_text(text, active_rule_set().to_config(), known_employer=employer_for_name)
        employer_name = extraction.answers.get("employer_name", "")
        result = KeptResult(
            checked,
            timezone.now(),
            title=title_from_text(text, employer_name),
            employer_name=employer_name,
            answers_read=len(extraction.answers),
            truncated_at=extraction.scanned_chars if extraction.truncated else None,
            pasted={"text": text, "extraction": extraction.as_dict()},
        )
        return redirect("listings:check_result", keep_result(request, result))


def _result_page(request, key: str, result: KeptResult, *, check=None, status=200):
    context = {
        "key": key,
        "kept": result,
        "result": result.checked,
        "read": result.checked.reading,
        "verdict_label": result.checked.verdict_label,
        "check": check or result.check_form(),
    }
    return render(request, RESULT_TEMPLATE, context, status=status)


def _result_gone(request):
    return render(request, "listings/check_result_gone.html", status=404)


@never_cache
def check_result(request, key):
    """A check's result, from this browser's session: reloading it or coming Back to it sends nothing again."""
    result = kept_result(request, key)
    if result is None:
        return _result_gone(request)
    return _result_page(request, key, result)


@method_decorator(never_cache, name="dispatch")
class SubmitOfferView(View):
    """Send the checked answers to the moderators as a listing pending review; the employer's name and the
    job's title are asked for here if the check went without them.

    The offer's text becomes the listing's description; its evidence is extracted again here from that text.
    """

    @method_decorator(public_post_ratelimit("submit"))
    def post(self, request):
        check = CheckOffer(data=request.POST, for_submission=True)
        if not check.is_valid():
            key = request.POST.get("result_key", "")
            result = kept_result(request, key) if key else None
            if result is None:
                return _blank(request, check=check, status=400)
            return _result_page(request, key, result, check=check, status=400)
        if not check.is_bot():
            offer = check.to_offer()
            services.listing_submit_from_offer(
                offer=offer,
                employer=check.employer,
                source_url=check.source_url,
                evidence=extract(check.description).as_dict() if check.description else None,
            )
        return redirect("listings:submitted")


@never_cache
@public_post_ratelimit("save")
def save_check(request, key):
    """Keep a result under an address of its own, masked, for 30 days: only when the seeker asks (POST)."""
    if request.method != "POST":
        return redirect("listings:check_result", key)
    result = kept_result(request, key)
    if result is None:
        return _result_gone(request)
    saved, delete_key = saved_checks.saved_check_create(result=result)
    remember_delete_key(request, saved.public_id, delete_key)
    return redirect(saved)


def _noindex(response):
    response["X-Robots-Tag"] = NOINDEX
    return response


def _saved_gone(request, saved: SavedCheck):
    return _noindex(render(request, "listings/saved_check_gone.html", {"saved": saved}, status=410))


@never_cache
def saved_check(request, public_id):
    saved = get_object_or_404(SavedCheck, public_id=public_id)
    if saved.is_expired():
        return _saved_gone(request, saved)
    checked = CheckedOffer.from_dict(saved.result)
    delete_key = delete_key_for(request, public_id)
    context = {
        "saved": saved,
        "result": checked,
        "read": checked.reading,
        "verdict_label": checked.verdict_label,
        "share_url": request.build_absolute_uri(saved.get_absolute_url()),
        "delete_url": request.build_absolute_uri(saved.delete_url(delete_key)) if delete_key else "",
    }
    return _noindex(render(request, "listings/saved_check.html", context))


@never_cache
def delete_saved_check(request, public_id, delete_key):
    """Confirm (GET), then delete (POST) a saved result: only with the secret its saver was given."""
    saved = get_object_or_404(SavedCheck, public_id=public_id)
    if not saved.deletes(delete_key):
        return _noindex(render(request, "listings/saved_check_refused.html", status=403))
    if request.method == "POST":
        saved_checks.saved_check_delete(saved=saved, delete_key=delete_key)
        messages.success(request, _("The saved result is deleted: its link now leads nowhere."))
        return redirect("listings:check")
    return _noindex(render(request, "listings/saved_check_delete.html", {"saved": saved}))
