"""The dossier, its meetings, notes, promises and sketches: plain Python, no Qt, no database."""
