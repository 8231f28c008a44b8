"""Global search (Ctrl+K): the service on either back-end, and the dialog in the window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services.global_search import HitKind, search


def test_finds_every_kind_folding_case_and_yo(demo_db: Database) -> None:
    with demo_db.session() as session:
        pupil = session.scalars(
            select(m.Person).where(
                m.Person.kind == m.PersonKind.STUDENT, m.Person.last_name.like("%ё%")
            )
        ).first()
        group = session.scalars(
            select(m.Group).where(m.Group.sferum_class_name.is_not(None))
        ).first()
        chat = session.scalars(select(m.Chat)).first()
        link = session.scalars(select(m.InviteLink)).first()
        post = session.scalars(  # a title of its own (a series repeats one)
            select(m.Post).where(
                m.Post.title.in_(
                    select(m.Post.title).group_by(m.Post.title).having(func.count() == 1)
                )
            )
        ).first()
        assert pupil and group and chat and link and post
        folded = pupil.last_name.upper().replace("Ё", "Е")  # «ФЁДОРОВА» typed as «федорова»
        hits = search(session, f"{folded.lower()} {pupil.first_name.upper()}")
        assert (HitKind.STUDENT, pupil.id) in {(h.kind, h.record_id) for h in hits}
        assert all(folded.lower() in h.title.lower().replace("ё", "е") for h in hits)
        for text, kind, record_id in (
            (group.sferum_class_name, HitKind.GROUP, group.id),
            (chat.title, HitKind.CHAT, chat.id),
            (link.url.rsplit("/", 1)[-1], HitKind.INVITE, link.id),
            (post.title, HitKind.POST, post.id),
        ):
            found = {(h.kind, h.record_id) for h in search(session, text)}
            assert (kind, record_id) in found, text
        assert search(session, "   ") == []
        assert search(session, "щщщщщ") == []
        many = search(session, "а")
        assert max(sum(h.kind == k for h in many) for k in HitKind) == 8  # at most 8 a kind


def test_ctrl_k_finds_a_pupil_and_enter_opens_their_row(qtbot, demo_db: Database) -> None:  # noqa: ANN001
    from sferum_desk.ui.global_search import GlobalSearch

    from .ui_helpers import main_window, type_text

    with demo_db.session() as session:
        pupil = session.scalars(
            select(m.Person).where(m.Person.kind == m.PersonKind.STUDENT).order_by(m.Person.id)
        ).first()
        group = session.scalars(select(m.Group).order_by(m.Group.id.desc())).first()
        assert pupil is not None and group is not None
    with main_window(qtbot, demo_db) as window:
        assert window.search_action.shortcut().toString() == "Ctrl+K"
        assert window.search_action.text() == "&Поиск по всей базе…"
        window.search_action.trigger()
        dialog = window.findChild(GlobalSearch)
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowTitle() == "Поиск по всей базе"
        type_text(dialog.edit, f"{pupil.last_name} {pupil.first_name}".upper())
        hits = dialog.hits()
        assert hits and hits[0].kind == HitKind.STUDENT
        assert "Обучающийся" in dialog.results.item(0).text()
        target = next(i for i, h in enumerate(hits) if h.record_id == pupil.id)
        for _ in range(target):
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Down)
        with qtbot.waitSignal(window.pages["students"].loaded, timeout=20_000):
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.pages["students"].selected_record() is not None)
        assert window.current_page() is window.pages["students"]
        assert window.pages["students"].selected_record().id == pupil.id

        window.search_action.trigger()
        dialog = window.findChild(GlobalSearch)
        type_text(dialog.edit, group.sferum_class_name)
        hit = next(h for h in dialog.hits() if h.kind == HitKind.GROUP)
        window.open_hit(hit)
        qtbot.waitUntil(
            lambda: window.structure.current() == ("group", hit.record_id), timeout=20_000
        )

        window.search_action.trigger()
        dialog = window.findChild(GlobalSearch)
        type_text(dialog.edit, "щщщщщ")
        assert dialog.hits() == [] and dialog.status.text() == "Ничего не найдено."
        dialog.reject()
