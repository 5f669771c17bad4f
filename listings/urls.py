from django.urls import path
from django.views.generic import TemplateView

from listings import feeds, views, views_check
from listings.filters import ListingFilter
from listings.page_cache import cache_public_page

app_name = "listings"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("listings/", views.BrowseView.as_view(), name="browse"),
    # The browse page's filters and page cache, applied to its Atom feed.
    path(
        "listings/feed/",
        cache_public_page(params=ListingFilter.base_filters)(feeds.BrowseFeed()),
        name="browse_feed",
    ),
    path("listings/<int:pk>/", views.ListingDetailView.as_view(), name="detail"),
    path("listings/<int:pk>/report/", views.report_listing, name="report_listing"),
    path("employers/<slug:slug>/", views.EmployerDetailView.as_view(), name="employer"),
    path("employers/<slug:slug>/feed/", feeds.EmployerFeed(), name="employer_feed"),
    path("employers/<slug:slug>/report/", views.report_employer, name="report_employer"),
    path("check/", views_check.CheckOfferView.as_view(), name="check"),
    path("check/result/<str:key>/", views_check.check_result, name="check_result"),
    path("check/result/<str:key>/save/", views_check.save_check, name="save_check"),
    path("check/saved/<str:public_id>/", views_check.saved_check, name="saved_check"),
    path(
        "check/saved/<str:public_id>/delete/<str:delete_key>/",
        views_check.delete_saved_check,
        name="saved_check_delete",
    ),
    path("check/submit/", views_check.SubmitOfferView.as_view(), name="submit"),
    path("check/submitted/", TemplateView.as_view(template_name="listings/submitted.html"), name="submitted"),
    path("reported/", TemplateView.as_view(template_name="listings/reported.html"), name="reported"),
    path("lookup/", views.LookupView.as_view(), name="lookup"),
    path("guide/", views.GuideView.as_view(), name="guide"),
    path("guide/already-paid/", views.AlreadyPaidView.as_view(), name="already_paid"),
]
