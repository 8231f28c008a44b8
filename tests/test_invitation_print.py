"""Printed invitation lists: what is gathered, what is left out, the PDF's text and QR codes,
and the hand-outs recorded for a print-out."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest
import segno
from sqlalchemy import select

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.reports import invitations
from sferum_desk.services.invites import printing
from sferum_desk.services.invites.printing import InvitationSheet, RosterLine
from sferum_desk.services.organisation import ValidationError

from .conftest import TODAY
from .ui_helpers import populate_small

D = dt.date
ROBOTS1 = "Робототехника, 1 год, гр. 1"
ROBOTS2 = "Робототехника, 2 год, гр. 2"
VOICE = "Голос, 1 год, гр. 1"
STUDENT_URL = "https://sferum.ru/?invite=robots1-student"
PARENT_URL = "https://sferum.ru/?invite=Robots1-Parent_x"
EXPIRED_URL = "https://sferum.ru/?invite=robots2-old"
STAFF_URL = "https://web.sferum.ru/join/Staff-Room"
CHAT_URL = "https://vk.me/join/robots-chat"


@pytest.fixture(autouse=True)
def gui_app(qapp):  # noqa: ANN001, ANN201 — painting fonts needs a Qt application
    return qapp


def group_id(s, name: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.Group.id).where(m.Group.sferum_class_name == name))


def link_id(s, url: str) -> int:  # noqa: ANN001
    return s.scalar(select(m.InviteLink.id).where(m.InviteLink.url == url))


def add_print_links(db: Database) -> None:
    """populate_small plus a parent link of Robotics 1, an active link of Robotics 2 past
    its expiry, and a link to the «Учительская»."""
    populate_small(db)
    with db.transaction() as s:
        robots1 = s.get(m.Group, group_id(s, ROBOTS1))
        robots2 = s.get(m.Group, group_id(s, ROBOTS2))
        staff_room = s.scalars(select(m.Group).where(m.Group.kind == m.GroupKind.STAFF_ROOM)).one()
        s.add_all(
            [
                m.InviteLink(
                    url=PARENT_URL,
                    group=robots1,
                    role=m.InviteRole.PARENT,
                    created_on=D(2026, 9, 2),
                ),
                m.InviteLink(
                    url=EXPIRED_URL,
                    group=robots2,
                    role=m.InviteRole.STUDENT,
                    created_on=D(2026, 9, 2),
                    expires_on=D(2026, 10, 1),
                ),
                m.InviteLink(
                    url=STAFF_URL,
                    group=staff_room,
                    role=m.InviteRole.STAFF,
                    created_on=D(2026, 9, 2),
                ),
            ]
        )


@pytest.fixture
def print_db(db: Database) -> Database:
    add_print_links(db)
    return db


def gather(db: Database, **kwargs) -> printing.PrintJob:  # noqa: ANN003
    with db.session() as s:
        if "groups" in kwargs:
            kwargs["group_ids"] = [group_id(s, name) for name in kwargs.pop("groups")]
        return printing.gather(s, today=TODAY, **kwargs)


def test_a_group_prints_its_student_and_parent_links_with_rosters(print_db: Database) -> None:
    job = gather(print_db, groups=[ROBOTS1])
    assert [(s.class_name, s.role_label, s.url) for s in job.sheets] == [
        (ROBOTS1, "Обучающийся", STUDENT_URL),
        (ROBOTS1, "Родитель", PARENT_URL),
    ]
    students, parents = job.sheets
    assert students.centre == "МБУ ДО ДЮЦ «Контакт»"
    assert students.teacher == "Ёлкина Анна Сергеевна"
    assert [r.name for r in students.roster] == ["Ежов Максим Игоревич", "Иванова Мария Петровна"]
    assert [(r.name, r.note) for r in parents.roster] == [
        ("Ежова Светлана Викторовна", "Ежов Максим"),
        ("Иванов Пётр Семёнович", "Иванова Мария"),
    ]
    assert job.skipped == []


def test_the_staff_room_link_lists_the_staff_employed_today(print_db: Database) -> None:
    with print_db.session() as s:
        staff_link = link_id(s, STAFF_URL)
    (sheet,) = gather(print_db, link_ids=[staff_link]).sheets
    assert sheet.class_name == "Учительская"
    names = [r.name for r in sheet.roster]
    assert "Ёлкина Анна Сергеевна" in names and "Сидорова Ольга Павловна" in names
    assert "Кузнецов Пётр Андреевич" not in names  # dismissed on 15.10.2026


def test_annulled_and_expired_links_are_left_out_with_the_reason(print_db: Database) -> None:
    job = gather(print_db, groups=[VOICE, ROBOTS2])
    assert job.sheets == []
    reasons = {s.label: s.reason for s in job.skipped}
    assert reasons == {
        "ссылка «Голос, 1 год, гр. 1» — Родитель от 02.09.2026": "аннулирована 01.11.2026"
        " (не востребована 60 дней)",
        "ссылка «Робототехника, 2 год, гр. 2» — Обучающийся от 02.09.2026": "срок действия"
        " истёк 01.10.2026",
    }
    everything = gather(print_db, all_links=True)
    printed = {s.url for s in everything.sheets}
    assert printed == {STUDENT_URL, PARENT_URL, STAFF_URL, CHAT_URL}


def test_a_group_without_links_is_reported(db: Database) -> None:
    populate_small(db)
    with db.transaction() as s:
        for link in s.scalars(select(m.InviteLink)):
            s.delete(link)
    job = gather(db, groups=[ROBOTS1])
    assert job.sheets == []
    assert [(s.label, s.reason) for s in job.skipped] == [
        (f"класс «{ROBOTS1}»", "нет ни одной ссылки-приглашения")
    ]


def test_mark_printed_records_a_printed_hand_out_per_link(print_db: Database) -> None:
    with print_db.session() as s:
        ids = [link_id(s, STUDENT_URL), link_id(s, CHAT_URL)]
        robots1 = group_id(s, ROBOTS1)
    with print_db.transaction() as s:
        printing.mark_printed(s, ids, TODAY, today=TODAY)
    with print_db.session() as s:
        handouts = {
            h.invite_link.url: h
            for h in s.scalars(
                select(m.InviteHandout).where(m.InviteHandout.method == m.HandoutMethod.PRINTED)
            )
        }
        assert set(handouts) == {STUDENT_URL, CHAT_URL}
        assert handouts[STUDENT_URL].group_id == robots1
        assert handouts[STUDENT_URL].handed_on == TODAY
        assert handouts[CHAT_URL].recipient_text == "участники чата «Робототехника — ребята»"


def test_mark_printed_refuses_an_annulled_link(print_db: Database) -> None:
    with print_db.session() as s:
        annulled = link_id(s, "https://sferum.ru/?invite=voice1-parent")
    with pytest.raises(ValidationError) as caught, print_db.transaction() as s:
        printing.mark_printed(s, [annulled], TODAY, today=TODAY)
    assert "аннулирована" in str(caught.value)


# -- the PDF -------------------------------------------------------------------------------


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    return int(next(x for x in info.stdout.splitlines() if x.startswith("Pages:")).split()[-1])


def qr_codes(path: Path, page: int, tmp_path: Path) -> list[str]:
    """Render one page at 150 dpi and decode every QR code on it with zbarimg."""
    if shutil.which("zbarimg") is None:
        pytest.fail("zbarimg is missing: install zbar-tools (.ci/run does)")
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(path),
            str(prefix),
        ],
        check=True,
    )
    out = subprocess.run(
        ["zbarimg", "-q", "--raw", str(prefix) + ".png"], capture_output=True, text=True
    ).stdout
    return sorted(line for line in out.splitlines() if line)


def test_the_sheet_pdf_shows_class_role_link_and_roster(print_db: Database, tmp_path: Path) -> None:
    job = gather(print_db, groups=[ROBOTS1])
    path = tmp_path / "sheets.pdf"
    pages = invitations.render_pdf(job.sheets, path, "sheet")
    assert pages == pdf_pages(path) == 2
    text = " ".join(pdf_text(path).split())
    for expected in [
        ROBOTS1,
        STUDENT_URL,
        PARENT_URL,
        "МБУ ДО ДЮЦ «Контакт»",
        "Вступил(а)",
        "Преподаватель: Ёлкина Анна Сергеевна",
        "Иванова Мария Петровна",
        "Ежова Светлана Викторовна",
        "не под номером ребёнка",
    ]:
        assert expected in text, expected
    assert qr_codes(path, 1, tmp_path) == [STUDENT_URL]
    assert qr_codes(path, 2, tmp_path) == [PARENT_URL]  # the invite code keeps its case
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True)
    assert "(содержит персональные данные)" in info.stdout  # the roster names children


def test_slips_put_eight_cards_a_page_each_with_the_link(tmp_path: Path) -> None:
    sheet = InvitationSheet(
        link_id=1,
        centre="Центр",
        class_name="Шахматы, 1 год, гр. 3",
        role=m.InviteRole.STUDENT,
        url="https://sferum.ru/?invite=Chess3",
        roster=tuple(RosterLine(f"Ученик{n:02d} Иван") for n in range(1, 11)),
    )
    path = tmp_path / "slips.pdf"
    assert invitations.render_pdf([sheet], path, "slips") == pdf_pages(path) == 2
    text = pdf_text(path)
    assert all(f"Ученик{n:02d} Иван" in text for n in range(1, 11))
    assert qr_codes(path, 1, tmp_path) == ["https://sferum.ru/?invite=Chess3"] * 8
    assert qr_codes(path, 2, tmp_path) == ["https://sferum.ru/?invite=Chess3"] * 2


def test_a_long_roster_continues_on_the_next_page(tmp_path: Path) -> None:
    sheet = InvitationSheet(
        link_id=1,
        centre="Центр",
        class_name="Хор, 1 год, гр. 1",
        role=m.InviteRole.STUDENT,
        url="https://sferum.ru/?invite=choir",
        roster=tuple(RosterLine(f"Певец{n:02d} Пётр") for n in range(1, 31)),
    )
    path = tmp_path / "long.pdf"
    assert invitations.render_pdf([sheet], path, "sheet") == pdf_pages(path) == 2
    first, second = pdf_text(path).split("\f")[:2]
    assert "Певец20 Пётр" in first and "Певец21 Пётр" not in first
    assert "Хор, 1 год, гр. 1 — Обучающийся (продолжение)" in second
    assert "Певец30 Пётр" in second


def test_cancelling_the_pdf_leaves_no_file(print_db: Database, tmp_path: Path) -> None:
    job = gather(print_db, all_links=True)
    path = tmp_path / "cancelled.pdf"
    steps = invitations.render_steps(job.sheets, path, "sheet")
    assert next(steps) == (1, len(job.sheets), job.sheets[0].class_name)
    steps.close()
    assert not path.exists()


def test_an_association_chat_link_lists_the_whole_associations_people(
    print_db: Database,
) -> None:
    with print_db.transaction() as s:
        chat = s.scalars(select(m.Chat).where(m.Chat.title == "Робототехника — ребята")).one()
        assert chat.group_id is None  # the association's chat, not one group's
        for role, code in ((m.InviteRole.PARENT, "parents"), (m.InviteRole.TEACHER, "teachers")):
            s.add(
                m.InviteLink(
                    url=f"https://vk.me/join/robots-{code}",
                    chat=chat,
                    role=role,
                    created_on=D(2026, 9, 5),
                )
            )
        chat_id = chat.id
    job = gather(print_db, chat_ids=[chat_id])
    rosters = {s.role_label: [r.name for r in s.roster] for s in job.sheets}
    assert rosters == {  # both Robotics groups; the student expelled from group 2 is not
        "Обучающийся": [
            "Ежов Максим Игоревич",
            "Иванова Мария Петровна",
            "Смирнов Глеб Антонович",
        ],
        "Родитель": [
            "Ежова Светлана Викторовна",
            "Иванов Пётр Семёнович",
            "Смирнова Яна Олеговна",
        ],
        "Преподаватель": ["Ёлкина Анна Сергеевна"],
    }
    assert {s.teacher for s in job.sheets} == {"Ёлкина Анна Сергеевна"}  # the chat's owner


@pytest.mark.parametrize("size_mm", [invitations.QR_SHEET_MM, invitations.QR_SLIP_MM])
@pytest.mark.parametrize("url", [STUDENT_URL, "https://vk.me/join/" + "x" * 60])
def test_the_printed_qr_code_is_at_least_30_mm_without_its_quiet_zone(
    size_mm: float, url: str
) -> None:
    qr = segno.make(url, error="m")
    modules, with_border = qr.symbol_size(border=0)[0], qr.symbol_size()[0]
    assert size_mm * modules / with_border >= 30.0
