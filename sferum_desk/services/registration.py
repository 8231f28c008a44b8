"""The application to register the Centre on Sferum (regulation 2.1).

The administrator sends info@sferum.ru an application with the order appointing them and
their contacts. :func:`missing_details` lists what the card still lacks; when nothing is
missing :func:`build_application` gives the letter as structured data (for the printable
PDF in ``reports.registration_letter``) and as a ready e-mail (.eml) with the order's file
attached.
"""

from __future__ import annotations

import datetime as dt
import mimetypes
import re
from dataclasses import dataclass, field
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from sqlalchemy.orm import Session

from ..data.models import Order, Organisation
from .orders import order_title_text

SFERUM_SUPPORT_EMAIL = "info@sferum.ru"
ADDRESSEE = "В службу поддержки ИКОП «Сферум»"
SUBJECT_PREFIX = "Заявка на регистрацию образовательной организации на ИКОП «Сферум»"

# Required details: the card's attribute and its Russian name, in the card's order.
REQUIRED_DETAILS = (
    ("full_name", "полное наименование организации"),
    ("short_name", "краткое наименование организации"),
    ("inn", "ИНН"),
    ("ogrn", "ОГРН"),
    ("legal_address", "юридический адрес"),
    ("director_name", "ФИО руководителя"),
    ("admin_name", "ФИО администратора"),
    ("admin_email", "эл. почта администратора"),
    ("admin_phone", "мобильный телефон администратора"),
)
ORDER_DETAIL = "приказ о назначении администратора"

# Office formats some systems' mime tables lack.
_EXTRA_TYPES = {
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".odt": "application/vnd.oasis.opendocument.text",
    ".doc": "application/msword",
    ".rtf": "application/rtf",
    ".pdf": "application/pdf",
}


@dataclass(frozen=True)
class LetterSection:
    title: str
    rows: list[tuple[str, str]]  # (label, value), only the filled-in ones


@dataclass(frozen=True)
class ApplicationLetter:
    """The letter as plain data: the .eml body and the printable PDF are made from it."""

    organisation_name: str  # the full name, for the letterhead
    letterhead_details: list[str]  # address, INN/KPP/OGRN, phone, e-mail, site
    addressee: list[str]
    subject: str
    request: str
    sections: list[LetterSection]
    order_text: str  # «№ 12 от 01.09.2026 «О назначении…»»
    attachment_name: str | None  # the order's file name when it is attached
    date: dt.date
    director_position: str
    director_name: str
    admin_name: str
    admin_email: str
    admin_phone: str
    warnings: list[str] = field(default_factory=list)

    def body_text(self) -> str:
        """The e-mail body: plain text, Russian."""
        lines = [*self.addressee, "", self.request, ""]
        for section in self.sections:
            lines.append(section.title)
            lines.extend(f"{label}: {value}" for label, value in section.rows)
            lines.append("")
        lines.append(f"Администратор назначен приказом {self.order_text}.")
        if self.attachment_name:
            lines.append(f"Копия приказа приложена к письму (файл «{self.attachment_name}»).")
        lines += [
            "",
            f"Дата: {self.date:%d.%m.%Y}",
            "",
            "С уважением,",
            f"{self.director_position} {self.director_name}".strip(),
            self.organisation_name,
        ]
        return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class RegistrationApplication:
    letter: ApplicationLetter
    eml: bytes
    short_name: str


class MissingDetailsError(ValueError):
    """The card lacks details the application needs; ``missing`` names them in Russian."""

    def __init__(self, missing: list[str]):
        super().__init__("Не заполнены: " + ", ".join(missing))
        self.missing = missing


def phone_text(phone: str | None) -> str:
    """+79001234567 → +7 900 123-45-67."""
    if phone and re.fullmatch(r"\+7\d{10}", phone):
        d = phone[2:]
        return f"+7 {d[:3]} {d[3:6]}-{d[6:8]}-{d[8:]}"
    return phone or ""


def _organisation(session: Session) -> Organisation | None:
    return session.get(Organisation, 1)


def missing_details(session: Session) -> list[str]:
    """Russian names of the required details that are still empty (empty list: ready)."""
    org = _organisation(session)
    if org is None:
        return [name for _attr, name in REQUIRED_DETAILS] + [ORDER_DETAIL]
    missing = [name for attr, name in REQUIRED_DETAILS if not (getattr(org, attr) or "").strip()]
    if org.admin_order_id is None or session.get(Order, org.admin_order_id) is None:
        missing.append(ORDER_DETAIL)
    return missing


def order_file(order: Order | None) -> Path | None:
    """The order's file when one is recorded and exists."""
    if order is None or not order.file_path:
        return None
    path = Path(order.file_path)
    return path if path.is_file() else None


def application_warnings(session: Session) -> list[str]:
    """What is not wrong enough to stop the application but the user should know."""
    org = _organisation(session)
    order = org.admin_order if org is not None else None
    if order is None:
        return []
    if not order.file_path:
        return [f"К приказу {order.display} не прикреплён файл: письмо уйдёт без копии приказа."]
    if order_file(order) is None:
        return [
            f"Файл приказа {order.display} не найден ({order.file_path}): "
            "письмо уйдёт без копии приказа."
        ]
    return []


def _filled(rows: list[tuple[str, str | None]]) -> list[tuple[str, str]]:
    return [(label, value.strip()) for label, value in rows if value and value.strip()]


def application_letter(session: Session, *, today: dt.date) -> ApplicationLetter:
    """The letter as data; raises :class:`MissingDetailsError` when the card is not ready."""
    missing = missing_details(session)
    org = _organisation(session)
    if missing or org is None or org.admin_order is None:
        raise MissingDetailsError(missing)
    order = org.admin_order
    file = order_file(order)
    director_position = org.director_position or "Директор"
    director = " ".join(p for p in (director_position.lower(), org.director_name) if p)
    organisation_rows = _filled(
        [
            ("Полное наименование", org.full_name),
            ("Краткое наименование", org.short_name),
            ("ИНН", org.inn),
            ("КПП", org.kpp),
            ("ОГРН", org.ogrn),
            ("Юридический адрес", org.legal_address),
            ("Почтовый адрес", org.postal_address),
            ("Телефон", phone_text(org.phone)),
            ("Эл. почта", org.email),
            ("Сайт", org.website),
            ("Руководитель", director),
        ]
    )
    admin_rows = _filled(
        [
            ("ФИО", org.admin_name),
            ("Должность", org.admin_position),
            ("Эл. почта", org.admin_email),
            ("Мобильный телефон", phone_text(org.admin_phone)),
        ]
    )
    details = [
        org.legal_address or "",
        ", ".join(
            f"{label} {value}"
            for label, value in (("ИНН", org.inn), ("КПП", org.kpp), ("ОГРН", org.ogrn))
            if value
        ),
        ", ".join(
            part
            for part in (
                f"тел. {phone_text(org.phone)}" if org.phone else "",
                f"эл. почта {org.email}" if org.email else "",
                org.website or "",
            )
            if part
        ),
    ]
    return ApplicationLetter(
        organisation_name=org.full_name,
        letterhead_details=[line for line in details if line],
        addressee=[ADDRESSEE, SFERUM_SUPPORT_EMAIL],
        subject=f"{SUBJECT_PREFIX}: {org.short_name}",
        request=(
            f"{org.full_name} ({org.short_name}) просит зарегистрировать организацию на "
            "информационно-коммуникационной образовательной платформе «Сферум» и "
            "зарегистрировать администратора ИКОП «Сферум», назначенного приказом "
            f"{order_title_text(order)}."
        ),
        sections=[
            LetterSection("Сведения об организации", organisation_rows),
            LetterSection("Администратор ИКОП «Сферум»", admin_rows),
        ],
        order_text=order_title_text(order),
        attachment_name=file.name if file else None,
        date=today,
        director_position=director_position,
        director_name=org.director_name or "",
        admin_name=org.admin_name or "",
        admin_email=org.admin_email or "",
        admin_phone=phone_text(org.admin_phone),
        warnings=application_warnings(session),
    )


def _mime_type(path: Path) -> tuple[str, str]:
    guessed, encoding = mimetypes.guess_type(path.name)
    if guessed is None or encoding is not None:
        guessed = _EXTRA_TYPES.get(path.suffix.lower(), "application/octet-stream")
    maintype, _, subtype = guessed.partition("/")
    return maintype, subtype


def _eml(letter: ApplicationLetter, order: Order | None, *, today: dt.date) -> bytes:
    # Longer lines keep the administrator's name in one encoded word: split mid-word, Python's
    # own parser (3.11) reads it back with a space inside the name («Павловн а»).
    message = EmailMessage(policy=policy.SMTP.clone(max_line_length=120))
    message["From"] = Address(display_name=letter.admin_name, addr_spec=letter.admin_email)
    message["To"] = SFERUM_SUPPORT_EMAIL
    message["Subject"] = letter.subject
    moment = dt.datetime.combine(today, dt.datetime.now().time()).astimezone()
    message["Date"] = format_datetime(moment)
    message["Message-ID"] = make_msgid(domain=letter.admin_email.rpartition("@")[2] or None)
    message["X-Unsent"] = "1"  # mail programs open the file as a draft, ready to send
    message.set_content(letter.body_text(), charset="utf-8")
    file = order_file(order)
    if file is not None:
        maintype, subtype = _mime_type(file)
        message.add_attachment(
            file.read_bytes(), maintype=maintype, subtype=subtype, filename=file.name
        )
    return message.as_bytes()


def build_application(session: Session, *, today: dt.date) -> RegistrationApplication:
    """The letter and its .eml; raises :class:`MissingDetailsError` when the card lacks data."""
    letter = application_letter(session, today=today)
    org = _organisation(session)
    assert org is not None
    return RegistrationApplication(
        letter=letter, eml=_eml(letter, org.admin_order, today=today), short_name=org.short_name
    )


def build_application_eml(session: Session, *, today: dt.date) -> bytes:
    """The ready e-mail to info@sferum.ru as the bytes of an .eml file."""
    return build_application(session, today=today).eml


def default_file_stem(short_name: str) -> str:
    """«Заявка в Сферум — <short name>», safe as a file name on Windows and Linux."""
    safe = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", short_name).strip(" .") or "организация"
    return f"Заявка в Сферум — {safe}"


def record_application_sent(session: Session, day: dt.date) -> None:
    """Store ``day`` as the date the application was sent."""
    org = _organisation(session)
    if org is None:
        raise MissingDetailsError(["карточка организации"])
    if day > dt.date.today():
        raise ValueError("Дата отправки заявки не может быть в будущем.")
    org.application_sent_on = day
    session.flush()
