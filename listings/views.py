from django.views.generic import DetailView, TemplateView

from listings.models import Employer, Listing


class HomeView(TemplateView):
    template_name = "listings/home.html"


class ListingDetailView(DetailView):
    template_name = "listings/listing_detail.html"

    def get_queryset(self):
        return Listing.objects.published().for_cards()


class EmployerDetailView(DetailView):
    template_name = "listings/employer_detail.html"
    queryset = Employer.objects.all()
