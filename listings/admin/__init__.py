"""The moderators' admin: one module per model family."""

from listings.admin import employer, listing, reference, report, saved_check  # noqa: F401
