"""The moderators' admin: one module per model family."""

from listings.admin import employer, listing, reference, report  # noqa: F401
