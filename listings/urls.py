from django.urls import path
from django.views.generic import TemplateView

from listings import views

app_name = "listings"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("readyz", views.readyz, name="readyz"),
    path("listings/", views.BrowseView.as_view(), name="browse"),
    path("listings/<int:pk>/", views.ListingDetailView.as_view(), name="detail"),
    path("listings/<int:pk>/report/", views.report_listing, name="report_listing"),
    path("employers/<slug:slug>/", views.EmployerDetailView.as_view(), name="employer"),
    path("employers/<slug:slug>/report/", views.report_employer, name="report_employer"),
    path("check/", views.CheckOfferView.as_view(), name="check"),
    path("check/submit/", views.SubmitOfferView.as_view(), name="submit"),
    path("check/submitted/", TemplateView.as_view(template_name="listings/submitted.html"), name="submitted"),
    path("reported/", TemplateView.as_view(template_name="listings/reported.html"), name="reported"),
    path("lookup/", views.LookupView.as_view(), name="lookup"),
    path("guide/", views.GuideView.as_view(), name="guide"),
    path("guide/already-paid/", views.AlreadyPaidView.as_view(), name="already_paid"),
]
