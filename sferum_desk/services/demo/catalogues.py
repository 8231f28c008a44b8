"""Catalogues of the demonstration Centre: associations, titles, reasons and schedules.

Plain data in a fixed order, like the name lists in ``names``: the order is part of the demo's
determinism.
"""

from __future__ import annotations

from typing import NamedTuple

from ...data.models import Audience, BroadcastKind, DirectionKind, SupportChannel

MONTHS_GENITIVE: tuple[str, ...] = (
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
    "октября", "ноября", "декабря",
)  # fmt: skip


class AssociationSpec(NamedTuple):
    direction: DirectionKind
    name: str
    programme: str
    age_from: int
    age_to: int
    study_years: tuple[int, ...]  # one current-year group per entry


# The administrator heads this association (a teacher of programming).
ADMIN_ASSOCIATION = "Юный программист"

# (name, programme, ages from and to, the study year of each current-year group) by direction
_ASSOCIATIONS_BY_DIRECTION: tuple[
    tuple[DirectionKind, tuple[tuple[str, str, int, int, tuple[int, ...]], ...]], ...
] = (
    (DirectionKind.TECHNICAL, (
        ("Робототехника", "Робототехника и основы программирования", 8, 15, (1, 1, 2, 3)),
        ("Лего-конструирование", "Лего-конструирование", 5, 9, (1, 1, 2)),
        ("Юный программист", "Программирование на Python", 11, 17, (1, 2)),
        ("3D-моделирование", "3D-моделирование и прототипирование", 12, 17, (1, 2)),
    )),
    (DirectionKind.NATURAL_SCIENCE, (
        ("Юный эколог", "Юный эколог", 7, 12, (1, 2)),
        ("Занимательная химия", "Химия вокруг нас", 12, 16, (1,)),
    )),
    (DirectionKind.SPORTS, (
        ("Вольная борьба", "Вольная борьба", 7, 17, (1, 2, 3, 4)),
        ("Шахматный клуб «Ладья»", "Шахматы", 6, 16, (1, 2, 3)),
        ("Настольный теннис", "Настольный теннис", 8, 17, (1, 2)),
    )),
    (DirectionKind.ARTS, (
        ("Хореографическая студия «Радуга»", "Хореография", 5, 14, (1, 2, 3, 4)),
        ("Изостудия «Палитра»", "Изобразительное искусство", 6, 14, (1, 2, 3)),
        ("Вокальная студия «Камертон»", "Эстрадный вокал", 7, 16, (1, 2)),
        ("Театральная студия «Маска»", "Театр и сценическая речь", 9, 17, (1, 2)),
    )),
    (DirectionKind.TOURISM, (
        ("Юный турист", "Спортивный туризм", 10, 17, (1, 2, 3)),
        ("Краеведческий клуб «Истоки»", "Краеведение", 11, 16, (1,)),
    )),
    (DirectionKind.SOCIAL, (
        ("Школа журналистики", "Юный журналист", 12, 17, (1, 2)),
        ("Английский для детей", "Английский язык с удовольствием", 7, 12, (1, 2)),
        ("Школа вожатых «Лидер»", "Школа вожатых", 13, 17, (1,)),
        ("Подготовка к школе «Умка»", "Скоро в школу", 5, 7, (1, 1)),
    )),
)  # fmt: skip

ASSOCIATIONS: tuple[AssociationSpec, ...] = tuple(
    AssociationSpec(direction, *row)
    for direction, rows in _ASSOCIATIONS_BY_DIRECTION
    for row in rows
)

PROGRAMME_PREFIX = "Дополнительная общеобразовательная общеразвивающая программа"

DEPUTY_TITLES: tuple[str, ...] = (
    "Заместитель директора по учебно-воспитательной работе",
    "Заместитель директора по воспитательной работе",
    "Заместитель директора по научно-методической работе",
)

LEAVE_REASONS: tuple[str, ...] = (
    "По заявлению родителей (законных представителей)",
    "В связи с переездом на другое место жительства",
    "По состоянию здоровья",
    "В связи с переходом в другое учреждение",
)

ANNUL_REASONS: tuple[str, ...] = (
    "Ссылка опубликована в открытом сообществе",
    "Не востребована более 30 дней (аудит безопасности)",
    "Выдана по ошибке не той группе",
    "Заменена новой ссылкой после смены состава группы",
)

REJECT_NOTES: tuple[str, ...] = (
    "Заявитель не является участником образовательного процесса Центра",
    "Не удалось подтвердить, что заявитель — родитель обучающегося",
    "Повторная заявка, профиль уже состоит в классе",
)

CENTRE_POSTS: tuple[str, ...] = (
    "Итоги муниципального конкурса «Юный техник»",
    "Наши борцы — призёры областного первенства",
    "Расписание занятий на каникулы",
    "Фотоотчёт: фестиваль «Созвездие талантов»",
    "Приглашаем на день открытых дверей",
    "Запись в детские объединения продолжается",
    "Победители конкурса рисунков «Моя малая родина»",
    "Безопасная дорога: памятка для родителей",
    "Юные туристы побывали в краеведческом музее",
    "Мастер-класс по 3D-моделированию для начинающих",
    "Отчётный концерт хореографической студии «Радуга»",
    "Шахматный турнир «Белая ладья»: итоги",
    "Экологическая акция «Сдай батарейку — спаси ёжика»",
    "Вышел новый выпуск газеты «Контакт»",
    "Результаты городской олимпиады по робототехнике",
    "Как подключиться к классу в Сферуме: инструкция для родителей",
    "Фестиваль детского творчества: приём заявок",
    "Поход выходного дня: как это было",
    "Открытое занятие театральной студии «Маска»",
    "Первенство Центра по настольному теннису",
    "Поздравляем с Днём матери!",
    "Новогодние представления: расписание и билеты",
    "Вокальная студия «Камертон» — лауреат регионального конкурса",
    "Неделя безопасности в Центре",
)

CENTRE_DATED_POSTS: tuple[str, ...] = (
    "Родительские собрания в объединениях {date}",
    "День открытых дверей {date}",
)

STAFF_POSTS: tuple[str, ...] = (
    "Курсы повышения квалификации: запись до конца месяца",
    "Мониторинг участия в Сферуме: итоги месяца",
    "Требования к оформлению дополнительных общеразвивающих программ",
    "График открытых занятий",
    "Изменения в расписании кабинетов",
    "Подготовка к аттестации педагогических работников",
    "Сдача журналов учёта посещаемости",
    "Как подтвердить статус «Преподаватель» в Сферуме",
    "Положение о фестивале «Созвездие талантов»",
    "Графики отпусков: приём пожеланий",
)

STAFF_DATED_POSTS: tuple[str, ...] = (
    "Совещание педагогов {date}",
    "Педагогический совет {date}",
    "Методическое объединение педагогов {date}",
    "Инструктаж по охране труда {date}",
)

WEEKLY_POST = "План работы Центра на неделю"
DIGEST_POST = "Дайджест недели"
MONTH_PLAN_POST = "План мероприятий на месяц"

EXTRA_CHANNEL = "Спортивная жизнь «Контакта»"
EXTRA_CHANNEL_POSTS: tuple[str, ...] = (
    "Расписание соревнований на месяц",
    "Итоги первенства города по вольной борьбе",
    "Шахматный турнир: регистрация участников",
    "Сборы юных туристов: списки",
)


class BroadcastSpec(NamedTuple):
    kind: BroadcastKind
    title: str
    audience: Audience
    duration_min: int
    place: str | None


PAST_BROADCASTS: tuple[BroadcastSpec, ...] = (
    BroadcastSpec(BroadcastKind.ADMIN_MEETING, "Совещание при директоре", Audience.ADMINISTRATION,
                  45, None),
    BroadcastSpec(BroadcastKind.SEMINAR, "Вебинар «Возможности ИКОП «Сферум» для педагога»",
                  Audience.STAFF, 60, None),
    BroadcastSpec(BroadcastKind.BROADCAST, "Трансляция праздничного концерта ко Дню учителя",
                  Audience.ALL, 90, "Актовый зал"),
    BroadcastSpec(BroadcastKind.HYBRID_MEETING, "Педагогический совет", Audience.STAFF, 120,
                  "Методический кабинет"),
    BroadcastSpec(BroadcastKind.ONLINE_MEETING, "Родительское собрание объединения "
                  "«Робототехника»", Audience.PARENTS, 60, None),
    BroadcastSpec(BroadcastKind.BROADCAST, "Открытие фестиваля «Созвездие талантов»",
                  Audience.ALL, 75, "Актовый зал"),
)  # fmt: skip

FUTURE_BROADCASTS: tuple[BroadcastSpec, ...] = (
    BroadcastSpec(BroadcastKind.ADMIN_MEETING, "Совещание при директоре", Audience.ADMINISTRATION,
                  45, None),
    BroadcastSpec(BroadcastKind.SEMINAR, "Семинар «Как вести чат объединения в Сферуме»",
                  Audience.STAFF, 90, "Методический кабинет"),
    BroadcastSpec(BroadcastKind.HYBRID_MEETING, "Методическое объединение педагогов",
                  Audience.STAFF, 90, "Методический кабинет"),
    BroadcastSpec(BroadcastKind.ONLINE_MEETING, "Встреча директора с родительским активом",
                  Audience.PARENTS, 60, None),
    BroadcastSpec(BroadcastKind.BROADCAST, "Трансляция новогоднего представления",
                  Audience.ALL, 80, "Актовый зал"),
    BroadcastSpec(BroadcastKind.ONLINE_MEETING, "Онлайн-урок «Безопасный интернет»",
                  Audience.STUDENTS, 40, None),
)  # fmt: skip


class SupportSpec(NamedTuple):
    channel: SupportChannel
    subject: str
    description: str


SUPPORT_REQUESTS: tuple[SupportSpec, ...] = (
    SupportSpec(SupportChannel.EMAIL, "Не отображается класс «Учительская»",
                "После создания класса педагоги не видят его в списке классов."),
    SupportSpec(SupportChannel.CHAT_BOT, "Не приходит код подтверждения",
                "Родитель не получает СМС с кодом при входе в учебный профиль."),
    SupportSpec(SupportChannel.EMAIL, "Подтверждение статуса «Преподаватель»",
                "Заявка на подтверждение статуса педагога висит больше двух недель."),
    SupportSpec(SupportChannel.CHAT_BOT, "Ссылка-приглашение не открывается",
                "По ссылке в класс открывается пустая страница в мобильном приложении."),
    SupportSpec(SupportChannel.PHONE, "Перенос класса в архив",
                "Как перенести классы прошлого учебного года в архив без потери переписки."),
)  # fmt: skip
