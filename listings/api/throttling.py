"""API throttles counted by django-ratelimit in the shared rate-limit cache (Redis in production), the same
counters and client address (vetting.client_ip) as the site's public forms."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django_ratelimit import ALL
from django_ratelimit.core import _split_rate, is_ratelimited
from ninja.throttling import BaseThrottle

from listings.abuse import visitor_key


class SharedRateThrottle(BaseThrottle):
    """A ninja throttle whose counter is django-ratelimit's: atomic increments in the 'ratelimit' cache, so
    every web process shares it. `rate` names the setting that holds the rate ("20/h"), read per request."""

    def __init__(self, *, group: str, key: str | Callable, rate: str, method=ALL):
        self.group, self.key, self.rate_setting, self.method = group, key, rate, method

    def rate(self, group=None, request=None) -> str:
        return getattr(settings, self.rate_setting)

    def allow_request(self, request) -> bool:
        return not is_ratelimited(
            request, group=self.group, key=self.key, rate=self.rate, method=self.method, increment=True
        )

    def wait(self) -> int:
        """The rate's whole window: by then this client's counter has started again."""
        return _split_rate(self.rate())[1]


# Every API request, per client address.
API_REQUESTS = SharedRateThrottle(group="api", key="ip", rate="API_RATE")
# POST /check shares the check page's counters (group "check", the same keys and rates as
# listings.abuse.public_post_ratelimit): one budget for checking offers, through the page or the API.
CHECK_PER_ADDRESS = SharedRateThrottle(group="check", key="ip", rate="PUBLIC_POST_RATE_PER_IP", method="POST")
CHECK_PER_CLIENT = SharedRateThrottle(group="check", key=visitor_key, rate="PUBLIC_POST_RATE", method="POST")
