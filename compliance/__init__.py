"""Extraction + body profile + history → flags. Rule packs are YAML data validated on load."""

from compliance.engine import Flag, SeriesMeeting, check_meeting, check_series
from compliance.pack import RulePack, builtin_pack, builtin_pack_names, load_pack
from compliance.profile import Profile, RosterMember, load_profile

__all__ = [
    "Flag",
    "Profile",
    "RosterMember",
    "RulePack",
    "SeriesMeeting",
    "builtin_pack",
    "builtin_pack_names",
    "check_meeting",
    "check_series",
    "load_pack",
    "load_profile",
]
