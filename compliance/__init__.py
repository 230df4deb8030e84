"""Extraction + body profile + history → flags. Rule packs are YAML data validated on load."""

from compliance.context import MeetingContext, SeriesContext, SeriesMeeting
from compliance.engine import Flag, check_meeting, check_series
from compliance.pack import RulePack, builtin_pack, builtin_pack_names, load_pack, pack_for
from compliance.profile import Profile, RosterMember, load_profile
from compliance.score import Score, SubScore, quality_score

__all__ = [
    "Flag",
    "MeetingContext",
    "Profile",
    "RosterMember",
    "RulePack",
    "Score",
    "SeriesContext",
    "SeriesMeeting",
    "SubScore",
    "builtin_pack",
    "builtin_pack_names",
    "check_meeting",
    "check_series",
    "load_pack",
    "load_profile",
    "pack_for",
    "quality_score",
]
