"""Groups (one group = one Sferum class): create, change, rename, move, archive, delete."""

import datetime as dt

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ...data.models import (
    AcademicYear,
    Association,
    Chat,
    Enrolment,
    Group,
    GroupKind,
    InviteHandout,
    InviteLink,
    JoinRequest,
    MovementEvent,
    Person,
    SferumClassState,
    SferumTask,
)
from .. import naming
from ..organisation import STAFF_ROOM_NAME, ValidationError
from .common import (
    GroupForm,
    get_association,
    get_group,
    is_active_staff,
    plural,
    staff_room_refusal,
)

# -- groups ----------------------------------------------------------------------------


def _clean_group(
    session: Session, form: GroupForm, group: Group | None, day: dt.date
) -> tuple[GroupForm, str]:
    """The cleaned form and the class name the group gets; all problems at once."""
    errors: dict[str, str] = {}
    association = session.get(Association, form.association_id) if form.association_id else None
    if association is None:
        errors["association_id"] = "Выберите объединение."
    elif association.archived_on is not None and (
        group is None or group.association_id != association.id
    ):
        errors["association_id"] = f"Объединение «{association.name}» в архиве."
    year = session.get(AcademicYear, form.academic_year_id) if form.academic_year_id else None
    if year is None:
        errors["academic_year_id"] = "Выберите учебный год."
    number = form.number.strip()
    if not number:
        errors["number"] = "Укажите номер группы."
    elif len(number) > 20:
        errors["number"] = "Номер группы длиннее 20 символов."
    elif association is not None and year is not None:
        same = select(Group.id).where(
            Group.association_id == association.id,
            Group.academic_year_id == year.id,
            Group.number == number,
        )
        if group is not None:
            same = same.where(Group.id != group.id)
        if session.scalar(same.limit(1)) is not None:
            errors["number"] = f"Группа № {number} этого объединения в {year.name} уже есть."
    if form.study_year is None or not 1 <= form.study_year <= 11:
        errors["study_year"] = "Год обучения — от 1 до 11."
    elif (
        association is not None
        and association.programme_years is not None
        and form.study_year > association.programme_years
    ):
        errors["study_year"] = (
            f"Год обучения больше срока программы объединения «{association.name}» "
            f"({plural(association.programme_years, 'год', 'года', 'лет')})."
        )
    keeps_teacher = group is not None and group.teacher_id == form.teacher_id
    if (
        form.teacher_id is not None
        and not keeps_teacher
        and not is_active_staff(session, form.teacher_id, day)
    ):
        errors["teacher_id"] = "Педагогом может быть только работающий сотрудник."
    if form.planned_size is not None and form.planned_size < 0:
        errors["planned_size"] = "Плановая наполняемость не может быть отрицательной."
    try:
        state = SferumClassState(form.sferum_state)
    except ValueError:
        errors["sferum_state"] = "Выберите состояние класса в Сферуме."
        state = SferumClassState.NOT_CREATED
    clean = GroupForm(
        association_id=form.association_id,
        academic_year_id=form.academic_year_id,
        number=number,
        study_year=form.study_year,
        teacher_id=form.teacher_id,
        planned_size=form.planned_size,
        sferum_state=state,
        class_name_manual=form.class_name_manual,
        class_name=" ".join(form.class_name.split()),
        note=form.note.strip(),
    )
    name = ""
    if not errors:
        assert association is not None and year is not None
        if clean.class_name_manual:
            name = clean.class_name
        else:
            teacher = session.get(Person, clean.teacher_id) if clean.teacher_id else None
            name = naming.render_class_name(
                naming.current_rule(session),
                naming.NameParts(
                    association=association.name,
                    group=number,
                    year=clean.study_year,
                    direction=association.direction.name,
                    academic_year=year.name,
                    teacher=teacher.short_name if teacher else "",
                ),
            )
        problems = naming.name_problems(name)
        if not problems and naming.name_taken(
            session, name, year.id, group.id if group is not None else None
        ):
            problems.append(naming.PROBLEM_COLLISION)
        if problems:
            how = "Название" if clean.class_name_manual else f"Название по правилу «{name}»"
            errors["class_name"] = f"{how}: {', '.join(problems)}."
    if errors:
        raise ValidationError(errors)
    return clean, name


def _fill_group(group: Group, clean: GroupForm, name: str) -> None:
    group.association_id = clean.association_id
    group.academic_year_id = clean.academic_year_id
    group.number = clean.number
    group.study_year = clean.study_year
    group.teacher_id = clean.teacher_id
    group.planned_size = clean.planned_size
    group.sferum_state = clean.sferum_state
    group.class_name_manual = clean.class_name_manual
    group.sferum_class_name = name
    group.note = clean.note or None


def create_group(session: Session, form: GroupForm, on: dt.date | None = None) -> Group:
    clean, name = _clean_group(session, form, None, on or dt.date.today())
    group = Group(kind=GroupKind.ASSOCIATION)
    _fill_group(group, clean, name)
    session.add(group)
    session.flush()
    return group


def update_group(
    session: Session, group_id: int, form: GroupForm, on: dt.date | None = None
) -> Group:
    group = get_group(session, group_id)
    if group.kind == GroupKind.STAFF_ROOM:
        if form.sferum_state == SferumClassState.ARCHIVED:
            raise staff_room_refusal("архивировать")
        group.sferum_state = SferumClassState(form.sferum_state)
        group.note = form.note.strip() or None
        session.flush()
        return group
    clean, name = _clean_group(session, form, group, on or dt.date.today())
    if name != group.sferum_class_name:
        naming.rename(session, {group.id: name})
    _fill_group(group, clean, name)
    session.flush()
    return group


def load_group(session: Session, group_id: int) -> GroupForm:
    g = get_group(session, group_id)
    return GroupForm(
        association_id=g.association_id,
        academic_year_id=g.academic_year_id,
        number=g.number or "",
        study_year=g.study_year,
        teacher_id=g.teacher_id,
        planned_size=g.planned_size,
        sferum_state=g.sferum_state,
        class_name_manual=g.class_name_manual,
        class_name=g.sferum_class_name,
        note=g.note or "",
    )


def rename_group(session: Session, group_id: int, name: str) -> Group:
    """Give the group a class name typed by hand: from now on the rule leaves it alone."""
    group = get_group(session, group_id)
    clean = " ".join(name.split())
    if group.kind == GroupKind.STAFF_ROOM:
        if clean != STAFF_ROOM_NAME:
            raise staff_room_refusal("переименовать")
        return group
    problems = naming.name_problems(clean)
    if not problems and naming.name_taken(session, clean, group.academic_year_id, group.id):
        problems.append(naming.PROBLEM_COLLISION)
    if problems:
        raise ValidationError({"class_name": f"Название «{clean}»: {', '.join(problems)}."})
    group.sferum_class_name = clean
    group.class_name_manual = True
    session.flush()
    return group


def reset_class_name(session: Session, group_id: int) -> Group:
    """«Вернуть к правилу»: drop the hand-made name, take the rule's."""
    group = get_group(session, group_id)
    if group.kind == GroupKind.STAFF_ROOM:
        raise staff_room_refusal("переименовать")
    group.class_name_manual = False
    naming.follow_rule(session, [group], field="class_name")
    return group


def move_group(session: Session, group_id: int, association_id: int) -> Group:
    """Move a group to another association; its name follows the rule unless typed by hand."""
    group = get_group(session, group_id)
    if group.kind == GroupKind.STAFF_ROOM:
        raise staff_room_refusal("перенести в объединение")
    target = get_association(session, association_id)
    if group.association_id == target.id:
        return group
    if target.archived_on is not None:
        raise ValidationError({"association_id": f"Объединение «{target.name}» в архиве."})
    if (
        target.programme_years is not None
        and group.study_year is not None
        and group.study_year > target.programme_years
    ):
        raise ValidationError(
            {
                "association_id": f"Нельзя перенести группу {group.study_year}-го года обучения "
                f"в «{target.name}»: программа рассчитана на "
                f"{plural(target.programme_years, 'год', 'года', 'лет')}."
            }
        )
    if group.number and session.scalar(
        select(Group.id).where(
            Group.association_id == target.id,
            Group.academic_year_id == group.academic_year_id,
            Group.number == group.number,
        )
    ):
        raise ValidationError(
            {"association_id": f"В «{target.name}» уже есть группа № {group.number} этого года."}
        )
    group.association = target
    naming.follow_rule(session, [group], field="association_id")
    session.flush()
    return group


def archive_group(session: Session, group_id: int, on: dt.date | None = None) -> Group:
    group = get_group(session, group_id)
    if group.kind == GroupKind.STAFF_ROOM:
        raise staff_room_refusal("архивировать")
    group.archived_on = group.archived_on or on or dt.date.today()
    session.flush()
    return group


def restore_group(session: Session, group_id: int) -> Group:
    group = get_group(session, group_id)
    if group.association is not None and group.association.archived_on is not None:
        raise ValidationError(
            {"id": f"Сначала верните из архива объединение «{group.association.name}»."}
        )
    group.archived_on = None
    session.flush()
    return group


_GROUP_REFERENCES = (
    (Enrolment, (Enrolment.group_id,), ("зачисление", "зачисления", "зачислений")),
    (
        MovementEvent,
        (MovementEvent.from_group_id, MovementEvent.to_group_id),
        ("запись о движении", "записи о движении", "записей о движении"),
    ),
    (
        InviteLink,
        (InviteLink.group_id,),
        ("ссылка-приглашение", "ссылки-приглашения", "ссылок-приглашений"),
    ),
    (InviteHandout, (InviteHandout.group_id,), ("выдача ссылки", "выдачи ссылок", "выдач ссылок")),
    (
        JoinRequest,
        (JoinRequest.group_id,),
        ("заявка на вступление", "заявки на вступление", "заявок на вступление"),
    ),
    (SferumTask, (SferumTask.group_id,), ("задача Сферума", "задачи Сферума", "задач Сферума")),
    (Chat, (Chat.group_id,), ("чат", "чата", "чатов")),
)


def group_references(session: Session, group_id: int) -> list[str]:
    """What refers to the group, as Russian counts: «14 зачислений», «1 чат»."""
    found = []
    for model, columns, words in _GROUP_REFERENCES:
        n = session.scalar(
            select(func.count(model.id)).where(or_(*(column == group_id for column in columns)))
        )
        if n:
            found.append(plural(n, *words))
    return found


def delete_group(session: Session, group_id: int) -> None:
    group = get_group(session, group_id)
    if group.kind == GroupKind.STAFF_ROOM:
        raise staff_room_refusal("удалить")
    refs = group_references(session, group_id)
    if refs:
        raise ValidationError(
            {
                "id": f"Нельзя удалить группу «{group.sferum_class_name}»: на неё ссылаются "
                f"{', '.join(refs)}. Отправьте её в архив."
            }
        )
    session.delete(group)
    session.flush()
