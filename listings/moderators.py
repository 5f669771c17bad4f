"""The Moderators group: staff who review employers, listings, reports and rules, but never manage users."""

from django.contrib.auth.models import Group, Permission

GROUP_NAME = "Moderators"

# app_label -> {model: actions}. Nothing on auth: moderators cannot edit users or groups.
MODERATOR_PERMISSIONS = {
    "listings": {
        "employer": ("view", "add", "change"),
        "listing": ("view", "add", "change"),
        "fee": ("view", "add", "change", "delete"),
        "report": ("view", "change"),
        "statuschange": ("view",),
        "region": ("view",),
        "worktype": ("view",),
        "reportingchannel": ("view", "add", "change", "delete"),
        "savedcheck": ("view", "delete"),
    },
    "scoring": {
        "ruleset": ("view", "add", "change"),
        "rescorejob": ("view",),
        "impactpreview": ("view",),
        "localpayfigure": ("view", "change"),
        "localpaychange": ("view",),
        "exchangerate": ("view", "change"),
        "exchangeratechange": ("view",),
    },
    "subscriptions": {
        "subscriber": ("view", "change"),
        "delivery": ("view",),
    },
}


def moderators_group_sync() -> Group:
    """Create the group or reset it to exactly these permissions. Safe to run any number of times."""
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    wanted = [
        (app, f"{action}_{model}")
        for app, models in MODERATOR_PERMISSIONS.items()
        for model, actions in models.items()
        for action in actions
    ]
    permissions = [
        p
        for p in Permission.objects.filter(content_type__app_label__in=MODERATOR_PERMISSIONS).select_related(
            "content_type"
        )
        if (p.content_type.app_label, p.codename) in wanted
    ]
    group.permissions.set(permissions)
    return group
