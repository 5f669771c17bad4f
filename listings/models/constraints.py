from django.db import models


def choices_check(field: str, choices: type[models.TextChoices], *, model: str) -> models.CheckConstraint:
    """A CheckConstraint that refuses any value outside a TextChoices, in the database itself."""
    return models.CheckConstraint(condition=models.Q(**{f"{field}__in": choices.values}), name=f"{model}_{field}_valid")
