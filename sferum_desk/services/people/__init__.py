"""People: staff, students and parents — their cards, family links, Sferum state, consent.

Modules: ``validation`` (field checks shared with the importer), ``cards`` (create, update,
delete, duplicates), ``detail`` (the detail panel's data), ``family`` (parent links),
``consent`` (152-ФЗ consent and anonymisation), ``sferum_state`` (membership steps),
``join_requests``, ``lookup`` (search as you type).
"""
