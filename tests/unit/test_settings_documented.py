"""Every setting is documented in the README (as `MINUTES_<NAME>`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutes.settings import Settings

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(Settings.model_fields))
def test_setting_is_in_readme(name: str) -> None:
    assert f"MINUTES_{name.upper()}" in README


def test_placeholder_secret_refused_in_production() -> None:
    with pytest.raises(ValueError, match="MINUTES_SECRET_KEY"):
        Settings(environment="production")
