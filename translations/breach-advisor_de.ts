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
        <source>Your %2 was in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %2 were in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %2 may also be in %1, a leak at a service you use.</source>
        <extracomment>%1 a breach at a service the person uses, %2 what leaked there (&quot;phone number and name&quot;)</extracomment>
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
        <source>Usage: breach-advisor-cli [--vault DIR] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
  init [--kdf-strength interactive|moderate|sensitive]
                          create a vault and print its recovery key
  vault info [--json]     what the vault holds
  vault change-passphrase --new-passphrase-file FILE
  vault recover --recovery-key-file FILE --new-passphrase-file FILE
                          set a new passphrase with the printed recovery key
  catalog import FILE [--json]
                          add or update breaches from Have I Been Pwned JSON
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT]
  catalog list [--json]
  catalog show NAME [--json]
  normalize --phone TEXT [--region CC] [--json]
  normalize --email TEXT | --username TEXT [--json]
  import FILE --breach NAME [--format csv|tsv|jsonl] [--no-header] [--delimiter C]
         [--phone COLUMN]... [--email COLUMN]... [--username COLUMN]...
         [--field &quot;DATA CLASS=COLUMN[,COLUMN]&quot;]...
         [--phone-format international|national|auto] [--region CC] [--dry-run] [--json]
                          add a leak file (CSV, TSV, JSON Lines; .gz too) to the index
  check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--region CC] [--json]
                          which breaches hold these identifiers, and what of them
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          also builds the plan of what to do (in --json: &quot;plan&quot;)
  person add NAME [--phone TEXT]... [--email TEXT]... [--username TEXT]...
             [--country CC] [--uses SERVICE]... [--platform P]...
  person list [--json]
  plan --person NAME [--json]   the person&apos;s plan, with their progress
  step done|skip|na STEP_ID --person NAME [--note TEXT]
  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID  undo one import

Options:
  --vault DIR             the vault folder (default: %1)
  --passphrase-file FILE  read the passphrase from the first line of FILE;
                          else $BREACH_ADVISOR_PASSPHRASE, else a prompt
  --json                  machine-readable output

Exit status: 0 success, 1 failure, 2 usage error, 3 wrong passphrase or vault in use,
4 input file rejected.
</source>
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
        <source>Use vault info, vault change-passphrase or vault recover.</source>
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
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--region &quot;%1&quot; is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format is csv, tsv or jsonl.</source>
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
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone numbers: %1 format. %2</source>
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
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot; in %4 s (%5 rows/s): %6 records, %7 bytes on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1 rows without a valid phone number, e-mail or username, for example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--region CC]</source>
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
        <source>There is no import %1. See index stats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do these first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: %1 steps, %2 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General tips</source>
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
        <source>Usage: person add NAME [--phone TEXT]... [--email TEXT]... (see --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Nothing was saved.</source>
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
        <source>Use person add NAME ... or person list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault. See person list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Nothing to do for now; check again after importing more leaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: step done|skip|na STEP_ID --person NAME [--note TEXT]</source>
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
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 already exists.</source>
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
        <source>the file cannot be read (%1)</source>
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
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary file of the import is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2</source>
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
        <source>no country code and no --region</source>
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
        <source>National-format phone numbers need the country: add --region CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say which with --phone-format international or --phone-format national --region CC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. Add it first with catalog add, or see catalog list.</source>
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
        <source>The import was cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>%1 &quot;%2&quot;: the file has no such column. Its columns are: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone, e-mail or username column: name one with --phone, --email or --username COLUMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: &quot;%2&quot; is not a data class this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
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
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A step is done, skipped or not_applicable.</source>
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
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable.</source>
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
        <source>Cannot write %1: %2</source>
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
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key. Keep it safe: without it the backup cannot be restored. On an iPhone, your phone&apos;s own iCloud Backup can still hold an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
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
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. In the app the same menu is under Menu &gt; Settings &amp; privacy &gt; Settings; menu names may differ by version.</source>
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
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set Who can look you up using the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
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
        <source>Check where you are logged in to Instagram and who can find you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing devices you do not know throws out anyone already signed in; limiting discovery by phone number and e-mail makes you harder to find from leaked data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Instagram open Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in, and log out of anything you do not recognise. Then look through Settings and privacy for the account privacy and contact-syncing settings and turn off what you do not need. Menu names may differ by app version.</source>
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
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security and look for the list of places you are signed in; sign out of those you do not recognise. Under Visibility, limit who can find your profile using your e-mail address or phone number. Menu names may differ by version.</source>
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
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Safety Check (Settings &gt; Privacy &amp; Security &gt; Safety Check, iOS 16 or later) also reviews who can see your data. Wording may differ by iOS version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise.</source>
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
        <source>The recent activity page shows sign-ins from the last 30 days; one you do not recognise means someone else has your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open account.live.com/activity. If you see a sign-in that was not you, choose This wasn&apos;t me and follow the steps to secure your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of the breached account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the service named below and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
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
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them in your password manager.</source>
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
        <source>Your e-mail address leaked, and your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
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
        <source>Freezing is free and does not hurt your score. Contact each of the three bureaus: Equifax 800-525-6285, Experian 888-397-3742, TransUnion 800-680-7289 (or their websites). A freeze placed online or by phone starts within one business day; lift it for an hour when you apply for credit. If you do not freeze, at least place a free one-year fraud alert with one bureau, which tells the other two. Check your free reports at AnnualCreditReport.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. Check your credit report at least once a year.</source>
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
        <source>Request your free data copy (Datenkopie nach Art. 15 DSGVO) from SCHUFA to check for contracts you did not sign, and tell SCHUFA if your identity is being misused.</source>
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
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland).</source>
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
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache. Tell your bank and any company where accounts were opened in your name.</source>
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
        <source>Sign out of all sessions of the breached account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the breached service&apos;s security settings, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
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
        <source>An IP address shows your rough location and internet provider. Old addresses usually change, so this is low risk; a router kept up to date stays safe either way.</source>
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
        <source>With your number and name, a criminal can ask your operator for a new SIM or to move your number to another network, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for SIM-swap and number-transfer (port-out) protection, or at least a PIN or password on your account that must be given for any SIM change or transfer. Operators do not always advertise it: ask for it by name. Never give your account details to someone who calls you claiming to be your operator; hang up and call the number on your bill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US operators must offer this since July 2024 (FCC rules). T-Mobile: turn on SIM Protection and Port Out Protection (Account Takeover Protection) in the T-Life app or on T-Mobile.com under your profile &gt; Security. Verizon: turn on Number Lock and SIM Protection in the My Verizon app under account security. AT&amp;T: turn on Wireless Account Lock in the myAT&amp;T app &gt; Services &gt; Mobile Security. Other operators: call and ask for a SIM-change and port-out lock. Your operator will never call to ask you to turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a SIM replacement your operator blocks SMS for 24 hours and number porting for 7 days, which gives you time to notice: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in use Know Mobile Connections in Your Name (TAFCOP) to see every number registered with your ID and report any that are not yours.</source>
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
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency, threats and requests for money or personal details. If a message or call seems to come from a company you know, hang up and contact the company using the number on its website, your card or your bill. A family member writing from a new number should be checked by calling their old number.</source>
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
        <source>Forward scam texts to 7726 (free). Forward scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or 0300 123 2040 (England, Wales and Northern Ireland).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report unwanted calls and spam texts to the Bundesnetzagentur using its online forms at bundesnetzagentur.de/aergermitrufnummern. Do not call back missed calls from unknown numbers. If you lost money, report it to the police; every state has an online police station (Onlinewache).</source>
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
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). For help as a victim of online fraud, and for what to do next, use cybermalveillance.gouv.fr. If you lost money, tell your bank and file a complaint with the police or gendarmerie.</source>
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
        <source>Send a short message to the people you are in touch with most: you will never ask them for money or a code by message, and if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
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
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), look in the privacy settings for who can find you by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Search engines can be asked to drop results showing your number or address (Google: Results about you); this does not remove the page itself.</source>
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
        <source>Since 2017 operators must check your identity properly before replacing a SIM (NCC guidelines). Keep your registration details up to date with your operator and ask whether it offers a PIN for SIM changes. If your SIM suddenly stops working, call your operator and your bank at once from another phone: SIM-swap fraud is used to empty bank accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report nuisance and scam calls to the National Telecom Regulatory Authority (NTRA): call 155, use the My NTRA app, or the form at fraud.tra.gov.eg. Complain to your operator first about anything on your line; 155 takes complaints the operator did not solve. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, all operators). Report other fraud to the police through the Kollona Amn (كلنا أمن) app. If you gave away bank details, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to BTK&apos;s İhbar Web (ihbarweb.org.tr), and fraud to the police (155) or the public prosecutor. If you sent money, call your bank at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop telemarketing from telecom companies and banks; legitimate telemarketing comes from numbers starting 0303. Complain to Anatel on 1331 if calls continue. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop unsolicited texts and calls by texting STOP to 2442 (the Do-Not-Disturb service). Complain to your operator first; if it does not solve the problem, call the Nigerian Communications Commission on 622 (toll-free, weekdays and Saturdays 8:30 to 17:00) with your complaint number. If you lost money, tell your bank and the police.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
