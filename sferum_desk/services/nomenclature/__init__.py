"""Nomenclature: create, change, move, archive and delete associations and groups.

Each function is one job inside the caller's transaction (``Database.transaction()``) and
raises :class:`~sferum_desk.services.organisation.ValidationError` with Russian messages per
field. Nothing that is referred to is ever deleted: the message says what refers to it, and
archiving is the way out. The «Учительская» can be neither deleted, renamed nor archived.
The naming rule of the classes is in :mod:`sferum_desk.services.naming`.
"""

from .associations import (
    archive_association,
    create_association,
    delete_association,
    load_association,
    rename_association,
    restore_association,
    update_association,
)
from .common import (
    AssociationForm,
    GroupForm,
    get_association,
    get_group,
    plural,
    staff_room,
    staff_room_summary,
)
from .groups import (
    archive_group,
    create_group,
    delete_group,
    group_references,
    load_group,
    move_group,
    rename_group,
    reset_class_name,
    restore_group,
    update_group,
)
from .listing import (
    AssociationNode,
    Choice,
    DirectionNode,
    ExportRow,
    FormChoices,
    GroupNode,
    NomenclatureExport,
    StructureTree,
    YearChoice,
    academic_years,
    export_rows,
    find_academic_year,
    form_choices,
    structure_tree,
)

__all__ = [
    "AssociationNode",
    "Choice",
    "FormChoices",
    "form_choices",
    "DirectionNode",
    "ExportRow",
    "GroupNode",
    "NomenclatureExport",
    "StructureTree",
    "YearChoice",
    "academic_years",
    "export_rows",
    "find_academic_year",
    "structure_tree",
    "AssociationForm",
    "GroupForm",
    "archive_association",
    "archive_group",
    "create_association",
    "create_group",
    "delete_association",
    "delete_group",
    "get_association",
    "get_group",
    "group_references",
    "load_association",
    "load_group",
    "move_group",
    "plural",
    "rename_association",
    "rename_group",
    "reset_class_name",
    "restore_association",
    "restore_group",
    "staff_room",
    "staff_room_summary",
    "update_association",
    "update_group",
]
