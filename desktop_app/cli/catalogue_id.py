"""Bahasa Indonesia for the CLI's human text, keyed by the English source (see cli/lang.py).

Placeholders ({name}) stay as they are. Words that come from a set of codes (a device's link
status, a print job's state, a lookup result) are keyed by the code itself.
"""

from __future__ import annotations

INDONESIAN: dict[str, str] = {
    # main
    "cannot use a file or folder{where}: {reason}": (
        "tidak dapat memakai berkas atau folder{where}: {reason}"
    ),
    "unexpected error ({kind}: {detail}); run with --debug for details": (
        "galat tak terduga ({kind}: {detail}); jalankan dengan --debug untuk rinciannya"
    ),
    # argparse's own messages (cli/lang.py hands argparse this catalogue)
    "usage: ": "penggunaan: ",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "pilihan tidak sah: %(value)r (pilih dari %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "expected one argument": "perlu satu argumen",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "ambiguous option: %(option)s could match %(matches)s": (
        "opsi ambigu: %(option)s bisa berarti %(matches)s"
    ),
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    # the kinds of core errors (domain/errors.py codes): said before the core's own words
    "error": "galat",
    "invalid_input": "masukan tidak sah",
    "store_too_new": "folder data dari versi Pakta Station yang lebih baru",
    "integrity": "verifikasi integritas gagal",
    "deleted": "sudah dihapus",
    "device_unavailable": "perangkat tidak tersedia",
    "printer_unavailable": "printer tidak tersedia",
    "print_failed": "gagal mencetak",
    # ceremony
    "Created ceremony {id} (active): {title}": "Acara {id} dibuat (aktif): {title}",
    "Created ceremony {id}: {title}": "Acara {id} dibuat: {title}",
    "signed {signed}/{of}": "sudah tanda tangan {signed}/{of}",
    "No ceremonies yet: pakta ceremony create --title ...": (
        "Belum ada acara: pakta ceremony create --title ..."
    ),
    "Active ceremony: {id} {title}": "Acara aktif: {id} {title}",
    "The signatures of {title} are already erased.": "Tanda tangan {title} sudah dihapus.",
    (
        "this would make the signatures of {records} record(s) of {title!r} unreadable for "
        "good ({unsynced} not yet on the server, {print_jobs} receipt(s) not yet printed); "
        "nothing was changed. Run again with --yes to erase."
    ): (
        "ini akan membuat tanda tangan {records} catatan dari {title!r} tidak terbaca "
        "selamanya ({unsynced} belum ada di server, {print_jobs} tanda terima belum "
        "dicetak); tidak ada yang diubah. Jalankan lagi dengan --yes untuk menghapus."
    ),
    "Already erased before; nothing changed.": "Sudah dihapus sebelumnya; tidak ada yang diubah.",
    (
        "Erased the signatures of {records} record(s); the records and their chain stay. "
        "{cancelled} unprinted receipt(s) cancelled, {dropped} unsynced record(s) dropped "
        "from the outbox."
    ): (
        "Tanda tangan {records} catatan dihapus; catatan dan rantainya tetap ada. "
        "{cancelled} tanda terima yang belum dicetak dibatalkan, {dropped} catatan yang "
        "belum tersinkron dikeluarkan dari kotak keluar."
    ),
    # desk
    "no display to show the desk on (set DISPLAY, or QT_QPA_PLATFORM=offscreen)": (
        "tidak ada layar untuk menampilkan meja (atur DISPLAY, atau QT_QPA_PLATFORM=offscreen)"
    ),
    "{folder} is not a demo data folder; omit --data-dir": (
        "{folder} bukan folder data demo; jangan pakai --data-dir"
    ),
    # devices
    "Serial ports:": "Port serial:",
    "Signature pads:": "Pad tanda tangan:",
    "Serial scanners:": "Pemindai serial:",
    "Cameras:": "Kamera:",
    "Printers:": "Printer:",
    "(none)": "(tidak ada)",
    "(none: {why})": "(tidak ada: {why})",
    "{port}  {protocol} at {baud} baud": "{port}  {protocol} pada {baud} baud",
    "{title} at {baud} baud": "{title} pada {baud} baud",
    "pad lost on {port}: {detail}": "pad terputus di {port}: {detail}",
    "pad back on {port}": "pad tersambung lagi di {port}",
    "no pad answered on {port}": "tidak ada pad yang menjawab di {port}",
    "the pad on {port} went away and did not come back": (
        "pad di {port} terputus dan tidak tersambung lagi"
    ),
    "opening": "membuka",
    "connected": "tersambung",
    "no_reply": "tidak menjawab",
    "not_found": "tidak ditemukan",
    "disconnected": "terputus",
    "reconnecting": "menyambung ulang",
    "stopped": "berhenti",
    "tip": "menekan",
    "hover": "melayang",
    "away": "jauh",
    # simulate
    "simulated {what} on {port} (Ctrl+C to stop)": (
        "{what} simulasi di {port} (Ctrl+C untuk berhenti)"
    ),
    "{title} pad": "pad {title}",
    "scanner": "pemindai",
    "cannot create the simulated pad: {reason}": "pad simulasi tidak dapat dibuat: {reason}",
    "cannot create the simulated scanner: {reason}": (
        "pemindai simulasi tidak dapat dibuat: {reason}"
    ),
    # documents: verify, badges, print
    "give a receipt PDF or --qr TEXT (one of them)": (
        "berikan PDF tanda terima atau --qr TEKS (salah satu)"
    ),
    "{path}: no such file": "{path}: berkas tidak ada",
    "--chain checks the store: give no file and no --qr": (
        "--chain memeriksa penyimpanan: jangan berikan berkas atau --qr"
    ),
    "VALID: {records} records chained and signed; {anchors} server anchor(s) agree": (
        "SAH: {records} rekaman berantai dan bertanda tangan; {anchors} jangkar server cocok"
    ),
    "NOT VALID:": "TIDAK SAH:",
    "page {page}: ": "halaman {page}: ",
    "VALID": "SAH",
    "NOT VALID": "TIDAK SAH",
    " — NIP {nip}, signed {at}, record {id}": " — NIP {nip}, ditandatangani {at}, catatan {id}",
    "All receipts authentic.": "Semua tanda terima asli.",
    "Some receipts are NOT valid.": "Sebagian tanda terima TIDAK SAH.",
    "--out {path} is a folder; give a file name": "--out {path} adalah folder; berikan nama berkas",
    "Wrote {path} ({n} badges)": "{path} ditulis ({n} badge)",
    "disk full": "disk penuh",
    "cannot write {path}: {reason}; nothing was written": (
        "{path} tidak dapat ditulis: {reason}; tidak ada yang ditulis"
    ),
    "record {id}": "catatan {id}",
    "tries {n}": "percobaan {n}",
    "No print jobs waiting.": "Tidak ada pekerjaan cetak yang menunggu.",
    "Printer: {error}": "Printer: {error}",
    "Printed: job {id} on {printer}": "Tercetak: pekerjaan {id} di {printer}",
    "Accepted by {printer} (job {job}); printing": (
        "Diterima oleh {printer} (pekerjaan {job}); mencetak"
    ),
    "Job {id} is {status}: {error} (kept; it will be retried)": (
        "Pekerjaan {id} {status}: {error} (disimpan; akan dicoba lagi)"
    ),
    "no record {ref!r} (give at least 8 characters of its id)": (
        "tidak ada catatan {ref!r} (berikan sedikitnya 8 karakter id-nya)"
    ),
    "no record {ref!r}": "tidak ada catatan {ref!r}",
    "{ref!r} matches several records": "{ref!r} cocok dengan beberapa catatan",
    "Retried {n} job(s); {open} still open": "{n} pekerjaan dicoba lagi; {open} masih terbuka",
    "give a job number or --all": "berikan nomor pekerjaan atau --all",
    "Moved {n} job(s) to {printer}; {open} still open": (
        "{n} pekerjaan dipindah ke {printer}; {open} masih terbuka"
    ),
    "Cancelled job {id}": "Pekerjaan {id} dibatalkan",
    "All print jobs done.": "Semua pekerjaan cetak selesai.",
    "pending": "menunggu",
    "sending": "mengirim",
    "sent": "terkirim",
    "done": "selesai",
    "failed": "gagal",
    "cancelled": "dibatalkan",
    # export
    "{kind} cannot be exported as {format}": "{kind} tidak dapat diekspor sebagai {format}",
    "Wrote {path} ({rows} rows)": "{path} ditulis ({rows} baris)",
    # lookup
    "found: {name} ({id}), {position}, {unit}": "ditemukan: {name} ({id}), {position}, {unit}",
    "already signed: {name} ({id}) at {at} on {station}": (
        "sudah tanda tangan: {name} ({id}) pada {at} di {station}"
    ),
    "found": "ditemukan",
    "already_signed": "sudah tanda tangan",
    "unknown": "tidak dikenal",
    "invalid": "tidak sah",
    "closed": "upacara sudah ditutup",
    # rehearse
    "--attendees must be >= 0 and --desks between 1 and 32": (
        "--attendees harus >= 0 dan --desks antara 1 dan 32"
    ),
    "this station is not enrolled: run `pakta station enroll URL CODE` first": (
        "stasiun ini belum terdaftar: jalankan dulu `pakta station enroll URL KODE`"
    ),
    (
        "Attendees {attendees}: signed {signed}, already signed {already}, not found "
        "{not_found}; receipts {receipts}, synced {synced}, lost {lost}; chain {chain}\n"
        "lookup p99 {lookup} ms, commit p99 {commit} ms, wall {wall} ms"
    ): (
        "Peserta {attendees}: tanda tangan {signed}, sudah tanda tangan {already}, tidak "
        "ditemukan {not_found}; tanda terima {receipts}, tersinkron {synced}, hilang {lost}; "
        "rantai {chain}\npencarian p99 {lookup} ms, simpan p99 {commit} ms, total {wall} ms"
    ),
    "OK": "BAIK",
    "BROKEN": "RUSAK",
    # roster
    "Imported {imported}, updated {updated}, unchanged {unchanged}, rejected {rejected}.": (
        "Diimpor {imported}, diperbarui {updated}, tetap {unchanged}, ditolak {rejected}."
    ),
    "row {row}: {reason}": "baris {row}: {reason}",
    # server
    "the server is not installed ({name} missing): pip install 'pakta-station[server]'": (
        "server belum terpasang ({name} tidak ada): pip install 'pakta-station[server]'"
    ),
    "this command needs the desk's libraries ({name} missing): pip install 'pakta-station[desk]'": (
        "perintah ini memerlukan pustaka meja ({name} tidak ada): pip install 'pakta-station[desk]'"
    ),
    "--workers must be between 1 and 64": "--workers harus antara 1 dan 64",
    "Password for {name}: ": "Kata sandi untuk {name}: ",
    "Again: ": "Ulangi: ",
    "the passwords differ": "kata sandinya berbeda",
    "{plan}. Nothing changed: add --yes to delete.": (
        "{plan}. Tidak ada yang diubah: tambahkan --yes untuk menghapus."
    ),
    # station, sync
    "give the server address and the one-time code": (
        "berikan alamat server dan kode sekali pakai"
    ),
    "cannot reach the server: {reason}": "server tidak dapat dihubungi: {reason}",
    "enrolment refused: {reason}": "pendaftaran ditolak: {reason}",
    "Enrolled station {id} with {server} at {url}": (
        "Stasiun {id} terdaftar di {server} pada {url}"
    ),
    "enrolled with {url}": "terdaftar di {url}",
    "not enrolled": "belum terdaftar",
    "Station {where}; {pending} record(s) waiting, {refused} refused": (
        "Stasiun {where}; {pending} catatan menunggu, {refused} ditolak"
    ),
    "--batch must be between 1 and 500": "--batch harus antara 1 dan 500",
    "server unavailable ({reason}); {left} record(s) wait safely in the outbox": (
        "server tidak tersedia ({reason}); {left} catatan menunggu dengan aman di kotak keluar"
    ),
    "the server refuses this station: {reason}": "server menolak stasiun ini: {reason}",
    "ceremony {ceremony} update refused by the {by}: {reason}": (
        "pembaruan acara {ceremony} ditolak oleh {by}: {reason}"
    ),
    (
        "Pushed {pushed}: {accepted} accepted, {already} already stored, {refused} refused, "
        "{duplicates} flagged as duplicates; pulled {pulled}; {pending} waiting"
    ): (
        "Dikirim {pushed}: {accepted} diterima, {already} sudah tersimpan, {refused} ditolak, "
        "{duplicates} ditandai ganda; diambil {pulled}; {pending} menunggu"
    ),
    "refused {id}: {reason}": "ditolak {id}: {reason}",
    # pakta venue
    "--port must be between 1 and 65535": "--port harus antara 1 dan 65535",
    "no active ceremony to host: {reason}": "tidak ada acara aktif untuk dijadikan hub: {reason}",
    "the hub did not take this desk: {reason}": "hub tidak menerima meja ini: {reason}",
    "Venue hub {hub} at {url}\nJoin code (15 min, once): {code}\nQR text: {qr}": (
        "Hub tempat {hub} di {url}\nKode bergabung (15 menit, sekali pakai): {code}\nTeks QR: {qr}"
    ),
    "this desk does not host a venue hub (pakta venue host)": (
        "meja ini tidak menjadi hub tempat (pakta venue host)"
    ),
    "the hub does not answer: {reason}": "hub tidak menjawab: {reason}",
    "Join code (15 min, once): {code}": "Kode bergabung (15 menit, sekali pakai): {code}",
    "give the one-time code shown on the host (--code)": (
        "berikan kode sekali pakai yang tampil di meja hub (--code)"
    ),
    "no venue hub found on this network; give its address": (
        "tidak ada hub tempat di jaringan ini; berikan alamatnya"
    ),
    "cannot reach the hub: {reason}": "hub tidak dapat dihubungi: {reason}",
    "join refused: {reason}": "bergabung ditolak: {reason}",
    "Joined {hub} at {url} as {desk}": "Bergabung dengan {hub} di {url} sebagai {desk}",
    "this desk has not joined a venue (pakta venue join)": (
        "meja ini belum bergabung dengan tempat mana pun (pakta venue join)"
    ),
    "Hub {hub} ({state}): {signed} of {expected} signed": (
        "Hub {hub} ({state}): {signed} dari {expected} sudah menandatangani"
    ),
    "online": "terhubung",
    "unreachable": "tidak terjangkau",
    "offline": "tidak terhubung",
    "duplicates here: {n}": "ganda di meja ini: {n}",
    "relay to the central server: {relayed} relayed, {waiting} waiting": (
        "penerusan ke server pusat: {relayed} diteruskan, {waiting} menunggu"
    ),
    "Left the venue": "Keluar dari tempat",
    "This desk had not joined a venue": "Meja ini belum bergabung dengan tempat mana pun",
    "Hub stopped": "Hub dihentikan",
    "No hub was running": "Tidak ada hub yang berjalan",
    "give the hub's address (--hub URL) or join a venue first": (
        "berikan alamat hub (--hub URL) atau bergabung dengan tempat lebih dulu"
    ),
    "no display toolkit: {reason}": "tidak ada perangkat tampilan: {reason}",
    # pakta rehearse --venue-day
    "--attendees must be 1 to 5000 and --desks 1 to 8": (
        "--attendees harus 1 sampai 5000 dan --desks 1 sampai 8"
    ),
    "--double-sign must be between 0 and --attendees": (
        "--double-sign harus antara 0 dan --attendees"
    ),
    "--speed must be between 1 and 1000": "--speed harus antara 1 dan 1000",
    (
        "Venue day: {attendees} attendees at {desks} desks (x{speed})\n"
        "signed {unique} unique, lost {lost}; double attempts {double}: refused at the desk "
        "{refused}, signed in a partition {twice} (flagged centrally {flagged})\n"
        "central: {on_central} records of {local} ({once}); receipts {receipts}, "
        "reprints {reprints}\n"
        "cross-desk p99 {p99} ms; software per attendee p50 {p50} ms"
    ): (
        "Hari pelaksanaan: {attendees} peserta di {desks} meja (x{speed})\n"
        "{unique} orang menandatangani, hilang {lost}; percobaan ganda {double}: ditolak di "
        "meja {refused}, ditandatangani saat terputus {twice} (ditandai di pusat {flagged})\n"
        "pusat: {on_central} catatan dari {local} ({once}); tanda terima {receipts}, "
        "cetak ulang {reprints}\n"
        "p99 antar-meja {p99} md; waktu perangkat lunak per peserta p50 {p50} md"
    ),
    "exactly once": "tepat sekali",
    "NOT exactly once": "TIDAK tepat sekali",
    # campaigns (issue 15)
    "--unit needs --campaign": "--unit memerlukan --campaign",
    "give --unit or --list": "berikan --unit atau --list",
    "--unit and --list need --campaign": "--unit dan --list memerlukan --campaign",
    "a scoped user is a viewer with both --campaign and --unit": (
        "pengguna terbatas adalah viewer dengan --campaign dan --unit sekaligus"
    ),
    "cannot read {path}: {reason}": "tidak dapat membaca {path}: {reason}",
    "{path}: line {line}: {text!r} is not a NIP or identifier": (
        "{path}: baris {line}: {text!r} bukan NIP atau pengenal"
    ),
}
