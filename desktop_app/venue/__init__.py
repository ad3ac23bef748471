"""The venue as one system: a hub on one desk, the other desks joined to it (docs/venue.md)."""
