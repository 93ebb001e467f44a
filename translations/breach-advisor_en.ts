<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
  <context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message numerus="yes">
      <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
      <translation>
        <numerusform>%1 was made on %2. It holds the breach catalog and %n leak file with %3 records.</numerusform>
        <numerusform>%1 was made on %2. It holds the breach catalog and %n leak files with %3 records.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message numerus="yes">
      <source>%1 and %n more</source>
      <translation>
        <numerusform>%1 and %n more</numerusform>
        <numerusform>%1 and %n more</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message numerus="yes">
      <source>about %n second(s) left</source>
      <translation>
        <numerusform>about %n second left</numerusform>
        <numerusform>about %n seconds left</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>about %n minute(s) left</source>
      <translation>
        <numerusform>about %n minute left</numerusform>
        <numerusform>about %n minutes left</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message numerus="yes">
      <source>%1 of %n step(s) done</source>
      <translation>
        <numerusform>%1 of %n step done</numerusform>
        <numerusform>%1 of %n steps done</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message numerus="yes">
      <source>%n phone number(s)</source>
      <translation>
        <numerusform>%n phone number</numerusform>
        <numerusform>%n phone numbers</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n e-mail address(es)</source>
      <translation>
        <numerusform>%n e-mail address</numerusform>
        <numerusform>%n e-mail addresses</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n username(s)</source>
      <translation>
        <numerusform>%n username</numerusform>
        <numerusform>%n usernames</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>You were told about %n breach(es).</source>
      <translation>
        <numerusform>You were told about %n breach.</numerusform>
        <numerusform>You were told about %n breaches.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
      <translation>
        <numerusform>%n breach at services you use may include your details: they are listed apart.</numerusform>
        <numerusform>%n breaches at services you use may include your details: they are listed apart.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message numerus="yes">
      <source>%n min</source>
      <translation>
        <numerusform>%n min</numerusform>
        <numerusform>%n min</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message numerus="yes">
      <source>%1 of %n step(s) done</source>
      <translation>
        <numerusform>%1 of %n step done</numerusform>
        <numerusform>%1 of %n steps done</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message numerus="yes">
      <source>%1 · about %n minute(s)</source>
      <translation>
        <numerusform>%1 · about %n minute</numerusform>
        <numerusform>%1 · about %n minutes</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ChecklistEngine</name>
    <message numerus="yes">
      <source>Your %1 leaked in %2.</source>
      <extracomment>%1 what leaked ("phone number and name"), %2 the breach; n the number of kinds of data</extracomment>
      <translation>
        <numerusform>Your %1 leaked in %2.</numerusform>
        <numerusform>Your %1 leaked in %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>A notice told you that your %1 leaked in %2.</source>
      <translation>
        <numerusform>A notice told you that your %1 leaked in %2.</numerusform>
        <numerusform>A notice told you that your %1 leaked in %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Your %1 may have leaked in %2, which is likely.</source>
      <translation>
        <numerusform>Your %1 may have leaked in %2, which is likely.</numerusform>
        <numerusform>Your %1 may have leaked in %2, which is likely.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Your %1 may have leaked in %2, which is not likely.</source>
      <translation>
        <numerusform>Your %1 may have leaked in %2, which is not likely.</numerusform>
        <numerusform>Your %1 may have leaked in %2, which is not likely.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Your %1 may have leaked in %2.</source>
      <translation>
        <numerusform>Your %1 may have leaked in %2.</numerusform>
        <numerusform>Your %1 may have leaked in %2.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Your %1 may have leaked in %2: %3.</source>
      <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
      <translation>
        <numerusform>Your %1 may have leaked in %2: %3.</numerusform>
        <numerusform>Your %1 may have leaked in %2: %3.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>The same goes for %n other breach(es).</source>
      <translation>
        <numerusform>The same goes for %n other breach.</numerusform>
        <numerusform>The same goes for %n other breaches.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>If you used %1: your %2 may have leaked there; %3.</source>
      <translation>
        <numerusform>If you used %1: your %2 may have leaked there; %3.</numerusform>
        <numerusform>If you used %1: your %2 may have leaked there; %3.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Cli</name>
    <message numerus="yes">
      <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
      <translation>
        <numerusform>Wrote %1: the catalog (%2 breaches) and %n leak import with %3 records, encrypted with the content key and signed with the key %4.</numerusform>
        <numerusform>Wrote %1: the catalog (%2 breaches) and %n leak imports with %3 records, encrypted with the content key and signed with the key %4.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
      <translation>
        <numerusform>breach-advisor-cli: %n argument not checked: write --phone, --email or --username before each identifier.</numerusform>
        <numerusform>breach-advisor-cli: %n arguments not checked: write --phone, --email or --username before each identifier.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln min</source>
      <extracomment>a step's time: "5 min"</extracomment>
      <translation>
        <numerusform>%Ln min</numerusform>
        <numerusform>%Ln min</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Wrote %1's handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
      <translation>
        <numerusform>Wrote %1's handout (%Ln step) to %2. It holds personal details: keep it safe.</numerusform>
        <numerusform>Wrote %1's handout (%Ln steps) to %2. It holds personal details: keep it safe.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 holds %Ln member(s):</source>
      <translation>
        <numerusform>%1 holds %Ln member:</numerusform>
        <numerusform>%1 holds %Ln members:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n second(s)</source>
      <translation>
        <numerusform>%n second</numerusform>
        <numerusform>%n seconds</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Handout</name>
    <message numerus="yes">
      <source>about %n minute(s)</source>
      <translation>
        <numerusform>about %n minute</numerusform>
        <numerusform>about %n minutes</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1 of %n step(s) done.</source>
      <translation>
        <numerusform>%1 of %n step done.</numerusform>
        <numerusform>%1 of %n steps done.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LeakImport</name>
    <message numerus="yes">
      <source>A check can now find the %Ln record(s) they hold.</source>
      <translation>
        <numerusform>A check can now find the %Ln record they hold.</numerusform>
        <numerusform>A check can now find the %Ln records they hold.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
      <translation>
        <numerusform>Text: %Ln row not valid UTF-8, read as %1.</numerusform>
        <numerusform>Text: %Ln rows not valid UTF-8, read as %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
      <translation>
        <numerusform>%Ln value in the username column were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</numerusform>
        <numerusform>%Ln values in the username columns were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) named no site: imported without one.</source>
      <translation>
        <numerusform>%Ln row named no site: imported without one.</numerusform>
        <numerusform>%Ln rows named no site: imported without one.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
      <translation>
        <numerusform>%Ln row named a site after the first 65,535 sites: imported without it.</numerusform>
        <numerusform>%Ln rows named a site after the first 65,535 sites: imported without it.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
      <translation>
        <numerusform>Sites: the logins were for %Ln site; a check names the site of each login it finds.</numerusform>
        <numerusform>Sites: the logins were for %Ln sites; a check names the site of each login it finds.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
      <translation>
        <numerusform>Left out %Ln phone number, e-mail address or username that cannot be right (%1), for example:</numerusform>
        <numerusform>Left out %Ln phone numbers, e-mail addresses or usernames that cannot be right (%1), for example:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Left out %Ln row(s) that did not have the fields of the layout "%1".</source>
      <translation>
        <numerusform>Left out %Ln row that did not have the fields of the layout "%1".</numerusform>
        <numerusform>Left out %Ln rows that did not have the fields of the layout "%1".</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
      <translation>
        <numerusform>Left out %Ln row with no phone number, e-mail address or username that can be right, for example:</numerusform>
        <numerusform>Left out %Ln rows with no phone number, e-mail address or username that can be right, for example:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Left out %Ln row(s), for example:</source>
      <translation>
        <numerusform>Left out %Ln row, for example:</numerusform>
        <numerusform>Left out %Ln rows, for example:</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
      <translation>
        <numerusform>Not read: %Ln row in other tables of the dump: %1.</numerusform>
        <numerusform>Not read: %Ln rows in other tables of the dump: %1.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
      <translation>
        <numerusform>%Ln line had fields the first lines did not have, and those fields were not read: %1</numerusform>
        <numerusform>%Ln lines had fields the first lines did not have, and those fields were not read: %1</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>LeakImporter</name>
    <message numerus="yes">
      <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
      <translation>
        <numerusform>%1: none of its %Ln row fits the layout %2 (line %3: %4). Nothing was imported.</numerusform>
        <numerusform>%1: none of its %Ln rows fits the layout %2 (line %3: %4). Nothing was imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%Ln row(s)</source>
      <translation>
        <numerusform>%Ln row</numerusform>
        <numerusform>%Ln rows</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: %Ln row(s) of %2 did not fit the file's layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
      <translation>
        <numerusform>%1: %Ln row of %2 did not fit the file's layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</numerusform>
        <numerusform>%1: %Ln rows of %2 did not fit the file's layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
      <translation>
        <numerusform>%1: none of its %Ln row has a valid phone number, e-mail address or username%2. Nothing was imported.</numerusform>
        <numerusform>%1: none of its %Ln rows has a valid phone number, e-mail address or username%2. Nothing was imported.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%1: none of the archive's %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
      <translation>
        <numerusform>%1: none of the archive's %Ln member is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</numerusform>
        <numerusform>%1: none of the archive's %Ln members is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Plan</name>
    <message numerus="yes">
      <source>Nothing could be checked, so this is not a "nothing found". Below: %n general good habit(s), not caused by a leak.</source>
      <translation>
        <numerusform>Nothing could be checked, so this is not a "nothing found". Below: %n general good habit, not caused by a leak.</numerusform>
        <numerusform>Nothing could be checked, so this is not a "nothing found". Below: %n general good habits, not caused by a leak.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
      <translation>
        <numerusform>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit, not caused by a leak.</numerusform>
        <numerusform>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habits, not caused by a leak.</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n from leaks your details were found in</source>
      <translation>
        <numerusform>%n from leaks your details were found in</numerusform>
        <numerusform>%n from leaks your details were found in</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n from breaches a notice told you about</source>
      <translation>
        <numerusform>%n from breaches a notice told you about</numerusform>
        <numerusform>%n from breaches a notice told you about</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n from breaches at services you use that may hold you</source>
      <translation>
        <numerusform>%n from breaches at services you use that may hold you</numerusform>
        <numerusform>%n from breaches at services you use that may hold you</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n general tip(s)</source>
      <translation>
        <numerusform>%n general tip</numerusform>
        <numerusform>%n general tips</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n step(s): %1.</source>
      <extracomment>%1: how many steps come from each kind of evidence</extracomment>
      <translation>
        <numerusform>%n step: %1.</numerusform>
        <numerusform>%n steps: %1.</numerusform>
      </translation>
    </message>
  </context>
</TS>
