"""The Qt-free desk controller: the desk flow, its commands on worker threads, an event bus."""
