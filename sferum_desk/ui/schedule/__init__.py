"""Каналы и публикации: the posting calendar, the post and channel dialogs, the settings tab."""

from .calendar import CalendarView
from .page import PostsPage

__all__ = ["CalendarView", "PostsPage"]
