"""Signature pads: wire protocols, probing, and the reader that keeps a pad connected."""
