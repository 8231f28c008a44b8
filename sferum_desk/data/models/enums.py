"""Domain enumerations (stored as their string values) and their Russian labels.

The labels are domain vocabulary used by the GUI, the CLI and the Excel reports alike, so
they live here, Qt-free, rather than in the Qt translation files.
"""

from __future__ import annotations

import enum


class LabeledEnum(enum.StrEnum):
    @property
    def label(self) -> str:
        return _LABELS.get((type(self), self.value), self.value)


class DirectionKind(LabeledEnum):
    TECHNICAL = "technical"
    NATURAL_SCIENCE = "natural_science"
    SPORTS = "sports"
    ARTS = "arts"
    TOURISM = "tourism"
    SOCIAL = "social"


class OrderKind(LabeledEnum):
    ADMIN_APPOINTMENT = "admin_appointment"
    PLATFORM_USE = "platform_use"
    MOVEMENT = "movement"
    OTHER = "other"


class GroupKind(LabeledEnum):
    ASSOCIATION = "association"
    STAFF_ROOM = "staff_room"


class SferumClassState(LabeledEnum):
    NOT_CREATED = "not_created"
    CREATED = "created"
    ARCHIVED = "archived"


class PersonKind(LabeledEnum):
    STAFF = "staff"
    STUDENT = "student"
    PARENT = "parent"


class ConsentState(LabeledEnum):
    NONE = "none"
    GIVEN = "given"
    WITHDRAWN = "withdrawn"


class StaffPosition(LabeledEnum):
    DIRECTOR = "director"
    DEPUTY = "deputy"
    TEACHER = "teacher"
    METHODIST = "methodist"
    ORGANISER = "organiser"
    OTHER = "other"


class ParentRelation(LabeledEnum):
    MOTHER = "mother"
    FATHER = "father"
    GUARDIAN = "guardian"
    OTHER = "other"


class MovementKind(LabeledEnum):
    STAFF_HIRED = "staff_hired"
    STAFF_TRANSFERRED = "staff_transferred"
    STAFF_DISMISSED = "staff_dismissed"
    STUDENT_ENROLLED = "student_enrolled"
    STUDENT_TRANSFERRED = "student_transferred"
    STUDENT_EXPELLED = "student_expelled"


class MembershipState(LabeledEnum):
    NOT_INVITED = "not_invited"
    INVITED = "invited"
    REQUESTED = "requested"
    JOINED = "joined"
    REMOVED = "removed"


class JoinRequestDecision(LabeledEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class TaskKind(LabeledEnum):
    SEND_INVITE = "send_invite"
    ACCEPT_REQUEST = "accept_request"
    VERIFY_TEACHER = "verify_teacher"
    REMOVE_FROM_CLASS = "remove_from_class"
    REMOVE_FROM_CHAT = "remove_from_chat"
    REVOKE_ADMIN = "revoke_admin"
    GRANT_ADMIN = "grant_admin"
    CREATE_CLASS = "create_class"
    ARCHIVE_CLASS = "archive_class"
    CREATE_CHAT = "create_chat"
    REOWN_CHAT = "reown_chat"
    ANNUL_INVITE = "annul_invite"
    OTHER = "other"


class TaskState(LabeledEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class InviteRole(LabeledEnum):
    TEACHER = "teacher"
    STUDENT = "student"
    PARENT = "parent"
    STAFF = "staff"
    ADMIN = "admin"


class InviteState(LabeledEnum):
    ACTIVE = "active"
    USED = "used"
    EXPIRED = "expired"
    ANNULLED = "annulled"


class HandoutMethod(LabeledEnum):
    PRINTED = "printed"
    EMAIL = "email"
    MESSENGER = "messenger"
    IN_PERSON = "in_person"


class ChatKind(LabeledEnum):
    DIRECTOR_DEPUTIES = "director_deputies"
    DIRECTOR_TEACHERS = "director_teachers"
    DIRECTOR_PARENT_ACTIVISTS = "director_parent_activists"
    DIRECTOR_STUDENT_ACTIVISTS = "director_student_activists"
    ADMINISTRATION_OTHER = "administration_other"
    ASSOCIATION_STUDENTS = "association_students"
    ASSOCIATION_PARENTS = "association_parents"
    OTHER = "other"


class ChatState(LabeledEnum):
    ACTIVE = "active"
    ARCHIVED = "archived"


class SystemChannel(LabeledEnum):
    CENTRE = "centre"
    STAFF = "staff"


class PostStatus(LabeledEnum):
    DRAFT = "draft"
    READY = "ready"
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class BroadcastKind(LabeledEnum):
    BROADCAST = "broadcast"
    ONLINE_MEETING = "online_meeting"
    HYBRID_MEETING = "hybrid_meeting"
    ADMIN_MEETING = "admin_meeting"  # рабочее совещание администрации (2.2)
    SEMINAR = "seminar"  # семинар или вебинар для педагогов (3.4)


class BroadcastFormat(LabeledEnum):
    ONLINE = "online"
    HYBRID = "hybrid"
    IN_PERSON = "in_person"


class BroadcastStatus(LabeledEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class Audience(LabeledEnum):
    STAFF = "staff"
    STUDENTS = "students"
    PARENTS = "parents"
    ADMINISTRATION = "administration"
    ALL = "all"


class SupportChannel(LabeledEnum):
    EMAIL = "email"
    CHAT_BOT = "chat_bot"
    PHONE = "phone"
    IN_PERSON = "in_person"
    MESSENGER = "messenger"
    OTHER = "other"


class SupportKind(LabeledEnum):
    PARTICIPANT_HELP = "participant_help"  # help the administrator gave a participant (2.1)
    PLATFORM_REQUEST = "platform_request"  # a request to the platform's technical support


class SupportStatus(LabeledEnum):
    OPEN = "open"
    WAITING = "waiting"
    RESOLVED = "resolved"


class AuditAction(LabeledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


# Pairs, not a dict literal: members of different enums with the same value compare equal.
_LABEL_PAIRS: tuple[tuple[enum.StrEnum, str], ...] = (
    (DirectionKind.TECHNICAL, "Техническая"),
    (DirectionKind.NATURAL_SCIENCE, "Естественнонаучная"),
    (DirectionKind.SPORTS, "Физкультурно-спортивная"),
    (DirectionKind.ARTS, "Художественная"),
    (DirectionKind.TOURISM, "Туристско-краеведческая"),
    (DirectionKind.SOCIAL, "Социально-гуманитарная"),
    (OrderKind.ADMIN_APPOINTMENT, "Назначение администратора"),
    (OrderKind.PLATFORM_USE, "Об использовании ИКОП"),
    (OrderKind.MOVEMENT, "Движение"),
    (OrderKind.OTHER, "Прочее"),
    (GroupKind.ASSOCIATION, "Группа объединения"),
    (GroupKind.STAFF_ROOM, "Учительская"),
    (SferumClassState.NOT_CREATED, "Не создан"),
    (SferumClassState.CREATED, "Создан"),
    (SferumClassState.ARCHIVED, "В архиве"),
    (PersonKind.STAFF, "Сотрудник"),
    (PersonKind.STUDENT, "Обучающийся"),
    (PersonKind.PARENT, "Родитель"),
    (ConsentState.NONE, "Нет"),
    (ConsentState.GIVEN, "Дано"),
    (ConsentState.WITHDRAWN, "Отозвано"),
    (StaffPosition.DIRECTOR, "Директор"),
    (StaffPosition.DEPUTY, "Заместитель директора"),
    (StaffPosition.TEACHER, "Педагог дополнительного образования"),
    (StaffPosition.METHODIST, "Методист"),
    (StaffPosition.ORGANISER, "Педагог-организатор"),
    (StaffPosition.OTHER, "Прочее"),
    (ParentRelation.MOTHER, "Мать"),
    (ParentRelation.FATHER, "Отец"),
    (ParentRelation.GUARDIAN, "Опекун"),
    (ParentRelation.OTHER, "Иное"),
    (MovementKind.STAFF_HIRED, "Приём сотрудника"),
    (MovementKind.STAFF_TRANSFERRED, "Перевод сотрудника"),
    (MovementKind.STAFF_DISMISSED, "Увольнение сотрудника"),
    (MovementKind.STUDENT_ENROLLED, "Зачисление обучающегося"),
    (MovementKind.STUDENT_TRANSFERRED, "Перевод обучающегося"),
    (MovementKind.STUDENT_EXPELLED, "Отчисление обучающегося"),
    (MembershipState.NOT_INVITED, "Не приглашён"),
    (MembershipState.INVITED, "Приглашён"),
    (MembershipState.REQUESTED, "Подал заявку"),
    (MembershipState.JOINED, "В Сферуме"),
    (MembershipState.REMOVED, "Удалён"),
    (JoinRequestDecision.PENDING, "Ожидает решения"),
    (JoinRequestDecision.ACCEPTED, "Принята"),
    (JoinRequestDecision.REJECTED, "Отклонена"),
    (TaskKind.SEND_INVITE, "Отправить приглашение"),
    (TaskKind.ACCEPT_REQUEST, "Рассмотреть заявку"),
    (TaskKind.VERIFY_TEACHER, "Подтвердить статус «Преподаватель»"),
    (TaskKind.REMOVE_FROM_CLASS, "Исключить из класса"),
    (TaskKind.REMOVE_FROM_CHAT, "Исключить из чата"),
    (TaskKind.REVOKE_ADMIN, "Снять права администратора"),
    (TaskKind.GRANT_ADMIN, "Назначить администратором"),
    (TaskKind.CREATE_CLASS, "Создать класс"),
    (TaskKind.ARCHIVE_CLASS, "Архивировать класс"),
    (TaskKind.CREATE_CHAT, "Создать чат"),
    (TaskKind.REOWN_CHAT, "Сменить владельца чата"),
    (TaskKind.ANNUL_INVITE, "Аннулировать ссылку"),
    (TaskKind.OTHER, "Прочее"),
    (TaskState.OPEN, "Открыта"),
    (TaskState.DONE, "Выполнена"),
    (TaskState.CANCELLED, "Отменена"),
    (InviteRole.TEACHER, "Преподаватель"),
    (InviteRole.STUDENT, "Обучающийся"),
    (InviteRole.PARENT, "Родитель"),
    (InviteRole.STAFF, "Сотрудник"),
    (InviteRole.ADMIN, "Администратор"),
    (InviteState.ACTIVE, "Действует"),
    (InviteState.USED, "Использована"),
    (InviteState.EXPIRED, "Истекла"),
    (InviteState.ANNULLED, "Аннулирована"),
    (HandoutMethod.PRINTED, "Распечатка"),
    (HandoutMethod.EMAIL, "Эл. почта"),
    (HandoutMethod.MESSENGER, "Мессенджер"),
    (HandoutMethod.IN_PERSON, "Лично"),
    (ChatKind.DIRECTOR_DEPUTIES, "Директор — заместители"),
    (ChatKind.DIRECTOR_TEACHERS, "Директор — педагоги"),
    (ChatKind.DIRECTOR_PARENT_ACTIVISTS, "Директор — родительский актив"),
    (ChatKind.DIRECTOR_STUDENT_ACTIVISTS, "Директор — ученический актив"),
    (ChatKind.ADMINISTRATION_OTHER, "Иной управленческий чат"),
    (ChatKind.ASSOCIATION_STUDENTS, "Педагог — обучающиеся объединения"),
    (ChatKind.ASSOCIATION_PARENTS, "Педагог — родители"),
    (ChatKind.OTHER, "Иной чат"),
    (ChatState.ACTIVE, "Действует"),
    (ChatState.ARCHIVED, "В архиве"),
    (SystemChannel.CENTRE, "ЦентрКонтакт канал"),
    (SystemChannel.STAFF, "канал Сотрудники"),
    (PostStatus.DRAFT, "Черновик"),
    (PostStatus.READY, "Готова"),
    (PostStatus.PUBLISHED, "Опубликована"),
    (PostStatus.CANCELLED, "Отменена"),
    (BroadcastKind.BROADCAST, "Трансляция"),
    (BroadcastKind.ONLINE_MEETING, "Онлайн-совещание"),
    (BroadcastKind.HYBRID_MEETING, "Гибридное совещание"),
    (BroadcastKind.ADMIN_MEETING, "Рабочее совещание администрации"),
    (BroadcastKind.SEMINAR, "Семинар (вебинар) для педагогов"),
    (BroadcastFormat.ONLINE, "Онлайн"),
    (BroadcastFormat.HYBRID, "Гибридный"),
    (BroadcastFormat.IN_PERSON, "Очно"),
    (BroadcastStatus.PLANNED, "Запланирована"),
    (BroadcastStatus.HELD, "Проведена"),
    (BroadcastStatus.CANCELLED, "Отменена"),
    (Audience.STAFF, "Сотрудники"),
    (Audience.STUDENTS, "Обучающиеся"),
    (Audience.PARENTS, "Родители"),
    (Audience.ADMINISTRATION, "Администрация"),
    (Audience.ALL, "Все участники"),
    (SupportChannel.EMAIL, "info@sferum.ru"),
    (SupportChannel.CHAT_BOT, "Чат-бот «Помощник Сферума»"),
    (SupportChannel.PHONE, "Телефон"),
    (SupportChannel.IN_PERSON, "Лично"),
    (SupportChannel.MESSENGER, "Мессенджер"),
    (SupportChannel.OTHER, "Иное"),
    (SupportKind.PARTICIPANT_HELP, "Помощь участнику"),
    (SupportKind.PLATFORM_REQUEST, "Обращение в поддержку Сферума"),
    (SupportStatus.OPEN, "Открыто"),
    (SupportStatus.WAITING, "Ждёт ответа"),
    (SupportStatus.RESOLVED, "Решено"),
    (AuditAction.INSERT, "Добавление"),
    (AuditAction.UPDATE, "Изменение"),
    (AuditAction.DELETE, "Удаление"),
)
_LABELS: dict[tuple[type, str], str] = {(type(k), k.value): v for k, v in _LABEL_PAIRS}
