"""The minutes service: shared pieces (errors, settings) and the `minutes` command."""

__version__ = "0.1.0"
