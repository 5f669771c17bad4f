"""Thin views: the public subscribe form and the pages behind the signed links."""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from listings.abuse import public_post_ratelimit
from listings.subscriptions import services, tokens
from listings.subscriptions.filters import filter_labels, subscriber_query
from listings.subscriptions.forms import PreferencesForm, SubscribeForm
from listings.subscriptions.models import Subscriber


def invalid_link(request, error: tokens.InvalidToken, *, purpose: str):
    return render(request, "subscriptions/invalid_link.html", {"reason": error.reason, "purpose": purpose}, status=400)


@require_http_methods(["GET", "HEAD", "POST"])
@public_post_ratelimit("subscribe")
def subscribe(request):
    if request.method != "POST":
        form = SubscribeForm(initial=PreferencesForm.initial_from_query(request.GET), kept_from=request.GET)
        return render(request, "subscriptions/subscribe.html", {"form": form})
    form = SubscribeForm(request.POST)
    if not form.is_valid():
        return render(request, "subscriptions/subscribe.html", {"form": form})
    if not form.is_bot():
        services.subscriber_subscribe(
            email=form.cleaned_data["email"], preferences=form.preferences(), language=translation.get_language()
        )
    # The same answer for a new, pending or confirmed address, and for a bot.
    return render(request, "subscriptions/check_inbox.html")


@require_http_methods(["GET", "HEAD", "POST"])
def confirm(request, token):
    """Opening the link only shows a button; the POST confirms. Mail scanners that follow links confirm nothing."""
    try:
        subscriber = tokens.read_token(token, tokens.CONFIRM)
    except tokens.InvalidToken as error:
        return invalid_link(request, error, purpose="confirm")
    if subscriber.status not in (Subscriber.Status.PENDING, Subscriber.Status.CONFIRMED):
        return invalid_link(request, tokens.InvalidToken("not_pending"), purpose="confirm")
    if request.method == "POST":
        services.subscriber_confirm(subscriber=subscriber)
    if subscriber.status == Subscriber.Status.CONFIRMED:
        preferences_token = tokens.make_token(subscriber, tokens.PREFERENCES)
        context = {"preferences_token": preferences_token, "filters": filter_labels(subscriber)}
        return render(request, "subscriptions/confirmed.html", context)
    return render(
        request, "subscriptions/confirm.html", {"subscriber": subscriber, "filters": filter_labels(subscriber)}
    )


@csrf_exempt  # RFC 8058 one-click: the mail provider POSTs without cookies or a CSRF token.
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request, token):
    """GET shows a button and changes nothing; POST (the button, or the provider's one-click) unsubscribes.

    Answers 200 without a redirect, whatever the state: a second POST is harmless. The token itself is
    the proof; CSRF protection would add nothing, as a forged request would need the token anyway.
    """
    try:
        subscriber = tokens.read_token(token, tokens.UNSUBSCRIBE)
    except tokens.InvalidToken as error:
        return invalid_link(request, error, purpose="unsubscribe")
    if request.method == "POST":
        services.subscriber_unsubscribe(subscriber=subscriber)
        return render(request, "subscriptions/unsubscribed.html", {"subscriber": subscriber})
    return render(request, "subscriptions/unsubscribe.html", {"subscriber": subscriber})


@require_http_methods(["GET", "HEAD", "POST"])
def preferences(request, token):
    try:
        subscriber = tokens.read_token(token, tokens.PREFERENCES)
    except tokens.InvalidToken as error:
        return invalid_link(request, error, purpose="preferences")
    saved = False
    if request.method == "POST":
        form = PreferencesForm(request.POST, kept_from=subscriber_query(subscriber))
        if form.is_valid():
            services.subscriber_update_preferences(subscriber=subscriber, preferences=form.preferences())
            saved = True
    else:
        form = PreferencesForm(
            initial=PreferencesForm.initial_from_subscriber(subscriber), kept_from=subscriber_query(subscriber)
        )
    unsubscribe_token = tokens.make_token(subscriber, tokens.UNSUBSCRIBE)
    context = {"form": form, "subscriber": subscriber, "saved": saved, "unsubscribe_token": unsubscribe_token}
    return render(request, "subscriptions/preferences.html", context)
