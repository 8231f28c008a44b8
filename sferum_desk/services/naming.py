"""The naming rule of Sferum classes (номенклатура): «{association} — гр. {group} …».

The rule is a setting of the organisation (``Organisation.class_name_rule``). Every group
whose name was not typed by hand follows it; :func:`preview` shows what a new rule would do
and flags the problems before anything is saved, :func:`apply_rule` saves it.
"""

from __future__ import annotations

import string
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..data.models import Association, Group, GroupKind, Organisation
from .organisation import ValidationError

DEFAULT_RULE = "{association} — гр. {group} ({year}-й год)"
MAX_CLASS_NAME = 64

# Placeholder → what it stands for (shown to the user next to the rule).
PLACEHOLDERS: dict[str, str] = {
    "association": "название объединения",
    "group": "номер группы",
    "year": "год обучения",
    "direction": "направленность",
    "academic_year": "учебный год, например 2026/2027",
    "teacher": "фамилия и инициалы педагога",
}

PROBLEM_EMPTY = "пустое название"
PROBLEM_TOO_LONG = f"длиннее {MAX_CLASS_NAME} символов"
PROBLEM_COLLISION = "совпадает с названием другой группы этого учебного года"


@dataclass(frozen=True)
class NameParts:
    """The values a rule can use, as plain data (no ORM object needed)."""

    association: str = ""
    group: str = ""
    year: int | None = None
    direction: str = ""
    academic_year: str = ""
    teacher: str = ""

    def as_dict(self) -> dict[str, str]:
        return {
            "association": self.association,
            "group": self.group,
            "year": "" if self.year is None else str(self.year),
            "direction": self.direction,
            "academic_year": self.academic_year,
            "teacher": self.teacher,
        }


@dataclass(frozen=True)
class PreviewRow:
    group_id: int
    academic_year: str
    old_name: str
    new_name: str
    problems: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.old_name != self.new_name


def _pieces(rule: str) -> list[tuple[str, str | None]]:
    """The rule as (literal text, placeholder or None) pairs; Russian error if malformed."""
    try:
        parsed = list(string.Formatter().parse(rule))
    except ValueError:
        raise ValidationError(
            {"rule": "В правиле не закрыта фигурная скобка: каждая «{» нужна со своей «}»."}
        ) from None
    pieces: list[tuple[str, str | None]] = []
    for literal, field, spec, conversion in parsed:
        if field is not None and (spec or conversion or field not in PLACEHOLDERS):
            shown = "{" + field + (f"!{conversion}" if conversion else "")
            shown += (f":{spec}" if spec else "") + "}"
            known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
            raise ValidationError(
                {"rule": f"Неизвестная подстановка {shown} в правиле. Допустимы: {known}."}
            )
        pieces.append((literal, field))
    return pieces


def check_rule(rule: str) -> str:
    """The rule without surrounding spaces, or a :class:`ValidationError` on field ``rule``."""
    clean = rule.strip()
    if not clean:
        raise ValidationError({"rule": "Правило именования не может быть пустым."})
    pieces = _pieces(clean)
    if not any(field for _literal, field in pieces):
        raise ValidationError(
            {"rule": "В правиле нет ни одной подстановки: все классы получили бы одно название."}
        )
    return clean


def render_class_name(rule: str, parts: NameParts | Mapping[str, object]) -> str:
    """The class name ``rule`` gives a group with ``parts``; spaces collapsed and trimmed."""
    values = parts.as_dict() if isinstance(parts, NameParts) else parts
    out = []
    for literal, field in _pieces(rule):
        out.append(literal)
        if field is not None:
            value = values.get(field)
            out.append("" if value is None else str(value))
    return " ".join("".join(out).split())


def name_parts(group: Group) -> NameParts:
    association = group.association
    return NameParts(
        association=association.name if association else "",
        group=group.number or "",
        year=group.study_year,
        direction=association.direction.name if association else "",
        academic_year=group.academic_year.name if group.academic_year else "",
        teacher=group.teacher.short_name if group.teacher else "",
    )


def current_rule(session: Session) -> str:
    org = session.get(Organisation, 1)
    return (org.class_name_rule if org and org.class_name_rule else None) or DEFAULT_RULE


def rule_name_for(session: Session, group: Group) -> str:
    """The name the current rule gives ``group``."""
    return render_class_name(current_rule(session), name_parts(group))


def name_problems(name: str) -> list[str]:
    problems = []
    if not name.strip():
        problems.append(PROBLEM_EMPTY)
    if len(name) > MAX_CLASS_NAME:
        problems.append(PROBLEM_TOO_LONG)
    return problems


def name_taken(
    session: Session, name: str, academic_year_id: int | None, exclude_id: int | None = None
) -> bool:
    """Whether another group of the same academic year already has this class name."""
    query = select(Group.id).where(
        Group.sferum_class_name == name,
        Group.academic_year_id.is_(None)
        if academic_year_id is None
        else Group.academic_year_id == academic_year_id,
    )
    if exclude_id is not None:
        query = query.where(Group.id != exclude_id)
    return session.scalar(query.limit(1)) is not None


def _ruled_groups(session: Session) -> list[Group]:
    """Every group of an association that is not archived (archived classes keep their names)."""
    return list(
        session.scalars(
            select(Group)
            .where(Group.kind == GroupKind.ASSOCIATION, Group.archived_on.is_(None))
            .options(
                joinedload(Group.association).joinedload(Association.direction),
                joinedload(Group.academic_year),
                joinedload(Group.teacher),
            )
            .order_by(Group.academic_year_id, Group.sferum_class_name)
        ).unique()
    )


def _flag(rows: Iterable[tuple[Group, str]], others: Iterable[Group]) -> list[PreviewRow]:
    """Problems of the new names: empty, too long, or the same as another name in the year."""
    rows = list(rows)
    renamed = {group.id for group, _new in rows}
    counts: Counter[tuple[int | None, str]] = Counter(
        (group.academic_year_id, new) for group, new in rows
    )
    for other in others:
        if other.id not in renamed:
            counts[(other.academic_year_id, other.sferum_class_name)] += 1
    result = []
    for group, new in rows:
        problems = name_problems(new)
        if new.strip() and counts[(group.academic_year_id, new)] > 1:
            problems.append(PROBLEM_COLLISION)
        result.append(
            PreviewRow(
                group_id=group.id,
                academic_year=group.academic_year.name if group.academic_year else "",
                old_name=group.sferum_class_name,
                new_name=new,
                problems=tuple(problems),
            )
        )
    return result


def preview(session: Session, rule: str) -> list[PreviewRow]:
    """What ``rule`` would name each group that follows the rule, with the problems found.

    Raises :class:`ValidationError` when the rule itself is malformed.
    """
    clean = check_rule(rule)
    groups = _ruled_groups(session)
    ruled = [
        (g, render_class_name(clean, name_parts(g))) for g in groups if not g.class_name_manual
    ]
    others = session.scalars(
        select(Group).where(Group.academic_year_id.in_({g.academic_year_id for g, _ in ruled}))
    ).all()
    return _flag(ruled, others)


def apply_rule(session: Session, rule: str) -> list[PreviewRow]:
    """Save ``rule`` and rename every group that follows it; refuse if any name has a problem.

    Returns the rows of the preview (the renamed groups are those with ``changed``).
    """
    clean = check_rule(rule)
    rows = preview(session, clean)
    bad = [row for row in rows if row.problems]
    if bad:
        listed = "\n".join(
            f"• {row.new_name or '(пусто)'}: {', '.join(row.problems)}" for row in bad
        )
        raise ValidationError(
            {"rule": f"Правило не применено: у {len(bad)} групп(ы) названия с ошибками.\n{listed}"}
        )
    org = session.get(Organisation, 1)
    if org is None:
        raise ValidationError({"rule": "Сначала заполните карточку организации."})
    org.class_name_rule = None if clean == DEFAULT_RULE else clean
    rename(session, {row.group_id: row.new_name for row in rows if row.changed})
    return rows


def rename(session: Session, names: Mapping[int, str]) -> None:
    """Give several groups new names at once, even when they swap names with each other."""
    if not names:
        return
    groups = {g.id: g for g in session.scalars(select(Group).where(Group.id.in_(names)))}
    old = {g.sferum_class_name for g in groups.values()}
    if any(new in old for new in names.values()):
        # One UPDATE per row: a swap would collide half-way through, so park the names first.
        for group in groups.values():
            group.sferum_class_name = f"\u2060{group.id}\u2060{group.sferum_class_name}"[:300]
        session.flush()
    for group_id, new in names.items():
        groups[group_id].sferum_class_name = new
    session.flush()


def follow_rule(session: Session, groups: Iterable[Group], field: str = "name") -> None:
    """Give ``groups`` that are not named by hand the current rule's names (after a change
    of association, number, year or teacher); a problem raises on ``field``."""
    session.flush()
    rule = current_rule(session)
    ruled = [
        (g, render_class_name(rule, name_parts(g)))
        for g in groups
        if g.kind == GroupKind.ASSOCIATION and not g.class_name_manual
    ]
    ruled = [(g, new) for g, new in ruled if new != g.sferum_class_name]
    if not ruled:
        return
    others = session.scalars(
        select(Group).where(Group.academic_year_id.in_({g.academic_year_id for g, _ in ruled}))
    ).all()
    rows = _flag(ruled, others)
    bad = [row for row in rows if row.problems]
    if bad:
        row = bad[0]
        raise ValidationError(
            {
                field: f"По правилу именования получится «{row.new_name}»: "
                f"{', '.join(row.problems)}. Измените данные или задайте название вручную."
            }
        )
    rename(session, {row.group_id: row.new_name for row in rows})
