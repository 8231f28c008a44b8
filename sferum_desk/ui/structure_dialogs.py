"""The association and group dialogs of the Структура page.

Each dialog is a form; OK calls the service in one transaction and stays open with the
Russian messages next to the fields when the service refuses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..data.engine import Database
from ..data.models import SferumClassState
from ..services import nomenclature
from ..services.nomenclature import AssociationForm, Choice, FormChoices, GroupForm
from ..services.organisation import ValidationError
from .form_widgets import ok_cancel_buttons, paint_error


def _combo(choices: tuple[Choice, ...], none_text: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none_text is not None:
        combo.addItem(none_text, None)
    for choice in choices:
        combo.addItem(choice.name, choice.id)
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    if index < 0 and value is not None:
        return
    combo.setCurrentIndex(max(index, 0))


def _spin(minimum: int, maximum: int, none_text: str | None = None) -> QSpinBox:
    """A spin box; with ``none_text`` its minimum means «not set»."""
    spin = QSpinBox()
    spin.setRange(minimum, maximum)
    if none_text is not None:
        spin.setSpecialValueText(none_text)
    return spin


def _spin_value(spin: QSpinBox) -> int | None:
    if spin.specialValueText() and spin.value() == spin.minimum():
        return None
    return spin.value()


class FormDialog(QDialog):
    """A QFormLayout with an error line under each field and OK/Cancel.

    Each subclass defines ``save()``: store the form, return the record's id, or raise
    ValidationError whose messages are shown next to the fields.
    """

    save: Callable[[], int]

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self._error_rows: dict[str, int] = {}
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.summary.setVisible(False)
        paint_error(self.summary)
        self.buttons = ok_cancel_buttons(self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("ok")
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.saved_id: int | None = None

    def add_field(self, name: str, label: str, editor: QWidget) -> None:
        editor.setObjectName(name)
        self.editors[name] = editor
        self.form.addRow(label + ":", editor)
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setWordWrap(True)
        paint_error(error)
        self.form.addRow("", error)
        self._error_rows[name] = self.form.rowCount() - 1
        self.form.setRowVisible(self.form.rowCount() - 1, False)
        self.errors[name] = error

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            message = errors.get(name, "")
            label.setText(message)
            self.form.setRowVisible(self._error_rows[name], bool(message))
        other = [text for name, text in errors.items() if name not in self.errors]
        self.summary.setText("\n".join(other))
        self.summary.setVisible(bool(other))
        first = next((name for name in self.editors if name in errors), None)
        if first is not None:
            self.editors[first].setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def accept(self) -> None:
        try:
            self.saved_id = self.save()
        except ValidationError as exc:
            self.show_errors(exc.errors)
            return
        super().accept()


class AssociationDialog(FormDialog):
    def __init__(
        self,
        db: Database,
        choices: FormChoices,
        association_id: int | None = None,
        direction_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("association_dialog")
        self.association_id = association_id
        self.setWindowTitle(
            self.tr("New association") if association_id is None else self.tr("Association")
        )
        self.name_edit = QLineEdit()
        self.direction_combo = _combo(choices.directions)
        self.head_combo = _combo(choices.staff, self.tr("— not set —"))
        self.programme_edit = QLineEdit()
        self.years_spin = _spin(0, 11, self.tr("not set"))
        self.age_from_spin = _spin(2, 21, self.tr("not set"))
        self.age_to_spin = _spin(2, 21, self.tr("not set"))
        self.note_edit = QLineEdit()
        self.add_field("name", self.tr("&Name"), self.name_edit)
        self.add_field("direction_id", self.tr("&Direction"), self.direction_combo)
        self.add_field("head_teacher_id", self.tr("&Head teacher"), self.head_combo)
        self.add_field("programme_name", self.tr("&Programme"), self.programme_edit)
        self.add_field("programme_years", self.tr("Programme &length, years"), self.years_spin)
        self.add_field("age_from", self.tr("Age &from"), self.age_from_spin)
        self.add_field("age_to", self.tr("&Age to"), self.age_to_spin)
        self.add_field("note", self.tr("N&ote"), self.note_edit)
        if association_id is not None:
            with db.session() as session:
                self.show_form(nomenclature.load_association(session, association_id))
        elif direction_id is not None:
            _select(self.direction_combo, direction_id)
        self.resize(560, self.sizeHint().height())

    def show_form(self, form: AssociationForm) -> None:
        self.name_edit.setText(form.name)
        _select(self.direction_combo, form.direction_id)
        if self.head_combo.findData(form.head_teacher_id) < 0 and form.head_teacher_id:
            self.head_combo.addItem(self.tr("(no longer works)"), form.head_teacher_id)
        _select(self.head_combo, form.head_teacher_id)
        self.programme_edit.setText(form.programme_name)
        self.years_spin.setValue(form.programme_years or 0)
        self.age_from_spin.setValue(form.age_from or 2)
        self.age_to_spin.setValue(form.age_to or 2)
        self.note_edit.setText(form.note)

    def association_form(self) -> AssociationForm:
        return AssociationForm(
            name=self.name_edit.text(),
            direction_id=self.direction_combo.currentData(),
            head_teacher_id=self.head_combo.currentData(),
            programme_name=self.programme_edit.text(),
            programme_years=_spin_value(self.years_spin),
            age_from=_spin_value(self.age_from_spin),
            age_to=_spin_value(self.age_to_spin),
            note=self.note_edit.text(),
        )

    def save(self) -> int:
        form = self.association_form()
        with self._db.transaction() as session:
            if self.association_id is None:
                return nomenclature.create_association(session, form).id
            return nomenclature.update_association(session, self.association_id, form).id


class GroupDialog(FormDialog):
    """A group of an association; for the «Учительская» only its state and note."""

    def __init__(
        self,
        db: Database,
        choices: FormChoices,
        group_id: int | None = None,
        association_id: int | None = None,
        academic_year_id: int | None = None,
        staff_room: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, parent)
        self.setObjectName("group_dialog")
        self.group_id = group_id
        self.setWindowTitle(self.tr("New group") if group_id is None else self.tr("Group"))
        self.association_combo = _combo(choices.associations)
        self.year_combo = QComboBox()
        for year in choices.years:
            self.year_combo.addItem(year.name, year.id)
        self.number_edit = QLineEdit()
        self.study_year_spin = _spin(1, 11)
        self.teacher_combo = _combo(choices.staff, self.tr("— not set —"))
        self.planned_spin = _spin(0, 999)
        self.state_combo = QComboBox()
        for state in SferumClassState:
            self.state_combo.addItem(state.label, state.value)
        self.manual_check = QCheckBox(self.tr("Type the class name &by hand"))
        self.manual_check.setObjectName("class_name_manual")
        self.class_name_edit = QLineEdit()
        self.class_name_edit.setPlaceholderText(self.tr("given by the naming rule"))
        self.class_name_edit.setEnabled(False)
        self.manual_check.toggled.connect(self._on_manual)
        self.note_edit = QLineEdit()
        self.add_field("association_id", self.tr("&Association"), self.association_combo)
        self.add_field("academic_year_id", self.tr("Academic &year"), self.year_combo)
        self.add_field("number", self.tr("&Group number"), self.number_edit)
        self.add_field("study_year", self.tr("&Study year"), self.study_year_spin)
        self.add_field("teacher_id", self.tr("&Teacher"), self.teacher_combo)
        self.add_field("planned_size", self.tr("&Planned size"), self.planned_spin)
        self.add_field("sferum_state", self.tr("State &in Sferum"), self.state_combo)
        self.form.addRow("", self.manual_check)
        self.add_field("class_name", self.tr("&Class name in Sferum"), self.class_name_edit)
        self.add_field("note", self.tr("&Note"), self.note_edit)
        self.staff_room = staff_room
        if group_id is not None:
            with db.session() as session:
                self.show_form(nomenclature.load_group(session, group_id))
        else:
            _select(self.association_combo, association_id)
            _select(self.year_combo, academic_year_id)
            self.planned_spin.setValue(15)
        if staff_room:
            for name in ("association_id", "academic_year_id", "number", "study_year"):
                self.form.setRowVisible(self.editors[name], False)
            for name in ("teacher_id", "planned_size", "class_name"):
                self.form.setRowVisible(self.editors[name], False)
            self.form.setRowVisible(self.manual_check, False)
        self.resize(560, self.sizeHint().height())

    @Slot(bool)
    def _on_manual(self, manual: bool) -> None:
        self.class_name_edit.setEnabled(manual)
        if manual:
            self.class_name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_form(self, form: GroupForm) -> None:
        if self.association_combo.findData(form.association_id) < 0 and form.association_id:
            self.association_combo.addItem(self.tr("(archived association)"), form.association_id)
        _select(self.association_combo, form.association_id)
        _select(self.year_combo, form.academic_year_id)
        self.number_edit.setText(form.number)
        self.study_year_spin.setValue(form.study_year or 1)
        if self.teacher_combo.findData(form.teacher_id) < 0 and form.teacher_id:
            self.teacher_combo.addItem(self.tr("(no longer works)"), form.teacher_id)
        _select(self.teacher_combo, form.teacher_id)
        self.planned_spin.setValue(form.planned_size or 0)
        _select(self.state_combo, SferumClassState(form.sferum_state).value)
        self.manual_check.setChecked(form.class_name_manual)
        self.class_name_edit.setText(form.class_name)
        self.class_name_edit.setEnabled(form.class_name_manual)
        self.note_edit.setText(form.note)

    def group_form(self) -> GroupForm:
        return GroupForm(
            association_id=self.association_combo.currentData(),
            academic_year_id=self.year_combo.currentData(),
            number=self.number_edit.text(),
            study_year=self.study_year_spin.value(),
            teacher_id=self.teacher_combo.currentData(),
            planned_size=self.planned_spin.value(),
            sferum_state=SferumClassState(self.state_combo.currentData()),
            class_name_manual=self.manual_check.isChecked(),
            class_name=self.class_name_edit.text() if self.manual_check.isChecked() else "",
            note=self.note_edit.text(),
        )

    def save(self) -> int:
        form = self.group_form()
        with self._db.transaction() as session:
            if self.group_id is None:
                return nomenclature.create_group(session, form).id
            return nomenclature.update_group(session, self.group_id, form).id
