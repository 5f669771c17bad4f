from django.db import models


class ListingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status="published")

    def pending_review(self):
        return self.filter(status="pending")

    def for_scoring(self):
        """Everything a score reads, in a constant number of queries."""
        return self.select_related("employer").prefetch_related("fees", "hiring_regions", "work_types")

    def for_cards(self):
        """What a listing card shows: the employer's name and status."""
        return self.select_related("employer")
