from django.core.validators import URLValidator

# Links shown to job seekers must open a web page, never javascript: or data: URLs.
http_url_validator = URLValidator(schemes=["http", "https"], message="Enter a web address starting with http(s)://.")
