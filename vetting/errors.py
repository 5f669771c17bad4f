"""Error pages in the site's layout: 400, 403 for CSRF and the admin lock-out (429). (Django's own 403
handler already renders templates/403.html in the layout.)

Django's own error views would answer in bare HTML; these keep the navigation, the styles and the
security headers, and say what happened in plain words.
"""

from __future__ import annotations

from axes.helpers import get_cool_off
from django.shortcuts import render


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: usually an old tab or blocked cookies, so say how to recover."""
    return render(request, "403.html", {"csrf": True}, status=403)


def locked_out(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: too many wrong passwords for this username from this address."""
    seconds = int(get_cool_off(request).total_seconds())
    response = render(request, "lockout.html", {"minutes": seconds // 60}, status=429)
    response["Retry-After"] = str(seconds)
    return response
