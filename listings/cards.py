"""Listing cards rendered once and then reused from the shared cache.

A card looks the same to every visitor and changes only when its listing is saved or re-scored or its
employer's name or status changes; all of those are in the cache key, so a changed card is never served
stale. Rendering twenty cards was the largest single cost of a browse page the page cache had not seen.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from django.core.cache import cache
from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.safestring import SafeString, mark_safe

CARD_TEMPLATE = "listings/includes/listing_card.html"
# Bounds how long a card made by an older template survives a deploy.
CARD_SECONDS = 600


def card_key(listing) -> str:
    employer = listing.employer
    parts = (
        translation.get_language(),  # a card's dates, numbers and labels are in the page's language
        listing.pk,
        listing.updated_at,
        listing.scored_at,
        employer.name,
        employer.slug,
        employer.status,
        getattr(listing, "employer_scam_elsewhere", False),
    )
    return "listing-card:" + hashlib.blake2b(repr(parts).encode(), digest_size=16).hexdigest()


def listing_cards(listings: Iterable) -> list[SafeString]:
    """The cards' HTML in order: one cache round trip, and only the missing cards read their work types."""
    listings = list(listings)
    keys = [card_key(listing) for listing in listings]
    found = cache.get_many(keys)
    missing = {key: listing for listing, key in zip(listings, keys, strict=True) if key not in found}
    if missing:
        prefetch_related_objects(list(missing.values()), "work_types")
        rendered = {key: render_to_string(CARD_TEMPLATE, {"listing": listing}) for key, listing in missing.items()}
        cache.set_many(rendered, CARD_SECONDS)
        found.update(rendered)
    # Safe: each card was rendered by the template engine with autoescaping on.
    return [mark_safe(found[key]) for key in keys]
