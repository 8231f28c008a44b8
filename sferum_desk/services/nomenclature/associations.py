"""Associations (детские объединения): create, change, rename, archive, delete."""

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...data.models import (
    Association,
    Chat,
    Direction,
    Group,
)
from .. import naming
from ..organisation import ValidationError
from .common import AssociationForm, get_association, is_active_staff, plural

# -- associations ----------------------------------------------------------------------


def _association_name(session: Session, raw: str, association_id: int | None) -> str:
    name = " ".join(raw.split())
    if not name:
        raise ValidationError({"name": "Укажите название объединения."})
    if len(name) > 300:
        raise ValidationError({"name": "Название объединения длиннее 300 символов."})
    folded = name.casefold()
    for other_id, other in session.execute(select(Association.id, Association.name)):
        if other_id != association_id and other.casefold() == folded:
            raise ValidationError({"name": f"Объединение «{other}» уже есть."})
    return name


def _clean_association(
    session: Session, form: AssociationForm, association_id: int | None, day: dt.date
) -> AssociationForm:
    errors: dict[str, str] = {}
    try:
        name = _association_name(session, form.name, association_id)
    except ValidationError as exc:
        errors.update(exc.errors)
        name = ""
    if form.direction_id is None or session.get(Direction, form.direction_id) is None:
        errors["direction_id"] = "Выберите направленность."
    if form.head_teacher_id is not None and not is_active_staff(session, form.head_teacher_id, day):
        errors["head_teacher_id"] = "Руководителем может быть только работающий сотрудник."
    if form.programme_years is not None and not 1 <= form.programme_years <= 11:
        errors["programme_years"] = "Срок реализации программы — от 1 до 11 лет."
    for field, value in (("age_from", form.age_from), ("age_to", form.age_to)):
        if value is not None and not 3 <= value <= 21:
            errors[field] = "Возраст обучающихся — от 3 до 21 года."
    if (
        form.age_from is not None
        and form.age_to is not None
        and form.age_from > form.age_to
        and "age_to" not in errors
    ):
        errors["age_to"] = "Возраст «до» не может быть меньше возраста «от»."
    if association_id is not None and form.programme_years is not None:
        longest = session.scalar(
            select(func.max(Group.study_year)).where(
                Group.association_id == association_id, Group.archived_on.is_(None)
            )
        )
        if longest and longest > form.programme_years and "programme_years" not in errors:
            errors["programme_years"] = (
                f"У объединения есть группа {longest}-го года обучения: срок программы "
                "не может быть короче."
            )
    if errors:
        raise ValidationError(errors)
    return AssociationForm(
        name=name,
        direction_id=form.direction_id,
        head_teacher_id=form.head_teacher_id,
        programme_name=form.programme_name.strip(),
        programme_years=form.programme_years,
        age_from=form.age_from,
        age_to=form.age_to,
        note=form.note.strip(),
    )


def _fill_association(association: Association, clean: AssociationForm) -> None:
    association.name = clean.name
    association.direction_id = clean.direction_id  # type: ignore[assignment]
    association.head_teacher_id = clean.head_teacher_id
    association.programme_name = clean.programme_name or None
    association.programme_years = clean.programme_years
    association.age_from = clean.age_from
    association.age_to = clean.age_to
    association.note = clean.note or None


def create_association(
    session: Session, form: AssociationForm, on: dt.date | None = None
) -> Association:
    clean = _clean_association(session, form, None, on or dt.date.today())
    association = Association()
    _fill_association(association, clean)
    session.add(association)
    session.flush()
    return association


def update_association(
    session: Session, association_id: int, form: AssociationForm, on: dt.date | None = None
) -> Association:
    """Change an association; the groups that follow the naming rule get their new names."""
    association = get_association(session, association_id)
    clean = _clean_association(session, form, association_id, on or dt.date.today())
    _fill_association(association, clean)
    session.flush()
    session.expire(association, ["direction"])
    naming.follow_rule(session, [g for g in association.groups if g.archived_on is None])
    return association


def load_association(session: Session, association_id: int) -> AssociationForm:
    a = get_association(session, association_id)
    return AssociationForm(
        name=a.name,
        direction_id=a.direction_id,
        head_teacher_id=a.head_teacher_id,
        programme_name=a.programme_name or "",
        programme_years=a.programme_years,
        age_from=a.age_from,
        age_to=a.age_to,
        note=a.note or "",
    )


def rename_association(session: Session, association_id: int, name: str) -> Association:
    association = get_association(session, association_id)
    association.name = _association_name(session, name, association_id)
    session.flush()
    naming.follow_rule(session, [g for g in association.groups if g.archived_on is None])
    return association


def archive_association(
    session: Session, association_id: int, on: dt.date | None = None
) -> Association:
    """Archive the association and its groups that are still open."""
    day = on or dt.date.today()
    association = get_association(session, association_id)
    association.archived_on = association.archived_on or day
    for group in association.groups:
        if group.archived_on is None:
            group.archived_on = day
    session.flush()
    return association


def restore_association(session: Session, association_id: int) -> Association:
    association = get_association(session, association_id)
    association.archived_on = None
    session.flush()
    return association


def delete_association(session: Session, association_id: int) -> None:
    association = get_association(session, association_id)
    refs = []
    groups = session.scalar(
        select(func.count(Group.id)).where(Group.association_id == association_id)
    )
    if groups:
        refs.append(plural(groups, "группа", "группы", "групп"))
    chats = session.scalar(select(func.count(Chat.id)).where(Chat.association_id == association_id))
    if chats:
        refs.append(plural(chats, "чат", "чата", "чатов"))
    if refs:
        raise ValidationError(
            {
                "id": f"Нельзя удалить объединение «{association.name}»: на него ссылаются "
                f"{', '.join(refs)}. Отправьте его в архив."
            }
        )
    session.delete(association)
    session.flush()
