"""Small dialogs of the desk: operator PIN, settings, a reason for a void."""
