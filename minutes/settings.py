"""Configuration: one settings class, read from `MINUTES_*` environment variables (and `.env`).

Built once by the command line and passed into `create_app()` and the worker; nothing reads it at import time.
Every setting is documented in README.md (a test checks that).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

DEVELOPMENT_SECRET = "development-only-secret"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="MINUTES_", env_file=".env", extra="ignore")

    environment: Literal["development", "production", "test"] = "development"
    data_dir: Path = Path("var")
    database_url: str | None = None  # default: SQLite file under data_dir
    redis_url: str | None = None  # unset: jobs run in-process
    queue_name: str = "minutes"
    max_upload_mb: float = Field(default=25, gt=0)
    job_timeout_seconds: int = Field(default=600, gt=0)
    inprocess_workers: int = Field(default=1, ge=1)
    secret_key: SecretStr = SecretStr(DEVELOPMENT_SECRET)
    host: str = "127.0.0.1"
    port: int = 8000

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> Settings:
        if self.environment == "production" and self.secret_key.get_secret_value() == DEVELOPMENT_SECRET:
            raise ValueError("MINUTES_SECRET_KEY must be set to a secret of your own in production")
        return self

    @property
    def max_upload_bytes(self) -> int:
        return int(self.max_upload_mb * 1024 * 1024)

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'minutes.db').resolve()}"
