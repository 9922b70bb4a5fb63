"""The dossier across its evenings: the overview window, the stakeholders, the menu commands."""
