"""Pasting an offer into the check page as a visitor does: the form's own field names, a start time old enough to
pass the minimum-time check, an empty honeypot."""

from __future__ import annotations

import time

from listings.abuse import signed_start

CHECK = "/check/"


def paste_offer(client, text: str, *, follow: bool = False, **changes):
    data = {
        "read_offer": "1",
        "paste-offer_text": text,
        "paste-website_url": "",
        "paste-started": signed_start(time.time() - 10),
        **changes,
    }
    return client.post(CHECK, data, follow=follow)
