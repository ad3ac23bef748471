<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>AlreadySignedPage</name>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="64" />
      <source>You have already signed</source>
      <translation>You have already signed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="65" />
      <source>Reason to sign again (attendant)</source>
      <translation>Reason to sign again (attendant)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="66" />
      <source>Sign again</source>
      <translation>Sign again</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="67" />
      <source>Reprint receipt…</source>
      <translation>Reprint receipt…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="68" />
      <source>Done (Esc)</source>
      <translation>Done (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="80" />
      <source>Already signed at %1, %2</source>
      <translation>Already signed at %1, %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="81" />
      <source>another ceremony</source>
      <translation>another ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="87" />
      <source>Signed at %1 at %2</source>
      <translation>Signed at %1 at %2</translation>
    </message>
  </context>
  <context>
    <name>AttendeeScreen</name>
    <message>
      <location filename="../../ui/attendee_screen.py" line="39" />
      <source>Pakta Station — attendee screen</source>
      <translation>Pakta Station — attendee screen</translation>
    </message>
  </context>
  <context>
    <name>BigScreen</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="174" />
      <source>Pakta Station — venue screen</source>
      <translation>Pakta Station — venue screen</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="185" />
      <source>Waiting for the venue hub…</source>
      <translation>Waiting for the venue hub…</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="189" />
      <source>The venue hub does not answer; showing the last figures</source>
      <translation>The venue hub does not answer; showing the last figures</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="195" />
      <source>{0} · {1} desks · updated {2}</source>
      <translation>{0} · {1} desks · updated {2}</translation>
    </message>
  </context>
  <context>
    <name>BusyPage</name>
    <message>
      <location filename="../../ui/pages/busy.py" line="26" />
      <source>Saving your signature…</source>
      <translation>Saving your signature…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/busy.py" line="28" />
      <source>Looking up your data…</source>
      <translation>Looking up your data…</translation>
    </message>
  </context>
  <context>
    <name>CeremonyPage</name>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="33" />
      <source>Ceremony and roster</source>
      <translation>Ceremony and roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="35" />
      <source>Import the roster file you received, or take the ceremony from the server.</source>
      <translation>Import the roster file you received, or take the ceremony from the server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="37" />
      <source>New ceremony with a roster file (CSV or Excel)</source>
      <translation>New ceremony with a roster file (CSV or Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="38" />
      <source>Take the ceremony from the central server</source>
      <translation>Take the ceremony from the central server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="60" />
      <source>Ikrar Netralitas ASN ...</source>
      <translation>Ikrar Netralitas ASN ...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="69" />
      <source>Choose file...</source>
      <translation>Choose file...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="71" />
      <source>Import roster</source>
      <translation>Import roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="78" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="79" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="80" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="81" />
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="82" />
      <source>Roster file</source>
      <translation>Roster file</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="93" />
      <source>Connect and take ceremonies</source>
      <translation>Connect and take ceremonies</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="100" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="101" />
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="103" />
      <source>Ceremony</source>
      <translation>Ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="116" />
      <source>Rosters (*.csv *.xlsx)</source>
      <translation>Rosters (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="126" />
      <source>the ceremony needs a title</source>
      <translation>the ceremony needs a title</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="127" />
      <source>the ceremony needs a venue</source>
      <translation>the ceremony needs a venue</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="128" />
      <source>the date is not valid</source>
      <translation>the date is not valid</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="130" />
      <source>choose the roster file</source>
      <translation>choose the roster file</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="131" />
      <source>Not yet</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="133" />
      <source>Importing the roster...</source>
      <translation>Importing the roster...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="153" />
      <source>The chosen rows were not added</source>
      <translation>The chosen rows were not added</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="157" />
      <source>The server could not be reached</source>
      <translation>The server could not be reached</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="163" />
      <source>the file cannot be opened</source>
      <translation>the file cannot be opened</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="164" />
      <source>the file is not a CSV or Excel roster</source>
      <translation>the file is not a CSV or Excel roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="165" />
      <source>no header row found: the file needs a Nama column and a NIP column</source>
      <translation>no header row found: the file needs a Nama column and a NIP column</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="168" />
      <source>the file is too large for a roster</source>
      <translation>the file is too large for a roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="169" />
      <source>an old Excel (.xls) or password-protected workbook: save it as .xlsx or CSV UTF-8 without a password</source>
      <translation>an old Excel (.xls) or password-protected workbook: save it as .xlsx or CSV UTF-8 without a password</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="173" />
      <source>row %1 opens a quote (") that is not closed, so the rows after it would be lost: fix that row and import again</source>
      <translation>row %1 opens a quote (") that is not closed, so the rows after it would be lost: fix that row and import again</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="178" />
      <source>the file was not imported</source>
      <translation>the file was not imported</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="179" />
      <source>The roster was not imported</source>
      <translation>The roster was not imported</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="184" />
      <source>%1 attendees imported, %2 rows refused (listed below)</source>
      <translation>%1 attendees imported, %2 rows refused (listed below)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="186" />
      <source>%1 attendees imported</source>
      <translation>%1 attendees imported</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="196" />
      <source>Adding the chosen rows...</source>
      <translation>Adding the chosen rows...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="202" />
      <source>enter the server address and the code from the organiser</source>
      <translation>enter the server address and the code from the organiser</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="205" />
      <source>Connecting to the server...</source>
      <translation>Connecting to the server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="210" />
      <source>ceremonies and rosters taken from the server</source>
      <translation>ceremonies and rosters taken from the server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="211" />
      <source>no answer: check the address and the network</source>
      <translation>no answer: check the address and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="212" />
      <source>the server refused the code: ask the organiser for a new one</source>
      <translation>the server refused the code: ask the organiser for a new one</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="213" />
      <source>check the address, the code and the network</source>
      <translation>check the address, the code and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="216" />
      <source>Connected</source>
      <translation>Connected</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="150" />
      <source>Close the ceremony</source>
      <translation>Close the ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="152" />
      <source>Close this ceremony? The PPK and a witness (e.g. Bawaslu) sign the closing statement on the pad; after that this desk takes no more signings for this ceremony. Enter the operator PIN to show the statement.</source>
      <translation>Close this ceremony? The PPK and a witness (e.g. Bawaslu) sign the closing statement on the pad; after that this desk takes no more signings for this ceremony. Enter the operator PIN to show the statement.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="158" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="159" />
      <source>Show the statement</source>
      <translation>Show the statement</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="160" />
      <source>Clear the signature</source>
      <translation>Clear the signature</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="161" />
      <source>Confirm the signature</source>
      <translation>Confirm the signature</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="162" />
      <source>I agree to this statement</source>
      <translation>I agree to this statement</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="171" />
      <source>Type the operator PIN.</source>
      <translation>Type the operator PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="194" />
      <source>Wrong PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="198" />
      <source>The ceremony cannot be closed now: finish the attendee in progress, or it is already closed.</source>
      <translation>The ceremony cannot be closed now: finish the attendee in progress, or it is already closed.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="227" />
      <source>Consent given. Now sign on the pad (in the box below only when no pad works).</source>
      <translation>Consent given. Now sign on the pad (in the box below only when no pad works).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="229" />
      <source>The signer reads the statement above and consents by their own act: a tick in the pad's consent box, or a press on the button below.</source>
      <translation>The signer reads the statement above and consents by their own act: a tick in the pad's consent box, or a press on the button below.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="248" />
      <source>Close</source>
      <translation>Close</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="248" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="257" />
      <source>1 of 2: the PPK signs</source>
      <translation>1 of 2: the PPK signs</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="257" />
      <source>2 of 2: the witness signs</source>
      <translation>2 of 2: the witness signs</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="262" />
      <source>NIP / ID (optional)</source>
      <translation>NIP / ID (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="262" />
      <source>Institution</source>
      <translation>Institution</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="274" />
      <source>Closing statement: %1, %2, %3</source>
      <translation>Closing statement: %1, %2, %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="278" />
      <source>Expected %1 · signed %2 · not present %3</source>
      <translation>Expected %1 · signed %2 · not present %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="282" />
      <source>Re-signed %1 · voided %2 · flagged duplicates %3</source>
      <translation>Re-signed %1 · voided %2 · flagged duplicates %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="289" />
      <source>Per desk: %1</source>
      <translation>Per desk: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="292" />
      <source>This desk's chain: record %1, hash %2…</source>
      <translation>This desk's chain: record %1, hash %2…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="297" />
      <source>Last server anchor: record %1</source>
      <translation>Last server anchor: record %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="299" />
      <source>No server anchor yet (this desk never synced).</source>
      <translation>No server anchor yet (this desk never synced).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="305" />
      <source>The signer has not consented yet.</source>
      <translation>The signer has not consented yet.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="306" />
      <source>Type the signer's name and position or institution.</source>
      <translation>Type the signer's name and position or institution.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="307" />
      <source>The signature is empty or too small: sign again.</source>
      <translation>The signature is empty or too small: sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="308" />
      <source>The pad works: the signer signs on the pad.</source>
      <translation>The pad works: the signer signs on the pad.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="309" />
      <source>The ceremony was not closed; nothing was written.</source>
      <translation>The ceremony was not closed; nothing was written.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="314" />
      <source>The ceremony was NOT closed and nothing was written. Start again to sign the current statement.</source>
      <translation>The ceremony was NOT closed and nothing was written. Start again to sign the current statement.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="318" />
      <source>The ceremony is closed. The berita acara was saved and sent to the printer.</source>
      <translation>The ceremony is closed. The berita acara was saved and sent to the printer.</translation>
    </message>
  </context>
  <context>
    <name>CounterView</name>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="63" />
      <source>%1 of %2 expected have signed, at this desk and the others known here</source>
      <translation>%1 of %2 expected have signed, at this desk and the others known here</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="70" />
      <source>done</source>
      <translation>done</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="76" />
      <source>%1 h %2 m</source>
      <translation>%1 h %2 m</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="77" />
      <source>%1 m</source>
      <translation>%1 m</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="80" />
      <source>this desk</source>
      <translation>this desk</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="81" />
      <source>all desks / expected</source>
      <translation>all desks / expected</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="82" />
      <source>per hour</source>
      <translation>per hour</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="83" />
      <source>time left (est.)</source>
      <translation>time left (est.)</translation>
    </message>
  </context>
  <context>
    <name>DemoAid</name>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Demo (simulated devices)</source>
      <translation>Demo (simulated devices)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="66" />
      <source>New badge (F5)</source>
      <translation>New badge (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="67" />
      <source>Pen signature on the pad (F8)</source>
      <translation>Pen signature on the pad (F8)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="68" />
      <source>Tick “I agree” on the pad (F2)</source>
      <translation>Tick “I agree” on the pad (F2)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="69" />
      <source>Signed (F6)</source>
      <translation>Signed (F6)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="70" />
      <source>Unknown (F7)</source>
      <translation>Unknown (F7)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="71" />
      <source>Unplug pad</source>
      <translation>Unplug pad</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="71" />
      <source>Plug pad in</source>
      <translation>Plug pad in</translation>
    </message>
  </context>
  <context>
    <name>DeskVenue</name>
    <message>
      <location filename="../../ui/operator/venue_menu.py" line="115" />
      <source>Join a venue…</source>
      <translation>Join a venue…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_menu.py" line="116" />
      <source>Big screen of the venue</source>
      <translation>Big screen of the venue</translation>
    </message>
  </context>
  <context>
    <name>DeskWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Pakta Station — registration desk</source>
      <translation>Pakta Station — registration desk</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="46" />
      <source>Devices</source>
      <translation>Devices</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="48" />
      <source>Connect the signature pad, the badge scanner and the printer, then test each.</source>
      <translation>Connect the signature pad, the badge scanner and the printer, then test each.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="64" />
      <source>Pad ready</source>
      <translation>Pad ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="64" />
      <source>Pad not found</source>
      <translation>Pad not found</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="67" />
      <source>Badge read</source>
      <translation>Badge read</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="67" />
      <source>Badge not read</source>
      <translation>Badge not read</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="73" />
      <source>Printer ready</source>
      <translation>Printer ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="74" />
      <source>Printer not ready</source>
      <translation>Printer not ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="98" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="99" />
      <source>No pad: sign on the screen</source>
      <translation>No pad: sign on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="102" />
      <source>Test pad</source>
      <translation>Test pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="107" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="112" />
      <source>Badge scanner</source>
      <translation>Badge scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="116" />
      <source>USB scanner (types like a keyboard)</source>
      <translation>USB scanner (types like a keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="117" />
      <source>Serial scanner</source>
      <translation>Serial scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="118" />
      <source>Laptop camera</source>
      <translation>Laptop camera</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="129" />
      <source>click here and scan a badge from the roster</source>
      <translation>click here and scan a badge from the roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="133" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="134" />
      <source>Serial port</source>
      <translation>Serial port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="135" />
      <source>Test scan</source>
      <translation>Test scan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="148" />
      <source>Receipt printer</source>
      <translation>Receipt printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="151" />
      <source>Save receipts as PDF files</source>
      <translation>Save receipts as PDF files</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="154" />
      <source>Test printer</source>
      <translation>Test printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="159" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Looking for the pad...</source>
      <translation>Looking for the pad...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Asking the printer...</source>
      <translation>Asking the printer...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="181" />
      <source>signatures are written on the screen</source>
      <translation>signatures are written on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="182" />
      <source>the pad answers</source>
      <translation>the pad answers</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="183" />
      <source>no pad answered on this port</source>
      <translation>no pad answered on this port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="184" />
      <source>this port cannot be opened (in use, or unplugged)</source>
      <translation>this port cannot be opened (in use, or unplugged)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="185" />
      <source>ready to print</source>
      <translation>ready to print</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="186" />
      <source>the printer cannot print now</source>
      <translation>the printer cannot print now</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="187" />
      <source>no printer of this name on this laptop</source>
      <translation>no printer of this name on this laptop</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="188" />
      <source>choose a printer, or save receipts as PDF files</source>
      <translation>choose a printer, or save receipts as PDF files</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="189" />
      <source>nothing was scanned</source>
      <translation>nothing was scanned</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="190" />
      <source>on the roster</source>
      <translation>on the roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="191" />
      <source>not on this ceremony's roster</source>
      <translation>not on this ceremony's roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="192" />
      <source>this is not a badge of this ceremony</source>
      <translation>this is not a badge of this ceremony</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../ui/pages/done.py" line="53" />
      <source>Thank you! Your pledge is signed.</source>
      <translation>Thank you! Your pledge is signed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="54" />
      <source>Your receipt is being printed.</source>
      <translation>Your receipt is being printed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="55" />
      <source>The next attendee can scan now.</source>
      <translation>The next attendee can scan now.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="56" />
      <source>Print the receipt again…</source>
      <translation>Print the receipt again…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="64" />
      <source>Record no. %1 at %2</source>
      <translation>Record no. %1 at %2</translation>
    </message>
  </context>
  <context>
    <name>EmployeeCard</name>
    <message>
      <location filename="../../ui/pages/employee_card.py" line="39" />
      <source>Walk-in: flagged for the organiser's review</source>
      <translation>Walk-in: flagged for the organiser's review</translation>
    </message>
  </context>
  <context>
    <name>ErrorPage</name>
    <message>
      <location filename="../../ui/pages/error.py" line="32" />
      <source>Not saved yet</source>
      <translation>Not saved yet</translation>
    </message>
    <message>
      <location filename="../../ui/pages/error.py" line="33" />
      <source>Try again (Enter)</source>
      <translation>Try again (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/error.py" line="34" />
      <source>Discard and cancel (Esc)</source>
      <translation>Discard and cancel (Esc)</translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="67" />
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="68" />
      <source>Check the choices below, then press Finish to open the desk.</source>
      <translation>Check the choices below, then press Finish to open the desk.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="81" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>Desk name</source>
      <translation>Desk name</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="84" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="84" />
      <source>set</source>
      <translation>set</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="85" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="85" />
      <source>on the screen</source>
      <translation>on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="86" />
      <source>Badge scanner</source>
      <translation>Badge scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="87" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="88" />
      <source>Central server</source>
      <translation>Central server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="88" />
      <source>not enrolled (offline)</source>
      <translation>not enrolled (offline)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="101" />
      <source>USB scanner (types like a keyboard)</source>
      <translation>USB scanner (types like a keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="102" />
      <source>Serial scanner</source>
      <translation>Serial scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="104" />
      <source>Laptop camera</source>
      <translation>Laptop camera</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="111" />
      <source>Saving...</source>
      <translation>Saving...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="121" />
      <source>The settings were not saved</source>
      <translation>The settings were not saved</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="49" />
      <source>Pakta Station - first setup</source>
      <translation>Pakta Station - first setup</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="51" />
      <source>&lt; Back</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="52" />
      <source>Next &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="53" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="54" />
      <source>Skip for now</source>
      <translation>Skip for now</translation>
    </message>
  </context>
  <context>
    <name>GuardedActions</name>
    <message>
      <location filename="../../ui/operator/guarded.py" line="76" />
      <source>Void a record</source>
      <translation>Void a record</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="77" />
      <source>Void the record of %1? This adds a void record; nothing is deleted.</source>
      <translation>Void the record of %1? This adds a void record; nothing is deleted.</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="81" />
      <source>Void record</source>
      <translation>Void record</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="88" />
      <source>Print a copy of the receipt of %1? The copy is marked as a copy and the reason is recorded.</source>
      <translation>Print a copy of the receipt of %1? The copy is marked as a copy and the reason is recorded.</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="92" />
      <source>this attendee</source>
      <translation>this attendee</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="94" />
      <source>Reprint a receipt</source>
      <translation>Reprint a receipt</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="96" />
      <source>Print the copy</source>
      <translation>Print the copy</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/pages/identity.py" line="40" />
      <source>Your data</source>
      <translation>Your data</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="41" />
      <source>Is this you? Please check your name, NIP and unit.</source>
      <translation>Is this you? Please check your name, NIP and unit.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="42" />
      <source>Yes, this is me (Enter)</source>
      <translation>Yes, this is me (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="43" />
      <source>Not me (Esc)</source>
      <translation>Not me (Esc)</translation>
    </message>
  </context>
  <context>
    <name>IkrarPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="59" />
      <source>Text version {0} · SHA-256 {1}…</source>
      <translation>Text version {0} · SHA-256 {1}…</translation>
    </message>
  </context>
  <context>
    <name>NotFoundPage</name>
    <message>
      <location filename="../../ui/pages/not_found.py" line="81" />
      <source>Type a name or NIP: results appear as you type</source>
      <translation>Type a name or NIP: results appear as you type</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="82" />
      <source>Choose this person (Enter)</source>
      <translation>Choose this person (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="83" />
      <source>Not on the roster: register (F4)</source>
      <translation>Not on the roster: register (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="84" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="86" />
      <source>No one found yet. Type at least 2 letters of the name or NIP digits.</source>
      <translation>No one found yet. Type at least 2 letters of the name or NIP digits.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="101" />
      <source>Please wait a moment</source>
      <translation>Please wait a moment</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="102" />
      <source>The attendant is looking up your data.</source>
      <translation>The attendant is looking up your data.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="104" />
      <source>Search the roster</source>
      <translation>Search the roster</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="110" />
      <source>The ceremony is closed</source>
      <translation>The ceremony is closed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="110" />
      <source>We are sorry</source>
      <translation>We are sorry</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="130" />
      <source>already signed, %1 at %2</source>
      <translation>already signed, %1 at %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="135" />
      <source>not signed yet</source>
      <translation>not signed yet</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../ui/operator/panel.py" line="118" />
      <source>Latest records</source>
      <translation>Latest records</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="119" />
      <source>Progress by unit</source>
      <translation>Progress by unit</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="120" />
      <source>Search name/NIP (F3)</source>
      <translation>Search name/NIP (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="121" />
      <source>Walk-in (F4)</source>
      <translation>Walk-in (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="122" />
      <source>Settings (F9)</source>
      <translation>Settings (F9)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="123" />
      <source>Attendee screen (F11)</source>
      <translation>Attendee screen (F11)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="124" />
      <source>Close the ceremony…</source>
      <translation>Close the ceremony…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="125" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="126" />
      <source>Mute the result sounds</source>
      <translation>Mute the result sounds</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="30" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="31" />
      <source>Enter the operator PIN to open the settings.</source>
      <translation>Enter the operator PIN to open the settings.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="34" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="36" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="53" />
      <source>Type the PIN first.</source>
      <translation>Type the PIN first.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="67" />
      <source>Wrong PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
  </context>
  <context>
    <name>PinTexts</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="135" />
      <source>Choose an operator PIN.</source>
      <translation>Choose an operator PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="136" />
      <source>The PIN must be at least %1 digits, digits only.</source>
      <translation>The PIN must be at least %1 digits, digits only.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="139" />
      <source>The two PINs are not the same. Type them again.</source>
      <translation>The two PINs are not the same. Type them again.</translation>
    </message>
  </context>
  <context>
    <name>PledgePage</name>
    <message>
      <location filename="../../ui/pages/pledge.py" line="69" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="86" />
      <source>Signing again. Reason: %1</source>
      <translation>Signing again. Reason: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="91" />
      <source>The attendee agrees on their screen</source>
      <translation>The attendee agrees on their screen</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="95" />
      <source>I agree (%1)</source>
      <translation>I agree (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="97" />
      <source>Please read the pledge. You can agree in %1 s.</source>
      <translation>Please read the pledge. You can agree in %1 s.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="101" />
      <source>I agree (Saya setuju)</source>
      <translation>I agree (Saya setuju)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="103" />
      <source>To agree, tap “I agree” or tick the box at the bottom of the pad.</source>
      <translation>To agree, tap “I agree” or tick the box at the bottom of the pad.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="105" />
      <source>To agree, tap “I agree”.</source>
      <translation>To agree, tap “I agree”.</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="120" />
      <source>of {0} have signed</source>
      <translation>of {0} have signed</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="123" />
      <source>{0} signings a minute</source>
      <translation>{0} signings a minute</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="125" />
      <source>Everyone has signed</source>
      <translation>Everyone has signed</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="127" />
      <source>Queue end: after the first signings</source>
      <translation>Queue end: after the first signings</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="130" />
      <source>Queue ends in about {0} min</source>
      <translation>Queue ends in about {0} min</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="138" />
      <source>{0} other units</source>
      <translation>{0} other units</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="50" />
      <source>%1 of %2 signed</source>
      <translation>%1 of %2 signed</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="66" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="66" />
      <source>Signed</source>
      <translation>Signed</translation>
    </message>
  </context>
  <context>
    <name>ReadyPage</name>
    <message>
      <location filename="../../ui/pages/ready.py" line="53" />
      <source>Welcome. Please scan your badge.</source>
      <translation>Welcome. Please scan your badge.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="54" />
      <source>Hold the QR code of your badge under the scanner.</source>
      <translation>Hold the QR code of your badge under the scanner.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="56" />
      <source>No badge? Type a name or NIP: results appear as you type (F3)</source>
      <translation>No badge? Type a name or NIP: results appear as you type (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="58" />
      <source>Register an attendee not on the roster (F4)</source>
      <translation>Register an attendee not on the roster (F4)</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="43" />
      <source>Reason (required)</source>
      <translation>Reason (required)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="45" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="48" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="75" />
      <source>A reason is required.</source>
      <translation>A reason is required.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="79" />
      <source>Type the operator PIN.</source>
      <translation>Type the operator PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="94" />
      <source>Wrong PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="98" />
      <source>This could not be done; nothing was changed.</source>
      <translation>This could not be done; nothing was changed.</translation>
    </message>
  </context>
  <context>
    <name>ReceiptVerdictPage</name>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="82" />
      <source>Receipt of a signed pledge</source>
      <translation>Receipt of a signed pledge</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="83" />
      <source>Done (Esc)</source>
      <translation>Done (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="101" />
      <source>NIP %1</source>
      <translation>NIP %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="103" />
      <source>Signed %1</source>
      <translation>Signed %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="105" />
      <source>at %1</source>
      <translation>at %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="110" />
      <source>Valid: proof of a cancellation</source>
      <translation>Valid: proof of a cancellation</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="112" />
      <source>Valid</source>
      <translation>Valid</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="113" />
      <source>Voided</source>
      <translation>Voided</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="114" />
      <source>Superseded by a later signing</source>
      <translation>Superseded by a later signing</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="115" />
      <source>Not valid</source>
      <translation>Not valid</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="116" />
      <source>Not checked</source>
      <translation>Not checked</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="121" />
      <source>The record is genuine, but this QR points to %1, not to the organiser's page: a phone scanning it would not reach the organiser's check.</source>
      <translation>The record is genuine, but this QR points to %1, not to the organiser's page: a phone scanning it would not reach the organiser's check.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="127" />
      <source>This receipt was sealed by a registration desk of this ceremony and has not been changed. Compare the name and time above with the paper.</source>
      <translation>This receipt was sealed by a registration desk of this ceremony and has not been changed. Compare the name and time above with the paper.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="132" />
      <source>This pledge was cancelled after it was signed.</source>
      <translation>This pledge was cancelled after it was signed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="134" />
      <source>The attendee signed again later; this receipt is replaced.</source>
      <translation>The attendee signed again later; this receipt is replaced.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="136" />
      <source>The desk could not check the receipt just now. Scan it again.</source>
      <translation>The desk could not check the receipt just now. Scan it again.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="139" />
      <source>This receipt was sealed by a desk this station does not know. Check it with a phone (scan the QR) or at the organiser's desk.</source>
      <translation>This receipt was sealed by a desk this station does not know. Check it with a phone (scan the QR) or at the organiser's desk.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="144" />
      <source>The digital seal does not match: this receipt is forged or was changed.</source>
      <translation>The digital seal does not match: this receipt is forged or was changed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="147" />
      <source>The code is damaged or is not a Pakta receipt.</source>
      <translation>The code is damaged or is not a Pakta receipt.</translation>
    </message>
  </context>
  <context>
    <name>RecentView</name>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="157" />
      <source>Time (%1)</source>
      <translation>Time (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="158" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="158" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="159" />
      <source>Reprint…</source>
      <translation>Reprint…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="160" />
      <source>Void…</source>
      <translation>Void…</translation>
    </message>
  </context>
  <context>
    <name>RejectedRows</name>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Row</source>
      <translation>Row</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Problem</source>
      <translation>Problem</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Fix</source>
      <translation>Fix</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="129" />
      <source>A NIP in two rows: choose the row that is the right person.</source>
      <translation>A NIP in two rows: choose the row that is the right person.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="131" />
      <source>Use the chosen rows</source>
      <translation>Use the chosen rows</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="149" />
      <source>(neither: both stay refused)</source>
      <translation>(neither: both stay refused)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="153" />
      <source>row %1: %2</source>
      <translation>row %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RosterWords</name>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="32" />
      <source>name</source>
      <translation>name</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="33" />
      <source>rank</source>
      <translation>rank</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="34" />
      <source>position</source>
      <translation>position</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="35" />
      <source>unit</source>
      <translation>unit</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="36" />
      <source>agency</source>
      <translation>agency</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="40" />
      <source>The name is empty.</source>
      <translation>The name is empty.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="40" />
      <source>Fill in the Nama column of this row.</source>
      <translation>Fill in the Nama column of this row.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="42" />
      <source>The %1 is longer than 300 characters.</source>
      <translation>The %1 is longer than 300 characters.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="45" />
      <source>Shorten it in the file.</source>
      <translation>Shorten it in the file.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="48" />
      <source>The NIP was stored as a number and lost digits.</source>
      <translation>The NIP was stored as a number and lost digits.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="49" />
      <source>Format the NIP column as Text in Excel, then type the NIP again.</source>
      <translation>Format the NIP column as Text in Excel, then type the NIP again.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="53" />
      <source>The NIP %1 has characters other than digits.</source>
      <translation>The NIP %1 has characters other than digits.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="54" />
      <source>Keep only the 18 digits (spaces are fine).</source>
      <translation>Keep only the 18 digits (spaces are fine).</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="58" />
      <source>The NIP %1 does not have 18 digits.</source>
      <translation>The NIP %1 does not have 18 digits.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="59" />
      <source>Check the NIP against the staff record: it has exactly 18 digits.</source>
      <translation>Check the NIP against the staff record: it has exactly 18 digits.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="63" />
      <source>The NIP %1 is not a valid NIP (birth date, gender or year).</source>
      <translation>The NIP %1 is not a valid NIP (birth date, gender or year).</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="66" />
      <source>Check the NIP against the staff record.</source>
      <translation>Check the NIP against the staff record.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="70" />
      <source>There is no NIP and no other ID.</source>
      <translation>There is no NIP and no other ID.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="71" />
      <source>Fill in the NIP, or the ID Lain column for someone without a NIP.</source>
      <translation>Fill in the NIP, or the ID Lain column for someone without a NIP.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="75" />
      <source>The other ID %1 is not usable.</source>
      <translation>The other ID %1 is not usable.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="76" />
      <source>Use 3 to 40 letters, digits or dashes.</source>
      <translation>Use 3 to 40 letters, digits or dashes.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="80" />
      <source>The same NIP is also in row %1.</source>
      <translation>The same NIP is also in row %1.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="81" />
      <source>Choose below which row is the right person.</source>
      <translation>Choose below which row is the right person.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="85" />
      <source>The same NIP: row %1 was chosen instead.</source>
      <translation>The same NIP: row %1 was chosen instead.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="86" />
      <source>Nothing to do, unless the wrong row was chosen.</source>
      <translation>Nothing to do, unless the wrong row was chosen.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="88" />
      <source>Correct the row in the file and import again.</source>
      <translation>Correct the row in the file and import again.</translation>
    </message>
  </context>
  <context>
    <name>ScreenSigningButton</name>
    <message>
      <location filename="../../ui/widgets/screen_signing.py" line="31" />
      <source>The pad is not working: sign on the screen instead</source>
      <translation>The pad is not working: sign on the screen instead</translation>
    </message>
  </context>
  <context>
    <name>ServerPage</name>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="17" />
      <source>Central server (optional)</source>
      <translation>Central server (optional)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="19" />
      <source>With a server, signed pledges are sent on their own whenever the network is there. Without one, the desk works offline; you can enrol later.</source>
      <translation>With a server, signed pledges are sent on their own whenever the network is there. Without one, the desk works offline; you can enrol later.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="29" />
      <source>Enrol this desk</source>
      <translation>Enrol this desk</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="34" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="35" />
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="41" />
      <source>enter the server address and the code from the organiser</source>
      <translation>enter the server address and the code from the organiser</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="42" />
      <source>Not yet</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="44" />
      <source>Connecting to the server...</source>
      <translation>Connecting to the server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="52" />
      <source>Not enrolled</source>
      <translation>Not enrolled</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="56" />
      <source>this desk sends its records to the server</source>
      <translation>this desk sends its records to the server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="57" />
      <source>no answer: check the address and the network</source>
      <translation>no answer: check the address and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="58" />
      <source>the server refused the code: ask the organiser for a new one</source>
      <translation>the server refused the code: ask the organiser for a new one</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="59" />
      <source>check the address, the code and the network</source>
      <translation>check the address, the code and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="61" />
      <source>Enrolled</source>
      <translation>Enrolled</translation>
    </message>
  </context>
  <context>
    <name>SetPinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="79" />
      <source>Set the operator PIN</source>
      <translation>Set the operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="81" />
      <source>This desk has no operator PIN yet. Choose one now: it protects the settings, voiding and reprinting. Use at least %1 digits and keep it with the attendants.</source>
      <translation>This desk has no operator PIN yet. Choose one now: it protects the settings, voiding and reprinting. Use at least %1 digits and keep it with the attendants.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="89" />
      <source>New PIN</source>
      <translation>New PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="90" />
      <source>The same PIN again</source>
      <translation>The same PIN again</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="91" />
      <source>Save the PIN</source>
      <translation>Save the PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="93" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="54" />
      <source>Desk settings</source>
      <translation>Desk settings</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="58" />
      <source>name of the attendant</source>
      <translation>name of the attendant</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="76" />
      <source>automatic</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="77" />
      <source>Wacom ISDV4</source>
      <translation>Wacom ISDV4</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="78" />
      <source>Topaz</source>
      <translation>Topaz</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="82" />
      <source>Test pad</source>
      <translation>Test pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="93" />
      <source>USB scanner as keyboard</source>
      <translation>USB scanner as keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="94" />
      <source>serial scanner (lines)</source>
      <translation>serial scanner (lines)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="95" />
      <source>serial scanner (Zebra SSI)</source>
      <translation>serial scanner (Zebra SSI)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="96" />
      <source>camera</source>
      <translation>camera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="103" />
      <source>print queue, or folder:/path for PDF files</source>
      <translation>print queue, or folder:/path for PDF files</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="106" />
      <source>A5 sheet</source>
      <translation>A5 sheet</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="107" />
      <source>A4 sheet</source>
      <translation>A4 sheet</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="108" />
      <source>80 mm roll</source>
      <translation>80 mm roll</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="112" />
      <source>Print a receipt after each signing</source>
      <translation>Print a receipt after each signing</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="116" />
      <source>leave empty to keep the PIN</source>
      <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="118" />
      <source>the new PIN again</source>
      <translation>the new PIN again</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="127" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="129" />
      <source>Station name</source>
      <translation>Station name</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="130" />
      <source>Attendant on duty</source>
      <translation>Attendant on duty</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="131" />
      <source>Active ceremony</source>
      <translation>Active ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="132" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="133" />
      <source>New operator PIN</source>
      <translation>New operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="134" />
      <source>New PIN again</source>
      <translation>New PIN again</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="135" />
      <source>Devices</source>
      <translation>Devices</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="140" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="141" />
      <source>Pad protocol</source>
      <translation>Pad protocol</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="143" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="144" />
      <source>Scanner port</source>
      <translation>Scanner port</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="145" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="146" />
      <source>Printing and server</source>
      <translation>Printing and server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="148" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="149" />
      <source>Receipt layout</source>
      <translation>Receipt layout</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="151" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="152" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="154" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="89" />
      <source>By signing here I declare that I have taken the pledge read aloud together and agree to keep it.</source>
      <translation>By signing here I declare that I have taken the pledge read aloud together and agree to keep it.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="95" />
      <source>Sign in the white area with pen, finger or mouse.</source>
      <translation>Sign in the white area with pen, finger or mouse.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="96" />
      <source>Redo (Ulangi)</source>
      <translation>Redo (Ulangi)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="97" />
      <source>Confirm signature (Enter)</source>
      <translation>Confirm signature (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="98" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="106" />
      <source>Please sign in the white area</source>
      <translation>Please sign in the white area</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="108" />
      <source>Please sign on the pad</source>
      <translation>Please sign on the pad</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="17" />
      <source>Welcome to Pakta Station</source>
      <translation>Welcome to Pakta Station</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="19" />
      <source>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</source>
      <translation>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="26" />
      <source>for example: Meja 1 - Pintu Utara</source>
      <translation>for example: Meja 1 - Pintu Utara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="30" />
      <source>The name is printed on every receipt and shown on the organiser's screen.</source>
      <translation>The name is printed on every receipt and shown on the organiser's screen.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="41" />
      <source>Desk name</source>
      <translation>Desk name</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="43" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="44" />
      <source>PIN again</source>
      <translation>PIN again</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="55" />
      <source>This desk has a PIN already; type a new one only to change it.</source>
      <translation>This desk has a PIN already; type a new one only to change it.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="57" />
      <source>The PIN protects the settings, voiding and reprinting.</source>
      <translation>The PIN protects the settings, voiding and reprinting.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="59" />
      <source>Type the same PIN again.</source>
      <translation>Type the same PIN again.</translation>
    </message>
  </context>
  <context>
    <name>StatusLights</name>
    <message>
      <location filename="../../ui/operator/status_lights.py" line="67" />
      <source>Devices</source>
      <translation>Devices</translation>
    </message>
  </context>
  <context>
    <name>Texts</name>
    <message>
      <location filename="../../ui/texts.py" line="17" />
      <source>With your signature this desk keeps how the pen moved (its timing and pressure), encrypted and only as proof of this signing; it is erased when the ceremony's retention period ends.</source>
      <translation>With your signature this desk keeps how the pen moved (its timing and pressure), encrypted and only as proof of this signing; it is erased when the ceremony's retention period ends.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="27" />
      <source>A badge was scanned while this attendee is in progress; it was ignored.</source>
      <translation>A badge was scanned while this attendee is in progress; it was ignored.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="31" />
      <source>Signature cleared. Please sign again.</source>
      <translation>Signature cleared. Please sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="39" />
      <source>The signature pad was disconnected. Reconnect it, then press Redo.</source>
      <translation>The signature pad was disconnected. Reconnect it, then press Redo.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="41" />
      <source>Please read the pledge to the end first, then agree.</source>
      <translation>Please read the pledge to the end first, then agree.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="43" />
      <source>The signature pad is not working. Please wait: the attendant will reconnect it or choose signing on the screen.</source>
      <translation>The signature pad is not working. Please wait: the attendant will reconnect it or choose signing on the screen.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="48" />
      <source>No ceremony is active on this desk. Choose one in the settings.</source>
      <translation>No ceremony is active on this desk. Choose one in the settings.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="56" />
      <source>The signing was left unfinished for too long; its signature was discarded.</source>
      <translation>The signing was left unfinished for too long; its signature was discarded.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="58" />
      <source>The walk-in form was left for too long and closed; no one was registered.</source>
      <translation>The walk-in form was left for too long and closed; no one was registered.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="60" />
      <source>No one signed for too long; the signing was closed. Nothing was recorded.</source>
      <translation>No one signed for too long; the signing was closed. Nothing was recorded.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="61" />
      <source>The attendee did not continue; the desk is ready again. Nothing was recorded.</source>
      <translation>The attendee did not continue; the desk is ready again. Nothing was recorded.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="66" />
      <source>The pad was disconnected during the signature. Please press Redo and sign again.</source>
      <translation>The pad was disconnected during the signature. Please press Redo and sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="70" />
      <source>There is no signature yet. Please sign first.</source>
      <translation>There is no signature yet. Please sign first.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="71" />
      <source>The signature is too short or too small. Please press Redo and sign again.</source>
      <translation>The signature is too short or too small. Please press Redo and sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="76" />
      <source>The database is busy. Nothing was saved yet; press Try again.</source>
      <translation>The database is busy. Nothing was saved yet; press Try again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="77" />
      <source>The signature could not be saved. Nothing was recorded; press Try again.</source>
      <translation>The signature could not be saved. Nothing was recorded; press Try again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="82" />
      <source>This NIP is already on the roster: use the search instead.</source>
      <translation>This NIP is already on the roster: use the search instead.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="84" />
      <source>The NIP is not valid (18 digits).</source>
      <translation>The NIP is not valid (18 digits).</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="86" />
      <source>Please fill in the name.</source>
      <translation>Please fill in the name.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="87" />
      <source>The attendee could not be registered.</source>
      <translation>The attendee could not be registered.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="93" />
      <source>This badge is not genuine or was altered; please see the attendant.</source>
      <translation>This badge is not genuine or was altered; please see the attendant.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="97" />
      <source>Signing has ended: this ceremony is closed. Thank you.</source>
      <translation>Signing has ended: this ceremony is closed. Thank you.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="99" />
      <source>The database is busy. Please scan again.</source>
      <translation>The database is busy. Please scan again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="101" />
      <source>Your name is not yet on the list of attendees; please see the attendant.</source>
      <translation>Your name is not yet on the list of attendees; please see the attendant.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="102" />
      <source>The badge could not be read. Please scan again or see the attendant.</source>
      <translation>The badge could not be read. Please scan again or see the attendant.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="107" />
      <source>Pad</source>
      <translation>Pad</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="108" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="109" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="110" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="111" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="117" />
      <source>connecting</source>
      <translation>connecting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="118" />
      <source>connected</source>
      <translation>connected</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="119" />
      <source>no reply</source>
      <translation>no reply</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="120" />
      <source>not found</source>
      <translation>not found</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="121" />
      <source>disconnected</source>
      <translation>disconnected</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="122" />
      <source>reconnecting</source>
      <translation>reconnecting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="123" />
      <source>stopped</source>
      <translation>stopped</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="124" />
      <source>not used</source>
      <translation>not used</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="125" />
      <source>USB, as keyboard</source>
      <translation>USB, as keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="126" />
      <source>camera</source>
      <translation>camera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="143" />
      <source>%1 waiting</source>
      <translation>%1 waiting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="145" />
      <source>synced</source>
      <translation>synced</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="146" />
      <source>syncing</source>
      <translation>syncing</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="147" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="148" />
      <source>not joined</source>
      <translation>not joined</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="149" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="150" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="158" />
      <source>no printer chosen</source>
      <translation>no printer chosen</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="160" />
      <source>%1 failed</source>
      <translation>%1 failed</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="162" />
      <source>%1 in queue</source>
      <translation>%1 in queue</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="163" />
      <source>ready</source>
      <translation>ready</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="168" />
      <source>The scanner sent unreadable characters: check its keyboard layout.</source>
      <translation>The scanner sent unreadable characters: check its keyboard layout.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="169" />
      <source>Reprint queued.</source>
      <translation>Reprint queued.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="170" />
      <source>The receipt could not be queued for printing.</source>
      <translation>The receipt could not be queued for printing.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="171" />
      <source>The record was voided.</source>
      <translation>The record was voided.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="172" />
      <source>Settings open only on the ready screen: finish this attendee.</source>
      <translation>Settings open only on the ready screen: finish this attendee.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="173" />
      <source>Set an operator PIN first: it protects settings, void and reprint.</source>
      <translation>Set an operator PIN first: it protects settings, void and reprint.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="174" />
      <source>The record could not be voided.</source>
      <translation>The record could not be voided.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="175" />
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="176" />
      <source>The settings could not be saved.</source>
      <translation>The settings could not be saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="177" />
      <source>New PIN saved.</source>
      <translation>New PIN saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="178" />
      <source>The PIN must be at least 4 digits.</source>
      <translation>The PIN must be at least 4 digits.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="179" />
      <source>The simulated scanner is not connected.</source>
      <translation>The simulated scanner is not connected.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="180" />
      <source>Something went wrong; it was logged. The desk keeps working.</source>
      <translation>Something went wrong; it was logged. The desk keeps working.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="181" />
      <source>The ceremony is being closed: badges are not taken now.</source>
      <translation>The ceremony is being closed: badges are not taken now.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="182" />
      <source>The ceremony could not be closed; nothing was written.</source>
      <translation>The ceremony could not be closed; nothing was written.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="183" />
      <source>This desk joined the venue hub; the venue's ceremony is active.</source>
      <translation>This desk joined the venue hub; the venue's ceremony is active.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="184" />
      <source>That was a venue hub's QR: open Venue → Join a venue to join it.</source>
      <translation>That was a venue hub's QR: open Venue → Join a venue to join it.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="185" />
      <source>A venue hub's QR was read incompletely: scan it again.</source>
      <translation>A venue hub's QR was read incompletely: scan it again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="186" />
      <source>The big screen shows the venue hub: join a venue first.</source>
      <translation>The big screen shows the venue hub: join a venue first.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="192" />
      <source>signed</source>
      <translation>signed</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="193" />
      <source>signed again</source>
      <translation>signed again</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="194" />
      <source>voided</source>
      <translation>voided</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="195" />
      <source>closing signature</source>
      <translation>closing signature</translation>
    </message>
  </context>
  <context>
    <name>VenueHostBox</name>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="35" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="36" />
      <source>Make this desk the venue hub</source>
      <translation>Make this desk the venue hub</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="43" />
      <source>One-time code (15 minutes, once):</source>
      <translation>One-time code (15 minutes, once):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="53" />
      <source>New code</source>
      <translation>New code</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="90" />
      <source>The other desks join from their menu Venue → Join a venue: they scan this QR or type the code. The hub stops when this desk closes.</source>
      <translation>The other desks join from their menu Venue → Join a venue: they scan this QR or type the code. The hub stops when this desk closes.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="97" />
      <source>The desks of the venue share their signings through one desk, the hub.</source>
      <translation>The desks of the venue share their signings through one desk, the hub.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="107" />
      <source>Starting the venue hub…</source>
      <translation>Starting the venue hub…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="110" />
      <source>Stopping the venue hub…</source>
      <translation>Stopping the venue hub…</translation>
    </message>
  </context>
  <context>
    <name>VenueJoinDialog</name>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="41" />
      <source>Join a venue</source>
      <translation>Join a venue</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="43" />
      <source>Choose the venue hub found on this network, or scan the QR shown on the hub desk with the badge scanner or the camera. Then type the one-time code shown there. This desk then takes the venue's ceremony, pledge and roster.</source>
      <translation>Choose the venue hub found on this network, or scan the QR shown on the hub desk with the badge scanner or the camera. Then type the one-time code shown there. This desk then takes the venue's ceremony, pledge and roster.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="58" />
      <source>Search again</source>
      <translation>Search again</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="63" />
      <source>for example 192.168.1.20:8765</source>
      <translation>for example 192.168.1.20:8765</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="68" />
      <source>for example K7QD-M2PX</source>
      <translation>for example K7QD-M2PX</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="70" />
      <source>Join</source>
      <translation>Join</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="72" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="79" />
      <source>Hub address</source>
      <translation>Hub address</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="80" />
      <source>One-time code</source>
      <translation>One-time code</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="86" />
      <source>Hubs found on this network</source>
      <translation>Hubs found on this network</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="99" />
      <source>Looking for venue hubs on this network…</source>
      <translation>Looking for venue hubs on this network…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="115" />
      <source>Hubs found: %1</source>
      <translation>Hubs found: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="120" />
      <source>No hub found. Type its address, or scan the QR shown on the hub desk.</source>
      <translation>No hub found. Type its address, or scan the QR shown on the hub desk.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="148" />
      <source>Joining the venue hub…</source>
      <translation>Joining the venue hub…</translation>
    </message>
  </context>
  <context>
    <name>VenueTexts</name>
    <message>
      <location filename="../../ui/venue/texts.py" line="20" />
      <source>Type the one-time code shown on the hub desk (for example K7QD-M2PX).</source>
      <translation>Type the one-time code shown on the hub desk (for example K7QD-M2PX).</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="21" />
      <source>Choose a hub from the list, or type its address (for example 192.168.1.20:8765).</source>
      <translation>Choose a hub from the list, or type its address (for example 192.168.1.20:8765).</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="25" />
      <source>The hub refused this code: it is wrong or was already used. Ask the hub desk for a new code.</source>
      <translation>The hub refused this code: it is wrong or was already used. Ask the hub desk for a new code.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="29" />
      <source>This code has expired (codes live 15 minutes). Ask the hub desk for a new code.</source>
      <translation>This code has expired (codes live 15 minutes). Ask the hub desk for a new code.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="32" />
      <source>The hub does not answer at this address. Check that both laptops are on the same network and that the hub desk is on.</source>
      <translation>The hub does not answer at this address. Check that both laptops are on the same network and that the hub desk is on.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="36" />
      <source>Choose the active ceremony first: the hub shares it with the desks.</source>
      <translation>Choose the active ceremony first: the hub shares it with the desks.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="37" />
      <source>The venue hub could not start on this desk. See the desk's log.</source>
      <translation>The venue hub could not start on this desk. See the desk's log.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="38" />
      <source>The venue action failed.</source>
      <translation>The venue action failed.</translation>
    </message>
  </context>
  <context>
    <name>VenueTotalsView</name>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="85" />
      <source>Hub unreachable since %1</source>
      <translation>Hub unreachable since %1</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="88" />
      <source>Connecting to the venue hub %1…</source>
      <translation>Connecting to the venue hub %1…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="91" />
      <source>Venue: %1/%2 signed · hub reachable</source>
      <translation>Venue: %1/%2 signed · hub reachable</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="111" />
      <source>(away)</source>
      <translation>(away)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="116" />
      <source>Figures as of %1: </source>
      <translation>Figures as of %1: </translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="118" />
      <source>⚑ %1 signed at two desks (both kept)</source>
      <translation>⚑ %1 signed at two desks (both kept)</translation>
    </message>
  </context>
  <context>
    <name>WalkInPage</name>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="64" />
      <source>Please wait a moment</source>
      <translation>Please wait a moment</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="65" />
      <source>The attendant is registering you.</source>
      <translation>The attendant is registering you.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="67" />
      <source>Register an attendee not on the roster</source>
      <translation>Register an attendee not on the roster</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="68" />
      <source>The record will be flagged for the organiser's review.</source>
      <translation>The record will be flagged for the organiser's review.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="69" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="70" />
      <source>NIP (18 digits) or ID</source>
      <translation>NIP (18 digits) or ID</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="71" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="72" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="73" />
      <source>Register and continue (Enter)</source>
      <translation>Register and continue (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="74" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
  </context>
</TS>
