"""Support for the digest tests (no tests here): a scriptable real SMTP server and message parsing."""

from __future__ import annotations

import asyncio
import email
import email.policy
import re
import threading
from collections import Counter
from datetime import timedelta

from aiosmtpd.controller import Controller
from django.utils import timezone

from listings.subscriptions.digest import iso_week_of
from tests import services

SITE = "https://offers.example"


def digest_week() -> tuple[int, int]:
    """The ISO week whose digest covers listings published or scored now."""
    return iso_week_of(timezone.now() + timedelta(days=7))


class ScriptedHandler:
    """A real SMTP server's behaviour: refuse some recipients (5xx), fail some attempts (4xx), hold one RCPT."""

    def __init__(self, *, refuse=(), transient_failures=0, hold_at=None, hold_seconds=0.0, delay=0.0):
        self.refuse = set(refuse)
        self.transient_failures = transient_failures
        self.hold_at = hold_at
        self.hold_seconds = hold_seconds
        self.delay = delay
        self.rcpt_count = 0
        self.holding = threading.Event()
        self.envelopes = []
        self.lock = threading.Lock()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        with self.lock:
            self.rcpt_count += 1
            count = self.rcpt_count
            fail_now = self.transient_failures > 0
            if fail_now:
                self.transient_failures -= 1
        if address in self.refuse:
            return "550 5.1.1 No such user here"
        if fail_now:
            return "451 4.3.0 Try again later"
        if count == self.hold_at:
            self.holding.set()
            await asyncio.sleep(self.hold_seconds)
        elif self.delay:
            await asyncio.sleep(self.delay)
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.envelopes.append(envelope)
        return "250 OK"

    def recipients(self) -> Counter:
        with self.lock:
            return Counter(rcpt for envelope in self.envelopes for rcpt in envelope.rcpt_tos)

    def messages(self) -> list:
        with self.lock:
            return [parse(envelope) for envelope in self.envelopes]


def start_smtp(handler) -> Controller:
    controller = Controller(handler, hostname="127.0.0.1", port=services.free_port())
    controller.start()
    return controller


def use_smtp(settings, port: int) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_TIMEOUT = 10
    settings.SITE_URL = SITE


def parse(envelope):
    message = email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default)
    message.rcpt_tos = list(envelope.rcpt_tos)
    return message


def parts(message) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def urls(text: str) -> list[str]:
    return re.findall(r"https?://[^\s\"'<>]+", text)
