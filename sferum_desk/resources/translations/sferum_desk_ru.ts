<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddInviteDialog</name>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="50"/>
        <source>Add an invite link</source>
        <translation>Добавить ссылку-приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="81"/>
        <source>Paste the link copied in Sferum, VK Messenger or MAX</source>
        <translation>Вставьте ссылку, скопированную в Сферуме, VK Мессенджере или MAX</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="103"/>
        <source>Leads to:</source>
        <translation>Куда ведёт:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="58"/>
        <source>C&amp;lass</source>
        <translation>К&amp;ласс</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="60"/>
        <source>Ch&amp;at</source>
        <translation>Ч&amp;ат</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="83"/>
        <source>&amp;Expires on:</source>
        <translation>Д&amp;ействует до:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="104"/>
        <source>&amp;Class:</source>
        <translation>&amp;Класс:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="105"/>
        <source>C&amp;hat:</source>
        <translation>&amp;Чат:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="107"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="109"/>
        <source>A&amp;ddress:</source>
        <translation>А&amp;дрес:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="111"/>
        <source>Created &amp;on:</source>
        <translation>Дата &amp;создания:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="115"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="151"/>
        <source>Replace the active link</source>
        <translation>Замена действующей ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="153"/>
        <source>There already is an active link with this role:
{0}

It will be annulled («{1}») on {2}, and a Sferum task will remind you to revoke it in Sferum. Replace it?</source>
        <translation>Уже есть действующая ссылка с этой ролью:
{0}

Она будет аннулирована («{1}») {2}, а задача «Сферума» напомнит отозвать её в Сферуме. Заменить?</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="169"/>
        <source>Choose the class or the chat.</source>
        <translation>Выберите класс или чат.</translation>
    </message>
</context>
<context>
    <name>AnnulInviteDialog</name>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="318"/>
        <source>Annul the link</source>
        <translation>Аннулировать ссылку</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="324"/>
        <source>e.g. not claimed for 30 days</source>
        <translation>например, не востребована 30 дней</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="325"/>
        <source>&amp;Annulled on:</source>
        <translation>&amp;Дата аннулирования:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="326"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Причина:</translation>
    </message>
</context>
<context>
    <name>ArchiveChatDialog</name>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="192"/>
        <source>Archive the chat</source>
        <translation>Перевод чата в архив</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="195"/>
        <source>The chat «{0}» will be marked archived. A Sferum task «Annul the link» is created for each of its active invite links.</source>
        <translation>Чат «{0}» будет отмечен как архивный. Для каждой его действующей ссылки-приглашения будет создана задача «Аннулировать ссылку».</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="202"/>
        <source>&amp;Archived on:</source>
        <translation>&amp;Дата перевода в архив:</translation>
    </message>
</context>
<context>
    <name>AssociationDialog</name>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="143"/>
        <source>New association</source>
        <translation>Новое объединение</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="143"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="147"/>
        <source>— not set —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="149"/>
        <location filename="../../ui/structure_dialogs.py" line="150"/>
        <location filename="../../ui/structure_dialogs.py" line="151"/>
        <source>not set</source>
        <translation>не указан</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="153"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="154"/>
        <source>&amp;Direction</source>
        <translation>Н&amp;аправленность</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="155"/>
        <source>&amp;Head teacher</source>
        <translation>Р&amp;уководитель</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="156"/>
        <source>&amp;Programme</source>
        <translation>&amp;Программа</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="157"/>
        <source>Programme &amp;length, years</source>
        <translation>&amp;Срок программы, лет</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="158"/>
        <source>Age &amp;from</source>
        <translation>&amp;Возраст от</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="159"/>
        <source>&amp;Age to</source>
        <translation>Возраст &amp;до</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="160"/>
        <source>N&amp;ote</source>
        <translation>П&amp;римечание</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="172"/>
        <source>(no longer works)</source>
        <translation>(больше не работает)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="59"/>
        <source>For the period</source>
        <translation>За период</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="63"/>
        <source>— anyone —</source>
        <translation>— все —</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="72"/>
        <source>Person:</source>
        <translation>Человек:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="81"/>
        <source>&amp;Undo change batch…</source>
        <translation>&amp;Отменить пакет изменений…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="180"/>
        <location filename="../../ui/pages/audit_page.py" line="206"/>
        <location filename="../../ui/pages/audit_page.py" line="216"/>
        <source>Undo change batch</source>
        <translation>Отмена пакета изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="185"/>
        <source>The change batch cannot be undone.

{0}</source>
        <translation>Пакет изменений нельзя отменить.

{0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="192"/>
        <source>Undo the change batch «{0}»?

Every change it made will be reverted; the undo itself is written to the change log.</source>
        <translation>Отменить пакет изменений «{0}»?

Все сделанные в нём изменения будут возвращены; сама отмена тоже попадёт в журнал изменений.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_page.py" line="206"/>
        <source>«{0}» is undone.</source>
        <translation>«{0}» — отменено.</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/backups_tab.py" line="73"/>
        <source>A backup is made every day at the first start, and before every program update, academic-year rollover, import and restore. Copies are kept in {0}.</source>
        <translation>Резервная копия делается каждый день при первом запуске, а также перед каждым обновлением программы, переходом на новый учебный год, импортом и восстановлением. Копии хранятся в папке {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="78"/>
        <source>The database is on a PostgreSQL server. This computer makes its backup every day at the first start, and before every academic-year rollover, import and restore; copies are kept in {0}. A copy restores into a server database or an SQLite file alike.</source>
        <translation>База находится на сервере PostgreSQL. Этот компьютер делает её резервную копию каждый день при первом запуске, а также перед переходом на новый учебный год, импортом и восстановлением; копии хранятся в {0}. Копию можно восстановить и в базу на сервере, и в файл SQLite.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="102"/>
        <source>Back up now</source>
        <translation>Сделать копию сейчас</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="105"/>
        <source>Save a copy to a folder…</source>
        <translation>Сохранить копию в папку…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="108"/>
        <source>Restore…</source>
        <translation>Восстановить…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="111"/>
        <source>Restore from a file…</source>
        <translation>Восстановить из файла…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="114"/>
        <source>Open the folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="146"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="153"/>
        <source>Keep daily copies (days):</source>
        <translation>Хранить ежедневные копии (дней):</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="155"/>
        <source>Keep monthly copies (months):</source>
        <translation>Хранить ежемесячные копии (месяцев):</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="165"/>
        <source>No backups yet</source>
        <translation>Резервных копий пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="167"/>
        <source>A copy is made every day at the program&apos;s first start. Make one now to keep the database as it is at this moment.</source>
        <translation>Копия делается каждый день при первом запуске программы. Сделайте её сейчас, чтобы сохранить базу такой, какая она в эту минуту.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="230"/>
        <source>Making a backup…</source>
        <translation>Делается резервная копия…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="241"/>
        <source>Folder for the copy (for example, a USB stick)</source>
        <translation>Папка для копии (например, флешка)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="245"/>
        <source>Saving a copy…</source>
        <translation>Сохраняется копия…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="257"/>
        <source>Backup saved: {0} ({1}; {2}).</source>
        <translation>Резервная копия сохранена: {0} ({1}; {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="280"/>
        <location filename="../../ui/backups_tab.py" line="289"/>
        <location filename="../../ui/backups_tab.py" line="294"/>
        <location filename="../../ui/backups_tab.py" line="298"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="282"/>
        <source>Sferum Desk backups (*{0});;All files (*)</source>
        <translation>Резервные копии Sferum Desk (*{0});;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="300"/>
        <source>Replace everything in the database with the backup of {0:%d.%m.%Y %H:%M}?

The backup holds: {1}.

The current state is backed up first, so this step can be undone by restoring that copy.</source>
        <translation>Заменить всё содержимое базы резервной копией от {0:%d.%m.%Y %H:%M}?

В копии: {1}.

Текущее состояние сначала будет сохранено копией, так что этот шаг можно отменить, восстановив её.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="308"/>
        <source>Restoring…</source>
        <translation>Идёт восстановление…</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="316"/>
        <source>Restoring from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="323"/>
        <source>Restored from the backup of {0:%d.%m.%Y %H:%M}. The state before it: {1}.</source>
        <translation>База восстановлена из копии от {0:%d.%m.%Y %H:%M}. Состояние до восстановления: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="340"/>
        <source>Saved: old copies beyond these are deleted.</source>
        <translation>Сохранено: копии сверх этого числа удаляются.</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="364"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
</context>
<context>
    <name>BroadcastDialog</name>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="125"/>
        <source>New broadcast or meeting</source>
        <translation>Новая трансляция или встреча</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="149"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="179"/>
        <source>&amp;Invited people:</source>
        <translation>Пр&amp;иглашённые:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="196"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="197"/>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="198"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Начало:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="199"/>
        <source>&amp;Duration:</source>
        <translation>Продо&amp;лжительность:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="200"/>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="202"/>
        <source>&amp;Responsible:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="203"/>
        <source>&amp;Link:</source>
        <translation>&amp;Ссылка:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="204"/>
        <source>&amp;Place:</source>
        <translation>&amp;Место:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="205"/>
        <source>&amp;Expected participants:</source>
        <translation>О&amp;жидается участников:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="212"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="201"/>
        <source>Audience:</source>
        <translation>Аудитория:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="233"/>
        <source>Enter the number of participants in digits.</source>
        <translation>Укажите число участников цифрами.</translation>
    </message>
</context>
<context>
    <name>BroadcastsPage</name>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="30"/>
        <location filename="../../ui/broadcasts/page.py" line="42"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="31"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="32"/>
        <source>Held…</source>
        <translation>Проведено…</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="33"/>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="34"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="88"/>
        <source>Cancel the event</source>
        <translation>Отмена мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="89"/>
        <source>Mark «{0}» cancelled?</source>
        <translation>Отметить «{0}» отменённой?</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="102"/>
        <source>Delete the event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="103"/>
        <source>Delete «{0}» with its audience and attendance? This cannot be undone.</source>
        <translation>Удалить «{0}» вместе с аудиторией и отметками участия? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/page.py" line="116"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>BulkEnrolDialog</name>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="29"/>
        <source>Enrol students into a group</source>
        <translation>Зачисление обучающихся в группу</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="35"/>
        <source>Type a part of the name…</source>
        <translation>Введите часть фамилии или имени…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="41"/>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="42"/>
        <source>&amp;Effective date</source>
        <translation>&amp;Дата события</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="43"/>
        <source>&amp;Order</source>
        <translation>П&amp;риказ</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="44"/>
        <source>&amp;Find</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="45"/>
        <source>&amp;Students</source>
        <translation>&amp;Обучающиеся</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="89"/>
        <source>Selected: {0}</source>
        <translation>Выбрано: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/movement/bulk_enrol_dialog.py" line="107"/>
        <source>Tick the students to enrol.</source>
        <translation>Отметьте обучающихся, которых нужно зачислить.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="16"/>
        <source>January</source>
        <translation>Январь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="17"/>
        <source>February</source>
        <translation>Февраль</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="18"/>
        <source>March</source>
        <translation>Март</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="19"/>
        <source>April</source>
        <translation>Апрель</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="20"/>
        <source>May</source>
        <translation>Май</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="21"/>
        <source>June</source>
        <translation>Июнь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="22"/>
        <source>July</source>
        <translation>Июль</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="23"/>
        <source>August</source>
        <translation>Август</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="24"/>
        <source>September</source>
        <translation>Сентябрь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="25"/>
        <source>October</source>
        <translation>Октябрь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="26"/>
        <source>November</source>
        <translation>Ноябрь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="27"/>
        <source>December</source>
        <translation>Декабрь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="31"/>
        <source>of January</source>
        <translation>января</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="32"/>
        <source>of February</source>
        <translation>февраля</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="33"/>
        <source>of March</source>
        <translation>марта</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="34"/>
        <source>of April</source>
        <translation>апреля</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="35"/>
        <source>of May</source>
        <translation>мая</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="36"/>
        <source>of June</source>
        <translation>июня</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="37"/>
        <source>of July</source>
        <translation>июля</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="38"/>
        <source>of August</source>
        <translation>августа</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="39"/>
        <source>of September</source>
        <translation>сентября</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="40"/>
        <source>of October</source>
        <translation>октября</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="41"/>
        <source>of November</source>
        <translation>ноября</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="42"/>
        <source>of December</source>
        <translation>декабря</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="45"/>
        <source>Mon</source>
        <translation>Пн</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="46"/>
        <source>Tue</source>
        <translation>Вт</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="47"/>
        <source>Wed</source>
        <translation>Ср</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="48"/>
        <source>Thu</source>
        <translation>Чт</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="49"/>
        <source>Fri</source>
        <translation>Пт</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="50"/>
        <source>Sat</source>
        <translation>Сб</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="51"/>
        <source>Sun</source>
        <translation>Вс</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="112"/>
        <source>Part of a recurring series</source>
        <translation>Часть повторяющейся серии</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="115"/>
        <source>⚠ Overdue: the planned time has passed and it is not published</source>
        <translation>⚠ Просрочено: время прошло, а публикация не вышла</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_text.py" line="121"/>
        <source>⚠ Too close to another post of the same channel</source>
        <translation>⚠ Слишком близко к другой публикации этого канала</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar_canvas.py" line="241"/>
        <source>more {0}</source>
        <translation>ещё {0}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="65"/>
        <source>Previous period</source>
        <translation>Предыдущий период</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="66"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="66"/>
        <source>Go to today</source>
        <translation>Перейти к сегодняшнему дню</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="67"/>
        <source>Next period</source>
        <translation>Следующий период</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="68"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="69"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="246"/>
        <source>Move it to {0}</source>
        <translation>Перенести на {0}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/calendar.py" line="255"/>
        <source>The post is not moved</source>
        <translation>Публикация не перенесена</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="33"/>
        <source>Edit the channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="33"/>
        <source>New channel</source>
        <translation>Новый канал</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="42"/>
        <source>A system channel keeps the name the regulation gives</source>
        <translation>Системный канал сохраняет название из Положения</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="51"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="70"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="72"/>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="74"/>
        <source>&amp;Colour:</source>
        <translation>&amp;Цвет:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="77"/>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/channel_dialog.py" line="97"/>
        <source>Channel colour</source>
        <translation>Цвет канала</translation>
    </message>
</context>
<context>
    <name>ChatDialog</name>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="52"/>
        <source>Edit the chat</source>
        <translation>Изменение чата</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="52"/>
        <source>New chat</source>
        <translation>Новый чат</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="71"/>
        <source>As the chat is named in Sferum</source>
        <translation>Как чат называется в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="72"/>
        <source>— no owner —</source>
        <translation>— владелец не указан —</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="77"/>
        <source>— none —</source>
        <translation>— нет —</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="82"/>
        <source>&amp;Created on:</source>
        <translation>&amp;Дата создания:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="104"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="105"/>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="106"/>
        <source>&amp;Owner:</source>
        <translation>В&amp;ладелец:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="107"/>
        <source>&amp;Association:</source>
        <translation>&amp;Объединение:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="108"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="110"/>
        <source>&amp;Members:</source>
        <translation>&amp;Участников:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="111"/>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="112"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="88"/>
        <source>not known</source>
        <translation>не известно</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="141"/>
        <source>To archive the chat use «Archive…» on the page.</source>
        <translation>Чтобы перенести чат в архив, нажмите «В архив…» на странице.</translation>
    </message>
    <message>
        <location filename="../../ui/chats/dialogs.py" line="149"/>
        <source>— whole association —</source>
        <translation>— всё объединение —</translation>
    </message>
</context>
<context>
    <name>ChatsPage</name>
    <message>
        <location filename="../../ui/chats/page.py" line="29"/>
        <location filename="../../ui/chats/page.py" line="45"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="30"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="32"/>
        <source>Archive…</source>
        <translation>В архив…</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="34"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="38"/>
        <location filename="../../ui/chats/page.py" line="46"/>
        <source>Check chats…</source>
        <translation>Проверка чатов…</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="91"/>
        <source>Archive the chat</source>
        <translation>Перевод чата в архив</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/chats/page.py" line="93"/>
        <source>The chat is archived. Created %n task(s) «Annul the link» for its active invite links.</source>
        <translation>
            <numerusform>Чат переведён в архив. Для его действующих ссылок-приглашений создана %n задача «Аннулировать ссылку».</numerusform>
            <numerusform>Чат переведён в архив. Для его действующих ссылок-приглашений созданы %n задачи «Аннулировать ссылку».</numerusform>
            <numerusform>Чат переведён в архив. Для его действующих ссылок-приглашений создано %n задач «Аннулировать ссылку».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="108"/>
        <location filename="../../ui/chats/page.py" line="120"/>
        <source>Delete the chat</source>
        <translation>Удаление чата</translation>
    </message>
    <message>
        <location filename="../../ui/chats/page.py" line="110"/>
        <source>Delete the chat «{0}» from the register? Only a chat entered by mistake should be deleted; a chat that is no longer used goes to the archive.</source>
        <translation>Удалить чат «{0}» из реестра? Удаляйте только чат, внесённый по ошибке; чат, которым больше не пользуются, переводите в архив.</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/registers.py" line="217"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="36"/>
        <location filename="../../ui/pages/registers.py" line="218"/>
        <location filename="../../ui/people/join_requests_dialog.py" line="48"/>
        <location filename="../../ui/rollover_wizard.py" line="58"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="59"/>
        <source>Students</source>
        <translation>Обучающихся</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="60"/>
        <source>What happens</source>
        <translation>Что происходит</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="61"/>
        <source>New class name</source>
        <translation>Новое название класса</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="62"/>
        <source>In Sferum</source>
        <translation>В Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="35"/>
        <location filename="../../ui/pages/registers.py" line="83"/>
        <location filename="../../ui/pages/registers.py" line="108"/>
        <location filename="../../ui/pages/registers.py" line="134"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="84"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="85"/>
        <location filename="../../ui/pages/registers.py" line="113"/>
        <location filename="../../ui/pages/registers.py" line="135"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="86"/>
        <location filename="../../ui/pages/registers.py" line="136"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="87"/>
        <source>Hired</source>
        <translation>Принят</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="88"/>
        <source>Dismissed</source>
        <translation>Уволен</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="89"/>
        <location filename="../../ui/pages/registers.py" line="116"/>
        <location filename="../../ui/pages/registers.py" line="140"/>
        <location filename="../../ui/pages/registers.py" line="250"/>
        <location filename="../../ui/pages/registers.py" line="286"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="90"/>
        <location filename="../../ui/pages/registers.py" line="115"/>
        <location filename="../../ui/pages/registers.py" line="139"/>
        <source>Sferum</source>
        <translation>Сферум</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="91"/>
        <source>Verified teacher</source>
        <translation>Подтверждён «Преподаватель»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="92"/>
        <source>Extra admin</source>
        <translation>Доп. администратор</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="109"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="110"/>
        <source>Age</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="111"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="112"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="114"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="117"/>
        <source>Left on</source>
        <translation>Дата выбытия</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="137"/>
        <source>Children</source>
        <translation>Дети</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="138"/>
        <source>Activist</source>
        <translation>Актив</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="158"/>
        <location filename="../../ui/pages/registers.py" line="356"/>
        <location filename="../../ui/support/page.py" line="40"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="42"/>
        <source>Who asked</source>
        <translation>Кто обратился</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="43"/>
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="45"/>
        <source>Ticket</source>
        <translation>№ обращения</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="47"/>
        <source>Resolved on</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="48"/>
        <source>Days to resolve</source>
        <translation>Время решения, дн.</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="49"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="159"/>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="160"/>
        <location filename="../../ui/pages/registers.py" line="312"/>
        <location filename="../../ui/people/join_requests_dialog.py" line="47"/>
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
        <location filename="../../ui/people/join_requests_dialog.py" line="52"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="165"/>
        <source>Cancelled on</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="183"/>
        <location filename="../../ui/pages/registers.py" line="313"/>
        <source>Class or chat</source>
        <translation>Класс или чат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="184"/>
        <source>Target</source>
        <translation>Куда</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="185"/>
        <location filename="../../ui/people/join_requests_dialog.py" line="49"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="186"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="187"/>
        <location filename="../../ui/pages/registers.py" line="219"/>
        <source>Created</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="188"/>
        <source>Expires</source>
        <translation>Действует до</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="189"/>
        <location filename="../../ui/pages/registers.py" line="221"/>
        <location filename="../../ui/pages/registers.py" line="314"/>
        <location filename="../../ui/support/page.py" line="46"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="190"/>
        <source>Handed to</source>
        <translation>Кому выдана</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="191"/>
        <source>How</source>
        <translation>Способ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="192"/>
        <source>Handed on</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="193"/>
        <source>Used on</source>
        <translation>Использована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="194"/>
        <source>Joined through it</source>
        <translation>Вступили по ней</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="195"/>
        <source>Annulled on</source>
        <translation>Аннулирована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="196"/>
        <source>Annulment reason</source>
        <translation>Причина аннулирования</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="214"/>
        <location filename="../../ui/pages/registers.py" line="249"/>
        <location filename="../../ui/pages/registers.py" line="281"/>
        <location filename="../../ui/pages/registers.py" line="357"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="215"/>
        <location filename="../../ui/pages/registers.py" line="280"/>
        <location filename="../../ui/pages/registers.py" line="358"/>
        <location filename="../../ui/support/page.py" line="41"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="216"/>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="220"/>
        <source>Members</source>
        <translation>Участников</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="222"/>
        <source>Invite link</source>
        <translation>Ссылка-приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="223"/>
        <source>Link state</source>
        <translation>Состояние ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="247"/>
        <source>Planned for</source>
        <translation>Запланирована на</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="248"/>
        <location filename="../../ui/support/page.py" line="44"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="251"/>
        <source>Published</source>
        <translation>Опубликована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="252"/>
        <source>Provided by</source>
        <translation>Материал предоставил</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="253"/>
        <source>Recurring</source>
        <translation>Повторяется</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="279"/>
        <source>Starts</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="282"/>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="283"/>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="284"/>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="285"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="287"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="288"/>
        <source>Planned attendance</source>
        <translation>Участников по плану</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="289"/>
        <source>Actual attendance</source>
        <translation>Участников фактически</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="290"/>
        <source>Took part</source>
        <translation>Участвовали</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="291"/>
        <source>Result</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="309"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="310"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="311"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="315"/>
        <source>Overdue</source>
        <translation>Просрочена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="316"/>
        <source>Done on</source>
        <translation>Выполнена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="328"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="329"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="330"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="332"/>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="336"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="337"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="338"/>
        <source>Change batch</source>
        <translation>Пакет изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="355"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="359"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="45"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="46"/>
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="50"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="51"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="40"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="41"/>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="42"/>
        <source>Problem</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="40"/>
        <source>Made</source>
        <translation>Сделана</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="41"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="43"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location filename="../../ui/backups_tab.py" line="49"/>
        <source>Contents</source>
        <translation>Содержимое</translation>
    </message>
</context>
<context>
    <name>ComplianceDialog</name>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="39"/>
        <location filename="../../ui/chats/compliance_dialog.py" line="123"/>
        <source>Chat check</source>
        <translation>Проверка чатов</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="48"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="48"/>
        <source>Sferum task</source>
        <translation>Задача в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="50"/>
        <source>&amp;Create tasks</source>
        <translation>&amp;Создать задачи</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="69"/>
        <source>Required chats: {0}, present: {1}.</source>
        <translation>Требуется чатов: {0}, из них есть: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="71"/>
        <source>Every required chat is in order.</source>
        <translation>Все обязательные чаты на месте.</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="77"/>
        <source>Check the findings to fix: a Sferum task is created for each. Findings that already have an open task cannot be checked.</source>
        <translation>Отметьте замечания, которые нужно устранить: по каждому будет создана задача в Сферуме. Замечания, по которым уже есть открытая задача, отметить нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="88"/>
        <source>open task exists: {0}</source>
        <translation>задача уже есть: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/chats/compliance_dialog.py" line="116"/>
        <source>Created %n Sferum task(s). Do them in Sferum, then mark them done on the «Sferum tasks» page.</source>
        <translation>
            <numerusform>Создана %n задача Сферума. Выполните её в Сферуме, затем отметьте выполненной на странице «Задачи Сферума».</numerusform>
            <numerusform>Созданы %n задачи Сферума. Выполните их в Сферуме, затем отметьте выполненными на странице «Задачи Сферума».</numerusform>
            <numerusform>Создано %n задач Сферума. Выполните их в Сферуме, затем отметьте выполненными на странице «Задачи Сферума».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/chats/compliance_dialog.py" line="122"/>
        <source>No task was created: the checked findings already have open tasks.</source>
        <translation>Задачи не созданы: по отмеченным замечаниям уже есть открытые задачи.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="36"/>
        <source>Consent to personal data processing</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="40"/>
        <source>Consent for the student {0} is given by a parent (legal representative).</source>
        <translation>Согласие за обучающегося {0} даёт родитель (законный представитель).</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="42"/>
        <source>Consent of {0}.</source>
        <translation>Согласие: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="55"/>
        <source>e.g. application No. 15 of 01.09.2026</source>
        <translation>например, заявление № 15 от 01.09.2026</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="64"/>
        <source>&amp;Consent:</source>
        <translation>&amp;Согласие:</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="65"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="67"/>
        <source>D&amp;ocument:</source>
        <translation>Д&amp;окумент:</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="87"/>
        <source>Erase personal data</source>
        <translation>Обезличить персональные данные</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="89"/>
        <source>Consent is withdrawn. Erase the personal data of {0}?

Erased for good: {1}. The record stays as «{2}» so that groups, movement and counts stay correct; the change log keeps no trace of the erased data. This cannot be undone.</source>
        <translation>Согласие отозвано. Обезличить персональные данные: {0}?

Будут безвозвратно удалены: {1}. Запись останется как «{2}», чтобы группы, движение и подсчёты оставались верными; в журнале изменений не останется следов удалённых данных. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../ui/people/consent_dialog.py" line="127"/>
        <source>The data is not erased</source>
        <translation>Данные не обезличены</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/crash.py" line="66"/>
        <source>Sferum Desk: unexpected error</source>
        <translation>Sferum Desk: непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="69"/>
        <source>An unexpected error occurred. Your saved data is safe: every change is saved in one transaction. Please send the details below to whoever supports the app.</source>
        <translation>Произошла непредвиденная ошибка. Сохранённые данные не пострадали: каждое изменение записывается одной транзакцией. Пожалуйста, передайте подробности ниже тому, кто сопровождает программу.</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="73"/>
        <source>The details are also saved in the file {0}</source>
        <translation>Подробности также сохранены в файле {0}</translation>
    </message>
    <message>
        <location filename="../../ui/crash.py" line="83"/>
        <source>&amp;Copy details</source>
        <translation>&amp;Скопировать подробности</translation>
    </message>
</context>
<context>
    <name>Curtain</name>
    <message>
        <location filename="../../ui/lock_dialog.py" line="132"/>
        <source>Sferum Desk is locked</source>
        <translation>Sferum Desk заблокирован</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="48"/>
        <source>Schema revision:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Size:</source>
        <translation>Размер:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="58"/>
        <source>SQLite file</source>
        <translation>Файл SQLite</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="59"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>{0} (up to date)</source>
        <translation>{0} (актуальная)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="64"/>
        <source>{0} (this version of the app expects {1})</source>
        <translation>{0} (эта версия программы ожидает {1})</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../ui/empty_state.py" line="105"/>
        <source>The database is open for viewing only.</source>
        <translation>База открыта только для просмотра.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="33"/>
        <source>Movement event</source>
        <translation>Событие движения</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="49"/>
        <source>&amp;Event</source>
        <translation>&amp;Событие</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="50"/>
        <source>&amp;Person</source>
        <translation>&amp;Человек</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="51"/>
        <source>Effective &amp;date</source>
        <translation>Д&amp;ата события</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="52"/>
        <source>&amp;Order</source>
        <translation>&amp;Приказ</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="53"/>
        <source>From group</source>
        <translation>Из группы</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="54"/>
        <source>To group</source>
        <translation>В группу</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="55"/>
        <source>Po&amp;sition</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="56"/>
        <source>Position &amp;title</source>
        <translation>&amp;Название должности</translation>
    </message>
    <message>
        <location filename="../../ui/movement/event_dialog.py" line="57"/>
        <source>&amp;Note</source>
        <translation>П&amp;римечание</translation>
    </message>
</context>
<context>
    <name>ExceptHook</name>
    <message>
        <location filename="../../ui/crash.py" line="134"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>FirstSteps</name>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="34"/>
        <source>First steps</source>
        <translation>С чего начать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="46"/>
        <source>Create the structure: the associations of the six directions and their groups, each group a class in Sferum.</source>
        <translation>Создайте структуру: детские объединения по шести направленностям и их группы — каждая группа станет классом в Сферуме.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="49"/>
        <location filename="../../ui/pages/first_steps.py" line="67"/>
        <source>Open «{0}»</source>
        <translation>Открыть «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="55"/>
        <source>Load the lists of staff and students from Excel: the students come with their parents and groups.</source>
        <translation>Загрузите списки сотрудников и обучающихся из Excel: обучающиеся загрузятся вместе с родителями и группами.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="58"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/first_steps.py" line="64"/>
        <source>Add the invite links of the classes and chats, to hand them out and print the invitation lists.</source>
        <translation>Добавьте ссылки-приглашения в классы и чаты, чтобы раздавать их и печатать листы-приглашения.</translation>
    </message>
</context>
<context>
    <name>GlobalSearch</name>
    <message>
        <location filename="../../ui/global_search.py" line="27"/>
        <source>Staff member</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="28"/>
        <source>Student</source>
        <translation>Обучающийся</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="29"/>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="30"/>
        <source>Association</source>
        <translation>Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="31"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="32"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="33"/>
        <source>Invite link</source>
        <translation>Ссылка-приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="34"/>
        <source>Post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="49"/>
        <source>Search everywhere</source>
        <translation>Поиск по всей базе</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="55"/>
        <source>A person, group, association, chat, invite link or post…</source>
        <translation>Человек, группа, объединение, чат, ссылка-приглашение или публикация…</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="91"/>
        <source>Type a few letters: ё and е, capitals and small letters are alike.</source>
        <translation>Наберите несколько букв: ё и е, заглавные и строчные не различаются.</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="105"/>
        <source>Enter opens the chosen record.</source>
        <translation>Enter открывает выбранную запись.</translation>
    </message>
    <message>
        <location filename="../../ui/global_search.py" line="107"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="216"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="216"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="223"/>
        <source>— not set —</source>
        <translation>— не указан —</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="228"/>
        <source>Type the class name &amp;by hand</source>
        <translation>&amp;Задать название класса вручную</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="235"/>
        <source>&amp;Association</source>
        <translation>&amp;Объединение</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="236"/>
        <source>Academic &amp;year</source>
        <translation>&amp;Учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="237"/>
        <source>&amp;Group number</source>
        <translation>&amp;Номер группы</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="238"/>
        <source>&amp;Study year</source>
        <translation>&amp;Год обучения</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="239"/>
        <source>&amp;Teacher</source>
        <translation>&amp;Педагог</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="240"/>
        <source>&amp;Planned size</source>
        <translation>П&amp;лановая наполняемость</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="241"/>
        <source>State &amp;in Sferum</source>
        <translation>&amp;Состояние в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="243"/>
        <source>&amp;Class name in Sferum</source>
        <translation>Название &amp;класса в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="244"/>
        <source>&amp;Note</source>
        <translation>П&amp;римечание</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="231"/>
        <source>given by the naming rule</source>
        <translation>по правилу именования</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="269"/>
        <source>(archived association)</source>
        <translation>(объединение в архиве)</translation>
    </message>
    <message>
        <location filename="../../ui/structure_dialogs.py" line="275"/>
        <source>(no longer works)</source>
        <translation>(больше не работает)</translation>
    </message>
</context>
<context>
    <name>GroupMover</name>
    <message>
        <location filename="../../ui/pages/structure_move.py" line="25"/>
        <source>&amp;Move to another association…</source>
        <translation>Пере&amp;нести в другое объединение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_move.py" line="48"/>
        <source>Move the group</source>
        <translation>Перенос группы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_move.py" line="48"/>
        <source>&amp;Association:</source>
        <translation>&amp;Объединение:</translation>
    </message>
</context>
<context>
    <name>GuideBrowser</name>
    <message>
        <location filename="../../ui/guide.py" line="118"/>
        <location filename="../../ui/guide.py" line="169"/>
        <location filename="../../ui/guide.py" line="182"/>
        <source>Administrator&apos;s guide</source>
        <translation>Руководство администратора</translation>
    </message>
    <message>
        <location filename="../../ui/guide.py" line="125"/>
        <source>← &amp;Back</source>
        <translation>← &amp;Назад</translation>
    </message>
    <message>
        <location filename="../../ui/guide.py" line="130"/>
        <source>&amp;Contents</source>
        <translation>&amp;Оглавление</translation>
    </message>
    <message>
        <location filename="../../ui/guide.py" line="183"/>
        <source>The guide is not installed with this copy of the program. It is in the docs/guide folder of the source code.</source>
        <translation>Руководство не установлено вместе с этой копией программы. Оно лежит в папке docs/guide исходного кода.</translation>
    </message>
</context>
<context>
    <name>HandoutDialog</name>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="200"/>
        <source>Hand out the link</source>
        <translation>Выдача ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="214"/>
        <source>&amp;A person</source>
        <translation>&amp;Человеку</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="216"/>
        <source>&amp;The whole group</source>
        <translation>&amp;Всей группе</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="218"/>
        <source>&amp;Others (describe)</source>
        <translation>&amp;Другим (описание)</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="228"/>
        <source>Show everyone, not only students</source>
        <translation>Показать всех, а не только обучающихся</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="229"/>
        <source>Show everyone, not only parents</source>
        <translation>Показать всех, а не только родителей</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="230"/>
        <source>&amp;Show everyone, not only staff</source>
        <translation>&amp;Показать всех, а не только сотрудников</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="264"/>
        <source>&amp;How:</source>
        <translation>&amp;Как:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="265"/>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="243"/>
        <source>e.g. parents at the meeting on 12.09</source>
        <translation>например, родителям на собрании 12.09</translation>
    </message>
</context>
<context>
    <name>HeldDialog</name>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="285"/>
        <source>Held: {0}</source>
        <translation>Проведено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="289"/>
        <source>empty: count the marked people</source>
        <translation>пусто — по числу отмеченных</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="302"/>
        <source>&amp;Participants:</source>
        <translation>У&amp;частников:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="304"/>
        <source>&amp;Result:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="307"/>
        <source>&amp;Took part:</source>
        <translation>&amp;Участвовали:</translation>
    </message>
    <message>
        <location filename="../../ui/broadcasts/dialogs.py" line="324"/>
        <source>Enter the number of participants in digits.</source>
        <translation>Укажите число участников цифрами.</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/support/help_menu.py" line="84"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="86"/>
        <source>Sferum &amp;support</source>
        <translation>&amp;Поддержка Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="92"/>
        <source>&amp;Write to {0}</source>
        <translation>&amp;Написать на {0}</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="95"/>
        <source>Chat &amp;bot «Sferum Helper»</source>
        <translation>&amp;Чат-бот «Помощник Сферума»</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="96"/>
        <source>Sferum &amp;website (sferum.ru)</source>
        <translation>&amp;Сайт Сферума (sferum.ru)</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="97"/>
        <source>Sferum for &amp;professionals (prof.sferum.ru)</source>
        <translation>Сферум для &amp;профессионалов (prof.sferum.ru)</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="104"/>
        <source>&amp;About Sferum resources…</source>
        <translation>О &amp;ресурсах Сферума…</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../../ui/import_check_page.py" line="61"/>
        <source>Check</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="62"/>
        <source>Nothing has been written yet.</source>
        <translation>Пока ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="63"/>
        <source>&amp;Create missing associations and groups</source>
        <translation>Создавать недостающие &amp;объединения и группы</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="65"/>
        <source>&amp;Skip rows with errors</source>
        <translation>&amp;Пропустить строки с ошибками</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="91"/>
        <source>Save &amp;problems to Excel…</source>
        <translation>&amp;Сохранить ошибки в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="127"/>
        <source>Checking the rows…</source>
        <translation>Проверка строк…</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="152"/>
        <source>Errors and notices ({0})</source>
        <translation>Ошибки и замечания ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="155"/>
        <source>Not in the file ({0})</source>
        <translation>Нет в файле ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="160"/>
        <source>Active in the groups the file names but absent from it: candidates for expulsion or dismissal. Nobody is expelled or dismissed by the import.</source>
        <translation>Числятся в группах, названных в файле, но в нём отсутствуют: кандидаты на отчисление или увольнение. Загрузка никого не отчисляет и не увольняет.</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="184"/>
        <source>Save the problems</source>
        <translation>Сохранить ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="186"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/import_check_page.py" line="196"/>
        <source>Could not save {0}: {1}</source>
        <translation>Не удалось сохранить {0}: {1}</translation>
    </message>
</context>
<context>
    <name>ImportColumnsPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="173"/>
        <source>Columns</source>
        <translation>Столбцы</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="176"/>
        <source>What each column of the file holds. The first rows of the file are shown below; choose «do not import» for a column you do not need.</source>
        <translation>Что содержит каждый столбец файла. Ниже — первые строки файла; для ненужного столбца выберите «не загружать».</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="199"/>
        <source>Header row: {0}. Data rows: from {1}.</source>
        <translation>Строка заголовков: {0}. Данные: со строки {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="210"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="217"/>
        <source>— do not import —</source>
        <translation>— не загружать —</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="63"/>
        <source>What to import</source>
        <translation>Что загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="66"/>
        <source>An Excel workbook (.xlsx) or a CSV file with a header row: the columns are recognised by their headers, the next page lets you correct them.</source>
        <translation>Книга Excel (.xlsx) или файл CSV со строкой заголовков: столбцы узнаются по заголовкам, на следующей странице их можно поправить.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="70"/>
        <source>Students (&amp;with parents and groups)</source>
        <translation>&amp;Обучающихся (с родителями и группами)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="72"/>
        <source>&amp;Staff</source>
        <translation>&amp;Сотрудников</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="81"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Выбрать…</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="89"/>
        <source>&amp;Import:</source>
        <translation>&amp;Загрузить:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="91"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="106"/>
        <source>Choose the file to import</source>
        <translation>Выберите файл для загрузки</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="108"/>
        <source>Excel and CSV files (*.xlsx *.csv *.txt);;All files (*)</source>
        <translation>Файлы Excel и CSV (*.xlsx *.csv *.txt);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportSheetPage</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="140"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="141"/>
        <source>The workbook has several sheets: choose the one with the list.</source>
        <translation>В книге несколько листов: выберите лист со списком.</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="146"/>
        <source>&amp;Sheet:</source>
        <translation>&amp;Лист:</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/import_wizard.py" line="270"/>
        <source>Import from Excel or CSV</source>
        <translation>Импорт из Excel или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="281"/>
        <source>&amp;Import</source>
        <translation>&amp;Загрузить</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="289"/>
        <source>Rows in the file: {0}</source>
        <translation>Строк в файле: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="290"/>
        <source>New students: {0}</source>
        <translation>Новых обучающихся: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="290"/>
        <source>New staff: {0}</source>
        <translation>Новых сотрудников: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="293"/>
        <source>Updated: {0}</source>
        <translation>Обновлено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="295"/>
        <source>Enrolments: {0} (already enrolled: {1})</source>
        <translation>Зачислений: {0} (уже зачислены: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="297"/>
        <source>Hired: {0} (already working: {1})</source>
        <translation>Принято на работу: {0} (уже работают: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="299"/>
        <source>Repeats merged: {0}</source>
        <translation>Объединено повторов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="303"/>
        <source>New parents: {0}, links to children: {1}</source>
        <translation>Новых родителей: {0}, связей с детьми: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="308"/>
        <source>Associations to create: {0}, groups: {1}</source>
        <translation>Новых объединений: {0}, групп: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="312"/>
        <source>Errors: {0}</source>
        <translation>Ошибок: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="316"/>
        <source>In the database but not in the file: {0} (nobody is expelled or dismissed; the list is on the «Not in the file» tab of the check)</source>
        <translation>Есть в базе, но нет в файле: {0} (никто не отчислен и не уволен; список — на вкладке «Нет в файле» при проверке)</translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="335"/>
        <source>Importing…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/import_wizard.py" line="347"/>
        <source>Nothing was imported: %n row(s) with errors.</source>
        <translation>
            <numerusform>Ничего не загружено: ошибки в %n строке.</numerusform>
            <numerusform>Ничего не загружено: ошибки в %n строках.</numerusform>
            <numerusform>Ничего не загружено: ошибки в %n строках.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/import_wizard.py" line="354"/>
        <source>The import is done.</source>
        <translation>Загрузка выполнена.</translation>
    </message>
</context>
<context>
    <name>InvitationPrint</name>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="115"/>
        <source>There is nothing to print: no active invite links.</source>
        <translation>Печатать нечего: нет действующих ссылок-приглашений.</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="118"/>
        <location filename="../../ui/invites/print_dialog.py" line="162"/>
        <source>Print invitations</source>
        <translation>Печать приглашений</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="270"/>
        <source>Invitations: print preview</source>
        <translation>Приглашения: предварительный просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="139"/>
        <source>Save invitations as PDF</source>
        <translation>Сохранить приглашения в PDF</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="141"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="155"/>
        <source>Saving invitations…</source>
        <translation>Сохранение приглашений…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="163"/>
        <source>Saved: %1 (pages: %2).</source>
        <translation>Сохранено: %1 (страниц: %2).</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="173"/>
        <source>The PDF is not saved</source>
        <translation>PDF не сохранён</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="174"/>
        <source>Could not save %1: %2</source>
        <translation>Не удалось сохранить %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="182"/>
        <source>Mark as handed out</source>
        <translation>Отметить выдачу</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="183"/>
        <source>Mark the links as handed out (printed) today?</source>
        <translation>Отметить ссылки выданными (распечатаны) на сегодня?</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="191"/>
        <source>Not marked</source>
        <translation>Выдача не отмечена</translation>
    </message>
</context>
<context>
    <name>InviteAuditDialog</name>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="40"/>
        <source>Invite link audit</source>
        <translation>Аудит ссылок-приглашений</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="50"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="50"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="52"/>
        <source>&amp;Create annulment tasks</source>
        <translation>&amp;Создать задачи на аннулирование</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="55"/>
        <source>&amp;Mark expired links as expired</source>
        <translation>&amp;Отметить истёкшие ссылки</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="76"/>
        <source>No findings: every active link is in order.</source>
        <translation>Замечаний нет: все действующие ссылки в порядке.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invites/audit_dialog.py" line="80"/>
        <source>%n link(s) should be annulled. Check the ones to annul: a Sferum task «Annul the link» is created for each; the link is marked annulled when the task is done.</source>
        <translation>
            <numerusform>%n ссылку следует аннулировать. Отметьте те, что аннулировать: для каждой будет создана задача Сферума «Аннулировать ссылку»; ссылка станет аннулированной, когда задача будет выполнена.</numerusform>
            <numerusform>%n ссылки следует аннулировать. Отметьте те, что аннулировать: для каждой будет создана задача Сферума «Аннулировать ссылку»; ссылка станет аннулированной, когда задача будет выполнена.</numerusform>
            <numerusform>%n ссылок следует аннулировать. Отметьте те, что аннулировать: для каждой будет создана задача Сферума «Аннулировать ссылку»; ссылка станет аннулированной, когда задача будет выполнена.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invites/audit_dialog.py" line="121"/>
        <source>Created %n task(s) «Annul the link». Annul the links in Sferum, then mark the tasks done on the «Sferum tasks» page.</source>
        <translation>
            <numerusform>Создана %n задача «Аннулировать ссылку». Аннулируйте ссылку в Сферуме, затем отметьте задачу выполненной на странице «Задачи Сферума».</numerusform>
            <numerusform>Созданы %n задачи «Аннулировать ссылку». Аннулируйте ссылки в Сферуме, затем отметьте задачи выполненными на странице «Задачи Сферума».</numerusform>
            <numerusform>Создано %n задач «Аннулировать ссылку». Аннулируйте ссылки в Сферуме, затем отметьте задачи выполненными на странице «Задачи Сферума».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="127"/>
        <source>No task was created: the checked links already have open tasks.</source>
        <translation>Задачи не созданы: у отмеченных ссылок уже есть открытые задачи.</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="128"/>
        <source>Annulment tasks</source>
        <translation>Задачи на аннулирование</translation>
    </message>
    <message>
        <location filename="../../ui/invites/audit_dialog.py" line="143"/>
        <source>Expired links</source>
        <translation>Истёкшие ссылки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/invites/audit_dialog.py" line="144"/>
        <source>Marked as expired: %n link(s).</source>
        <translation>
            <numerusform>Отмечена истёкшей %n ссылка.</numerusform>
            <numerusform>Отмечены истёкшими %n ссылки.</numerusform>
            <numerusform>Отмечено истёкшими %n ссылок.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InviteSettingsTab</name>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="34"/>
        <source>An invite link is accepted only with https:// and on one of these sites or their subdomains. One site per line, without https:// and a path.</source>
        <translation>Ссылка-приглашение принимается только с https:// и только на одном из этих сайтов или их поддоменах. По одному сайту в строке, без https:// и пути.</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="46"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="51"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="55"/>
        <source>Default sites</source>
        <translation>Сайты по умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="61"/>
        <source>Allowed sites:</source>
        <translation>Разрешённые сайты:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="63"/>
        <source>Audit: an unused link is unclaimed after:</source>
        <translation>Аудит: неиспользованная ссылка считается невостребованной через:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/settings_tab.py" line="113"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>InvitesPage</name>
    <message>
        <location filename="../../ui/invites/page.py" line="37"/>
        <location filename="../../ui/invites/page.py" line="52"/>
        <source>Add link…</source>
        <translation>Добавить ссылку…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/page.py" line="39"/>
        <source>Hand out…</source>
        <translation>Выдать…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/page.py" line="41"/>
        <source>Used…</source>
        <translation>Использована…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/page.py" line="42"/>
        <source>Annul…</source>
        <translation>Аннулировать…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/page.py" line="43"/>
        <source>Audit…</source>
        <translation>Аудит…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/page.py" line="44"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
</context>
<context>
    <name>JoinRequestsDialog</name>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="138"/>
        <source>Join requests</source>
        <translation>Заявки на вступление</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="143"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="145"/>
        <source>&amp;Pending only</source>
        <translation>&amp;Только ожидающие</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="164"/>
        <source>R&amp;ecord a request…</source>
        <translation>&amp;Записать заявку…</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="169"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="171"/>
        <source>&amp;Reject</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="183"/>
        <source>&amp;Decision date:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="231"/>
        <source>Choose a pending request in the list.</source>
        <translation>Выберите в списке заявку, ожидающую решения.</translation>
    </message>
</context>
<context>
    <name>LinkPersonDialog</name>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="53"/>
        <source>Add a parent</source>
        <translation>Добавить родителя</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="53"/>
        <source>Add a child</source>
        <translation>Добавить ребёнка</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="59"/>
        <source>Name or phone…</source>
        <translation>ФИО или телефон…</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="67"/>
        <source>&amp;New parent…</source>
        <translation>&amp;Новый родитель…</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="80"/>
        <source>&amp;Relation:</source>
        <translation>&amp;Кем приходится:</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="67"/>
        <source>New student…</source>
        <translation>Новый обучающийся…</translation>
    </message>
    <message>
        <location filename="../../ui/people/link_dialog.py" line="145"/>
        <source>Choose a person in the list or create a new one.</source>
        <translation>Выберите человека в списке или создайте новую запись.</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../ui/pages/list_page.py" line="110"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="125"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="185"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="230"/>
        <source>All ({0})</source>
        <translation>Все ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/list_page.py" line="253"/>
        <source>Shown {0} of {1}</source>
        <translation>Показано {0} из {1}</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../../ui/lock_dialog.py" line="44"/>
        <source>Sferum Desk is locked</source>
        <translation>Sferum Desk заблокирован</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.py" line="48"/>
        <source>Enter the password to open the Centre&apos;s data.</source>
        <translation>Введите пароль, чтобы открыть данные Центра.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.py" line="56"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.py" line="61"/>
        <source>&amp;Exit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.py" line="100"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/lock_dialog.py" line="114"/>
        <source>Too many wrong tries. Next try in {0} s.</source>
        <translation>Слишком много неверных попыток. Следующая — через {0} с.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="58"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="59"/>
        <location filename="../../ui/pages/first_steps.py" line="38"/>
        <location filename="../../ui/pages/reports_empty.py" line="18"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="60"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="62"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63"/>
        <location filename="../../ui/pages/reports_empty.py" line="15"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <location filename="../../ui/pages/first_steps.py" line="39"/>
        <location filename="../../ui/pages/reports_empty.py" line="16"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <location filename="../../ui/pages/reports_empty.py" line="19"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <location filename="../../ui/pages/reports_empty.py" line="17"/>
        <source>Channels and posts</source>
        <translation>Каналы и публикации</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Broadcasts and meetings</source>
        <translation>Трансляции и встречи</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Sferum tasks</source>
        <translation>Задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="71"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="72"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Database: {0}</source>
        <translation>База данных: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>View only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152"/>
        <source>Not a local disk</source>
        <translation>Не локальный диск</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160"/>
        <source>Search &amp;everywhere…</source>
        <translation>&amp;Поиск по всей базе…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184"/>
        <source>Academic year &amp;rollover…</source>
        <translation>&amp;Переход на новый учебный год…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190"/>
        <source>&amp;Guide for this screen</source>
        <translation>Руководство по этому &amp;экрану</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195"/>
        <source>Guide &amp;contents</source>
        <translation>&amp;Оглавление руководства</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="171"/>
        <source>Database &amp;server…</source>
        <translation>&amp;Сервер базы данных…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176"/>
        <source>E&amp;xit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183"/>
        <source>&amp;Academic year</source>
        <translation>&amp;Учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324"/>
        <source>Database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="326"/>
        <source>Connected to {0}. The server is remembered: Sferum Desk opens it from the next start (the password is asked then).</source>
        <translation>Подключение к {0} установлено. Сервер запомнен: программа откроет базу на нём со следующего запуска (пароль будет спрошен тогда).</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381"/>
        <source>(view only)</source>
        <translation>(только просмотр)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="399"/>
        <source>Today&apos;s backup is made.</source>
        <translation>Сегодняшняя резервная копия сделана.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="406"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="407"/>
        <source>Today&apos;s backup could not be made: {0}</source>
        <translation>Не удалось сделать сегодняшнюю резервную копию: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="427"/>
        <source>The database is restored from the backup.</source>
        <translation>База восстановлена из резервной копии.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="432"/>
        <source>The organisation card is saved.</source>
        <translation>Карточка организации сохранена.</translation>
    </message>
</context>
<context>
    <name>MarkUsedDialog</name>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="345"/>
        <source>The link is used</source>
        <translation>Ссылка использована</translation>
    </message>
    <message>
        <location filename="../../ui/invites/dialogs.py" line="349"/>
        <source>&amp;Used on:</source>
        <translation>&amp;Дата использования:</translation>
    </message>
</context>
<context>
    <name>MovementPage</name>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="88"/>
        <source>New event…</source>
        <translation>Новое событие…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="90"/>
        <source>Bulk enrolment…</source>
        <translation>Массовое зачисление…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="92"/>
        <source>Cancel event…</source>
        <translation>Отменить событие…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="94"/>
        <source>Group roster on a date…</source>
        <translation>Состав группы на дату…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="155"/>
        <source>Cancel the event {0}?</source>
        <translation>Отменить событие {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="160"/>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="161"/>
        <source>These open tasks will be withdrawn:</source>
        <translation>Будут отозваны открытые задачи:</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="162"/>
        <source>The memberships the event changed are restored.</source>
        <translation>Составы групп, изменённые событием, будут восстановлены.</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="163"/>
        <source>Cancel the event</source>
        <translation>Отмена события</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="170"/>
        <source>The event is not cancelled</source>
        <translation>Событие не отменено</translation>
    </message>
</context>
<context>
    <name>NamingRuleDialog</name>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="35"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="36"/>
        <source>Current name</source>
        <translation>Текущее название</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="37"/>
        <source>New name</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="38"/>
        <source>Problems</source>
        <translation>Ошибки</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="49"/>
        <source>Class naming rule</source>
        <translation>Правило именования классов</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="55"/>
        <source>association name</source>
        <translation>название объединения</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="56"/>
        <source>group number</source>
        <translation>номер группы</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="57"/>
        <source>study year</source>
        <translation>год обучения</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="58"/>
        <source>direction</source>
        <translation>направленность</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="59"/>
        <source>academic year, e.g. 2026/2027</source>
        <translation>учебный год, например 2026/2027</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="60"/>
        <source>teacher&apos;s surname and initials</source>
        <translation>фамилия и инициалы педагога</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="62"/>
        <source>Placeholders:</source>
        <translation>Подстановки:</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="69"/>
        <source>&amp;Default rule</source>
        <translation>Правило по &amp;умолчанию</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="103"/>
        <source>&amp;Rule:</source>
        <translation>&amp;Правило:</translation>
    </message>
    <message>
        <location filename="../../ui/naming_rule_dialog.py" line="137"/>
        <source>Groups renamed: {0} of {1}; with problems: {2}.</source>
        <translation>Переименовываются групп: {0} из {1}; с ошибками: {2}.</translation>
    </message>
</context>
<context>
    <name>NewJoinRequestDialog</name>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="63"/>
        <source>New join request</source>
        <translation>Новая заявка на вступление</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="67"/>
        <source>as Sferum shows it</source>
        <translation>как в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="74"/>
        <source>not in the registry</source>
        <translation>нет в реестре</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="80"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="89"/>
        <source>&amp;Applicant:</source>
        <translation>&amp;Заявитель:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="91"/>
        <source>Received &amp;on:</source>
        <translation>&amp;Дата заявки:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="93"/>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="94"/>
        <source>&amp;Person:</source>
        <translation>&amp;Человек:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="97"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/join_requests_dialog.py" line="98"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
</context>
<context>
    <name>NoMatchOverlay</name>
    <message>
        <location filename="../../ui/empty_state.py" line="148"/>
        <source>Clear the filter</source>
        <translation>Сбросить фильтр</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="161"/>
        <source>Nothing found for «{0}»</source>
        <translation>Ничего не найдено по «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/empty_state.py" line="163"/>
        <source>Nothing matches the chosen filter</source>
        <translation>Ничего не найдено по выбранному отбору</translation>
    </message>
</context>
<context>
    <name>NomenclatureExporter</name>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="43"/>
        <source>Export the nomenclature</source>
        <translation>Экспорт номенклатуры</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="45"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="52"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="61"/>
        <location filename="../../ui/pages/structure_export.py" line="76"/>
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="68"/>
        <source>Saved: {0} (rows: {1})</source>
        <translation>Сохранено: {0} (строк: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_export.py" line="76"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <location filename="../../ui/opening.py" line="50"/>
        <location filename="../../ui/opening.py" line="124"/>
        <source>The database cannot be opened</source>
        <translation>Не удалось открыть базу данных</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="77"/>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="78"/>
        <source>Password of the user «{0}» on the PostgreSQL server {1}:</source>
        <translation>Пароль пользователя «{0}» на сервере PostgreSQL {1}:</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="82"/>
        <source>Wrong password.</source>
        <translation>Неверный пароль.</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="85"/>
        <source>Connect</source>
        <translation>Подключиться</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="96"/>
        <source>The database is in use</source>
        <translation>База уже открыта</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="99"/>
        <source>You can open it for viewing only: nothing can be changed until the other instance closes it.</source>
        <translation>Её можно открыть только для просмотра: изменить ничего не получится, пока другая копия программы её не закроет.</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="106"/>
        <source>View only</source>
        <translation>Только просмотр</translation>
    </message>
    <message>
        <location filename="../../ui/opening.py" line="125"/>
        <source>Cannot create the folder {0}: {1}</source>
        <translation>Не удаётся создать папку {0}: {1}</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="46"/>
        <source>set a date</source>
        <translation>указать дату</translation>
    </message>
</context>
<context>
    <name>OrderCombo</name>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="80"/>
        <location filename="../../ui/pages/organisation_form.py" line="88"/>
        <source>(not chosen)</source>
        <translation>(не выбран)</translation>
    </message>
    <message>
        <location filename="../../ui/movement/widgets.py" line="99"/>
        <source>— no order —</source>
        <translation>— без приказа —</translation>
    </message>
    <message>
        <location filename="../../ui/movement/widgets.py" line="102"/>
        <source>New order…</source>
        <translation>Новый приказ…</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../ui/order_dialog.py" line="45"/>
        <source>New order</source>
        <translation>Новый приказ</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="45"/>
        <source>Order</source>
        <translation>Приказ</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="64"/>
        <source>no file</source>
        <translation>файл не выбран</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="65"/>
        <source>&amp;Choose…</source>
        <translation>Вы&amp;брать…</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="82"/>
        <source>N&amp;umber:</source>
        <translation>&amp;Номер:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="83"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="84"/>
        <source>&amp;Title:</source>
        <translation>Н&amp;азвание:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="85"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="86"/>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="87"/>
        <source>&amp;Note:</source>
        <translation>&amp;Примечание:</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="139"/>
        <source>The order&apos;s file</source>
        <translation>Файл приказа</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="141"/>
        <source>Documents (*.pdf *.doc *.docx *.odt *.rtf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Документы (*.pdf *.doc *.docx *.odt *.rtf *.jpg *.jpeg *.png);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/order_dialog.py" line="150"/>
        <source>The file is not found: the order is kept, the file is flagged as missing.</source>
        <translation>Файл не найден: приказ сохранится, а файл будет отмечен как отсутствующий.</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="24"/>
        <location filename="../../ui/pages/orders_page.py" line="48"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="26"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="28"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="91"/>
        <source>Delete the order</source>
        <translation>Удаление приказа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="92"/>
        <source>Delete the order {0} «{1}»?</source>
        <translation>Удалить приказ {0} «{1}»?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/orders_page.py" line="100"/>
        <source>The order is not deleted</source>
        <translation>Приказ не удалён</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="119"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="121"/>
        <source>Full name</source>
        <translation>Полное наименование</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="122"/>
        <source>Short name</source>
        <translation>Краткое наименование</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="123"/>
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="124"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="125"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="126"/>
        <source>Legal address</source>
        <translation>Юридический адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="127"/>
        <source>Postal address</source>
        <translation>Почтовый адрес</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="128"/>
        <location filename="../../ui/pages/organisation_form.py" line="146"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="129"/>
        <location filename="../../ui/pages/organisation_form.py" line="145"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="130"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="134"/>
        <source>Director</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="136"/>
        <source>Full name of the director</source>
        <translation>ФИО руководителя</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="137"/>
        <location filename="../../ui/pages/organisation_form.py" line="144"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="141"/>
        <source>Sferum administrator</source>
        <translation>Администратор ИКОП «Сферум»</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="143"/>
        <source>Full name of the administrator</source>
        <translation>ФИО администратора</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="147"/>
        <source>Order appointing the administrator</source>
        <translation>Приказ о назначении администратора</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="151"/>
        <source>Registration in Sferum</source>
        <translation>Регистрация в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="153"/>
        <source>Organisation page in Sferum</source>
        <translation>Страница организации в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="154"/>
        <source>Application sent on</source>
        <translation>Заявка отправлена</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="155"/>
        <source>Organisation registered on</source>
        <translation>Организация зарегистрирована</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="156"/>
        <source>Administrator registered on</source>
        <translation>Администратор зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="218"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="227"/>
        <source>Registration application…</source>
        <translation>Заявка на регистрацию…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="231"/>
        <source>An e-mail to info@sferum.ru and a printable letter (regulation 2.1)</source>
        <translation>Письмо на info@sferum.ru и печатная заявка (п. 2.1 положения)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="234"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="237"/>
        <source>Print the registration application letter</source>
        <translation>Напечатать заявку на регистрацию</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="328"/>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="331"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/organisation_form.py" line="343"/>
        <source>The card was not saved:</source>
        <translation>Карточка не сохранена:</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview.py" line="130"/>
        <location filename="../../ui/pages/overview.py" line="215"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="138"/>
        <source>The organisation card is not filled in. Fill it in under Settings → Organisation: the Centre&apos;s name, INN and the administrator are needed for the registration application and every report.</source>
        <translation>Карточка организации не заполнена. Заполните её в разделе «Настройки → Организация»: наименование Центра, ИНН и администратор нужны для заявки на регистрацию и для всех отчётов.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="145"/>
        <source>Fill in the card…</source>
        <translation>Заполнить карточку…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="152"/>
        <location filename="../../ui/pages/overview.py" line="299"/>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="50"/>
        <source>Teachers</source>
        <translation>Педагоги</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="51"/>
        <source>Verified teachers</source>
        <translation>Подтверждённые преподаватели</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="52"/>
        <source>Extra administrators</source>
        <translation>Дополнительные администраторы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="53"/>
        <source>Required chats created</source>
        <translation>Обязательные чаты созданы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="54"/>
        <source>Posts planned this month</source>
        <translation>Публикации, запланированные на месяц</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="55"/>
        <source>Broadcasts and meetings held this month</source>
        <translation>Трансляции и встречи, проведённые за месяц</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="187"/>
        <source>Joined Sferum by association</source>
        <translation>Доля вступивших в Сферум по детским объединениям</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="188"/>
        <source>Posts per week by channel</source>
        <translation>Публикации по неделям и каналам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="221"/>
        <source>Figures as of {0}: active records only; links, posts and broadcasts from {1} to {2}.</source>
        <translation>Данные на {0}: только действующие записи; ссылки, публикации и трансляции — с {1} по {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="243"/>
        <source>In Sferum: {0} ({1})</source>
        <translation>В Сферуме: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="252"/>
        <source>This month: issued {0}, used {1}, annulled {2}</source>
        <translation>За месяц: выдано {0}, использовано {1}, аннулировано {2}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/overview.py" line="247"/>
        <source>of %n teacher(s)</source>
        <translation>
            <numerusform>из %n педагога</numerusform>
            <numerusform>из %n педагогов</numerusform>
            <numerusform>из %n педагогов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/overview.py" line="255"/>
        <source>Unclaimed for over %n day(s): {0}</source>
        <translation>
            <numerusform>Не востребованы более %n дня: {0}</numerusform>
            <numerusform>Не востребованы более %n дней: {0}</numerusform>
            <numerusform>Не востребованы более %n дней: {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="261"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="262"/>
        <source>Active chats in all: {0}</source>
        <translation>Всего действующих чатов: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="267"/>
        <source>{0}: planned {1}, published {2}</source>
        <translation>{0}: запланировано {1}, опубликовано {2}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="274"/>
        <source>Broadcasts: {0}, meetings: {1}</source>
        <translation>Трансляций: {0}, встреч: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="277"/>
        <source>Attendance: {0}</source>
        <translation>Участников: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="278"/>
        <source>Planned for the next 7 days: {0}</source>
        <translation>Запланировано на ближайшие 7 дней: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="297"/>
        <source>Nothing needs attention today.</source>
        <translation>Сегодня ничего не требует внимания.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="321"/>
        <source>Registered in Sferum on {0}.</source>
        <translation>Организация зарегистрирована в Сферуме {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="325"/>
        <source>Administrator registered on {0}.</source>
        <translation>Администратор зарегистрирован {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="331"/>
        <source>Registration application sent on {0}; waiting for Sferum to register the organisation.</source>
        <translation>Заявка на регистрацию отправлена {0}; ожидается регистрация организации в Сферуме.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview.py" line="334"/>
        <source>Not registered in Sferum yet: the application has not been sent.</source>
        <translation>Организация ещё не зарегистрирована в Сферуме: заявка не отправлена.</translation>
    </message>
</context>
<context>
    <name>PagePainter</name>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="219"/>
        <source>Preparing the pages…</source>
        <translation>Подготовка страниц…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="219"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="221"/>
        <source>Print invitations</source>
        <translation>Печать приглашений</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="228"/>
        <source>Drawing %1 (%2 of %3)…</source>
        <translation>Рисуется «%1» (%2 из %3)…</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../ui/pages/registers.py" line="80"/>
        <source>Staff</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="95"/>
        <location filename="../../ui/pages/registers.py" line="120"/>
        <location filename="../../ui/pages/registers.py" line="294"/>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="97"/>
        <source>No staff yet</source>
        <translation>Сотрудников пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="98"/>
        <source>Load the staff list from Excel or add the first person by hand.</source>
        <translation>Загрузите список сотрудников из Excel или добавьте первого вручную.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="105"/>
        <source>Students</source>
        <translation>Обучающиеся</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="122"/>
        <source>No students yet</source>
        <translation>Обучающихся пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="123"/>
        <source>Load the list from Excel, with their parents and groups, or add the first student.</source>
        <translation>Загрузите список из Excel — вместе с родителями и группами — или добавьте первого.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="131"/>
        <source>Parents</source>
        <translation>Родители</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="143"/>
        <source>In Sferum:</source>
        <translation>В Сферуме:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="145"/>
        <source>No parents yet</source>
        <translation>Родителей пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="146"/>
        <source>Parents come with the list of students from Excel; they can also be added one by one and linked to their children.</source>
        <translation>Родители загружаются вместе со списком обучающихся из Excel; их можно и добавить по одному, указав детей.</translation>
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
        <location filename="../../ui/pages/registers.py" line="170"/>
        <source>No movement yet</source>
        <translation>Движения пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="171"/>
        <source>Every enrolment, transfer and expulsion of students and every hiring and dismissal of staff is recorded here with its order, and leaves the tasks to do in Sferum.</source>
        <translation>Здесь записываются зачисления, переводы и отчисления обучающихся, приём и увольнение сотрудников — каждое со своим приказом и с задачами, которые нужно выполнить в Сферуме.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="180"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="37"/>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="54"/>
        <source>No support requests yet</source>
        <translation>Обращений пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="55"/>
        <source>Record here the help given to participants and the requests sent to Sferum&apos;s support, to see what is still open.</source>
        <translation>Записывайте сюда помощь участникам и обращения в поддержку Сферума — так видно, что ещё не решено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="199"/>
        <location filename="../../ui/pages/registers.py" line="319"/>
        <location filename="../../ui/support/page.py" line="52"/>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="201"/>
        <source>No invite links yet</source>
        <translation>Ссылок-приглашений пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="202"/>
        <source>Create an invite link to a class or a chat in Sferum and add it here: the register remembers who got which link and prints the invitation lists.</source>
        <translation>Создайте в Сферуме ссылку-приглашение в класс или чат и добавьте её сюда: реестр помнит, кому какая ссылка выдана, и печатает листы-приглашения.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="211"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="226"/>
        <location filename="../../ui/pages/registers.py" line="362"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="228"/>
        <source>No chats yet</source>
        <translation>Чатов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="229"/>
        <source>Add the chats the regulation requires: the director with the deputies and the teachers, the teachers with their associations&apos; students and parents. The check shows which are missing.</source>
        <translation>Добавьте чаты, которые требует положение: директора с заместителями и с педагогами, педагогов с обучающимися и родителями своих объединений. Проверка покажет, каких не хватает.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="244"/>
        <source>Channels and posts</source>
        <translation>Каналы и публикации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="256"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="258"/>
        <source>No posts yet</source>
        <translation>Публикаций пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="259"/>
        <source>Plan the first post of a channel: the calendar shows the content plan and warns about overdue posts.</source>
        <translation>Запланируйте первую публикацию в канал: календарь покажет контент-план и предупредит о просроченных публикациях.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="276"/>
        <source>Broadcasts and meetings</source>
        <translation>Трансляции и встречи</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="296"/>
        <source>No broadcasts or meetings yet</source>
        <translation>Трансляций и встреч пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="297"/>
        <source>Plan a broadcast or an online meeting: its audience, the person responsible and, afterwards, who took part.</source>
        <translation>Запланируйте трансляцию или онлайн-совещание: аудиторию, ответственного, а после — кто участвовал.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="306"/>
        <source>Sferum tasks</source>
        <translation>Задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="325"/>
        <source>Change log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="341"/>
        <source>Record:</source>
        <translation>Запись:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="342"/>
        <source>The change log is empty</source>
        <translation>Журнал изменений пуст</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="343"/>
        <source>Every change to the database appears here: who changed what and when. A whole change batch, such as an import, can be undone from here.</source>
        <translation>Здесь появится каждое изменение базы: кто, когда и что изменил. Целый пакет изменений, например импорт, отсюда можно отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="352"/>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="363"/>
        <source>No orders yet</source>
        <translation>Приказов пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="364"/>
        <source>Enter the order on using the Sferum platform and the order appointing the administrator: the organisation card and the registration application refer to them.</source>
        <translation>Внесите приказ об использовании ИКОП «Сферум» и приказ о назначении администратора: на них ссылаются карточка организации и заявка на регистрацию.</translation>
    </message>
</context>
<context>
    <name>PasswordTab</name>
    <message>
        <location filename="../../ui/password_tab.py" line="48"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="49"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="55"/>
        <location filename="../../ui/password_tab.py" line="130"/>
        <source>Set the password</source>
        <translation>Установить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="59"/>
        <source>Remove the password</source>
        <translation>Снять пароль</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="63"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="70"/>
        <source>With a password, Sferum Desk asks for it at start and after the minutes below without a key press or a mouse move, so nobody at this computer sees the children&apos;s data while you are away. Only a scrypt hash of the password is kept. There is no way to recover a forgotten password: keep it where the Centre keeps its other passwords.</source>
        <translation>С паролем Sferum Desk спрашивает его при запуске и после указанного ниже числа минут без нажатия клавиш и движения мыши — пока вас нет, никто за этим компьютером не увидит данных детей. Сам пароль не хранится, только его хеш scrypt. Забытый пароль восстановить нельзя: храните его там же, где Центр хранит другие пароли.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="82"/>
        <source>Current password:</source>
        <translation>Текущий пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="85"/>
        <source>New password:</source>
        <translation>Новый пароль:</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="87"/>
        <source>New password again:</source>
        <translation>Новый пароль ещё раз:</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="94"/>
        <source>Lock after idle:</source>
        <translation>Блокировать после простоя:</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="126"/>
        <source>The password lock is on.</source>
        <translation>Пароль включён.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="127"/>
        <source>Change the password</source>
        <translation>Сменить пароль</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="129"/>
        <source>No password: the app opens without asking.</source>
        <translation>Пароля нет: программа открывается без вопроса.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="160"/>
        <source>The password is changed.</source>
        <translation>Пароль изменён.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="160"/>
        <source>The password is set.</source>
        <translation>Пароль установлен.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="171"/>
        <source>The password is removed: the app opens without asking.</source>
        <translation>Пароль снят: программа открывается без вопроса.</translation>
    </message>
    <message>
        <location filename="../../ui/password_tab.py" line="181"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../ui/people/page.py" line="69"/>
        <location filename="../../ui/people/page.py" line="98"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="71"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="73"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="77"/>
        <source>Sferum…</source>
        <translation>Сферум…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="80"/>
        <source>Consent…</source>
        <translation>Согласие…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="83"/>
        <source>Join requests…</source>
        <translation>Заявки на вступление…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="97"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="177"/>
        <source>Delete the record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="179"/>
        <source>Delete «{0}» from the registry? Use this only for a record entered by mistake: people who leave are dismissed or expelled.</source>
        <translation>Удалить «{0}» из реестра? Удаляйте только запись, внесённую по ошибке: уходящих увольняют или отчисляют.</translation>
    </message>
    <message>
        <location filename="../../ui/people/page.py" line="189"/>
        <source>The record is not deleted</source>
        <translation>Запись не удалена</translation>
    </message>
</context>
<context>
    <name>PersonDetailPanel</name>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="79"/>
        <source>Remove link</source>
        <translation>Убрать связь</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="91"/>
        <source>Hire…</source>
        <translation>Принять…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="92"/>
        <location filename="../../ui/people/detail_panel.py" line="95"/>
        <source>Transfer…</source>
        <translation>Перевести…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="93"/>
        <source>Dismiss…</source>
        <translation>Уволить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="94"/>
        <source>Enrol…</source>
        <translation>Зачислить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="96"/>
        <source>Expel…</source>
        <translation>Отчислить…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="142"/>
        <source>Choose a person in the list.</source>
        <translation>Выберите человека в списке.</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="149"/>
        <source>Parents:</source>
        <translation>Родители:</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="149"/>
        <source>Children:</source>
        <translation>Дети:</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="150"/>
        <source>Add parent…</source>
        <translation>Добавить родителя…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="150"/>
        <source>Add child…</source>
        <translation>Добавить ребёнка…</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="168"/>
        <source>Kind</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="170"/>
        <source>Personal data erased</source>
        <translation>Персональные данные обезличены</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="172"/>
        <source>Birth date</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="174"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="175"/>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="176"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="179"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="182"/>
        <source>Employment</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="189"/>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="190"/>
        <source>past</source>
        <translation>в прошлом</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="198"/>
        <source>Sferum</source>
        <translation>Сферум</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="200"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="202"/>
        <source>Invited</source>
        <translation>Приглашён(а)</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="203"/>
        <source>Invite link</source>
        <translation>Ссылка-приглашение</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="204"/>
        <source>Join request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="205"/>
        <source>Joined</source>
        <translation>Вступил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="206"/>
        <source>Teacher status verified</source>
        <translation>Статус «Преподаватель» подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="207"/>
        <source>Extra administrator since</source>
        <translation>Доп. администратор с</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="208"/>
        <source>Removed</source>
        <translation>Удалён(а)</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="214"/>
        <source>Join requests</source>
        <translation>Заявки на вступление</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="222"/>
        <source>Open Sferum tasks</source>
        <translation>Открытые задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="223"/>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="231"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="232"/>
        <source>cancelled</source>
        <translation>отменено</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="292"/>
        <source>The link is not changed</source>
        <translation>Связь не изменена</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="316"/>
        <source>Remove the link</source>
        <translation>Удаление связи</translation>
    </message>
    <message>
        <location filename="../../ui/people/detail_panel.py" line="317"/>
        <source>Remove the link «{0}» with {1}?</source>
        <translation>Убрать связь «{0}» с записью {1}?</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="76"/>
        <source>New staff member</source>
        <translation>Новый сотрудник</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="77"/>
        <source>New student</source>
        <translation>Новый обучающийся</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="78"/>
        <source>New parent</source>
        <translation>Новый родитель</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="80"/>
        <source>Person&apos;s card</source>
        <translation>Карточка человека</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="87"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="92"/>
        <source>Member of &amp;the parents&apos; council</source>
        <translation>Родительский &amp;актив</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="94"/>
        <source>&amp;Student activist</source>
        <translation>&amp;Ученический актив</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="105"/>
        <source>S&amp;urname:</source>
        <translation>&amp;Фамилия:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="106"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="107"/>
        <source>P&amp;atronymic:</source>
        <translation>&amp;Отчество:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="108"/>
        <source>Birth &amp;date:</source>
        <translation>Дата &amp;рождения:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="109"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="110"/>
        <source>E-&amp;mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="114"/>
        <source>N&amp;ote:</source>
        <translation>При&amp;мечание:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="157"/>
        <source>O&amp;rder:</source>
        <translation>&amp;Приказ:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="171"/>
        <source>Po&amp;sition:</source>
        <translation>До&amp;лжность:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="172"/>
        <source>Position &amp;title:</source>
        <translation>&amp;Наименование должности:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="175"/>
        <source>Hire &amp;by order</source>
        <translation>Прин&amp;ять на работу по приказу</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="175"/>
        <source>&amp;Hired on:</source>
        <translation>&amp;Дата приёма:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="183"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="185"/>
        <source>Enrol &amp;by order</source>
        <translation>&amp;Зачислить по приказу</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="185"/>
        <source>&amp;Enrolled on:</source>
        <translation>&amp;Дата зачисления:</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="169"/>
        <source>as in the order, if it differs</source>
        <translation>как в приказе, если отличается</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="267"/>
        <source>Check the birth date</source>
        <translation>Проверьте дату рождения</translation>
    </message>
    <message>
        <location filename="../../ui/people/person_dialog.py" line="268"/>
        <source>Save the card anyway?</source>
        <translation>Сохранить карточку всё равно?</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/movement/widgets.py" line="32"/>
        <source>Type a part of the name…</source>
        <translation>Введите часть фамилии или имени…</translation>
    </message>
</context>
<context>
    <name>PostDialog</name>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="225"/>
        <source>Edit the post</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="225"/>
        <source>New post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="259"/>
        <source>— not specified —</source>
        <translation>— не указано —</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="278"/>
        <source>A change of the rule applies from this post on.</source>
        <translation>Изменение правила действует с этой публикации</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="266"/>
        <source>Add &amp;file…</source>
        <translation>Добавить &amp;файл…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="269"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="275"/>
        <source>C&amp;hange the rule…</source>
        <translation>Изме&amp;нить правило…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="308"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="310"/>
        <source>&amp;When:</source>
        <translation>К&amp;огда:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="313"/>
        <source>T&amp;itle:</source>
        <translation>За&amp;головок:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="315"/>
        <source>&amp;Text:</source>
        <translation>Т&amp;екст:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="317"/>
        <source>&amp;Status:</source>
        <translation>Ст&amp;атус:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="319"/>
        <source>&amp;Published at:</source>
        <translation>Опуб&amp;ликовано:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="321"/>
        <source>Mat&amp;erial from:</source>
        <translation>&amp;Материал предоставил:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="324"/>
        <source>&amp;Attachments:</source>
        <translation>Вло&amp;жения:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="327"/>
        <source>&amp;Note:</source>
        <translation>Пр&amp;имечание:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="348"/>
        <source>The post is not part of a series.</source>
        <translation>Публикация не входит в серию.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/schedule/post_dialog.py" line="349"/>
        <source>Part of a series of %n post(s).</source>
        <translation>
            <numerusform>Часть серии из %n публикации.</numerusform>
            <numerusform>Часть серии из %n публикаций.</numerusform>
            <numerusform>Часть серии из %n публикаций.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="351"/>
        <source>Repeats {0}.</source>
        <translation>Повторяется {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="377"/>
        <source>{0} — ⚠ not found</source>
        <translation>{0} — ⚠ не найден</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="391"/>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="435"/>
        <source>Add a channel first.</source>
        <translation>Сначала добавьте канал.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="443"/>
        <source>Save the changes for</source>
        <translation>Сохранить изменения для</translation>
    </message>
</context>
<context>
    <name>PostSettingsTab</name>
    <message>
        <location filename="../../ui/schedule/settings_tab.py" line="34"/>
        <source>Two posts of one channel closer in time than this are marked «⚠ too close» in the calendar, so subscribers are not flooded.</source>
        <translation>Две публикации одного канала, между которыми меньше этого времени, отмечаются в календаре «⚠ слишком близко», чтобы не засыпать подписчиков сообщениями.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/settings_tab.py" line="42"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/settings_tab.py" line="47"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/settings_tab.py" line="52"/>
        <source>Minimum interval between posts of a channel:</source>
        <translation>Минимальный промежуток между публикациями канала:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/settings_tab.py" line="99"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>PostsPage</name>
    <message>
        <location filename="../../ui/schedule/page.py" line="83"/>
        <source>Add channel…</source>
        <translation>Добавить канал…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="85"/>
        <location filename="../../ui/schedule/page.py" line="121"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="87"/>
        <location filename="../../ui/schedule/page.py" line="127"/>
        <location filename="../../ui/schedule/page.py" line="346"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="92"/>
        <source>Channels:</source>
        <translation>Каналы:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="115"/>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="116"/>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="119"/>
        <source>New post…</source>
        <translation>Новая публикация…</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="123"/>
        <source>Published</source>
        <translation>Опубликовано</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="125"/>
        <source>Cancel post</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="213"/>
        <source>System channel of the Centre</source>
        <translation>Системный канал Центра</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="243"/>
        <source>Overdue: {0} · Too close: {1}</source>
        <translation>Просрочено: {0} · Слишком близко: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="246"/>
        <source>Overdue: planned posts whose time has passed and that are not published.
Too close: posts of one channel less than {0} min apart in the shown period.</source>
        <translation>Просрочено: запланированные публикации, время которых прошло, а они не вышли.
Слишком близко: публикации одного канала с промежутком меньше {0} мин в показанном периоде.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="353"/>
        <source>Delete the post</source>
        <translation>Удаление публикации</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="354"/>
        <source>Delete the post «{0}» of {1}?</source>
        <translation>Удалить публикацию «{0}» на {1}?</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="369"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="390"/>
        <source>Delete the channel</source>
        <translation>Удаление канала</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/page.py" line="390"/>
        <source>Delete «{0}»?</source>
        <translation>Удалить «{0}»?</translation>
    </message>
</context>
<context>
    <name>PrintSetupDialog</name>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="58"/>
        <source>Print invitations</source>
        <translation>Печать приглашений</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="60"/>
        <source>Links to print: %1</source>
        <translation>Ссылок к печати: %1</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="63"/>
        <source>A sheet per class with the roster</source>
        <translation>Лист на класс со списком для отметок</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="64"/>
        <source>Slips to cut out, one per person (8 per page)</source>
        <translation>Карточки на вырезание, по одной на человека (8 на листе)</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="65"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="70"/>
        <source>&amp;Not printed (annulled, used or expired):</source>
        <translation>&amp;Не печатаются (аннулированы, использованы или истекли):</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="77"/>
        <source>&amp;Preview…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <location filename="../../ui/invites/print_dialog.py" line="78"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить PDF…</translation>
    </message>
</context>
<context>
    <name>ProgramTab</name>
    <message>
        <location filename="../../ui/program_tab.py" line="26"/>
        <source>Kaliningrad</source>
        <translation>Калининград</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="27"/>
        <source>Moscow</source>
        <translation>Москва</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="28"/>
        <source>Samara</source>
        <translation>Самара</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="29"/>
        <source>Yekaterinburg</source>
        <translation>Екатеринбург</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="30"/>
        <source>Omsk</source>
        <translation>Омск</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="31"/>
        <source>Krasnoyarsk</source>
        <translation>Красноярск</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="32"/>
        <source>Irkutsk</source>
        <translation>Иркутск</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="33"/>
        <source>Yakutsk</source>
        <translation>Якутск</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="34"/>
        <source>Vladivostok</source>
        <translation>Владивосток</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="35"/>
        <source>Magadan</source>
        <translation>Магадан</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="36"/>
        <source>Kamchatka</source>
        <translation>Камчатка</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="62"/>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="71"/>
        <source>Interface &amp;language:</source>
        <translation>&amp;Язык интерфейса:</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="74"/>
        <source>The Centre&apos;s &amp;time zone:</source>
        <translation>&amp;Часовой пояс Центра:</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="79"/>
        <source>Kept on this computer, not in the Centre&apos;s database. Post, broadcast and change-log times are shown and planned on the Centre&apos;s clock. A new language takes effect when the program is started again.</source>
        <translation>Хранится на этом компьютере, не в базе Центра. Время публикаций, трансляций и записей журнала показывается и планируется по часам Центра. Новый язык включится при следующем запуске программы.</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="118"/>
        <source>Could not save the settings: {0}</source>
        <translation>Не удалось сохранить настройки: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="120"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/program_tab.py" line="122"/>
        <source>Start the program again to switch the language.</source>
        <translation>Перезапустите программу, чтобы сменить язык.</translation>
    </message>
</context>
<context>
    <name>RecurrenceBox</name>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="64"/>
        <source>Repeat</source>
        <translation>Повторять</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="68"/>
        <source>Do not repeat</source>
        <translation>Не повторять</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="69"/>
        <source>Daily</source>
        <translation>Ежедневно</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="70"/>
        <source>Weekly</source>
        <translation>Еженедельно</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="71"/>
        <source>Monthly</source>
        <translation>Ежемесячно</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="75"/>
        <source>every </source>
        <translation>каждые </translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="90"/>
        <source> day of the month</source>
        <translation>-го числа</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="91"/>
        <source>&amp;until</source>
        <translation>&amp;до</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="94"/>
        <source>ti&amp;mes:</source>
        <translation>ра&amp;з:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="118"/>
        <source>&amp;Day of the month:</source>
        <translation>Число мес&amp;яца:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="117"/>
        <source>On:</source>
        <translation>По дням:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="119"/>
        <source>Ends:</source>
        <translation>Окончание:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="186"/>
        <source>The post is published once.</source>
        <translation>Публикация выходит один раз.</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/post_dialog.py" line="192"/>
        <source>Repeats {0}.</source>
        <translation>Повторяется {0}.</translation>
    </message>
</context>
<context>
    <name>RegistrationActions</name>
    <message>
        <location filename="../../ui/registration.py" line="68"/>
        <source>The application cannot be made yet</source>
        <translation>Заявку пока нельзя сформировать</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="69"/>
        <source>Fill in on the organisation card and save:</source>
        <translation>Заполните в карточке организации и сохраните:</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="86"/>
        <source>Save the application (the .eml and the .pdf side by side)</source>
        <translation>Сохранение заявки (файлы .eml и .pdf в одной папке)</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="88"/>
        <source>E-mail message (*.eml)</source>
        <translation>Письмо электронной почты (*.eml)</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="104"/>
        <source>Making the application…</source>
        <translation>Формирование заявки…</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="109"/>
        <source>Saved:
{0}
{1}</source>
        <translation>Сохранено:
{0}
{1}</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="112"/>
        <source>Open the folder?</source>
        <translation>Открыть папку?</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="113"/>
        <source>Application is ready</source>
        <translation>Заявка готова</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="122"/>
        <source>Application sent</source>
        <translation>Заявка отправлена</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="123"/>
        <source>Record {0} as the date the application was sent?</source>
        <translation>Записать {0} как дату отправки заявки?</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="137"/>
        <source>The application is not saved</source>
        <translation>Заявка не сохранена</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="138"/>
        <source>Could not write the files:</source>
        <translation>Не удалось записать файлы:</translation>
    </message>
    <message>
        <location filename="../../ui/registration.py" line="150"/>
        <source>Print the application</source>
        <translation>Печать заявки</translation>
    </message>
</context>
<context>
    <name>ReportEmptyState</name>
    <message>
        <location filename="../../ui/pages/reports_empty.py" line="31"/>
        <source>The report has no rows yet</source>
        <translation>В отчёте пока нет строк</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_empty.py" line="33"/>
        <source>There is nothing for this report in the database yet, or not for these dates. The workbook can be saved as it is too.</source>
        <translation>В базе пока нет данных для этого отчёта — или нет за эти даты. Книгу можно сохранить и так.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports_empty.py" line="48"/>
        <source>Open «{0}»</source>
        <translation>Открыть «{0}»</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="57"/>
        <source>Who joined Sferum, links, chats, posts and broadcasts, with charts and a signature line for the director</source>
        <translation>Кто вступил в Сферум, ссылки, чаты, публикации и трансляции — с диаграммами и строкой для подписи директора</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="62"/>
        <source>Summary report</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="65"/>
        <source>Every enrolment, transfer, expulsion, hiring and dismissal in the period, with its order and totals by kind</source>
        <translation>Каждое зачисление, перевод, отчисление, приём и увольнение за период — с приказом и итогами по видам</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="70"/>
        <source>Movement</source>
        <translation>Движение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="73"/>
        <source>The invite-link register with states and the security audit&apos;s findings</source>
        <translation>Реестр ссылок-приглашений с состояниями и находками проверки безопасности</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="76"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="79"/>
        <source>The posting plan of the channels for the period</source>
        <translation>План публикаций в каналах за период</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="80"/>
        <source>Posting plan</source>
        <translation>Контент-план</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="83"/>
        <source>Directions, associations and groups with their Sferum class names</source>
        <translation>Направленности, объединения и группы с названиями классов в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="86"/>
        <source>Nomenclature</source>
        <translation>Номенклатура</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="89"/>
        <source>The chats the regulation requires and which are missing</source>
        <translation>Чаты, которые требует положение, и каких не хватает</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="90"/>
        <source>Chats</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="93"/>
        <source>One workbook with every report above</source>
        <translation>Одна книга со всеми отчётами выше</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="94"/>
        <source>All reports</source>
        <translation>Все отчёты</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="188"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="192"/>
        <source>Period from</source>
        <translation>Период с</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="193"/>
        <source>As of</source>
        <translation>На дату</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="200"/>
        <source>Names of people (personal data)</source>
        <translation>Фамилии и имена (персональные данные)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="205"/>
        <source>Clear it to give a report with counts only: no names of students, parents or staff. A workbook with names says so on its first sheet and in its file properties.</source>
        <translation>Снимите флажок, чтобы получить отчёт только с числами — без имён обучающихся, родителей и сотрудников. Книга с именами сообщает об этом на первом листе и в свойствах файла.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="212"/>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="213"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="247"/>
        <source>Reports for the director</source>
        <translation>Отчёты для директора</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="287"/>
        <source>The period ends before it starts.</source>
        <translation>Период заканчивается раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="343"/>
        <source>Loading the first rows…</source>
        <translation>Загрузка первых строк…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="376"/>
        <source>First rows of the report: {0}</source>
        <translation>Первые строки отчёта: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="385"/>
        <source>No preview: {0}</source>
        <translation>Нет предпросмотра: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="398"/>
        <location filename="../../ui/pages/reports.py" line="438"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="400"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="410"/>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="420"/>
        <source>Saving the report…</source>
        <translation>Сохранение отчёта…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="430"/>
        <source>Saved: {0} (sheets: {1})</source>
        <translation>Сохранено: {0} (листов: {1})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="438"/>
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="445"/>
        <source>Cancelled; nothing was saved.</source>
        <translation>Отменено; ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="455"/>
        <location filename="../../ui/pages/reports.py" line="461"/>
        <source>Open the report</source>
        <translation>Открыть отчёт</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="455"/>
        <source>The file is gone: {0}</source>
        <translation>Файла больше нет: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="462"/>
        <source>No program opened {0}. Open it from the folder.</source>
        <translation>Ни одна программа не открыла {0}. Откройте файл из папки.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../ui/support/dialogs.py" line="76"/>
        <source>Support record</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="97"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="98"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="99"/>
        <source>&amp;Who asked:</source>
        <translation>Кто о&amp;братился:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="100"/>
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="101"/>
        <source>D&amp;escription:</source>
        <translation>О&amp;писание:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="102"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="103"/>
        <source>Ticket &amp;number:</source>
        <translation>№ об&amp;ращения:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="104"/>
        <source>&amp;State:</source>
        <translation>&amp;Состояние:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="105"/>
        <source>&amp;Resolved on:</source>
        <translation>Д&amp;ата решения:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="106"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <location filename="../../ui/support/dialogs.py" line="168"/>
        <source>Resolved: {0}</source>
        <translation>Решено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="172"/>
        <source>— insert a template —</source>
        <translation>— вставить шаблон —</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="181"/>
        <source>&amp;Template:</source>
        <translation>&amp;Шаблон:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="182"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Ответ:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="184"/>
        <source>&amp;Resolved on:</source>
        <translation>&amp;Дата решения:</translation>
    </message>
</context>
<context>
    <name>ResourcesDialog</name>
    <message>
        <location filename="../../ui/support/help_menu.py" line="49"/>
        <source>Sferum resources</source>
        <translation>Ресурсы Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="53"/>
        <source>Participants may write to the Sferum technical support and use the information resources and instructions on the Sferum sites.</source>
        <translation>Участники образовательных отношений могут обратиться в службу технической поддержки Сферума и пользоваться информационными ресурсами и инструкциями на сайтах Сферума.</translation>
    </message>
    <message>
        <location filename="../../ui/support/help_menu.py" line="61"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
</context>
<context>
    <name>RolloverPreviewPage</name>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="161"/>
        <source>What happens to the groups</source>
        <translation>Что будет с группами</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="178"/>
        <source>A&amp;dd new group</source>
        <translation>До&amp;бавить новую группу</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="181"/>
        <source>&amp;Remove new group</source>
        <translation>&amp;Убрать новую группу</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="186"/>
        <source>&amp;Association:</source>
        <translation>&amp;Объединение:</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="188"/>
        <source>&amp;Group No.:</source>
        <translation>&amp;Группа №:</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="243"/>
        <source>Only a new group can be removed from the plan.</source>
        <translation>Из плана можно убрать только новую группу.</translation>
    </message>
</context>
<context>
    <name>RolloverSummaryPage</name>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="254"/>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="260"/>
        <source>Nothing has been changed yet. «Apply» does it all at once; the change log can undo the whole rollover as long as nothing newer depends on it.</source>
        <translation>Пока ничего не изменено. Кнопка «Выполнить» сделает всё сразу; в журнале изменений весь переход можно отменить, пока от него не зависят более поздние изменения.</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="275"/>
        <source>Academic year {0} → {1}</source>
        <translation>Учебный год {0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="276"/>
        <source>Groups continuing: {0}</source>
        <translation>Продолжают обучение: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="277"/>
        <source>Groups finishing their programme: {0}</source>
        <translation>Завершают программу: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="278"/>
        <source>New groups: {0}</source>
        <translation>Новых групп: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="279"/>
        <source>Students carried over: {0}</source>
        <translation>Переводится обучающихся: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="280"/>
        <source>Sferum tasks to create: {0}</source>
        <translation>Будет создано задач Сферума: {0}</translation>
    </message>
</context>
<context>
    <name>RolloverWizard</name>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="43"/>
        <source>Continues</source>
        <translation>Продолжает обучение</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="44"/>
        <source>Finishes the programme</source>
        <translation>Завершает программу</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="45"/>
        <source>New group</source>
        <translation>Новая группа</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="296"/>
        <source>Academic year rollover</source>
        <translation>Переход на новый учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="304"/>
        <source>&amp;Apply</source>
        <translation>&amp;Выполнить</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="318"/>
        <source>Rolling over to the new academic year…</source>
        <translation>Переход на новый учебный год…</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="329"/>
        <source>The academic year {0} has begun. Sferum tasks created: {1}; they are on the «Sferum tasks» page.</source>
        <translation>Начался учебный год {0}. Создано задач Сферума: {1}; они на странице «Задачи Сферума».</translation>
    </message>
</context>
<context>
    <name>RolloverYearsPage</name>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="87"/>
        <source>Academic years</source>
        <translation>Учебные годы</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="90"/>
        <source>On 1 September the groups move on to the next year of study: the groups whose programme ends are archived, the others continue with their students.</source>
        <translation>1 сентября группы переходят на следующий год обучения: группы, у которых закончилась программа, уходят в архив, остальные продолжают обучение со своими учениками.</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="115"/>
        <source>&amp;Closing year:</source>
        <translation>&amp;Завершающийся год:</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="116"/>
        <source>New &amp;year starts in:</source>
        <translation>Новый &amp;год начинается в:</translation>
    </message>
    <message>
        <location filename="../../ui/rollover_wizard.py" line="132"/>
        <source>academic year {0}</source>
        <translation>учебный год {0}</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="39"/>
        <source>Group roster on a date</source>
        <translation>Состав группы на дату</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="52"/>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="53"/>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <location filename="../../ui/movement/movement_page.py" line="77"/>
        <source>In the group: {0}</source>
        <translation>В группе: {0}</translation>
    </message>
</context>
<context>
    <name>ScheduleCommon</name>
    <message>
        <location filename="../../ui/schedule/common.py" line="32"/>
        <source>Recurring post</source>
        <translation>Повторяющаяся публикация</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/common.py" line="34"/>
        <source>This post is part of a series. {0}:</source>
        <translation>Эта публикация — часть серии. {0}:</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/common.py" line="39"/>
        <source>Only this one</source>
        <translation>Только эту</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/common.py" line="43"/>
        <source>This and the following</source>
        <translation>Эту и следующие</translation>
    </message>
    <message>
        <location filename="../../ui/schedule/common.py" line="47"/>
        <source>The whole series</source>
        <translation>Всю серию</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../ui/server_dialog.py" line="36"/>
        <location filename="../../ui/server_dialog.py" line="129"/>
        <source>Database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="43"/>
        <source>When several administrators work at once, the Centre&apos;s database lives on a PostgreSQL server. The address is remembered on this computer; the password is asked at every start and never saved.</source>
        <translation>Когда с базой работают сразу несколько администраторов, она хранится на сервере PostgreSQL. Адрес сервера запоминается на этом компьютере; пароль спрашивается при каждом запуске и нигде не сохраняется.</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="62"/>
        <source>asked when connecting if left empty</source>
        <translation>если не указан, будет спрошен при подключении</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="69"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="70"/>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="71"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="72"/>
        <source>&amp;User:</source>
        <translation>&amp;Пользователь:</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="73"/>
        <source>Pass&amp;word:</source>
        <translation>Паро&amp;ль:</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="77"/>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="81"/>
        <source>Forget the server</source>
        <translation>Забыть сервер</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="84"/>
        <source>From the next start, work with the database on this computer</source>
        <translation>Со следующего запуска работать с базой на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../ui/server_dialog.py" line="131"/>
        <source>The server is forgotten: from the next start Sferum Desk opens the database on this computer.</source>
        <translation>Сервер забыт: со следующего запуска программа откроет базу на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="89"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="90"/>
        <source>Orders</source>
        <translation>Приказы</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="91"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="92"/>
        <source>Invite links</source>
        <translation>Ссылки-приглашения</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="94"/>
        <source>Posts</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="96"/>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="100"/>
        <source>Program</source>
        <translation>Программа</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="103"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
</context>
<context>
    <name>SferumStateDialog</name>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="43"/>
        <source>Sferum: {0}</source>
        <translation>Сферум: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="51"/>
        <source>&amp;Invited</source>
        <translation>&amp;Приглашён(а)</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="52"/>
        <source>J&amp;oin request received</source>
        <translation>Получена &amp;заявка на вступление</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="53"/>
        <source>&amp;Joined</source>
        <translation>&amp;Вступил(а)</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="57"/>
        <source>&amp;Teacher status verified</source>
        <translation>&amp;Статус «Преподаватель» подтверждён</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="58"/>
        <source>&amp;Extra administrator</source>
        <translation>&amp;Дополнительный администратор</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="60"/>
        <source>&amp;Removed from Sferum</source>
        <translation>&amp;Удалён(а) из Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="78"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="81"/>
        <source>by the link:</source>
        <translation>по ссылке:</translation>
    </message>
    <message>
        <location filename="../../ui/people/sferum_dialog.py" line="93"/>
        <source>State: {0}</source>
        <translation>Состояние: {0}</translation>
    </message>
</context>
<context>
    <name>ShareBarChart</name>
    <message>
        <location filename="../../ui/charts.py" line="175"/>
        <source>below {0}</source>
        <translation>меньше {0}</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="176"/>
        <source>{0} to {1}</source>
        <translation>от {0} до {1}</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="177"/>
        <source>{0} and more</source>
        <translation>{0} и больше</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="188"/>
        <source>{0} of {1} ({2})</source>
        <translation>{0} из {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="200"/>
        <source>{0}: joined Sferum {1}</source>
        <translation>{0}: в Сферуме {1}</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="207"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>StructureEmptyState</name>
    <message>
        <location filename="../../ui/pages/structure_empty.py" line="23"/>
        <source>No associations or groups yet</source>
        <translation>Нет объединений и групп</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_empty.py" line="25"/>
        <source>Add an association to one of the six directions, then its groups: each group becomes a class in Sferum. Or import the list of students, and the associations and groups named in it are created.</source>
        <translation>Добавьте детское объединение в одну из шести направленностей, затем его группы — каждая группа станет классом в Сферуме. Или загрузите список обучающихся: объединения и группы из него создадутся сами.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_empty.py" line="30"/>
        <source>Add association…</source>
        <translation>Добавить объединение…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure_empty.py" line="31"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
</context>
<context>
    <name>StructureModel</name>
    <message>
        <location filename="../../ui/structure_model.py" line="32"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="33"/>
        <source>Study year</source>
        <translation>Год обучения</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="34"/>
        <source>Teacher</source>
        <translation>Педагог</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="35"/>
        <source>Academic year</source>
        <translation>Учебный год</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="36"/>
        <source>Planned size</source>
        <translation>Плановая наполняемость</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="37"/>
        <source>Enrolled</source>
        <translation>Зачислено</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="38"/>
        <source>Class name in Sferum</source>
        <translation>Название класса в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="39"/>
        <source>State in Sferum</source>
        <translation>Состояние в Сферуме</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="120"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="139"/>
        <source>Group {0}</source>
        <translation>Группа {0}</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="157"/>
        <source>Active staff: {0}, joined in Sferum: {1}</source>
        <translation>Работают сотрудников: {0}, вступили в Сферум: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/structure_model.py" line="172"/>
        <source>The name is typed by hand</source>
        <translation>Название задано вручную</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <location filename="../../ui/pages/structure.py" line="79"/>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="86"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="131"/>
        <source>Academic year:</source>
        <translation>Учебный год:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="420"/>
        <source>Archive</source>
        <translation>Архивировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="440"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="170"/>
        <source>Naming rule…</source>
        <translation>Правило именования…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="154"/>
        <source>Add a&amp;ssociation</source>
        <translation>&amp;Добавить объединение</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="156"/>
        <source>&amp;Add group</source>
        <translation>Добавить &amp;группу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="157"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="158"/>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="160"/>
        <source>&amp;Back to the rule</source>
        <translation>&amp;Вернуть к правилу</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="163"/>
        <source>Ar&amp;chive</source>
        <translation>&amp;Архивировать</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="166"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="172"/>
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="174"/>
        <source>Academic year rollover…</source>
        <translation>Переход на новый учебный год…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="200"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="215"/>
        <source> (current)</source>
        <translation> (текущий)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="226"/>
        <source>Groups: {0}</source>
        <translation>Групп: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="300"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="422"/>
        <source>Archive «{0}»? It stays in the database and in the reports of its year.</source>
        <translation>Отправить «{0}» в архив? Запись останется в базе и в отчётах своего учебного года.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/structure.py" line="441"/>
        <source>Delete «{0}» for good?</source>
        <translation>Удалить «{0}» безвозвратно?</translation>
    </message>
</context>
<context>
    <name>SupportPage</name>
    <message>
        <location filename="../../ui/support/page.py" line="66"/>
        <location filename="../../ui/support/page.py" line="82"/>
        <location filename="../../ui/support/page.py" line="94"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="67"/>
        <location filename="../../ui/support/page.py" line="97"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="69"/>
        <source>Resolved…</source>
        <translation>Решено…</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="71"/>
        <location filename="../../ui/support/page.py" line="100"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="85"/>
        <source>Answer templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="103"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="106"/>
        <source>Print…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="208"/>
        <source>Delete the record</source>
        <translation>Удаление записи</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="208"/>
        <source>Delete «{0}»?</source>
        <translation>Удалить «{0}»?</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="219"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="246"/>
        <source>Delete the template</source>
        <translation>Удаление шаблона</translation>
    </message>
    <message>
        <location filename="../../ui/support/page.py" line="247"/>
        <source>Delete the template «{0}»?</source>
        <translation>Удалить шаблон «{0}»?</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="61"/>
        <source>Sferum tasks</source>
        <translation>Задачи Сферума</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="64"/>
        <source>Search…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="69"/>
        <source>By person</source>
        <translation>По людям</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="70"/>
        <source>By class or chat</source>
        <translation>По классам и чатам</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="71"/>
        <source>Show done and cancelled</source>
        <translation>Показывать выполненные и отменённые</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="194"/>
        <source>No tasks yet</source>
        <translation>Задач пока нет</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="196"/>
        <source>Tasks appear when students and staff come, move or leave (Movement, import) and when a check finds something to fix in Sferum.</source>
        <translation>Задачи появляются, когда обучающиеся и сотрудники приходят, переходят или уходят (движение, импорт), и когда проверка находит, что исправить в Сферуме.</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="202"/>
        <source>All tasks are done</source>
        <translation>Все задачи выполнены</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="203"/>
        <source>Nothing to do in Sferum now. New tasks appear after movement.</source>
        <translation>Сейчас в Сферуме ничего делать не нужно. Новые задачи появятся после движения обучающихся и сотрудников.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/movement/tasks_page.py" line="306"/>
        <source>Cancel %n task(s)?</source>
        <translation>
            <numerusform>Отменить %n задачу?</numerusform>
            <numerusform>Отменить %n задачи?</numerusform>
            <numerusform>Отменить %n задач?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="33"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="34"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="35"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="37"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="40"/>
        <source>open: {0}, overdue: {1}</source>
        <translation>открыто: {0}, просрочено: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="103"/>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="105"/>
        <source>Cancel task</source>
        <translation>Отменить задачу</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="107"/>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="116"/>
        <source>Done on:</source>
        <translation>Дата выполнения:</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="147"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="36"/>
        <source>Class or chat</source>
        <translation>Класс или чат</translation>
    </message>
    <message>
        <location filename="../../ui/movement/task_list_model.py" line="39"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="187"/>
        <source>Shown {0} of {1}</source>
        <translation>Показано {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="291"/>
        <source>The tasks are not changed</source>
        <translation>Задачи не изменены</translation>
    </message>
    <message>
        <location filename="../../ui/movement/tasks_page.py" line="306"/>
        <source>Cancel tasks</source>
        <translation>Отмена задач</translation>
    </message>
</context>
<context>
    <name>TemplateDialog</name>
    <message>
        <location filename="../../ui/support/dialogs.py" line="233"/>
        <source>New answer template</source>
        <translation>Новый шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="241"/>
        <source>T&amp;itle:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../ui/support/dialogs.py" line="243"/>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../../ui/formatting.py" line="18"/>
        <source>Yes</source>
        <translation>Да</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="30"/>
        <source>not applicable</source>
        <translation>не применимо</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="32"/>
        <source>{0} KB</source>
        <translation>{0} КБ</translation>
    </message>
    <message>
        <location filename="../../ui/formatting.py" line="33"/>
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
    <message>
        <location filename="../../ui/pages/registers.py" line="67"/>
        <source>⚠ not found: {0}</source>
        <translation>⚠ не найден: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/registers.py" line="271"/>
        <source>{0} of {1}</source>
        <translation>{0} из {1}</translation>
    </message>
</context>
<context>
    <name>WeeklyColumnChart</name>
    <message>
        <location filename="../../ui/charts.py" line="335"/>
        <source>{0}, week of {1}: posts — {2}</source>
        <translation>{0}, неделя с {1}: публикаций — {2}</translation>
    </message>
    <message>
        <location filename="../../ui/charts.py" line="345"/>
        <source>No data</source>
        <translation>Нет данных</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../ui/welcome.py" line="48"/>
        <source>Welcome to Sferum Desk</source>
        <translation>Добро пожаловать в Sferum Desk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="53"/>
        <source>Sferum Desk</source>
        <translation>Sferum Desk</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="60"/>
        <source>The registry, planner and report desk of the Sferum administrator. There is no database of your Centre on this computer yet.</source>
        <translation>Реестр, планировщик и отчёты администратора ИКОП «Сферум». На этом компьютере ещё нет базы вашего Центра.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="67"/>
        <source>An empty database for your organisation; you start with its card.</source>
        <translation>Пустая база вашей организации; работа начинается с заполнения её карточки.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="74"/>
        <source>A made-up Centre with staff, students, invite links and posts to try everything on. It is kept apart from your real data.</source>
        <translation>Вымышленный Центр с сотрудниками, обучающимися, ссылками-приглашениями и публикациями, чтобы всё попробовать. Хранится отдельно от ваших настоящих данных.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="66"/>
        <source>Create &amp;the Centre&apos;s database</source>
        <translation>&amp;Создать базу Центра</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="72"/>
        <source>&amp;Open the demonstration Centre</source>
        <translation>&amp;Открыть демонстрационный Центр</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="81"/>
        <source>&amp;Connect to the Centre&apos;s server</source>
        <translation>&amp;Подключиться к серверу Центра</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="82"/>
        <source>The database is on a PostgreSQL server shared by several administrators.</source>
        <translation>База Центра хранится на сервере PostgreSQL, с ней работают несколько администраторов.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="141"/>
        <location filename="../../ui/welcome.py" line="150"/>
        <source>Creating the demonstration Centre…</source>
        <translation>Создаётся демонстрационный Центр…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="173"/>
        <source>Cancelled: the demonstration Centre was not created.</source>
        <translation>Отменено: демонстрационный Центр не создан.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="181"/>
        <source>The demonstration Centre was not created</source>
        <translation>Демонстрационный Центр не создан</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="182"/>
        <source>Creating the demonstration Centre failed: {0}</source>
        <translation>Не удалось создать демонстрационный Центр: {0}</translation>
    </message>
</context>
</TS>
