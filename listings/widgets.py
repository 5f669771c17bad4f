"""Form widgets rendered in Python rather than one template per option or input.

The browse form is on every browse page and its region list has ~320 options: rendering each option
and input through a template was most of the page's cost. The HTML and its escaping are Django's own.
"""

from __future__ import annotations

import functools

from django import forms
from django.forms.utils import flatatt
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


class FastSelect(forms.Select):
    """A <select> rendered in Python rather than one template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)["widget"]
        parts = []
        for group_name, options, _index in context["optgroups"]:
            if group_name:
                parts.append(f'<optgroup label="{escape(group_name)}">')
            for option in options:
                selected = " selected" if option["selected"] else ""
                parts.append(f'<option value="{escape(option["value"])}"{selected}>{escape(option["label"])}</option>')
            if group_name:
                parts.append("</optgroup>")
        attrs = flatatt({**context["attrs"], "name": name})
        return format_html("<select{}>{}</select>", attrs, mark_safe("".join(parts)))


class FastSelectMultiple(FastSelect):
    allow_multiple_selected = True

    def value_from_datadict(self, data, files, name):
        return forms.SelectMultiple.value_from_datadict(self, data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return False


def _input_html(widget: dict) -> str:
    """Django's forms/widgets/input.html, rendered in Python (same attributes, same escaping)."""
    value = "" if widget["value"] is None else format_html(' value="{}"', str(widget["value"]))
    return format_html(
        '<input type="{}" name="{}"{}{}>', widget["type"], widget["name"], value, flatatt(widget["attrs"])
    )


class FastInputMixin:
    """An <input> widget rendered without a template: the browse form is on every browse page, and one
    template render per input (and per checkbox option) was most of its cost."""

    def render(self, name, value, attrs=None, renderer=None):
        return _input_html(self.get_context(name, value, attrs)["widget"])


class FastTextInput(FastInputMixin, forms.TextInput):
    pass


class FastNumberInput(FastInputMixin, forms.NumberInput):
    pass


class FastCheckboxInput(FastInputMixin, forms.CheckboxInput):
    pass


class FastCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Each option's <input> (what the form template's ``box.tag`` renders) built in Python."""

    def _render(self, template_name, context, renderer=None):
        if template_name == self.option_template_name:
            return _input_html(context["widget"])
        return super()._render(template_name, context, renderer)


class RegionSelect(FastSelect):
    """The ~320-option region select, its HTML kept per (choices, selected value, attributes).

    The choices still come from the database on every request (they are part of the key), so a changed
    region list shows at once; only escaping and joining 320 options again is skipped."""

    def render(self, name, value, attrs=None, renderer=None):
        # Labels as plain text: a lazy label ("Anywhere") would hash and compare in whatever language is active
        # at lookup, so the cache could hand one language's HTML to another.
        choices = tuple(
            (str(item[0]), tuple((value, str(label)) for value, label in item[1]))
            if isinstance(item[1], list | tuple)
            else (item[0], str(item[1]))
            for item in self.choices
        )
        merged = tuple(sorted(self.build_attrs(self.attrs, attrs).items()))
        return _render_region_select(name, "" if value is None else str(value), merged, choices)


@functools.lru_cache(maxsize=512)
def _render_region_select(name, value, attrs, choices):
    return FastSelect(attrs=dict(attrs), choices=choices).render(name, value)
