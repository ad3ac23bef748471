"""The print queue's table: a job is stored before it is sent, so no receipt is lost."""

from __future__ import annotations

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop_app.storage.models import Base

# pending: waiting to be sent (or retried); sending: a worker has it; sent: accepted by a
# spooler that is still printing it; done; failed: cannot be printed as asked (kept, can be
# retried); cancelled.
JOB_STATES = ("pending", "sending", "sent", "done", "failed", "cancelled")
OPEN_STATES = ("pending", "sending", "sent")  # still on their way to paper


class PrintJob(Base):
    __tablename__ = "print_job"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # receipt | reprint | file
    record_id: Mapped[str | None] = mapped_column(String(36), nullable=True)
    layout: Mapped[str] = mapped_column(String(16), default="a5")
    file_path: Mapped[str] = mapped_column(Text, default="")  # for kind == "file"
    title: Mapped[str] = mapped_column(String(200), default="")
    printer: Mapped[str] = mapped_column(String(500))  # target spec (printing.targets)
    copies: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    next_try_at: Mapped[str] = mapped_column(String(32))
    backend_job: Mapped[str] = mapped_column(String(120), default="")
    operator: Mapped[str] = mapped_column(String(120), default="")
    done_at: Mapped[str | None] = mapped_column(String(32), nullable=True)
    __table_args__ = (
        Index("ix_print_job_status", "status", "next_try_at"),
        Index("ix_print_job_record", "record_id"),
    )
