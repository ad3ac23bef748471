"""Badge scanners on serial ports (CR/LF lines, Zebra SSI) and the camera decoder."""
