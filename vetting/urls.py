from django.contrib import admin
from django.urls import include, path

admin.site.site_header = "Offer Check moderation"
admin.site.site_title = "Offer Check moderation"
admin.site.index_title = "Employers, listings, reports and scoring rules"

urlpatterns = [
    path("admin/", admin.site.urls),
    path("subscribe/", include("listings.subscriptions.urls")),
    path("", include("listings.urls")),
]

handler400 = "vetting.errors.bad_request"
handler403 = "vetting.errors.permission_denied"
