"""Reference rows: hiring regions (ISO 3166) and work types, seeded by migrations."""

from collections.abc import Collection, Iterable

from django.db import models
from django.utils.translation import gettext

from scoring.vocabulary import WorkType as WorkTypeChoice


def region_name(name: str) -> str:
    """A region's name in the page's language where the catalogues have it: the countries the site serves
    (listings.models.help.HELP_COUNTRIES marks their names). Other countries, states and provinces keep their
    English (ISO 3166) names: the ISO translations that ship with pycountry are incomplete and uneven here
    (Urdu leaves "United States" in English, Filipino writes "Estados Unidos")."""
    return gettext(name) if name else name


class Region(models.Model):
    """A country (ISO 3166-1 alpha-2, "PH") or a U.S. state / Canadian province (ISO 3166-2, "US-NY")."""

    class Kind(models.TextChoices):
        COUNTRY = "country", "Country"
        SUBDIVISION = "subdivision", "State / province"

    code = models.CharField(max_length=6, primary_key=True)
    name = models.CharField(max_length=120)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE, related_name="subdivisions")

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind="country", parent__isnull=True)
                | models.Q(kind="subdivision", parent__isnull=False),
                name="region_subdivision_has_country",
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.code})"

    @staticmethod
    def kept_codes(codes: Iterable[str], known: Collection[str]) -> list[str]:
        """The hiring regions a listing keeps of `codes`: each one listings know (`known`), else its country. The
        reading of offers names regions only the pay figures have (Cebu is PH-07, Bengaluru IN-KA); a listing
        hiring there still hires in the Philippines or India."""
        kept = []
        for code in codes:
            stored = code if code in known else code.split("-")[0]
            if stored in known and stored not in kept:
                kept.append(stored)
        return kept

    @property
    def shown_name(self) -> str:
        return region_name(self.name)

    def with_parents(self) -> list[str]:
        """Codes that cover someone living here: the region itself and its country."""
        return [self.code, self.parent_id] if self.parent_id else [self.code]


class WorkType(models.Model):
    code = models.CharField(max_length=20, primary_key=True, choices=WorkTypeChoice.choices)

    class Meta:
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(condition=models.Q(code__in=WorkTypeChoice.values), name="worktype_code_valid"),
        ]

    def __str__(self):
        return self.get_code_display()
