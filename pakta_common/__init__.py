"""What the station and the central server share, and nothing else: the sync wire format, the
record's canonical form and hash chain, keys and seals, safe spreadsheet cells, and files written
whole. Qt-free and device-free: the server installs it without the desk's libraries."""
