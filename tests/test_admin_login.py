"""Admin login brute force is stopped by django-axes (username + IP, 15-minute cool-off)."""

import pytest
from django.test import Client
from django.urls import reverse

from tests.factories import ModeratorFactory

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-moderator-password"


def attempt(client, username, password, ip="203.0.113.7", **extra):
    return client.post(reverse("admin:login"), {"username": username, "password": password}, REMOTE_ADDR=ip, **extra)


def test_fifth_wrong_password_locks_out_that_user_from_that_ip():
    moderator = ModeratorFactory()
    client = Client()

    codes = [attempt(client, moderator.username, "wrong").status_code for _ in range(5)]
    locked = attempt(client, moderator.username, PASSWORD)

    assert codes[:4] == [200, 200, 200, 200] and codes[4] == 429
    assert locked.status_code == 429
    # The styled page says for how long, and Retry-After tells a client the same.
    assert locked["Retry-After"] == "900"
    assert "Sign-in locked for 15 minutes" in locked.content.decode()


def test_right_password_from_another_ip_still_works():
    moderator = ModeratorFactory()
    for _ in range(5):
        attempt(Client(), moderator.username, "wrong", ip="203.0.113.7")

    response = attempt(Client(), moderator.username, PASSWORD, ip="198.51.100.20")

    assert response.status_code == 302


def test_client_sent_x_forwarded_for_is_not_trusted():
    moderator = ModeratorFactory()
    client = Client()

    for n in range(5):
        attempt(client, moderator.username, "wrong", HTTP_X_FORWARDED_FOR=f"10.0.0.{n}")
    response = attempt(client, moderator.username, PASSWORD, HTTP_X_FORWARDED_FOR="10.0.0.99")

    assert response.status_code == 429
