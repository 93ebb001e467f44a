<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>%3 tarihinde %2 hizmetinden %1 hesabın verileri sızdı. Sızan veriler: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>%2 tarihinde %1 hizmetinden hesap verileri sızdı. Sızan veriler: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Verilerin uydurma olduğu düşünülüyor.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Bu, istenmeyen ileti (spam) göndermek için kullanılan bir listedir.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>Gerçek olduğu doğrulanmadı.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Bu kasaya elle girildi.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Bilgiler: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Bilgiler: Breach Advisor&apos;ın yukarıdaki kaynaklardan yaptığı araştırma.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Bilgiler: içe aktarılan bir katalog dosyasından.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Yardım masası paketini içe aktar</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1, %2 tarihinde oluşturulmuş. İçinde ihlal kataloğu ve toplam %3 kayıt barındıran %n sızıntı dosyası var.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Bu kasanın güvendiği bir yardım masası olan %1 tarafından imzalanmış (anahtar %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Bu kasanın henüz güvenmediği bir anahtarla imzalanmış:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Yardım masanızdan açık anahtar dosyasını (.pub) isteyin ve anahtarın aynı okunduğunu telefonda veya kâğıt üzerinde kontrol edin. Ancak ondan sonra dosyayı aşağıda seçin: bu kasa bundan sonra o yardım masasının imzaladığı paketleri kabul edecek.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Bu paket, bu yardım masasından alınan son paketten (%1 tarihinde oluşturulmuş) daha eski: yeniden gönderilmiş eski bir kopya olabilir. &amp;Yine de içe aktar</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Yardım masasının açık anahtar dosyası</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>Yardım masasının &amp;açık anahtarı (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Yardım masasının açık anahtarını seçin</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Açık anahtarlar (*.pub);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>ör. Şehir kütüphanesi yardım masası</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>Yardım masasına verilecek &amp;ad:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Temsilci anahtar dosyası</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>&amp;Temsilci anahtarı (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Temsilci anahtarını seçin</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Temsilci anahtarları (*.agent);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Paket, tanımlayıcıların parmak izlerini ve hangi tür verilerin sızdığını içerir; sızan değerlerin kendisini asla içermez. Yalnızca imzası her baytı doğruluyorsa okunur; aksi hâlde hiçbir şey değişmez.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Yardım masanızın size verdiği temsilci anahtar dosyasını seçin.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Anahtarın yukarıdakiyle aynı okunduğunu kontrol ettikten sonra yardım masasının açık anahtar dosyasını seçin.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>İmza kontrol ediliyor ve içe aktarılıyor…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>%1 içindeki anahtar (%2), bu paketi imzalayan anahtar değil. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>İhlal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Sızan veriler</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 hesap: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 hesap</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>hesap sayısı bilinmiyor</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>İhlal kataloğu</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>bir şirket veya web sitesi, ör. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Ara:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>Ne &amp;sızdı:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Yıl:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Hizmet:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>İhlal hakkında</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Bu ihlalde olduğum &amp;söylendi…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Tümü</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Tüm yıllar</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tüm hizmetler</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%2 ihlalden %1 tanesi gösteriliyor. Bir ihlalde aksi belirtilmedikçe bilgiler Have I Been Pwned&apos;dan (CC BY 4.0) alınmıştır.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Parola cümlesini değiştir</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>Bundan sonra kasayı yeni parola cümlesi açar; kurtarma anahtarınız çalışmaya devam eder. Birinin parola cümlenizi bildiğini ve kasanın bir kopyasına sahip olabileceğini düşünüyorsanız, yalnızca yeni bir parola cümlesi o kopyayı korumaz.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Yeni parola cümlesi:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola cümlesi</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Tekrar yazın:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Yeni parola cümlesini tekrar yazın</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Değiştir</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>İhlal</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Sizinle ilgili olan</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>İçindeki hesaplar</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>şunları içerebilir: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; sızan giriş bilgilerinin siteleri: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Kullanılmıyor</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Telefon numaraları (aranır)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>E-posta adresleri (aranır)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Kullanıcı adları (aranır)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (yalnızca dolu olup olmadığı)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>İlk değer</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Sütun %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Web adresleri (her giriş bilgisinin sitesi)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Ülke yok (numaralar + ile başlar)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Breach Advisor&apos;a hoş geldiniz</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Bilgilerinizin sızıp sızmadığını, neyin sızdığını ve ne yapmanız gerektiğini öğrenin</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor; telefon numaralarını, e-posta adreslerini ve kullanıcı adlarını bilinen ihlallerde ve içe aktardığınız sızıntı dosyalarında arar, sizin için ya da yardım ettiğiniz biri için basit adımlardan oluşan bir plan hazırlar.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Buraya yazdığınız hiçbir şey bu bilgisayardan çıkmaz: hesap açılmaz, internet bağlantısı kullanılmaz. Her şey, yalnızca parola cümlenizin açabildiği şifreli bir kasada saklanır.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Yazı boyutu:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>Bu bilgisayarda &amp;hatırla (burada açmak için parola cümlesi gerekmez)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Kasanız oluşturuluyor. Bu biraz sürer.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Bir parola cümlesi seçin</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>Parola cümlesi kasanızı açar. Birbiriyle ilgisi olmayan dört veya daha fazla kelimeyi hatırlamak kolay, tahmin etmek ise zordur. Parola cümlesini bir şifre yöneticisinden yapıştırabilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Yeni parola cümlesi:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Yeni parola cümlesi</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Tekrar yazın:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Parola cümlesini tekrar yazın</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Hatırlama, bu bilgisayarın anahtar zincirini kullanır: bu bilgisayarda hesabınızı kullanabilen herkes kasayı açabilir. Ortak kullanılan bir bilgisayarda bunu kapalı bırakın.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Parola cümlesini unutursanız kasayı yalnızca sonraki sayfadaki kurtarma anahtarı açabilir.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Kasa oluşturuluyor</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Kurtarma anahtarımı &amp;yazdırdım veya bir yere yazdım ve güvenli bir yere koydum</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Parola cümlenizi unutursanız kasanıza yeniden girmenin tek yolu bu anahtardır. Yalnızca şimdi gösterilir. Yazdırın veya bir kâğıda yazın ve bu bilgisayardan uzakta saklayın.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Kasanız hazır</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Şimdi kendinizi veya yardım ettiğiniz kişiyi ekleyin: telefon numaraları, e-posta adresleri ve kullandığı hizmetler. Breach Advisor ardından neyin sızdığını ve ne yapılması gerektiğini adım adım gösterir.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Breach Advisor kurulumu</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Devam</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başla</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Sütunun içeriği</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Sızıntı dosyası seç…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>İlk satırda sütun &amp;adları var</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>İçe aktarmayı &amp;iptal et</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>Bu içe aktarmayı &amp;kaldır…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Sızıntı dosyası içe aktar</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Sızıntı dosyaları (CSV, TSV veya JSON Lines; gzip ile sıkıştırılmış olanlar da) bu bilgisayarda okunur. Yalnızca telefon numaralarının, e-posta adreslerinin ve kullanıcı adlarının anahtarlı parmak izleri ile her kayıtta hangi tür verilerin bulunduğu saklanır; sızan değerlerin kendisi asla saklanmaz.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Dosya aşağıdaki ayarlara göre okunur. Çoğu dosya için burada bir değişiklik gerekmez.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Yok: dosyadan anlaşılsın</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>&amp;Bilinen bir sızıntı düzeni:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Dosyadan bulunur (virgül, noktalı virgül, sekme, dikey çizgi veya iki nokta)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Noktalı virgül ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Dikey çizgi |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>İki nokta :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sekme</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgül ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Alanları &amp;ayıran işaret:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Dosyadan bulunur (UTF-8, değilse Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Batı Avrupa)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Batı Avrupa)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>&amp;Metnin kodlaması:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>İlk satırlar:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Dosyanın ilk satırları</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Her sütunun içeriği (öneri yanlışsa değiştirin):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Her sütunun içeriği</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>Dosyanın ait olduğu ihlal</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Yeni ihlal…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>Geldiği &amp;ihlal:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Ülke koduyla (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Ülke içinde arandığı gibi (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>&amp;Telefon numaralarının yazılışı:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;Ülkeleri:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>İçe aktarma durumu</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Bu sırada uygulamanın geri kalanını kullanabilirsiniz. İptal etmek hiçbir şeyi değiştirmez.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>İçe aktarılmayanlar, örnekleriyle</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>&amp;Başka bir dosya içe aktar</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Şimdiye kadar içe aktarılanlar</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>İçe aktarılan sızıntı dosyaları</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>İhlali seçin…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Sızıntı dosyası seçin</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Hiçbir sütun telefon numarası, e-posta adresi veya kullanıcı adı olarak tanınmadı: bunların hangi sütunda olduğunu belirtin.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Katalogda olmayan bir ihlal</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Şirket veya &amp;hizmet:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Ne zaman oldu:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>İçindeki &amp;hesap sayısı (biliniyorsa):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Sızan veriler, eşlediğiniz sütunlardan alınır.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Telefon numaralarının, e-posta adreslerinin veya kullanıcı adlarının hangi sütunda olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Dosyanın geldiği ihlali seçin veya yeni bir ihlal oluşturun.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Ülke içinde arandığı gibi yazılmış numaralar için o ülke gerekir.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 içe aktarılıyor…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>İçe aktarma iptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 satır okundu, saniyede %2 satır</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>İçe aktarılıyor: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Şifreli dizin yazılıyor: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>İçe aktarılıyor: dizin yazılıyor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Kaldırılacak içe aktarmayı listeden seçin.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Bu içe aktarma kaldırılsın mı?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>%1 (%2) kaynaklı kayıtlar dizinden kaldırılacak. Kişilerin sonuçları da buna göre değişir. Dosyanın kendisine dokunulmaz.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Kaldır</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Kaldırılıyor: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Kaldırıldı. Boşalan alan diske geri veriliyor…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Kaldırıldı. Kasa %1 küçüldü.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Uymayan tüm satırları atla</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Sızıntı dosyaları ve arşivler (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Arşiv: %1. Sütunları %2 dosyasınınkilerdir; arşivdeki her sızıntı dosyası bu eşlemeyle, ayrı ayrı içe aktarılır.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Arşivden okunamadı: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Yardım masası &amp;paketini içe aktar…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Ya da katalog ve sızıntı dosyalarını sizin için bir yardım masası hazırladıysa: onun imzalı paketini, size verdiği temsilci anahtarıyla birlikte içe aktarın.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Bir yardım masası paketi seçin</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Paketler (*.bundle);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>%1 tarafından imzalanan paket içe aktarıldı (%2 tarihinde oluşturulmuş).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Paket, bu yardım masasından alınan son paketten daha eskiydi.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>İhlaller: %1 yeni, %2 güncellendi.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Sızıntı dosyaları: %2 kayıtla %1 dosya eklendi; %3 dosya zaten vardı.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>yaklaşık %n saniye kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>yaklaşık %n dakika kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>İhlal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>İçe aktarıldı</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Kayıtlar</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Kullanılan alan</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%2 kaynaklı %1: %3 kayıt</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Tamam:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Dikkat:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Sorun:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kilitle</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Kasayı şimdi kilitle (Ctrl+L): ekranda kişisel hiçbir şey kalmaz</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Hızlı kontrol</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Sızıntı içe aktar</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>İhlal kataloğu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Kurulum</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Kilitli</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Bu, deneme kasasıdır: parola cümlesi &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Şifre kontrolü</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Göster</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Parola cümlesini göster</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Yazdığınızı gösterir veya gizler</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Gizle</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Parola cümlesini gizle</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Caps Lock açık görünüyor: harfler büyük yazılıyor.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Parola cümlesinin gücü</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Bu, yukarıdaki parola cümlesiyle aynı değil.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>&amp;Listeyi içe aktar…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>&amp;Önek dosyaları klasörünü içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>İçe aktarmayı &amp;iptal et</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Bu şifreyi kullandığı yerler</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>Şifreyi kontrol &amp;et</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>&amp;Planını aç</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Şifre kontrolü</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Bir şifre, sızıntılardan bilinen şifreler listesinde mi? Suçlular önce bu şifreleri dener. Kontrol yalnızca bu bilgisayarda yapılır: şifre hiçbir yere kaydedilmez veya gönderilmez ve alan her kontrolden sonra boşaltılır.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>Sızan şifreler listesi</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>İçe aktarma durumu</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;Kimin şifresi:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Kontrol edilecek şifre</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Şifre:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Belirli biri değil (hiçbir şey saklanmaz)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>Bu bilgisayardaki sızan şifreler listesi kullanılamıyor (aşağıya bakın): listeyi yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 sızan şifre (%2), %3 tarihinde %4 kaynağından içe aktarıldı.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Daha yeni bir &amp;liste içe aktar…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Kontrol edilecek şifreyi yazın.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Önce sızan şifreler listesini içe aktarın: liste olmadan karşılaştırılacak hiçbir şey yok.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>%1 için kaydedildi: şifrelerinden biri biliniyor (şifrenin kendisinden hiçbir şey saklanmaz). Planı artık bu şifreyi değiştirmekle başlıyor.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Sızan şifreler listesini seçin</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Önek dosyaları klasörünü seçin</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Sızan şifreler listesi içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Liste okunuyor: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Sızan şifreler listesi içe aktarılıyor: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>İçe aktarma iptal edildi. Liste olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Bu bilgisayarda henüz sızan şifreler listesi yok. Have I Been Pwned&apos;ın &quot;Pwned Passwords&quot; listesini internete bağlı herhangi bir bilgisayarda bir kez indirin (nasıl yapılacağı haveibeenpwned.com/Passwords adresinde yazıyor), ardından dosyayı veya dosyaların bulunduğu klasörü burada içe aktarın. Liste herkese açık veridir: kontrol ettiğiniz hiçbir şey hiçbir yere gönderilmez.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Şimdilik adım yok</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%n adımdan %1 tanesi tamamlandı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Kişi ekle</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Bir ihlalde olduğum &amp;söylendi…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Burada henüz kimse yok. Kendinizi veya yardım ettiğiniz kişiyi ekleyin.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Neyin sızdığını ve ne yapılması gerektiğini görmek için bir kişi seçin.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 silinsin mi?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, bilgileri ve ilerlemesiyle birlikte bu kasadan silinecek. Bu işlem geri alınamaz.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 adlı kişiyi &amp;sil</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 silindi.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Önce bildirimi alan kişiyi ekleyin.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Kişi ekle</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Düzenle: %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>bir ad veya takma ad</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ü&amp;lke:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefon numaraları</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Başka bir &amp;telefon numarası ekle</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-posta adresleri</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Başka bir &amp;e-posta adresi ekle</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Kullanıcı adları</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Başka bir &amp;kullanıcı adı ekle</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Kullandığı hizmetler</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Telefonu ve bilgisayarı</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Bir &amp;Android telefon</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Bir &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Bir &amp;bilgisayar</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Girdiğiniz bilgiler bu bilgisayardaki şifreli kasada kalır.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefon numarası %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>Uygulamayla aynı</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>&amp;Okuduğu dil:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Tarih: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>İçindeki hesaplar: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Web sitesi: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Sızan veriler:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>İçindeki bilgileriniz:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Bildirime göre sızan veriler:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Orada sızan veriler (sizinkiler de aralarında olabilir):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Nedir:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Sizi içerme olasılığı:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Bu bilgi nereden geliyor:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Düzenle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Bir ihlal hakkında bana &amp;bildirim geldi</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Tavsiye sayfasını &amp;yazdır…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Tavsiye sayfasını P&amp;DF olarak kaydet…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>&amp;Neler kontrol edildi:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Neler kontrol edildi</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>İ&amp;hlaller:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>İhlal hakkında</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ne yapılmalı</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Sızan veriler</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n telefon numarası</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n e-posta adresi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n kullanıcı adı</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Bu kontrolden hiçbir şey kaydedilmez. İşiniz bitince temizleyin.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Size %n ihlal bildirildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>Kullandığınız hizmetlerdeki %n ihlal bilgilerinizi içerebilir: bunlar ayrıca listelenir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: kontrol edilmedi. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: %2 içinde bulundu</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: içe aktarılan sızıntı dosyalarında yok</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Gösterilecek ihlal yok. Yalnızca bu kasaya aktarılan sızıntı dosyalarına ve kullandığınızı belirttiğiniz hizmetlerin ihlallerine bakıldı.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Tavsiye sayfasını yazdır</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>%1 için Breach Advisor planı.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Breach Advisor planı.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Tavsiye sayfasını kaydet</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Web sayfası (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>%1 konumuna kaydedildi. Kişisel bilgiler içerir: güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Ü&amp;lkesini belirle…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Ülkesi bilinmediği için dışarıda bırakıldı: %1. Eklemek için ülkesini belirleyin.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: aranmadı, içe aktarılmış sızıntı dosyası yok</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sizin hangi bilgilerinizi içerdiğini görmek için bir ihlal seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Kontrolün sonucu</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>%1 kaydedilemedi: %2. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Bir &amp;şifresini kontrol et…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Bu numara doğru olamaz: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>+ ve ülke koduyla başlayın</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>örneğin %1 veya %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>Bu numara hangi ülkeye ait? Ülkesini seçin veya + ve ülke koduyla başlayın.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Ertelendi</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 adımdan %1 tanesi tamamlandı</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (buradan başlayın)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n dk</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, yaklaşık %3 dakika%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, buradan başlayın</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 adımdan %2 tanesi tamamlandı</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>Adımların &amp;listesi</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Her seferinde &amp;bir adım</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Planın adımları</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Şimdilik adım yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%n adımdan %1 tanesi tamamlandı</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Adım %1 / %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Başka bir işlem sürüyor (içe aktarma mı?): bu işlem biter bitmez kaydedilir.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Geri alındı: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; tamamlandı olarak işaretlendi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; şimdilik ertelendi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; size uygun değil olarak işaretlendi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; yapılacaklar listesine geri döndü</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Planın ilerleyişi</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrol et</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Hepsini unut</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrol ediliyor…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Hızlı kontrol</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Telefon numaralarını, e-posta adreslerini veya kullanıcı adlarını kaydetmeden kontrol edin. Hiçbir şey saklanmaz: bu sayfadan çıktığınızda veya uygulamayı kilitlediğinizde yazdıklarınız ve bulunanlar unutulur.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Ülke kodu olmayan numaraların &amp;ülkesi:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Her satıra bir tane, ör.
0100 123 4567
ad@example.com
kullaniciadi</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Neyi kontrol edeceğiniz:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>En az bir telefon numarası, e-posta adresi veya kullanıcı adı yazın.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Başka bir işlem sürüyor (içe aktarma mı?): kontrol, o işlem biter bitmez yapılır.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Kullandığı hizmetler</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Kullandığı hizmetleri işaretleyin ve yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Ülkesi bilinmediği için dışarıda bırakıldı: %1. Eklemek için yukarıdan ülkeyi seçin ve yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Bir &amp;şifre kontrol et…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Yeni kurtarma anahtarınız</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Anahtarı &amp;yazdırdım veya bir yere yazdım</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Bu, yeni kurtarma anahtarınızdır. Yalnızca şimdi gösterilir: yazdırın veya bir kâğıda yazın ve bu bilgisayardan uzakta saklayın. Aşağıdaki kutuyu işaretleyip bu pencereyi kapattığınızda eski anahtarın yerini alır; eski anahtar artık çalışmaz.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Yazdır</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>Dosyaya &amp;kaydet…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Kurtarma anahtarı: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Breach Advisor kurtarma anahtarı

%1

Bu kâğıdı güvende ve bilgisayardan uzakta saklayın: bu anahtarla herkes kasayı açabilir.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Yazıcıya gönderildi.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Kurtarma anahtarını kaydet</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Metin dosyaları (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>%1 konumuna kaydedildi. Dosyayı bu bilgisayardan taşıyın (bir USB belleğe veya yazdırarak) ve buradan silin.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>%1 kaydedilemedi: %2. Hiçbir şey kaydedilmedi: başka bir yer seçin veya anahtarı yazdırın.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>Listede &amp;yok: tarif edeceğim</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Bir ihlalde olduğum söylendi</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Bir şirket veya bir haber, bilgilerinizin bir ihlalde olduğunu mu söyledi? İhlali burada seçin ve bildirime göre nelerin sızdığını işaretleyin. Bunun için size bir plan hazırlanır ve bu kişiyle birlikte saklanır.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Bildirimi alan kişi:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>şirketin adı, ör. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>İhlali &amp;bulun:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>İhlaller</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>ör. Mahalle spor kulübü</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Şirket veya &amp;hizmet:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Ne zaman oldu (veya bildirimin tarihi):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Bildirime göre sızan veriler</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>&amp;Planımı hazırla</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Önce kişiyi ekleyin, sonra uygulamaya bildirimi anlatın.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Bildirimin hangi şirket veya hizmetle ilgili olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Bir ihlal bildiriminden girildi.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>İhlali listeden seçin veya listede yoksa tarif edin.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Bildirimde adı geçen en az bir veri türünü işaretleyin.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Okuma</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Yazı boyutu:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Kasayı güvende tutmak</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> dakika</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Hiçbir zaman</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>Şu süre kullanılmayınca &amp;kilitle:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Parola cümlesini &amp;değiştir…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Yeni bir &amp;kurtarma anahtarı oluştur…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Biri parola cümlemi biliyor olabilir: &amp;tüm anahtarları yenile…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Yalnızca yeni bir parola cümlesi, birinin elinde olabilecek bir kasa kopyasını korumaz. Bu işlem her şeyi yeni bir anahtarla, yeni bir parola cümlesi ve yeni bir kurtarma anahtarıyla yeniden şifreler.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Başkalarına yardım</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>isteğe bağlı: yazdırılan tavsiye sayfalarında gösterilir</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Adınız:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Bu kasa</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Klasör: %1
Katalogda %2 ihlal var (en yeni bilgileri: %3)
Şifreleme: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Bu bilgisayar artık kasayı hatırlıyor.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Bu bilgisayar artık kasayı hatırlamıyor.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Parola cümlesi değiştiriliyor…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>Parola cümlesi değiştirildi. Kurtarma anahtarınız hâlâ çalışır. Not: kasanın değişiklikten önce alınmış bir kopyası eski parola cümlesiyle açılmaya devam eder.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Yeni bir kurtarma anahtarı oluşturulsun mu?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>Daha önce yazdırdığınız kurtarma anahtarı artık çalışmaz. Yenisini yazdırmanız veya bir yere yazmanız için bir kez göreceksiniz.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>&amp;Yeni anahtar oluştur</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Tüm anahtarları yenile</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Kasa yeni anahtarlarla yeniden şifreleniyor. Bu biraz sürer.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>Kasanın anahtarları yenilendi. Eski parola cümlesi ve eski kurtarma anahtarı artık hiçbir şeyi açmaz, anahtar dosyasının eski bir kopyasını bile.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Bilgisayarla aynı</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Renkler:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>Bu kasayı bu bilgisayarda &amp;hatırla</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Kasa bundan sonra burada parola cümlesi sorulmadan açılır. Bu bilgisayarda hesabınızı kullanabilen herkes kasayı açabilir: ortak kullanılan bir bilgisayarda bunu kapalı bırakın.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>Yeni kurtarma anahtarı saklanmadı, bu yüzden hiçbir şey değişmedi: eski anahtar hâlâ çalışır.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>Yeni kurtarma anahtarı kullanımda. Eski anahtar artık çalışmaz.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>Yeni kurtarma anahtarı saklanmadı, bu yüzden kasanın anahtarları yenilenmedi: eski parola cümlesi ve kurtarma anahtarı hâlâ çalışır.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>Bunu &amp;yaptım</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>&amp;Sonra yapacağım</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Bu bana &amp;uymuyor</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>Yapılacaklar &amp;listeme geri al</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Talimatlar şunun için</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Ne yapmalı</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Not:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>isteğe bağlı, ör. &quot;PIN ailenin kasasında saklanıyor&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Ö&amp;nceki adım</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>S&amp;onraki adım →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Önceki adım</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Sonraki adım</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Şu anda yapılacak bir şey yok.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Ne yapılacağını görmek için bir adım seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Bunu yapmıştınız, ancak o zamandan beri bilgileriniz yeniden sızdı (%1). Lütfen bu adımı tekrar yapın.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · %1 tarihinde işaretlendi</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tüm cihazlar</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(%1 tarihinde kontrol edildi)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Bu not, adım yeniden açılmadan önce yazıldı.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Bu adımın durumu</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Kilidi aç</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Kasanız açılıyor. Bu biraz sürer.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Parola cümlemi unuttum: &amp;kurtarma anahtarımı kullan</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Kurtarma &amp;anahtarıyla aç</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Bu bilgisayarın &amp;anahtar zinciriyle aç</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Breach Advisor kilidini aç</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Parola cümlesi:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Parola cümlesi</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Kasa açılıyor</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kurtarma anahtarı</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Kurtarma &amp;anahtarı:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Kasanız şurada: %1. İçindeki her şey bu bilgisayarda kalır.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Bu parola cümlesi bu kasayı açmıyor. Caps Lock tuşunu kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Önce parola cümlenizi yazın.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Bir ihlalin adı ve başlığı olmalıdır.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>İhlal tarihi geçerli bir tarih değil (YYYY-AA-GG).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Hangi tür verilerin sızdığını belirtin (örneğin &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>Katalogda &quot;%1&quot; adlı bir ihlal zaten var.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 eksik veya metin değil</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 metin değil</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 true veya false değil</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 sıfır veya daha büyük bir tam sayı değil</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; bir tarih değil (YYYY-AA-GG)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; bir tarih ve saat değil (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 eksik veya liste değil</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 metin olmayan bir öğe içeriyor</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: dosya okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: geçerli JSON değil: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: bir ihlal kataloğu değil: Have I Been Pwned&apos;ın yayımladığı biçimde bir ihlal listesi bekleniyordu</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: ihlal #%3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nesne değil</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; adı iki kez geçiyor</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1, %2 değil.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>bir yardım masasının gizli anahtar dosyası (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>bir açık anahtar dosyası (bundle keygen&apos;in PREFIX.pub dosyası)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>bir temsilci anahtar dosyası (bundle keygen&apos;in PREFIX.agent dosyası)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>bir imza dosyası (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1, Breach Advisor&apos;ın daha yeni bir sürümüyle oluşturulmuş (biçim %2; bu sürüm %3 biçimini okur). Okumak için uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>%1 dosyasının parola cümlesi doğru değil ya da dosya değiştirilmiş.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>bir yardım masasının paketi (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 imzasıyla eşleşmiyor: imzalandıktan sonra değiştirilmiş ya da kısaltılmış. Hiçbir şey içe aktarılmadı; paketi yardım masasından yeniden isteyin.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 başka bir temsilci anahtarı için hazırlanmış: onu imzalayan yardım masasından paketlerinin anahtarını (PREFIX.agent) isteyin.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1, bu kasanın güvendiği bir anahtarla imzalanmış ama içeriği kullanılamıyor. Hiçbir şey içe aktarılmadı; paketi hazırlayan yardım masasına bildirin.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1, bu kasanın güvenmediği bir anahtarla imzalanmış (%2). Hiçbir şey içe aktarılmadı. Bu, yardım masanızın anahtarıysa önce ona güvenin: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1, %2 tarihinde oluşturulmuş; bu, %3 kaynağından alınan son paketten (%4 tarihinde oluşturulmuş) önce: yeniden gönderilmiş eski bir kopya olabilir. Hiçbir şey içe aktarılmadı.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 ve %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 milyon</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>yaklaşık olarak o dönemdeki %1 kullanıcı sayısı kadar</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>yaklaşık olarak o dönemde %1 hizmetinin bu ülkedeki (%2) kullanıcı sayısı kadar</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>o dönemdeki %1 kullanıcılarının yarısından fazlası</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>o dönemde %1 hizmetinin bu ülkedeki (%2) kullanıcılarının yarısından fazlası</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>o dönemde yaklaşık her %2 %1 kullanıcısından biri</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>o dönemde bu ülkede (%3) yaklaşık her %2 %1 kullanıcısından biri</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>bildirildiğine göre kayıtlarının yaklaşık %1 kadarı bu ülkedendi (%2)</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; dünya genelindeki kapsamı: %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>%1 hesap içeriyordu (%2)</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>o dönemdeki %1 kullanıcılarının ne kadarını kapsadığı bilinmiyor</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>%2 ihlalinde %n tür bilginiz sızdı: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Bir bildirime göre %2 ihlalinde %n tür bilginiz sızdı: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>%2 ihlalinde %n tür bilginizin sızmış olması muhtemel: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>%2 ihlalinde %n tür bilginiz sızmış olabilir, ancak bu pek olası değil: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>%2 ihlalinde %n tür bilginiz sızmış olabilir: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>%2 ihlalinde %n tür bilginiz sızmış olabilir (%1): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Belirli bir sızıntıdan kaynaklanmayan genel bir öneri.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>%1 kullandıysanız oradaki %n tür bilginiz sızmış olabilir (%2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Orada bir hesabınız varsa şifresini değiştirin ve diğer oturumlarını kapatın.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>satıcının iddiasına göre kayıtlarının yaklaşık %1 kadarı bu ülkedendi (%2); bunu kimse doğrulamadı</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>kayıtlarından yalnızca yaklaşık %2 tanesinde “%1” bilgisi vardı</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>%1 kullanıyorsanız: %2. Bu adımların tamamını görmek için bu hizmeti kullandığınızı belirtin.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Aynısı %n başka ihlal için de geçerli.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Android telefon</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Bilgisayar</translation>
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
                          Have I Been Pwned JSON dosyasından ihlal ekler veya günceller
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          katalogda henüz olmayan bir ihlal ekler
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
        <translation>  FILE            Have I Been Pwned&apos;ın /api/v3/breaches JSON&apos;u; hatalı bir ihlal içeren
                  dosya, satırı belirtilerek tümüyle reddedilir (çıkış kodu 4)
  --name N        ihlalin anahtarı (HIBP&apos;nin Name alanı gibi harfler ve rakamlar)
  --classes LIST  sızan veriler: HIBP&apos;nin veri türü adları, ; ile ayrılmış
  --count N       içerdiği hesap sayısı
  --flags LIST    ihlalin türü, ; ile ayrılmış: stealer_log (bir cihazdaki kötü amaçlı
                  yazılımın çaldığı şifreler), malware, sensitive, spam_list, fabricated
NAME, bir ihlalin catalog list çıktısında görünen Name değeridir.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Kullanım: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%2 dosyasından %1 ihlal okundu: %3 yeni, %4 güncellendi, %5 değişmedi.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Bu sürümün henüz tanımadığı veri türleri (olduğu gibi saklanır ve gösterilir): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count sıfır veya daha büyük bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; geçerli bir işaret değil. stealer_log, malware, sensitive, spam_list veya fabricated kullanın.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Kullanım: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; bir tarih değil (YYYY-AA-GG).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>&quot;%1&quot; kataloğa eklendi.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 ihlal. Aksi belirtilmedikçe bilgiler Have I Been Pwned&apos;dan (CC BY 4.0).

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Sızan veriler</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Kullanım: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>Katalogda &quot;%1&quot; adlı bir ihlal yok. Adlar için catalog list komutuna bakın.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>İhlal tarihi: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Hesaplar: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>İçe aktarılan katalog dosyasından: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Sızan veriler:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (bu sürümün henüz tanımadığı bir veri türü)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>catalog import, catalog add, catalog list veya catalog show kullanın.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n bağımsız değişken kontrol edilmedi: her tanımlayıcıdan önce --phone, --email veya --username yazın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Kullanım: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: kontrol edilmedi. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  bulunamadı</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  %1 içinde: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: beklenmeyen hata: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Bilinmeyen komut &quot;%1&quot;. Bkz. breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 kabuk içinde çalışmaz: önce kabuktan çıkın (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: kabuğun kasası zaten açık.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Kullanım: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Hangi ihlallerin verilerinizi içerdiğini ve ne yapmanız gerektiğini, yalnızca bu bilgisayarda bulur.

Komutlar:
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
Seçenekler:
  --vault DIR             kasa klasörü (varsayılan: %1)
  --passphrase-file FILE  parola cümlesini FILE dosyasının ilk satırından okur;
                          yoksa $BREACH_ADVISOR_PASSPHRASE, o da yoksa sorar
  --keychain              bu bilgisayarın anahtar zincirinin hatırladığı anahtarla açar;
                          ilk seferde parola cümlesini sorar, sonra anahtar hatırlanır
  --json                  makinenin okuyabileceği çıktı
  --mask                  tanımlayıcılar yalnızca tanınacak kadar gösterilir
  --yes                   sormadan yapar (kaldırma komutları)
  -h, --help              bu yardım; COMMAND --help: o komutun yardımı
  --version               sürüm

Tek kilit açmayla birden çok komut: breach-advisor-cli shell (komutlar terminalden
veya bir betikten gelir, her satıra bir tane).

Çıkış durumu: 0 başarılı, 1 başarısız, 2 kullanım hatası, 3 yanlış parola cümlesi veya
kasa kullanımda, 4 girdi dosyası reddedildi, 130 Ctrl-C ile durduruldu (hiçbir şey
değişmedi).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Kaynak: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (%1 tarihinde kontrol edildi)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Daha önce yapıldığı zamandan kalan not: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>genel öneri</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>bir sızıntıda bulundu</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>aldığınız bir bildirim</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>olası</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] yapıldı, [-] atlandı, [/] uygun değil</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - yeniden açıldı: %1 içinde yeniden sızdı</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - atlandı</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - uygun değil</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Kullandığınız hizmetlerdeki küçük ihlaller</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Adımların tamamı için kişiyi kaydedin (person add) ve plan --person NAME komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>%1 içinde kasa yok. Şu komutla oluşturun: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: anahtar zinciri kullanılamıyor (%1); parola cümlesi kullanılıyor.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Bu bilgisayarın anahtar zinciri artık kasanın anahtarını hatırlıyor: bundan sonra --keychain parola cümlesi gerektirmez (keychain forget bunu geri alır).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: anahtar zinciri anahtarı saklamadı (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength değeri interactive, moderate veya sensitive olmalıdır.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; bilinen iki harfli bir ülke kodu değil.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [e/H] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>e</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>evet</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - kabuğun kendi girdisini okur: bir dosya verin.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: 16 MiB&apos;tan fazla tanımlayıcı.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Kullanım: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          kişinin yazdırılabilir planı, tanımlayıcılar maskeli, uygulamanın
                          yazdırdığı gibi
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Kullanım: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; .pdf veya .html ile bitmelidir.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>PDF tavsiye sayfaları için grafik kitaplığı gerekir; bu kitaplık başlatılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>%1 için tavsiye sayfası (%Ln adım) %2 dosyasına yazıldı. Kişisel bilgiler içerir: güvenli bir yerde saklayın.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: &quot;DATA CLASS=COLUMN[,COLUMN]&quot; biçiminde yazın.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Kullanım: import FILE --breach NAME [--phone COLUMN]... (bkz. import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset dosyanın düzenini belirler: --%1 seçeneğini kullanmayın.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter tek bir ASCII karakteridir, ör. ; veya :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding değeri utf-8, windows-1252, latin1 veya auto olmalıdır.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format değeri international, national veya auto olmalıdır.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national için numaraların ülkesini veren --region CC gerekir.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb 16 veya daha büyük bir tam sayı olmalıdır.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>&quot;%1&quot; adlı bir hazır düzen yok: import --list-presets hepsini listeler.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    ihlal: %1; sütunlar: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>%1, &quot;%2&quot; ihlaline aktarılıyor. Sütunlar:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 satır, %2 satır/sn</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, yaklaşık %1 sn kaldı</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>dizin yazılıyor</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    ihlal başına kayıtlar ve diskteki bayt sayısı
  index remove IMPORT_ID [--yes]
                          bir içe aktarmayı geri alır ve alanını geri verir
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  index stats çıktısında listelendiği gibi
  --yes      sormadan kaldırır (betiklere hiçbir zaman sorulmaz)
Kaldırma, disk alanı yeniden boşalsın diye kasa dosyasını içe aktarma olmadan
yeniden yazar: bu, bir süreliğine kasa kadar boş disk alanı gerektirir.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Henüz sızıntı dosyası içe aktarılmadı. Şu komutla ekleyin: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%2 içe aktarmada %1 kayıt, %3 bayt (kayıt başına %4 bayt).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  içe aktarma %1: %2, %3 dosyasından, %4 kayıt, %5 bayt</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Kullanım: index remove IMPORT_ID (bkz. index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>%1 numaralı içe aktarma yok (bkz. index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>%1 numaralı içe aktarma kaldırılsın mı (%2, %3 dosyasından, %4 kayıt)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Hiçbir şey kaldırılmadı.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>%1 numaralı içe aktarma kaldırıldı; kasa dosyası %2 bayt küçüldü.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>index stats veya index remove IMPORT_ID kullanın.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          bir kasa oluşturur ve kurtarma anahtarını yazdırır
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>--vault DIR klasöründe (boş veya yeni bir klasör) birlikte gelen ihlal kataloğuyla bir kasa
oluşturur. Parola cümlesi --passphrase-file, $BREACH_ADVISOR_PASSPHRASE veya bir sorudan alınır.
  --kdf-strength S  parola cümlesini denemenin ne kadar yavaş olacağı: interactive,
                    moderate (varsayılan) veya sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>%1 içinde, bilinen %2 ihlalle bir kasa oluşturuldu.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Kurtarma anahtarınız (bir yere yazın veya yazdırın ve güvenli bir yerde saklayın):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Parola cümlenizi unutursanız kasaya yeniden girmenin tek yolu bu anahtardır.
Yalnızca şimdi gösterilir.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Kurtarma anahtarı gösterilemediği için kasa oluşturulmadı.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         bu bilgisayarın anahtar zinciri kasanın anahtarını artık hatırlamaz
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (kasayı açan herhangi bir komutla) anahtar zincirinin hatırladığı anahtarla
kilidi açar; ilk seferde parola cümlesini sorar, sonra anahtarı hatırlar.
keychain forget bunu kaldırır; parola cümlesi eskisi gibi çalışır.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Kullanım: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>%1 içinde kasa yok.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Anahtar zinciri anahtarı unutmadı: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Bu bilgisayarın anahtar zinciri kasanın anahtarını artık hatırlamıyor.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          özetlenen ve eşleştirilen biçim (kasa gerekmez)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     herhangi bir biçimde telefon numarası; birden çok için tekrarlayın
  --region CC      ülke kodu olmadan yazılmış numaraların ülkesi
  --language LL    numaranın ülkesinin gösterileceği dil (varsayılan: sistemin dili)
  --email TEXT, --username TEXT
Herhangi biri geçerli değilse çıkış durumu 1&apos;dir.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Kullanım: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: geçerli değil. %2</translation>
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
        <translation>Kullanım: %1 (bkz. person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>%1 kaydedildi. Planını görmek için: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Henüz kimse kaydedilmedi. Birini şu komutla ekleyin: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %3 adımdan %2 tanesi tamamlandı</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  ülke: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - %1 içinde</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  kullandığı hizmetler: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  platformlar: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  %1 içinde olduğu bildirildi: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  plan: %2 adımdan %1 tanesi tamamlandı (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>&quot;%1&quot; adlı biri zaten kayıtlı.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>%1 için değişiklikler kaydedildi; ilerlemesi korunur.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>%1, tanımlayıcıları ve ilerlemesiyle birlikte kasadan kaldırılsın mı?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 kaldırıldı.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>person add, list, show, edit veya remove kullanın.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          kişinin planı, ilerlemesiyle birlikte
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Kullanım: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>%1 kişisinin bilgileri bu kasaya aktarılan sızıntılarda bulunamadı ve kullandığı hizmetlerin hiçbiri katalogdaki ihlallerde yok. Daha fazla sızıntı içe aktardıktan sonra yeniden kontrol edin.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>%1 için plan</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Kullanım: shell (komutlar girdisinden gelir)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>Kasa açık. Komutları komut satırındaki gibi yazın (help hepsini listeler); çıkmak için exit yazın.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          planındaki bir adımın ilerlemesini kaydeder
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  yapıldı, şimdilik ertelendi veya kişiye uygun değil
  reopen          yapılacaklara geri al
  STEP_ID         planda listelendiği gibi, ör. whatsapp-two-step-pin; kişinin planında
                  olmayan bir adım reddedilir
  --person NAME   kimin planı
  --note TEXT     adımla birlikte saklanır (verilmezse önceki not kalır)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Kullanım: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1, %2 kişisinin yapılacaklar listesine geri döndü.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>%3 için %1 adımı şu şekilde işaretlendi: %2.</translation>
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
        <translation>  vault info [--json]     kasanın içeriği
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          yazdırılmış kurtarma anahtarıyla yeni bir parola cümlesi belirler
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          ele geçirilmiş bir parola cümlesi için yeni bir anahtar,
                          parola cümlesi ve kurtarma anahtarı
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
        <translation>  --new-passphrase-file FILE  yeni parola cümlesi (verilmezse terminalde iki kez sorulur)
  --recovery-key-file FILE    kasa oluşturulurken yazdırılan kurtarma anahtarı
  --kdf-strength S            interactive, moderate veya sensitive; bu verilmezse kasa
                              kendi gücünü korur
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase kasanın anahtarını yeniden sarar: hızlıdır ve kurtarma anahtarı
çalışmaya devam eder, ancak veritabanı yeniden şifrelenmez; bu yüzden vault.header
dosyasının eski bir kopyası kasayı eski parola cümlesiyle hâlâ açar. rekey veritabanını
yeni bir anahtarla yeniden şifreler ve yeni bir kurtarma anahtarı yazdırır: eski parola
cümlesi, eski kurtarma anahtarı ve vault.header dosyasının eski kopyaları artık kasayı açmaz.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>İki parola cümlesi farklı. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Yeni kurtarma anahtarınız (bir yere yazın veya yazdırın ve güvenli bir yerde saklayın;
eski anahtar artık çalışmaz):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Yeni kurtarma anahtarı gösterilemediği için kasanın anahtarları yenilenmedi.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>Kasa yeni bir anahtarla yeniden şifrelendi. Eski parola cümlesi, eski kurtarma anahtarı ve
vault.header dosyasının eski kopyaları artık kasayı açmaz; kasayı hatırlayan bir bilgisayar
yeni parola cümlesini bir kez ister.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Kasa %1
  katalogda %2 ihlal (birlikte gelen katalog: %3)
  şema sürümü %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  anahtar yenileme başlatıldı ama bitmedi: yeni parola cümlesi bunu tamamlar ya da
  vault rekey komutunu yeniden çalıştırın
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover için --recovery-key-file FILE gerekir.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>Parola cümlesi değiştirildi. Kurtarma anahtarınız hâlâ çalışır.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>vault info, vault change-passphrase, vault recover veya vault rekey kullanın.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot;, Breach Advisor&apos;ın sunduğu bir dil değil. Sunulan diller: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    kimin planı
  --out FILE       .pdf (A4; ABD ve Kanada&apos;da Letter) veya .html; yalnızca sizin
                   okuyabileceğiniz bir dosya. Kişisel bilgiler içerir: güvenli bir yerde
                   saklayın
  --language LL    dili (varsayılan: kişinin dili, o da yoksa terminalin dili)
  --helper NAME    yardım eden, sayfaya yazdırılır (ör. bir yardım masasının adı)</translation>
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
        <translation>  NAME            kişiye verilecek ad (takma ad da olur)
  --from FILE|-   tanımlayıcıları bir dosyadan veya standart girdiden, her satıra bir
                  tane okur; böylece numaralar, bu bilgisayarın diğer kullanıcılarının
                  görebileceği komut satırında yer almaz (check --from gibi: phone:,
                  email:, username: türünü belirtir)
  --country CC    kişinin ülkesi: ülke kodu olmayan numaralar ve nereye bildirileceğine
                  dair öneriler için
  --uses SERVICE  kullandığı bir hizmet; --platform P: android, iphone veya computer
  --mask          tanımlayıcıları yalnızca tanınacak kadar gösterir
  --rename NEW    edit: kişinin yeni adı
  --language LL   add, edit: kişinin okuduğu dil; tavsiye sayfası bu dilde yazdırılır
  --yes           sormadan kaldırır (betiklere hiçbir zaman sorulmaz)
edit yalnızca verilenleri değiştirir: --phone, --email, --username veya --from
verilirse tüm tanımlayıcıları; ülkeyi, hizmetleri, platformları (boş değer bunları
temizler); kişinin ilerlemesi korunur. Hiçbir şey kaydedilmeden önce tanımlayıcılar
kontrol edilir.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  okuduğu dil: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Neyin değişeceğini belirtin: --rename, --phone, --email, --username, --from, --country, --uses, --platform veya --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Yapılacaklar: %L1 adım, %L2 tanesi tamamlandı.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln dk</numerusform>
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
                          bu tanımlayıcıları hangi ihlallerin içerdiği ve onlardan ne sızdığı
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          ne yapılacağının planını da hazırlar (--json içinde: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          her satır için bir kontrol ve plan: her satır bir danışan
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
        <translation>  --phone/--email/--username TEXT  aranacak bir tanımlayıcı; birden çok için tekrarlayın
  --from FILE|-    tanımlayıcıları bir dosyadan veya standart girdiden, her satıra bir
                   tane okur; böylece bunlar, bu bilgisayarın diğer kullanıcılarının
                   görebileceği komut satırında yer almaz: @ içeren satır e-posta adresi,
                   rakamlar telefon numarası, diğerleri kullanıcı adıdır; başa yazılan
                   phone:, email: veya username: türünü belirtir
  --region CC      ülke kodu olmadan yazılmış telefon numaralarının ülkesi
  --mask           tanımlayıcıları yalnızca tanınacak kadar gösterir (+20 ••• ••• 4567)
  --uses SERVICE   kişinin kullandığı bir hizmet (WhatsApp, Facebook, Google, ...):
                   ihlalleri, kullanıcılarının ne kadarını içerdiklerine göre
                   &quot;sızmış olabilir&quot; sayılır; bilinmeyen bir hizmet uyarıyla dışarıda
                   bırakılır
  --platform P     android, iphone veya computer: planın o cihaz için talimatları
  --each-line      --from ile: her satır bir danışandır, tanımlayıcıları virgül veya
                   sekmeyle ayrılır; her satır için bir sonuç (--json ile JSON Lines)
Çıkış durumu 5: hiçbir şey kontrol edilemedi (geçerli tanımlayıcı yok ya da ne
içe aktarılmış sızıntı dosyası ne de belirtilmiş bir hizmet var).
Hiçbir şey kaydedilmez: bir kişiyi ve ilerlemesini saklamak için person add kullanın.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Kullanım: check --from FILE|- --each-line: her satıra bir danışan, tanımlayıcıları virgül veya sekmeyle ayrılmış.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, satır %2: tanımlayıcı yok, kontrol edilmedi.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: hiçbir satırda tanımlayıcı yok, bu yüzden hiçbir şey kontrol edilmedi.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Satır %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  aranmadı: içe aktarılmış sızıntı dosyası yok</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Ülke bilinmediği için dışarıda bırakıldı: %1. Eklemek için ülkeyi belirtin: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Bu hizmetleri kullanıyorsanız</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, satır %2: %3 karakterden uzun; hiçbir tanımlayıcı satırı bu kadar uzun olmaz. Hiçbir şey yapılmadı.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 yazılamadı: %2. Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows bir satır sayısı (250) veya bir yüzdedir (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          --preset seçeneğinin bildiği, iyi bilinen sızıntı dosyalarının düzenleri
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    başlığa uymayan satırlar (eksik veya fazla alan, kapanmamış
                         tırnak, 1 MiB&apos;tan uzun satır) atlanır ve sayılır; N satırdan
                         veya satırların yüzde P&apos;sinden fazlası tüm dosyanın
                         reddedilmesine yol açar (varsayılan: yüzde 1)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C içe aktarmayı durdurur ve hiçbir şeyi değiştirmez (çıkış kodu 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header ve --no-header birbiriyle çelişiyor.</translation>
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
        <translation>  --header               ilk satır veri gibi görünse de sütun adlarını içerir
                         (bu veya --no-header olmadan: e-posta adresi ya da uzun bir
                         sayı içeren ilk satır veri olarak okunur)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds, 0 (hiçbir zaman) ile %1 (bir gün) arasında bir tam sayı olmalıdır.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n saniye</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          kilidi bir kez açar, sonra yazılan veya borudan gelen komutları
                          her satıra bir tane olarak çalıştırır
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
        <translation>Her satır, komut satırındaki gibi bir komuttur; ancak breach-advisor-cli ile
--vault, --passphrase-file veya --keychain yazılmaz: kasa exit, quit veya girdinin
sonuna kadar açık kalır. Tırnaklar kabuktaki gibi çalışır; # ile başlayan satırlar
açıklamadır. Terminalde başarısız bir komut bildirilir ve sonraki okunur; bir betikte
ilk başarısız komut, kendi çıkış durumuyla kabuğu sonlandırır.
init, shell, keychain ve vault (vault info dışında) kabuk içinde çalışmaz.
Uygulama gibi kabuk da bir süre girdi olmayınca kasayı kilitler (uygulamanın ayarı;
orada değiştirilmedikçe 10 dakika): anahtarları unutur ve sonraki komut, kabuğun
başta yaptığı gibi kilidi yeniden açar.
  --idle-lock-seconds N  bunun yerine N saniye girdi olmayınca kilitler; 0: hiçbir zaman</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>%1 boyunca girdi olmazsa kilitlenir.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>Kasa, %1 boyunca girdi olmadığı için kilitlendi. Sonraki komut kilidi yeniden açar.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format değeri csv, tsv, jsonl, json, sql veya blocks olmalıdır.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table SQL dökümleri içindir (.sql veya --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb, 0&apos;dan büyük bir gigabayt sayısı olmalıdır.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    ihlal: %1; SQL tabloları: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 içinde %Ln öğe var:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>boyutu bilinmiyor</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: bir sızıntı dosyası</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: atlandı (%3)</translation>
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
                          dizine bir sızıntı dosyası ekler (CSV, TSV, JSON Lines; .gz de olur)
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [yukarıdaki seçenekler]
                          zip, 7z veya tar arşivindeki (.tar.gz, .bz2, .xz, .zst de olur)
                          sızıntı dosyalarını, her birini ayrı bir içe aktarma olarak ekler
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
        <translation>  FILE                   CSV, TSV, JSON Lines, bir JSON dizisi veya bir SQL dökümü; gzip ile
                         sıkıştırılmış olabilir
  --breach NAME          dosyanın ait olduğu katalog ihlali (yenisini önce catalog add ile ekleyin)
  --preset NAME          iyi bilinen bir dosyanın düzeni (import --list-presets), ör.
                         facebook-2021; buna uymayan satırlar sayılır ve atlanır
  --format F             csv, tsv, jsonl, json (nesne dizisi veya JSON Lines)
                         ya da sql (varsayılan: dosya adından)
  --no-header            ilk satır veridir; sütunlar 1&apos;den başlayarak numaralanır
  --delimiter C          alanlar arasındaki karakter (varsayılan: CSV için , ; sekme | :
                         arasından bulunur; TSV için sekme)
  --encoding E           utf-8, windows-1252 veya latin1 (varsayılan: her satır geçerli
                         UTF-8 ise UTF-8 olarak, değilse Windows-1252 olarak)
  --phone/--email/--username COLUMN
                         tanımlayıcı içeren bir sütun: başlık adıyla, numarasıyla veya
                         iç içe JSON&apos;da noktalı yoluyla (user.contact.phone)
  --field &quot;CLASS=COL&quot;    sızan başka verileri içeren bir sütun, HIBP veri türüyle
                         (&quot;Names=first,last&quot;); yalnızca dolu olup olmadığı saklanır
                         Bunların hiçbiri verilmezse sütunlar adlarından tanınır
                         (İngilizce, Almanca, Fransızca, İspanyolca, İtalyanca, Portekizce,
                         Felemenkçe, Türkçe, Arapça, Rusça).
  --phone-format F       international (ülke koduyla), national (--region gerekir)
                         veya auto (varsayılan: ilk satırlara göre karar verilir)
  --region CC            ulusal biçimdeki numaraların ülkesi
  --exact-phone-validation  her numarayı libphonenumber ile kontrol eder (daha yavaş)
  --memory-mb N          kayıtlar sıralanmadan önce kullanılacak bellek (varsayılan 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              tüm dosyayı içe aktarmanın kontrolleriyle okur: eşlemeyi,
                         sayıları ve içe aktarmanın vereceği kararı gösterir, hiçbir
                         şey yazmaz
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         giriş bilgileri sütunu (--username ile aynı): her değer ne ise
                         öyle saklanır: e-posta adresi, ülke kodlu telefon numarası
                         veya kullanıcı adı
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        &quot;Anahtar: değer&quot; satırlarından oluşan kayıtlar (bilgi hırsızı
                         günlükleri); boş bir satır, = işaretlerinden oluşan bir satır
                         veya yeniden görülen bir anahtarla biter
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (içeriğinden
                         anlaşılır); adı bir sızıntı dosyası gibi olan her öğe (.csv, .tsv,
                         .txt, .json, .jsonl, .sql) FILE gibi içe aktarılır, diğerleri
                         atlandı olarak listelenir; --dry-run hepsini listeler. Diske hiçbir
                         şey açılmaz. Bir öğe reddedilirse hiçbiri içe aktarılmaz
  --member GLOB          yalnızca yolu veya adı eşleşen öğeler (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), adları ne derse desin
  --max-unpacked-gb N    açıldığında bundan büyük olan arşivi reddeder (varsayılan 1024);
                         boyutunun 1000 katından fazlasına açılan bir öğe de reddedilir
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: okunacak tablo, adıyla veya kalıbıyla (*users); verilmezse
                         sütun adları e-posta adresi veya telefon numarası olan ilk
                         tablo. Diğer tabloların satırları sayılır, okunmaz
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member bir arşivin (zip, 7z, tar) öğelerini seçer: %1 bir arşiv değil.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    sızan giriş bilgilerinin siteleri: %1</translation>
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
        <translation>  --site COLUMN          web adreslerinden oluşan bir sütun: her satırdaki giriş bilgisinin
                         ait olduğu site (bilgi hırsızı günlükleri); her kayıt ana makine
                         adını saklar ve bir kontrol bunu belirtir
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1, %2 MiB&apos;tan büyük.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 zaten var: anahtarların üzerine asla yazılmaz. Başka bir --out seçin.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Kullanım: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Yazılan dosyalar: %1 (imzalama anahtarı ve içerik anahtarı, parola cümlesiyle mühürlü: yardım masasında saklayın), %2 (açık anahtar: imzaladıklarınıza güvenmesi gereken herkese verin) ve %3 (yalnızca içerik anahtarı, temsilcilerin dizüstü bilgisayarları için: paketleri okur ama imzalayamaz).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1, OpenSSL için aynı açık anahtardır.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Parmak izi: %1 (anahtarları telefonda karşılaştırmak için sesli okuyun)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Kullanım: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 imzalandı: %2 (anahtar %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Kullanım: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: %2 anahtarıyla imzalanmış, o zamandan beri değişmemiş.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1, %2 içindeki anahtarla imzalanmamış (imza %3 anahtarını gösteriyor). Bu dosyaya güvenmeyin.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1, %2 imzasıyla eşleşmiyor: imzalandıktan sonra değiştirilmiş ya da imza bu dosyaya ait değil. Bu dosyaya güvenmeyin.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import bir içe aktarmanın numarasını alır (index list bunları gösterir), %1 değil.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Kullanım: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 zaten var. Başka bir --out seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>%1 yazıldı: katalog (%2 ihlal) ve toplam %3 kayıt içeren %n sızıntı içe aktarması; içerik anahtarıyla şifrelendi ve %4 anahtarıyla imzalandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Temsilciler bunu şu komutla içe aktarır: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Kullanım: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Bu kasa artık %1 tarafından imzalanan paketleri kabul ediyor (anahtar %2). Bir paketi içe aktarmadan önce anahtarı, yardım masasının telefonda sesli okuduğu anahtarla karşılaştırın.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Bu kasa henüz hiçbir yardım masasına güvenmiyor: bundle trust PREFIX.pub bir tane ekler.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>%1 tarihinden beri güveniliyor; son paket %2 tarihinde oluşturulmuş</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>%1 tarihinden beri güveniliyor; henüz paket alınmadı</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Kullanım: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1, %2 tarafından imzalanmış (anahtar %3) ve %4 tarihinde oluşturulmuş.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Paket, bu yardım masasından alınan son paketten daha eski; --allow-older verildiği için içe aktarıldı.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>İhlaller: %1 yeni, %2 güncellendi, %3 değişmedi.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Sızıntı içe aktarmaları: %1 eklendi (%2 kayıt), %3 zaten bu kasada.</translation>
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
                          bir yardım masasının anahtarları:
                          PREFIX.secret, .pub, .agent (ve .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          bir dosyayı (sürüm sağlama toplamlarını) imzalar ve kimin
                          imzaladığını denetler
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          kataloğu ve sızıntı içe aktarmalarını temsilciler için
                          şifreler ve imzalar
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  bu kasanın paket kabul ettiği yardım masaları
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          bir paketi kimin imzaladığını denetler, sonra onu kasayla
                          birleştirir
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
        <translation>  --out PREFIX           keygen: anahtar dosyalarının yazılacağı yer; var olan dosyaların
                         üzerine asla yazılmaz
  --kdf-strength S       keygen: parola cümlesini tahmin etmenin ne kadar yavaş olacağı
                         (interactive, moderate: varsayılan, sensitive)
  --key PREFIX.secret    sign, export: yardım masasının gizli anahtar dosyası
  --import ID            export: yalnızca bu içe aktarma (index list; daha fazlası için
                         tekrarlayın); varsayılan: tüm içe aktarmalar
  --name NAME            trust: yardım masasına verilecek ad (varsayılan: dosyanın adı)
  --agent-key PREFIX.agent  import: yardım masasının temsilcilere verdiği içerik anahtarı
  --allow-older          import: kendi yardım masasından alınan son paketten daha eski
                         bir paketi kabul eder (yoksa reddedilir: yeniden gönderilmiş eski
                         bir kopya olabilir)
  --signer PREFIX.pub    verify: güvendiğiniz açık anahtar
  --signature FILE.sig   verify: imza (varsayılan: FILE.sig)
PREFIX.secret dosyasının parola cümlesi sorulur ya da betiklerde
BREACH_ADVISOR_BUNDLE_PASSPHRASE değişkeninden alınır. İmzalar tüm dosya üzerinde
Ed25519&apos;dur; OpenSSL de bunları denetleyebilir (docs/packaging.md). Dosya o anahtarla
imzalanmamışsa verify 4 koduyla çıkar. Paket güvenilen bir yardım masası tarafından
imzalanmamışsa, değiştirilmiş ya da kısaltılmışsa veya başka bir temsilci anahtarı
içinse import, kasayı değiştirmeden 4 koduyla çıkar.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Kullanım: bundle keygen | sign | verify | export | trust | signers | import (bkz. bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Kullanım: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>yaklaşık %1 sn kaldı</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Şifreler asla komut satırından alınmaz (diğer kullanıcılar ve kabuğun geçmişi onları görebilirdi): şifreleri sorulduğunda yazın veya standart girdiden her satıra bir tane verin.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Satır %1: boş, kontrol edilmedi.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>standart girdi</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%3 kaynağından %1 şifre özeti (%2), %4 tarihinde içe aktarıldı: diskte %5, özet başına %6 bayt.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Kullanım: passwords import | check | info (bkz. passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses, bir kişinin şifreyi nerede kullandığını belirtir: --person NAME seçeneğini de verin.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>%1 için kaydedildi: şifrelerinden biri biliniyor (şifrenin kendisinden hiçbir şey saklanmaz). Planı artık bu şifreyi değiştirmekle başlıyor.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          sızan şifreler listesi (Pwned Passwords), çevrimdışı kontrol için
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          bir şifre listede var mı? (sorulunca veya girdiden satır satır)
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
        <translation>  FILE     özete göre sıralanmış indirme (SHA-1 veya NTLM, her satırda HASH:COUNT), düz
           veya sıkıştırılmış; FOLDER: indirilen dosyalar, 5 haneli özet öneki başına bir
Liste kasanın içinde değil, yanında tutulur (--vault DIR): herkese açık veridir.
Parola cümlesi, --person verilmedikçe sorulmaz: kasadan hiçbir şey okunmaz. Şifreler asla
komut satırından alınmaz. check --json her şifre için bir satır yazdırır:
{&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: en az bu kadar kez; bulunmadıysa 0), --person
ile ayrıca &quot;kept&quot;. Şifre bulunsa da bulunmasa da 0 koduyla çıkar.
  --person NAME   bulunan bir şifreyi bu kayıtlı kişiyle &quot;şifrelerinden biri biliniyor&quot;
                  olarak saklar (şifrenin kendisini asla): planı, bu şifreyi her yerde
                  değiştirmekle başlar
  --uses SERVICE  nerede kullandığı (birden fazlası için tekrarlayın), o adımda anılır</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 değer almaz.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 bir değer gerektirir.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Bilinmeyen seçenek --%1. Bkz. breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 bu komut için geçerli değil.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Bir %1 kapatılmamış.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>Veritabanı anahtarının boyutu yanlış.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 hasarlı: kesik veya değiştirilmiş. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>%1 şifresi çözülemedi: hasarlı, bir Breach Advisor kasası değil ya da anahtar yanlış. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>Şifreleme kullanılamıyor: bu programa başka bir SQLite kitaplığı (%1) yüklenmiş, bu yüzden hiçbir kasa açılmaz veya oluşturulmaz.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>Kasanın veritabanı %1 eksik. Kasaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 boş veya kesik (%2 bayt): kasa hasarlı. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 şifrelenmemiş bir SQLite dosyası, Breach Advisor kasası değil. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>%1 veritabanı dosyası oluşturulamıyor: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>Şifreleme kullanılamıyor: bu programa başka bir SQLite kitaplığı yüklenmiş.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Kasa başka bir program tarafından kullanılıyor.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 hasarlı (%2). Dosyaya başka bir şey yazılmadı.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>%1 dosyasının bulunduğu disk dolu. Değişiklik kaydedilmedi; kasa değişiklikten önceki hâlinde.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>%1 yazılamıyor (%2): klasörü salt okunur mu? Kasa olduğu gibi duruyor.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>%2 içinde veritabanı hatası (%1): %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Kasa biçiminin yarıda kalan bir güncellemesinden kalan %1 kaldırılamıyor. Kasaya dokunulmadı.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Güncellenen veritabanı %1 yerine konamıyor (%2). Kasa olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 hasarlı: bir kısmı okunamıyor. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Kasanın veritabanı yeni biçime güncellenemedi (kopya doğrulamayı geçemedi). Kasa olduğu gibi bırakıldı.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Deneme spor kulübü</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Üye listesi sızan hayali bir spor kulübü: deneme için uydurulmuştur.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN, cüzdanındaki kartın üzerine yazılı</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>%1 tarihinde yapıldı</translation>
    </message>
    <message>
        <source>done</source>
        <translation>yapıldı</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>şimdilik ertelendi</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>uygun değil</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>yeniden yapılmalı: bilgiler yeniden sızdı</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>yaklaşık %n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(%1 tarihinde kontrol edildi)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Kaynak:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Not:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: ne yapmalı</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: %1 için ne yapmalı</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Hazırlanma tarihi: %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>%1 yardımıyla</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, ihlal listesi: %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Şimdilik adım yok. Yeni sızıntılar öğrenildiğinde yeniden kontrol edin.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%n adımdan %1 tanesi tamamlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Neler kontrol edildi</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>kontrol edilmedi (yazıldığı hâliyle doğru olamaz)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>içe aktarılan sızıntı dosyalarında bulunamadı</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Bir bildirime göre %1 ihlalinde sızanlar: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Kimlerle iletişime geçtiniz</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Kimi aradığınızı veya kime yazdığınızı, ne zaman olduğunu ve ne dediklerini not edin.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Bu sayfa kişisel bilgiler içerir: güvenli bir yerde saklayın veya işiniz bitince parçalayıp atın.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Bu sizi ilgilendiriyorsa</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Yazıcı veya dosya açılamadı.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>Yazıcı veya dosya sayfa almayı durdurdu.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Kişisel bilgiler içerir: güvenli bir yerde saklayın veya parçalayıp atın.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Bu kasaya henüz sızıntı dosyası aktarılmadı, bu yüzden bunlar hiçbir sızıntıda aranamadı.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Bunların hiçbiri bu kasaya aktarılan sızıntı dosyalarında bulunamadı (içe aktarmalar: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Bu, hiç sızmadıkları anlamına gelmez: yalnızca içe aktarılan dosyalar kontrol edildi.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>%2 tanımlayıcıdan %1 tanesi şuralarda bulundu: %3. Bu, birinin hesaplarınızı kullandığı anlamına gelmez.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%2 tanımlayıcıdan %1 tanesi kontrol edilemedi: nedenini aşağıda görebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Anahtar zinciri reddetti: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Bu bilgisayarda kullanılabilir bir anahtar zinciri yok, bu yüzden kasa hatırlanamaz. Açmak için parola cümlenizi kullanın.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Bu kasa bu bilgisayarda hatırlanmıyor.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 şifreli: Breach Advisor şifreli arşivleri okumaz. Arşivi şifresiyle açın, sonra çıkarılan dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: arşiv kesik veya bozuk (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1, sıkıştırılmış boyutunun %2 katından fazlasına açılıyor; hiçbir sızıntı dosyası bunu yapmaz: arşiv bombası olarak reddedildi. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: açılmış hâli %2 boyutunu, yani bir arşiv için sınırı aşıyor: arşiv bombası olarak reddedildi. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>macOS üst verisi</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>bir beni oku veya lisans dosyası</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>arşivin içinde sıkıştırılmış: önce çıkarın, sonra içe aktarın</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>adına göre bir sızıntı dosyası değil (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>bir klasör</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>dosya değil (bir bağlantı veya aygıt)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>--member ile seçilmedi</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>boş</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geçerli JSON değil: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>bir JSON nesnesi değil</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>%1 MiB&apos;tan uzun bir satır: sızıntı dosyalarının satırları kısadır (bir satır sonu veya kapanış tırnağı mı eksik?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>%1 sütundan fazla</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: böyle bir dosya yok</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: dosya açılamıyor</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: dosya okunamıyor (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: sıkıştırılmış dosya kesik veya bozuk (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>dosya UTF-16 metni: önce UTF-8 olarak kaydedin</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>ikili veri (bir NUL baytı): bu bir metin dosyası değil</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>geçerli UTF-8 değil: dosya başka bir kodlamada</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>düzende %2 alan varken %1 alan</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>tırnak içindeki bir alan hiç kapanmıyor (bir &quot; eksik)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>başlıkta %2 alan varken %1 alan</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>satırda düzenin alanları yok</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>&quot;Anahtar: değer&quot; biçiminde olmayan bir satır</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>JSON dizisi hiç kapanmıyor (dosya kesik mi?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>JSON dizisinin bitiminden sonra metin var</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>JSON dizisinin bir öğesinden sonra , veya ] eksik</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>JSON dizisi bir öğenin içinde bitiyor (dosya kesik mi?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>tırnak içindeki bir ad hiç kapanmıyor</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>COPY satırları hiçbir zaman \. satırıyla bitmiyor (dosya kesik mi?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>INSERT … VALUES veya COPY … FROM stdin yok: bu SQL dosyasında okunacak satır yok</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>dökümde satır içeren %1 tablosu yok; satır içeren tablolar: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: hiçbir tablonun sütun adları e-posta adresi veya telefon numarası içerdiğini göstermiyor. Okunacak tabloyu (--table) ve sütunlarını belirtin. Satır içeren tablolar: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>değer içermeyen bir satır</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>tabloda %2 sütun varken %1 değer</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>dosya bir değer satırının içinde bitiyor (kesik mi?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>okunamayan bir değer satırı (bir tırnak kapanmamış)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>dosya bir INSERT ifadesinin içinde bitiyor (kesik mi?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>bir değer satırından sonra , veya ; eksik</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>bir değer satırı ( ile başlamıyor</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>%1 sızıntı dosyası düzeni bozuk: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>sekme</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>boşluk</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Bilinen &quot;%1&quot; düzenine göre okundu.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Alanlar %1 ile ayrılmış%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (algılandı)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Metin: %1 (ilk satırlar UTF-8 değil).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Not: katalog &quot;%2&quot; için %1 listelemiyor; bu içe aktarma bunları ilgili kişiler için kaydeder.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Telefon numaraları: %1 biçim.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Bu dosya daha önce aynı ayarlarla &quot;%1&quot; ihlaline aktarıldı (içe aktarma %2). Hiçbir şey değişmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Metin: %Ln satır geçerli UTF-8 değil, %1 olarak okundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>telefon numaraları: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>e-posta adresleri: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>kullanıcı adları: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>uluslararası</translation>
    </message>
    <message>
        <source>national</source>
        <translation>ulusal</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>karışık</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%2 satırdan %1 tanesi &quot;%3&quot; ihlaline aktarıldı.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Artık bir kontrol, içerdikleri %Ln kaydı bulabilir.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>%1 saniye sürdü; kasa %2 büyüdü.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>Doğru olamayacak %Ln telefon numarası, e-posta adresi veya kullanıcı adı dışarıda bırakıldı (%1), örneğin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>&quot;%1&quot; düzeninin alanlarına sahip olmayan %Ln satır dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>Doğru olabilecek bir telefon numarası, e-posta adresi veya kullanıcı adı içermeyen %Ln satır dışarıda bırakıldı, örneğin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>%Ln satır dışarıda bırakıldı, örneğin:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln satırda ilk satırlarda olmayan alanlar vardı ve bu alanlar okunmadı: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Başlık yok: ilk satır veriye benziyor (bir e-posta adresi veya sayı), bu yüzden bir satır olarak okunuyor ve sütunlar 1&apos;den başlayarak numaralanıyor.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>İlk satır sütun adlarını içeriyor (veriye benzemiyor).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>SQL dökümünün %1 tablosu okunuyor: sütun adları e-posta adresi veya telefon numarası olan ilk tablo.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>SQL dökümünün %1 tablosu okunuyor.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Deneme çalıştırması: %2 satırdan %1 tanesi &quot;%3&quot; ihlaline aktarılırdı (en fazla %4 kayıt). Hiçbir şey yazılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>Kullanıcı adı sütunlarındaki %Ln değer e-posta adresi veya telefon numarasıydı ve bir kontrol bunları bu şekilde bulur (e-posta adresleri: %1, telefon numaraları: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>telefon numaraları: en az %1 (hızlı kontrol çoğunu bulur, hepsini değil)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 tane daha</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Okunmadı: dökümün diğer tablolarındaki %Ln satır: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>%1 tablolarının sütun adları da e-posta adresi veya telefon numarası içeriyor: bu tabloların her birini adını vererek ayrı ayrı içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>Site belirtmeyen %Ln satır, site olmadan içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>İlk 65.535 siteden sonra bir site belirten %Ln satır, site olmadan içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Siteler: giriş bilgileri %Ln siteye aitti; bir kontrol, bulduğu her giriş bilgisinin sitesini belirtir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>Katalogda &quot;%1&quot; adlı bir ihlal yok: önce kataloğa ekleyin.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: dosya boş</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln satırının hiçbiri %2 düzenine uymuyor (satır %3: %4). Hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: dosyada başlık var ama satır yok. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Ulusal biçimdeki telefon numaraları için ait oldukları ülke gerekir.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Telefon numaralarının nasıl yazıldığı anlaşılamıyor. %1 Uluslararası mı (ülke koduyla) yoksa ulusal mı (ve hangi ülkeden) olduklarını belirtin.</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Bir önizleme içe aktarılamaz: önce hangi sütunun ne içerdiğini belirtin.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (satır %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln satırının hiçbirinde geçerli bir telefon numarası, e-posta adresi veya kullanıcı adı yok%2. Hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>İçe aktarma sürerken geçici bir içe aktarma dosyası değiştirildi veya kesildi: %1. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Geçici bir içe aktarma dosyası kayboldu: %1. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>İçe aktarmanın geçici verileri şifrelenemedi.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>İçe aktarmanın geçici dosyası %1 yazılamıyor: %2. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 karakter)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>çok kısa</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>çok uzun</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>böyle bir ülke kodu yok</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>ülke kodu yok ve dosyanın ülkesi belirtilmedi</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>sayı değil</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>geçerli bir numara değil</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>Dosyada 65.535&apos;ten fazla farklı dolu sütun birleşimi var: daha az sütun eşleyin.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>telefon numarası, e-posta veya kullanıcı adı yok</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>geçersiz telefon numarası %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>geçersiz e-posta adresi %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>geçersiz kullanıcı adı %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>tek bir değer değil, bir liste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln satır</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>satırların yüzde %1 kadarı</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %2 satırdan %Ln tanesi dosyanın düzenine uymadı (ilki: satır %3, %4): izin verilen %5 sınırından fazla. Ayırıcı veya başlık doğru mu? Hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>İçe aktarmanın geçici klasörü %1 oluşturulamıyor. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: arşivdeki %Ln öğenin hiçbiri sızıntı dosyası değil (adına göre CSV, TSV, metin, JSON veya SQL dosyası; --member öğeleri adına göre seçer). Hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher %1 sorusuna yanıt vermedi.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>Sütun adları listesi bu derlemede eksik.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> ve %1 tane daha</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>&quot;%1&quot; sütunu: dosyada böyle bir sütun yok. Sütunları: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Hiçbir sütunda telefon numarası, e-posta adresi veya kullanıcı adı yok: bunların hangi sütunda olduğunu belirtin. Sütunlar: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>&quot;%1&quot; sütunu her satırda tek bir tanımlayıcı değil, listeler içeriyor: bunun yerine listedeki nesnelerin içindeki sütunu belirtin.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Bir sütun tek bir tür tanımlayıcı içerir; hem %1 hem %2 içeremez.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>Bir içe aktarmada en fazla 64 veri türü eşlenebilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; bu sürümün tanıdığı bir veri türü değil (Have I Been Pwned&apos;ın adları, ör. &quot;Names&quot; veya &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>%1 bilgisinin hangi sütunda olduğunu belirtin.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (aranır)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (yalnızca dolu olup olmadığı saklanır)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>kullanılmıyor: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: her giriş bilgisinin ait olduğu site (yalnızca ana makine adı saklanır)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Zayıf</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>İyi</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Güçlü</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Bir parola cümlesi seçin: birbiriyle ilgisiz dört veya daha fazla kelime iyi olur.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Tahmin etmesi kolay. Birbiriyle ilgisi olmayan daha fazla kelime ekleyin.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Çabayla tahmin edilebilir. Bir iki kelime daha eklemek iyi olur.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Tahmin etmesi zor.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Tahmin etmesi çok zor.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, satır %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>sızan şifreler listesinin bir satırı değil (onaltılık bir SHA-1 veya NTLM özeti, iki nokta, kaç kez görüldüğü). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>bir %1 özeti, oysa önceki satırlarda %2 özetleri var: bir liste tek bir tür içerir. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>özet sırasında değil (ya da aynı özet yeniden geliyor): liste, özete göre sıralanmış indirme olmalıdır. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 içinde 5 haneli bir özet önekiyle adlandırılmış dosya yok (00000.txt …): indirme aracının klasörü değil.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: böyle bir dosya veya klasör yok</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 hiç şifre özeti içermiyor.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>Şifre geçerli bir UTF-8 metni değil.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 yazılamıyor: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>%1 konumunda henüz sızan şifreler listesi yok: önce bir liste içe aktarın.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1, bu uygulamanın oluşturduğu bir sızan şifreler listesi değil.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1, bu uygulamanın daha yeni bir sürümüyle oluşturulmuş: uygulamayı güncelleyin veya listeyi yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1, oluşturulduktan sonra değiştirilmiş veya kısaltılmış: sızan şifreler listesini yeniden içe aktarın.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Sızan şifreler listesinde yok. Bu, şifreyi güçlü yapmaz: bir şifre yöneticisi her hesap için farklı bir şifre oluşturur ve saklar.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Bu şifre bir sızıntıda görüldü: suçlular onu deneyebilir. Kullandığınız her yerde değiştirin.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Bu şifre sızıntılarda en az %1 kez görüldü: suçlular önce onu dener. Kullandığınız her yerde değiştirin.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%3 kaynağından %4 sn içinde %1 şifre özeti (%2) içe aktarıldı: diskte %5, özet başına %6 bayt.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>İlk 64 biti bir öncekiyle aynı olduğu için tek kez saklanan özetler: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Atlanan boş satırlar: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>%2 önek dosyasından yalnızca %1 tanesi vardı: liste eksik; eksik dosyalara düşen şifreler görülmemiş olarak bildirilir.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>O klasördeki okunmayan diğer dosyalar: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Bir kişinin adı olmalıdır (takma ad da olur).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; bilinen iki harfli bir ülke kodu değil.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; bir platform değil: android, iphone veya computer kullanın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; kontrol listesinin tanıdığı bir hizmet değil. Bilinenler: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Hiçbir şey kaydedilmedi.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>Bu kasada zaten &quot;%1&quot; adlı biri var.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Bu kişi artık kasada kayıtlı değil.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Bildirimde adı geçen veri türlerini belirtin.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; bir dil kodu değil (ar, es veya fr gibi).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 geçerli bir görülme sınıfı değil (0 ile %2 arası).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; kontrol listesinin tanıdığı bir hizmet değil.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; bir platform değil: android, iphone veya computer kullanın.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; kontrol listesinin tanıdığı bir hizmet değil, bu yüzden plan onu dışarıda bırakıyor. Bilinenler: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>&quot;%1&quot; adlı bir adım yok. Plan, adımların kimliklerini listeler.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Bir adım yapıldı, atlandı, uygun değil veya yapılacak olarak işaretlenir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot;, %2 kişisinin planında yok: adımları için planına bakın.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>Örnekte telefon numarası yok; uluslararası biçim varsayılıyor.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>Örneğin yüzde %1 kadarı + veya 00 ile başlıyor: uluslararası biçim.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Ülke koduyla okununca örneğin yüzde %1 kadarı geçerli numara.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Ülke koduyla okununca örneğin yüzde %1 kadarı geçerli numara; %2 ulusal numarası olarak okununca yüzde %3.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>Ülke kodu geçerli değil.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Ülke kodu %1 ise önüne + ekleyin (+%1…) veya numaranın hangi ülkeden olduğunu belirtin.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Ülke kodunu ekleyin (+90 gibi) veya numaranın hangi ülkeden olduğunu belirtin.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Bu bir telefon numarası değil.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Numara çok kısa.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Numara çok uzun.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; bilinen bir ülke kodu değil (TR gibi iki harf kullanın).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Telefon numarası boş.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Numara çok kısa: alan kodunu ekleyin.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Bu, %1 için geçerli bir numara değil.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Önce bunları yapın</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Kontrol edilen sızıntılarda size ait hiçbir şey bulunamadı ve kullandığınız hizmetlerdeki hiçbir ihlalin sizi içermesi olası değil. Aşağıda: bir sızıntıdan kaynaklanmayan %n genel iyi alışkanlık.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n tanesi bilgilerinizin bulunduğu sızıntılardan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n tanesi size bildirilen ihlallerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n tanesi kullandığınız hizmetlerde sizi içerebilecek ihlallerden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n tanesi genel öneri</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 ve %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n adım: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Verilen tanımlayıcıların hiçbiri kontrol edilemedi: nedenini aşağıda görebilirsiniz.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>İçe aktarılmış sızıntı dosyası yok, bu yüzden bunlar için hiçbir sızıntıda arama yapılamadı.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Hiçbir hizmet belirtilmedi, bu yüzden hizmetlerdeki ihlaller değerlendirilemedi. Eklemek için hangi hizmetlerin kullanıldığını belirtin (WhatsApp, Facebook, Google, ...).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Hiçbir şey kontrol edilemedi, yani bu bir &quot;hiçbir şey bulunamadı&quot; sonucu değil. Aşağıda: bir sızıntıdan kaynaklanmayan %n genel iyi alışkanlık.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, %2 ile aynı sızıntı</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Bu hafta</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Daha sonra</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>sızan şifreler listesi</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Kullandığınız bir şifre sızan şifreler listesinde var.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Kullandığınız bir şifre sızan şifreler listesinde var: en az %1 kez görüldü.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Bu şifreyi şuralarda kullandığınızı belirttiniz: %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>bu bir sembolik bağlantı; onun üzerinden kaydetmek gösterdiği dosyayı değiştirir</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%2 baytın %1 tanesi diske ulaştı</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Ke&amp;s</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopyala</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ya&amp;pıştır</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tümünü Seç</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Tamam</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>So&amp;nraki &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>So&amp;nraki</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Bitiş</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Geri Git</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Bitti</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>%1 kaynağındaki parola cümlesi %2 bayttan uzun. Daha kısa bir tane kullanın.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Terminalde yankı kapatılamıyor (%1), bu yüzden orada parola cümlesi sorulmaz.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Parola cümlesi verilmedi: --passphrase-file FILE kullanın veya %1 değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Yeni parola cümlesi: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Aynı parola cümlesi tekrar: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>İki parola cümlesi farklı. Hiçbir şey oluşturulmadı.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Parola cümlesi: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Parola cümlesi boş.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Standart çıktıya yazılamıyor: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Zayıf parola cümlesi: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Kontrol edilecek şifre (durmak için yalnızca Enter&apos;a basın): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, satır %2: %3 bayttan uzun.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Şifreleme kitaplığı başlatılamadı.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>E-posta adresi çok uzun.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>E-posta adresi boş.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>E-posta adresinde ad@example.com örneğindeki gibi bir @ olmalıdır.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Bir e-posta adresinde yalnızca bir @ bulunur.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>@ işaretinden önce bir şey olmalıdır.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>@ işaretinden önceki kısım 64 karakterden uzun.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>@ işaretinden önceki kısım nokta ile başlayıp bitemez ve art arda iki nokta içeremez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; bir e-posta adresinde kullanılamaz.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>@ işaretinden sonraki kısım eksik.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; geçerli bir alan adı değil.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>&quot;%1&quot; alan adında example.com örneğindeki gibi bir nokta olmalıdır.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Kullanıcı adı 128 karakterden uzun.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Kullanıcı adı boş.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Kullanıcı adı görünmeyen bir denetim karakteri içeriyor.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Yapılacak</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Şimdilik ertelendi</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Uygun değil</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Yeniden yapılacak</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Sızıntı dosyalarında bulundu</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Size bildirilenler</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Sızmış olabilir: kullandığınız hizmetlerdeki ihlaller</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Bulundu</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Size bildirildi</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Olası</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefon numarası</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-posta adresi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Bilgisayarın dili</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>sabit hat</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>sabit hat veya mobil</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>ücretsiz arama numarası</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>özel ücretli numara</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>paylaşımlı ücretli numara</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>internet telefonu numarası</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>kişisel numara</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>çağrı cihazı</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>şirket numarası</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>sesli mesaj</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Diğer kullanıcılar %1 kasa klasörüne yazabiliyor, bu yüzden klasördeki dosyalara güvenilemez. Klasörü yalnızca size ait yapın (chmod 700), dosyalarını kontrol edin ve yeniden deneyin. Kasaya dokunulmadı.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>%1 klasörü size özel yapılamıyor (başka birine mi ait?). Kasa için başka bir klasör seçin.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Parola cümlesi boş olmamalıdır.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Bu anahtar gücü, bu sürümün kabul ettiği aralığın dışında.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Parola cümlesi veya anahtar bu kasa için doğru değil.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Bu kasa başka bir programda açık (işlem %1). Önce orada kapatın.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>%1 içindeki kasa kilitlenemiyor: klasöre yazılamıyor veya disk dolu. Kasaya dokunulmadı.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 kasa verisi içermiyor: hasarlı veya bu kasanın veritabanı değil. Dosyaya dokunulmadı.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>%1 içinde zaten bir kasa var.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 boş değil: kasa için boş veya yeni bir klasör seçin.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>%1 klasörü oluşturulamıyor.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Yalnızca yeni oluşturulmuş bir kasa silinebilir.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Bu kasanın kurtarma anahtarı yok.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>Bu kasa için hatırlanan anahtar geçerli değil.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>Bu kasa için hatırlanan anahtar artık kasaya uymuyor.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Bu parola cümlesi veya kurtarma anahtarı, kasanın anahtarları yenilenirken değiştirildi.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Hazırlanmış bir anahtar yenileme yok.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Veritabanı yeniden şifrelenemedi. Eski anahtarıyla duruyor ve eskisi gibi açılıyor.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>Kasanın tanımlayıcı anahtarının boyutu yanlış: kasa hasarlı.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Bu kasa Breach Advisor&apos;ın daha yeni bir sürümüyle oluşturulmuş (şema %1; bu sürüm %2 şemasını biliyor). Açmak için uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>%1 şema dosyası bu derlemede eksik.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Diğer kullanıcılar %1 öğesini okuyabiliyor ve bu öğe size özel yapılamıyor (başka birine mi ait?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>klasör</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Diğer kullanıcılar %1 içindeki kasayı okuyabiliyordu (%2): kasa artık yalnızca size özel.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Hazırlanmış yeni bir kurtarma anahtarı yok.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>eksik veya hatalı alanlar</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>boyutu yanlış bir tuz veya anahtar</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>anahtar türetme ayarları aralık dışında</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>bilinmeyen anahtar türetme yöntemi</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>bilinmeyen parola cümlesi normalleştirmesi</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Burada kasa yok: %1 mevcut değil.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 okunamıyor: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 geçerli bir kasa başlığı değil (%2). Kasaya dokunulmadı.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>aşırı büyük</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>JSON değil</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>Breach Advisor kasası değil</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1, Breach Advisor&apos;ın daha yeni bir sürümüyle oluşturulmuş. Açmak için uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>bilinmeyen sürüm</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>%1 yazılamıyor: %2. Kasa olduğu gibi bırakıldı.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Anahtar koduna boyutu yanlış bir anahtar ulaştı.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Parola cümlesi %1 bayttan uzun.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>Unicode normalleştirmesi kullanılamıyor.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Parola cümlesi normalleştirilemedi.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>Kasa başlığındaki tuzun boyutu yanlış.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>Kasa başlığındaki anahtar türetme ayarları aralık dışında.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Parola cümlesinden anahtar türetmek için yeterli bellek yok.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Kurtarma anahtarı bir anahtara dönüştürülemedi.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Bir alt anahtar türetilemedi.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Anahtar sarılamadı.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>Kasa başlığındaki sarılmış anahtarın boyutu yanlış.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Parola cümlesi veya anahtar bu kasa için doğru değil.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Anahtarın sarmalaması açılamadı.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Bu bir kurtarma anahtarı değil: kurtarma anahtarında dörtlü gruplar hâlinde 32 harf ve rakam bulunur.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>%1 içinde kasa yok.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>%1 numaralı içe aktarma yok.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>Bu kasada &quot;%1&quot; adlı kimse kayıtlı değil.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>Katalogda &quot;%1&quot; adlı bir ihlal yok.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; bilinen iki harfli bir ülke kodu değil.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Sona ulaşmadan durduruldu. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>Nisan 2021&apos;de 106 ülkeden yaklaşık 533 milyon Facebook hesabını içeren bir dosya bir forumda ücretsiz olarak yayımlandı. Dosya telefon numaralarını adlarla, çoğu zaman da cinsiyet, konum, işveren, ilişki durumu ve doğum tarihiyle eşleştiriyor; çok az kayıtta e-posta adresi var. Facebook, verilerin Eylül 2019&apos;dan önce sistemlerine sızılarak değil, kişi içe aktarma aracının kötüye kullanılmasıyla toplandığını açıkladı.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Hacklenmedi, kazındı: Facebook, verilerin Eylül 2019&apos;dan önce kişi içe aktarma aracı üzerinden toplandığını ve açığın Ağustos 2019&apos;da kapatıldığını söylüyor. İrlanda Veri Koruma Komisyonu bu nedenle Kasım 2022&apos;de Meta&apos;ya 265 milyon avro para cezası verdi. Aynı telefon numaraları 2022&apos;de &apos;487 milyon WhatsApp numarası&apos; olarak yeniden satışa çıkarıldı.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>Kasım 2022&apos;de bir satıcı, 84 ülkeden 487 milyon cep telefonu numarasını “WhatsApp kullanıcıları” olarak satışa çıkardı. Listede yalnızca telefon numaraları var: ad, mesaj veya cihaz bilgisi yok. Sayı satıcının iddiasıdır.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Bu bir WhatsApp ihlali değil. WhatsApp ve Meta, WhatsApp&apos;tan bir sızıntı olduğuna dair kanıt bulunmadığını söyledi. Polonya&apos;nın CSIRT KNF ekibi ve Alman hukuk bürosu WBS.LEGAL, örneklerin 2021 Facebook kazıma verileriyle aynı olduğunu buldu; ülkelere göre sayılar da onunla örtüşüyor. Have I Been Pwned&apos;da bunun için bir kayıt yok. Pil seviyesi, sinyal gücü veya başka cihaz verilerinin açığa çıktığı iddialarının güvenilir bir kaynağı yok.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>“WhatsApp” telefon numarası listesi (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>WhatsApp&apos;ta iki adımlı doğrulamayı açın</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Numaranızı bilen herkes, kendi telefonunda WhatsApp&apos;ı sizin numaranızla kaydetmeyi deneyebilir. Yalnızca sizin bildiğiniz altı haneli bir PIN, sizi kandırıp SMS kodunu alsalar bile onları durdurur.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>WhatsApp&apos;ı açın. Diğer seçenekler (üç nokta) &gt; Ayarlar &gt; Hesap &gt; İki adımlı doğrulama &gt; Aç seçeneğine dokunun. Hatırlayacağınız altı haneli bir PIN seçin ve unutursanız PIN&apos;i sıfırlayabilmek için bir e-posta adresi ekleyin. PIN&apos;i veya WhatsApp&apos;ın SMS ile gönderdiği altı haneli kodu asla kimseye söylemeyin.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>WhatsApp&apos;ı açın. Ayarlar &gt; Hesap &gt; İki adımlı doğrulama &gt; Aç seçeneğine dokunun. Hatırlayacağınız altı haneli bir PIN seçin ve unutursanız PIN&apos;i sıfırlayabilmek için bir e-posta adresi ekleyin. PIN&apos;i veya WhatsApp&apos;ın SMS ile gönderdiği altı haneli kodu asla kimseye söylemeyin.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>İki adımlı doğrulama bilgisayardaki WhatsApp&apos;tan değil, telefonunuzdan ayarlanır: telefonunuz için verilen adımları izleyin.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>WhatsApp fotoğrafınızı ve hakkımda yazınızı yalnızca kişilerinize gösterin</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Varsayılan olarak numaranızı bilen herkes profil fotoğrafınızı ve hakkımda yazınızı görebilir. Dolandırıcılar bunları, size benzeyen sahte bir hesap açmak için kullanır.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>WhatsApp&apos;ta Diğer seçenekler (üç nokta) &gt; Ayarlar &gt; Gizlilik seçeneğine dokunun. Profil fotoğrafı, Hakkımda ile Son görülme ve çevrimiçi ayarlarını Kişilerim olarak belirleyin. Tanımadığınız kişiler sizi gruplara ekleyemesin diye Gruplar altında Kişilerim&apos;i seçin. Gizlilik &gt; Gizlilik kontrolü size geri kalanında adım adım yol gösterir.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>WhatsApp&apos;ta Ayarlar &gt; Gizlilik seçeneğine dokunun. Profil fotoğrafı, Hakkımda ile Son görülme ve çevrimiçi ayarlarını Kişilerim olarak belirleyin. Tanımadığınız kişiler sizi gruplara ekleyemesin diye Gruplar altında Kişilerim&apos;i seçin.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>Bilgisayarınızdaki WhatsApp&apos;ta Menü &gt; Ayarlar &gt; Gizlilik&apos;i açın ve aynı seçimleri yapın: Profil fotoğrafı, Hakkımda ve Son görülme için Kişilerim; Gruplar için Kişilerim.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>WhatsApp&apos;ta bilinmeyen numaralardan gelen aramaları sessize alın</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Sızan numaralara dolandırıcılık aramaları gelir. Bu ayar açıkken kişilerinizde olmayan numaralardan gelen aramalar çalmaz; yine de arama listenizde görünürler, böylece istediğiniz hiçbir şeyi kaçırmazsınız.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>WhatsApp&apos;ta Diğer seçenekler (üç nokta) &gt; Ayarlar &gt; Gizlilik &gt; Aramalar seçeneğine dokunun ve Bilinmeyen arayanları sessize al ayarını açın.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>WhatsApp&apos;ta Ayarlar &gt; Gizlilik &gt; Aramalar seçeneğine dokunun ve Bilinmeyen arayanları sessize al ayarını açın.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Tanımadığınız bilgisayarlarda WhatsApp oturumunu kapatın</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>WhatsApp&apos;ınıza bağlı bir bilgisayar yeni mesajlarınızı okuyabilir. Her bağlı cihazın size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>WhatsApp&apos;ta Diğer seçenekler (üç nokta) &gt; Bağlı cihazlar seçeneğine dokunun. Tanımadığınız her cihaza dokunun &gt; Çıkış yap.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>WhatsApp&apos;ta Ayarlar &gt; Bağlı cihazlar seçeneğine dokunun. Tanımadığınız her cihaza dokunun &gt; Çıkış yap.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>WhatsApp yedeğinizi koruyun ve bir kişinin güvenlik kodu değiştiğinde haberdar olun</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Sohbetleriniz zaten uçtan uca şifrelidir; bunun için hiçbir şeyi açmanız gerekmez. Yedeğiniz ise siz seçmedikçe şifreli değildir. Güvenlik kodu bildirimleri, bir kişinin telefonu veya uygulaması değiştiğinde size haber verir; bu, birinin onun hesabını ele geçirdiği anlamına da gelebilir.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>WhatsApp&apos;ta Ayarlar &gt; Sohbetler &gt; Sohbet yedeği &gt; Uçtan uca şifreli yedekleme &gt; Aç yolunu izleyin ve bir şifre ya da 64 haneli bir anahtar seçin; bunlar olmadan yedek geri yüklenemez. Ardından Ayarlar &gt; Hesap &gt; Güvenlik bildirimleri&apos;ni açın ve bildirimleri etkinleştirin. Menü adları uygulama sürümüne göre farklı olabilir.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>WhatsApp&apos;ta Ayarlar &gt; Sohbetler &gt; Sohbet yedeği &gt; Uçtan uca şifreli yedekleme &gt; Aç yolunu izleyin ve bir şifre ya da 64 haneli bir anahtar seçin; bunlar olmadan yedek geri yüklenemez. iCloud Yedekleme yine de şifresiz bir kopya saklayabilir. Ardından Ayarlar &gt; Hesap &gt; Güvenlik bildirimleri&apos;ni açın ve bildirimleri etkinleştirin. Menü adları uygulama sürümüne göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Facebook için iki faktörlü kimlik doğrulamayı açın</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Telefon numaranız veya e-posta adresiniz bilindiğinde saldırganlar hesabınızı ele geçirmeye çalışır. Girişteki ikinci adım, şifrenizi bilen birini durdurur.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Facebook uygulamasında Menü &gt; Ayarlar ve gizlilik &gt; Ayarlar &gt; Hesaplar Merkezi &gt; Şifre ve güvenlik &gt; İki faktörlü kimlik doğrulama seçeneğine dokunun. Hesabınızı seçin, ardından bir kimlik doğrulama uygulaması (en iyisi) veya kısa mesaj seçin. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>facebook.com&apos;da profil resminize tıklayın &gt; Ayarlar ve gizlilik &gt; Ayarlar &gt; Hesaplar Merkezi &gt; Şifre ve güvenlik &gt; İki faktörlü kimlik doğrulama. Hesabınızı seçin, ardından bir kimlik doğrulama uygulaması (en iyisi) veya kısa mesaj seçin.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Tanımadığınız cihazlarda Facebook oturumunu kapatın</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Biri hesabınıza zaten giriş yapmışsa yalnızca ayarları değiştirmek onu dışarı atmaz.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>Facebook&apos;ta Ayarlar ve gizlilik &gt; Ayarlar &gt; Hesaplar Merkezi &gt; Şifre ve güvenlik &gt; Giriş yaptığın yerler bölümünü açın. Hesabınızı seçin ve tanımadığınız her cihazda veya konumda oturumu kapatın. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Yabancıların Facebook profilinizi telefon numaranızla bulmasını engelleyin</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>2021&apos;deki kazıma, insanlar telefon numarasıyla aranarak yapıldı. Bunu kimin yapabileceğini, numaranızı ve doğum gününüzü kimin görebileceğini sınırlamak, profilinizin yeniden toplanmasını zorlaştırır.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>facebook.com/privacy/checkup adresini açın (veya Menü &gt; Ayarlar ve gizlilik &gt; Gizlilik Kontrolü). İnsanların seni nasıl bulabileceği bölümünde, verdiğiniz telefon numarasıyla sizi kimlerin arayabileceğini Arkadaşlar ya da sunulan en dar seçenek olarak belirleyin; aynısını e-posta adresiniz için de yapın. Paylaştıklarını kimlerin görebileceği bölümünde telefon numaranızı, e-posta adresinizi ve doğum gününüzü Sadece ben olarak ayarlayın.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Instagram için iki faktörlü kimlik doğrulamayı açın</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Girişteki ikinci adım, şifrenizi bilen ya da telefon şirketinizi kandırıp numaranızı taşıtan birini dışarıda tutar.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>Instagram&apos;da profilinize gidin &gt; menü &gt; Ayarlar ve gizlilik &gt; Hesaplar Merkezi &gt; Şifre ve güvenlik &gt; İki faktörlü kimlik doğrulama. Hesabınızı ve mümkünse bir kimlik doğrulama uygulaması seçin. Size sunulan yedek kodları güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Tanımadığınız cihazlarda Instagram oturumunu kapatın</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>Instagram&apos;da profilinize gidin &gt; menü &gt; Ayarlar ve gizlilik &gt; Hesaplar Merkezi &gt; Şifre ve güvenlik &gt; Giriş yaptığın yerler. Hesabınızı seçin ve tanımadığınız her cihazda veya konumda oturumu kapatın, ardından şifrenizi değiştirin. Menü adları uygulama sürümüne göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Instagram hesabınızı gizli yapın ve kişi önerilerinden gizleyin</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Herkese açık bir hesap, fotoğraflarınızı ve takipçilerinizi herkese gösterir; dolandırıcılar da sizinkine benzeyen sahte bir hesap açmak için tam olarak bunları kopyalar.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>Instagram&apos;da profilinize gidin &gt; menü &gt; Ayarlar ve gizlilik &gt; Hesap gizliliği ve Gizli hesap ayarını açın. Ardından Ayarlar ve gizlilik içinde kişi eşitleme ve hesabınızın başkalarına önerilmesi ayarlarını bulun ve ihtiyacınız olmayanları kapatın. Menü adları uygulama sürümüne göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>LinkedIn için iki adımlı doğrulamayı açın</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>LinkedIn hesapları, kişilerinize inandırıcı sahte iş teklifleri göndermek için kullanılır. Girişteki ikinci adım, hesabınızın bu işe alet edilmesini önler.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>LinkedIn uygulamasında profil resminize dokunun &gt; Ayarlar &gt; Oturum açma ve güvenlik &gt; İki adımlı doğrulama &gt; Ayarla ve bir kimlik doğrulama uygulaması ya da telefon numaranızı seçin.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>LinkedIn&apos;de Ben &gt; Ayarlar ve Gizlilik &gt; Oturum açma ve güvenlik &gt; İki adımlı doğrulama &gt; Ayarla seçeneğine tıklayın ve bir kimlik doğrulama uygulaması ya da telefon numaranızı seçin.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>LinkedIn&apos;de nerelerde oturum açık olduğunu ve sizi telefon veya e-postayla kimlerin bulabileceğini kontrol edin</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Eski oturumlar aylarca açık kalabilir; telefon numarasıyla bulunabilir olmak da sızan numaranızı iş profilinizle ilişkilendirir.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>LinkedIn&apos;de Ben &gt; Ayarlar ve Gizlilik &gt; Oturum açma ve güvenlik &gt; Oturum açtığınız yerler bölümünü açın ve tanımadığınız oturumları kapatın. Görünürlük altında, profilinizi e-posta adresiniz veya telefon numaranızla kimlerin bulabileceğini sınırlayın. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Bir Telegram şifresi belirleyin (iki adımlı doğrulama)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram, kısa mesajla gönderilen bir kodla oturum açar. Ek bir şifre olduğunda hesabınızı ele geçirmek için kod tek başına yetmez.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>Telegram&apos;da Ayarlar &gt; Gizlilik ve Güvenlik &gt; İki Adımlı Doğrulama&apos;yı açın ve bir şifre belirleyin. Bir kurtarma e-postası ekleyin: o olmadan unutulan şifre ancak beklenerek sıfırlanabilir ve kişileriniz ile bulut sohbetleriniz kaybolur.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Tanımadığınız Telegram oturumlarını sonlandırın ve numaranızı gizleyin</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Oturum açılmış her cihaz bulut sohbetlerinizi okuyabilir. Numaranızı gizlemek, yabancıların onu gruplarda görmesini engeller.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>Telegram&apos;da Ayarlar &gt; Cihazlar&apos;ı (eski sürümlerde Gizlilik ve Güvenlik &gt; Aktif Oturumlar) açın ve tanımadığınız her oturumu sonlandırın. Ardından Ayarlar &gt; Gizlilik ve Güvenlik &gt; Telefon Numarası&apos;nı açın ve Telefon numaramı kimler görebilir ayarını Kişilerim veya Hiç kimse olarak belirleyin. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Signal&apos;de Kayıt Kilidi&apos;ni açın</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Kayıt kilidi açıkken, numaranız için kod alan biri onu kaydetmek için yine de Signal PIN&apos;inize ihtiyaç duyar.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>Signal&apos;de Ayarlar &gt; Hesap bölümünü açın ve Kayıt Kilidi&apos;ni açın (eski sürümlerde Gizlilik altındadır). Kayıt Kilidi, Signal PIN&apos;inizi kullanır: PIN&apos;inizi bildiğinizden emin olun (Ayarlar &gt; Hesap &gt; Signal PIN). Signal unutulan bir PIN&apos;i kurtaramaz.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Signal&apos;de numaranızı gizleyin ve tanımadığınız cihazların bağlantısını kaldırın</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal numaranızı mesajlaştığınız kişilerden gizleyebilir; bağlı bir bilgisayar ise mesajlarınızı okuyabilir.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>Signal&apos;de Ayarlar &gt; Gizlilik &gt; Telefon Numarası bölümünü açın, Numaramı kimler görebilir ayarını Hiç kimse yapın ve numaranızla sizi kimlerin bulabileceğini seçin. Ardından Ayarlar &gt; Bağlı cihazlar bölümünü açın ve tanımadığınız her cihazın bağlantısını kaldırın. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>X için iki faktörlü kimlik doğrulamayı açın</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Girişteki ikinci adım, şifrenizi bilen birini dışarıda tutar. X&apos;te kısa mesajla gelen kodlar yalnızca ücretli hesaplar içindir; kimlik doğrulama uygulaması veya güvenlik anahtarı ücretsizdir.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>X&apos;te Ayarlar ve gizlilik &gt; Güvenlik ve hesap erişimi &gt; Güvenlik &gt; İki faktörlü kimlik doğrulama bölümünü açın ve Kimlik doğrulama uygulaması veya Güvenlik anahtarı seçeneğini seçin. Yedek kodu saklayın.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>X&apos;teki diğer oturumları kapatın ve insanların sizi telefon numaranızla bulmasını engelleyin</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Eski oturumlar açık kalabilir; telefon veya e-postayla bulunabilir olmak da sızan verileri hesabınızla ilişkilendirir.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>X&apos;te Ayarlar ve gizlilik &gt; Güvenlik ve hesap erişimi &gt; Uygulamalar ve oturumlar &gt; Oturumlar bölümünü açın ve tanımadığınız oturumları kapatın. Ardından Gizlilik ve güvenlik &gt; Keşfedilebilirlik ve kişiler bölümünü açın ve insanların sizi telefon numaranız ve e-posta adresinizle bulmasına izin veren ayarları kapatın. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Google hesabınız için 2 Adımlı Doğrulama&apos;yı açın</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Google hesabınız e-postanızı açar, e-postanız da diğer her şeyin şifrelerini sıfırlar. Önce onu güvenceye alın.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>myaccount.google.com &gt; Güvenlik &gt; Google&apos;da nasıl oturum açtığınız &gt; 2 Adımlı Doğrulama &gt; Başlayın yolunu izleyin. Kısa mesaj yerine Google istemini, bir kimlik doğrulama uygulamasını veya bir geçiş anahtarını tercih edin.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Google&apos;ın Güvenlik Kontrolü&apos;nü çalıştırın ve tanımadığınız cihazlarda oturumu kapatın</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Hesabınızda oturum açmış cihazları ve son güvenlik olaylarını listeler; böylece orada olmaması gereken herkesi çıkarabilirsiniz.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>myaccount.google.com/security-checkup adresini açın ve adımları izleyin. Cihazlarınız altında tanımadığınız her cihazda oturumu kapatın, ardından şifrenizi değiştirin.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Google profilinizin başkalarına neler gösterdiğini kontrol edin</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Google profilinizdeki telefon numaranız ve doğum gününüz, e-posta adresinizi bilen kişilere görünebilir.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>myaccount.google.com/privacycheckup adresini açın ve telefon numaranızın, doğum gününüzün ve diğer kişisel bilgilerinizin yalnızca size görünmesini sağlayın.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Google Hesabınızdan kullanmadığınız uygulamaları ve eski uygulama şifrelerini kaldırın</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Yıllar önce bağladığınız uygulamalar hâlâ e-postanızı veya dosyalarınızı okuyabilir; bir uygulama şifresi de hesabınızı 2 Adımlı Doğrulama olmadan açar.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Apple Hesabınızda iki faktörlü kimlik doğrulamanın açık olduğundan emin olun</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Apple Hesabınız fotoğraflarınızı, yedeklerinizi ve iPhone&apos;unuzu silme yetkisini barındırır. İki faktörlü kimlik doğrulama hesabın sizde kalmasını sağlar.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Ayarlar &gt; [adınız] &gt; Giriş Yapma ve Güvenlik &gt; İki Faktörlü Kimlik Doğrulama bölümünü açın ve kapalıysa açın. Listelenen güvenilir telefon numaralarının size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Mac&apos;te Sistem Ayarları &gt; [adınız] &gt; Giriş Yapma ve Güvenlik bölümünü açın ve İki Faktörlü Kimlik Doğrulama&apos;yı açın. Diğer bilgisayarlarda account.apple.com adresinde oturum açın ve Giriş Yapma ve Güvenlik bölümünü kontrol edin.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Tanımadığınız aygıtları Apple Hesabınızdan kaldırın</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Hesabınızdaki her aygıt kodlarınızı alabilir ve verilerinizi görebilir.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Ayarlar &gt; [adınız] bölümünü açın ve aygıt listesine kadar kaydırın. Tanımadığınız her aygıta dokunun ve hesabınızdan kaldırın. İfadeler iOS sürümüne göre farklı olabilir.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Mac&apos;te Sistem Ayarları &gt; [adınız] bölümünü açın ve listelenen aygıtları gözden geçirin; tanımadıklarınızı kaldırın. Diğer bilgisayarlarda account.apple.com adresinde oturum açın ve orada listelenen aygıtları kontrol edin.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Güvenlik Denetimi ile iPhone verilerinizi kimlerin ve nelerin görebildiğini gözden geçirin</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Konum paylaşımı, paylaşılan albümler ve uygulama izinleri yıllar içinde birikir. Güvenlik Denetimi bunları tek bir yerde gösterir; böylece artık istemediklerinizi durdurabilirsiniz.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Ayarlar &gt; Gizlilik ve Güvenlik &gt; Güvenlik Denetimi (iOS 16 veya daha yenisi) &gt; Paylaşımı ve Erişimi Yönet bölümünü açın. Paylaşım yaptığınız kişileri ve konumunuzu, fotoğraflarınızı ve kişilerinizi görebilen uygulamaları gözden geçirin ve ihtiyacınız olmayanları durdurun. Acil Durum Sıfırlaması tüm paylaşımları bir kerede durdurur; yalnızca gerekirse kullanın.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Artık kullanmadığınız Apple uygulamaya özel parolalarını iptal edin</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Uygulamaya özel parola, başka bir şirketin uygulamasının ikinci giriş adımınız olmadan iCloud e-postanıza, kişilerinize ve takvimlerinize girmesini sağlar; bu yüzden eski veya sızmış bir parola bir giriş kapısı olarak kalır.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>account.apple.com adresinde oturum açın. Giriş Yapma ve Güvenlik bölümünde Uygulamaya Özel Parolalar&apos;ı seçin ve kullanmadığınız veya tanımadığınız parolaları kaldırın ya da Tümünü İptal Et&apos;i seçin. Apple Hesabı parolanızı değiştirmek de hepsini iptal eder.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Microsoft hesabınız için iki aşamalı doğrulamayı açın</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Microsoft hesabınız Outlook e-postasını, OneDrive dosyalarını ve Windows oturum açmayı açar.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>account.microsoft.com/security &gt; Oturum açma şeklimi yönet (veya Gelişmiş güvenlik seçenekleri) &gt; İki aşamalı doğrulama &gt; Aç yolunu izleyin. En kolay ikinci adım, Microsoft Authenticator kimlik doğrulama uygulamasıdır. Size verdiği kurtarma kodunu bir yere yazın.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Microsoft hesabınızdaki son oturum açma işlemlerini kontrol edin</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Microsoft hesabınızdan eski uygulama parolalarını kaldırın</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Bir uygulama parolası, eski bir uygulamanın veya cihazın iki aşamalı doğrulama olmadan Microsoft hesabınıza girmesini sağlar; bu yüzden artık kullanmadığınız bir uygulama parolası açık bir kapıdır.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>account.microsoft.com/security &gt; Gelişmiş güvenlik seçenekleri (veya Oturum açma şeklimi yönet) yolunu izleyin ve Uygulama parolaları bölümünü bulun. Mevcut uygulama parolalarını kaldırın, ardından yalnızca hâlâ ihtiyaç duyan cihazlar için yenilerini oluşturun. Menü adları farklı olabilir.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Microsoft hesabınızın sizinle ilgili sakladıklarını gözden geçirin ve temizleyin</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Microsoft hesabınız aramalarınızı, gezinme geçmişinizi, konumunuzu ve uygulama etkinliğinizi saklayabilir; saklanmayan şey ne sızabilir ne de size karşı kullanılabilir.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>account.microsoft.com/privacy adresinde oturum açın. Gizlilik panosunun gösterdiği etkinliklere (arama, gezinme, konum, uygulamalar ve hizmetler) göz atın ve saklanmasını istemediklerinizi temizleyin; ardından ihtiyacınız olmayan verileri toplayan ayarları kapatın.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>2021 Facebook kazıma verilerinin, WhatsApp kullanıcıları olarak sunulan yeniden satışı</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>%1 şifrenizi değiştirin</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Sızan bir şifre, karıştırılmış hâlde olsa bile suçlular tarafından biliniyor sayılmalıdır.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Sızan bir şifre ipucu çoğu zaman şifreyi ele verir; bu yüzden şifrenin suçlular tarafından bilindiğini varsayın.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>%1 hizmetinde oturum açın ve şifrenizi değiştirin. Oturum açamıyorsanız hesabı kurtarmak veya kapatmak için &quot;şifremi unuttum&quot; sayfasını kullanın ya da hizmetle iletişime geçin. Daha önce hiçbir yerde kullanmadığınız uzun bir şifre kullanın: rastgele üç veya daha fazla kelime iyi olur.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Bu şifreyi kullandığınız diğer her yerde değiştirin</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Suçlular sızan şifreleri e-posta, bankacılık ve alışveriş sitelerinde otomatik olarak dener. Aynı veya benzer şifreyi kullanan her hesap risk altındadır.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Şifre ipucu çoğu zaman şifreyi ele verir ve suçlular sızan şifreleri e-posta, bankacılık ve alışveriş sitelerinde otomatik olarak dener. Aynı veya benzer şifreyi kullanan her hesap risk altındadır.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Aynı veya benzer şifreyi kullandığınız hesapların bir listesini yapın. E-postanızla başlayın, sonra bankanız, sonra başka sitelere giriş yapmak için kullandığınız hesaplar (Google, Apple, Facebook). Her birine ayrı bir şifre verin.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Bir şifre yöneticisi kullanın</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Her hesap için farklı ve güçlü bir şifre oluşturur ve hatırlar; böylece bir sızıntı asla başka bir hesabı açmaz.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Bir şifre yöneticisi seçin (telefonunuzda veya tarayıcınızda yerleşik olan iyi bir başlangıçtır), onu uzun bir parola cümlesi ve iki adımlı doğrulama ile koruyun ve şifrelerinizi değiştirdikçe yenilerini onun oluşturmasına izin verin.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Tanımadığınız oturum açma işlemlerini kontrol edin</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Biri sızan şifreyi çoktan kullanmış olabilir. Şifreyi değiştirmek onun oturumunu her zaman kapatmaz.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>İhlale uğrayan hesapta ve e-posta hesabınızda güvenlik sayfasını açın; son oturum açma işlemlerine ve oturumu açık cihazlara bakın. Tanımadığınız her şeyde oturumu kapatın ve posta kutunuza bir yönlendirme kuralı veya kurtarma adresi eklenmediğini kontrol edin.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Güvenlik sorularınızı ve yanıtlarınızı değiştirin</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Güvenlik yanıtları şifre gibi çalışır ve sizinle ilgili sızan bilgiler (doğum günü, annenizin kızlık soyadı, memleketiniz) tam da insanların kullandığı yanıtlardır.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Doğum gününüzden veya adresinizden oluşturulmuş her şifreyi veya PIN&apos;i değiştirin</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Doğum tarihiniz veya adresiniz artık biliniyor; bunlardan oluşturulmuş bir şifre veya PIN kolayca tahmin edilir.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Bir şifre veya PIN doğum tarihinizi, doğum yılınızı, kapı numaranızı veya sokağınızı içeriyorsa değiştirin. Sizinle hiçbir ilgisi olmayan bir PIN seçin.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>E-postanız için iki adımlı doğrulamayı açın</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Posta kutunuz, diğer hesaplarınızın neredeyse tamamının şifresini sıfırlayabilir. Önce onu güvenceye alın.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>E-posta hesabınızın güvenlik ayarlarında iki adımlı doğrulamayı açın (bazen iki faktörlü kimlik doğrulama veya 2 Adımlı Doğrulama olarak adlandırılır). Kısa mesaj yerine bir uygulamayı, geçiş anahtarını veya güvenlik anahtarını tercih edin. Kurtarma telefon numarasının ve adresinin size ait olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>İnandırıcı sahte e-postalara hazırlıklı olun</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Bir ihlalden sonra suçlular şifre sıfırlama, para iadesi veya tazminat hakkında, şirketin adını ve bazen sizin bilgilerinizi de içeren e-postalar gönderir.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Beklenmedik mesajlardaki bağlantıları veya ekleri kullanmayın. Bir mesajı kontrol etmek için şirketin web sitesine kendiniz gidin ya da faturanızdaki veya kartınızdaki numarayı arayın. Gerçek şirketler e-postayla şifrenizi veya kodlarınızı istemez.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Her ihlal bildirimini şirketin kendi web sitesinde kontrol edin</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Bir ihlalden sonra suçlular, oltalama sayfalarına götüren sahte ihlal bildirimleri ve tazminat teklifleri gönderir. Gerçek bir bildirim şirketin kendi sitesinde doğrulanabilir.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>İhlalle ilgili bir mesajdaki bağlantıları, numaraları veya ekleri kullanmayın. Şirketin web adresini kendiniz yazın veya uygulamasını kullanın ve ihlalle ilgili açıklamasına ve neler sunduğuna bakın. Emin değilseniz faturanızdaki veya kartınızdaki numaradan şirketi arayın.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>İşinizi kullanan dolandırıcılıklara dikkat edin</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>İşvereninizi ve unvanınızı bilen dolandırıcılar sahte iş teklifleri yazar ya da acil ödeme veya hediye kartı isteyen patronunuz veya bir tedarikçi gibi davranır.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Olağandışı para, ödeme değişikliği veya belge taleplerini, kişiyi zaten bildiğiniz bir numaradan arayarak kontrol edin. Mesajlar işinizden bahsediyor ve tuhaf görünüyorsa işvereninizin BT veya güvenlik ekibine haber verin. Erkenden ücret, kimlik belgesi veya banka bilgisi isteyen iş tekliflerine karşı dikkatli olun.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Kartınızı veren kuruluşu arayın ve yeni bir kart alın</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Güvenlik koduyla birlikte sızan bir kart numarası hemen internetten ödeme yapmak için kullanılabilir.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Kartınızın arkasındaki numarayı arayın, kart bilgilerinizin bir ihlalde yer aldığını söyleyin ve yeni numaralı yeni bir kart isteyin. Son ödemelerde yapmadığınız bir ödeme olup olmadığını kontrol edin ve kartın otomatik ödemelerde kullanıldığı her yerde kart bilgisini güncelleyin.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Bankanıza hesap bilgilerinizin sızdığını söyleyin</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Bankanız ne kadar erken bilirse dolandırıcılığa karşı o kadar iyi önlem alır ve para kaybolursa korumanız o kadar güçlü olur.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Bankanızı web sitesindeki veya kartınızdaki numaradan arayın, hesap bilgilerinizin bir ihlalde yer aldığını söyleyin ve ne önerdiğini sorun: hesabın izlenmesi, yeni bir hesap numarası veya yeni bir PIN. Hesap özetlerinizde yapmadığınız ödemeler olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Önümüzdeki aylarda banka ve kart hesap özetlerinizi takip edin</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Kısmi kart bilgileri ve ödeme kayıtları, suçluların güvenlik sorularını geçmesine ve mesajlarını inandırıcı kılmasına yardımcı olur.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Bankacılık uygulamanız sunuyorsa ödeme bildirimlerini açın ve hesap özetlerini her ay kontrol edin. Tanımadığınız her ödemeyi hemen bankanıza bildirin.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Kripto paranızı yeni bir cüzdana taşıyın</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Sızan bir kurtarma ifadesine veya cüzdan anahtarına sahip herkes cüzdanı boşaltabilir; bunu geri alacak bir banka yoktur.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Güvendiğiniz bir cihazdan yeni bir kurtarma ifadesiyle yeni bir cüzdan oluşturun ve paranızı oraya taşıyın. Kurtarma ifadesini asla bir web sitesine yazmayın ve yardım teklif eden hiç kimseyle paylaşmayın.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Kredi kaydınızı dondurun veya dolandırıcılık uyarısı ekleyin</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Kimlik bilgilerinizle biri sizin adınıza kredi veya telefon sözleşmesi açabilir. Kredi dondurma veya dolandırıcılık uyarısı bunu çok zorlaştırır.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Bir kredi raporlama kuruluşundan ücretsiz 21 günlük kredi yasağı (credit ban) isteyin; kuruluş bunu diğerlerine iletir. Yapmadığınız başvuruları kontrol etmek için ücretsiz kredi raporunuzu alın. IDCARE (1800 595 160) ücretsiz yardım sağlar.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Sizin adınıza bir başvuru yapıldığında kredi verenlerden ek kontrol yapmalarını isteyen Cifas Protective Registration hizmetini değerlendirin (ücretlidir). Açmadığınız hesaplar için kredi raporunuzu bir kredi referans kuruluşunda kontrol edin.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Başlıca kredi kuruluşu SCHUFA&apos;dan ücretsiz veri kopyanızı isteyin (Datenkopie: AB veri koruma yasası gereği her şirketin size vermesi gereken verilerinizin kopyası, GDPR madde 15) ve tanımadığınız sözleşmeler veya kredi sorguları olup olmadığını kontrol edin. Bulursanız polise bildirin ve ilgili şirkete haber verin.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Şirketin sunduğu ücretsiz kredi izleme veya kimlik koruma hizmetinden yararlanın</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Kimlik veya finans verilerini kaybeden şirketler çoğu zaman, adınıza açılan yeni kredi veya hesaplar konusunda sizi uyaran izleme hizmetinin parasını öder. Size hiçbir maliyeti yoktur ve kötüye kullanımı erkenden gösterir.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>İhlale uğrayan şirket ücretsiz kredi izleme veya kimlik koruma sunuyorsa kaydolun, ancak yalnızca resmî web sitesi veya postayla gönderdiği mektup üzerinden; e-posta veya kısa mesajdaki bir bağlantıdan değil. Ücretsiz dönemin ne zaman bittiğini not edin ki ücretli bir plana dönüşmesin.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Bu yıl vergi beyannamenizi erken verin</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Sızan bir Sosyal Güvenlik numarası, sizin adınıza sahte bir beyanname verip vergi iadenizi almak için kullanılabilir.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Olabildiğince erken beyanname verin. IRS, numaranızla zaten bir beyanname verildiğini söylerse bunu IdentityTheft.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>IRS&apos;ten bir Kimlik Koruma PIN&apos;i (IP PIN) alın</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Sosyal Güvenlik numaranızla biri sizin adınıza vergi beyannamesi verip iadenizi alabilir. IP PIN varken, onsuz verilen bir beyanname reddedilir.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Kimlik belgenizi veren kuruma haber verin</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Sızan bir pasaport, ehliyet veya kimlik numarası sizin adınıza hesap açmak için kullanılabilir. Belgeyi veren kurum bunu işaretleyebilir veya belgeyi yenileyebilir.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Belgeyi veren kurumla (pasaport birimi, ehliyet kurumu, kimlik kartı birimi) iletişime geçin ve belgenin işaretlenmesi veya yenilenmesi gerekip gerekmediğini sorun.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Sürücü belgesi için eyaletinizin motorlu taşıtlar kurumuyla iletişime geçin ve numarayı işaretlemesini isteyin. Sosyal Güvenlik numarası için kredi dondurma adımına bakın. Biri kimliğinizi kullanırsa bunu IdentityTheft.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Kimliğiniz kötüye kullanılırsa nereye bildireceğinizi bilin</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Resmî bir bildirim, bankalar ve kredi verenler için size bir kayıt ve bazı ülkelerde bir kurtarma planı sağlar.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Adınıza krediler, hesaplar veya sözleşmeler çıkarsa polise bildirin ve başvuru numarasını saklayın; ilgili bankaya veya şirkete haber verin.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Kimlik hırsızlığını IdentityTheft.gov adresinde veya 1-877-438-4338 numarasında bildirin: bir Identity Theft Report (kimlik hırsızlığı raporu) ve bir kurtarma planı alırsınız.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Dolandırıcılığı reportfraud.police.uk adresinde veya 0300 123 2040 numarasında bildirin (İngiltere, Galler ve Kuzey İrlanda); İskoçya&apos;da Police Scotland&apos;ı 101&apos;den arayın. Bankanıza ve adınıza hesap açılan her şirkete haber verin.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Ücretsiz yardım için IDCARE&apos;i 1800 595 160 numarasından arayın ve siber suçları ReportCyber üzerinden bildirin.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Yerel polise ve Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi, 1-888-495-8501) bildirin.</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Polise şikâyette bulunun (Anzeige): varsa eyaletinizin Onlinewache sitesinden çevrimiçi olarak veya herhangi bir polis karakolunda. Bankanıza ve adınıza hesap açılan her şirkete haber verin.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Ekran görüntülerini ve mektupları kanıt olarak ekleyerek polise veya jandarmaya şikâyette bulunun (plainte); yalnızca kötüye kullanımdan şüpheleniyorsanız olayları bir main courante kaydına geçirtebilirsiniz. Bankanıza ve ilgili kuruluşlara haber verin. Kartınız sizin haberiniz olmadan internette kullanıldıysa kartı bloke ettirin ve Perceval üzerinden bildirin.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Kimlik hırsızlığını Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin ve tutanağı saklayın. INCIBE&apos;nin ücretsiz yardım hattı 017, sonrasında ne yapmanız gerektiği konusunda yol gösterir. Bankanıza ve adınıza hesap açılan her şirkete haber verin.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>CPF&apos;nize (vergi numarası) kayıtlı banka hesaplarını, kredileri ve Pix anahtarlarını (anlık ödeme anahtarları) Merkez Bankası&apos;nın ücretsiz Registrato hizmetinde kontrol edin. Açmadığınız her şeye şirket ve bankanız nezdinde itiraz edin ve polise şikâyette bulunun (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Şifrelerinizi sızdıran cihazı temizleyin, sonra şifreleri değiştirin</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Bu ihlal, tarayıcıdan şifreleri ve oturum çerezlerini çalan kötü amaçlı yazılımdan kaynaklanıyor. Cihaz temizlenene kadar yeni şifreler de çalınır.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Bilgisayarlarınızda güncel bir güvenlik yazılımıyla tam tarama yapın veya emin değilseniz cihazı sıfırlayın. Ardından temiz bir cihazdan e-posta, banka ve diğer önemli hesaplarınızın şifrelerini değiştirin ve her birinde diğer tüm oturumları kapatın.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>%1 hizmetindeki tüm oturumları kapatın</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Sızan oturum açma belirteçleri, o oturumlar sonlandırılana kadar birinin hesabınızı şifresiz kullanmasına olanak tanır.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>%1 hizmetinin güvenlik ayarlarında tüm oturumlardan veya cihazlardan çıkış yapmayı seçin, ardından yeniden oturum açın ve şifrenizi değiştirin.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Telefonunuzu, bilgisayarınızı ve uygulamalarınızı güncelleyin</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Cihazlarınızla ilgili bilgiler, saldırganların bu cihazlarda işe yarayacak saldırıları seçmesine yardım eder; güncellemeler bu saldırıların kullandığı açıkları kapatır.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Ayarlar &gt; Sistem &gt; Yazılım güncellemesi bölümünü açın (adı üreticiye göre değişir) ve güncellemeleri yükleyin; Play Store&apos;da tüm uygulamaları güncelleyin ve otomatik güncellemeleri açın.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Ayarlar &gt; Genel &gt; Yazılım Güncelleme bölümünü açın ve güncellemeyi yükleyin; Otomatik Güncellemeler&apos;i açın. App Store&apos;da otomatik uygulama güncellemelerini açın.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Sisteminizin sunduğu güncellemeleri yükleyin (Windows Update, macOS Yazılım Güncelleme, Linux dağıtımınızın güncelleyicisi) ve tarayıcı için de otomatik güncellemeleri açık tutun.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Modeminizi güncel tutun ve gereken yerlerde IP adresinizi gizleyin</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Modeminizin (yönlendiricinizin) güncellemelerini yükleyin ve yönetici şifresi hâlâ varsayılansa değiştirin. WhatsApp&apos;ta Ayarlar &gt; Gizlilik &gt; Gelişmiş &gt; Aramalarda IP adresini koru ayarını açabilirsiniz.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Adresinizi kullanan mektuplara, aramalara ve ziyaretlere karşı dikkatli olun</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Adınızı ve adresinizi bilen dolandırıcılar inandırıcı mektuplar ve paketler gönderir ya da kullandığınız bir şirketten geldiklerini söyleyerek kapınıza gelir.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Para veya bilgi isteyen her mektubu ya da ziyaretçiyi, iletişim bilgilerini kendiniz bulduğunuz şirketle kontrol edin. Adresinizin bilinmesi nedeniyle kendinizi güvende hissetmiyorsanız polisle iletişime geçin.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Biri sızan bilgileri açıklamakla tehdit ederse para ödemeyin</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Çok kişisel bilgiler (sağlık, cinsel yönelim, inançlar, özel mesajlar) yeniden gizli hâle getirilemez. Suçlular bazen bunları insanları para için tehdit etmekte kullanır.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Tehditlere yanıt vermeyin ve para ödemeyin: ödemek bu işi nadiren bitirir. Mesajları saklayın, hesabı hizmete şikâyet edin ve tehdidi polise bildirin. Güvendiğiniz biriyle konuşun.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>İstenmeyen e-postaları spam olarak işaretleyin ve yanıt vermeyin</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Adresiniz, istenmeyen e-posta göndermek için kullanılan bir listede. Spam&apos;e yanıt vermek veya içindeki &quot;abonelikten çık&quot; bağlantısına tıklamak yalnızca adresin çalıştığını doğrular.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>E-posta programınızın Spam bildir veya Gereksiz düğmesini kullanın ve gönderenleri engelleyin. Bu mesajlara yanıt vermeyin ve içlerindeki bağlantılara tıklamayın.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>E-posta adresiniz bir ihlalde göründüğünde ücretsiz uyarı almak için kaydolun</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>Bir sonraki ihlal sizi hazırlıksız yakalamasın: erken bir uyarı, bir şifre kullanılmadan önce onu değiştirmeniz için size zaman kazandırır.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>haveibeenpwned.com&apos;da Notify me seçeneğini kullanın ve size e-postayla gönderilen bağlantıyı onaylayın ya da monitor.mozilla.org adresinde ücretsiz bir Mozilla Monitor hesabı açın. İkisi de adresiniz yeni bulunan bir ihlalde göründüğünde sizi uyarır. Bunu kullandığınız her adres için yapın.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Artık kullanmadığınız hesapları silin</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Unuttuğunuz eski bir forum veya alışveriş hesabı hâlâ bilgilerinizi ve belki eski bir şifrenizi barındırır; yarın o site ihlale uğrarsa verileriniz yeniden sızar.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Eski hesapları listelemek için posta kutunuzda kayıt ve hoş geldiniz e-postalarını arayın. Artık kullanmadığınız her birinde oturum açın, hesabı silin (ayarlar veya gizlilik altına bakın ya da sitenin desteğine sorun) ve hangilerini kapattığınızı not edin. Şifreyi başka yerlerde de kullandıysanız önce onu değiştirin.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Şifrelerinizi bir şifre yöneticisinde saklayın</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Bir şifre yöneticisi her hesap için farklı ve güçlü bir şifre oluşturur ve hatırlar; böylece bir sitedeki sızıntı asla başka bir hesabı açmaz.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Bir şifre yöneticisi seçin (telefonunuzda veya tarayıcınızda yerleşik olan iyi bir başlangıçtır), onu uzun bir parola cümlesi ve iki adımlı doğrulama ile koruyun ve her şifre değiştirdiğinizde yeni şifreyi onun oluşturmasına izin verin.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Telefonunuzu ve uygulamalarınızı güncel tutun</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Güncellemeler, saldırganların kullandığı güvenlik açıklarını kapatır. Otomatik güncellemeleri açarsanız bu iş kendiliğinden yapılır.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Ayarlar &gt; Sistem &gt; Yazılım güncellemesi; Play Store&apos;da da otomatik uygulama güncellemelerini açın.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Ayarlar &gt; Genel &gt; Yazılım Güncelleme &gt; Otomatik Güncellemeler; App Store&apos;da da uygulama güncellemelerini açın.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Sisteminiz ve tarayıcınız için otomatik güncellemeleri açık tutun.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>E-postanız ve ana hesaplarınız için iki adımlı doğrulamayı açın</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Posta kutunuz neredeyse diğer her şeyin şifresini sıfırlayabilir. Girişteki ikinci adım, şifrenizi bilen birini dışarıda tutar.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>E-posta hesabınızın güvenlik ayarlarında iki adımlı doğrulamayı açın (iki faktörlü kimlik doğrulama veya 2 Adımlı Doğrulama olarak da adlandırılır), ardından aynısını bankanız ve sosyal medya hesaplarınız için yapın. Kısa mesaj yerine bir uygulamayı, geçiş anahtarını veya güvenlik anahtarını tercih edin.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Bu bilgi tek başına kimseye size nasıl ulaşacağını veya hesaplarınıza nasıl gireceğini söylemez. Dolandırıcılık mesajlarını daha kişisel gösterebilir; iletişim bilgilerinizle birlikte gelen dolandırıcılık adımları bunu kapsar.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Genellikle herkese açık profilinizde zaten görünür ve bir hesabı açmaz. Onunla birlikte bir şifre sızdıysa şifre adımları bunu kapsar.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Değiştirebileceğiniz bir şey yok; bir suçluya doğrudan nadiren yardımı olur. Okulunuzdan veya eğitiminizden bahseden beklenmedik mesajlara şüpheyle yaklaşın.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Parmak izleri ve yüz verileri değiştirilemez, bu yüzden sıfırlanacak bir şey yok. İhlale uğrayan hizmet sunuyorsa, orada biyometrik girişin yerini bir geçiş anahtarı veya güvenlik anahtarı alabilir.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Bu, vefat etmiş bir yakınınızla ilgili. Suçlular bazen bu tür kayıtları kötüye kullanır; onun işlerini siz yürütüyorsanız bankasından ve (varsa) kredi kuruluşlarından kişiyi vefat etmiş olarak işaretlemelerini isteyin.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Sonradan değiştirilecek bir şey yok. Randevularınızdan bahseden aramalara veya mesajlara dikkatle yaklaşın ve bunları doğrudan muayenehane veya kurumla kontrol edin.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Bir şehir, bölge veya ülke kimseyi kapınıza getirmez ve bunu değiştiremezsiniz. Ev adresiniz de sızdıysa adres adımı bunu kapsar.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Mobil operatörünüzden numaranızı SIM değiştirme dolandırıcılığına ve numara taşımaya karşı kilitlemesini isteyin</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Numaranızı bilen bir suçlu, operatörünüzden sizin adınıza yeni bir SIM kart ya da numaranızın başka bir şirkete taşınmasını isteyip güvenlik kodlarınızı alabilir. Mobil hesabınızdaki bir kilit veya PIN bunu önler.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Mobil operatörünüzü kendi telefonunuzdan arayın veya uygulamasını kullanın ve numaranız için yeni bir SIM kart verilmeden ya da numara başka bir şirkete taşınmadan önce söylenmesi gereken bir kilit veya PIN isteyin. Bunu adıyla isteyin. Operatörünüz olduğunu söyleyerek arayan birine asla hesap bilgisi vermeyin; telefonu kapatın ve faturanızdaki numarayı arayın.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Operatörünüzden (EE, O2, Vodafone, Three veya kendi sağlayıcınız) hesabınıza, her SIM değişikliğinde söylenmesi gereken bir PIN veya şifre eklemesini isteyin. Telefonunuz genellikle çektiği bir yerde birden sinyal kaybederse veya yeni bir SIM hakkında beklenmedik bir mesaj alırsanız hemen başka bir telefondan operatörünüzü ve bankanızı arayın.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Temmuz 2024&apos;ten beri (TRAI kuralı) bir numara, SIM değişikliğinden sonraki 7 gün boyunca başka bir şirkete taşınamaz: SIM kartınız beklenmedik şekilde çalışmayı durdurursa hemen operatörünüzü arayın. sancharsaathi.gov.in sitesindeki Know Mobile Connections in Your Name (hükümetin TAFCOP kontrolü), kimliğinize kayıtlı tüm numaraları listeler; size ait olmayanları bildirin.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Operatörünüze bilgilerinizin bir ihlalde yer aldığını söyleyin ve hesabınız için ek güvenlik isteyin; örneğin SIM değişiklikleri ve numara taşıma için gereken bir PIN veya şifre.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Numaranızı başka bir şirkete taşımak için yeni operatörün RIO kodunuza ihtiyacı vardır; bu kodu kendi hattınızdan 3179&apos;u arayarak alırsınız. Bu kodu asla sizi arayan birine okumayın. Telefonunuzda birden hizmet kesilirse başka bir telefondan operatörünüzü arayın: biri sizin adınıza yedek bir SIM (duplicata) almış olabilir.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Kasım 2022&apos;den beri AGCOM kurallarına göre SIM kartı yalnızca hat sahibi, kimlik belgesi ve vergi koduyla değiştirebilir veya numarayı taşıyabilir; operatör talebi mevcut SIM kartınıza gönderdiği bir mesaj veya aramayla doğrular. İstemediğiniz hâlde böyle bir mesaj alırsanız hemen operatörünüze haber verin.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>İspanya&apos;nın veri koruma kurumu (AEPD), kimliği doğru dürüst kontrol etmeden yedek SIM kart veren operatörlere para cezası verdi. Operatörünüze yedek SIM vermeden önce kimliğinizi nasıl doğruladığını ve hesabınıza bir şifre ekleyip ekleyemeyeceğinizi sorun. Telefonunuzda birden hizmet kesilirse başka bir telefondan operatörünüzü ve bankanızı arayın.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Kimliğinize kayıtlı mobil hatları düzenleyici kurum BTK&apos;nın hat sorgulama hizmetinde (hat-sorgulama.btk.gov.tr) kontrol edin ve tanımadığınız her hattı operatörüne iptal ettirin. SIM kartınız birden çalışmazsa hemen başka bir telefondan operatörünüzü ve bankanızı arayın.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Kanada&apos;nın telekom düzenleyicisi CRTC, 2020&apos;den beri operatörlerin izinsiz SIM değiştirme ve numara taşıma olaylarını bildirmesini istiyor; operatörler de ek kontroller ekledi. Operatörünüzden SIM değişiklikleri ve numara taşıma için söylenmesi gereken bir hesap PIN&apos;i veya şifresi isteyin. Telefonunuzda birden hizmet kesilirse başka bir telefondan operatörünüzü ve bankanızı arayın.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Kimsenin aramalarınızı yönlendirmediğini kontrol edin</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Aramalarınızı kendi telefonuna yönlendiren biri, SIM kartınıza dokunmadan bankanızın bir ödemeyi doğrulamak için yaptığı aramaları veya güvenlik kodlarını okuyan aramaları alabilir.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Dolandırıcılık aramaları ve mesajları bekleyin ve işaretlerini tanıyın</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Sızan numaralar dolandırıcılara satılır. Adınızı biliyor olabilirler ve bankanız, bir kargo şirketi, polis ya da telefonunu kaybetmiş bir yakınınız gibi davranabilirler.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Kısa mesajla aldığınız bir kodu asla paylaşmayın: hiçbir banka, operatör veya uygulama bunu istemez. Aciliyet ve tehditlere karşı dikkatli olun. Bir mesaj veya arama tanıdığınız bir şirketten geliyor gibi görünüyorsa telefonu kapatın ve şirketin web sitesindeki, kartınızdaki veya faturanızdaki numarayı arayın. Yeni bir numaradan yazan bir yakınınızı eski numarasından arayarak doğrulayın.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Dolandırıcılık mesajlarını ve aramalarını bildirin</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Bildirmek, gönderenlerin herkes için engellenmesine yardımcı olur ve para kaybederseniz elinizde bir kayıt olur.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Dolandırıcılık mesajlarını ve aramalarını mobil operatörünüze bildirin: çoğu operatör, dolandırıcılık mesajını iletmenize veya bir numarayı uygulamasından ya da müşteri hizmetlerini arayarak bildirmenize olanak tanır. Para kaybettiyseniz veya kişisel bilgilerinizi verdiyseniz hemen bankanıza haber verin ve polise bildirin.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Dolandırıcılık mesajlarını 7726&apos;ya (SPAM) iletin. Dolandırıcılıkları ReportFraud.ftc.gov adresinde bildirin. Para kaybettiyseniz bankanızla da iletişime geçin.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Dolandırıcılık mesajlarını 7726&apos;ya (ücretsiz), dolandırıcılık e-postalarını report@phishing.gov.uk adresine iletin. Şüpheli bir aramayı bildirmek için CALL yazıp numarayla birlikte 7726&apos;ya gönderin. Bankanızdan gelen bir aramayı doğrulamak için 159&apos;u arayın. Para kaybettiyseniz bunu reportfraud.police.uk adresinde veya 0300 123 2040 numarasında (İngiltere, Galler ve Kuzey İrlanda) ya da 101&apos;den Police Scotland&apos;a bildirin.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Dolandırıcılık mesajlarını 33700&apos;e iletin ve istenmeyen aramaları oraya bildirin (ücretsiz; 33700.fr adresinden de olur). Numaranızı Bloctel&apos;e (bloctel.gouv.fr) ücretsiz kaydettirerek telefonla pazarlamayı durdurun. Kartınız sizin haberiniz olmadan internette kullanıldıysa bankanız aracılığıyla bloke ettirin, ardından Perceval üzerinden bildirin. İnternet dolandırıcılığından sonra yardım için cybermalveillance.gouv.fr adresini kullanın; para kaybettiyseniz polise veya jandarmaya şikâyette bulunun.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Şüpheli dolandırıcılık aramalarını ve mesajlarını sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin. Tanıtım aramalarını ve mesajlarını durdurmak için 1909&apos;a START 0 gönderin.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Dolandırıcılıkları Scamwatch&apos;a (scamwatch.gov.au), siber suçları ReportCyber&apos;a (cyber.gov.au) bildirin. Bir ihlalden veya kimliğinizin kötüye kullanılmasından sonra ücretsiz yardım için IDCARE ile 1800 595 160 numarasından iletişime geçin. Numaranızı Do Not Call Register&apos;a (donotcall.gov.au) kaydettirebilirsiniz.</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin. Para kaybettiyseniz yerel polise de bildirin ve bir dosya numarası alın.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Dolandırıcılık aramaları ve mesajları ile bir veri sızıntısından sonra ne yapmanız gerektiği konusunda öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz bankanıza haber verin ve Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>İnternet dolandırıcılıklarını ve oltalamayı Polizia Postale&apos;ye portalı commissariatodips.it üzerinden bildirin. Para kaybettiyseniz hemen bankanıza haber verin ve şikâyette bulunun.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Hattınıza gelen dolandırıcılık aramaları veya mesajları için önce operatörünüze şikâyette bulunun. Sorun çözülmezse Ulusal Telekom Düzenleme Kurumu (NTRA) ile 155 numarasından veya My NTRA uygulamasından iletişime geçin. Para kaybettiyseniz veya biri sizi internette tehdit ediyorsa bankanıza haber verin ve polise bildirin.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Kendini polis, asker veya savcı olarak tanıtıp para, altın veya banka bilgisi isteyen arayanların telefonunu kapatın: görevliler bunu asla yapmaz. Oltalama ve dolandırıcılık sitelerini Ulusal Siber Olaylara Müdahale Merkezi USOM&apos;a (usom.gov.tr) bildirin. Dolandırıcılığı tek acil çağrı numarası olan 112 üzerinden polise bildirin. Para gönderdiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>İstenmeyen pazarlama mesajlarını durdurmak için 2442&apos;ye STOP yazıp gönderin (Do-Not-Disturb hizmeti). Önce operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse Nigerian Communications Commission ile 622 veya 0800 2255 622 numarasından ya da çevrimiçi şikâyet formuyla iletişime geçin. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Ailenizi ve arkadaşlarınızı, birinin sizin gibi davranabileceği konusunda uyarın</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Adınızı ve fotoğrafınızı ya da numaranızı bilen dolandırıcılar sizinkine benzeyen bir hesap açıp kişilerinizden para veya kod isteyebilir.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>En çok görüştüğünüz kişilere, onlardan asla mesajla para veya kod istemeyeceğinizi ve &quot;siz&quot; yeni bir numaradan yazarsanız doğrulamak için her zamanki numaranızı aramaları gerektiğini söyleyin. Sahte bir hesap ortaya çıkarsa uygulamaya şikâyet edin ve kişilerinizden de şikâyet etmelerini isteyin.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Mümkün olan yerlerde kısa mesaj kodları yerine bir kimlik doğrulama uygulaması kullanın</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Kısa mesajla gönderilen kodlar numaranızı kim kontrol ediyorsa ona gider. Numaranız bilindiği için e-posta, banka ve sosyal medya hesaplarınızda bir kimlik doğrulama uygulaması, geçiş anahtarı veya güvenlik anahtarı daha güvenlidir.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>En önemli hesaplarınızın (önce e-posta, sonra banka, sonra sosyal medya) güvenlik ayarlarında iki adımlı doğrulamayı bulun ve SMS yerine bir kimlik doğrulama uygulaması, geçiş anahtarı veya güvenlik anahtarı seçin. Yedek kodları güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Sizi telefon numaranız veya e-posta adresinizle kimlerin bulabileceğini sınırlayın</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Herkesin sizi numaranızla aramasına izin veren uygulamalar, bu tür listelerin oluşturulup güncel tutulmasını sağlar.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Kullandığınız uygulamalarda (Facebook, Instagram, Telegram, Signal, X, LinkedIn) sizi telefon numarası veya e-postayla kimlerin arayabileceğini belirleyen gizlilik ayarını bulun ve en dar seçeneği seçin. Numaranızı yalnızca gereken yerlerde verin. Google, numaranızı veya adresinizi gösteren arama sonuçlarını kaldırabilir (Hakkınızdaki sonuçlar); sayfanın kendisi yerinde kalır.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>oturum açma belirteçleri</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>profil resmi</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>banka hesap numarası</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>hakkımda yazısı</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>tarayıcı bilgileri</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>sohbetler</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>kart güvenlik kodu</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>kart numarası</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>doğum tarihi</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>cihaz bilgileri</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>sürücü belgesi</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-posta adresi</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>işveren</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>aile üyelerinin adları</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>cinsiyet</translation>
    </message>
    <message>
        <source>location</source>
        <translation>konum</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>kimlik numarası</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>eski şifreler</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>mesajlaşma hesabı</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP adresi</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>unvan</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>annenin kızlık soyadı</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>kart numarasının bir kısmı</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>doğum günü</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>pasaport numarası</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>şifre ipucu</translation>
    </message>
    <message>
        <source>password</source>
        <translation>şifre</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>profil açıklaması</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefon numarası</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>fotoğraflar</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>ev adresi</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN kodu</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>özel mesajlar</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>profil fotoğrafı</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>kurtarma e-posta adresi</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>ilişki durumu</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>güvenlik soruları ve yanıtları</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>sosyal medya profili</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>Sosyal Güvenlik numarası</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>eşin veya partnerin adı</translation>
    </message>
    <message>
        <source>username</source>
        <translation>kullanıcı adı</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>myaccount.google.com/connections adresinde üçüncü taraf bağlantılarınızı açın ve kullanmadığınız veya tanımadığınız her şeyin erişimini kaldırın. Ardından uygulama şifrelerini yöneten sayfa olan myaccount.google.com/apppasswords adresinde Uygulama şifreleri&apos;ni açın ve ihtiyacınız olmayanları iptal edin. Google Hesabı şifrenizi değiştirmek de tüm uygulama şifrelerinizi iptal eder.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>Son etkinlik sayfası, hesabınızın son 30 günde nerede ve nasıl kullanıldığını gösterir. Tanımadığınız bir oturum açma, şifrenizin başka birinde olduğu anlamına gelebilir; ancak kendi telefonunuz, bir yolculuk veya bir VPN (nereden bağlandığınızı gizleyen bir hizmet) de olabilir.</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>account.live.com/activity adresini açın ve yerini ve cihazını görmek için tanımadığınız her oturum açmanın ayrıntılarını genişletin. Siz değilseniz sayfanın sunduğu yerde Bu ben değildim&apos;i seçin, şifrenizi değiştirin ve iki aşamalı doğrulamayı açın. Emin değilseniz cihazın ve yerin size ait olup olamayacağını (telefonunuz veya bir yolculuk gibi) kontrol edin; olamıyorsa siz değilmiş gibi davranın.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>İhlale uğrayan hesapta ve aynı soruları veya yanıtları kullandığınız hesaplarda bunları değiştirin. Doğru olmayan ve araştırılarak bulunamayacak yanıtlar kullanın ve bunları şifre yöneticiniz gibi güvenli bir yerde saklayın.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Dondurma ücretsizdir ve kredi puanınıza zarar vermez. Dosyanızı her kredi kuruluşunda (Equifax, Experian ve TransUnion) web sitesinden veya telefonla dondurun: bir iş günü içinde başlar ve siz istediğinizde kuruluş bir saat içinde kaldırmak zorundadır. Ya da en azından bir kuruluşa ücretsiz, bir yıllık dolandırıcılık uyarısı koydurun. Ebeveynler 16 yaşından küçük bir çocuğun dosyasını da ücretsiz dondurabilir.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Her iki kredi kuruluşundan dosyanıza dolandırıcılık uyarısı eklemesini isteyin: Equifax Canada 1-800-465-7166 ve TransUnion Canada 1-800-663-9980. Quebec&apos;te yaşıyorsanız ikisinden de güvenlik dondurması (security freeze) isteyebilirsiniz (Şubat 2023&apos;ten beri): bu durumda siz kaldırana kadar dosyanızı kredi verenlere vermezler. Kredi raporunuzu en az yılda bir kez kontrol edin.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Southern African Fraud Prevention Service&apos;e (SAFPS) web sitesindeki form veya uygulaması üzerinden Protective Registration (koruyucu kayıt) başvurusu yapın. SAFPS bunun üzerine kredi verenler gibi üyelerine, gerçekten siz olduğunuzu doğrularken ekstra dikkat etmelerini bildirir. Kimlik cüzdanınız veya pasaportunuz kaybolur ya da çalınırsa SAFPS&apos;i 011 867 2234 numarasından arayarak onu da kaydettirebilirsiniz.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>irs.gov/ippin adresinden IRS Online Account hesabınızda oturum açın ve kimliğinizi doğrulayın; PIN ardından gösterilir. Çevrimiçi doğrulayamıyorsanız Form 15227&apos;yi kullanın (geliriniz IRS sınırının altındaysa) veya randevuyla bir IRS Taxpayer Assistance Center&apos;a gidin. Her yıl altı haneli yeni bir PIN gelir; bunu her federal beyannamede kullanın. IRS bunu asla telefon, e-posta veya kısa mesajla istemez.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Kimliğinizin internette kötüye kullanılmasını, polisin internet suçları birimi Polizia Postale&apos;ye commissariatodips.it portalından veya bürolarından birinde bildirin. Hemen bankanıza haber verin ve yapmadığınız her ödemeye veya krediye itiraz edin.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Kimliğinizin kötüye kullanılmasını, internet dolandırıcılığını veya şantajı İçişleri Bakanlığı&apos;na (moiegypt.gov.eg) ya da bir polis karakoluna bildirin ve ekran görüntülerini kanıt olarak saklayın. Açmadığınız hesapları veya hatları bankanıza ve operatörünüze bildirin.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>Şu anda işlenen bir suç gibi acil bir durumda 112&apos;yi arayın. Aksi hâlde bir polis veya jandarma karakoluna ya da Cumhuriyet Başsavcılığına yazılı veya sözlü olarak şikâyette bulunun. Sahte banka veya devlet sitelerini USOM&apos;a (usom.gov.tr) bildirin. Kimliğinize kayıtlı mobil hatları BTK&apos;nın hat sorgulama hizmetinde (hat-sorgulama.btk.gov.tr) kontrol edin ve açmadığınız hesapları veya kredileri bankanıza bildirin.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>İnternet dolandırıcılığını veya şantajı ulusal polise (DGSN) e-Blagh platformu (e-blagh.ma) üzerinden, kimliğinizin başka türlü kötüye kullanılmasını ise bir polis karakoluna bildirin. Açmadığınız hesapları veya hatları bankanıza ve operatörünüze bildirin.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Fiscalía&apos;ya veya Ulusal Polise şahsen ya da davanız listede varsa polisin ADenunciar sitesinden suç duyurusunda bulunun (denuncia); dosya numarasını saklayın. Dolandırıcılığın yaşandığı şirkete haber verin. TransUnion&apos;dan kredi raporunuza dolandırıcılık uyarısı eklemesini isteyin ve size ait olmayan her borca TransUnion ve DataCrédito nezdinde itiraz edin; sonuç alamazsanız veri koruma otoritesi SIC&apos;ye şikâyette bulunun.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Adınıza krediler veya hesaplar çıkarsa, kredi verene veya borç tahsilatçısına bunu sizin yapmadığınızı kanıtlayın; size kimliğinize bürünüldüğünü doğrulayan bir mektup verir. Polise (SAPS) bildirin. Kredi veren Southern African Fraud Prevention Service (SAFPS) üyesi değilse mektubu SAFPS&apos;e gönderin: kimlik numaranızı işaretler ve bir Protective Registration (PR) ile mağdur (VIC) numarası verir.</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Kimliğinizin kötüye kullanılmasını Jandarma&apos;ya ücretsiz 1055 hattından veya ppgn.mdn.dz adresinden çevrimiçi olarak (ardından şikâyeti bir jandarma birliğinde onaylarsınız) ya da bir polis karakoluna bildirin. Mesajları ve makbuzları saklayın; açmadığınız hesapları veya hatları bankanıza ve operatörünüze bildirin.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Bir IP adresi kabaca nerede olduğunuzu gösterebilir. Güncel tutulan ve kendine ait bir yönetici şifresi olan bir modem, hangi adres sızmış olursa olsun ev ağınızı korur.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Operatörünüzün ücretsiz kilitlerini açın. T-Mobile: T-Life uygulamasında Account &gt; dişli simgesi &gt; Security&apos;ye dokunun, ardından SIM Protection ve Port Out Protection&apos;ı açın; Port Out Protection her hat için ayrı ayarlanır, bu yüzden her hat için açın. Verizon: My Verizon&apos;da Number Lock ve SIM Protection. AT&amp;T: myAT&amp;T&apos;de Wireless Account Lock. Diğerleri: bir kilit isteyin. Arayan biri istediği için bunlardan birini asla kapatmayın.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Vodafone gibi operatörler, mağazada yeni bir SIM kart vermeden önce müşteri şifrenizi (Kundenkennwort) sorar. Doğum gününüz veya sızmış olabilecek başka bir şey olmayan bir şifre seçin ve bir kısa mesajdaki bağlantıya tıkladıktan sonra girdiyseniz değiştirin. Telefonunuzda birden hizmet kesilirse başka bir telefondan operatörünüzü ve bankanızı arayın.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Telefonunuzun arama ayarlarında veya operatörünüzdeki hesabınızda Arama yönlendirme bölümüne bakın ve sizin ayarlamadığınız her yönlendirmeyi kapatın. Biri operatörünüzden aradığını veya yazdığını söyleyip bir kod tuşlamanızı ya da bir ayarı değiştirmenizi isterse telefonu kapatın ve faturanızdaki numaradan operatörünüzü arayın. Menüler telefona göre farklıdır.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>İstenmeyen aramaları, spam mesajları ve kötüye kullanılan numaraları Bundesnetzagentur&apos;a (federal şebeke kurumu) bundesnetzagentur.de/aergermitrufnummern adresindeki çevrimiçi formlarla bildirin. Bu kurum dolandırıcılıkla değil, numaralarla ilgilenir: biri sizi dolandırmaya çalıştıysa veya para kaybettiyseniz polise bildirin; eyaletinizin Onlinewache&apos;si (çevrimiçi polis karakolu) üzerinden veya herhangi bir polis karakolunda. Bilinmeyen numaralardan gelen cevapsız aramaları geri aramayın.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Dolandırıcılık mesajlarını düzenleyici kurumun bildirim numarası olan 330330&apos;a iletin (ücretsiz, tüm operatörler için). Para kaybettiyseniz hemen bankanızı arayın ve polise bildirin.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Telekom şirketlerinden ve bankalardan gelen satış aramalarını durdurmak için numaranızı Não Me Perturbe&apos;ye (naomeperturbe.com.br) kaydettirin; aramalar devam ederse Anatel&apos;e 1331&apos;den şikâyet edin. Bazı şirket aramaları artık arayanın adını, logosunu ve arama nedenini, numaranın gerçek olduğunu gösteren bir doğrulamayla birlikte gösteriyor (Origem Verificada); yine de bir aramada asla kod veya şifre vermeyin. Para kaybettiyseniz bankanıza haber verin ve polise şikâyette bulunun (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>İnternet dolandırıcılıklarını ve şantajı ulusal polise (DGSN) e-Blagh platformu (e-blagh.ma) üzerinden bildirin. Hattınızla ilgili sorunlar için operatörünüze şikâyette bulunun. Para kaybettiyseniz hemen bankanızı arayın ve polise bildirin.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>İnternet dolandırıcılıklarını Fiscalía&apos;ya veya Ulusal Polise, bir polis karakolunda ya da davanız listede varsa çevrimiçi ADenunciar hizmetinde bildirin; dosya numarasını saklayın. Para kaybettiyseniz hemen bankanızı arayın. Arayan birine asla kod, kart numarası veya şifre vermeyin.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Dolandırıcılıkları Jandarma&apos;ya ücretsiz 1055 hattından veya ppgn.mdn.dz adresinden çevrimiçi olarak (ardından şikâyeti bir jandarma birliğinde onaylarsınız) ya da bir polis karakoluna bildirin. Para alındıysa hemen bankanıza veya Algérie Poste&apos;a haber verin. Mesajları ve makbuzları saklayın.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Para kaybettiyseniz veya banka bilgilerinizi verdiyseniz hemen 997 numarasından National Scam Response Centre&apos;ı arayın, ardından polise bildirin. Kendini MCMC, polis veya banka görevlisi olarak tanıtan arayanların telefonunu kapatın.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Açmadığınız hesaplar için kredi raporlarınızı kontrol edin</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Birinin sizin adınıza açtığı krediler, kartlar veya sözleşmeler kredi raporunuzda görünür. Raporu kontrol etmek, bunları erkenden fark etmenin yoludur.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Kredi raporlarınızı AnnualCreditReport.com adresinden ücretsiz alın: Equifax, Experian ve TransUnion&apos;ın her biri raporunuzu haftada bir görmenize izin verir. Diğer siteler ücret alabilir veya sahte olabilir. Tanımadığınız hesaplar, krediler veya adresler olup olmadığına bakın; bulursanız IdentityTheft.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Kredi raporunuzu her iki kredi kuruluşundan ücretsiz alabilirsiniz: TransUnion Canada&apos;dan çevrimiçi, postayla veya şahsen; Equifax Canada&apos;dan ise talep formu ve kimlik fotokopilerinizle postayla. İkisini de en az yılda bir kez, tanımadığınız hesaplar veya kredi sorguları için kontrol edin.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Kredi raporunuzu en az üç ayda bir ücretsiz alabilirsiniz. Farklı bilgiler tutabildikleri için her kredi raporlama kuruluşuna başvurun ve yapmadığınız kredi başvuruları veya hesaplar olup olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Kredi geçmişinizi tutan her kredi bilgi şirketi (kredi bürosu), her takvim yılında size puanınızı da içeren ücretsiz bir tam kredi raporu vermek zorundadır (Reserve Bank of India kuralı). Her bürodan web sitesi üzerinden isteyin ve almadığınız krediler veya kartlar olup olmadığını kontrol edin. Bulursanız 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>Yasa, kredi raporunuzu her kredi bürosundan yılda bir kez ücretsiz almanıza izin verir. TransUnion gibi her büyük bürodan isteyin ve açmadığınız krediler veya hesaplar olup olmadığına bakın. Yanlış kayıtlara büro nezdinde ücretsiz itiraz edebilirsiniz; büronun bunları kontrol etmek için 20 iş günü vardır.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Bank Negara Malaysia&apos;nın kredilerinizi ve kredi başvurularınızı tutan kaydı olan CCRIS raporunuzu eCCRIS hizmetinde (eccris.bnm.gov.my) kontrol edin. Yapmadığınız krediler veya başvurular olup olmadığına bakın ve yanlış kayıtların kontrol edilmesi için eCCRIS üzerinden veri doğrulama talebi gönderin.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Telefonunuzun veya tarayıcınızın kayıtlı şifrelerinizi sızıntılara karşı kontrol etmesini sağlayın</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Zaten kullandığınız şifre yöneticisi, kayıtlı şifrelerinizden hangilerinin bir sızıntıda göründüğünü gösterebilir; böylece hangilerini değiştirmeniz gerektiğini bilirsiniz.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Tarayıcınızda passwords.google.com (Google Şifre Yöneticisi) adresini açın ve Şifre Kontrolü&apos;ne git &gt; Şifreleri kontrol et&apos;i seçin. Güvenliği ihlal edilmiş olarak işaretlenen her şifreyi, e-postanız ve bankanızdan başlayarak, sonra da tekrar kullanılanları değiştirin. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>iOS 18 veya daha yenisinde Parolalar uygulamasını açın ve Güvenlik&apos;e dokunun; eski sürümlerde Ayarlar &gt; Parolalar &gt; Güvenlik Önerileri bölümünü açın. Ele Geçirilmiş Parolaları Algıla&apos;nın açık olduğunu kontrol edin, ardından ele geçirilmiş olarak işaretlenen her parolayı e-postanız ve bankanızdan başlayarak değiştirin. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Diğer (üç nokta) &gt; Şifreler ve otomatik doldurma &gt; Google Şifre Yöneticisi &gt; Kontrol. Edge: Ayarlar ve daha fazlası (...) &gt; Ayarlar &gt; Profiller &gt; Parolalar; ardından Parolalar çevrimiçi bir sızıntıda bulunduğunda uyarıları göster ayarını açın. Firefox: Ayarlar &gt; Gizlilik ve Güvenlik &gt; Parolalar; ihlale uğrayan web siteleri için parola uyarılarını göster seçeneğini işaretli tutun. Mac: Parolalar uygulaması &gt; Güvenlik. Menü adları sürüme göre farklı olabilir.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Sızan dosyaları aramayın, indirmeyin veya açmayın</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Sızan verileri bulup sizinle ilgili ne içerdiğini görmek cazip gelebilir. İnternette dolaşan kopyaların, onları açan cihaza bulaşan kötü amaçlı yazılımlar gizlediği tespit edildi.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Bu sızıntıyı içerdiğini iddia eden dosyaları, kendi bilgilerinizi kontrol etmek için bile aramayın, indirmeyin veya açmayın. Neyin sızdığını öğrenmek için şirketin kendi bildirimine veya Have I Been Pwned gibi bir ihlal uyarı hizmetine güvenin. Böyle bir dosyayı zaten açtıysanız cihazı güncel bir güvenlik yazılımıyla tarayın ve şifreleri başka bir cihazdan değiştirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Birinin size yanlışlıkla gönderdiğini söylediği bir kodu asla iletmeyin</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Numaranızı bilen bir dolandırıcı, kendi telefonunda WhatsApp veya Telegram hesabınıza giriş yapmaya başlayabilir; uygulama da kodu size SMS ile gönderir. Kodu sizden isterler, çoğu zaman bir arkadaşınızın ele geçirilmiş hesabından yazarak. Kod kimdeyse hesabınızı o ele geçirebilir.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>WhatsApp&apos;ın, Telegram&apos;ın veya başka bir hizmetin size SMS ile gönderdiği bir kodu, size yanlışlıkla gönderildiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın; WhatsApp&apos;ta bu, diğer kişinin oturumunu kapatır. Ardından iki adımlı doğrulamayı açın ve kişilerinizi hesabınızdan gelen mesajlara yanıt vermemeleri konusunda uyarın.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılık mesajlarını 7726&apos;ya (SPAM) iletin ve dolandırıcılığı ReportFraud.ftc.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılık mesajlarını 7726&apos;ya (ücretsiz) iletin. Para kaybettiyseniz bunu reportfraud.police.uk adresinde ya da İskoçya&apos;daysanız 101&apos;den Police Scotland&apos;a bildirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Bunu Scamwatch&apos;a (scamwatch.gov.au) bildirin. Para kaybettiyseniz hemen bankanızla iletişime geçin; kimliğiniz kötüye kullanılırsa IDCARE (1800 595 160) yardımcı olur.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin; para kaybettiyseniz bankanıza ve yerel polise de haber verin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılık mesajlarını 33700&apos;e (ücretsiz) iletin. Para kaybettiyseniz polise veya jandarmaya şikâyette bulunun; cybermalveillance.gouv.fr yardımcı olabilir.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılığı polise bildirin: varsa eyaletinizin Onlinewache sitesinden çevrimiçi olarak veya herhangi bir polis karakolunda.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Bunu commissariatodips.it adresinden Polizia Postale&apos;ye bildirin ve para kaybettiyseniz hemen bankanıza haber verin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Operatörünüze şikâyette bulunun; sorun çözülmezse düzenleyici kurum NTRA&apos;ya 155 numarasından başvurun. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılık mesajlarını 330330&apos;a iletin (ücretsiz, tüm operatörler için).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Dolandırıcılık sitelerini USOM&apos;a (usom.gov.tr), dolandırıcılığı ise bir polis veya jandarma karakoluna ya da şu anda yaşanıyorsa 112&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Mesajı sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse 622 numarasından Nigerian Communications Commission ile iletişime geçin.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. İnternet dolandırıcılığını e-Blagh (e-blagh.ma) üzerinden ulusal polise (DGSN) bildirin; para kaybettiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. Para alındıysa hemen bankanızı arayın ve Fiscalía&apos;ya veya Ulusal Polise suç duyurusunda bulunun (denuncia).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>WhatsApp&apos;ın veya Telegram&apos;ın size SMS ile gönderdiği bir kodu, yanlışlıkla geldiğini söyleyen bir arkadaşınıza bile asla iletmeyin. İlettiyseniz hemen numaranızla yeniden oturum açın, tanımadığınız oturumları sonlandırın ve iki adımlı doğrulamayı açın. SMS dolandırıcılıklarını mobil mesajlaşma sektörü kuruluşu WASPA&apos;ya (waspa.org.za) bildirin; para kaybettiyseniz hemen bankanızın dolandırıcılık hattını arayın.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Aileden gelen &quot;yeni numaram&quot; mesajını yanıtlamadan önce kontrol edin</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Dolandırıcılar anne babalara ve arkadaşlara, çocukları veya yakınları gibi davranarak yazar: &quot;Merhaba anne, telefonum bozuldu, bu yeni numaram.&quot; Birkaç mesajdan sonra acil bir fatura veya yeni bir telefon için para isterler.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Yeni numaraya yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın, başka bir yakınınıza sorun veya yalnızca onun yanıtlayabileceği bir soru sorun. Bir mesaj yüzünden kayıtlı numarasını değiştirmeyin. Göndereni mesajlaşma uygulamasında şikâyet edin ve engelleyin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Bazı dolandırıcılar hikâyeye sahte bir avukat veya polis de ekler. Dolandırıcılık mesajlarını 7726&apos;ya (SPAM) iletin ve dolandırıcılığı ReportFraud.ftc.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılık mesajlarını 7726&apos;ya (ücretsiz) iletin. Para kaybettiyseniz bunu reportfraud.police.uk adresinde ya da İskoçya&apos;daysanız 101&apos;den Police Scotland&apos;a bildirin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Bir mesaj yüzünden kayıtlı numarasını asla değiştirmeyin. Bunu Scamwatch&apos;a (scamwatch.gov.au) bildirin. Para kaybettiyseniz hemen bankanızla iletişime geçin; kimliğiniz kötüye kullanılırsa IDCARE (1800 595 160) yardımcı olur.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin; para kaybettiyseniz bankanıza ve yerel polise de haber verin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılık mesajlarını 33700&apos;e (ücretsiz) iletin. Para kaybettiyseniz polise veya jandarmaya şikâyette bulunun; cybermalveillance.gouv.fr yardımcı olabilir.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılığı polise bildirin: varsa eyaletinizin Onlinewache sitesinden çevrimiçi olarak veya herhangi bir polis karakolunda.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Bunu commissariatodips.it adresinden Polizia Postale&apos;ye bildirin ve para kaybettiyseniz hemen bankanıza haber verin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Operatörünüze şikâyette bulunun; sorun çözülmezse düzenleyici kurum NTRA&apos;ya 155 numarasından başvurun. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılık mesajlarını 330330&apos;a iletin (ücretsiz, tüm operatörler için).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Dolandırıcılık sitelerini USOM&apos;a (usom.gov.tr), dolandırıcılığı ise bir polis veya jandarma karakoluna ya da şu anda yaşanıyorsa 112&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Mesajı sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse 622 numarasından Nigerian Communications Commission ile iletişime geçin.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. İnternet dolandırıcılığını e-Blagh (e-blagh.ma) üzerinden ulusal polise (DGSN) bildirin; para kaybettiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. Para alındıysa hemen bankanızı arayın ve Fiscalía&apos;ya veya Ulusal Polise suç duyurusunda bulunun (denuncia).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Yanıt vermeyin ve para göndermeyin. Kişiyi zaten bildiğiniz numarasından arayın veya yalnızca onun yanıtlayabileceği bir soru sorun. SMS dolandırıcılıklarını mobil mesajlaşma sektörü kuruluşu WASPA&apos;ya (waspa.org.za) bildirin; para kaybettiyseniz hemen bankanızın dolandırıcılık hattını arayın.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Bir bağlantıya dokunmanızı isteyen kargo, otoyol ücreti veya ceza mesajlarını dikkate almayın</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Dolandırıcılar teslim edilemeyen bir paket, ödenmemiş bir otoyol ücreti, bir ceza veya küçük bir ücret hakkında mesaj gönderir. Bağlantı, kart veya kişisel bilgilerinizi alan taklit bir sayfaya götürür.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Teslimat, otoyol ücreti, ceza veya ücretlerle ilgili mesajlardaki bağlantılara dokunmayın. Bir teslimatı mağazanın veya kargo şirketinin kendi uygulamasından ya da web sitesinden, bir otoyol ücretini veya cezayı ise kendiniz bulduğunuz resmî siteden kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Mesajı operatörünüze bildirin, sonra silin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Ödenmemiş otoyol ücretiyle ilgili sahte mesajlar yaygındır. Dolandırıcılık mesajlarını 7726&apos;ya (SPAM) iletin ve dolandırıcılığı ReportFraud.ftc.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Dolandırıcılık mesajlarını 7726&apos;ya (ücretsiz) iletin. Para kaybettiyseniz bunu reportfraud.police.uk adresinde ya da İskoçya&apos;daysanız 101&apos;den Police Scotland&apos;a bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Bunu Scamwatch&apos;a (scamwatch.gov.au) bildirin. Para kaybettiyseniz hemen bankanızla iletişime geçin; kimliğiniz kötüye kullanılırsa IDCARE (1800 595 160) yardımcı olur.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin; para kaybettiyseniz bankanıza ve yerel polise de haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Kartınız daha sonra sizin haberiniz olmadan kullanılırsa kartı bloke ettirin ve Perceval üzerinden bildirin. Dolandırıcılık mesajlarını 33700&apos;e (ücretsiz) iletin. Para kaybettiyseniz polise veya jandarmaya şikâyette bulunun; cybermalveillance.gouv.fr yardımcı olabilir.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Dolandırıcılığı polise bildirin: varsa eyaletinizin Onlinewache sitesinden çevrimiçi olarak veya herhangi bir polis karakolunda.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Bunu commissariatodips.it adresinden Polizia Postale&apos;ye bildirin ve para kaybettiyseniz hemen bankanıza haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Operatörünüze şikâyette bulunun; sorun çözülmezse düzenleyici kurum NTRA&apos;ya 155 numarasından başvurun. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Dolandırıcılık mesajlarını 330330&apos;a iletin (ücretsiz, tüm operatörler için).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Dolandırıcılık sitelerini USOM&apos;a (usom.gov.tr), dolandırıcılığı ise bir polis veya jandarma karakoluna ya da şu anda yaşanıyorsa 112&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Mesajı sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse 622 numarasından Nigerian Communications Commission ile iletişime geçin.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. İnternet dolandırıcılığını e-Blagh (e-blagh.ma) üzerinden ulusal polise (DGSN) bildirin; para kaybettiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. Para alındıysa hemen bankanızı arayın ve Fiscalía&apos;ya veya Ulusal Polise suç duyurusunda bulunun (denuncia).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Kargo, otoyol ücreti veya ceza mesajlarındaki bağlantılara dokunmayın; kargo şirketinin veya ilgili kurumun kendi web sitesinden ya da uygulamasından kontrol edin. Kart bilgilerinizi girdiyseniz hemen bankanızı arayın. SMS dolandırıcılıklarını mobil mesajlaşma sektörü kuruluşu WASPA&apos;ya (waspa.org.za) bildirin; para kaybettiyseniz hemen bankanızın dolandırıcılık hattını arayın.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Bankanızdan veya polisten geliyor gibi görünen aramaları kapatın ve kendiniz geri arayın</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Dolandırıcılar ekranınızda, bankanızınki veya polisinki dahil, herhangi bir numaranın görünmesini sağlayabilir. Bir sızıntıdan gelen bilgilerle gerçekçi konuşurlar ve sizi para aktarmaya, kod okumaya veya kart bilgisi vermeye zorlarlar.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan biri ne kadar gerçekçi görünürse görünsün asla para aktarmayın, kod okumayın, PIN&apos;inizi veya kart bilgilerinizi vermeyin. Telefonu kapatın, sonra kartınızdaki, hesap özetinizdeki veya resmî web sitesindeki numarayı kendiniz arayın.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Dolandırıcılık aramalarını ReportFraud.ftc.gov adresinde, numarası taklit edilmiş aramaları ise FCC&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Bankanızdan gelen bir aramayı doğrulamak için 159&apos;u arayın; bir dolandırıcılık aramasını bildirmek için CALL yazıp numarayla birlikte 7726&apos;ya gönderin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Bunu Scamwatch&apos;a (scamwatch.gov.au) bildirin. Para kaybettiyseniz hemen bankanızla iletişime geçin; kimliğiniz kötüye kullanılırsa IDCARE (1800 595 160) yardımcı olur.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin; para kaybettiyseniz bankanıza ve yerel polise de haber verin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Aramayı 33700&apos;e (33700.fr) bildirin. Para kaybettiyseniz polise veya jandarmaya şikâyette bulunun.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. İstenmeyen aramaları Bundesnetzagentur&apos;a (bundesnetzagentur.de/aergermitrufnummern), dolandırıcılık girişimlerini ise eyaletinizin Onlinewache sitesi üzerinden veya herhangi bir karakolda polise bildirin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Bunu commissariatodips.it adresinden Polizia Postale&apos;ye bildirin ve para kaybettiyseniz hemen bankanıza haber verin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Operatörünüze şikâyette bulunun; sorun çözülmezse düzenleyici kurum NTRA&apos;ya 155 numarasından başvurun. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Dolandırıcılığı bir polis veya jandarma karakoluna ya da şu anda yaşanıyorsa 112&apos;ye, dolandırıcılık sitelerini ise USOM&apos;a (usom.gov.tr) bildirin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Aramayı sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Büyük şirketlerden gelen aramalarda giderek daha sık doğrulanmış bir ad ve onay işareti görünüyor (Origem Verificada); yine de bir aramada asla kod veya şifre vermeyin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse 622 numarasından Nigerian Communications Commission ile iletişime geçin.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Dolandırıcılığı e-Blagh (e-blagh.ma) üzerinden ulusal polise (DGSN) bildirin; para kaybettiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Arayan numara taklit edilebilir. Sizi arayan birine asla para aktarmayın, kod okumayın veya kart bilgisi vermeyin. Telefonu kapatın ve kartınızdaki ya da resmî web sitesindeki numarayı kendiniz arayın. Para alındıysa hemen bankanızı arayın ve Fiscalía&apos;ya veya Ulusal Polise suç duyurusunda bulunun (denuncia).</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Hesabınızın engelleneceğini veya askıya alınacağını söyleyen mesajlara göre hareket etmeyin</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>Sahte mesajlar, bilgilerinizi bir bağlantı veya arama yoluyla &quot;doğrulamazsanız&quot; banka hesabınızın, telefon hattınızın veya WhatsApp&apos;ınızın engelleneceğini söyler. Bu acele, kontrol etmenizi engellemek içindir.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın. Bankanın veya şirketin kendi uygulamasını açın ya da web adresini kendiniz yazın ve orada kontrol edin. Gerçek şirketler mesajla şifrenizi, PIN&apos;inizi veya kodlarınızı istemez. Mesajı operatörünüze ya da WhatsApp&apos;ta Şikâyet et ile bildirin, sonra silin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılık mesajlarını 7726&apos;ya (SPAM) iletin ve dolandırıcılığı ReportFraud.ftc.gov adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılık mesajlarını 7726&apos;ya (ücretsiz), dolandırıcılık e-postalarını report@phishing.gov.uk adresine iletin. Para kaybettiyseniz bunu reportfraud.police.uk adresinde ya da İskoçya&apos;daysanız 101&apos;den Police Scotland&apos;a bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Bunu Scamwatch&apos;a (scamwatch.gov.au) bildirin. Para kaybettiyseniz hemen bankanızla iletişime geçin; kimliğiniz kötüye kullanılırsa IDCARE (1800 595 160) yardımcı olur.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılıkları Canadian Anti-Fraud Centre&apos;a (Kanada Dolandırıcılıkla Mücadele Merkezi) 1-888-495-8501 numarasından veya çevrimiçi olarak bildirin; para kaybettiyseniz bankanıza ve yerel polise de haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılık mesajlarını 33700&apos;e (ücretsiz) iletin. Para kaybettiyseniz polise veya jandarmaya şikâyette bulunun; cybermalveillance.gouv.fr yardımcı olabilir.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılığı polise bildirin: varsa eyaletinizin Onlinewache sitesinden çevrimiçi olarak veya herhangi bir polis karakolunda.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Bunu commissariatodips.it adresinden Polizia Postale&apos;ye bildirin ve para kaybettiyseniz hemen bankanıza haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Öneri için INCIBE&apos;nin ücretsiz siber güvenlik yardım hattı 017&apos;yi arayın. Para kaybettiyseniz Policía Nacional&apos;e veya Guardia Civil&apos;e bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Operatörünüze şikâyette bulunun; sorun çözülmezse düzenleyici kurum NTRA&apos;ya 155 numarasından başvurun. Para kaybettiyseniz bankanıza ve polise haber verin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılık mesajlarını 330330&apos;a iletin (ücretsiz, tüm operatörler için).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Dolandırıcılık sitelerini USOM&apos;a (usom.gov.tr), dolandırıcılığı ise bir polis veya jandarma karakoluna ya da şu anda yaşanıyorsa 112&apos;ye bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Mesajı sancharsaathi.gov.in sitesindeki Chakshu ile bildirin. Para kaybettiyseniz hemen 1930&apos;u arayın veya cybercrime.gov.in adresinde bildirin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Operatörünüze şikâyette bulunun ve şikâyet numarasını saklayın; sorun çözülmezse 622 numarasından Nigerian Communications Commission ile iletişime geçin.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. İnternet dolandırıcılığını e-Blagh (e-blagh.ma) üzerinden ulusal polise (DGSN) bildirin; para kaybettiyseniz hemen bankanızı arayın.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. Para alındıysa hemen bankanızı arayın ve Fiscalía&apos;ya veya Ulusal Polise suç duyurusunda bulunun (denuncia).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Mesajdaki bağlantılara dokunmayın ve numaraları aramayın; şirketin kendi uygulamasından veya web sitesinden kontrol edin. Gerçek şirketler mesajla şifre, PIN veya kod istemez. SMS dolandırıcılıklarını mobil mesajlaşma sektörü kuruluşu WASPA&apos;ya (waspa.org.za) bildirin; para kaybettiyseniz hemen bankanızın dolandırıcılık hattını arayın.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Tanımadığınız gönderenlerden gelen mesajlara, STOP yazarak bile yanıt vermeyin: yanıt, gönderene numaranın kullanımda olduğunu söyler. SMS dolandırıcılıklarını ve spam&apos;i mobil mesajlaşma sektörü kuruluşu WASPA&apos;ya (waspa.org.za) bildirin. Para kaybettiyseniz veya banka bilgilerinizi verdiyseniz hemen bankanızın dolandırıcılık hattını arayın ve polise (SAPS) başvurup dosya açtırın.</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>İş adresinizin sızdığını BT biriminize bildirin</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>İş veya okul hesabı sizin değil, kurumunuzun yönetimindedir: BT birimi oturum açma işlemlerini kontrol edebilir, şifreyi sıfırlayabilir ve iki adımlı doğrulamayı açabilir; adresin bir sızıntıda yer aldığını bilmesi gerekir.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>BT biriminizle veya yardım masanızla, sızıntıyla ilgili bir mesaja yanıt vererek değil, her zamanki yoldan iletişime geçin. Hangi adres, hangi sızıntı ve nelerin sızdığını söyleyin. Şifreyi değiştirmeniz veya iki adımlı doğrulamayı açmanız gerekip gerekmediğini sorun ve söylediklerini yapın. Bu şifreyi başka yerde de kullandıysanız orada da değiştirin. Adres size ait bir alan adındaysa bunun yerine e-posta sağlayıcınızda güvenceye alın.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Sızan şifreyi kullandığınız her yerde değiştirin</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Suçlular sızıntı listelerindeki şifreleri e-posta, bankacılık ve alışveriş sitelerinde ilk olarak ve otomatik şekilde dener. Bu şifreyi kullanan her hesap, kendine ait bir şifresi olana kadar risk altındadır.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Şifreyi önce e-posta hesabınızda değiştirin, çünkü bu hesapla diğer şifreleriniz sıfırlanabilir; sonra bankanızda, sonra başka yerlerde giriş yapmak için kullandığınız hesaplarda (Google, Apple, Facebook), ardından bu şifrenin veya ona benzer bir şifrenin kullanıldığı diğer her yerde değiştirin. Her hesaba kendine ait uzun bir şifre verin: bir şifre yöneticisi bu şifreleri oluşturup hatırlayabilir.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Akademik kayıtlar</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Hesap bakiyeleri</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Adres defteri kişileri</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Yaş grupları</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Yaşlar</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Yapay zekâ istemleri</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Randevular</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Cihazlarda yüklü uygulamalar</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Burçlar</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Ses kayıtları</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Kimlik doğrulama belirteçleri</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatarlar</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Banka hesap numaraları</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Güzellik puanları</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biyometrik veriler</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biyografiler</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Tarayıcı kullanıcı aracısı bilgileri</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Gezinme geçmişleri</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Satın alma tercihleri</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Araç sahipliği durumları</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Kariyer düzeyleri</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Mobil şebeke adları</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Hayır bağışları</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Sohbet kayıtları</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Vatandaşlık durumları</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Giysi bedenleri</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Şirket adları</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>Kredi kartı CVV kodları</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Kredi kartları</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Kredi puanları</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Kredi durumu bilgileri</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Kripto para cüzdanı adresleri</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Kripto para cüzdanı özetleri</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Müşteri geri bildirimleri</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Müşteri etkileşimleri</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Müşteri hizmetleri yorumları</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Müşteri hizmetleri kayıtları</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Doğum tarihleri</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Ölüm tarihi</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Vefat durumları</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Teslimat talimatları</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Cihaz bilgileri</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Cihaz seri numaraları</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Cihaz kullanım izleme verileri</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Engellilik durumları</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Görünen adlar</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Alkol kullanma alışkanlıkları</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Sürücü belgeleri</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Uyuşturucu kullanma alışkanlıkları</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Kazançlar</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Beslenme alışkanlıkları</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Eğitim düzeyleri</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-posta adresleri</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>E-posta mesajları</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>İşverenler</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>İstihdam durumları</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Şifrelenmiş anahtarlar</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Etnik kökenler</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Aile üyelerinin adları</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Aile planları</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Aile yapısı</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Finansal yatırımlar</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Finansal işlemler</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Kondisyon düzeyleri</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Yapılan uçuşlar</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Forum gönderileri</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Cinsiyetler</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Coğrafi konumlar</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Resmî kimlik belgeleri</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Sağlık sigortası bilgileri</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Eski şifreler</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>HIV durumları</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Konut kredisi bilgileri</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Ev sahipliği durumları</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>Ana sayfa adresleri</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>IMEI numaraları</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>IMSI numaraları</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Gelir düzeyleri</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Anlık mesajlaşma kimlikleri</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP adresleri</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>IQ düzeyleri</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>İş başvuruları</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Unvanlar</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Dil tercihleri</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Enlem ve boylam çiftleri</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Plakalar</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Yaşam maliyetleri</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Kredi bilgileri</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Oturum açma geçmişleri</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Sadakat programı bilgileri</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC adresleri</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Medeni durumlar</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Askerlik hizmeti</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Anımsatıcı ifadeler</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Annelerin kızlık soyadları</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Adlar</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Uyruklar</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Net servetler</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Takma adlar</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Meslekler</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Ebeveynlik planları</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Kısmi kredi kartı verileri</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Kısmi doğum tarihleri</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Kısmi resmî kimlik bilgileri</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Kısmi telefon numaraları</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Pasaport numaraları</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Şifre ipuçları</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Şifre güçleri</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Şifreler</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Ödeme geçmişleri</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Ödeme yöntemleri</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Kişisel tanımlar</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Kişisel sağlık verileri</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Kişisel ilgi alanları</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefon numaraları</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotoğraflar</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Posta adresleri</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Fiziksel özellikler</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN kodları</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Doğum yerleri</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Siyasi bağışlar</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Siyasi görüşler</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Özel mesajlar</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Mesleki beceriler</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Profil fotoğrafları</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Profil istatistikleri</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Satın alımlar</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Satın alma alışkanlıkları</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Irklar</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Kurtarma e-posta adresleri</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>İlişki durumları</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Dinler</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Ödül programı bakiyeleri</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Hitaplar</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Okul sınıfları (sınıf düzeyleri)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Güvenlik soruları ve yanıtları</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Cinsel fetişler</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Cinsel yönelimler</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Kargo takip numaraları</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Sigara içme alışkanlıkları</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS mesajları</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Sosyal bağlantılar</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Sosyal medya profilleri</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Sosyal güvenlik numaraları</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Sosyoekonomik düzeyler</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Konuşulan diller</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Eş adları</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Destek talepleri</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Anket sonuçları</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Dövme durumu</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Vergi kayıtları</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Telekomünikasyon operatörleri</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Saat dilimleri</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Seyahat alışkanlıkları</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Seyahat planları</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Kullanıcı durumları</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>Kullanıcı web sitesi adresleri</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Kullanıcı adları</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Fatura bilgileri</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Araç bilgileri</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Araç şasi numaraları (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Araç plakaları</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>VIP durumları</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Garanti talepleri</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Web sitesi etkinliği</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Çalışma alışkanlıkları</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Doğum yılları</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Mesleki deneyim yılları</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>login:password satırlarından oluşan bir kombo liste</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>alice@example.com:hunter2 veya alice99:hunter2 gibi, başlık satırı olmayan satırlar. Giriş bilgisi bir e-posta adresi, telefon numarası veya kullanıcı adı olabilir: her biri ne ise öyle saklanır. Şifrenin kendisi de iki nokta ve tırnak içerebilir: ilk iki noktadan sonraki her şey şifredir. Şifrenin kendisi asla saklanmaz; yalnızca bir şifre olup olmadığı saklanır.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>2021 Facebook kazıma verileri: her ülke için bir dosya, alanlar iki noktayla ayrılmış</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: gibi, başlık satırı olmayan satırlar. Tarih ve saat sütunu (profilin en son görüldüğü zaman) kendisi de iki nokta içerir; çoğu zaman boştur. Telefon numaraları ülke kodlarını + olmadan taşır.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>Bir SQL dökümündeki forum kullanıcı tablosu (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Bir forum veritabanının mysqldump veya pg_dump dökümü: kullanıcı tablosu okunur (herhangi bir tablo önekiyle phpbb_users, vBulletin&apos;in user tablosu, mybb_users, xf_user, wp_users), diğer tüm tabloların satırları sayılır ama okunmaz. Tanımlayıcılar kullanıcı adları ve e-posta adresleridir; şifre özeti, doğum günü veya IP adresi olup olmadığı saklanır, değerin kendisi asla saklanmaz. Bir forumun tablosunda olmayan sütunlar dışarıda bırakılır.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>URL:, Username: ve Password: satırlarından oluşan bloklar hâlinde bir bilgi hırsızı günlüğü</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>RedLine tarzı bilgi hırsızı günlüklerinin Passwords.txt dosyası: tarayıcıda kayıtlı her giriş için bir kayıt; URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 ve Application: Chrome gibi satırlar; kayıtlar = işaretlerinden oluşan bir satırla veya boş bir satırla biter. Host, Login, USER, PASS ve SOFT aynı anahtarlar olarak okunur. Giriş bilgisi bir e-posta adresi, telefon numarası veya kullanıcı adı olabilir: her biri ne ise öyle saklanır. Şifrenin kendisi asla saklanmaz; yalnızca bir şifre olup olmadığı saklanır.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>URL:login:password satırlarından oluşan bir bilgi hırsızı günlüğü</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>https://accounts.example.com/login:alice@example.com:hunter2 gibi (veya parçalar arasında | olan) satırlar; şifre çalan kötü amaçlı yazılımlar bunları tarayıcılardan bu şekilde toplar. Sitenin adı adresten okunur; şifrenin kendisi iki nokta içerebilir. Giriş bilgisi bir e-posta adresi, telefon numarası veya kullanıcı adı olabilir: her biri ne ise öyle saklanır. Şifrenin kendisi asla saklanmaz; yalnızca bir şifre olup olmadığı saklanır.</translation>
    </message>
</context>
</TS>
