"""The signing's commit as a database-worker job: the flow's ``Commit`` in, a flow event out."""

from __future__ import annotations

from desktop_app.desk import flow as f
from desktop_app.desk.reads import lookup_identifier
from desktop_app.domain.errors import AlreadySigned, PaktaError
from desktop_app.services.signing import PledgeRequest, register_pledge
from desktop_app.storage.store import Store


def commit_signing(store: Store, command: f.Commit, image_png: bytes, operator: str) -> f.Event:
    """On the database worker: commit, and say how it went (as a flow event).

    Everything about the pledge comes from the command (what the attendee was shown), not
    from the desk's pledge now."""
    request = PledgeRequest(
        identifier=command.identifier,
        shown_text_sha256=command.text_sha256,
        consent_at=command.consent_at,
        signature=command.signature,
        image_png=image_png,
        operator=operator,
        ceremony_id=command.ceremony_id,
        resign_reason=command.resign_reason,
        record_id=command.record_id,
        consent_method=command.consent_method,
        pledge_shown_at=command.pledge_shown_at,
        template_id=command.template_id,
        timezone=command.timezone,
    )
    try:
        record = register_pledge(store, request)
    except AlreadySigned as exc:
        signed = lookup_identifier(store, command.identifier, command.ceremony_id)
        return f.CommitFailed(command.token, str(exc), already_signed=signed)
    except PaktaError as exc:
        return f.CommitFailed(command.token, str(exc))
    return f.CommitDone(command.token, record)
