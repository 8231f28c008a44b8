"""People: staff, students and parents — their cards, family links, Sferum state, consent."""
