"""The read-only JSON API (django-ninja) of published listings, their verdicts, findings and employers, and
POST /api/v1/check: an offer's text scored by the same service as the site's "check an offer" page."""
