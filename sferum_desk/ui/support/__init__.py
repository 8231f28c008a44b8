"""Поддержка: the log of help and support requests, answer templates, the Help menu."""

from .help_menu import HelpMenu, ResourcesDialog
from .page import SupportPage

__all__ = ["HelpMenu", "ResourcesDialog", "SupportPage"]
