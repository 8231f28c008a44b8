"""Ссылки-приглашения: the register with its actions, the audit and the settings tab."""

from .page import InvitesPage

__all__ = ["InvitesPage"]
