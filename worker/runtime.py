"""What a process needs to run jobs: settings, the database and the queue. Built once per process."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from minutes.settings import Settings
from models.db import Database


@dataclass
class Runtime:
    settings: Settings
    db: Database
    pid: int = field(default_factory=os.getpid)

    @classmethod
    def build(cls, settings: Settings) -> Runtime:
        return cls(settings, Database.from_url(settings.resolved_database_url))


_current: Runtime | None = None


def current_runtime() -> Runtime:
    """The runtime of this process; a forked RQ work-horse builds its own (connections do not survive fork)."""
    global _current
    if _current is None or _current.pid != os.getpid():
        _current = Runtime.build(Settings())
    return _current


def install_runtime(runtime: Runtime) -> None:
    global _current
    _current = runtime
