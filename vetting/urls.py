from django.contrib import admin
from django.http import HttpResponsePermanentRedirect
from django.templatetags.static import static
from django.urls import include, path

admin.site.site_header = "Offer Check moderation"
admin.site.site_title = "Offer Check moderation"
admin.site.index_title = "Employers, listings, reports and scoring rules"

urlpatterns = [
    path("admin/", admin.site.urls),
    # Browsers ask for /favicon.ico on pages that name no icon (the admin's): send them to the site's own.
    # Resolved per request: the hashed static name exists only once collectstatic has run.
    path("favicon.ico", lambda request: HttpResponsePermanentRedirect(static("img/favicon.svg"))),
    path("subscribe/", include("listings.subscriptions.urls")),
    path("", include("listings.urls")),
]

handler400 = "vetting.errors.bad_request"
handler403 = "vetting.errors.permission_denied"
