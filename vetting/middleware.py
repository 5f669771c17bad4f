"""Project-wide request and response rules that no app owns."""

from __future__ import annotations

from django.core.exceptions import BadRequest


class RejectNulBytesMiddleware:
    """A NUL byte in a query parameter or form value is junk: PostgreSQL cannot store or compare it, so
    it would surface as a 500 deep in a filter, the admin or an autocomplete. Answer 400 up front."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request.GET) or (request.method == "POST" and _has_nul(request.POST)):
            raise BadRequest("A NUL character is not allowed in a request.")
        return self.get_response(request)


def _has_nul(data) -> bool:
    return any("\x00" in key or any("\x00" in value for value in data.getlist(key)) for key in data)


class CrossOriginResourcePolicyMiddleware:
    """Cross-Origin-Resource-Policy: same-origin on every response, static files included (it sits
    before WhiteNoise): no other site can embed our pages, images or scripts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        return response
