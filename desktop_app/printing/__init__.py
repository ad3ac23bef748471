"""The print queue: jobs persisted before sending, a worker that sends and retries, backends."""
