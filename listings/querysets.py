from django.db import models


class ScamElsewhere(models.Expression):
    """Whether another published listing of the same employer reads as a likely scam.

    The same SQL as Exists(Listing.objects.published().filter(employer_id=OuterRef("employer_id"),
    verdict="likely_scam").exclude(pk=OuterRef("pk"))), written out: Django took half a millisecond to build
    that subquery on every listing page and browse page, more than PostgreSQL takes to answer it (the
    employer index of migration 0001 finds the employer's listings)."""

    output_field = models.BooleanField()

    def as_sql(self, compiler, connection):
        from listings.models.listing import ListingStatus
        from scoring.vocabulary import Verdict

        # The query's own table alias: "listings_listing", or another where this query is a subquery.
        outer = compiler.quote_name_unless_alias(compiler.query.get_initial_alias())
        sql = (
            "EXISTS(SELECT 1 FROM listings_listing other WHERE other.status = %s AND other.verdict = %s "
            f"AND other.employer_id = {outer}.employer_id AND other.id <> {outer}.id)"
        )
        return sql, (ListingStatus.PUBLISHED.value, Verdict.LIKELY_SCAM.value)


class ListingQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=self.model.Status.PUBLISHED)

    def for_scoring(self):
        """Everything a score reads, in a constant number of queries."""
        return self.select_related("employer").prefetch_related("fees", "hiring_regions", "work_types")

    def for_cards(self):
        """What a listing card shows: the employer's name and status, and whether another of the employer's
        published listings reads as a likely scam (a card must not look reassuring then)."""
        return self.select_related("employer").annotate(employer_scam_elsewhere=ScamElsewhere())

    def offers(self) -> dict:
        """{pk: Offer} read with plain values() queries: no model instances, four queries in all.

        The fast path for re-scoring many rows; gives the same Offer as Listing.to_offer().
        """
        from collections import defaultdict

        from listings.models.listing import SNAPSHOT_FIELDS
        from scoring.offer import FeeSnapshot, Offer

        rows = list(self.values("pk", "employer__name", "employer__status", "employer__email_domain", *SNAPSHOT_FIELDS))
        ids = [row["pk"] for row in rows]
        regions, works, fees = defaultdict(list), defaultdict(list), defaultdict(list)
        through = self.model.hiring_regions.through.objects.filter(listing_id__in=ids)
        for listing_id, code in through.values_list("listing_id", "region_id"):
            regions[listing_id].append(code)
        through = self.model.work_types.through.objects.filter(listing_id__in=ids)
        for listing_id, code in through.values_list("listing_id", "worktype_id"):
            works[listing_id].append(code)
        from listings.models import Fee

        for listing_id, *fee in (
            Fee.objects.filter(listing_id__in=ids)
            .order_by("id")
            .values_list("listing_id", "kind", "amount", "currency", "timing", "recurring")
        ):
            fees[listing_id].append(FeeSnapshot(*fee))
        offers = {}
        for row in rows:
            pk = row.pop("pk")
            offers[pk] = Offer.from_values(
                row,
                employer_name=row["employer__name"],
                employer_status=row["employer__status"],
                employer_email_domain=row["employer__email_domain"],
                work_types=tuple(sorted(works[pk])),
                hiring_regions=tuple(sorted(regions[pk])),
                fees=tuple(fees[pk]),
            )
        return offers

    def for_card_list(self):
        """for_cards() reading only the columns a card shows: a page of 20 cards then skips each offer's
        full text, findings and pay estimate (JSON decoded per row) that only the detail page needs. On
        PostgreSQL the row brings its filter tags too, whose work types the card shows (no second query)."""
        from listings import filter_tags

        queryset = self.for_cards()
        if filter_tags.available():
            queryset = queryset.annotate(card_tags=filter_tags.FilterTags())
        return queryset.only(
            "id",
            "title",
            "verdict",
            "score",
            "pay_basis",
            "hourly_estimate",
            "pay_vs_minimum",
            "pay_currency",
            "employer__name",
            "employer__slug",
            "employer__status",
            "updated_at",  # with scored_at, the card cache key (listings.cards)
            "scored_at",
            "published_at",
            "posted_on",
            "expires_on",
        )
