"""Чаты: the register of chats with its actions and the compliance check."""

from .compliance_dialog import ComplianceDialog
from .dialogs import ArchiveChatDialog, ChatDialog
from .page import ChatsPage

__all__ = ["ArchiveChatDialog", "ChatDialog", "ChatsPage", "ComplianceDialog"]
