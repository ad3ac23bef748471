"""The attendant's panel: status lights, progress, latest records and their actions."""
