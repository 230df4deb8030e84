"""The built-in checks, one module per family of rules; importing this package registers them all."""

from compliance.checks import (
    absences,
    adjournment,
    approval,
    attendance,
    cadence,
    duration,
    minutes,
    motions,
    participation,
    quality,
    quorum,
    resolution,
    roles,
    schedule,
    tasks,
)

__all__ = [
    "absences",
    "adjournment",
    "approval",
    "attendance",
    "cadence",
    "duration",
    "minutes",
    "motions",
    "participation",
    "quality",
    "quorum",
    "resolution",
    "roles",
    "schedule",
    "tasks",
]
