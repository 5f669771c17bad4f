from django.core.validators import RegexValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from listings.identifiers import DOMAIN_RE, HANDLE_RE, PHONE_RE

# Links shown to job seekers must open a web page, never javascript: or data: URLs.
http_url_validator = URLValidator(schemes=["http", "https"], message=_("Enter a web address starting with http(s)://."))

# The stored forms of a recruiter's identifiers (listings.identifiers turns what a seeker types into these).
domain_form_validator = RegexValidator(
    DOMAIN_RE, _("A domain such as example.com: lower case, no www., no @ or https://.")
)
phone_form_validator = RegexValidator(PHONE_RE, _("Enter the number with its country code, stored as +14155552671."))
handle_form_validator = RegexValidator(HANDLE_RE, _("A chat handle in lower case, without @."))
