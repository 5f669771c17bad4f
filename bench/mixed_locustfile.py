"""Locust users for the mixed scenario: browse, check + submit, report, subscribe.

bench/mixed_load.py starts the servers and runs this file headless; against a site already running:

    .venv/bin/locust -f bench/mixed_locustfile.py --headless -u 16 -r 8 -t 60s --host http://127.0.0.1:8000

Each form flow does what a browser does: GET the page (its CSRF cookie stays in the user's cookie jar),
send every field the form would send (hidden ones included, the honeypot left empty, the signed start
time as served), wait at least the form's minimum time to submit, then POST. A POST answered 429 is the
rate limit doing its job: it is marked failed with a message starting with INTENDED_429, so locust's own
summary lists it and the driver can tell it apart. Anything else outside 2xx/3xx, or a page other than
the one a successful submission leads to, is a real failure.

Environment: MIXED_FORM_MIN_SECONDS (the site's PUBLIC_FORM_MIN_SECONDS, default 3), MIXED_LISTING_IDS
("first-last", detail pages also picked at random in that range), MIXED_RESULTS (a JSON file the
per-request outcomes are written to when the run stops).
"""

from __future__ import annotations

import json
import os
import random
import re
import time
import uuid
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

from locust import HttpUser, between, events, task
from site_load import RARE_WORD, REGIONS, WORK_TYPES  # the values the generated listings carry

INTENDED_429 = "intended 429"
FORM_MIN_SECONDS = float(os.environ.get("MIXED_FORM_MIN_SECONDS", "3"))
RESULTS_PATH = os.environ.get("MIXED_RESULTS", "")
_ids = os.environ.get("MIXED_LISTING_IDS", "")
LISTING_IDS = tuple(int(x) for x in _ids.split("-")) if _ids else None

VERDICTS = ["looks_legitimate", "ask_more_questions", "red_flags", "likely_scam"]
SEARCH_WORDS = [
    "reservations",
    "bilingual",
    "survey",
    "technical support",
    "billing",
    "verify orders",
    "headset",
    "paid training",
    "weekend",
    "holiday season",
    "leads",
    RARE_WORD,
    "Bench Employer 42",
]
OFFER_TEXTS = [
    "Work from home as a customer service agent. Pay is $14 per hour, paid training for two weeks. "
    "You must be a W-2 employee, 30 hours per week. You need your own computer and a USB headset.",
    "Earn up to $25 per hour answering calls! A $99 starter kit is required before your interview. "
    "Interviews are held on Telegram. You will be an independent contractor paid per call.",
    "Inbound reservations agent, home based. $0.25 per talk minute, no guaranteed minimum. "
    "Training is unpaid and lasts 10 days. Nights and weekends required. Landline phone required.",
    "Outbound sales from home, commission only, leads provided. Bring your own headset and quiet room. "
    "Send a copy of your ID and bank details with your application.",
]
LINK = re.compile(r'href="/(listings|employers)/([\w-]+)/"')

# name -> [(response time ms, outcome, detail)]; outcome is "ok", "429" or "failure"
_outcomes: dict[str, list[tuple[float, str, str]]] = {}
_effects = {"subscribed_emails": []}
_clock = {"start": None, "stop": None}


@events.test_start.add_listener
def _started(**_kwargs):
    _clock["start"] = time.time()


@events.request.add_listener
def _record(name, response_time, exception, **_kwargs):
    if exception is None:
        outcome, detail = "ok", ""
    elif str(exception).startswith(INTENDED_429):
        outcome, detail = "429", ""
    else:
        outcome, detail = "failure", str(exception)[:300]
    _outcomes.setdefault(name, []).append((response_time, outcome, detail))


@events.user_error.add_listener
def _flow_error(exception, **_kwargs):
    # An exception inside a flow (a form field gone, no form on the page) stops it without a request event.
    _outcomes.setdefault("flow error", []).append((0.0, "failure", f"{type(exception).__name__}: {exception}"[:300]))


@events.test_stop.add_listener
def _write_results(**_kwargs):
    _clock["stop"] = time.time()
    if RESULTS_PATH:
        with open(RESULTS_PATH, "w") as handle:
            json.dump({"clock": _clock, "requests": _outcomes, "effects": _effects}, handle)


@dataclass
class HtmlForm:
    """One <form> as a browser would submit it: the values it sends now, and the options it offers."""

    action: str
    classes: list[str]
    values: dict[str, list[str]] = field(default_factory=dict)
    choices: dict[str, list[str]] = field(default_factory=dict)

    def set(self, name: str, *values) -> None:
        if name not in self.values and name not in self.choices:
            raise KeyError(f"the form has no field {name!r}")  # the page changed: fail loudly, do not guess
        self.values[name] = [str(v) for v in values]

    def pick(self, name: str, k: int = 1) -> None:
        options = [v for v in self.choices[name] if v]
        self.set(name, *random.sample(options, min(k, len(options))))

    def data(self, **clicked) -> list[tuple[str, str]]:
        pairs = [(name, v) for name, values in self.values.items() for v in values]
        return pairs + list(clicked.items())


class FormParser(HTMLParser):
    """Reads every form of a page with the standard library: inputs, radios, checkboxes, selects, textareas."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[HtmlForm] = []
        self._form: HtmlForm | None = None
        self._select: tuple[str, bool] | None = None
        self._textarea: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = {k: v if v is not None else "" for k, v in attrs}
        if tag == "form":
            self._form = HtmlForm(action=a.get("action", ""), classes=a.get("class", "").split())
            self.forms.append(self._form)
            return
        form, name = self._form, a.get("name", "")
        if form is None or (tag != "option" and not name) or "disabled" in a:
            return
        if tag == "input":
            kind = a.get("type", "text").lower()
            if kind in ("submit", "button", "reset", "image", "file"):
                return  # sent only by the button that is clicked
            if kind in ("radio", "checkbox"):
                form.choices.setdefault(name, []).append(a.get("value", "on"))
                if "checked" in a:
                    form.values.setdefault(name, []).append(a.get("value", "on"))
            else:
                form.values[name] = [a.get("value", "")]
        elif tag == "select":
            self._select = (name, "multiple" in a)
            form.choices[name] = []
        elif tag == "option" and self._select:
            select = self._select[0]
            form.choices[select].append(a.get("value", ""))
            if "selected" in a:
                form.values.setdefault(select, []).append(a.get("value", ""))
        elif tag == "textarea":
            self._textarea, self._text = name, []

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select" and self._select and self._form:
            name, multiple = self._select
            # A single select with nothing selected sends its first option.
            if not multiple and name not in self._form.values and self._form.choices[name]:
                self._form.values[name] = [self._form.choices[name][0]]
            self._select = None
        elif tag == "textarea" and self._textarea and self._form:
            self._form.values[self._textarea] = ["".join(self._text).removeprefix("\n")]
            self._textarea = None


def find_form(html: str, *, css: str = "", action: str = "") -> HtmlForm:
    parser = FormParser()
    parser.feed(html)
    for form in parser.forms:
        if (not css or css in form.classes) and action in form.action:
            return form
    raise LookupError(f"no form (class {css!r}, action containing {action!r}) on the page")


def browse_query() -> dict:
    """A random but valid combination of the browse page's filters."""
    query: dict = {}
    if random.random() < 0.5:
        query["work_type"] = random.sample(WORK_TYPES, random.choice([1, 1, 2]))
    if random.random() < 0.4:
        query["region"] = random.choice(REGIONS)
    if random.random() < 0.25:
        query["pay_basis"] = random.choice(["hour", "minute", "call", "commission", "salary"])
    if random.random() < 0.15:
        query["worker_status"] = random.choice(["employee", "contractor"])
    if random.random() < 0.15:
        query["direction"] = random.choice(["inbound", "outbound"])
    if random.random() < 0.25:
        query["min_score"] = random.choice([30, 50, 60, 70, 80])
    if random.random() < 0.2:
        query["verdict"] = random.sample(VERDICTS, random.choice([1, 2]))
    if random.random() < 0.15:
        query["paid_training"] = "on"
    if random.random() < 0.15:
        query["no_fees"] = "on"
    if random.random() < 0.6:
        query["sort"] = random.choice(["score", "newest", "hourly"])
    if random.random() < 0.3:
        query["page"] = random.randint(2, 6)
    return query


class JobSeeker(HttpUser):
    """One visitor with its own cookie jar: 80% page views, 10% check + submit, 5% report, 5% subscribe."""

    wait_time = between(0.3, 1.5)

    def on_start(self):
        self.seen: dict[str, list[str]] = {"listings": [], "employers": []}
        self.view("/", "browse: home")

    # --- plumbing --------------------------------------------------------------------------------------

    def request(self, method, path, name, *, expect_path="", expect_text="", referer="", **kwargs):
        """One request judged as a user would: the page they expect, or a failure saying what they got."""
        headers = {}
        if method == "POST":
            headers = {"Origin": self.host.rstrip("/"), "Referer": self.host.rstrip("/") + referer}
        with self.client.request(method, path, name=name, catch_response=True, headers=headers, **kwargs) as r:
            if r.status_code == 429 and method == "POST" and "Too many requests" in r.text:
                r.failure(f"{INTENDED_429}: rate limit (PUBLIC_POST_RATE)")
                return None
            if not 200 <= r.status_code < 400:
                r.failure(f"HTTP {r.status_code}")
                return None
            if expect_path and urlsplit(r.url).path != expect_path:
                r.failure(f"ended on {urlsplit(r.url).path} (HTTP {r.status_code}) instead of {expect_path}")
                return None
            if method == "GET" and "is-invalid" in r.text:  # every query and link here is valid
                r.failure("page shows form errors for valid input")
                return None
            if expect_text and expect_text not in r.text:
                errors = "form errors shown" if "is-invalid" in r.text or "alert-danger" in r.text else "no form errors"
                r.failure(f"page without {expect_text!r} ({errors})")
                return None
            r.success()
            return r

    def view(self, path, name):
        response = self.request("GET", path, name)
        if response is not None:
            for kind, key in LINK.findall(response.text):
                if kind == "listings" and key.isdigit() or kind == "employers":
                    seen = self.seen[kind]
                    seen.append(f"/{kind}/{key}/")
                    del seen[:-200]
        return response

    def think(self, at_least: float = 0.0):
        """A person reading and typing: never faster than the site's minimum time to submit."""
        time.sleep(max(at_least, FORM_MIN_SECONDS) + random.uniform(0.3, 1.5))

    def listing_path(self) -> str:
        if LISTING_IDS and (random.random() < 0.5 or not self.seen["listings"]):
            return f"/listings/{random.randint(*LISTING_IDS)}/"
        return random.choice(self.seen["listings"]) if self.seen["listings"] else "/listings/1/"

    # --- 80%: browsing ---------------------------------------------------------------------------------

    @task(80)
    def browse(self):
        roll = random.random()
        if roll < 0.05:
            self.view("/", "browse: home")
        elif roll < 0.45:
            self.view("/listings/?" + urlencode(browse_query(), doseq=True), "browse: filters, sorts, pages")
        elif roll < 0.65:
            query = {"q": random.choice(SEARCH_WORDS), **({"page": 2} if random.random() < 0.2 else {})}
            self.view("/listings/?" + urlencode(query), "browse: search")
        elif roll < 0.95:
            self.view(self.listing_path(), "browse: listing detail")
        elif self.seen["employers"]:
            self.view(random.choice(self.seen["employers"]), "browse: employer")

    # --- 10%: check an offer, then submit it for review ----------------------------------------------

    @task(10)
    def check_and_submit(self):
        page = self.request("GET", "/check/", "check: GET form")
        if page is None:
            return
        if random.random() < 0.35:
            page = self.read_offer_text(page)
            if page is None:
                return
        self.think()
        form = find_form(page.text, css="check-form")
        self.answer(form)
        result = self.request(
            "POST", "/check/", "check: POST answers", data=form.data(), referer="/check/", expect_text='id="result"'
        )
        if result is None:
            return
        self.think(at_least=1.0)
        again = find_form(result.text, css="check-form")
        self.request(
            "POST",
            "/check/submit/",
            "submit: POST for review",
            data=again.data(submit_for_review="1"),
            referer="/check/",
            expect_path="/check/submitted/",
        )

    def read_offer_text(self, page):
        """Paste the offer: the site reads and scores it at once, and pre-fills the answers under the verdict."""
        self.think()
        paste = find_form(page.text, css="paste-form")
        paste.set("paste-offer_text", random.choice(OFFER_TEXTS))
        return self.request(
            "POST",
            "/check/",
            "check: POST offer text to read",
            data=paste.data(read_offer="1"),
            referer="/check/",
            expect_text='id="offer-read"',
        )

    def answer(self, form: HtmlForm) -> None:
        """Fill the checklist as a job seeker would; pre-filled answers (from a pasted text) are kept."""
        employer = random.choice([f"Bench Employer {random.randrange(500)}", f"Home Call Co {random.randrange(50)}"])
        form.set("employer_name", employer)
        if not form.values.get("title", [""])[0]:
            form.set("title", random.choice(["Customer service agent", "Reservations agent", "Sales representative"]))
        form.pick("work_types", random.choice([1, 2]))
        form.pick("hiring_regions", random.choice([1, 2]))
        for name in ("direction", "needs_computer", "needs_headset", "training_pay", "worker_status", "benefits"):
            if random.random() < 0.6:
                form.pick(name)
        if random.random() < 0.5:
            form.set("pay_basis", "hour")
            form.set("pay_amount", random.choice(["11.50", "14.00", "16.25"]))
            form.set("hours_per_week", random.choice([20, 30, 40]))
        if random.random() < 0.2:
            form.set("fees-0-kind", random.choice([v for v in form.choices["fees-0-kind"] if v]))
            form.set("fees-0-amount", random.choice(["49", "99", "150"]))

    # --- 5%: report a listing --------------------------------------------------------------------------

    @task(5)
    def report(self):
        path = self.listing_path()
        page = self.request("GET", path, "report: GET listing page")
        if page is None:
            return
        self.think()
        form = find_form(page.text, action=f"{path}report/")
        form.pick("reason")
        form.set("details", "They asked me to pay for a starter kit before the interview.")
        if random.random() < 0.5:
            form.set("contact_email", f"reporter-{uuid.uuid4().hex[:10]}@example.org")
        self.request("POST", form.action, "report: POST", data=form.data(), referer=path, expect_path="/reported/")

    # --- 5%: subscribe to the weekly digest ----------------------------------------------------------

    @task(5)
    def subscribe(self):
        # From a browse page's "E-mail me listings like these": the form arrives pre-filled with its filters.
        query = {k: v for k, v in browse_query().items() if k in ("work_type", "region", "min_score", "verdict")}
        page = self.request("GET", "/subscribe/?" + urlencode(query, doseq=True), "subscribe: GET form")
        if page is None:
            return
        self.think()
        form = find_form(page.text, action="/subscribe/")
        email = f"seeker-{uuid.uuid4().hex[:12]}@example.org"
        form.set("email", email)
        response = self.request(
            "POST",
            "/subscribe/",
            "subscribe: POST",
            data=form.data(),
            referer="/subscribe/",
            expect_text="Check your inbox",
        )
        if response is not None:
            _effects["subscribed_emails"].append(email)
