"""Helpers shared by the converter's passes: line shapes, names, dates, markers, page
furniture, header-line shapes. Passes import helpers; helpers never import a pass."""
