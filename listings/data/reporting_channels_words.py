"""The explanations of the official reporting channels as seeded from reporting_channels.json, marked for
translation. A channel's name stays the agency's own; its explanation shows in the page's language while it is
the seeded text, and as the moderators wrote it once they change it (tests/test_already_paid.py keeps this
list in step with the JSON file)."""

from django.utils.translation import gettext_noop

SEEDED_EXPLANATIONS = (
    gettext_noop(
        "Any scam, whether you lost money or not. In Spanish: ReporteFraude. You get a report number and next steps."
    ),
    gettext_noop(
        "Internet crime, including fake job offers. Have the transaction details, the scammer's contacts and "
        "the e-mails ready."
    ),
    gettext_noop("Public, searchable reports reviewed by a person, so the next job seeker can find this one."),
    gettext_noop(
        "Job scams included, through the national Report Cybercrime and Fraud system. Tell your local police "
        "too if you lost money or personal information."
    ),
    gettext_noop("Public, searchable reports reviewed by a person."),
    gettext_noop(
        "24/7 hotline, or the eGovPH app (e-Report, then Scam). Have screenshots, numbers and GCash or Maya "
        "transaction ids ready: the CICC can ask e-wallets to flag the accounts."
    ),
    gettext_noop(
        "For a criminal complaint. For offers of work abroad, check the agency in the DMW registry of "
        "licensed agencies."
    ),
    gettext_noop(
        "Call 1930 at once if you lost money, then complete the complaint on cybercrime.gov.in within 24 "
        "hours. Have the bank or UPI id, transaction id and date, and screenshots."
    ),
    gettext_noop("Report the suspicious call, SMS or WhatsApp message within 30 days."),
    gettext_noop(
        "Call your bank first to stop the payment, then open a case at the nearest police station. Charging a"
        " work seeker a fee for finding a job is unlawful."
    ),
    gettext_noop("Protective registration if you sent a copy of your ID, so nobody can open accounts in your name."),
    gettext_noop(
        "Online fraud, including job scams (it took over from the FIA Cyber Crime Wing). Tell your bank or "
        "JazzCash / EasyPaisa at once."
    ),
    gettext_noop(
        "Takes reports of vacancy fraud, including WhatsApp and Telegram task scams, and advises after a payment."
    ),
    gettext_noop("Report online (aangifte) or by phone."),
)
