<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>Daten von %1 Konten bei %2 sind im %3 an Unbefugte gelangt. Betroffen waren: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>Daten von Konten bei %1 sind im %2 an Unbefugte gelangt. Betroffen waren: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Die Daten gelten als erfunden.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Es handelt sich um eine Liste für den Versand von Spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>Die Echtheit der Daten ist nicht bestätigt.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Von Hand in diesen Tresor eingetragen.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Angaben: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Angaben: Recherche von Breach Advisor aus den oben genannten Quellen.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Angaben: aus einer importierten Katalogdatei.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Paket eines Helpdesks importieren</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>Das Paket %1 wurde am %2 erstellt. Es enthält den Katalog der Datenlecks und %n Leak-Datei mit %3 Datensätzen.</numerusform>
            <numerusform>Das Paket %1 wurde am %2 erstellt. Es enthält den Katalog der Datenlecks und %n Leak-Dateien mit %3 Datensätzen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Es ist von %1 signiert, einem Helpdesk, dem dieser Tresor vertraut (Schlüssel %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Es ist mit einem Schlüssel signiert, dem dieser Tresor noch nicht vertraut:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Bitten Sie Ihren Helpdesk um seine öffentliche Schlüsseldatei (.pub) und prüfen Sie am Telefon oder auf Papier, ob sein Schlüssel genauso lautet. Erst dann wählen Sie sie unten aus: Dieser Tresor nimmt ab jetzt Pakete an, die dieser Helpdesk signiert hat.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Es ist älter als das letzte Paket von diesem Helpdesk (erstellt am %1): Es könnte eine alte, erneut eingespielte Kopie sein. &amp;Trotzdem importieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Die öffentliche Schlüsseldatei des Helpdesks</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>Öffentlicher &amp;Schlüssel des Helpdesks (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Öffentlichen Schlüssel des Helpdesks wählen</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pub);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>z. B. Helpdesk der Stadtbibliothek</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;Name des Helpdesks:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Die Agenten-Schlüsseldatei</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>&amp;Agenten-Schlüssel (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Agenten-Schlüssel wählen</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Agenten-Schlüssel (*.agent);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Das Paket enthält Fingerabdrücke der Kennungen und die Arten der betroffenen Daten, nie die Werte selbst. Es wird nur gelesen, wenn seine Signatur für jedes Byte stimmt; sonst ändert sich nichts.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Wählen Sie die Agenten-Schlüsseldatei, die Ihr Helpdesk Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Wählen Sie die öffentliche Schlüsseldatei des Helpdesks, sobald Sie geprüft haben, dass ihr Schlüssel genauso lautet wie oben.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Signatur wird geprüft, Import läuft…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>Der Schlüssel in %1 (%2) ist nicht der, mit dem dieses Paket signiert wurde. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Datenleck</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Betroffene Daten</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 Konten: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>Anzahl der Konten unbekannt</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Katalog der Datenlecks</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>ein Unternehmen oder eine Website, z. B. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>&amp;Betroffene Daten:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datenlecks</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Über das Datenleck</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Mir wurde &amp;mitgeteilt, dass ich hier betroffen bin…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Alle Daten</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Alle Dienste</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%1 von %2 Datenlecks angezeigt. Angaben von Have I Been Pwned (CC BY 4.0), sofern beim Datenleck nichts anderes steht.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>Ab jetzt öffnet die neue Passphrase den Tresor; Ihr Wiederherstellungsschlüssel gilt weiter. Wenn Sie glauben, dass jemand Ihre Passphrase kennt und vielleicht eine Kopie des Tresors hat, schützt eine neue Passphrase allein diese Kopie nicht.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Neue Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;ndern</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Datenleck</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Betroffene Konten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>möglicherweise betroffen: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; Websites der geleakten Anmeldedaten: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Nicht verwendet</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Telefonnummern (abgeglichen)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>E-Mail-Adressen (abgeglichen)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Benutzernamen (abgeglichen)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (nur, ob ausgefüllt)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Spalte %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Webadressen (die Website jeder Anmeldung)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Kein Land (Nummern beginnen mit +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Willkommen bei Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Finden Sie heraus, ob Ihre Daten an Unbefugte gelangt sind, welche es sind und was zu tun ist</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor gleicht Telefonnummern, E-Mail-Adressen und Benutzernamen mit bekannten Datenlecks und mit von Ihnen importierten Leak-Dateien ab und erstellt einen Plan mit einfachen Schritten – für Sie oder für jemanden, dem Sie helfen.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Nichts, was Sie hier eingeben, verlässt diesen Computer: Es gibt kein Konto und keine Internetverbindung. Alles liegt in einem verschlüsselten Tresor, den nur Ihre Passphrase öffnet.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>Auf diesem Computer &amp;merken (hier ist zum Öffnen keine Passphrase nötig)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Ihr Tresor wird angelegt. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Passphrase wählen</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>Die Passphrase öffnet Ihren Tresor. Vier oder mehr Wörter, die nicht zusammengehören, sind leicht zu merken und schwer zu erraten. Sie können sie aus einem Passwortmanager einfügen.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Neue Passphrase:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Passphrase noch einmal eingeben</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Zum Merken wird der Schlüsselbund dieses Computers verwendet: Wer Ihr Benutzerkonto auf diesem Computer nutzen kann, könnte dann den Tresor öffnen. Lassen Sie es auf einem gemeinsam genutzten Computer ausgeschaltet.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Wenn Sie die Passphrase vergessen, kann nur der Wiederherstellungsschlüssel auf der nächsten Seite den Tresor öffnen.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Tresor wird angelegt</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Ich habe meinen Wiederherstellungsschlüssel &amp;gedruckt oder aufgeschrieben und sicher aufbewahrt</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Falls Sie Ihre Passphrase einmal vergessen, ist dieser Schlüssel der einzige Weg zurück in Ihren Tresor. Er wird nur jetzt angezeigt. Drucken Sie ihn aus oder schreiben Sie ihn auf, und bewahren Sie ihn nicht bei diesem Computer auf.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Ihr Tresor ist bereit</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Fügen Sie als Nächstes sich selbst oder die Person hinzu, der Sie helfen: ihre Telefonnummern, E-Mail-Adressen und die Dienste, die sie nutzt. Breach Advisor zeigt dann Schritt für Schritt, welche Daten betroffen sind und was zu tun ist.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Breach Advisor einrichten</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Inhalt der Spalte</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>Leak-Datei &amp;wählen…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>Die erste Zeile enthält die Spalten&amp;namen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>Diesen Import &amp;entfernen…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Leak-Datei importieren</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Leak-Dateien (CSV, TSV oder JSON Lines, auch mit gzip gepackt) werden auf diesem Computer gelesen. Gespeichert werden nur Fingerabdrücke mit Schlüssel der Telefonnummern, E-Mail-Adressen und Benutzernamen sowie die Arten von Daten, die jeder Datensatz enthielt – nie die Werte selbst.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Die Datei wird wie unten eingestellt gelesen. Bei den meisten Dateien müssen Sie hier nichts ändern.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Keins: aus der Datei ermitteln</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>&amp;Bekanntes Leak-Format:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Aus der Datei ermittelt (Komma, Semikolon, Tabulator, senkrechter Strich oder Doppelpunkt)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semikolon ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Senkrechter Strich |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Doppelpunkt :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Komma ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Felder sind &amp;getrennt durch:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Aus der Datei ermittelt (UTF-8, sonst Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, westeuropäisch)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>&amp;Zeichenkodierung des Textes:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Die ersten Zeilen:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Inhalt jeder Spalte (ändern Sie ihn, wo der Vorschlag falsch ist):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Inhalt jeder Spalte</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>Das Datenleck, aus dem die Datei stammt</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Neues Datenleck…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>Stammt aus dem &amp;Datenleck:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Mit Ländervorwahl (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Wie innerhalb eines Landes gewählt (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>&amp;Telefonnummern sind geschrieben:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;Land der Nummern:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Sie können den Rest der App währenddessen nutzen. Abbrechen ändert nichts.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Was nicht importiert wurde, mit Beispielen</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>&amp;Weitere Datei importieren</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Bisher importiert</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Importierte Leak-Dateien</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Datenleck wählen…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Leak-Datei wählen</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Keine Spalte wurde als Telefonnummern, E-Mail-Adressen oder Benutzernamen erkannt: Geben Sie an, welche Spalte sie enthält.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Ein Datenleck, das nicht im Katalog steht</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Unternehmen oder &amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Wann es geschah:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;Betroffene Konten (falls bekannt):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Welche Daten betroffen sind, ergibt sich aus den Spalten, die Sie zuordnen.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Geben Sie an, welche Spalte Telefonnummern, E-Mail-Adressen oder Benutzernamen enthält.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Wählen Sie das Datenleck, aus dem die Datei stammt, oder legen Sie ein neues an.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Für Nummern, die wie innerhalb eines Landes geschrieben sind, muss das Land angegeben werden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 Zeilen gelesen, %2 Zeilen pro Sekunde</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Import: %1 %</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Verschlüsselter Index wird geschrieben: %1 %</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Import: Index wird geschrieben</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Wählen Sie in der Liste den Import, der entfernt werden soll.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Diesen Import entfernen?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Die Datensätze aus %1 (%2) werden aus dem Index entfernt. Die Ergebnisse der Personen ändern sich entsprechend. Die Datei selbst bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Wird entfernt: %1 %</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Entfernt. Speicherplatz wird freigegeben…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Entfernt. Der Tresor ist %1 kleiner.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Alle unpassenden Zeilen überspringen</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Leak-Dateien und Archive (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Archiv: %1. Seine Spalten sind die von %2; jede Leak-Datei im Archiv wird mit dieser Zuordnung importiert, jede für sich.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Nicht aus dem Archiv gelesen: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>&amp;Paket eines Helpdesks importieren…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Oder, wenn ein Helpdesk den Katalog und die Leak-Dateien für Sie vorbereitet hat: sein signiertes Paket, mit dem Agenten-Schlüssel, den er Ihnen gegeben hat.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Paket eines Helpdesks wählen</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Pakete (*.bundle);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Das von %1 signierte Paket wurde importiert (erstellt am %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Es war älter als das letzte Paket von diesem Helpdesk.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Datenlecks: %1 neu, %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Leak-Dateien: %1 hinzugefügt mit %2 Datensätzen; %3 waren schon vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>noch etwa %n Sekunde</numerusform>
            <numerusform>noch etwa %n Sekunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>noch etwa %n Minute</numerusform>
            <numerusform>noch etwa %n Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Datenleck</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert am</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 aus %2: %3 Datensätze</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Erledigt:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Achtung:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Tresor jetzt sperren (Strg+L): Nichts Persönliches bleibt auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Schnellprüfung</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Leak importieren</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Katalog der Datenlecks</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Dies ist der Demo-Tresor: Seine Passphrase lautet „demo“.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Passwort prüfen</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Passphrase anzeigen</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Eingabe anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Passphrase verbergen</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Die Feststelltaste scheint aktiviert zu sein: Buchstaben erscheinen als Großbuchstaben.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Das stimmt nicht mit der Passphrase oben überein.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>&amp;Liste importieren…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>&amp;Ordner mit Präfix-Dateien importieren…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Wo die Person dieses Passwort verwendet</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>Passwort p&amp;rüfen</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>Plan der Person ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Passwort prüfen</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Steht ein Passwort in der Liste der Passwörter, die aus Leaks bekannt sind? Kriminelle probieren diese zuerst aus. Die Prüfung läuft nur auf diesem Computer: Das Passwort wird weder gespeichert noch irgendwohin gesendet, und das Feld wird nach jeder Prüfung geleert.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>Die Liste geleakter Passwörter</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;Wessen Passwort:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Zu prüfendes Passwort</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Niemand Bestimmtes (nichts wird gespeichert)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>Die Liste geleakter Passwörter auf diesem Computer kann nicht verwendet werden (siehe unten): Importieren Sie sie erneut.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 geleakte Passwörter (%2), importiert am %3 aus %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Neuere &amp;Liste importieren…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Geben Sie das zu prüfende Passwort ein.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Importieren Sie zuerst die Liste geleakter Passwörter: Ohne sie gibt es nichts, womit verglichen werden kann.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Bei %1 vermerkt: Ein Passwort dieser Person ist bekannt (vom Passwort selbst wird nichts gespeichert). Der Plan der Person beginnt jetzt damit, es zu ändern.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Liste geleakter Passwörter wählen</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Ordner mit Präfix-Dateien wählen</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Liste geleakter Passwörter wird importiert…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Liste wird gelesen: %1 %</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Liste geleakter Passwörter wird importiert: %1 %</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>Der Import wurde abgebrochen. Die Liste ist unverändert.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Auf diesem Computer gibt es noch keine Liste geleakter Passwörter. Laden Sie die Liste „Pwned Passwords“ von Have I Been Pwned einmal auf einem beliebigen Computer mit Internetzugang herunter (wie, steht auf haveibeenpwned.com/Passwords), und importieren Sie dann die Datei oder den Ordner mit den Dateien hier. Die Liste besteht aus öffentlichen Daten: Nichts, was Sie prüfen, wird irgendwohin gesendet.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Zurzeit keine Schritte</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt</numerusform>
            <numerusform>%1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>Person &amp;hinzufügen</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Mir wurde &amp;mitgeteilt, dass ich von einem Datenleck betroffen bin…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Noch niemand hier. Fügen Sie sich selbst hinzu oder die Person, der Sie helfen.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Wählen Sie eine Person, um zu sehen, welche Daten betroffen sind und was zu tun ist.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, die Angaben und der Fortschritt dieser Person werden aus diesem Tresor gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 &amp;löschen</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Fügen Sie zuerst die Person hinzu, die die Benachrichtigung erhalten hat.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>ein Name oder Spitzname</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Weitere &amp;Telefonnummer hinzufügen</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Weitere &amp;E-Mail-Adresse hinzufügen</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Weiteren &amp;Benutzernamen hinzufügen</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Genutzte Dienste</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Telefon und Computer der Person</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Ein &amp;Android-Telefon</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Ein &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Ein &amp;Computer</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Was Sie eingeben, bleibt im verschlüsselten Tresor auf diesem Computer.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Telefonnummer %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>Wie die App</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>&amp;Sprache der Person:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Betroffene Konten: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Betroffene Daten:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Ihre betroffenen Daten:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Laut Benachrichtigung betroffen:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Dort betroffene Daten (Ihre könnten dabei sein):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Worum es sich handelt:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Wie wahrscheinlich Sie betroffen sind:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Mir wurde ein Datenleck &amp;gemeldet</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Merkblatt &amp;drucken…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Merkblatt als P&amp;DF speichern…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>&amp;Geprüft wurde:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Datenlecks:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datenlecks</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Über das Datenleck</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Betroffene Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n Telefonnummer</numerusform>
            <numerusform>%n Telefonnummern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n E-Mail-Adresse</numerusform>
            <numerusform>%n E-Mail-Adressen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n Benutzername</numerusform>
            <numerusform>%n Benutzernamen</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Von dieser Prüfung wird nichts gespeichert. Löschen Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Ihnen wurde %n Datenleck gemeldet.</numerusform>
            <numerusform>Ihnen wurden %n Datenlecks gemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n Datenleck bei einem Dienst, den Sie nutzen, kann Ihre Daten enthalten: Es wird gesondert aufgeführt.</numerusform>
            <numerusform>%n Datenlecks bei Diensten, die Sie nutzen, können Ihre Daten enthalten: Sie werden gesondert aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: nicht geprüft. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: gefunden in %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: nicht in den importierten Leak-Dateien</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kein Datenleck anzuzeigen. Geprüft wurden nur die in diesen Tresor importierten Leak-Dateien und die Datenlecks der Dienste, die Sie als genutzt angegeben haben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Merkblatt drucken</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Breach Advisor Plan für %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Breach Advisor Plan.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Merkblatt speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Webseite (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Gespeichert unter %1. Die Datei enthält persönliche Daten: Bewahren Sie sie sicher auf.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>&amp;Land der Person festlegen…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Weggelassen, weil kein Land bekannt ist: %1. Legen Sie das Land der Person fest, um diese Schritte hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: nicht abgeglichen, es ist keine Leak-Datei importiert</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Datenleck, um zu sehen, welche Ihrer Daten es enthielt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>&amp;Passwort der Person prüfen…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Diese Nummer kann nicht stimmen: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>beginnen Sie mit + und der Ländervorwahl</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>zum Beispiel %1 oder %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>Aus welchem Land ist diese Nummer? Wählen Sie das Land oder beginnen Sie mit + und der Ländervorwahl.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (hier beginnen)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, etwa %3 Minuten%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, hier beginnen</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 von %3 erledigt</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Liste der Schritte</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>&amp;Ein Schritt nach dem anderen</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Schritte des Plans</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Zurzeit keine Schritte.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt</numerusform>
            <numerusform>%1 von %n Schritten erledigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Eine andere Aufgabe läuft (ein Import?): Dies wird gespeichert, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Rückgängig gemacht: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>„%1“ als erledigt markiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>„%1“ vorerst zurückgestellt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>„%1“ als nicht zutreffend markiert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>„%1“ wieder auf der Aufgabenliste</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Fortschritt des Plans</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Alles vergessen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Schnellprüfung</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Prüfen Sie Telefonnummern, E-Mail-Adressen oder Benutzernamen, ohne sie zu speichern. Nichts wird aufbewahrt: Ihre Eingaben und die Ergebnisse werden vergessen, wenn Sie diese Seite verlassen oder die App sperren.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Nummern ohne Ländervorwahl stammen &amp;aus:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Eines pro Zeile, z. B.
0100 123 4567
name@example.com
benutzername</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Zu prüfen:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Geben Sie mindestens eine Telefonnummer, E-Mail-Adresse oder einen Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Eine andere Aufgabe läuft (ein Import?): Die Prüfung startet, sobald sie fertig ist.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Genutzte Dienste</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Haken Sie die genutzten Dienste an und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Weggelassen, weil kein Land bekannt ist: %1. Wählen Sie oben das Land und prüfen Sie erneut, um diese Schritte hinzuzufügen.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Pass&amp;wort prüfen…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Ihr neuer Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Ich habe ihn &amp;gedruckt oder aufgeschrieben</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Dies ist Ihr neuer Wiederherstellungsschlüssel. Er wird nur jetzt angezeigt: Drucken Sie ihn aus oder schreiben Sie ihn auf, und bewahren Sie ihn nicht bei diesem Computer auf. Sobald Sie unten das Kästchen anhaken und dieses Fenster schließen, ersetzt er den alten, der dann nicht mehr funktioniert.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Wiederherstellungsschlüssel: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Breach Advisor – Wiederherstellungsschlüssel

%1

Bewahren Sie dieses Blatt sicher und nicht beim Computer auf: Damit kann jeder den Tresor öffnen.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>An den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Gespeichert unter %1. Bringen Sie die Datei weg von diesem Computer (auf einen USB-Stick oder drucken Sie sie aus) und löschen Sie sie hier.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>%1 konnte nicht gespeichert werden: %2. Es wurde nichts gespeichert: Wählen Sie einen anderen Ort oder drucken Sie den Schlüssel aus.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>Es steht &amp;nicht in der Liste: beschreiben</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Mir wurde ein Datenleck gemeldet</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Ein Unternehmen oder ein Zeitungsbericht hat gemeldet, dass Ihre Daten von einem Datenleck betroffen sind? Wählen Sie es hier und haken Sie an, was laut Benachrichtigung betroffen ist. Sie erhalten dafür einen Plan, der bei dieser Person gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Wer die Benachrichtigung erhielt:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>Name des Unternehmens, z. B. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>Datenleck &amp;suchen:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datenlecks</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>z. B. Sportverein der Stadt</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Unternehmen oder &amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Wann es geschah (oder Datum der Benachrichtigung):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Laut Benachrichtigung betroffene Daten</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Meinen &amp;Plan erstellen</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Fügen Sie zuerst die Person hinzu und erfassen Sie dann die Benachrichtigung.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Geben Sie an, welches Unternehmen oder welchen Dienst die Benachrichtigung betraf.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Aus einer Benachrichtigung über ein Datenleck eingetragen.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Wählen Sie das Datenleck aus der Liste oder beschreiben Sie es, wenn es nicht dabei ist.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Haken Sie mindestens eine Datenart an, die in der Benachrichtigung genannt wurde.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Schutz des Tresors</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> Minuten</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>Passphrase &amp;ändern…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Neuen &amp;Wiederherstellungsschlüssel erstellen…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Jemand kennt vielleicht meine Passphrase: &amp;alle Schlüssel erneuern…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Eine neue Passphrase allein schützt keine Kopie des Tresors, die jemand vielleicht schon hat. Hiermit wird alles mit einem neuen Schlüssel neu verschlüsselt, mit einer neuen Passphrase und einem neuen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Anderen helfen</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>optional: wird auf gedruckten Merkblättern angezeigt</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Ordner: %1
%2 Datenlecks im Katalog (neueste Angaben: %3)
Verschlüsselung: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Dieser Computer merkt sich jetzt den Tresor.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Dieser Computer merkt sich den Tresor nicht mehr.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Passphrase wird geändert…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>Die Passphrase wurde geändert. Ihr Wiederherstellungsschlüssel funktioniert weiterhin. Hinweis: Eine Kopie des Tresors von vor der Änderung lässt sich weiterhin mit der alten Passphrase öffnen.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Neuen Wiederherstellungsschlüssel erstellen?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>Der Wiederherstellungsschlüssel, den Sie früher gedruckt haben, funktioniert dann nicht mehr. Den neuen sehen Sie einmal, zum Drucken oder Aufschreiben.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>&amp;Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Alle Schlüssel erneuern</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Der Tresor wird mit neuen Schlüsseln neu verschlüsselt. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>Der Tresor hat neue Schlüssel. Die alte Passphrase und der alte Wiederherstellungsschlüssel öffnen nichts mehr, auch keine alte Kopie der Schlüsseldatei.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Wie der Computer</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>Diesen Tresor auf diesem Computer &amp;merken</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Er öffnet sich hier dann ohne Passphrase. Wer Ihr Benutzerkonto auf diesem Computer nutzen kann, könnte dann den Tresor öffnen: Lassen Sie es auf einem gemeinsam genutzten Computer ausgeschaltet.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>Der neue Wiederherstellungsschlüssel wurde nicht übernommen, daher hat sich nichts geändert: Der alte funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>Der neue Wiederherstellungsschlüssel gilt jetzt. Der alte funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>Der neue Wiederherstellungsschlüssel wurde nicht übernommen, daher hat der Tresor keine neuen Schlüssel erhalten: Die alte Passphrase und der alte Wiederherstellungsschlüssel funktionieren weiterhin.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>&amp;Erledigt</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>&amp;Später erledigen</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Trifft auf mich &amp;nicht zu</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Zurück auf meine Aufgabenliste</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Anleitung für</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>optional, z. B. „PIN liegt im Familiensafe“</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← &amp;Vorheriger Schritt</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>&amp;Nächster Schritt →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Vorheriger Schritt</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Im Moment ist nichts zu tun.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Wählen Sie einen Schritt, um zu sehen, was zu tun ist.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · etwa %n Minute</numerusform>
            <numerusform>%1 · etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Sie hatten das erledigt, aber seitdem gab es ein neues Datenleck (%1). Bitte erledigen Sie es noch einmal.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · markiert am %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Alle Geräte</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(geprüft am %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Diese Notiz wurde geschrieben, bevor der Schritt wieder geöffnet wurde.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Stand dieses Schritts</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Ihr Tresor wird geöffnet. Das dauert einen Moment.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Passphrase &amp;vergessen: Wiederherstellungsschlüssel verwenden</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Mit Wiederherstellungsschlüssel ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Mit dem &amp;Schlüsselbund dieses Computers öffnen</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logo von Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Breach Advisor entsperren</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Tresor wird geöffnet</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Wiederherstellungsschlüssel:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Ihr Tresor liegt in %1. Alles darin bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Diese Passphrase öffnet diesen Tresor nicht. Prüfen Sie die Feststelltaste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Geben Sie zuerst Ihre Passphrase ein.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Ein Datenleck braucht einen Namen und einen Titel.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>Das Datum des Datenlecks ist kein gültiges Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Geben Sie an, welche Arten von Daten betroffen sind (zum Beispiel &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>Der Katalog hat bereits ein Datenleck namens „%1“.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ist kein Text</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ist weder true noch false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 ist keine ganze Zahl größer oder gleich null</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 „%2“ ist keine Angabe von Datum und Uhrzeit (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 fehlt oder ist keine Liste</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 enthält einen Eintrag, der kein Text ist</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: kein gültiges JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: kein Katalog von Datenlecks: Erwartet wurde eine Liste von Datenlecks, wie Have I Been Pwned sie veröffentlicht</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: Datenleck Nr. %3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>der Name „%1“ kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 ist keine %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>geheime Schlüsseldatei eines Helpdesks (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>öffentliche Schlüsseldatei (PREFIX.pub von bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>Agenten-Schlüsseldatei (PREFIX.agent von bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>Signaturdatei (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 wurde mit einer neueren Version von Breach Advisor angelegt (Format %2; diese Version liest %3). Aktualisieren Sie die App, um die Datei zu lesen.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>Die Passphrase von %1 ist falsch, oder die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>ein Paket eines Helpdesks (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 passt nicht zu seiner Signatur: Die Datei wurde nach dem Signieren geändert oder gekürzt. Es wurde nichts importiert; bitten Sie den Helpdesk erneut um das Paket.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 wurde für einen anderen Agenten-Schlüssel erstellt: Bitten Sie den Helpdesk, der es signiert hat, um den Schlüssel seiner Pakete (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 ist mit einem Schlüssel signiert, dem dieser Tresor vertraut, aber sein Inhalt ist nicht verwendbar. Es wurde nichts importiert; informieren Sie den Helpdesk, der das Paket erstellt hat.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 ist mit einem Schlüssel signiert, dem dieser Tresor nicht vertraut (%2). Es wurde nichts importiert. Wenn das der Schlüssel Ihres Helpdesks ist, vertrauen Sie ihm zuerst: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 wurde am %2 erstellt, vor dem letzten Paket von %3 (erstellt am %4): Es könnte eine alte, erneut eingespielte Kopie sein. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 Millionen</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>etwa so viele, wie %1 damals Nutzer hatte</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>etwa so viele, wie %1 damals in diesem Land (%2) Nutzer hatte</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>mehr als die Hälfte der damaligen Nutzer von %1</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>mehr als die Hälfte der damaligen Nutzer von %1 in diesem Land (%2)</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>damals etwa einer von %2 Nutzern von %1</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>damals etwa einer von %2 Nutzern von %1 in diesem Land (%3)</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>laut Berichten stammten etwa %1 seiner Datensätze aus diesem Land (%2)</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; weltweit umfasste es %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>es umfasste %1 Konten, %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>wie viele der damaligen Nutzer von %1 es umfasste, ist nicht bekannt</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>Diese Angabe zu Ihnen ist beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
            <numerusform>Diese %n Angaben zu Ihnen sind beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Laut einer Benachrichtigung ist diese Angabe zu Ihnen beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
            <numerusform>Laut einer Benachrichtigung sind diese %n Angaben zu Ihnen beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Diese Angabe zu Ihnen ist wahrscheinlich beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
            <numerusform>Diese %n Angaben zu Ihnen sind wahrscheinlich beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>Es ist unwahrscheinlich, aber möglich, dass diese Angabe zu Ihnen beim Datenleck %2 an Unbefugte gelangt ist: %1.</numerusform>
            <numerusform>Es ist unwahrscheinlich, aber möglich, dass diese %n Angaben zu Ihnen beim Datenleck %2 an Unbefugte gelangt sind: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Diese Angabe zu Ihnen ist vielleicht beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
            <numerusform>Diese %n Angaben zu Ihnen sind vielleicht beim Datenleck %2 an Unbefugte gelangt: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Datenleck %2: %3. Diese Angabe zu Ihnen ist vielleicht betroffen: %1.</numerusform>
            <numerusform>Datenleck %2: %3. Diese %n Angaben zu Ihnen sind vielleicht betroffen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Ein allgemeiner Tipp, nicht die Folge eines bestimmten Datenlecks.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Falls Sie %1 genutzt haben, ist diese Angabe zu Ihnen dort vielleicht an Unbefugte gelangt: %2; %3.</numerusform>
            <numerusform>Falls Sie %1 genutzt haben, sind diese %n Angaben zu Ihnen dort vielleicht an Unbefugte gelangt: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Wenn Sie dort ein Konto hatten, ändern Sie das Passwort und melden Sie die anderen Sitzungen ab.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>laut Verkäufer stammten etwa %1 seiner Datensätze aus diesem Land (%2); überprüft hat das niemand</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>nur etwa %2 seiner Datensätze enthielten einen Eintrag für „%1“</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Wenn Sie %1 nutzen: %2. Geben Sie an, dass Sie den Dienst nutzen, um diese Schritte vollständig zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Dasselbe gilt für %n weiteres Datenleck.</numerusform>
            <numerusform>Dasselbe gilt für %n weitere Datenlecks.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Android-Telefon</translation>
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
                          Datenlecks aus dem JSON von Have I Been Pwned hinzufügen oder aktualisieren
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          ein Datenleck, das der Katalog noch nicht hat
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
        <translation>  FILE            das JSON /api/v3/breaches von Have I Been Pwned; eine Datei mit einem
                  fehlerhaften Datenleck wird ganz abgelehnt (Exit-Code 4), mit Angabe der Zeile
  --name N        der Schlüssel des Datenlecks (Buchstaben und Ziffern, wie Name bei HIBP)
  --classes LIST  was betroffen ist: Namen der Datenarten von HIBP, getrennt durch ;
  --count N       wie viele Konten betroffen sind
  --flags LIST    welche Art von Datenleck es ist, getrennt durch ;: stealer_log (Passwörter,
                  die Schadsoftware auf einem Gerät gestohlen hat), malware, sensitive,
                  spam_list, fabricated
NAME ist der Name eines Datenlecks, wie catalog list ihn anzeigt.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Aufruf: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%1 Datenlecks aus %2 gelesen: %3 neu, %4 aktualisiert, %5 unverändert.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Datenarten, die diese Version noch nicht kennt (werden unverändert gespeichert und angezeigt): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count muss eine ganze Zahl größer oder gleich null sein.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: „%1“ ist kein gültiger Wert. Verwenden Sie stealer_log, malware, sensitive, spam_list oder fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Aufruf: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date „%1“ ist kein Datum (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>„%1“ wurde zum Katalog hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 Datenlecks. Angaben von Have I Been Pwned (CC BY 4.0), sofern nicht anders angegeben.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Betroffene Daten</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Aufruf: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>Der Katalog hat kein Datenleck namens „%1“. Die Namen zeigt catalog list.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Datum des Datenlecks: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Aus der importierten Katalogdatei: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Betroffene Daten:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (eine Datenart, die diese Version noch nicht kennt)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Verwenden Sie catalog import, catalog add, catalog list oder catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n Argument nicht geprüft: Schreiben Sie --phone, --email oder --username vor jede Kennung.</numerusform>
            <numerusform>breach-advisor-cli: %n Argumente nicht geprüft: Schreiben Sie --phone, --email oder --username vor jede Kennung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Aufruf: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: nicht geprüft. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  nicht gefunden</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  bei %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Unbekannter Befehl „%1“. Siehe breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 läuft nicht innerhalb der Shell: Verlassen Sie sie zuerst (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: Der Tresor der Shell ist bereits geöffnet.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Aufruf: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Findet heraus, welche Datenlecks Ihre Daten enthalten und was zu tun ist – nur auf diesem Computer.

Befehle:
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
Optionen:
  --vault DIR             der Ordner des Tresors (Standard: %1)
  --passphrase-file FILE  die Passphrase aus der ersten Zeile von FILE lesen;
                          sonst $BREACH_ADVISOR_PASSPHRASE, sonst eine Abfrage
  --keychain              mit dem Schlüssel entsperren, den der Schlüsselbund dieses
                          Computers speichert; beim ersten Mal mit der Passphrase,
                          danach ist er gespeichert
  --json                  maschinenlesbare Ausgabe
  --mask                  Kennungen nur so weit zeigen, dass man sie erkennt
  --yes                   ohne Nachfrage ausführen (remove-Befehle)
  -h, --help              diese Hilfe; COMMAND --help: die Hilfe zu diesem Befehl
  --version               die Version

Mehrere Befehle mit einmaligem Entsperren: breach-advisor-cli shell (Befehle aus dem
Terminal oder einem Skript, einer pro Zeile).

Exit-Status: 0 Erfolg, 1 Fehler, 2 falscher Aufruf, 3 falsche Passphrase oder Tresor
in Benutzung, 4 Eingabedatei abgelehnt, 130 mit Strg-C abgebrochen (nichts geändert).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (geprüft am %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Notiz vom letzten Mal: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>allgemeiner Rat</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>in einem Leak gefunden</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>eine erhaltene Benachrichtigung</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] erledigt, [-] zurückgestellt, [/] trifft nicht zu</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - wieder offen: erneut betroffen bei %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - zurückgestellt</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - trifft nicht zu</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Kleine Datenlecks bei Diensten, die Sie nutzen</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Speichern Sie die Person (person add) und führen Sie plan --person NAME aus, um alle Schritte zu sehen.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>In %1 gibt es keinen Tresor. Legen Sie einen an mit: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: Der Schlüsselbund kann nicht verwendet werden (%1); die Passphrase wird verwendet.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Der Schlüsselbund dieses Computers speichert jetzt den Schlüssel des Tresors: --keychain braucht ab jetzt keine Passphrase (keychain forget macht das rückgängig).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: Der Schlüsselbund hat den Schlüssel nicht gespeichert (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength ist interactive, moderate oder sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 „%2“ ist kein bekannter zweibuchstabiger Ländercode.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>ja</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - liest die Eingabe der Shell selbst: Geben Sie eine Datei an.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: mehr als 16 MiB an Kennungen.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Aufruf: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          der druckbare Plan der Person, Kennungen maskiert, wie die App ihn druckt
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Aufruf: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: „%1“ muss auf .pdf oder .html enden.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>PDF-Merkblätter brauchen die Grafikbibliothek, die nicht gestartet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Merkblatt für %1 (%Ln Schritt) unter %2 gespeichert. Es enthält persönliche Daten: Bewahren Sie es sicher auf.</numerusform>
            <numerusform>Merkblatt für %1 (%Ln Schritte) unter %2 gespeichert. Es enthält persönliche Daten: Bewahren Sie es sicher auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field „%1“: Schreiben Sie es als &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Aufruf: import FILE --breach NAME [--phone COLUMN]... (siehe import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset legt den Aufbau der Datei fest: Lassen Sie --%1 weg.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter ist ein einzelnes ASCII-Zeichen, etwa ; oder :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding ist utf-8, windows-1252, latin1 oder auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format ist international, national oder auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national braucht --region CC, das Land der Nummern.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb ist eine ganze Zahl ab 16.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Es gibt keine Vorlage „%1“: import --list-presets zeigt sie an.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    Datenleck: %1; Spalten: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>%1 wird in „%2“ importiert. Spalten:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 Zeilen, %2 Zeilen/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, noch etwa %1 s</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>Index wird geschrieben</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    Datensätze und Bytes auf der Festplatte, je Datenleck
  index remove IMPORT_ID [--yes]
                          einen Import rückgängig machen und seinen Platz freigeben
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  wie index stats ihn anzeigt
  --yes      ohne Nachfrage entfernen (Skripte werden nie gefragt)
Beim Entfernen wird die Tresor-Datei ohne den Import neu geschrieben, damit der
Speicherplatz wieder frei wird: Dafür wird eine Zeit lang etwa so viel freier
Speicher gebraucht, wie der Tresor groß ist.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Noch keine Leak-Dateien importiert. Fügen Sie eine hinzu mit: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 Datensätze in %2 Importen, %3 Bytes (%4 Bytes pro Datensatz).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  Import %1: %2 aus %3, %4 Datensätze, %5 Bytes</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Aufruf: index remove IMPORT_ID (siehe index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Es gibt keinen Import %1 (siehe index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Import %1 entfernen (%2 aus %3, %4 Datensätze)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Import %1 entfernt; die Tresor-Datei ist %2 Bytes kleiner.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Verwenden Sie index stats oder index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          einen Tresor anlegen und seinen Wiederherstellungsschlüssel ausgeben
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Legt einen Tresor in --vault DIR (einem leeren oder neuen Ordner) mit dem mitgelieferten
Katalog der Datenlecks an. Die Passphrase kommt aus --passphrase-file,
$BREACH_ADVISOR_PASSPHRASE oder einer Abfrage.
  --kdf-strength S  wie langsam das Ausprobieren der Passphrase ist: interactive,
                    moderate (Standard) oder sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Tresor in %1 mit %2 bekannten Datenlecks angelegt.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Ihr Wiederherstellungsschlüssel (schreiben Sie ihn auf oder drucken Sie ihn aus und bewahren Sie ihn sicher auf):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Wenn Sie Ihre Passphrase vergessen, ist dieser Schlüssel der einzige Weg zurück in den Tresor.
Er wird nur jetzt angezeigt.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Der Wiederherstellungsschlüssel konnte nicht angezeigt werden, daher wurde kein Tresor angelegt.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         der Schlüsselbund dieses Computers vergisst den Schlüssel des Tresors
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (mit jedem Befehl, der den Tresor öffnet) entsperrt mit dem Schlüssel, den der
Schlüsselbund speichert; beim ersten Mal wird nach der Passphrase gefragt und dann der
Schlüssel gespeichert. keychain forget entfernt ihn; die Passphrase funktioniert wie bisher.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Aufruf: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Der Schlüsselbund hat den Schlüssel nicht vergessen: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Der Schlüsselbund dieses Computers speichert den Schlüssel des Tresors nicht mehr.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          die Form, die gehasht und abgeglichen wird (kein Tresor nötig)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     eine Telefonnummer in beliebigem Format; für mehrere wiederholen
  --region CC      das Land von Nummern ohne Ländervorwahl
  --language LL    Sprache für die Angabe, woher die Nummer stammt (Standard: die des Systems)
  --email TEXT, --username TEXT
Exit-Status 1, wenn eine davon nicht gültig ist.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Aufruf: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: nicht gültig. %2</translation>
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
        <translation>Aufruf: %1 (siehe person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>%1 gespeichert. Den Plan sehen Sie mit: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Noch niemand gespeichert. Fügen Sie jemanden hinzu mit: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %2 von %3 Schritten erledigt</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  Land: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - bei %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  nutzt: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  Plattformen: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  Benachrichtigung zu %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  Plan: %1 von %2 Schritten erledigt (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Es ist bereits jemand namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Änderungen an %1 gespeichert; der Fortschritt bleibt erhalten.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>%1, die Kennungen und den Fortschritt dieser Person aus dem Tresor entfernen?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Verwenden Sie person add, list, show, edit oder remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          der Plan der Person, mit ihrem Fortschritt
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Aufruf: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Die Daten von %1 wurden in den in diesen Tresor importierten Leaks nicht gefunden, und keiner der genutzten Dienste steht bei den Datenlecks im Katalog. Prüfen Sie erneut, wenn Sie weitere Leaks importiert haben.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan für %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Aufruf: shell (die Befehle kommen über ihre Eingabe)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>Der Tresor ist geöffnet. Geben Sie Befehle wie auf der Kommandozeile ein (help listet sie auf), exit zum Verlassen.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          den Fortschritt bei einem Schritt des Plans festhalten
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  erledigt, vorerst zurückgestellt oder trifft auf die Person nicht zu
  reopen          wieder offen
  STEP_ID         wie der Plan ihn aufführt, z. B. whatsapp-two-step-pin; ein Schritt, der
                  nicht in ihrem Plan steht, wird abgelehnt
  --person NAME   wessen Plan
  --note TEXT     wird beim Schritt gespeichert (ohne diese Option bleibt eine frühere Notiz)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Aufruf: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 steht wieder auf der Aufgabenliste von %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>%1 für %3 als „%2“ markiert.</translation>
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
        <translation>  vault info [--json]     was der Tresor enthält
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          eine neue Passphrase mit dem gedruckten Wiederherstellungsschlüssel
                          festlegen
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          neuer Schlüssel, neue Passphrase und neuer Wiederherstellungsschlüssel,
                          wenn eine Passphrase bekannt geworden ist
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
        <translation>  --new-passphrase-file FILE  die neue Passphrase (sonst zweimal im Terminal abgefragt)
  --recovery-key-file FILE    der Wiederherstellungsschlüssel, der beim Anlegen des Tresors
                              ausgegeben wurde
  --kdf-strength S            interactive, moderate oder sensitive; ohne diese Option behält
                              der Tresor seine bisherige Stärke
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase verpackt den Schlüssel des Tresors neu: Das geht schnell, und der
Wiederherstellungsschlüssel funktioniert weiter, aber die Datenbank wird nicht neu
verschlüsselt, sodass eine alte Kopie von vault.header den Tresor weiterhin mit der alten
Passphrase öffnet. rekey verschlüsselt die Datenbank mit einem neuen Schlüssel neu und gibt
einen neuen Wiederherstellungsschlüssel aus: Die alte Passphrase, der alte
Wiederherstellungsschlüssel und alte Kopien von vault.header öffnen ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Ihr neuer Wiederherstellungsschlüssel (schreiben Sie ihn auf oder drucken Sie ihn aus und
bewahren Sie ihn sicher auf; der alte funktioniert ab jetzt nicht mehr):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Der neue Wiederherstellungsschlüssel konnte nicht angezeigt werden, daher hat der Tresor keine neuen Schlüssel erhalten.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>Der Tresor ist mit einem neuen Schlüssel neu verschlüsselt. Die alte Passphrase, der alte
Wiederherstellungsschlüssel und alte Kopien von vault.header öffnen ihn nicht mehr; ein
Computer, der sich den Tresor gemerkt hat, braucht einmal die neue Passphrase.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Tresor %1
  %2 Datenlecks im Katalog (mitgelieferter Katalog vom %3)
  Schema-Version %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  ein Schlüsselwechsel wurde begonnen und nicht beendet: Die neue Passphrase schließt ihn
  ab, oder führen Sie vault rekey erneut aus
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover braucht --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>Die Passphrase wurde geändert. Ihr Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Verwenden Sie vault info, vault change-passphrase, vault recover oder vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 „%2“ ist keine Sprache, die Breach Advisor anbietet. Angeboten: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    wessen Plan
  --out FILE       .pdf (A4, oder Letter in den USA und Kanada) oder .html; nur für Sie
                   lesbar. Die Datei enthält persönliche Daten: Bewahren Sie sie sicher auf
  --language LL    ihre Sprache (Standard: die Sprache der Person, sonst die des Terminals)
  --helper NAME    wer geholfen hat, wird aufgedruckt (z. B. der Name einer Beratungsstelle)</translation>
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
        <translation>  NAME            wie die Person heißen soll (ein Spitzname genügt)
  --from FILE|-   ihre Kennungen, eine pro Zeile, aus einer Datei oder der Standardeingabe,
                  damit die Nummern nicht in einer Befehlszeile stehen, die andere Benutzer
                  dieses Computers lesen können (wie bei check --from: phone:, email:,
                  username: geben die Art an)
  --country CC    ihr Land: für Nummern ohne Ländervorwahl und für Hinweise, wo man etwas
                  meldet
  --uses SERVICE  ein Dienst, den die Person nutzt; --platform P: android, iphone oder computer
  --mask          Kennungen nur so weit zeigen, dass man sie erkennt
  --rename NEW    edit: ihr neuer Name
  --language LL   add, edit: die Sprache, die sie liest; ihr Merkblatt wird darin gedruckt
  --yes           ohne Nachfrage entfernen (Skripte werden nie gefragt)
edit ersetzt, was angegeben ist: alle Kennungen, wenn --phone, --email, --username oder
--from angegeben ist, das Land, die Dienste, die Plattformen (ein leerer Wert löscht sie);
der Fortschritt bleibt. Die Kennungen werden geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  liest: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Geben Sie an, was geändert werden soll: --rename, --phone, --email, --username, --from, --country, --uses, --platform oder --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Was zu tun ist: %L1 Schritte, %L2 erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln Min.</numerusform>
            <numerusform>%Ln Min.</numerusform>
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
                          welche Datenlecks diese Kennungen enthalten, und was davon
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          erstellt auch den Plan, was zu tun ist (in --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          eine Prüfung und ein Plan pro Zeile: jede Zeile eine Person
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
        <translation>  --phone/--email/--username TEXT  eine Kennung zum Abgleichen; für mehrere wiederholen
  --from FILE|-    Kennungen, eine pro Zeile, aus einer Datei oder der Standardeingabe, damit
                   sie nicht in einer Befehlszeile stehen, die andere Benutzer dieses
                   Computers lesen können: eine Zeile mit @ ist eine E-Mail-Adresse, Ziffern
                   sind eine Telefonnummer, sonst ein Benutzername; phone:, email: oder
                   username: davor gibt die Art an
  --region CC      das Land von Telefonnummern ohne Ländervorwahl
  --mask           Kennungen nur so weit zeigen, dass man sie erkennt (+20 ••• ••• 4567)
  --uses SERVICE   ein Dienst, den die Person nutzt (WhatsApp, Facebook, Google, ...): seine
                   Datenlecks zählen als „vielleicht betroffen“, gewichtet danach, wie viele
                   seiner Nutzer sie umfassten; ein unbekannter Dienst wird mit einer
                   Warnung weggelassen
  --platform P     android, iphone oder computer: die Anleitungen des Plans dafür
  --each-line      mit --from: jede Zeile ist eine Person, ihre Kennungen durch Kommas
                   oder Tabulatoren getrennt; ein Ergebnis pro Zeile (JSON Lines mit --json)
Exit-Status 5: Es konnte nichts geprüft werden (keine gültige Kennung, oder keine
Leak-Datei importiert und kein Dienst angegeben).
Es wird nichts gespeichert: Um eine Person und ihren Fortschritt zu behalten, verwenden Sie
person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Aufruf: check --from FILE|- --each-line: eine Person pro Zeile, ihre Kennungen durch Kommas oder Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, Zeile %2: keine Kennung darin, nicht geprüft.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: Keine Zeile enthält eine Kennung, daher wurde nichts geprüft.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  nicht abgeglichen: Es ist keine Leak-Datei importiert</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Weggelassen, weil kein Land bekannt ist: %1. Um diese Schritte hinzuzufügen, geben Sie das Land an: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Wenn Sie diese Dienste nutzen</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, Zeile %2: länger als %3 Zeichen, was keine Zeile mit Kennungen ist. Es wurde nichts getan.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows ist eine Anzahl von Zeilen (250) oder ein Prozentsatz (2,5 %).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          die Formate bekannter Leak-Dateien, die --preset kennt
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    Zeilen, die nicht zur Kopfzeile passen (Felder fehlen oder zu viele,
                         ein nie geschlossenes Anführungszeichen, eine Zeile über 1 MiB),
                         werden übersprungen und gezählt; bei mehr als N Zeilen oder P % der
                         Zeilen wird die ganze Datei abgelehnt (Standard 1 %)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Strg-C bricht den Import ab und ändert nichts (Exit-Status 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header und --no-header widersprechen sich.</translation>
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
        <translation>  --header               die erste Zeile benennt die Spalten, auch wenn sie wie Daten
                         aussieht (ohne diese Option oder --no-header wird eine erste Zeile
                         mit einer E-Mail-Adresse oder einer langen Zahl als Daten gelesen)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds ist eine ganze Zahl von 0 (nie) bis %1 (ein Tag).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          einmal entsperren, dann eingegebene oder per Pipe übergebene
                          Befehle ausführen, einen pro Zeile
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
        <translation>Jede Zeile ist ein Befehl wie auf der Kommandozeile, ohne breach-advisor-cli und ohne
--vault, --passphrase-file oder --keychain: Der Tresor bleibt geöffnet bis exit, quit oder
zum Ende der Eingabe. Anführungszeichen funktionieren wie in einer Shell; Zeilen, die mit #
beginnen, sind Kommentare.
Im Terminal wird ein fehlgeschlagener Befehl gemeldet und der nächste gelesen; aus einem
Skript beendet der erste fehlgeschlagene Befehl die Shell mit seinem Exit-Status.
init, shell, keychain und vault (außer vault info) laufen nicht innerhalb der Shell.
Wie die App sperrt die Shell den Tresor nach einiger Zeit ohne Eingabe (die Einstellung der
App, 10 Minuten, sofern dort nicht geändert): Sie vergisst die Schlüssel, und der nächste
Befehl entsperrt ihn wieder so, wie die Shell es getan hat.
  --idle-lock-seconds N  stattdessen nach N Sekunden ohne Eingabe sperren; 0: nie</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Er sperrt sich nach %1 ohne Eingabe.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>Der Tresor wurde nach %1 ohne Eingabe gesperrt. Der nächste Befehl entsperrt ihn wieder.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format ist csv, tsv, jsonl, json, sql oder blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table ist für SQL-Dumps (.sql oder --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb ist eine Anzahl Gigabyte, größer als 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    Datenleck: %1; SQL-Tabellen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 enthält %Ln Element:</numerusform>
            <numerusform>%1 enthält %Ln Elemente:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: eine Leak-Datei</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: übersprungen (%3)</translation>
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
                          eine Leak-Datei (CSV, TSV, JSON Lines; auch .gz) zum Index hinzufügen
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [die Optionen oben]
                          die Leak-Dateien in einem zip-, 7z- oder tar-Archiv (auch .tar.gz,
                          .bz2, .xz, .zst) hinzufügen, jede als eigener Import
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
        <translation>  FILE                   CSV, TSV, JSON Lines, ein JSON-Array oder ein SQL-Dump, mit gzip
                         gepackt oder nicht
  --breach NAME          das Datenleck im Katalog, zu dem sie gehört (ein neues zuerst mit
                         catalog add anlegen)
  --preset NAME          das Format einer bekannten Datei (import --list-presets), z. B.
                         facebook-2021; Zeilen, die nicht passen, werden gezählt und
                         übersprungen
  --format F             csv, tsv, jsonl, json (ein Array von Objekten oder JSON Lines)
                         oder sql (Standard: nach dem Dateinamen)
  --no-header            die erste Zeile sind Daten; Spalten werden ab 1 nummeriert
  --delimiter C          das Zeichen zwischen den Feldern (Standard: erkannt unter
                         , ; Tab | : bei CSV; Tab bei TSV)
  --encoding E           utf-8, windows-1252 oder latin1 (Standard: jede Zeile als UTF-8,
                         wenn sie gültiges UTF-8 ist, sonst als Windows-1252)
  --phone/--email/--username COLUMN
                         eine Spalte mit Kennungen, nach Spaltenname, Nummer oder
                         Punkt-Pfad in verschachteltem JSON (user.contact.phone)
  --field &quot;CLASS=COL&quot;    eine Spalte mit anderen betroffenen Daten, nach HIBP-Datenart
                         (&quot;Names=first,last&quot;); gespeichert wird nur, ob sie ausgefüllt ist
                         Ohne diese Optionen werden Spalten an ihren Namen erkannt
                         (auf Englisch, Deutsch, Französisch, Spanisch, Italienisch,
                         Portugiesisch, Niederländisch, Türkisch, Arabisch, Russisch).
  --phone-format F       international (mit Ländervorwahl), national (braucht --region)
                         oder auto (Standard: anhand der ersten Zeilen entschieden)
  --region CC            das Land der Nummern im nationalen Format
  --exact-phone-validation  jede Nummer mit libphonenumber prüfen (langsamer)
  --memory-mb N          Arbeitsspeicher für Datensätze, bevor sie sortiert werden
                         (Standard 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              die ganze Datei mit den Prüfungen des Imports lesen: die
                         Zuordnung, die Zählungen und das Urteil, das der Import ergäbe,
                         ohne etwas zu schreiben
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         eine Spalte mit Anmeldenamen (wie --username): Jeder Wert wird
                         als das gespeichert, was er ist: eine E-Mail-Adresse, eine
                         Telefonnummer mit Ländervorwahl oder ein Benutzername
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        Datensätze aus Zeilen &quot;Key: value&quot; (Stealer-Logs), beendet durch
                         eine Leerzeile, eine Zeile aus =-Zeichen oder einen Schlüssel,
                         der erneut vorkommt
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (am Inhalt
                         erkannt); jedes Element, das wie eine Leak-Datei heißt (.csv, .tsv,
                         .txt, .json, .jsonl, .sql), wird wie FILE importiert, die anderen
                         werden als übersprungen aufgeführt; --dry-run führt alle auf. Nichts
                         wird auf die Festplatte entpackt. Wird ein Element abgelehnt, wird
                         keines importiert
  --member GLOB          nur die Elemente, deren Pfad oder Name passt (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), unabhängig von ihrer Endung
  --max-unpacked-gb N    ein Archiv ablehnen, das entpackt größer ist (Standard 1024); ein
                         Element, das entpackt über 1000-mal so groß ist, wird auch abgelehnt
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: die zu lesende Tabelle, nach Name oder Muster (*users); ohne
                         diese Option die erste, deren Spalten nach E-Mail-Adressen oder
                         Telefonnummern benannt sind. Zeilen anderer Tabellen werden
                         gezählt, nicht gelesen
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member wählt Elemente eines Archivs (zip, 7z, tar): %1 ist keines.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    Websites der geleakten Anmeldedaten: %1</translation>
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
        <translation>  --site COLUMN          eine Spalte mit Webadressen: die Website, für die die Anmeldung
                         der Zeile galt (Stealer-Logs); jeder Datensatz behält den
                         Hostnamen, und eine Prüfung nennt ihn
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ist größer als %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 existiert bereits: Schlüssel werden nie überschrieben. Wählen Sie ein anderes --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Aufruf: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Gespeichert: %1 (der Signaturschlüssel und der Inhaltsschlüssel, mit der Passphrase versiegelt: Bewahren Sie die Datei beim Helpdesk auf), %2 (der öffentliche Schlüssel: Geben Sie ihn allen, die dem vertrauen müssen, was Sie signieren) und %3 (nur der Inhaltsschlüssel, für die Laptops der Agenten: Er liest Pakete, kann sie aber nicht signieren).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 ist derselbe öffentliche Schlüssel für OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Fingerabdruck: %1 (lesen Sie ihn vor, um Schlüssel am Telefon zu vergleichen)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Aufruf: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 signiert: %2 (Schlüssel %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Aufruf: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: signiert mit dem Schlüssel %2, seitdem unverändert.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 wurde nicht mit dem Schlüssel in %2 signiert (die Signatur nennt den Schlüssel %3). Vertrauen Sie der Datei nicht.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 passt nicht zur Signatur %2: Die Datei wurde nach dem Signieren geändert, oder die Signatur gehört nicht zu ihr. Vertrauen Sie ihr nicht.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import erwartet die Nummer eines Imports (index list zeigt sie an), nicht %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Aufruf: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 existiert bereits. Wählen Sie ein anderes --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>Gespeichert: %1 mit dem Katalog (%2 Datenlecks) und %n Leak-Import mit %3 Datensätzen, verschlüsselt mit dem Inhaltsschlüssel und signiert mit dem Schlüssel %4.</numerusform>
            <numerusform>Gespeichert: %1 mit dem Katalog (%2 Datenlecks) und %n Leak-Importen mit %3 Datensätzen, verschlüsselt mit dem Inhaltsschlüssel und signiert mit dem Schlüssel %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Agenten importieren es mit: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Aufruf: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Dieser Tresor nimmt jetzt Pakete an, die von %1 signiert sind (Schlüssel %2). Vergleichen Sie den Schlüssel mit dem des Helpdesks, am Telefon vorgelesen, bevor Sie ein Paket importieren.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Dieser Tresor vertraut noch keinem Helpdesk: bundle trust PREFIX.pub fügt einen hinzu.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>vertraut seit %1; letztes Paket erstellt am %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>vertraut seit %1; noch kein Paket angenommen</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Aufruf: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 ist von %2 signiert (Schlüssel %3) und wurde am %4 erstellt.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Es ist älter als das letzte Paket von diesem Helpdesk; importiert, weil --allow-older angegeben wurde.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Datenlecks: %1 neu, %2 aktualisiert, %3 unverändert.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Leak-Importe: %1 hinzugefügt (%2 Datensätze), %3 schon in diesem Tresor.</translation>
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
                          die Schlüssel eines Helpdesks:
                          PREFIX.secret, .pub, .agent (und .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          eine Datei signieren (Prüfsummen eines Releases) und
                          prüfen, wer sie signiert hat
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          der Katalog und die Leak-Importe, verschlüsselt und
                          signiert für Agenten
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  die Helpdesks, von denen dieser Tresor Pakete annimmt
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          prüfen, wer ein Paket signiert hat, und es dann in den
                          Tresor übernehmen
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
        <translation>  --out PREFIX           keygen: wohin die Schlüsseldateien kommen; nie über vorhandene
                         Dateien
  --kdf-strength S       keygen: wie langsam das Erraten der Passphrase ist
                         (interactive, moderate: der Standard, sensitive)
  --key PREFIX.secret    sign, export: die geheime Schlüsseldatei des Helpdesks
  --import ID            export: nur dieser Import (index list; für mehrere
                         wiederholen); Standard: alle Importe
  --name NAME            trust: Name für den Helpdesk (Standard: der Dateiname)
  --agent-key PREFIX.agent  import: der Inhaltsschlüssel, den der Helpdesk
                         den Agenten gegeben hat
  --allow-older          import: ein Paket annehmen, das älter ist als das letzte
                         seines Helpdesks (sonst abgelehnt: es könnte eine alte,
                         erneut eingespielte Kopie sein)
  --signer PREFIX.pub    verify: der öffentliche Schlüssel, dem Sie vertrauen
  --signature FILE.sig   verify: die Signatur (Standard: FILE.sig)
Die Passphrase von PREFIX.secret: die Abfrage oder BREACH_ADVISOR_BUNDLE_PASSPHRASE für
Skripte. Signaturen sind Ed25519 über die ganze Datei; OpenSSL kann sie ebenfalls
prüfen (docs/packaging.md). verify endet mit dem Code 4, wenn die Datei nicht mit
diesem Schlüssel signiert ist; import endet mit dem Code 4 und lässt den Tresor
unverändert bei einem Paket, das kein vertrauenswürdiger Helpdesk signiert hat,
das geändert oder gekürzt wurde oder das für einen anderen Agenten-Schlüssel
bestimmt ist.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Aufruf: bundle keygen | sign | verify | export | trust | signers | import (siehe bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Aufruf: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Passwörter werden nie von der Kommandozeile übernommen (andere Benutzer und der Befehlsverlauf würden sie sehen): Geben Sie sie bei der Abfrage ein oder übergeben Sie sie über die Standardeingabe, eines pro Zeile.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Zeile %1: leer, nicht geprüft.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 Passwort-Hashes (%2) aus %3, importiert am %4: %5 auf der Festplatte, %6 Bytes pro Hash.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Aufruf: passwords import | check | info (siehe passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses gibt an, wo eine Person das Passwort verwendet: Geben Sie auch --person NAME an.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Bei %1 vermerkt: Ein Passwort dieser Person ist bekannt (vom Passwort selbst wird nichts gespeichert). Der Plan der Person beginnt jetzt damit, es zu ändern.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          Liste geleakter Passwörter (Pwned Passwords) zum Offline-Prüfen
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          ist ein Passwort darin? (Abfrage oder zeilenweise Standardeingabe)
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
        <translation>  FILE     der nach Hash sortierte Download (SHA-1 oder NTLM, HASH:COUNT je Zeile), auch
           komprimiert; FOLDER: die Downloader-Dateien, eine je 5-stelligem Hash-Präfix
Die Liste liegt neben dem Tresor (--vault DIR), nicht darin: Es sind öffentliche Daten.
Eine Passphrase wird nur mit --person abgefragt: Sonst wird aus dem Tresor nichts gelesen.
Passwörter werden nie von der Kommandozeile übernommen. check --json gibt eine Zeile pro
Passwort aus: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: mindestens so oft; 0, wenn nicht
gefunden), mit --person auch &quot;kept&quot;. Exit-Status 0, gleich ob ein Passwort gefunden wurde.
  --person NAME   ein gefundenes Passwort bei dieser gespeicherten Person vermerken, als
                  &quot;Ein Passwort dieser Person ist bekannt&quot; (nie das Passwort selbst): Der
                  Plan der Person beginnt damit, es überall zu ändern
  --uses SERVICE  wo die Person es nutzt (für mehrere wiederholen), in dem Schritt genannt</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Unbekannte Option --%1. Siehe breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 gilt nicht für diesen Befehl.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Ein %1 ist nicht geschlossen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>Der Datenbankschlüssel hat die falsche Größe.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 ist beschädigt: abgeschnitten oder verändert. Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>%1 konnte nicht entschlüsselt werden: Die Datei ist beschädigt, kein Breach-Advisor-Tresor, oder der Schlüssel ist falsch. Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>Verschlüsselung ist nicht verfügbar: Eine andere SQLite-Bibliothek (%1) ist in diesem Programm geladen, daher wird kein Tresor geöffnet oder angelegt.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>Die Datenbank %1 des Tresors fehlt. Der Tresor wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 ist leer oder abgeschnitten (%2 Bytes): Der Tresor ist beschädigt. Er wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 ist eine unverschlüsselte SQLite-Datei, kein Breach-Advisor-Tresor. Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Die Datenbankdatei %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>Verschlüsselung ist nicht verfügbar: Eine andere SQLite-Bibliothek ist in diesem Programm geladen.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Der Tresor wird von einem anderen Programm verwendet.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 ist beschädigt (%2). Es wurde nichts mehr hineingeschrieben.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>Die Festplatte mit %1 ist voll. Die Änderung wurde nicht gespeichert; der Tresor ist wie vorher.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>%1 kann nicht geschrieben werden (%2): Ist der Ordner schreibgeschützt? Der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Datenbankfehler (%1) in %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>%1 kann nicht entfernt werden; die Datei stammt von einer abgebrochenen Aktualisierung des Tresor-Formats. Der Tresor wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Die aktualisierte Datenbank kann nicht an die Stelle von %1 gesetzt werden (%2). Der Tresor ist unverändert.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 ist beschädigt: Ein Teil davon kann nicht gelesen werden. Die Datei wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Die Datenbank des Tresors konnte nicht auf das neue Format aktualisiert werden (die Kopie hat die Prüfung nicht bestanden). Der Tresor ist unverändert.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Demo-Sportverein</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Ein erfundener Sportverein, dessen Mitgliederliste an Unbefugte gelangt ist: für die Demo ausgedacht.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN auf der Karte in ihrem Portemonnaie notiert</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>erledigt am %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>vorerst zurückgestellt</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>trifft nicht zu</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>erneut zu tun: erneut betroffen</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(geprüft am %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: was zu tun ist</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: was zu tun ist, für %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>mit Hilfe von %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, Liste der Datenlecks vom %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Zurzeit gibt es keine Schritte. Prüfen Sie erneut, wenn neue Datenlecks bekannt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 von %n Schritt erledigt.</numerusform>
            <numerusform>%1 von %n Schritten erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Geprüft wurde</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>nicht geprüft (so geschrieben kann es nicht stimmen)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>nicht in den importierten Leak-Dateien gefunden</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Laut einer Benachrichtigung betraf das Datenleck %1: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Wen Sie kontaktiert haben</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Notieren Sie, wen Sie angerufen oder angeschrieben haben, wann, und was man Ihnen gesagt hat.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Diese Seite enthält persönliche Daten: Bewahren Sie sie sicher auf oder vernichten Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Falls Sie das betrifft</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Der Drucker oder die Datei konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>Der Drucker oder die Datei hat keine weiteren Seiten angenommen.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Enthält persönliche Daten: sicher aufbewahren oder vernichten.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Es sind noch keine Leak-Dateien in diesen Tresor importiert, daher konnten diese Angaben in keinem Leak abgeglichen werden.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Keine dieser Angaben wurde in den in diesen Tresor importierten Leak-Dateien gefunden (Importe: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Das heißt nicht, dass sie nie an Unbefugte gelangt sind: Geprüft wurden nur die importierten Dateien.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>%1 von %2 gefunden in: %3. Das heißt nicht, dass jemand Ihre Konten benutzt hat.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%1 von %2 konnten nicht geprüft werden: Den Grund sehen Sie unten.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Der Schlüsselbund hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar, daher kann er sich den Tresor nicht merken. Öffnen Sie ihn mit Ihrer Passphrase.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Diesen Tresor merkt sich dieser Computer nicht.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 ist verschlüsselt: Breach Advisor liest keine verschlüsselten Archive. Entpacken Sie es mit seinem Passwort und importieren Sie dann die entpackte Datei.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: Das Archiv ist abgeschnitten oder beschädigt (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 wird entpackt über %2-mal so groß wie gepackt, was bei keiner Leak-Datei vorkommt: als Archivbombe abgelehnt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: entpackt mehr als %2, die Grenze für ein Archiv: als Archivbombe abgelehnt. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>macOS-Metadaten</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>eine Liesmich- oder Lizenzdatei</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>im Archiv gepackt: entpacken und dann importieren</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>dem Namen nach keine Leak-Datei (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>keine Datei (ein Link oder ein Gerät)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>nicht von --member ausgewählt</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>eine Zeile länger als %1 MiB: Leak-Dateien haben kurze Zeilen (fehlt ein Zeilenumbruch oder ein schließendes Anführungszeichen?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mehr als %1 Spalten</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: Die Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: Die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: Die gepackte Datei ist abgeschnitten oder beschädigt (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>die Datei ist UTF-16-Text: Speichern Sie sie zuerst als UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>binäre Daten (ein NUL-Byte): Dies ist keine Textdatei</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>kein gültiges UTF-8: Die Datei hat eine andere Zeichenkodierung</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 Felder, wo das Format %2 hat</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (ein &quot; fehlt)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>die Zeile hat nicht die Felder des Formats</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>eine Zeile, die nicht die Form &quot;Key: value&quot; hat</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>das JSON-Array wird nie geschlossen (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>Text nach dem Ende des JSON-Arrays</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>nach einem Element des JSON-Arrays fehlt ein , oder ]</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>das JSON-Array endet mitten in einem Element (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>ein Name in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>die Zeilen von COPY enden nie mit einer Zeile \. (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>kein INSERT … VALUES oder COPY … FROM stdin: keine Zeilen zum Lesen in dieser SQL-Datei</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>keine Tabelle %1 mit Zeilen im Dump; die Tabellen mit Zeilen: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: Bei keiner Tabelle deuten die Spaltennamen auf E-Mail-Adressen oder Telefonnummern hin. Geben Sie die zu lesende Tabelle (--table) und ihre Spalten an. Die Tabellen mit Zeilen: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>eine Zeile ohne Werte</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 Werte, wo die Tabelle %2 Spalten hat</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>die Datei endet mitten in einer Zeile mit Werten (ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>eine Zeile mit Werten, die nicht gelesen werden kann (ein Anführungszeichen ist nicht geschlossen)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>die Datei endet mitten in einer INSERT-Anweisung (ist sie abgeschnitten?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>nach einer Zeile mit Werten fehlt ein , oder ;</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>eine Zeile mit Werten beginnt nicht mit (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>Das Format für Leak-Dateien %1 ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>Leerzeichen</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Gelesen im bekannten Format „%1“.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Felder getrennt durch %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (erkannt)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Text: %1 (die ersten Zeilen sind kein UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Hinweis: Der Katalog führt %1 für „%2“ nicht auf; dieser Import speichert sie für die betroffenen Personen.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Telefonnummern: Format %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Diese Datei wurde schon einmal mit denselben Einstellungen in „%1“ importiert (Import %2). Es hat sich nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Text: %Ln Zeile kein gültiges UTF-8, gelesen als %1.</numerusform>
            <numerusform>Text: %Ln Zeilen kein gültiges UTF-8, gelesen als %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>Telefonnummern: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>E-Mail-Adressen: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>Benutzernamen: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>international</translation>
    </message>
    <message>
        <source>national</source>
        <translation>national</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%1 von %2 Zeilen in „%3“ importiert.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Eine Prüfung kann jetzt den %Ln Datensatz darin finden.</numerusform>
            <numerusform>Eine Prüfung kann jetzt die %Ln Datensätze darin finden.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Das hat %1 Sekunden gedauert; der Tresor ist um %2 gewachsen.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>%Ln Telefonnummer, E-Mail-Adresse oder Benutzername, die nicht stimmen kann, wurde weggelassen (%1), zum Beispiel:</numerusform>
            <numerusform>%Ln Telefonnummern, E-Mail-Adressen oder Benutzernamen, die nicht stimmen können, wurden weggelassen (%1), zum Beispiel:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln Zeile ohne die Felder des Formats „%1“ wurde weggelassen.</numerusform>
            <numerusform>%Ln Zeilen ohne die Felder des Formats „%1“ wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>%Ln Zeile ohne eine Telefonnummer, E-Mail-Adresse oder einen Benutzernamen, der stimmen kann, wurde weggelassen, zum Beispiel:</numerusform>
            <numerusform>%Ln Zeilen ohne eine Telefonnummer, E-Mail-Adresse oder einen Benutzernamen, der stimmen kann, wurden weggelassen, zum Beispiel:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>%Ln Zeile weggelassen, zum Beispiel:</numerusform>
            <numerusform>%Ln Zeilen weggelassen, zum Beispiel:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln Zeile hatte Felder, die die ersten Zeilen nicht hatten; diese Felder wurden nicht gelesen: %1</numerusform>
            <numerusform>%Ln Zeilen hatten Felder, die die ersten Zeilen nicht hatten; diese Felder wurden nicht gelesen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Keine Kopfzeile: Die erste Zeile sieht wie Daten aus (eine E-Mail-Adresse oder eine Zahl), daher wird sie als Datenzeile gelesen und die Spalten werden ab 1 nummeriert.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>Die erste Zeile benennt die Spalten (sie sieht nicht wie Daten aus).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Die Tabelle %1 des SQL-Dumps wird gelesen: die erste, deren Spalten nach E-Mail-Adressen oder Telefonnummern benannt sind.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Die Tabelle %1 des SQL-Dumps wird gelesen.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Probelauf: %1 von %2 Zeilen würden in „%3“ importiert (höchstens %4 Datensätze). Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln Wert in den Benutzernamen-Spalten war eine E-Mail-Adresse oder Telefonnummer, und eine Prüfung findet ihn als solche (E-Mail-Adressen: %1, Telefonnummern: %2).</numerusform>
            <numerusform>%Ln Werte in den Benutzernamen-Spalten waren E-Mail-Adressen oder Telefonnummern, und eine Prüfung findet sie als solche (E-Mail-Adressen: %1, Telefonnummern: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>Telefonnummern: mindestens %1 (die schnelle Prüfung findet die meisten, nicht alle)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Nicht gelesen: %Ln Zeile in anderen Tabellen des Dumps: %1.</numerusform>
            <numerusform>Nicht gelesen: %Ln Zeilen in anderen Tabellen des Dumps: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Auch die Spalten von %1 sind nach E-Mail-Adressen oder Telefonnummern benannt: Importieren Sie jede solche Tabelle einzeln, indem Sie sie angeben.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln Zeile nannte keine Website: ohne Website importiert.</numerusform>
            <numerusform>%Ln Zeilen nannten keine Website: ohne Website importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln Zeile nannte eine Website nach den ersten 65.535 Websites: ohne sie importiert.</numerusform>
            <numerusform>%Ln Zeilen nannten eine Website nach den ersten 65.535 Websites: ohne sie importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Websites: Die Anmeldedaten gehörten zu %Ln Website; eine Prüfung nennt die Website jeder gefundenen Anmeldung.</numerusform>
            <numerusform>Websites: Die Anmeldedaten gehörten zu %Ln Websites; eine Prüfung nennt die Website jeder gefundenen Anmeldung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>Der Katalog hat kein Datenleck namens „%1“: Fügen Sie es zuerst zum Katalog hinzu.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: Die Datei ist leer</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: Die einzige Zeile passt nicht zum Format %2 (Zeile %3: %4). Es wurde nichts importiert.</numerusform>
            <numerusform>%1: Keine ihrer %Ln Zeilen passt zum Format %2 (Zeile %3: %4). Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: Die Datei hat eine Kopfzeile, aber keine Zeilen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Für Telefonnummern im nationalen Format muss das Land angegeben werden, aus dem sie stammen.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Es ist nicht erkennbar, wie die Telefonnummern geschrieben sind. %1 Geben Sie an, ob sie international (mit Ländervorwahl) oder national (und aus welchem Land) sind.</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Eine Vorschau kann nicht importiert werden: Geben Sie zuerst an, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (Zeile %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: Die einzige Zeile hat keine gültige Telefonnummer, E-Mail-Adresse und keinen gültigen Benutzernamen%2. Es wurde nichts importiert.</numerusform>
            <numerusform>%1: Keine ihrer %Ln Zeilen hat eine gültige Telefonnummer, E-Mail-Adresse oder einen gültigen Benutzernamen%2. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Eine temporäre Datei des Imports wurde während des Imports verändert oder gekürzt: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Eine temporäre Datei des Imports ist verschwunden: %1. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Die temporären Daten des Imports konnten nicht verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Die temporäre Datei %1 des Imports kann nicht geschrieben werden: %2. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 Zeichen)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>zu kurz</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>diese Ländervorwahl gibt es nicht</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>keine Ländervorwahl, und das Land der Datei wurde nicht angegeben</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>keine Nummer</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>keine gültige Nummer</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>Die Datei hat mehr als 65.535 verschiedene Kombinationen ausgefüllter Spalten: Ordnen Sie weniger Spalten zu.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>keine Telefonnummer, E-Mail-Adresse oder Benutzername</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>ungültige Telefonnummer %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>ungültige E-Mail-Adresse %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>ungültiger Benutzername %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>eine Liste, nicht ein einzelner Wert</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % der Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln von %2 Zeilen passte nicht zum Format der Datei (die erste: Zeile %3, %4): mehr als die erlaubten %5. Stimmen Trennzeichen und Kopfzeile? Es wurde nichts importiert.</numerusform>
            <numerusform>%1: %Ln von %2 Zeilen passten nicht zum Format der Datei (die erste: Zeile %3, %4): mehr als die erlaubten %5. Stimmen Trennzeichen und Kopfzeile? Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Der temporäre Ordner %1 des Imports kann nicht angelegt werden. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: Das einzige Element des Archivs ist keine Leak-Datei (dem Namen nach eine CSV-, TSV-, Text-, JSON- oder SQL-Datei; --member wählt Elemente nach Namen). Es wurde nichts importiert.</numerusform>
            <numerusform>%1: Keines der %Ln Elemente des Archivs ist eine Leak-Datei (dem Namen nach eine CSV-, TSV-, Text-, JSON- oder SQL-Datei; --member wählt Elemente nach Namen). Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher hat nicht auf %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>Die Liste der Spaltennamen fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Spalte „%1“: Diese Spalte gibt es in der Datei nicht. Ihre Spalten sind: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Keine Spalte enthält Telefonnummern, E-Mail-Adressen oder Benutzernamen: Geben Sie an, welche Spalte sie enthält. Die Spalten der Datei sind: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>Spalte „%1“ enthält Listen, nicht eine Kennung pro Zeile: Geben Sie stattdessen die Spalte innerhalb der Objekte der Liste an.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Eine Spalte enthält eine Art von Kennung, nicht zugleich %1 und %2.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>Höchstens 64 Datenarten können in einem Import zugeordnet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>„%1“ ist keine Datenart, die diese Version kennt (Namen von Have I Been Pwned, wie &quot;Names&quot; oder &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Geben Sie an, welche Spalte %1 enthält.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (abgeglichen)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (gespeichert wird nur, ob ausgefüllt)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>nicht verwendet: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: die Website, für die die jeweilige Anmeldung galt (nur ihr Hostname wird gespeichert)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Wählen Sie eine Passphrase: Vier oder mehr Wörter ohne Zusammenhang eignen sich gut.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Leicht zu erraten. Fügen Sie weitere Wörter hinzu, die nicht zusammengehören.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Mit Aufwand zu erraten. Ein oder zwei Wörter mehr würden helfen.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Schwer zu erraten.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Sehr schwer zu erraten.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>keine Zeile der Liste geleakter Passwörter (ein SHA-1- oder NTLM-Hash in Hexadezimalschreibweise, ein Doppelpunkt, wie oft er gesehen wurde). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>ein %1-Hash, während die Zeilen davor %2-Hashes enthalten: Eine Liste enthält nur eine Art. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>nicht nach Hash sortiert (oder derselbe Hash noch einmal): Die Liste muss die nach Hash sortierte heruntergeladene Datei sein. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 enthält keine Dateien, die nach einem 5-stelligen Hash-Präfix benannt sind (00000.txt …): Es ist nicht der Ordner des Herunterladeprogramms.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 enthält keine Passwort-Hashes.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>Das Passwort ist kein gültiger UTF-8-Text.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>Unter %1 gibt es noch keine Liste geleakter Passwörter: Importieren Sie zuerst eine.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 ist keine von dieser App angelegte Liste geleakter Passwörter.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 wurde mit einer neueren Version dieser App angelegt: Aktualisieren Sie die App oder importieren Sie die Liste erneut.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 wurde seit dem Anlegen verändert oder abgeschnitten: Importieren Sie die Liste geleakter Passwörter erneut.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Nicht in der Liste geleakter Passwörter. Das macht es noch nicht stark: Ein Passwortmanager erstellt und merkt sich für jedes Konto ein anderes.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Dieses Passwort ist in einem Leak aufgetaucht: Kriminelle probieren es womöglich aus. Ändern Sie es überall, wo Sie es verwenden.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Dieses Passwort ist mindestens %1-mal in Leaks aufgetaucht: Kriminelle probieren es zuerst aus. Ändern Sie es überall, wo Sie es verwenden.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 Passwort-Hashes (%2) aus %3 in %4 s importiert: %5 auf der Festplatte, %6 Bytes pro Hash.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Hashes, die in den ersten 64 Bit dem vorherigen gleichen, nur einmal gespeichert: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Übersprungene leere Zeilen: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Nur %1 der %2 Präfix-Dateien waren vorhanden: Die Liste ist unvollständig, und Passwörter in den fehlenden Dateien werden als nicht gefunden gemeldet.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Nicht gelesene andere Dateien in diesem Ordner: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Eine Person braucht einen Namen (ein Spitzname genügt).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>„%1“ ist kein bekannter zweibuchstabiger Ländercode.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>„%1“ ist keine Plattform: Verwenden Sie android, iphone oder computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>„%1“ ist kein Dienst, den die Checkliste kennt. Bekannt: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>In diesem Tresor gibt es bereits jemanden namens „%1“.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Diese Person ist nicht mehr im Tresor gespeichert.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Geben Sie an, welche Datenarten die Benachrichtigung genannt hat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>„%1“ ist kein Sprachcode (wie ar, es oder fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 ist keine gültige Häufigkeitsklasse (0 bis %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>„%1“ ist kein Dienst, den die Checkliste kennt.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>„%1“ ist keine Plattform: Verwenden Sie android, iphone oder computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>„%1“ ist kein Dienst, den die Checkliste kennt, daher lässt der Plan ihn weg. Bekannt: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Es gibt keinen Schritt „%1“. Der Plan führt die Kennungen der Schritte auf.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Ein Schritt wird als erledigt, zurückgestellt, nicht zutreffend oder offen markiert.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>„%1“ ist nicht im Plan von %2: Die Schritte stehen in ihrem Plan.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>Die Stichprobe enthält keine Telefonnummern; es wird das internationale Format angenommen.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1 % der Stichprobe beginnen mit + oder 00: internationales Format.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Mit Ländervorwahl gelesen, sind %1 % der Stichprobe gültige Nummern.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Mit Ländervorwahl gelesen, sind %1 % der Stichprobe gültige Nummern; als nationale Nummern (%2) gelesen, %3 %.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>Die Ländervorwahl ist ungültig.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Wenn %1 die Ländervorwahl ist, setzen Sie ein + davor (+%1…), oder geben Sie an, aus welchem Land die Nummer stammt.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Fügen Sie die Ländervorwahl hinzu (etwa +49) oder geben Sie an, aus welchem Land die Nummer stammt.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Das ist keine Telefonnummer.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Die Nummer ist zu kurz.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Die Nummer ist zu lang.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>„%1“ ist kein bekannter Ländercode (verwenden Sie zwei Buchstaben, etwa DE).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Die Telefonnummer ist leer.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Die Nummer ist zu kurz: Fügen Sie die Vorwahl hinzu.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Das ist keine gültige Nummer für %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Zuerst erledigen</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>In den geprüften Leaks wurde nichts von Ihnen gefunden, und kein Datenleck bei einem Dienst, den Sie nutzen, betrifft Sie wahrscheinlich. Unten: %n allgemeine gute Gewohnheit, nicht wegen eines Leaks.</numerusform>
            <numerusform>In den geprüften Leaks wurde nichts von Ihnen gefunden, und kein Datenleck bei einem Dienst, den Sie nutzen, betrifft Sie wahrscheinlich. Unten: %n allgemeine gute Gewohnheiten, nicht wegen eines Leaks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n aus Leaks, in denen Ihre Daten gefunden wurden</numerusform>
            <numerusform>%n aus Leaks, in denen Ihre Daten gefunden wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n aus Datenlecks, über die Sie benachrichtigt wurden</numerusform>
            <numerusform>%n aus Datenlecks, über die Sie benachrichtigt wurden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n aus Datenlecks bei genutzten Diensten, die Sie betreffen könnten</numerusform>
            <numerusform>%n aus Datenlecks bei genutzten Diensten, die Sie betreffen könnten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n allgemeiner Tipp</numerusform>
            <numerusform>%n allgemeine Tipps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n Schritt: %1.</numerusform>
            <numerusform>%n Schritte: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Keine der angegebenen Kennungen konnte geprüft werden: Den Grund sehen Sie unten.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Es ist keine Leak-Datei importiert, daher konnte für diese Angaben in keinem Leak gesucht werden.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Es wurde kein Dienst angegeben, daher konnte kein Datenleck bei einem Dienst bewertet werden. Geben Sie an, welche Dienste genutzt werden (WhatsApp, Facebook, Google, ...), um sie einzubeziehen.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Es konnte nichts geprüft werden, daher ist dies kein „nichts gefunden“. Unten: %n allgemeine gute Gewohnheit, nicht wegen eines Leaks.</numerusform>
            <numerusform>Es konnte nichts geprüft werden, daher ist dies kein „nichts gefunden“. Unten: %n allgemeine gute Gewohnheiten, nicht wegen eines Leaks.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, dasselbe Leak wie %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>die Liste geleakter Passwörter</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Ein Passwort, das Sie verwenden, steht in der Liste geleakter Passwörter.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Ein Passwort, das Sie verwenden, steht in der Liste geleakter Passwörter: Es ist mindestens %1-mal in Leaks aufgetaucht.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Sie haben angegeben, dass Sie es bei %1 verwenden.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>es ist ein symbolischer Link, und Speichern darüber würde die Datei ändern, auf die er zeigt</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%1 von %2 Bytes haben die Festplatte erreicht</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Einf&amp;ügen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>Ab&amp;schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>Die Passphrase (%1) ist länger als %2 Bytes. Verwenden Sie eine kürzere.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Das Echo im Terminal kann nicht ausgeschaltet werden (%1), daher wird dort keine Passphrase abgefragt.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Keine Passphrase angegeben: Verwenden Sie --passphrase-file FILE oder setzen Sie %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>das Terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Neue Passphrase: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Dieselbe Passphrase noch einmal: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein. Es wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Ihre Passphrase: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Die Passphrase ist leer.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Schwache Passphrase: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Zu prüfendes Passwort (nur die Eingabetaste zum Beenden): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, Zeile %2: länger als %3 Bytes.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Die Kryptografie-Bibliothek konnte nicht starten.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Die E-Mail-Adresse ist zu lang.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Eine E-Mail-Adresse braucht ein @, wie in name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Eine E-Mail-Adresse hat nur ein @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Vor dem @ muss etwas stehen.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Der Teil vor dem @ ist länger als 64 Zeichen.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>Der Teil vor dem @ darf nicht mit einem Punkt beginnen oder enden und keine zwei Punkte hintereinander haben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>„%1“ darf in einer E-Mail-Adresse nicht vorkommen.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Der Teil nach dem @ fehlt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>„%1“ ist keine gültige Domain.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Die Domain „%1“ braucht einen Punkt, wie in example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Der Benutzername ist länger als 128 Zeichen.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Der Benutzername ist leer.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Der Benutzername enthält ein unsichtbares Steuerzeichen.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Vorerst zurückgestellt</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Trifft nicht zu</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Erneut zu tun</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>In Leak-Dateien gefunden</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Ihnen gemeldet</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Vielleicht betroffen: Datenlecks bei genutzten Diensten</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Möglich</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Die Sprache des Computers</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>Mobilnummer</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>Festnetz</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>Festnetz oder Mobil</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>kostenlose Rufnummer</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>kostenpflichtige Sonderrufnummer</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>Rufnummer mit geteilten Kosten</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>Internet-Telefonnummer</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>persönliche Rufnummer</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>Firmenrufnummer</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>Mailbox</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Andere Benutzer können in den Tresor-Ordner %1 schreiben, daher sind seine Dateien nicht vertrauenswürdig. Machen Sie ihn nur für sich zugänglich (chmod 700), prüfen Sie seine Dateien und versuchen Sie es erneut. Der Tresor wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>Der Ordner %1 kann nicht nur für Sie zugänglich gemacht werden (gehört er jemand anderem?). Wählen Sie einen anderen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Die Passphrase darf nicht leer sein.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Diese Schlüsselstärke liegt außerhalb des Bereichs, den diese Version akzeptiert.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Die Passphrase oder der Schlüssel passt nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Dieser Tresor ist in einem anderen Programm geöffnet (Prozess %1). Schließen Sie ihn zuerst dort.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Der Tresor in %1 kann nicht gesperrt werden: Der Ordner ist nicht beschreibbar oder die Festplatte ist voll. Der Tresor wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 enthält keine Tresor-Daten: Die Datei ist beschädigt oder nicht die Datenbank dieses Tresors. Sie wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>In %1 gibt es bereits einen Tresor.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 ist nicht leer: Wählen Sie einen leeren oder neuen Ordner für den Tresor.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Nur ein gerade angelegter Tresor kann verworfen werden.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Dieser Tresor hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>Der für diesen Tresor gespeicherte Schlüssel ist ungültig.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>Der für diesen Tresor gespeicherte Schlüssel passt nicht mehr zu ihm.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Diese Passphrase oder dieser Wiederherstellungsschlüssel wurde ersetzt, als der Tresor neue Schlüssel erhielt.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Es wurde kein Schlüsselwechsel vorbereitet.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Die Datenbank konnte nicht neu verschlüsselt werden. Sie hat weiterhin ihren alten Schlüssel und öffnet sich wie bisher.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>Der Kennungsschlüssel des Tresors hat die falsche Größe: Der Tresor ist beschädigt.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Dieser Tresor wurde mit einer neueren Version von Breach Advisor angelegt (Schema %1; diese Version kennt %2). Aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>Die Schemadatei %1 fehlt in dieser Programmversion.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Andere Benutzer können %1 lesen, und der Zugriff lässt sich nicht auf Sie beschränken (gehört das jemand anderem?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>den Ordner</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Andere Benutzer konnten den Tresor in %1 lesen (%2): Jetzt ist er nur noch für Sie zugänglich.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Es wurde kein neuer Wiederherstellungsschlüssel vorbereitet.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>fehlende oder fehlerhafte Felder</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>ein Salt oder Schlüssel mit falscher Größe</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>Einstellungen der Schlüsselableitung außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>unbekannte Schlüsselableitung</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>unbekannte Normalisierung der Passphrase</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Hier gibt es keinen Tresor: %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 ist kein gültiger Tresor-Header (%2). Der Tresor wurde nicht angerührt.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>viel zu groß</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>kein Breach-Advisor-Tresor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 wurde mit einer neueren Version von Breach Advisor angelegt. Aktualisieren Sie die App, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>unbekannte Version</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Der Tresor ist unverändert.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Ein Schlüssel mit falscher Größe hat den Schlüsselcode erreicht.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Die Passphrase ist länger als %1 Bytes.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>Die Unicode-Normalisierung ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Die Passphrase konnte nicht normalisiert werden.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>Der Tresor-Header hat ein Salt mit falscher Größe.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>Der Tresor-Header hat Einstellungen der Schlüsselableitung außerhalb des zulässigen Bereichs.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Nicht genug Arbeitsspeicher, um den Schlüssel aus der Passphrase abzuleiten.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Der Wiederherstellungsschlüssel konnte nicht in einen Schlüssel umgewandelt werden.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Ein Unterschlüssel konnte nicht abgeleitet werden.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Der Schlüssel konnte nicht verpackt werden.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>Der Tresor-Header enthält einen verpackten Schlüssel mit falscher Größe.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Die Passphrase oder der Schlüssel passt nicht zu diesem Tresor.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Der Schlüssel konnte nicht entpackt werden.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Das ist kein Wiederherstellungsschlüssel: Er hat 32 Buchstaben und Ziffern in Vierergruppen.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>In %1 gibt es keinen Tresor.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Es gibt keinen Import %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>In diesem Tresor ist niemand namens „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>Der Katalog hat kein Datenleck namens „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>„%1“ ist kein bekannter zweibuchstabiger Ländercode.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Vor dem Ende angehalten. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>Im April 2021 wurde in einem Forum eine Datei mit etwa 533 Millionen Facebook-Konten aus 106 Ländern kostenlos veröffentlicht. Sie verknüpft Telefonnummern mit Namen und oft mit Geschlecht, Wohnort, Arbeitgeber, Beziehungsstatus und Geburtsdatum; nur wenige Datensätze enthalten eine E-Mail-Adresse. Facebook erklärte, die Daten seien vor September 2019 durch Missbrauch seiner Funktion zum Importieren von Kontakten gesammelt worden, nicht durch einen Einbruch in seine Systeme.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Abgegriffen, nicht gehackt: Laut Facebook wurden die Daten vor September 2019 über die Funktion zum Importieren von Kontakten gesammelt, und die Lücke wurde im August 2019 geschlossen. Die irische Datenschutzkommission verhängte deshalb im November 2022 ein Bußgeld von 265 Millionen Euro gegen Meta. Dieselben Telefonnummern wurden 2022 erneut als „487 Millionen WhatsApp-Nummern“ zum Kauf angeboten.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>Im November 2022 bot ein Verkäufer 487 Millionen Mobilnummern aus 84 Ländern als „WhatsApp-Nutzer“ an. Die Liste enthält nur Telefonnummern: keine Namen, Nachrichten oder Gerätedaten. Die Anzahl ist die Angabe des Verkäufers.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Kein Datenleck bei WhatsApp. WhatsApp und Meta erklärten, es gebe keine Hinweise auf ein Leck bei WhatsApp. Das polnische CSIRT KNF und die deutsche Kanzlei WBS.LEGAL fanden die Stichproben identisch mit den 2021 bei Facebook abgegriffenen Daten, und die Zahlen pro Land stimmen damit überein. Have I Been Pwned führt keinen Eintrag dazu. Behauptungen, die Liste enthalte Akkustand, Signalstärke oder andere Gerätedaten, haben keine verlässliche Quelle.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>„WhatsApp“-Telefonnummernliste (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Aktivieren Sie die Verifizierung in zwei Schritten in WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Wer Ihre Nummer hat, kann versuchen, WhatsApp damit auf dem eigenen Telefon zu registrieren. Eine sechsstellige PIN, die nur Sie kennen, hält diese Person auf – selbst wenn sie Sie dazu bringt, ihr den SMS-Code zu geben.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Öffnen Sie WhatsApp. Tippen Sie auf Weitere Optionen (drei Punkte) &gt; Einstellungen &gt; Konto &gt; Verifizierung in zwei Schritten &gt; Aktivieren. Wählen Sie eine sechsstellige PIN, die Sie sich merken können, und fügen Sie eine E-Mail-Adresse hinzu, damit Sie die PIN zurücksetzen können, falls Sie sie vergessen. Verraten Sie niemandem die PIN oder den sechsstelligen Code, den WhatsApp Ihnen per SMS schickt.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Öffnen Sie WhatsApp. Tippen Sie auf Einstellungen &gt; Konto &gt; Verifizierung in zwei Schritten &gt; Aktivieren. Wählen Sie eine sechsstellige PIN, die Sie sich merken können, und fügen Sie eine E-Mail-Adresse hinzu, damit Sie die PIN zurücksetzen können, falls Sie sie vergessen. Verraten Sie niemandem die PIN oder den sechsstelligen Code, den WhatsApp Ihnen per SMS schickt.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>Die Verifizierung in zwei Schritten wird auf Ihrem Telefon eingerichtet, nicht in WhatsApp auf einem Computer: Folgen Sie den Schritten für Ihr Telefon.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Zeigen Sie Ihr WhatsApp-Profilbild und Ihre Info nur Ihren Kontakten</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Standardmäßig kann jeder, der Ihre Nummer hat, Ihr Profilbild und Ihre Info sehen. Betrüger nutzen sie, um ein gefälschtes Konto anzulegen, das wie Ihres aussieht.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>Tippen Sie in WhatsApp auf Weitere Optionen (drei Punkte) &gt; Einstellungen &gt; Datenschutz. Stellen Sie Profilbild, Info sowie Zuletzt online und online auf Meine Kontakte. Wählen Sie unter Gruppen Meine Kontakte, damit Fremde Sie nicht zu Gruppen hinzufügen können. Datenschutz &gt; Datenschutz-Check führt Sie durch den Rest.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>Tippen Sie in WhatsApp auf Einstellungen &gt; Datenschutz. Stellen Sie Profilbild, Info sowie Zuletzt online und online auf Meine Kontakte. Wählen Sie unter Gruppen Meine Kontakte, damit Fremde Sie nicht zu Gruppen hinzufügen können.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>Öffnen Sie in WhatsApp auf Ihrem Computer Menü &gt; Einstellungen &gt; Datenschutz und treffen Sie dieselbe Wahl: Profilbild, Info und Zuletzt online auf Meine Kontakte; Gruppen auf Meine Kontakte.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Schalten Sie in WhatsApp Anrufe von unbekannten Nummern stumm</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Nummern aus Datenlecks bekommen Betrugsanrufe. Ist diese Einstellung an, klingeln Anrufe von Nummern, die nicht in Ihren Kontakten sind, nicht; sie erscheinen aber weiter in Ihrer Anrufliste, sodass Ihnen nichts Wichtiges entgeht.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Tippen Sie in WhatsApp auf Weitere Optionen (drei Punkte) &gt; Einstellungen &gt; Datenschutz &gt; Anrufe und aktivieren Sie Anrufe von Unbekannt stummschalten.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Tippen Sie in WhatsApp auf Einstellungen &gt; Datenschutz &gt; Anrufe und aktivieren Sie Anrufe von Unbekannt stummschalten.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Melden Sie WhatsApp auf Computern ab, die Sie nicht kennen</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Ein mit Ihrem WhatsApp verknüpfter Computer kann Ihre neuen Nachrichten lesen. Prüfen Sie, ob jedes verknüpfte Gerät Ihnen gehört.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Tippen Sie in WhatsApp auf Weitere Optionen (drei Punkte) &gt; Verknüpfte Geräte. Tippen Sie auf jedes Gerät, das Sie nicht kennen &gt; Abmelden.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Tippen Sie in WhatsApp auf Einstellungen &gt; Verknüpfte Geräte. Tippen Sie auf jedes Gerät, das Sie nicht kennen &gt; Abmelden.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Schützen Sie Ihr WhatsApp-Backup und lassen Sie sich benachrichtigen, wenn sich der Sicherheitscode eines Kontakts ändert</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Ihre Chats sind bereits Ende-zu-Ende-verschlüsselt; dafür müssen Sie nichts einschalten. Ihr Backup ist es nicht, außer Sie wählen es so, und Benachrichtigungen zum Sicherheitscode melden Ihnen, wenn sich das Telefon oder die App eines Kontakts geändert hat – das kann auch bedeuten, dass jemand dessen Konto übernommen hat.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Öffnen Sie in WhatsApp Einstellungen &gt; Chats &gt; Chat-Backup &gt; Ende-zu-Ende-verschlüsseltes Backup &gt; Einschalten und wählen Sie ein Passwort oder einen 64-stelligen Schlüssel; ohne ihn lässt sich das Backup nicht wiederherstellen. Öffnen Sie dann Einstellungen &gt; Konto &gt; Sicherheitsbenachrichtigungen und schalten Sie sie ein. Die Menünamen können je nach App-Version abweichen.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Öffnen Sie in WhatsApp Einstellungen &gt; Chats &gt; Chat-Backup &gt; Ende-zu-Ende-verschlüsseltes Backup &gt; Einschalten und wählen Sie ein Passwort oder einen 64-stelligen Schlüssel; ohne ihn lässt sich das Backup nicht wiederherstellen. Ein iCloud-Backup kann trotzdem eine unverschlüsselte Kopie speichern. Öffnen Sie dann Einstellungen &gt; Konto &gt; Sicherheitsbenachrichtigungen und schalten Sie sie ein. Die Menünamen können je nach App-Version abweichen.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Aktivieren Sie die zweistufige Authentifizierung für Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Wenn Ihre Telefonnummer oder E-Mail-Adresse bekannt ist, versuchen Angreifer, Ihr Konto zu übernehmen. Ein zweiter Schritt bei der Anmeldung hält jemanden auf, der Ihr Passwort hat.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Tippen Sie in der Facebook-App auf Menü &gt; Einstellungen und Privatsphäre &gt; Einstellungen &gt; Kontenübersicht &gt; Passwort und Sicherheit &gt; Zweistufige Authentifizierung. Wählen Sie Ihr Konto und dann eine Authentifizierungs-App (am besten) oder SMS. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>Klicken Sie auf facebook.com auf Ihr Profilbild &gt; Einstellungen und Privatsphäre &gt; Einstellungen &gt; Kontenübersicht &gt; Passwort und Sicherheit &gt; Zweistufige Authentifizierung. Wählen Sie Ihr Konto und dann eine Authentifizierungs-App (am besten) oder SMS.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Melden Sie sich bei Facebook dort ab, wo Sie das Gerät nicht kennen</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Wenn schon jemand in Ihrem Konto angemeldet ist, wirft ihn eine Änderung der Einstellungen allein nicht hinaus.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>Öffnen Sie in Facebook Einstellungen und Privatsphäre &gt; Einstellungen &gt; Kontenübersicht &gt; Passwort und Sicherheit &gt; Wo du angemeldet bist. Wählen Sie Ihr Konto und melden Sie sich von jedem Gerät oder Ort ab, den Sie nicht kennen. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Verhindern Sie, dass Fremde Ihr Facebook-Profil über Ihre Telefonnummer finden</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>Die Daten von 2021 wurden gesammelt, indem Personen über ihre Telefonnummer gesucht wurden. Wenn Sie einschränken, wer das tun kann und wer Ihre Nummer und Ihren Geburtstag sieht, lässt sich Ihr Profil schwerer erneut abgreifen.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Öffnen Sie facebook.com/privacy/checkup (oder Menü &gt; Einstellungen und Privatsphäre &gt; Privatsphäre-Check). Stellen Sie unter „Wie man dich auf Facebook finden kann“ ein, wer Sie über die angegebene Telefonnummer finden kann: Freunde oder die engste angebotene Auswahl; machen Sie dasselbe für Ihre E-Mail-Adresse. Stellen Sie unter „Wer kann sehen, was du teilst“ Ihre Telefonnummer, E-Mail-Adresse und Ihren Geburtstag auf Nur ich.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Aktivieren Sie die zweistufige Authentifizierung für Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Ein zweiter Schritt bei der Anmeldung hält jemanden fern, der Ihr Passwort hat oder Ihren Mobilfunkanbieter dazu bringt, Ihre Nummer auf eine andere SIM-Karte zu übertragen.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>Gehen Sie in Instagram zu Ihrem Profil &gt; Menü &gt; Einstellungen und Privatsphäre &gt; Kontenübersicht &gt; Passwort und Sicherheit &gt; Zweistufige Authentifizierung. Wählen Sie Ihr Konto und wenn möglich eine Authentifizierungs-App. Bewahren Sie die angebotenen Backup-Codes sicher auf.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Melden Sie sich bei Instagram auf Geräten ab, die Sie nicht kennen</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>Gehen Sie in Instagram zu Ihrem Profil &gt; Menü &gt; Einstellungen und Privatsphäre &gt; Kontenübersicht &gt; Passwort und Sicherheit &gt; Wo du angemeldet bist. Wählen Sie Ihr Konto, melden Sie sich von jedem Gerät oder Ort ab, den Sie nicht kennen, und ändern Sie dann Ihr Passwort. Die Menünamen können je nach App-Version abweichen.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Machen Sie Ihr Instagram-Konto privat und blenden Sie es aus Kontaktvorschlägen aus</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Ein öffentliches Konto zeigt Ihre Fotos und Follower jedem – genau das kopieren Betrüger, um ein gefälschtes Konto anzulegen, das wie Ihres aussieht.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>Gehen Sie in Instagram zu Ihrem Profil &gt; Menü &gt; Einstellungen und Privatsphäre &gt; Kontoprivatsphäre und aktivieren Sie Privates Konto. Suchen Sie dann in Einstellungen und Privatsphäre nach der Kontaktsynchronisierung und danach, ob Ihr Konto anderen vorgeschlagen wird, und schalten Sie aus, was Sie nicht brauchen. Die Menünamen können je nach App-Version abweichen.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Aktivieren Sie die Bestätigung in zwei Schritten für LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Über LinkedIn-Konten werden überzeugende gefälschte Jobangebote an die Kontakte verschickt. Ein zweiter Schritt bei der Anmeldung schützt Ihr Konto davor.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Tippen Sie in der LinkedIn-App auf Ihr Profilbild &gt; Einstellungen &gt; Anmelden und Sicherheit &gt; Bestätigung in zwei Schritten &gt; Einrichten und wählen Sie eine Authentifizierungs-App oder Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Klicken Sie in LinkedIn auf Ich &gt; Einstellungen &amp; Datenschutz &gt; Anmelden und Sicherheit &gt; Bestätigung in zwei Schritten &gt; Einrichten und wählen Sie eine Authentifizierungs-App oder Ihre Telefonnummer.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Prüfen Sie, wo Sie bei LinkedIn angemeldet sind und wer Sie über Telefon oder E-Mail finden kann</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Alte Sitzungen können monatelang angemeldet bleiben, und wenn man Sie über Ihre Telefonnummer finden kann, wird Ihre geleakte Nummer mit Ihrem Berufsprofil verknüpft.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>Öffnen Sie in LinkedIn Ich &gt; Einstellungen &amp; Datenschutz &gt; Anmelden und Sicherheit &gt; Wo Sie angemeldet sind und melden Sie Sitzungen ab, die Sie nicht kennen. Schränken Sie unter Sichtbarkeit ein, wer Ihr Profil über Ihre E-Mail-Adresse oder Telefonnummer finden kann. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Legen Sie ein Telegram-Passwort fest (zweistufige Bestätigung)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram meldet Sie mit einem Code per SMS an. Mit einem zusätzlichen Passwort reicht ein Code allein nicht, um Ihr Konto zu übernehmen.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>Öffnen Sie in Telegram Einstellungen &gt; Privatsphäre und Sicherheit &gt; Zweistufige Bestätigung und legen Sie ein Passwort fest. Fügen Sie eine E-Mail-Adresse zur Wiederherstellung hinzu: Ohne sie lässt sich ein vergessenes Passwort nur zurücksetzen, indem Sie warten und Ihre Kontakte und Cloud-Chats verlieren.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Beenden Sie Telegram-Sitzungen, die Sie nicht kennen, und verbergen Sie Ihre Nummer</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Jedes angemeldete Gerät kann Ihre Cloud-Chats lesen. Wenn Sie Ihre Nummer verbergen, sehen Fremde sie nicht in Gruppen.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>Öffnen Sie in Telegram Einstellungen &gt; Geräte (in älteren Versionen Privatsphäre und Sicherheit &gt; Aktive Sitzungen) und beenden Sie jede Sitzung, die Sie nicht kennen. Öffnen Sie dann Einstellungen &gt; Privatsphäre und Sicherheit &gt; Telefonnummer und stellen Sie Wer kann meine Telefonnummer sehen? auf Meine Kontakte oder Niemand. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Aktivieren Sie die Registrierungssperre in Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Ist die Registrierungssperre aktiv, braucht jemand, der einen Code für Ihre Nummer bekommt, zusätzlich Ihre Signal-PIN, um sie zu registrieren.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>Öffnen Sie in Signal Einstellungen &gt; Konto und aktivieren Sie Registrierungssperre (in älteren Versionen unter Datenschutz). Sie verwendet Ihre Signal-PIN: Vergewissern Sie sich unter Einstellungen &gt; Konto &gt; Signal-PIN, dass Sie sie kennen. Signal kann eine vergessene PIN nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Verbergen Sie Ihre Nummer in Signal und heben Sie die Verknüpfung unbekannter Geräte auf</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal kann Ihre Nummer vor Personen verbergen, denen Sie schreiben, und ein verknüpfter Computer kann Ihre Nachrichten lesen.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>Öffnen Sie in Signal Einstellungen &gt; Datenschutz &gt; Telefonnummer, stellen Sie Wer kann meine Nummer sehen auf Niemand und legen Sie fest, wer Sie über Ihre Nummer finden kann. Öffnen Sie dann Einstellungen &gt; Verknüpfte Geräte und heben Sie die Verknüpfung aller Geräte auf, die Sie nicht kennen. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Aktivieren Sie die Zwei-Faktor-Authentifizierung für X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Ein zweiter Schritt bei der Anmeldung hält jemanden fern, der Ihr Passwort hat. Bei X gibt es Codes per SMS nur für bezahlte Konten; eine Authentifizierungs-App oder ein Sicherheitsschlüssel ist kostenlos.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>Öffnen Sie in X Einstellungen und Datenschutz &gt; Sicherheit und Account-Zugriff &gt; Sicherheit &gt; Zwei-Faktor-Authentifizierung und wählen Sie Authentifizierungs-App oder Sicherheitsschlüssel. Bewahren Sie den Backup-Code auf.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Melden Sie andere X-Sitzungen ab und verhindern Sie, dass man Sie über Ihre Telefonnummer findet</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Alte Sitzungen können angemeldet bleiben, und wenn man Sie über Telefon oder E-Mail finden kann, werden geleakte Daten mit Ihrem Konto verknüpft.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>Öffnen Sie in X Einstellungen und Datenschutz &gt; Sicherheit und Account-Zugriff &gt; Apps und Sitzungen &gt; Sitzungen und melden Sie die Sitzungen ab, die Sie nicht kennen. Öffnen Sie dann Datenschutz und Sicherheit &gt; Auffindbarkeit und Kontakte und schalten Sie aus, dass man Sie über Ihre Telefonnummer und E-Mail-Adresse finden kann. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Aktivieren Sie die Bestätigung in zwei Schritten für Ihr Google-Konto</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Ihr Google-Konto öffnet Ihre E-Mails, und über Ihre E-Mails lassen sich die Passwörter für alles andere zurücksetzen. Sichern Sie es zuerst.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Gehen Sie zu myaccount.google.com &gt; Sicherheit &gt; So melden Sie sich in Google an &gt; 2-Faktor-Authentifizierung (Bestätigung in zwei Schritten) &gt; Jetzt starten. Nutzen Sie lieber die Aufforderung von Google, eine Authentifizierungs-App oder einen Passkey als SMS.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Führen Sie den Sicherheitscheck von Google durch und melden Sie unbekannte Geräte ab</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Er zeigt die in Ihrem Konto angemeldeten Geräte und die letzten Sicherheitsereignisse, sodass Sie jeden hinauswerfen können, der dort nicht sein sollte.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Öffnen Sie myaccount.google.com/security-checkup und folgen Sie den Schritten. Melden Sie sich unter Meine Geräte von jedem Gerät ab, das Sie nicht kennen, und ändern Sie dann Ihr Passwort.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Prüfen Sie, was Ihr Google-Profil anderen zeigt</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Ihre Telefonnummer und Ihr Geburtstag in Ihrem Google-Profil können für Personen sichtbar sein, die Ihre E-Mail-Adresse haben.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Öffnen Sie myaccount.google.com/privacycheckup und stellen Sie Ihre Telefonnummer, Ihren Geburtstag und andere persönliche Angaben so ein, dass nur Sie sie sehen.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Entfernen Sie Apps, die Sie nicht nutzen, und alte App-Passwörter aus Ihrem Google-Konto</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Apps, die Sie vor Jahren verbunden haben, können immer noch Ihre E-Mails oder Dateien lesen, und ein App-Passwort öffnet Ihr Konto ohne Bestätigung in zwei Schritten.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Stellen Sie sicher, dass die Zwei-Faktor-Authentifizierung für Ihren Apple Account aktiv ist</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Ihr Apple Account enthält Ihre Fotos, Backups und die Möglichkeit, Ihr iPhone zu löschen. Die Zwei-Faktor-Authentifizierung sorgt dafür, dass er Ihnen gehört.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Öffnen Sie Einstellungen &gt; Ihr Name &gt; Anmelden &amp; Sicherheit &gt; Zwei-Faktor-Authentifizierung und aktivieren Sie sie, falls sie aus ist. Prüfen Sie, ob die aufgeführten vertrauenswürdigen Telefonnummern Ihnen gehören.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Öffnen Sie auf einem Mac Systemeinstellungen &gt; Ihr Name &gt; Anmelden &amp; Sicherheit und aktivieren Sie Zwei-Faktor-Authentifizierung. Melden Sie sich auf anderen Computern bei account.apple.com an und prüfen Sie Anmelden und Sicherheit.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Entfernen Sie unbekannte Geräte aus Ihrem Apple Account</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Jedes Gerät in Ihrem Account kann Ihre Codes empfangen und vielleicht Ihre Daten sehen.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Öffnen Sie Einstellungen &gt; Ihr Name und scrollen Sie zur Liste der Geräte. Tippen Sie auf jedes, das Sie nicht kennen, und entfernen Sie es aus Ihrem Account. Die Bezeichnungen können je nach iOS-Version abweichen.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Öffnen Sie auf einem Mac Systemeinstellungen &gt; Ihr Name und prüfen Sie die aufgeführten Geräte; entfernen Sie alle, die Sie nicht kennen. Melden Sie sich auf anderen Computern bei account.apple.com an und prüfen Sie die dort aufgeführten Geräte.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Prüfen Sie mit der Sicherheitsprüfung, wer und was Ihre iPhone-Daten sehen kann</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Standortfreigaben, geteilte Alben und App-Berechtigungen sammeln sich über die Jahre an. Die Sicherheitsprüfung zeigt sie an einem Ort, sodass Sie beenden können, was Sie nicht mehr wollen.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Öffnen Sie Einstellungen &gt; Datenschutz &amp; Sicherheit &gt; Sicherheitsprüfung (ab iOS 16) &gt; „Teilen &amp; Zugriff“ verwalten. Prüfen Sie, mit wem Sie teilen und welche Apps Ihren Standort, Ihre Fotos und Kontakte sehen können, und beenden Sie, was Sie nicht brauchen. Notfall-Reset beendet alle Freigaben auf einmal; verwenden Sie ihn nur, wenn es nötig ist.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Widerrufen Sie App-spezifische Passwörter von Apple, die Sie nicht mehr verwenden</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Mit einem App-spezifischen Passwort kommt die App eines anderen Unternehmens ohne Ihren zweiten Anmeldeschritt an Ihre iCloud-Mails, Kontakte und Kalender, daher bleibt ein altes oder geleaktes Passwort ein Weg hinein.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Melden Sie sich bei account.apple.com an. Wählen Sie unter Anmelden und Sicherheit App-spezifische Passwörter und entfernen Sie alle, die Sie nicht verwenden oder nicht kennen, oder wählen Sie Alle widerrufen. Wenn Sie das Passwort Ihres Apple Account ändern, werden ebenfalls alle widerrufen.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Aktivieren Sie die Überprüfung in zwei Schritten für Ihr Microsoft-Konto</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Ihr Microsoft-Konto öffnet Ihre Outlook-E-Mails, OneDrive-Dateien und die Windows-Anmeldung.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Gehen Sie zu account.microsoft.com/security &gt; Verwalten, wie ich mich anmelde (oder Erweiterte Sicherheitsoptionen) &gt; Überprüfung in zwei Schritten &gt; Aktivieren. Die Microsoft Authenticator-App ist der einfachste zweite Schritt. Schreiben Sie den Wiederherstellungscode auf, den Sie dabei erhalten.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Prüfen Sie die letzten Anmeldungen bei Ihrem Microsoft-Konto</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Entfernen Sie alte App-Kennwörter aus Ihrem Microsoft-Konto</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Ein App-Kennwort lässt eine ältere App oder ein älteres Gerät ohne Überprüfung in zwei Schritten in Ihr Microsoft-Konto, daher ist eines, das Sie nicht mehr nutzen, eine offene Tür.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Gehen Sie zu account.microsoft.com/security &gt; Erweiterte Sicherheitsoptionen (oder Verwalten, wie ich mich anmelde) und suchen Sie App-Kennwörter. Entfernen Sie die vorhandenen App-Kennwörter und erstellen Sie dann nur für die Geräte neue, die sie noch brauchen. Die Menünamen können abweichen.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Prüfen und löschen Sie, was Ihr Microsoft-Konto über Sie speichert</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Ihr Microsoft-Konto kann Ihre Suchen, Ihren Browserverlauf, Ihren Standort und Ihre App-Aktivität speichern; was nicht gespeichert ist, kann weder geleakt noch gegen Sie verwendet werden.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Melden Sie sich bei account.microsoft.com/privacy an. Sehen Sie sich die Aktivitäten an, die das Datenschutz-Dashboard zeigt (Suche, Browsen, Standort, Apps und Dienste), löschen Sie, was nicht gespeichert bleiben soll, und schalten Sie dann die Einstellungen aus, die erfassen, was Sie nicht brauchen.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>ein Weiterverkauf der 2021 bei Facebook abgegriffenen Daten, angeboten als WhatsApp-Nutzer</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Ändern Sie Ihr Passwort bei %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Ein geleaktes Passwort sollten Sie als Kriminellen bekannt betrachten, selbst wenn es verschlüsselt war.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Ein geleakter Passworthinweis verrät oft das Passwort, betrachten Sie das Passwort daher als Kriminellen bekannt.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Melden Sie sich bei %1 an und ändern Sie Ihr Passwort. Wenn Sie sich nicht anmelden können, nutzen Sie die Seite „Passwort vergessen“ oder wenden Sie sich an den Dienst, um das Konto wiederherzustellen oder zu schließen. Verwenden Sie ein langes Passwort, das Sie noch nirgends benutzt haben: Drei oder mehr zufällige Wörter eignen sich gut.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Ändern Sie dieses Passwort überall, wo Sie es sonst noch verwendet haben</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Kriminelle probieren geleakte Passwörter automatisch bei E-Mail-, Bank- und Shopping-Websites aus. Jedes Konto mit demselben oder einem ähnlichen Passwort ist in Gefahr.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Ein Passworthinweis verrät oft das Passwort, und Kriminelle probieren geleakte Passwörter automatisch bei E-Mail-, Bank- und Shopping-Websites aus. Jedes Konto mit demselben oder einem ähnlichen Passwort ist in Gefahr.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Notieren Sie die Konten, bei denen Sie dasselbe oder ein ähnliches Passwort verwendet haben. Beginnen Sie mit Ihrem E-Mail-Konto, dann Ihrer Bank, dann den Konten, mit denen Sie sich bei anderen Websites anmelden (Google, Apple, Facebook). Geben Sie jedem ein eigenes Passwort.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Verwenden Sie einen Passwortmanager</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Er erstellt und merkt sich für jedes Konto ein anderes starkes Passwort, sodass ein Leak nie ein anderes Konto öffnet.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Wählen Sie einen Passwortmanager (der in Ihr Telefon oder Ihren Browser eingebaute ist ein guter Anfang), schützen Sie ihn mit einer langen Passphrase und der Bestätigung in zwei Schritten, und lassen Sie ihn neue Passwörter erstellen, wenn Sie sie ändern.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Suchen Sie nach Anmeldungen, die Sie nicht kennen</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Vielleicht hat jemand das geleakte Passwort schon benutzt. Es zu ändern meldet diese Person nicht immer ab.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>Öffnen Sie im betroffenen Konto und in Ihrem E-Mail-Konto die Sicherheitsseite und sehen Sie sich die letzten Anmeldungen und angemeldeten Geräte an. Melden Sie alles ab, was Sie nicht kennen, und prüfen Sie, dass in Ihrem Postfach keine Weiterleitungsregel und keine Wiederherstellungsadresse hinzugefügt wurde.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Ersetzen Sie Ihre Sicherheitsfragen und -antworten</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Sicherheitsantworten wirken wie Passwörter, und geleakte Fakten über Sie (Geburtstag, Geburtsname der Mutter, Heimatort) sind genau die Antworten, die man verwendet.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Ändern Sie jedes Passwort und jede PIN, die aus Ihrem Geburtstag oder Ihrer Adresse gebildet ist</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Ihr Geburtsdatum oder Ihre Adresse ist jetzt bekannt; ein Passwort oder eine PIN daraus ist leicht zu erraten.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Wenn ein Passwort oder eine PIN Ihr Geburtsdatum, Ihr Geburtsjahr, Ihre Hausnummer oder Straße enthält, ändern Sie es. Wählen Sie eine PIN, die nichts mit Ihnen zu tun hat.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Aktivieren Sie die Bestätigung in zwei Schritten für Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Über Ihr Postfach lassen sich die Passwörter fast aller anderen Konten zurücksetzen. Sichern Sie es zuerst.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>Aktivieren Sie in den Sicherheitseinstellungen Ihres E-Mail-Kontos die Bestätigung in zwei Schritten (manchmal auch Zwei-Faktor-Authentifizierung oder Verifizierung in zwei Schritten genannt). Nutzen Sie lieber eine App, einen Passkey oder einen Sicherheitsschlüssel statt SMS. Prüfen Sie, ob die Telefonnummer und die Adresse zur Wiederherstellung Ihnen gehören.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Rechnen Sie mit überzeugenden gefälschten E-Mails</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Nach einem Datenleck verschicken Kriminelle E-Mails zu Passwort-Zurücksetzungen, Erstattungen oder Entschädigungen, die das Unternehmen und manchmal Ihre eigenen Daten nennen.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Nutzen Sie keine Links oder Anhänge in unerwarteten Nachrichten. Um eine Nachricht zu prüfen, gehen Sie selbst auf die Website des Unternehmens oder rufen Sie die Nummer auf Ihrer Rechnung oder Karte an. Echte Unternehmen fragen nicht per E-Mail nach Ihrem Passwort oder nach Codes.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Prüfen Sie jede Benachrichtigung über ein Datenleck auf der Website des Unternehmens selbst</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Nach einem Datenleck verschicken Kriminelle gefälschte Benachrichtigungen und Entschädigungsangebote, die auf Phishing-Seiten führen. Eine echte Benachrichtigung lässt sich auf der Website des Unternehmens bestätigen.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>Nutzen Sie keine Links, Nummern oder Anhänge in einer Nachricht über das Datenleck. Geben Sie die Webadresse des Unternehmens selbst ein oder nutzen Sie seine App, und suchen Sie dort seine Erklärung zum Datenleck und was es anbietet. Rufen Sie im Zweifel die Nummer auf Ihrer Rechnung oder Karte an.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Achten Sie auf Betrug, der Ihren Beruf ausnutzt</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Mit Ihrem Arbeitgeber und Ihrer Berufsbezeichnung schreiben Betrüger gefälschte Jobangebote oder geben sich als Ihr Chef oder ein Lieferant aus, der eine dringende Zahlung oder Geschenkkarten verlangt.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Prüfen Sie ungewöhnliche Bitten um Geld, geänderte Zahlungsdaten oder Dokumente, indem Sie die Person unter einer Nummer anrufen, die Sie schon kennen. Informieren Sie die IT- oder Sicherheitsabteilung Ihres Arbeitgebers, wenn Nachrichten Ihren Beruf erwähnen und seltsam wirken. Seien Sie vorsichtig bei Jobangeboten, die früh Gebühren, Ausweisdokumente oder Bankdaten verlangen.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Rufen Sie die Stelle an, die Ihre Karte ausgegeben hat, und lassen Sie sich eine neue Karte geben</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Eine geleakte Kartennummer mit Prüfnummer kann sofort für Online-Zahlungen verwendet werden.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Rufen Sie die Nummer auf der Rückseite Ihrer Karte an, sagen Sie, dass die Kartendaten von einem Datenleck betroffen sind, und verlangen Sie eine neue Karte mit neuer Nummer. Prüfen Sie die letzten Zahlungen auf solche, die Sie nicht getätigt haben, und aktualisieren Sie die Karte überall, wo sie für automatische Zahlungen genutzt wird.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Sagen Sie Ihrer Bank, dass Ihre Kontodaten geleakt wurden</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Je früher Ihre Bank Bescheid weiß, desto besser kann sie auf Betrug achten und desto besser sind Sie geschützt, wenn Geld verschwindet.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Rufen Sie Ihre Bank unter der Nummer auf ihrer Website oder Ihrer Karte an, sagen Sie, dass Ihre Kontodaten von einem Datenleck betroffen sind, und fragen Sie, was sie rät: das Konto beobachten, eine neue Kontonummer oder eine neue PIN. Prüfen Sie Ihre Kontoauszüge auf Zahlungen, die Sie nicht getätigt haben.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Prüfen Sie in den nächsten Monaten Ihre Konto- und Kartenauszüge</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Teilweise Kartendaten und Zahlungsverläufe helfen Kriminellen, Sicherheitsfragen zu bestehen und ihre Nachrichten glaubwürdig zu machen.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Aktivieren Sie Zahlungsbenachrichtigungen in Ihrer Banking-App, falls sie das anbietet, und prüfen Sie Ihre Auszüge monatlich. Melden Sie jede Zahlung, die Sie nicht kennen, sofort Ihrer Bank.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Übertragen Sie Ihre Kryptowährung in eine neue Wallet</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Wer eine geleakte Wiederherstellungsphrase oder einen Wallet-Schlüssel hat, kann die Wallet leeren; es gibt keine Bank, die das rückgängig macht.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Erstellen Sie auf einem Gerät, dem Sie vertrauen, eine neue Wallet mit einer neuen Wiederherstellungsphrase und übertragen Sie Ihr Guthaben dorthin. Geben Sie eine Wiederherstellungsphrase nie auf einer Website ein und teilen Sie sie mit niemandem, der Hilfe anbietet.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Lassen Sie Ihre Kreditakte sperren oder eine Betrugswarnung eintragen</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Mit Ihren Identitätsdaten kann jemand Kredite oder Handyverträge auf Ihren Namen abschließen. Eine Kreditsperre oder Betrugswarnung macht das viel schwerer.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Bitten Sie eine Auskunftei (credit reporting body) um eine kostenlose 21-tägige Kreditsperre (credit ban); sie gibt sie an die anderen weiter. Holen Sie sich Ihren kostenlosen Kreditbericht, um nach Anträgen zu suchen, die Sie nicht gestellt haben. IDCARE (1800 595 160) hilft kostenlos.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Erwägen Sie die Protective Registration von Cifas: Kreditgeber werden gebeten, vor der Annahme eines Antrags auf Ihren Namen zusätzlich zu prüfen (kostenpflichtig). Prüfen Sie Ihren Kreditbericht bei einer Auskunftei (credit reference agency) auf Konten, die Sie nicht eröffnet haben.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Fordern Sie bei der SCHUFA, der größten Auskunftei, Ihre kostenlose Datenkopie an (die Kopie Ihrer Daten, die Ihnen jedes Unternehmen nach EU-Datenschutzrecht geben muss, Art. 15 DSGVO), und prüfen Sie sie auf Verträge oder Bonitätsabfragen, die Sie nicht kennen. Wenn Sie welche finden, erstatten Sie Anzeige bei der Polizei und informieren Sie das betroffene Unternehmen.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Nehmen Sie die kostenlose Kreditüberwachung oder den Identitätsschutz an, den das Unternehmen anbietet</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Unternehmen, die Identitäts- oder Finanzdaten verlieren, bezahlen oft eine Überwachung, die Sie vor neuen Krediten oder Konten auf Ihren Namen warnt. Sie kostet Sie nichts und zeigt Missbrauch früh.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Wenn das betroffene Unternehmen kostenlose Kreditüberwachung oder Identitätsschutz anbietet, melden Sie sich an – aber nur über seine offizielle Website oder den Brief, den es geschickt hat, nicht über einen Link in einer E-Mail oder SMS. Notieren Sie, wann der kostenlose Zeitraum endet, damit daraus kein kostenpflichtiges Abo wird.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Reichen Sie Ihre Steuererklärung dieses Jahr früh ein</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Mit einer geleakten Sozialversicherungsnummer (Social Security number) kann jemand eine gefälschte Steuererklärung auf Ihren Namen einreichen und Ihre Erstattung kassieren.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Reichen Sie sie so früh wie möglich ein. Wenn die US-Steuerbehörde IRS meldet, dass mit Ihrer Nummer bereits eine Erklärung eingereicht wurde, melden Sie das auf IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Beantragen Sie beim IRS eine Identity Protection PIN</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Mit Ihrer Sozialversicherungsnummer kann jemand eine Steuererklärung auf Ihren Namen einreichen und Ihre Erstattung kassieren. Mit einer IP PIN wird eine Erklärung ohne diese PIN abgelehnt.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Informieren Sie die Stelle, die Ihren Ausweis ausgestellt hat</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Eine geleakte Reisepass-, Führerschein- oder Ausweisnummer kann genutzt werden, um Konten auf Ihren Namen zu eröffnen. Die ausstellende Stelle kann sie markieren oder ersetzen.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Wenden Sie sich an die Stelle, die das Dokument ausgestellt hat (Passbehörde, Führerscheinstelle, Ausweisbehörde), und fragen Sie, ob es markiert oder ersetzt werden sollte.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Wenden Sie sich bei einem Führerschein an die Kfz-Behörde Ihres Bundesstaats (DMV) und bitten Sie sie, die Nummer zu markieren. Für eine Sozialversicherungsnummer siehe den Schritt zur Kreditsperre. Wenn jemand Ihre Identität missbraucht, melden Sie es auf IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Merken Sie sich, wo Sie Identitätsmissbrauch melden können</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Eine offizielle Meldung gibt Ihnen einen Nachweis für Banken und Kreditgeber und in manchen Ländern einen Plan zur Wiederherstellung.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Wenn Kredite, Konten oder Verträge auf Ihren Namen auftauchen, melden Sie es der Polizei und bewahren Sie das Aktenzeichen auf; informieren Sie die betroffene Bank oder das Unternehmen.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Melden Sie Identitätsdiebstahl auf IdentityTheft.gov oder unter 1-877-438-4338: Sie erhalten einen Identity Theft Report (offizieller Bericht über Identitätsdiebstahl) und einen Plan zur Wiederherstellung.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Melden Sie Betrug auf reportfraud.police.uk oder unter 0300 123 2040 (England, Wales und Nordirland); rufen Sie in Schottland Police Scotland unter 101 an. Informieren Sie Ihre Bank und jedes Unternehmen, bei dem Konten auf Ihren Namen eröffnet wurden.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Wenden Sie sich für kostenlose Hilfe an IDCARE unter 1800 595 160 und melden Sie Cyberkriminalität über ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Melden Sie es Ihrer örtlichen Polizei und dem Canadian Anti-Fraud Centre (1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Rufen Sie 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Erstatten Sie Anzeige bei der Polizei – online über die Onlinewache Ihres Bundeslandes, wo es eine gibt, oder bei jeder Polizeidienststelle. Informieren Sie Ihre Bank und jedes Unternehmen, bei dem Konten auf Ihren Namen eröffnet wurden.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Erstatten Sie Anzeige (plainte) bei der Polizei oder Gendarmerie, mit Screenshots und Briefen als Beweis; wenn Sie Missbrauch nur vermuten, können Sie die Fakten in einer main courante festhalten lassen. Informieren Sie Ihre Bank und die betroffenen Stellen. Wurde Ihre Karte ohne Ihr Wissen online verwendet, lassen Sie sie sperren und melden Sie es auf Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Melden Sie Identitätsdiebstahl der Policía Nacional oder der Guardia Civil und bewahren Sie die Anzeige auf. Die kostenlose Hotline 017 von INCIBE berät zum weiteren Vorgehen. Informieren Sie Ihre Bank und jedes Unternehmen, bei dem Konten auf Ihren Namen eröffnet wurden.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Prüfen Sie beim kostenlosen Dienst Registrato der Zentralbank die Bankkonten, Kredite und Pix-Schlüssel (Schlüssel für Sofortzahlungen), die auf Ihre CPF (Steuernummer) registriert sind. Widersprechen Sie allem, was Sie nicht eröffnet haben, beim Unternehmen und Ihrer Bank, und erstatten Sie Anzeige bei der Polizei (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Bereinigen Sie das Gerät, über das Ihre Passwörter geleakt wurden, und ändern Sie sie dann</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Dieses Datenleck stammt von Schadsoftware, die Passwörter und Anmelde-Cookies aus einem Browser stiehlt. Solange das Gerät nicht bereinigt ist, würden auch neue Passwörter gestohlen.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Führen Sie auf Ihren Computern einen vollständigen Scan mit aktueller Sicherheitssoftware durch, oder setzen Sie das Gerät zurück, wenn Sie unsicher sind. Ändern Sie dann von einem sauberen Gerät aus die Passwörter Ihres E-Mail-Kontos, Ihrer Bank und anderer wichtiger Konten und melden Sie dort jeweils alle anderen Sitzungen ab.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Melden Sie alle Sitzungen bei %1 ab</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Mit geleakten Anmelde-Tokens kann jemand Ihr Konto ohne Passwort nutzen, bis diese Sitzungen beendet sind.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>Wählen Sie in den Sicherheitseinstellungen von %1, dass alle Sitzungen oder Geräte abgemeldet werden, melden Sie sich dann wieder an und ändern Sie Ihr Passwort.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Aktualisieren Sie Ihr Telefon, Ihren Computer und Ihre Apps</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Angaben zu Ihren Geräten helfen Angreifern, Angriffe zu wählen, die bei ihnen funktionieren; Updates schließen die Lücken, die diese Angriffe nutzen.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Öffnen Sie Einstellungen &gt; System &gt; Softwareupdate (der Name hängt vom Hersteller ab) und installieren Sie Updates; aktualisieren Sie im Play Store alle Apps und aktivieren Sie automatische Updates.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Öffnen Sie Einstellungen &gt; Allgemein &gt; Softwareupdate und installieren Sie es; aktivieren Sie Automatische Updates. Aktivieren Sie im App Store automatische App-Updates.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Installieren Sie die Updates, die Ihr System anbietet (Windows Update, macOS-Softwareupdate, die Aktualisierung Ihrer Linux-Distribution), und lassen Sie automatische Updates eingeschaltet, auch für den Browser.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Halten Sie Ihren Router aktuell und verbergen Sie Ihre IP-Adresse, wo es darauf ankommt</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Installieren Sie die Updates Ihres Routers und ändern Sie sein Admin-Passwort, falls es noch das voreingestellte ist. In WhatsApp können Sie Einstellungen &gt; Datenschutz &gt; Erweitert &gt; IP-Adresse in Anrufen schützen aktivieren.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Seien Sie vorsichtig bei Briefen, Anrufen und Besuchen, die Ihre Adresse nutzen</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Mit Ihrem Namen und Ihrer Adresse verschicken Betrüger überzeugende Briefe und Pakete oder stehen vor der Tür und geben vor, von einem Unternehmen zu kommen, das Sie nutzen.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Prüfen Sie jeden Brief oder Besucher, der Geld oder Angaben verlangt, beim Unternehmen nach – mit Kontaktdaten, die Sie selbst herausgesucht haben. Wenn Sie sich unsicher fühlen, weil Ihre Adresse bekannt ist, wenden Sie sich an die Polizei.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Wenn jemand droht, die geleakten Daten zu veröffentlichen: Zahlen Sie nicht</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Sehr persönliche Angaben (Gesundheit, Sexualität, Überzeugungen, private Nachrichten) lassen sich nicht wieder geheim machen. Kriminelle nutzen sie manchmal, um Menschen zu erpressen.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Antworten Sie nicht auf Drohungen und zahlen Sie nicht: Zahlen beendet es selten. Bewahren Sie die Nachrichten auf, melden Sie das Konto dem Dienst und zeigen Sie die Drohung bei der Polizei an. Sprechen Sie mit jemandem, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Markieren Sie Spam als Spam und antworten Sie nicht darauf</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Ihre Adresse steht auf einer Liste für den Versand von Spam. Wenn Sie antworten oder in Spam auf „Abmelden“ klicken, bestätigen Sie nur, dass die Adresse funktioniert.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Verwenden Sie in Ihrem E-Mail-Programm die Schaltfläche Spam melden oder Junk und blockieren Sie die Absender. Antworten Sie nicht und klicken Sie keine Links in diesen Nachrichten an.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Lassen Sie sich kostenlos benachrichtigen, wenn Ihre E-Mail-Adresse in einem Datenleck auftaucht</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>Das nächste Datenleck sollte Sie nicht überraschen: Eine frühe Warnung gibt Ihnen Zeit, ein Passwort zu ändern, bevor es benutzt wird.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>Verwenden Sie auf haveibeenpwned.com Notify me und bestätigen Sie den Link, den Sie per E-Mail erhalten, oder legen Sie ein kostenloses Mozilla-Monitor-Konto auf monitor.mozilla.org an. Beide warnen Sie, wenn Ihre Adresse in einem neu entdeckten Datenleck auftaucht. Machen Sie das für jede Adresse, die Sie nutzen.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Löschen Sie Konten, die Sie nicht mehr nutzen</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Ein altes Forums- oder Shop-Konto, das Sie vergessen haben, enthält noch Ihre Daten und vielleicht ein altes Passwort; wird es morgen gehackt, sind Ihre Daten wieder betroffen.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Suchen Sie in Ihrem Postfach nach Anmelde- und Willkommens-E-Mails, um alte Konten aufzulisten. Melden Sie sich bei jedem an, das Sie nicht mehr nutzen, löschen Sie das Konto (unter Einstellungen oder Datenschutz, oder fragen Sie den Support der Website) und notieren Sie, welche Sie geschlossen haben. Ändern Sie zuerst das Passwort, wenn Sie es mehrfach verwendet haben.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Bewahren Sie Ihre Passwörter in einem Passwortmanager auf</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Ein Passwortmanager erstellt und merkt sich für jedes Konto ein anderes starkes Passwort, sodass ein Leak bei einer Website nie ein anderes Konto öffnet.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Wählen Sie einen Passwortmanager (der in Ihr Telefon oder Ihren Browser eingebaute ist ein guter Anfang), schützen Sie ihn mit einer langen Passphrase und der Bestätigung in zwei Schritten, und lassen Sie ihn ein neues Passwort erstellen, wann immer Sie eines ändern.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Halten Sie Ihr Telefon und Ihre Apps aktuell</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Updates schließen die Sicherheitslücken, die Angreifer nutzen. Mit automatischen Updates geschieht das von selbst.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Einstellungen &gt; System &gt; Softwareupdate, und aktivieren Sie im Play Store automatische App-Updates.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Einstellungen &gt; Allgemein &gt; Softwareupdate &gt; Automatische Updates, und aktivieren Sie im App Store App-Updates.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Lassen Sie automatische Updates für Ihr System und Ihren Browser eingeschaltet.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Aktivieren Sie die Bestätigung in zwei Schritten für Ihr E-Mail-Konto und Ihre wichtigsten Konten</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Über Ihr Postfach lassen sich die Passwörter für fast alles andere zurücksetzen. Ein zweiter Schritt bei der Anmeldung hält jemanden fern, der Ihr Passwort hat.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>Aktivieren Sie in den Sicherheitseinstellungen Ihres E-Mail-Kontos die Bestätigung in zwei Schritten (auch Zwei-Faktor-Authentifizierung oder Verifizierung in zwei Schritten genannt) und machen Sie dann dasselbe für Ihre Bank und Ihre sozialen Netzwerke. Nutzen Sie lieber eine App, einen Passkey oder einen Sicherheitsschlüssel statt SMS.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Für sich allein verrät das niemandem, wie man Sie erreicht oder in Ihre Konten kommt. Es kann Betrugsnachrichten persönlicher klingen lassen; die Schritte gegen Betrug, die zu Ihren Kontaktdaten gehören, decken das ab.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Meist ohnehin in Ihrem öffentlichen Profil sichtbar, und es öffnet kein Konto. Wenn dabei ein Passwort geleakt ist, decken die Passwort-Schritte das ab.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Nichts, was Sie ändern können; es hilft Kriminellen selten direkt. Seien Sie skeptisch bei unerwarteten Nachrichten, die Ihre Schule oder Ihr Studium erwähnen.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Fingerabdrücke und Gesichtsdaten lassen sich nicht ändern, daher gibt es nichts zurückzusetzen. Wo der betroffene Dienst es anbietet, kann ein Passkey oder Sicherheitsschlüssel dort die biometrische Anmeldung ersetzen.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Es geht um einen verstorbenen Angehörigen. Kriminelle missbrauchen solche Daten manchmal; wenn Sie seine Angelegenheiten regeln, bitten Sie seine Bank und die Auskunfteien (wo es sie gibt), die Person als verstorben zu kennzeichnen.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Danach gibt es nichts zu ändern. Seien Sie vorsichtig bei Anrufen oder Nachrichten, die Ihre Termine erwähnen, und prüfen Sie sie direkt bei der Praxis oder Stelle.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Ein Ort, eine Region oder ein Land führt niemanden zu Ihrer Tür, und Sie können es nicht ändern. Wenn auch Ihre Wohnadresse geleakt ist, deckt der Schritt zur Adresse das ab.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Bitten Sie Ihren Mobilfunkanbieter, Ihre Nummer gegen SIM-Swapping und Rufnummernmitnahme zu sperren</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Mit Ihrer Nummer kann ein Krimineller bei Ihrem Anbieter eine neue SIM-Karte auf Ihren Namen verlangen oder Ihre Nummer zu einem anderen Anbieter mitnehmen lassen und dann Ihre Sicherheitscodes empfangen. Eine Sperre oder PIN für Ihr Mobilfunkkonto verhindert das.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Rufen Sie Ihren Mobilfunkanbieter von Ihrem eigenen Telefon aus an oder nutzen Sie seine App, und verlangen Sie eine Sperre oder PIN, die angegeben werden muss, bevor jemand eine neue SIM-Karte für Ihre Nummer bekommt oder sie zu einem anderen Anbieter mitnimmt. Fragen Sie ausdrücklich danach. Geben Sie niemals Kontodaten an jemanden weiter, der anruft und sich als Ihr Anbieter ausgibt; legen Sie auf und rufen Sie die Nummer auf Ihrer Rechnung an.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Bitten Sie Ihren Netzbetreiber (EE, O2, Vodafone, Three oder Ihr Anbieter), Ihrem Konto eine PIN oder ein Passwort hinzuzufügen, das bei jedem SIM-Wechsel angegeben werden muss. Wenn Ihr Telefon plötzlich dort keinen Empfang hat, wo es sonst funktioniert, oder Sie eine unerwartete Nachricht über eine neue SIM erhalten, rufen Sie sofort von einem anderen Telefon Ihren Netzbetreiber und Ihre Bank an.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Seit Juli 2024 (Regel der TRAI) kann eine Nummer nach einem SIM-Austausch 7 Tage lang nicht zu einem anderen Anbieter mitgenommen werden: Wenn Ihre SIM unerwartet nicht mehr funktioniert, rufen Sie sofort Ihren Anbieter an. Auf sancharsaathi.gov.in listet Know Mobile Connections in Your Name (die staatliche TAFCOP-Abfrage) jede Nummer auf, die mit Ihrem Ausweis registriert ist; melden Sie alle, die nicht Ihre sind.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Sagen Sie Ihrem Telefonanbieter, dass Ihre Daten von einem Datenleck betroffen sind, und bitten Sie um zusätzliche Sicherheit für Ihr Konto, etwa eine PIN oder ein Passwort, das für SIM-Wechsel und Rufnummernmitnahmen nötig ist.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Um Ihre Nummer zu einem anderen Anbieter mitzunehmen, braucht der neue Anbieter Ihren RIO-Code, den Sie erhalten, wenn Sie von Ihrem eigenen Anschluss aus 3179 anrufen. Lesen Sie ihn niemals einem Anrufer vor. Wenn Ihr Telefon plötzlich keinen Empfang hat, rufen Sie Ihren Anbieter von einem anderen Telefon an: Vielleicht hat jemand eine Ersatz-SIM (duplicata) auf Ihren Namen erhalten.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Seit November 2022 kann nach den AGCOM-Regeln nur der Anschlussinhaber eine SIM wechseln oder eine Nummer mitnehmen, mit Ausweisdokument und Steuernummer, und der Anbieter bestätigt die Anfrage per SMS oder Anruf an Ihre aktuelle SIM. Wenn Sie eine solche Nachricht erhalten, ohne etwas beantragt zu haben, informieren Sie sofort Ihren Anbieter.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Die spanische Datenschutzbehörde (AEPD) hat Anbieter mit Bußgeldern belegt, weil sie Ersatz-SIM-Karten ohne ordentliche Identitätsprüfung herausgegeben haben. Fragen Sie Ihren Anbieter, wie er Ihre Identität prüft, bevor er eine Ersatz-SIM ausgibt, und ob Sie Ihrem Konto ein Passwort hinzufügen können. Wenn Ihr Telefon plötzlich keinen Empfang hat, rufen Sie Ihren Anbieter und Ihre Bank von einem anderen Telefon an.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Prüfen Sie in der Leitungsabfrage der Regulierungsbehörde BTK (hat-sorgulama.btk.gov.tr), welche Mobilfunkanschlüsse auf Ihren Ausweis registriert sind, und lassen Sie jeden Anschluss, den Sie nicht kennen, von seinem Anbieter kündigen. Wenn Ihre SIM plötzlich nicht mehr funktioniert, rufen Sie sofort von einem anderen Telefon Ihren Anbieter und Ihre Bank an.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Seit 2020 lässt die CRTC, Kanadas Telekommunikationsbehörde, die Anbieter unerlaubtes SIM-Swapping und unerlaubte Rufnummernmitnahmen melden, und die Anbieter haben zusätzliche Prüfungen eingeführt. Bitten Sie Ihren Anbieter um eine Konto-PIN oder ein Passwort, das für SIM-Wechsel und Rufnummernmitnahmen angegeben werden muss. Wenn Ihr Telefon plötzlich keinen Empfang hat, rufen Sie Ihren Anbieter und Ihre Bank von einem anderen Telefon an.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Prüfen Sie, dass niemand Ihre Anrufe umgeleitet hat</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Wer Ihre Anrufe auf das eigene Telefon umleitet, kann die Anrufe entgegennehmen, mit denen Ihre Bank eine Zahlung prüft, oder Anrufe, die Sicherheitscodes vorlesen – ohne Ihre SIM-Karte anzurühren.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Rechnen Sie mit Betrugsanrufen und -nachrichten und kennen Sie die Anzeichen</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Geleakte Nummern werden an Betrüger verkauft. Sie kennen vielleicht Ihren Namen und geben sich als Ihre Bank, ein Lieferdienst, die Polizei oder ein Angehöriger aus, der sein Telefon verloren hat.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Geben Sie niemals einen Code weiter, den Sie per SMS erhalten: Keine Bank, kein Anbieter und keine App fragt danach. Seien Sie misstrauisch bei Zeitdruck und Drohungen. Wenn eine Nachricht oder ein Anruf scheinbar von einem bekannten Unternehmen kommt, legen Sie auf und rufen Sie die Nummer auf dessen Website, Ihrer Karte oder Ihrer Rechnung an. Prüfen Sie einen Angehörigen, der von einer neuen Nummer schreibt, indem Sie seine alte Nummer anrufen.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Melden Sie Betrugs-SMS und -Anrufe</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Meldungen helfen, die Absender für alle zu sperren, und geben Ihnen einen Nachweis, falls Sie Geld verlieren.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Melden Sie Betrugs-SMS und -Anrufe Ihrem Mobilfunkanbieter: Bei den meisten können Sie eine Betrugs-SMS weiterleiten oder eine Nummer in der App oder beim Kundenservice melden. Wenn Sie Geld verloren oder persönliche Daten preisgegeben haben, informieren Sie sofort Ihre Bank und zeigen Sie es bei der Polizei an.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Leiten Sie Betrugs-SMS an 7726 (SPAM) weiter. Melden Sie Betrug auf ReportFraud.ftc.gov. Wenn Sie Geld verloren haben, wenden Sie sich auch an Ihre Bank.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Leiten Sie Betrugs-SMS an 7726 (kostenlos) und Betrugs-E-Mails an report@phishing.gov.uk weiter. Um einen verdächtigen Anruf zu melden, schicken Sie CALL und die Nummer per SMS an 7726. Um einen Anruf Ihrer Bank zu prüfen, rufen Sie 159 an. Wenn Sie Geld verloren haben, melden Sie es auf reportfraud.police.uk oder unter 0300 123 2040 (England, Wales und Nordirland) oder bei Police Scotland unter 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Leiten Sie Betrugs-SMS weiter und melden Sie unerwünschte Anrufe an 33700 (kostenlos; auch auf 33700.fr). Stoppen Sie Telefonwerbung, indem Sie Ihre Nummer kostenlos bei Bloctel (bloctel.gouv.fr) eintragen. Wurde Ihre Karte ohne Ihr Wissen online verwendet, lassen Sie sie bei Ihrer Bank sperren und melden Sie es dann auf Perceval. Hilfe nach Online-Betrug finden Sie auf cybermalveillance.gouv.fr; wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Melden Sie verdächtige Betrugsanrufe und -nachrichten mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in. Um Werbeanrufe und -SMS zu stoppen, senden Sie START 0 an 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Melden Sie Betrug bei Scamwatch (scamwatch.gov.au) und Cyberkriminalität bei ReportCyber (cyber.gov.au). Kostenlose Hilfe nach einem Datenleck oder Identitätsmissbrauch bietet IDCARE unter 1800 595 160. Sie können Ihre Nummer im Do Not Call Register (donotcall.gov.au) eintragen.</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Melden Sie Betrug beim Canadian Anti-Fraud Centre: 1-888-495-8501 oder online. Wenn Sie Geld verloren haben, melden Sie es auch Ihrer örtlichen Polizei und lassen Sie sich ein Aktenzeichen geben.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Rufen Sie die kostenlose Cybersicherheits-Hotline 017 von INCIBE an, um sich zu Betrugsanrufen und -nachrichten und zum Vorgehen nach einem Datenleck beraten zu lassen. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Melden Sie Online-Betrug und Phishing der Polizia Postale über ihr Portal commissariatodips.it. Wenn Sie Geld verloren haben, informieren Sie sofort Ihre Bank und erstatten Sie Anzeige.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Beschweren Sie sich über Betrugsanrufe oder -SMS auf Ihrem Anschluss zuerst bei Ihrem Anbieter. Wenn das Problem nicht gelöst wird, wenden Sie sich an die National Telecom Regulatory Authority (NTRA) unter 155 oder über ihre App My NTRA. Wenn Sie Geld verloren haben oder jemand Sie online bedroht, informieren Sie Ihre Bank und zeigen Sie es bei der Polizei an.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Legen Sie auf, wenn Anrufer sich als Polizei, Soldaten oder Staatsanwälte ausgeben und Geld, Gold oder Bankdaten verlangen: Behörden tun das nie. Melden Sie Phishing- und Betrugswebsites an USOM, das nationale Zentrum für Cybervorfälle (usom.gov.tr). Melden Sie Betrug der Polizei unter 112, der einheitlichen Notrufnummer. Wenn Sie Geld überwiesen haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Senden Sie STOP an 2442, um unerwünschte Werbe-SMS zu stoppen (der Do-Not-Disturb-Dienst). Beschweren Sie sich zuerst bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622 oder 0800 2255 622 oder über ihr Online-Beschwerdeformular. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Warnen Sie Familie und Freunde, dass sich jemand als Sie ausgeben könnte</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Mit Ihrem Namen und Foto oder Ihrer Nummer können Betrüger ein Konto anlegen, das wie Ihres aussieht, und Ihre Kontakte um Geld oder Codes bitten.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Sagen Sie den Menschen, mit denen Sie am meisten Kontakt haben, dass Sie sie nie per Nachricht um Geld oder einen Code bitten werden und dass sie, wenn „Sie“ von einer neuen Nummer schreiben, zur Kontrolle Ihre gewohnte Nummer anrufen sollen. Wenn ein gefälschtes Konto auftaucht, melden Sie es der App und bitten Sie Ihre Kontakte, es ebenfalls zu melden.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Verwenden Sie, wo möglich, eine Authentifizierungs-App statt Codes per SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Codes per SMS gehen an denjenigen, der Ihre Nummer kontrolliert. Da Ihre Nummer bekannt ist, ist eine Authentifizierungs-App, ein Passkey oder ein Sicherheitsschlüssel sicherer für Ihr E-Mail-Konto, Ihre Bank und Ihre sozialen Netzwerke.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>Suchen Sie in den Sicherheitseinstellungen Ihrer wichtigsten Konten (zuerst E-Mail, dann Bank, dann soziale Netzwerke) nach der Bestätigung in zwei Schritten und wählen Sie eine Authentifizierungs-App, einen Passkey oder einen Sicherheitsschlüssel statt SMS. Bewahren Sie die Backup-Codes sicher auf.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Schränken Sie ein, wer Sie über Ihre Telefonnummer oder E-Mail-Adresse finden kann</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Apps, in denen jeder Sie über Ihre Nummer suchen kann, sind der Weg, auf dem solche Listen entstehen und aktuell gehalten werden.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Suchen Sie in den Apps, die Sie nutzen (Facebook, Instagram, Telegram, Signal, X, LinkedIn), die Datenschutzeinstellung dafür, wer Sie über Telefonnummer oder E-Mail-Adresse finden kann, und wählen Sie die engste Option. Geben Sie Ihre Nummer nur dort an, wo sie nötig ist. Google kann Suchergebnisse entfernen, die Ihre Nummer oder Adresse zeigen (Suchergebnisse über dich); die Seite selbst bleibt bestehen.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>Anmelde-Tokens</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>Profilbild</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>Info-Text</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>Browserdaten</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>Kartenprüfnummer</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>Kartennummer</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>Gerätedaten</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>Namen von Familienangehörigen</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Ausweisnummer</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>alte Passwörter</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>Messenger-Konto</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>Berufsbezeichnung</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>Geburtsname der Mutter</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>Teil Ihrer Kartennummer</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>Reisepassnummer</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>Passworthinweis</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>Profilbeschreibung</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>Wohnadresse</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>private Nachrichten</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>Profilfoto</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>E-Mail-Adresse zur Wiederherstellung</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>Beziehungsstatus</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>Sicherheitsfragen und -antworten</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>Social-Media-Profil</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>Sozialversicherungsnummer</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>Name des Partners</translation>
    </message>
    <message>
        <source>username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Öffnen Sie Ihre Drittanbieter-Verbindungen unter myaccount.google.com/connections und entfernen Sie den Zugriff für alles, was Sie nicht nutzen oder nicht kennen. Öffnen Sie dann App-Passwörter unter myaccount.google.com/apppasswords, der Seite zu ihrer Verwaltung, und widerrufen Sie die, die Sie nicht brauchen. Wenn Sie das Passwort Ihres Google-Kontos ändern, werden ebenfalls alle App-Passwörter widerrufen.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>Die Seite mit der letzten Aktivität zeigt, wo und wie Ihr Konto in den letzten 30 Tagen verwendet wurde. Eine Anmeldung, die Sie nicht kennen, kann bedeuten, dass jemand anderes Ihr Passwort hat; es kann aber auch Ihr eigenes Telefon, eine Reise oder ein VPN sein (ein Dienst, der verbirgt, von wo aus Sie sich verbinden).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Öffnen Sie account.live.com/activity und klappen Sie jede Anmeldung auf, die Sie nicht kennen, um Ort und Gerät zu sehen. Wenn Sie es nicht waren, wählen Sie Das war ich nicht, wo die Seite es anbietet, ändern Sie Ihr Passwort und aktivieren Sie die Überprüfung in zwei Schritten. Wenn Sie unsicher sind, prüfen Sie, ob Gerät und Ort zu Ihnen passen können, etwa Ihr Telefon oder eine Reise; wenn nicht, behandeln Sie die Anmeldung als fremd.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Ändern Sie sie im betroffenen Konto und in Konten, in denen Sie dieselben Fragen oder Antworten verwendet haben. Verwenden Sie Antworten, die nicht stimmen und nicht nachgeschlagen werden können, und bewahren Sie sie sicher auf, etwa in Ihrem Passwortmanager.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Die Sperre ist kostenlos und schadet Ihrer Kreditwürdigkeit nicht. Lassen Sie Ihre Kreditakte bei jeder Auskunftei – Equifax, Experian und TransUnion – über deren Website oder telefonisch sperren (credit freeze): Die Sperre gilt innerhalb eines Werktags, und die Auskunftei muss sie auf Ihren Wunsch innerhalb einer Stunde aufheben. Oder tragen Sie zumindest bei einer Auskunftei eine kostenlose, ein Jahr gültige Betrugswarnung (fraud alert) ein. Eltern können auch die Akte eines Kindes unter 16 kostenlos sperren lassen.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Bitten Sie beide Auskunfteien, eine Betrugswarnung (fraud alert) in Ihre Akte einzutragen: Equifax Canada 1-800-465-7166 und TransUnion Canada 1-800-663-9980. Wenn Sie in Quebec wohnen, können Sie bei beiden auch eine Sicherheitssperre (security freeze) verlangen (seit Februar 2023): Sie geben Ihre Akte dann nicht an Kreditgeber weiter, bis Sie die Sperre aufheben. Prüfen Sie Ihren Kreditbericht mindestens einmal im Jahr.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Beantragen Sie eine Protective Registration beim Southern African Fraud Prevention Service (SAFPS), mit dem Formular auf seiner Website oder in seiner App. SAFPS weist dann seine Mitglieder, etwa Kreditgeber, an, besonders sorgfältig zu prüfen, ob es wirklich Sie sind. Wenn Ihr Ausweisbuch oder Reisepass verloren oder gestohlen wurde, können Sie ihn auch telefonisch bei SAFPS unter 011 867 2234 registrieren lassen.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Melden Sie sich unter irs.gov/ippin in Ihrem IRS Online Account an und bestätigen Sie Ihre Identität; dann wird die PIN angezeigt. Wenn Sie sich online nicht verifizieren können, verwenden Sie Formular 15227 (Einkommen unter der IRS-Grenze) oder besuchen Sie mit Termin ein IRS Taxpayer Assistance Center. Jedes Jahr kommt eine neue sechsstellige PIN; verwenden Sie sie bei jeder Bundessteuererklärung. Der IRS fragt nie per Telefon, E-Mail oder SMS danach.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Melden Sie den Missbrauch Ihrer Identität online der Polizia Postale, der Polizeieinheit für Internetkriminalität, über ihr Portal commissariatodips.it oder in einer ihrer Dienststellen. Informieren Sie sofort Ihre Bank und widersprechen Sie jeder Zahlung und jedem Kredit, die nicht von Ihnen stammen.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Melden Sie Identitätsmissbrauch, Online-Betrug oder Erpressung dem Innenministerium (Ministry of Interior, moiegypt.gov.eg) oder bei einer Polizeiwache und bewahren Sie Screenshots als Beweis auf. Informieren Sie Ihre Bank und Ihren Anbieter über Konten oder Anschlüsse, die Sie nicht eröffnet haben.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>Rufen Sie im Notfall, etwa bei einer Straftat, die gerade geschieht, 112 an. Erstatten Sie sonst schriftlich oder mündlich Anzeige (şikâyet) bei einer Polizei- oder Gendarmeriewache oder bei der Staatsanwaltschaft (Cumhuriyet Başsavcılığı). Melden Sie gefälschte Bank- oder Behördenwebsites an USOM (usom.gov.tr). Prüfen Sie in der Leitungsabfrage der BTK (hat-sorgulama.btk.gov.tr) die auf Ihren Ausweis registrierten Mobilfunkanschlüsse, und informieren Sie Ihre Bank über Konten oder Kredite, die Sie nicht eröffnet haben.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Melden Sie Online-Betrug oder Erpressung der nationalen Polizei (DGSN) über ihre Plattform e-Blagh (e-blagh.ma) und anderen Identitätsmissbrauch bei einer Polizeiwache. Informieren Sie Ihre Bank und Ihren Anbieter über Konten oder Anschlüsse, die Sie nicht eröffnet haben.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei, persönlich oder auf der Polizeiseite ADenunciar, falls Ihr Fall dort aufgeführt ist; bewahren Sie das Aktenzeichen auf. Informieren Sie das Unternehmen, bei dem der Betrug geschah. Bitten Sie TransUnion um eine Betrugswarnung in Ihrem Kreditbericht und widersprechen Sie jeder Schuld, die nicht Ihre ist, bei TransUnion und DataCrédito; wenn das nicht hilft, beschweren Sie sich bei der SIC, der Datenschutzbehörde.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Wenn Kredite oder Konten auf Ihren Namen auftauchen, weisen Sie dem Kreditgeber oder Inkassobüro nach, dass Sie es nicht waren; Sie erhalten dann ein Schreiben, das bestätigt, dass sich jemand als Sie ausgegeben hat. Zeigen Sie es bei der Polizei (SAPS) an. Wenn der Kreditgeber kein Mitglied des Southern African Fraud Prevention Service (SAFPS) ist, schicken Sie SAFPS das Schreiben: SAFPS markiert Ihre Ausweisnummer und vergibt eine Protective Registration (PR) und eine Opfernummer (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Melden Sie Identitätsmissbrauch der Gendarmerie über ihre kostenlose Nummer 1055 oder online auf ppgn.mdn.dz (die Anzeige bestätigen Sie dann bei einer Brigade) oder bei einer Polizeiwache. Bewahren Sie Nachrichten und Belege auf und informieren Sie Ihre Bank und Ihren Anbieter über Konten oder Anschlüsse, die Sie nicht eröffnet haben.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Eine IP-Adresse kann ungefähr zeigen, wo Sie sind. Ein Router, der aktuell gehalten wird und ein eigenes Admin-Passwort hat, schützt Ihr Heimnetz, egal welche Adresse geleakt ist.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Aktivieren Sie die kostenlosen Sperren Ihres Anbieters. T-Mobile: Tippen Sie in der App T-Life auf Account &gt; Zahnrad-Symbol &gt; Security, dann auf SIM Protection und Port Out Protection; Port Out Protection wird für jede Leitung einzeln eingestellt, schalten Sie es also für jede Leitung ein. Verizon: Number Lock und SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Andere Anbieter: Fragen Sie nach einer Sperre. Schalten Sie eine Sperre nie aus, nur weil ein Anrufer darum bittet.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Anbieter wie Vodafone verlangen Ihr Kundenkennwort, bevor sie im Laden eine neue SIM-Karte herausgeben. Wählen Sie eines, das nicht Ihr Geburtstag ist oder etwas anderes, das geleakt sein könnte, und ändern Sie es, wenn Sie es nach einem Link in einer SMS eingegeben haben. Wenn Ihr Telefon plötzlich keinen Empfang mehr hat, rufen Sie Ihren Anbieter und Ihre Bank von einem anderen Telefon an.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Sehen Sie in den Anrufeinstellungen Ihres Telefons oder in Ihrem Kundenkonto beim Anbieter unter Rufumleitung nach und schalten Sie jede Umleitung aus, die Sie nicht eingerichtet haben. Wenn jemand anruft oder schreibt, sich als Ihr Anbieter ausgibt und Sie bittet, einen Code zu wählen oder eine Einstellung zu ändern, legen Sie auf und rufen Sie Ihren Anbieter unter der Nummer auf Ihrer Rechnung an. Die Menüs unterscheiden sich je nach Telefon.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Melden Sie unerwünschte Anrufe, Spam-SMS und missbrauchte Rufnummern der Bundesnetzagentur über ihre Online-Formulare unter bundesnetzagentur.de/aergermitrufnummern. Sie kümmert sich um die Rufnummern, nicht um Betrug: Wenn jemand versucht hat, Sie zu betrügen, oder Sie Geld verloren haben, zeigen Sie es bei der Polizei an – online über die Onlinewache Ihres Bundeslandes oder bei jeder Polizeidienststelle. Rufen Sie verpasste Anrufe von unbekannten Nummern nicht zurück.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Leiten Sie Betrugs-SMS an 330330 weiter (kostenlos, für alle Anbieter), die Meldenummer der Regulierungsbehörde. Wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an und zeigen Sie es bei der Polizei an.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Tragen Sie Ihre Nummer bei Não Me Perturbe (naomeperturbe.com.br) ein, um Verkaufsanrufe von Telekommunikationsfirmen und Banken zu stoppen; beschweren Sie sich bei Anatel unter 1331, wenn sie weitergehen. Manche Firmenanrufe zeigen inzwischen Namen, Logo und Grund des Anrufs an, mit einer Prüfung, dass die Nummer echt ist (Origem Verificada); geben Sie trotzdem bei einem Anruf nie Codes oder Passwörter weiter. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und erstatten Sie Anzeige bei der Polizei (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Melden Sie Online-Betrug, Betrugsmaschen und Erpressung der nationalen Polizei (DGSN) über ihre Plattform e-Blagh (e-blagh.ma). Bei Problemen mit Ihrem Anschluss beschweren Sie sich bei Ihrem Anbieter. Wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an und zeigen Sie es bei der Polizei an.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Melden Sie Online-Betrug der Fiscalía oder der Nationalpolizei, auf einer Polizeiwache oder online über den Dienst ADenunciar, falls Ihr Fall dort aufgeführt ist; bewahren Sie das Aktenzeichen auf. Wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an. Geben Sie einem Anrufer nie Codes, Kartennummern oder Passwörter.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Melden Sie Betrug der Gendarmerie über ihre kostenlose Nummer 1055 oder online auf ppgn.mdn.dz (die Anzeige bestätigen Sie dann bei einer Brigade) oder bei einer Polizeiwache. Wenn Geld abgebucht wurde, informieren Sie sofort Ihre Bank oder Algérie Poste. Bewahren Sie Nachrichten und Belege auf.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Wenn Sie Geld verloren oder Bankdaten preisgegeben haben, rufen Sie sofort das National Scam Response Centre unter 997 an und zeigen Sie es dann bei der Polizei an. Legen Sie auf, wenn Anrufer behaupten, von MCMC, der Polizei oder einer Bank zu sein.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Prüfen Sie Ihre Kreditberichte auf Konten, die Sie nicht eröffnet haben</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Kredite, Karten oder Verträge, die jemand auf Ihren Namen abschließt, erscheinen in Ihrem Kreditbericht. Wenn Sie ihn prüfen, entdecken Sie sie früh.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Holen Sie sich Ihre Kreditberichte kostenlos auf AnnualCreditReport.com: Bei Equifax, Experian und TransUnion können Sie Ihren jeweils einmal pro Woche einsehen. Andere Websites können Geld verlangen oder gefälscht sein. Suchen Sie nach Konten, Krediten oder Adressen, die Sie nicht kennen; wenn Sie welche finden, melden Sie es auf IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Sie können Ihren Kreditbericht bei beiden Auskunfteien kostenlos erhalten: bei TransUnion Canada online, per Post oder persönlich, und bei Equifax Canada per Post mit dem Antragsformular und Kopien Ihres Ausweises. Prüfen Sie beide mindestens einmal im Jahr auf Konten oder Bonitätsabfragen, die Sie nicht kennen.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Sie können Ihren Kreditbericht mindestens alle drei Monate kostenlos erhalten. Fragen Sie jede Auskunftei, da sie unterschiedliche Angaben haben können, und prüfen Sie auf Kreditanträge oder Konten, die nicht von Ihnen stammen.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Jedes Kreditinformationsunternehmen (Auskunftei), das Ihre Kredithistorie führt, muss Ihnen jedes Kalenderjahr einen kostenlosen vollständigen Kreditbericht mit Ihrem Score geben (eine Regel der Reserve Bank of India). Fragen Sie jede Auskunftei auf ihrer Website und prüfen Sie auf Kredite oder Karten, die Sie nicht aufgenommen haben. Wenn Sie welche finden, rufen Sie 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>Das Gesetz erlaubt Ihnen, Ihren Kreditbericht einmal im Jahr kostenlos bei jeder Auskunftei zu erhalten. Fragen Sie jede große Auskunftei, etwa TransUnion, und suchen Sie nach Krediten oder Konten, die Sie nicht eröffnet haben. Falsche Einträge können Sie bei der Auskunftei kostenlos anfechten; sie hat 20 Werktage, um sie zu prüfen.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Prüfen Sie Ihren CCRIS-Bericht, die Aufzeichnung der Bank Negara Malaysia über Ihre Kredite und Kreditanträge, über ihren Dienst eCCRIS (eccris.bnm.gov.my). Suchen Sie nach Krediten oder Anträgen, die nicht von Ihnen stammen, und senden Sie über eCCRIS einen Antrag auf Datenprüfung, damit falsche Einträge geprüft werden.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Lassen Sie Ihr Telefon oder Ihren Browser Ihre gespeicherten Passwörter mit Leaks abgleichen</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Der Passwortmanager, den Sie schon haben, kann zeigen, welche Ihrer gespeicherten Passwörter in einem Leak aufgetaucht sind, damit Sie wissen, welche Sie ändern sollten.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Öffnen Sie passwords.google.com (Google Passwortmanager) in Ihrem Browser und wählen Sie Zum Passwortcheck &gt; Passwörter prüfen. Ändern Sie jedes als kompromittiert markierte Passwort, zuerst für E-Mail und Bank, dann die mehrfach verwendeten. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>Öffnen Sie ab iOS 18 die App Passwörter und tippen Sie auf Sicherheit; öffnen Sie in älteren Versionen Einstellungen &gt; Passwörter &gt; Sicherheitsempfehlungen. Prüfen Sie, ob Kompromittierte Passwörter erkennen eingeschaltet ist, und ändern Sie dann jedes als kompromittiert markierte Passwort, zuerst für E-Mail und Bank. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Dreipunkt-Menü &gt; Passwörter und Autofill &gt; Google Passwortmanager &gt; Passwortcheck. Edge: Einstellungen und mehr (...) &gt; Einstellungen &gt; Profile &gt; Kennwörter, und aktivieren Sie Warnungen anzeigen, wenn Kennwörter in einem Onlineleck gefunden werden. Firefox: Einstellungen &gt; Datenschutz &amp; Sicherheit &gt; Passwörter, und lassen Sie Warnungen für Passwörter von Websites mit Datenlecks anzeigen angehakt. Mac: App Passwörter &gt; Sicherheit. Die Menünamen können je nach Version abweichen.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Suchen, laden oder öffnen Sie die geleakten Dateien nicht</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Es kann verlockend sein, die geleakten Daten zu suchen, um zu sehen, was sie über Sie enthalten. In Kopien, die online weitergegeben werden, wurde schon Schadsoftware gefunden, die das Gerät infiziert, auf dem sie geöffnet werden.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Suchen, laden oder öffnen Sie keine Dateien, die angeblich dieses Leak enthalten, auch nicht, um Ihre eigenen Daten zu prüfen. Um zu erfahren, was geleakt wurde, verlassen Sie sich auf die Benachrichtigung des Unternehmens oder auf einen Warndienst für Datenlecks wie Have I Been Pwned. Wenn Sie eine solche Datei schon geöffnet haben, scannen Sie das Gerät mit aktueller Sicherheitssoftware und ändern Sie Ihre Passwörter von einem anderen Gerät aus.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Geben Sie nie einen Code weiter, den Ihnen angeblich jemand versehentlich geschickt hat</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Mit Ihrer Nummer kann ein Betrüger beginnen, sich auf seinem eigenen Telefon bei Ihrem WhatsApp oder Telegram anzumelden; die App schickt den Code dann per SMS an Sie. Er bittet Sie darum, oft vom gekaperten Konto eines Freundes aus. Wer den Code hat, kann Ihr Konto übernehmen.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp, Telegram oder ein anderer Dienst Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Wenn Sie es schon getan haben, melden Sie sich sofort wieder mit Ihrer Nummer an; in WhatsApp meldet das die andere Person ab. Aktivieren Sie dann die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung) und warnen Sie Ihre Kontakte, nicht auf Nachrichten von Ihrem Konto zu antworten.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Leiten Sie Betrugs-SMS an 7726 (SPAM) weiter und melden Sie den Betrug auf ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Leiten Sie Betrugs-SMS an 7726 (kostenlos) weiter. Wenn Sie Geld verloren haben, melden Sie es auf reportfraud.police.uk oder in Schottland bei Police Scotland unter 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie es bei Scamwatch (scamwatch.gov.au). Wenn Sie Geld verloren haben, wenden Sie sich sofort an Ihre Bank; IDCARE (1800 595 160) hilft, wenn Ihre Identität missbraucht wird.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie Betrug beim Canadian Anti-Fraud Centre unter 1-888-495-8501 oder online; wenn Sie Geld verloren haben, informieren Sie auch Ihre Bank und die örtliche Polizei.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Leiten Sie Betrugs-SMS an 33700 (kostenlos) weiter. Wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie; cybermalveillance.gouv.fr kann helfen.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Zeigen Sie Betrug bei der Polizei an – online über die Onlinewache Ihres Bundeslandes, wo es eine gibt, oder bei jeder Polizeidienststelle.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie es der Polizia Postale auf commissariatodips.it und informieren Sie sofort Ihre Bank, wenn Sie Geld verloren haben.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Rufen Sie für eine Beratung die kostenlose Cybersicherheits-Hotline 017 von INCIBE an. Wenn Sie Geld verloren haben, melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Beschweren Sie sich bei Ihrem Anbieter und, wenn das nicht hilft, bei der Regulierungsbehörde NTRA unter 155. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Leiten Sie Betrugs-SMS an 330330 weiter (kostenlos, für alle Anbieter).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie Betrugswebsites an USOM (usom.gov.tr) und Betrug bei einer Polizei- oder Gendarmeriewache oder, wenn er gerade geschieht, unter 112.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie die Nachricht mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Beschweren Sie sich bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie Online-Betrug der nationalen Polizei (DGSN) über e-Blagh (e-blagh.ma); wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Wenn Geld abgebucht wurde, rufen Sie sofort Ihre Bank an und erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Geben Sie nie einen Code weiter, den WhatsApp oder Telegram Ihnen per SMS schickt, auch nicht an einen Freund, der sagt, der Code sei versehentlich an Sie gegangen. Falls doch, melden Sie sich sofort wieder mit Ihrer Nummer an, beenden Sie Sitzungen, die Sie nicht kennen, und aktivieren Sie die Verifizierung in zwei Schritten (in Telegram: zweistufige Bestätigung). Melden Sie SMS-Betrug an WASPA, den Branchenverband für mobile Nachrichtendienste (waspa.org.za); wenn Sie Geld verloren haben, rufen Sie sofort die Betrugshotline Ihrer Bank an.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Prüfen Sie eine Nachricht von Angehörigen über eine „neue Nummer“, bevor Sie antworten</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Betrüger schreiben Eltern und Freunden und geben sich als Kind oder Angehöriger aus: „Hallo Mama, mein Handy ist kaputt, das ist meine neue Nummer.“ Nach ein paar Nachrichten bitten sie um Geld für eine dringende Rechnung oder ein neues Telefon.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Antworten Sie nicht auf die neue Nummer und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, fragen Sie einen anderen Angehörigen oder stellen Sie eine Frage, die nur sie beantworten kann. Ändern Sie die gespeicherte Nummer nicht wegen einer Nachricht. Melden und blockieren Sie den Absender in der Messenger-App.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Manche Betrüger bauen einen falschen Anwalt oder Polizisten in die Geschichte ein. Leiten Sie Betrugs-SMS an 7726 (SPAM) weiter und melden Sie den Betrug auf ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Leiten Sie Betrugs-SMS an 7726 (kostenlos) weiter. Wenn Sie Geld verloren haben, melden Sie es auf reportfraud.police.uk oder in Schottland bei Police Scotland unter 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Ändern Sie die gespeicherte Nummer nie wegen einer Nachricht. Melden Sie es bei Scamwatch (scamwatch.gov.au). Wenn Sie Geld verloren haben, wenden Sie sich sofort an Ihre Bank; IDCARE (1800 595 160) hilft, wenn Ihre Identität missbraucht wird.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie Betrug beim Canadian Anti-Fraud Centre unter 1-888-495-8501 oder online; wenn Sie Geld verloren haben, informieren Sie auch Ihre Bank und die örtliche Polizei.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Leiten Sie Betrugs-SMS an 33700 (kostenlos) weiter. Wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie; cybermalveillance.gouv.fr kann helfen.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Zeigen Sie Betrug bei der Polizei an – online über die Onlinewache Ihres Bundeslandes, wo es eine gibt, oder bei jeder Polizeidienststelle.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie es der Polizia Postale auf commissariatodips.it und informieren Sie sofort Ihre Bank, wenn Sie Geld verloren haben.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Rufen Sie für eine Beratung die kostenlose Cybersicherheits-Hotline 017 von INCIBE an. Wenn Sie Geld verloren haben, melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Beschweren Sie sich bei Ihrem Anbieter und, wenn das nicht hilft, bei der Regulierungsbehörde NTRA unter 155. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Leiten Sie Betrugs-SMS an 330330 weiter (kostenlos, für alle Anbieter).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie Betrugswebsites an USOM (usom.gov.tr) und Betrug bei einer Polizei- oder Gendarmeriewache oder, wenn er gerade geschieht, unter 112.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie die Nachricht mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Beschweren Sie sich bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie Online-Betrug der nationalen Polizei (DGSN) über e-Blagh (e-blagh.ma); wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Wenn Geld abgebucht wurde, rufen Sie sofort Ihre Bank an und erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Antworten Sie nicht und schicken Sie kein Geld. Rufen Sie die Person unter der Nummer an, die Sie schon haben, oder stellen Sie eine Frage, die nur sie beantworten kann. Melden Sie SMS-Betrug an WASPA, den Branchenverband für mobile Nachrichtendienste (waspa.org.za); wenn Sie Geld verloren haben, rufen Sie sofort die Betrugshotline Ihrer Bank an.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Ignorieren Sie SMS zu Paketen, Maut oder Bußgeldern, in denen Sie einen Link antippen sollen</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Betrüger verschicken SMS über ein Paket, das nicht zugestellt werden konnte, eine unbezahlte Maut, ein Bußgeld oder eine kleine Gebühr. Der Link führt auf eine nachgemachte Seite, die Ihre Karten- oder persönlichen Daten abgreift.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Tippen Sie in SMS zu Lieferungen, Maut, Bußgeldern oder Gebühren keine Links an. Prüfen Sie eine Lieferung in der App oder auf der Website des Shops oder Zustellers und eine Maut oder ein Bußgeld auf der offiziellen Website, die Sie selbst heraussuchen. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie die SMS Ihrem Anbieter und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Gefälschte SMS zu unbezahlter Maut sind häufig. Leiten Sie Betrugs-SMS an 7726 (SPAM) weiter und melden Sie den Betrug auf ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Leiten Sie Betrugs-SMS an 7726 (kostenlos) weiter. Wenn Sie Geld verloren haben, melden Sie es auf reportfraud.police.uk oder in Schottland bei Police Scotland unter 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie es bei Scamwatch (scamwatch.gov.au). Wenn Sie Geld verloren haben, wenden Sie sich sofort an Ihre Bank; IDCARE (1800 595 160) hilft, wenn Ihre Identität missbraucht wird.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie Betrug beim Canadian Anti-Fraud Centre unter 1-888-495-8501 oder online; wenn Sie Geld verloren haben, informieren Sie auch Ihre Bank und die örtliche Polizei.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Wird Ihre Karte danach ohne Ihr Wissen verwendet, lassen Sie sie sperren und melden Sie es auf Perceval. Leiten Sie Betrugs-SMS an 33700 (kostenlos) weiter. Wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie; cybermalveillance.gouv.fr kann helfen.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Zeigen Sie Betrug bei der Polizei an – online über die Onlinewache Ihres Bundeslandes, wo es eine gibt, oder bei jeder Polizeidienststelle.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie es der Polizia Postale auf commissariatodips.it und informieren Sie sofort Ihre Bank, wenn Sie Geld verloren haben.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Rufen Sie für eine Beratung die kostenlose Cybersicherheits-Hotline 017 von INCIBE an. Wenn Sie Geld verloren haben, melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Beschweren Sie sich bei Ihrem Anbieter und, wenn das nicht hilft, bei der Regulierungsbehörde NTRA unter 155. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Leiten Sie Betrugs-SMS an 330330 weiter (kostenlos, für alle Anbieter).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie Betrugswebsites an USOM (usom.gov.tr) und Betrug bei einer Polizei- oder Gendarmeriewache oder, wenn er gerade geschieht, unter 112.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie die Nachricht mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Beschweren Sie sich bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie Online-Betrug der nationalen Polizei (DGSN) über e-Blagh (e-blagh.ma); wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Wenn Geld abgebucht wurde, rufen Sie sofort Ihre Bank an und erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Tippen Sie in SMS zu Paketen, Maut oder Bußgeldern keine Links an; prüfen Sie auf der Website oder in der App des Zustellers oder der Behörde selbst. Wenn Sie Kartendaten eingegeben haben, rufen Sie sofort Ihre Bank an. Melden Sie SMS-Betrug an WASPA, den Branchenverband für mobile Nachrichtendienste (waspa.org.za); wenn Sie Geld verloren haben, rufen Sie sofort die Betrugshotline Ihrer Bank an.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Legen Sie bei Anrufen auf, die scheinbar von Ihrer Bank oder der Polizei kommen, und rufen Sie selbst zurück</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Betrüger können jede beliebige Nummer auf Ihrem Bildschirm erscheinen lassen, auch die Ihrer Bank oder der Polizei. Mit Daten aus einem Leak klingen sie echt, und sie drängen Sie, Geld zu überweisen, einen Code vorzulesen oder Kartendaten zu nennen.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie weder Ihre PIN noch Kartendaten, wenn jemand Sie anruft – egal wie echt es klingt. Legen Sie auf und rufen Sie dann selbst die Nummer auf Ihrer Karte, Ihrem Kontoauszug oder der offiziellen Website an.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie Betrugsanrufe auf ReportFraud.ftc.gov und Anrufe mit gefälschter Nummer bei der FCC.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Um einen Anruf Ihrer Bank zu prüfen, rufen Sie 159 an; um einen Betrugsanruf zu melden, schicken Sie CALL und die Nummer per SMS an 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie es bei Scamwatch (scamwatch.gov.au). Wenn Sie Geld verloren haben, wenden Sie sich sofort an Ihre Bank; IDCARE (1800 595 160) hilft, wenn Ihre Identität missbraucht wird.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie Betrug beim Canadian Anti-Fraud Centre unter 1-888-495-8501 oder online; wenn Sie Geld verloren haben, informieren Sie auch Ihre Bank und die örtliche Polizei.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie den Anruf an 33700 (33700.fr). Wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie unerwünschte Anrufe der Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) und Betrugsversuche der Polizei – über die Onlinewache Ihres Bundeslandes oder bei jeder Dienststelle.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie es der Polizia Postale auf commissariatodips.it und informieren Sie sofort Ihre Bank, wenn Sie Geld verloren haben.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Rufen Sie für eine Beratung die kostenlose Cybersicherheits-Hotline 017 von INCIBE an. Wenn Sie Geld verloren haben, melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Beschweren Sie sich bei Ihrem Anbieter und, wenn das nicht hilft, bei der Regulierungsbehörde NTRA unter 155. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie Betrug bei einer Polizei- oder Gendarmeriewache oder, wenn er gerade geschieht, unter 112, und Betrugswebsites an USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie den Anruf mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Anrufe großer Unternehmen zeigen immer öfter einen geprüften Namen und ein Siegel (Origem Verificada); geben Sie aber auch dann bei einem Anruf nie Codes oder Passwörter weiter.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Beschweren Sie sich bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Melden Sie Betrug der nationalen Polizei (DGSN) über e-Blagh (e-blagh.ma); wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Die angezeigte Rufnummer kann gefälscht sein. Überweisen Sie niemals Geld, lesen Sie keinen Code vor und nennen Sie einem Anrufer keine Kartendaten. Legen Sie auf und rufen Sie selbst die Nummer auf Ihrer Karte oder der offiziellen Website an. Wenn Geld abgebucht wurde, rufen Sie sofort Ihre Bank an und erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Reagieren Sie nicht auf Nachrichten, nach denen Ihr Konto gesperrt oder ausgesetzt wird</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>Gefälschte Nachrichten behaupten, Ihr Bankkonto, Ihr Telefonanschluss oder WhatsApp werde gesperrt, wenn Sie Ihre Daten nicht über einen Link oder Anruf „bestätigen“. Der Zeitdruck soll Sie davon abhalten, nachzuprüfen.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an. Öffnen Sie die App der Bank oder des Unternehmens oder geben Sie die Webadresse selbst ein, und prüfen Sie dort. Echte Unternehmen fragen nicht per Nachricht nach Ihrem Passwort, Ihrer PIN oder Codes. Melden Sie die Nachricht Ihrem Anbieter oder in WhatsApp mit Melden und löschen Sie sie dann.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Leiten Sie Betrugs-SMS an 7726 (SPAM) weiter und melden Sie den Betrug auf ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Leiten Sie Betrugs-SMS an 7726 (kostenlos) und Betrugs-E-Mails an report@phishing.gov.uk weiter. Wenn Sie Geld verloren haben, melden Sie es auf reportfraud.police.uk oder in Schottland bei Police Scotland unter 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie es bei Scamwatch (scamwatch.gov.au). Wenn Sie Geld verloren haben, wenden Sie sich sofort an Ihre Bank; IDCARE (1800 595 160) hilft, wenn Ihre Identität missbraucht wird.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie Betrug beim Canadian Anti-Fraud Centre unter 1-888-495-8501 oder online; wenn Sie Geld verloren haben, informieren Sie auch Ihre Bank und die örtliche Polizei.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Leiten Sie Betrugs-SMS an 33700 (kostenlos) weiter. Wenn Sie Geld verloren haben, erstatten Sie Anzeige bei Polizei oder Gendarmerie; cybermalveillance.gouv.fr kann helfen.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Zeigen Sie Betrug bei der Polizei an – online über die Onlinewache Ihres Bundeslandes, wo es eine gibt, oder bei jeder Polizeidienststelle.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie es der Polizia Postale auf commissariatodips.it und informieren Sie sofort Ihre Bank, wenn Sie Geld verloren haben.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Rufen Sie für eine Beratung die kostenlose Cybersicherheits-Hotline 017 von INCIBE an. Wenn Sie Geld verloren haben, melden Sie es der Policía Nacional oder der Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Beschweren Sie sich bei Ihrem Anbieter und, wenn das nicht hilft, bei der Regulierungsbehörde NTRA unter 155. Wenn Sie Geld verloren haben, informieren Sie Ihre Bank und die Polizei.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Leiten Sie Betrugs-SMS an 330330 weiter (kostenlos, für alle Anbieter).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie Betrugswebsites an USOM (usom.gov.tr) und Betrug bei einer Polizei- oder Gendarmeriewache oder, wenn er gerade geschieht, unter 112.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie die Nachricht mit Chakshu auf sancharsaathi.gov.in. Wenn Sie Geld verloren haben, rufen Sie sofort 1930 an oder melden Sie es auf cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Beschweren Sie sich bei Ihrem Anbieter und notieren Sie die Beschwerdenummer; wenn das Problem nicht gelöst wird, wenden Sie sich an die Nigerian Communications Commission unter 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie Online-Betrug der nationalen Polizei (DGSN) über e-Blagh (e-blagh.ma); wenn Sie Geld verloren haben, rufen Sie sofort Ihre Bank an.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Wenn Geld abgebucht wurde, rufen Sie sofort Ihre Bank an und erstatten Sie Strafanzeige (denuncia) bei der Fiscalía oder der Nationalpolizei.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Tippen Sie keine Links an und rufen Sie keine Nummern aus der Nachricht an; prüfen Sie in der App oder auf der Website des Unternehmens selbst. Echte Unternehmen fragen nicht per Nachricht nach Passwörtern, PINs oder Codes. Melden Sie SMS-Betrug an WASPA, den Branchenverband für mobile Nachrichtendienste (waspa.org.za); wenn Sie Geld verloren haben, rufen Sie sofort die Betrugshotline Ihrer Bank an.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Antworten Sie nicht auf SMS von unbekannten Absendern, auch nicht mit STOP: Eine Antwort verrät dem Absender, dass die Nummer benutzt wird. Melden Sie SMS-Betrug und Spam an WASPA, den Branchenverband für mobile Nachrichtendienste (waspa.org.za). Wenn Sie Geld verloren oder Bankdaten preisgegeben haben, rufen Sie sofort die Betrugshotline Ihrer Bank an und erstatten Sie Anzeige bei der Polizei (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Sagen Sie Ihrer IT-Abteilung, dass Ihre dienstliche Adresse geleakt wurde</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Ein Arbeits- oder Schulkonto wird von Ihrer Organisation verwaltet, nicht von Ihnen: Ihre IT-Abteilung kann Anmeldungen prüfen, das Passwort zurücksetzen und die Bestätigung in zwei Schritten aktivieren, und sie muss wissen, dass die Adresse in einem Leak war.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Wenden Sie sich auf dem üblichen Weg an Ihre IT-Abteilung oder den Helpdesk, nicht durch Antwort auf eine Nachricht über das Leak. Sagen Sie, welche Adresse, welches Leak und was geleakt wurde. Fragen Sie, ob Sie das Passwort ändern oder die Bestätigung in zwei Schritten aktivieren sollen, und tun Sie, was man Ihnen sagt. Wenn Sie dieses Passwort anderswo verwendet haben, ändern Sie es auch dort. Wenn die Adresse zu Ihrer eigenen Domain gehört, sichern Sie sie stattdessen bei Ihrem E-Mail-Anbieter.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Ändern Sie das geleakte Passwort überall, wo Sie es verwenden</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Kriminelle probieren die Passwörter aus Leak-Listen als Erstes aus, automatisch, bei E-Mail-, Bank- und Shopping-Websites. Jedes Konto, das dieses Passwort verwendet, ist in Gefahr, bis es ein eigenes Passwort hat.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Ändern Sie es zuerst in Ihrem E-Mail-Konto, weil sich darüber Ihre anderen Passwörter zurücksetzen lassen, dann bei Ihrer Bank, dann in den Konten, mit denen Sie sich anderswo anmelden (Google, Apple, Facebook), und dann überall sonst, wo es oder ein ähnliches verwendet wird. Geben Sie jedem Konto ein eigenes langes Passwort: Ein Passwortmanager kann sie erstellen und sich merken.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Schul- und Studiendaten</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Kontostände</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Adressbuchkontakte</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Altersgruppen</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Altersangaben</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>KI-Eingaben (Prompts)</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Auf Geräten installierte Apps</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Sternzeichen</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Audioaufnahmen</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Anmelde-Tokens</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatare</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Kontonummern</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Schönheitsbewertungen</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Biometrische Daten</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Kurzbiografien</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Browserangaben (User-Agent)</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Browserverläufe</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Kaufvorlieben</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Angaben zum Autobesitz</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Karrierestufen</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Mobilfunknetze</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Spenden</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Chatverläufe</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Staatsbürgerschaft</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Kleidergrößen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Firmennamen</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>Kartenprüfnummern (CVV)</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Kreditkarten</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Bonitätswerte</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Angaben zur Kreditwürdigkeit</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Adressen von Krypto-Wallets</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Hashes von Krypto-Wallets</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Kundenfeedback</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Kundenkontakte</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Kommentare des Kundenservice</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Kundenservice-Akten</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Geburtsdaten</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Sterbedatum</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Sterbevermerke</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Lieferhinweise</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Geräteinformationen</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Seriennummern von Geräten</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Daten zur Gerätenutzung</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Behinderungen</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Anzeigenamen</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Trinkgewohnheiten</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Führerscheine</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Drogenkonsum</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Einkünfte</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Essgewohnheiten</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Bildungsabschlüsse</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Arbeitgeber</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Beschäftigungsstatus</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Verschlüsselte Schlüssel</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Ethnische Herkunft</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Namen von Familienangehörigen</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Familienplanung</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Familienverhältnisse</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Geldanlagen</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Finanztransaktionen</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Fitnesszustand</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Flugreisen</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Forenbeiträge</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Geografische Standorte</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Amtliche Ausweise</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Krankenversicherungsdaten</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Frühere Passwörter</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>HIV-Status</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Angaben zu Immobilienkrediten</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Angaben zum Wohneigentum</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>Homepage-Adressen</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>IMEI-Nummern</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>IMSI-Nummern</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Einkommensklassen</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Messenger-Kennungen</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-Adressen</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>IQ-Werte</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Berufsbezeichnungen</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Bevorzugte Sprachen</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Koordinaten (Breiten- und Längengrad)</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Lebenshaltungskosten</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Kreditinformationen</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Anmeldeverläufe</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Daten aus Treueprogrammen</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-Adressen</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Familienstand</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Militärdienst</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Wiederherstellungsphrasen (Seed-Phrasen)</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Geburtsnamen der Mutter</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Staatsangehörigkeiten</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Nettovermögen</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Spitznamen</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Berufe</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Sorgerechtspläne</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Teilweise Kreditkartendaten</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Teilweise Geburtsdaten</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Teilweise Ausweisnummern</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Teilweise Telefonnummern</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Reisepassnummern</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Passworthinweise</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Passwortstärken</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Zahlungsverläufe</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Zahlungsmethoden</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Persönliche Beschreibungen</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Persönliche Gesundheitsdaten</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Persönliche Interessen</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Postanschriften</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Körperliche Merkmale</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>Geheimzahlen (PINs)</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Geburtsorte</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Parteispenden</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Politische Ansichten</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Private Nachrichten</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Berufliche Fähigkeiten</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Profilfotos</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Profilstatistiken</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Käufe</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Kaufgewohnheiten</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Abstammung</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Wiederherstellungs-E-Mail-Adressen</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Beziehungsstatus</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Religionen</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Guthaben in Prämienprogrammen</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Anreden</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Schulklassen (Klassenstufen)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Sicherheitsfragen und -antworten</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Sexuelle Fetische</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Sexuelle Orientierungen</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Sendungsnummern</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Rauchgewohnheiten</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS-Nachrichten</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Soziale Kontakte</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Social-Media-Profile</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Sozialversicherungsnummern</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Sozioökonomischer Status</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Gesprochene Sprachen</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Namen von Ehepartnern</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Support-Anfragen</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Umfrageergebnisse</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Angaben zu Tätowierungen</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Steuerunterlagen</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Telekommunikationsanbieter</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Reisegewohnheiten</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Reisepläne</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Benutzerstatus</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>Website-Adressen von Benutzern</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Benutzernamen</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Versorgerrechnungen (Strom, Gas, Wasser)</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Fahrzeugdaten</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Fahrzeug-Identifizierungsnummern (FIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Kfz-Kennzeichen</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>VIP-Status</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Garantieansprüche</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Website-Aktivität</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Arbeitsgewohnheiten</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Geburtsjahre</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Jahre an Berufserfahrung</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Eine Combo-Liste aus Zeilen login:password (Anmeldename:Passwort)</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Zeilen wie alice@example.com:hunter2 oder alice99:hunter2 ohne Kopfzeile. Der Anmeldename kann eine E-Mail-Adresse, eine Telefonnummer oder ein Benutzername sein: Jeder wird als das gespeichert, was er ist. Ein Passwort kann selbst Doppelpunkte und Anführungszeichen enthalten: Alles nach dem ersten Doppelpunkt ist das Passwort. Gespeichert wird nur, ob ein Passwort vorhanden ist, nie das Passwort selbst.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>Die 2021 bei Facebook abgegriffenen Daten: eine Datei pro Land, Felder durch Doppelpunkte getrennt</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Zeilen wie 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: ohne Kopfzeile. Die Spalte mit Datum und Uhrzeit (wann das Profil zuletzt gesehen wurde) enthält selbst Doppelpunkte; sie ist oft leer. Telefonnummern haben ihre Ländervorwahl ohne +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>Die Benutzertabelle eines Forums in einem SQL-Dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Ein mysqldump oder pg_dump der Datenbank eines Forums: Die Benutzertabelle wird gelesen (phpbb_users, user von vBulletin, mybb_users, xf_user, wp_users, mit beliebigem Tabellenpräfix), die Zeilen aller anderen Tabellen werden gezählt und nicht gelesen. Benutzernamen und E-Mail-Adressen sind die Kennungen; ob ein Passwort-Hash, ein Geburtstag oder eine IP-Adresse vorhanden ist, wird gespeichert, nie der Wert. Spalten, die die Tabelle eines Forums nicht hat, werden weggelassen.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Ein Stealer-Log in Blöcken aus Zeilen URL:, Username: und Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Die Datei Passwords.txt von Stealer-Logs nach Art von RedLine: ein Datensatz pro im Browser gespeicherter Anmeldung, als Zeilen wie URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 und Application: Chrome; jeder Datensatz endet mit einer Zeile aus =-Zeichen oder einer Leerzeile. Host, Login, USER, PASS und SOFT werden als dieselben Schlüssel gelesen. Der Anmeldename kann eine E-Mail-Adresse, eine Telefonnummer oder ein Benutzername sein: Jeder wird als das gespeichert, was er ist. Gespeichert wird nur, ob ein Passwort vorhanden ist, nie das Passwort selbst.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Ein Stealer-Log aus Zeilen URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Zeilen wie https://accounts.example.com/login:alice@example.com:hunter2 (oder mit | zwischen den Teilen), wie Schadsoftware, die Passwörter stiehlt, sie aus Browsern sammelt. Der Name der Website wird aus der Adresse gelesen; ein Passwort kann selbst Doppelpunkte enthalten. Der Anmeldename kann eine E-Mail-Adresse, eine Telefonnummer oder ein Benutzername sein: Jeder wird als das gespeichert, was er ist. Gespeichert wird nur, ob ein Passwort vorhanden ist, nie das Passwort selbst.</translation>
    </message>
</context>
</TS>
