"""The register inside the municipality in the window: colleagues, departments, planned works."""
