<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
  <context>
    <name>AlreadySignedPage</name>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="47" />
      <source>Already signed</source>
      <translation>Already signed</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="48" />
      <source>Reason to sign again (attendant)</source>
      <translation>Reason to sign again (attendant)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="49" />
      <source>Sign again</source>
      <translation>Sign again</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="50" />
      <source>Reprint receipt</source>
      <translation>Reprint receipt</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="51" />
      <source>Done (Esc)</source>
      <translation>Done (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="59" />
      <source>Signed at %1 at desk %2.</source>
      <translation>Signed at %1 at desk %2.</translation>
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
      <location filename="../../ui/venue/screen.py" line="172" />
      <source>Pakta Station — venue screen</source>
      <translation>Pakta Station — venue screen</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="183" />
      <source>Waiting for the venue hub…</source>
      <translation>Waiting for the venue hub…</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="187" />
      <source>The venue hub does not answer; showing the last figures</source>
      <translation>The venue hub does not answer; showing the last figures</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="193" />
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
      <location filename="../../ui/wizard/ceremony_page.py" line="39" />
      <source>Ceremony and roster</source>
      <translation>Ceremony and roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="41" />
      <source>Import the roster file you received, or take the ceremony from the server.</source>
      <translation>Import the roster file you received, or take the ceremony from the server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="43" />
      <source>New ceremony with a roster file (CSV or Excel)</source>
      <translation>New ceremony with a roster file (CSV or Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="44" />
      <source>Take the ceremony from the central server</source>
      <translation>Take the ceremony from the central server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="62" />
      <source>Ikrar Netralitas ASN ...</source>
      <translation>Ikrar Netralitas ASN ...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="71" />
      <source>Choose file...</source>
      <translation>Choose file...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="73" />
      <source>Import roster</source>
      <translation>Import roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="80" />
      <source>Title</source>
      <translation>Title</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="81" />
      <source>Date</source>
      <translation>Date</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="82" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="83" />
      <source>Organiser</source>
      <translation>Organiser</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="84" />
      <source>Roster file</source>
      <translation>Roster file</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="95" />
      <source>Connect and take ceremonies</source>
      <translation>Connect and take ceremonies</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="102" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="103" />
      <source>Enrolment code</source>
      <translation>Enrolment code</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="105" />
      <source>Ceremony</source>
      <translation>Ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="117" />
      <source>Rosters (*.csv *.xlsx)</source>
      <translation>Rosters (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="127" />
      <source>the ceremony needs a title</source>
      <translation>the ceremony needs a title</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="128" />
      <source>the ceremony needs a venue</source>
      <translation>the ceremony needs a venue</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="129" />
      <source>the date is not valid</source>
      <translation>the date is not valid</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="131" />
      <source>choose the roster file</source>
      <translation>choose the roster file</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="132" />
      <source>Not yet</source>
      <translation>Not yet</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="142" />
      <source>Importing the roster...</source>
      <translation>Importing the roster...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="149" />
      <source>The roster was not imported</source>
      <translation>The roster was not imported</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="154" />
      <source>%1 attendees imported, %2 rows rejected</source>
      <translation>%1 attendees imported, %2 rows rejected</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="163" />
      <source>enter the server address and the code from the organiser</source>
      <translation>enter the server address and the code from the organiser</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="166" />
      <source>Connecting to the server...</source>
      <translation>Connecting to the server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="171" />
      <source>The server could not be reached</source>
      <translation>The server could not be reached</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="175" />
      <source>ceremonies and rosters taken from the server</source>
      <translation>ceremonies and rosters taken from the server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="176" />
      <source>check the address, the code and the network</source>
      <translation>check the address, the code and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="179" />
      <source>Connected</source>
      <translation>Connected</translation>
    </message>
  </context>
  <context>
    <name>DemoAid</name>
    <message>
      <location filename="../../ui/demo_aid.py" line="60" />
      <source>Demo (simulated devices)</source>
      <translation>Demo (simulated devices)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="61" />
      <source>New badge (F5)</source>
      <translation>New badge (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="62" />
      <source>Pen signature on the pad (F8)</source>
      <translation>Pen signature on the pad (F8)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="63" />
      <source>Signed (F6)</source>
      <translation>Signed (F6)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="64" />
      <source>Unknown (F7)</source>
      <translation>Unknown (F7)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Unplug pad</source>
      <translation>Unplug pad</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Plug pad in</source>
      <translation>Plug pad in</translation>
    </message>
  </context>
  <context>
    <name>DeskWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>Pakta Station — registration desk</source>
      <translation>Pakta Station — registration desk</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="55" />
      <source>Devices</source>
      <translation>Devices</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="57" />
      <source>Connect the signature pad, the badge scanner and the printer, then test each.</source>
      <translation>Connect the signature pad, the badge scanner and the printer, then test each.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="85" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="86" />
      <source>No pad: sign on the screen</source>
      <translation>No pad: sign on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="89" />
      <source>Test pad</source>
      <translation>Test pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="94" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="99" />
      <source>Badge scanner</source>
      <translation>Badge scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="103" />
      <source>USB scanner that types (keyboard)</source>
      <translation>USB scanner that types (keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="104" />
      <source>Serial scanner</source>
      <translation>Serial scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="105" />
      <source>Laptop camera</source>
      <translation>Laptop camera</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="116" />
      <source>click here and scan a badge from the roster</source>
      <translation>click here and scan a badge from the roster</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="120" />
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="121" />
      <source>Serial port</source>
      <translation>Serial port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="122" />
      <source>Test scan</source>
      <translation>Test scan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="135" />
      <source>Receipt printer</source>
      <translation>Receipt printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="138" />
      <source>Save receipts as PDF files</source>
      <translation>Save receipts as PDF files</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="141" />
      <source>Test printer</source>
      <translation>Test printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="146" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="152" />
      <source>Looking for the pad...</source>
      <translation>Looking for the pad...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="156" />
      <source>Pad ready</source>
      <translation>Pad ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="156" />
      <source>Pad not found</source>
      <translation>Pad not found</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Badge read</source>
      <translation>Badge read</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Badge not read</source>
      <translation>Badge not read</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="168" />
      <source>Asking the printer...</source>
      <translation>Asking the printer...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Printer ready</source>
      <translation>Printer ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Printer not ready</source>
      <translation>Printer not ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="184" />
      <source>signatures are written on the screen</source>
      <translation>signatures are written on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="185" />
      <source>the pad answers</source>
      <translation>the pad answers</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="186" />
      <source>no pad answered on this port</source>
      <translation>no pad answered on this port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="187" />
      <source>ready to print</source>
      <translation>ready to print</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="188" />
      <source>the printer cannot print now</source>
      <translation>the printer cannot print now</translation>
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
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../ui/pages/done.py" line="34" />
      <source>Thank you! Your pledge is signed.</source>
      <translation>Thank you! Your pledge is signed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="35" />
      <source>Your receipt is being printed.</source>
      <translation>Your receipt is being printed.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="36" />
      <source>The next attendee can scan now.</source>
      <translation>The next attendee can scan now.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="37" />
      <source>Print the receipt again</source>
      <translation>Print the receipt again</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="45" />
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
      <location filename="../../ui/wizard/finish_pages.py" line="63" />
      <source>Ready</source>
      <translation>Ready</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="64" />
      <source>Check the choices below, then press Finish to open the desk.</source>
      <translation>Check the choices below, then press Finish to open the desk.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="77" />
      <source>(none)</source>
      <translation>(none)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="79" />
      <source>Desk name</source>
      <translation>Desk name</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="80" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="80" />
      <source>on the screen</source>
      <translation>on the screen</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="81" />
      <source>Badge scanner</source>
      <translation>Badge scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="82" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>Central server</source>
      <translation>Central server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>not enrolled (offline)</source>
      <translation>not enrolled (offline)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="96" />
      <source>USB scanner that types (keyboard)</source>
      <translation>USB scanner that types (keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="97" />
      <source>Serial scanner</source>
      <translation>Serial scanner</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="99" />
      <source>Laptop camera</source>
      <translation>Laptop camera</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="107" />
      <source>Saving...</source>
      <translation>Saving...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="113" />
      <source>The settings were not saved</source>
      <translation>The settings were not saved</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="45" />
      <source>Pakta Station - first setup</source>
      <translation>Pakta Station - first setup</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="47" />
      <source>&lt; Back</source>
      <translation>&lt; Back</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="48" />
      <source>Next &gt;</source>
      <translation>Next &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="49" />
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="50" />
      <source>Skip for now</source>
      <translation>Skip for now</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/pages/identity.py" line="33" />
      <source>Your data</source>
      <translation>Your data</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="34" />
      <source>Is this you? Please check your name, NIP and unit.</source>
      <translation>Is this you? Please check your name, NIP and unit.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="35" />
      <source>Yes, this is me (Enter)</source>
      <translation>Yes, this is me (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="36" />
      <source>Not me (Esc)</source>
      <translation>Not me (Esc)</translation>
    </message>
  </context>
  <context>
    <name>IkrarPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="57" />
      <source>Text version {0} · SHA-256 {1}…</source>
      <translation>Text version {0} · SHA-256 {1}…</translation>
    </message>
  </context>
  <context>
    <name>NotFoundPage</name>
    <message>
      <location filename="../../ui/pages/not_found.py" line="60" />
      <source>Name or NIP</source>
      <translation>Name or NIP</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="61" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="62" />
      <source>Choose this person</source>
      <translation>Choose this person</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="63" />
      <source>Not on the roster: register (F4)</source>
      <translation>Not on the roster: register (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="64" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="71" />
      <source>Search the roster</source>
      <translation>Search the roster</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="74" />
      <source>Badge not recognised</source>
      <translation>Badge not recognised</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="87" />
      <source>No one found yet. Type at least 2 letters of the name or NIP digits.</source>
      <translation>No one found yet. Type at least 2 letters of the name or NIP digits.</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../ui/operator/panel.py" line="93" />
      <source>Latest records</source>
      <translation>Latest records</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="94" />
      <source>Progress</source>
      <translation>Progress</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="95" />
      <source>Search name/NIP (F3)</source>
      <translation>Search name/NIP (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="96" />
      <source>Walk-in (F4)</source>
      <translation>Walk-in (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="97" />
      <source>Settings (F9)</source>
      <translation>Settings (F9)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="98" />
      <source>Attendee screen (F11)</source>
      <translation>Attendee screen (F11)</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="22" />
      <source>Operator PIN</source>
      <translation>Operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="23" />
      <source>Enter the operator PIN to open the settings.</source>
      <translation>Enter the operator PIN to open the settings.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="30" />
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="32" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="55" />
      <source>Wrong PIN.</source>
      <translation>Wrong PIN.</translation>
    </message>
  </context>
  <context>
    <name>PledgePage</name>
    <message>
      <location filename="../../ui/pages/pledge.py" line="40" />
      <source>I agree (Saya setuju)</source>
      <translation>I agree (Saya setuju)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="41" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="51" />
      <source>Signing again. Reason: %1</source>
      <translation>Signing again. Reason: %1</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="118" />
      <source>of {0} have signed</source>
      <translation>of {0} have signed</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="121" />
      <source>{0} signings a minute</source>
      <translation>{0} signings a minute</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="123" />
      <source>Everyone has signed</source>
      <translation>Everyone has signed</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="125" />
      <source>Queue end: after the first signings</source>
      <translation>Queue end: after the first signings</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="128" />
      <source>Queue ends in about {0} min</source>
      <translation>Queue ends in about {0} min</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="136" />
      <source>{0} other units</source>
      <translation>{0} other units</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="49" />
      <source>%1 of %2 signed</source>
      <translation>%1 of %2 signed</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="65" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="65" />
      <source>Signed</source>
      <translation>Signed</translation>
    </message>
  </context>
  <context>
    <name>ReadyPage</name>
    <message>
      <location filename="../../ui/pages/ready.py" line="49" />
      <source>Welcome. Please scan your badge.</source>
      <translation>Welcome. Please scan your badge.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="50" />
      <source>Hold the QR code of your badge under the scanner.</source>
      <translation>Hold the QR code of your badge under the scanner.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="51" />
      <source>No badge? Type a name or NIP (attendant)</source>
      <translation>No badge? Type a name or NIP (attendant)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="52" />
      <source>Search</source>
      <translation>Search</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="53" />
      <source>Register an attendee not on the roster (F4)</source>
      <translation>Register an attendee not on the roster (F4)</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="19" />
      <source>Void a record</source>
      <translation>Void a record</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="21" />
      <source>Void the record of %1? This adds a void record; nothing is deleted.</source>
      <translation>Void the record of %1? This adds a void record; nothing is deleted.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="29" />
      <source>Reason (required)</source>
      <translation>Reason (required)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="30" />
      <source>Void record</source>
      <translation>Void record</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="33" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>RecentView</name>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="100" />
      <source>Reprint</source>
      <translation>Reprint</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="101" />
      <source>Void…</source>
      <translation>Void…</translation>
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
      <location filename="../../ui/wizard/finish_pages.py" line="49" />
      <source>Not enrolled</source>
      <translation>Not enrolled</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="52" />
      <source>this desk sends its records to the server</source>
      <translation>this desk sends its records to the server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="53" />
      <source>check the address, the code and the network</source>
      <translation>check the address, the code and the network</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="55" />
      <source>Enrolled</source>
      <translation>Enrolled</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="50" />
      <source>Desk settings</source>
      <translation>Desk settings</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="70" />
      <source>automatic</source>
      <translation>automatic</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="71" />
      <source>Wacom ISDV4</source>
      <translation>Wacom ISDV4</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="72" />
      <source>Topaz</source>
      <translation>Topaz</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="76" />
      <source>Test pad</source>
      <translation>Test pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="87" />
      <source>USB scanner as keyboard</source>
      <translation>USB scanner as keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="88" />
      <source>serial scanner (lines)</source>
      <translation>serial scanner (lines)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="89" />
      <source>serial scanner (Zebra SSI)</source>
      <translation>serial scanner (Zebra SSI)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="90" />
      <source>camera</source>
      <translation>camera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="97" />
      <source>print queue, or folder:/path for PDF files</source>
      <translation>print queue, or folder:/path for PDF files</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="100" />
      <source>A5 sheet</source>
      <translation>A5 sheet</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="101" />
      <source>A4 sheet</source>
      <translation>A4 sheet</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="102" />
      <source>80 mm roll</source>
      <translation>80 mm roll</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="106" />
      <source>Print a receipt after each signing</source>
      <translation>Print a receipt after each signing</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="111" />
      <source>leave empty to keep the PIN</source>
      <translation>leave empty to keep the PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="120" />
      <source>Station</source>
      <translation>Station</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="122" />
      <source>Station name</source>
      <translation>Station name</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="123" />
      <source>Attendant on duty</source>
      <translation>Attendant on duty</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="124" />
      <source>Active ceremony</source>
      <translation>Active ceremony</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="125" />
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="126" />
      <source>New operator PIN</source>
      <translation>New operator PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="127" />
      <source>Devices</source>
      <translation>Devices</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="132" />
      <source>Signature pad</source>
      <translation>Signature pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="133" />
      <source>Pad protocol</source>
      <translation>Pad protocol</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="135" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="136" />
      <source>Scanner port</source>
      <translation>Scanner port</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="137" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="138" />
      <source>Printing and server</source>
      <translation>Printing and server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="140" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="141" />
      <source>Receipt layout</source>
      <translation>Receipt layout</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="143" />
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="144" />
      <source>Save</source>
      <translation>Save</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="147" />
      <source>Cancel</source>
      <translation>Cancel</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="52" />
      <source>Please sign on the pad</source>
      <translation>Please sign on the pad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="53" />
      <source>No pad? Sign in the white area with pen, finger or mouse.</source>
      <translation>No pad? Sign in the white area with pen, finger or mouse.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="54" />
      <source>Redo (Ulangi)</source>
      <translation>Redo (Ulangi)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="55" />
      <source>Confirm signature (Enter)</source>
      <translation>Confirm signature (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="56" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="14" />
      <source>Welcome to Pakta Station</source>
      <translation>Welcome to Pakta Station</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="16" />
      <source>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</source>
      <translation>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="23" />
      <source>for example: Meja 1 - Pintu Utara</source>
      <translation>for example: Meja 1 - Pintu Utara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="27" />
      <source>The name is printed on every receipt and shown on the organiser's screen.</source>
      <translation>The name is printed on every receipt and shown on the organiser's screen.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="31" />
      <source>Desk name</source>
      <translation>Desk name</translation>
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
      <source>A badge was scanned while this attendee is in progress; it was ignored.</source>
      <translation>A badge was scanned while this attendee is in progress; it was ignored.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="19" />
      <source>The unfinished signing timed out; its ink was discarded.</source>
      <translation>The unfinished signing timed out; its ink was discarded.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="21" />
      <source>Signature cleared. Please sign again.</source>
      <translation>Signature cleared. Please sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="29" />
      <source>The receipt will be printed again.</source>
      <translation>The receipt will be printed again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="31" />
      <source>The signature pad was disconnected. Reconnect it, then press Redo.</source>
      <translation>The signature pad was disconnected. Reconnect it, then press Redo.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="37" />
      <source>The pad was disconnected during the signature. Please press Redo and sign again.</source>
      <translation>The pad was disconnected during the signature. Please press Redo and sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="41" />
      <source>There is no signature yet. Please sign first.</source>
      <translation>There is no signature yet. Please sign first.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="42" />
      <source>The signature is too short or too small. Please press Redo and sign again.</source>
      <translation>The signature is too short or too small. Please press Redo and sign again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="47" />
      <source>The database is busy. Nothing was saved yet; press Try again.</source>
      <translation>The database is busy. Nothing was saved yet; press Try again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="48" />
      <source>The signature could not be saved. Nothing was recorded; press Try again.</source>
      <translation>The signature could not be saved. Nothing was recorded; press Try again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="53" />
      <source>This NIP is already on the roster: use the search instead.</source>
      <translation>This NIP is already on the roster: use the search instead.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="55" />
      <source>The NIP is not valid (18 digits).</source>
      <translation>The NIP is not valid (18 digits).</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="57" />
      <source>Please fill in the name.</source>
      <translation>Please fill in the name.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="58" />
      <source>The attendee could not be registered.</source>
      <translation>The attendee could not be registered.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="63" />
      <source>This badge is not genuine or was altered.</source>
      <translation>This badge is not genuine or was altered.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="65" />
      <source>No ceremony is active on this desk. Choose one in the settings.</source>
      <translation>No ceremony is active on this desk. Choose one in the settings.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="67" />
      <source>The database is busy. Please scan again.</source>
      <translation>The database is busy. Please scan again.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="69" />
      <source>This person is not on the roster of this ceremony.</source>
      <translation>This person is not on the roster of this ceremony.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="70" />
      <source>The badge could not be read. Please scan again or search by name or NIP.</source>
      <translation>The badge could not be read. Please scan again or search by name or NIP.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="75" />
      <source>Pad</source>
      <translation>Pad</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="76" />
      <source>Scanner</source>
      <translation>Scanner</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="77" />
      <source>Camera</source>
      <translation>Camera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="78" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="79" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="85" />
      <source>connecting</source>
      <translation>connecting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="86" />
      <source>connected</source>
      <translation>connected</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="87" />
      <source>no reply</source>
      <translation>no reply</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="88" />
      <source>not found</source>
      <translation>not found</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="89" />
      <source>disconnected</source>
      <translation>disconnected</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="90" />
      <source>reconnecting</source>
      <translation>reconnecting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="91" />
      <source>stopped</source>
      <translation>stopped</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="92" />
      <source>not used</source>
      <translation>not used</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="93" />
      <source>keyboard</source>
      <translation>keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="94" />
      <source>camera</source>
      <translation>camera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="111" />
      <source>%1 waiting</source>
      <translation>%1 waiting</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="113" />
      <source>synced</source>
      <translation>synced</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="114" />
      <source>syncing</source>
      <translation>syncing</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="115" />
      <source>offline</source>
      <translation>offline</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="116" />
      <source>not joined</source>
      <translation>not joined</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="117" />
      <source>refused</source>
      <translation>refused</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="118" />
      <source>error</source>
      <translation>error</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="126" />
      <source>no printer chosen</source>
      <translation>no printer chosen</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="128" />
      <source>%1 failed</source>
      <translation>%1 failed</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="130" />
      <source>%1 in queue</source>
      <translation>%1 in queue</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="131" />
      <source>ready</source>
      <translation>ready</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="136" />
      <source>The scanner sent unreadable characters: check its keyboard layout.</source>
      <translation>The scanner sent unreadable characters: check its keyboard layout.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="137" />
      <source>Reprint queued.</source>
      <translation>Reprint queued.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="138" />
      <source>The receipt could not be queued for printing.</source>
      <translation>The receipt could not be queued for printing.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="139" />
      <source>The record was voided.</source>
      <translation>The record was voided.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="140" />
      <source>The record could not be voided.</source>
      <translation>The record could not be voided.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="141" />
      <source>Settings saved.</source>
      <translation>Settings saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="142" />
      <source>The settings could not be saved.</source>
      <translation>The settings could not be saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="143" />
      <source>New PIN saved.</source>
      <translation>New PIN saved.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="144" />
      <source>The PIN must be at least 4 digits.</source>
      <translation>The PIN must be at least 4 digits.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="145" />
      <source>The simulated scanner is not connected.</source>
      <translation>The simulated scanner is not connected.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="146" />
      <source>Something went wrong; it was logged. The desk keeps working.</source>
      <translation>Something went wrong; it was logged. The desk keeps working.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="152" />
      <source>signed</source>
      <translation>signed</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="153" />
      <source>re-signed</source>
      <translation>re-signed</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="154" />
      <source>void</source>
      <translation>void</translation>
    </message>
  </context>
  <context>
    <name>WalkInPage</name>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="51" />
      <source>Register an attendee not on the roster</source>
      <translation>Register an attendee not on the roster</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="52" />
      <source>The record will be flagged for the organiser's review.</source>
      <translation>The record will be flagged for the organiser's review.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="53" />
      <source>Full name</source>
      <translation>Full name</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="54" />
      <source>NIP (18 digits) or ID</source>
      <translation>NIP (18 digits) or ID</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="55" />
      <source>Position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="56" />
      <source>Unit</source>
      <translation>Unit</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="57" />
      <source>Register and continue (Enter)</source>
      <translation>Register and continue (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="58" />
      <source>Cancel (Esc)</source>
      <translation>Cancel (Esc)</translation>
    </message>
  </context>
</TS>
