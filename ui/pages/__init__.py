"""The desk's pages: one per state of the core desk flow, each only rendering a snapshot."""
