<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms_MY">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>Data %1 akaun di %2 bocor pada %3. Ia termasuk %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>Data akaun di %1 bocor pada %2. Ia termasuk %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Data ini dipercayai rekaan.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Ia senarai yang digunakan untuk menghantar spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>Ia belum disahkan tulen.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Dimasukkan secara manual dalam peti besi ini.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Fakta: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Fakta: kajian Breach Advisor daripada sumber di atas.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Fakta: daripada fail katalog yang diimport.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import berkas</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Import berkas daripada meja bantuan</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1 dibuat pada %2. Ia mengandungi katalog kebocoran data dan %n fail kebocoran dengan %3 rekod.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Ia ditandatangani oleh %1, meja bantuan yang dipercayai oleh peti besi ini (kunci %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Ia ditandatangani oleh kunci yang belum dipercayai oleh peti besi ini:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Minta fail kunci awam (.pub) daripada meja bantuan anda dan semak, melalui telefon atau di atas kertas, bahawa kuncinya sama. Hanya selepas itu pilih fail itu di bawah: mulai sekarang, peti besi ini akan menerima berkas yang ditandatangani oleh meja bantuan itu.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Ia lebih lama daripada berkas terakhir yang diterima daripada meja bantuan ini (dibuat pada %1): ia mungkin salinan lama yang dihantar semula. Import &amp;juga</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Fail kunci awam meja bantuan</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>&amp;Kunci awam meja bantuan (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Pilih kunci awam meja bantuan</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Kunci awam (*.pub);;Semua fail (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>cth. Meja bantuan perpustakaan bandar</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;Nama untuk meja bantuan ini:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Fail kunci ejen</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>Kunci &amp;ejen (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Pilih kunci ejen</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Kunci ejen (*.agent);;Semua fail (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Berkas ini mengandungi cap jari pengecam dan jenis data yang bocor, tidak sekali-kali nilai yang bocor. Ia hanya dibaca jika tandatangannya sah bagi setiap bait; jika tidak, tiada apa-apa yang berubah.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Pilih fail kunci ejen yang diberikan oleh meja bantuan anda.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Pilih fail kunci awam meja bantuan, setelah anda menyemak bahawa kuncinya sama seperti di atas.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Menyemak tandatangan dan mengimport…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>Kunci dalam %1 (%2) bukan kunci yang menandatangani berkas ini. Tiada apa-apa yang diubah.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Apa yang bocor</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lagi</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 akaun: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 akaun</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>bilangan akaun tidak diketahui</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Katalog kebocoran data</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>syarikat atau laman web, cth. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>Apa yang &amp;bocor:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Perkhidmatan:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Tentang kebocoran data ini</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Saya &amp;diberitahu saya terlibat dalam kebocoran ini…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Apa sahaja</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Sebarang tahun</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Sebarang perkhidmatan</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%1 daripada %2 kebocoran data dipaparkan. Fakta daripada Have I Been Pwned (CC BY 4.0) melainkan kebocoran itu menyatakan sumber lain.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Tukar frasa laluan</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>Frasa laluan baharu membuka peti besi mulai sekarang; kunci pemulihan anda masih berfungsi. Jika anda fikir seseorang tahu frasa laluan anda dan mungkin mempunyai salinan peti besi, frasa laluan baharu sahaja tidak melindungi salinan itu.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frasa laluan &amp;baharu:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa laluan baharu</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Taip sekali lagi:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Taip frasa laluan baharu sekali lagi</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Tukar</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Maklumat anda yang terlibat</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Akaun di dalamnya</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>mungkin termasuk: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>tidak diketahui</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 dan %n lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; laman bagi log masuk yang bocor: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Tidak digunakan</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Nombor telefon (disemak)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Alamat e-mel (disemak)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Nama pengguna (disemak)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (hanya sama ada ia diisi)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Lajur</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Kandungan</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Lajur %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Alamat web (laman bagi setiap log masuk)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Tiada negara (nombor bermula dengan +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Selamat datang ke Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Ketahui sama ada butiran anda bocor, apa yang bocor dan apa yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor menyemak nombor telefon, alamat e-mel dan nama pengguna dengan kebocoran data yang diketahui dan fail kebocoran yang anda import, lalu menyediakan pelan langkah mudah, untuk anda atau untuk orang yang anda bantu.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Apa sahaja yang anda taip di sini tidak keluar dari komputer ini: tiada akaun dan tiada sambungan internet. Semuanya disimpan dalam peti besi yang disulitkan dan hanya frasa laluan anda yang dapat membukanya.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Saiz &amp;teks:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Ingat pada komputer ini (tidak perlu frasa laluan untuk membukanya di sini)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Peti besi anda sedang dibuat. Ini mengambil sedikit masa.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Pilih frasa laluan</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>Frasa laluan membuka peti besi anda. Empat atau lebih perkataan yang tiada kaitan antara satu sama lain mudah diingat dan sukar diteka. Anda boleh menampalnya daripada pengurus kata laluan.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>Frasa laluan &amp;baharu:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa laluan baharu</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Taip sekali lagi:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Taip frasa laluan sekali lagi</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Ciri ingat ini menggunakan rantai kunci komputer ini: sesiapa yang boleh menggunakan akaun anda pada komputer ini akan dapat membuka peti besi. Jangan hidupkannya pada komputer yang dikongsi.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Jika anda terlupa frasa laluan, hanya kunci pemulihan pada halaman seterusnya yang dapat membuka peti besi.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Membuat peti besi</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Saya telah &amp;mencetak atau menulis kunci pemulihan saya dan menyimpannya di tempat yang selamat</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan anda</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Jika anda terlupa frasa laluan, kunci ini satu-satunya cara untuk membuka semula peti besi anda. Ia hanya dipaparkan sekarang. Cetak atau tulis kunci ini, dan simpan jauh dari komputer ini.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Peti besi anda sudah sedia</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Seterusnya, tambah diri anda atau orang yang anda bantu: nombor telefon, alamat e-mel dan perkhidmatan yang digunakan. Breach Advisor kemudian menunjukkan apa yang bocor dan apa yang perlu dilakukan, langkah demi langkah.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Sediakan Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Teruskan</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Mula</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Kandungan lajur</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Pilih fail kebocoran…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>Baris pertama mengandungi &amp;nama lajur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import fail</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Batalkan import</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Buang import ini…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Import fail kebocoran</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Fail kebocoran (CSV, TSV atau JSON Lines, termasuk gzip) dibaca pada komputer ini. Hanya cap jari berkunci bagi nombor telefon, alamat e-mel dan nama pengguna yang disimpan, serta jenis data yang ada dalam setiap rekod — nilai yang bocor tidak sekali-kali disimpan.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Fail dibaca mengikut tetapan di bawah. Kebanyakan fail tidak perlu diubah di sini.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Tiada: kenal pasti daripada fail</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>Susun atur kebocoran yang &amp;diketahui:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Dikesan dalam fail (koma, koma bertitik, tab, paip atau titik bertindih)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Koma bertitik ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Paip |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Titik bertindih :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Aksara tab</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Koma ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Medan &amp;dipisahkan dengan:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Dikesan dalam fail (UTF-8, jika tidak Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Eropah Barat)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Eropah Barat)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>&amp;Teks ditulis dalam:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Baris pertama:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Baris pertama fail</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Kandungan setiap lajur (ubah jika cadangan itu salah):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Kandungan setiap lajur</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>Kebocoran data asal fail ini</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>Kebocoran data &amp;baharu…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>&amp;Kebocoran data asalnya:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Dengan kod negara (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Seperti didail dalam satu negara (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>&amp;Nombor telefon ditulis:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;Negaranya:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Kembali</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Anda boleh menggunakan bahagian lain aplikasi ini sementara itu. Membatalkan tidak mengubah apa-apa.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Apa yang tidak diimport, dengan contoh</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Import fail &amp;lain</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Diimport setakat ini</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Fail kebocoran yang diimport</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Pilih kebocoran data…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Pilih fail kebocoran</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fail: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Tiada lajur yang dikenal pasti sebagai nombor telefon, alamat e-mel atau nama pengguna: nyatakan lajur yang mengandunginya.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Kebocoran data yang tiada dalam katalog</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Syarikat atau &amp;perkhidmatan:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Bila ia berlaku:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;Akaun di dalamnya (jika diketahui):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Apa yang bocor diambil daripada lajur yang anda petakan.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Nyatakan lajur yang mengandungi nombor telefon, alamat e-mel atau nama pengguna.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Pilih kebocoran data asal fail ini, atau buat yang baharu.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Nombor yang ditulis seperti didail dalam satu negara memerlukan negara itu.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bermula…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Mengimport %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Import dibatalkan. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 baris dibaca, %2 baris sesaat</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Mengimport: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Menulis indeks yang disulitkan: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Mengimport: menulis indeks</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Pilih import yang hendak dibuang dalam senarai.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Buang import ini?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Rekod daripada %1 (%2) akan dibuang daripada indeks. Keputusan setiap orang akan berubah dengan sewajarnya. Fail itu sendiri tidak disentuh.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Buang</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Membuang: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Telah dibuang. Ruang sedang dipulangkan kepada cakera…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Telah dibuang. Peti besi kini %1 lebih kecil.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Langkau semua baris yang tidak sesuai</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Fail kebocoran dan arkib (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Arkib: %1. Lajurnya sama dengan lajur %2; setiap fail kebocoran dalam arkib diimport dengan pemetaan ini, satu demi satu.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Tidak dibaca daripada arkib: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Import &amp;berkas daripada meja bantuan…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Atau, jika meja bantuan telah menyediakan katalog dan fail kebocoran untuk anda: berkasnya yang ditandatangani, bersama kunci ejen yang diberikannya kepada anda.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Pilih berkas daripada meja bantuan</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Berkas (*.bundle);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Berkas yang ditandatangani oleh %1 (dibuat pada %2) telah diimport.</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Ia lebih lama daripada berkas terakhir yang diterima daripada meja bantuan ini.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Kebocoran data: %1 baharu, %2 dikemas kini.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Fail kebocoran: %1 ditambah dengan %2 rekod; %3 sudah ada di sini.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>kira-kira %n saat lagi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>kira-kira %n minit lagi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimport</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Ruang digunakan</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 daripada %2: %3 rekod</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mesej</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Selesai:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Berhati-hati:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Masalah:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Kunci peti besi sekarang (Ctrl+L): tiada maklumat peribadi kekal pada skrin</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bahagian</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Semakan pantas</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Import kebocoran</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Katalog kebocoran data</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Persediaan</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Dikunci</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Ini peti besi demo: frasa laluannya ialah &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Semak kata laluan</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Tunjuk</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Tunjukkan frasa laluan</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Tunjukkan atau sembunyikan apa yang anda taip</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Sembunyi</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Sembunyikan frasa laluan</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Caps Lock nampaknya hidup: huruf keluar sebagai huruf besar.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Kekuatan frasa laluan</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Ini tidak sama dengan frasa laluan di atas.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>&amp;Import senarai…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Import &amp;folder fail awalan…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Batalkan import</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Tempat kata laluan ini digunakan</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>Se&amp;mak kata laluan</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>Buka &amp;pelannya</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Semak kata laluan</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Adakah sesuatu kata laluan ada dalam senarai kata laluan yang diketahui daripada kebocoran? Penjenayah mencuba kata laluan itu dahulu. Semakan dijalankan pada komputer ini sahaja: kata laluan tidak disimpan atau dihantar ke mana-mana, dan medan dikosongkan selepas setiap semakan.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>Senarai kata laluan yang bocor</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>Kata laluan &amp;siapa:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Kata laluan untuk disemak</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Tiada orang tertentu (tiada apa-apa yang disimpan)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>Senarai kata laluan yang bocor pada komputer ini tidak dapat digunakan (lihat di bawah): import senarai itu sekali lagi.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 kata laluan yang bocor (%2), diimport pada %3 daripada %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>&amp;Import senarai yang lebih baharu…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Taip kata laluan yang hendak disemak.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Import senarai kata laluan yang bocor dahulu: tanpanya tiada apa-apa untuk dibandingkan.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Disimpan bersama %1: salah satu kata laluannya diketahui telah bocor (tiada apa-apa daripada kata laluan itu sendiri disimpan). Pelannya kini bermula dengan menukar kata laluan itu.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Pilih senarai kata laluan yang bocor</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Pilih folder fail awalan</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Bermula…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Mengimport senarai kata laluan yang bocor…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Membaca senarai: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Mengimport senarai kata laluan yang bocor: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>Import dibatalkan. Senarai kekal seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Belum ada senarai kata laluan yang bocor pada komputer ini. Muat turun senarai &quot;Pwned Passwords&quot; daripada Have I Been Pwned sekali sahaja, pada mana-mana komputer yang mempunyai akses internet (haveibeenpwned.com/Passwords menerangkan caranya), kemudian import fail itu, atau folder fail itu, di sini. Senarai ini ialah data awam: tiada apa-apa yang anda semak dihantar ke mana-mana.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Tiada langkah buat masa ini</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 daripada %n langkah selesai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Tambah orang</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Saya &amp;diberitahu saya terlibat dalam kebocoran data…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Belum ada sesiapa di sini. Tambah diri anda, atau orang yang anda bantu.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Pilih seseorang untuk melihat apa yang bocor dan apa yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 telah disimpan.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Padam %1?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, butirannya dan kemajuannya akan dipadam daripada peti besi ini. Tindakan ini tidak boleh dibatalkan.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Padam %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 telah dipadam.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Tambah dahulu orang yang menerima notis itu.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>nama atau nama panggilan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Negara:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nombor telefon</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Tambah satu lagi nombor &amp;telefon</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Tambah satu lagi alamat &amp;e-mel</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Tambah satu lagi nama &amp;pengguna</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Perkhidmatan yang digunakan</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Telefon dan komputernya</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Telefon &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>&amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>&amp;Komputer</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Apa yang anda masukkan kekal dalam peti besi yang disulitkan pada komputer ini.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Nombor telefon %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>Sama seperti aplikasi</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>Bahasa &amp;bacaannya:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Bila: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Akaun di dalamnya: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Laman web: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Apa yang bocor:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Butiran anda di dalamnya:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Notis itu menyatakan ini bocor:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Apa yang bocor di sana (butiran anda mungkin termasuk):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Apakah ia:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Kemungkinan anda ada di dalamnya:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Sumber maklumat ini:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Padam</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Saya &amp;diberitahu tentang kebocoran data</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Cetak helaian nasihat…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Simpan helaian nasihat sebagai P&amp;DF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Apa yang &amp;disemak:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Apa yang disemak</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Kebocoran data:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Tentang kebocoran data ini</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Apa yang perlu dilakukan</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Apa yang bocor</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n nombor telefon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n alamat e-mel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nama pengguna</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Keputusan</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Semakan ini tidak disimpan langsung. Kosongkannya apabila anda selesai.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Anda telah diberitahu tentang %n kebocoran data.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n kebocoran data di perkhidmatan yang anda gunakan mungkin termasuk butiran anda: ia disenaraikan secara berasingan.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: tidak disemak. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: ditemui dalam %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: tiada dalam fail kebocoran yang diimport</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tiada kebocoran data untuk dipaparkan. Hanya fail kebocoran yang diimport ke dalam peti besi ini dan kebocoran data perkhidmatan yang anda nyatakan anda gunakan telah diperiksa.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Cetak helaian nasihat</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Pelan Breach Advisor untuk %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Pelan Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Simpan helaian nasihat</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Halaman web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Disimpan ke %1. Ia mengandungi butiran peribadi: simpan dengan selamat.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Tetapkan &amp;negaranya…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Tidak dimasukkan kerana negaranya tidak diketahui: %1. Tetapkan negaranya untuk menambahnya.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: tidak disemak, tiada fail kebocoran diimport</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pilih kebocoran data untuk melihat butiran anda yang terkandung di dalamnya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Keputusan semakan</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Tidak dapat menyimpan %1: %2. Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Semak &amp;kata laluannya…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Nombor ini tidak mungkin betul: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>mulakan dengan + dan kod negara</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>contohnya %1 atau %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>Nombor ini dari negara mana? Pilih negaranya, atau mulakan dengan + dan kod negara.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Diketepikan</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Masa</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 daripada %2 selesai</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (mula di sini)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, kira-kira %3 minit%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, mula di sini</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 daripada %3 selesai</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Senarai langkah</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Satu langkah pada satu &amp;masa</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Langkah dalam pelan</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Tiada langkah buat masa ini.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 daripada %n langkah selesai</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Langkah %1 daripada %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Kerja lain sedang berjalan (import?): ini akan disimpan sebaik sahaja ia selesai.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Dibatalkan: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; ditanda selesai</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; diketepikan buat masa ini</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; ditanda sebagai tidak berkaitan dengan anda</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; kembali dalam senarai tugasan</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Kemajuan pelan</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Semak</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Lupakan semuanya</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Semakan pantas</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Semak nombor telefon, alamat e-mel atau nama pengguna tanpa menyimpannya. Tiada apa-apa yang disimpan: apa yang anda taip dan apa yang ditemui akan dilupakan apabila anda meninggalkan halaman ini atau mengunci aplikasi.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Nombor tanpa kod negara adalah &amp;dari:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Satu setiap baris, cth.
0100 123 4567
nama@example.com
namapengguna</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Apa yang hendak disemak:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Taip sekurang-kurangnya satu nombor telefon, alamat e-mel atau nama pengguna.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Kerja lain sedang berjalan (import?): semakan akan dijalankan sebaik sahaja ia selesai.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Perkhidmatan yang digunakan</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Tandakan perkhidmatan yang digunakan dan semak sekali lagi.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Tidak dimasukkan kerana negaranya tidak diketahui: %1. Pilih negara di atas dan semak sekali lagi untuk menambahnya.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Semak &amp;kata laluan…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Kunci pemulihan baharu anda</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Saya telah &amp;mencetak atau menulisnya</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Ini kunci pemulihan baharu anda. Ia hanya dipaparkan sekarang: cetak atau tulis kunci ini, dan simpan jauh dari komputer ini. Sebaik sahaja anda menanda kotak di bawah dan menutup tetingkap ini, ia menggantikan kunci lama, yang kemudian tidak berfungsi lagi.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Simpan ke fail…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Kunci pemulihan: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Kunci pemulihan Breach Advisor

%1

Simpan kertas ini dengan selamat dan jauh dari komputer: dengannya, sesiapa sahaja boleh membuka peti besi.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Dihantar ke pencetak.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Simpan kunci pemulihan</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fail teks (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Disimpan ke %1. Pindahkannya keluar dari komputer ini (ke pemacu USB, atau cetak) dan padamkannya di sini.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>Tidak dapat menyimpan %1: %2. Tiada apa-apa yang disimpan: pilih tempat lain, atau cetak kunci itu.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>Ia &amp;tiada dalam senarai: terangkan</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Saya diberitahu saya terlibat dalam kebocoran data</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Syarikat atau berita menyatakan butiran anda terlibat dalam kebocoran data? Pilihnya di sini dan tandakan apa yang bocor menurut notis itu. Anda akan mendapat pelan untuknya, dan ia disimpan bersama orang ini.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Siapa yang menerima notis:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>nama syarikat, cth. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Cari kebocoran data:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Kebocoran data</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>cth. Kelab sukan bandar</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Syarikat atau &amp;perkhidmatan:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Bila ia berlaku (atau tarikh notis):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Apa yang bocor menurut notis</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Buat &amp;pelan saya</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Tambah orang itu dahulu, kemudian beritahu aplikasi tentang notis itu.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Nyatakan syarikat atau perkhidmatan yang disebut dalam notis.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Dimasukkan daripada notis kebocoran data.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Pilih kebocoran data daripada senarai, atau terangkan jika ia tiada di sana.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Tandakan sekurang-kurangnya satu jenis data yang disebut dalam notis.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Bacaan</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>Saiz &amp;teks:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Memastikan peti besi selamat</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minit</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak sekali-kali</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Kunci apabila tidak digunakan selama:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Tukar frasa laluan…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>&amp;Buat kunci pemulihan baharu…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Seseorang mungkin tahu frasa laluan saya: buat &amp;semua kunci baharu…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Frasa laluan baharu sahaja tidak melindungi salinan peti besi yang mungkin sudah ada pada seseorang. Ini menyulitkan semula segala-galanya dengan kunci baharu, frasa laluan baharu dan kunci pemulihan baharu.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Membantu orang lain</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>pilihan: dipaparkan pada helaian nasihat yang dicetak</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Nama anda:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Peti besi ini</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Folder: %1
%2 kebocoran data dalam katalog (fakta terbaharunya: %3)
Penyulitan: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Komputer ini kini mengingati peti besi.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Komputer ini tidak lagi mengingati peti besi.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Menukar frasa laluan…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>Frasa laluan telah ditukar. Kunci pemulihan anda masih berfungsi. Nota: salinan peti besi yang dibuat sebelum pertukaran ini masih boleh dibuka dengan frasa laluan lama.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Buat kunci pemulihan baharu?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>Kunci pemulihan yang anda cetak sebelum ini tidak akan berfungsi lagi. Anda akan melihat kunci baharu sekali sahaja, untuk dicetak atau ditulis.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Buat kunci &amp;baharu</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Buat semua kunci baharu</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Menyulitkan semula peti besi dengan kunci baharu. Ini mengambil sedikit masa.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>Peti besi kini mempunyai kunci baharu. Frasa laluan lama dan kunci pemulihan lama tidak lagi membuka apa-apa, walaupun salinan lama fail kunci.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Sama seperti komputer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Cerah</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Warna:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Ingat peti besi ini pada komputer ini</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Peti besi kemudian dibuka tanpa frasa laluan di sini. Sesiapa yang boleh menggunakan akaun anda pada komputer ini akan dapat membuka peti besi: jangan hidupkannya pada komputer yang dikongsi.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>Kunci pemulihan baharu tidak disimpan, jadi tiada apa-apa yang berubah: kunci lama masih berfungsi.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>Kunci pemulihan baharu sudah digunakan. Kunci lama tidak lagi berfungsi.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>Kunci pemulihan baharu tidak disimpan, jadi kunci peti besi tidak ditukar: frasa laluan lama dan kunci pemulihan lama masih berfungsi.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>Saya sudah &amp;melakukannya</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Saya akan melakukannya &amp;kemudian</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Ini tidak &amp;berkaitan dengan saya</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Kembali ke senarai tugasan saya</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Arahan untuk</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Apa yang perlu dilakukan</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>pilihan, cth. &quot;PIN disimpan dalam peti keselamatan keluarga&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Langkah &amp;sebelumnya</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>Langkah &amp;seterusnya →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Langkah sebelumnya</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Langkah seterusnya</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Tiada apa-apa yang perlu dilakukan buat masa ini.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Pilih langkah untuk melihat apa yang perlu dilakukan.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · kira-kira %n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Anda pernah melakukan langkah ini, tetapi maklumat anda bocor lagi sejak itu (%1). Sila lakukannya sekali lagi.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · ditanda pada %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Semua peranti</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Sumber maklumat ini: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(disemak %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Nota ini ditulis sebelum langkah ini dibuka semula.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Buat asal: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Keadaan langkah ini</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Membuka peti besi anda. Ini mengambil sedikit masa.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Saya terlupa frasa laluan: guna &amp;kunci pemulihan saya</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Buka dengan &amp;kunci pemulihan</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Buka dengan &amp;rantai kunci komputer ini</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logo Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Buka kunci Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa laluan:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa laluan</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Membuka peti besi</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Kunci pemulihan:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Peti besi anda berada di %1. Semua kandungannya kekal pada komputer ini.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Frasa laluan itu tidak membuka peti besi ini. Periksa Caps Lock dan cuba lagi.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Taip frasa laluan anda dahulu.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Kebocoran data memerlukan nama dan tajuk.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>Tarikh kebocoran data bukan tarikh yang sah (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Nyatakan jenis data yang bocor (contohnya &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>Katalog sudah mempunyai kebocoran data bernama &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 tiada atau bukan teks</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 bukan teks</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 bukan true atau false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 bukan nombor bulat sifar atau lebih</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; bukan tarikh (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; bukan tarikh dan masa (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 tiada atau bukan senarai</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 mengandungi entri yang bukan teks</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: tidak dapat membaca fail: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: bukan JSON yang sah: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: bukan katalog kebocoran data: dijangka senarai kebocoran data seperti yang diterbitkan oleh Have I Been Pwned</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: kebocoran data #%3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>bukan objek</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>nama &quot;%1&quot; muncul dua kali</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 bukan %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>fail kunci rahsia meja bantuan (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>fail kunci awam (PREFIX.pub daripada bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>fail kunci ejen (PREFIX.agent daripada bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>fail tandatangan (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 dibuat oleh versi Breach Advisor yang lebih baharu (format %2; versi ini membaca %3). Kemas kini aplikasi untuk membacanya.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>Frasa laluan %1 tidak betul, atau fail itu telah diubah.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>berkas daripada meja bantuan (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 tidak sepadan dengan tandatangannya: ia telah diubah atau dipotong selepas ditandatangani. Tiada apa-apa yang diimport; minta berkas itu sekali lagi daripada meja bantuan.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 dibuat untuk kunci ejen yang lain: minta kunci berkasnya (PREFIX.agent) daripada meja bantuan yang menandatanganinya.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 ditandatangani oleh kunci yang dipercayai oleh peti besi ini, tetapi kandungannya tidak dapat digunakan. Tiada apa-apa yang diimport; maklumkan kepada meja bantuan yang membuatnya.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 ditandatangani oleh kunci yang tidak dipercayai oleh peti besi ini (%2). Tiada apa-apa yang diimport. Jika itu kunci meja bantuan anda, percayainya dahulu: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 dibuat pada %2, sebelum berkas terakhir yang diterima daripada %3 (dibuat pada %4): ia mungkin salinan lama yang dihantar semula. Tiada apa-apa yang diimport.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 dan %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 juta</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>kira-kira sama banyak dengan bilangan pengguna %1 pada masa itu</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>kira-kira sama banyak dengan bilangan pengguna %1 di %2 pada masa itu</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>lebih separuh daripada pengguna %1 pada masa itu</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>lebih separuh daripada pengguna %1 di %2 pada masa itu</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>kira-kira satu daripada setiap %2 pengguna %1 pada masa itu</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>kira-kira satu daripada setiap %2 pengguna %1 di %3 pada masa itu</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>kira-kira %1 rekodnya datang dari %2, menurut laporan</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; di seluruh dunia ia mengandungi %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>ia mengandungi %1 akaun, %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>tidak diketahui berapa ramai pengguna %1 pada masa itu yang terkandung di dalamnya</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>%n jenis maklumat anda bocor dalam %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Satu notis memberitahu anda bahawa %n jenis maklumat anda bocor dalam %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Berkemungkinan besar %n jenis maklumat anda bocor dalam %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>Kemungkinannya kecil, tetapi %n jenis maklumat anda mungkin bocor dalam %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>%n jenis maklumat anda mungkin bocor dalam %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>%n jenis maklumat anda mungkin bocor dalam %2 (%1): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Nasihat umum, bukan disebabkan oleh kebocoran tertentu.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Jika anda menggunakan %1: %n jenis maklumat anda mungkin bocor di sana (%2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Jika anda mempunyai akaun di sana, tukar kata laluannya dan log keluar daripada sesi lainnya.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>kira-kira %1 rekodnya datang dari %2, menurut dakwaan penjual; tiada sesiapa yang mengesahkannya</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>hanya kira-kira %2 rekodnya mengandungi entri untuk “%1”</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Jika anda menggunakan %1: %2. Nyatakan bahawa anda menggunakannya untuk mendapatkan langkah-langkah ini sepenuhnya.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Perkara yang sama berlaku untuk %n kebocoran data lain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Telefon Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>  catalog import FILE [--json]
                          add or update breaches from Have I Been Pwned JSON
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          a breach the catalog does not have yet
  catalog list [--json]
  catalog show NAME [--json]
</source>
        <translation>  catalog import FILE [--json]
                          tambah atau kemas kini kebocoran data daripada JSON Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          kebocoran data yang belum ada dalam katalog
  catalog list [--json]
  catalog show NAME [--json]
</translation>
    </message>
    <message>
        <source>  FILE            Have I Been Pwned&apos;s /api/v3/breaches JSON; a file with any bad breach is
                  refused whole (exit 4), naming the line
  --name N        the breach&apos;s key (letters and digits, as HIBP&apos;s Name)
  --classes LIST  what leaked, HIBP&apos;s data-class names separated by ;
  --count N       how many accounts it held
  --flags LIST    what kind of breach it is, separated by ;: stealer_log (passwords stolen
                  by malware on a device), malware, sensitive, spam_list, fabricated
NAME is a breach&apos;s Name as catalog list shows it.</source>
        <translation>  FILE            JSON /api/v3/breaches Have I Been Pwned; fail yang mengandungi satu
                  kebocoran data yang rosak ditolak sepenuhnya (kod keluar 4), dengan
                  nombor barisnya
  --name N        kunci kebocoran data (huruf dan digit, seperti Name HIBP)
  --classes LIST  apa yang bocor, nama jenis data HIBP dipisahkan dengan ;
  --count N       bilangan akaun di dalamnya
  --flags LIST    jenis kebocoran data, dipisahkan dengan ;: stealer_log (kata laluan
                  dicuri oleh perisian hasad pada peranti), malware, sensitive,
                  spam_list, fabricated
NAME ialah Name kebocoran data seperti yang dipaparkan oleh catalog list.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Penggunaan: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%1 kebocoran data dibaca daripada %2: %3 baharu, %4 dikemas kini, %5 tidak berubah.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Jenis data yang belum dikenali oleh versi ini (disimpan dan dipaparkan seadanya): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count ialah nombor bulat sifar atau lebih.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; bukan bendera. Gunakan stealer_log, malware, sensitive, spam_list atau fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Penggunaan: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; bukan tarikh (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>&quot;%1&quot; ditambah ke katalog.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 kebocoran data. Fakta daripada Have I Been Pwned (CC BY 4.0) melainkan ditanda sebaliknya.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Apa yang bocor</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lagi</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Penggunaan: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>Katalog tidak mempunyai kebocoran data bernama &quot;%1&quot;. Lihat catalog list untuk nama-namanya.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Tarikh kebocoran data: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Akaun: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Daripada fail katalog yang diimport: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Apa yang bocor:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (jenis data yang belum dikenali oleh versi ini)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Sumber maklumat ini: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Gunakan catalog import, catalog add, catalog list atau catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n argumen tidak disemak: tulis --phone, --email atau --username sebelum setiap pengecam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Penggunaan: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: tidak disemak. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  tidak ditemui</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  dalam %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: ralat tidak dijangka: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Perintah tidak diketahui &quot;%1&quot;. Lihat breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 tidak berjalan di dalam shell: keluar daripadanya (exit) dahulu.</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: peti besi shell sudah dibuka.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Penggunaan: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Mengetahui kebocoran data yang mengandungi data anda dan apa yang perlu dilakukan, pada komputer ini sahaja.

Perintah:
</translation>
    </message>
    <message>
        <source>
Options:
  --vault DIR             the vault folder (default: %1)
  --passphrase-file FILE  read the passphrase from the first line of FILE;
                          else $BREACH_ADVISOR_PASSPHRASE, else a prompt
  --keychain              unlock with the key this computer&apos;s keychain remembers;
                          the first time, the passphrase, and then it is remembered
  --json                  machine-readable output
  --mask                  identifiers shown only enough to recognize them
  --yes                   do it without asking (remove commands)
  -h, --help              this help; COMMAND --help: that command&apos;s help
  --version               the version

Several commands with one unlock: breach-advisor-cli shell (commands from the
terminal or a script, one a line).

Exit status: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or vault in use,
4 input file rejected, 130 stopped with Ctrl-C (nothing changed).
</source>
        <translation>
Pilihan:
  --vault DIR             folder peti besi (lalai: %1)
  --passphrase-file FILE  baca frasa laluan daripada baris pertama FILE;
                          jika tidak, $BREACH_ADVISOR_PASSPHRASE, jika tidak, gesaan
  --keychain              buka kunci dengan kunci yang diingati oleh rantai kunci
                          komputer ini; kali pertama, frasa laluan, kemudian ia diingati
  --json                  output yang boleh dibaca mesin
  --mask                  pengecam hanya ditunjukkan secukupnya untuk dikenali
  --yes                   lakukan tanpa bertanya (perintah remove)
  -h, --help              bantuan ini; COMMAND --help: bantuan perintah itu
  --version               versi

Beberapa perintah dengan satu buka kunci: breach-advisor-cli shell (perintah daripada
terminal atau skrip, satu setiap baris).

Status keluar: 0 berjaya, 1 gagal, 2 ralat penggunaan, 3 frasa laluan salah atau peti besi
sedang digunakan, 4 fail input ditolak, 130 dihentikan dengan Ctrl-C (tiada apa-apa berubah).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Sumber: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (disemak %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Nota, dari kali terakhir ia dilakukan: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>nasihat umum</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>ditemui dalam kebocoran</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>notis yang anda terima</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>mungkin</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] selesai, [-] dilangkau, [/] tidak berkaitan</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - dibuka semula: ia bocor lagi dalam %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - dilangkau</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - tidak berkaitan</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Kebocoran data kecil di perkhidmatan yang anda gunakan</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Simpan orang itu (person add) dan jalankan plan --person NAME untuk langkah-langkah penuh.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>Tiada peti besi dalam %1. Buat satu dengan: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: rantai kunci tidak dapat digunakan (%1); menggunakan frasa laluan.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Rantai kunci komputer ini kini mengingati kunci peti besi: --keychain tidak memerlukan frasa laluan mulai sekarang (keychain forget membatalkannya).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: rantai kunci tidak menyimpan kunci (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength ialah interactive, moderate atau sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; bukan kod negara dua huruf yang dikenali.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [y/T] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>ya</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - membaca input shell itu sendiri: berikan fail.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: lebih daripada 16 MiB pengecam.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Penggunaan: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          pelan bercetak orang itu, pengecam disembunyikan, seperti yang dicetak oleh aplikasi
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Penggunaan: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; mesti berakhir dengan .pdf atau .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>Helaian nasihat PDF memerlukan pustaka grafik, yang tidak dimulakan.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Helaian nasihat %1 (%Ln langkah) ditulis ke %2. Ia mengandungi butiran peribadi: simpan dengan selamat.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: tulis sebagai &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Penggunaan: import FILE --breach NAME [--phone COLUMN]... (lihat import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset menetapkan susun atur fail: tinggalkan --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter ialah satu aksara ASCII, seperti ; atau :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding ialah utf-8, windows-1252, latin1 atau auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format ialah international, national atau auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national memerlukan --region CC, negara nombor-nombor itu.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb ialah nombor bulat 16 atau lebih.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Tiada pratetap &quot;%1&quot;: import --list-presets menyenaraikannya.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    kebocoran data: %1; lajur: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Mengimport %1 ke dalam &quot;%2&quot;. Lajur:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 baris, %2 baris/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, kira-kira %1 saat lagi</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>menulis indeks</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    rekod dan bait pada cakera, bagi setiap kebocoran data
  index remove IMPORT_ID [--yes]
                          batalkan satu import dan pulangkan ruangnya
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  seperti yang disenaraikan oleh index stats
  --yes      buang tanpa bertanya (skrip tidak pernah ditanya)
Membuang menulis semula fail peti besi tanpa import itu, supaya ruang cakera
bebas semula: untuk seketika, ini memerlukan ruang cakera kosong kira-kira sebesar peti besi.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Belum ada fail kebocoran yang diimport. Tambah satu dengan: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 rekod dalam %2 import, %3 bait (%4 bait setiap rekod).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  import %1: %2 daripada %3, %4 rekod, %5 bait</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Penggunaan: index remove IMPORT_ID (lihat index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Tiada import %1 (lihat index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Buang import %1 (%2 daripada %3, %4 rekod)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Tiada apa-apa yang dibuang.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Import %1 dibuang; fail peti besi %2 bait lebih kecil.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Gunakan index stats atau index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          buat peti besi dan cetak kunci pemulihannya
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Membuat peti besi dalam --vault DIR (folder kosong atau baharu) dengan katalog kebocoran data yang disertakan.
Frasa laluan datang daripada --passphrase-file, $BREACH_ADVISOR_PASSPHRASE atau gesaan.
  --kdf-strength S  betapa perlahan frasa laluan untuk dicuba: interactive, moderate (lalai)
                    atau sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Peti besi dibuat dalam %1 dengan %2 kebocoran data yang diketahui.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Kunci pemulihan anda (tulis atau cetak, dan simpan di tempat yang selamat):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Jika anda terlupa frasa laluan, kunci ini satu-satunya cara untuk membuka semula peti besi.
Ia hanya dipaparkan sekarang.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Kunci pemulihan tidak dapat dipaparkan, jadi tiada peti besi dibuat.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         rantai kunci komputer ini tidak lagi mengingati kunci peti besi
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (dengan sebarang perintah yang membuka peti besi) membuka kunci dengan kunci
yang diingati oleh rantai kunci; kali pertama ia meminta frasa laluan, kemudian mengingati kunci itu.
keychain forget membuangnya; frasa laluan berfungsi seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Penggunaan: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Tiada peti besi dalam %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Rantai kunci tidak melupakan kunci: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Rantai kunci komputer ini tidak lagi mengingati kunci peti besi.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          bentuk yang dicincang dan dipadankan (tidak perlu peti besi)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     nombor telefon dalam sebarang format; ulang untuk beberapa nombor
  --region CC      negara bagi nombor yang ditulis tanpa kod negara
  --language LL    bahasa tempat asal nombor itu (lalai: bahasa sistem)
  --email TEXT, --username TEXT
Status keluar 1 apabila mana-mana daripadanya tidak sah.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Penggunaan: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: tidak sah. %2</translation>
    </message>
    <message>
        <source>  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]
             [--country CC] [--uses SERVICE]... [--platform P]...
  person list [--json]
  person show NAME [--mask] [--json]
  person edit NAME [--rename NEW] [--phone T]... [--email T]... [--username T]...
             [--from FILE|-] [--country CC] [--uses S]... [--platform P]...
  person remove NAME [--yes]
</source>
        <translation>  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]
             [--country CC] [--uses SERVICE]... [--platform P]...
  person list [--json]
  person show NAME [--mask] [--json]
  person edit NAME [--rename NEW] [--phone T]... [--email T]... [--username T]...
             [--from FILE|-] [--country CC] [--uses S]... [--platform P]...
  person remove NAME [--yes]
</translation>
    </message>
    <message>
        <source>Usage: %1 (see person --help)</source>
        <translation>Penggunaan: %1 (lihat person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>%1 disimpan. Lihat pelannya dengan: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Belum ada sesiapa yang disimpan. Tambah seseorang dengan: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %2 daripada %3 langkah selesai</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  negara: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - dalam %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  menggunakan: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  platform: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  diberitahu mereka terlibat dalam %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  pelan: %1 daripada %2 langkah selesai (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Seseorang bernama &quot;%1&quot; sudah disimpan.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Perubahan pada %1 disimpan; kemajuannya kekal.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>Buang %1, pengecamnya dan kemajuannya daripada peti besi?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 dibuang.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Gunakan person add, list, show, edit atau remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          pelan orang itu, dengan kemajuannya
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Penggunaan: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Butiran %1 tidak ditemui dalam kebocoran yang diimport ke dalam peti besi ini, dan tiada perkhidmatan yang digunakannya terdapat dalam kebocoran data katalog. Semak sekali lagi selepas mengimport lebih banyak kebocoran.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Pelan untuk %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Penggunaan: shell (perintah datang melalui inputnya)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>Peti besi dibuka. Taip perintah seperti pada baris perintah (help menyenaraikannya), exit untuk keluar.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          rekod kemajuan bagi satu langkah dalam pelan mereka
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  selesai, diketepikan buat masa ini, atau tidak berkaitan dengan mereka
  reopen          kembali ke senarai tugasan
  STEP_ID         seperti yang disenaraikan dalam pelan, cth. whatsapp-two-step-pin; langkah
                  yang tiada dalam pelan mereka ditolak
  --person NAME   pelan siapa
  --note TEXT     disimpan bersama langkah itu (tanpanya, nota terdahulu kekal)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Penggunaan: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 kembali dalam senarai tugasan %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>%1 ditanda sebagai %2 untuk %3.</translation>
    </message>
    <message>
        <source>  vault info [--json]     what the vault holds
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          set a new passphrase with the printed recovery key
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          a new key, passphrase and recovery key, for a passphrase
                          that was compromised
</source>
        <translation>  vault info [--json]     kandungan peti besi
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          tetapkan frasa laluan baharu dengan kunci pemulihan yang dicetak
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          kunci, frasa laluan dan kunci pemulihan baharu, untuk frasa
                          laluan yang telah terdedah
</translation>
    </message>
    <message>
        <source>  --new-passphrase-file FILE  the new passphrase (else asked twice on the terminal)
  --recovery-key-file FILE    the recovery key printed when the vault was made
  --kdf-strength S            interactive, moderate or sensitive; the vault keeps its
                              own strength unless this is given
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase re-wraps the vault&apos;s key: fast, and the recovery key keeps working,
but the database is not re-encrypted, so an old copy of vault.header still opens the
vault with the old passphrase. rekey re-encrypts the database with a new key and prints
a new recovery key: the old passphrase, the old recovery key and old copies of
vault.header stop opening it.</source>
        <translation>  --new-passphrase-file FILE  frasa laluan baharu (jika tidak, ditanya dua kali di terminal)
  --recovery-key-file FILE    kunci pemulihan yang dicetak semasa peti besi dibuat
  --kdf-strength S            interactive, moderate atau sensitive; peti besi mengekalkan
                              kekuatannya sendiri melainkan ini diberikan
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase membalut semula kunci peti besi: pantas, dan kunci pemulihan masih berfungsi,
tetapi pangkalan data tidak disulitkan semula, jadi salinan lama vault.header masih membuka
peti besi dengan frasa laluan lama. rekey menyulitkan semula pangkalan data dengan kunci baharu
dan mencetak kunci pemulihan baharu: frasa laluan lama, kunci pemulihan lama dan salinan lama
vault.header tidak lagi dapat membukanya.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Kedua-dua frasa laluan berbeza. Tiada apa-apa yang diubah.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Kunci pemulihan baharu anda (tulis atau cetak, dan simpan di tempat yang selamat;
kunci lama tidak berfungsi lagi mulai sekarang):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Kunci pemulihan baharu tidak dapat dipaparkan, jadi kunci peti besi tidak ditukar.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>Peti besi disulitkan semula dengan kunci baharu. Frasa laluan lama, kunci pemulihan lama dan
salinan lama vault.header tidak lagi membukanya; komputer yang mengingati peti besi ini
memerlukan frasa laluan baharu sekali.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Peti besi %1
  %2 kebocoran data dalam katalog (katalog disertakan bertarikh %3)
  versi skema %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  penukaran kunci telah dimulakan tetapi tidak selesai: frasa laluan baharu menyelesaikannya,
  atau jalankan vault rekey sekali lagi
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover memerlukan --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>Frasa laluan telah ditukar. Kunci pemulihan anda masih berfungsi.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Gunakan vault info, vault change-passphrase, vault recover atau vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; bukan bahasa yang ditawarkan oleh Breach Advisor. Ditawarkan: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    pelan siapa
  --out FILE       .pdf (A4, atau Letter di AS dan Kanada) atau .html; hanya boleh dibaca
                   oleh anda. Ia mengandungi butiran peribadi: simpan dengan selamat
  --language LL    bahasanya (lalai: bahasa orang itu, jika tidak, bahasa terminal)
  --helper NAME    siapa yang membantu, dicetak padanya (nama meja bantuan)</translation>
    </message>
    <message>
        <source>  NAME            what to call them (a nickname is fine)
  --from FILE|-   their identifiers one a line from a file or standard input, so that
                  numbers are not on a command line other users of this computer can
                  read (as check --from: phone:, email:, username: say which)
  --country CC    their country: for numbers without a country code and for
                  where-to-report advice
  --uses SERVICE  a service they use; --platform P: android, iphone or computer
  --mask          show identifiers only enough to recognize them
  --rename NEW    edit: their new name
  --language LL   add, edit: the language they read; their handout is printed in it
  --yes           remove without asking (scripts are never asked)
edit replaces what is given: all identifiers when any of --phone, --email, --username or
--from is, the country, the services, the platforms (an empty value clears them); their
progress stays. Identifiers are checked before anything is saved.</source>
        <translation>  NAME            panggilan untuk mereka (nama panggilan pun boleh)
  --from FILE|-   pengecam mereka, satu setiap baris, daripada fail atau input standard,
                  supaya nombor tidak berada pada baris perintah yang boleh dibaca oleh
                  pengguna lain komputer ini (seperti check --from: phone:, email:,
                  username: menyatakan jenisnya)
  --country CC    negara mereka: untuk nombor tanpa kod negara dan untuk nasihat
                  tempat membuat laporan
  --uses SERVICE  perkhidmatan yang mereka gunakan; --platform P: android, iphone atau computer
  --mask          tunjukkan pengecam hanya secukupnya untuk dikenali
  --rename NEW    edit: nama baharu mereka
  --language LL   add, edit: bahasa yang mereka baca; helaian nasihat mereka dicetak dalam bahasa itu
  --yes           buang tanpa bertanya (skrip tidak pernah ditanya)
edit menggantikan apa yang diberikan: semua pengecam apabila mana-mana --phone, --email,
--username atau --from diberikan, negara, perkhidmatan, platform (nilai kosong
mengosongkannya); kemajuan mereka kekal. Pengecam disemak sebelum apa-apa disimpan.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  membaca: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Nyatakan apa yang hendak diubah: --rename, --phone, --email, --username, --from, --country, --uses, --platform atau --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Apa yang perlu dilakukan: %L1 langkah, %L2 selesai.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln minit</numerusform>
        </translation>
    </message>
    <message>
        <source>  check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]
        [--region CC] [--mask] [--json]
                          which breaches hold these identifiers, and what of them
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          also builds the plan of what to do (in --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          one check and plan per line: each line one client
</source>
        <translation>  check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-]
        [--region CC] [--mask] [--json]
                          kebocoran data yang mengandungi pengecam ini, dan apa daripadanya
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          juga membina pelan tentang apa yang perlu dilakukan (dalam --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          satu semakan dan pelan setiap baris: setiap baris satu pelanggan
</translation>
    </message>
    <message>
        <source>  --phone/--email/--username TEXT  an identifier to look up; repeat for several
  --from FILE|-    identifiers one a line from a file or standard input, so that they
                   are not on a command line other users of this computer can read:
                   a line with an @ is an e-mail address, digits a phone number, else
                   a username; phone:, email: or username: before it say which
  --region CC      the country of phone numbers written without a country code
  --mask           show identifiers only enough to recognize them (+20 ••• ••• 4567)
  --uses SERVICE   a service the person uses (WhatsApp, Facebook, Google, ...): its
                   breaches count as &quot;may have leaked&quot;, weighed by how many of its
                   users they held; an unknown service is left out with a warning
  --platform P     android, iphone or computer: the plan&apos;s instructions for it
  --each-line      with --from: each line is one client, their identifiers separated
                   by commas or tabs; one result per line (JSON Lines with --json)
Exit status 5: nothing could be checked (no valid identifier, or no leak file
imported and no service named).
Nothing is saved: to keep a person and their progress, use person add.</source>
        <translation>  --phone/--email/--username TEXT  pengecam untuk disemak; ulang untuk beberapa pengecam
  --from FILE|-    pengecam satu setiap baris daripada fail atau input standard, supaya
                   ia tidak berada pada baris perintah yang boleh dibaca oleh pengguna lain
                   komputer ini: baris dengan @ ialah alamat e-mel, digit ialah nombor
                   telefon, selainnya nama pengguna; phone:, email: atau username: di
                   hadapannya menyatakan jenisnya
  --region CC      negara bagi nombor telefon yang ditulis tanpa kod negara
  --mask           tunjukkan pengecam hanya secukupnya untuk dikenali (+20 ••• ••• 4567)
  --uses SERVICE   perkhidmatan yang digunakan oleh orang itu (WhatsApp, Facebook, Google, ...):
                   kebocoran datanya dikira sebagai &quot;mungkin bocor&quot;, ditimbang mengikut
                   bilangan penggunanya yang terlibat; perkhidmatan yang tidak dikenali
                   ditinggalkan dengan amaran
  --platform P     android, iphone atau computer: arahan pelan untuknya
  --each-line      dengan --from: setiap baris ialah satu pelanggan, pengecamnya dipisahkan
                   dengan koma atau tab; satu keputusan setiap baris (JSON Lines dengan --json)
Status keluar 5: tiada apa-apa yang dapat disemak (tiada pengecam yang sah, atau tiada fail kebocoran
diimport dan tiada perkhidmatan dinamakan).
Tiada apa-apa yang disimpan: untuk menyimpan orang dan kemajuan mereka, gunakan person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Penggunaan: check --from FILE|- --each-line: satu pelanggan setiap baris, pengecamnya dipisahkan dengan koma atau tab.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, baris %2: tiada pengecam padanya, tidak disemak.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: tiada baris yang mengandungi pengecam, jadi tiada apa-apa yang disemak.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Baris %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  tidak disemak: tiada fail kebocoran diimport</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Tidak dimasukkan kerana negaranya tidak diketahui: %1. Untuk menambahnya, berikan negara: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Jika anda menggunakan perkhidmatan ini</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, baris %2: lebih panjang daripada %3 aksara, sedangkan tiada baris pengecam sepanjang itu. Tiada apa-apa yang dilakukan.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Tidak dapat menulis %1: %2. Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows ialah bilangan baris (250) atau peratusan (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          susun atur fail kebocoran terkenal yang diketahui oleh --preset
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    baris yang tidak sepadan dengan pengepala (medan hilang atau terlalu
                         banyak, petikan tidak ditutup, baris melebihi 1 MiB) dilangkau dan
                         dikira; lebih daripada N baris, atau P % daripada baris, menyebabkan
                         seluruh fail ditolak (lalai 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C menghentikan import dan tidak mengubah apa-apa (keluar 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header dan --no-header bercanggah antara satu sama lain.</translation>
    </message>
    <message>
        <source>         [--max-bad-rows N|P%] [--header]
</source>
        <translation>         [--max-bad-rows N|P%] [--header]
</translation>
    </message>
    <message>
        <source>  --header               the first line names the columns even if it looks like data
                         (without it or --no-header: a first line with an e-mail
                         address or a long number is read as data)
</source>
        <translation>  --header               baris pertama menamakan lajur walaupun ia kelihatan seperti data
                         (tanpanya atau --no-header: baris pertama dengan alamat e-mel
                         atau nombor panjang dibaca sebagai data)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds ialah nombor bulat dari 0 (tidak sekali-kali) hingga %1 (sehari).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          buka kunci sekali, kemudian jalankan perintah yang ditaip atau disalurkan, satu setiap baris
</translation>
    </message>
    <message>
        <source>Each line is a command as on the command line, without breach-advisor-cli and without
--vault, --passphrase-file or --keychain: the vault stays open until exit, quit or the
end of the input. Quotes work as in a shell; lines starting with # are comments.
At a terminal, a failing command is reported and the next is read; from a script, the
first failing command ends the shell with its exit status.
init, shell, keychain and vault (but vault info) do not run inside it.
Like the app, the shell locks the vault after some time without input (the app&apos;s
setting, 10 minutes unless changed there): it forgets the keys, and the next command
unlocks it again as the shell did.
  --idle-lock-seconds N  lock after N seconds without input instead; 0: never</source>
        <translation>Setiap baris ialah perintah seperti pada baris perintah, tanpa breach-advisor-cli dan tanpa
--vault, --passphrase-file atau --keychain: peti besi kekal terbuka sehingga exit, quit atau
penghujung input. Tanda petikan berfungsi seperti dalam shell; baris yang bermula dengan # ialah ulasan.
Di terminal, perintah yang gagal dilaporkan dan perintah seterusnya dibaca; daripada skrip,
perintah pertama yang gagal menamatkan shell dengan status keluarnya.
init, shell, keychain dan vault (kecuali vault info) tidak berjalan di dalamnya.
Seperti aplikasi, shell mengunci peti besi selepas beberapa lama tanpa input (tetapan
aplikasi, 10 minit melainkan diubah di sana): ia melupakan kunci, dan perintah seterusnya
membuka kuncinya semula seperti yang dilakukan oleh shell.
  --idle-lock-seconds N  kunci selepas N saat tanpa input; 0: tidak sekali-kali</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Ia dikunci selepas %1 tanpa input.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>Peti besi dikunci selepas %1 tanpa input. Perintah seterusnya membuka kuncinya semula.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format ialah csv, tsv, jsonl, json, sql atau blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table adalah untuk longgokan SQL (.sql, atau --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb ialah bilangan gigabait, lebih daripada 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    kebocoran data: %1; jadual SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 mengandungi %Ln ahli:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>saiz tidak diketahui</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: fail kebocoran</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: dilangkau (%3)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>  import FILE --breach NAME [--format csv|tsv|jsonl|json|sql] [--no-header] [--delimiter C]
         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...
         [--field &quot;DATA CLASS=COLUMN[,COLUMN]&quot;]... [--preset NAME]
         [--encoding utf-8|windows-1252|latin1] [--phone-format international|national|auto]
         [--region CC] [--exact-phone-validation] [--memory-mb N] [--dry-run] [--json]
                          add a leak file (CSV, TSV, JSON Lines; .gz too) to the index
</source>
        <translation>  import FILE --breach NAME [--format csv|tsv|jsonl|json|sql] [--no-header] [--delimiter C]
         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...
         [--field &quot;DATA CLASS=COLUMN[,COLUMN]&quot;]... [--preset NAME]
         [--encoding utf-8|windows-1252|latin1] [--phone-format international|national|auto]
         [--region CC] [--exact-phone-validation] [--memory-mb N] [--dry-run] [--json]
                          tambah fail kebocoran (CSV, TSV, JSON Lines; termasuk .gz) ke indeks
</translation>
    </message>
    <message>
        <source>         [--login COLUMN]... [--table NAME]...
</source>
        <translation>         [--login COLUMN]... [--table NAME]...
</translation>
    </message>
    <message>
        <source>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [the options above]
                          add the leak files in a zip, 7z or tar archive (.tar.gz, .bz2,
                          .xz, .zst too), each as an import of its own
</source>
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [pilihan di atas]
                          tambah fail kebocoran dalam arkib zip, 7z atau tar (termasuk .tar.gz,
                          .bz2, .xz, .zst), setiap satu sebagai import tersendiri
</translation>
    </message>
    <message>
        <source>  FILE                   CSV, TSV, JSON Lines, a JSON array or an SQL dump, gzip-compressed or not
  --breach NAME          the catalog&apos;s breach it belongs to (catalog add a new one first)
  --preset NAME          a well-known file&apos;s layout (import --list-presets), e.g.
                         facebook-2021; rows that do not fit it are counted and skipped
  --format F             csv, tsv, jsonl, json (an array of objects, or JSON Lines)
                         or sql (default: from the file name)
  --no-header            the first line is data; columns are numbered from 1
  --delimiter C          the character between fields (default: detected among
                         , ; tab | : for CSV; tab for TSV)
  --encoding E           utf-8, windows-1252 or latin1 (default: each row as UTF-8 when
                         it is valid UTF-8, else as Windows-1252)
  --phone/--email/--username COLUMN
                         a column holding identifiers, by header name, number, or
                         dotted path in nested JSON (user.contact.phone)
  --field &quot;CLASS=COL&quot;    a column holding other leaked data, by HIBP data class
                         (&quot;Names=first,last&quot;); only whether it is filled in is kept
                         Without any of these, columns are recognized by their names
                         (in English, German, French, Spanish, Italian, Portuguese,
                         Dutch, Turkish, Arabic, Russian).
  --phone-format F       international (with country code), national (needs --region)
                         or auto (default: decided from the first rows)
  --region CC            the country of national-format numbers
  --exact-phone-validation  check every number with libphonenumber (slower)
  --memory-mb N          memory for records before they are sorted (default 256)
</source>
        <translation>  FILE                   CSV, TSV, JSON Lines, tatasusunan JSON atau longgokan SQL, dimampatkan gzip atau tidak
  --breach NAME          kebocoran data dalam katalog yang berkaitan (catalog add yang baharu dahulu)
  --preset NAME          susun atur fail terkenal (import --list-presets), cth.
                         facebook-2021; baris yang tidak sepadan dikira dan dilangkau
  --format F             csv, tsv, jsonl, json (tatasusunan objek, atau JSON Lines)
                         atau sql (lalai: daripada nama fail)
  --no-header            baris pertama ialah data; lajur dinomborkan bermula dari 1
  --delimiter C          aksara antara medan (lalai: dikesan antara
                         , ; tab | : untuk CSV; tab untuk TSV)
  --encoding E           utf-8, windows-1252 atau latin1 (lalai: setiap baris sebagai UTF-8
                         jika ia UTF-8 yang sah, jika tidak sebagai Windows-1252)
  --phone/--email/--username COLUMN
                         lajur yang mengandungi pengecam, mengikut nama pengepala, nombor,
                         atau laluan bertitik dalam JSON bersarang (user.contact.phone)
  --field &quot;CLASS=COL&quot;    lajur yang mengandungi data bocor lain, mengikut jenis data HIBP
                         (&quot;Names=first,last&quot;); hanya sama ada ia diisi disimpan
                         Tanpa mana-mana pilihan ini, lajur dikenal pasti melalui namanya
                         (dalam bahasa Inggeris, Jerman, Perancis, Sepanyol, Itali, Portugis,
                         Belanda, Turki, Arab, Rusia).
  --phone-format F       international (dengan kod negara), national (memerlukan --region)
                         atau auto (lalai: ditentukan daripada baris pertama)
  --region CC            negara bagi nombor berformat nasional
  --exact-phone-validation  semak setiap nombor dengan libphonenumber (lebih perlahan)
  --memory-mb N          memori untuk rekod sebelum ia diisih (lalai 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              baca seluruh fail dengan semakan import: pemetaan,
                         kiraan dan keputusan yang akan diberikan oleh import, tanpa
                         menulis apa-apa
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         lajur log masuk (sama seperti --username): setiap nilai
                         disimpan mengikut jenisnya, alamat e-mel, nombor telefon dengan
                         kod negaranya, atau nama pengguna
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        rekod baris &quot;Key: value&quot; (log pencuri), ditamatkan oleh
                         baris kosong, baris tanda =, atau kunci yang muncul semula
</translation>
    </message>
    <message>
        <source>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (told by its
                         content); every member named like a leak file (.csv, .tsv,
                         .txt, .json, .jsonl, .sql) is imported as FILE is, the others are
                         listed as skipped; --dry-run lists them all. Nothing is
                         unpacked to disk. One member refused: none is imported
  --member GLOB          only the members whose path or name matches (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), whatever their names say
  --max-unpacked-gb N    refuse an archive that unpacks to more (default 1024); a
                         member unpacking to over 1000 times its size is refused too
</source>
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (dikenal pasti
                         melalui kandungannya); setiap ahli yang dinamakan seperti fail kebocoran
                         (.csv, .tsv, .txt, .json, .jsonl, .sql) diimport seperti FILE, yang lain
                         disenaraikan sebagai dilangkau; --dry-run menyenaraikan kesemuanya. Tiada
                         apa-apa dinyahpek ke cakera. Jika satu ahli ditolak: tiada yang diimport
  --member GLOB          hanya ahli yang laluan atau namanya sepadan (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), walau apa pun nama mereka
  --max-unpacked-gb N    tolak arkib yang dinyahpek melebihi saiz ini (lalai 1024); ahli
                         yang dinyahpek melebihi 1000 kali saiznya juga ditolak
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: jadual untuk dibaca, mengikut nama atau corak (*users); tanpanya,
                         jadual pertama yang lajurnya dinamakan untuk alamat e-mel
                         atau nombor telefon. Baris jadual lain dikira, tidak dibaca
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member memilih ahli arkib (zip, 7z, tar): %1 bukan arkib.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    laman bagi log masuk yang bocor: %1</translation>
    </message>
    <message>
        <source>         [--site COLUMN]
</source>
        <translation>         [--site COLUMN]
</translation>
    </message>
    <message>
        <source>  --site COLUMN          a column of web addresses, the site each row&apos;s login was for
                         (stealer logs): each record keeps the host name, and a check
                         names it
</source>
        <translation>  --site COLUMN          lajur alamat web, laman bagi log masuk setiap baris
                         (log pencuri): setiap rekod menyimpan nama hos, dan semakan
                         menamakannya
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 lebih besar daripada %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 sudah wujud: kunci tidak pernah ditulis ganti. Pilih --out yang lain.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Penggunaan: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Telah ditulis: %1 (kunci tandatangan dan kunci kandungan, dimeterai dengan frasa laluan: simpan di meja bantuan), %2 (kunci awam: berikan kepada sesiapa yang perlu mempercayai apa yang anda tandatangani) dan %3 (kunci kandungan sahaja, untuk komputer riba ejen: ia boleh membaca berkas, tetapi tidak boleh menandatanganinya).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 ialah kunci awam yang sama untuk OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Cap jari: %1 (bacakan untuk membandingkan kunci melalui telefon)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Penggunaan: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 ditandatangani: %2 (kunci %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Penggunaan: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: ditandatangani oleh kunci %2, tidak berubah sejak itu.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 tidak ditandatangani oleh kunci dalam %2 (tandatangannya menamakan kunci %3). Jangan percayainya.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 tidak sepadan dengan tandatangannya %2: ia telah diubah selepas ditandatangani, atau tandatangan itu bukan miliknya. Jangan percayainya.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import memerlukan nombor import (index list menunjukkannya), bukan %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Penggunaan: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 sudah wujud. Pilih --out yang lain.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>%1 telah ditulis: katalog (%2 kebocoran data) dan %n import kebocoran dengan %3 rekod, disulitkan dengan kunci kandungan dan ditandatangani dengan kunci %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Ejen mengimportnya dengan: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Penggunaan: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Peti besi ini kini menerima berkas yang ditandatangani oleh %1 (kunci %2). Bandingkan kunci ini dengan kunci meja bantuan, yang dibacakan melalui telefon, sebelum anda mengimport berkas.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Peti besi ini belum mempercayai mana-mana meja bantuan: bundle trust PREFIX.pub menambah satu.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>dipercayai sejak %1; berkas terakhir dibuat pada %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>dipercayai sejak %1; belum ada berkas yang diterima</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Penggunaan: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 ditandatangani oleh %2 (kunci %3) dan dibuat pada %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Ia lebih lama daripada berkas terakhir yang diterima daripada meja bantuan ini; diimport kerana --allow-older diberikan.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Kebocoran data: %1 baharu, %2 dikemas kini, %3 tidak berubah.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Import kebocoran: %1 ditambah (%2 rekod), %3 sudah ada dalam peti besi ini.</translation>
    </message>
    <message>
        <source>  bundle keygen --out PREFIX [--kdf-strength S] [--json]
                          a help desk&apos;s keys: PREFIX.secret, .pub, .agent (and .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          sign a file (release checksums), and check who signed it
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          the catalog and leak imports, encrypted and signed for agents
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  the help desks this vault takes bundles from
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          check who signed a bundle, then merge it into the vault
</source>
        <translation>  bundle keygen --out PREFIX [--kdf-strength S] [--json]
                          kunci meja bantuan: PREFIX.secret, .pub, .agent (dan .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          tandatangani fail (hasil tambah semak keluaran), dan semak
                          siapa yang menandatanganinya
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          katalog dan import kebocoran, disulitkan dan ditandatangani
                          untuk ejen
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  meja bantuan yang berkasnya diterima oleh peti besi ini
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          semak siapa yang menandatangani berkas, kemudian gabungkannya
                          ke dalam peti besi
</translation>
    </message>
    <message>
        <source>  --out PREFIX           keygen: where the key files go; never over existing ones
  --kdf-strength S       keygen: how slow the passphrase is to guess (interactive,
                         moderate: the default, sensitive)
  --key PREFIX.secret    sign, export: the help desk&apos;s secret key file
  --import ID            export: only this import (index list; again for more);
                         default: every import
  --name NAME            trust: what to call the help desk (default: the file&apos;s name)
  --agent-key PREFIX.agent  import: the content key the help desk gave agents
  --allow-older          import: take a bundle older than the last one taken from
                         its help desk (else refused: it may be an old copy replayed)
  --signer PREFIX.pub    verify: the public key you trust
  --signature FILE.sig   verify: the signature (default: FILE.sig)
The passphrase of PREFIX.secret: the prompt, or BREACH_ADVISOR_BUNDLE_PASSPHRASE for
scripts. Signatures are Ed25519 over the whole file; OpenSSL can check them too
(docs/packaging.md). verify exits 4 when the file is not signed by that key; import
exits 4, with the vault unchanged, for a bundle that is not signed by a trusted help
desk, was changed or cut, or is for another agent key.</source>
        <translation>  --out PREFIX           keygen: tempat fail kunci disimpan; tidak sekali-kali menulis
                         ganti fail sedia ada
  --kdf-strength S       keygen: betapa perlahan frasa laluan untuk diteka (interactive,
                         moderate: lalai, sensitive)
  --key PREFIX.secret    sign, export: fail kunci rahsia meja bantuan
  --import ID            export: import ini sahaja (index list; ulang untuk lebih banyak);
                         lalai: setiap import
  --name NAME            trust: nama untuk meja bantuan (lalai: nama fail)
  --agent-key PREFIX.agent  import: kunci kandungan yang diberikan oleh meja bantuan
                         kepada ejen
  --allow-older          import: terima berkas yang lebih lama daripada berkas terakhir
                         daripada meja bantuannya (jika tidak, ditolak: ia mungkin
                         salinan lama yang dihantar semula)
  --signer PREFIX.pub    verify: kunci awam yang anda percayai
  --signature FILE.sig   verify: tandatangan (lalai: FILE.sig)
Frasa laluan PREFIX.secret: gesaan, atau BREACH_ADVISOR_BUNDLE_PASSPHRASE untuk skrip.
Tandatangan ialah Ed25519 ke atas seluruh fail; OpenSSL juga boleh menyemaknya
(docs/packaging.md). verify keluar dengan kod 4 apabila fail tidak ditandatangani oleh
kunci itu; import keluar dengan kod 4, tanpa mengubah peti besi, bagi berkas yang tidak
ditandatangani oleh meja bantuan yang dipercayai, yang telah diubah atau dipotong, atau
yang dibuat untuk kunci ejen yang lain.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Penggunaan: bundle keygen | sign | verify | export | trust | signers | import (lihat bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Penggunaan: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>kira-kira %1 saat lagi</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Kata laluan tidak sekali-kali diambil daripada baris perintah (pengguna lain dan sejarah shell akan melihatnya): taipkannya pada gesaan, atau berikannya satu setiap baris melalui input standard.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Baris %1: kosong, tidak disemak.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>input standard</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 cincangan kata laluan (%2) daripada %3, diimport pada %4: %5 pada cakera, %6 bait setiap cincangan.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Penggunaan: passwords import | check | info (lihat passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses menyatakan tempat seseorang menggunakan kata laluan: berikan juga --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Disimpan bersama %1: salah satu kata laluannya diketahui telah bocor (tiada apa-apa daripada kata laluan itu sendiri disimpan). Pelannya kini bermula dengan menukar kata laluan itu.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          kata laluan bocor (Pwned Passwords) untuk semakan luar talian
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          ada dalam senarai? (gesaan, atau satu setiap baris input standard)
  passwords info [--json]
</translation>
    </message>
    <message>
        <source>  FILE     the ordered-by-hash download (SHA-1 or NTLM, HASH:COUNT a line), plain or
           compressed; FOLDER: the downloader&apos;s files, one per 5-digit hash prefix
The list is kept beside the vault (--vault DIR), not in it: it is public data. No
passphrase is asked unless --person is given: nothing of the vault is read. Passwords
are never taken from the command line. check --json prints one line per password:
{&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: at least that many times; 0 when not
found), and &quot;kept&quot; with --person. It exits 0 whether a password was found or not.
  --person NAME   keep a password found with this saved person, as &quot;a password of
                  theirs is known&quot; (never the password): their plan starts with
                  changing it everywhere
  --uses SERVICE  where they use it (repeat for more), named in that step</source>
        <translation>  FILE     muat turun tersusun ikut cincangan (SHA-1 atau NTLM, HASH:COUNT setiap baris),
           mampat atau tidak; FOLDER: fail pemuat turun, satu per awalan cincangan 5 digit
Senarai disimpan di sebelah peti besi (--vault DIR), bukan di dalamnya: ia data awam.
Frasa laluan hanya diminta jika --person diberi: jika tidak, peti besi tidak dibaca.
Kata laluan tidak pernah diambil dari baris perintah. check --json mencetak satu baris
setiap kata laluan: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: sekurang-kurangnya sekian
kali; 0 jika tidak ditemui) dan &quot;kept&quot; dengan --person. Kod keluar 0, ditemui atau tidak.
  --person NAME   simpan kata laluan yang ditemui bersama orang tersimpan ini, sebagai
                  &quot;salah satu kata laluannya diketahui&quot; (bukan kata laluan itu): pelannya
                  bermula dengan menukarnya di semua tempat
  --uses SERVICE  tempat ia digunakan (ulang untuk beberapa), dinamakan dalam langkah itu</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 tidak menerima nilai.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 memerlukan nilai.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Pilihan tidak diketahui --%1. Lihat breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 tidak terpakai untuk perintah ini.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>%1 tidak ditutup.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>Kunci pangkalan data mempunyai saiz yang salah.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 rosak: terpotong atau diubah. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>%1 tidak dapat dinyahsulit: ia rosak, bukan peti besi Breach Advisor, atau kuncinya salah. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>Penyulitan tidak tersedia: pustaka SQLite lain (%1) dimuatkan dalam program ini, jadi tiada peti besi dibuka atau dibuat.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>Pangkalan data peti besi %1 tiada. Peti besi dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 kosong atau terpotong (%2 bait): peti besi rosak. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 ialah fail SQLite yang tidak disulitkan, bukan peti besi Breach Advisor. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Tidak dapat membuat fail pangkalan data %1: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>Penyulitan tidak tersedia: pustaka SQLite lain dimuatkan dalam program ini.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Peti besi sedang digunakan oleh program lain.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 rosak (%2). Tiada apa-apa lagi yang ditulis padanya.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>Cakera yang menyimpan %1 penuh. Perubahan tidak disimpan; peti besi kekal seperti sebelumnya.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>%1 tidak dapat ditulis (%2): adakah foldernya baca sahaja? Peti besi kekal seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Ralat pangkalan data (%1) dalam %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Tidak dapat membuang %1, yang ditinggalkan oleh kemas kini format peti besi yang terganggu. Peti besi dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Tidak dapat meletakkan pangkalan data yang dikemas kini di tempat %1 (%2). Peti besi kekal seperti sebelumnya.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 rosak: sebahagiannya tidak dapat dibaca. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Pangkalan data peti besi tidak dapat dikemas kini ke format baharu (salinannya gagal disemak). Peti besi kekal seperti sebelumnya.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Kelab sukan demo</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Kelab sukan rekaan yang senarai ahlinya bocor: direka untuk demo.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN ditulis pada kad dalam dompetnya</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>dilakukan pada %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>selesai</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>diketepikan buat masa ini</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>tidak berkaitan</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>perlu dilakukan semula: ia bocor lagi</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>kira-kira %n minit</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(disemak %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Sumber maklumat ini:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: apa yang perlu dilakukan</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: apa yang perlu dilakukan, untuk %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Dibuat pada %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>dengan bantuan daripada %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, senarai kebocoran data bertarikh %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Tiada langkah buat masa ini. Semak sekali lagi apabila kebocoran baharu diketahui.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 daripada %n langkah selesai.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Apa yang disemak</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>tidak disemak (ia tidak mungkin betul seperti yang ditulis)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>tidak ditemui dalam fail kebocoran yang diimport</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Satu notis menyatakan %1 bocor: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Siapa yang anda hubungi</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Tulis siapa yang anda telefon atau tulis surat kepadanya, bila, dan apa yang dikatakan.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Halaman ini mengandungi maklumat peribadi: simpan di tempat yang selamat, atau carik apabila anda selesai.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Jika ini berkaitan dengan anda</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Pencetak atau fail tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>Pencetak atau fail berhenti menerima halaman.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Mengandungi maklumat peribadi: simpan dengan selamat atau carik.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Halaman %1 daripada %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Belum ada fail kebocoran yang diimport ke dalam peti besi ini, jadi semua ini tidak dapat disemak dalam mana-mana kebocoran.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Tiada satu pun daripada ini ditemui dalam fail kebocoran yang diimport ke dalam peti besi ini (import: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Ini tidak bermakna ia tidak pernah bocor: hanya fail yang diimport telah disemak.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>%1 daripada %2 ditemui dalam: %3. Ini tidak bermakna ada orang yang telah menggunakan akaun anda.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%1 daripada %2 tidak dapat disemak: lihat sebabnya di bawah.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Rantai kunci menolak: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Komputer ini tiada rantai kunci yang tersedia, jadi peti besi tidak dapat diingati. Gunakan frasa laluan anda untuk membukanya.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Peti besi ini tidak diingati pada komputer ini.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 disulitkan: Breach Advisor tidak membaca arkib yang disulitkan. Ekstrak dengan kata laluannya, kemudian import fail yang diekstrak.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: arkib terpotong atau rosak (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 dinyahpek menjadi lebih %2 kali ganda saiz mampatnya, sesuatu yang tidak berlaku pada fail kebocoran: ditolak sebagai bom arkib. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: lebih daripada %2 dinyahpek, had untuk satu arkib: ditolak sebagai bom arkib. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>metadata macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>fail baca-saya atau lesen</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>dimampatkan di dalam arkib: ekstrak dahulu, kemudian import</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>bukan fail kebocoran mengikut namanya (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>bukan fail (pautan atau peranti)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>tidak dipilih oleh --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>kosong</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>bukan JSON yang sah: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bukan objek JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>baris melebihi %1 MiB: fail kebocoran mempunyai baris yang pendek (adakah pemisah baris atau tanda petikan penutup hilang?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>lebih daripada %1 lajur</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: fail tiada</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: tidak dapat membuka fail</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: fail tidak dapat dibaca (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: fail mampat terpotong atau rosak (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>fail ini teks UTF-16: simpan sebagai UTF-8 dahulu</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>data binari (bait NUL): ini bukan fail teks</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>bukan UTF-8 yang sah: fail menggunakan pengekodan lain</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 medan sedangkan susun atur mempunyai %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>medan berpetikan tidak pernah ditutup (tiada &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 medan sedangkan pengepala mempunyai %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>baris ini tidak mempunyai medan susun atur</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>baris yang bukan &quot;Key: value&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>tatasusunan JSON tidak pernah ditutup (adakah fail terpotong?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>teks selepas penghujung tatasusunan JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>tiada , atau ] selepas unsur tatasusunan JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>tatasusunan JSON berakhir di dalam unsur (adakah fail terpotong?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>nama berpetikan tidak pernah ditutup</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>baris COPY tidak pernah berakhir dengan baris \. (adakah fail terpotong?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>tiada INSERT … VALUES atau COPY … FROM stdin: tiada baris untuk dibaca dalam fail SQL ini</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>tiada jadual %1 yang mempunyai baris dalam longgokan; jadual yang mempunyai baris: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: tiada nama lajur jadual yang menunjukkan ia mengandungi alamat e-mel atau nombor telefon. Namakan jadual untuk dibaca (--table) dan lajurnya. Jadual yang mempunyai baris: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>baris tanpa nilai</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 nilai sedangkan jadual mempunyai %2 lajur</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>fail berakhir di dalam baris nilai (adakah ia terpotong?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>baris nilai yang tidak dapat dibaca (tanda petikan tidak ditutup)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>fail berakhir di dalam pernyataan INSERT (adakah ia terpotong?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>tiada , atau ; selepas baris nilai</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>baris nilai tidak bermula dengan (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>Susun atur fail kebocoran %1 rosak: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>ruang</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Dibaca sebagai susun atur yang diketahui &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Medan dipisahkan dengan %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (dikesan)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Teks: %1 (baris pertama bukan UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Nota: katalog tidak menyenaraikan %1 untuk &quot;%2&quot;; import ini merekodkannya untuk orang yang terlibat.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Nombor telefon: format %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Fail ini telah diimport ke dalam &quot;%1&quot; sebelum ini dengan tetapan yang sama (import %2). Tiada apa-apa yang berubah.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Teks: %Ln baris bukan UTF-8 yang sah, dibaca sebagai %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>nombor telefon: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>alamat e-mel: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>nama pengguna: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>antarabangsa</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nasional</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>campuran</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%1 daripada %2 baris diimport ke dalam &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Semakan kini boleh menemui %Ln rekod yang terkandung di dalamnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Ia mengambil masa %1 saat; peti besi bertambah sebanyak %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>%Ln nombor telefon, alamat e-mel atau nama pengguna yang tidak mungkin betul ditinggalkan (%1), contohnya:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln baris yang tidak mempunyai medan susun atur &quot;%1&quot; ditinggalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>%Ln baris tanpa nombor telefon, alamat e-mel atau nama pengguna yang mungkin betul ditinggalkan, contohnya:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>%Ln baris ditinggalkan, contohnya:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln baris mempunyai medan yang tiada pada baris pertama, dan medan itu tidak dibaca: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Tiada pengepala: baris pertama kelihatan seperti data (alamat e-mel atau nombor), jadi ia dibaca sebagai baris data dan lajur dinomborkan bermula dari 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>Baris pertama menamakan lajur (ia tidak kelihatan seperti data).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Membaca jadual %1 daripada longgokan SQL: jadual pertama yang lajurnya dinamakan untuk alamat e-mel atau nombor telefon.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Membaca jadual %1 daripada longgokan SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Larian percubaan: %1 daripada %2 baris akan diimport ke dalam &quot;%3&quot; (paling banyak %4 rekod). Tiada apa-apa yang ditulis.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln nilai dalam lajur nama pengguna ialah alamat e-mel atau nombor telefon, dan semakan menemuinya sebagai alamat e-mel atau nombor telefon (alamat e-mel: %1, nombor telefon: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>nombor telefon: sekurang-kurangnya %1 (semakan pantas menemui kebanyakannya, bukan semua)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 lagi</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Tidak dibaca: %Ln baris dalam jadual lain dalam longgokan: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Lajur %1 juga dinamakan untuk alamat e-mel atau nombor telefon: import setiap jadual sedemikian secara berasingan dengan menamakannya.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln baris tidak menamakan laman: diimport tanpa laman.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln baris menamakan laman selepas 65,535 laman pertama: diimport tanpa laman itu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Laman: log masuk itu adalah untuk %Ln laman; semakan menamakan laman bagi setiap log masuk yang ditemuinya.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>Katalog tidak mempunyai kebocoran data bernama &quot;%1&quot;: tambahnya ke katalog dahulu.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: fail kosong</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: tiada satu pun daripada %Ln barisnya sepadan dengan susun atur %2 (baris %3: %4). Tiada apa-apa yang diimport.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: fail mempunyai pengepala tetapi tiada baris. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Nombor telefon dalam format nasional memerlukan negara asalnya.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Tidak dapat menentukan cara nombor telefon ditulis. %1 Nyatakan sama ada ia antarabangsa (dengan kod negara) atau nasional (dan dari negara mana).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Pratonton tidak boleh diimport: nyatakan kandungan setiap lajur dahulu.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (baris %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: tiada satu pun daripada %Ln barisnya mempunyai nombor telefon, alamat e-mel atau nama pengguna yang sah%2. Tiada apa-apa yang diimport.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Fail sementara import telah diubah atau terpotong semasa import berjalan: %1. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Fail sementara import telah hilang: %1. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Data sementara import tidak dapat disulitkan.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Tidak dapat menulis fail sementara import %1: %2. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 aksara)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>terlalu pendek</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>terlalu panjang</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>kod negara tidak wujud</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>tiada kod negara, dan negara fail tidak diberikan</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>bukan nombor</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>bukan nombor yang sah</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>Fail mempunyai lebih daripada 65,535 gabungan lajur terisi yang berbeza: petakan lebih sedikit lajur.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>tiada nombor telefon, e-mel atau nama pengguna</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>nombor telefon tidak sah %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>alamat e-mel tidak sah %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>nama pengguna tidak sah %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>senarai, bukan satu nilai</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln baris</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % daripada baris</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln baris daripada %2 tidak sepadan dengan susun atur fail (yang pertama: baris %3, %4): lebih daripada %5 yang dibenarkan. Adakah pembatas atau pengepala betul? Tiada apa-apa yang diimport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Tidak dapat membuat folder sementara import %1. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: tiada satu pun daripada %Ln ahli arkib ialah fail kebocoran (fail CSV, TSV, teks, JSON atau SQL mengikut namanya; --member memilih ahli mengikut nama). Tiada apa-apa yang diimport.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher tidak menjawab %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>Senarai nama lajur tiada dalam binaan ini.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> dan %1 lagi</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Lajur &quot;%1&quot;: fail tidak mempunyai lajur sedemikian. Lajurnya ialah: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Tiada lajur yang mengandungi nombor telefon, alamat e-mel atau nama pengguna: nyatakan lajur yang mengandunginya. Lajurnya ialah: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>Lajur &quot;%1&quot; mengandungi senarai, bukan satu pengecam setiap baris: namakan lajur di dalam objek senarai itu.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Satu lajur mengandungi satu jenis pengecam, bukan kedua-dua %1 dan %2.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>Paling banyak 64 jenis data boleh dipetakan dalam satu import.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; bukan jenis data yang dikenali oleh versi ini (nama Have I Been Pwned, seperti &quot;Names&quot; atau &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Nyatakan lajur yang mengandungi %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (disemak)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (hanya sama ada ia diisi disimpan)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>tidak digunakan: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: laman bagi setiap log masuk (hanya nama hosnya disimpan)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Lemah</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Sederhana</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Kuat</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Pilih frasa laluan: empat atau lebih perkataan yang tiada kaitan sesuai digunakan.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Mudah diteka. Tambah lagi perkataan yang tiada kaitan antara satu sama lain.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Boleh diteka dengan sedikit usaha. Satu atau dua perkataan lagi akan membantu.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Sukar diteka.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Sangat sukar diteka.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, baris %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>bukan baris senarai kata laluan yang bocor (cincangan SHA-1 atau NTLM dalam heksadesimal, titik bertindih, berapa kerap ia dilihat). Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>cincangan %1, sedangkan baris sebelumnya mengandungi cincangan %2: satu senarai hanya mengandungi satu jenis. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>tidak mengikut urutan cincangan (atau cincangan yang sama berulang): senarai mestilah muat turun yang disusun mengikut cincangan. Tiada apa-apa yang diimport.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 tidak mengandungi fail yang dinamakan mengikut awalan cincangan 5 digit (00000.txt …): ia bukan folder pemuat turun.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: fail atau folder tiada</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 tidak mengandungi cincangan kata laluan.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>Kata laluan ini bukan teks UTF-8 yang sah.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>Belum ada senarai kata laluan yang bocor di %1: import satu dahulu.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 bukan senarai kata laluan yang bocor yang dibuat oleh aplikasi ini.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 dibuat oleh versi aplikasi ini yang lebih baharu: kemas kini aplikasi, atau import senarai itu sekali lagi.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 telah diubah atau dipotong sejak ia dibuat: import senarai kata laluan yang bocor sekali lagi.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Tiada dalam senarai kata laluan yang bocor. Itu tidak menjadikannya kuat: pengurus kata laluan mencipta dan menyimpan kata laluan yang berbeza untuk setiap akaun.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Kata laluan ini pernah dilihat dalam kebocoran: penjenayah mungkin mencubanya. Tukar kata laluan ini di semua tempat anda menggunakannya.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Kata laluan ini telah dilihat sekurang-kurangnya %1 kali dalam kebocoran: penjenayah mencubanya dahulu. Tukar kata laluan ini di semua tempat anda menggunakannya.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 cincangan kata laluan (%2) diimport daripada %3 dalam %4 saat: %5 pada cakera, %6 bait setiap cincangan.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Cincangan yang 64 bit pertamanya sama dengan cincangan sebelumnya, disimpan sekali sahaja: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Baris kosong yang dilangkau: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Hanya %1 daripada %2 fail awalan yang ada: senarai ini tidak lengkap, dan kata laluan dalam fail yang tiada dilaporkan sebagai tidak pernah dilihat.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Fail lain dalam folder itu, tidak dibaca: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Seseorang memerlukan nama (nama panggilan pun boleh).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; bukan kod negara dua huruf yang dikenali.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; bukan platform: gunakan android, iphone atau computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; bukan perkhidmatan yang dikenali oleh senarai semak. Yang dikenali: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Tiada apa-apa yang disimpan.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>Sudah ada seseorang bernama &quot;%1&quot; dalam peti besi ini.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Orang ini tidak lagi disimpan dalam peti besi.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Nyatakan jenis data yang disebut dalam notis.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; bukan kod bahasa (seperti ar, es atau fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 bukan kelas kekerapan dilihat yang sah (0 hingga %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; bukan perkhidmatan yang dikenali oleh senarai semak.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; bukan platform: gunakan android, iphone atau computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; bukan perkhidmatan yang dikenali oleh senarai semak, jadi pelan meninggalkannya. Yang dikenali: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Tiada langkah &quot;%1&quot;. Pelan menyenaraikan ID langkah.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Langkah ditanda selesai, dilangkau, tidak berkaitan atau perlu dilakukan.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; tiada dalam pelan %2: lihat pelannya untuk langkah-langkahnya.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>Sampel tidak mempunyai nombor telefon; format antarabangsa diandaikan.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1% daripada sampel bermula dengan + atau 00: format antarabangsa.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Apabila dibaca dengan kod negara, %1% daripada sampel ialah nombor yang sah.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Apabila dibaca dengan kod negara, %1% daripada sampel ialah nombor yang sah; apabila dibaca sebagai nombor nasional %2, %3%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>Kod negara tidak sah.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Jika %1 ialah kod negara, tambah + di hadapannya (+%1…), atau nyatakan negara asal nombor itu.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Tambah kod negara (seperti +60) atau nyatakan negara asal nombor itu.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ini bukan nombor telefon.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Nombor ini terlalu pendek.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Nombor ini terlalu panjang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; bukan kod negara yang dikenali (gunakan dua huruf, seperti MY).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Nombor telefon kosong.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Nombor ini terlalu pendek: tambah kod kawasan.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Ini bukan nombor yang sah untuk %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Lakukan ini dahulu</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Tiada maklumat anda ditemui dalam kebocoran yang disemak, dan tiada kebocoran data di perkhidmatan yang anda gunakan yang berkemungkinan mengandungi maklumat anda. Di bawah: %n tabiat baik umum, bukan disebabkan oleh kebocoran.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n daripada kebocoran yang mengandungi butiran anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n daripada kebocoran data yang diberitahu kepada anda melalui notis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n daripada kebocoran data di perkhidmatan yang anda gunakan yang mungkin mengandungi maklumat anda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n nasihat umum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 dan %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n langkah: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Tiada satu pun pengecam yang diberikan dapat disemak: lihat sebabnya di bawah.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Tiada fail kebocoran diimport, jadi tiada kebocoran yang dapat dicari untuk pengecam ini.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Tiada perkhidmatan dinamakan, jadi tiada kebocoran data di sesuatu perkhidmatan yang dapat ditimbang. Nyatakan perkhidmatan yang digunakan (WhatsApp, Facebook, Google, ...) untuk menambahnya.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Tiada apa-apa yang dapat disemak, jadi ini bukan keputusan &quot;tiada apa-apa ditemui&quot;. Di bawah: %n tabiat baik umum, bukan disebabkan oleh kebocoran.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, kebocoran yang sama seperti %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Minggu ini</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Kemudian</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>senarai kata laluan yang bocor</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Satu kata laluan yang anda gunakan ada dalam senarai kata laluan yang bocor.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Satu kata laluan yang anda gunakan ada dalam senarai kata laluan yang bocor: ia telah dilihat sekurang-kurangnya %1 kali.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Anda menyatakan bahawa anda menggunakannya di %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>ia pautan simbolik, dan menyimpan melaluinya akan mengubah fail yang ditujunya</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%1 daripada %2 baitnya sampai ke cakera</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Buat asal</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Buat &amp;semula</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tampal</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seterusnya &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Seterusnya</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Se&amp;lesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Teruskan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>Frasa laluan daripada %1 lebih panjang daripada %2 bait. Gunakan yang lebih pendek.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Tidak dapat mematikan gema pada terminal (%1), jadi frasa laluan tidak diminta di sana.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Tiada frasa laluan diberikan: gunakan --passphrase-file FILE atau tetapkan %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Frasa laluan baharu: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Frasa laluan yang sama sekali lagi: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Kedua-dua frasa laluan berbeza. Tiada apa-apa yang dibuat.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frasa laluan: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Frasa laluan kosong.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Tidak dapat menulis ke output standard: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Frasa laluan lemah: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Kata laluan untuk disemak (biarkan kosong untuk berhenti): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, baris %2: lebih panjang daripada %3 bait.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Pustaka kriptografi tidak dapat dimulakan.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Alamat e-mel terlalu panjang.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Alamat e-mel kosong.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Alamat e-mel memerlukan @, seperti dalam nama@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Alamat e-mel hanya mempunyai satu @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Mesti ada sesuatu sebelum @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Bahagian sebelum @ lebih panjang daripada 64 aksara.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>Bahagian sebelum @ tidak boleh bermula atau berakhir dengan titik atau mempunyai dua titik berturut-turut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; tidak boleh digunakan dalam alamat e-mel.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Bahagian selepas @ tiada.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; bukan domain yang sah.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Domain &quot;%1&quot; memerlukan titik, seperti dalam example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Nama pengguna lebih panjang daripada 128 aksara.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Nama pengguna kosong.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Nama pengguna mengandungi aksara kawalan yang tidak kelihatan.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Perlu dilakukan</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Diketepikan buat masa ini</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Tidak berkaitan</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Perlu dilakukan semula</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Ditemui dalam fail kebocoran</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Anda telah diberitahu tentangnya</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Mungkin bocor: kebocoran data di perkhidmatan yang anda gunakan</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Ditemui</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Dilaporkan kepada anda</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Mungkin</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nombor telefon</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Bahasa komputer</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mudah alih</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>talian tetap</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>talian tetap atau mudah alih</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>nombor panggilan percuma</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>nombor kadar premium</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>nombor kos dikongsi</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>nombor telefon internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>nombor peribadi</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>alat kelui</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>nombor syarikat</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>mel suara</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Pengguna lain boleh menulis ke folder peti besi %1, jadi failnya tidak boleh dipercayai. Jadikan folder itu milik anda sahaja (chmod 700), periksa failnya, dan cuba lagi. Peti besi dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>Folder %1 tidak dapat dijadikan peribadi untuk anda (adakah ia milik orang lain?). Pilih folder lain untuk peti besi.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Frasa laluan tidak boleh kosong.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Kekuatan kunci itu di luar julat yang diterima oleh versi ini.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Frasa laluan atau kunci tidak betul untuk peti besi ini.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Peti besi ini terbuka dalam program lain (proses %1). Tutupnya di sana dahulu.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Tidak dapat mengunci peti besi dalam %1: folder tidak boleh ditulis, atau cakera penuh. Peti besi dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 tidak mengandungi data peti besi: ia rosak atau bukan pangkalan data peti besi ini. Ia dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>Sudah ada peti besi dalam %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 tidak kosong: pilih folder kosong atau baharu untuk peti besi.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Hanya peti besi yang baru dibuat boleh dibuang.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Peti besi ini tidak mempunyai kunci pemulihan.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>Kunci yang diingati untuk peti besi ini tidak sah.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>Kunci yang diingati untuk peti besi ini tidak lagi sepadan dengannya.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Frasa laluan atau kunci pemulihan ini telah diganti semasa kunci peti besi ditukar.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Tiada penukaran kunci yang telah disediakan.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Pangkalan data tidak dapat disulitkan semula. Ia kekal di bawah kunci lamanya dan dibuka seperti sebelumnya.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>Kunci pengecam peti besi mempunyai saiz yang salah: peti besi rosak.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Peti besi ini dibuat oleh versi Breach Advisor yang lebih baharu (skema %1; versi ini mengenali %2). Kemas kini aplikasi untuk membukanya.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>Fail skema %1 tiada dalam binaan ini.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Pengguna lain boleh membaca %1, dan ia tidak dapat dijadikan peribadi untuk anda (adakah ia milik orang lain?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>folder itu</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Pengguna lain boleh membaca peti besi dalam %1 (%2): kini ia peribadi untuk anda.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Tiada kunci pemulihan baharu yang telah disediakan.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>medan hilang atau tidak berbentuk betul</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>garam atau kunci yang salah saiznya</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>tetapan terbitan kunci di luar julat</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>terbitan kunci tidak diketahui</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>penormalan frasa laluan tidak diketahui</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Tiada peti besi di sini: %1 tidak wujud.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 bukan pengepala peti besi yang sah (%2). Peti besi dibiarkan tanpa disentuh.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>terlalu besar</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>bukan JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>bukan peti besi Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 dibuat oleh versi Breach Advisor yang lebih baharu. Kemas kini aplikasi untuk membukanya.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versi tidak diketahui</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>Tidak dapat menulis %1: %2. Peti besi kekal seperti sebelumnya.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Kunci yang salah saiznya sampai ke kod kunci.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Frasa laluan lebih panjang daripada %1 bait.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>Penormalan Unicode tidak tersedia.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Frasa laluan tidak dapat dinormalkan.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>Pengepala peti besi mempunyai garam yang salah saiznya.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>Pengepala peti besi mempunyai tetapan terbitan kunci di luar julat.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memori tidak mencukupi untuk menerbitkan kunci daripada frasa laluan.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Kunci pemulihan tidak dapat ditukar menjadi kunci.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Subkunci tidak dapat diterbitkan.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Kunci tidak dapat dibalut.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>Pengepala peti besi mengandungi kunci terbalut yang salah saiznya.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Frasa laluan atau kunci tidak betul untuk peti besi ini.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Kunci tidak dapat dinyahbalut.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Itu bukan kunci pemulihan: kunci pemulihan mempunyai 32 huruf dan digit dalam kumpulan empat.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Tiada peti besi dalam %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Tiada import %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>Tiada sesiapa bernama &quot;%1&quot; disimpan dalam peti besi ini.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>Katalog tidak mempunyai kebocoran data bernama &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; bukan kod negara dua huruf yang dikenali.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Dihentikan sebelum selesai. Tiada apa-apa yang diubah.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>Pada April 2021, satu fail yang mengandungi kira-kira 533 juta akaun Facebook dari 106 negara disiarkan secara percuma di sebuah forum. Ia memadankan nombor telefon dengan nama, dan selalunya dengan jantina, lokasi, majikan, status perhubungan dan tarikh lahir; sedikit sahaja rekod yang mengandungi alamat e-mel. Facebook menyatakan data itu dikumpulkan sebelum September 2019 dengan menyalahgunakan pengimport kenalannya, bukan dengan menceroboh sistemnya.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Dikikis, bukan digodam: Facebook menyatakan data itu dikumpulkan melalui pengimport kenalannya sebelum September 2019 dan kelemahan itu telah dibaiki pada Ogos 2019. Suruhanjaya Perlindungan Data Ireland mendenda Meta EUR 265 juta kerananya pada November 2022. Nombor telefon yang sama ditawarkan untuk dijual sekali lagi pada 2022 sebagai &apos;487 juta nombor WhatsApp&apos;.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>Pada November 2022, seorang penjual mengiklankan 487 juta nombor mudah alih dari 84 negara sebagai “pengguna WhatsApp”. Senarai itu hanya mengandungi nombor telefon: tiada nama, mesej atau butiran peranti. Bilangan itu dakwaan penjual.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Bukan kebocoran data WhatsApp. WhatsApp dan Meta menyatakan tiada bukti kebocoran daripada WhatsApp. CSIRT KNF Poland dan firma guaman Jerman WBS.LEGAL mendapati sampelnya sama dengan data Facebook yang dikikis pada 2021, dan bilangan bagi setiap negara sepadan dengannya. Have I Been Pwned tidak mempunyai entri untuknya. Dakwaan bahawa ia mendedahkan paras bateri, kekuatan isyarat atau data peranti lain tidak mempunyai sumber yang boleh dipercayai.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Senarai nombor telefon “WhatsApp” (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Hidupkan pengesahan dua langkah dalam WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Sesiapa yang mempunyai nombor anda boleh cuba mendaftarkan WhatsApp dengannya pada telefon mereka sendiri. PIN enam digit yang hanya anda tahu menghalang mereka, walaupun mereka memperdaya anda supaya memberikan kod SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Buka WhatsApp. Ketik Lagi pilihan (tiga titik) &gt; Tetapan &gt; Akaun &gt; Pengesahan dua langkah &gt; Hidupkan. Pilih PIN enam digit yang anda akan ingat, dan tambah alamat e-mel supaya anda boleh menetapkan semula PIN jika anda terlupa. Jangan sekali-kali beritahu sesiapa PIN itu atau kod enam digit yang WhatsApp hantar kepada anda melalui SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Buka WhatsApp. Ketik Tetapan &gt; Akaun &gt; Pengesahan dua langkah &gt; Hidupkan. Pilih PIN enam digit yang anda akan ingat, dan tambah alamat e-mel supaya anda boleh menetapkan semula PIN jika anda terlupa. Jangan sekali-kali beritahu sesiapa PIN itu atau kod enam digit yang WhatsApp hantar kepada anda melalui SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>Pengesahan dua langkah ditetapkan pada telefon anda, bukan dalam WhatsApp pada komputer: ikut langkah untuk telefon anda.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Tunjukkan foto WhatsApp dan teks perihal anda kepada kenalan anda sahaja</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Secara lalai, sesiapa yang mempunyai nombor anda boleh melihat foto profil dan teks perihal anda. Penipu menggunakannya untuk membuat akaun palsu yang kelihatan seperti anda.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>Dalam WhatsApp, ketik Lagi pilihan (tiga titik) &gt; Tetapan &gt; Privasi. Tetapkan Foto profil, Perihal dan Terakhir dilihat &amp; dalam talian kepada Kenalan saya. Di bawah Kumpulan, pilih Kenalan saya supaya orang yang tidak dikenali tidak boleh menambah anda ke dalam kumpulan. Privasi &gt; Semakan privasi membimbing anda melalui selebihnya.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>Dalam WhatsApp, ketik Tetapan &gt; Privasi. Tetapkan Foto profil, Perihal dan Terakhir dilihat &amp; dalam talian kepada Kenalan saya. Di bawah Kumpulan, pilih Kenalan saya supaya orang yang tidak dikenali tidak boleh menambah anda ke dalam kumpulan.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>Dalam WhatsApp pada komputer anda, buka Menu &gt; Tetapan &gt; Privasi dan buat pilihan yang sama: Foto profil, Perihal dan Terakhir dilihat kepada Kenalan saya; Kumpulan kepada Kenalan saya.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Senyapkan panggilan daripada nombor yang tidak dikenali dalam WhatsApp</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Nombor yang bocor menerima panggilan penipuan. Apabila ciri ini dihidupkan, panggilan daripada nombor yang tiada dalam kenalan anda tidak berdering; ia masih muncul dalam senarai panggilan anda, jadi anda tidak terlepas apa-apa yang anda mahu.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Dalam WhatsApp, ketik Lagi pilihan (tiga titik) &gt; Tetapan &gt; Privasi &gt; Panggilan dan hidupkan Senyapkan pemanggil tidak dikenali.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Dalam WhatsApp, ketik Tetapan &gt; Privasi &gt; Panggilan dan hidupkan Senyapkan pemanggil tidak dikenali.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Log keluar WhatsApp pada komputer yang anda tidak kenali</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Komputer yang dipautkan ke WhatsApp anda boleh membaca mesej baharu anda. Pastikan setiap peranti dipautkan itu milik anda.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Dalam WhatsApp, ketik Lagi pilihan (tiga titik) &gt; Peranti dipautkan. Ketik mana-mana peranti yang anda tidak kenali &gt; Log keluar.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Dalam WhatsApp, ketik Tetapan &gt; Peranti dipautkan. Ketik mana-mana peranti yang anda tidak kenali &gt; Log keluar.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Lindungi sandaran WhatsApp anda dan dapatkan makluman apabila kod keselamatan kenalan berubah</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Sembang anda sudah disulitkan hujung ke hujung; tiada apa-apa yang perlu dihidupkan untuk itu. Sandaran anda tidak, melainkan anda memilihnya, dan pemberitahuan kod keselamatan memberitahu anda apabila telefon atau aplikasi kenalan berubah, yang juga boleh bermakna seseorang telah mengambil alih akaunnya.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Dalam WhatsApp, buka Tetapan &gt; Sembang &gt; Sandaran sembang &gt; Sandaran disulitkan hujung ke hujung &gt; Hidupkan, dan pilih kata laluan atau kunci 64 digit; tanpanya sandaran tidak dapat dipulihkan. Kemudian buka Tetapan &gt; Akaun &gt; Pemberitahuan keselamatan dan hidupkannya. Nama menu mungkin berbeza mengikut versi aplikasi.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Dalam WhatsApp, buka Tetapan &gt; Sembang &gt; Sandaran sembang &gt; Sandaran disulitkan hujung ke hujung &gt; Hidupkan, dan pilih kata laluan atau kunci 64 digit; tanpanya sandaran tidak dapat dipulihkan. Sandaran iCloud masih boleh menyimpan salinan yang tidak disulitkan. Kemudian buka Tetapan &gt; Akaun &gt; Pemberitahuan keselamatan dan hidupkannya. Nama menu mungkin berbeza mengikut versi aplikasi.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Hidupkan pengesahan dua faktor untuk Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Apabila nombor telefon atau e-mel anda diketahui, penyerang cuba mengambil alih akaun anda. Langkah kedua semasa log masuk menghalang seseorang yang mempunyai kata laluan anda.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Dalam aplikasi Facebook, ketik Menu &gt; Tetapan &amp; privasi &gt; Tetapan &gt; Pusat Akaun &gt; Kata laluan dan keselamatan &gt; Pengesahan dua faktor. Pilih akaun anda, kemudian apl pengesahan (terbaik) atau mesej teks. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>Di facebook.com, klik gambar profil anda &gt; Tetapan &amp; privasi &gt; Tetapan &gt; Pusat Akaun &gt; Kata laluan dan keselamatan &gt; Pengesahan dua faktor. Pilih akaun anda, kemudian apl pengesahan (terbaik) atau mesej teks.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Log keluar daripada Facebook di tempat yang perantinya anda tidak kenali</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Jika seseorang sudah log masuk ke akaun anda, mengubah tetapan sahaja tidak akan mengeluarkan mereka.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>Dalam Facebook, buka Tetapan &amp; privasi &gt; Tetapan &gt; Pusat Akaun &gt; Kata laluan dan keselamatan &gt; Tempat anda log masuk. Pilih akaun anda dan log keluar daripada mana-mana peranti atau tempat yang anda tidak kenali. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Halang orang yang tidak dikenali daripada mencari profil Facebook anda melalui nombor telefon anda</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>Data yang dikikis pada 2021 dikumpulkan dengan mencari orang melalui nombor telefon. Mengehadkan siapa yang boleh berbuat demikian, dan siapa yang melihat nombor dan tarikh lahir anda, menjadikan profil anda lebih sukar dikumpulkan lagi.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Buka facebook.com/privacy/checkup (atau Menu &gt; Tetapan &amp; privasi &gt; Semakan Privasi). Di bawah Cara orang boleh mencari anda, tetapkan siapa yang boleh mencari anda melalui nombor telefon yang anda berikan kepada Rakan, atau pilihan paling terhad yang ditawarkan, dan lakukan yang sama untuk alamat e-mel anda. Di bawah Siapa yang boleh melihat perkara yang anda kongsi, jadikan nombor telefon, e-mel dan tarikh lahir anda boleh dilihat oleh Saya sahaja.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Hidupkan pengesahan dua faktor untuk Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Langkah kedua semasa log masuk menghalang seseorang yang mempunyai kata laluan anda atau yang memperdaya syarikat telefon anda supaya memindahkan nombor anda.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>Dalam Instagram, pergi ke profil anda &gt; menu &gt; Tetapan dan privasi &gt; Pusat Akaun &gt; Kata laluan dan keselamatan &gt; Pengesahan dua faktor. Pilih akaun anda dan apl pengesahan jika boleh. Simpan kod sandaran yang ditawarkannya di tempat yang selamat.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Log keluar daripada Instagram pada peranti yang anda tidak kenali</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>Dalam Instagram, pergi ke profil anda &gt; menu &gt; Tetapan dan privasi &gt; Pusat Akaun &gt; Kata laluan dan keselamatan &gt; Tempat anda log masuk. Pilih akaun anda dan log keluar daripada mana-mana peranti atau tempat yang anda tidak kenali, kemudian tukar kata laluan anda. Nama menu mungkin berbeza mengikut versi aplikasi.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Jadikan akaun Instagram anda peribadi dan sembunyikannya daripada cadangan kenalan</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Akaun awam menunjukkan foto dan pengikut anda kepada sesiapa sahaja, dan itulah yang disalin oleh penipu untuk membuat akaun palsu yang kelihatan seperti akaun anda.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>Dalam Instagram, pergi ke profil anda &gt; menu &gt; Tetapan dan privasi &gt; Privasi akaun dan hidupkan Akaun peribadi. Kemudian cari dalam Tetapan dan privasi pilihan penyegerakan kenalan dan pilihan mencadangkan akaun anda kepada orang lain, dan matikan yang anda tidak perlukan. Nama menu mungkin berbeza mengikut versi aplikasi.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Hidupkan pengesahan dua langkah untuk LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Akaun LinkedIn digunakan untuk menghantar tawaran kerja palsu yang meyakinkan kepada kenalan anda. Langkah kedua semasa log masuk melindungi akaun anda daripadanya.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Dalam aplikasi LinkedIn, ketik gambar profil anda &gt; Tetapan &gt; Daftar masuk &amp; keselamatan &gt; Pengesahan dua langkah &gt; Sediakan, dan pilih apl pengesahan atau nombor telefon anda.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Dalam LinkedIn, klik Saya &gt; Tetapan &amp; Privasi &gt; Daftar masuk &amp; keselamatan &gt; Pengesahan dua langkah &gt; Sediakan, dan pilih apl pengesahan atau nombor telefon anda.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Semak tempat anda log masuk ke LinkedIn dan siapa yang boleh mencari anda melalui telefon atau e-mel</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Sesi lama boleh kekal log masuk selama berbulan-bulan, dan boleh dicari melalui nombor telefon akan mengaitkan nombor anda yang bocor dengan profil kerja anda.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>Dalam LinkedIn, buka Saya &gt; Tetapan &amp; Privasi &gt; Daftar masuk &amp; keselamatan &gt; Tempat anda log masuk, dan log keluar daripada sesi yang anda tidak kenali. Di bawah Keterlihatan, hadkan siapa yang boleh mencari profil anda melalui alamat e-mel atau nombor telefon anda. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Tetapkan kata laluan Telegram (pengesahan dua langkah)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram melog masuk anda dengan kod yang dihantar melalui mesej teks. Dengan kata laluan tambahan, kod sahaja tidak cukup untuk mengambil alih akaun anda.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>Dalam Telegram, buka Tetapan &gt; Privasi dan Keselamatan &gt; Pengesahan Dua Langkah dan tetapkan kata laluan. Tambah e-mel pemulihan: tanpanya, kata laluan yang terlupa hanya boleh ditetapkan semula dengan menunggu dan kehilangan kenalan serta sembang awan anda.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Tamatkan sesi Telegram yang anda tidak kenali dan sembunyikan nombor anda</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Setiap peranti yang log masuk boleh membaca sembang awan anda. Menyembunyikan nombor anda menghalang orang yang tidak dikenali daripada melihatnya dalam kumpulan.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>Dalam Telegram, buka Tetapan &gt; Peranti (dalam versi lama, Privasi dan Keselamatan &gt; Sesi Aktif) dan tamatkan setiap sesi yang anda tidak kenali. Kemudian buka Tetapan &gt; Privasi dan Keselamatan &gt; Nombor Telefon dan tetapkan Siapa boleh melihat nombor telefon saya kepada Kenalan Saya atau Tiada Sesiapa. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Hidupkan kunci pendaftaran Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Apabila kunci pendaftaran dihidupkan, seseorang yang mendapat kod untuk nombor anda masih memerlukan PIN Signal anda untuk mendaftarkannya.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>Dalam Signal, buka Tetapan &gt; Akaun dan hidupkan Kunci Pendaftaran (dalam versi lama ia berada di bawah Privasi). Ia menggunakan PIN Signal anda: pastikan anda mengetahuinya, di bawah Tetapan &gt; Akaun &gt; PIN Signal. Signal tidak dapat memulihkan PIN yang terlupa.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Sembunyikan nombor anda dalam Signal dan nyahpaut peranti yang anda tidak kenali</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal boleh menyembunyikan nombor anda daripada orang yang anda hantar mesej, dan komputer yang dipautkan boleh membaca mesej anda.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>Dalam Signal, buka Tetapan &gt; Privasi &gt; Nombor Telefon dan tetapkan Siapa boleh melihat nombor saya kepada Tiada sesiapa, dan pilih siapa yang boleh mencari anda melalui nombor anda. Kemudian buka Tetapan &gt; Peranti dipautkan dan nyahpaut mana-mana yang anda tidak kenali. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Hidupkan pengesahan dua faktor untuk X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Langkah kedua semasa log masuk menghalang seseorang yang mempunyai kata laluan anda. Di X, kod mesej teks hanya untuk akaun berbayar; apl pengesahan atau kunci keselamatan adalah percuma.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>Dalam X, buka Tetapan dan privasi &gt; Keselamatan dan akses akaun &gt; Keselamatan &gt; Pengesahan dua faktor dan pilih Apl pengesahan atau Kunci keselamatan. Simpan kod sandaran.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Log keluar sesi X yang lain dan halang orang daripada mencari anda melalui nombor telefon</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Sesi lama boleh kekal log masuk, dan boleh dicari melalui telefon atau e-mel mengaitkan data yang bocor dengan akaun anda.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>Dalam X, buka Tetapan dan privasi &gt; Keselamatan dan akses akaun &gt; Apl dan sesi &gt; Sesi dan log keluar sesi yang anda tidak kenali. Kemudian buka Privasi dan keselamatan &gt; Kebolehtemuan dan kenalan dan matikan pilihan yang membolehkan orang mencari anda melalui nombor telefon dan e-mel anda. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Hidupkan Pengesahan 2 Langkah untuk akaun Google anda</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Akaun Google anda membuka e-mel anda, dan e-mel anda boleh menetapkan semula kata laluan segala-galanya yang lain. Lindunginya dahulu.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Pergi ke myaccount.google.com &gt; Keselamatan &gt; Cara anda log masuk ke Google &gt; Pengesahan 2 Langkah &gt; Mulakan. Utamakan gesaan Google, apl pengesahan atau kunci laluan berbanding mesej teks.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Jalankan Pemeriksaan Keselamatan Google dan log keluar peranti yang anda tidak kenali</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Ia menyenaraikan peranti yang log masuk ke akaun anda dan peristiwa keselamatan terkini, supaya anda boleh mengeluarkan sesiapa yang tidak sepatutnya berada di situ.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Buka myaccount.google.com/security-checkup dan ikutinya. Di bawah Peranti anda, log keluar daripada mana-mana peranti yang anda tidak kenali, kemudian tukar kata laluan anda.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Semak apa yang ditunjukkan oleh profil Google anda kepada orang lain</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Nombor telefon dan tarikh lahir pada profil Google anda mungkin boleh dilihat oleh orang yang mempunyai alamat e-mel anda.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Buka myaccount.google.com/privacycheckup dan tetapkan nombor telefon, tarikh lahir dan maklumat peribadi lain anda supaya hanya boleh dilihat oleh anda.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Buang apl yang anda tidak gunakan daripada Akaun Google anda, dan kata laluan apl yang lama</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Apl yang anda sambungkan bertahun-tahun dahulu masih boleh membaca e-mel atau fail anda, dan kata laluan apl membuka akaun anda tanpa Pengesahan 2 Langkah.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Pastikan pengesahan dua faktor dihidupkan untuk Akaun Apple anda</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Akaun Apple anda menyimpan foto dan sandaran anda serta keupayaan untuk memadam iPhone anda. Pengesahan dua faktor memastikan ia kekal milik anda.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Buka Seting &gt; nama anda &gt; Daftar Masuk &amp; Keselamatan &gt; Pengesahan Dua Faktor dan hidupkannya jika ia dimatikan. Pastikan nombor telefon dipercayai yang disenaraikan ialah milik anda.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Pada Mac, buka Seting Sistem &gt; nama anda &gt; Daftar Masuk &amp; Keselamatan dan hidupkan Pengesahan Dua Faktor. Pada komputer lain, daftar masuk di account.apple.com dan semak Daftar Masuk &amp; Keselamatan.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Buang peranti yang anda tidak kenali daripada Akaun Apple anda</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Setiap peranti pada akaun anda boleh menerima kod anda dan mungkin dapat melihat data anda.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Buka Seting &gt; nama anda dan tatal ke senarai peranti. Ketik mana-mana peranti yang anda tidak kenali dan buangnya daripada akaun anda. Perkataan mungkin berbeza mengikut versi iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Pada Mac, buka Seting Sistem &gt; nama anda dan semak peranti yang disenaraikan; buang mana-mana yang anda tidak kenali. Pada komputer lain, daftar masuk di account.apple.com dan semak peranti yang disenaraikan di sana.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Semak siapa dan apa yang boleh melihat data iPhone anda dengan Semakan Keselamatan</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Perkongsian lokasi, album dikongsi dan kebenaran apl bertimbun selama bertahun-tahun. Semakan Keselamatan menunjukkannya di satu tempat supaya anda boleh menghentikan apa yang anda tidak mahu lagi.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Buka Seting &gt; Privasi &amp; Keselamatan &gt; Semakan Keselamatan (iOS 16 atau lebih baharu) &gt; Urus Perkongsian &amp; Akses. Semak orang yang anda berkongsi dengannya dan apl yang boleh melihat lokasi, foto dan kenalan anda, dan hentikan apa yang anda tidak perlukan. Set Semula Kecemasan menghentikan semua perkongsian serta-merta; gunakannya hanya jika perlu.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Batalkan kata laluan khusus apl Apple yang tidak lagi anda gunakan</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Kata laluan khusus apl membenarkan apl syarikat lain masuk ke e-mel, kenalan dan kalendar iCloud anda tanpa langkah log masuk kedua anda, jadi kata laluan yang lama atau yang bocor kekal sebagai jalan masuk.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Daftar masuk di account.apple.com. Dalam Daftar Masuk &amp; Keselamatan, pilih Kata Laluan Khusus Apl dan buang mana-mana yang anda tidak gunakan atau tidak kenali, atau pilih Batalkan Semua. Menukar kata laluan Akaun Apple anda juga membatalkan kesemuanya.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Hidupkan pengesahan dua langkah untuk akaun Microsoft anda</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Akaun Microsoft anda membuka e-mel Outlook, fail OneDrive dan log masuk Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Pergi ke account.microsoft.com/security &gt; Urus cara saya log masuk (atau Pilihan keselamatan lanjutan) &gt; Pengesahan dua langkah &gt; Hidupkan. Apl pengesahan Microsoft Authenticator ialah langkah kedua yang paling mudah. Tulis kod pemulihan yang diberikannya.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Semak log masuk terkini ke akaun Microsoft anda</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Buang kata laluan apl yang lama daripada akaun Microsoft anda</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Kata laluan apl membenarkan apl atau peranti lama masuk ke akaun Microsoft anda tanpa pengesahan dua langkah, jadi kata laluan apl yang tidak lagi anda gunakan ialah pintu yang terbuka.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Pergi ke account.microsoft.com/security &gt; Pilihan keselamatan lanjutan (atau Urus cara saya log masuk) dan cari Kata laluan apl. Buang kata laluan apl yang sedia ada, kemudian buat yang baharu hanya untuk peranti yang masih memerlukannya. Nama menu mungkin berbeza.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Semak dan kosongkan apa yang disimpan oleh akaun Microsoft anda tentang anda</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Akaun Microsoft anda boleh menyimpan carian, pelayaran, lokasi dan aktiviti apl anda; apa yang tidak disimpan tidak boleh bocor atau digunakan terhadap anda.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Daftar masuk di account.microsoft.com/privacy. Teliti aktiviti yang ditunjukkan oleh papan pemuka privasi (carian, pelayaran, lokasi, apl dan perkhidmatan) dan kosongkan apa yang anda tidak mahu disimpan, kemudian matikan tetapan yang mengumpul apa yang anda tidak perlukan.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>jualan semula data Facebook yang dikikis pada 2021, ditawarkan sebagai pengguna WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Tukar kata laluan anda di %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Kata laluan yang bocor, walaupun yang telah dikacau, patut dianggap sudah diketahui oleh penjenayah.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Petunjuk kata laluan yang bocor selalunya mendedahkan kata laluan itu, jadi anggap kata laluan itu sudah diketahui oleh penjenayah.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Log masuk ke %1 dan tukar kata laluan anda. Jika anda tidak dapat log masuk, gunakan halaman &quot;lupa kata laluan&quot; atau hubunginya untuk memulihkan atau menutup akaun. Gunakan kata laluan panjang yang tidak pernah anda gunakan di tempat lain: tiga atau lebih perkataan rawak sesuai digunakan.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Tukar kata laluan itu di semua tempat lain anda menggunakannya</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Penjenayah mencuba kata laluan yang bocor pada laman e-mel, perbankan dan beli-belah secara automatik. Mana-mana akaun dengan kata laluan yang sama atau serupa berisiko.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Petunjuk kata laluan selalunya mendedahkan kata laluan itu, dan penjenayah mencuba kata laluan yang bocor pada laman e-mel, perbankan dan beli-belah secara automatik. Mana-mana akaun dengan kata laluan yang sama atau serupa berisiko.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Senaraikan akaun yang menggunakan kata laluan yang sama atau serupa. Mulakan dengan e-mel anda, kemudian bank anda, kemudian akaun yang anda gunakan untuk log masuk ke laman lain (Google, Apple, Facebook). Berikan setiap akaun kata laluannya sendiri.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Gunakan pengurus kata laluan</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Ia mencipta dan mengingati kata laluan kuat yang berbeza untuk setiap akaun, jadi satu kebocoran tidak akan membuka akaun lain.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Pilih pengurus kata laluan (yang terbina dalam telefon atau pelayar anda sudah memadai sebagai permulaan), lindunginya dengan frasa laluan yang panjang dan pengesahan dua langkah, dan biarkan ia mencipta kata laluan baharu semasa anda menukarnya.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Semak log masuk yang anda tidak kenali</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Seseorang mungkin sudah menggunakan kata laluan yang bocor itu. Menukarnya tidak selalu melog keluar mereka.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>Dalam akaun yang bocor dan dalam akaun e-mel anda, buka halaman keselamatan dan lihat log masuk terkini serta peranti yang log masuk. Log keluar daripada semua yang anda tidak kenali, dan pastikan tiada peraturan pemajuan atau alamat pemulihan yang ditambah pada peti mel anda.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Gantikan soalan dan jawapan keselamatan anda</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Jawapan keselamatan berfungsi seperti kata laluan, dan fakta tentang anda yang bocor (tarikh lahir, nama ibu sebelum berkahwin, bandar asal) ialah jawapan yang digunakan orang.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Tukar sebarang kata laluan atau PIN yang dibuat daripada tarikh lahir atau alamat anda</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Tarikh lahir atau alamat anda kini diketahui; kata laluan atau PIN yang dibina daripadanya mudah diteka.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Jika kata laluan atau PIN mengandungi tarikh lahir, tahun lahir, nombor rumah atau nama jalan anda, tukarnya. Pilih PIN yang tiada kaitan dengan anda.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Hidupkan pengesahan dua langkah untuk e-mel anda</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Peti mel anda boleh menetapkan semula kata laluan hampir semua akaun anda yang lain. Lindunginya dahulu.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>Dalam tetapan keselamatan akaun e-mel anda, hidupkan pengesahan dua langkah (kadangkala dipanggil pengesahan dua faktor atau Pengesahan 2 Langkah). Utamakan apl, kunci laluan atau kunci keselamatan berbanding mesej teks. Pastikan nombor telefon dan alamat pemulihan ialah milik anda.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Bersedia menghadapi e-mel palsu yang meyakinkan</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Selepas kebocoran data, penjenayah menghantar e-mel tentang penetapan semula kata laluan, bayaran balik atau pampasan yang menyebut nama syarikat itu dan kadangkala butiran anda sendiri.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Jangan gunakan pautan atau lampiran dalam mesej yang tidak dijangka. Untuk menyemak sesuatu mesej, pergi sendiri ke laman web syarikat itu atau telefon nombor pada bil atau kad anda. Syarikat yang sebenar tidak meminta kata laluan atau kod anda melalui e-mel.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Semak sebarang notis kebocoran data di laman web syarikat itu sendiri</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Selepas kebocoran data, penjenayah menghantar notis kebocoran palsu dan tawaran pampasan yang membawa ke halaman pancingan data. Notis yang sebenar boleh disahkan di laman syarikat itu sendiri.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>Jangan gunakan pautan, nombor atau lampiran dalam mesej tentang kebocoran itu. Taip sendiri alamat web syarikat itu, atau gunakan aplikasinya, dan cari kenyataannya tentang kebocoran itu serta apa yang ditawarkannya. Telefon syarikat itu di nombor pada bil atau kad anda jika anda tidak pasti.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Berwaspada terhadap penipuan yang menggunakan pekerjaan anda</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Dengan nama majikan dan jawatan anda, penipu menulis tawaran kerja palsu, atau menyamar sebagai bos atau pembekal anda yang meminta bayaran segera atau kad hadiah.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Sahkan permintaan luar biasa untuk wang, perubahan pembayaran atau dokumen dengan menelefon orang itu di nombor yang sudah anda ketahui. Beritahu pasukan IT atau keselamatan majikan anda jika mesej menyebut pekerjaan anda dan kelihatan mencurigakan. Berhati-hati dengan tawaran kerja yang meminta yuran, dokumen pengenalan atau butiran bank pada peringkat awal.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Telefon pengeluar kad anda dan dapatkan kad baharu</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Nombor kad yang bocor bersama kod keselamatannya boleh digunakan untuk pembayaran dalam talian dengan serta-merta.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Telefon nombor di belakang kad anda, beritahu bahawa butiran kad itu terlibat dalam kebocoran data, dan minta kad baharu dengan nombor baharu. Semak pembayaran terkini untuk sebarang pembayaran yang anda tidak buat, dan kemas kini kad itu di mana-mana sahaja ia digunakan untuk pembayaran automatik.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Beritahu bank anda bahawa butiran akaun anda bocor</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Lebih cepat bank anda tahu, lebih baik ia dapat memantau penipuan dan lebih kukuh perlindungan anda jika wang hilang.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Telefon bank anda di nombor pada laman webnya atau kad anda, beritahu bahawa butiran akaun anda terlibat dalam kebocoran data, dan tanya apa nasihatnya: memantau akaun, nombor akaun baharu, atau PIN baharu. Semak penyata anda untuk pembayaran yang anda tidak buat.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Pantau penyata bank dan kad anda untuk beberapa bulan akan datang</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Sebahagian butiran kad dan rekod pembayaran membantu penjenayah melepasi soalan keselamatan dan menjadikan mesej mereka lebih meyakinkan.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Hidupkan makluman pembayaran dalam aplikasi perbankan anda jika ada, dan semak penyata setiap bulan. Laporkan sebarang pembayaran yang anda tidak kenali kepada bank anda dengan serta-merta.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Pindahkan mata wang kripto anda ke dompet baharu</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Sesiapa yang mempunyai frasa pemulihan atau kunci dompet yang bocor boleh mengosongkan dompet itu; tiada bank yang boleh membatalkannya.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Daripada peranti yang anda percayai, buat dompet baharu dengan frasa pemulihan baharu dan pindahkan dana anda ke dalamnya. Jangan sekali-kali menaip frasa pemulihan ke dalam laman web atau berkongsinya dengan sesiapa yang menawarkan bantuan.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Bekukan kredit anda atau tambah amaran penipuan</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Dengan butiran identiti anda, seseorang boleh membuka pinjaman atau kontrak telefon atas nama anda. Pembekuan kredit atau amaran penipuan menjadikannya jauh lebih sukar.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Minta badan pelaporan kredit mengenakan sekatan kredit (credit ban) selama 21 hari secara percuma; badan itu menyampaikannya kepada badan yang lain. Dapatkan laporan kredit percuma anda untuk menyemak permohonan yang anda tidak buat. IDCARE (1800 595 160) memberikan bantuan percuma.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Pertimbangkan Cifas Protective Registration, yang meminta pemberi pinjaman membuat semakan tambahan sebelum menerima permohonan atas nama anda (ada bayaran). Semak laporan kredit anda dengan agensi rujukan kredit untuk akaun yang anda tidak buka.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Minta SCHUFA, agensi kredit utama, untuk salinan data percuma anda (Datenkopie: salinan data anda yang mesti diberikan oleh setiap syarikat di bawah undang-undang perlindungan data EU, Perkara 15 GDPR) dan semak untuk kontrak atau semakan kredit yang anda tidak kenali. Jika anda menemuinya, laporkan kepada polis dan beritahu syarikat yang terlibat.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Ambil pemantauan kredit atau perlindungan identiti percuma yang ditawarkan oleh syarikat itu</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Syarikat yang kehilangan data identiti atau kewangan sering membayar untuk pemantauan yang memberi amaran tentang kredit atau akaun baharu atas nama anda. Ia tidak dikenakan bayaran kepada anda dan menunjukkan penyalahgunaan lebih awal.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Jika syarikat yang mengalami kebocoran data menawarkan pemantauan kredit atau perlindungan identiti percuma, daftarlah, tetapi hanya melalui laman web rasminya atau surat yang dihantarnya, bukan melalui pautan dalam e-mel atau SMS. Catat tarikh tempoh percuma tamat supaya ia tidak bertukar menjadi pelan berbayar.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Failkan penyata cukai anda lebih awal tahun ini</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Nombor Keselamatan Sosial yang bocor boleh digunakan untuk memfailkan penyata palsu atas nama anda dan menuntut bayaran balik cukai anda.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Failkan seawal mungkin. Jika IRS menyatakan penyata telah pun difailkan dengan nombor anda, laporkannya di IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Dapatkan Identity Protection PIN (IP PIN) daripada IRS</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Dengan nombor Keselamatan Sosial anda, seseorang boleh memfailkan penyata cukai atas nama anda dan mengambil bayaran balik cukai anda. Dengan IP PIN, penyata yang difailkan tanpanya akan ditolak.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Beritahu pejabat yang mengeluarkan dokumen pengenalan anda</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Nombor pasport, lesen atau kad pengenalan yang bocor boleh digunakan untuk membuka akaun atas nama anda. Pengeluarnya boleh menandakan atau menggantikannya.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Hubungi pejabat yang mengeluarkan dokumen itu (pejabat pasport, agensi lesen memandu, pejabat kad pengenalan) dan tanya sama ada ia patut ditanda atau diganti.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Untuk lesen memandu, hubungi agensi kenderaan bermotor negeri anda dan minta ia menandakan nombor itu. Untuk nombor Keselamatan Sosial, lihat langkah pembekuan kredit. Jika seseorang menggunakan identiti anda, laporkannya di IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Ketahui tempat membuat laporan jika identiti anda disalahgunakan</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Laporan rasmi memberi anda rekod untuk bank dan pemberi pinjaman dan, di sesetengah negara, pelan pemulihan.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Jika pinjaman, akaun atau kontrak muncul atas nama anda, laporkannya kepada polis dan simpan nombor rujukannya; beritahu bank atau syarikat yang terlibat.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Laporkan kecurian identiti di IdentityTheft.gov atau 1-877-438-4338: anda akan mendapat Identity Theft Report (laporan kecurian identiti) dan pelan pemulihan.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Laporkan penipuan di reportfraud.police.uk atau di 0300 123 2040 (England, Wales dan Ireland Utara); di Scotland, telefon Police Scotland di 101. Beritahu bank anda dan mana-mana syarikat tempat akaun dibuka atas nama anda.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Hubungi IDCARE di 1800 595 160 untuk bantuan percuma, dan laporkan jenayah siber melalui ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Buat laporan kepada polis tempatan anda dan kepada Canadian Anti-Fraud Centre (1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Telefon 1930 atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Buat laporan (Anzeige) kepada polis, dalam talian melalui Onlinewache negeri anda jika ada, atau di mana-mana balai polis. Beritahu bank anda dan mana-mana syarikat tempat akaun dibuka atas nama anda.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Buat aduan (plainte) kepada polis atau gendarmerie, dengan tangkapan skrin dan surat sebagai bukti; jika anda hanya mengesyaki penyalahgunaan, anda boleh meminta fakta itu direkodkan dalam main courante. Beritahu bank anda dan organisasi yang terlibat. Jika kad anda digunakan dalam talian tanpa pengetahuan anda, sekat kad itu dan laporkannya di Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Laporkan kecurian identiti kepada Policía Nacional atau Guardia Civil dan simpan laporan itu. Talian bantuan percuma INCIBE, 017, memberi nasihat tentang langkah seterusnya. Beritahu bank anda dan mana-mana syarikat tempat akaun dibuka atas nama anda.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Semak akaun bank, pinjaman dan kunci Pix (kunci pembayaran segera) yang didaftarkan pada CPF (nombor cukai) anda melalui perkhidmatan percuma Registrato Bank Pusat. Pertikaikan apa-apa yang anda tidak buka dengan syarikat itu dan bank anda, dan buat laporan polis (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Bersihkan peranti yang membocorkan kata laluan anda, kemudian tukar kata laluan itu</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Kebocoran ini berpunca daripada perisian hasad yang mencuri kata laluan dan kuki log masuk daripada pelayar. Selagi peranti itu belum bersih, kata laluan baharu juga akan dicuri.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Jalankan imbasan penuh dengan perisian keselamatan yang terkini pada komputer anda, atau tetapkan semula peranti itu jika anda tidak pasti. Kemudian, daripada peranti yang bersih, tukar kata laluan e-mel, bank dan akaun penting anda yang lain, dan log keluar daripada semua sesi lain dalam setiap akaun itu.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Log keluar daripada semua sesi di %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Token log masuk yang bocor membolehkan seseorang menggunakan akaun anda tanpa kata laluan sehingga sesi itu ditamatkan.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>Dalam tetapan keselamatan %1, pilih untuk log keluar daripada semua sesi atau peranti, kemudian log masuk semula dan tukar kata laluan anda.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Kemas kini telefon, komputer dan apl anda</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Butiran peranti anda membantu penyerang memilih serangan yang berkesan terhadapnya; kemas kini menutup lubang yang digunakan oleh serangan itu.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Buka Tetapan &gt; Sistem &gt; Kemas kini perisian (namanya berbeza mengikut pengeluar) dan pasang kemas kini; dalam Play Store, kemas kini semua apl dan hidupkan kemas kini automatik.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Buka Seting &gt; Umum &gt; Kemas Kini Perisian dan pasangkannya; hidupkan Kemas Kini Automatik. Dalam App Store, hidupkan kemas kini apl automatik.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Pasang kemas kini yang ditawarkan oleh sistem anda (Windows Update, Kemas Kini Perisian macOS, pengemas kini distribusi Linux anda) dan biarkan kemas kini automatik dihidupkan, termasuk untuk pelayar.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Pastikan penghala anda dikemas kini dan sembunyikan alamat IP anda apabila perlu</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Pasang kemas kini penghala anda dan tukar kata laluan pentadbirnya jika ia masih kata laluan lalai. Dalam WhatsApp, anda boleh menghidupkan Tetapan &gt; Privasi &gt; Lanjutan &gt; Lindungi alamat IP dalam panggilan.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Berwaspada terhadap surat, panggilan dan kunjungan yang menggunakan alamat anda</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Dengan nama dan alamat anda, penipu menghantar surat dan bungkusan yang meyakinkan atau datang sendiri dengan mendakwa mereka daripada syarikat yang anda gunakan.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Sahkan sebarang surat atau pengunjung yang meminta wang atau butiran dengan syarikat itu, menggunakan butiran hubungan yang anda cari sendiri. Jika anda berasa tidak selamat kerana alamat anda diketahui, hubungi polis.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Jika seseorang mengugut untuk mendedahkan apa yang bocor, jangan bayar</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Butiran yang sangat peribadi (kesihatan, seksualiti, kepercayaan, mesej peribadi) tidak boleh dirahsiakan semula. Penjenayah kadangkala menggunakannya untuk mengugut orang demi wang.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Jangan balas ugutan dan jangan bayar: membayar jarang menamatkannya. Simpan mesej itu, laporkan akaun itu kepada perkhidmatan tersebut, dan laporkan ugutan itu kepada polis. Bercakaplah dengan seseorang yang anda percayai.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Tandakan spam sebagai spam, dan jangan balasnya</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Alamat anda berada dalam senarai yang digunakan untuk menghantar spam. Membalas atau mengklik &quot;nyahlanggan&quot; dalam spam hanya mengesahkan alamat itu berfungsi.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Gunakan butang Laporkan spam atau Sarap dalam program e-mel anda dan sekat penghantarnya. Jangan balas atau klik pautan dalam mesej itu.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Daftar untuk makluman percuma apabila alamat e-mel anda muncul dalam kebocoran data</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>Kebocoran data seterusnya tidak patut mengejutkan anda: makluman awal memberi anda masa untuk menukar kata laluan sebelum ia digunakan.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>Di haveibeenpwned.com, gunakan Notify me dan sahkan pautan yang dihantar melalui e-mel kepada anda, atau buat akaun Mozilla Monitor percuma di monitor.mozilla.org. Kedua-duanya memberi amaran apabila alamat anda muncul dalam kebocoran data yang baru ditemui. Lakukan ini untuk setiap alamat yang anda gunakan.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Padam akaun yang tidak lagi anda gunakan</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Akaun forum atau kedai lama yang anda sudah lupa masih menyimpan butiran anda dan mungkin kata laluan lama; jika ia dibocorkan esok, data anda bocor lagi.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Cari e-mel pendaftaran dan e-mel alu-aluan dalam peti mel anda untuk menyenaraikan akaun lama. Log masuk ke setiap akaun yang tidak lagi anda gunakan, padam akaun itu (cari di bawah tetapan atau privasi, atau minta bantuan sokongan laman itu), dan catat akaun yang telah anda tutup. Tukar kata laluannya dahulu jika anda menggunakannya semula di tempat lain.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Simpan kata laluan anda dalam pengurus kata laluan</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Pengurus kata laluan mencipta dan mengingati kata laluan kuat yang berbeza untuk setiap akaun, jadi kebocoran di satu laman tidak akan membuka laman lain.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Pilih pengurus kata laluan (yang terbina dalam telefon atau pelayar anda sudah memadai sebagai permulaan), lindunginya dengan frasa laluan yang panjang dan pengesahan dua langkah, dan biarkan ia mencipta kata laluan baharu setiap kali anda menukar kata laluan.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Pastikan telefon dan apl anda sentiasa dikemas kini</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Kemas kini membaiki lubang keselamatan yang digunakan oleh penyerang. Menghidupkan kemas kini automatik melakukannya untuk anda.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Tetapan &gt; Sistem &gt; Kemas kini perisian, dan dalam Play Store hidupkan kemas kini apl automatik.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Seting &gt; Umum &gt; Kemas Kini Perisian &gt; Kemas Kini Automatik, dan dalam App Store hidupkan kemas kini apl.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Biarkan kemas kini automatik dihidupkan untuk sistem dan pelayar anda.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Hidupkan pengesahan dua langkah untuk e-mel dan akaun utama anda</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Peti mel anda boleh menetapkan semula kata laluan hampir semua yang lain. Langkah kedua semasa log masuk menghalang seseorang yang mempunyai kata laluan anda.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>Dalam tetapan keselamatan akaun e-mel anda, hidupkan pengesahan dua langkah (juga dipanggil pengesahan dua faktor atau Pengesahan 2 Langkah), kemudian lakukan yang sama untuk akaun bank dan media sosial anda. Utamakan apl, kunci laluan atau kunci keselamatan berbanding mesej teks.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Dengan sendirinya, maklumat ini tidak memberitahu sesiapa cara menghubungi anda atau memasuki akaun anda. Ia boleh menjadikan mesej penipuan kedengaran lebih peribadi; langkah tentang penipuan yang disertakan bersama butiran hubungan anda merangkumi perkara itu.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Biasanya sudah kelihatan pada profil awam anda, dan ia tidak membuka sebarang akaun. Jika kata laluan bocor bersamanya, langkah tentang kata laluan merangkumi perkara itu.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Tiada apa-apa yang boleh anda ubah; ia jarang membantu penjenayah secara langsung. Berwaspada terhadap mesej yang tidak dijangka yang menyebut sekolah atau pengajian anda.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Cap jari dan data wajah tidak boleh diubah, jadi tiada apa-apa untuk ditetapkan semula. Jika perkhidmatan yang terlibat menawarkannya, kunci laluan atau kunci keselamatan boleh menggantikan log masuk biometrik di situ.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Ini berkaitan dengan saudara yang telah meninggal dunia. Penjenayah kadangkala menyalahgunakan rekod sedemikian; jika anda menguruskan hal ehwalnya, minta bank dan biro kredit (jika ada) menandakan orang itu sebagai telah meninggal dunia.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Tiada apa-apa untuk diubah selepas ini. Berhati-hati dengan panggilan atau mesej yang menyebut temu janji anda, dan sahkannya terus dengan klinik atau pejabat berkenaan.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Bandar, wilayah atau negara tidak membawa sesiapa ke pintu rumah anda, dan anda tidak boleh mengubahnya. Jika alamat rumah anda juga bocor, langkah tentang alamat merangkumi perkara itu.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Minta pengendali mudah alih anda mengunci nombor anda daripada tukar SIM dan pemindahan nombor</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Dengan nombor anda, penjenayah boleh meminta pengendali anda mengeluarkan kad SIM baharu atas nama anda, atau memindahkan nombor anda ke syarikat lain, lalu menerima kod keselamatan anda. Kunci atau PIN pada akaun mudah alih anda menghalangnya.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Telefon pengendali mudah alih anda daripada telefon anda sendiri, atau gunakan aplikasinya, dan minta kunci atau PIN yang mesti diberikan sebelum sesiapa mendapat kad SIM baharu untuk nombor anda atau memindahkannya ke syarikat lain. Sebut namanya semasa meminta. Jangan sekali-kali memberikan butiran akaun kepada seseorang yang menelefon dengan mendakwa dia daripada pengendali anda; letak telefon dan telefon nombor pada bil anda.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Minta rangkaian anda (EE, O2, Vodafone, Three atau penyedia anda) menambah PIN atau kata laluan pada akaun anda yang mesti diberikan untuk sebarang pertukaran SIM. Jika telefon anda tiba-tiba hilang isyarat di tempat yang biasanya ada, atau anda menerima mesej yang tidak dijangka tentang SIM baharu, telefon rangkaian dan bank anda dengan segera daripada telefon lain.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Sejak Julai 2024 (peraturan TRAI), nombor tidak boleh dipindahkan ke syarikat lain selama 7 hari selepas penggantian SIM: jika SIM anda tiba-tiba berhenti berfungsi, telefon pengendali anda dengan segera. Di sancharsaathi.gov.in, Know Mobile Connections in Your Name (semakan TAFCOP kerajaan) menyenaraikan setiap nombor yang didaftarkan dengan ID anda; laporkan mana-mana yang bukan milik anda.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Beritahu syarikat telekomunikasi anda bahawa butiran anda terlibat dalam kebocoran data dan minta keselamatan tambahan pada akaun anda, seperti PIN atau kata laluan yang diperlukan untuk pertukaran SIM dan pemindahan nombor.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Untuk memindahkan nombor anda ke syarikat lain, pengendali baharu memerlukan kod RIO anda, yang anda dapatkan dengan menelefon 3179 daripada talian anda sendiri. Jangan sekali-kali membacakannya kepada pemanggil. Jika telefon anda tiba-tiba tiada perkhidmatan, telefon pengendali anda daripada telefon lain: seseorang mungkin telah mendapatkan SIM gantian (duplicata) atas nama anda.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Sejak November 2022, di bawah peraturan AGCOM, hanya pemegang talian boleh menukar SIM atau memindahkan nombor, dengan dokumen pengenalan dan kod cukai, dan pengendali mengesahkan permintaan itu melalui SMS atau panggilan ke SIM semasa anda. Jika anda menerima mesej sedemikian tanpa memintanya, beritahu pengendali anda dengan segera.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Agensi perlindungan data Sepanyol (AEPD) telah mendenda pengendali kerana mengeluarkan kad SIM pendua tanpa menyemak identiti dengan betul. Tanya pengendali anda cara ia mengesahkan identiti anda sebelum mengeluarkan SIM pendua, dan sama ada anda boleh menambah kata laluan pada akaun anda. Jika telefon anda tiba-tiba hilang perkhidmatan, telefon pengendali dan bank anda daripada telefon lain.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Semak talian mudah alih yang didaftarkan pada ID anda melalui semakan talian pengawal selia BTK (hat-sorgulama.btk.gov.tr) dan minta pengendalinya membatalkan mana-mana talian yang anda tidak kenali. Jika SIM anda tiba-tiba berhenti berfungsi, telefon pengendali dan bank anda dengan segera daripada telefon lain.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Sejak 2020, CRTC, pengawal selia telekomunikasi Kanada, mewajibkan syarikat telefon melaporkan tukar SIM dan pemindahan nombor tanpa kebenaran, dan syarikat telefon telah menambah semakan tambahan. Minta PIN atau kata laluan akaun daripada syarikat telefon anda yang mesti diberikan untuk pertukaran SIM dan pemindahan nombor. Jika telefon anda tiba-tiba hilang perkhidmatan, telefon syarikat telefon dan bank anda daripada telefon lain.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Pastikan tiada sesiapa telah menetapkan panggilan anda untuk dipindahkan</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Seseorang yang memindahkan panggilan anda ke telefonnya sendiri boleh menerima panggilan bank anda untuk mengesahkan pembayaran, atau panggilan yang membacakan kod keselamatan, tanpa menyentuh kad SIM anda.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Jangkakan panggilan dan mesej penipuan, dan kenali tanda-tandanya</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Nombor yang bocor dijual kepada penipu. Mereka mungkin tahu nama anda dan berpura-pura menjadi bank anda, syarikat penghantaran, polis atau saudara yang kehilangan telefonnya.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Jangan sekali-kali berkongsi kod yang anda terima melalui SMS: tiada bank, pengendali atau aplikasi yang akan memintanya. Berwaspada terhadap desakan dan ugutan. Jika mesej atau panggilan kelihatan datang daripada syarikat yang anda kenali, letak telefon dan telefon nombor di laman webnya, kad anda atau bil anda. Sahkan saudara yang menulis daripada nombor baharu dengan menelefon nombor lamanya.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Laporkan SMS dan panggilan penipuan</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Membuat laporan membantu menyekat penghantar untuk semua orang, dan memberi anda rekod jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Laporkan SMS dan panggilan penipuan kepada pengendali mudah alih anda: kebanyakannya membenarkan anda memajukan SMS penipuan atau melaporkan nombor dalam aplikasi mereka atau dengan menelefon khidmat pelanggan. Jika anda kehilangan wang atau telah memberikan butiran peribadi, beritahu bank anda dengan segera dan buat laporan polis.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Majukan SMS penipuan ke 7726 (SPAM). Laporkan penipuan di ReportFraud.ftc.gov. Jika anda kehilangan wang, hubungi juga bank anda.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Majukan SMS penipuan ke 7726 (percuma) dan e-mel penipuan ke report@phishing.gov.uk. Untuk melaporkan panggilan yang mencurigakan, hantar SMS CALL dan nombor itu ke 7726. Untuk mengesahkan panggilan daripada bank anda, telefon 159. Jika anda kehilangan wang, laporkannya di reportfraud.police.uk atau di 0300 123 2040 (England, Wales dan Ireland Utara), atau kepada Police Scotland di 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Majukan SMS penipuan, dan laporkan panggilan yang tidak diingini, ke 33700 (percuma; juga di 33700.fr). Hentikan panggilan pemasaran dengan mendaftarkan nombor anda secara percuma di Bloctel (bloctel.gouv.fr). Jika kad anda digunakan dalam talian tanpa pengetahuan anda, sekat kad itu melalui bank anda, kemudian laporkannya di Perceval. Untuk bantuan selepas penipuan dalam talian, gunakan cybermalveillance.gouv.fr; jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Laporkan panggilan dan mesej yang disyaki penipuan dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in. Untuk menghentikan panggilan dan SMS promosi, hantar START 0 ke 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Laporkan penipuan kepada Scamwatch (scamwatch.gov.au) dan jenayah siber kepada ReportCyber (cyber.gov.au). Untuk bantuan percuma selepas kebocoran data atau penyalahgunaan identiti, hubungi IDCARE di 1800 595 160. Anda boleh mendaftarkan nombor anda dalam Do Not Call Register (donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Laporkan penipuan dan fraud kepada Canadian Anti-Fraud Centre: 1-888-495-8501 atau dalam talian. Jika anda kehilangan wang, laporkan juga kepada polis tempatan anda dan dapatkan nombor fail.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Telefon talian bantuan keselamatan siber percuma INCIBE, 017, untuk nasihat tentang panggilan dan mesej penipuan dan tentang apa yang perlu dilakukan selepas kebocoran data. Jika anda kehilangan wang, beritahu bank anda dan laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Laporkan penipuan dalam talian dan pancingan data kepada Polizia Postale melalui portalnya, commissariatodips.it. Jika anda kehilangan wang, beritahu bank anda dengan segera dan buat laporan.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Buat aduan kepada pengendali anda dahulu tentang panggilan atau SMS penipuan pada talian anda. Jika masalah tidak selesai, hubungi National Telecom Regulatory Authority (NTRA) di 155 atau melalui aplikasinya My NTRA. Jika anda kehilangan wang atau seseorang mengugut anda dalam talian, beritahu bank anda dan laporkannya kepada polis.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Letak telefon jika pemanggil mengaku sebagai polis, tentera atau pendakwa raya dan meminta wang, emas atau butiran bank: pegawai tidak pernah berbuat demikian. Laporkan laman web pancingan data dan penipuan kepada USOM, pusat insiden siber kebangsaan (usom.gov.tr). Laporkan penipuan kepada polis di 112, nombor kecemasan tunggal. Jika anda telah menghantar wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Hantar SMS STOP ke 2442 untuk menghentikan SMS pemasaran yang tidak diminta (perkhidmatan Do-Not-Disturb). Buat aduan kepada pengendali anda dahulu dan simpan nombor tiket aduan; jika tidak selesai, hubungi Nigerian Communications Commission di 622 atau 0800 2255 622, atau melalui borang aduan dalam taliannya. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Beri amaran kepada keluarga dan rakan bahawa seseorang mungkin menyamar sebagai anda</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Dengan nama dan foto atau nombor anda, penipu boleh membuat akaun yang kelihatan seperti akaun anda dan meminta wang atau kod daripada kenalan anda.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Beritahu orang yang paling kerap anda hubungi bahawa anda tidak akan sekali-kali meminta wang atau kod daripada mereka melalui mesej, dan jika &quot;anda&quot; menulis daripada nombor baharu, mereka patut menelefon nombor biasa anda untuk mengesahkannya. Jika akaun palsu muncul, laporkannya kepada aplikasi itu dan minta kenalan anda melaporkannya juga.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Jika boleh, gunakan apl pengesahan dan bukannya kod mesej teks</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Kod yang dihantar melalui SMS pergi kepada sesiapa yang mengawal nombor anda. Apabila nombor anda diketahui, apl pengesahan, kunci laluan atau kunci keselamatan lebih selamat untuk akaun e-mel, bank dan media sosial anda.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>Dalam tetapan keselamatan akaun anda yang paling penting (e-mel dahulu, kemudian bank, kemudian media sosial), cari pengesahan dua langkah dan pilih apl pengesahan, kunci laluan atau kunci keselamatan dan bukannya SMS. Simpan kod sandaran di tempat yang selamat.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Hadkan siapa yang boleh mencari anda melalui nombor telefon atau e-mel anda</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Aplikasi yang membenarkan sesiapa sahaja mencari anda melalui nombor itulah cara senarai seperti ini dibina dan dikemas kini.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Dalam aplikasi yang anda gunakan (Facebook, Instagram, Telegram, Signal, X, LinkedIn), cari tetapan privasi untuk siapa yang boleh mencari anda melalui nombor telefon atau e-mel dan pilih pilihan yang paling terhad. Berikan nombor anda hanya apabila diperlukan. Google boleh membuang hasil carian yang menunjukkan nombor atau alamat anda (Hasil tentang anda); halaman itu sendiri kekal.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>token log masuk</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>gambar profil</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>nombor akaun bank</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>teks perihal</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>butiran pelayar</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>sembang</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>kod keselamatan kad</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>nombor kad</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>tarikh lahir</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>butiran peranti</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>lesen memandu</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>alamat e-mel</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>majikan</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>nama ahli keluarga</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>jantina</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lokasi</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>nombor pengenalan</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>kata laluan lama</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>akaun aplikasi pesanan</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>alamat IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>jawatan</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>nama ibu sebelum berkahwin</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nama</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>sebahagian nombor kad anda</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>hari lahir</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>nombor pasport</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>petunjuk kata laluan</translation>
    </message>
    <message>
        <source>password</source>
        <translation>kata laluan</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>keterangan profil</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>nombor telefon</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>alamat rumah</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>kod PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>mesej peribadi</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>foto profil</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>alamat e-mel pemulihan</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>status perhubungan</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>soalan dan jawapan keselamatan</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>profil media sosial</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>nombor Keselamatan Sosial</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>nama pasangan</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nama pengguna</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Buka sambungan pihak ketiga anda di myaccount.google.com/connections dan buang akses bagi apa-apa yang anda tidak gunakan atau kenali. Kemudian buka Kata laluan apl di myaccount.google.com/apppasswords, halaman yang mengurusnya, dan batalkan yang anda tidak perlukan. Menukar kata laluan Akaun Google anda juga membatalkan semua kata laluan apl anda.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>Halaman aktiviti terkini menunjukkan di mana dan bagaimana akaun anda digunakan dalam 30 hari yang lalu. Log masuk yang anda tidak kenali mungkin bermakna orang lain mempunyai kata laluan anda, tetapi ia juga mungkin telefon anda sendiri, perjalanan atau VPN (perkhidmatan yang menyembunyikan lokasi sambungan anda).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Buka account.live.com/activity dan kembangkan sebarang log masuk yang anda tidak kenali untuk melihat tempat dan perantinya. Jika itu bukan anda, pilih Ini bukan saya jika halaman itu menawarkannya, tukar kata laluan anda dan hidupkan pengesahan dua langkah. Jika anda tidak pasti, semak sama ada peranti dan tempat itu mungkin milik anda, seperti telefon anda atau perjalanan; jika tidak mungkin, anggap ia bukan anda.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Dalam akaun yang terlibat dalam kebocoran data, dan dalam akaun yang menggunakan soalan atau jawapan yang sama, tukarnya. Gunakan jawapan yang tidak benar dan tidak boleh dicari, dan simpan di tempat yang selamat, seperti dalam pengurus kata laluan anda.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Pembekuan kredit adalah percuma dan tidak menjejaskan skor kredit anda. Bekukan fail anda dengan setiap biro, Equifax, Experian dan TransUnion, di laman webnya atau melalui telefon: ia berkuat kuasa dalam satu hari bekerja, dan biro mesti menarik baliknya dalam masa satu jam apabila anda memintanya. Atau sekurang-kurangnya letakkan amaran penipuan percuma selama setahun dengan satu biro. Ibu bapa juga boleh membekukan, secara percuma, fail anak di bawah umur 16 tahun.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Minta kedua-dua biro kredit meletakkan amaran penipuan pada fail anda: Equifax Canada 1-800-465-7166 dan TransUnion Canada 1-800-663-9980. Jika anda tinggal di Quebec, anda juga boleh meminta kedua-duanya membuat pembekuan keselamatan (security freeze, sejak Februari 2023): mereka kemudian tidak memberikan fail anda kepada pemberi pinjaman sehingga anda menarik baliknya. Semak laporan kredit anda sekurang-kurangnya sekali setahun.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Mohon Protective Registration daripada Southern African Fraud Prevention Service (SAFPS), dengan borang di laman web atau dalam aplikasinya. SAFPS kemudian memberitahu ahlinya, seperti pemberi pinjaman, supaya lebih berhati-hati ketika mengesahkan bahawa itu benar-benar anda. Jika buku ID atau pasport anda hilang atau dicuri, anda juga boleh mendaftarkannya dengan menelefon SAFPS di 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Log masuk ke IRS Online Account anda di irs.gov/ippin dan sahkan identiti anda; PIN itu kemudian dipaparkan. Jika anda tidak dapat mengesahkan dalam talian, gunakan Form 15227 (pendapatan di bawah had IRS) atau kunjungi IRS Taxpayer Assistance Center dengan temu janji. PIN enam digit yang baharu diberikan setiap tahun; gunakannya pada setiap penyata persekutuan. IRS tidak pernah memintanya melalui telefon, e-mel atau SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Laporkan penyalahgunaan identiti anda dalam talian kepada Polizia Postale, unit polis untuk jenayah dalam talian, di portalnya commissariatodips.it atau di salah satu pejabatnya. Beritahu bank anda dengan segera dan pertikaikan sebarang pembayaran atau pinjaman yang anda tidak buat.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Laporkan penyalahgunaan identiti anda, penipuan dalam talian atau ugutan kepada Kementerian Dalam Negeri (moiegypt.gov.eg) atau di balai polis, dan simpan tangkapan skrin sebagai bukti. Beritahu bank dan pengendali anda tentang akaun atau talian yang anda tidak buka.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>Dalam kecemasan, seperti jenayah yang sedang berlaku, telefon 112. Jika tidak, buat aduan (şikâyet), bertulis atau lisan, di balai polis atau gendarmerie atau di pejabat pendakwa raya (Cumhuriyet Başsavcılığı). Laporkan laman web palsu bank atau kerajaan kepada USOM (usom.gov.tr). Semak talian mudah alih yang didaftarkan pada ID anda melalui semakan talian BTK (hat-sorgulama.btk.gov.tr), dan beritahu bank anda tentang akaun atau pinjaman yang anda tidak buka.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Laporkan penipuan dalam talian atau ugutan kepada polis negara (DGSN) di platform e-Blagh (e-blagh.ma), dan penyalahgunaan identiti anda yang lain di balai polis. Beritahu bank dan pengendali anda tentang akaun atau talian yang anda tidak buka.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara, secara bersemuka atau di laman ADenunciar polis jika kes anda disenaraikan di sana; simpan nombor kes. Beritahu syarikat tempat penipuan itu berlaku. Minta TransUnion meletakkan amaran penipuan pada laporan kredit anda, dan pertikaikan sebarang hutang yang bukan milik anda dengan TransUnion dan DataCrédito; jika gagal, buat aduan kepada SIC, pihak berkuasa perlindungan data.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Jika pinjaman atau akaun muncul atas nama anda, buktikan kepada pemberi pinjaman atau pemungut hutang bahawa itu bukan anda; ia kemudian memberi anda surat yang mengesahkan bahawa identiti anda telah disamar. Laporkan kepada polis (SAPS). Jika pemberi pinjaman bukan ahli Southern African Fraud Prevention Service (SAFPS), hantar surat itu kepada SAFPS: ia menandakan nombor ID anda dan mengeluarkan nombor Protective Registration (PR) dan nombor mangsa (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Laporkan penyalahgunaan identiti anda kepada Gendarmerie, di talian percumanya 1055 atau dalam talian di ppgn.mdn.dz (anda kemudian mengesahkan aduan itu di sebuah briged), atau di balai polis. Simpan mesej dan resit, dan beritahu bank dan pengendali anda tentang akaun atau talian yang anda tidak buka.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Alamat IP boleh menunjukkan lebih kurang lokasi anda. Penghala yang sentiasa dikemas kini dan mempunyai kata laluan pentadbirnya sendiri melindungi rangkaian rumah anda, walau apa pun alamat yang bocor.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Hidupkan kunci percuma syarikat telefon anda. T-Mobile: dalam aplikasi T-Life, ketik Account &gt; ikon gear &gt; Security, kemudian SIM Protection dan Port Out Protection; Port Out Protection ditetapkan bagi setiap talian secara berasingan, jadi hidupkannya untuk setiap talian. Verizon: Number Lock dan SIM Protection dalam My Verizon. AT&amp;T: Wireless Account Lock dalam myAT&amp;T. Syarikat lain: minta kunci. Jangan sekali-kali mematikannya kerana diminta oleh pemanggil.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Pengendali seperti Vodafone meminta kata laluan pelanggan anda (Kundenkennwort) sebelum memberikan kad SIM baharu di kedai. Pilih kata laluan yang bukan tarikh lahir anda atau apa-apa lagi yang mungkin telah bocor, dan tukarnya jika anda pernah menaipnya selepas mengikuti pautan dalam SMS. Jika telefon anda tiba-tiba hilang perkhidmatan, telefon pengendali dan bank anda daripada telefon lain.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Lihat Pemajuan panggilan dalam tetapan panggilan telefon anda, atau dalam akaun anda dengan pengendali, dan matikan sebarang pemajuan yang anda tidak tetapkan. Jika seseorang menelefon atau menghantar SMS dengan mengaku daripada pengendali anda dan meminta anda mendail kod atau mengubah tetapan, letak telefon dan telefon pengendali anda di nombor pada bil anda. Menu berbeza mengikut telefon.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Laporkan panggilan yang tidak diingini, SMS spam dan nombor yang disalahgunakan kepada Bundesnetzagentur (agensi rangkaian persekutuan) melalui borang dalam taliannya di bundesnetzagentur.de/aergermitrufnummern. Ia menguruskan nombor, bukan penipuan: jika seseorang cuba menipu anda atau anda kehilangan wang, laporkan kepada polis, dalam talian melalui Onlinewache (balai polis dalam talian) negeri anda atau di mana-mana balai polis. Jangan telefon semula panggilan tidak berjawab daripada nombor yang tidak dikenali.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Majukan SMS penipuan ke 330330 (percuma, untuk semua pengendali), nombor laporan pengawal selia. Jika anda kehilangan wang, telefon bank anda dengan segera dan laporkan kepada polis.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Daftarkan nombor anda di Não Me Perturbe (naomeperturbe.com.br) untuk menghentikan panggilan jualan daripada syarikat telekomunikasi dan bank; buat aduan kepada Anatel di 1331 jika ia berterusan. Sesetengah panggilan syarikat kini menunjukkan nama, logo dan tujuan pemanggil, dengan pengesahan bahawa nombor itu tulen (Origem Verificada); namun, jangan sekali-kali memberikan kod atau kata laluan dalam panggilan. Jika anda kehilangan wang, beritahu bank anda dan buat laporan polis (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Laporkan penipuan dalam talian, fraud dan ugutan kepada polis negara (DGSN) di platform e-Blagh (e-blagh.ma). Untuk masalah dengan talian anda, buat aduan kepada pengendali anda. Jika anda kehilangan wang, telefon bank anda dengan segera dan laporkan kepada polis.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Laporkan penipuan dalam talian kepada Fiscalía atau Polis Negara, di balai polis atau dalam talian di perkhidmatan ADenunciar jika kes anda disenaraikan di sana; simpan nombor kes. Jika anda kehilangan wang, telefon bank anda dengan segera. Jangan sekali-kali memberikan kod, nombor kad atau kata laluan kepada pemanggil.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Laporkan penipuan kepada Gendarmerie, di talian percumanya 1055 atau dalam talian di ppgn.mdn.dz (anda kemudian mengesahkan aduan itu di sebuah briged), atau di balai polis. Jika wang telah diambil, beritahu bank anda atau Algérie Poste dengan segera. Simpan mesej dan resit.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Jika anda kehilangan wang atau telah memberikan butiran bank, telefon Pusat Respons Scam Kebangsaan (NSRC) di talian 997 dengan segera, kemudian buat laporan polis. Letak telefon jika pemanggil mengaku sebagai pegawai MCMC, polis atau bank.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Semak laporan kredit anda untuk akaun yang anda tidak buka</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Pinjaman, kad atau kontrak yang dibuka oleh seseorang atas nama anda akan muncul dalam laporan kredit anda. Menyemaknya ialah cara untuk mengesannya lebih awal.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Dapatkan laporan kredit anda secara percuma di AnnualCreditReport.com: Equifax, Experian dan TransUnion masing-masing membenarkan anda melihat laporan anda sekali seminggu. Laman lain mungkin mengenakan bayaran atau palsu. Cari akaun, pinjaman atau alamat yang anda tidak kenali; jika anda menemuinya, laporkan di IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Anda boleh mendapatkan laporan kredit anda secara percuma daripada kedua-dua biro kredit: daripada TransUnion Canada dalam talian, melalui pos atau secara bersemuka, dan daripada Equifax Canada melalui pos dengan borang permohonannya dan salinan dokumen pengenalan anda. Semak kedua-duanya untuk akaun atau semakan kredit yang anda tidak kenali, sekurang-kurangnya sekali setahun.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Anda boleh mendapatkan laporan kredit anda secara percuma sekurang-kurangnya sekali setiap tiga bulan. Minta daripada setiap badan pelaporan kredit, kerana maklumat mereka mungkin berbeza, dan semak permohonan kredit atau akaun yang anda tidak buat.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Setiap syarikat maklumat kredit (biro kredit) yang menyimpan sejarah kredit anda mesti memberi anda satu laporan kredit penuh percuma, bersama skor anda, setiap tahun kalendar (peraturan Reserve Bank of India). Minta daripada setiap biro di laman webnya dan semak pinjaman atau kad yang anda tidak ambil. Jika anda menemuinya, telefon 1930 atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>Undang-undang membenarkan anda mendapatkan laporan kredit anda secara percuma sekali setahun daripada setiap biro kredit. Minta daripada setiap biro utama, seperti TransUnion, dan cari pinjaman atau akaun yang anda tidak buka. Anda boleh mempertikaikan entri yang salah dengan biro itu secara percuma; ia mempunyai 20 hari bekerja untuk menyemaknya.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Semak laporan CCRIS anda, iaitu rekod pinjaman dan permohonan kredit anda yang disimpan oleh Bank Negara Malaysia, melalui perkhidmatan eCCRIS (eccris.bnm.gov.my). Cari pinjaman atau permohonan yang anda tidak buat, dan hantar permintaan pengesahan data melalui eCCRIS supaya entri yang salah disemak.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Biarkan telefon atau pelayar anda menyemak sama ada kata laluan yang disimpan telah bocor</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Pengurus kata laluan yang sudah anda ada boleh menunjukkan kata laluan tersimpan yang telah muncul dalam kebocoran, supaya anda tahu kata laluan mana yang perlu ditukar.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Buka passwords.google.com (Pengurus Kata Laluan Google) dalam pelayar anda dan pilih Pergi ke Semakan Kata Laluan &gt; Semak kata laluan. Tukar setiap kata laluan yang ditanda sebagai terjejas, bermula dengan e-mel dan bank anda, kemudian kata laluan yang digunakan semula. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>Pada iOS 18 atau lebih baharu, buka apl Kata Laluan dan ketik Keselamatan; pada versi lama, buka Seting &gt; Kata Laluan &gt; Cadangan Keselamatan. Pastikan Kesan Kata Laluan Terjejas dihidupkan, kemudian tukar setiap kata laluan yang ditanda sebagai terjejas, bermula dengan e-mel dan bank anda. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Lagi (tiga titik) &gt; Kata laluan dan autoisi &gt; Pengurus Kata Laluan Google &gt; Semakan. Edge: Tetapan dan lagi (...) &gt; Tetapan &gt; Profil &gt; Kata laluan, dan hidupkan Tunjukkan makluman apabila kata laluan ditemui dalam kebocoran dalam talian. Firefox: Tetapan &gt; Privasi &amp; Keselamatan &gt; Kata laluan, dan biarkan Tunjukkan amaran tentang kata laluan untuk laman web yang dibolosi ditanda. Mac: apl Kata Laluan &gt; Keselamatan. Nama menu mungkin berbeza mengikut versi.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Jangan cari, muat turun atau buka fail yang bocor</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Mungkin menggoda untuk mencari data yang bocor bagi melihat apa yang terkandung tentang anda. Salinan yang diedarkan dalam talian didapati menyembunyikan perisian hasad yang menjangkiti peranti yang membukanya.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Jangan cari, muat turun atau buka fail yang didakwa mengandungi kebocoran ini, walaupun untuk menyemak butiran anda sendiri. Untuk mengetahui apa yang bocor, bergantung pada notis syarikat itu sendiri atau perkhidmatan amaran kebocoran data seperti Have I Been Pwned. Jika anda sudah membuka fail sedemikian, imbas peranti itu dengan perisian keselamatan yang terkini dan tukar kata laluan daripada peranti lain.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Jangan sekali-kali memberikan kod yang seseorang katakan terhantar kepada anda secara tidak sengaja</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Dengan nombor anda, penipu boleh mula log masuk ke WhatsApp atau Telegram anda pada telefonnya sendiri; aplikasi itu kemudian menghantar kod kepada anda melalui SMS. Penipu meminta kod itu daripada anda, selalunya dengan menulis daripada akaun rakan yang telah dirampas. Sesiapa yang mempunyai kod itu boleh mengambil alih akaun anda.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp, Telegram atau perkhidmatan lain kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar kepada anda secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera; dalam WhatsApp, ini melog keluar orang lain itu. Kemudian hidupkan pengesahan dua langkah dan beri amaran kepada kenalan anda supaya tidak menjawab mesej daripada akaun anda.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Majukan SMS penipuan ke 7726 (SPAM) dan laporkan penipuan itu di ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Majukan SMS penipuan ke 7726 (percuma). Jika anda kehilangan wang, laporkannya di reportfraud.police.uk, atau di Scotland kepada Police Scotland di 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkannya kepada Scamwatch (scamwatch.gov.au). Jika anda kehilangan wang, hubungi bank anda dengan segera; IDCARE (1800 595 160) membantu jika identiti anda disalahgunakan.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan penipuan kepada Canadian Anti-Fraud Centre di 1-888-495-8501 atau dalam talian; jika anda kehilangan wang, beritahu juga bank anda dan polis tempatan.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Majukan SMS penipuan ke 33700 (percuma). Jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie; cybermalveillance.gouv.fr boleh membantu.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan penipuan kepada polis, dalam talian melalui Onlinewache negeri anda jika ada, atau di mana-mana balai polis.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkannya kepada Polizia Postale di commissariatodips.it, dan beritahu bank anda dengan segera jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Untuk nasihat, telefon talian bantuan keselamatan siber percuma INCIBE, 017. Jika anda kehilangan wang, laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Buat aduan kepada pengendali anda, kemudian kepada pengawal selia NTRA di 155 jika masalah tidak selesai. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Majukan SMS penipuan ke 330330 (percuma, untuk semua pengendali).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan laman web penipuan kepada USOM (usom.gov.tr), dan penipuan di balai polis atau gendarmerie, atau di 112 jika ia sedang berlaku.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan mesej itu dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Buat aduan kepada pengendali anda dan simpan nombor tiketnya; jika tidak selesai, hubungi Nigerian Communications Commission di 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan penipuan dalam talian kepada polis negara (DGSN) di e-Blagh (e-blagh.ma); jika anda kehilangan wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Jika wang telah diambil, telefon bank anda dengan segera dan buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Jangan sekali-kali memberikan kod yang dihantar oleh WhatsApp atau Telegram kepada anda melalui SMS, walaupun kepada rakan yang mengatakan kod itu terhantar secara tidak sengaja. Jika anda sudah memberikannya, log masuk semula dengan nombor anda dengan segera, tamatkan sesi yang anda tidak kenali dan hidupkan pengesahan dua langkah. Laporkan penipuan SMS kepada WASPA, badan industri pesanan mudah alih (waspa.org.za); jika anda kehilangan wang, telefon talian penipuan bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Sahkan mesej &quot;nombor baharu&quot; daripada keluarga sebelum anda membalas</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Penipu menulis kepada ibu bapa dan rakan dengan berpura-pura menjadi anak atau saudara: &quot;Hai Mak, telefon saya rosak, ini nombor baharu saya.&quot; Selepas beberapa mesej, mereka meminta wang untuk bil segera atau telefon baharu.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Jangan balas nombor baharu itu atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya saudara lain, atau tanya soalan yang hanya dia boleh jawab. Jangan tukar nombor yang disimpan kerana sesuatu mesej. Laporkan dan sekat penghantar dalam aplikasi pesanan itu.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Sesetengah penipu menambah peguam atau pegawai polis palsu ke dalam cerita mereka. Majukan SMS penipuan ke 7726 (SPAM) dan laporkan penipuan itu di ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Majukan SMS penipuan ke 7726 (percuma). Jika anda kehilangan wang, laporkannya di reportfraud.police.uk, atau di Scotland kepada Police Scotland di 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Jangan sekali-kali menukar nombor yang disimpan kerana sesuatu mesej. Laporkannya kepada Scamwatch (scamwatch.gov.au). Jika anda kehilangan wang, hubungi bank anda dengan segera; IDCARE (1800 595 160) membantu jika identiti anda disalahgunakan.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan penipuan kepada Canadian Anti-Fraud Centre di 1-888-495-8501 atau dalam talian; jika anda kehilangan wang, beritahu juga bank anda dan polis tempatan.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Majukan SMS penipuan ke 33700 (percuma). Jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie; cybermalveillance.gouv.fr boleh membantu.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan penipuan kepada polis, dalam talian melalui Onlinewache negeri anda jika ada, atau di mana-mana balai polis.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkannya kepada Polizia Postale di commissariatodips.it, dan beritahu bank anda dengan segera jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Untuk nasihat, telefon talian bantuan keselamatan siber percuma INCIBE, 017. Jika anda kehilangan wang, laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Buat aduan kepada pengendali anda, kemudian kepada pengawal selia NTRA di 155 jika masalah tidak selesai. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Majukan SMS penipuan ke 330330 (percuma, untuk semua pengendali).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan laman web penipuan kepada USOM (usom.gov.tr), dan penipuan di balai polis atau gendarmerie, atau di 112 jika ia sedang berlaku.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan mesej itu dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Buat aduan kepada pengendali anda dan simpan nombor tiketnya; jika tidak selesai, hubungi Nigerian Communications Commission di 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan penipuan dalam talian kepada polis negara (DGSN) di e-Blagh (e-blagh.ma); jika anda kehilangan wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Jika wang telah diambil, telefon bank anda dengan segera dan buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Jangan balas atau hantar wang. Telefon orang itu di nombor yang sudah anda ada, atau tanya soalan yang hanya dia boleh jawab. Laporkan penipuan SMS kepada WASPA, badan industri pesanan mudah alih (waspa.org.za); jika anda kehilangan wang, telefon talian penipuan bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Abaikan SMS tentang bungkusan, tol atau saman yang meminta anda mengetik pautan</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Penipu menghantar SMS tentang bungkusan yang tidak dapat dihantar, tol yang belum dibayar, saman atau bayaran kecil. Pautannya membawa ke halaman tiruan yang mengambil butiran kad atau butiran peribadi anda.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Jangan ketik pautan dalam SMS tentang penghantaran, tol, saman atau bayaran. Semak penghantaran dalam aplikasi atau laman web kedai atau syarikat penghantaran itu sendiri, dan tol atau saman di laman rasmi yang anda cari sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan SMS itu kepada pengendali anda, kemudian padamkannya.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. SMS palsu tentang tol yang belum dibayar adalah perkara biasa. Majukan SMS penipuan ke 7726 (SPAM) dan laporkan penipuan itu di ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Majukan SMS penipuan ke 7726 (percuma). Jika anda kehilangan wang, laporkannya di reportfraud.police.uk, atau di Scotland kepada Police Scotland di 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkannya kepada Scamwatch (scamwatch.gov.au). Jika anda kehilangan wang, hubungi bank anda dengan segera; IDCARE (1800 595 160) membantu jika identiti anda disalahgunakan.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan penipuan kepada Canadian Anti-Fraud Centre di 1-888-495-8501 atau dalam talian; jika anda kehilangan wang, beritahu juga bank anda dan polis tempatan.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Jika kad anda kemudian digunakan tanpa pengetahuan anda, sekat kad itu dan laporkannya di Perceval. Majukan SMS penipuan ke 33700 (percuma). Jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie; cybermalveillance.gouv.fr boleh membantu.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan penipuan kepada polis, dalam talian melalui Onlinewache negeri anda jika ada, atau di mana-mana balai polis.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkannya kepada Polizia Postale di commissariatodips.it, dan beritahu bank anda dengan segera jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Untuk nasihat, telefon talian bantuan keselamatan siber percuma INCIBE, 017. Jika anda kehilangan wang, laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Buat aduan kepada pengendali anda, kemudian kepada pengawal selia NTRA di 155 jika masalah tidak selesai. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Majukan SMS penipuan ke 330330 (percuma, untuk semua pengendali).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan laman web penipuan kepada USOM (usom.gov.tr), dan penipuan di balai polis atau gendarmerie, atau di 112 jika ia sedang berlaku.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan mesej itu dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Buat aduan kepada pengendali anda dan simpan nombor tiketnya; jika tidak selesai, hubungi Nigerian Communications Commission di 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan penipuan dalam talian kepada polis negara (DGSN) di e-Blagh (e-blagh.ma); jika anda kehilangan wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Jika wang telah diambil, telefon bank anda dengan segera dan buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Jangan ketik pautan dalam SMS tentang bungkusan, tol atau saman; semak di laman web atau aplikasi syarikat penghantaran atau agensi itu sendiri. Jika anda telah memasukkan butiran kad, telefon bank anda dengan segera. Laporkan penipuan SMS kepada WASPA, badan industri pesanan mudah alih (waspa.org.za); jika anda kehilangan wang, telefon talian penipuan bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Letak telefon jika panggilan kelihatan datang daripada bank anda atau polis, dan telefon semula sendiri</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Penipu boleh memaparkan sebarang nombor pada skrin anda, termasuk nombor bank anda atau polis. Dengan butiran daripada kebocoran, mereka kedengaran tulen, dan mereka mendesak anda memindahkan wang, membacakan kod atau memberikan butiran kad.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan PIN atau butiran kad anda kepada seseorang yang menelefon anda, walau betapa tulen pun mereka kedengaran. Letak telefon, kemudian telefon sendiri nombor pada kad anda, penyata anda atau laman web rasmi.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan panggilan penipuan di ReportFraud.ftc.gov, dan panggilan yang dipalsukan kepada FCC.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Untuk mengesahkan panggilan daripada bank anda, telefon 159; untuk melaporkan panggilan penipuan, hantar SMS CALL dan nombor itu ke 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkannya kepada Scamwatch (scamwatch.gov.au). Jika anda kehilangan wang, hubungi bank anda dengan segera; IDCARE (1800 595 160) membantu jika identiti anda disalahgunakan.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan penipuan kepada Canadian Anti-Fraud Centre di 1-888-495-8501 atau dalam talian; jika anda kehilangan wang, beritahu juga bank anda dan polis tempatan.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan panggilan itu ke 33700 (33700.fr). Jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan panggilan yang tidak diingini kepada Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) dan cubaan penipuan kepada polis, melalui Onlinewache negeri anda atau di mana-mana balai.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkannya kepada Polizia Postale di commissariatodips.it, dan beritahu bank anda dengan segera jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Untuk nasihat, telefon talian bantuan keselamatan siber percuma INCIBE, 017. Jika anda kehilangan wang, laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Buat aduan kepada pengendali anda, kemudian kepada pengawal selia NTRA di 155 jika masalah tidak selesai. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan penipuan di balai polis atau gendarmerie, atau di 112 jika ia sedang berlaku, dan laman web penipuan kepada USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan panggilan itu dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Panggilan daripada syarikat besar semakin kerap menunjukkan nama dan meterai yang disahkan (Origem Verificada); walaupun begitu, jangan sekali-kali memberikan kod atau kata laluan dalam panggilan.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Buat aduan kepada pengendali anda dan simpan nombor tiketnya; jika tidak selesai, hubungi Nigerian Communications Commission di 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Laporkan penipuan kepada polis negara (DGSN) di e-Blagh (e-blagh.ma); jika anda kehilangan wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>ID pemanggil boleh dipalsukan. Jangan sekali-kali memindahkan wang, membacakan kod atau memberikan butiran kad kepada pemanggil. Letak telefon dan telefon sendiri nombor pada kad anda atau di laman web rasmi. Jika wang telah diambil, telefon bank anda dengan segera dan buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Jangan bertindak atas mesej yang mengatakan akaun anda akan disekat atau digantung</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>Mesej palsu mengatakan akaun bank, talian telefon atau WhatsApp anda akan disekat melainkan anda &quot;mengesahkan&quot; butiran anda melalui pautan atau panggilan. Desakan itu bertujuan menghalang anda daripada menyemak.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu. Buka aplikasi bank atau syarikat itu sendiri, atau taip sendiri alamat webnya, dan semak di sana. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod anda melalui mesej. Laporkan mesej itu kepada pengendali anda, atau dalam WhatsApp dengan Laporkan, kemudian padamkannya.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Majukan SMS penipuan ke 7726 (SPAM) dan laporkan penipuan itu di ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Majukan SMS penipuan ke 7726 (percuma) dan e-mel penipuan ke report@phishing.gov.uk. Jika anda kehilangan wang, laporkannya di reportfraud.police.uk, atau di Scotland kepada Police Scotland di 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkannya kepada Scamwatch (scamwatch.gov.au). Jika anda kehilangan wang, hubungi bank anda dengan segera; IDCARE (1800 595 160) membantu jika identiti anda disalahgunakan.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan penipuan kepada Canadian Anti-Fraud Centre di 1-888-495-8501 atau dalam talian; jika anda kehilangan wang, beritahu juga bank anda dan polis tempatan.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Majukan SMS penipuan ke 33700 (percuma). Jika anda kehilangan wang, buat aduan kepada polis atau gendarmerie; cybermalveillance.gouv.fr boleh membantu.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan penipuan kepada polis, dalam talian melalui Onlinewache negeri anda jika ada, atau di mana-mana balai polis.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkannya kepada Polizia Postale di commissariatodips.it, dan beritahu bank anda dengan segera jika anda kehilangan wang.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Untuk nasihat, telefon talian bantuan keselamatan siber percuma INCIBE, 017. Jika anda kehilangan wang, laporkannya kepada Policía Nacional atau Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Buat aduan kepada pengendali anda, kemudian kepada pengawal selia NTRA di 155 jika masalah tidak selesai. Jika anda kehilangan wang, beritahu bank anda dan polis.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Majukan SMS penipuan ke 330330 (percuma, untuk semua pengendali).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan laman web penipuan kepada USOM (usom.gov.tr), dan penipuan di balai polis atau gendarmerie, atau di 112 jika ia sedang berlaku.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan mesej itu dengan Chakshu di sancharsaathi.gov.in. Jika anda kehilangan wang, telefon 1930 dengan segera atau buat laporan di cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Buat aduan kepada pengendali anda dan simpan nombor tiketnya; jika tidak selesai, hubungi Nigerian Communications Commission di 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan penipuan dalam talian kepada polis negara (DGSN) di e-Blagh (e-blagh.ma); jika anda kehilangan wang, telefon bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Jika wang telah diambil, telefon bank anda dengan segera dan buat aduan jenayah (denuncia) kepada Fiscalía atau Polis Negara.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Jangan ketik pautan atau telefon nombor dalam mesej itu; semak dalam aplikasi atau laman web syarikat itu sendiri. Syarikat yang sebenar tidak meminta kata laluan, PIN atau kod melalui mesej. Laporkan penipuan SMS kepada WASPA, badan industri pesanan mudah alih (waspa.org.za); jika anda kehilangan wang, telefon talian penipuan bank anda dengan segera.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Jangan balas SMS daripada penghantar yang anda tidak kenali, walaupun dengan STOP: balasan memberitahu penghantar bahawa nombor itu digunakan. Laporkan penipuan SMS dan spam kepada WASPA, badan industri pesanan mudah alih (waspa.org.za). Jika anda kehilangan wang atau telah memberikan butiran bank, telefon talian penipuan bank anda dengan segera dan buka kes dengan polis (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Beritahu jabatan IT anda bahawa alamat kerja anda telah bocor</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Akaun kerja atau sekolah diuruskan oleh organisasi anda, bukan oleh anda: jabatan IT boleh menyemak log masuk, menetapkan semula kata laluan dan menghidupkan pengesahan dua langkah, dan mereka perlu tahu bahawa alamat itu terlibat dalam kebocoran.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Hubungi jabatan IT atau meja bantuan anda dengan cara biasa, bukan dengan menjawab mesej tentang kebocoran itu. Nyatakan alamat mana, kebocoran mana dan apa yang bocor. Tanya sama ada anda patut menukar kata laluan atau menghidupkan pengesahan dua langkah, dan ikut nasihat mereka. Jika anda menggunakan kata laluan itu di tempat lain, tukarnya di sana juga. Jika alamat itu di domain anda sendiri, lindunginya di penyedia e-mel anda.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Tukar kata laluan yang bocor di semua tempat anda menggunakannya</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Penjenayah mencuba kata laluan dalam senarai kebocoran dahulu, secara automatik, di laman e-mel, perbankan dan membeli-belah. Setiap akaun yang menggunakan kata laluan ini berisiko sehingga ia mempunyai kata laluannya sendiri.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Tukar kata laluan itu dahulu dalam akaun e-mel anda, kerana akaun itu boleh menetapkan semula kata laluan anda yang lain, kemudian di bank anda, kemudian dalam akaun yang anda gunakan untuk log masuk ke tempat lain (Google, Apple, Facebook), kemudian di semua tempat lain yang menggunakan kata laluan itu atau yang serupa dengannya. Berikan setiap akaun kata laluan panjangnya sendiri: pengurus kata laluan boleh mencipta dan mengingati semuanya.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Rekod akademik</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Baki akaun</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Kenalan buku alamat</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Kumpulan umur</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Umur</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Gesaan AI</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Temu janji</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Apl yang dipasang pada peranti</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Zodiak</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Rakaman audio</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Token pengesahan</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Nombor akaun bank</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Penilaian kecantikan</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Data biometrik</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biodata</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Butiran ejen pengguna pelayar</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Sejarah pelayaran</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Pilihan pembelian</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Status pemilikan kereta</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Tahap kerjaya</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Nama rangkaian selular</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Derma amal</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Log sembang</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Status kewarganegaraan</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Saiz pakaian</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Ulasan</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Nama syarikat</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>CVV kad kredit</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Kad kredit</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Skor kredit</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Maklumat status kredit</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Alamat dompet mata wang kripto</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Cincangan dompet mata wang kripto</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Maklum balas pelanggan</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Interaksi pelanggan</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Ulasan khidmat pelanggan</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Rekod khidmat pelanggan</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Tarikh lahir</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Tarikh kematian</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Status kematian</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Arahan penghantaran</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Maklumat peranti</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Nombor siri peranti</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Data penjejakan penggunaan peranti</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Kecacatan</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Tabiat minum</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Lesen memandu</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Tabiat penggunaan dadah</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Tabiat makan</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Tahap pendidikan</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Alamat e-mel</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>Mesej e-mel</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Majikan</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Status pekerjaan</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Kunci yang disulitkan</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Etnik</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Nama ahli keluarga</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Rancangan keluarga</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Struktur keluarga</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Pelaburan kewangan</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Transaksi kewangan</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Tahap kecergasan</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Penerbangan yang diambil</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Hantaran forum</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Jantina</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Lokasi geografi</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>ID keluaran kerajaan</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Maklumat insurans kesihatan</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Kata laluan lama</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>Status HIV</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Maklumat pinjaman perumahan</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Status pemilikan rumah</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>URL laman utama</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>Nombor IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>Nombor IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Tahap pendapatan</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Identiti aplikasi pesanan segera</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Alamat IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Tahap IQ</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Permohonan kerja</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Pilihan bahasa</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Pasangan latitud dan longitud</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Nombor plat kenderaan</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Kos sara hidup</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Maklumat pinjaman</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Sejarah log masuk</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Butiran program kesetiaan</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Alamat MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Status perkahwinan</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Perkhidmatan ketenteraan</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Frasa mnemonik</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Nama ibu sebelum berkahwin</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Kewarganegaraan</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Nilai bersih kekayaan</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Nama panggilan</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Pekerjaan</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Rancangan keibubapaan</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Sebahagian data kad kredit</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Sebahagian tarikh lahir</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Sebahagian ID keluaran kerajaan</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Sebahagian nombor telefon</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Nombor pasport</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Petunjuk kata laluan</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Kekuatan kata laluan</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Sejarah pembayaran</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Kaedah pembayaran</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Keterangan peribadi</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Data kesihatan peribadi</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Minat peribadi</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Nombor telefon</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Alamat fizikal</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Ciri fizikal</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Tempat lahir</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Derma politik</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Pandangan politik</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Mesej peribadi</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Kemahiran profesional</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Foto profil</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Statistik profil</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Pembelian</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Tabiat membeli-belah</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Kaum</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Alamat e-mel pemulihan</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Status perhubungan</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Agama</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Baki program ganjaran</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Gelaran</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Gred sekolah (tahap kelas)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Soalan dan jawapan keselamatan</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Fetish seksual</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Orientasi seksual</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Nombor penjejakan penghantaran</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Tabiat merokok</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>Mesej SMS</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Hubungan sosial</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Profil media sosial</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Nombor Keselamatan Sosial</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Tahap sosioekonomi</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Bahasa yang dituturkan</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Nama pasangan</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Tiket sokongan</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Keputusan tinjauan</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Status tatu</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Rekod percukaian</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Syarikat telekomunikasi</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zon waktu</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Tabiat perjalanan</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Rancangan perjalanan</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Status pengguna</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>URL laman web pengguna</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Bil utiliti</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Butiran kenderaan</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Nombor pengenalan kenderaan (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Nombor pendaftaran kenderaan</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>Status VIP</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Tuntutan waranti</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Aktiviti laman web</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Tabiat kerja</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Tahun lahir</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Tahun pengalaman profesional</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Senarai gabungan baris login:password</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Baris seperti alice@example.com:hunter2 atau alice99:hunter2 tanpa pengepala. Log masuk itu mungkin alamat e-mel, nombor telefon atau nama pengguna: setiap satu disimpan mengikut jenisnya. Kata laluan itu sendiri mungkin mengandungi titik bertindih dan tanda petikan: semua selepas titik bertindih pertama ialah kata laluan. Hanya sama ada kata laluan wujud yang disimpan, bukan kata laluan itu sendiri.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>Data Facebook yang dikikis pada 2021: satu fail bagi setiap negara, medan dipisahkan dengan titik bertindih</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Baris seperti 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: tanpa pengepala. Lajur tarikh dan masa (bila profil itu terakhir dilihat) itu sendiri mengandungi titik bertindih; ia selalunya kosong. Nombor telefon mempunyai kod negara tanpa +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>Jadual pengguna forum dalam longgokan SQL (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Longgokan mysqldump atau pg_dump pangkalan data forum: jadual pengguna dibaca (phpbb_users, user vBulletin, mybb_users, xf_user, wp_users, dengan sebarang awalan jadual), baris setiap jadual lain dikira dan tidak dibaca. Nama pengguna dan alamat e-mel ialah pengecamnya; sama ada cincangan kata laluan, tarikh lahir atau alamat IP wujud disimpan, bukan nilainya. Lajur yang tiada dalam jadual sesuatu forum ditinggalkan.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Log pencuri dalam blok baris URL:, Username: dan Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Fail Passwords.txt daripada log pencuri gaya RedLine: satu rekod bagi setiap log masuk pelayar yang disimpan, sebagai baris seperti URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 dan Application: Chrome, dengan rekod ditamatkan oleh baris tanda = atau baris kosong. Host, Login, USER, PASS dan SOFT dibaca sebagai kunci yang sama. Log masuk itu mungkin alamat e-mel, nombor telefon atau nama pengguna: setiap satu disimpan mengikut jenisnya. Hanya sama ada kata laluan wujud yang disimpan, bukan kata laluan itu sendiri.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Log pencuri baris URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Baris seperti https://accounts.example.com/login:alice@example.com:hunter2 (atau dengan | di antara bahagiannya), seperti yang dikumpulkan oleh perisian hasad pencuri kata laluan daripada pelayar. Nama laman dibaca daripada alamatnya; kata laluan itu sendiri mungkin mengandungi titik bertindih. Log masuk itu mungkin alamat e-mel, nombor telefon atau nama pengguna: setiap satu disimpan mengikut jenisnya. Hanya sama ada kata laluan wujud yang disimpan, bukan kata laluan itu sendiri.</translation>
    </message>
</context>
</TS>
