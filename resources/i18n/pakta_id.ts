<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
  <context>
    <name>AlreadySignedPage</name>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="64" />
      <source>You have already signed</source>
      <translation>Anda sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="65" />
      <source>Reason to sign again (attendant)</source>
      <translation>Alasan tanda tangan ulang (petugas)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="66" />
      <source>Sign again</source>
      <translation>Tanda tangan ulang</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="67" />
      <source>Reprint receipt…</source>
      <translation>Cetak ulang tanda terima…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="68" />
      <source>Done (Esc)</source>
      <translation>Selesai (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="80" />
      <source>Already signed at %1, %2</source>
      <translation>Sudah menandatangani pada %1, %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="81" />
      <source>another ceremony</source>
      <translation>upacara lain</translation>
    </message>
    <message>
      <location filename="../../ui/pages/already_signed.py" line="87" />
      <source>Signed at %1 at %2</source>
      <translation>Sudah menandatangani di %1 pukul %2</translation>
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
      <location filename="../../ui/venue/screen.py" line="174" />
      <source>Pakta Station — venue screen</source>
      <translation>Pakta Station — layar ruangan</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="185" />
      <source>Waiting for the venue hub…</source>
      <translation>Menunggu hub lokasi…</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="189" />
      <source>The venue hub does not answer; showing the last figures</source>
      <translation>Hub lokasi tidak menjawab; menampilkan angka terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="195" />
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
      <location filename="../../ui/wizard/ceremony_page.py" line="33" />
      <source>Ceremony and roster</source>
      <translation>Acara dan daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="35" />
      <source>Import the roster file you received, or take the ceremony from the server.</source>
      <translation>Impor berkas daftar peserta yang Anda terima, atau ambil acara dari server.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="37" />
      <source>New ceremony with a roster file (CSV or Excel)</source>
      <translation>Acara baru dengan berkas daftar peserta (CSV atau Excel)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="38" />
      <source>Take the ceremony from the central server</source>
      <translation>Ambil acara dari server pusat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="60" />
      <source>Ikrar Netralitas ASN ...</source>
      <translation>Ikrar Netralitas ASN ...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="69" />
      <source>Choose file...</source>
      <translation>Pilih berkas...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="71" />
      <source>Import roster</source>
      <translation>Impor daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="78" />
      <source>Title</source>
      <translation>Judul</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="79" />
      <source>Date</source>
      <translation>Tanggal</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="80" />
      <source>Venue</source>
      <translation>Tempat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="81" />
      <source>Organiser</source>
      <translation>Penyelenggara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="82" />
      <source>Roster file</source>
      <translation>Berkas daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="93" />
      <source>Connect and take ceremonies</source>
      <translation>Sambungkan dan ambil acara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="100" />
      <source>Server address</source>
      <translation>Alamat server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="101" />
      <source>Enrolment code</source>
      <translation>Kode pendaftaran</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="103" />
      <source>Ceremony</source>
      <translation>Acara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="116" />
      <source>Rosters (*.csv *.xlsx)</source>
      <translation>Daftar peserta (*.csv *.xlsx)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="126" />
      <source>the ceremony needs a title</source>
      <translation>acara memerlukan judul</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="127" />
      <source>the ceremony needs a venue</source>
      <translation>acara memerlukan tempat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="128" />
      <source>the date is not valid</source>
      <translation>tanggal tidak sah</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="130" />
      <source>choose the roster file</source>
      <translation>pilih berkas daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="131" />
      <source>Not yet</source>
      <translation>Belum</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="133" />
      <source>Importing the roster...</source>
      <translation>Mengimpor daftar peserta...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="153" />
      <source>The chosen rows were not added</source>
      <translation>Baris yang dipilih tidak ditambahkan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="157" />
      <source>The server could not be reached</source>
      <translation>Server tidak dapat dihubungi</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="163" />
      <source>the file cannot be opened</source>
      <translation>berkas tidak dapat dibuka</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="164" />
      <source>the file is not a CSV or Excel roster</source>
      <translation>berkas bukan daftar peserta CSV atau Excel</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="165" />
      <source>no header row found: the file needs a Nama column and a NIP column</source>
      <translation>baris judul kolom tidak ditemukan: berkas memerlukan kolom Nama dan kolom NIP</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="168" />
      <source>the file is too large for a roster</source>
      <translation>berkas terlalu besar untuk daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="169" />
      <source>an old Excel (.xls) or password-protected workbook: save it as .xlsx or CSV UTF-8 without a password</source>
      <translation>berkas Excel lama (.xls) atau dilindungi kata sandi: simpan sebagai .xlsx atau CSV UTF-8 tanpa kata sandi</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="173" />
      <source>row %1 opens a quote (") that is not closed, so the rows after it would be lost: fix that row and import again</source>
      <translation>baris %1 membuka tanda kutip (") yang tidak ditutup, sehingga baris-baris sesudahnya akan hilang: perbaiki baris itu lalu impor lagi</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="178" />
      <source>the file was not imported</source>
      <translation>berkas tidak diimpor</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="179" />
      <source>The roster was not imported</source>
      <translation>Daftar peserta tidak diimpor</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="184" />
      <source>%1 attendees imported, %2 rows refused (listed below)</source>
      <translation>%1 peserta diimpor, %2 baris ditolak (lihat daftar di bawah)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="186" />
      <source>%1 attendees imported</source>
      <translation>%1 peserta diimpor</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="196" />
      <source>Adding the chosen rows...</source>
      <translation>Menambahkan baris yang dipilih...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="202" />
      <source>enter the server address and the code from the organiser</source>
      <translation>masukkan alamat server dan kode dari panitia</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="205" />
      <source>Connecting to the server...</source>
      <translation>Menyambung ke server...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="210" />
      <source>ceremonies and rosters taken from the server</source>
      <translation>acara dan daftar peserta diambil dari server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="211" />
      <source>no answer: check the address and the network</source>
      <translation>tidak ada jawaban: periksa alamat dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="212" />
      <source>the server refused the code: ask the organiser for a new one</source>
      <translation>server menolak kode: minta kode baru kepada panitia</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="213" />
      <source>check the address, the code and the network</source>
      <translation>periksa alamat, kode, dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/ceremony_page.py" line="216" />
      <source>Connected</source>
      <translation>Tersambung</translation>
    </message>
  </context>
  <context>
    <name>ClosingDialog</name>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="150" />
      <source>Close the ceremony</source>
      <translation>Tutup upacara</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="152" />
      <source>Close this ceremony? The PPK and a witness (e.g. Bawaslu) sign the closing statement on the pad; after that this desk takes no more signings for this ceremony. Enter the operator PIN to show the statement.</source>
      <translation>Tutup upacara ini? PPK dan seorang saksi (mis. Bawaslu) menandatangani pernyataan penutupan di pad; setelah itu meja ini tidak menerima penandatanganan lagi untuk upacara ini. Masukkan PIN operator untuk menampilkan pernyataan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="158" />
      <source>Operator PIN</source>
      <translation>PIN operator</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="159" />
      <source>Show the statement</source>
      <translation>Tampilkan pernyataan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="160" />
      <source>Clear the signature</source>
      <translation>Hapus tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="161" />
      <source>Confirm the signature</source>
      <translation>Konfirmasi tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="162" />
      <source>I agree to this statement</source>
      <translation>Saya setuju dengan pernyataan ini</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="171" />
      <source>Type the operator PIN.</source>
      <translation>Ketik PIN operator.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="194" />
      <source>Wrong PIN.</source>
      <translation>PIN salah.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="198" />
      <source>The ceremony cannot be closed now: finish the attendee in progress, or it is already closed.</source>
      <translation>Upacara tidak dapat ditutup sekarang: selesaikan peserta yang sedang dilayani, atau upacara sudah ditutup.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="227" />
      <source>Consent given. Now sign on the pad (in the box below only when no pad works).</source>
      <translation>Persetujuan diberikan. Sekarang tanda tangani di pad (di kotak di bawah hanya bila pad tidak berfungsi).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="229" />
      <source>The signer reads the statement above and consents by their own act: a tick in the pad's consent box, or a press on the button below.</source>
      <translation>Penanda tangan membaca pernyataan di atas dan menyetujuinya dengan tindakannya sendiri: centang di kotak persetujuan pad, atau tekan tombol di bawah.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="248" />
      <source>Close</source>
      <translation>Tutup</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="248" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="257" />
      <source>1 of 2: the PPK signs</source>
      <translation>1 dari 2: PPK menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="257" />
      <source>2 of 2: the witness signs</source>
      <translation>2 dari 2: saksi menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>NIP</source>
      <translation>NIP</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="260" />
      <source>Position</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="262" />
      <source>NIP / ID (optional)</source>
      <translation>NIP / NIK (boleh kosong)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="262" />
      <source>Institution</source>
      <translation>Instansi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="274" />
      <source>Closing statement: %1, %2, %3</source>
      <translation>Pernyataan penutupan: %1, %2, %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="278" />
      <source>Expected %1 · signed %2 · not present %3</source>
      <translation>Diharapkan %1 · menandatangani %2 · tidak hadir %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="282" />
      <source>Re-signed %1 · voided %2 · flagged duplicates %3</source>
      <translation>Tanda tangan ulang %1 · dibatalkan %2 · ganda ditandai %3</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="289" />
      <source>Per desk: %1</source>
      <translation>Per meja: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="292" />
      <source>This desk's chain: record %1, hash %2…</source>
      <translation>Rantai meja ini: rekaman %1, hash %2…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="297" />
      <source>Last server anchor: record %1</source>
      <translation>Titik jangkar server terakhir: rekaman %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="299" />
      <source>No server anchor yet (this desk never synced).</source>
      <translation>Belum ada titik jangkar server (meja ini belum pernah sinkron).</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="305" />
      <source>The signer has not consented yet.</source>
      <translation>Penanda tangan belum memberikan persetujuan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="306" />
      <source>Type the signer's name and position or institution.</source>
      <translation>Ketik nama penanda tangan dan jabatan atau instansinya.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="307" />
      <source>The signature is empty or too small: sign again.</source>
      <translation>Tanda tangan kosong atau terlalu kecil: tanda tangani lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="308" />
      <source>The pad works: the signer signs on the pad.</source>
      <translation>Pad berfungsi: penanda tangan menandatangani di pad.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="309" />
      <source>The ceremony was not closed; nothing was written.</source>
      <translation>Upacara tidak ditutup; tidak ada yang dicatat.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="314" />
      <source>The ceremony was NOT closed and nothing was written. Start again to sign the current statement.</source>
      <translation>Upacara TIDAK ditutup dan tidak ada yang dicatat. Mulai lagi untuk menandatangani pernyataan terkini.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/closing.py" line="318" />
      <source>The ceremony is closed. The berita acara was saved and sent to the printer.</source>
      <translation>Upacara sudah ditutup. Berita acara telah disimpan dan dikirim ke printer.</translation>
    </message>
  </context>
  <context>
    <name>CounterView</name>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="63" />
      <source>%1 of %2 expected have signed, at this desk and the others known here</source>
      <translation>%1 dari %2 peserta sudah menandatangani, di meja ini dan meja lain yang diketahui di sini</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="70" />
      <source>done</source>
      <translation>selesai</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="76" />
      <source>%1 h %2 m</source>
      <translation>%1 j %2 m</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="77" />
      <source>%1 m</source>
      <translation>%1 m</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="80" />
      <source>this desk</source>
      <translation>meja ini</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="81" />
      <source>all desks / expected</source>
      <translation>semua meja / target</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="82" />
      <source>per hour</source>
      <translation>per jam</translation>
    </message>
    <message>
      <location filename="../../ui/operator/counter_view.py" line="83" />
      <source>time left (est.)</source>
      <translation>perkiraan sisa waktu</translation>
    </message>
  </context>
  <context>
    <name>DemoAid</name>
    <message>
      <location filename="../../ui/demo_aid.py" line="65" />
      <source>Demo (simulated devices)</source>
      <translation>Demo (perangkat simulasi)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="66" />
      <source>New badge (F5)</source>
      <translation>Badge baru (F5)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="67" />
      <source>Pen signature on the pad (F8)</source>
      <translation>Tanda tangan pena di pad (F8)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="68" />
      <source>Tick “I agree” on the pad (F2)</source>
      <translation>Centang “Saya setuju” di pad (F2)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="69" />
      <source>Signed (F6)</source>
      <translation>Sudah TTD (F6)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="70" />
      <source>Unknown (F7)</source>
      <translation>Tak dikenal (F7)</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="71" />
      <source>Unplug pad</source>
      <translation>Cabut pad</translation>
    </message>
    <message>
      <location filename="../../ui/demo_aid.py" line="71" />
      <source>Plug pad in</source>
      <translation>Pasang pad</translation>
    </message>
  </context>
  <context>
    <name>DeskVenue</name>
    <message>
      <location filename="../../ui/operator/venue_menu.py" line="115" />
      <source>Join a venue…</source>
      <translation>Bergabung ke venue…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_menu.py" line="116" />
      <source>Big screen of the venue</source>
      <translation>Layar besar venue</translation>
    </message>
  </context>
  <context>
    <name>DeskWindow</name>
    <message>
      <location filename="../../ui/main_window.py" line="167" />
      <source>Pakta Station — registration desk</source>
      <translation>Pakta Station — meja registrasi</translation>
    </message>
  </context>
  <context>
    <name>DevicesPage</name>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="46" />
      <source>Devices</source>
      <translation>Perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="48" />
      <source>Connect the signature pad, the badge scanner and the printer, then test each.</source>
      <translation>Sambungkan pad tanda tangan, pemindai badge, dan printer, lalu uji masing-masing.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="64" />
      <source>Pad ready</source>
      <translation>Pad siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="64" />
      <source>Pad not found</source>
      <translation>Pad tidak ditemukan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="67" />
      <source>Badge read</source>
      <translation>Badge terbaca</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="67" />
      <source>Badge not read</source>
      <translation>Badge tidak terbaca</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="73" />
      <source>Printer ready</source>
      <translation>Printer siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="74" />
      <source>Printer not ready</source>
      <translation>Printer tidak siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="98" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="99" />
      <source>No pad: sign on the screen</source>
      <translation>Tanpa pad: tanda tangan di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="102" />
      <source>Test pad</source>
      <translation>Tes pad</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="107" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="112" />
      <source>Badge scanner</source>
      <translation>Pemindai badge</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="116" />
      <source>USB scanner (types like a keyboard)</source>
      <translation>Pemindai USB (mengetik seperti papan ketik)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="117" />
      <source>Serial scanner</source>
      <translation>Pemindai serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="118" />
      <source>Laptop camera</source>
      <translation>Kamera laptop</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="129" />
      <source>click here and scan a badge from the roster</source>
      <translation>klik di sini dan pindai badge dari daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="133" />
      <source>Kind</source>
      <translation>Jenis</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="134" />
      <source>Serial port</source>
      <translation>Port serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="135" />
      <source>Test scan</source>
      <translation>Tes pindai</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="148" />
      <source>Receipt printer</source>
      <translation>Printer tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="151" />
      <source>Save receipts as PDF files</source>
      <translation>Simpan tanda terima sebagai berkas PDF</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="154" />
      <source>Test printer</source>
      <translation>Tes printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="159" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="164" />
      <source>Looking for the pad...</source>
      <translation>Mencari pad...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="173" />
      <source>Asking the printer...</source>
      <translation>Menghubungi printer...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="181" />
      <source>signatures are written on the screen</source>
      <translation>tanda tangan dibuat di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="182" />
      <source>the pad answers</source>
      <translation>pad menjawab</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="183" />
      <source>no pad answered on this port</source>
      <translation>tidak ada pad yang menjawab di port ini</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="184" />
      <source>this port cannot be opened (in use, or unplugged)</source>
      <translation>port ini tidak dapat dibuka (sedang dipakai, atau tercabut)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="185" />
      <source>ready to print</source>
      <translation>siap mencetak</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="186" />
      <source>the printer cannot print now</source>
      <translation>printer belum dapat mencetak</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="187" />
      <source>no printer of this name on this laptop</source>
      <translation>tidak ada printer dengan nama ini di laptop ini</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="188" />
      <source>choose a printer, or save receipts as PDF files</source>
      <translation>pilih printer, atau simpan tanda terima sebagai berkas PDF</translation>
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
    <message>
      <location filename="../../ui/wizard/devices_page.py" line="192" />
      <source>this is not a badge of this ceremony</source>
      <translation>ini bukan badge acara ini</translation>
    </message>
  </context>
  <context>
    <name>DonePage</name>
    <message>
      <location filename="../../ui/pages/done.py" line="53" />
      <source>Thank you! Your pledge is signed.</source>
      <translation>Terima kasih! Pakta integritas Anda telah ditandatangani.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="54" />
      <source>Your receipt is being printed.</source>
      <translation>Tanda terima Anda sedang dicetak.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="55" />
      <source>The next attendee can scan now.</source>
      <translation>Peserta berikutnya dapat memindai sekarang.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="56" />
      <source>Print the receipt again…</source>
      <translation>Cetak ulang tanda terima…</translation>
    </message>
    <message>
      <location filename="../../ui/pages/done.py" line="64" />
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
      <location filename="../../ui/wizard/finish_pages.py" line="67" />
      <source>Ready</source>
      <translation>Siap</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="68" />
      <source>Check the choices below, then press Finish to open the desk.</source>
      <translation>Periksa pilihan di bawah, lalu tekan Selesai untuk membuka meja.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="81" />
      <source>(none)</source>
      <translation>(tidak ada)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="83" />
      <source>Desk name</source>
      <translation>Nama meja</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="84" />
      <source>Operator PIN</source>
      <translation>PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="84" />
      <source>set</source>
      <translation>sudah diatur</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="85" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="85" />
      <source>on the screen</source>
      <translation>di layar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="86" />
      <source>Badge scanner</source>
      <translation>Pemindai badge</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="87" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="88" />
      <source>Central server</source>
      <translation>Server pusat</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="88" />
      <source>not enrolled (offline)</source>
      <translation>belum terdaftar (luring)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="101" />
      <source>USB scanner (types like a keyboard)</source>
      <translation>Pemindai USB (mengetik seperti papan ketik)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="102" />
      <source>Serial scanner</source>
      <translation>Pemindai serial</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="104" />
      <source>Laptop camera</source>
      <translation>Kamera laptop</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="111" />
      <source>Saving...</source>
      <translation>Menyimpan...</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="121" />
      <source>The settings were not saved</source>
      <translation>Pengaturan tidak tersimpan</translation>
    </message>
  </context>
  <context>
    <name>FirstRunWizard</name>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="49" />
      <source>Pakta Station - first setup</source>
      <translation>Pakta Station - penyiapan awal</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="51" />
      <source>&lt; Back</source>
      <translation>&lt; Kembali</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="52" />
      <source>Next &gt;</source>
      <translation>Lanjut &gt;</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="53" />
      <source>Finish</source>
      <translation>Selesai</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/wizard.py" line="54" />
      <source>Skip for now</source>
      <translation>Lewati dulu</translation>
    </message>
  </context>
  <context>
    <name>GuardedActions</name>
    <message>
      <location filename="../../ui/operator/guarded.py" line="76" />
      <source>Void a record</source>
      <translation>Batalkan catatan</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="77" />
      <source>Void the record of %1? This adds a void record; nothing is deleted.</source>
      <translation>Batalkan catatan atas nama %1? Ini menambahkan catatan pembatalan; tidak ada yang dihapus.</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="81" />
      <source>Void record</source>
      <translation>Batalkan catatan</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="88" />
      <source>Print a copy of the receipt of %1? The copy is marked as a copy and the reason is recorded.</source>
      <translation>Cetak salinan tanda terima atas nama %1? Salinan diberi tanda SALINAN dan alasannya dicatat.</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="92" />
      <source>this attendee</source>
      <translation>peserta ini</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="94" />
      <source>Reprint a receipt</source>
      <translation>Cetak ulang tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/operator/guarded.py" line="96" />
      <source>Print the copy</source>
      <translation>Cetak salinan</translation>
    </message>
  </context>
  <context>
    <name>IdentityPage</name>
    <message>
      <location filename="../../ui/pages/identity.py" line="40" />
      <source>Your data</source>
      <translation>Data Anda</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="41" />
      <source>Is this you? Please check your name, NIP and unit.</source>
      <translation>Apakah ini Anda? Periksa nama, NIP, dan unit kerja Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="42" />
      <source>Yes, this is me (Enter)</source>
      <translation>Ya, ini saya (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/identity.py" line="43" />
      <source>Not me (Esc)</source>
      <translation>Bukan saya (Esc)</translation>
    </message>
  </context>
  <context>
    <name>IkrarPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="59" />
      <source>Text version {0} · SHA-256 {1}…</source>
      <translation>Versi teks {0} · SHA-256 {1}…</translation>
    </message>
  </context>
  <context>
    <name>NotFoundPage</name>
    <message>
      <location filename="../../ui/pages/not_found.py" line="81" />
      <source>Type a name or NIP: results appear as you type</source>
      <translation>Ketik nama atau NIP: hasil muncul saat Anda mengetik</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="82" />
      <source>Choose this person (Enter)</source>
      <translation>Pilih orang ini (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="83" />
      <source>Not on the roster: register (F4)</source>
      <translation>Tidak ada di daftar: daftarkan (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="84" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="86" />
      <source>No one found yet. Type at least 2 letters of the name or NIP digits.</source>
      <translation>Belum ada yang ditemukan. Ketik minimal 2 huruf nama atau angka NIP.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="101" />
      <source>Please wait a moment</source>
      <translation>Mohon tunggu sebentar</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="102" />
      <source>The attendant is looking up your data.</source>
      <translation>Petugas sedang mencari data Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="104" />
      <source>Search the roster</source>
      <translation>Cari di daftar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="110" />
      <source>The ceremony is closed</source>
      <translation>Upacara sudah ditutup</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="110" />
      <source>We are sorry</source>
      <translation>Mohon maaf</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="130" />
      <source>already signed, %1 at %2</source>
      <translation>sudah menandatangani, pukul %1 di %2</translation>
    </message>
    <message>
      <location filename="../../ui/pages/not_found.py" line="135" />
      <source>not signed yet</source>
      <translation>belum menandatangani</translation>
    </message>
  </context>
  <context>
    <name>OperatorPanel</name>
    <message>
      <location filename="../../ui/operator/panel.py" line="118" />
      <source>Latest records</source>
      <translation>Catatan terakhir</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="119" />
      <source>Progress by unit</source>
      <translation>Kemajuan per unit</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="120" />
      <source>Search name/NIP (F3)</source>
      <translation>Cari nama/NIP (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="121" />
      <source>Walk-in (F4)</source>
      <translation>Peserta tambahan (F4)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="122" />
      <source>Settings (F9)</source>
      <translation>Pengaturan (F9)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="123" />
      <source>Attendee screen (F11)</source>
      <translation>Layar peserta (F11)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="124" />
      <source>Close the ceremony…</source>
      <translation>Tutup upacara…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="125" />
      <source>Venue</source>
      <translation>Venue</translation>
    </message>
    <message>
      <location filename="../../ui/operator/panel.py" line="126" />
      <source>Mute the result sounds</source>
      <translation>Matikan bunyi hasil</translation>
    </message>
  </context>
  <context>
    <name>PinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="30" />
      <source>Operator PIN</source>
      <translation>PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="31" />
      <source>Enter the operator PIN to open the settings.</source>
      <translation>Masukkan PIN petugas untuk membuka pengaturan.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="34" />
      <source>Open</source>
      <translation>Buka</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="36" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="53" />
      <source>Type the PIN first.</source>
      <translation>Ketik PIN terlebih dahulu.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="67" />
      <source>Wrong PIN.</source>
      <translation>PIN salah.</translation>
    </message>
  </context>
  <context>
    <name>PinTexts</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="135" />
      <source>Choose an operator PIN.</source>
      <translation>Tentukan PIN petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="136" />
      <source>The PIN must be at least %1 digits, digits only.</source>
      <translation>PIN harus minimal %1 angka, hanya angka.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="139" />
      <source>The two PINs are not the same. Type them again.</source>
      <translation>Kedua PIN tidak sama. Ketik ulang.</translation>
    </message>
  </context>
  <context>
    <name>PledgePage</name>
    <message>
      <location filename="../../ui/pages/pledge.py" line="69" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="86" />
      <source>Signing again. Reason: %1</source>
      <translation>Tanda tangan ulang. Alasan: %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="91" />
      <source>The attendee agrees on their screen</source>
      <translation>Peserta menyatakan setuju di layar peserta</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="95" />
      <source>I agree (%1)</source>
      <translation>Saya setuju (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="97" />
      <source>Please read the pledge. You can agree in %1 s.</source>
      <translation>Silakan baca pakta ini. Anda dapat menyetujuinya dalam %1 detik.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="101" />
      <source>I agree (Saya setuju)</source>
      <translation>Saya setuju</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="103" />
      <source>To agree, tap “I agree” or tick the box at the bottom of the pad.</source>
      <translation>Untuk menyetujui, sentuh “Saya setuju” atau centang kotak di bagian bawah pad.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/pledge.py" line="105" />
      <source>To agree, tap “I agree”.</source>
      <translation>Untuk menyetujui, sentuh “Saya setuju”.</translation>
    </message>
  </context>
  <context>
    <name>ProgressPage</name>
    <message>
      <location filename="../../ui/venue/screen.py" line="120" />
      <source>of {0} have signed</source>
      <translation>dari {0} sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="123" />
      <source>{0} signings a minute</source>
      <translation>{0} penandatanganan per menit</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="125" />
      <source>Everyone has signed</source>
      <translation>Semua sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="127" />
      <source>Queue end: after the first signings</source>
      <translation>Perkiraan selesai: setelah penandatanganan pertama</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="130" />
      <source>Queue ends in about {0} min</source>
      <translation>Antrean selesai sekitar {0} menit lagi</translation>
    </message>
    <message>
      <location filename="../../ui/venue/screen.py" line="138" />
      <source>{0} other units</source>
      <translation>{0} unit lainnya</translation>
    </message>
  </context>
  <context>
    <name>ProgressView</name>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="50" />
      <source>%1 of %2 signed</source>
      <translation>%1 dari %2 sudah menandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="66" />
      <source>Unit</source>
      <translation>Unit kerja</translation>
    </message>
    <message>
      <location filename="../../ui/operator/progress_view.py" line="66" />
      <source>Signed</source>
      <translation>Sudah</translation>
    </message>
  </context>
  <context>
    <name>ReadyPage</name>
    <message>
      <location filename="../../ui/pages/ready.py" line="53" />
      <source>Welcome. Please scan your badge.</source>
      <translation>Selamat datang. Silakan pindai badge Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="54" />
      <source>Hold the QR code of your badge under the scanner.</source>
      <translation>Arahkan kode QR pada badge Anda ke pemindai.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="56" />
      <source>No badge? Type a name or NIP: results appear as you type (F3)</source>
      <translation>Tidak membawa badge? Ketik nama atau NIP: hasil muncul saat mengetik (F3)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/ready.py" line="58" />
      <source>Register an attendee not on the roster (F4)</source>
      <translation>Daftarkan peserta yang tidak ada di daftar (F4)</translation>
    </message>
  </context>
  <context>
    <name>ReasonDialog</name>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="43" />
      <source>Reason (required)</source>
      <translation>Alasan (wajib)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="45" />
      <source>Operator PIN</source>
      <translation>PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="48" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="75" />
      <source>A reason is required.</source>
      <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="79" />
      <source>Type the operator PIN.</source>
      <translation>Ketik PIN petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="94" />
      <source>Wrong PIN.</source>
      <translation>PIN salah.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/reason.py" line="98" />
      <source>This could not be done; nothing was changed.</source>
      <translation>Tindakan ini tidak berhasil; tidak ada yang diubah.</translation>
    </message>
  </context>
  <context>
    <name>ReceiptVerdictPage</name>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="82" />
      <source>Receipt of a signed pledge</source>
      <translation>Tanda terima pakta integritas</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="83" />
      <source>Done (Esc)</source>
      <translation>Selesai (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="101" />
      <source>NIP %1</source>
      <translation>NIP %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="103" />
      <source>Signed %1</source>
      <translation>Ditandatangani %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="105" />
      <source>at %1</source>
      <translation>di %1</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="110" />
      <source>Valid: proof of a cancellation</source>
      <translation>Sah — bukti pembatalan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="112" />
      <source>Valid</source>
      <translation>Sah</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="113" />
      <source>Voided</source>
      <translation>Dibatalkan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="114" />
      <source>Superseded by a later signing</source>
      <translation>Digantikan oleh tanda tangan ulang</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="115" />
      <source>Not valid</source>
      <translation>Tidak sah</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="116" />
      <source>Not checked</source>
      <translation>Belum dapat diperiksa</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="121" />
      <source>The record is genuine, but this QR points to %1, not to the organiser's page: a phone scanning it would not reach the organiser's check.</source>
      <translation>Rekamannya asli, tetapi kode QR ini mengarah ke %1, bukan ke halaman penyelenggara: ponsel yang memindainya tidak akan sampai ke pemeriksaan penyelenggara.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="127" />
      <source>This receipt was sealed by a registration desk of this ceremony and has not been changed. Compare the name and time above with the paper.</source>
      <translation>Tanda terima ini disegel oleh meja pendaftaran upacara ini dan tidak diubah. Cocokkan nama dan waktu di atas dengan kertasnya.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="132" />
      <source>This pledge was cancelled after it was signed.</source>
      <translation>Pakta integritas ini telah dibatalkan setelah ditandatangani.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="134" />
      <source>The attendee signed again later; this receipt is replaced.</source>
      <translation>Peserta menandatangani ulang kemudian; tanda terima ini telah digantikan.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="136" />
      <source>The desk could not check the receipt just now. Scan it again.</source>
      <translation>Meja belum dapat memeriksa tanda terima ini. Pindai sekali lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="139" />
      <source>This receipt was sealed by a desk this station does not know. Check it with a phone (scan the QR) or at the organiser's desk.</source>
      <translation>Tanda terima ini disegel oleh meja yang tidak dikenal meja ini. Periksa dengan ponsel (pindai kode QR) atau di meja penyelenggara.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="144" />
      <source>The digital seal does not match: this receipt is forged or was changed.</source>
      <translation>Segel digital tidak cocok: tanda terima ini palsu atau telah diubah.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/receipt_verdict.py" line="147" />
      <source>The code is damaged or is not a Pakta receipt.</source>
      <translation>Kode rusak atau bukan tanda terima Pakta.</translation>
    </message>
  </context>
  <context>
    <name>RecentView</name>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="157" />
      <source>Time (%1)</source>
      <translation>Pukul (%1)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="158" />
      <source>Name</source>
      <translation>Nama</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="158" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="159" />
      <source>Reprint…</source>
      <translation>Cetak ulang…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/recent_view.py" line="160" />
      <source>Void…</source>
      <translation>Batalkan…</translation>
    </message>
  </context>
  <context>
    <name>RejectedRows</name>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Row</source>
      <translation>Baris</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Problem</source>
      <translation>Masalah</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="127" />
      <source>Fix</source>
      <translation>Cara memperbaiki</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="129" />
      <source>A NIP in two rows: choose the row that is the right person.</source>
      <translation>Satu NIP di dua baris: pilih baris yang merupakan orang yang benar.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="131" />
      <source>Use the chosen rows</source>
      <translation>Gunakan baris yang dipilih</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="149" />
      <source>(neither: both stay refused)</source>
      <translation>(tidak keduanya: keduanya tetap ditolak)</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="153" />
      <source>row %1: %2</source>
      <translation>baris %1: %2</translation>
    </message>
  </context>
  <context>
    <name>RosterWords</name>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="32" />
      <source>name</source>
      <translation>nama</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="33" />
      <source>rank</source>
      <translation>pangkat/golongan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="34" />
      <source>position</source>
      <translation>jabatan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="35" />
      <source>unit</source>
      <translation>unit kerja</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="36" />
      <source>agency</source>
      <translation>instansi</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="40" />
      <source>The name is empty.</source>
      <translation>Nama kosong.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="40" />
      <source>Fill in the Nama column of this row.</source>
      <translation>Isi kolom Nama pada baris ini.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="42" />
      <source>The %1 is longer than 300 characters.</source>
      <translation>Isian %1 lebih dari 300 karakter.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="45" />
      <source>Shorten it in the file.</source>
      <translation>Persingkat isian di berkas.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="48" />
      <source>The NIP was stored as a number and lost digits.</source>
      <translation>NIP tersimpan sebagai angka dan kehilangan digit.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="49" />
      <source>Format the NIP column as Text in Excel, then type the NIP again.</source>
      <translation>Ubah format kolom NIP menjadi Teks di Excel, lalu ketik ulang NIP-nya.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="53" />
      <source>The NIP %1 has characters other than digits.</source>
      <translation>NIP %1 berisi karakter selain angka.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="54" />
      <source>Keep only the 18 digits (spaces are fine).</source>
      <translation>Sisakan 18 angka saja (spasi boleh).</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="58" />
      <source>The NIP %1 does not have 18 digits.</source>
      <translation>NIP %1 tidak terdiri dari 18 angka.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="59" />
      <source>Check the NIP against the staff record: it has exactly 18 digits.</source>
      <translation>Cocokkan NIP dengan data kepegawaian: NIP tepat 18 angka.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="63" />
      <source>The NIP %1 is not a valid NIP (birth date, gender or year).</source>
      <translation>NIP %1 tidak sah (tanggal lahir, jenis kelamin, atau tahun).</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="66" />
      <source>Check the NIP against the staff record.</source>
      <translation>Cocokkan NIP dengan data kepegawaian.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="70" />
      <source>There is no NIP and no other ID.</source>
      <translation>Tidak ada NIP maupun ID lain.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="71" />
      <source>Fill in the NIP, or the ID Lain column for someone without a NIP.</source>
      <translation>Isi NIP, atau kolom ID Lain untuk peserta tanpa NIP.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="75" />
      <source>The other ID %1 is not usable.</source>
      <translation>ID lain %1 tidak dapat dipakai.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="76" />
      <source>Use 3 to 40 letters, digits or dashes.</source>
      <translation>Gunakan 3 sampai 40 huruf, angka, atau tanda minus.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="80" />
      <source>The same NIP is also in row %1.</source>
      <translation>NIP yang sama juga ada di baris %1.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="81" />
      <source>Choose below which row is the right person.</source>
      <translation>Pilih di bawah baris mana yang merupakan orang yang benar.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="85" />
      <source>The same NIP: row %1 was chosen instead.</source>
      <translation>NIP yang sama: baris %1 yang dipilih.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="86" />
      <source>Nothing to do, unless the wrong row was chosen.</source>
      <translation>Tidak perlu tindakan, kecuali baris yang dipilih keliru.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/rejected_rows.py" line="88" />
      <source>Correct the row in the file and import again.</source>
      <translation>Perbaiki baris ini di berkas lalu impor ulang.</translation>
    </message>
  </context>
  <context>
    <name>ScreenSigningButton</name>
    <message>
      <location filename="../../ui/widgets/screen_signing.py" line="31" />
      <source>The pad is not working: sign on the screen instead</source>
      <translation>Pad tidak berfungsi: tanda tangan di layar</translation>
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
      <location filename="../../ui/wizard/finish_pages.py" line="52" />
      <source>Not enrolled</source>
      <translation>Belum terdaftar</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="56" />
      <source>this desk sends its records to the server</source>
      <translation>meja ini mengirim rekamannya ke server</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="57" />
      <source>no answer: check the address and the network</source>
      <translation>tidak ada jawaban: periksa alamat dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="58" />
      <source>the server refused the code: ask the organiser for a new one</source>
      <translation>server menolak kode: minta kode baru kepada panitia</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="59" />
      <source>check the address, the code and the network</source>
      <translation>periksa alamat, kode, dan jaringan</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/finish_pages.py" line="61" />
      <source>Enrolled</source>
      <translation>Terdaftar</translation>
    </message>
  </context>
  <context>
    <name>SetPinDialog</name>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="79" />
      <source>Set the operator PIN</source>
      <translation>Atur PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="81" />
      <source>This desk has no operator PIN yet. Choose one now: it protects the settings, voiding and reprinting. Use at least %1 digits and keep it with the attendants.</source>
      <translation>Meja ini belum memiliki PIN petugas. Tentukan sekarang: PIN melindungi pengaturan, pembatalan, dan cetak ulang. Gunakan minimal %1 angka dan simpan bersama para petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="89" />
      <source>New PIN</source>
      <translation>PIN baru</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="90" />
      <source>The same PIN again</source>
      <translation>PIN yang sama sekali lagi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="91" />
      <source>Save the PIN</source>
      <translation>Simpan PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/pin.py" line="93" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="54" />
      <source>Desk settings</source>
      <translation>Pengaturan meja</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="58" />
      <source>name of the attendant</source>
      <translation>nama petugas</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="76" />
      <source>automatic</source>
      <translation>otomatis</translation>
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
      <translation>Tes pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="93" />
      <source>USB scanner as keyboard</source>
      <translation>Pemindai USB (mengetik seperti papan ketik)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="94" />
      <source>serial scanner (lines)</source>
      <translation>pemindai serial (baris)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="95" />
      <source>serial scanner (Zebra SSI)</source>
      <translation>pemindai serial (Zebra SSI)</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="96" />
      <source>camera</source>
      <translation>kamera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="103" />
      <source>print queue, or folder:/path for PDF files</source>
      <translation>antrean cetak, atau folder:/path untuk berkas PDF</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="106" />
      <source>A5 sheet</source>
      <translation>Lembar A5</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="107" />
      <source>A4 sheet</source>
      <translation>Lembar A4</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="108" />
      <source>80 mm roll</source>
      <translation>Gulungan 80 mm</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="112" />
      <source>Print a receipt after each signing</source>
      <translation>Cetak tanda terima setelah setiap penandatanganan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="116" />
      <source>leave empty to keep the PIN</source>
      <translation>kosongkan untuk mempertahankan PIN</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="118" />
      <source>the new PIN again</source>
      <translation>PIN baru sekali lagi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="127" />
      <source>Station</source>
      <translation>Stasiun</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="129" />
      <source>Station name</source>
      <translation>Nama meja</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="130" />
      <source>Attendant on duty</source>
      <translation>Petugas jaga</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="131" />
      <source>Active ceremony</source>
      <translation>Acara aktif</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="132" />
      <source>Language</source>
      <translation>Bahasa</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="133" />
      <source>New operator PIN</source>
      <translation>PIN petugas baru</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="134" />
      <source>New PIN again</source>
      <translation>Ulangi PIN baru</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="135" />
      <source>Devices</source>
      <translation>Perangkat</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="140" />
      <source>Signature pad</source>
      <translation>Pad tanda tangan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="141" />
      <source>Pad protocol</source>
      <translation>Protokol pad</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="143" />
      <source>Scanner</source>
      <translation>Pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="144" />
      <source>Scanner port</source>
      <translation>Port pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="145" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="146" />
      <source>Printing and server</source>
      <translation>Pencetakan dan server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="148" />
      <source>Printer</source>
      <translation>Printer</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="149" />
      <source>Receipt layout</source>
      <translation>Tata letak tanda terima</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="151" />
      <source>Server address</source>
      <translation>Alamat server</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="152" />
      <source>Save</source>
      <translation>Simpan</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/settings.py" line="154" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
  </context>
  <context>
    <name>SigningPage</name>
    <message>
      <location filename="../../ui/pages/signing.py" line="89" />
      <source>By signing here I declare that I have taken the pledge read aloud together and agree to keep it.</source>
      <translation>Dengan membubuhkan tanda tangan di sini, saya menyatakan telah mengikrarkan pakta integritas yang dibacakan bersama dan setuju untuk menaatinya.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="95" />
      <source>Sign in the white area with pen, finger or mouse.</source>
      <translation>Bubuhkan tanda tangan di area putih dengan pena, jari, atau mouse.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="96" />
      <source>Redo (Ulangi)</source>
      <translation>Ulangi</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="97" />
      <source>Confirm signature (Enter)</source>
      <translation>Konfirmasi tanda tangan (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="98" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="106" />
      <source>Please sign in the white area</source>
      <translation>Silakan bubuhkan tanda tangan di area putih</translation>
    </message>
    <message>
      <location filename="../../ui/pages/signing.py" line="108" />
      <source>Please sign on the pad</source>
      <translation>Silakan bubuhkan tanda tangan pada pad</translation>
    </message>
  </context>
  <context>
    <name>StationPage</name>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="17" />
      <source>Welcome to Pakta Station</source>
      <translation>Selamat datang di Pakta Station</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="19" />
      <source>This laptop is not set up yet. A few steps prepare it for the ceremony: its name, the roster, the devices and the central server.</source>
      <translation>Laptop ini belum disiapkan. Beberapa langkah menyiapkannya untuk acara: namanya, daftar peserta, perangkat, dan server pusat.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="26" />
      <source>for example: Meja 1 - Pintu Utara</source>
      <translation>misalnya: Meja 1 - Pintu Utara</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="30" />
      <source>The name is printed on every receipt and shown on the organiser's screen.</source>
      <translation>Nama ini dicetak di setiap tanda terima dan ditampilkan di layar panitia.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="41" />
      <source>Desk name</source>
      <translation>Nama meja</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="43" />
      <source>Operator PIN</source>
      <translation>PIN petugas</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="44" />
      <source>PIN again</source>
      <translation>Ulangi PIN</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="55" />
      <source>This desk has a PIN already; type a new one only to change it.</source>
      <translation>Meja ini sudah memiliki PIN; ketik PIN baru hanya jika ingin menggantinya.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="57" />
      <source>The PIN protects the settings, voiding and reprinting.</source>
      <translation>PIN melindungi pengaturan, pembatalan, dan cetak ulang.</translation>
    </message>
    <message>
      <location filename="../../ui/wizard/station_page.py" line="59" />
      <source>Type the same PIN again.</source>
      <translation>Ketik PIN yang sama sekali lagi.</translation>
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
      <source>With your signature this desk keeps how the pen moved (its timing and pressure), encrypted and only as proof of this signing; it is erased when the ceremony's retention period ends.</source>
      <translation>Bersama tanda tangan Anda, meja ini menyimpan gerak pena (waktu dan tekanannya) secara terenkripsi, hanya sebagai bukti penandatanganan ini; data itu dihapus ketika masa penyimpanan upacara berakhir.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="27" />
      <source>A badge was scanned while this attendee is in progress; it was ignored.</source>
      <translation>Sebuah badge dipindai saat peserta ini belum selesai; pindaian diabaikan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="31" />
      <source>Signature cleared. Please sign again.</source>
      <translation>Tanda tangan dihapus. Silakan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="39" />
      <source>The signature pad was disconnected. Reconnect it, then press Redo.</source>
      <translation>Pad tanda tangan terputus. Sambungkan kembali, lalu tekan Ulangi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="41" />
      <source>Please read the pledge to the end first, then agree.</source>
      <translation>Mohon baca pakta ini sampai selesai, lalu nyatakan persetujuan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="43" />
      <source>The signature pad is not working. Please wait: the attendant will reconnect it or choose signing on the screen.</source>
      <translation>Pad tanda tangan tidak berfungsi. Mohon tunggu: petugas akan menyambungkannya kembali atau memilih tanda tangan di layar.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="48" />
      <source>No ceremony is active on this desk. Choose one in the settings.</source>
      <translation>Belum ada acara aktif di meja ini. Pilih di pengaturan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="56" />
      <source>The signing was left unfinished for too long; its signature was discarded.</source>
      <translation>Penandatanganan dibiarkan terlalu lama; tanda tangannya dibuang.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="58" />
      <source>The walk-in form was left for too long and closed; no one was registered.</source>
      <translation>Formulir peserta tambahan dibiarkan terlalu lama dan ditutup; tidak ada yang didaftarkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="60" />
      <source>No one signed for too long; the signing was closed. Nothing was recorded.</source>
      <translation>Terlalu lama tidak ada tanda tangan; penandatanganan ditutup. Tidak ada yang dicatat.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="61" />
      <source>The attendee did not continue; the desk is ready again. Nothing was recorded.</source>
      <translation>Peserta tidak melanjutkan; meja siap kembali. Tidak ada yang dicatat.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="66" />
      <source>The pad was disconnected during the signature. Please press Redo and sign again.</source>
      <translation>Pad terputus saat tanda tangan. Tekan Ulangi dan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="70" />
      <source>There is no signature yet. Please sign first.</source>
      <translation>Belum ada tanda tangan. Silakan tanda tangan dahulu.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="71" />
      <source>The signature is too short or too small. Please press Redo and sign again.</source>
      <translation>Tanda tangan terlalu pendek atau terlalu kecil. Tekan Ulangi dan tanda tangan lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="76" />
      <source>The database is busy. Nothing was saved yet; press Try again.</source>
      <translation>Basis data sedang sibuk. Belum ada yang tersimpan; tekan Coba lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="77" />
      <source>The signature could not be saved. Nothing was recorded; press Try again.</source>
      <translation>Tanda tangan tidak dapat disimpan. Tidak ada yang tercatat; tekan Coba lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="82" />
      <source>This NIP is already on the roster: use the search instead.</source>
      <translation>NIP ini sudah ada di daftar peserta: gunakan pencarian.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="84" />
      <source>The NIP is not valid (18 digits).</source>
      <translation>NIP tidak sah (18 angka).</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="86" />
      <source>Please fill in the name.</source>
      <translation>Silakan isi nama.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="87" />
      <source>The attendee could not be registered.</source>
      <translation>Peserta tidak dapat didaftarkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="93" />
      <source>This badge is not genuine or was altered; please see the attendant.</source>
      <translation>Badge ini tidak asli atau telah diubah; mohon menghubungi petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="97" />
      <source>Signing has ended: this ceremony is closed. Thank you.</source>
      <translation>Penandatanganan telah berakhir: upacara ini sudah ditutup. Terima kasih.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="99" />
      <source>The database is busy. Please scan again.</source>
      <translation>Basis data sedang sibuk. Silakan pindai lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="101" />
      <source>Your name is not yet on the list of attendees; please see the attendant.</source>
      <translation>Nama Anda belum terdapat dalam daftar peserta; mohon menghubungi petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="102" />
      <source>The badge could not be read. Please scan again or see the attendant.</source>
      <translation>Badge tidak dapat dibaca. Silakan pindai lagi atau hubungi petugas.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="107" />
      <source>Pad</source>
      <translation>Pad</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="108" />
      <source>Scanner</source>
      <translation>Pemindai</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="109" />
      <source>Camera</source>
      <translation>Kamera</translation>
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
      <translation>menyambung</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="118" />
      <source>connected</source>
      <translation>tersambung</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="119" />
      <source>no reply</source>
      <translation>tidak menjawab</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="120" />
      <source>not found</source>
      <translation>tidak ditemukan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="121" />
      <source>disconnected</source>
      <translation>terputus</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="122" />
      <source>reconnecting</source>
      <translation>menyambung ulang</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="123" />
      <source>stopped</source>
      <translation>berhenti</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="124" />
      <source>not used</source>
      <translation>tidak dipakai</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="125" />
      <source>USB, as keyboard</source>
      <translation>USB, sebagai papan ketik</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="126" />
      <source>camera</source>
      <translation>kamera</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="143" />
      <source>%1 waiting</source>
      <translation>%1 menunggu</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="145" />
      <source>synced</source>
      <translation>tersinkron</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="146" />
      <source>syncing</source>
      <translation>menyinkronkan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="147" />
      <source>offline</source>
      <translation>luring</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="148" />
      <source>not joined</source>
      <translation>belum terdaftar</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="149" />
      <source>refused</source>
      <translation>ditolak</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="150" />
      <source>error</source>
      <translation>galat</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="158" />
      <source>no printer chosen</source>
      <translation>printer belum dipilih</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="160" />
      <source>%1 failed</source>
      <translation>%1 gagal</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="162" />
      <source>%1 in queue</source>
      <translation>%1 dalam antrean</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="163" />
      <source>ready</source>
      <translation>siap</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="168" />
      <source>The scanner sent unreadable characters: check its keyboard layout.</source>
      <translation>Pemindai mengirim karakter yang tidak terbaca: periksa tata letak keyboard-nya.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="169" />
      <source>Reprint queued.</source>
      <translation>Cetak ulang masuk antrean.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="170" />
      <source>The receipt could not be queued for printing.</source>
      <translation>Tanda terima tidak dapat dimasukkan ke antrean cetak.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="171" />
      <source>The record was voided.</source>
      <translation>Catatan telah dibatalkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="172" />
      <source>Settings open only on the ready screen: finish this attendee.</source>
      <translation>Pengaturan hanya dapat dibuka di layar siap: selesaikan peserta ini dahulu.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="173" />
      <source>Set an operator PIN first: it protects settings, void and reprint.</source>
      <translation>Atur PIN petugas terlebih dahulu: PIN melindungi pengaturan, pembatalan, dan cetak ulang.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="174" />
      <source>The record could not be voided.</source>
      <translation>Catatan tidak dapat dibatalkan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="175" />
      <source>Settings saved.</source>
      <translation>Pengaturan disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="176" />
      <source>The settings could not be saved.</source>
      <translation>Pengaturan tidak dapat disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="177" />
      <source>New PIN saved.</source>
      <translation>PIN baru disimpan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="178" />
      <source>The PIN must be at least 4 digits.</source>
      <translation>PIN harus minimal 4 angka.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="179" />
      <source>The simulated scanner is not connected.</source>
      <translation>Pemindai simulasi tidak tersambung.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="180" />
      <source>Something went wrong; it was logged. The desk keeps working.</source>
      <translation>Terjadi kesalahan; sudah dicatat. Meja tetap berjalan.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="181" />
      <source>The ceremony is being closed: badges are not taken now.</source>
      <translation>Upacara sedang ditutup: kartu tidak diterima sekarang.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="182" />
      <source>The ceremony could not be closed; nothing was written.</source>
      <translation>Upacara tidak dapat ditutup; tidak ada yang dicatat.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="183" />
      <source>This desk joined the venue hub; the venue's ceremony is active.</source>
      <translation>Meja ini sudah bergabung ke hub venue; acara venue kini aktif.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="184" />
      <source>That was a venue hub's QR: open Venue → Join a venue to join it.</source>
      <translation>Itu QR hub venue: buka Venue → Bergabung ke venue untuk bergabung.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="185" />
      <source>A venue hub's QR was read incompletely: scan it again.</source>
      <translation>QR hub venue terbaca tidak lengkap: pindai sekali lagi.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="186" />
      <source>The big screen shows the venue hub: join a venue first.</source>
      <translation>Layar besar menampilkan hub venue: bergabunglah ke venue dahulu.</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="192" />
      <source>signed</source>
      <translation>ditandatangani</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="193" />
      <source>signed again</source>
      <translation>ditandatangani ulang</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="194" />
      <source>voided</source>
      <translation>dibatalkan</translation>
    </message>
    <message>
      <location filename="../../ui/texts.py" line="195" />
      <source>closing signature</source>
      <translation>tanda tangan penutupan</translation>
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
      <translation>Jadikan meja ini hub venue</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="43" />
      <source>One-time code (15 minutes, once):</source>
      <translation>Kode sekali pakai (15 menit, satu kali):</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="53" />
      <source>New code</source>
      <translation>Kode baru</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="90" />
      <source>The other desks join from their menu Venue → Join a venue: they scan this QR or type the code. The hub stops when this desk closes.</source>
      <translation>Meja lain bergabung lewat menu Venue → Bergabung ke venue: pindai QR ini atau ketik kodenya. Hub berhenti saat meja ini ditutup.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="97" />
      <source>The desks of the venue share their signings through one desk, the hub.</source>
      <translation>Meja-meja di venue berbagi penandatanganan melalui satu meja, yaitu hub.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="107" />
      <source>Starting the venue hub…</source>
      <translation>Menjalankan hub venue…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_host.py" line="110" />
      <source>Stopping the venue hub…</source>
      <translation>Menghentikan hub venue…</translation>
    </message>
  </context>
  <context>
    <name>VenueJoinDialog</name>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="41" />
      <source>Join a venue</source>
      <translation>Bergabung ke venue</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="43" />
      <source>Choose the venue hub found on this network, or scan the QR shown on the hub desk with the badge scanner or the camera. Then type the one-time code shown there. This desk then takes the venue's ceremony, pledge and roster.</source>
      <translation>Pilih hub venue yang ditemukan di jaringan ini, atau pindai QR yang tampil di meja hub dengan pemindai kartu atau kamera. Lalu ketik kode sekali pakai yang tampil di sana. Meja ini kemudian mengambil acara, teks pakta, dan daftar peserta venue.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="58" />
      <source>Search again</source>
      <translation>Cari lagi</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="63" />
      <source>for example 192.168.1.20:8765</source>
      <translation>misalnya 192.168.1.20:8765</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="68" />
      <source>for example K7QD-M2PX</source>
      <translation>misalnya K7QD-M2PX</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="70" />
      <source>Join</source>
      <translation>Bergabung</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="72" />
      <source>Cancel</source>
      <translation>Batal</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="79" />
      <source>Hub address</source>
      <translation>Alamat hub</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="80" />
      <source>One-time code</source>
      <translation>Kode sekali pakai</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="86" />
      <source>Hubs found on this network</source>
      <translation>Hub yang ditemukan di jaringan ini</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="99" />
      <source>Looking for venue hubs on this network…</source>
      <translation>Mencari hub venue di jaringan ini…</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="115" />
      <source>Hubs found: %1</source>
      <translation>Hub ditemukan: %1</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="120" />
      <source>No hub found. Type its address, or scan the QR shown on the hub desk.</source>
      <translation>Tidak ada hub yang ditemukan. Ketik alamatnya, atau pindai QR yang tampil di meja hub.</translation>
    </message>
    <message>
      <location filename="../../ui/dialogs/venue_join.py" line="148" />
      <source>Joining the venue hub…</source>
      <translation>Bergabung ke hub venue…</translation>
    </message>
  </context>
  <context>
    <name>VenueTexts</name>
    <message>
      <location filename="../../ui/venue/texts.py" line="20" />
      <source>Type the one-time code shown on the hub desk (for example K7QD-M2PX).</source>
      <translation>Ketik kode sekali pakai yang tampil di meja hub (misalnya K7QD-M2PX).</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="21" />
      <source>Choose a hub from the list, or type its address (for example 192.168.1.20:8765).</source>
      <translation>Pilih hub dari daftar, atau ketik alamatnya (misalnya 192.168.1.20:8765).</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="25" />
      <source>The hub refused this code: it is wrong or was already used. Ask the hub desk for a new code.</source>
      <translation>Hub menolak kode ini: kodenya salah atau sudah dipakai. Minta kode baru di meja hub.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="29" />
      <source>This code has expired (codes live 15 minutes). Ask the hub desk for a new code.</source>
      <translation>Kode ini sudah kedaluwarsa (kode berlaku 15 menit). Minta kode baru di meja hub.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="32" />
      <source>The hub does not answer at this address. Check that both laptops are on the same network and that the hub desk is on.</source>
      <translation>Hub tidak menjawab di alamat ini. Pastikan kedua laptop berada di jaringan yang sama dan meja hub menyala.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="36" />
      <source>Choose the active ceremony first: the hub shares it with the desks.</source>
      <translation>Pilih acara aktif dahulu: hub membagikannya ke meja-meja.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="37" />
      <source>The venue hub could not start on this desk. See the desk's log.</source>
      <translation>Hub venue tidak dapat berjalan di meja ini. Lihat log meja.</translation>
    </message>
    <message>
      <location filename="../../ui/venue/texts.py" line="38" />
      <source>The venue action failed.</source>
      <translation>Tindakan venue gagal.</translation>
    </message>
  </context>
  <context>
    <name>VenueTotalsView</name>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="85" />
      <source>Hub unreachable since %1</source>
      <translation>Hub tidak terjangkau sejak %1</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="88" />
      <source>Connecting to the venue hub %1…</source>
      <translation>Menghubungkan ke hub venue %1…</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="91" />
      <source>Venue: %1/%2 signed · hub reachable</source>
      <translation>Venue: %1/%2 sudah tanda tangan · hub terjangkau</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="111" />
      <source>(away)</source>
      <translation>(terputus)</translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="116" />
      <source>Figures as of %1: </source>
      <translation>Angka per %1: </translation>
    </message>
    <message>
      <location filename="../../ui/operator/venue_totals.py" line="118" />
      <source>⚑ %1 signed at two desks (both kept)</source>
      <translation>⚑ %1 menandatangani di dua meja (keduanya disimpan)</translation>
    </message>
  </context>
  <context>
    <name>WalkInPage</name>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="64" />
      <source>Please wait a moment</source>
      <translation>Mohon tunggu sebentar</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="65" />
      <source>The attendant is registering you.</source>
      <translation>Petugas sedang mendaftarkan Anda.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="67" />
      <source>Register an attendee not on the roster</source>
      <translation>Daftarkan peserta yang tidak ada di daftar</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="68" />
      <source>The record will be flagged for the organiser's review.</source>
      <translation>Catatan akan ditandai untuk diperiksa panitia.</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="69" />
      <source>Full name</source>
      <translation>Nama lengkap</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="70" />
      <source>NIP (18 digits) or ID</source>
      <translation>NIP (18 angka) atau ID</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="71" />
      <source>Position</source>
      <translation>Jabatan</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="72" />
      <source>Unit</source>
      <translation>Unit kerja</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="73" />
      <source>Register and continue (Enter)</source>
      <translation>Daftarkan dan lanjutkan (Enter)</translation>
    </message>
    <message>
      <location filename="../../ui/pages/walk_in.py" line="74" />
      <source>Cancel (Esc)</source>
      <translation>Batal (Esc)</translation>
    </message>
  </context>
</TS>
