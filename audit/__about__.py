"""The version, single-sourced for hatch and `--version`."""

__version__ = "0.1.0"
