"""The built-in checks, one module per family of rules; importing this package registers them all."""

from compliance.checks import adjournment, attendance, duration, minutes, roles

__all__ = ["adjournment", "attendance", "duration", "minutes", "roles"]
