"""The people pages (Сотрудники, Обучающиеся, Родители) and their dialogs."""

from .page import PeoplePage, people_page

__all__ = ["PeoplePage", "people_page"]
