"""Трансляции и встречи: the register of broadcasts, meetings and seminars with its actions."""

from .page import BroadcastsPage

__all__ = ["BroadcastsPage"]
