"""Sferum Desk: the Sferum administrator's registry, planner and report desk."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("sferum-desk")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"
