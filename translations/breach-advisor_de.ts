<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  catalog import FILE [--json]
                          add or update breaches from Have I Been Pwned JSON
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          a breach the catalog does not have yet
  catalog list [--json]
  catalog show NAME [--json]
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 (see person --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         [--max-bad-rows N|P%] [--header]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --header               the first line names the columns even if it looks like data
                         (without it or --no-header: a first line with an e-mail
                         address or a long number is read as data)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import FILE --breach NAME [--format csv|tsv|jsonl|json|sql] [--no-header] [--delimiter C]
         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...
         [--field &quot;DATA CLASS=COLUMN[,COLUMN]&quot;]... [--preset NAME]
         [--encoding utf-8|windows-1252|latin1] [--phone-format international|national|auto]
         [--region CC] [--exact-phone-validation] [--memory-mb N] [--dry-run] [--json]
                          add a leak file (CSV, TSV, JSON Lines; .gz too) to the index
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>         [--login COLUMN]... [--table NAME]...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [the options above]
                          add the leak files in a zip, 7z or tar archive (.tar.gz, .bz2,
                          .xz, .zst too), each as an import of its own
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>about text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>browser details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passport number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Political views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Races</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Religions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
