"""Name lists and the factory of plausible persons for the demonstration Centre.

The lists are plain data in a fixed order: the generator draws from them with one seeded
``random.Random``, so the order of every list is part of the demo's determinism.
"""

from __future__ import annotations

import datetime as dt
import random

from ...data.models import ConsentState, Person, PersonKind

# (first name, patronymic of his son, patronymic of his daughter)
MEN: tuple[tuple[str, str, str], ...] = (
    ("Александр", "Александрович", "Александровна"),
    ("Алексей", "Алексеевич", "Алексеевна"),
    ("Анатолий", "Анатольевич", "Анатольевна"),
    ("Андрей", "Андреевич", "Андреевна"),
    ("Антон", "Антонович", "Антоновна"),
    ("Артём", "Артёмович", "Артёмовна"),
    ("Борис", "Борисович", "Борисовна"),
    ("Вадим", "Вадимович", "Вадимовна"),
    ("Валерий", "Валерьевич", "Валерьевна"),
    ("Василий", "Васильевич", "Васильевна"),
    ("Виктор", "Викторович", "Викторовна"),
    ("Виталий", "Витальевич", "Витальевна"),
    ("Владимир", "Владимирович", "Владимировна"),
    ("Владислав", "Владиславович", "Владиславовна"),
    ("Вячеслав", "Вячеславович", "Вячеславовна"),
    ("Геннадий", "Геннадьевич", "Геннадьевна"),
    ("Георгий", "Георгиевич", "Георгиевна"),
    ("Глеб", "Глебович", "Глебовна"),
    ("Григорий", "Григорьевич", "Григорьевна"),
    ("Денис", "Денисович", "Денисовна"),
    ("Дмитрий", "Дмитриевич", "Дмитриевна"),
    ("Евгений", "Евгеньевич", "Евгеньевна"),
    ("Егор", "Егорович", "Егоровна"),
    ("Иван", "Иванович", "Ивановна"),
    ("Игорь", "Игоревич", "Игоревна"),
    ("Илья", "Ильич", "Ильинична"),
    ("Кирилл", "Кириллович", "Кирилловна"),
    ("Константин", "Константинович", "Константиновна"),
    ("Леонид", "Леонидович", "Леонидовна"),
    ("Максим", "Максимович", "Максимовна"),
    ("Михаил", "Михайлович", "Михайловна"),
    ("Никита", "Никитич", "Никитична"),
    ("Николай", "Николаевич", "Николаевна"),
    ("Олег", "Олегович", "Олеговна"),
    ("Павел", "Павлович", "Павловна"),
    ("Пётр", "Петрович", "Петровна"),
    ("Роман", "Романович", "Романовна"),
    ("Руслан", "Русланович", "Руслановна"),
    ("Сергей", "Сергеевич", "Сергеевна"),
    ("Станислав", "Станиславович", "Станиславовна"),
    ("Степан", "Степанович", "Степановна"),
    ("Тимур", "Тимурович", "Тимуровна"),
    ("Фёдор", "Фёдорович", "Фёдоровна"),
    ("Юрий", "Юрьевич", "Юрьевна"),
    ("Ярослав", "Ярославович", "Ярославовна"),
)

WOMEN: tuple[str, ...] = (
    "Александра", "Алёна", "Алла", "Анастасия", "Анна", "Валентина", "Вера", "Виктория",
    "Галина", "Дарья", "Евгения", "Екатерина", "Елена", "Жанна", "Зоя", "Инна", "Ирина",
    "Кристина", "Ксения", "Лариса", "Лилия", "Любовь", "Людмила", "Маргарита", "Марина",
    "Мария", "Надежда", "Наталья", "Нина", "Оксана", "Ольга", "Полина", "Светлана",
    "Софья", "Тамара", "Татьяна", "Эльвира", "Юлия", "Яна",
)  # fmt: skip

BOYS: tuple[str, ...] = (
    "Александр", "Алексей", "Андрей", "Арсений", "Артём", "Богдан", "Владимир", "Владислав",
    "Всеволод", "Глеб", "Даниил", "Демид", "Денис", "Дмитрий", "Егор", "Захар", "Иван",
    "Илья", "Кирилл", "Лев", "Леонид", "Макар", "Максим", "Марк", "Матвей", "Мирон",
    "Михаил", "Никита", "Николай", "Платон", "Роман", "Савелий", "Семён", "Сергей",
    "Степан", "Тимофей", "Тимур", "Фёдор", "Ярослав",
)  # fmt: skip

GIRLS: tuple[str, ...] = (
    "Агата", "Алиса", "Алёна", "Александра", "Амелия", "Анастасия", "Анна", "Арина",
    "Валерия", "Варвара", "Василиса", "Вероника", "Виктория", "Дарья", "Диана",
    "Ева", "Екатерина", "Елизавета", "Есения", "Злата", "Кира", "Ксения", "Маргарита",
    "Мария", "Милана", "Мирослава", "Надежда", "Полина", "Серафима", "София", "Таисия",
    "Ульяна", "Яна",
)  # fmt: skip

# Masculine forms; ``feminine`` gives the wife's and daughter's form.
SURNAMES: tuple[str, ...] = (
    "Абрамов", "Александров", "Алексеев", "Андреев", "Анисимов", "Антонов", "Архипов",
    "Афанасьев", "Баранов", "Белов", "Белоусов", "Беляев", "Бирюков", "Богданов",
    "Богуславский", "Бондаренко", "Борисов", "Быков", "Васильев", "Виноградов", "Вишневский",
    "Власов", "Волков", "Воробьёв", "Воронин", "Воронцов", "Гаврилов", "Галиев", "Галкин",
    "Герасимов", "Голубев", "Гончаров", "Горбунов", "Горшков", "Грачёв", "Григорьев",
    "Гришин", "Громов", "Гусев", "Давыдов", "Данилов", "Демидов", "Денисов", "Дмитриев",
    "Егоров", "Елисеев", "Ермаков", "Ефимов", "Ефремов", "Жданов", "Жуков", "Журавлёв",
    "Зайцев", "Захаров", "Ильин", "Исаев", "Казаков", "Калинин", "Карпов", "Кириллов",
    "Киселёв", "Климов", "Ковалёв", "Козлов", "Колесников", "Комаров", "Кондратьев",
    "Коновалов", "Королёв", "Котов", "Кравченко", "Краснов", "Крылов", "Кудрявцев",
    "Кузнецов", "Кузьмин", "Куликов", "Лазарев", "Лебедев", "Левин", "Леонов", "Литвиненко",
    "Логинов", "Лукьянов", "Макаров", "Максимов", "Малышев", "Марков", "Мартынов",
    "Маслов", "Матвеев", "Медведев", "Мельников", "Миронов", "Михайлов", "Михеев",
    "Моисеев", "Морозов", "Назаров", "Наумов", "Нестеров", "Никитин", "Никифоров",
    "Николаев", "Новиков", "Овчинников", "Орлов", "Осипов", "Павлов", "Панов", "Петров",
    "Плотников", "Покровский", "Поляков", "Пономарёв", "Попов", "Потапов", "Прохоров",
    "Родионов", "Романов", "Румянцев", "Савельев", "Савин", "Сафин", "Седых", "Семёнов",
    "Сергеев", "Сидоров", "Симонов", "Скворцов", "Смирнов", "Соболев", "Соколов",
    "Соловьёв", "Сорокин", "Степанов", "Тарасов", "Тимофеев", "Титов", "Тихомиров",
    "Тихонов", "Трофимов", "Успенский", "Фёдоров", "Филатов", "Филиппов", "Фомин", "Фролов",
    "Хабибуллин", "Харитонов", "Цветков", "Черных", "Чернов", "Шевченко", "Щербаков",
    "Юдин", "Яковлев",
)  # fmt: skip

EMAIL_DOMAINS: tuple[str, ...] = (
    "mail.ru", "yandex.ru", "bk.ru", "inbox.ru", "list.ru", "rambler.ru", "gmail.com",
)  # fmt: skip

_LATIN = (
    "a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r",
    "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya",
)  # fmt: skip
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN, strict=True))


def feminine(surname: str) -> str:
    """The feminine form of a masculine Russian surname (Иванов → Иванова)."""
    if surname.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return surname + "а"
    if surname.endswith(("ский", "цкий")):
        return surname[:-2] + "ая"
    return surname  # Черных, Шевченко do not change


def translit(text: str) -> str:
    """Latin spelling for e-mail addresses."""
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


class People:
    """Makes persons with plausible names, birth dates, unique phones and e-mails."""

    def __init__(self, rng: random.Random, today: dt.date):
        self.rng = rng
        self.today = today
        self._phones: set[str] = set()
        self._emails: set[str] = set()
        self._consents = 0

    def birth(self, age: int) -> dt.date:
        """A birth date giving exactly ``age`` full years today."""
        return years_before(self.today, age) - dt.timedelta(days=self.rng.randint(0, 363))

    def phone(self) -> str:
        while True:
            phone = f"+79{self.rng.randint(0, 999_999_999):09d}"
            if phone not in self._phones:
                self._phones.add(phone)
                return phone

    def email(self, last: str, first: str) -> str:
        base = f"{translit(first)}.{translit(last)}"
        domain = self.rng.choice(EMAIL_DOMAINS)
        address = f"{base}@{domain}"
        while address in self._emails:
            address = f"{base}{self.rng.randint(1, 999)}@{domain}"
        self._emails.add(address)
        return address

    def person(
        self,
        kind: PersonKind,
        *,
        female: bool,
        age: int | None = None,
        birth: dt.date | None = None,
        surname: str | None = None,
        first: str | None = None,
        middle: str | None = None,
        phone: float = 1.0,
        email: float = 0.0,
    ) -> Person:
        """``surname`` is the masculine form; ``phone``/``email`` are the odds of having one."""
        rng = self.rng
        surname = surname or rng.choice(SURNAMES)
        last = feminine(surname) if female else surname
        if first is None:
            first = rng.choice(WOMEN) if female else rng.choice(MEN)[0]
        if middle is None:
            father = rng.choice(MEN)
            middle = father[2] if female else father[1]
        return Person(
            kind=kind,
            last_name=last,
            first_name=first,
            middle_name=middle,
            birth_date=birth if birth is not None else self.birth(age or 30),
            phone=self.phone() if rng.random() < phone else None,
            email=self.email(last, first) if rng.random() < email else None,
        )

    def consent(self, person: Person, day: dt.date, given: float = 0.93) -> None:
        """Record the consent to personal data processing signed on ``day`` (most sign)."""
        roll = self.rng.random()
        if roll >= given + 0.02:
            return  # no consent on file yet
        self._consents += 1
        person.consent_document = f"Согласие № {self._consents} от {day:%d.%m.%Y}"
        if roll < given:
            person.consent_state, person.consent_on = ConsentState.GIVEN, day
        else:
            withdrawn = day + dt.timedelta(days=self.rng.randint(10, 60))
            person.consent_state = ConsentState.WITHDRAWN
            person.consent_on = min(withdrawn, self.today)
