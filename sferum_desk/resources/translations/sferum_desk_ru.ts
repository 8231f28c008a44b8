<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/registers.py" line="76"/>
        <source>Class in Sferum</source>
        <translation>Класс в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="77"/>
        <source>Direction</source>
        <translation>Направленность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="78"/>
        <location filename="../../ui/pages/registers.py" line="204"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="79"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="80"/>
        <source>Study year</source>
        <translation>Год обучения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="81"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="82"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="83"/>
        <source>Planned size</source>
        <translation>Наполняемость по плану</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="84"/>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="85"/>
        <source>Class state</source>
        <translation>Состояние класса</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="86"/>
        <source>Archived on</source>
        <translation>В архиве с</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="98"/>
        <location filename="../../ui/pages/registers.py" line="119"/>
        <location filename="../../ui/pages/registers.py" line="140"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="99"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="100"/>
        <location filename="../../ui/pages/registers.py" line="124"/>
        <location filename="../../ui/pages/registers.py" line="141"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="101"/>
        <location filename="../../ui/pages/registers.py" line="142"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="102"/>
        <source>Hired</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="103"/>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="104"/>
        <location filename="../../ui/pages/registers.py" line="127"/>
        <location filename="../../ui/pages/registers.py" line="146"/>
        <location filename="../../ui/pages/registers.py" line="229"/>
        <location filename="../../ui/pages/registers.py" line="250"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="105"/>
        <location filename="../../ui/pages/registers.py" line="126"/>
        <location filename="../../ui/pages/registers.py" line="145"/>
        <source>Sferum</source>
        <translation>Сферум</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="106"/>
        <source>Verified teacher</source>
        <translation>Подтверждён «Преподаватель»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="107"/>
        <source>Extra admin</source>
        <translation>Доп. администратор</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="120"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="121"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="122"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="123"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="125"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="128"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="143"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="144"/>
        <source>Activist</source>
        <translation>Актив</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="158"/>
        <location filename="../../ui/pages/registers.py" line="304"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="159"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="160"/>
        <location filename="../../ui/pages/registers.py" line="267"/>
        <source>Person</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="161"/>
        <source>From group</source>
        <translation>Из группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="162"/>
        <source>To group</source>
        <translation>В группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="163"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="164"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="165"/>
        <source>Cancelled on</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="177"/>
        <location filename="../../ui/pages/registers.py" line="268"/>
        <source>Class or chat</source>
        <translation>Класс или чат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="178"/>
        <source>Target</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="179"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="180"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="181"/>
        <location filename="../../ui/pages/registers.py" line="205"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="182"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="183"/>
        <location filename="../../ui/pages/registers.py" line="207"/>
        <location filename="../../ui/pages/registers.py" line="269"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="184"/>
        <source>Handed to</source>
        <translation>Кому выдана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="185"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="186"/>
        <source>Handed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="187"/>
        <source>Used on</source>
        <translation>Использована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="188"/>
        <source>Annulled on</source>
        <translation>Аннулирована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="189"/>
        <source>Annulment reason</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="201"/>
        <location filename="../../ui/pages/registers.py" line="228"/>
        <location filename="../../ui/pages/registers.py" line="246"/>
        <location filename="../../ui/pages/registers.py" line="305"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="202"/>
        <location filename="../../ui/pages/registers.py" line="245"/>
        <location filename="../../ui/pages/registers.py" line="306"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="203"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="206"/>
        <source>Members</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="208"/>
        <source>Invite link</source>
        <translation>Ссылка-приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="209"/>
        <source>Link state</source>
        <translation>Состояние ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="226"/>
        <source>Planned for</source>
        <translation>Запланирована на</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="227"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="230"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="231"/>
        <source>Provided by</source>
        <translation>Материал предоставил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="232"/>
        <source>Recurring</source>
        <translation>Повторяется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="244"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="247"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="248"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="249"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="251"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="252"/>
        <source>Planned attendance</source>
        <translation>Участников по плану</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="253"/>
        <source>Actual attendance</source>
        <translation>Участников фактически</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="264"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="265"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="266"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="270"/>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="271"/>
        <source>Done on</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="283"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="284"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="285"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="287"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="291"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="292"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="303"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="307"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="28"/>
        <source>Indicator</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="29"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="61"/>
        <source>Sferum Desk: unexpected error</source>
        <translation>Sferum Desk: непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="64"/>
        <source>An unexpected error occurred. Your saved data is safe: every change is saved in one transaction. Please send the details below to whoever supports the app.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные не пострадали: каждое изменение записывается одной транзакцией. Пожалуйста, передайте подробности ниже тому, кто сопровождает программу.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="68"/>
        <source>The details are also saved in the file {0}</source>
        <translation>Подробности также сохранены в файле {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="78"/>
        <source>Copy details</source>
        <translation>Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="35"/>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="37"/>
        <source>Schema revision:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>SQLite file</source>
        <translation>Файл SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>{0} (up to date)</source>
        <translation>{0} (актуальная)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="52"/>
        <source>{0} (this version of the app expects {1})</source>
        <translation>{0} (эта версия программы ожидает {1})</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/pages/list_page.py" line="87"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="102"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="140"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="181"/>
        <source>All ({0})</source>
        <translation>Все ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="204"/>
        <source>Shown {0} of {1}</source>
        <translation>Показано {0} из {1}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="34"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="35"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="36"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="37"/>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="38"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="39"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="40"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42"/>
        <source>Channels and posts</source>
        <translation>Каналы и публикации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43"/>
        <source>Broadcasts and meetings</source>
        <translation>Трансляции и встречи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44"/>
        <source>Sferum tasks</source>
        <translation>Задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163"/>
        <source>The organisation card is saved.</source>
        <translation>Карточка организации сохранена.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../ui/opening.py" line="24"/>
        <location filename="../../ui/opening.py" line="36"/>
        <source>The database cannot be opened</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="37"/>
        <source>Cannot create the folder {0}: {1}</source>
        <translation>Не удалось создать папку {0}: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="50"/>
        <source>set a date</source>
        <translation>указать дату</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="85"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="87"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="88"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="89"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="90"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="91"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="92"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="93"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="94"/>
        <location filename="../../ui/pages/organisation_form.py" line="112"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="95"/>
        <location filename="../../ui/pages/organisation_form.py" line="111"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="96"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="100"/>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="102"/>
        <source>Full name of the director</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="103"/>
        <location filename="../../ui/pages/organisation_form.py" line="110"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="107"/>
        <source>Sferum administrator</source>
        <translation>Администратор ИКОП «Сферум»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="109"/>
        <source>Full name of the administrator</source>
        <translation>ФИО администратора</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="116"/>
        <source>Registration in Sferum</source>
        <translation>Регистрация в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="118"/>
        <source>Organisation page in Sferum</source>
        <translation>Страница организации в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="119"/>
        <source>Application sent on</source>
        <translation>Заявка отправлена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="120"/>
        <source>Organisation registered on</source>
        <translation>Организация зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="121"/>
        <source>Administrator registered on</source>
        <translation>Администратор зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="170"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="219"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="222"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="234"/>
        <source>The card was not saved:</source>
        <translation>Карточка не сохранена:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="98"/>
        <location filename="../../ui/pages/overview.py" line="160"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="106"/>
        <source>The organisation card is not filled in. Fill it in under Settings → Organisation: the Centre&apos;s name, INN and the administrator are needed for the registration application and every report.</source>
        <translation>Карточка организации не заполнена. Заполните её в разделе «Настройки → Организация»: наименование Центра, ИНН и администратор нужны для заявки на регистрацию и для всех отчётов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="114"/>
        <source>Fill in the card…</source>
        <translation>Заполнить карточку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="166"/>
        <source>Figures as of {0}: active records only.</source>
        <translation>Показатели на {0}: учтены только действующие записи.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="174"/>
        <source>Registered in Sferum on {0}.</source>
        <translation>Организация зарегистрирована в Сферуме {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="178"/>
        <source>Administrator registered on {0}.</source>
        <translation>Администратор зарегистрирован {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="184"/>
        <source>Registration application sent on {0}; waiting for Sferum to register the organisation.</source>
        <translation>Заявка на регистрацию отправлена {0}; ожидается регистрация организации в Сферуме.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="187"/>
        <source>Not registered in Sferum yet: the application has not been sent.</source>
        <translation>Организация ещё не зарегистрирована в Сферуме: заявка не отправлена.</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages/registers.py" line="73"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="89"/>
        <source>Direction:</source>
        <translation>Направленность:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="95"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="110"/>
        <location filename="../../ui/pages/registers.py" line="131"/>
        <location filename="../../ui/pages/registers.py" line="256"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="116"/>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="137"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="149"/>
        <source>In Sferum:</source>
        <translation>В Сферуме:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="155"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="168"/>
        <source>Event:</source>
        <translation>Событие:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="174"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="192"/>
        <location filename="../../ui/pages/registers.py" line="274"/>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="198"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="212"/>
        <location filename="../../ui/pages/registers.py" line="310"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="223"/>
        <source>Channels and posts</source>
        <translation>Каналы и публикации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="235"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="241"/>
        <source>Broadcasts and meetings</source>
        <translation>Трансляции и встречи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="261"/>
        <source>Sferum tasks</source>
        <translation>Задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="280"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="295"/>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="300"/>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="58"/>
        <source>Monitoring figures</source>
        <translation>Показатели мониторинга</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="73"/>
        <source>Active records as of {0}; the same figures as the Overview page.</source>
        <translation>Действующие записи на {0}; те же показатели, что на странице «Обзор».</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="72"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="73"/>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="74"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="76"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/formatting.py" line="15"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="27"/>
        <source>not applicable</source>
        <translation>не применимо</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="29"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="30"/>
        <source>{0:.1f} MB</source>
        <translation>{0:.1f} МБ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="34"/>
        <source>Employed</source>
        <translation>Работает</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="36"/>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="42"/>
        <source>Studying</source>
        <translation>Обучается</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="44"/>
        <source>Left</source>
        <translation>Отчислен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="50"/>
        <source>Child studying</source>
        <translation>Ребёнок обучается</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="52"/>
        <source>No child studying</source>
        <translation>Дети не обучаются</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="58"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="60"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="47"/>
        <source>Welcome to Sferum Desk</source>
        <translation>Добро пожаловать в Sferum Desk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="52"/>
        <source>Sferum Desk</source>
        <translation>Sferum Desk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="59"/>
        <source>The registry, planner and report desk of the Sferum administrator. There is no database of your Centre on this computer yet.</source>
        <translation>Реестр, планировщик и отчёты администратора ИКОП «Сферум». На этом компьютере ещё нет базы вашего Центра.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="65"/>
        <source>Create the Centre&apos;s database</source>
        <translation>Создать базу Центра</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66"/>
        <source>An empty database for your organisation; you start with its card.</source>
        <translation>Пустая база вашей организации; работа начинается с заполнения её карточки.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="71"/>
        <source>Open the demonstration Centre</source>
        <translation>Открыть демонстрационный Центр</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="73"/>
        <source>A made-up Centre with staff, students, invite links and posts to try everything on. It is kept apart from your real data.</source>
        <translation>Вымышленный Центр с сотрудниками, обучающимися, ссылками-приглашениями и публикациями, чтобы всё попробовать. Хранится отдельно от ваших настоящих данных.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="120"/>
        <location filename="../../ui/welcome.py" line="129"/>
        <source>Creating the demonstration Centre…</source>
        <translation>Создаётся демонстрационный Центр…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="151"/>
        <source>Cancelled: the demonstration Centre was not created.</source>
        <translation>Отменено: демонстрационный Центр не создан.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="159"/>
        <source>The demonstration Centre was not created</source>
        <translation>Демонстрационный Центр не создан</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="160"/>
        <source>Creating the demonstration Centre failed: {0}</source>
        <translation>Не удалось создать демонстрационный Центр: {0}</translation>
    </message>
</context>
</TS>
