from django.urls import path

from listings import views

app_name = "listings"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("listings/<int:pk>/", views.ListingDetailView.as_view(), name="detail"),
    path("employers/<slug:slug>/", views.EmployerDetailView.as_view(), name="employer"),
]
