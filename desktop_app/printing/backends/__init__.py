"""Print backends: the OS print system (CUPS via lp), a folder of PDF files, ESC/POS thermal."""
