"""The room's big screen (pakta venue screen)."""
