"""The client's address, as rate limits and the admin lock-out key on it.

Behind a TLS proxy every request comes from the proxy's address. Each trusted proxy appends the address
it received the request from to X-Forwarded-For (nginx: `$proxy_add_x_forwarded_for`), so with N
trusted hops the client is the N-th address from the right. Anything further left was written by the
client itself and is never believed.
"""

from __future__ import annotations

import ipaddress

from django.conf import settings


def client_ip(request) -> str:
    """REMOTE_ADDR with no trusted proxy; else the address the outermost trusted proxy saw."""
    remote = request.META.get("REMOTE_ADDR", "")
    hops = settings.TRUSTED_PROXY_HOPS
    if hops <= 0:
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < hops:
        return remote  # not through the expected proxies (a health check from inside, say)
    candidate = forwarded[-hops]
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return remote
