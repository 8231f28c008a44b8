"""The registration application: what is missing, the .eml read back, the PDF's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import email
import email.policy
import shutil
import subprocess
from pathlib import Path

import pytest

from sferum_desk.data import models as m
from sferum_desk.data.engine import Database
from sferum_desk.services import orders, registration
from sferum_desk.services import organisation as org

TODAY = dt.date(2026, 11, 16)
INN = "7707083893"
OGRN = "1027700132195"
SHORT = "МБУ ДО ДЮЦ «Контакт»"


def fill_card(db: Database, order_file: Path | None) -> None:
    """Complete the card of the ``db`` fixture and add the appointment order."""
    with db.transaction() as s:
        order_id = orders.add_order(
            s,
            orders.OrderDraft(
                number="12-ОД",
                issued_on=dt.date(2026, 9, 1),
                title="О назначении администратора ИКОП «Сферум»",
                kind=m.OrderKind.ADMIN_APPOINTMENT,
                file_path=str(order_file) if order_file else "",
            ),
            today=TODAY,
        )
        card = org.load_card(s)
        assert card is not None
        org.save_card(
            s,
            dataclasses.replace(
                card,
                inn=INN,
                kpp="550101001",
                ogrn=OGRN,
                legal_address="644000, г. Омск, ул. Ленина, д. 1",
                email="kontakt@example.ru",
                website="https://kontakt.example.ru",
                director_name="Смирнова Елена Викторовна",
                admin_name="Ёлкина-Завьялова Анна Сергеевна",
                admin_position="Педагог дополнительного образования",
                admin_email="elkina@example.ru",
                admin_phone="8 (900) 123-45-67",
                admin_order_id=order_id,
            ),
        )


@pytest.fixture
def order_file(tmp_path: Path) -> Path:
    file = tmp_path / "Приказ № 12-ОД о назначении.pdf"
    file.write_bytes(b"%PDF-1.4\n% the scanned order\n")
    return file


def pdf_text(path: Path) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    result = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(result.stdout.split())


def pdf_pages(path: Path) -> int | None:
    if shutil.which("pdfinfo") is None:
        return None
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    return int(
        next(line for line in info.stdout.splitlines() if line.startswith("Pages:")).split()[1]
    )


def test_an_incomplete_card_lists_what_is_missing_in_russian(db: Database) -> None:
    with db.session() as s:
        missing = registration.missing_details(s)
    assert missing == [
        "ИНН",
        "ОГРН",
        "юридический адрес",
        "ФИО руководителя",
        "ФИО администратора",
        "эл. почта администратора",
        "мобильный телефон администратора",
        "приказ о назначении администратора",
    ]
    with pytest.raises(registration.MissingDetailsError), db.session() as s:
        registration.build_application_eml(s, today=TODAY)


def test_the_eml_reads_back_with_the_order_attached(db: Database, order_file: Path) -> None:
    fill_card(db, order_file)
    with db.session() as s:
        assert registration.missing_details(s) == []
        eml = registration.build_application_eml(s, today=TODAY)

    message = email.message_from_bytes(eml, policy=email.policy.default)
    assert message["To"] == "info@sferum.ru"
    assert message["From"].addresses[0].addr_spec == "elkina@example.ru"
    assert message["From"].addresses[0].display_name == "Ёлкина-Завьялова Анна Сергеевна"
    assert message["Subject"] == (
        f"Заявка на регистрацию образовательной организации на ИКОП «Сферум»: {SHORT}"
    )
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "В службу поддержки ИКОП «Сферум»" in body
    assert f"ИНН: {INN}" in body
    assert f"ОГРН: {OGRN}" in body
    assert "КПП: 550101001" in body
    assert "ФИО: Ёлкина-Завьялова Анна Сергеевна" in body
    assert "Эл. почта: elkina@example.ru" in body
    assert "Мобильный телефон: +7 900 123-45-67" in body
    assert "приказом № 12-ОД от 01.09.2026 «О назначении администратора ИКОП «Сферум»»" in body
    assert "Руководитель: директор Смирнова Елена Викторовна" in body

    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == order_file.name
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == order_file.read_bytes()


def test_a_docx_order_gets_its_office_type(db: Database, tmp_path: Path) -> None:
    file = tmp_path / "приказ.docx"
    file.write_bytes(b"PK\x03\x04 word")
    fill_card(db, file)
    with db.session() as s:
        eml = registration.build_application_eml(s, today=TODAY)
    (attachment,) = email.message_from_bytes(eml, policy=email.policy.default).iter_attachments()
    assert attachment.get_content_type() == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    assert attachment.get_filename() == "приказ.docx"
    assert attachment.get_content() == file.read_bytes()


def test_a_missing_order_file_is_a_warning_not_a_crash(db: Database, order_file: Path) -> None:
    fill_card(db, order_file)
    order_file.unlink()
    with db.session() as s:
        assert registration.missing_details(s) == []
        application = registration.build_application(s, today=TODAY)
    (warning,) = application.letter.warnings
    assert "не найден" in warning and order_file.name in warning
    message = email.message_from_bytes(application.eml, policy=email.policy.default)
    assert list(message.iter_attachments()) == []


def test_the_file_name_is_safe(db: Database) -> None:
    assert registration.default_file_stem('ДЮЦ "Контакт"/1') == "Заявка в Сферум — ДЮЦ Контакт1"
    assert registration.default_file_stem(SHORT) == f"Заявка в Сферум — {SHORT}"


def test_the_pdf_letter(qapp, db: Database, order_file: Path, tmp_path: Path) -> None:  # noqa: ANN001
    from sferum_desk.reports import registration_letter

    fill_card(db, order_file)
    with db.session() as s:
        letter = registration.application_letter(s, today=TODAY)
    path = registration_letter.write_pdf(letter, tmp_path / "letter.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    pages = pdf_pages(path)
    assert pages in (None, 1)
    text = pdf_text(path)
    assert "Муниципальное бюджетное учреждение" in text  # the letterhead
    assert "В службу поддержки ИКОП «Сферум»" in text
    assert "info@sferum.ru" in text
    assert INN in text
    assert "Ёлкина-Завьялова Анна Сергеевна" in text
    assert "elkina@example.ru" in text
    assert "+7 900 123-45-67" in text
    assert "№ 12-ОД от 01.09.2026" in text
    assert "16.11.2026" in text
    assert "Смирнова Елена Викторовна" in text and "______" in text
