"""Sync with the central server: wire schema, client, outbox, enrolment, worker."""
