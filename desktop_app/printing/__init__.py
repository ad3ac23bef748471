"""The print queue: jobs persisted before sending, a worker that sends and retries, backends.

Entry points for the desk, the CLI and rehearsals:

* ``queue.receipt_signed(store, record_id)`` after a pledge is committed (obeys auto-print);
  ``queue.enqueue_receipt(..., reprint=True)`` for an audited reprint; ``queue.enqueue_file``
  for badge sheets and reports; ``queue.move_jobs`` when a printer breaks.
* ``worker.PrintWorker(store, on_change=...)``: ``start()`` at desk start, ``wake()`` after
  enqueueing, ``stop()`` at exit; ``run_once()`` does one pass synchronously.
* ``queue.queue_summary(store)`` / ``queue.list_jobs(store)``: what the attendant sees.
* ``targets.backend_for(spec)``: a printer spec (CUPS queue, folder, ``escpos:...``) to its
  backend; ``backend.check()`` tells whether it can print now. ui/ may pass its own backend
  (a QPrinter adapter) through ``PrintWorker(resolve=...)``.
"""
