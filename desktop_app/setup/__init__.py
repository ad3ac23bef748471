"""The first-run setup's core: its controller and the events it reports (ui/wizard renders)."""
