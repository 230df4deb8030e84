"""Extraction + body profile + history → flags. Rule packs are YAML data validated on load."""

from compliance.engine import Flag, check_meeting, check_series
from compliance.pack import RulePack, builtin_pack, builtin_pack_names, load_pack

__all__ = [
    "Flag",
    "RulePack",
    "builtin_pack",
    "builtin_pack_names",
    "check_meeting",
    "check_series",
    "load_pack",
]
