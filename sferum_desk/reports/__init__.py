"""Printable and exported documents: Excel (openpyxl) and PDF/print (QtGui, no widgets)."""
