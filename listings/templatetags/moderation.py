"""The moderators' work queue, for the admin home (templates/admin/index.html)."""

from django import template

from listings.admin.work_queue import employers_with_open_reports, work_queue

register = template.Library()


@register.inclusion_tag("admin/work_queue.html")
def moderation_work_queue():
    return {"items": work_queue(), "employers": employers_with_open_reports()}
