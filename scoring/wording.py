"""A finding's words for a job seeker: English when stored, in the page's language when shown.

A rule writes `Says(_("You would have to pay %(fees)s before ..."), fees=...)`, where `_` is gettext_noop: it only
marks the English template for `make messages`, so scoring translates nothing and the rules stay pure. A `Says` is
the English sentence itself (a `str`, so the stored findings, the JSON API, the admin, `check_offer` and the bench
read English as before) that also keeps its template and values. `Finding.as_dict` stores them next to the English
(`"wording"`), and `shown()` renders them again in the active language when a page or an e-mail is rendered. A value
is text (a number, a date), an `Amount` of money (`scoring.amounts`: "$99.00" in the English, stored as
{"amount": "99.00", "currency": "USD"}, shown as the reader's language writes it), another `Says` (words to translate
too), or a tuple of them (joined with ", "). Findings stored before amounts were kept as data have their amounts as
text, shown as stored.
"""

from __future__ import annotations

from django.utils.translation import gettext, pgettext

from scoring.amounts import Amount, is_amount_data, shown_plain

WORDING = "wording"  # the key of a stored finding's templates and values


def _english(value) -> str:
    if isinstance(value, tuple | list):
        return ", ".join(_english(item) for item in value)
    return str(value)


class Says(str):
    """The English sentence, with the template and values it was made from."""

    def __new__(cls, template: str, /, **values):
        english = template % {name: _english(value) for name, value in values.items()} if values else template
        says = super().__new__(cls, english)
        says.template = template
        says.values = values
        return says

    def __reduce__(self):
        return _says, (self.template, self.values)

    def as_data(self) -> list:
        """JSON-safe: [template, {name: value}], a nested Says as {"says": [...]}, a tuple as a list."""
        return [self.template, {name: _data(value) for name, value in self.values.items()}]


def _says(template, values):
    return Says(template, **values)


def _data(value):
    if isinstance(value, Amount):
        return value.as_data()
    if isinstance(value, Says):
        return {"says": value.as_data()}
    if isinstance(value, tuple | list):
        return [_data(item) for item in value]
    return str(value)


def from_data(data) -> Says:
    """A Says again from its stored [template, values] (what `as_data` made)."""
    template, values = data
    return Says(template, **{name: _from_value(value) for name, value in values.items()})


def _from_value(value):
    if is_amount_data(value):
        return Amount.from_data(value)
    if isinstance(value, dict):
        return from_data(value["says"])
    if isinstance(value, list):
        return tuple(_from_value(item) for item in value)
    return value


def _shown_value(value) -> str:
    if is_amount_data(value):
        return Amount.from_data(value).shown()
    if isinstance(value, dict):
        return render(value["says"])
    if isinstance(value, list):
        # Translators: what goes between the items of a list of fees or signs (Urdu writes "، ").
        return pgettext("between the items of a list", ", ").join(_shown_value(item) for item in value)
    return shown_plain(str(value))


def render(data) -> str:
    """Stored [template, values] in the active language (the English template where a catalogue has none)."""
    template, values = data
    translated = gettext(template)
    if not values:
        return translated
    return translated % {name: _shown_value(value) for name, value in values.items()}


def wording_of(**texts) -> dict:
    """The stored form of a finding's Says texts ({"explanation": [...], "ask": [...]}); plain strings have none."""
    return {name: text.as_data() for name, text in texts.items() if isinstance(text, Says)}


def shown(finding: dict, name: str) -> str:
    """A stored finding's `name` ("explanation" or "ask") in the active language; its stored English when it was
    stored without its wording (before this existed, or a plain text) or the wording cannot be rendered."""
    data = (finding.get(WORDING) or {}).get(name)
    if data:
        try:
            return render(data)
        except (KeyError, TypeError, ValueError, IndexError):
            pass  # a catalogue or a stored value out of step: the English is still right
    return finding.get(name, "")


def map_values(data, change):
    """The stored [template, values] with `change` applied to every text value (masking personal details)."""
    template, values = data
    return [template, {name: _map(value, change) for name, value in values.items()}]


def _map(value, change):
    if is_amount_data(value):
        return value  # an amount of money is no personal detail
    if isinstance(value, dict):
        return {"says": map_values(value["says"], change)}
    if isinstance(value, list):
        return [_map(item, change) for item in value]
    return change(value)


def one_after_another(*sentences: Says) -> Says:
    """Sentences shown one after another (joined with a space), each in the reader's language. The joining
    template is not marked for translation: every catalogue would only copy it."""
    names = [f"s{i}" for i in range(len(sentences))]
    return Says(" ".join(f"%({name})s" for name in names), **dict(zip(names, sentences, strict=True)))
