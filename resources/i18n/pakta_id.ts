<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>AlreadySignedPage</name>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="47" />
      <source>Already signed</source>
      <translation>Sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="48" />
      <source>Reason to sign again (attendant)</source>
      <translation>Alasan tanda tangan ulang (petugas)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="49" />
      <source>Sign again</source>
      <translation>Tanda tangan ulang</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="50" />
      <source>Reprint receipt</source>
      <translation>Cetak ulang tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="51" />
      <source>Done (Esc)</source>
      <translation>Selesai (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="59" />
      <source>Signed at %1 at desk %2.</source>
      <translation>Ditandatangani pukul %1 di meja %2.</translation>
    </message>
  </context>
  <context>
    <name>AttendeeScreen</name>
    <message>
      <location filename="../../ui/attendee_screen.py" line="39" />
      <source>Pakta Station — attendee screen</source>
      <translation>Pakta Station — layar peserta</translation>
    </message>
  </context>
  <context>
    <name>BigScreen</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="172" />
      <source>Pakta Station — venue screen</source>
      <translation>Pakta Station — layar ruangan</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="183" />
      <source>Waiting for the venue hub…</source>
      <translation>Menunggu hub lokasi…</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="187" />
      <source>The venue hub does not answer; showing the last figures</source>
      <translation>Hub lokasi tidak menjawab; menampilkan angka terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="193" />
      <source>{0} · {1} desks · updated {2}</source>
      <translation>{0} · {1} meja · diperbarui {2}</translation>
    </message>
  </context>
  <context>
    <name>BusyPage</name>
    <message>
      <location filename="../../ui/pages/busy.py" line="26" />
      <source>Saving your signature…</source>
      <translation>Menyimpan tanda tangan Anda…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/busy.py" line="28" />
      <source>Looking up your data…</source>
      <translation>Mencari data Anda…</translation>
    </message>
  </context>
  <context>
    <name>CeremonyPage</name>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="39" />
      <source>Ceremony and roster</source>
      <translation>Acara dan daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="41" />
      <source>Import the roster file you received, or take the ceremony from the server.</source>
      <translation>Impor berkas daftar peserta yang Anda terima, atau ambil acara dari server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="43" />
      <source>New ceremony with a roster file (CSV or Excel)</source>
      <translation>Acara baru dengan berkas daftar peserta (CSV atau Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="44" />
      <source>Take the ceremony from the central server</source>
      <translation>Ambil acara dari server pusat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="62" />
      <source>Ikrar Netralitas ASN ...</source>
      <translation>Ikrar Netralitas ASN ...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="71" />
      <source>Choose file...</source>
      <translation>Pilih berkas...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="73" />
      <source>Import roster</source>
      <translation>Impor daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="80" />
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="81" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="82" />
      <source>Venue</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="83" />
      <source>Organiser</source>
      <translation>Penyelenggara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="84" />
      <source>Roster file</source>
      <translation>Berkas daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="95" />
      <source>Connect and take ceremonies</source>
      <translation>Sambungkan dan ambil acara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="102" />
      <source>Server address</source>
      <translation>Alamat server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="103" />
      <source>Enrolment code</source>
      <translation>Kode pendaftaran</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="105" />
      <source>Ceremony</source>
      <translation>Acara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="117" />
      <source>Rosters (*.csv *.xlsx)</source>
      <translation>Daftar peserta (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="127" />
      <source>the ceremony needs a title</source>
      <translation>acara memerlukan judul</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="128" />
      <source>the ceremony needs a venue</source>
      <translation>acara memerlukan tempat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="129" />
      <source>the date is not valid</source>
      <translation>tanggal tidak sah</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="131" />
      <source>choose the roster file</source>
      <translation>pilih berkas daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="132" />
      <source>Not yet</source>
      <translation>Belum</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="142" />
      <source>Importing the roster...</source>
      <translation>Mengimpor daftar peserta...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="149" />
      <source>The roster was not imported</source>
      <translation>Daftar peserta tidak diimpor</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="154" />
      <source>%1 attendees imported, %2 rows rejected</source>
      <translation>%1 peserta diimpor, %2 baris ditolak</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="163" />
      <source>enter the server address and the code from the organiser</source>
      <translation>masukkan alamat server dan kode dari panitia</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="166" />
      <source>Connecting to the server...</source>
      <translation>Menyambung ke server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="171" />
      <source>The server could not be reached</source>
      <translation>Server tidak dapat dihubungi</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="175" />
      <source>ceremonies and rosters taken from the server</source>
      <translation>acara dan daftar peserta diambil dari server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="176" />
      <source>check the address, the code and the network</source>
      <translation>periksa alamat, kode, dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="179" />
      <source>Connected</source>
      <translation>Tersambung</translation>
    </message>
  </context>
  <context>
    <name>DemoAid</name>
    <message>
      <location filename="../../ui/demo_aid.py" line="60" />
      <source>Demo (simulated devices)</source>
      <translation>Demo (perangkat simulasi)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="61" />
      <source>New badge (F5)</source>
      <translation>Badge baru (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="62" />
      <source>Pen signature on the pad (F8)</source>
      <translation>Tanda tangan pena di pad (F8)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="63" />
      <source>Signed (F6)</source>
      <translation>Sudah TTD (F6)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="64" />
      <source>Unknown (F7)</source>
      <translation>Tak dikenal (F7)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Unplug pad</source>
      <translation>Cabut pad</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Plug pad in</source>
      <translation>Pasang pad</translation>
    </message>
  </context>
  <context>
    <name>DeskWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="119" />
      <source>Pakta Station — registration desk</source>
      <translation>Pakta Station — meja registrasi</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="55" />
      <source>Devices</source>
      <translation>Perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="57" />
      <source>Connect the signature pad, the badge scanner and the printer, then test each.</source>
      <translation>Sambungkan pad tanda tangan, pemindai badge, dan printer, lalu uji masing-masing.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="85" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="86" />
      <source>No pad: sign on the screen</source>
      <translation>Tanpa pad: tanda tangan di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="89" />
      <source>Test pad</source>
      <translation>Tes pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="94" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="99" />
      <source>Badge scanner</source>
      <translation>Pemindai badge</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="103" />
      <source>USB scanner that types (keyboard)</source>
      <translation>Pemindai USB yang mengetik (keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="104" />
      <source>Serial scanner</source>
      <translation>Pemindai serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="105" />
      <source>Laptop camera</source>
      <translation>Kamera laptop</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="116" />
      <source>click here and scan a badge from the roster</source>
      <translation>klik di sini dan pindai badge dari daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="120" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="121" />
      <source>Serial port</source>
      <translation>Port serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="122" />
      <source>Test scan</source>
      <translation>Tes pindai</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="135" />
      <source>Receipt printer</source>
      <translation>Printer tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="138" />
      <source>Save receipts as PDF files</source>
      <translation>Simpan tanda terima sebagai berkas PDF</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="141" />
      <source>Test printer</source>
      <translation>Tes printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="146" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="152" />
      <source>Looking for the pad...</source>
      <translation>Mencari pad...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="156" />
      <source>Pad ready</source>
      <translation>Pad siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="156" />
      <source>Pad not found</source>
      <translation>Pad tidak ditemukan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Badge read</source>
      <translation>Badge terbaca</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Badge not read</source>
      <translation>Badge tidak terbaca</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="168" />
      <source>Asking the printer...</source>
      <translation>Menghubungi printer...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Printer ready</source>
      <translation>Printer siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Printer not ready</source>
      <translation>Printer tidak siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="184" />
      <source>signatures are written on the screen</source>
      <translation>tanda tangan dibuat di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="185" />
      <source>the pad answers</source>
      <translation>pad menjawab</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="186" />
      <source>no pad answered on this port</source>
      <translation>tidak ada pad yang menjawab di port ini</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="187" />
      <source>ready to print</source>
      <translation>siap mencetak</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="188" />
      <source>the printer cannot print now</source>
      <translation>printer belum dapat mencetak</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="189" />
      <source>nothing was scanned</source>
      <translation>belum ada yang dipindai</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="190" />
      <source>on the roster</source>
      <translation>ada di daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="191" />
      <source>not on this ceremony's roster</source>
      <translation>tidak ada di daftar peserta acara ini</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../ui/pages/done.py" line="34" />
      <source>Thank you! Your pledge is signed.</source>
      <translation>Terima kasih! Pakta integritas Anda telah ditandatangani.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="35" />
      <source>Your receipt is being printed.</source>
      <translation>Tanda terima Anda sedang dicetak.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="36" />
      <source>The next attendee can scan now.</source>
      <translation>Peserta berikutnya dapat memindai sekarang.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="37" />
      <source>Print the receipt again</source>
      <translation>Cetak ulang tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="45" />
      <source>Record no. %1 at %2</source>
      <translation>Catatan no. %1 pukul %2</translation>
    </message>
  </context>
  <context>
    <name>EmployeeCard</name>
    <message>
      <location filename="../../ui/pages/employee_card.py" line="39" />
      <source>Walk-in: flagged for the organiser's review</source>
      <translation>Peserta tambahan: ditandai untuk diperiksa panitia</translation>
    </message>
  </context>
  <context>
    <name>ErrorPage</name>
    <message>
      <location filename="../../ui/pages/error.py" line="32" />
      <source>Not saved yet</source>
      <translation>Belum tersimpan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/error.py" line="33" />
      <source>Try again (Enter)</source>
      <translation>Coba lagi (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/error.py" line="34" />
      <source>Discard and cancel (Esc)</source>
      <translation>Buang dan batalkan (Esc)</translation>
    </message>
  </context>
  <context>
    <name>FinishPage</name>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="63" />
      <source>Ready</source>
      <translation>Siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="64" />
      <source>Check the choices below, then press Finish to open the desk.</source>
      <translation>Periksa pilihan di bawah, lalu tekan Selesai untuk membuka meja.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="77" />
      <source>(none)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="79" />
      <source>Desk name</source>
      <translation>Nama meja</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="80" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="80" />
      <source>on the screen</source>
      <translation>di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="81" />
      <source>Badge scanner</source>
      <translation>Pemindai badge</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="82" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>Central server</source>
      <translation>Server pusat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>not enrolled (offline)</source>
      <translation>belum terdaftar (luring)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="96" />
      <source>USB scanner that types (keyboard)</source>
      <translation>Pemindai USB yang mengetik (keyboard)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="97" />
      <source>Serial scanner</source>
      <translation>Pemindai serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="99" />
      <source>Laptop camera</source>
      <translation>Kamera laptop</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="107" />
      <source>Saving...</source>
      <translation>Menyimpan...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="113" />
      <source>The settings were not saved</source>
      <translation>Pengaturan tidak tersimpan</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="45" />
      <source>Pakta Station - first setup</source>
      <translation>Pakta Station - penyiapan awal</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="47" />
      <source>&lt; Back</source>
      <translation>&lt; Kembali</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="48" />
      <source>Next &gt;</source>
      <translation>Lanjut &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="49" />
      <source>Finish</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="50" />
      <source>Skip for now</source>
      <translation>Lewati dulu</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/pages/identity.py" line="33" />
      <source>Your data</source>
      <translation>Data Anda</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="34" />
      <source>Is this you? Please check your name, NIP and unit.</source>
      <translation>Apakah ini Anda? Periksa nama, NIP, dan unit kerja Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="35" />
      <source>Yes, this is me (Enter)</source>
      <translation>Ya, ini saya (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="36" />
      <source>Not me (Esc)</source>
      <translation>Bukan saya (Esc)</translation>
    </message>
  </context>
  <context>
    <name>IkrarPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="57" />
      <source>Text version {0} · SHA-256 {1}…</source>
      <translation>Versi teks {0} · SHA-256 {1}…</translation>
    </message>
  </context>
  <context>
    <name>NotFoundPage</name>
    <message>
      <location filename="../../ui/pages/not_found.py" line="60" />
      <source>Name or NIP</source>
      <translation>Nama atau NIP</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="61" />
      <source>Search</source>
      <translation>Cari</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="62" />
      <source>Choose this person</source>
      <translation>Pilih orang ini</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="63" />
      <source>Not on the roster: register (F4)</source>
      <translation>Tidak ada di daftar: daftarkan (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="64" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="71" />
      <source>Search the roster</source>
      <translation>Cari di daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="74" />
      <source>Badge not recognised</source>
      <translation>Badge tidak dikenali</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="87" />
      <source>No one found yet. Type at least 2 letters of the name or NIP digits.</source>
      <translation>Belum ada yang ditemukan. Ketik minimal 2 huruf nama atau angka NIP.</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../ui/operator/panel.py" line="93" />
      <source>Latest records</source>
      <translation>Catatan terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="94" />
      <source>Progress</source>
      <translation>Kemajuan</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="95" />
      <source>Search name/NIP (F3)</source>
      <translation>Cari nama/NIP (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="96" />
      <source>Walk-in (F4)</source>
      <translation>Peserta tambahan (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="97" />
      <source>Settings (F9)</source>
      <translation>Pengaturan (F9)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="98" />
      <source>Attendee screen (F11)</source>
      <translation>Layar peserta (F11)</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="22" />
      <source>Operator PIN</source>
      <translation>PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="23" />
      <source>Enter the operator PIN to open the settings.</source>
      <translation>Masukkan PIN petugas untuk membuka pengaturan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="30" />
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="32" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="55" />
      <source>Wrong PIN.</source>
      <translation>PIN salah.</translation>
    </message>
  </context>
  <context>
    <name>PledgePage</name>
    <message>
      <location filename="../../ui/pages/pledge.py" line="40" />
      <source>I agree (Saya setuju)</source>
      <translation>Saya setuju</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="41" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="51" />
      <source>Signing again. Reason: %1</source>
      <translation>Tanda tangan ulang. Alasan: %1</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="118" />
      <source>of {0} have signed</source>
      <translation>dari {0} sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="121" />
      <source>{0} signings a minute</source>
      <translation>{0} penandatanganan per menit</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="123" />
      <source>Everyone has signed</source>
      <translation>Semua sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="125" />
      <source>Queue end: after the first signings</source>
      <translation>Perkiraan selesai: setelah penandatanganan pertama</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="128" />
      <source>Queue ends in about {0} min</source>
      <translation>Antrean selesai sekitar {0} menit lagi</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="136" />
      <source>{0} other units</source>
      <translation>{0} unit lainnya</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="49" />
      <source>%1 of %2 signed</source>
      <translation>%1 dari %2 sudah tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="65" />
      <source>Unit</source>
      <translation>Unit kerja</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="65" />
      <source>Signed</source>
      <translation>Sudah</translation>
    </message>
  </context>
  <context>
    <name>ReadyPage</name>
    <message>
      <location filename="../../ui/pages/ready.py" line="49" />
      <source>Welcome. Please scan your badge.</source>
      <translation>Selamat datang. Silakan pindai badge Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="50" />
      <source>Hold the QR code of your badge under the scanner.</source>
      <translation>Arahkan kode QR pada badge Anda ke pemindai.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="51" />
      <source>No badge? Type a name or NIP (attendant)</source>
      <translation>Tidak membawa badge? Ketik nama atau NIP (petugas)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="52" />
      <source>Search</source>
      <translation>Cari</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="53" />
      <source>Register an attendee not on the roster (F4)</source>
      <translation>Daftarkan peserta yang tidak ada di daftar (F4)</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="19" />
      <source>Void a record</source>
      <translation>Batalkan catatan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="21" />
      <source>Void the record of %1? This adds a void record; nothing is deleted.</source>
      <translation>Batalkan catatan %1? Ini menambahkan catatan pembatalan; tidak ada yang dihapus.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="29" />
      <source>Reason (required)</source>
      <translation>Alasan (wajib)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="30" />
      <source>Void record</source>
      <translation>Batalkan catatan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="33" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>RecentView</name>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Time</source>
      <translation>Waktu</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="99" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="100" />
      <source>Reprint</source>
      <translation>Cetak ulang</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="101" />
      <source>Void…</source>
      <translation>Batalkan…</translation>
    </message>
  </context>
  <context>
    <name>ServerPage</name>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="17" />
      <source>Central server (optional)</source>
      <translation>Server pusat (tidak wajib)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="19" />
      <source>With a server, signed pledges are sent on their own whenever the network is there. Without one, the desk works offline; you can enrol later.</source>
      <translation>Dengan server, pakta yang sudah ditandatangani terkirim sendiri setiap kali jaringan tersedia. Tanpa server, meja bekerja luring; pendaftaran bisa dilakukan nanti.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="29" />
      <source>Enrol this desk</source>
      <translation>Daftarkan meja ini</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="34" />
      <source>Server address</source>
      <translation>Alamat server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="35" />
      <source>Enrolment code</source>
      <translation>Kode pendaftaran</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="41" />
      <source>enter the server address and the code from the organiser</source>
      <translation>masukkan alamat server dan kode dari panitia</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="42" />
      <source>Not yet</source>
      <translation>Belum</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="44" />
      <source>Connecting to the server...</source>
      <translation>Menyambung ke server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="49" />
      <source>Not enrolled</source>
      <translation>Belum terdaftar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="52" />
      <source>this desk sends its records to the server</source>
      <translation>meja ini mengirim rekamannya ke server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="53" />
      <source>check the address, the code and the network</source>
      <translation>periksa alamat, kode, dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="55" />
      <source>Enrolled</source>
      <translation>Terdaftar</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="50" />
      <source>Desk settings</source>
      <translation>Pengaturan meja</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="70" />
      <source>automatic</source>
      <translation>otomatis</translation>
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
      <translation>Tes pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="87" />
      <source>USB scanner as keyboard</source>
      <translation>Pemindai USB sebagai keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="88" />
      <source>serial scanner (lines)</source>
      <translation>pemindai serial (baris)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="89" />
      <source>serial scanner (Zebra SSI)</source>
      <translation>pemindai serial (Zebra SSI)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="90" />
      <source>camera</source>
      <translation>kamera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="97" />
      <source>print queue, or folder:/path for PDF files</source>
      <translation>antrean cetak, atau folder:/path untuk berkas PDF</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="100" />
      <source>A5 sheet</source>
      <translation>Lembar A5</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="101" />
      <source>A4 sheet</source>
      <translation>Lembar A4</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="102" />
      <source>80 mm roll</source>
      <translation>Gulungan 80 mm</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="106" />
      <source>Print a receipt after each signing</source>
      <translation>Cetak tanda terima setelah setiap penandatanganan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="111" />
      <source>leave empty to keep the PIN</source>
      <translation>kosongkan untuk mempertahankan PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="120" />
      <source>Station</source>
      <translation>Stasiun</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="122" />
      <source>Station name</source>
      <translation>Nama meja</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="123" />
      <source>Attendant on duty</source>
      <translation>Petugas jaga</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="124" />
      <source>Active ceremony</source>
      <translation>Acara aktif</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="125" />
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="126" />
      <source>New operator PIN</source>
      <translation>PIN petugas baru</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="127" />
      <source>Devices</source>
      <translation>Perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="132" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="133" />
      <source>Pad protocol</source>
      <translation>Protokol pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="135" />
      <source>Scanner</source>
      <translation>Pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="136" />
      <source>Scanner port</source>
      <translation>Port pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="137" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="138" />
      <source>Printing and server</source>
      <translation>Pencetakan dan server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="140" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="141" />
      <source>Receipt layout</source>
      <translation>Tata letak tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="143" />
      <source>Server address</source>
      <translation>Alamat server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="144" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="147" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="52" />
      <source>Please sign on the pad</source>
      <translation>Silakan tanda tangan pada pad</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="53" />
      <source>No pad? Sign in the white area with pen, finger or mouse.</source>
      <translation>Tanpa pad? Tanda tangani area putih dengan pena, jari, atau mouse.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="54" />
      <source>Redo (Ulangi)</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="55" />
      <source>Confirm signature (Enter)</source>
      <translation>Konfirmasi tanda tangan (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="56" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="14" />
      <source>Welcome to Pakta Station</source>
      <translation>Selamat datang di Pakta Station</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="16" />
      <source>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</source>
      <translation>Laptop ini belum disiapkan. Beberapa langkah menyiapkannya untuk acara: namanya, daftar peserta, perangkat, dan server pusat.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="23" />
      <source>for example: Meja 1 - Pintu Utara</source>
      <translation>misalnya: Meja 1 - Pintu Utara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="27" />
      <source>The name is printed on every receipt and shown on the organiser's screen.</source>
      <translation>Nama ini dicetak di setiap tanda terima dan ditampilkan di layar panitia.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="31" />
      <source>Desk name</source>
      <translation>Nama meja</translation>
    </message>
  </context>
  <context>
    <name>StatusLights</name>
    <message>
      <location filename="../../ui/operator/status_lights.py" line="67" />
      <source>Devices</source>
      <translation>Perangkat</translation>
    </message>
  </context>
  <context>
    <name>Texts</name>
    <message>
      <location filename="../../ui/texts.py" line="17" />
      <source>A badge was scanned while this attendee is in progress; it was ignored.</source>
      <translation>Sebuah badge dipindai saat peserta ini belum selesai; pindaian diabaikan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="19" />
      <source>The unfinished signing timed out; its ink was discarded.</source>
      <translation>Penandatanganan yang belum selesai melewati batas waktu; tanda tangannya dibuang.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="21" />
      <source>Signature cleared. Please sign again.</source>
      <translation>Tanda tangan dihapus. Silakan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="29" />
      <source>The receipt will be printed again.</source>
      <translation>Tanda terima akan dicetak ulang.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="31" />
      <source>The signature pad was disconnected. Reconnect it, then press Redo.</source>
      <translation>Pad tanda tangan terputus. Sambungkan kembali, lalu tekan Ulangi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="37" />
      <source>The pad was disconnected during the signature. Please press Redo and sign again.</source>
      <translation>Pad terputus saat tanda tangan. Tekan Ulangi dan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="41" />
      <source>There is no signature yet. Please sign first.</source>
      <translation>Belum ada tanda tangan. Silakan tanda tangan dahulu.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="42" />
      <source>The signature is too short or too small. Please press Redo and sign again.</source>
      <translation>Tanda tangan terlalu pendek atau terlalu kecil. Tekan Ulangi dan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="47" />
      <source>The database is busy. Nothing was saved yet; press Try again.</source>
      <translation>Basis data sedang sibuk. Belum ada yang tersimpan; tekan Coba lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="48" />
      <source>The signature could not be saved. Nothing was recorded; press Try again.</source>
      <translation>Tanda tangan tidak dapat disimpan. Tidak ada yang tercatat; tekan Coba lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="53" />
      <source>This NIP is already on the roster: use the search instead.</source>
      <translation>NIP ini sudah ada di daftar peserta: gunakan pencarian.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="55" />
      <source>The NIP is not valid (18 digits).</source>
      <translation>NIP tidak sah (18 angka).</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="57" />
      <source>Please fill in the name.</source>
      <translation>Silakan isi nama.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="58" />
      <source>The attendee could not be registered.</source>
      <translation>Peserta tidak dapat didaftarkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="63" />
      <source>This badge is not genuine or was altered.</source>
      <translation>Badge ini tidak asli atau telah diubah.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="65" />
      <source>No ceremony is active on this desk. Choose one in the settings.</source>
      <translation>Belum ada acara aktif di meja ini. Pilih di pengaturan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="67" />
      <source>The database is busy. Please scan again.</source>
      <translation>Basis data sedang sibuk. Silakan pindai lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="69" />
      <source>This person is not on the roster of this ceremony.</source>
      <translation>Orang ini tidak terdaftar sebagai peserta acara ini.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="70" />
      <source>The badge could not be read. Please scan again or search by name or NIP.</source>
      <translation>Badge tidak dapat dibaca. Pindai lagi atau cari berdasarkan nama atau NIP.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="75" />
      <source>Pad</source>
      <translation>Pad</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="76" />
      <source>Scanner</source>
      <translation>Pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="77" />
      <source>Camera</source>
      <translation>Kamera</translation>
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
      <translation>menyambung</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="86" />
      <source>connected</source>
      <translation>tersambung</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="87" />
      <source>no reply</source>
      <translation>tidak menjawab</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="88" />
      <source>not found</source>
      <translation>tidak ditemukan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="89" />
      <source>disconnected</source>
      <translation>terputus</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="90" />
      <source>reconnecting</source>
      <translation>menyambung ulang</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="91" />
      <source>stopped</source>
      <translation>berhenti</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="92" />
      <source>not used</source>
      <translation>tidak dipakai</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="93" />
      <source>keyboard</source>
      <translation>keyboard</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="94" />
      <source>camera</source>
      <translation>kamera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="111" />
      <source>%1 waiting</source>
      <translation>%1 menunggu</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="113" />
      <source>synced</source>
      <translation>tersinkron</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="114" />
      <source>syncing</source>
      <translation>menyinkronkan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="115" />
      <source>offline</source>
      <translation>luring</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="116" />
      <source>not joined</source>
      <translation>belum terdaftar</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="117" />
      <source>refused</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="118" />
      <source>error</source>
      <translation>galat</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="126" />
      <source>no printer chosen</source>
      <translation>printer belum dipilih</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="128" />
      <source>%1 failed</source>
      <translation>%1 gagal</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="130" />
      <source>%1 in queue</source>
      <translation>%1 dalam antrean</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="131" />
      <source>ready</source>
      <translation>siap</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="136" />
      <source>The scanner sent unreadable characters: check its keyboard layout.</source>
      <translation>Pemindai mengirim karakter yang tidak terbaca: periksa tata letak keyboard-nya.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="137" />
      <source>Reprint queued.</source>
      <translation>Cetak ulang masuk antrean.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="138" />
      <source>The receipt could not be queued for printing.</source>
      <translation>Tanda terima tidak dapat dimasukkan ke antrean cetak.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="139" />
      <source>The record was voided.</source>
      <translation>Catatan telah dibatalkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="140" />
      <source>The record could not be voided.</source>
      <translation>Catatan tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="141" />
      <source>Settings saved.</source>
      <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="142" />
      <source>The settings could not be saved.</source>
      <translation>Pengaturan tidak dapat disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="143" />
      <source>New PIN saved.</source>
      <translation>PIN baru disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="144" />
      <source>The PIN must be at least 4 digits.</source>
      <translation>PIN harus minimal 4 angka.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="145" />
      <source>The simulated scanner is not connected.</source>
      <translation>Pemindai simulasi tidak tersambung.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="146" />
      <source>Something went wrong; it was logged. The desk keeps working.</source>
      <translation>Terjadi kesalahan; sudah dicatat. Meja tetap berjalan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="152" />
      <source>signed</source>
      <translation>tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="153" />
      <source>re-signed</source>
      <translation>tanda tangan ulang</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="154" />
      <source>void</source>
      <translation>batal</translation>
    </message>
  </context>
  <context>
    <name>WalkInPage</name>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="51" />
      <source>Register an attendee not on the roster</source>
      <translation>Daftarkan peserta yang tidak ada di daftar</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="52" />
      <source>The record will be flagged for the organiser's review.</source>
      <translation>Catatan akan ditandai untuk diperiksa panitia.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="53" />
      <source>Full name</source>
      <translation>Nama lengkap</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="54" />
      <source>NIP (18 digits) or ID</source>
      <translation>NIP (18 angka) atau ID</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="55" />
      <source>Position</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="56" />
      <source>Unit</source>
      <translation>Unit kerja</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="57" />
      <source>Register and continue (Enter)</source>
      <translation>Daftarkan dan lanjutkan (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="58" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
  </context>
</TS>
