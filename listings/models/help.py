"""Where a seeker who already paid or sent documents reports the scam: official channels by country.

Seeded from listings/data/reporting_channels.json (migration 0014); moderators keep them current in the
admin, since agencies rename themselves and change numbers (Pakistan's FIA Cyber Crime Wing became NCCIA).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# The countries the product serves, in the order the guide lists them.
HELP_COUNTRIES = [
    ("US", _("United States")),
    ("CA", _("Canada")),
    ("PH", _("Philippines")),
    ("IN", _("India")),
    ("ZA", _("South Africa")),
    ("PK", _("Pakistan")),
    ("NL", _("Netherlands")),
]


class ReportingChannel(models.Model):
    country = models.CharField(max_length=2, choices=HELP_COUNTRIES)
    name = models.CharField(max_length=200, help_text="The agency's own name, e.g. “FTC ReportFraud”.")
    url = models.URLField(blank=True, help_text="Its official page for reports (https only).")
    phone = models.CharField(max_length=60, blank=True, help_text="A hotline as the agency writes it, e.g. 1930.")
    what_it_takes = models.TextField(
        blank=True, help_text="What to have ready or what it handles, in one or two plain sentences."
    )
    position = models.PositiveSmallIntegerField(default=0, help_text="Lower comes first within the country.")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["country", "position", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(url="") | models.Q(url__startswith="https://"), name="reporting_channel_https_url"
            ),  # fmt: skip
        ]

    def __str__(self):
        return f"{self.get_country_display()}: {self.name}"
