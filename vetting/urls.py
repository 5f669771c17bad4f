from django.contrib import admin
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import include, path

from listings.admin.audit import audit_log
from listings.api.views import api
from vetting.languages import switch_language

admin.site.site_header = "Offer Check moderation"
admin.site.site_title = "Offer Check moderation"
admin.site.index_title = "Employers, listings, reports and scoring rules"


def favicon(request):
    """Browsers ask for /favicon.ico on pages that name no icon (the admin's): send them to the site's own.
    A temporary redirect, resolved per request: the hashed static name changes with the icon."""
    return redirect(static("img/favicon.svg"))


urlpatterns = [
    path("admin/audit/", admin.site.admin_view(audit_log), name="admin_audit"),
    path("admin/", admin.site.urls),
    path("favicon.ico", favicon),
    path("language/", switch_language, name="set_language"),
    path("subscribe/", include("listings.subscriptions.urls")),
    path("api/v1/", api.urls),
    path("", include("listings.urls")),
]

handler400 = "vetting.errors.bad_request"
