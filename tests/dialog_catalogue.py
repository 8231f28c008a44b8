"""Every dialog and wizard of the app, built on the demo Centre, for tests that walk them all.

``DIALOGS`` is a list of ``(name, factory)``; ``factory(window)`` builds one dialog on the
database of ``window`` (a :class:`MainWindow` on the ``demo_db`` fixture, as
``tests/ui_helpers.main_window`` makes it) and returns it **not shown and not exec'd**: the
caller shows it (``dialog.show()``), looks at it and closes it. A dialog that edits a record
is filled with a real one of the demo Centre; some dialogs appear twice, new and editing,
where the two differ in their fields.

``dialog_classes()`` lists every QDialog subclass defined under ``sferum_desk/ui``, so a test
can tell when a new dialog is missing here (``tests/test_dialog_catalogue.py``).

Used by the keyboard tests (tab order, mnemonics) and by the translation checks that look
for untranslated text in every dialog, through ``tests/dialog_walk.each_dialog_view``,
which shows each in turn (each page of a wizard) and closes it::

    with main_window(qtbot, demo_db) as window:
        for name, dialog in each_dialog_view(qtbot, window, tmp_path):
            ...
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget
from sqlalchemy import Select, select

import sferum_desk.ui
from sferum_desk.data import models as m
from sferum_desk.services import nomenclature, support
from sferum_desk.services.invites.printing import gather
from sferum_desk.services.people.detail import person_detail
from sferum_desk.services.schedule import channel_rows
from sferum_desk.ui.main_window import MainWindow

from .conftest import TODAY

Factory = Callable[[MainWindow], QWidget]

# Base classes the app never shows by themselves (their subclasses are in the catalogue).
ABSTRACT = {
    "sferum_desk.ui.form_dialog.FormDialog",
    "sferum_desk.ui.structure_dialogs.FormDialog",
    "sferum_desk.ui.task_wizard.TaskWizard",
}


def dialog_classes() -> set[type[QDialog]]:
    """Every concrete QDialog (and QWizard) subclass defined in ``sferum_desk.ui``."""
    for info in pkgutil.walk_packages(sferum_desk.ui.__path__, "sferum_desk.ui."):
        importlib.import_module(info.name)
    found: set[type[QDialog]] = set()
    pending: list[type] = [QDialog]
    while pending:
        cls = pending.pop()
        for sub in cls.__subclasses__():
            pending.append(sub)
            name = f"{sub.__module__}.{sub.__qualname__}"
            if sub.__module__.startswith("sferum_desk.ui.") and name not in ABSTRACT:
                found.add(sub)
    return found


# -- records of the demo Centre ---------------------------------------------------------


def _first(window: MainWindow, query: Select) -> int:
    with window.db.session() as session:
        record_id = session.scalar(query.limit(1))
    assert record_id is not None, f"the demo Centre has no record for {query}"
    return int(record_id)


def _person(window: MainWindow, kind: m.PersonKind) -> int:
    return _first(
        window,
        select(m.Person.id).where(m.Person.kind == kind, m.Person.anonymised_on.is_(None)),
    )


def _detail(window: MainWindow, kind: m.PersonKind):  # noqa: ANN202
    with window.db.session() as session:
        return person_detail(session, _person(window, kind), TODAY)


def _choices(window: MainWindow) -> nomenclature.FormChoices:
    with window.db.session() as session:
        return nomenclature.form_choices(session)


def _active_link(window: MainWindow) -> int:
    return _first(
        window,
        select(m.InviteLink.id)
        .where(m.InviteLink.state == m.InviteState.ACTIVE, m.InviteLink.group_id.is_not(None))
        .order_by(m.InviteLink.id),
    )


# -- factories --------------------------------------------------------------------------
# Each imports its dialog where it is built, as the app does (some pull in openpyxl).


def _welcome(window: MainWindow) -> QWidget:
    from sferum_desk.ui.welcome import WelcomeDialog

    return WelcomeDialog(window)


def _server(window: MainWindow) -> QWidget:
    from sferum_desk.ui.server_dialog import ServerDialog

    return ServerDialog(window)


def _global_search(window: MainWindow) -> QWidget:
    from sferum_desk.ui.global_search import GlobalSearch

    return GlobalSearch(window.db, window)


def _guide(window: MainWindow) -> QWidget:
    from sferum_desk.ui.guide import INDEX, GuideBrowser, guide_dir

    folder = guide_dir()
    assert folder is not None, "docs/guide is part of the checkout"
    browser = GuideBrowser(folder, window)
    browser.open_topic(INDEX)
    return browser


def _lock(window: MainWindow) -> QWidget:
    from sferum_desk.ui.lock_dialog import LockDialog

    return LockDialog(window.db, window)


def _crash(window: MainWindow) -> QWidget:
    from sferum_desk.ui.crash import CrashDialog

    return CrashDialog("Traceback (most recent call last):\n  …\nValueError", None, window)


def _import(window: MainWindow) -> QWidget:
    from sferum_desk.ui.import_wizard import ImportWizard

    return ImportWizard(window.db, window, today=TODAY)


def _rollover(window: MainWindow) -> QWidget:
    from sferum_desk.ui.rollover_wizard import RolloverWizard

    return RolloverWizard(window.db, window)


def _naming_rule(window: MainWindow) -> QWidget:
    from sferum_desk.ui.naming_rule_dialog import NamingRuleDialog

    return NamingRuleDialog(window.db, window)


def _association(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.structure_dialogs import AssociationDialog

        record = _first(window, select(m.Association.id)) if editing else None
        return AssociationDialog(window.db, _choices(window), record, parent=window)

    return make


def _group(editing: bool, staff_room: bool = False) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.structure_dialogs import GroupDialog

        kind = m.GroupKind.STAFF_ROOM if staff_room else m.GroupKind.ASSOCIATION
        record = _first(window, select(m.Group.id).where(m.Group.kind == kind))
        if not editing:
            return GroupDialog(window.db, _choices(window), parent=window)
        return GroupDialog(
            window.db, _choices(window), record, staff_room=staff_room, parent=window
        )

    return make


def _person_dialog(kind: m.PersonKind, editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.people.person_dialog import PersonDialog

        record = _person(window, kind) if editing else None
        return PersonDialog(window.db, kind, record, window)

    return make


def _link_person(window: MainWindow) -> QWidget:
    from sferum_desk.ui.people.link_dialog import LinkPersonDialog

    student = _person(window, m.PersonKind.STUDENT)
    return LinkPersonDialog(window.db, student, m.PersonKind.STUDENT, window)


def _sferum_state(kind: m.PersonKind) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.people.sferum_dialog import SferumStateDialog

        return SferumStateDialog(window.db, _detail(window, kind), window)

    return make


def _consent(window: MainWindow) -> QWidget:
    from sferum_desk.ui.people.consent_dialog import ConsentDialog

    return ConsentDialog(window.db, _detail(window, m.PersonKind.STUDENT), window)


def _join_requests(window: MainWindow) -> QWidget:
    from sferum_desk.ui.people.join_requests_dialog import JoinRequestsDialog

    return JoinRequestsDialog(window.db, None, window)


def _new_join_request(window: MainWindow) -> QWidget:
    from sferum_desk.ui.people.join_requests_dialog import NewJoinRequestDialog

    return NewJoinRequestDialog(window.db, None, window)


def _event(window: MainWindow) -> QWidget:
    from sferum_desk.ui.movement.event_dialog import EventDialog

    return EventDialog(window.db, window)


def _bulk_enrol(window: MainWindow) -> QWidget:
    from sferum_desk.ui.movement.bulk_enrol_dialog import BulkEnrolDialog

    return BulkEnrolDialog(window.db, window)


def _roster(window: MainWindow) -> QWidget:
    from sferum_desk.ui.movement.movement_page import RosterDialog

    return RosterDialog(window.db, window)


def _order(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.order_dialog import OrderDialog

        record = _first(window, select(m.Order.id)) if editing else None
        return OrderDialog(window.db, record, window)

    return make


def _add_invite(window: MainWindow) -> QWidget:
    from sferum_desk.ui.invites.dialogs import AddInviteDialog

    return AddInviteDialog(window.db, window)


def _link_dialog(name: str) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.invites import dialogs

        cls = getattr(dialogs, name)
        return cls(window.db, _active_link(window), "https://sferum.ru/?invite=demo", window)

    return make


def _invite_audit(window: MainWindow) -> QWidget:
    from sferum_desk.ui.invites.audit_dialog import InviteAuditDialog

    return InviteAuditDialog(window.db, window)


def _print_setup(window: MainWindow) -> QWidget:
    from sferum_desk.ui.invites.print_dialog import PrintSetupDialog

    with window.db.session() as session:
        job = gather(session, all_links=True, today=TODAY)
    return PrintSetupDialog(job, window)


def _chat(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.chats.dialogs import ChatDialog

        record = _first(window, select(m.Chat.id)) if editing else None
        return ChatDialog(window.db, record, window)

    return make


def _archive_chat(window: MainWindow) -> QWidget:
    from sferum_desk.ui.chats.dialogs import ArchiveChatDialog

    chat = _first(window, select(m.Chat.id).where(m.Chat.state == m.ChatState.ACTIVE))
    return ArchiveChatDialog(window.db, chat, "Робототехника — ребята", window)


def _compliance(window: MainWindow) -> QWidget:
    from sferum_desk.ui.chats.compliance_dialog import ComplianceDialog

    return ComplianceDialog(window.db, window)


def _post(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.schedule.post_dialog import PostDialog

        if editing:
            return PostDialog(window.db, _first(window, select(m.Post.id)), parent=window)
        return PostDialog(window.db, day=TODAY, parent=window)

    return make


def _channel(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.schedule.channel_dialog import ChannelDialog

        if not editing:
            return ChannelDialog(window.db, None, window)
        with window.db.session() as session:
            row = channel_rows(session)[0]
        return ChannelDialog(window.db, row, window)

    return make


def _broadcast(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.broadcasts.dialogs import BroadcastDialog

        record = _first(window, select(m.Broadcast.id)) if editing else None
        return BroadcastDialog(window.db, record, window)

    return make


def _held(window: MainWindow) -> QWidget:
    from sferum_desk.ui.broadcasts.dialogs import HeldDialog

    with_attendees = select(m.BroadcastAttendee.broadcast_id).order_by(
        m.BroadcastAttendee.broadcast_id
    )
    return HeldDialog(window.db, _first(window, with_attendees), window)


def _support_request(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.support.dialogs import RequestDialog

        record = _first(window, select(m.SupportRequest.id)) if editing else None
        return RequestDialog(window.db, record, window)

    return make


def _resolve(window: MainWindow) -> QWidget:
    from sferum_desk.ui.support.dialogs import ResolveDialog

    return ResolveDialog(window.db, _first(window, select(m.SupportRequest.id)), window)


def _template(editing: bool) -> Factory:
    def make(window: MainWindow) -> QWidget:
        from sferum_desk.ui.support.dialogs import TemplateDialog

        if not editing:
            return TemplateDialog(window.db, None, window)
        with window.db.session() as session:
            templates = support.list_templates(session)
        assert templates, "the demo Centre has answer templates"
        return TemplateDialog(window.db, templates[0], window)

    return make


def _resources(window: MainWindow) -> QWidget:
    from sferum_desk.ui.support.help_menu import ResourcesDialog

    return ResourcesDialog(window)


DIALOGS: list[tuple[str, Factory]] = [
    ("welcome", _welcome),
    ("server", _server),
    ("global-search", _global_search),
    ("guide", _guide),
    ("lock", _lock),
    ("crash", _crash),
    ("import-wizard", _import),
    ("rollover-wizard", _rollover),
    ("naming-rule", _naming_rule),
    ("association-new", _association(editing=False)),
    ("association-edit", _association(editing=True)),
    ("group-new", _group(editing=False)),
    ("group-edit", _group(editing=True)),
    ("staff-room-edit", _group(editing=True, staff_room=True)),
    ("person-new-staff", _person_dialog(m.PersonKind.STAFF, editing=False)),
    ("person-new-student", _person_dialog(m.PersonKind.STUDENT, editing=False)),
    ("person-new-parent", _person_dialog(m.PersonKind.PARENT, editing=False)),
    ("person-edit-student", _person_dialog(m.PersonKind.STUDENT, editing=True)),
    ("link-person", _link_person),
    ("sferum-state-staff", _sferum_state(m.PersonKind.STAFF)),
    ("sferum-state-student", _sferum_state(m.PersonKind.STUDENT)),
    ("consent", _consent),
    ("join-requests", _join_requests),
    ("join-request-new", _new_join_request),
    ("movement-event", _event),
    ("bulk-enrol", _bulk_enrol),
    ("roster", _roster),
    ("order-new", _order(editing=False)),
    ("order-edit", _order(editing=True)),
    ("invite-add", _add_invite),
    ("invite-handout", _link_dialog("HandoutDialog")),
    ("invite-annul", _link_dialog("AnnulInviteDialog")),
    ("invite-mark-used", _link_dialog("MarkUsedDialog")),
    ("invite-print-setup", _print_setup),
    ("invite-audit", _invite_audit),
    ("chat-new", _chat(editing=False)),
    ("chat-edit", _chat(editing=True)),
    ("chat-archive", _archive_chat),
    ("chat-compliance", _compliance),
    ("post-new", _post(editing=False)),
    ("post-edit", _post(editing=True)),
    ("channel-new", _channel(editing=False)),
    ("channel-edit", _channel(editing=True)),
    ("broadcast-new", _broadcast(editing=False)),
    ("broadcast-edit", _broadcast(editing=True)),
    ("broadcast-held", _held),
    ("support-request-new", _support_request(editing=False)),
    ("support-request-edit", _support_request(editing=True)),
    ("support-resolve", _resolve),
    ("support-template-new", _template(editing=False)),
    ("support-template-edit", _template(editing=True)),
    ("resources", _resources),
]
