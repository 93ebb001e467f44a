<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>I dati di %1 account di %2 sono trapelati nel %3. Comprendevano: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>I dati di alcuni account di %1 sono trapelati nel %2. Comprendevano: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Si ritiene che i dati siano inventati.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>È un elenco usato per inviare spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>La sua autenticità non è stata confermata.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Inserita a mano in questa cassaforte.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Fonte: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Fonte: ricerche di Breach Advisor sulle fonti indicate sopra.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Fonte: un file di catalogo importato.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Importa il pacchetto di un servizio di assistenza</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1 è stato creato il %2. Contiene il catalogo delle violazioni e %n file di dati trapelati con %3 record.</numerusform>
            <numerusform>%1 è stato creato il %2. Contiene il catalogo delle violazioni e %n file di dati trapelati con %3 record.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>È firmato da %1, un servizio di assistenza di cui questa cassaforte si fida (chiave %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>È firmato con una chiave di cui questa cassaforte non si fida ancora:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Chiedi al tuo servizio di assistenza il suo file di chiave pubblica (.pub) e controlla, al telefono o su carta, che la sua chiave sia la stessa. Solo allora sceglilo qui sotto: da ora in poi questa cassaforte accetterà i pacchetti firmati da quel servizio di assistenza.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>È più vecchio dell&apos;ultimo pacchetto ricevuto da questo servizio di assistenza (creato il %1): potrebbe essere una vecchia copia riproposta. Importalo &amp;comunque</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Il file di chiave pubblica del servizio di assistenza</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>Chiave &amp;pubblica del servizio di assistenza (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Scegli la chiave pubblica del servizio di assistenza</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Chiavi pubbliche (*.pub);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>ad es. Servizio di assistenza della biblioteca comunale</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;Nome da dare al servizio di assistenza:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Il file della chiave per agenti</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>Chiave per &amp;agenti (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Scegli la chiave per agenti</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Chiavi per agenti (*.agent);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Il pacchetto contiene impronte degli identificativi e quali tipi di dati sono trapelati, mai i valori trapelati. Viene letto solo se la sua firma è valida su ogni singolo byte; altrimenti non cambia nulla.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Scegli il file della chiave per agenti che ti ha dato il tuo servizio di assistenza.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Scegli il file di chiave pubblica del servizio di assistenza, dopo aver controllato che la sua chiave sia uguale a quella qui sopra.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Verifica della firma e importazione…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>La chiave in %1 (%2) non è quella che ha firmato questo pacchetto. Non è cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Violazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Cosa è trapelato</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e altri %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 account: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 account</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>numero di account non noto</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Catalogo delle violazioni</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>un&apos;azienda o un sito web, ad es. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Cerca:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>Cosa è &amp;trapelato:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Anno:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvizio:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Informazioni sulla violazione</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Mi hanno &amp;detto che sono in questa violazione…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Qualsiasi dato</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Qualsiasi anno</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Qualsiasi servizio</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>Violazioni mostrate: %1 su %2. Dati di Have I Been Pwned (CC BY 4.0), salvo diversa indicazione per una violazione.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambia la frase segreta</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>D&apos;ora in poi la cassaforte si apre con la nuova frase segreta; la tua chiave di recupero continua a funzionare. Se pensi che qualcuno conosca la tua frase segreta e possa avere una copia della cassaforte, una nuova frase segreta da sola non protegge quella copia.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova frase segreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova frase segreta</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Digita di nuovo la nuova frase segreta</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambia</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Violazione</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Tuoi dati coinvolti</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Account coinvolti</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>può includere: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>non noto</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e %n altro</numerusform>
            <numerusform>%1 e altri %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; siti dei login trapelati: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Non usata</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Numeri di telefono (cercati)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Indirizzi email (cercati)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Nomi utente (cercati)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (solo se è compilato)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primo valore</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenuto</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Colonna %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Indirizzi web (il sito di ciascun login)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Nessun paese (i numeri iniziano con +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Ti diamo il benvenuto in Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Scopri se i tuoi dati sono trapelati, cosa è trapelato e cosa fare</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor confronta numeri di telefono, indirizzi email e nomi utente con le violazioni note e con i file di dati trapelati che importi, e prepara un piano di passaggi semplici, per te o per una persona che aiuti.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Niente di ciò che scrivi qui esce da questo computer: non c&apos;è alcun account e nessuna connessione a Internet. Tutto è conservato in una cassaforte cifrata che si apre solo con la tua frase segreta.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Ricorda su questo computer (qui non serve la frase segreta per aprirla)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Creazione della tua cassaforte. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Scegli una frase segreta</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>La frase segreta apre la tua cassaforte. Quattro o più parole senza legame tra loro sono facili da ricordare e difficili da indovinare. Puoi incollarla da un gestore di password.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nuova frase segreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nuova frase segreta</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ripetila:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Digita di nuovo la frase segreta</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Per ricordarla si usa il portachiavi di questo computer: chiunque possa usare il tuo account su questo computer potrebbe quindi aprire la cassaforte. Lascia l&apos;opzione disattivata su un computer condiviso.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Se dimentichi la frase segreta, solo la chiave di recupero della pagina successiva può aprire la cassaforte.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Creazione della cassaforte</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Ho &amp;stampato o scritto la mia chiave di recupero e l&apos;ho messa in un posto sicuro</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>La tua chiave di recupero</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Se un giorno dimentichi la frase segreta, questa chiave è l&apos;unico modo per rientrare nella tua cassaforte. Viene mostrata solo ora. Stampala o scrivila e tienila lontana da questo computer.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>La tua cassaforte è pronta</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Ora aggiungi i tuoi dati o quelli della persona che aiuti: numeri di telefono, indirizzi email e servizi usati. Breach Advisor mostra poi cosa è trapelato e cosa fare, passo dopo passo.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Configura Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continua</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Inizia</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Contenuto della colonna</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Scegli un file di dati trapelati…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>La prima riga contiene i &amp;nomi delle colonne</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Rimuovi questa importazione…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Importa un file di dati trapelati</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>I file di dati trapelati (CSV, TSV o JSON Lines, anche compressi con gzip) vengono letti su questo computer. Si conservano solo impronte con chiave dei numeri di telefono, degli indirizzi email e dei nomi utente, e quali tipi di dati aveva ogni record — mai i valori trapelati.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Il file viene letto come impostato qui sotto. Per la maggior parte dei file non serve cambiare nulla.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Nessuno: ricavalo dal file</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>Formato &amp;noto di una fuga di dati:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Rilevato nel file (virgola, punto e virgola, tabulazione, barra verticale o due punti)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto e virgola ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra verticale |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Due punti :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulazione</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgola ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Campi &amp;separati da:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Rilevata nel file (UTF-8, altrimenti Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidentale)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Europa occidentale)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>Il &amp;testo è codificato in:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Le prime righe:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Le prime righe del file</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Contenuto di ogni colonna (correggilo dove il suggerimento è sbagliato):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Contenuto di ogni colonna</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>La violazione da cui proviene il file</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Nuova violazione…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>&amp;Violazione di provenienza:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Con il prefisso internazionale (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Come si compongono in un paese (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>I numeri di &amp;telefono sono scritti:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>Il loro &amp;paese:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Nel frattempo puoi usare il resto dell&apos;app. Se annulli, non cambia nulla.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Cosa non è stato importato, con esempi</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importa &amp;un altro file</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Importato finora</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>File di dati trapelati importati</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Scegli la violazione…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Scegli un file di dati trapelati</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>File scelto: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Nessuna colonna è stata riconosciuta come numeri di telefono, indirizzi email o nomi utente: indica quale colonna li contiene.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Una violazione che il catalogo non ha</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Azienda o &amp;servizio:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Quando è avvenuta:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;Account coinvolti (se noti):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Cosa è trapelato si ricava dalle colonne che assegni.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Indica quale colonna contiene numeri di telefono, indirizzi email o nomi utente.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Scegli la violazione da cui proviene il file, o creane una nuova.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Per i numeri scritti come si compongono in un paese bisogna indicare quel paese.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importazione di %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L&apos;importazione è stata annullata. Non è cambiato nulla.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 righe lette, %2 righe al secondo</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importazione: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Scrittura dell&apos;indice cifrato: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Importazione: scrittura dell&apos;indice</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Scegli nell&apos;elenco l&apos;importazione da rimuovere.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Rimuovere questa importazione?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>I record di %1 (%2) verranno rimossi dall&apos;indice. I risultati delle persone cambieranno di conseguenza. Il file in sé non viene toccato.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Rimozione: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Rimossa. Restituzione dello spazio al disco…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Rimossa. Ora la cassaforte occupa %1 in meno.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Salta tutte le righe che non corrispondono</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>File di dati trapelati e archivi (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Archivio: %1. Le sue colonne sono quelle di %2; ogni file di dati trapelati nell&apos;archivio viene importato con questa assegnazione, ciascuno per conto suo.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Non letto dall&apos;archivio: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Importa il &amp;pacchetto di un servizio di assistenza…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Oppure, se un servizio di assistenza ha preparato per te il catalogo e i file di dati trapelati: il suo pacchetto firmato, con la chiave per agenti che ti ha dato.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Scegli il pacchetto di un servizio di assistenza</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Pacchetti (*.bundle);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Importato il pacchetto firmato da %1 (creato il %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Era più vecchio dell&apos;ultimo pacchetto ricevuto da questo servizio di assistenza.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Violazioni: %1 nuove, %2 aggiornate.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>File di dati trapelati: %1 aggiunti con %2 record; %3 erano già presenti.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>manca circa %n secondo</numerusform>
            <numerusform>mancano circa %n secondi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>manca circa %n minuto</numerusform>
            <numerusform>mancano circa %n minuti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Violazione</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Nome file</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importato</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Spazio occupato</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 da %2: %3 record</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Fatto:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Attenzione:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problema:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Blocca</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Blocca subito la cassaforte (Ctrl+L): sullo schermo non resta nulla di personale</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sezioni</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Controllo rapido</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Importa una fuga di dati</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Catalogo delle violazioni</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configurazione</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Questa è la cassaforte dimostrativa: la sua frase segreta è &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Controlla una password</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostra la frase segreta</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostra o nascondi ciò che hai digitato</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Nascondi la frase segreta</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Sembra che il blocco delle maiuscole sia attivo: le lettere vengono scritte in maiuscolo.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustezza della frase segreta</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Non è uguale alla frase segreta qui sopra.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Importa l&apos;&amp;elenco…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Importa una cartella di &amp;file di prefisso…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annulla l&apos;importazione</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Dove la persona usa questa password</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>&amp;Controlla la password</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>Apri il suo &amp;piano</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Controlla una password</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Una password è nell&apos;elenco delle password note da fughe di dati? I criminali provano prima quelle. Il controllo avviene solo su questo computer: la password non viene salvata né inviata da nessuna parte, e il campo viene svuotato dopo ogni controllo.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>L&apos;elenco delle password trapelate</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Avanzamento dell&apos;importazione</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;Di chi è la password:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Password da controllare</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word da controllare:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Nessuno in particolare (non si conserva nulla)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>L&apos;elenco delle password trapelate su questo computer non si può usare (vedi sotto): importalo di nuovo.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 password trapelate (%2), importate il %3 da %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Importa un &amp;elenco più recente…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Scrivi la password da controllare.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Prima importa l&apos;elenco delle password trapelate: senza l&apos;elenco non c&apos;è nulla con cui confrontarla.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Salvato con %1: una sua password è nota (della password in sé non si conserva nulla). Ora il suo piano inizia con il cambio di questa password.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Scegli l&apos;elenco delle password trapelate</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Scegli la cartella dei file di prefisso</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Importazione dell&apos;elenco delle password trapelate…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Lettura dell&apos;elenco: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Importazione dell&apos;elenco delle password trapelate: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>L&apos;importazione è stata annullata. L&apos;elenco è rimasto com&apos;era.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullamento…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Su questo computer non c&apos;è ancora un elenco di password trapelate. Scarica una volta sola l&apos;elenco &quot;Pwned Passwords&quot; di Have I Been Pwned, su un qualsiasi computer con accesso a Internet (haveibeenpwned.com/Passwords spiega come), poi importa qui il file, o la cartella di file. L&apos;elenco contiene dati pubblici: nulla di ciò che controlli viene inviato da nessuna parte.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Nessun passaggio per ora</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 di %n passaggio completato</numerusform>
            <numerusform>%1 di %n passaggi completati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Aggiungi una persona</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Mi hanno &amp;detto che sono in una violazione…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Ancora nessuno. Aggiungi i tuoi dati o quelli della persona che aiuti.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Scegli una persona per vedere cosa è trapelato e cosa fare.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Dati di %1 salvati.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Eliminare %1?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, i suoi dati e i suoi progressi verranno eliminati da questa cassaforte. L&apos;operazione non si può annullare.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Elimina %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Dati di %1 eliminati.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Prima aggiungi la persona che ha ricevuto l&apos;avviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Aggiungi una persona</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifica %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>un nome o un soprannome</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Paese:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numeri di telefono</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Aggiungi un altro numero di &amp;telefono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Indirizzi email</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Aggiungi un altro indirizzo &amp;email</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomi utente</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Aggiungi un altro nome &amp;utente</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Servizi che usa</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Il suo telefono e il suo computer</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Un telefono &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Un &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Un co&amp;mputer</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Ciò che inserisci resta nella cassaforte cifrata su questo computer.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Numero di telefono %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>La stessa dell&apos;app</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>&amp;Lingua che legge:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Quando: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Account coinvolti: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sito web: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Cosa è trapelato:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>I tuoi dati coinvolti:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Secondo l&apos;avviso è trapelato questo:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Cosa è trapelato lì (i tuoi dati potrebbero esserci):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Che cos&apos;è:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Quanto è probabile che ti riguardi:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Da dove viene:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Mi hanno &amp;detto di una violazione</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Stampa la scheda…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Salva la scheda come P&amp;DF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Cosa è stato &amp;controllato:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Cosa è stato controllato</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Violazioni:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Informazioni sulla violazione</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Cosa è trapelato</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n numero di telefono</numerusform>
            <numerusform>%n numeri di telefono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n indirizzo email</numerusform>
            <numerusform>%n indirizzi email</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nome utente</numerusform>
            <numerusform>%n nomi utente</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Risultati</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Nulla di questo controllo viene salvato. Cancellalo quando hai finito.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Ti hanno segnalato %n violazione.</numerusform>
            <numerusform>Ti hanno segnalato %n violazioni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n violazione in servizi che usi potrebbe includere i tuoi dati: è elencata a parte.</numerusform>
            <numerusform>%n violazioni in servizi che usi potrebbero includere i tuoi dati: sono elencate a parte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: non controllato. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: trovato in %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: non presente nei file di dati trapelati importati</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nessuna violazione da mostrare. Sono stati esaminati solo i file di dati trapelati importati in questa cassaforte e le violazioni dei servizi che hai detto di usare.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Stampa la scheda</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Piano Breach Advisor per %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Piano Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Salva la scheda</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Pagina web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Salvata in %1. Contiene dati personali: conservala al sicuro.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Imposta il suo &amp;paese…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Esclusi perché non si conosce il paese: %1. Imposta il suo paese per aggiungerli.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: non cercato, nessun file di dati trapelati è stato importato</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scegli una violazione per vedere quali tuoi dati conteneva.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Risultato del controllo</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Impossibile salvare %1: %2. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Controlla una sua pass&amp;word…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Questo numero non può essere giusto: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>inizia con + e il prefisso internazionale</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>per esempio %1 o %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>Di quale paese è questo numero? Scegli il suo paese, oppure inizia con + e il prefisso internazionale.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Messo da parte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 di %2 completati</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (inizia da qui)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, circa %3 minuti%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, inizia da qui</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 di %3 completati</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Elenco dei passaggi</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Un passaggio alla &amp;volta</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Passaggi del piano</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Nessun passaggio per ora.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 di %n passaggio completato</numerusform>
            <numerusform>%1 di %n passaggi completati</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passaggio %1 di %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>È in corso un&apos;altra operazione (un&apos;importazione?): verrà salvato appena finisce.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annullato: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; segnato come completato</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; messo da parte per ora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; segnato come non adatto a te</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; di nuovo tra le cose da fare</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avanzamento del piano</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controlla</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Dimentica tutto</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controllo in corso…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Controllo rapido</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Controlla numeri di telefono, indirizzi email o nomi utente senza salvarli. Non si conserva nulla: ciò che scrivi e ciò che viene trovato si dimenticano quando lasci questa pagina o blocchi l&apos;app.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>I numeri senza prefisso internazionale &amp;vengono da:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Uno per riga, ad es.
0100 123 4567
nome@example.com
nomeutente</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Cosa controllare:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Scrivi almeno un numero di telefono, un indirizzo email o un nome utente.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>È in corso un&apos;altra operazione (un&apos;importazione?): il controllo partirà appena finisce.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Servizi che usa</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Spunta i servizi che usa e controlla di nuovo.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Esclusi perché non si conosce il paese: %1. Scegli il paese qui sopra e controlla di nuovo per aggiungerli.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Controlla una pass&amp;word…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>La tua nuova chiave di recupero</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>L&apos;ho &amp;stampata o scritta</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Questa è la tua nuova chiave di recupero. Viene mostrata solo ora: stampala o scrivila e tienila lontana da questo computer. Quando spunti la casella qui sotto e chiudi questa finestra, sostituisce quella vecchia, che smette di funzionare.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Stampa</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>S&amp;alva in un file…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Chiave di recupero: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Chiave di recupero di Breach Advisor

%1

Conserva questo foglio al sicuro e lontano dal computer: con questo foglio chiunque può aprire la cassaforte.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Inviata alla stampante.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salva la chiave di recupero</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>File di testo (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Salvata in %1. Spostala fuori da questo computer (su una chiavetta USB, oppure stampala) e cancellala da qui.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>Impossibile salvare %1: %2. Non è stato salvato nulla: scegli un&apos;altra posizione o stampa la chiave.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>&amp;Non è nell&apos;elenco: descrivila</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Mi hanno detto che sono in una violazione</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Un&apos;azienda o una notizia ha detto che i tuoi dati erano in una violazione? Sceglila qui e spunta ciò che secondo l&apos;avviso è trapelato. Riceverai un piano apposito, che resta salvato con questa persona.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Chi ha ricevuto l&apos;avviso:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>il nome dell&apos;azienda, ad es. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Trova la violazione:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>ad es. Polisportiva del paese</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Azienda o &amp;servizio:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Quando è avvenuta (o la data dell&apos;avviso):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Cosa è trapelato secondo l&apos;avviso</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Crea il mio &amp;piano</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Prima aggiungi la persona, poi indica all&apos;app l&apos;avviso ricevuto.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Indica l&apos;azienda o il servizio a cui si riferiva l&apos;avviso.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Inserita da un avviso di violazione.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Scegli la violazione dall&apos;elenco, oppure descrivila se non c&apos;è.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Spunta almeno un tipo di dati indicato nell&apos;avviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lettura</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Dimensione del testo:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Sicurezza della cassaforte</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minuti</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Blocca se non usata per:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambia la frase segreta…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Crea una nuova &amp;chiave di recupero…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Qualcuno potrebbe conoscere la mia frase segreta: rinnova &amp;tutte le chiavi…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Una nuova frase segreta da sola non protegge una copia della cassaforte che qualcuno potrebbe già avere. Questa opzione cifra di nuovo tutto con una nuova chiave, una nuova frase segreta e una nuova chiave di recupero.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Aiutare gli altri</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>facoltativo: compare sulle schede stampate</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Il tuo &amp;nome:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Questa cassaforte</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Cartella: %1
%2 violazioni nel catalogo (dati più recenti: %3)
Cifratura: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Ora questo computer ricorda la cassaforte.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Questo computer non ricorda più la cassaforte.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Modifica della frase segreta in corso…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>La frase segreta è stata cambiata. La tua chiave di recupero funziona ancora. Nota: una copia della cassaforte fatta prima della modifica si apre ancora con la vecchia frase segreta.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Creare una nuova chiave di recupero?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>La chiave di recupero che hai stampato prima smetterà di funzionare. Vedrai quella nuova una sola volta, per stamparla o scriverla.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Crea una &amp;nuova chiave</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Rinnova tutte le chiavi</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Nuova cifratura della cassaforte con nuove chiavi in corso. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>La cassaforte ha nuove chiavi. La vecchia frase segreta e la vecchia chiave di recupero non aprono più nulla, nemmeno una vecchia copia del file delle chiavi.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>La stessa del computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiari</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuri</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olori:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Ricorda questa cassaforte su questo computer</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Così qui si apre senza la frase segreta. Chiunque possa usare il tuo account su questo computer potrebbe quindi aprire la cassaforte: lascia l&apos;opzione disattivata su un computer condiviso.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>La nuova chiave di recupero non è stata conservata, quindi non è cambiato nulla: quella vecchia funziona ancora.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>La nuova chiave di recupero è attiva. Quella vecchia non funziona più.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>La nuova chiave di recupero non è stata conservata, quindi le chiavi della cassaforte non sono state cambiate: la vecchia frase segreta e la vecchia chiave di recupero funzionano ancora.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>L&apos;ho &amp;fatto</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Lo farò &amp;più tardi</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Non &amp;mi riguarda</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Torna tra le cose da fare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Istruzioni per</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Cosa fare</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>facoltativa, ad es. &quot;PIN conservato nel cassetto chiuso a chiave di casa&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Passaggio &amp;precedente</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>Passaggio &amp;successivo →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passaggio precedente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Passaggio successivo</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Niente da fare per ora.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Scegli un passaggio per vedere cosa fare.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · circa %n minuto</numerusform>
            <numerusform>%1 · circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Avevi già fatto questo passaggio, ma da allora i dati sono trapelati di nuovo (%1). Per favore, rifallo.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · segnato il %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tutti i dispositivi</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Da dove viene: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(verificato il %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Questa nota è stata scritta prima che il passaggio venisse riaperto.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annulla: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Stato di questo passaggio</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Sblocca</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Apertura della tua cassaforte. Ci vuole un momento.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Ho dimenticato la frase segreta: usa la mia &amp;chiave di recupero</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>&amp;Apri con la chiave di recupero</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Apri con il &amp;portachiavi di questo computer</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logo di Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Sblocca Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase segreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Apertura della cassaforte</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chiave di recupero</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Chiave di recupero:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>La tua cassaforte è in %1. Tutto ciò che contiene resta su questo computer.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Questa frase segreta non apre questa cassaforte. Controlla il blocco delle maiuscole e riprova.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Prima digita la tua frase segreta.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Una violazione deve avere un nome e un titolo.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>La data della violazione non è una data valida (AAAA-MM-GG).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Indica quali tipi di dati sono trapelati (per esempio &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>Il catalogo ha già una violazione di nome &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 manca o non è testo</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 non è testo</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 non è true né false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 non è un numero intero uguale o maggiore di zero</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; non è una data (AAAA-MM-GG)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; non è una data con ora (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 manca o non è un elenco</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 contiene una voce che non è testo</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: impossibile leggere il file: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON non valido: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: non è un catalogo di violazioni: è previsto un elenco di violazioni come quello pubblicato da Have I Been Pwned</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: violazione n. %3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>il nome &quot;%1&quot; compare due volte</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 non è %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>un file di chiave segreta di un servizio di assistenza (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>un file di chiave pubblica (il PREFIX.pub di bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>un file di chiave per agenti (il PREFIX.agent di bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>un file di firma (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 è stato creato da una versione più recente di Breach Advisor (formato %2; questa versione legge il %3). Aggiorna l&apos;app per leggerlo.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>La frase segreta di %1 non è corretta, oppure il file è stato alterato.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>un pacchetto di un servizio di assistenza (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 non corrisponde alla sua firma: è stato modificato o troncato dopo la firma. Non è stato importato nulla; chiedi di nuovo il pacchetto al servizio di assistenza.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 è stato creato per un&apos;altra chiave per agenti: chiedi al servizio di assistenza che l&apos;ha firmato la chiave dei suoi pacchetti (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 è firmato con una chiave di cui questa cassaforte si fida, ma il suo contenuto non è utilizzabile. Non è stato importato nulla; avvisa il servizio di assistenza che l&apos;ha creato.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 è firmato con una chiave di cui questa cassaforte non si fida (%2). Non è stato importato nulla. Se è la chiave del tuo servizio di assistenza, prima rendila attendibile: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 è stato creato il %2, prima dell&apos;ultimo pacchetto ricevuto da %3 (creato il %4): potrebbe essere una vecchia copia riproposta. Non è stato importato nulla.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 milioni</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>circa tanti quanti erano allora gli utenti di %1</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>circa tanti quanti erano allora gli utenti di %1 in questo paese (%2)</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>più della metà degli utenti che %1 aveva allora</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>più della metà degli utenti che %1 aveva allora in questo paese (%2)</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>circa un utente di %1 su %2 all&apos;epoca</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>circa un utente di %1 su %2 in questo paese (%3) all&apos;epoca</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>secondo quanto riportato, circa %1 dei suoi record provenivano da questo paese (%2)</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; nel mondo erano %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>account coinvolti: %1, cioè %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>non si sa quale parte degli utenti che %1 aveva allora fosse coinvolta</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>Questo tuo dato è trapelato nella violazione %2: %1.</numerusform>
            <numerusform>Questi %n tuoi dati sono trapelati nella violazione %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Secondo un avviso che hai ricevuto, questo tuo dato è trapelato nella violazione %2: %1.</numerusform>
            <numerusform>Secondo un avviso che hai ricevuto, questi %n tuoi dati sono trapelati nella violazione %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Questo tuo dato è probabilmente trapelato nella violazione %2: %1.</numerusform>
            <numerusform>Questi %n tuoi dati sono probabilmente trapelati nella violazione %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>È poco probabile, ma possibile, che questo tuo dato sia trapelato nella violazione %2: %1.</numerusform>
            <numerusform>È poco probabile, ma possibile, che questi %n tuoi dati siano trapelati nella violazione %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Questo tuo dato potrebbe essere trapelato nella violazione %2: %1.</numerusform>
            <numerusform>Questi %n tuoi dati potrebbero essere trapelati nella violazione %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Violazione %2: %3. Questo tuo dato potrebbe essere trapelato: %1.</numerusform>
            <numerusform>Violazione %2: %3. Questi %n tuoi dati potrebbero essere trapelati: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Un consiglio generale, non dovuto a una fuga di dati in particolare.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Se usavi %1, questo tuo dato potrebbe essere trapelato lì: %2; %3.</numerusform>
            <numerusform>Se usavi %1, questi %n tuoi dati potrebbero essere trapelati lì: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Se avevi un account lì, cambiane la password e chiudi le sue altre sessioni.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>secondo il venditore, circa %1 dei suoi record provenivano da questo paese (%2); nessuno l&apos;ha verificato</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>solo circa %2 dei suoi record contenevano un dato “%1”</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Se usi %1: %2. Indica che lo usi per ricevere questi passaggi per intero.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Lo stesso vale per %n altra violazione.</numerusform>
            <numerusform>Lo stesso vale per %n altre violazioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Telefono Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
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
                          aggiunge o aggiorna violazioni dal JSON di Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          una violazione che il catalogo non ha ancora
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
        <translation>  FILE            il JSON /api/v3/breaches di Have I Been Pwned; un file con anche una sola
                  violazione non valida viene rifiutato per intero (uscita 4), con la riga
  --name N        la chiave della violazione (lettere e cifre, come il campo Name di HIBP)
  --classes LIST  cosa è trapelato: nomi dei tipi di dati di HIBP separati da ;
  --count N       quanti account conteneva
  --flags LIST    che tipo di violazione è, valori separati da ;: stealer_log (password rubate
                  da malware su un dispositivo), malware, sensitive, spam_list, fabricated
NAME è il Name di una violazione come lo mostra catalog list.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Uso: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>Lette %1 violazioni da %2: %3 nuove, %4 aggiornate, %5 invariate.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Tipi di dati che questa versione non conosce ancora (conservati e mostrati così come sono): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count deve essere un numero intero uguale o maggiore di zero.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; non è un flag valido. Usa stealer_log, malware, sensitive, spam_list o fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Uso: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; non è una data (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>&quot;%1&quot; aggiunta al catalogo.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 violazioni. Dati di Have I Been Pwned (CC BY 4.0), salvo diversa indicazione.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Cosa è trapelato</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e altri %1</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Uso: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>Il catalogo non ha nessuna violazione di nome &quot;%1&quot;. Vedi catalog list per i nomi.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Data della violazione: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Account: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Dal file di catalogo importato: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Cosa è trapelato:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (un tipo di dati che questa versione non conosce ancora)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Da dove viene: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Usa catalog import, catalog add, catalog list o catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n argomento non controllato: scrivi --phone, --email o --username prima di ogni identificativo.</numerusform>
            <numerusform>breach-advisor-cli: %n argomenti non controllati: scrivi --phone, --email o --username prima di ogni identificativo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Uso: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: non controllato. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  non trovato</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  trovato in %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: errore imprevisto: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Comando sconosciuto &quot;%1&quot;. Vedi breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 non funziona all&apos;interno della shell: prima esci (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: la cassaforte della shell è già aperta.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Uso: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Scopre quali violazioni contengono i tuoi dati e cosa fare, solo su questo computer.

Comandi:
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
Opzioni:
  --vault DIR             la cartella della cassaforte (predefinita: %1)
  --passphrase-file FILE  legge la frase segreta dalla prima riga di FILE;
                          altrimenti $BREACH_ADVISOR_PASSPHRASE, altrimenti la chiede
  --keychain              sblocca con la chiave che il portachiavi di questo computer ricorda;
                          la prima volta chiede la frase segreta, poi la chiave viene ricordata
  --json                  output leggibile da un programma
  --mask                  identificativi mostrati solo quanto basta per riconoscerli
  --yes                   esegue senza chiedere (comandi remove)
  -h, --help              questo aiuto; COMMAND --help: l&apos;aiuto di quel comando
  --version               la versione

Più comandi con un solo sblocco: breach-advisor-cli shell (comandi dal
terminale o da uno script, uno per riga).

Codici di uscita: 0 successo, 1 errore, 2 errore d&apos;uso, 3 frase segreta errata o cassaforte in uso,
4 file di input rifiutato, 130 interrotto con Ctrl-C (nulla è cambiato).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (verificato il %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Nota, da quando era stato fatto in precedenza: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>consiglio generale</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>trovato in una fuga di dati</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>un avviso ricevuto</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possibile</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] fatto, [-] saltato, [/] non applicabile</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - riaperto: è trapelato di nuovo in %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - saltato</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - non applicabile</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Piccole violazioni in servizi che usi</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Salva la persona (person add) ed esegui plan --person NAME per avere i passaggi completi.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>Non c&apos;è nessuna cassaforte in %1. Creane una con: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: impossibile usare il portachiavi (%1); si usa la frase segreta.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Ora il portachiavi di questo computer ricorda la chiave della cassaforte: d&apos;ora in poi --keychain non chiede la frase segreta (keychain forget lo annulla).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: il portachiavi non ha conservato la chiave (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength può essere interactive, moderate o sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; non è un codice paese di due lettere conosciuto.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>sì</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - leggerebbe l&apos;input della shell stessa: indica un file.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: più di 16 MiB di identificativi.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Uso: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          la sua scheda da stampare, con identificativi mascherati, come la stampa l&apos;app
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Uso: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; deve terminare con .pdf o .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>Le schede in PDF richiedono la libreria grafica, che non è stata avviata.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Scheda di %1 (%Ln passaggio) scritta in %2. Contiene dati personali: conservala al sicuro.</numerusform>
            <numerusform>Scheda di %1 (%Ln passaggi) scritta in %2. Contiene dati personali: conservala al sicuro.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: scrivilo come &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Uso: import FILE --breach NAME [--phone COLUMN]... (vedi import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset imposta il formato del file: ometti --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter è un solo carattere ASCII, come ; o :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding può essere utf-8, windows-1252, latin1 o auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format può essere international, national o auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national richiede --region CC, il paese dei numeri.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb è un numero intero pari o superiore a 16.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Non esiste il preset &quot;%1&quot;: import --list-presets li elenca.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    violazione: %1; colonne: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Importazione di %1 in &quot;%2&quot;. Colonne:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 righe, %2 righe/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, circa %1 s rimanenti</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>scrittura dell&apos;indice</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    record e byte su disco, per violazione
  index remove IMPORT_ID [--yes]
                          annulla un&apos;importazione e restituisce il suo spazio
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  come lo elenca index stats
  --yes      rimuove senza chiedere (agli script non si chiede mai)
La rimozione riscrive il file della cassaforte senza l&apos;importazione, così lo spazio su disco
torna libero: per un po&apos; serve tanto spazio libero quanto ne occupa la cassaforte.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Nessun file di dati trapelati ancora importato. Aggiungine uno con: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 record in %2 importazioni, %3 byte (%4 byte per record).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  importazione %1: %2 da %3, %4 record, %5 byte</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Uso: index remove IMPORT_ID (vedi index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Non esiste l&apos;importazione %1 (vedi index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Rimuovere l&apos;importazione %1 (%2 da %3, %4 record)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Non è stato rimosso nulla.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Importazione %1 rimossa; il file della cassaforte è più piccolo di %2 byte.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Usa index stats o index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          crea una cassaforte e stampa la sua chiave di recupero
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Crea una cassaforte in --vault DIR (una cartella vuota o nuova) con il catalogo delle violazioni incluso.
La frase segreta viene da --passphrase-file, da $BREACH_ADVISOR_PASSPHRASE o viene chiesta.
  --kdf-strength S  quanto è lento provare la frase segreta: interactive, moderate (predefinito)
                    o sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Cassaforte creata in %1 con %2 violazioni note.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>La tua chiave di recupero (scrivila o stampala e conservala in un posto sicuro):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Se dimentichi la frase segreta, questa chiave è l&apos;unico modo per rientrare nella cassaforte.
Viene mostrata solo ora.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Non è stato possibile mostrare la chiave di recupero, quindi non è stata creata nessuna cassaforte.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         il portachiavi di questo computer non ricorda più la chiave della cassaforte
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (con qualsiasi comando che apre la cassaforte) sblocca con la chiave che il portachiavi
ricorda; la prima volta chiede la frase segreta e poi ricorda la chiave.
keychain forget la rimuove; la frase segreta funziona come prima.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Uso: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Non c&apos;è nessuna cassaforte in %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Il portachiavi non ha dimenticato la chiave: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Il portachiavi di questo computer non ricorda più la chiave della cassaforte.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          la forma che viene sottoposta a hash e confrontata (non serve la cassaforte)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     un numero di telefono in qualsiasi formato; ripetilo per indicarne più d&apos;uno
  --region CC      il paese dei numeri scritti senza prefisso internazionale
  --language LL    lingua del luogo da cui viene il numero (predefinita: quella del sistema)
  --email TEXT, --username TEXT
Codice di uscita 1 se uno di essi non è valido.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Uso: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: non valido. %2</translation>
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
        <translation>Uso: %1 (vedi person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>Dati di %1 salvati. Vedi il suo piano con: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Nessuna persona ancora salvata. Aggiungine una con: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %2 di %3 passaggi completati</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  paese: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - presente in %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  usa: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  piattaforme: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  avviso ricevuto per %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  piano: %1 di %2 passaggi completati (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Esiste già una persona salvata di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Modifiche a %1 salvate; i suoi progressi restano.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>Rimuovere %1, i suoi identificativi e i suoi progressi dalla cassaforte?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Persona rimossa: %1.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Usa person add, list, show, edit o remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          il piano della persona, con i suoi progressi
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Uso: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>I dati di %1 non sono stati trovati nelle fughe di dati importate in questa cassaforte, e nessun servizio che usa è tra le violazioni del catalogo. Controlla di nuovo dopo aver importato altre fughe di dati.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Piano per %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Uso: shell (i comandi arrivano dal suo input)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>La cassaforte è aperta. Scrivi i comandi come sulla riga di comando (help li elenca), exit per uscire.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          registra i progressi su un passaggio del suo piano
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  fatto, messo da parte per ora, o non lo riguarda
  reopen          di nuovo da fare
  STEP_ID         come lo elenca il piano, ad es. whatsapp-two-step-pin; un passaggio che non
                  è nel suo piano viene rifiutato
  --person NAME   di chi è il piano
  --note TEXT     conservata con il passaggio (senza, resta la nota precedente)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Uso: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 è di nuovo tra le cose da fare di %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>Passaggio %1 segnato come &quot;%2&quot; per %3.</translation>
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
        <translation>  vault info [--json]     cosa contiene la cassaforte
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          imposta una nuova frase segreta con la chiave di recupero stampata
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          nuova chiave, nuova frase segreta e nuova chiave di recupero, per una
                          frase segreta compromessa
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
        <translation>  --new-passphrase-file FILE  la nuova frase segreta (altrimenti viene chiesta due volte nel terminale)
  --recovery-key-file FILE    la chiave di recupero stampata quando è stata creata la cassaforte
  --kdf-strength S            interactive, moderate o sensitive; la cassaforte mantiene la propria
                              robustezza se questa opzione non viene indicata
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase cifra di nuovo solo la chiave della cassaforte: è veloce e la chiave di recupero continua
a funzionare, ma il database non viene cifrato di nuovo, quindi una vecchia copia di vault.header apre ancora la
cassaforte con la vecchia frase segreta. rekey cifra di nuovo il database con una nuova chiave e stampa
una nuova chiave di recupero: la vecchia frase segreta, la vecchia chiave di recupero e le vecchie copie di
vault.header non la aprono più.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Le due frasi segrete sono diverse. Non è cambiato nulla.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>La tua nuova chiave di recupero (scrivila o stampala e conservala in un posto sicuro;
quella vecchia smette di funzionare ora):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Non è stato possibile mostrare la nuova chiave di recupero, quindi le chiavi della cassaforte non sono state cambiate.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>La cassaforte è stata cifrata di nuovo con una nuova chiave. La vecchia frase segreta, la vecchia chiave di recupero e
le vecchie copie di vault.header non la aprono più; un computer che ricordava la cassaforte
chiederà una volta la nuova frase segreta.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Cassaforte %1
  %2 violazioni nel catalogo (catalogo incluso del %3)
  versione dello schema %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  è stato avviato un cambio di chiavi non completato: la nuova frase segreta lo completa, oppure esegui
  di nuovo vault rekey
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover richiede --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>La frase segreta è stata cambiata. La tua chiave di recupero funziona ancora.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Usa vault info, vault change-passphrase, vault recover o vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; non è una lingua offerta da Breach Advisor. Lingue offerte: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    di chi è il piano
  --out FILE       .pdf (A4, o Letter negli Stati Uniti e in Canada) o .html; leggibile solo
                   da te. Contiene dati personali: conservalo al sicuro
  --language LL    la sua lingua (predefinita: la lingua della persona, altrimenti quella del terminale)
  --helper NAME    chi ha aiutato, stampato sulla scheda (il nome di un servizio di assistenza)</translation>
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
        <translation>  NAME            come chiamare la persona (va bene un soprannome)
  --from FILE|-   i suoi identificativi, uno per riga, da un file o dallo standard input, così
                  i numeri non finiscono su una riga di comando che altri utenti di questo computer
                  possono leggere (come check --from: phone:, email:, username: indicano il tipo)
  --country CC    il suo paese: per i numeri senza prefisso internazionale e per
                  i consigli su dove segnalare
  --uses SERVICE  un servizio che usa; --platform P: android, iphone o computer
  --mask          mostra gli identificativi solo quanto basta per riconoscerli
  --rename NEW    edit: il suo nuovo nome
  --language LL   add, edit: la lingua che legge; la sua scheda viene stampata in questa lingua
  --yes           remove senza chiedere (agli script non si chiede mai)
edit sostituisce ciò che viene indicato: tutti gli identificativi se c&apos;è uno tra --phone, --email, --username o
--from, il paese, i servizi, le piattaforme (un valore vuoto li cancella); i suoi
progressi restano. Gli identificativi vengono controllati prima di salvare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  legge: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Indica cosa cambiare: --rename, --phone, --email, --username, --from, --country, --uses, --platform o --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Cosa fare: %L1 passaggi, %L2 completati.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln min</numerusform>
            <numerusform>%Ln min</numerusform>
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
                          quali violazioni contengono questi identificativi, e con quali dati
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          prepara anche il piano di cosa fare (in --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          un controllo e un piano per riga: ogni riga è un cliente
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
        <translation>  --phone/--email/--username TEXT  un identificativo da cercare; ripetilo per indicarne più d&apos;uno
  --from FILE|-    identificativi, uno per riga, da un file o dallo standard input, così non
                   finiscono su una riga di comando che altri utenti di questo computer possono leggere:
                   una riga con una @ è un indirizzo email, con cifre un numero di telefono, altrimenti
                   un nome utente; phone:, email: o username: davanti indicano il tipo
  --region CC      il paese dei numeri di telefono scritti senza prefisso internazionale
  --mask           mostra gli identificativi solo quanto basta per riconoscerli (+20 ••• ••• 4567)
  --uses SERVICE   un servizio che la persona usa (WhatsApp, Facebook, Google, ...): le sue
                   violazioni contano come &quot;potrebbe essere trapelato&quot;, in base a quanti dei
                   suoi utenti contenevano; un servizio sconosciuto viene escluso con un avviso
  --platform P     android, iphone o computer: le istruzioni del piano per quella piattaforma
  --each-line      con --from: ogni riga è un cliente, con i suoi identificativi separati
                   da virgole o tabulazioni; un risultato per riga (JSON Lines con --json)
Codice di uscita 5: non è stato possibile controllare nulla (nessun identificativo valido, oppure
nessun file di dati trapelati importato e nessun servizio indicato).
Non si salva nulla: per conservare una persona e i suoi progressi, usa person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Uso: check --from FILE|- --each-line: un cliente per riga, con i suoi identificativi separati da virgole o tabulazioni.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, riga %2: nessun identificativo, non controllata.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: nessuna riga contiene un identificativo, quindi non è stato controllato nulla.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Riga %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  non cercato: nessun file di dati trapelati è stato importato</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Esclusi perché non si conosce il paese: %1. Per aggiungerli, indica il paese: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Se usi questi servizi</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, riga %2: supera i %3 caratteri, troppi per una riga di identificativi. Non è stato fatto nulla.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Impossibile scrivere %1: %2. Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows è un numero di righe (250) o una percentuale (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          i formati dei file di dati trapelati noti che --preset conosce
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    le righe che non corrispondono all&apos;intestazione (campi mancanti o in più,
                         una virgoletta mai chiusa, una riga oltre 1 MiB) vengono saltate e
                         contate; più di N righe, o il P % delle righe, fanno rifiutare
                         l&apos;intero file (predefinito 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C interrompe l&apos;importazione e non cambia nulla (uscita 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header e --no-header si contraddicono.</translation>
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
        <translation>  --header               la prima riga contiene i nomi delle colonne anche se sembra un dato
                         (senza questa opzione o --no-header: una prima riga con un indirizzo
                         email o un numero lungo viene letta come dato)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds è un numero intero da 0 (mai) a %1 (un giorno).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n secondo</numerusform>
            <numerusform>%n secondi</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          sblocca una volta, poi esegue i comandi digitati o ricevuti in input, uno per riga
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
        <translation>Ogni riga è un comando come sulla riga di comando, senza breach-advisor-cli e senza
--vault, --passphrase-file o --keychain: la cassaforte resta aperta fino a exit, quit o alla
fine dell&apos;input. Le virgolette funzionano come in una shell; le righe che iniziano con # sono commenti.
In un terminale, un comando che fallisce viene segnalato e si legge il successivo; da uno script, il
primo comando che fallisce chiude la shell con il suo codice di uscita.
init, shell, keychain e vault (tranne vault info) non funzionano al suo interno.
Come l&apos;app, la shell blocca la cassaforte dopo un certo tempo senza input (l&apos;impostazione
dell&apos;app, 10 minuti se non è stata cambiata lì): dimentica le chiavi, e il comando successivo
la sblocca di nuovo come ha fatto la shell.
  --idle-lock-seconds N  blocca invece dopo N secondi senza input; 0: mai</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Si blocca dopo %1 senza input.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>La cassaforte si è bloccata dopo %1 senza input. Il comando successivo la sblocca di nuovo.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format può essere csv, tsv, jsonl, json, sql o blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table vale per i dump SQL (.sql, o --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb è un numero di gigabyte maggiore di 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    violazione: %1; tabelle SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 contiene %Ln elemento:</numerusform>
            <numerusform>%1 contiene %Ln elementi:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>dimensione non nota</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: un file di dati trapelati</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: saltato (%3)</translation>
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
                          aggiunge all&apos;indice un file di dati trapelati (CSV, TSV, JSON Lines; anche .gz)
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [le opzioni qui sopra]
                          aggiunge i file di dati trapelati di un archivio zip, 7z o tar (anche .tar.gz, .bz2,
                          .xz, .zst), ciascuno come importazione a sé
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
        <translation>  FILE                   CSV, TSV, JSON Lines, un array JSON o un dump SQL, compresso con gzip o no
  --breach NAME          la violazione del catalogo a cui appartiene (prima aggiungine una nuova con catalog add)
  --preset NAME          il formato di un file noto (import --list-presets), ad es.
                         facebook-2021; le righe che non corrispondono vengono contate e saltate
  --format F             csv, tsv, jsonl, json (un array di oggetti, o JSON Lines)
                         o sql (predefinito: dal nome del file)
  --no-header            la prima riga contiene dati; le colonne sono numerate da 1
  --delimiter C          il carattere tra i campi (predefinito: rilevato tra
                         , ; tab | : per CSV; tab per TSV)
  --encoding E           utf-8, windows-1252 o latin1 (predefinito: ogni riga come UTF-8 se
                         è UTF-8 valido, altrimenti come Windows-1252)
  --phone/--email/--username COLUMN
                         una colonna con identificativi, per nome d&apos;intestazione, numero o
                         percorso con punti nel JSON annidato (user.contact.phone)
  --field &quot;CLASS=COL&quot;    una colonna con altri dati trapelati, per tipo di dati HIBP
                         (&quot;Names=first,last&quot;); si conserva solo se è compilata
                         Senza nessuna di queste opzioni, le colonne vengono riconosciute dai loro nomi
                         (in inglese, tedesco, francese, spagnolo, italiano, portoghese,
                         olandese, turco, arabo, russo).
  --phone-format F       international (con prefisso internazionale), national (richiede --region)
                         o auto (predefinito: deciso dalle prime righe)
  --region CC            il paese dei numeri in formato nazionale
  --exact-phone-validation  controlla ogni numero con libphonenumber (più lento)
  --memory-mb N          memoria per i record prima dell&apos;ordinamento (predefinito 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              legge tutto il file con i controlli dell&apos;importazione: l&apos;assegnazione,
                         i conteggi e l&apos;esito che l&apos;importazione darebbe, senza
                         scrivere nulla
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         una colonna di login (come --username): ogni valore viene
                         conservato per ciò che è, un indirizzo email, un numero di telefono con
                         prefisso internazionale, o un nome utente
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        record fatti di righe &quot;Key: value&quot; (log degli stealer), terminati da una
                         riga vuota, una riga di segni =, o una chiave già vista
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (riconosciuto dal
                         contenuto); ogni elemento con un nome da file di dati trapelati (.csv, .tsv,
                         .txt, .json, .jsonl, .sql) viene importato come FILE, gli altri vengono
                         elencati come saltati; --dry-run li elenca tutti. Nulla viene
                         estratto su disco. Se un elemento viene rifiutato, non se ne importa nessuno
  --member GLOB          solo gli elementi il cui percorso o nome corrisponde (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), qualunque cosa dicano i loro nomi
  --max-unpacked-gb N    rifiuta un archivio che, estratto, occupa di più (predefinito 1024); viene
                         rifiutato anche un elemento che, estratto, supera 1000 volte la sua dimensione
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: la tabella da leggere, per nome o schema (*users); senza
                         questa opzione, la prima con colonne dal nome di indirizzi email
                         o numeri di telefono. Le righe delle altre tabelle vengono contate, non lette
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member sceglie elementi di un archivio (zip, 7z, tar): %1 non lo è.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    siti dei login trapelati: %1</translation>
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
        <translation>  --site COLUMN          una colonna di indirizzi web, il sito del login di ogni riga
                         (log degli stealer): ogni record conserva il nome host, e un
                         controllo lo indica
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 supera %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 esiste già: le chiavi non vengono mai sovrascritte. Scegli un altro --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Uso: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Scritti %1 (la chiave di firma e la chiave dei contenuti, sigillate con la frase segreta: tienilo presso il servizio di assistenza), %2 (la chiave pubblica: dalla a chiunque debba fidarsi di ciò che firmi) e %3 (solo la chiave dei contenuti, per i portatili degli agenti: legge i pacchetti, ma non può firmarli).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 è la stessa chiave pubblica, per OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Impronta: %1 (leggila ad alta voce per confrontare le chiavi al telefono)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Uso: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>Firmato %1: %2 (chiave %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Uso: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: firmato con la chiave %2, invariato da allora.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 non è stato firmato con la chiave in %2 (la firma indica la chiave %3). Non fidarti.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 non corrisponde alla sua firma %2: è stato modificato dopo la firma, oppure la firma non è la sua. Non fidarti.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import richiede il numero di un&apos;importazione (index list li mostra), non %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Uso: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 esiste già. Scegli un altro --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>Scritto %1: il catalogo (%2 violazioni) e %n importazione di dati trapelati con %3 record, cifrati con la chiave dei contenuti e firmati con la chiave %4.</numerusform>
            <numerusform>Scritto %1: il catalogo (%2 violazioni) e %n importazioni di dati trapelati con %3 record, cifrati con la chiave dei contenuti e firmati con la chiave %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Gli agenti lo importano con: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Uso: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Da ora questa cassaforte accetta i pacchetti firmati da %1 (chiave %2). Prima di importarne uno, confronta la chiave con quella del servizio di assistenza, letta ad alta voce al telefono.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Questa cassaforte non si fida ancora di nessun servizio di assistenza: bundle trust PREFIX.pub ne aggiunge uno.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>attendibile dal %1; ultimo pacchetto creato il %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>attendibile dal %1; nessun pacchetto ricevuto finora</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Uso: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 è firmato da %2 (chiave %3) ed è stato creato il %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>È più vecchio dell&apos;ultimo pacchetto ricevuto da questo servizio di assistenza; importato perché è stato indicato --allow-older.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Violazioni: %1 nuove, %2 aggiornate, %3 invariate.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Importazioni di dati trapelati: %1 aggiunte (%2 record), %3 già in questa cassaforte.</translation>
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
                          le chiavi di un servizio di assistenza:
                          PREFIX.secret, .pub, .agent (e .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          firma un file (i checksum di una release) e verifica
                          chi l&apos;ha firmato
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          il catalogo e le importazioni di dati trapelati,
                          cifrati e firmati per gli agenti
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  i servizi di assistenza da cui questa cassaforte
                          accetta pacchetti
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          verifica chi ha firmato un pacchetto, poi lo unisce
                          alla cassaforte
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
        <translation>  --out PREFIX           keygen: dove vanno i file delle chiavi; mai sopra file esistenti
  --kdf-strength S       keygen: quanto è lento indovinare la frase segreta
                         (interactive, moderate: il predefinito, sensitive)
  --key PREFIX.secret    sign, export: il file di chiave segreta del servizio di
                         assistenza
  --import ID            export: solo questa importazione (index list; ripeti per
                         indicarne altre); predefinito: tutte le importazioni
  --name NAME            trust: come chiamare il servizio di assistenza
                         (predefinito: il nome del file)
  --agent-key PREFIX.agent  import: la chiave dei contenuti che il servizio di
                         assistenza ha dato agli agenti
  --allow-older          import: accetta un pacchetto più vecchio dell&apos;ultimo ricevuto
                         dal suo servizio di assistenza (altrimenti rifiutato:
                         potrebbe essere una vecchia copia riproposta)
  --signer PREFIX.pub    verify: la chiave pubblica di cui ti fidi
  --signature FILE.sig   verify: la firma (predefinita: FILE.sig)
La frase segreta di PREFIX.secret: viene chiesta, oppure BREACH_ADVISOR_BUNDLE_PASSPHRASE
negli script. Le firme sono Ed25519 sull&apos;intero file; anche OpenSSL può verificarle
(docs/packaging.md). verify esce con il codice 4 se il file non è firmato con quella
chiave; import esce con il codice 4, senza modificare la cassaforte, se un pacchetto
non è firmato da un servizio di assistenza attendibile, è stato modificato o troncato,
o è per un&apos;altra chiave per agenti.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Uso: bundle keygen | sign | verify | export | trust | signers | import (vedi bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Uso: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>circa %1 s rimanenti</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Le password non vengono mai prese dalla riga di comando (gli altri utenti e la cronologia dei comandi le vedrebbero): digitale quando vengono chieste, oppure forniscile una per riga dall&apos;input standard.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Riga %1: vuota, non controllata.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>input standard</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hash di password (%2) da %3, importati il %4: %5 su disco, %6 byte per hash.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Uso: passwords import | check | info (vedi passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses indica dove una persona usa la password: indica anche --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Salvato con %1: una sua password è nota (della password in sé non si conserva nulla). Ora il suo piano inizia con il cambio di questa password.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          l&apos;elenco delle password trapelate (Pwned Passwords), offline
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          una password è nell&apos;elenco? (chiesta, o una per riga in input)
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
        <translation>  FILE     l&apos;elenco scaricato, ordinato per hash (SHA-1 o NTLM, HASH:COUNT per riga),
           compresso o no; FOLDER: i file scaricati, uno per prefisso di hash di 5 cifre
L&apos;elenco è conservato accanto alla cassaforte (--vault DIR), non al suo interno: sono dati
pubblici. Senza --person la frase segreta non viene chiesta: non si legge nulla della
cassaforte. Le password non vengono mai prese dalla riga di comando. check --json stampa
una riga per password: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: almeno tante volte; 0 se
non trovata), e &quot;kept&quot; con --person. Esce con 0, che la password sia trovata o no.
  --person NAME   conserva una password trovata con questa persona salvata, come &quot;una sua
                  password è nota&quot; (mai la password): il suo piano inizia con il cambio di
                  questa password ovunque
  --uses SERVICE  dove la usa (ripetilo per indicarne altri), nominati in quel passaggio</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 non accetta valori.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 richiede un valore.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Opzione sconosciuta --%1. Vedi breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 non vale per questo comando.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Una virgoletta %1 non è chiusa.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>La chiave del database ha una dimensione errata.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 è danneggiato: troncato o modificato. Non è stato toccato.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>Impossibile decifrare %1: è danneggiato, non è una cassaforte di Breach Advisor, oppure la chiave è sbagliata. Non è stato toccato.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>La cifratura non è disponibile: in questo programma è caricata un&apos;altra libreria SQLite (%1), quindi non si apre né si crea nessuna cassaforte.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>Il database della cassaforte %1 manca. La cassaforte non è stata toccata.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 è vuoto o troncato (%2 byte): la cassaforte è danneggiata. Non è stata toccata.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 è un file SQLite non cifrato, non una cassaforte di Breach Advisor. Non è stato toccato.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Impossibile creare il file del database %1: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>La cifratura non è disponibile: in questo programma è caricata un&apos;altra libreria SQLite.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>La cassaforte è in uso da parte di un altro programma.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 è danneggiato (%2). Non vi è stato scritto altro.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>Il disco che contiene %1 è pieno. La modifica non è stata salvata; la cassaforte è com&apos;era prima.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>Impossibile scrivere %1 (%2): la sua cartella è di sola lettura? La cassaforte è com&apos;era.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Errore del database (%1) in %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Impossibile rimuovere %1, lasciato da un aggiornamento interrotto del formato della cassaforte. La cassaforte non è stata toccata.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Impossibile mettere il database aggiornato al posto di %1 (%2). La cassaforte è rimasta com&apos;era.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 è danneggiato: una parte non si può leggere. Non è stato toccato.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Non è stato possibile aggiornare il database della cassaforte al nuovo formato (la copia non ha superato la verifica). La cassaforte è rimasta com&apos;era.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Polisportiva dimostrativa</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Una polisportiva immaginaria il cui elenco dei soci è trapelato: inventata per la dimostrazione.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN scritto sul biglietto nel suo portafoglio</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>fatto il %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>messo da parte per ora</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>non applicabile</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>da rifare: è trapelato di nuovo</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>circa %n minuto</numerusform>
            <numerusform>circa %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(verificato il %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Da dove viene:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: cosa fare</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: cosa fare, per %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Preparato il %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>con l&apos;aiuto di %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, elenco delle violazioni del %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Per ora non ci sono passaggi. Controlla di nuovo quando si conosceranno nuove fughe di dati.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 di %n passaggio completato.</numerusform>
            <numerusform>%1 di %n passaggi completati.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Cosa è stato controllato</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>non controllato (così com&apos;è scritto non può essere giusto)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>non trovato nei file di dati trapelati importati</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Secondo un avviso, nella violazione %1 sono trapelati: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Chi hai contattato</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Annota chi hai chiamato o a chi hai scritto, quando e cosa ti hanno detto.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Questa pagina contiene dati personali: conservala in un posto sicuro, oppure distruggila quando hai finito.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Se ti riguarda</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Impossibile aprire la stampante o il file.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>La stampante o il file ha smesso di accettare pagine.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Contiene dati personali: conservalo al sicuro o distruggilo.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 di %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Nessun file di dati trapelati è ancora stato importato in questa cassaforte, quindi non è stato possibile cercarli in nessuna fuga di dati.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Nessuno di questi è stato trovato nei file di dati trapelati importati in questa cassaforte (importazioni: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Non significa che non siano mai trapelati: sono stati controllati solo i file importati.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>Trovati %1 su %2 in: %3. Questo non significa che qualcuno abbia usato i tuoi account.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>Non è stato possibile controllarne %1 su %2: vedi il motivo qui sotto.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Il portachiavi ha rifiutato: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Su questo computer non è disponibile un portachiavi, quindi la cassaforte non può essere ricordata. Usa la tua frase segreta per aprirla.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Questa cassaforte non è ricordata su questo computer.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 è cifrato: Breach Advisor non legge gli archivi cifrati. Estrailo con la sua password, poi importa il file estratto.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: l&apos;archivio è troncato o danneggiato (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1, una volta estratto, supera di %2 volte la sua dimensione compressa, cosa che nessun file di dati trapelati fa: rifiutato come archivio bomba. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: oltre %2 una volta estratto, il limite per un archivio: rifiutato come archivio bomba. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>metadati di macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>un file leggimi o una licenza</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>compresso dentro l&apos;archivio: estrailo, poi importalo</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>dal nome non è un file di dati trapelati (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una cartella</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>non è un file (un collegamento o un dispositivo)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>non scelto da --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vuoto</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valido: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>una riga più lunga di %1 MiB: i file di dati trapelati hanno righe corte (manca un a capo o una virgoletta di chiusura?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>più di %1 colonne</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: file inesistente</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: impossibile aprire il file</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: impossibile leggere il file (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: il file compresso è troncato o danneggiato (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>il file è testo UTF-16: prima salvalo come UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>dati binari (un byte NUL): non è un file di testo</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>UTF-8 non valido: il file usa un&apos;altra codifica</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 campi dove il formato ne prevede %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un campo tra virgolette non viene mai chiuso (manca una &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campi dove l&apos;intestazione ne ha %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>la riga non ha i campi del formato</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>una riga che non è &quot;Chiave: valore&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>l&apos;array JSON non viene mai chiuso (il file è troncato?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>testo dopo la fine dell&apos;array JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>manca una , o una ] dopo un elemento dell&apos;array JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>l&apos;array JSON termina all&apos;interno di un elemento (il file è troncato?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>un nome tra virgolette non viene mai chiuso</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>le righe di COPY non terminano mai con una riga \. (il file è troncato?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>nessun INSERT … VALUES o COPY … FROM stdin: nessuna riga da leggere in questo file SQL</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>nessuna tabella %1 con righe nel dump; le tabelle con righe: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: nessun nome di colonna delle tabelle indica che contengono indirizzi email o numeri di telefono. Indica la tabella da leggere (--table) e le sue colonne. Le tabelle con righe: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>una riga senza valori</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 valori dove la tabella ha %2 colonne</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>il file termina all&apos;interno di una riga di valori (è troncato?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>una riga di valori illeggibile (una virgoletta non è chiusa)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>il file termina all&apos;interno di un&apos;istruzione INSERT (è troncato?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>manca una , o un ; dopo una riga di valori</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>una riga di valori non inizia con (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>Il formato di file di dati trapelati %1 è difettoso: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulazioni</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>spazi</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Letto con il formato noto &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Campi separati da %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (rilevato)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Testo: %1 (le prime righe non sono UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Nota: il catalogo non elenca %1 per &quot;%2&quot;; questa importazione li registra per le sue persone.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Numeri di telefono: formato %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Questo file era già stato importato in &quot;%1&quot; con le stesse impostazioni (importazione %2). Non è cambiato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Testo: %Ln riga non è UTF-8 valido, letta come %1.</numerusform>
            <numerusform>Testo: %Ln righe non sono UTF-8 valido, lette come %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>numeri di telefono: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>indirizzi email: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>nomi utente: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>internazionale</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nazionale</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>Importate %1 righe su %2 in &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Ora un controllo può trovare il record che contengono (%Ln).</numerusform>
            <numerusform>Ora un controllo può trovare i %Ln record che contengono.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Ci sono voluti %1 secondi; la cassaforte è cresciuta di %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>Escluso %Ln numero di telefono, indirizzo email o nome utente che non può essere giusto (%1), per esempio:</numerusform>
            <numerusform>Esclusi %Ln numeri di telefono, indirizzi email o nomi utente che non possono essere giusti (%1), per esempio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>Esclusa %Ln riga che non aveva i campi del formato &quot;%1&quot;.</numerusform>
            <numerusform>Escluse %Ln righe che non avevano i campi del formato &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>Esclusa %Ln riga senza un numero di telefono, un indirizzo email o un nome utente validi, per esempio:</numerusform>
            <numerusform>Escluse %Ln righe senza un numero di telefono, un indirizzo email o un nome utente validi, per esempio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>Esclusa %Ln riga, per esempio:</numerusform>
            <numerusform>Escluse %Ln righe, per esempio:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln riga aveva campi che le prime righe non avevano, e quei campi non sono stati letti: %1</numerusform>
            <numerusform>%Ln righe avevano campi che le prime righe non avevano, e quei campi non sono stati letti: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Nessuna intestazione: la prima riga sembra un dato (un indirizzo email o un numero), quindi viene letta come riga e le colonne sono numerate da 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>La prima riga contiene i nomi delle colonne (non sembra un dato).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Lettura della tabella %1 del dump SQL: la prima con colonne dal nome di indirizzi email o numeri di telefono.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Lettura della tabella %1 del dump SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Prova: %1 righe su %2 verrebbero importate in &quot;%3&quot; (al massimo %4 record). Non è stato scritto nulla.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln valore nelle colonne dei nomi utente era un indirizzo email o un numero di telefono, e un controllo lo trova come tale (indirizzi email: %1, numeri di telefono: %2).</numerusform>
            <numerusform>%Ln valori nelle colonne dei nomi utente erano indirizzi email o numeri di telefono, e un controllo li trova come tali (indirizzi email: %1, numeri di telefono: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>numeri di telefono: almeno %1 (il controllo rapido ne trova la maggior parte, non tutti)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>altri %1</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Non letta: %Ln riga in altre tabelle del dump: %1.</numerusform>
            <numerusform>Non lette: %Ln righe in altre tabelle del dump: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Anche le colonne di %1 hanno nomi da indirizzi email o numeri di telefono: importa separatamente ciascuna di queste tabelle indicandone il nome.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln riga non indicava alcun sito: importata senza sito.</numerusform>
            <numerusform>%Ln righe non indicavano alcun sito: importate senza sito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln riga indicava un sito oltre i primi 65.535 siti: importata senza quel sito.</numerusform>
            <numerusform>%Ln righe indicavano un sito oltre i primi 65.535 siti: importate senza quel sito.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Siti: i login riguardavano %Ln sito; un controllo indica il sito di ogni login che trova.</numerusform>
            <numerusform>Siti: i login riguardavano %Ln siti; un controllo indica il sito di ogni login che trova.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>Il catalogo non ha nessuna violazione di nome &quot;%1&quot;: prima aggiungila al catalogo.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: il file è vuoto</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: nessuna riga (su %Ln) corrisponde al formato %2 (riga %3: %4). Non è stato importato nulla.</numerusform>
            <numerusform>%1: nessuna delle sue %Ln righe corrisponde al formato %2 (riga %3: %4). Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: il file ha un&apos;intestazione ma nessuna riga. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>I numeri di telefono in formato nazionale richiedono il paese da cui provengono.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Non si capisce come sono scritti i numeri di telefono. %1 Indica se sono internazionali (con il prefisso internazionale) o nazionali (e di quale paese).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Un&apos;anteprima non può essere importata: prima indica cosa contiene ogni colonna.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (riga %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: nessuna riga (su %Ln) ha un numero di telefono, un indirizzo email o un nome utente validi%2. Non è stato importato nulla.</numerusform>
            <numerusform>%1: nessuna delle sue %Ln righe ha un numero di telefono, un indirizzo email o un nome utente validi%2. Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Un file temporaneo dell&apos;importazione è stato modificato o troncato durante l&apos;importazione: %1. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Un file temporaneo dell&apos;importazione non c&apos;è più: %1. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Non è stato possibile cifrare i dati temporanei dell&apos;importazione.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Impossibile scrivere il file temporaneo dell&apos;importazione %1: %2. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 caratteri)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>troppo corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>troppo lungo</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>prefisso internazionale inesistente</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>nessun prefisso internazionale, e il paese del file non è stato indicato</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>non è un numero</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>non è un numero valido</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>Il file ha più di 65.535 combinazioni diverse di colonne compilate: assegna meno colonne.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>nessun numero di telefono, email o nome utente</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>numero di telefono non valido %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>indirizzo email non valido %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>nome utente non valido %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>un elenco, non un valore singolo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln riga</numerusform>
            <numerusform>%Ln righe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % delle righe</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln riga su %2 non corrispondeva al formato del file (la prima: riga %3, %4): oltre il limite consentito (%5). Il delimitatore o l&apos;intestazione sono giusti? Non è stato importato nulla.</numerusform>
            <numerusform>%1: %Ln righe su %2 non corrispondevano al formato del file (la prima: riga %3, %4): oltre il limite consentito (%5). Il delimitatore o l&apos;intestazione sono giusti? Non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Impossibile creare la cartella temporanea dell&apos;importazione %1. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: l&apos;unico elemento dell&apos;archivio (%Ln) non è un file di dati trapelati (un file CSV, TSV, di testo, JSON o SQL in base al nome; --member sceglie gli elementi per nome). Non è stato importato nulla.</numerusform>
            <numerusform>%1: nessuno dei %Ln elementi dell&apos;archivio è un file di dati trapelati (un file CSV, TSV, di testo, JSON o SQL in base al nome; --member sceglie gli elementi per nome). Non è stato importato nulla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher non ha risposto a %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>L&apos;elenco dei nomi delle colonne manca in questa versione del programma.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e altri %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Colonna &quot;%1&quot;: il file non ha questa colonna. Le sue colonne sono: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Nessuna colonna contiene numeri di telefono, indirizzi email o nomi utente: indica quale colonna li contiene. Le sue colonne sono: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>La colonna &quot;%1&quot; contiene elenchi, non un identificativo per riga: indica invece la colonna all&apos;interno degli oggetti dell&apos;elenco.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Una colonna contiene un solo tipo di identificativo, non sia %1 che %2.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>In un&apos;importazione si possono assegnare al massimo 64 tipi di dati.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; non è un tipo di dati che questa versione conosce (i nomi di Have I Been Pwned, come &quot;Names&quot; o &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Indica quale colonna contiene %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (cercato)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (si conserva solo se è compilato)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>non usata: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: il sito a cui si riferisce ciascun login (si conserva solo il nome host)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Debole</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Discreta</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buona</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Robusta</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Scegli una frase segreta: quattro o più parole senza legame tra loro funzionano bene.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Facile da indovinare. Aggiungi altre parole senza legame tra loro.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Si potrebbe indovinare con un po&apos; di impegno. Una o due parole in più aiuterebbero.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Difficile da indovinare.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Molto difficile da indovinare.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, riga %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>non è una riga dell&apos;elenco delle password trapelate (un hash SHA-1 o NTLM in esadecimale, due punti, quante volte è stato visto). Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>un hash %1, mentre le righe precedenti contengono hash %2: un elenco contiene un solo tipo. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>non in ordine di hash (o lo stesso hash ripetuto): l&apos;elenco deve essere quello scaricato, ordinato per hash. Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 non contiene file con il nome di un prefisso di hash di 5 cifre (00000.txt …): non è la cartella del programma di scaricamento.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: file o cartella inesistente</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 non contiene hash di password.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>La password non è un testo UTF-8 valido.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>In %1 non c&apos;è ancora un elenco di password trapelate: importane prima uno.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 non è un elenco di password trapelate creato da questa app.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 è stato creato da una versione più recente di questa app: aggiorna l&apos;app, oppure importa di nuovo l&apos;elenco.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 è stato modificato o troncato dopo la sua creazione: importa di nuovo l&apos;elenco delle password trapelate.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Non è nell&apos;elenco delle password trapelate. Questo non la rende robusta: un gestore di password ne crea e ne conserva una diversa per ogni account.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Questa password è stata trovata in una fuga di dati: i criminali potrebbero provarla. Cambiala ovunque la usi.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Questa password è stata trovata almeno %1 volte in fughe di dati: i criminali la provano per prima. Cambiala ovunque la usi.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>Importati %1 hash di password (%2) da %3 in %4 s: %5 su disco, %6 byte per hash.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Hash uguali al precedente nei primi 64 bit, conservati una volta sola: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Righe vuote saltate: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>C&apos;erano solo %1 dei %2 file di prefisso: l&apos;elenco è parziale, e le password che stanno nei file mancanti risultano come mai viste.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Altri file in quella cartella, non letti: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Una persona deve avere un nome (va bene un soprannome).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; non è un codice paese di due lettere conosciuto.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; non è una piattaforma: usa android, iphone o computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; non è un servizio che l&apos;elenco dei passaggi conosce. Conosciuti: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>In questa cassaforte c&apos;è già una persona di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Questa persona non è più salvata nella cassaforte.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Indica quali tipi di dati erano indicati nell&apos;avviso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; non è un codice di lingua (come ar, es o fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 non è una classe di frequenza valida (da 0 a %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; non è un servizio che l&apos;elenco dei passaggi conosce.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; non è una piattaforma: usa android, iphone o computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; non è un servizio che l&apos;elenco dei passaggi conosce, quindi il piano lo esclude. Conosciuti: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Non esiste il passaggio &quot;%1&quot;. Il piano elenca gli id dei passaggi.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Un passaggio può essere segnato come fatto, saltato, non applicabile o da fare.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; non è nel piano di %2: guarda il suo piano per i passaggi.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>Il campione non contiene numeri di telefono; si assume il formato internazionale.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>Il %1% del campione inizia con + o 00: formato internazionale.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Letti con il prefisso internazionale, il %1% dei numeri del campione è valido.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Letti con il prefisso internazionale, il %1% dei numeri del campione è valido; letti come numeri nazionali (%2), il %3%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>Il prefisso internazionale non è valido.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Se %1 è il prefisso internazionale, aggiungi un + davanti (+%1…), oppure indica di quale paese è il numero.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Aggiungi il prefisso internazionale (come +39) oppure indica di quale paese è il numero.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Questo non è un numero di telefono.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Il numero è troppo corto.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Il numero è troppo lungo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; non è un codice paese conosciuto (usa due lettere, come IT).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Il numero di telefono è vuoto.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Il numero è troppo corto: aggiungi il prefisso.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Questo non è un numero valido di questo paese: %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Fai prima questi</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Nulla di tuo è stato trovato nelle fughe di dati controllate, e nessuna violazione in un servizio che usi probabilmente ti riguarda. Qui sotto: %n buona abitudine generale, non dovuta a una fuga di dati.</numerusform>
            <numerusform>Nulla di tuo è stato trovato nelle fughe di dati controllate, e nessuna violazione in un servizio che usi probabilmente ti riguarda. Qui sotto: %n buone abitudini generali, non dovute a una fuga di dati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n da fughe di dati in cui sono stati trovati i tuoi dati</numerusform>
            <numerusform>%n da fughe di dati in cui sono stati trovati i tuoi dati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n da violazioni segnalate da un avviso</numerusform>
            <numerusform>%n da violazioni segnalate da un avviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n da violazioni in servizi che usi e che potrebbero riguardarti</numerusform>
            <numerusform>%n da violazioni in servizi che usi e che potrebbero riguardarti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n consiglio generale</numerusform>
            <numerusform>%n consigli generali</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 e %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n passaggio: %1.</numerusform>
            <numerusform>%n passaggi: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Non è stato possibile controllare nessuno degli identificativi indicati: vedi il motivo qui sotto.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Non è stato importato nessun file di dati trapelati, quindi non è stato possibile cercare questi dati in nessuna fuga di dati.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Non è stato indicato nessun servizio, quindi non è stato possibile valutare nessuna violazione di un servizio. Indica quali servizi vengono usati (WhatsApp, Facebook, Google, ...) per aggiungerli.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Non è stato possibile controllare nulla, quindi questo non significa &quot;non è stato trovato nulla&quot;. Qui sotto: %n buona abitudine generale, non dovuta a una fuga di dati.</numerusform>
            <numerusform>Non è stato possibile controllare nulla, quindi questo non significa &quot;non è stato trovato nulla&quot;. Qui sotto: %n buone abitudini generali, non dovute a una fuga di dati.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, la stessa fuga di dati di %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Questa settimana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>l&apos;elenco delle password trapelate</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Una password che usi è nell&apos;elenco delle password trapelate.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Una password che usi è nell&apos;elenco delle password trapelate: è stata trovata almeno %1 volte.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Hai detto di usarla su %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>è un collegamento simbolico, e salvare attraverso di esso cambierebbe il file a cui punta</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>solo %1 dei suoi %2 byte sono arrivati sul disco</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Ann&amp;ulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rifai</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Taglia</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Incolla</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleziona tutto</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
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
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Successivo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Successivo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Fine</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Indietro</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>La frase segreta in %1 è più lunga di %2 byte. Usane una più corta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Impossibile disattivare l&apos;eco nel terminale (%1), quindi lì non si chiede la frase segreta.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Nessuna frase segreta indicata: usa --passphrase-file FILE o imposta %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>il terminale</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nuova frase segreta: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Di nuovo la stessa frase segreta: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Le due frasi segrete sono diverse. Non è stato creato nulla.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase segreta: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase segreta è vuota.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossibile scrivere sullo standard output: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Frase segreta debole: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Password da controllare (solo Invio per fermarti): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, riga %2: più di %3 byte.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Non è stato possibile avviare la libreria crittografica.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>L&apos;indirizzo email è troppo lungo.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;indirizzo email è vuoto.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Un indirizzo email deve contenere una @, come in nome@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Un indirizzo email contiene una sola @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Prima della @ deve esserci qualcosa.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La parte prima della @ supera i 64 caratteri.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>La parte prima della @ non può iniziare o finire con un punto, né avere due punti di seguito.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; non si può usare in un indirizzo email.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Manca la parte dopo la @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; non è un dominio valido.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Il dominio &quot;%1&quot; deve contenere un punto, come in example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Il nome utente supera i 128 caratteri.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Il nome utente è vuoto.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Il nome utente contiene un carattere di controllo invisibile.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Messo da parte per ora</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Non applicabile</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Da rifare</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Trovati nei file di dati trapelati</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Ti sono state segnalate</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Potrebbero essere trapelati: violazioni in servizi che usi</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trovato</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Segnalato a te</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possibile</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numero di telefono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo email</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La lingua del computer</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fisso</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fisso o cellulare</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>numero verde</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>numero a tariffa maggiorata</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>numero a costo condiviso</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>numero di telefonia via internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numero personale</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>cercapersone</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numero aziendale</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>segreteria telefonica</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Altri utenti possono scrivere nella cartella della cassaforte %1, quindi i suoi file non sono affidabili. Rendila accessibile solo a te (chmod 700), controlla i suoi file e riprova. La cassaforte non è stata toccata.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>La cartella %1 non può essere resa privata per te (appartiene a qualcun altro?). Scegli un&apos;altra cartella per la cassaforte.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase segreta non può essere vuota.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Questa robustezza della chiave è fuori dall&apos;intervallo accettato da questa versione.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La frase segreta o la chiave non è corretta per questa cassaforte.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Questa cassaforte è aperta in un altro programma (processo %1). Prima chiudila lì.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Impossibile ottenere l&apos;uso esclusivo della cassaforte in %1: la cartella non è scrivibile o il disco è pieno. La cassaforte non è stata toccata.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 non contiene dati di una cassaforte: è danneggiato o non è il database di questa cassaforte. Non è stato toccato.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>C&apos;è già una cassaforte in %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 non è vuota: scegli una cartella vuota o nuova per la cassaforte.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Si può scartare solo una cassaforte appena creata.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Questa cassaforte non ha una chiave di recupero.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>La chiave ricordata per questa cassaforte non è valida.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>La chiave ricordata per questa cassaforte non corrisponde più.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Questa frase segreta o chiave di recupero è stata sostituita quando sono state cambiate le chiavi della cassaforte.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Non è stato preparato nessun cambio di chiavi.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Non è stato possibile cifrare di nuovo il database. È ancora protetto dalla vecchia chiave e si apre come prima.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>La chiave degli identificativi della cassaforte ha una dimensione errata: la cassaforte è danneggiata.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Questa cassaforte è stata creata da una versione più recente di Breach Advisor (schema %1; questa versione conosce il %2). Aggiorna l&apos;app per aprirla.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>Il file dello schema %1 manca in questa versione del programma.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Altri utenti possono leggere %1, e non può essere reso privato per te (appartiene a qualcun altro?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la cartella</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Altri utenti potevano leggere la cassaforte in %1 (%2): ora è privata, solo per te.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Non è stata preparata nessuna nuova chiave di recupero.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>campi mancanti o malformati</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>un salt o una chiave di dimensione errata</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>impostazioni di derivazione della chiave fuori intervallo</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivazione della chiave sconosciuta</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>normalizzazione della frase segreta sconosciuta</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Qui non c&apos;è nessuna cassaforte: %1 non esiste.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 non è un&apos;intestazione di cassaforte valida (%2). La cassaforte non è stata toccata.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>decisamente troppo grande</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>non è JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>non è una cassaforte di Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 è stato creato da una versione più recente di Breach Advisor. Aggiorna l&apos;app per aprirlo.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versione sconosciuta</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>Impossibile scrivere %1: %2. La cassaforte è rimasta com&apos;era.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Una chiave di dimensione errata è arrivata al codice delle chiavi.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase segreta è più lunga di %1 byte.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>La normalizzazione Unicode non è disponibile.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Non è stato possibile normalizzare la frase segreta.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>L&apos;intestazione della cassaforte ha un salt di dimensione errata.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>L&apos;intestazione della cassaforte ha impostazioni di derivazione della chiave fuori intervallo.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memoria insufficiente per derivare la chiave dalla frase segreta.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Non è stato possibile trasformare la chiave di recupero in una chiave.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Non è stato possibile derivare una sottochiave.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Non è stato possibile cifrare la chiave.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>L&apos;intestazione della cassaforte contiene una chiave cifrata di dimensione errata.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La frase segreta o la chiave non è corretta per questa cassaforte.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Non è stato possibile decifrare la chiave.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Questa non è una chiave di recupero: ha 32 lettere e cifre in gruppi di quattro.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Non c&apos;è nessuna cassaforte in %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Non esiste l&apos;importazione %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>In questa cassaforte non è salvata nessuna persona di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>Il catalogo non ha nessuna violazione di nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; non è un codice paese di due lettere conosciuto.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Interrotto prima della fine. Non è cambiato nulla.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>Ad aprile 2021 un file con circa 533 milioni di account Facebook di 106 paesi è stato pubblicato gratuitamente su un forum. Collega numeri di telefono a nomi, e spesso a sesso, luogo, datore di lavoro, situazione sentimentale e data di nascita; pochi record contengono un indirizzo email. Facebook ha detto che i dati erano stati raccolti prima di settembre 2019 abusando della sua funzione di importazione dei contatti, non violando i suoi sistemi.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Raccolti con lo scraping, non con un attacco informatico: Facebook dice che i dati sono stati raccolti tramite la sua funzione di importazione dei contatti prima di settembre 2019 e che il difetto è stato corretto ad agosto 2019. La Data Protection Commission irlandese ha multato Meta per 265 milioni di euro a novembre 2022. Gli stessi numeri di telefono sono stati rimessi in vendita nel 2022 come &apos;487 milioni di numeri WhatsApp&apos;.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>A novembre 2022 un venditore ha pubblicizzato 487 milioni di numeri di cellulare di 84 paesi come “utenti WhatsApp”. L&apos;elenco contiene solo numeri di telefono: niente nomi, messaggi o dettagli dei dispositivi. Il numero è quello dichiarato dal venditore.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Non è una violazione di WhatsApp. WhatsApp e Meta hanno detto che non c&apos;erano prove di una fuga di dati da WhatsApp. Il CSIRT KNF polacco e lo studio legale tedesco WBS.LEGAL hanno trovato i campioni identici allo scraping di Facebook del 2021, e i conteggi per paese corrispondono. Have I Been Pwned non ha una voce per questo elenco. Le affermazioni secondo cui avrebbe esposto il livello della batteria, la potenza del segnale o altri dati dei dispositivi non hanno fonti affidabili.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Elenco di numeri di telefono “WhatsApp” (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Attiva la verifica in due passaggi su WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Chiunque abbia il tuo numero può provare a registrare WhatsApp con quel numero sul proprio telefono. Un PIN di sei cifre che conosci solo tu lo blocca, anche se ti convince con l&apos;inganno a dargli il codice ricevuto via SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Apri WhatsApp. Tocca Altre opzioni (tre puntini) &gt; Impostazioni &gt; Account &gt; Verifica in due passaggi &gt; Attiva. Scegli un PIN di sei cifre che ricorderai e aggiungi un indirizzo email per poter reimpostare il PIN se lo dimentichi. Non dire mai a nessuno il PIN o il codice di sei cifre che WhatsApp ti invia via SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Apri WhatsApp. Tocca Impostazioni &gt; Account &gt; Verifica in due passaggi &gt; Attiva. Scegli un PIN di sei cifre che ricorderai e aggiungi un indirizzo email per poter reimpostare il PIN se lo dimentichi. Non dire mai a nessuno il PIN o il codice di sei cifre che WhatsApp ti invia via SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>La verifica in due passaggi si imposta sul telefono, non su WhatsApp sul computer: segui i passaggi per il tuo telefono.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Mostra la tua immagine del profilo e le tue info di WhatsApp solo ai tuoi contatti</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Per impostazione predefinita chiunque abbia il tuo numero può vedere la tua immagine del profilo e le tue info. I truffatori le usano per creare un account falso che sembra il tuo.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>In WhatsApp tocca Altre opzioni (tre puntini) &gt; Impostazioni &gt; Privacy. Imposta Immagine del profilo, Info e Ultimo accesso e online su I miei contatti. In Gruppi scegli I miei contatti, così gli sconosciuti non possono aggiungerti ai gruppi. Privacy &gt; Controllo della privacy ti guida nel resto.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>In WhatsApp tocca Impostazioni &gt; Privacy. Imposta Immagine del profilo, Info e Ultimo accesso e online su I miei contatti. In Gruppi scegli I miei contatti, così gli sconosciuti non possono aggiungerti ai gruppi.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>In WhatsApp sul computer apri Menu &gt; Impostazioni &gt; Privacy e fai le stesse scelte: Immagine del profilo, Info e Ultimo accesso su I miei contatti; Gruppi su I miei contatti.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Silenzia le chiamate dai numeri sconosciuti su WhatsApp</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>I numeri trapelati ricevono chiamate truffa. Con questa opzione attiva, le chiamate dai numeri che non sono nei tuoi contatti non squillano; compaiono comunque nell&apos;elenco delle chiamate, così non perdi niente di importante.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>In WhatsApp tocca Altre opzioni (tre puntini) &gt; Impostazioni &gt; Privacy &gt; Chiamate e attiva Silenzia chiamate da sconosciuti.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>In WhatsApp tocca Impostazioni &gt; Privacy &gt; Chiamate e attiva Silenzia chiamate da sconosciuti.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Disconnetti WhatsApp dai computer che non riconosci</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Un computer collegato al tuo WhatsApp può leggere i tuoi nuovi messaggi. Controlla che ogni dispositivo collegato sia tuo.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>In WhatsApp tocca Altre opzioni (tre puntini) &gt; Dispositivi collegati. Tocca ogni dispositivo che non riconosci &gt; Disconnetti.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>In WhatsApp tocca Impostazioni &gt; Dispositivi collegati. Tocca ogni dispositivo che non riconosci &gt; Disconnetti.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Proteggi il backup di WhatsApp e ricevi un avviso quando cambia il codice di sicurezza di un contatto</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Le tue chat sono già crittografate end-to-end: per questo non serve attivare nulla. Il tuo backup invece no, a meno che tu non lo scelga, e le notifiche sul codice di sicurezza ti avvisano quando il telefono o l&apos;app di un contatto è cambiato, il che può anche significare che qualcuno ha preso il controllo del suo account.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>In WhatsApp apri Impostazioni &gt; Chat &gt; Backup delle chat &gt; Backup crittografato end-to-end &gt; Attiva, e scegli una password o una chiave di 64 cifre; senza di essa il backup non può essere ripristinato. Poi apri Impostazioni &gt; Account &gt; Notifiche di sicurezza e attivale. I nomi dei menu possono variare a seconda della versione dell&apos;app.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>In WhatsApp apri Impostazioni &gt; Chat &gt; Backup delle chat &gt; Backup crittografato end-to-end &gt; Attiva, e scegli una password o una chiave di 64 cifre; senza di essa il backup non può essere ripristinato. Il Backup iCloud può comunque conservare una copia non crittografata. Poi apri Impostazioni &gt; Account &gt; Notifiche di sicurezza e attivale. I nomi dei menu possono variare a seconda della versione dell&apos;app.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Attiva l&apos;autenticazione a due fattori per Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Se il tuo numero di telefono o la tua email sono noti, gli attaccanti provano a impadronirsi del tuo account. Un secondo passaggio all&apos;accesso ferma chi ha la tua password.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Nell&apos;app Facebook tocca Menu &gt; Impostazioni e privacy &gt; Impostazioni &gt; Centro gestione account &gt; Password e sicurezza &gt; Autenticazione a due fattori. Scegli il tuo account, poi un&apos;app di autenticazione (la scelta migliore) o un SMS. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>Su facebook.com clicca sulla tua immagine del profilo &gt; Impostazioni e privacy &gt; Impostazioni &gt; Centro gestione account &gt; Password e sicurezza &gt; Autenticazione a due fattori. Scegli il tuo account, poi un&apos;app di autenticazione (la scelta migliore) o un SMS.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Esci da Facebook sui dispositivi che non riconosci</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Se qualcuno ha già effettuato l&apos;accesso al tuo account, cambiare solo le impostazioni non lo butta fuori.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>In Facebook apri Impostazioni e privacy &gt; Impostazioni &gt; Centro gestione account &gt; Password e sicurezza &gt; Dove hai effettuato l&apos;accesso. Scegli il tuo account ed esci da ogni dispositivo o luogo che non riconosci. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Impedisci agli sconosciuti di trovare il tuo profilo Facebook con il tuo numero di telefono</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>Lo scraping del 2021 è stato fatto cercando le persone tramite il numero di telefono. Limitare chi può farlo, e chi vede il tuo numero e il tuo compleanno, rende più difficile raccogliere di nuovo il tuo profilo.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Apri facebook.com/privacy/checkup (oppure Menu &gt; Impostazioni e privacy &gt; Controllo della privacy). In Come le persone possono trovarti su Facebook, imposta chi può cercarti tramite il numero di telefono che hai fornito su Amici, o sulla scelta più ristretta disponibile, e fai lo stesso per il tuo indirizzo email. In Chi può vedere ciò che condividi, rendi il tuo numero di telefono, la tua email e il tuo compleanno visibili a Solo io.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Attiva l&apos;autenticazione a due fattori per Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Un secondo passaggio all&apos;accesso blocca chi ha la tua password o chi convince con l&apos;inganno il tuo operatore telefonico a trasferire il tuo numero.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>In Instagram vai sul tuo profilo &gt; menu &gt; Impostazioni e privacy &gt; Centro gestione account &gt; Password e sicurezza &gt; Autenticazione a due fattori. Scegli il tuo account e, se puoi, un&apos;app di autenticazione. Conserva in un posto sicuro i codici di backup che ti propone.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Esci da Instagram sui dispositivi che non riconosci</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>In Instagram vai sul tuo profilo &gt; menu &gt; Impostazioni e privacy &gt; Centro gestione account &gt; Password e sicurezza &gt; Dove hai effettuato l&apos;accesso. Scegli il tuo account ed esci da ogni dispositivo o luogo che non riconosci, poi cambia la password. I nomi dei menu possono variare a seconda della versione dell&apos;app.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Rendi privato il tuo account Instagram e nascondilo dai suggerimenti dei contatti</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Un account pubblico mostra a chiunque le tue foto e i tuoi follower, ed è proprio ciò che i truffatori copiano per creare un account falso che sembra il tuo.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>In Instagram vai sul tuo profilo &gt; menu &gt; Impostazioni e privacy &gt; Privacy dell&apos;account e attiva Account privato. Poi cerca in Impostazioni e privacy la sincronizzazione dei contatti e i suggerimenti del tuo account ad altri, e disattiva ciò che non ti serve. I nomi dei menu possono variare a seconda della versione dell&apos;app.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Attiva la verifica in due passaggi per LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Gli account LinkedIn vengono usati per inviare ai tuoi contatti false offerte di lavoro convincenti. Un secondo passaggio all&apos;accesso tiene fuori il tuo.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Nell&apos;app LinkedIn tocca la tua immagine del profilo &gt; Impostazioni &gt; Accesso e sicurezza &gt; Verifica in due passaggi &gt; Configura, e scegli un&apos;app di autenticazione o il tuo numero di telefono.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>In LinkedIn clicca su Io &gt; Impostazioni e privacy &gt; Accesso e sicurezza &gt; Verifica in due passaggi &gt; Configura, e scegli un&apos;app di autenticazione o il tuo numero di telefono.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Controlla dove hai effettuato l&apos;accesso a LinkedIn e chi può trovarti tramite telefono o email</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Le vecchie sessioni possono restare attive per mesi, ed essere rintracciabile tramite numero di telefono collega il tuo numero trapelato al tuo profilo di lavoro.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>In LinkedIn apri Io &gt; Impostazioni e privacy &gt; Accesso e sicurezza &gt; Dove hai effettuato l&apos;accesso, ed esci dalle sessioni che non riconosci. In Visibilità, limita chi può trovare il tuo profilo tramite indirizzo email o numero di telefono. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Imposta una password su Telegram (verifica in due passaggi)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram ti fa accedere con un codice inviato via SMS. Con una password aggiuntiva, il solo codice non basta per impadronirsi del tuo account.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>In Telegram apri Impostazioni &gt; Privacy e sicurezza &gt; Verifica in due passaggi e imposta una password. Aggiungi un&apos;email di recupero: senza, una password dimenticata si può reimpostare solo aspettando e perdendo i tuoi contatti e le chat nel cloud.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Chiudi le sessioni di Telegram che non conosci e nascondi il tuo numero</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Ogni dispositivo connesso può leggere le tue chat nel cloud. Nascondere il numero impedisce agli sconosciuti di vederlo nei gruppi.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>In Telegram apri Impostazioni &gt; Dispositivi (nelle versioni precedenti Privacy e sicurezza &gt; Sessioni attive) e termina ogni sessione che non riconosci. Poi apri Impostazioni &gt; Privacy e sicurezza &gt; Numero di telefono e imposta Chi può vedere il mio numero di telefono su I miei contatti o Nessuno. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Attiva il blocco registrazione di Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Con il blocco registrazione attivo, chi ottiene un codice per il tuo numero ha comunque bisogno del tuo PIN di Signal per registrarlo.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>In Signal apri Impostazioni &gt; Account e attiva Blocco registrazione (nelle versioni precedenti si trova in Privacy). Usa il tuo PIN di Signal: assicurati di conoscerlo, in Impostazioni &gt; Account &gt; PIN di Signal. Signal non può recuperare un PIN dimenticato.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Nascondi il tuo numero in Signal e scollega i dispositivi che non conosci</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal può nascondere il tuo numero alle persone a cui scrivi, e un computer collegato può leggere i tuoi messaggi.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>In Signal apri Impostazioni &gt; Privacy &gt; Numero di telefono, imposta Chi può vedere il mio numero su Nessuno e scegli chi può trovarti tramite il tuo numero. Poi apri Impostazioni &gt; Dispositivi collegati e scollega quelli che non riconosci. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Attiva l&apos;autenticazione a due fattori per X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Un secondo passaggio all&apos;accesso tiene fuori chi ha la tua password. Su X i codici via SMS sono solo per gli account a pagamento; un&apos;app di autenticazione o una chiave di sicurezza sono gratuite.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>In X apri Impostazioni e privacy &gt; Sicurezza e accesso all&apos;account &gt; Sicurezza &gt; Autenticazione a due fattori e scegli App di autenticazione o Chiave di sicurezza. Conserva il codice di backup.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Esci dalle altre sessioni di X e impedisci che ti trovino tramite il numero di telefono</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Le vecchie sessioni possono restare attive, ed essere rintracciabile tramite telefono o email collega i dati trapelati al tuo account.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>In X apri Impostazioni e privacy &gt; Sicurezza e accesso all&apos;account &gt; App e sessioni &gt; Sessioni ed esci dalle sessioni che non riconosci. Poi apri Privacy e sicurezza &gt; Visibilità e contatti e disattiva le opzioni che permettono di trovarti tramite numero di telefono ed email. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Attiva la verifica in due passaggi per il tuo Account Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Il tuo Account Google apre la tua posta, e la tua posta reimposta le password di tutto il resto. Proteggilo per primo.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Vai su myaccount.google.com &gt; Sicurezza &gt; Come accedi a Google &gt; Verifica in due passaggi &gt; Inizia. Preferisci le richieste di Google, un&apos;app di autenticazione o una passkey agli SMS.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Esegui il Controllo di sicurezza di Google ed esci dai dispositivi che non conosci</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Elenca i dispositivi connessi al tuo account e gli eventi di sicurezza recenti, così puoi buttare fuori chiunque non dovrebbe esserci.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Apri myaccount.google.com/security-checkup e segui le indicazioni. In I tuoi dispositivi, esci da ogni dispositivo che non riconosci, poi cambia la password.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Controlla cosa mostra agli altri il tuo profilo Google</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Il numero di telefono e il compleanno nel tuo profilo Google possono essere visibili a chi ha il tuo indirizzo email.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Apri myaccount.google.com/privacycheckup e imposta il numero di telefono, il compleanno e le altre informazioni personali in modo che siano visibili solo a te.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Rimuovi dal tuo Account Google le app che non usi e le vecchie password per le app</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Le app che hai collegato anni fa possono ancora leggere la tua posta o i tuoi file, e una password per le app apre il tuo account senza la verifica in due passaggi.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Assicurati che l&apos;autenticazione a due fattori sia attiva per il tuo Account Apple</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Il tuo Account Apple contiene le tue foto, i tuoi backup e la possibilità di inizializzare il tuo iPhone. L&apos;autenticazione a due fattori fa sì che resti tuo.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Apri Impostazioni &gt; il tuo nome &gt; Accesso e sicurezza &gt; Autenticazione a due fattori e attivala se è disattivata. Controlla che i numeri di telefono attendibili elencati siano tuoi.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Su un Mac apri Impostazioni di Sistema &gt; il tuo nome &gt; Accesso e sicurezza e attiva Autenticazione a due fattori. Su altri computer accedi ad account.apple.com e controlla Accesso e sicurezza.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Rimuovi dal tuo Account Apple i dispositivi che non conosci</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Ogni dispositivo associato al tuo account può ricevere i tuoi codici e potrebbe vedere i tuoi dati.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Apri Impostazioni &gt; il tuo nome e scorri fino all&apos;elenco dei dispositivi. Tocca quelli che non riconosci e rimuovili dal tuo account. Le voci possono variare a seconda della versione di iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Su un Mac apri Impostazioni di Sistema &gt; il tuo nome e controlla i dispositivi elencati; rimuovi quelli che non riconosci. Su altri computer accedi ad account.apple.com e controlla i dispositivi elencati lì.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Controlla con Controllo di sicurezza chi e cosa può vedere i dati del tuo iPhone</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Condivisione della posizione, album condivisi e permessi delle app si accumulano negli anni. Controllo di sicurezza li mostra in un unico posto, così puoi interrompere ciò che non vuoi più.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Apri Impostazioni &gt; Privacy e sicurezza &gt; Controllo di sicurezza (iOS 16 o versioni successive) &gt; Gestisci condivisione e accesso. Controlla le persone con cui condividi e le app che possono vedere la tua posizione, le tue foto e i tuoi contatti, e interrompi ciò che non ti serve. Ripristino di emergenza interrompe subito tutte le condivisioni; usalo solo se ne hai bisogno.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Revoca le password specifiche per le app di Apple che non usi più</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Una password specifica per le app permette all&apos;app di un&apos;altra azienda di accedere alla posta, ai contatti e ai calendari di iCloud senza il tuo secondo passaggio di accesso, quindi una password vecchia o trapelata resta una via d&apos;accesso.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Accedi ad account.apple.com. In Accesso e sicurezza scegli Password specifiche per le app e rimuovi quelle che non usi o non riconosci, oppure scegli Revoca tutte. Anche cambiare la password dell&apos;Account Apple le revoca tutte.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Attiva la verifica in due passaggi per il tuo account Microsoft</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Il tuo account Microsoft apre la posta di Outlook, i file di OneDrive e l&apos;accesso a Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Vai su account.microsoft.com/security &gt; Gestisci la modalità di accesso (oppure Opzioni di sicurezza avanzate) &gt; Verifica in due passaggi &gt; Attiva. L&apos;app Microsoft Authenticator, un&apos;app di autenticazione, è il secondo passaggio più semplice. Annota il codice di ripristino che ti fornisce.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Controlla gli accessi recenti al tuo account Microsoft</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Rimuovi le vecchie password dell&apos;app dal tuo account Microsoft</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Una password dell&apos;app permette a un&apos;app o a un dispositivo meno recenti di accedere al tuo account Microsoft senza la verifica in due passaggi, quindi una che non usi più è una porta aperta.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Vai su account.microsoft.com/security &gt; Opzioni di sicurezza avanzate (oppure Gestisci la modalità di accesso) e cerca Password dell&apos;app. Rimuovi le password dell&apos;app esistenti, poi creane di nuove solo per i dispositivi che ne hanno ancora bisogno. I nomi dei menu possono variare.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Controlla e cancella ciò che il tuo account Microsoft salva su di te</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Il tuo account Microsoft può conservare le tue ricerche, la navigazione, la posizione e l&apos;attività nelle app; ciò che non viene conservato non può trapelare né essere usato contro di te.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Accedi ad account.microsoft.com/privacy. Scorri l&apos;attività mostrata dal dashboard della privacy (ricerche, navigazione, posizione, app e servizi) e cancella ciò che non vuoi conservare, poi disattiva le impostazioni che raccolgono ciò che non ti serve.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>una rivendita dello scraping di Facebook del 2021, offerta come utenti WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Cambia la tua password su %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Una password trapelata, anche se cifrata, va considerata nota ai criminali.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Un suggerimento per la password trapelato spesso rivela la password, quindi considerala nota ai criminali.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Accedi a %1 e cambia la password. Se non riesci ad accedere, usa la sua pagina &quot;password dimenticata&quot; o contattalo per recuperare o chiudere l&apos;account. Usa una password lunga che non hai mai usato altrove: tre o più parole casuali funzionano bene.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Cambia quella password ovunque tu l&apos;abbia usata</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>I criminali provano automaticamente le password trapelate su siti di posta, banche e negozi online. Ogni account con la stessa password o una simile è a rischio.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Un suggerimento per la password spesso rivela la password, e i criminali provano automaticamente le password trapelate su siti di posta, banche e negozi online. Ogni account con la stessa password o una simile è a rischio.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Fai un elenco degli account in cui hai usato la stessa password o una simile. Inizia dalla posta, poi dalla banca, poi dagli account con cui accedi ad altri siti (Google, Apple, Facebook). Dai a ciascuno una password diversa.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Usa un gestore di password</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Crea e ricorda una password robusta diversa per ogni account, così una fuga di dati non apre mai un altro account.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Scegli un gestore di password (quello integrato nel telefono o nel browser va bene per iniziare), proteggilo con una frase segreta lunga e con la verifica in due passaggi, e lascia che crei le nuove password man mano che le cambi.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Controlla gli accessi che non riconosci</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Qualcuno potrebbe aver già usato la password trapelata. Cambiarla non sempre lo disconnette.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>Nell&apos;account violato e nel tuo account di posta, apri la pagina della sicurezza e guarda gli accessi recenti e i dispositivi connessi. Esci da tutto ciò che non riconosci e controlla che nella tua casella non sia stata aggiunta una regola di inoltro o un indirizzo di recupero.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Sostituisci le tue domande e risposte di sicurezza</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Le risposte di sicurezza funzionano come password, e i dati trapelati su di te (compleanno, cognome da nubile della madre, città natale) sono proprio le risposte che si usano.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Cambia ogni password o PIN basato sulla tua data di nascita o sul tuo indirizzo</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>La tua data di nascita o il tuo indirizzo ora sono noti; una password o un PIN basati su di essi sono facili da indovinare.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Se una password o un PIN contiene la tua data di nascita, l&apos;anno di nascita, il numero civico o la via, cambialo. Scegli un PIN che non abbia nulla a che fare con te.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Attiva la verifica in due passaggi per la tua email</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>La tua casella di posta può reimpostare le password di quasi tutti i tuoi altri account. Proteggila per prima.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>Nelle impostazioni di sicurezza del tuo account email attiva la verifica in due passaggi (a volte chiamata autenticazione a due fattori). Preferisci un&apos;app, una passkey o una chiave di sicurezza agli SMS. Controlla che il numero di telefono e l&apos;indirizzo di recupero siano tuoi.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Preparati a email false e convincenti</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Dopo una violazione, i criminali inviano email su reimpostazioni della password, rimborsi o risarcimenti che citano l&apos;azienda e a volte i tuoi dati personali.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Non usare link o allegati in messaggi inattesi. Per verificare un messaggio, vai direttamente sul sito dell&apos;azienda o chiama il numero sulla bolletta o sulla carta. Le aziende vere non chiedono la password o i codici via email.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Verifica ogni avviso di violazione sul sito dell&apos;azienda</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Dopo una violazione, i criminali inviano falsi avvisi di violazione e offerte di risarcimento che portano a pagine di phishing. Un avviso vero si può confermare sul sito dell&apos;azienda.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>Non usare link, numeri o allegati in un messaggio sulla violazione. Digita tu l&apos;indirizzo web dell&apos;azienda, o usa la sua app, e cerca la sua dichiarazione sulla violazione e su ciò che offre. Se hai dubbi, chiamala al numero sulla bolletta o sulla carta.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Attenzione alle truffe che sfruttano il tuo lavoro</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Conoscendo il tuo datore di lavoro e il tuo ruolo, i truffatori scrivono false offerte di lavoro, o si fingono il tuo capo o un fornitore e chiedono un pagamento urgente o delle carte regalo.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Verifica le richieste insolite di denaro, cambi di pagamento o documenti chiamando la persona a un numero che conosci già. Avvisa il reparto IT o sicurezza del tuo datore di lavoro se dei messaggi citano il tuo lavoro e sembrano strani. Fai attenzione alle offerte di lavoro che chiedono fin da subito pagamenti, documenti d&apos;identità o coordinate bancarie.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Chiama l&apos;emittente della tua carta e fatti dare una nuova carta</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Un numero di carta trapelato insieme al codice di sicurezza può essere usato subito per pagamenti online.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Chiama il numero sul retro della carta, di&apos; che i dati della carta erano in una violazione e chiedi una nuova carta con un nuovo numero. Controlla i pagamenti recenti per trovarne di non tuoi, e aggiorna la carta ovunque sia usata per pagamenti automatici.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Avvisa la tua banca che i dati del tuo conto sono trapelati</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Prima la banca lo sa, meglio può sorvegliare le frodi e più forte è la tua tutela se spariscono soldi.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Chiama la tua banca al numero indicato sul suo sito o sulla tua carta, dille che i dati del tuo conto erano in una violazione e chiedi cosa consiglia: sorvegliare il conto, un nuovo numero di conto o un nuovo PIN. Controlla gli estratti conto per trovare pagamenti non tuoi.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Controlla gli estratti conto della banca e della carta nei prossimi mesi</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Dati parziali della carta e registrazioni dei pagamenti aiutano i criminali a superare le domande di sicurezza e a rendere credibili i loro messaggi.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Attiva gli avvisi di pagamento nell&apos;app della tua banca, se li offre, e controlla gli estratti conto ogni mese. Segnala subito alla banca ogni pagamento che non riconosci.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Sposta le tue criptovalute in un nuovo portafoglio</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Chiunque abbia una frase di recupero o una chiave del portafoglio trapelate può svuotare il portafoglio; non c&apos;è una banca che possa annullare l&apos;operazione.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Da un dispositivo di cui ti fidi, crea un nuovo portafoglio con una nuova frase di recupero e spostaci i tuoi fondi. Non digitare mai una frase di recupero in un sito web e non condividerla con chi ti offre aiuto.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Blocca il tuo credito o aggiungi un avviso di frode</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Con i tuoi dati d&apos;identità, qualcuno può aprire prestiti o contratti telefonici a tuo nome. Un blocco del credito o un avviso di frode rende tutto questo molto più difficile.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Chiedi a un&apos;agenzia di informazioni creditizie un blocco del credito gratuito di 21 giorni (credit ban); lo trasmette alle altre. Richiedi il tuo rapporto di credito gratuito per controllare richieste che non hai fatto. IDCARE (1800 595 160) offre aiuto gratuito.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Valuta la Protective Registration di Cifas, che chiede ai finanziatori controlli aggiuntivi prima di accettare una richiesta a tuo nome (è a pagamento). Controlla il tuo rapporto di credito presso un&apos;agenzia di informazioni creditizie per trovare conti che non hai aperto.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Chiedi a SCHUFA, la principale agenzia di informazioni creditizie, la copia gratuita dei tuoi dati (Datenkopie: la copia dei tuoi dati che ogni azienda deve darti in base alla legge UE sulla protezione dei dati, art. 15 GDPR) e controlla se ci sono contratti o verifiche del credito che non riconosci. Se ne trovi, denuncialo alla polizia e avvisa l&apos;azienda coinvolta.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Approfitta del monitoraggio del credito o della protezione dell&apos;identità gratuiti offerti dall&apos;azienda</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Le aziende che perdono dati d&apos;identità o finanziari spesso pagano un servizio di monitoraggio che ti avvisa di nuovi crediti o conti a tuo nome. Non ti costa nulla e mostra presto gli abusi.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Se l&apos;azienda che ha subito la violazione offre gratuitamente il monitoraggio del credito o la protezione dell&apos;identità, iscriviti, ma solo tramite il suo sito ufficiale o la lettera che ti ha spedito, non tramite un link in un&apos;email o in un SMS. Annota quando finisce il periodo gratuito, così non si trasforma in un piano a pagamento.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Presenta presto la dichiarazione dei redditi quest&apos;anno</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Un numero di Social Security trapelato può essere usato per presentare una dichiarazione falsa a tuo nome e incassare il tuo rimborso.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Presentala il prima possibile. Se l&apos;IRS dice che una dichiarazione è già stata presentata con il tuo numero, segnalalo su IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Ottieni un Identity Protection PIN dall&apos;IRS</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Con il tuo numero di Social Security, qualcuno può presentare una dichiarazione dei redditi a tuo nome e prendersi il rimborso. Con un IP PIN, una dichiarazione presentata senza di esso viene respinta.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Avvisa l&apos;ufficio che ha rilasciato il tuo documento d&apos;identità</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Un numero di passaporto, patente o carta d&apos;identità trapelato può essere usato per aprire conti a tuo nome. Chi l&apos;ha rilasciato può segnalarlo o sostituirlo.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Contatta l&apos;ufficio che ha rilasciato il documento (ufficio passaporti, motorizzazione per la patente, ufficio della carta d&apos;identità) e chiedi se va segnalato o sostituito.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Per una patente di guida, contatta l&apos;agenzia della motorizzazione del tuo stato e chiedi di segnalare il numero. Per un numero di Social Security, vedi il passaggio sul blocco del credito. Se qualcuno usa la tua identità, segnalalo su IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Sappi dove segnalare se la tua identità viene usata illecitamente</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Una segnalazione ufficiale ti dà una documentazione per banche e finanziatori e, in alcuni paesi, un piano per rimediare.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Se compaiono prestiti, conti o contratti a tuo nome, denuncialo alla polizia e conserva il numero di riferimento; avvisa la banca o l&apos;azienda coinvolta.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Segnala il furto d&apos;identità su IdentityTheft.gov o al numero 1-877-438-4338: riceverai un Identity Theft Report e un piano per rimediare.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Segnala la frode su reportfraud.police.uk o al numero 0300 123 2040 (Inghilterra, Galles e Irlanda del Nord); in Scozia chiama Police Scotland al 101. Avvisa la tua banca e ogni azienda presso cui sono stati aperti conti a tuo nome.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Contatta IDCARE al 1800 595 160 per un aiuto gratuito e segnala i reati informatici tramite ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Sporgi denuncia alla polizia locale e segnalalo al Canadian Anti-Fraud Centre (1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Chiama il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Sporgi denuncia (Anzeige) alla polizia, online tramite la Onlinewache del tuo Land dove esiste, o in qualsiasi stazione di polizia. Avvisa la tua banca e ogni azienda presso cui sono stati aperti conti a tuo nome.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Sporgi denuncia (plainte) alla polizia o alla gendarmeria, con screenshot e lettere come prova; se sospetti soltanto un abuso, puoi far registrare i fatti in una main courante. Avvisa la tua banca e gli enti coinvolti. Se la tua carta è stata usata online senza di te, bloccala e segnalalo su Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Denuncia il furto d&apos;identità alla Policía Nacional o alla Guardia Civil e conserva la denuncia. La linea d&apos;aiuto gratuita 017 di INCIBE ti consiglia su cosa fare dopo. Avvisa la tua banca e ogni azienda presso cui sono stati aperti conti a tuo nome.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Controlla i conti bancari, i prestiti e le chiavi Pix (chiavi per i pagamenti istantanei) registrati sul tuo CPF (codice fiscale) nel servizio gratuito Registrato della Banca Centrale. Contesta con l&apos;azienda e con la tua banca tutto ciò che non hai aperto tu, e sporgi denuncia alla polizia (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Ripulisci il dispositivo da cui sono trapelate le tue password, poi cambiale</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Questa violazione viene da un malware che ruba password e cookie di accesso dal browser. Finché il dispositivo non è pulito, anche le nuove password verrebbero rubate.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Esegui una scansione completa con un software di sicurezza aggiornato sui tuoi computer, o ripristina il dispositivo se hai dubbi. Poi, da un dispositivo pulito, cambia le password della tua email, della banca e degli altri account importanti, ed esci da tutte le altre sessioni in ciascuno di essi.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Esci da tutte le sessioni su %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>I token di accesso trapelati permettono a qualcuno di usare il tuo account senza password finché quelle sessioni non vengono chiuse.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>Nelle impostazioni di sicurezza di %1, scegli di uscire da tutte le sessioni o da tutti i dispositivi, poi accedi di nuovo e cambia la password.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Aggiorna il telefono, il computer e le app</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>I dettagli dei tuoi dispositivi aiutano gli attaccanti a scegliere attacchi che funzionano su di essi; gli aggiornamenti chiudono le falle usate da quegli attacchi.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Apri Impostazioni &gt; Sistema &gt; Aggiornamento software (il nome varia a seconda del produttore) e installa gli aggiornamenti; nel Play Store aggiorna tutte le app e attiva gli aggiornamenti automatici.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Apri Impostazioni &gt; Generali &gt; Aggiornamento software e installalo; attiva Aggiornamenti automatici. Nell&apos;App Store attiva gli aggiornamenti automatici delle app.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Installa gli aggiornamenti che il sistema propone (Windows Update, Aggiornamento software di macOS, lo strumento di aggiornamento della tua distribuzione Linux) e lascia attivi gli aggiornamenti automatici, anche per il browser.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Tieni aggiornato il router e nascondi il tuo indirizzo IP dove conta</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Installa gli aggiornamenti del router e cambia la sua password di amministratore se è ancora quella predefinita. In WhatsApp puoi attivare Impostazioni &gt; Privacy &gt; Avanzate &gt; Proteggi indirizzo IP nelle chiamate.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Diffida di lettere, telefonate e visite che usano il tuo indirizzo</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Con il tuo nome e il tuo indirizzo, i truffatori inviano lettere e pacchi convincenti o si presentano dicendo di venire da un&apos;azienda di cui sei cliente.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Verifica con l&apos;azienda ogni lettera o visitatore che chiede soldi o dati, usando recapiti trovati per conto tuo. Se non ti senti al sicuro perché il tuo indirizzo è noto, contatta la polizia.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Se qualcuno minaccia di rivelare ciò che è trapelato, non pagare</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>I dati molto personali (salute, sessualità, convinzioni, messaggi privati) non possono tornare segreti. A volte i criminali li usano per minacciare le persone e ottenere soldi.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Non rispondere alle minacce e non pagare: pagare raramente le fa finire. Conserva i messaggi, segnala l&apos;account al servizio e denuncia la minaccia alla polizia. Parlane con una persona di cui ti fidi.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Segnala lo spam come spam e non rispondere</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Il tuo indirizzo è in un elenco usato per inviare spam. Rispondere o cliccare &quot;annulla iscrizione&quot; nello spam conferma soltanto che l&apos;indirizzo funziona.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Usa il pulsante Segnala spam o Posta indesiderata del tuo programma di posta e blocca i mittenti. Non rispondere e non cliccare i link in quei messaggi.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Iscriviti agli avvisi gratuiti per quando il tuo indirizzo email compare in una violazione</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>La prossima violazione non dovrebbe coglierti di sorpresa: un avviso tempestivo ti dà il tempo di cambiare una password prima che venga usata.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>Su haveibeenpwned.com usa Notify me e conferma il link che ti invia via email, oppure crea un account gratuito di Mozilla Monitor su monitor.mozilla.org. Entrambi ti avvisano quando il tuo indirizzo compare in una violazione appena scoperta. Fallo per ogni indirizzo che usi.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Elimina gli account che non usi più</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Un vecchio account di un forum o di un negozio che hai dimenticato contiene ancora i tuoi dati e forse una vecchia password; se domani subisce una violazione, i tuoi dati trapelano di nuovo.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Cerca nella tua casella di posta le email di iscrizione e di benvenuto per elencare i vecchi account. Accedi a ognuno di quelli che non usi più, elimina l&apos;account (cerca nelle impostazioni o nella privacy, oppure chiedi all&apos;assistenza del sito) e annota quali hai chiuso. Prima cambia la password se l&apos;avevi riutilizzata.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Conserva le tue password in un gestore di password</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Un gestore di password crea e ricorda una password robusta diversa per ogni account, così una fuga di dati su un sito non apre mai un altro account.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Scegli un gestore di password (quello integrato nel telefono o nel browser va bene per iniziare), proteggilo con una frase segreta lunga e con la verifica in due passaggi, e lascia che crei una nuova password ogni volta che ne cambi una.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Tieni aggiornati il telefono e le app</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Gli aggiornamenti correggono le falle di sicurezza usate dagli attaccanti. Se attivi gli aggiornamenti automatici, lo fanno per te.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Impostazioni &gt; Sistema &gt; Aggiornamento software, e nel Play Store attiva gli aggiornamenti automatici delle app.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Impostazioni &gt; Generali &gt; Aggiornamento software &gt; Aggiornamenti automatici, e nell&apos;App Store attiva gli aggiornamenti delle app.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Lascia attivi gli aggiornamenti automatici per il sistema e il browser.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Attiva la verifica in due passaggi per la tua email e i tuoi account principali</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>La tua casella di posta può reimpostare le password di quasi tutto il resto. Un secondo passaggio all&apos;accesso tiene fuori chi ha la tua password.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>Nelle impostazioni di sicurezza del tuo account email attiva la verifica in due passaggi (chiamata anche autenticazione a due fattori), poi fai lo stesso per la banca e i social. Preferisci un&apos;app, una passkey o una chiave di sicurezza agli SMS.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Da solo, questo dato non dice a nessuno come raggiungerti o come entrare nei tuoi account. Può rendere più personali i messaggi truffa; i passaggi sulle truffe legati ai tuoi recapiti se ne occupano.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Di solito è già visibile sul tuo profilo pubblico e non apre nessun account. Se insieme è trapelata una password, se ne occupano i passaggi sulle password.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Non c&apos;è niente da cambiare; raramente aiuta direttamente un criminale. Diffida dei messaggi inattesi che parlano della tua scuola o dei tuoi studi.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Le impronte digitali e i dati del volto non si possono cambiare, quindi non c&apos;è nulla da reimpostare. Dove il servizio violato lo offre, una passkey o una chiave di sicurezza può sostituire l&apos;accesso biometrico.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Riguarda un familiare che è morto. A volte i criminali abusano di questi dati; se ti occupi delle sue pratiche, chiedi alla sua banca e alle agenzie di informazioni creditizie (dove esistono) di segnalare la persona come deceduta.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Non c&apos;è niente da cambiare dopo. Tratta con cautela chiamate o messaggi che citano i tuoi appuntamenti, e verificali direttamente con lo studio o l&apos;ufficio.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Una città, una regione o un paese non portano nessuno alla tua porta, e non puoi cambiarli. Se è trapelato anche il tuo indirizzo di casa, se ne occupa il passaggio sull&apos;indirizzo.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Chiedi al tuo operatore mobile di bloccare il tuo numero contro la sostituzione fraudolenta della SIM (SIM swap) e i trasferimenti</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Con il tuo numero, un criminale può chiedere al tuo operatore una nuova SIM a tuo nome, o di trasferire il tuo numero a un&apos;altra compagnia, e poi ricevere i tuoi codici di sicurezza. Un blocco o un PIN sul tuo account mobile lo impedisce.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Chiama il tuo operatore mobile dal tuo telefono, o usa la sua app, e chiedi un blocco o un PIN da fornire prima che chiunque ottenga una nuova SIM per il tuo numero o lo trasferisca a un&apos;altra compagnia. Chiedilo esplicitamente. Non dare mai i dati del tuo account a chi ti chiama dicendo di essere il tuo operatore; riaggancia e chiama il numero sulla bolletta.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Chiedi al tuo operatore (EE, O2, Vodafone, Three o il tuo gestore) di aggiungere al tuo account un PIN o una password da fornire per qualsiasi cambio di SIM. Se il telefono perde all&apos;improvviso il segnale dove di solito funziona, o ricevi un messaggio inatteso su una nuova SIM, chiama subito il tuo operatore e la tua banca da un altro telefono.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Da luglio 2024 (regola TRAI), un numero non può essere trasferito a un&apos;altra compagnia per 7 giorni dopo la sostituzione della SIM: se la SIM smette di funzionare all&apos;improvviso, chiama subito il tuo operatore. Su sancharsaathi.gov.in, Know Mobile Connections in Your Name (il controllo TAFCOP del governo) elenca tutti i numeri registrati con il tuo documento; segnala quelli che non sono tuoi.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Di&apos; al tuo operatore telefonico che i tuoi dati erano in una violazione e chiedi una sicurezza aggiuntiva sul tuo account, come un PIN o una password necessari per i cambi di SIM e i trasferimenti del numero.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Per trasferire il tuo numero a un&apos;altra compagnia, il nuovo operatore ha bisogno del tuo codice RIO, che ottieni chiamando il 3179 dalla tua linea. Non leggerlo mai a chi ti chiama. Se il telefono resta all&apos;improvviso senza servizio, chiama il tuo operatore da un altro telefono: qualcuno potrebbe aver ottenuto una SIM sostitutiva (duplicata) a tuo nome.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Da novembre 2022, secondo le regole AGCOM, solo l&apos;intestatario della linea può cambiare la SIM o trasferire il numero, con un documento d&apos;identità e il codice fiscale, e l&apos;operatore conferma la richiesta con un SMS o una chiamata alla tua SIM attuale. Se ricevi un messaggio del genere senza averlo chiesto, avvisa subito il tuo operatore.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>L&apos;agenzia spagnola per la protezione dei dati (AEPD) ha multato alcuni operatori per aver consegnato SIM duplicate senza verificare bene l&apos;identità. Chiedi al tuo operatore come verifica chi sei prima di emettere una SIM duplicata, e se puoi aggiungere una password al tuo account. Se il telefono perde all&apos;improvviso il servizio, chiama il tuo operatore e la tua banca da un altro telefono.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Controlla quali linee mobili sono registrate con il tuo documento nella verifica delle linee dell&apos;autorità BTK (hat-sorgulama.btk.gov.tr) e fai disattivare dal relativo operatore ogni linea che non conosci. Se la SIM smette all&apos;improvviso di funzionare, chiama subito il tuo operatore e la tua banca da un altro telefono.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Dal 2020 il CRTC, l&apos;autorità canadese delle telecomunicazioni, obbliga gli operatori a segnalare le sostituzioni di SIM (SIM swap) e i trasferimenti di numero non autorizzati, e gli operatori hanno aggiunto controlli. Chiedi al tuo operatore un PIN o una password dell&apos;account da fornire per i cambi di SIM e i trasferimenti del numero. Se il telefono perde all&apos;improvviso il servizio, chiama il tuo operatore e la tua banca da un altro telefono.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Controlla che nessuno abbia impostato l&apos;inoltro delle tue chiamate</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Chi inoltra le tue chiamate al proprio telefono può ricevere le chiamate con cui la banca verifica un pagamento, o quelle che dettano i codici di sicurezza, senza toccare la tua SIM.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Aspettati chiamate e messaggi truffa, e impara a riconoscerli</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>I numeri trapelati vengono venduti ai truffatori. Potrebbero conoscere il tuo nome e fingersi la tua banca, un corriere, la polizia o un parente che ha perso il telefono.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Non condividere mai un codice ricevuto via SMS: nessuna banca, operatore o app te lo chiederà. Diffida dell&apos;urgenza e delle minacce. Se un messaggio o una chiamata sembra venire da un&apos;azienda che conosci, riaggancia e chiama il numero indicato sul suo sito, sulla tua carta o sulla bolletta. Se un parente ti scrive da un nuovo numero, verifica chiamandolo al numero vecchio.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Segnala gli SMS e le chiamate truffa</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Segnalarli aiuta a bloccare i mittenti per tutti, e ti lascia una documentazione se perdi soldi.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Segnala gli SMS e le chiamate truffa al tuo operatore mobile: la maggior parte permette di inoltrare un SMS truffa o segnalare un numero nella propria app o chiamando il servizio clienti. Se hai perso soldi o hai dato dati personali, avvisa subito la tua banca e denuncia il fatto alla polizia.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Inoltra gli SMS truffa al 7726 (SPAM). Segnala le truffe su ReportFraud.ftc.gov. Se hai perso soldi, contatta anche la tua banca.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Inoltra gli SMS truffa al 7726 (gratuito) e le email truffa a report@phishing.gov.uk. Per segnalare una chiamata sospetta, invia un SMS con CALL e il numero al 7726. Per verificare una chiamata della tua banca, chiama il 159. Se hai perso soldi, segnalalo su reportfraud.police.uk o al numero 0300 123 2040 (Inghilterra, Galles e Irlanda del Nord), oppure a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Inoltra gli SMS truffa e segnala le chiamate indesiderate al 33700 (gratuito; anche su 33700.fr). Blocca il telemarketing registrando gratuitamente il tuo numero su Bloctel (bloctel.gouv.fr). Se la tua carta è stata usata online senza di te, bloccala con la tua banca, poi segnalalo su Perceval. Per un aiuto dopo una frode online, usa cybermalveillance.gouv.fr; se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Segnala chiamate e messaggi sospetti di frode con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in. Per bloccare chiamate e SMS promozionali, invia START 0 al 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Segnala le truffe a Scamwatch (scamwatch.gov.au) e i reati informatici a ReportCyber (cyber.gov.au). Per un aiuto gratuito dopo una violazione o un uso illecito della tua identità, contatta IDCARE al 1800 595 160. Puoi registrare il tuo numero nel Do Not Call Register (donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Segnala truffe e frodi al Canadian Anti-Fraud Centre: 1-888-495-8501 oppure online. Se hai perso soldi, denuncialo anche alla polizia locale e fatti dare un numero di pratica.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017, per consigli su chiamate e messaggi truffa e su cosa fare dopo una fuga di dati. Se hai perso soldi, avvisa la tua banca e denuncia il fatto alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Segnala truffe online e phishing alla Polizia Postale tramite il suo portale, commissariatodips.it. Se hai perso soldi, avvisa subito la tua banca e sporgi denuncia.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Per prima cosa presenta reclamo al tuo operatore per chiamate o SMS truffa sulla tua linea. Se non risolve il problema, contatta la National Telecom Regulatory Authority (NTRA) al 155 o tramite la sua app My NTRA. Se hai perso soldi o qualcuno ti minaccia online, avvisa la tua banca e denuncia il fatto alla polizia.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Riaggancia se chi chiama dice di essere della polizia, un militare o un magistrato e chiede soldi, oro o dati bancari: i funzionari non lo fanno mai. Segnala i siti di phishing e truffa a USOM, il centro nazionale per gli incidenti informatici (usom.gov.tr). Denuncia le frodi alla polizia al 112, il numero unico di emergenza. Se hai inviato soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Invia STOP al 2442 per bloccare gli SMS pubblicitari non richiesti (il servizio Do-Not-Disturb). Per prima cosa presenta reclamo al tuo operatore e conserva il numero del reclamo; se non viene risolto, contatta la Nigerian Communications Commission al 622 o allo 0800 2255 622, oppure con il suo modulo di reclamo online. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Avvisa familiari e amici che qualcuno potrebbe fingersi te</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Con il tuo nome e la tua foto o il tuo numero, i truffatori possono creare un account che sembra il tuo e chiedere soldi o codici ai tuoi contatti.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Di&apos; alle persone che senti più spesso che non chiederai mai soldi o codici via messaggio, e che se &quot;tu&quot; scrivi da un nuovo numero devono chiamare il tuo numero solito per verificare. Se compare un account falso, segnalalo all&apos;app e chiedi ai tuoi contatti di segnalarlo anche loro.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Dove puoi, usa un&apos;app di autenticazione invece dei codici via SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>I codici inviati via SMS arrivano a chi controlla il tuo numero. Se il tuo numero è noto, un&apos;app di autenticazione, una passkey o una chiave di sicurezza sono più sicure per la tua email, la banca e i social.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>Nelle impostazioni di sicurezza dei tuoi account più importanti (prima l&apos;email, poi la banca, poi i social), cerca la verifica in due passaggi e scegli un&apos;app di autenticazione, una passkey o una chiave di sicurezza invece degli SMS. Conserva i codici di backup in un posto sicuro.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Limita chi può trovarti tramite numero di telefono o email</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Le app che permettono a chiunque di cercarti tramite numero sono il modo in cui elenchi come questo vengono creati e tenuti aggiornati.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Nelle app che usi (Facebook, Instagram, Telegram, Signal, X, LinkedIn), trova l&apos;impostazione della privacy su chi può cercarti tramite numero di telefono o email e scegli l&apos;opzione più ristretta. Dai il tuo numero solo dove serve. Google può togliere dai risultati di ricerca le pagine che mostrano il tuo numero o il tuo indirizzo (Risultati che ti riguardano); la pagina in sé resta.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>token di accesso</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>immagine del profilo</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>numero di conto bancario</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>testo delle info</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>dati del browser</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>codice di sicurezza della carta</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numero della carta</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data di nascita</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>dati del dispositivo</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>patente di guida</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>indirizzo email</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>datore di lavoro</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>nomi dei familiari</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>sesso</translation>
    </message>
    <message>
        <source>location</source>
        <translation>posizione</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>numero del documento d&apos;identità</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>vecchie password</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>account di messaggistica</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>indirizzo IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>qualifica professionale</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>cognome da nubile della madre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>parte del numero della carta</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>compleanno</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>numero del passaporto</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>suggerimento per la password</translation>
    </message>
    <message>
        <source>password</source>
        <translation>password</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>descrizione del profilo</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numero di telefono</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>indirizzo di casa</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>codice PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>messaggi privati</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>foto del profilo</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>indirizzo email di recupero</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>situazione sentimentale</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>domande e risposte di sicurezza</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>profilo social</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>numero di Social Security</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>nome del partner</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome utente</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Apri le connessioni di terze parti su myaccount.google.com/connections e rimuovi l&apos;accesso a tutto ciò che non usi o non riconosci. Poi apri Password per le app su myaccount.google.com/apppasswords, la pagina che le gestisce, e revoca quelle che non ti servono. Anche cambiare la password dell&apos;Account Google revoca tutte le tue password per le app.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>La pagina Attività recenti mostra dove e come è stato usato il tuo account negli ultimi 30 giorni. Un accesso che non riconosci può significare che qualcun altro ha la tua password, ma può anche essere il tuo telefono, un viaggio o una VPN (un servizio che nasconde da dove ti colleghi).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Apri account.live.com/activity ed espandi ogni accesso che non riconosci per vederne il luogo e il dispositivo. Se non eri tu, scegli Non sono stato io dove la pagina lo propone, cambia la password e attiva la verifica in due passaggi. Nel dubbio, controlla se il dispositivo e il luogo potrebbero essere tuoi, come il tuo telefono o un viaggio; se non possono esserlo, consideralo un accesso non tuo.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Nell&apos;account violato, e negli account in cui hai usato le stesse domande o risposte, cambiale. Usa risposte non vere che non si possano scoprire, e conservale in un posto sicuro, come il tuo gestore di password.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Il blocco è gratuito e non peggiora il tuo punteggio di credito. Blocca il tuo fascicolo presso ciascuna agenzia, Equifax, Experian e TransUnion, sul suo sito o per telefono: il blocco parte entro un giorno lavorativo, e l&apos;agenzia deve toglierlo entro un&apos;ora quando lo chiedi. Oppure inserisci almeno un avviso di frode gratuito di un anno presso un&apos;agenzia. I genitori possono anche bloccare, gratuitamente, il fascicolo di un figlio sotto i 16 anni.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Chiedi a entrambe le agenzie di informazioni creditizie di inserire un avviso di frode nel tuo fascicolo: Equifax Canada 1-800-465-7166 e TransUnion Canada 1-800-663-9980. Se vivi in Québec, puoi anche chiedere a entrambe un blocco di sicurezza (da febbraio 2023): da quel momento non danno il tuo fascicolo ai finanziatori finché non lo togli. Controlla il tuo rapporto di credito almeno una volta all&apos;anno.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Richiedi la Protective Registration al Southern African Fraud Prevention Service (SAFPS), con il modulo sul suo sito o nella sua app. Il SAFPS avvisa poi i suoi membri, come i finanziatori, di fare più attenzione nel verificare che sia davvero tu. Se il tuo documento d&apos;identità (ID book) o il passaporto vengono persi o rubati, puoi anche registrarlo chiamando il SAFPS allo 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Accedi al tuo IRS Online Account su irs.gov/ippin e verifica la tua identità; poi il PIN viene mostrato. Se non riesci a verificarla online, usa il modulo 15227 (reddito sotto il limite dell&apos;IRS) o vai su appuntamento in un IRS Taxpayer Assistance Center. Ogni anno arriva un nuovo PIN di sei cifre; usalo in ogni dichiarazione federale. L&apos;IRS non lo chiede mai per telefono, email o SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Segnala l&apos;uso illecito della tua identità online alla Polizia Postale, il reparto della polizia per i reati online, sul suo portale commissariatodips.it o in uno dei suoi uffici. Avvisa subito la tua banca e contesta ogni pagamento o prestito che non hai fatto.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia l&apos;uso illecito della tua identità, le frodi online o i ricatti al Ministero dell&apos;Interno (moiegypt.gov.eg) o in una stazione di polizia, e conserva gli screenshot come prova. Avvisa la tua banca e il tuo operatore di conti o linee che non hai aperto.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>In caso di emergenza, come un reato in corso, chiama il 112. Altrimenti sporgi denuncia (şikâyet), scritta od orale, presso una stazione di polizia o della gendarmeria o presso la procura della Repubblica (Cumhuriyet Başsavcılığı). Segnala i falsi siti di banche o enti statali a USOM (usom.gov.tr). Controlla le linee mobili registrate con il tuo documento nella verifica delle linee della BTK (hat-sorgulama.btk.gov.tr) e avvisa la tua banca di conti o prestiti che non hai aperto.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia le frodi online o i ricatti alla polizia nazionale (DGSN) sulla sua piattaforma e-Blagh (e-blagh.ma), e gli altri usi illeciti della tua identità in una stazione di polizia. Avvisa la tua banca e il tuo operatore di conti o linee che non hai aperto.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Sporgi una denuncia penale (denuncia) alla Fiscalía o alla Policía Nacional, di persona o sul sito ADenunciar della polizia se prevede il tuo caso; conserva il numero della pratica. Avvisa l&apos;azienda presso cui è avvenuta la frode. Chiedi a TransUnion un avviso di frode sul tuo rapporto di credito, e contesta con TransUnion e DataCrédito ogni debito che non è tuo; se non funziona, presenta reclamo alla SIC, l&apos;autorità per la protezione dei dati.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Se compaiono prestiti o conti a tuo nome, dimostra al finanziatore o all&apos;agenzia di recupero crediti che non si trattava di te; ti darà una lettera che conferma il furto d&apos;identità. Denuncialo alla polizia (SAPS). Se il finanziatore non è membro del Southern African Fraud Prevention Service (SAFPS), invia la lettera al SAFPS: segnalerà il tuo numero d&apos;identità e rilascerà una Protective Registration (PR) e un numero di vittima (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia l&apos;uso illecito della tua identità alla Gendarmeria, al suo numero gratuito 1055 oppure online su ppgn.mdn.dz (poi confermi la denuncia presso una brigata), o in una stazione di polizia. Conserva messaggi e ricevute, e avvisa la tua banca e il tuo operatore di conti o linee che non hai aperto.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Un indirizzo IP può mostrare più o meno dove ti trovi. Un router tenuto aggiornato e con una propria password di amministratore protegge la tua rete di casa, qualunque indirizzo sia trapelato.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Attiva i blocchi gratuiti del tuo operatore. T-Mobile: nell&apos;app T-Life tocca Account &gt; l&apos;icona dell&apos;ingranaggio &gt; Security, poi SIM Protection e Port Out Protection; Port Out Protection si imposta per ogni linea separatamente, quindi attivalo per ogni linea. Verizon: Number Lock e SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Altri: chiedi un blocco. Non disattivarne mai uno perché te lo chiede chi ti chiama.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Operatori come Vodafone chiedono la tua password cliente (Kundenkennwort) prima di consegnare una nuova SIM in negozio. Scegline una che non sia il tuo compleanno o altro che possa essere trapelato, e cambiala se l&apos;hai digitata dopo aver aperto un link in un SMS. Se il telefono perde all&apos;improvviso il servizio, chiama il tuo operatore e la tua banca da un altro telefono.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Controlla Inoltro chiamate (o Trasferimento chiamate) nelle impostazioni delle chiamate del telefono, o nel tuo account presso l&apos;operatore, e disattiva ogni inoltro che non hai impostato tu. Se qualcuno chiama o scrive dicendo di essere del tuo operatore e ti chiede di comporre un codice o di cambiare un&apos;impostazione, riaggancia e chiama il tuo operatore al numero sulla bolletta. I menu variano a seconda del telefono.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Segnala chiamate indesiderate, SMS di spam e numeri usati illecitamente alla Bundesnetzagentur (l&apos;agenzia federale delle reti) con i suoi moduli online su bundesnetzagentur.de/aergermitrufnummern. Si occupa dei numeri, non delle frodi: se qualcuno ha cercato di truffarti o hai perso soldi, denuncialo alla polizia, online tramite la Onlinewache (stazione di polizia online) del tuo Land o in qualsiasi stazione di polizia. Non richiamare le chiamate perse da numeri sconosciuti.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Inoltra gli SMS truffa al 330330 (gratuito, per tutti gli operatori), il numero per le segnalazioni dell&apos;autorità di regolamentazione. Se hai perso soldi, chiama subito la tua banca e denuncia il fatto alla polizia.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Registra il tuo numero su Não Me Perturbe (naomeperturbe.com.br) per bloccare le chiamate commerciali di compagnie telefoniche e banche; se continuano, presenta reclamo ad Anatel al 1331. Alcune chiamate aziendali ora mostrano il nome, il logo e il motivo di chi chiama, con una verifica che il numero è autentico (Origem Verificada); comunque, non dare mai codici o password durante una chiamata. Se hai perso soldi, avvisa la tua banca e sporgi denuncia alla polizia (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Segnala truffe online, frodi e ricatti alla polizia nazionale (DGSN) sulla sua piattaforma e-Blagh (e-blagh.ma). Per problemi con la tua linea, presenta reclamo al tuo operatore. Se hai perso soldi, chiama subito la tua banca e denuncia il fatto alla polizia.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Denuncia frodi e truffe online alla Fiscalía o alla Policía Nacional, in una stazione di polizia o online sul servizio ADenunciar se prevede il tuo caso; conserva il numero della pratica. Se hai perso soldi, chiama subito la tua banca. Non dare mai codici, numeri di carta o password a chi ti chiama.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Segnala le truffe alla Gendarmeria, al suo numero gratuito 1055 oppure online su ppgn.mdn.dz (poi confermi la denuncia presso una brigata), o in una stazione di polizia. Se ti hanno sottratto soldi, avvisa subito la tua banca o Algérie Poste. Conserva messaggi e ricevute.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Se hai perso soldi o hai dato i tuoi dati bancari, chiama subito il National Scam Response Centre al 997, poi sporgi denuncia alla polizia. Riaggancia se chi chiama dice di essere della MCMC, della polizia o di una banca.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Controlla i tuoi rapporti di credito per trovare conti che non hai aperto</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Prestiti, carte o contratti che qualcuno apre a tuo nome compaiono nel tuo rapporto di credito. Controllarlo è il modo per accorgertene presto.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Ottieni gratuitamente i tuoi rapporti di credito su AnnualCreditReport.com: Equifax, Experian e TransUnion ti permettono ciascuna di vedere il tuo una volta alla settimana. Altri siti potrebbero farti pagare o essere falsi. Cerca conti, prestiti o indirizzi che non riconosci; se ne trovi, segnalalo su IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Puoi ottenere gratuitamente il tuo rapporto di credito da entrambe le agenzie: da TransUnion Canada online, per posta o di persona, e da Equifax Canada per posta con il suo modulo di richiesta e le copie dei tuoi documenti. Controlla in entrambi se ci sono conti o verifiche del credito che non riconosci, almeno una volta all&apos;anno.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Puoi ottenere gratuitamente il tuo rapporto di credito almeno una volta ogni tre mesi. Chiedilo a ciascuna agenzia di informazioni creditizie, perché possono avere dati diversi, e controlla se ci sono richieste di credito o conti che non hai fatto.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Ogni società di informazioni creditizie (credit bureau) che conserva la tua storia creditizia deve darti gratuitamente un rapporto di credito completo, con il tuo punteggio, ogni anno solare (una regola della Reserve Bank of India). Chiedilo a ciascuna sul suo sito e controlla se ci sono prestiti o carte che non hai richiesto. Se ne trovi, chiama il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>La legge ti permette di ottenere gratuitamente il tuo rapporto di credito una volta all&apos;anno da ogni agenzia. Chiedilo a ciascuna delle principali, come TransUnion, e cerca prestiti o conti che non hai aperto. Puoi contestare gratuitamente le voci sbagliate con l&apos;agenzia; ha 20 giorni lavorativi per verificarle.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Controlla il tuo rapporto CCRIS, il registro di Bank Negara Malaysia dei tuoi prestiti e delle tue richieste di credito, sul suo servizio eCCRIS (eccris.bnm.gov.my). Cerca prestiti o richieste che non hai fatto, e invia una richiesta di verifica dei dati tramite eCCRIS per far controllare le voci sbagliate.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Lascia che il telefono o il browser controlli le tue password salvate nelle fughe di dati</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Il gestore di password che hai già può mostrarti quali delle tue password salvate sono comparse in una fuga di dati, così sai quali cambiare.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Apri passwords.google.com (Gestore delle password di Google) nel browser e scegli Vai a Controllo password &gt; Controlla password. Cambia ogni password segnata come compromessa, iniziando da email e banca, poi quelle riutilizzate. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>Su iOS 18 o versioni successive, apri l&apos;app Password e tocca Sicurezza; nelle versioni precedenti, apri Impostazioni &gt; Password &gt; Suggerimenti di sicurezza. Controlla che Rileva password compromesse sia attivo, poi cambia ogni password segnata come compromessa, iniziando da email e banca. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Altro (tre puntini) &gt; Password e compilazione automatica &gt; Gestore delle password di Google &gt; Controllo. Edge: Impostazioni e altro (...) &gt; Impostazioni &gt; Profili &gt; Password, e attiva Mostra avvisi quando le password vengono trovate in una perdita online. Firefox: Impostazioni &gt; Privacy e sicurezza &gt; Password, e lascia selezionato Visualizza avvisi per le password di siti coinvolti in violazioni di dati. Mac: app Password &gt; Sicurezza. I nomi dei menu possono variare a seconda della versione.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Non cercare, scaricare o aprire i file trapelati</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Può essere forte la tentazione di trovare i dati trapelati per vedere cosa contengono su di te. Nelle copie che circolano online è stato trovato malware che infetta il dispositivo che le apre.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Non cercare, scaricare o aprire file che dicono di contenere questa fuga di dati, nemmeno per controllare i tuoi dati. Per sapere cosa è trapelato, affidati all&apos;avviso dell&apos;azienda o a un servizio di avvisi sulle violazioni come Have I Been Pwned. Se hai già aperto un file del genere, esegui una scansione del dispositivo con un software di sicurezza aggiornato e cambia le password da un altro dispositivo.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Non inoltrare mai un codice che qualcuno dice di averti inviato per errore</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Con il tuo numero, un truffatore può iniziare ad accedere al tuo WhatsApp o Telegram sul proprio telefono; l&apos;app allora invia il codice a te via SMS. Il truffatore te lo chiede, spesso scrivendo dall&apos;account rubato di un amico. Chi ha il codice può impadronirsi del tuo account.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Non inoltrare mai un codice che WhatsApp, Telegram o un altro servizio ti invia via SMS, nemmeno a un amico che dice che ti è stato inviato per errore. Se l&apos;hai già fatto, accedi subito di nuovo con il tuo numero; in WhatsApp questo disconnette l&apos;altra persona. Poi attiva la verifica in due passaggi e avvisa i tuoi contatti di non rispondere ai messaggi che arrivano dal tuo account.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Inoltra gli SMS truffa al 7726 (SPAM) e segnala la truffa su ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Inoltra gli SMS truffa al 7726 (gratuito). Se hai perso soldi, segnalalo su reportfraud.police.uk o, in Scozia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnalalo a Scamwatch (scamwatch.gov.au). Se hai perso soldi, contatta subito la tua banca; IDCARE (1800 595 160) ti aiuta se la tua identità viene usata illecitamente.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnala le truffe al Canadian Anti-Fraud Centre al numero 1-888-495-8501 oppure online; se hai perso soldi, avvisa anche la tua banca e la polizia locale.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Inoltra gli SMS truffa al 33700 (gratuito). Se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria; cybermalveillance.gouv.fr può aiutarti.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Denuncia la frode alla polizia, online tramite la Onlinewache del tuo Land dove esiste, o in qualsiasi stazione di polizia.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnalalo alla Polizia Postale su commissariatodips.it e, se hai perso soldi, avvisa subito la tua banca.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Per un consiglio, chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017. Se hai perso soldi, denuncialo alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Presenta reclamo al tuo operatore e, se il problema non si risolve, all&apos;autorità di regolamentazione NTRA al 155. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Inoltra gli SMS truffa al 330330 (gratuito, per tutti gli operatori).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnala i siti truffa a USOM (usom.gov.tr) e le frodi a una stazione di polizia o della gendarmeria, oppure al 112 se sta succedendo ora.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnala il messaggio con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Presenta reclamo al tuo operatore e conserva il numero del reclamo; se il problema non si risolve, contatta la Nigerian Communications Commission al 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnala le frodi online alla polizia nazionale (DGSN) su e-Blagh (e-blagh.ma); se hai perso soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Se ti hanno sottratto soldi, chiama subito la tua banca e sporgi denuncia (denuncia) alla Fiscalía o alla Policía Nacional.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Non inoltrare mai un codice che WhatsApp o Telegram ti inviano via SMS, nemmeno a un amico che dice che ti è arrivato per errore. Se l&apos;hai fatto, accedi subito di nuovo con il tuo numero, chiudi le sessioni che non conosci e attiva la verifica in due passaggi. Segnala le truffe via SMS a WASPA, l&apos;associazione di settore della messaggistica mobile (waspa.org.za); se hai perso soldi, chiama subito il numero antifrode della tua banca.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Verifica un messaggio &quot;nuovo numero&quot; di un familiare prima di rispondere</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>I truffatori scrivono a genitori e amici fingendosi un figlio o un parente: &quot;Ciao mamma, mi si è rotto il telefono, questo è il mio nuovo numero.&quot; Dopo qualche messaggio chiedono soldi per una bolletta urgente o un telefono nuovo.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Non rispondere al nuovo numero e non inviare soldi. Chiama la persona al numero che hai già, o chiedi a un altro parente, o fai una domanda a cui solo lei potrebbe rispondere. Non cambiare il suo numero salvato a causa di un messaggio. Segnala e blocca il mittente nell&apos;app di messaggistica.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Alcuni truffatori aggiungono alla storia un falso avvocato o agente di polizia. Inoltra gli SMS truffa al 7726 (SPAM) e segnala la truffa su ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Inoltra gli SMS truffa al 7726 (gratuito). Se hai perso soldi, segnalalo su reportfraud.police.uk o, in Scozia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Non cambiare mai il suo numero salvato a causa di un messaggio. Segnalalo a Scamwatch (scamwatch.gov.au). Se hai perso soldi, contatta subito la tua banca; IDCARE (1800 595 160) ti aiuta se la tua identità viene usata illecitamente.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnala le truffe al Canadian Anti-Fraud Centre al numero 1-888-495-8501 oppure online; se hai perso soldi, avvisa anche la tua banca e la polizia locale.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Inoltra gli SMS truffa al 33700 (gratuito). Se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria; cybermalveillance.gouv.fr può aiutarti.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Denuncia la frode alla polizia, online tramite la Onlinewache del tuo Land dove esiste, o in qualsiasi stazione di polizia.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnalalo alla Polizia Postale su commissariatodips.it e, se hai perso soldi, avvisa subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Per un consiglio, chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017. Se hai perso soldi, denuncialo alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Presenta reclamo al tuo operatore e, se il problema non si risolve, all&apos;autorità di regolamentazione NTRA al 155. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Inoltra gli SMS truffa al 330330 (gratuito, per tutti gli operatori).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnala i siti truffa a USOM (usom.gov.tr) e le frodi a una stazione di polizia o della gendarmeria, oppure al 112 se sta succedendo ora.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnala il messaggio con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Presenta reclamo al tuo operatore e conserva il numero del reclamo; se il problema non si risolve, contatta la Nigerian Communications Commission al 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnala le frodi online alla polizia nazionale (DGSN) su e-Blagh (e-blagh.ma); se hai perso soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Se ti hanno sottratto soldi, chiama subito la tua banca e sporgi denuncia (denuncia) alla Fiscalía o alla Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Non rispondere e non inviare soldi. Chiama la persona al numero che hai già, oppure fai una domanda a cui solo lei potrebbe rispondere. Segnala le truffe via SMS a WASPA, l&apos;associazione di settore della messaggistica mobile (waspa.org.za); se hai perso soldi, chiama subito il numero antifrode della tua banca.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Ignora gli SMS su pacchi, pedaggi o multe che ti chiedono di toccare un link</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>I truffatori inviano SMS su un pacco che non è stato possibile consegnare, un pedaggio non pagato, una multa o una piccola spesa. Il link porta a una pagina che imita quella vera e ruba i dati della tua carta o i tuoi dati personali.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Non toccare i link negli SMS su consegne, pedaggi, multe o spese. Verifica una consegna nell&apos;app o sul sito ufficiali del negozio o del corriere, e un pedaggio o una multa sul sito ufficiale che cerchi tu. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala l&apos;SMS al tuo operatore, poi cancellalo.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Gli SMS falsi su pedaggi non pagati sono frequenti. Inoltra gli SMS truffa al 7726 (SPAM) e segnala la truffa su ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Inoltra gli SMS truffa al 7726 (gratuito). Se hai perso soldi, segnalalo su reportfraud.police.uk o, in Scozia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnalalo a Scamwatch (scamwatch.gov.au). Se hai perso soldi, contatta subito la tua banca; IDCARE (1800 595 160) ti aiuta se la tua identità viene usata illecitamente.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala le truffe al Canadian Anti-Fraud Centre al numero 1-888-495-8501 oppure online; se hai perso soldi, avvisa anche la tua banca e la polizia locale.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Se poi la carta viene usata senza di te, bloccala e segnalalo su Perceval. Inoltra gli SMS truffa al 33700 (gratuito). Se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria; cybermalveillance.gouv.fr può aiutarti.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Denuncia la frode alla polizia, online tramite la Onlinewache del tuo Land dove esiste, o in qualsiasi stazione di polizia.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnalalo alla Polizia Postale su commissariatodips.it e, se hai perso soldi, avvisa subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Per un consiglio, chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017. Se hai perso soldi, denuncialo alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Presenta reclamo al tuo operatore e, se il problema non si risolve, all&apos;autorità di regolamentazione NTRA al 155. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Inoltra gli SMS truffa al 330330 (gratuito, per tutti gli operatori).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala i siti truffa a USOM (usom.gov.tr) e le frodi a una stazione di polizia o della gendarmeria, oppure al 112 se sta succedendo ora.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala il messaggio con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Presenta reclamo al tuo operatore e conserva il numero del reclamo; se il problema non si risolve, contatta la Nigerian Communications Commission al 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala le frodi online alla polizia nazionale (DGSN) su e-Blagh (e-blagh.ma); se hai perso soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Se ti hanno sottratto soldi, chiama subito la tua banca e sporgi denuncia (denuncia) alla Fiscalía o alla Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Non toccare i link negli SMS su pacchi, pedaggi o multe; verifica sul sito o nell&apos;app ufficiali del corriere o dell&apos;ente. Se hai inserito i dati della carta, chiama subito la tua banca. Segnala le truffe via SMS a WASPA, l&apos;associazione di settore della messaggistica mobile (waspa.org.za); se hai perso soldi, chiama subito il numero antifrode della tua banca.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Riaggancia alle chiamate che sembrano venire dalla tua banca o dalla polizia, e richiama tu</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>I truffatori possono far comparire sul tuo schermo qualsiasi numero, anche quello della tua banca o della polizia. Con i dati di una fuga di dati sembrano credibili, e ti spingono a spostare soldi, leggere un codice o dare i dati della carta.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare il tuo PIN o i dati della carta a chi ti chiama, per quanto sembri credibile. Riaggancia, poi chiama tu il numero indicato sulla carta, sull&apos;estratto conto o sul sito ufficiale.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala le chiamate truffa su ReportFraud.ftc.gov e quelle con numero falsificato alla FCC.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Per verificare una chiamata della tua banca, chiama il 159; per segnalare una chiamata truffa, invia un SMS con CALL e il numero al 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnalalo a Scamwatch (scamwatch.gov.au). Se hai perso soldi, contatta subito la tua banca; IDCARE (1800 595 160) ti aiuta se la tua identità viene usata illecitamente.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala le truffe al Canadian Anti-Fraud Centre al numero 1-888-495-8501 oppure online; se hai perso soldi, avvisa anche la tua banca e la polizia locale.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala la chiamata al 33700 (33700.fr). Se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala le chiamate indesiderate alla Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) e i tentativi di frode alla polizia, tramite la Onlinewache del tuo Land o in qualsiasi stazione.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnalalo alla Polizia Postale su commissariatodips.it e, se hai perso soldi, avvisa subito la tua banca.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Per un consiglio, chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017. Se hai perso soldi, denuncialo alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Presenta reclamo al tuo operatore e, se il problema non si risolve, all&apos;autorità di regolamentazione NTRA al 155. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Denuncia le frodi a una stazione di polizia o della gendarmeria, oppure al 112 se sta succedendo ora, e segnala i siti truffa a USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala la chiamata con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Le chiamate delle grandi aziende mostrano sempre più spesso un nome e un sigillo verificati (Origem Verificada); anche in questo caso, non dare mai codici o password durante una chiamata.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Presenta reclamo al tuo operatore e conserva il numero del reclamo; se il problema non si risolve, contatta la Nigerian Communications Commission al 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Segnala le frodi alla polizia nazionale (DGSN) su e-Blagh (e-blagh.ma); se hai perso soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Il numero del chiamante può essere falsificato. Non spostare mai soldi, non leggere codici e non dare i dati della carta a chi ti chiama. Riaggancia e chiama tu il numero indicato sulla carta o sul sito ufficiale. Se ti hanno sottratto soldi, chiama subito la tua banca e sporgi denuncia (denuncia) alla Fiscalía o alla Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Non dare seguito ai messaggi che dicono che il tuo account verrà bloccato o sospeso</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>I messaggi falsi dicono che il tuo conto in banca, la tua linea telefonica o il tuo WhatsApp verranno bloccati se non &quot;verifichi&quot; i tuoi dati tramite un link o una chiamata. La fretta serve a impedirti di controllare.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio. Apri l&apos;app della banca o dell&apos;azienda, oppure digita tu il suo indirizzo web, e verifica lì. Le aziende vere non chiedono la password, il PIN o i codici via messaggio. Segnala il messaggio al tuo operatore, o in WhatsApp con Segnala, poi cancellalo.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Inoltra gli SMS truffa al 7726 (SPAM) e segnala la truffa su ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Inoltra gli SMS truffa al 7726 (gratuito) e le email truffa a report@phishing.gov.uk. Se hai perso soldi, segnalalo su reportfraud.police.uk o, in Scozia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnalalo a Scamwatch (scamwatch.gov.au). Se hai perso soldi, contatta subito la tua banca; IDCARE (1800 595 160) ti aiuta se la tua identità viene usata illecitamente.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnala le truffe al Canadian Anti-Fraud Centre al numero 1-888-495-8501 oppure online; se hai perso soldi, avvisa anche la tua banca e la polizia locale.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Inoltra gli SMS truffa al 33700 (gratuito). Se hai perso soldi, sporgi denuncia alla polizia o alla gendarmeria; cybermalveillance.gouv.fr può aiutarti.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Denuncia la frode alla polizia, online tramite la Onlinewache del tuo Land dove esiste, o in qualsiasi stazione di polizia.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnalalo alla Polizia Postale su commissariatodips.it e, se hai perso soldi, avvisa subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Per un consiglio, chiama la linea d&apos;aiuto gratuita per la cybersicurezza di INCIBE, il 017. Se hai perso soldi, denuncialo alla Policía Nacional o alla Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Presenta reclamo al tuo operatore e, se il problema non si risolve, all&apos;autorità di regolamentazione NTRA al 155. Se hai perso soldi, avvisa la tua banca e la polizia.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Inoltra gli SMS truffa al 330330 (gratuito, per tutti gli operatori).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnala i siti truffa a USOM (usom.gov.tr) e le frodi a una stazione di polizia o della gendarmeria, oppure al 112 se sta succedendo ora.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnala il messaggio con Chakshu su sancharsaathi.gov.in. Se hai perso soldi, chiama subito il 1930 o fai una segnalazione su cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Presenta reclamo al tuo operatore e conserva il numero del reclamo; se il problema non si risolve, contatta la Nigerian Communications Commission al 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnala le frodi online alla polizia nazionale (DGSN) su e-Blagh (e-blagh.ma); se hai perso soldi, chiama subito la tua banca.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Se ti hanno sottratto soldi, chiama subito la tua banca e sporgi denuncia (denuncia) alla Fiscalía o alla Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Non toccare i link e non chiamare i numeri presenti nel messaggio; verifica nell&apos;app o sul sito ufficiali dell&apos;azienda. Le aziende vere non chiedono password, PIN o codici via messaggio. Segnala le truffe via SMS a WASPA, l&apos;associazione di settore della messaggistica mobile (waspa.org.za); se hai perso soldi, chiama subito il numero antifrode della tua banca.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Non rispondere agli SMS di mittenti che non conosci, nemmeno con STOP: una risposta dice al mittente che il numero è attivo. Segnala truffe e spam via SMS a WASPA, l&apos;associazione di settore della messaggistica mobile (waspa.org.za). Se hai perso soldi o hai dato i tuoi dati bancari, chiama subito il numero antifrode della tua banca e apri una pratica presso la polizia (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Avvisa il reparto IT che il tuo indirizzo di lavoro è trapelato</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Un account di lavoro o di scuola è gestito dalla tua organizzazione, non da te: il suo reparto IT può controllare gli accessi, reimpostare la password e attivare la verifica in due passaggi, e deve sapere che l&apos;indirizzo era in una fuga di dati.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Contatta il reparto IT o l&apos;assistenza nel solito modo, non rispondendo a un messaggio sulla fuga di dati. Indica quale indirizzo, quale fuga di dati e cosa è trapelato. Chiedi se devi cambiare la password o attivare la verifica in due passaggi, e fai quello che ti dicono. Se hai usato quella password altrove, cambiala anche lì. Se l&apos;indirizzo è su un tuo dominio, proteggilo invece presso il tuo provider di posta.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Cambia la password trapelata ovunque la usi</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>I criminali provano per prime, automaticamente, le password degli elenchi di dati trapelati su siti di posta, banche e negozi online. Ogni account che usa questa password è a rischio finché non ne ha una tutta sua.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Cambiala prima nel tuo account di posta, perché con quell&apos;account si possono reimpostare le altre password, poi in banca, poi negli account con cui accedi ad altri siti (Google, Apple, Facebook), poi ovunque sia usata la stessa password o una simile. Dai a ogni account una password lunga tutta sua: un gestore di password può crearle e ricordarle per te.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Dati accademici</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldi dei conti</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Contatti della rubrica</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Fasce d&apos;età</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Prompt di IA</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appuntamenti</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>App installate sui dispositivi</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Segni zodiacali</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Registrazioni audio</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Token di autenticazione</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatar</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Numeri di conto bancario</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Valutazioni dell&apos;aspetto fisico</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Dati biometrici</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biografie</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Dati dello user agent del browser</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Cronologie di navigazione</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Preferenze di acquisto</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Possesso di un&apos;auto</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Livelli di carriera</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Nomi delle reti cellulari</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Donazioni di beneficenza</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Registri delle chat</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Cittadinanza</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Taglie di abbigliamento</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Nomi di aziende</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>CVV delle carte di credito</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Carte di credito</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Punteggi di credito</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Informazioni sulla situazione creditizia</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Indirizzi di portafogli di criptovalute</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Hash di portafogli di criptovalute</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Feedback dei clienti</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Interazioni con i clienti</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Commenti del servizio clienti</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Registri del servizio clienti</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Date di nascita</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Data di decesso</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Stato di decesso</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Istruzioni di consegna</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Informazioni sul dispositivo</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Numeri di serie dei dispositivi</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Dati di monitoraggio dell&apos;uso dei dispositivi</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Disabilità</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Nomi visualizzati</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Abitudini di consumo di alcol</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Patenti di guida</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Uso di droghe</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Guadagni</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Abitudini alimentari</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Livelli di istruzione</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Indirizzi email</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>Messaggi email</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Datori di lavoro</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Situazione lavorativa</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Chiavi cifrate</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Etnie</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Nomi dei familiari</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Progetti familiari</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Composizione del nucleo familiare</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Investimenti finanziari</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Transazioni finanziarie</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Livelli di forma fisica</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Voli effettuati</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Post nei forum</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Sesso</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Posizioni geografiche</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Documenti d&apos;identità</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Informazioni sull&apos;assicurazione sanitaria</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Password precedenti</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>Stato HIV</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Informazioni sui mutui</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Proprietà della casa</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>URL di homepage</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>Numeri IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>Numeri IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Fasce di reddito</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Identità di messaggistica istantanea</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Indirizzi IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Quoziente intellettivo</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidature di lavoro</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Qualifiche professionali</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Preferenze di lingua</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Coordinate di latitudine e longitudine</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Targhe</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Costo della vita</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Informazioni sui prestiti</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Cronologie degli accessi</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Dati dei programmi fedeltà</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Indirizzi MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Stato civile</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Servizio militare</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Frasi mnemoniche</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Cognomi da nubile della madre</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomi</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nazionalità</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Patrimonio netto</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Soprannomi</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Professioni</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Piani genitoriali</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Dati parziali delle carte di credito</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Date di nascita parziali</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Documenti d&apos;identità parziali</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Numeri di telefono parziali</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Numeri di passaporto</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Suggerimenti per la password</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Robustezza delle password</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Cronologie dei pagamenti</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Metodi di pagamento</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Descrizioni personali</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Dati sanitari personali</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Interessi personali</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numeri di telefono</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Indirizzi fisici</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Caratteristiche fisiche</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Luoghi di nascita</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Donazioni politiche</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Opinioni politiche</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Messaggi privati</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Competenze professionali</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Foto del profilo</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Statistiche del profilo</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Acquisti</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Abitudini di acquisto</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Origine razziale</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Indirizzi email di recupero</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Situazioni sentimentali</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Religioni</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Saldi dei programmi a premi</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Titoli di cortesia</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Classi scolastiche (anno di corso)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Domande e risposte di sicurezza</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Feticismi sessuali</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Orientamenti sessuali</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Numeri di tracciamento delle spedizioni</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Abitudini di fumo</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>Messaggi SMS</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Connessioni social</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Profili social</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Numeri di previdenza sociale</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Livelli socioeconomici</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Lingue parlate</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Nomi dei coniugi</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Richieste di assistenza</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Risultati di sondaggi</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Tatuaggi</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Dati fiscali</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Operatori di telecomunicazioni</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fusi orari</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Abitudini di viaggio</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Programmi di viaggio</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Stati degli utenti</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>URL dei siti web degli utenti</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomi utente</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Bollette</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Dati dei veicoli</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Numeri di telaio (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Targhe dei veicoli</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>Stato VIP</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Richieste di garanzia</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Attività sul sito web</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Abitudini di lavoro</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Anni di nascita</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Anni di esperienza professionale</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Un elenco combo di righe login:password</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Righe come alice@example.com:hunter2 o alice99:hunter2 senza intestazione. Il login può essere un indirizzo email, un numero di telefono o un nome utente: ciascuno viene conservato per ciò che è. Una password può contenere a sua volta due punti e virgolette: tutto ciò che segue i primi due punti è la password. Si conserva solo se una password è presente, mai la password.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>Lo scraping di Facebook del 2021: un file per paese, campi separati da due punti</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Righe come 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: senza intestazione. La colonna di data e ora (quando il profilo è stato visto l&apos;ultima volta) contiene a sua volta dei due punti; spesso è vuota. I numeri di telefono hanno il prefisso internazionale senza +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>La tabella degli utenti di un forum in un dump SQL (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Un mysqldump o pg_dump del database di un forum: viene letta la tabella degli utenti (phpbb_users, user di vBulletin, mybb_users, xf_user, wp_users, con qualsiasi prefisso di tabella), le righe di tutte le altre tabelle vengono contate e non lette. Gli identificativi sono i nomi utente e gli indirizzi email; si conserva se c&apos;è un hash della password, un compleanno o un indirizzo IP, mai il valore. Le colonne che la tabella di un forum non ha vengono omesse.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Un log di stealer a blocchi di righe URL:, Username: e Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Il file Passwords.txt dei log di stealer tipo RedLine: un record per ogni accesso salvato nel browser, con righe come URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 e Application: Chrome, record terminati da una riga di segni = o da una riga vuota. Host, Login, USER, PASS e SOFT vengono letti come le stesse chiavi. Il login può essere un indirizzo email, un numero di telefono o un nome utente: ciascuno viene conservato per ciò che è. Si conserva solo se una password è presente, mai la password.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Un log di stealer di righe URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Righe come https://accounts.example.com/login:alice@example.com:hunter2 (o con | tra le parti), come le raccoglie dai browser il malware che ruba le password. Il nome del sito viene letto dall&apos;indirizzo; una password può contenere a sua volta dei due punti. Il login può essere un indirizzo email, un numero di telefono o un nome utente: ciascuno viene conservato per ciò che è. Si conserva solo se una password è presente, mai la password.</translation>
    </message>
</context>
</TS>
