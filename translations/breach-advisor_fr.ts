<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>Les données de %1 comptes de %2 ont fuité en %3. Elles comprenaient&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>Des données de comptes de %1 ont fuité en %2. Elles comprenaient&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Ces données seraient inventées de toutes pièces.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Il s&apos;agit d&apos;une liste utilisée pour envoyer du spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>Son authenticité n&apos;a pas été confirmée.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Saisie à la main dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Informations&#xa0;: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Informations&#xa0;: recherches de Breach Advisor à partir des sources ci-dessus.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Informations&#xa0;: issues d&apos;un fichier catalogue importé.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Importer le paquet d&apos;un service d&apos;assistance</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1 a été créé le %2. Il contient le catalogue des fuites et %n fichier de fuite avec %3 enregistrements.</numerusform>
            <numerusform>%1 a été créé le %2. Il contient le catalogue des fuites et %n fichiers de fuite avec %3 enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Il est signé par %1, un service d&apos;assistance auquel ce coffre-fort se fie (clé %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Il est signé par une clé à laquelle ce coffre-fort ne se fie pas encore&#xa0;:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Demandez à votre service d&apos;assistance son fichier de clé publique (.pub) et vérifiez, par téléphone ou sur papier, que sa clé est bien la même. Ensuite seulement, choisissez-le ci-dessous&#xa0;: ce coffre-fort acceptera désormais les paquets signés par ce service d&apos;assistance.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Il est plus ancien que le dernier paquet reçu de ce service d&apos;assistance (créé le %1)&#xa0;: il peut s&apos;agir d&apos;une ancienne copie présentée à nouveau. L&apos;importer &amp;quand même</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Fichier de clé publique du service d&apos;assistance</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>Clé &amp;publique du service d&apos;assistance (.pub)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Choisir la clé publique du service d&apos;assistance</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>p. ex. Service d&apos;assistance de la bibliothèque municipale</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;Nom du service d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Fichier de clé d&apos;agent</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>Clé d&apos;&amp;agent (.agent)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Choisir la clé d&apos;agent</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Clés d&apos;agent (*.agent);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Le paquet contient des empreintes d&apos;identifiants et les types de données qui ont fuité, jamais les valeurs divulguées. Il n&apos;est lu que si sa signature est valide sur chaque octet&#xa0;; sinon, rien ne change.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Choisissez le fichier de clé d&apos;agent que votre service d&apos;assistance vous a remis.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Choisissez le fichier de clé publique du service d&apos;assistance, une fois que vous avez vérifié que sa clé est identique à celle indiquée ci-dessus.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Vérification de la signature et importation…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>La clé de %1 (%2) n&apos;est pas celle qui a signé ce paquet. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Ce qui a fuité</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 comptes&#xa0;: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 comptes</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>nombre de comptes inconnu</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Catalogue des fuites</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>une entreprise ou un site web, p. ex. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>Ce qui a &amp;fuité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvice&#xa0;:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>À propos de la fuite</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>On m&apos;a &amp;dit que je suis dans cette fuite…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%1 fuites affichées sur %2. Informations issues de Have I Been Pwned (CC BY 4.0), sauf mention contraire pour une fuite.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>La nouvelle phrase secrète ouvrira désormais le coffre-fort&#xa0;; votre clé de récupération reste valable. Si vous pensez que quelqu&apos;un connaît votre phrase secrète et possède peut-être une copie du coffre-fort, changer de phrase secrète ne suffit pas à protéger cette copie.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Retapez la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Changer</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Comptes touchés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>peut inclure&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2&#xa0;: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1&#xa0;; sites des identifiants divulgués&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Non utilisée</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Numéros de téléphone (recherchés)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Adresses e-mail (recherchées)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Noms d&apos;utilisateur (recherchés)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (présence uniquement)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Colonne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Adresses web (le site de chaque identifiant)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Aucun pays (numéros commençant par +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Bienvenue dans Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Découvrez si vos informations ont fuité, ce qui a fuité et que faire</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor compare des numéros de téléphone, des adresses e-mail et des noms d&apos;utilisateur aux fuites connues et aux fichiers de fuite que vous importez, puis établit un plan d&apos;étapes simples, pour vous ou pour une personne que vous aidez.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Rien de ce que vous saisissez ici ne quitte cet ordinateur&#xa0;: pas de compte, pas de connexion Internet. Tout est conservé dans un coffre-fort chiffré que seule votre phrase secrète peut ouvrir.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Mémoriser sur cet ordinateur (pas besoin de phrase secrète pour l&apos;ouvrir ici)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Création de votre coffre-fort. Cela prend un moment.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>La phrase secrète ouvre votre coffre-fort. Quatre mots ou plus sans rapport entre eux sont faciles à retenir et difficiles à deviner. Vous pouvez la coller depuis un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-la&#xa0;:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Retapez la phrase secrète</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>La mémorisation utilise le trousseau de cet ordinateur&#xa0;: toute personne pouvant utiliser votre compte sur cet ordinateur pourrait alors ouvrir le coffre-fort. Laissez cette option désactivée sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Si vous oubliez la phrase secrète, seule la clé de récupération de la page suivante pourra ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>J&apos;ai &amp;imprimé ou noté ma clé de récupération et je l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Si vous oubliez un jour votre phrase secrète, cette clé est le seul moyen de rouvrir votre coffre-fort. Elle n&apos;est affichée que maintenant. Imprimez-la ou notez-la, et conservez-la loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Votre coffre-fort est prêt</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Ajoutez-vous maintenant, ou ajoutez la personne que vous aidez&#xa0;: ses numéros de téléphone, ses adresses e-mail et les services qu&apos;elle utilise. Breach Advisor indique ensuite ce qui a fuité et que faire, étape par étape.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Configurer Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Contenu de la colonne</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Choisir un fichier de fuite…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>La première ligne contient les &amp;noms des colonnes</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Supprimer cette importation…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Importer un fichier de fuite</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Les fichiers de fuite (CSV, TSV ou JSON Lines, compressés en gzip ou non) sont lus sur cet ordinateur. Seules des empreintes à clé des numéros de téléphone, adresses e-mail et noms d&apos;utilisateur sont conservées, ainsi que les types de données présents dans chaque enregistrement — jamais les valeurs divulguées.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Le fichier est lu selon les réglages ci-dessous. La plupart des fichiers ne demandent aucune modification ici.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Aucune&#xa0;: la déduire du fichier</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>Structure de fuite &amp;connue&#xa0;:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Détecté dans le fichier (virgule, point-virgule, tabulation, barre verticale ou deux-points)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barre verticale |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Deux-points&#xa0;:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Champs &amp;séparés par&#xa0;:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Détecté dans le fichier (UTF-8, sinon Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Europe occidentale)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>Le &amp;texte est encodé en&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Contenu de chaque colonne (corrigez-le si la suggestion est fausse)&#xa0;:</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Contenu de chaque colonne</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>Fuite d&apos;où provient le fichier</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Nouvelle fuite…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>&amp;Fuite d&apos;origine&#xa0;:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Avec l&apos;indicatif du pays (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Comme on les compose dans un pays (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>Format des &amp;numéros de téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>Leur &amp;pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Vous pouvez utiliser le reste de l&apos;application pendant ce temps. Annuler ne modifie rien.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Ce qui n&apos;a pas été importé, avec des exemples</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importer un &amp;autre fichier</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Déjà importés</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Fichiers de fuite importés</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Choisissez la fuite…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Choisir un fichier de fuite</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Aucune colonne n&apos;a été reconnue comme contenant des numéros de téléphone, des adresses e-mail ou des noms d&apos;utilisateur&#xa0;: indiquez quelle colonne les contient.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Une fuite absente du catalogue</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Entreprise ou &amp;service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Date de la fuite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>Nombre de &amp;comptes (si connu)&#xa0;:</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Ce qui a fuité est déduit des colonnes que vous associez.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Indiquez quelle colonne contient des numéros de téléphone, des adresses e-mail ou des noms d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Choisissez la fuite dont provient le fichier, ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Pour des numéros écrits comme on les compose dans un pays, il faut indiquer ce pays.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>L&apos;importation a été annulée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 lignes lues, %2 lignes par seconde</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importation&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Écriture de l&apos;index chiffré&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Importation&#xa0;: écriture de l&apos;index</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Choisissez dans la liste l&apos;importation à supprimer.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Supprimer cette importation&#xa0;?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Les enregistrements de %1 (%2) seront supprimés de l&apos;index. Les résultats des personnes changeront en conséquence. Le fichier lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Suppression&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Supprimé. Libération de l&apos;espace disque…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Supprimé. Le coffre-fort occupe %1 de moins.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Ignorer toutes les lignes non conformes</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Fichiers de fuite et archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Archive&#xa0;: %1. Ses colonnes sont celles de %2&#xa0;; chaque fichier de fuite de l&apos;archive est importé séparément, avec cette correspondance des colonnes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Non lu dans l&apos;archive&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Importer le &amp;paquet d&apos;un service d&apos;assistance…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Ou, si un service d&apos;assistance a préparé pour vous le catalogue et les fichiers de fuite&#xa0;: son paquet signé, avec la clé d&apos;agent qu&apos;il vous a remise.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Choisir le paquet d&apos;un service d&apos;assistance</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Paquets (*.bundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Paquet signé par %1 importé (créé le %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Il était plus ancien que le dernier paquet reçu de ce service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Fuites&#xa0;: %1 nouvelles, %2 mises à jour.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Fichiers de fuite&#xa0;: %1 ajoutés avec %2 enregistrements&#xa0;; %3 étaient déjà présents.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>environ %n seconde restante</numerusform>
            <numerusform>environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>environ %n minute restante</numerusform>
            <numerusform>environ %n minutes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Fuite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importé le</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espace utilisé</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1, fichier %2&#xa0;: %3 enregistrements</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Avis</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Remarque&#xa0;:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Terminé&#xa0;:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Attention&#xa0;:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problème&#xa0;:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Verrouiller le coffre-fort maintenant (Ctrl+L)&#xa0;: plus rien de personnel ne reste à l&apos;écran</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Vérification rapide</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Importer une fuite</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Catalogue des fuites</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuration</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 – Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Ceci est le coffre-fort de démonstration&#xa0;: sa phrase secrète est «&#xa0;demo&#xa0;».</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Vérifier un mot de passe</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Afficher ou masquer ce que vous avez saisi</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>La touche Verr. Maj semble activée&#xa0;: les lettres sont tapées en majuscules.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Ce n&apos;est pas la même que la phrase secrète ci-dessus.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Importer la &amp;liste…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Importer un &amp;dossier de fichiers de préfixe…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Où cette personne utilise ce mot de passe</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>&amp;Vérifier le mot de passe</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>Ouvrir son &amp;plan</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Vérifier un mot de passe</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Un mot de passe figure-t-il dans la liste des mots de passe divulgués lors de fuites&#xa0;? Les criminels les essaient en premier. La vérification se fait uniquement sur cet ordinateur&#xa0;: le mot de passe n&apos;est ni enregistré ni envoyé nulle part, et le champ est vidé après chaque vérification.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>La liste des mots de passe divulgués</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>À &amp;qui est ce mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Mot de passe à vérifier</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Personne en particulier (rien n&apos;est conservé)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>La liste des mots de passe divulgués présente sur cet ordinateur est inutilisable (voir ci-dessous)&#xa0;: importez-la à nouveau.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 mots de passe divulgués (%2), importés le %3 depuis %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Importer une &amp;liste plus récente…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Saisissez le mot de passe à vérifier.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Importez d&apos;abord la liste des mots de passe divulgués&#xa0;: sans elle, aucune vérification n&apos;est possible.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Conservé avec %1&#xa0;: l&apos;un de ses mots de passe est connu (rien du mot de passe lui-même n&apos;est gardé). Son plan commence désormais par le changement de ce mot de passe.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Choisir la liste des mots de passe divulgués</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Choisir le dossier des fichiers de préfixe</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Importation de la liste des mots de passe divulgués…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Lecture de la liste&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Importation de la liste des mots de passe divulgués&#xa0;: %1&#xa0;%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>L&apos;importation a été annulée. La liste n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Il n&apos;y a pas encore de liste de mots de passe divulgués sur cet ordinateur. Téléchargez une seule fois la liste « Pwned Passwords » de Have I Been Pwned, sur n&apos;importe quel ordinateur connecté à Internet (haveibeenpwned.com/Passwords explique comment), puis importez ici le fichier, ou le dossier de fichiers. La liste est constituée de données publiques : rien de ce que vous vérifiez n&apos;est envoyé nulle part.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Aucune étape pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 sur %n étape terminée</numerusform>
            <numerusform>%1 sur %n étapes terminées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>On m&apos;a &amp;dit que je suis dans une fuite…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Personne pour l&apos;instant. Ajoutez-vous, ou ajoutez la personne que vous aidez.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Choisissez une personne pour voir ce qui a fuité et que faire.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Les informations de %1 ont été enregistrées.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Supprimer %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, ses informations et sa progression seront supprimés de ce coffre-fort. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Supprimer %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 ne figure plus dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Ajoutez d&apos;abord la personne qui a reçu la notification.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>un nom ou un surnom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Ajouter un autre numéro de &amp;téléphone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Ajouter une autre adresse &amp;e-mail</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Ajouter un autre nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Services utilisés</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Son téléphone et son ordinateur</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Un téléphone &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Un &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Un &amp;ordinateur</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Ce que vous saisissez reste dans le coffre-fort chiffré de cet ordinateur.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Numéro de téléphone %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>La même que l&apos;application</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>Elle &amp;lit{NB}:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Date&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Comptes touchés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site web&#xa0;: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Ce qui a fuité&#xa0;:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Vos informations concernées&#xa0;:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Selon la notification, ceci a fuité&#xa0;:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Ce qui a fuité (vos informations en font peut-être partie)&#xa0;:</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>De quoi il s&apos;agit&#xa0;:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Risque qu&apos;elle vous concerne&#xa0;:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>On m&apos;a &amp;signalé une fuite</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>Im&amp;primer la fiche…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Enregistrer la fiche en P&amp;DF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Ce qui a été &amp;vérifié&#xa0;:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Fuites&#xa0;:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>À propos de la fuite</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Ce qui a fuité</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n numéro de téléphone</numerusform>
            <numerusform>%n numéros de téléphone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n adresse e-mail</numerusform>
            <numerusform>%n adresses e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nom d&apos;utilisateur</numerusform>
            <numerusform>%n noms d&apos;utilisateur</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Rien de cette vérification n&apos;est enregistré. Effacez-la quand vous avez terminé.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>On vous a signalé %n fuite.</numerusform>
            <numerusform>On vous a signalé %n fuites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n fuite touchant un service que vous utilisez peut inclure vos informations&#xa0;: elle est indiquée à part.</numerusform>
            <numerusform>%n fuites touchant des services que vous utilisez peuvent inclure vos informations&#xa0;: elles sont indiquées à part.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1&#xa0;: non vérifié. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1&#xa0;: trouvé dans %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1&#xa0;: absent des fichiers de fuite importés</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune fuite à afficher. Seuls les fichiers de fuite importés dans ce coffre-fort et les fuites des services que vous avez indiqués ont été examinés.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Plan Breach Advisor pour %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Plan Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Enregistrer la fiche</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Page web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Enregistré dans %1. Ce fichier contient des informations personnelles&#xa0;: conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Indiquer son pa&amp;ys…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Étapes non incluses, faute de pays connu&#xa0;: %1. Indiquez son pays pour les ajouter.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1&#xa0;: non recherché, aucun fichier de fuite n&apos;est importé</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Choisissez une fuite pour voir ce qu&apos;elle contenait de vous.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Vérifier &amp;un de ses mots de passe…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Ce numéro ne peut pas être correct&#xa0;: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>commencez par + et l&apos;indicatif du pays</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>par exemple %1 ou %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>De quel pays est ce numéro ? Choisissez son pays, ou commencez par + et l&apos;indicatif du pays.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Mis de côté</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Terminées&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (commencez ici)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n&#xa0;min</numerusform>
            <numerusform>%n&#xa0;min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, environ %3 minutes%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, commencez ici</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1&#xa0;: %2 sur %3 terminées</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Liste des étapes</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Une étape à la &amp;fois</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Étapes du plan</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Aucune étape pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 sur %n étape terminée</numerusform>
            <numerusform>%1 sur %n étapes terminées</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Une autre tâche est en cours (une importation&#xa0;?)&#xa0;: ce changement sera enregistré dès qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Annulé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>« %1 » marqué comme fait</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>« %1 » mis de côté pour l&apos;instant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>« %1 » marqué comme ne vous concernant pas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>« %1 » remis dans la liste de tâches</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avancement du plan</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Tout oublier</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Vérification rapide</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Vérifiez des numéros de téléphone, des adresses e-mail ou des noms d&apos;utilisateur sans les enregistrer. Rien n&apos;est conservé&#xa0;: ce que vous saisissez et ce qui est trouvé sont oubliés quand vous quittez cette page ou verrouillez l&apos;application.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Pays des numéros sans &amp;indicatif&#xa0;:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Un par ligne, p. ex.
0100 123 4567
name@example.com
pseudo</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;À vérifier&#xa0;:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Saisissez au moins un numéro de téléphone, une adresse e-mail ou un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Une autre tâche est en cours (une importation&#xa0;?)&#xa0;: la vérification démarrera dès qu&apos;elle sera terminée.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Services utilisés</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Cochez les services utilisés et relancez la vérification.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Étapes non incluses, faute de pays connu&#xa0;: %1. Choisissez le pays ci-dessus et relancez la vérification pour les ajouter.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Vérifier un &amp;mot de passe…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Votre nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Je l&apos;ai &amp;imprimée ou notée</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Voici votre nouvelle clé de récupération. Elle n&apos;est affichée que maintenant&#xa0;: imprimez-la ou notez-la, et gardez-la loin de cet ordinateur. Dès que vous cochez la case ci-dessous et fermez cette fenêtre, elle remplace l&apos;ancienne, qui cesse alors de fonctionner.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Enregistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clé de récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Clé de récupération Breach Advisor

%1

Conservez ce papier en lieu sûr, loin de l&apos;ordinateur&#xa0;: avec lui, n&apos;importe qui peut ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Enregistré dans %1. Déplacez ce fichier hors de cet ordinateur (sur une clé USB, ou imprimez-le), puis supprimez-le ici.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>Impossible d&apos;enregistrer %1&#xa0;: %2. Rien n&apos;a été enregistré&#xa0;: choisissez un autre emplacement, ou imprimez la clé.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>Elle n&apos;est &amp;pas dans la liste&#xa0;: la décrire</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>On m&apos;a dit que je suis dans une fuite</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Une entreprise ou un article de presse a indiqué que vos informations faisaient partie d&apos;une fuite&#xa0;? Choisissez-la ici et cochez ce qui a fuité selon la notification. Vous obtenez un plan adapté, conservé avec cette personne.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Qui a reçu la notification&#xa0;:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>le nom de l&apos;entreprise, p. ex. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Trouver la fuite&#xa0;:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Fuites</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>p. ex. Club sportif municipal</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Entreprise ou &amp;service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Date de la fuite (ou de la notification)&#xa0;:</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Ce qui a fuité selon la notification</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Établir mon &amp;plan</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Ajoutez d&apos;abord la personne, puis parlez de la notification à l&apos;application.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Indiquez l&apos;entreprise ou le service concerné par la notification.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Saisie à partir d&apos;une notification de fuite.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Choisissez la fuite dans la liste, ou décrivez-la si elle n&apos;y figure pas.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Cochez au moins un type de données cité dans la notification.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte&#xa0;:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Sécurité du coffre-fort</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Changer la phrase secrète…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Créer une &amp;nouvelle clé de récupération…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Quelqu&apos;un connaît peut-être ma phrase secrète&#xa0;: renouveler &amp;toutes les clés…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Changer seulement de phrase secrète ne protège pas une copie du coffre-fort que quelqu&apos;un possède peut-être déjà. Ceci rechiffre tout avec une nouvelle clé, une nouvelle phrase secrète et une nouvelle clé de récupération.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Aider d&apos;autres personnes</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>facultatif&#xa0;: affiché sur les fiches imprimées</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom&#xa0;:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre-fort</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Dossier&#xa0;: %1
%2 fuites dans le catalogue (informations les plus récentes&#xa0;: %3)
Chiffrement&#xa0;: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Cet ordinateur mémorise maintenant le coffre-fort.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Cet ordinateur ne mémorise plus le coffre-fort.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Changement de la phrase secrète…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>La phrase secrète a été changée. Votre clé de récupération fonctionne toujours. Remarque&#xa0;: une copie du coffre-fort faite avant le changement s&apos;ouvre encore avec l&apos;ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Créer une nouvelle clé de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>La clé de récupération que vous avez imprimée cessera de fonctionner. La nouvelle vous sera montrée une seule fois, pour que vous l&apos;imprimiez ou la notiez.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Créer une &amp;nouvelle clé</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Renouveler toutes les clés</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Rechiffrement du coffre-fort avec de nouvelles clés. Cela prend un moment.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>Le coffre-fort a de nouvelles clés. L&apos;ancienne phrase secrète et l&apos;ancienne clé de récupération n&apos;ouvrent plus rien, pas même une ancienne copie du fichier de clés.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Les mêmes que l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ouleurs&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Mémoriser ce coffre-fort sur cet ordinateur</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Il s&apos;ouvre alors ici sans la phrase secrète. Toute personne pouvant utiliser votre compte sur cet ordinateur pourrait alors ouvrir le coffre-fort&#xa0;: laissez cette option désactivée sur un ordinateur partagé.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>La nouvelle clé de récupération n&apos;a pas été conservée, donc rien n&apos;a changé&#xa0;: l&apos;ancienne fonctionne toujours.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>La nouvelle clé de récupération est en place. L&apos;ancienne ne fonctionne plus.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>La nouvelle clé de récupération n&apos;a pas été conservée, donc les clés du coffre-fort n&apos;ont pas été renouvelées&#xa0;: l&apos;ancienne phrase secrète et l&apos;ancienne clé de récupération fonctionnent toujours.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>C&apos;est &amp;fait</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Je le ferai &amp;plus tard</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Ne me &amp;concerne pas</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Retour à ma liste de tâches</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Instructions pour</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>facultatif, p. ex. «&#xa0;code PIN rangé dans le coffre familial&#xa0;»</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Étape &amp;précédente</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>Étape &amp;suivante →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Rien à faire pour le moment.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Choisissez une étape pour voir que faire.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · environ %n minute</numerusform>
            <numerusform>%1 · environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Vous l&apos;aviez fait, mais il y a eu une nouvelle fuite depuis (%1). Veuillez le refaire.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · indiqué le %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Tous les appareils</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(consulté le %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Cette note a été écrite avant la réouverture de l&apos;étape.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>État de cette étape</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Ouverture de votre coffre-fort. Cela prend un moment.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>J&apos;ai &amp;oublié ma phrase secrète&#xa0;: utiliser ma clé de récupération</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Ouvrir avec la &amp;clé de récupération</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Ouvrir avec le &amp;trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logo de Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Déverrouiller Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Ouverture du coffre-fort</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Votre coffre-fort se trouve dans %1. Tout son contenu reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce coffre-fort. Vérifiez la touche Verr. Maj et réessayez.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Saisissez d&apos;abord votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Une fuite doit avoir un nom et un titre.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>La date de la fuite n&apos;est pas une date valide (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Indiquez les types de données qui ont fuité (par exemple &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>Le catalogue contient déjà une fuite nommée «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 est absent ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 n&apos;est pas un nombre entier positif ou nul</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une date avec heure (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 est absent ou n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 contient un élément qui n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1&#xa0;: impossible de lire le fichier&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2&#xa0;: JSON non valide&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1&#xa0;: ce n&apos;est pas un catalogue de fuites&#xa0;: une liste de fuites au format publié par Have I Been Pwned était attendue</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2&#xa0;: fuite n° %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ce n&apos;est pas un objet</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>le nom «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 n&apos;est pas %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>un fichier de clé secrète de service d&apos;assistance (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>un fichier de clé publique (PREFIX.pub de bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>un fichier de clé d&apos;agent (PREFIX.agent de bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>un fichier de signature (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 a été créé par une version plus récente de Breach Advisor (format %2&#xa0;; cette version lit le format %3). Mettez à jour l&apos;application pour le lire.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>La phrase secrète de %1 est incorrecte, ou le fichier a été modifié.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>un paquet d&apos;un service d&apos;assistance (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 ne correspond pas à sa signature&#xa0;: il a été modifié ou tronqué après avoir été signé. Rien n&apos;a été importé&#xa0;; redemandez le paquet au service d&apos;assistance.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 a été fait pour une autre clé d&apos;agent&#xa0;: demandez au service d&apos;assistance qui l&apos;a signé la clé de ses paquets (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 est signé par une clé à laquelle ce coffre-fort se fie, mais son contenu est inutilisable. Rien n&apos;a été importé&#xa0;; prévenez le service d&apos;assistance qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 est signé par une clé à laquelle ce coffre-fort ne se fie pas (%2). Rien n&apos;a été importé. Si c&apos;est la clé de votre service d&apos;assistance, accordez-lui d&apos;abord votre confiance&#xa0;: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 a été créé le %2, avant le dernier paquet reçu de %3 (créé le %4)&#xa0;: il peut s&apos;agir d&apos;une ancienne copie présentée à nouveau. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 millions</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>à peu près autant de comptes que %1 avait d&apos;utilisateurs à l&apos;époque</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>à peu près autant de comptes que %1 avait d&apos;utilisateurs dans ce pays (%2) à l&apos;époque</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>plus de la moitié des utilisateurs de %1 à l&apos;époque</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>plus de la moitié des utilisateurs de %1 dans ce pays (%2) à l&apos;époque</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>environ un utilisateur de %1 sur %2 à l&apos;époque</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>environ un utilisateur de %1 sur %2 dans ce pays (%3) à l&apos;époque</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>selon les chiffres publiés, environ %1 de ses enregistrements provenaient de ce pays (%2)</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; dans le monde, elle représentait %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>comptes concernés&#xa0;: %1, soit %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>on ne sait pas quelle part des utilisateurs de %1 elle touchait à l&apos;époque</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>Cette donnée vous concernant a été exposée lors de la fuite %2&#xa0;: %1.</numerusform>
            <numerusform>Ces %n données vous concernant ont été exposées lors de la fuite %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Selon une notification que vous avez reçue, cette donnée vous concernant a été exposée lors de la fuite %2&#xa0;: %1.</numerusform>
            <numerusform>Selon une notification que vous avez reçue, ces %n données vous concernant ont été exposées lors de la fuite %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Cette donnée vous concernant a probablement été exposée lors de la fuite %2&#xa0;: %1.</numerusform>
            <numerusform>Ces %n données vous concernant ont probablement été exposées lors de la fuite %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>Il est peu probable, mais possible, que cette donnée vous concernant ait été exposée lors de la fuite %2&#xa0;: %1.</numerusform>
            <numerusform>Il est peu probable, mais possible, que ces %n données vous concernant aient été exposées lors de la fuite %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Cette donnée vous concernant a peut-être été exposée lors de la fuite %2&#xa0;: %1.</numerusform>
            <numerusform>Ces %n données vous concernant ont peut-être été exposées lors de la fuite %2&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Fuite %2&#xa0;: %3. Cette donnée vous concernant a peut-être été exposée&#xa0;: %1.</numerusform>
            <numerusform>Fuite %2&#xa0;: %3. Ces %n données vous concernant ont peut-être été exposées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Un conseil général, qui ne découle d&apos;aucune fuite en particulier.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Si vous utilisiez %1, cette donnée vous concernant a peut-être été exposée&#xa0;: %2&#xa0;; %3.</numerusform>
            <numerusform>Si vous utilisiez %1, ces %n données vous concernant ont peut-être été exposées&#xa0;: %2&#xa0;; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Si vous y aviez un compte, changez son mot de passe et déconnectez ses autres sessions.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>selon le vendeur, environ %1 de ses enregistrements provenaient de ce pays (%2)&#xa0;; personne n&apos;a vérifié ce chiffre</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>seuls environ %2 de ses enregistrements contenaient des données «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Si vous utilisez %1 : %2. Indiquez que vous l&apos;utilisez pour obtenir ces étapes en entier.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Il en va de même pour %n autre fuite.</numerusform>
            <numerusform>Il en va de même pour %n autres fuites.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Téléphone Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
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
                          ajoute ou met à jour des fuites (JSON de Have I Been Pwned)
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          une fuite absente du catalogue
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
        <translation>  FILE            le JSON /api/v3/breaches de Have I Been Pwned&#xa0;; un fichier contenant une
                  seule fuite invalide est refusé en entier (code de sortie 4), avec le
                  numéro de la ligne en cause
  --name N        la clé de la fuite (lettres et chiffres, comme le champ Name de HIBP)
  --classes LIST  ce qui a fuité&#xa0;: noms des types de données de HIBP, séparés par ;
  --count N       le nombre de comptes touchés
  --flags LIST    la nature de la fuite, valeurs séparées par ;&#xa0;: stealer_log (mots de
                  passe volés par un logiciel malveillant sur un appareil), malware,
                  sensitive, spam_list, fabricated
NAME est le Name d&apos;une fuite tel que catalog list l&apos;affiche.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Utilisation&#xa0;: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%1 fuites lues dans %2&#xa0;: %3 nouvelles, %4 mises à jour, %5 inchangées.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Types de données que cette version ne connaît pas encore (conservés et affichés tels quels)&#xa0;: %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count est un nombre entier positif ou nul.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une valeur reconnue. Utilisez stealer_log, malware, sensitive, spam_list ou fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Utilisation&#xa0;: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>Fuite «&#xa0;%1&#xa0;» ajoutée au catalogue.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 fuites. Informations issues de Have I Been Pwned (CC BY 4.0), sauf mention contraire.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Ce qui a fuité</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Utilisation&#xa0;: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>Le catalogue ne contient aucune fuite nommée «&#xa0;%1&#xa0;». Voir catalog list pour les noms.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Date de la fuite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes&#xa0;: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Selon le fichier catalogue importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Ce qui a fuité&#xa0;:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (un type de données que cette version ne connaît pas encore)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Sources&#xa0;: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Utilisez catalog import, catalog add, catalog list ou catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli&#xa0;: %n argument non vérifié&#xa0;: écrivez --phone, --email ou --username devant chaque identifiant.</numerusform>
            <numerusform>breach-advisor-cli&#xa0;: %n arguments non vérifiés&#xa0;: écrivez --phone, --email ou --username devant chaque identifiant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Utilisation&#xa0;: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: non vérifié. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  introuvable</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli&#xa0;: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli&#xa0;: erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Voir breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 ne s&apos;exécute pas dans le shell&#xa0;: quittez-le d&apos;abord (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1&#xa0;: le coffre-fort du shell est déjà ouvert.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Utilisation&#xa0;: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Trouve quelles fuites contiennent vos données et que faire, uniquement sur cet ordinateur.

Commandes&#xa0;:
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
Options&#xa0;:
  --vault DIR             le dossier du coffre-fort (par défaut&#xa0;: %1)
  --passphrase-file FILE  lit la phrase secrète sur la première ligne de FILE&#xa0;;
                          sinon $BREACH_ADVISOR_PASSPHRASE, sinon une invite
  --keychain              déverrouille avec la clé mémorisée dans le trousseau de cet
                          ordinateur&#xa0;; la première fois, demande la phrase secrète,
                          puis la clé est mémorisée
  --json                  sortie lisible par une machine
  --mask                  identifiants affichés en partie masqués
  --yes                   agit sans demander confirmation (commandes de suppression)
  -h, --help              cette aide&#xa0;; COMMAND --help&#xa0;: l&apos;aide de cette commande
  --version               la version

Plusieurs commandes avec un seul déverrouillage&#xa0;: breach-advisor-cli shell (commandes
lues depuis le terminal ou un script, une par ligne).

Code de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d&apos;utilisation, 3 phrase secrète incorrecte
ou coffre-fort déjà utilisé, 4 fichier d&apos;entrée refusé, 130 arrêt par Ctrl-C (rien
n&apos;a été modifié).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (consulté le %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Note de la fois précédente&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note&#xa0;: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>conseil général</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>trouvé dans une fuite</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>notification reçue</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>fuite possible</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] fait, [-] mis de côté, [/] ne s&apos;applique pas</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - rouverte&#xa0;: nouvelle fuite dans %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - mise de côté</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Petites fuites touchant des services que vous utilisez</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Enregistrez la personne (person add) et lancez plan --person NAME pour voir les étapes en détail.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>Il n&apos;y a pas de coffre-fort dans %1. Créez-en un avec&#xa0;: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli&#xa0;: le trousseau ne peut pas être utilisé (%1)&#xa0;; utilisation de la phrase secrète.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Le trousseau de cet ordinateur mémorise maintenant la clé du coffre-fort&#xa0;: --keychain ne demande plus de phrase secrète (keychain forget annule cela).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli&#xa0;: le trousseau n&apos;a pas conservé la clé (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength vaut interactive, moderate ou sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas un code de pays à deux lettres connu.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [o/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>o</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>oui</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - lit l&apos;entrée du shell lui-même&#xa0;: indiquez un fichier.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1&#xa0;: plus de 16 Mio d&apos;identifiants.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Utilisation&#xa0;: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          son plan imprimable, identifiants masqués, tel que
                          l&apos;application l&apos;imprime
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Utilisation&#xa0;: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out&#xa0;: «&#xa0;%1&#xa0;» doit se terminer par .pdf ou .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>Les fiches PDF nécessitent la bibliothèque graphique, qui n&apos;a pas été démarrée.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Fiche de %1 (%Ln étape) écrite dans %2. Elle contient des informations personnelles&#xa0;: conservez-la en lieu sûr.</numerusform>
            <numerusform>Fiche de %1 (%Ln étapes) écrite dans %2. Elle contient des informations personnelles&#xa0;: conservez-la en lieu sûr.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field «&#xa0;%1&#xa0;»&#xa0;: écrivez-le sous la forme &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Utilisation&#xa0;: import FILE --breach NAME [--phone COLUMN]... (voir import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset définit la structure du fichier&#xa0;: retirez --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter est un seul caractère ASCII, comme ; ou :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding vaut utf-8, windows-1252, latin1 ou auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format vaut international, national ou auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national nécessite --region CC, le pays des numéros.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb est un nombre entier supérieur ou égal à 16.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Il n&apos;existe pas de préréglage «&#xa0;%1&#xa0;»&#xa0;: import --list-presets les affiche.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    fuite&#xa0;: %1&#xa0;; colonnes&#xa0;: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Importation de %1 dans «&#xa0;%2&#xa0;». Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 lignes, %2 lignes/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, encore environ %1&#xa0;s</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>écriture de l&apos;index</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    enregistrements et octets sur le disque, par fuite
  index remove IMPORT_ID [--yes]
                          annule une importation et libère son espace
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  tel que index stats l&apos;affiche
  --yes      supprime sans demander (les scripts ne sont jamais interrogés)
La suppression réécrit le fichier du coffre-fort sans l&apos;importation, afin de libérer
l&apos;espace disque&#xa0;: il faut pour cela, pendant un moment, à peu près autant d&apos;espace
libre que la taille du coffre-fort.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Aucun fichier de fuite importé pour l&apos;instant. Ajoutez-en un avec&#xa0;: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 enregistrements dans %2 importations, %3 octets (%4 octets par enregistrement).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  importation %1&#xa0;: %2, fichier %3, %4 enregistrements, %5 octets</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Utilisation&#xa0;: index remove IMPORT_ID (voir index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Il n&apos;existe pas d&apos;importation %1 (voir index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Supprimer l&apos;importation %1 (%2, fichier %3, %4 enregistrements)&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Importation %1 supprimée&#xa0;; le fichier du coffre-fort a diminué de %2 octets.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Utilisez index stats ou index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          crée un coffre-fort et affiche sa clé de récupération
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Crée un coffre-fort dans --vault DIR (un dossier vide ou nouveau) avec le catalogue de
fuites fourni. La phrase secrète provient de --passphrase-file, de
$BREACH_ADVISOR_PASSPHRASE ou d&apos;une invite.
  --kdf-strength S  coût de chaque essai de phrase secrète&#xa0;: interactive, moderate (par
                    défaut) ou sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Coffre-fort créé dans %1 avec %2 fuites connues.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Votre clé de récupération (notez-la ou imprimez-la, et conservez-la en lieu sûr)&#xa0;:

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Si vous oubliez votre phrase secrète, cette clé est le seul moyen
de rouvrir le coffre-fort.
Elle n&apos;est affichée que maintenant.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 La clé de récupération n&apos;a pas pu être affichée, aucun coffre-fort n&apos;a donc été créé.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         le trousseau de cet ordinateur oublie la clé du coffre-fort
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (avec toute commande qui ouvre le coffre-fort) déverrouille avec la clé
mémorisée dans le trousseau&#xa0;; la première fois, la phrase secrète est demandée, puis la
clé est mémorisée. keychain forget la supprime&#xa0;; la phrase secrète fonctionne comme avant.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Utilisation&#xa0;: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Il n&apos;y a pas de coffre-fort dans %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Le trousseau n&apos;a pas oublié la clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Le trousseau de cet ordinateur ne mémorise plus la clé du coffre-fort.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          la forme hachée et comparée (sans coffre-fort)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     un numéro de téléphone, dans tout format&#xa0;; à répéter pour plusieurs
  --region CC      le pays des numéros écrits sans indicatif de pays
  --language LL    la langue dans laquelle indiquer d&apos;où vient le numéro (par défaut&#xa0;:
                   celle du système)
  --email TEXT, --username TEXT
Code de sortie 1 si l&apos;un d&apos;eux n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Utilisation&#xa0;: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1&#xa0;: non valide. %2</translation>
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
        <translation>Utilisation&#xa0;: %1 (voir person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>Informations de %1 enregistrées. Voir son plan avec&#xa0;: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Personne n&apos;est encore enregistré. Ajoutez quelqu&apos;un avec&#xa0;: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1&#xa0;: %2 sur %3 étapes terminées</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  pays&#xa0;: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - dans %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  utilise&#xa0;: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  plateformes&#xa0;: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  notification de la fuite %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  plan&#xa0;: %1 sur %2 étapes terminées (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Une personne nommée «&#xa0;%1&#xa0;» est déjà enregistrée.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Modifications de %1 enregistrées&#xa0;; sa progression est conservée.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>Supprimer %1, ses identifiants et sa progression du coffre-fort&#xa0;?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Suppression de %1 effectuée.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Utilisez person add, list, show, edit ou remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          le plan de la personne, avec sa progression
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Utilisation&#xa0;: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Les informations de %1 n&apos;ont pas été trouvées dans les fuites importées dans ce coffre-fort, et aucun des services utilisés par cette personne ne figure dans les fuites du catalogue. Vérifiez à nouveau après avoir importé d&apos;autres fuites.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan pour %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Utilisation&#xa0;: shell (les commandes arrivent sur son entrée)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>Le coffre-fort est ouvert. Saisissez des commandes comme sur la ligne de commande (help les liste), exit pour quitter.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          enregistre la progression d&apos;une étape de son plan
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  fait, mis de côté pour l&apos;instant, ou ne s&apos;applique pas à la personne
  reopen          de nouveau à faire
  STEP_ID         tel que le plan l&apos;affiche, p. ex. whatsapp-two-step-pin&#xa0;; une étape
                  absente de son plan est refusée
  --person NAME   la personne dont c&apos;est le plan
  --note TEXT     conservée avec l&apos;étape (sans cette option, la note précédente reste)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Utilisation&#xa0;: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 est de nouveau sur la liste de tâches de %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>Étape %1 marquée «&#xa0;%2&#xa0;» pour %3.</translation>
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
        <translation>  vault info [--json]     le contenu du coffre-fort
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          définit une nouvelle phrase secrète avec la clé de récupération
                          imprimée
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          une nouvelle clé, phrase secrète et clé de récupération,
                          quand la phrase secrète a été compromise
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
        <translation>  --new-passphrase-file FILE  la nouvelle phrase secrète (sinon demandée deux fois dans
                              le terminal)
  --recovery-key-file FILE    la clé de récupération imprimée à la création du coffre-fort
  --kdf-strength S            interactive, moderate ou sensitive&#xa0;; le coffre-fort garde
                              son propre niveau si cette option est absente
  --json                      rekey&#xa0;: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase rechiffre seulement la clé du coffre-fort&#xa0;: c&apos;est rapide, et la
clé de récupération continue de fonctionner, mais la base de données n&apos;est pas
rechiffrée&#xa0;: une ancienne copie de vault.header ouvre donc encore le coffre-fort avec
l&apos;ancienne phrase secrète. rekey rechiffre la base de données avec une nouvelle clé et
affiche une nouvelle clé de récupération&#xa0;: l&apos;ancienne phrase secrète, l&apos;ancienne
clé de récupération et les anciennes copies de vault.header ne l&apos;ouvrent plus.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Votre nouvelle clé de récupération (notez-la ou imprimez-la, et conservez-la en lieu
sûr&#xa0;; l&apos;ancienne cesse de fonctionner dès maintenant)&#xa0;:

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 La nouvelle clé de récupération n&apos;a pas pu être affichée&#xa0;: les clés du coffre-fort n&apos;ont donc pas été changées.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>Le coffre-fort est rechiffré avec une nouvelle clé. L&apos;ancienne phrase secrète,
l&apos;ancienne clé de récupération et les anciennes copies de vault.header ne l&apos;ouvrent
plus&#xa0;; un ordinateur qui mémorisait le coffre-fort demandera une fois la nouvelle
phrase secrète.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Coffre-fort %1
  %2 fuites dans le catalogue (catalogue fourni du %3)
  version du schéma %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  un changement de clés a été commencé sans être terminé&#xa0;: la nouvelle phrase secrète
  le termine, ou relancez vault rekey
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover nécessite --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>La phrase secrète a été changée. Votre clé de récupération fonctionne toujours.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Utilisez vault info, vault change-passphrase, vault recover ou vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 «&#xa0;%2&#xa0;» n&apos;est pas une langue proposée par Breach Advisor. Langues proposées&#xa0;: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    la personne dont c&apos;est le plan
  --out FILE       .pdf (A4, ou Letter aux États-Unis et au Canada) ou .html&#xa0;; lisible
                   par vous uniquement. Il contient des informations personnelles&#xa0;:
                   conservez-le en lieu sûr
  --language LL    sa langue (par défaut&#xa0;: celle de la personne, sinon celle du terminal)
  --helper NAME    qui a aidé, imprimé sur la fiche (nom d&apos;un service d&apos;assistance)</translation>
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
        <translation>  NAME            comment l&apos;appeler (un surnom convient)
  --from FILE|-   ses identifiants, un par ligne, lus dans un fichier ou sur l&apos;entrée
                  standard, pour que les numéros n&apos;apparaissent pas sur une ligne de
                  commande lisible par les autres utilisateurs de cet ordinateur
                  (comme pour check --from, phone:, email:, username: le précisent)
  --country CC    son pays&#xa0;: pour les numéros sans indicatif de pays et pour les
                  conseils sur où signaler
  --uses SERVICE  un service qu&apos;elle utilise&#xa0;; --platform P&#xa0;: android, iphone ou computer
  --mask          affiche les identifiants en partie masqués
  --rename NEW    edit&#xa0;: son nouveau nom
  --language LL   add, edit&#xa0;: la langue qu&apos;elle lit&#xa0;; sa fiche est imprimée dans cette langue
  --yes           supprime sans demander (les scripts ne sont jamais interrogés)
edit remplace ce qui est fourni&#xa0;: tous les identifiants si l&apos;une des options --phone,
--email, --username ou --from est donnée, le pays, les services, les plateformes (une
valeur vide les efface)&#xa0;; sa progression est conservée. Les identifiants sont vérifiés
avant tout enregistrement.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  lit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Indiquez quoi modifier&#xa0;: --rename, --phone, --email, --username, --from, --country, --uses, --platform ou --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Que faire&#xa0;: %L1 étapes, %L2 terminées.</translation>
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
                          les fuites qui contiennent ces identifiants, et ce qui a fuité
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          établit aussi le plan d&apos;action (avec --json&#xa0;: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          une vérification et un plan par ligne&#xa0;: une ligne par client
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
        <translation>  --phone/--email/--username TEXT  un identifiant à rechercher&#xa0;; à répéter pour plusieurs
  --from FILE|-    des identifiants, un par ligne, lus dans un fichier ou sur l&apos;entrée
                   standard, pour qu&apos;ils n&apos;apparaissent pas sur une ligne de commande
                   lisible par les autres utilisateurs de cet ordinateur&#xa0;: une ligne
                   avec un @ est une adresse e-mail, des chiffres un numéro de
                   téléphone, sinon un nom d&apos;utilisateur&#xa0;; phone:, email: ou username:
                   placé devant le précise
  --region CC      le pays des numéros de téléphone écrits sans indicatif de pays
  --mask           affiche les identifiants en partie masqués (+20 ••• ••• 4567)
  --uses SERVICE   un service que la personne utilise (WhatsApp, Facebook, Google, ...)&#xa0;:
                   ses fuites comptent comme «&#xa0;a peut-être fuité&#xa0;», pondérées selon la
                   part de ses utilisateurs qu&apos;elles contenaient&#xa0;; un service inconnu
                   est ignoré, avec un avertissement
  --platform P     android, iphone ou computer&#xa0;: les instructions du plan pour cette
                   plateforme
  --each-line      avec --from&#xa0;: chaque ligne est un client, ses identifiants séparés
                   par des virgules ou des tabulations&#xa0;; un résultat par ligne
                   (JSON Lines avec --json)
Code de sortie 5&#xa0;: rien n&apos;a pu être vérifié (aucun identifiant valide, ou aucun fichier
de fuite importé et aucun service indiqué).
Rien n&apos;est enregistré&#xa0;: pour garder une personne et sa progression, utilisez person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Utilisation&#xa0;: check --from FILE|- --each-line&#xa0;: un client par ligne, ses identifiants séparés par des virgules ou des tabulations.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, ligne %2&#xa0;: aucun identifiant, ligne non vérifiée.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1&#xa0;: aucune ligne ne contient d&apos;identifiant, rien n&apos;a donc été vérifié.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Ligne %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  non recherché&#xa0;: aucun fichier de fuite n&apos;est importé</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Étapes non incluses, faute de pays connu&#xa0;: %1. Pour les ajouter, indiquez le pays&#xa0;: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Si vous utilisez ces services</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, ligne %2&#xa0;: plus de %3 caractères, ce qu&apos;aucune ligne d&apos;identifiants ne fait. Rien n&apos;a été fait.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows est un nombre de lignes (250) ou un pourcentage (2,5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          les structures de fichiers de fuite connus, pour --preset
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    les lignes qui ne correspondent pas à l&apos;en-tête (champs en trop
                         ou manquants, guillemet jamais fermé, ligne de plus de 1 Mio)
                         sont ignorées et comptées&#xa0;; au-delà de N lignes, ou de P % des
                         lignes, tout le fichier est refusé (1% par défaut)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C arrête l&apos;importation sans rien modifier (code de sortie 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header et --no-header se contredisent.</translation>
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
        <translation>  --header               la première ligne nomme les colonnes même si elle ressemble à
                         des données (sans cette option ni --no-header, une première
                         ligne avec une adresse e-mail ou un long nombre est lue comme
                         des données)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds est un nombre entier de 0 (jamais) à %1 (un jour).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          déverrouille une fois, puis exécute les commandes saisies ou
                          redirigées, une par ligne
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
        <translation>Chaque ligne est une commande comme sur la ligne de commande, sans breach-advisor-cli ni
--vault, --passphrase-file ou --keychain&#xa0;: le coffre-fort reste ouvert jusqu&apos;à exit, quit
ou la fin de l&apos;entrée. Les guillemets fonctionnent comme dans un shell&#xa0;; les lignes
commençant par # sont des commentaires.
Dans un terminal, une commande en échec est signalée et la suivante est lue&#xa0;; depuis un
script, la première commande en échec termine le shell avec son code de sortie.
init, shell, keychain et vault (sauf vault info) ne s&apos;exécutent pas dans le shell.
Comme l&apos;application, le shell verrouille le coffre-fort après un certain temps sans saisie
(le réglage de l&apos;application, 10 minutes sauf s&apos;il y est modifié)&#xa0;: il oublie les clés, et la
commande suivante le déverrouille à nouveau comme le shell l&apos;a fait au début.
  --idle-lock-seconds N  verrouille après N secondes sans saisie&#xa0;; 0&#xa0;: jamais</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Il se verrouille après %1 sans saisie.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>Le coffre-fort s&apos;est verrouillé après %1 sans saisie. La commande suivante le déverrouille à nouveau.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format vaut csv, tsv, jsonl, json, sql ou blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table sert aux dumps SQL (.sql, ou --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb est un nombre de gigaoctets, supérieur à 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    fuite&#xa0;: %1&#xa0;; tables SQL&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 contient %Ln élément&#xa0;:</numerusform>
            <numerusform>%1 contient %Ln éléments&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2&#xa0;: un fichier de fuite</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2&#xa0;: ignoré (%3)</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
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
                          indexe un fichier de fuite (CSV, TSV, JSON Lines&#xa0;; .gz aussi)
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [les options ci-dessus]
                          ajoute les fichiers de fuite d&apos;une archive zip, 7z ou tar
                          (.tar.gz, .bz2, .xz, .zst aussi), chacun en importation séparée
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
        <translation>  FILE                   CSV, TSV, JSON Lines, tableau JSON ou dump SQL (gzip ou non)
  --breach NAME          la fuite du catalogue d&apos;où il vient (sinon, catalog add d&apos;abord)
  --preset NAME          la structure d&apos;un fichier connu (import --list-presets), p. ex.
                         facebook-2021&#xa0;; les lignes non conformes sont ignorées et comptées
  --format F             csv, tsv, jsonl, json (un tableau d&apos;objets, ou JSON Lines)
                         ou sql (par défaut&#xa0;: d&apos;après le nom du fichier)
  --no-header            la première ligne contient des données&#xa0;; les colonnes sont
                         numérotées à partir de 1
  --delimiter C          le caractère entre les champs (par défaut&#xa0;: détecté parmi
                         , ; tab | : pour CSV&#xa0;; tab pour TSV)
  --encoding E           utf-8, windows-1252 ou latin1 (par défaut&#xa0;: chaque ligne en
                         UTF-8 si elle est valide en UTF-8, sinon en Windows-1252)
  --phone/--email/--username COLUMN
                         une colonne contenant des identifiants, désignée par son nom
                         d&apos;en-tête, son numéro ou un chemin pointé dans du JSON imbriqué
                         (user.contact.phone)
  --field &quot;CLASS=COL&quot;    une colonne d&apos;autres données divulguées, par type de données HIBP
                         (&quot;Names=first,last&quot;)&#xa0;; seul le fait qu&apos;elle soit remplie est gardé
                         Sans aucune de ces options, les colonnes sont reconnues par
                         leur nom (en anglais, allemand, français, espagnol, italien,
                         portugais, néerlandais, turc, arabe, russe).
  --phone-format F       international (avec l&apos;indicatif), national (nécessite --region)
                         ou auto (par défaut&#xa0;: déterminé d&apos;après les premières lignes)
  --region CC            le pays des numéros au format national
  --exact-phone-validation  vérifie chaque numéro avec libphonenumber (plus lent)
  --memory-mb N          mémoire pour les enregistrements avant leur tri (256 par défaut)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              lit tout le fichier avec les contrôles de l&apos;importation&#xa0;: la
                         correspondance des colonnes, les décomptes et le verdict que
                         donnerait l&apos;importation, sans rien écrire
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         une colonne d&apos;identifiants de connexion (comme --username)&#xa0;:
                         chaque valeur est gardée pour ce qu&apos;elle est&#xa0;: adresse e-mail,
                         numéro de téléphone avec indicatif de pays, ou nom d&apos;utilisateur
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        des blocs de lignes &quot;Key: value&quot; (journaux de logiciels voleurs),
                         terminés par une ligne vide, une ligne de = ou une clé répétée
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (reconnu
                         d&apos;après son contenu)&#xa0;; chaque élément nommé comme un fichier
                         de fuite (.csv, .tsv, .txt, .json, .jsonl, .sql) est importé
                         comme FILE, les autres sont listés comme ignorés&#xa0;; --dry-run
                         les liste tous. Rien n&apos;est décompressé sur le disque. Si un
                         élément est refusé, aucun n&apos;est importé
  --member GLOB          seulement les éléments dont le chemin ou le nom correspond
                         (&quot;*.csv&quot;, &quot;dump/users.csv&quot;), quelle que soit leur extension
  --max-unpacked-gb N    refuse une archive de plus de N Go décompressée (1024 par défaut)
                         et un élément qui se décompresse à plus de 1000 fois sa taille
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL&#xa0;: la table à lire, par son nom ou un motif (*users)&#xa0;; sans
                         cette option, la première dont les noms de colonnes désignent
                         des adresses e-mail ou des numéros de téléphone. Les lignes des
                         autres tables sont comptées, pas lues
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member choisit des éléments d&apos;une archive (zip, 7z, tar)&#xa0;: %1 n&apos;en est pas une.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    sites des identifiants divulgués&#xa0;: %1</translation>
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
        <translation>  --site COLUMN          une colonne d&apos;adresses web, le site de l&apos;identifiant de chaque
                         ligne (journaux de logiciels voleurs)&#xa0;: chaque enregistrement
                         garde le nom d&apos;hôte, et une vérification l&apos;indique
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 dépasse %2 Mio.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 existe déjà&#xa0;: les clés ne sont jamais écrasées. Choisissez un autre --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Utilisation&#xa0;: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Fichiers écrits&#xa0;: %1 (la clé de signature et la clé de contenu, scellées par la phrase secrète&#xa0;: à garder au service d&apos;assistance), %2 (la clé publique&#xa0;: à donner à quiconque doit se fier à ce que vous signez) et %3 (la clé de contenu seule, pour les ordinateurs portables des agents&#xa0;: elle lit les paquets, mais ne peut pas les signer).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 contient la même clé publique, pour OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Empreinte&#xa0;: %1 (lisez-la à voix haute pour comparer les clés par téléphone)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Utilisation&#xa0;: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 signé&#xa0;: %2 (clé %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Utilisation&#xa0;: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1&#xa0;: signé par la clé %2, inchangé depuis.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 n&apos;a pas été signé par la clé de %2 (la signature désigne la clé %3). Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 ne correspond pas à sa signature %2&#xa0;: il a été modifié après avoir été signé, ou cette signature n&apos;est pas la sienne. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import attend le numéro d&apos;une importation (index list les affiche), pas %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Utilisation&#xa0;: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 existe déjà. Choisissez un autre --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: le catalogue (%2 fuites) et %n importation de fuite avec %3 enregistrements, chiffrés avec la clé de contenu et signés avec la clé %4.</numerusform>
            <numerusform>%1 écrit&#xa0;: le catalogue (%2 fuites) et %n importations de fuites avec %3 enregistrements, chiffrés avec la clé de contenu et signés avec la clé %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Les agents l&apos;importent avec&#xa0;: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Utilisation&#xa0;: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Ce coffre-fort accepte désormais les paquets signés par %1 (clé %2). Avant d&apos;en importer un, comparez cette clé avec celle du service d&apos;assistance, lue à voix haute par téléphone.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Ce coffre-fort ne se fie encore à aucun service d&apos;assistance&#xa0;: bundle trust PREFIX.pub en ajoute un.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>de confiance depuis le %1&#xa0;; dernier paquet créé le %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>de confiance depuis le %1&#xa0;; aucun paquet reçu pour l&apos;instant</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Utilisation&#xa0;: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 est signé par %2 (clé %3) et a été créé le %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Il est plus ancien que le dernier paquet reçu de ce service d&apos;assistance&#xa0;; importé car --allow-older a été indiqué.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Fuites&#xa0;: %1 nouvelles, %2 mises à jour, %3 inchangées.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Importations de fuites&#xa0;: %1 ajoutées (%2 enregistrements), %3 déjà dans ce coffre-fort.</translation>
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
                          les clés d&apos;un service d&apos;assistance&#xa0;:
                          PREFIX.secret, .pub, .agent (et .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          signe un fichier (sommes de contrôle d&apos;une version) et
                          vérifie qui l&apos;a signé
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          le catalogue et les importations de fuites, chiffrés
                          et signés pour les agents
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  les services d&apos;assistance dont ce coffre-fort
                          accepte les paquets
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          vérifie qui a signé un paquet, puis l&apos;intègre au
                          coffre-fort
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
        <translation>  --out PREFIX           keygen&#xa0;: où écrire les fichiers de clés&#xa0;; jamais par-dessus
                         des fichiers existants
  --kdf-strength S       keygen&#xa0;: coût de chaque essai de phrase secrète (interactive,
                         moderate&#xa0;: par défaut, sensitive)
  --key PREFIX.secret    sign, export&#xa0;: le fichier de clé secrète du service
                         d&apos;assistance
  --import ID            export&#xa0;: seulement cette importation (index list&#xa0;; à répéter
                         pour plusieurs)&#xa0;; par défaut&#xa0;: toutes les importations
  --name NAME            trust&#xa0;: le nom du service d&apos;assistance (par défaut&#xa0;: le nom
                         du fichier)
  --agent-key PREFIX.agent  import&#xa0;: la clé de contenu remise aux agents par le
                         service d&apos;assistance
  --allow-older          import&#xa0;: accepte un paquet plus ancien que le dernier reçu
                         de son service d&apos;assistance (sinon refusé&#xa0;: il peut s&apos;agir
                         d&apos;une ancienne copie présentée à nouveau)
  --signer PREFIX.pub    verify&#xa0;: la clé publique à laquelle vous vous fiez
  --signature FILE.sig   verify&#xa0;: la signature (par défaut&#xa0;: FILE.sig)
La phrase secrète de PREFIX.secret&#xa0;: l&apos;invite, ou BREACH_ADVISOR_BUNDLE_PASSPHRASE
pour les scripts. Les signatures sont en Ed25519 sur tout le fichier&#xa0;; OpenSSL peut
aussi les vérifier (docs/packaging.md). verify se termine avec le code 4 quand le
fichier n&apos;est pas signé par cette clé&#xa0;; import se termine avec le code 4, sans
modifier le coffre-fort, pour un paquet qui n&apos;est pas signé par un service
d&apos;assistance de confiance, qui a été modifié ou tronqué, ou qui est destiné à une
autre clé d&apos;agent.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Utilisation&#xa0;: bundle keygen | sign | verify | export | trust | signers | import (voir bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Utilisation&#xa0;: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>encore environ %1&#xa0;s</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Les mots de passe ne sont jamais pris sur la ligne de commande (les autres utilisateurs et l&apos;historique des commandes les verraient)&#xa0;: tapez-les à l&apos;invite, ou donnez-les un par ligne sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Ligne %1&#xa0;: vide, non vérifiée.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hachages de mots de passe (%2) issus de %3, importés le %4&#xa0;: %5 sur le disque, %6 octets par hachage.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Utilisation&#xa0;: passwords import | check | info (voir passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses indique où une personne utilise le mot de passe&#xa0;: indiquez aussi --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Conservé avec %1&#xa0;: l&apos;un de ses mots de passe est connu (rien du mot de passe lui-même n&apos;est gardé). Son plan commence désormais par le changement de ce mot de passe.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          la liste des mots de passe divulgués (Pwned Passwords), hors ligne
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          un mot de passe y est-il&#xa0;? (l&apos;invite, ou un par ligne en entrée)
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
        <translation>  FILE     le téléchargement trié par hachage (SHA-1 ou NTLM, HASH:COUNT par ligne),
           compressé ou non&#xa0;; FOLDER&#xa0;: les fichiers de l&apos;outil, un par préfixe de 5 chiffres
La liste est gardée à côté du coffre-fort (--vault DIR), pas dedans&#xa0;: données publiques.
Sans --person, aucune phrase secrète n&apos;est demandée&#xa0;: rien du coffre-fort n&apos;est lu. Les
mots de passe ne sont jamais pris sur la ligne de commande. check --json affiche une ligne
par mot de passe&#xa0;: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen&#xa0;: au moins ce nombre de fois&#xa0;;
0 si non trouvé), et &quot;kept&quot; avec --person. Code de sortie 0, mot de passe trouvé ou non.
  --person NAME   garde un mot de passe trouvé avec cette personne enregistrée, comme
                  «&#xa0;l&apos;un de ses mots de passe est connu&#xa0;» (jamais le mot de passe)&#xa0;:
                  son plan commence par le changer partout
  --uses SERVICE  où elle l&apos;utilise (à répéter pour plusieurs), cité dans cette étape</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 n&apos;accepte pas de valeur.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 nécessite une valeur.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Option inconnue --%1. Voir breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 ne s&apos;applique pas à cette commande.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Un %1 n&apos;est pas refermé.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>La clé de la base de données n&apos;a pas la bonne taille.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 est endommagé&#xa0;: tronqué ou modifié. Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>%1 n&apos;a pas pu être déchiffré&#xa0;: il est endommagé, ce n&apos;est pas un coffre-fort Breach Advisor, ou la clé est incorrecte. Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>Le chiffrement n&apos;est pas disponible&#xa0;: une autre bibliothèque SQLite (%1) est chargée dans ce programme, donc aucun coffre-fort n&apos;est ouvert ni créé.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>La base de données du coffre-fort %1 est absente. Le coffre-fort n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 est vide ou tronqué (%2 octets)&#xa0;: le coffre-fort est endommagé. Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 est un fichier SQLite non chiffré, pas un coffre-fort Breach Advisor. Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Impossible de créer le fichier de base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>Le chiffrement n&apos;est pas disponible&#xa0;: une autre bibliothèque SQLite est chargée dans ce programme.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Le coffre-fort est utilisé par un autre programme.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 est endommagé (%2). Plus rien n&apos;y a été écrit.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>Le disque contenant %1 est plein. La modification n&apos;a pas été enregistrée&#xa0;; le coffre-fort est resté tel qu&apos;il était avant.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>Impossible d&apos;écrire dans %1 (%2)&#xa0;: son dossier est-il en lecture seule&#xa0;? Le coffre-fort est resté tel qu&apos;il était.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Erreur de base de données (%1) dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Impossible de supprimer %1, laissé par une mise à jour interrompue du format du coffre-fort. Le coffre-fort n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Impossible de mettre la base de données mise à jour à la place de %1 (%2). Le coffre-fort est resté tel quel.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 est endommagé&#xa0;: une partie ne peut pas être lue. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>La base de données du coffre-fort n&apos;a pas pu passer au nouveau format (la copie n&apos;a pas passé la vérification). Le coffre-fort est resté tel quel.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Club de sport fictif</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Un club de sport fictif dont la liste des membres a fuité&#xa0;: inventé pour la démonstration.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>Code PIN noté sur la carte dans son portefeuille</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>fait le %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>mis de côté pour l&apos;instant</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>à refaire&#xa0;: nouvelle fuite</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>environ %n minute</numerusform>
            <numerusform>environ %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(consulté le %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Sources&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor&#xa0;: que faire</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor&#xa0;: que faire, pour %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Établi le %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>avec l&apos;aide de %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, liste des fuites du %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Aucune étape pour l&apos;instant. Vérifiez à nouveau quand de nouvelles fuites seront connues.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 sur %n étape terminée.</numerusform>
            <numerusform>%1 sur %n étapes terminées.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Ce qui a été vérifié</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>non vérifié (ne peut pas être correct tel qu&apos;il est écrit)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>absent des fichiers de fuite importés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Selon une notification, la fuite %1 a exposé&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Personnes contactées</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Notez qui vous avez appelé ou à qui vous avez écrit, quand, et ce qu&apos;on vous a répondu.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Cette page contient des informations personnelles&#xa0;: conservez-la en lieu sûr, ou détruisez-la quand vous avez terminé.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Si cela vous concerne</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>L&apos;imprimante ou le fichier n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>L&apos;imprimante ou le fichier a cessé d&apos;accepter des pages.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Contient des informations personnelles&#xa0;: à conserver en lieu sûr ou à détruire.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Aucun fichier de fuite n&apos;a encore été importé dans ce coffre-fort&#xa0;: ces éléments n&apos;ont donc pu être recherchés dans aucune fuite.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Aucun de ces éléments n&apos;a été trouvé dans les fichiers de fuite importés dans ce coffre-fort (importations&#xa0;: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Cela ne veut pas dire qu&apos;ils n&apos;ont jamais fuité&#xa0;: seuls les fichiers importés ont été vérifiés.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>Éléments trouvés&#xa0;: %1 sur %2, dans&#xa0;: %3. Cela ne veut pas dire que quelqu&apos;un a utilisé vos comptes.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>Éléments non vérifiables&#xa0;: %1 sur %2 (voir pourquoi ci-dessous).</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Le trousseau a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau disponible&#xa0;: le coffre-fort ne peut donc pas être mémorisé. Utilisez votre phrase secrète pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Ce coffre-fort n&apos;est pas mémorisé sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>L&apos;archive %1 est chiffrée&#xa0;: Breach Advisor ne lit pas les archives chiffrées. Extrayez-la avec son mot de passe, puis importez le fichier extrait.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1&#xa0;: l&apos;archive est tronquée ou corrompue (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 se décompresse à plus de %2 fois sa taille compressée, ce qu&apos;aucun fichier de fuite ne fait&#xa0;: c&apos;est une bombe de décompression, elle est refusée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1&#xa0;: plus de %2 après décompression, la limite pour une archive&#xa0;: c&apos;est une bombe de décompression, elle est refusée. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>métadonnées macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>un fichier «&#xa0;lisez-moi&#xa0;» ou une licence</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>compressé dans l&apos;archive&#xa0;: extrayez-le, puis importez-le</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>pas un fichier de fuite d&apos;après son nom (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>pas un fichier (un lien ou un périphérique)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>non choisi par --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>une ligne de plus de %1 Mio&#xa0;: les fichiers de fuite ont des lignes courtes (manque-t-il un saut de ligne ou un guillemet fermant&#xa0;?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>plus de %1 colonnes</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1&#xa0;: impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1&#xa0;: le fichier ne peut pas être lu (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1&#xa0;: le fichier compressé est tronqué ou corrompu (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>le fichier est un texte UTF-16&#xa0;: enregistrez-le d&apos;abord en UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>données binaires (un octet NUL)&#xa0;: ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>UTF-8 non valide&#xa0;: le fichier utilise un autre encodage</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 champs alors que la structure en prévoit %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (il manque un &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 champs alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>la ligne n&apos;a pas les champs de la structure</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>une ligne qui n&apos;est pas de la forme &quot;Key: value&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>le tableau JSON n&apos;est jamais fermé (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>du texte après la fin du tableau JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>il manque une virgule ou un ] après un élément du tableau JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>le tableau JSON se termine au milieu d&apos;un élément (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>un nom entre guillemets n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>les lignes de COPY ne se terminent jamais par une ligne \. (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>aucun INSERT … VALUES ni COPY … FROM stdin&#xa0;: aucune ligne à lire dans ce fichier SQL</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>aucune table %1 contenant des lignes dans le dump&#xa0;; les tables contenant des lignes&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1&#xa0;: aucun nom de colonne n&apos;indique qu&apos;une table contient des adresses e-mail ou des numéros de téléphone. Indiquez la table à lire (--table) et ses colonnes. Les tables contenant des lignes&#xa0;: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>une ligne sans valeurs</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 valeurs alors que la table a %2 colonnes</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>le fichier se termine au milieu d&apos;une ligne de valeurs (est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>une ligne de valeurs illisible (un guillemet n&apos;est pas fermé)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>le fichier se termine au milieu d&apos;une instruction INSERT (est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>il manque une virgule ou un point-virgule après une ligne de valeurs</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>une ligne de valeurs ne commence pas par (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>La structure de fichier de fuite %1 est défectueuse&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaces</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Lu selon la structure connue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Séparateur de champs&#xa0;: %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (détecté)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Texte&#xa0;: %1 (les premières lignes ne sont pas en UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Remarque&#xa0;: le catalogue n&apos;indique pas %1 pour «&#xa0;%2&#xa0;»&#xa0;; cette importation les enregistre pour les personnes concernées.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Numéros de téléphone&#xa0;: format %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Ce fichier a déjà été importé dans «&#xa0;%1&#xa0;» avec les mêmes réglages (importation %2). Rien n&apos;a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Texte&#xa0;: %Ln ligne non valide en UTF-8, lue en %1.</numerusform>
            <numerusform>Texte&#xa0;: %Ln lignes non valides en UTF-8, lues en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>numéros de téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>adresses e-mail&#xa0;: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>noms d&apos;utilisateur&#xa0;: %1</translation>
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
        <translation>mixte</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%1 lignes sur %2 importées dans «&#xa0;%3&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Une vérification peut désormais trouver %Ln enregistrement qu&apos;elles contiennent.</numerusform>
            <numerusform>Une vérification peut désormais trouver les %Ln enregistrements qu&apos;elles contiennent.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Cela a pris %1&#xa0;secondes&#xa0;; le coffre-fort a grossi de %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>%Ln numéro de téléphone, adresse e-mail ou nom d&apos;utilisateur impossible a été laissé de côté (%1), par exemple&#xa0;:</numerusform>
            <numerusform>%Ln numéros de téléphone, adresses e-mail ou noms d&apos;utilisateur impossibles ont été laissés de côté (%1), par exemple&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln ligne qui n&apos;avait pas les champs de la disposition «&#xa0;%1&#xa0;» a été laissée de côté.</numerusform>
            <numerusform>%Ln lignes qui n&apos;avaient pas les champs de la disposition «&#xa0;%1&#xa0;» ont été laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>%Ln ligne sans numéro de téléphone, adresse e-mail ou nom d&apos;utilisateur possible a été laissée de côté, par exemple&#xa0;:</numerusform>
            <numerusform>%Ln lignes sans numéro de téléphone, adresse e-mail ou nom d&apos;utilisateur possible ont été laissées de côté, par exemple&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>%Ln ligne laissée de côté, par exemple&#xa0;:</numerusform>
            <numerusform>%Ln lignes laissées de côté, par exemple&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln ligne avait des champs absents des premières lignes&#xa0;; ces champs n&apos;ont pas été lus&#xa0;: %1</numerusform>
            <numerusform>%Ln lignes avaient des champs absents des premières lignes&#xa0;; ces champs n&apos;ont pas été lus&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Pas d&apos;en-tête&#xa0;: la première ligne ressemble à des données (une adresse e-mail ou un nombre), elle est donc lue comme une ligne et les colonnes sont numérotées à partir de 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>La première ligne nomme les colonnes (elle ne ressemble pas à des données).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Lecture de la table %1 du dump SQL&#xa0;: la première dont les noms de colonnes désignent des adresses e-mail ou des numéros de téléphone.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Lecture de la table %1 du dump SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Simulation&#xa0;: %1 lignes sur %2 seraient importées dans «&#xa0;%3&#xa0;» (au plus %4 enregistrements). Rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln valeur de la ou des colonnes de noms d&apos;utilisateur était une adresse e-mail ou un numéro de téléphone, et une vérification la trouve comme telle (adresses e-mail&#xa0;: %1, numéros de téléphone&#xa0;: %2).</numerusform>
            <numerusform>%Ln valeurs de la ou des colonnes de noms d&apos;utilisateur étaient des adresses e-mail ou des numéros de téléphone, et une vérification les trouve comme telles (adresses e-mail&#xa0;: %1, numéros de téléphone&#xa0;: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>numéros de téléphone&#xa0;: au moins %1 (la vérification rapide en trouve la plupart, mais pas tous)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 autres</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Non lue&#xa0;: %Ln ligne dans d&apos;autres tables du dump&#xa0;: %1.</numerusform>
            <numerusform>Non lues&#xa0;: %Ln lignes dans d&apos;autres tables du dump&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Les noms de colonnes de %1 désignent aussi des adresses e-mail ou des numéros de téléphone&#xa0;: importez chacune de ces tables séparément, en indiquant son nom.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln ligne n&apos;indiquait aucun site&#xa0;: importée sans site.</numerusform>
            <numerusform>%Ln lignes n&apos;indiquaient aucun site&#xa0;: importées sans site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln ligne indiquait un site au-delà des 65&#xa0;535 premiers sites&#xa0;: importée sans ce site.</numerusform>
            <numerusform>%Ln lignes indiquaient un site au-delà des 65&#xa0;535 premiers sites&#xa0;: importées sans ce site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Sites&#xa0;: les identifiants concernaient %Ln site&#xa0;; une vérification indique le site de chaque identifiant qu&apos;elle trouve.</numerusform>
            <numerusform>Sites&#xa0;: les identifiants concernaient %Ln sites&#xa0;; une vérification indique le site de chaque identifiant qu&apos;elle trouve.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>Le catalogue ne contient aucune fuite nommée «&#xa0;%1&#xa0;»&#xa0;: ajoutez-la d&apos;abord au catalogue.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1&#xa0;: son unique ligne ne correspond pas à la structure %2 (ligne %3&#xa0;: %4). Rien n&apos;a été importé.</numerusform>
            <numerusform>%1&#xa0;: aucune de ses %Ln lignes ne correspond à la structure %2 (ligne %3&#xa0;: %4). Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1&#xa0;: le fichier a un en-tête mais aucune ligne. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Pour des numéros de téléphone au format national, il faut indiquer leur pays.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Impossible de déterminer comment les numéros de téléphone sont écrits. %1 Indiquez s&apos;ils sont internationaux (avec l&apos;indicatif du pays) ou nationaux (et de quel pays).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Un aperçu ne peut pas être importé&#xa0;: indiquez d&apos;abord ce que contient chaque colonne.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (ligne %1&#xa0;: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1&#xa0;: son unique ligne ne contient aucun numéro de téléphone, adresse e-mail ou nom d&apos;utilisateur valide%2. Rien n&apos;a été importé.</numerusform>
            <numerusform>%1&#xa0;: aucune de ses %Ln lignes ne contient de numéro de téléphone, d&apos;adresse e-mail ou de nom d&apos;utilisateur valide%2. Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Un fichier temporaire de l&apos;importation a été modifié ou tronqué pendant l&apos;importation&#xa0;: %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Un fichier temporaire de l&apos;importation a disparu&#xa0;: %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Les données temporaires de l&apos;importation n&apos;ont pas pu être chiffrées.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Impossible d&apos;écrire le fichier temporaire de l&apos;importation %1&#xa0;: %2. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 caractères)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>trop court</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>trop long</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>indicatif de pays inexistant</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>pas d&apos;indicatif de pays, et le pays du fichier n&apos;a pas été indiqué</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ce n&apos;est pas un numéro</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>numéro non valide</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>Le fichier comporte plus de 65&#xa0;535 combinaisons différentes de colonnes remplies&#xa0;: associez moins de colonnes.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>aucun numéro de téléphone, adresse e-mail ou nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>numéro de téléphone non valide %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>adresse e-mail non valide %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>nom d&apos;utilisateur non valide %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>une liste, et non une seule valeur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1&#xa0;% des lignes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne sur %2 ne correspondait pas à la structure du fichier (la première&#xa0;: ligne %3, %4)&#xa0;: plus que les %5 autorisées. Le séparateur ou l&apos;en-tête sont-ils les bons&#xa0;? Rien n&apos;a été importé.</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes sur %2 ne correspondaient pas à la structure du fichier (la première&#xa0;: ligne %3, %4)&#xa0;: plus que les %5 autorisées. Le séparateur ou l&apos;en-tête sont-ils les bons&#xa0;? Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Impossible de créer le dossier temporaire de l&apos;importation %1. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1&#xa0;: l&apos;archive contient %Ln élément, qui n&apos;est pas un fichier de fuite (un fichier CSV, TSV, texte, JSON ou SQL d&apos;après son nom&#xa0;; --member choisit les éléments par leur nom). Rien n&apos;a été importé.</numerusform>
            <numerusform>%1&#xa0;: l&apos;archive contient %Ln éléments, et aucun n&apos;est un fichier de fuite (un fichier CSV, TSV, texte, JSON ou SQL d&apos;après son nom&#xa0;; --member choisit les éléments par leur nom). Rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher n&apos;a pas répondu à %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>La liste des noms de colonnes est absente de cette version du programme.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> et %1 autres</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Colonne «&#xa0;%1&#xa0;»&#xa0;: le fichier ne contient pas cette colonne. Ses colonnes sont&#xa0;: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Aucune colonne ne contient de numéros de téléphone, d&apos;adresses e-mail ou de noms d&apos;utilisateur&#xa0;: indiquez laquelle en contient. Les colonnes du fichier sont&#xa0;: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>La colonne «&#xa0;%1&#xa0;» contient des listes, et non un identifiant par ligne&#xa0;: indiquez plutôt la colonne à l&apos;intérieur des objets de la liste.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Une colonne contient un seul type d&apos;identifiant, pas à la fois %1 et %2.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>Au plus 64 types de données peuvent être associés dans une importation.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un type de données connu de cette version (noms de Have I Been Pwned, comme &quot;Names&quot; ou &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Indiquez quelle colonne contient %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1&#xa0;: %2 (utilisé pour la recherche)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1&#xa0;: %2 (seul le fait qu&apos;elle soit remplie est conservé)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>colonnes non utilisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1&#xa0;: le site de chaque identifiant (seul son nom d&apos;hôte est conservé)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Choisissez une phrase secrète&#xa0;: quatre mots ou plus, sans rapport entre eux, font l&apos;affaire.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Facile à deviner. Ajoutez d&apos;autres mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Pourrait être devinée avec des efforts. Un ou deux mots de plus aideraient.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Difficile à deviner.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Très difficile à deviner.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>ce n&apos;est pas une ligne de la liste des mots de passe divulgués (un hachage SHA-1 ou NTLM en hexadécimal, deux-points, le nombre de fois où il a été vu). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>un hachage %1, alors que les lignes précédentes contiennent des hachages %2&#xa0;: une liste ne contient qu&apos;un seul type. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>pas dans l&apos;ordre des hachages (ou le même hachage répété)&#xa0;: la liste doit être le téléchargement trié par hachage. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 ne contient aucun fichier nommé d&apos;après un préfixe de hachage de 5 chiffres (00000.txt …)&#xa0;: ce n&apos;est pas le dossier de l&apos;outil de téléchargement.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1&#xa0;: fichier ou dossier introuvable</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 ne contient aucun hachage de mot de passe.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>Le mot de passe n&apos;est pas un texte UTF-8 valide.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>Il n&apos;y a pas encore de liste de mots de passe divulgués dans %1&#xa0;: importez-en une d&apos;abord.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 n&apos;est pas une liste de mots de passe divulgués créée par cette application.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 a été créé par une version plus récente de cette application&#xa0;: mettez l&apos;application à jour, ou importez à nouveau la liste.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 a été modifié ou tronqué depuis sa création&#xa0;: importez à nouveau la liste des mots de passe divulgués.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Absent de la liste des mots de passe divulgués. Cela ne le rend pas solide pour autant&#xa0;: un gestionnaire de mots de passe en crée et en conserve un différent pour chaque compte.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Ce mot de passe a été vu dans une fuite&#xa0;: des criminels pourraient l&apos;essayer. Changez-le partout où vous l&apos;utilisez.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Ce mot de passe a été vu au moins %1 fois dans des fuites&#xa0;: les criminels l&apos;essaient en premier. Changez-le partout où vous l&apos;utilisez.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hachages de mots de passe (%2) importés depuis %3 en %4&#xa0;s&#xa0;: %5 sur le disque, %6 octets par hachage.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Hachages identiques au précédent sur leurs 64 premiers bits, conservés une seule fois&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Lignes vides ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Seuls %1 des %2 fichiers de préfixe étaient présents&#xa0;: la liste est partielle, et les mots de passe des fichiers manquants sont indiqués comme jamais vus.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Autres fichiers de ce dossier, non lus&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Une personne doit avoir un nom (un surnom convient).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays à deux lettres connu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plateforme&#xa0;: utilisez android, iphone ou computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un service pris en charge. Services connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>Il y a déjà une personne nommée «&#xa0;%1&#xa0;» dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Cette personne n&apos;est plus enregistrée dans le coffre-fort.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Indiquez les types de données cités dans la notification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de langue (comme ar, es ou fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 n&apos;est pas une classe de fréquence valide (de 0 à %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un service pris en charge.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une plateforme&#xa0;: utilisez android, iphone ou computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un service pris en charge&#xa0;: le plan l&apos;ignore. Services connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Il n&apos;existe pas d&apos;étape «&#xa0;%1&#xa0;». Le plan indique les identifiants des étapes.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Une étape est marquée comme faite, mise de côté, sans objet ou à faire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie du plan de %2&#xa0;: consultez son plan pour voir ses étapes.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>L&apos;échantillon ne contient aucun numéro de téléphone&#xa0;; format international supposé.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1&#xa0;% de l&apos;échantillon commence par + ou 00&#xa0;: format international.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Lus avec l&apos;indicatif de pays, %1&#xa0;% de l&apos;échantillon sont des numéros valides.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Lus avec l&apos;indicatif de pays, %1&#xa0;% de l&apos;échantillon sont des numéros valides&#xa0;; lus comme numéros nationaux (%2), %3&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>L&apos;indicatif de pays n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Si %1 est l&apos;indicatif du pays, ajoutez un + devant (+%1…), ou indiquez le pays du numéro.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Ajoutez l&apos;indicatif du pays (comme +44) ou indiquez le pays du numéro.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Ce n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Le numéro est trop court.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Le numéro est trop long.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays connu (utilisez deux lettres, comme DE).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Le numéro de téléphone est vide.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Le numéro est trop court&#xa0;: ajoutez l&apos;indicatif régional.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Ce numéro n&apos;est pas valide pour %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>À faire en premier</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Rien de ce qui vous concerne n&apos;a été trouvé dans les fuites vérifiées, et aucune fuite touchant un service que vous utilisez ne vous concerne probablement. Ci-dessous&#xa0;: %n bonne habitude générale, sans lien avec une fuite.</numerusform>
            <numerusform>Rien de ce qui vous concerne n&apos;a été trouvé dans les fuites vérifiées, et aucune fuite touchant un service que vous utilisez ne vous concerne probablement. Ci-dessous&#xa0;: %n bonnes habitudes générales, sans lien avec une fuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n liée à des fuites contenant vos informations</numerusform>
            <numerusform>%n liées à des fuites contenant vos informations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n liée à des fuites signalées par une notification</numerusform>
            <numerusform>%n liées à des fuites signalées par une notification</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n liée à des fuites de services que vous utilisez, qui vous concernent peut-être</numerusform>
            <numerusform>%n liées à des fuites de services que vous utilisez, qui vous concernent peut-être</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n conseil général</numerusform>
            <numerusform>%n conseils généraux</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 et %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n étape&#xa0;: %1.</numerusform>
            <numerusform>%n étapes&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Aucun des identifiants fournis n&apos;a pu être vérifié&#xa0;: la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Aucun fichier de fuite n&apos;est importé&#xa0;: aucune fuite n&apos;a donc pu être recherchée pour ces identifiants.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Aucun service n&apos;a été indiqué&#xa0;: aucune fuite touchant un service n&apos;a donc pu être évaluée. Indiquez les services utilisés (WhatsApp, Facebook, Google, ...) pour en tenir compte.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Rien n&apos;a pu être vérifié&#xa0;: ce résultat ne signifie donc pas «&#xa0;rien trouvé&#xa0;». Ci-dessous&#xa0;: %n bonne habitude générale, sans lien avec une fuite.</numerusform>
            <numerusform>Rien n&apos;a pu être vérifié&#xa0;: ce résultat ne signifie donc pas «&#xa0;rien trouvé&#xa0;». Ci-dessous&#xa0;: %n bonnes habitudes générales, sans lien avec une fuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, la même fuite que %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>À faire plus tard</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>la liste des mots de passe divulgués</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Un mot de passe que vous utilisez figure dans la liste des mots de passe divulgués.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Un mot de passe que vous utilisez figure dans la liste des mots de passe divulgués&#xa0;: il a été vu au moins %1 fois.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Vous avez indiqué l&apos;utiliser sur %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>c&apos;est un lien symbolique, et enregistrer à travers lui modifierait le fichier vers lequel il pointe</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%1 de ses %2 octets ont atteint le disque</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>Cop&amp;ier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;ller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Aller au précédent</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminer</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>La phrase secrète de %1 dépasse %2 octets. Utilisez-en une plus courte.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Impossible de désactiver l&apos;écho du terminal (%1)&#xa0;: aucune phrase secrète n&apos;y est donc demandée.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Aucune phrase secrète fournie&#xa0;: utilisez --passphrase-file FILE ou définissez %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>le terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La même phrase secrète, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Les deux phrases secrètes sont différentes. Rien n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La phrase secrète est vide.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Phrase secrète faible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Mot de passe à vérifier (Entrée seule pour arrêter)&#xa0;: </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, ligne %2&#xa0;: plus de %3 octets.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>L&apos;adresse e-mail est trop longue.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>L&apos;adresse e-mail est vide.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Une adresse e-mail doit contenir un @, comme dans name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Une adresse e-mail ne contient qu&apos;un seul @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Il faut quelque chose avant le @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La partie avant le @ dépasse 64 caractères.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>La partie avant le @ ne peut pas commencer ni finir par un point, ni contenir deux points d&apos;affilée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être utilisé dans une adresse e-mail.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>La partie après le @ est absente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un domaine valide.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>Le domaine «&#xa0;%1&#xa0;» doit contenir un point, comme dans example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Le nom d&apos;utilisateur dépasse 128 caractères.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Le nom d&apos;utilisateur est vide.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Le nom d&apos;utilisateur contient un caractère de contrôle invisible.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Mis de côté pour l&apos;instant</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>À refaire</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Trouvées dans les fichiers de fuite</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Signalées par une notification</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Fuites possibles&#xa0;: services que vous utilisez</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvée</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Éventuelle</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>numéro mobile</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>ligne fixe</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fixe ou mobile</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>numéro gratuit</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>numéro surtaxé</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>numéro à coût partagé</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>numéro de téléphonie par internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>numéro personnel</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>récepteur d&apos;appel (pager)</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>numéro d&apos;entreprise</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>messagerie vocale</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>D&apos;autres utilisateurs peuvent écrire dans le dossier du coffre-fort %1&#xa0;: ses fichiers ne sont donc pas fiables. Réservez-le à votre seul usage (chmod 700), vérifiez ses fichiers, puis réessayez. Le coffre-fort n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>Le dossier %1 ne peut pas être rendu privé (appartient-il à quelqu&apos;un d&apos;autre&#xa0;?). Choisissez un autre dossier pour le coffre-fort.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La phrase secrète ne doit pas être vide.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Cette robustesse de clé est hors de la plage acceptée par cette version.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La phrase secrète ou la clé n&apos;est pas correcte pour ce coffre-fort.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Ce coffre-fort est ouvert dans un autre programme (processus %1). Fermez-le d&apos;abord dans ce programme.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Impossible de verrouiller le coffre-fort dans %1&#xa0;: le dossier n&apos;est pas accessible en écriture, ou le disque est plein. Le coffre-fort n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 ne contient aucune donnée de coffre-fort&#xa0;: il est endommagé ou ce n&apos;est pas la base de données de ce coffre-fort. Il n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>Il y a déjà un coffre-fort dans %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 n&apos;est pas vide&#xa0;: choisissez un dossier vide ou nouveau pour le coffre-fort.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Seul un coffre-fort qui vient d&apos;être créé peut être abandonné.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Ce coffre-fort n&apos;a pas de clé de récupération.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>La clé mémorisée pour ce coffre-fort n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>La clé mémorisée pour ce coffre-fort ne lui correspond plus.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Cette phrase secrète ou cette clé de récupération a été remplacée lors du changement de clés du coffre-fort.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Aucun changement de clés n&apos;a été préparé.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>La base de données n&apos;a pas pu être rechiffrée. Elle reste sous son ancienne clé et s&apos;ouvre comme avant.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>La clé d&apos;identification du coffre-fort n&apos;a pas la bonne taille&#xa0;: le coffre-fort est endommagé.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Ce coffre-fort a été créé par une version plus récente de Breach Advisor (schéma %1&#xa0;; cette version connaît le schéma %2). Mettez à jour l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>Le fichier de schéma %1 est absent de cette version du programme.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>D&apos;autres utilisateurs peuvent lire %1, et il ne peut pas vous être rendu privé (appartient-il à quelqu&apos;un d&apos;autre&#xa0;?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>le dossier</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>D&apos;autres utilisateurs pouvaient lire le coffre-fort dans %1 (%2)&#xa0;: il est désormais privé.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Aucune nouvelle clé de récupération n&apos;a été préparée.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>champs absents ou mal formés</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>un sel ou une clé de mauvaise taille</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>paramètres de dérivation de clé hors limites</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>dérivation de clé inconnue</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>normalisation de phrase secrète inconnue</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Il n&apos;y a pas de coffre-fort ici&#xa0;: %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 n&apos;est pas un en-tête de coffre-fort valide (%2). Le coffre-fort n&apos;a pas été touché.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>beaucoup trop grand</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>pas un coffre-fort Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 a été créé par une version plus récente de Breach Advisor. Mettez à jour l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Le coffre-fort est resté tel qu&apos;il était.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Une clé de mauvaise taille est parvenue au code de gestion des clés.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La phrase secrète dépasse %1 octets.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>La normalisation Unicode n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>La phrase secrète n&apos;a pas pu être normalisée.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>L&apos;en-tête du coffre-fort contient un sel de mauvaise taille.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>L&apos;en-tête du coffre-fort contient des paramètres de dérivation de clé hors limites.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Mémoire insuffisante pour dériver la clé à partir de la phrase secrète.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>La clé de récupération n&apos;a pas pu être convertie en clé.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Une sous-clé n&apos;a pas pu être dérivée.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>La clé n&apos;a pas pu être encapsulée.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>L&apos;en-tête du coffre-fort contient une clé encapsulée de mauvaise taille.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La phrase secrète ou la clé n&apos;est pas correcte pour ce coffre-fort.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>La clé n&apos;a pas pu être désencapsulée.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Ce n&apos;est pas une clé de récupération&#xa0;: elle comporte 32 lettres et chiffres en groupes de quatre.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Il n&apos;y a pas de coffre-fort dans %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Il n&apos;existe pas d&apos;importation %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>Aucune personne nommée «&#xa0;%1&#xa0;» n&apos;est enregistrée dans ce coffre-fort.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>Le catalogue ne contient aucune fuite nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de pays à deux lettres connu.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Arrêté avant la fin. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>En avril 2021, un fichier d&apos;environ 533 millions de comptes Facebook de 106 pays a été publié gratuitement sur un forum. Il relie des numéros de téléphone à des noms, et souvent au genre, au lieu de résidence, à l&apos;employeur, à la situation amoureuse et à la date de naissance&#xa0;; peu d&apos;enregistrements contiennent une adresse e-mail. Facebook a déclaré que les données avaient été collectées avant septembre 2019 en abusant de son outil d&apos;importation de contacts, sans intrusion dans ses systèmes.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Aspirées, pas piratées&#xa0;: Facebook affirme que les données ont été collectées avant septembre 2019 grâce à son outil d&apos;importation de contacts et que la faille a été corrigée en août 2019. La Commission irlandaise de protection des données a infligé à Meta une amende de 265 millions d&apos;euros en novembre 2022 pour cette affaire. Les mêmes numéros ont été remis en vente en 2022 sous le nom de «&#xa0;487 millions de numéros WhatsApp&#xa0;».</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>En novembre 2022, un vendeur a proposé 487 millions de numéros de mobile de 84 pays présentés comme des «&#xa0;utilisateurs de WhatsApp&#xa0;». La liste ne contient que des numéros de téléphone&#xa0;: ni noms, ni messages, ni informations sur les appareils. Le nombre est celui qu&apos;annonce le vendeur.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Pas une fuite de WhatsApp. WhatsApp et Meta ont déclaré n&apos;avoir trouvé aucune trace d&apos;une fuite chez WhatsApp. Le CSIRT KNF polonais et le cabinet d&apos;avocats allemand WBS.LEGAL ont trouvé les échantillons identiques aux données aspirées sur Facebook en 2021, et les chiffres par pays correspondent. Have I Been Pwned n&apos;a aucune entrée pour cette liste. Les affirmations selon lesquelles elle exposerait le niveau de batterie, la force du signal ou d&apos;autres données de l&apos;appareil ne reposent sur aucune source fiable.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Liste de numéros «&#xa0;WhatsApp&#xa0;» (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Activez la vérification en deux étapes dans WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Toute personne qui connaît votre numéro peut essayer d&apos;enregistrer WhatsApp avec ce numéro sur son propre téléphone. Un code PIN à six chiffres que vous seul connaissez l&apos;en empêche, même si elle parvient à vous soutirer le code reçu par SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Ouvrez WhatsApp. Appuyez sur Plus d&apos;options (trois points) &gt; Paramètres &gt; Compte &gt; Vérification en deux étapes &gt; Activer. Choisissez un code PIN à six chiffres dont vous vous souviendrez et ajoutez une adresse e-mail pour pouvoir réinitialiser ce code si vous l&apos;oubliez. Ne communiquez jamais à personne ce code PIN ni le code à six chiffres que WhatsApp vous envoie par SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Ouvrez WhatsApp. Appuyez sur Réglages &gt; Compte &gt; Vérification en deux étapes &gt; Activer. Choisissez un code PIN à six chiffres dont vous vous souviendrez et ajoutez une adresse e-mail pour pouvoir réinitialiser ce code si vous l&apos;oubliez. Ne communiquez jamais à personne ce code PIN ni le code à six chiffres que WhatsApp vous envoie par SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>La vérification en deux étapes se règle sur votre téléphone, pas dans WhatsApp sur un ordinateur&#xa0;: suivez les étapes indiquées pour votre téléphone.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Ne montrez votre photo et votre Actu WhatsApp qu&apos;à vos contacts</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Par défaut, toute personne qui a votre numéro peut voir votre photo de profil et votre Actu. Les escrocs s&apos;en servent pour créer un faux compte à votre image.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>Dans WhatsApp, appuyez sur Plus d&apos;options (trois points) &gt; Paramètres &gt; Confidentialité. Réglez Photo de profil, Actu et Heure de dernière connexion et En ligne sur Mes contacts. Sous Groupes, choisissez Mes contacts pour que des inconnus ne puissent pas vous ajouter à des groupes. Confidentialité &gt; Vérification de la confidentialité vous guide pour le reste.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>Dans WhatsApp, appuyez sur Réglages &gt; Confidentialité. Réglez Photo de profil, Actu et Heure de dernière connexion et En ligne sur Mes contacts. Sous Groupes, choisissez Mes contacts pour que des inconnus ne puissent pas vous ajouter à des groupes.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>Dans WhatsApp sur votre ordinateur, ouvrez Menu &gt; Paramètres &gt; Confidentialité et faites les mêmes choix&#xa0;: Photo de profil, Actu et Heure de dernière connexion sur Mes contacts&#xa0;; Groupes sur Mes contacts.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Mettez en sourdine les appels de numéros inconnus dans WhatsApp</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Les numéros divulgués reçoivent des appels d&apos;escrocs. Avec ce réglage, les appels de numéros absents de vos contacts ne font pas sonner votre téléphone&#xa0;; ils apparaissent quand même dans votre liste d&apos;appels, vous ne manquez donc rien d&apos;important.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Dans WhatsApp, appuyez sur Plus d&apos;options (trois points) &gt; Paramètres &gt; Confidentialité &gt; Appels et activez Mettre les numéros inconnus en sourdine.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>Dans WhatsApp, appuyez sur Réglages &gt; Confidentialité &gt; Appels et activez Mettre les numéros inconnus en sourdine.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Déconnectez WhatsApp des ordinateurs que vous ne reconnaissez pas</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Un ordinateur connecté à votre WhatsApp peut lire vos nouveaux messages. Vérifiez que chaque appareil connecté vous appartient.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Dans WhatsApp, appuyez sur Plus d&apos;options (trois points) &gt; Appareils connectés. Appuyez sur chaque appareil que vous ne reconnaissez pas &gt; Se déconnecter.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>Dans WhatsApp, appuyez sur Réglages &gt; Appareils connectés. Appuyez sur chaque appareil que vous ne reconnaissez pas &gt; Se déconnecter.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Protégez votre sauvegarde WhatsApp et soyez averti quand le code de sécurité d&apos;un contact change</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Vos discussions sont déjà chiffrées de bout en bout&#xa0;; vous n&apos;avez rien à activer pour cela. Votre sauvegarde, elle, ne l&apos;est pas, sauf si vous le choisissez. Et les notifications de code de sécurité vous préviennent quand le téléphone ou l&apos;application d&apos;un contact a changé, ce qui peut aussi vouloir dire que quelqu&apos;un a pris le contrôle de son compte.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Dans WhatsApp, ouvrez Paramètres &gt; Discussions &gt; Sauvegarde des discussions &gt; Sauvegarde chiffrée de bout en bout &gt; Activer, puis choisissez un mot de passe ou une clé à 64 chiffres&#xa0;: sans eux, la sauvegarde ne peut pas être restaurée. Ouvrez ensuite Paramètres &gt; Compte &gt; Notifications de sécurité et activez-les. Le nom des menus peut varier selon la version de l&apos;application.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>Dans WhatsApp, ouvrez Réglages &gt; Discussions &gt; Sauvegarde des discussions &gt; Sauvegarde chiffrée de bout en bout &gt; Activer, puis choisissez un mot de passe ou une clé à 64 chiffres&#xa0;: sans eux, la sauvegarde ne peut pas être restaurée. La sauvegarde iCloud peut quand même conserver une copie non chiffrée. Ouvrez ensuite Réglages &gt; Compte &gt; Notifications de sécurité et activez-les. Le nom des menus peut varier selon la version de l&apos;application.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Activez l&apos;authentification à deux facteurs sur Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Votre numéro de téléphone ou votre adresse e-mail étant connus, des pirates essaient de prendre le contrôle de votre compte. Une deuxième étape à la connexion arrête quiconque a votre mot de passe.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Dans l&apos;application Facebook, appuyez sur Menu &gt; Paramètres et confidentialité &gt; Paramètres &gt; Espace Comptes &gt; Mot de passe et sécurité &gt; Authentification à deux facteurs. Choisissez votre compte, puis une application d&apos;authentification (le meilleur choix) ou les SMS. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>Sur facebook.com, cliquez sur votre photo de profil &gt; Paramètres et confidentialité &gt; Paramètres &gt; Espace Comptes &gt; Mot de passe et sécurité &gt; Authentification à deux facteurs. Choisissez votre compte, puis une application d&apos;authentification (le meilleur choix) ou les SMS.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Déconnectez-vous de Facebook sur les appareils que vous ne reconnaissez pas</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Si quelqu&apos;un est déjà connecté à votre compte, modifier vos paramètres ne suffit pas à l&apos;en faire sortir.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>Dans Facebook, ouvrez Paramètres et confidentialité &gt; Paramètres &gt; Espace Comptes &gt; Mot de passe et sécurité &gt; Où vous êtes connecté(e). Choisissez votre compte et déconnectez-vous de tout appareil ou lieu que vous ne reconnaissez pas. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Empêchez les inconnus de trouver votre profil Facebook grâce à votre numéro de téléphone</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>L&apos;aspiration de données de 2021 s&apos;est faite en recherchant des personnes par leur numéro de téléphone. Limiter qui peut le faire, et qui voit votre numéro et votre date d&apos;anniversaire, rend votre profil plus difficile à aspirer de nouveau.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Ouvrez facebook.com/privacy/checkup (ou Menu &gt; Paramètres et confidentialité &gt; Assistance confidentialité). Sous Comment les autres peuvent vous trouver sur Facebook, réglez qui peut vous rechercher à l&apos;aide du numéro de téléphone que vous avez fourni sur Amis, ou sur le choix le plus restreint proposé, et faites de même pour votre adresse e-mail. Sous Qui peut voir ce que vous partagez, rendez votre numéro de téléphone, votre adresse e-mail et votre date d&apos;anniversaire visibles par Moi uniquement.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Activez l&apos;authentification à deux facteurs sur Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Une deuxième étape à la connexion bloque quiconque a votre mot de passe ou trompe votre opérateur pour faire transférer votre numéro.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>Dans Instagram, allez sur votre profil &gt; menu &gt; Paramètres et confidentialité &gt; Espace Comptes &gt; Mot de passe et sécurité &gt; Authentification à deux facteurs. Choisissez votre compte et, si possible, une application d&apos;authentification. Conservez en lieu sûr les codes de récupération proposés.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Déconnectez-vous d&apos;Instagram sur les appareils que vous ne reconnaissez pas</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>Dans Instagram, allez sur votre profil &gt; menu &gt; Paramètres et confidentialité &gt; Espace Comptes &gt; Mot de passe et sécurité &gt; Où vous êtes connecté(e). Choisissez votre compte et déconnectez-vous de tout appareil ou lieu que vous ne reconnaissez pas, puis changez votre mot de passe. Le nom des menus peut varier selon la version de l&apos;application.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Rendez votre compte Instagram privé et retirez-le des suggestions de contacts</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Un compte public montre vos photos et vos abonnés à tout le monde&#xa0;: c&apos;est ce que les escrocs copient pour créer un faux compte qui ressemble au vôtre.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>Dans Instagram, allez sur votre profil &gt; menu &gt; Paramètres et confidentialité &gt; Confidentialité du compte et activez Compte privé. Cherchez ensuite dans Paramètres et confidentialité la synchronisation des contacts et la suggestion de votre compte à d&apos;autres personnes, et désactivez ce dont vous n&apos;avez pas besoin. Le nom des menus peut varier selon la version de l&apos;application.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Activez la vérification en deux étapes sur LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Des comptes LinkedIn servent à envoyer de fausses offres d&apos;emploi convaincantes aux contacts de leur titulaire. Une deuxième étape à la connexion empêche que le vôtre soit utilisé ainsi.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Dans l&apos;application LinkedIn, appuyez sur votre photo de profil &gt; Préférences &gt; Identification et sécurité &gt; Vérification en deux étapes &gt; Configurer, puis choisissez une application d&apos;authentification ou votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>Dans LinkedIn, cliquez sur Vous &gt; Préférences et confidentialité &gt; Identification et sécurité &gt; Vérification en deux étapes &gt; Configurer, puis choisissez une application d&apos;authentification ou votre numéro de téléphone.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Vérifiez où vous êtes connecté à LinkedIn et qui peut vous trouver par téléphone ou par e-mail</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>D&apos;anciennes sessions peuvent rester ouvertes pendant des mois, et le fait de pouvoir être trouvé par numéro de téléphone relie votre numéro divulgué à votre profil professionnel.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>Dans LinkedIn, ouvrez Vous &gt; Préférences et confidentialité &gt; Identification et sécurité &gt; Où vous êtes connecté, et fermez les sessions que vous ne reconnaissez pas. Sous Visibilité, limitez qui peut trouver votre profil grâce à votre adresse e-mail ou à votre numéro de téléphone. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Définissez un mot de passe Telegram (double authentification)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram vous connecte avec un code envoyé par SMS. Avec un mot de passe en plus, ce code seul ne suffit plus pour prendre le contrôle de votre compte.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>Dans Telegram, ouvrez Paramètres &gt; Confidentialité et sécurité &gt; Double authentification et définissez un mot de passe. Ajoutez un e-mail de récupération&#xa0;: sans lui, un mot de passe oublié ne peut être réinitialisé qu&apos;après un long délai d&apos;attente, en perdant vos contacts et vos discussions dans le cloud.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Fermez les sessions Telegram que vous ne connaissez pas et masquez votre numéro</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Chaque appareil connecté peut lire vos discussions dans le cloud. Masquer votre numéro empêche les inconnus de le voir dans les groupes.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>Dans Telegram, ouvrez Paramètres &gt; Appareils (dans les anciennes versions, Confidentialité et sécurité &gt; Sessions actives) et mettez fin à chaque session que vous ne reconnaissez pas. Ouvrez ensuite Paramètres &gt; Confidentialité et sécurité &gt; Numéro de téléphone et réglez Qui peut voir mon numéro de téléphone&#xa0;? sur Mes contacts ou Personne. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Activez le blocage de l&apos;inscription de Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Avec le blocage de l&apos;inscription activé, une personne qui obtient un code pour votre numéro a encore besoin de votre NIP Signal pour l&apos;inscrire.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>Dans Signal, ouvrez Paramètres &gt; Compte et activez Blocage de l&apos;inscription (dans les anciennes versions, il se trouve sous Confidentialité). Il utilise votre NIP Signal&#xa0;: assurez-vous de le connaître, sous Paramètres &gt; Compte &gt; NIP Signal. Signal ne peut pas récupérer un NIP oublié.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Masquez votre numéro dans Signal et dissociez les appareils que vous ne connaissez pas</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal peut masquer votre numéro aux personnes à qui vous écrivez, et un ordinateur relié peut lire vos messages.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>Dans Signal, ouvrez Paramètres &gt; Confidentialité &gt; Numéro de téléphone, réglez Qui peut voir mon numéro sur Personne et choisissez qui peut vous trouver grâce à votre numéro. Ouvrez ensuite Paramètres &gt; Appareils reliés et dissociez ceux que vous ne reconnaissez pas. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Activez l&apos;authentification à deux facteurs sur X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Une deuxième étape à la connexion bloque quiconque a votre mot de passe. Sur X, les codes par SMS sont réservés aux comptes payants&#xa0;; une application d&apos;authentification ou une clé de sécurité est gratuite.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>Dans X, ouvrez Paramètres et confidentialité &gt; Sécurité et accès au compte &gt; Sécurité &gt; Authentification à deux facteurs et choisissez Application d&apos;authentification ou Clé de sécurité. Conservez le code de secours.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Fermez les autres sessions X et empêchez qu&apos;on vous trouve par votre numéro de téléphone</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>D&apos;anciennes sessions peuvent rester ouvertes, et le fait de pouvoir être trouvé par téléphone ou par e-mail relie des données divulguées à votre compte.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>Dans X, ouvrez Paramètres et confidentialité &gt; Sécurité et accès au compte &gt; Applications et sessions &gt; Sessions et déconnectez les sessions que vous ne reconnaissez pas. Ouvrez ensuite Confidentialité et sécurité &gt; Découvrabilité et contacts et désactivez les options qui permettent de vous trouver par votre numéro de téléphone et votre adresse e-mail. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Activez la validation en deux étapes pour votre compte Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Votre compte Google donne accès à votre messagerie, et votre messagerie permet de réinitialiser les mots de passe de tout le reste. Sécurisez-le en premier.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Allez sur myaccount.google.com &gt; Sécurité &gt; Comment vous connecter à Google &gt; Validation en deux étapes &gt; Commencer. Préférez les invites Google, une application d&apos;authentification ou une clé d&apos;accès aux SMS.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Faites le Check-up Sécurité de Google et déconnectez les appareils que vous ne connaissez pas</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Il liste les appareils connectés à votre compte et les événements de sécurité récents, pour que vous puissiez mettre dehors quiconque n&apos;a rien à y faire.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Ouvrez myaccount.google.com/security-checkup et suivez les étapes. Sous Vos appareils, déconnectez-vous de tout appareil que vous ne reconnaissez pas, puis changez votre mot de passe.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Vérifiez ce que votre profil Google montre aux autres</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Le numéro de téléphone et la date d&apos;anniversaire de votre profil Google peuvent être visibles par les personnes qui ont votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Ouvrez myaccount.google.com/privacycheckup et faites en sorte que votre numéro de téléphone, votre date d&apos;anniversaire et vos autres informations personnelles ne soient visibles que par vous.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Retirez de votre compte Google les applications que vous n&apos;utilisez pas et les anciens mots de passe d&apos;application</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Des applications connectées il y a des années peuvent encore lire vos e-mails ou vos fichiers, et un mot de passe d&apos;application ouvre votre compte sans validation en deux étapes.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Vérifiez que l&apos;identification à deux facteurs est activée pour votre compte Apple</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Votre compte Apple contient vos photos, vos sauvegardes et la possibilité d&apos;effacer votre iPhone. L&apos;identification à deux facteurs vous en garde le contrôle.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Ouvrez Réglages &gt; votre nom &gt; Connexion et sécurité &gt; Identification à deux facteurs et activez-la si elle est désactivée. Vérifiez que les numéros de téléphone de confiance indiqués sont bien les vôtres.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Sur un Mac, ouvrez Réglages Système &gt; votre nom &gt; Connexion et sécurité et activez Identification à deux facteurs. Sur un autre ordinateur, connectez-vous sur account.apple.com et vérifiez Connexion et sécurité.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Retirez de votre compte Apple les appareils que vous ne connaissez pas</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Chaque appareil associé à votre compte peut recevoir vos codes et peut voir vos données.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Ouvrez Réglages &gt; votre nom et faites défiler jusqu&apos;à la liste des appareils. Touchez chaque appareil que vous ne reconnaissez pas et supprimez-le de votre compte. Les libellés peuvent varier selon la version d&apos;iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Sur un Mac, ouvrez Réglages Système &gt; votre nom et passez en revue les appareils indiqués&#xa0;; supprimez ceux que vous ne reconnaissez pas. Sur un autre ordinateur, connectez-vous sur account.apple.com et vérifiez les appareils qui y figurent.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Vérifiez avec Contrôle de sécurité qui peut voir les données de votre iPhone, et quelles apps</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Partages de position, albums partagés et autorisations des apps s&apos;accumulent au fil des années. Contrôle de sécurité les regroupe au même endroit pour que vous arrêtiez ce que vous ne voulez plus.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Ouvrez Réglages &gt; Confidentialité et sécurité &gt; Contrôle de sécurité (iOS 16 ou version ultérieure) &gt; Gérer le partage et l&apos;accès. Passez en revue les personnes avec qui vous partagez et les apps qui peuvent voir votre position, vos photos et vos contacts, et arrêtez ce dont vous n&apos;avez pas besoin. Réinitialisation d&apos;urgence arrête tous les partages d&apos;un coup&#xa0;; ne l&apos;utilisez qu&apos;en cas de besoin.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Révoquez les mots de passe pour application Apple que vous n&apos;utilisez plus</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Un mot de passe pour application permet à l&apos;app d&apos;une autre entreprise d&apos;accéder à vos e-mails, contacts et calendriers iCloud sans votre deuxième étape de connexion&#xa0;: un mot de passe ancien ou divulgué reste donc une porte d&apos;entrée.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Connectez-vous sur account.apple.com. Dans Connexion et sécurité, choisissez Mots de passe pour applications et supprimez ceux que vous n&apos;utilisez pas ou ne reconnaissez pas, ou choisissez Tout révoquer. Changer le mot de passe de votre compte Apple les révoque aussi tous.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Activez la vérification en deux étapes pour votre compte Microsoft</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Votre compte Microsoft donne accès à vos e-mails Outlook, à vos fichiers OneDrive et à la connexion à Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Allez sur account.microsoft.com/security &gt; Gérer la façon dont je me connecte (ou Options de sécurité avancées) &gt; Vérification en deux étapes &gt; Activer. L&apos;application d&apos;authentification Microsoft Authenticator est la deuxième étape la plus simple. Notez le code de récupération qui vous est donné.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Vérifiez les connexions récentes à votre compte Microsoft</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Supprimez les anciens mots de passe d&apos;application de votre compte Microsoft</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Un mot de passe d&apos;application permet à une application ou à un appareil ancien d&apos;accéder à votre compte Microsoft sans vérification en deux étapes&#xa0;: un mot de passe que vous n&apos;utilisez plus est donc une porte ouverte.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Allez sur account.microsoft.com/security &gt; Options de sécurité avancées (ou Gérer la façon dont je me connecte) et trouvez Mots de passe d&apos;application. Supprimez les mots de passe d&apos;application existants, puis créez-en de nouveaux uniquement pour les appareils qui en ont encore besoin. Le nom des menus peut varier.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Passez en revue et effacez ce que votre compte Microsoft enregistre sur vous</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Votre compte Microsoft peut conserver vos recherches, votre navigation, votre position et votre activité dans les applications&#xa0;; ce qui n&apos;est pas stocké ne peut ni fuiter ni être utilisé contre vous.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Connectez-vous sur account.microsoft.com/privacy. Parcourez l&apos;activité affichée par le tableau de bord de confidentialité (recherche, navigation, position, applications et services) et effacez ce que vous ne voulez pas conserver, puis désactivez les paramètres qui collectent ce dont vous n&apos;avez pas besoin.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>une revente des données aspirées sur Facebook en 2021, présentées comme des utilisateurs de WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Changez votre mot de passe sur %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Un mot de passe divulgué, même sous une forme brouillée, doit être considéré comme connu des criminels.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Un indice de mot de passe divulgué trahit souvent le mot de passe&#xa0;: considérez donc ce mot de passe comme connu des criminels.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Connectez-vous à %1 et changez votre mot de passe. Si vous ne pouvez pas vous connecter, utilisez sa page «&#xa0;mot de passe oublié&#xa0;» ou contactez le service pour récupérer ou fermer le compte. Choisissez un long mot de passe que vous n&apos;avez jamais utilisé ailleurs&#xa0;: trois mots au hasard ou plus font très bien l&apos;affaire.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Changez ce mot de passe partout où vous l&apos;avez aussi utilisé</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Les criminels essaient automatiquement les mots de passe divulgués sur les sites de messagerie, de banque et d&apos;achat. Tout compte qui a le même mot de passe, ou un mot de passe proche, est en danger.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Un indice de mot de passe trahit souvent le mot de passe, et les criminels essaient automatiquement les mots de passe divulgués sur les sites de messagerie, de banque et d&apos;achat. Tout compte qui a le même mot de passe, ou un mot de passe proche, est en danger.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Faites la liste des comptes où vous avez utilisé le même mot de passe ou un mot de passe proche. Commencez par votre messagerie, puis votre banque, puis les comptes qui vous servent à vous connecter à d&apos;autres sites (Google, Apple, Facebook). Donnez à chacun son propre mot de passe.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Utilisez un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Il crée et retient un mot de passe fort différent pour chaque compte&#xa0;: une fuite n&apos;ouvre ainsi jamais un autre compte.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Choisissez un gestionnaire de mots de passe (celui intégré à votre téléphone ou à votre navigateur est un bon début), protégez-le par une longue phrase secrète et la vérification en deux étapes, et laissez-le créer les nouveaux mots de passe au fur et à mesure que vous les changez.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Recherchez les connexions que vous ne reconnaissez pas</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Quelqu&apos;un a peut-être déjà utilisé le mot de passe divulgué. Le changer ne suffit pas toujours à déconnecter cette personne.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>Dans le compte touché par la fuite et dans votre compte de messagerie, ouvrez la page de sécurité et regardez les connexions récentes et les appareils connectés. Déconnectez tout ce que vous ne reconnaissez pas et vérifiez qu&apos;aucune règle de transfert ni adresse de récupération n&apos;a été ajoutée à votre messagerie.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Remplacez vos questions et réponses de sécurité</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Les réponses de sécurité fonctionnent comme des mots de passe, et les informations divulguées sur vous (date de naissance, nom de jeune fille de votre mère, ville natale) sont justement les réponses que l&apos;on utilise.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Changez tout mot de passe ou code PIN formé à partir de votre date de naissance ou de votre adresse</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Votre date de naissance ou votre adresse est maintenant connue&#xa0;; un mot de passe ou un code PIN construit à partir d&apos;elle est facile à deviner.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Si un mot de passe ou un code PIN contient votre date ou votre année de naissance, votre numéro de maison ou votre rue, changez-le. Choisissez un code PIN qui n&apos;a aucun rapport avec vous.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Activez la vérification en deux étapes pour votre messagerie</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Votre messagerie permet de réinitialiser les mots de passe de presque tous vos autres comptes. Sécurisez-la en premier.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>Dans les paramètres de sécurité de votre compte de messagerie, activez la vérification en deux étapes (parfois appelée authentification à deux facteurs ou validation en deux étapes). Préférez une application, une clé d&apos;accès ou une clé de sécurité aux SMS. Vérifiez que le numéro de téléphone et l&apos;adresse de récupération sont bien les vôtres.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Attendez-vous à de faux e-mails convaincants</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Après une fuite de données, des criminels envoient des e-mails parlant de réinitialisation de mot de passe, de remboursement ou d&apos;indemnisation, qui mentionnent l&apos;entreprise et parfois vos propres informations.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>N&apos;utilisez pas les liens ni les pièces jointes des messages inattendus. Pour vérifier un message, allez vous-même sur le site de l&apos;entreprise ou appelez le numéro figurant sur votre facture ou votre carte. Les vraies entreprises ne demandent pas votre mot de passe ni vos codes par e-mail.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Vérifiez tout avis de fuite de données sur le site de l&apos;entreprise elle-même</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Après une fuite, des criminels envoient de faux avis de fuite et de fausses offres d&apos;indemnisation qui mènent à des pages d&apos;hameçonnage. Un vrai avis peut être confirmé sur le site de l&apos;entreprise elle-même.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>N&apos;utilisez pas les liens, numéros ou pièces jointes d&apos;un message qui parle de la fuite. Tapez vous-même l&apos;adresse du site de l&apos;entreprise, ou utilisez son application, et cherchez sa déclaration sur la fuite et ce qu&apos;elle propose. En cas de doute, appelez-la au numéro figurant sur votre facture ou votre carte.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Méfiez-vous des arnaques qui exploitent votre emploi</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Avec le nom de votre employeur et votre intitulé de poste, des escrocs rédigent de fausses offres d&apos;emploi, ou se font passer pour votre patron ou un fournisseur qui demande un paiement urgent ou des cartes cadeaux.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Vérifiez toute demande inhabituelle d&apos;argent, de changement de coordonnées de paiement ou de documents en appelant la personne à un numéro que vous connaissez déjà. Prévenez le service informatique ou l&apos;équipe de sécurité de votre employeur si des messages mentionnent votre emploi et vous semblent suspects. Méfiez-vous des offres d&apos;emploi qui demandent très tôt des frais, des pièces d&apos;identité ou vos coordonnées bancaires.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Appelez l&apos;émetteur de votre carte et demandez une nouvelle carte</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Un numéro de carte divulgué avec son cryptogramme peut servir immédiatement à des paiements en ligne.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Appelez le numéro au dos de votre carte, dites que ses informations figuraient dans une fuite de données et demandez une nouvelle carte avec un nouveau numéro. Vérifiez vos paiements récents pour repérer ceux que vous n&apos;avez pas faits, et mettez à jour la carte partout où elle sert à des paiements automatiques.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Prévenez votre banque que les informations de votre compte ont fuité</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Plus tôt votre banque est au courant, mieux elle peut surveiller les fraudes, et mieux vous êtes protégé si de l&apos;argent disparaît.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Appelez votre banque au numéro indiqué sur son site ou sur votre carte, dites-lui que les informations de votre compte figuraient dans une fuite de données et demandez-lui ce qu&apos;elle conseille&#xa0;: surveiller le compte, un nouveau numéro de compte ou un nouveau code PIN. Vérifiez vos relevés pour repérer les paiements que vous n&apos;avez pas faits.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Surveillez vos relevés bancaires et de carte au cours des prochains mois</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Des informations partielles de carte et des historiques de paiement aident les criminels à répondre aux questions de sécurité et à rendre leurs messages crédibles.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Activez les alertes de paiement dans l&apos;application de votre banque si elle en propose, et vérifiez vos relevés chaque mois. Signalez immédiatement à votre banque tout paiement que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Transférez vos cryptomonnaies vers un nouveau portefeuille</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Toute personne qui détient une phrase de récupération ou une clé de portefeuille divulguée peut vider le portefeuille&#xa0;; aucune banque ne peut annuler l&apos;opération.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Depuis un appareil de confiance, créez un nouveau portefeuille avec une nouvelle phrase de récupération et transférez-y vos fonds. Ne saisissez jamais une phrase de récupération sur un site web et ne la communiquez jamais à quelqu&apos;un qui propose de vous aider.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Faites geler votre dossier de crédit ou ajoutez une alerte à la fraude</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Avec vos informations d&apos;identité, quelqu&apos;un peut souscrire des prêts ou des forfaits téléphoniques à votre nom. Un gel du crédit ou une alerte à la fraude rend cela beaucoup plus difficile.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Demandez à une agence d&apos;évaluation du crédit (credit reporting body) une interdiction de crédit gratuite de 21 jours (credit ban)&#xa0;; elle la transmet aux autres. Obtenez votre rapport de crédit gratuit pour repérer les demandes que vous n&apos;avez pas faites. IDCARE (1800 595 160) offre une aide gratuite.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Envisagez l&apos;inscription Protective Registration de Cifas, qui demande aux prêteurs des vérifications supplémentaires avant d&apos;accepter une demande à votre nom (elle est payante). Consultez votre rapport de crédit auprès d&apos;une agence d&apos;évaluation du crédit (credit reference agency) pour repérer les comptes que vous n&apos;avez pas ouverts.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Demandez à la SCHUFA, la principale agence d&apos;évaluation du crédit, votre copie gratuite de données (Datenkopie&#xa0;: la copie de vos données que toute entreprise doit vous remettre selon le droit européen de la protection des données, art. 15 du RGPD) et vérifiez-la pour repérer les contrats ou vérifications de crédit que vous ne reconnaissez pas. Si vous en trouvez, signalez-le à la police et prévenez l&apos;entreprise concernée.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Profitez de la surveillance du crédit ou de la protection d&apos;identité gratuite que propose l&apos;entreprise</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Les entreprises qui perdent des données d&apos;identité ou financières paient souvent un service de surveillance qui vous prévient de tout nouveau crédit ou compte ouvert à votre nom. Cela ne vous coûte rien et révèle tôt les abus.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Si l&apos;entreprise touchée propose gratuitement une surveillance du crédit ou une protection d&apos;identité, inscrivez-vous, mais uniquement par son site officiel ou par le courrier qu&apos;elle vous a envoyé, pas par un lien reçu par e-mail ou SMS. Notez la date de fin de la période gratuite pour qu&apos;elle ne se transforme pas en abonnement payant.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Déposez votre déclaration de revenus tôt cette année</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Un numéro de sécurité sociale (Social Security number) divulgué peut servir à déposer une fausse déclaration à votre nom et à toucher votre remboursement d&apos;impôt.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Déposez-la le plus tôt possible. Si l&apos;IRS (le fisc américain) vous indique qu&apos;une déclaration a déjà été déposée avec votre numéro, signalez-le sur IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Obtenez un Identity Protection PIN auprès de l&apos;IRS</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Avec votre numéro de sécurité sociale, quelqu&apos;un peut déposer une déclaration de revenus à votre nom et empocher votre remboursement. Avec un IP PIN, toute déclaration déposée sans lui est rejetée.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Prévenez l&apos;administration qui a délivré votre pièce d&apos;identité</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Un numéro de passeport, de permis de conduire ou de carte d&apos;identité divulgué peut servir à ouvrir des comptes à votre nom. L&apos;organisme émetteur peut le signaler ou le remplacer.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Contactez l&apos;administration qui a délivré le document (service des passeports, des permis de conduire ou des cartes d&apos;identité) et demandez s&apos;il faut le signaler ou le remplacer.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Pour un permis de conduire, contactez l&apos;agence des véhicules à moteur de votre État (DMV) et demandez-lui de signaler le numéro. Pour un numéro de sécurité sociale, voyez l&apos;étape sur le gel du crédit. Si quelqu&apos;un usurpe votre identité, signalez-le sur IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Sachez où signaler une usurpation de votre identité</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Un signalement officiel vous donne une preuve à présenter aux banques et aux prêteurs et, dans certains pays, un plan de rétablissement.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Si des prêts, des comptes ou des contrats apparaissent à votre nom, signalez-le à la police et gardez le numéro de référence&#xa0;; prévenez la banque ou l&apos;entreprise concernée.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Signalez l&apos;usurpation d&apos;identité sur IdentityTheft.gov ou au 1-877-438-4338&#xa0;: vous obtenez un Identity Theft Report (rapport officiel d&apos;usurpation d&apos;identité) et un plan de rétablissement.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Signalez la fraude sur reportfraud.police.uk ou au 0300 123 2040 (Angleterre, pays de Galles et Irlande du Nord)&#xa0;; en Écosse, appelez Police Scotland au 101. Prévenez votre banque et toute entreprise où des comptes ont été ouverts à votre nom.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Contactez IDCARE au 1800 595 160 pour obtenir une aide gratuite, et signalez la cybercriminalité via ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Faites un signalement auprès de votre police locale et du Centre antifraude du Canada (1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Appelez le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Portez plainte (Anzeige) auprès de la police, en ligne via l&apos;Onlinewache de votre Land s&apos;il en existe une, ou dans n&apos;importe quel commissariat. Prévenez votre banque et toute entreprise où des comptes ont été ouverts à votre nom.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Déposez plainte auprès de la police ou de la gendarmerie, avec des captures d&apos;écran et des courriers comme preuves&#xa0;; si vous soupçonnez seulement une utilisation frauduleuse, vous pouvez faire consigner les faits dans une main courante. Prévenez votre banque et les organismes concernés. Si votre carte a été utilisée en ligne à votre insu, faites-la bloquer et signalez la fraude sur Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Signalez l&apos;usurpation d&apos;identité à la Policía Nacional ou à la Guardia Civil et gardez le procès-verbal. La ligne d&apos;assistance gratuite 017 de l&apos;INCIBE vous conseille sur la suite. Prévenez votre banque et toute entreprise où des comptes ont été ouverts à votre nom.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Vérifiez les comptes bancaires, les prêts et les clés Pix (clés de paiement instantané) enregistrés avec votre CPF (numéro fiscal) sur Registrato, le service gratuit de la Banque centrale du Brésil. Contestez tout ce que vous n&apos;avez pas ouvert auprès de l&apos;entreprise et de votre banque, et portez plainte à la police (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Nettoyez l&apos;appareil qui a laissé fuiter vos mots de passe, puis changez-les</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Cette fuite provient d&apos;un logiciel malveillant qui vole les mots de passe et les cookies de connexion enregistrés dans un navigateur. Tant que l&apos;appareil n&apos;est pas nettoyé, les nouveaux mots de passe seraient volés eux aussi.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Lancez une analyse complète de vos ordinateurs avec un logiciel de sécurité à jour, ou réinitialisez l&apos;appareil en cas de doute. Ensuite, depuis un appareil sain, changez les mots de passe de votre messagerie, de votre banque et de vos autres comptes importants, et fermez toutes les autres sessions de chacun d&apos;eux.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Fermez toutes les sessions sur %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Des jetons de connexion divulgués permettent à quelqu&apos;un d&apos;utiliser votre compte sans mot de passe tant que ces sessions ne sont pas fermées.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>Dans les paramètres de sécurité de %1, choisissez de vous déconnecter de toutes les sessions ou de tous les appareils, puis reconnectez-vous et changez votre mot de passe.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Mettez à jour votre téléphone, votre ordinateur et vos applications</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Les informations sur vos appareils aident les pirates à choisir des attaques qui fonctionnent contre eux&#xa0;; les mises à jour bouchent les failles que ces attaques exploitent.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Ouvrez Paramètres &gt; Système &gt; Mise à jour logicielle (le nom varie selon le fabricant) et installez les mises à jour&#xa0;; dans le Play Store, mettez à jour toutes les applications et activez les mises à jour automatiques.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Ouvrez Réglages &gt; Général &gt; Mise à jour logicielle et installez la mise à jour&#xa0;; activez Mises à jour automatiques. Dans l&apos;App Store, activez les mises à jour automatiques des apps.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Installez les mises à jour que propose votre système (Windows Update, Mise à jour de logiciels sur macOS, l&apos;outil de mise à jour de votre distribution Linux) et laissez les mises à jour automatiques activées, pour le navigateur aussi.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Maintenez votre routeur à jour et masquez votre adresse IP quand c&apos;est utile</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Installez les mises à jour de votre routeur (ou de votre box) et changez son mot de passe d&apos;administration s&apos;il s&apos;agit encore de celui d&apos;origine. Dans WhatsApp, vous pouvez activer Paramètres (Réglages sur iPhone) &gt; Confidentialité &gt; Avancé &gt; Protéger l&apos;adresse IP lors des appels.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Méfiez-vous des courriers, appels et visites qui utilisent votre adresse</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Avec votre nom et votre adresse, des escrocs envoient des courriers et des colis convaincants, ou se présentent chez vous en prétendant venir d&apos;une entreprise dont vous êtes client.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Vérifiez auprès de l&apos;entreprise tout courrier ou visiteur qui vous demande de l&apos;argent ou des informations, en utilisant des coordonnées que vous trouvez vous-même. Si vous ne vous sentez pas en sécurité parce que votre adresse est connue, contactez la police.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Si quelqu&apos;un menace de révéler ce qui a fuité, ne payez pas</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Des informations très personnelles (santé, sexualité, convictions, messages privés) ne peuvent pas redevenir secrètes. Des criminels s&apos;en servent parfois pour menacer les gens et leur extorquer de l&apos;argent.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Ne répondez pas aux menaces et ne payez pas&#xa0;: payer y met rarement fin. Gardez les messages, signalez le compte au service concerné et signalez la menace à la police. Parlez-en à une personne de confiance.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Signalez le spam comme tel et n&apos;y répondez pas</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Votre adresse figure sur une liste utilisée pour envoyer du spam. Répondre ou cliquer sur «&#xa0;se désabonner&#xa0;» dans un spam ne fait que confirmer qu&apos;elle fonctionne.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Utilisez le bouton Signaler comme spam ou Courrier indésirable de votre messagerie et bloquez les expéditeurs. Ne répondez pas à ces messages et ne cliquez pas sur leurs liens.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Inscrivez-vous pour recevoir des alertes gratuites quand votre adresse e-mail apparaît dans une fuite de données</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>La prochaine fuite ne doit pas vous prendre par surprise&#xa0;: une alerte précoce vous laisse le temps de changer un mot de passe avant qu&apos;il ne soit utilisé.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>Sur haveibeenpwned.com, utilisez Notify me et confirmez le lien reçu par e-mail, ou créez un compte Mozilla Monitor gratuit sur monitor.mozilla.org. Les deux vous préviennent quand votre adresse apparaît dans une fuite nouvellement découverte. Faites-le pour chaque adresse que vous utilisez.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Supprimez les comptes que vous n&apos;utilisez plus</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Un ancien compte de forum ou de boutique que vous avez oublié contient toujours vos informations, et peut-être un ancien mot de passe&#xa0;; s&apos;il est piraté demain, vos données fuiteront de nouveau.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Cherchez dans votre messagerie les e-mails d&apos;inscription et de bienvenue pour dresser la liste de vos anciens comptes. Connectez-vous à chacun de ceux que vous n&apos;utilisez plus, supprimez le compte (regardez dans les paramètres ou la confidentialité, ou demandez à l&apos;assistance du site) et notez ceux que vous avez fermés. Changez d&apos;abord le mot de passe si vous l&apos;avez réutilisé.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Gardez vos mots de passe dans un gestionnaire de mots de passe</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Un gestionnaire de mots de passe crée et retient un mot de passe fort différent pour chaque compte&#xa0;: une fuite sur un site n&apos;en ouvre ainsi jamais un autre.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Choisissez un gestionnaire de mots de passe (celui intégré à votre téléphone ou à votre navigateur est un bon début), protégez-le par une longue phrase secrète et la vérification en deux étapes, et laissez-le créer un nouveau mot de passe chaque fois que vous en changez un.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Maintenez votre téléphone et vos applications à jour</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Les mises à jour corrigent les failles de sécurité qu&apos;exploitent les pirates. Les mises à jour automatiques s&apos;en chargent pour vous.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Paramètres &gt; Système &gt; Mise à jour logicielle, et dans le Play Store, activez les mises à jour automatiques des applications.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Réglages &gt; Général &gt; Mise à jour logicielle &gt; Mises à jour automatiques, et dans l&apos;App Store, activez les mises à jour des apps.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Laissez les mises à jour automatiques activées pour votre système et votre navigateur.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Activez la vérification en deux étapes pour votre messagerie et vos principaux comptes</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Votre messagerie permet de réinitialiser les mots de passe de presque tout le reste. Une deuxième étape à la connexion bloque quiconque a votre mot de passe.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>Dans les paramètres de sécurité de votre compte de messagerie, activez la vérification en deux étapes (aussi appelée authentification à deux facteurs ou validation en deux étapes), puis faites de même pour votre banque et vos réseaux sociaux. Préférez une application, une clé d&apos;accès ou une clé de sécurité aux SMS.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>À elle seule, cette information ne permet à personne de vous joindre ni d&apos;accéder à vos comptes. Elle peut rendre les messages d&apos;escroquerie plus personnels&#xa0;; les étapes sur les arnaques, proposées quand vos coordonnées ont fuité, couvrent ce risque.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Cette information est généralement déjà visible sur votre profil public, et elle n&apos;ouvre aucun compte. Si un mot de passe a fuité avec elle, les étapes sur les mots de passe couvrent ce risque.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Vous ne pouvez rien y changer&#xa0;; cela aide rarement un criminel directement. Méfiez-vous des messages inattendus qui mentionnent votre école ou vos études.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Les empreintes digitales et les données du visage ne peuvent pas être changées&#xa0;: il n&apos;y a donc rien à réinitialiser. Si le service touché le propose, une clé d&apos;accès ou une clé de sécurité peut y remplacer la connexion biométrique.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Cela concerne un proche décédé. Des criminels détournent parfois ce genre d&apos;informations&#xa0;; si vous gérez ses affaires, demandez à sa banque et aux agences d&apos;évaluation du crédit (là où elles existent) d&apos;indiquer que la personne est décédée.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Rien à changer après coup. Traitez avec prudence les appels ou messages qui mentionnent vos rendez-vous, et vérifiez-les directement auprès du cabinet ou du service concerné.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Une ville, une région ou un pays ne mène personne jusqu&apos;à votre porte, et vous ne pouvez pas le changer. Si votre adresse personnelle a aussi fuité, l&apos;étape sur l&apos;adresse couvre ce risque.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Demandez à votre opérateur mobile de verrouiller votre numéro contre les échanges frauduleux de carte SIM et les transferts</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Avec votre numéro, un criminel peut demander à votre opérateur une nouvelle carte SIM à votre nom, ou le transfert de votre numéro vers un autre opérateur, et recevoir ensuite vos codes de sécurité. Un verrouillage ou un code PIN sur votre compte mobile l&apos;en empêche.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Appelez votre opérateur mobile depuis votre propre téléphone, ou utilisez son application, et demandez un verrouillage ou un code PIN à fournir avant que quiconque obtienne une nouvelle carte SIM pour votre numéro ou le transfère vers un autre opérateur. Demandez-le par son nom. Ne donnez jamais les informations de votre compte à quelqu&apos;un qui appelle en se présentant comme votre opérateur&#xa0;; raccrochez et appelez le numéro figurant sur votre facture.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Demandez à votre opérateur (EE, O2, Vodafone, Three ou un autre) d&apos;ajouter à votre compte un code PIN ou un mot de passe à fournir pour tout changement de carte SIM. Si votre téléphone perd soudain le réseau là où il fonctionne d&apos;habitude, ou si vous recevez un message inattendu au sujet d&apos;une nouvelle carte SIM, appelez immédiatement votre opérateur et votre banque depuis un autre téléphone.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Depuis juillet 2024 (règle de la TRAI, l&apos;autorité indienne des télécoms), un numéro ne peut pas être transféré vers un autre opérateur pendant 7 jours après un remplacement de carte SIM&#xa0;: si votre carte SIM cesse de fonctionner sans raison, appelez immédiatement votre opérateur. Sur sancharsaathi.gov.in, Know Mobile Connections in Your Name (la vérification TAFCOP du gouvernement) liste tous les numéros enregistrés avec votre pièce d&apos;identité&#xa0;; signalez ceux qui ne sont pas les vôtres.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Dites à votre opérateur que vos informations figuraient dans une fuite de données et demandez une sécurité renforcée sur votre compte, comme un code PIN ou un mot de passe exigé pour les changements de carte SIM et les transferts de numéro.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Pour transférer votre numéro vers un autre opérateur, le nouvel opérateur a besoin de votre code RIO, que vous obtenez en appelant le 3179 depuis votre propre ligne. Ne le communiquez jamais à quelqu&apos;un qui vous appelle. Si votre téléphone n&apos;a soudain plus de réseau, appelez votre opérateur depuis un autre téléphone&#xa0;: quelqu&apos;un a peut-être obtenu un duplicata de votre carte SIM à votre nom.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Depuis novembre 2022, selon les règles de l&apos;AGCOM (l&apos;autorité italienne des communications), seul le titulaire de la ligne peut changer de carte SIM ou transférer un numéro, avec une pièce d&apos;identité et son code fiscal (codice fiscale), et l&apos;opérateur confirme la demande par SMS ou par appel sur votre carte SIM actuelle. Si vous recevez un tel message sans avoir rien demandé, prévenez immédiatement votre opérateur.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>L&apos;Agence espagnole de protection des données (AEPD) a sanctionné des opérateurs qui avaient remis des duplicatas de carte SIM sans vérifier correctement l&apos;identité. Demandez à votre opérateur comment il vérifie votre identité avant d&apos;émettre un duplicata de carte SIM, et si vous pouvez ajouter un mot de passe à votre compte. Si votre téléphone perd soudain le réseau, appelez votre opérateur et votre banque depuis un autre téléphone.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Vérifiez quelles lignes mobiles sont enregistrées avec votre pièce d&apos;identité grâce au service de consultation des lignes de la BTK, le régulateur turc (hat-sorgulama.btk.gov.tr), et faites résilier par son opérateur toute ligne que vous ne connaissez pas. Si votre carte SIM cesse soudain de fonctionner, appelez immédiatement votre opérateur et votre banque depuis un autre téléphone.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Depuis 2020, le CRTC (Conseil de la radiodiffusion et des télécommunications canadiennes) oblige les fournisseurs à déclarer les échanges de carte SIM et les transferts de numéro non autorisés, et les fournisseurs ont ajouté des vérifications. Demandez à votre fournisseur un NIP ou un mot de passe de compte à donner pour tout changement de carte SIM ou transfert de numéro. Si votre téléphone perd soudain le réseau, appelez votre fournisseur et votre banque depuis un autre téléphone.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Vérifiez que personne n&apos;a activé le renvoi de vos appels</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Quelqu&apos;un qui renvoie vos appels vers son propre téléphone peut recevoir les appels de votre banque pour vérifier un paiement, ou les appels qui dictent des codes de sécurité, sans toucher à votre carte SIM.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Attendez-vous à des appels et messages frauduleux, et apprenez à les reconnaître</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Les numéros divulgués sont revendus à des escrocs. Ils peuvent connaître votre nom et se faire passer pour votre banque, un livreur, la police ou un proche qui a perdu son téléphone.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Ne communiquez jamais un code reçu par SMS&#xa0;: aucune banque, aucun opérateur ni aucune application ne vous le demandera. Méfiez-vous de l&apos;urgence et des menaces. Si un message ou un appel semble venir d&apos;une entreprise que vous connaissez, raccrochez et appelez le numéro indiqué sur son site, sur votre carte ou sur votre facture. Si un proche vous écrit depuis un nouveau numéro, vérifiez en l&apos;appelant à son ancien numéro.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Signalez les SMS et appels frauduleux</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Les signalements aident à bloquer les expéditeurs pour tout le monde, et vous laissent une trace si vous perdez de l&apos;argent.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Signalez les SMS et appels frauduleux à votre opérateur mobile&#xa0;: la plupart permettent de transférer un SMS frauduleux ou de signaler un numéro dans leur application ou en appelant le service client. Si vous avez perdu de l&apos;argent ou donné des informations personnelles, prévenez immédiatement votre banque et signalez-le à la police.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Transférez les SMS frauduleux au 7726 (SPAM). Signalez les arnaques sur ReportFraud.ftc.gov. Si vous avez perdu de l&apos;argent, contactez aussi votre banque.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Transférez les SMS frauduleux au 7726 (gratuit) et les e-mails frauduleux à report@phishing.gov.uk. Pour signaler un appel suspect, envoyez par SMS CALL suivi du numéro au 7726. Pour vérifier un appel de votre banque, appelez le 159. Si vous avez perdu de l&apos;argent, signalez-le sur reportfraud.police.uk ou au 0300 123 2040 (Angleterre, pays de Galles et Irlande du Nord), ou à Police Scotland au 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Transférez les SMS frauduleux et signalez les appels indésirables au 33700 (gratuit&#xa0;; aussi sur 33700.fr). Mettez fin au démarchage téléphonique en inscrivant gratuitement votre numéro sur Bloctel (bloctel.gouv.fr). Si votre carte a été utilisée en ligne à votre insu, faites-la bloquer par votre banque, puis signalez la fraude sur Perceval. Pour obtenir de l&apos;aide après une escroquerie en ligne, rendez-vous sur cybermalveillance.gouv.fr&#xa0;; si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Signalez les appels et messages que vous soupçonnez frauduleux avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in. Pour ne plus recevoir d&apos;appels ni de SMS promotionnels, envoyez START 0 au 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Signalez les arnaques à Scamwatch (scamwatch.gov.au) et la cybercriminalité à ReportCyber (cyber.gov.au). Pour une aide gratuite après une fuite de données ou une usurpation d&apos;identité, contactez IDCARE au 1800 595 160. Vous pouvez inscrire votre numéro sur le Do Not Call Register (donotcall.gov.au), la liste d&apos;opposition au démarchage.</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Signalez les arnaques et la fraude au Centre antifraude du Canada&#xa0;: 1-888-495-8501 ou en ligne. Si vous avez perdu de l&apos;argent, signalez-le aussi à votre police locale et obtenez un numéro de dossier.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE, pour obtenir des conseils sur les appels et messages frauduleux et sur ce qu&apos;il faut faire après une fuite de données. Si vous avez perdu de l&apos;argent, prévenez votre banque et portez plainte auprès de la Policía Nacional ou de la Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Signalez les arnaques en ligne et l&apos;hameçonnage à la Polizia Postale via son portail, commissariatodips.it. Si vous avez perdu de l&apos;argent, prévenez immédiatement votre banque et portez plainte.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Plaignez-vous d&apos;abord auprès de votre opérateur des appels ou SMS frauduleux reçus sur votre ligne. S&apos;il ne résout pas le problème, contactez l&apos;Autorité nationale de régulation des télécommunications (NTRA) au 155 ou via son application My NTRA. Si vous avez perdu de l&apos;argent ou si quelqu&apos;un vous menace en ligne, prévenez votre banque et signalez-le à la police.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Raccrochez si l&apos;on se présente comme policier, militaire ou procureur et que l&apos;on vous demande de l&apos;argent, de l&apos;or ou vos coordonnées bancaires&#xa0;: les autorités ne le font jamais. Signalez les sites d&apos;hameçonnage et d&apos;arnaque à l&apos;USOM, le centre national de réponse aux incidents informatiques (usom.gov.tr). Signalez la fraude à la police au 112, le numéro d&apos;urgence unique. Si vous avez envoyé de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Envoyez STOP par SMS au 2442 pour ne plus recevoir de SMS publicitaires non sollicités (le service Do-Not-Disturb). Plaignez-vous d&apos;abord auprès de votre opérateur et gardez le numéro de votre réclamation&#xa0;; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622 ou au 0800 2255 622, ou via son formulaire de réclamation en ligne. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Prévenez votre famille et vos amis que quelqu&apos;un pourrait se faire passer pour vous</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Avec votre nom et votre photo ou votre numéro, des escrocs peuvent créer un compte qui ressemble au vôtre et demander de l&apos;argent ou des codes à vos contacts.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Dites aux personnes avec qui vous êtes le plus en contact que vous ne leur demanderez jamais d&apos;argent ni de code par message, et que si «&#xa0;vous&#xa0;» leur écrivez depuis un nouveau numéro, elles doivent appeler votre numéro habituel pour vérifier. Si un faux compte apparaît, signalez-le à l&apos;application et demandez à vos contacts de le signaler aussi.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Quand c&apos;est possible, utilisez une application d&apos;authentification plutôt que des codes par SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Les codes envoyés par SMS arrivent chez quiconque contrôle votre numéro. Votre numéro étant connu, une application d&apos;authentification, une clé d&apos;accès ou une clé de sécurité est plus sûre pour votre messagerie, votre banque et vos réseaux sociaux.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>Dans les paramètres de sécurité de vos comptes les plus importants (d&apos;abord la messagerie, puis la banque, puis les réseaux sociaux), cherchez la vérification en deux étapes et choisissez une application d&apos;authentification, une clé d&apos;accès ou une clé de sécurité plutôt que les SMS. Conservez les codes de secours en lieu sûr.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Limitez qui peut vous trouver grâce à votre numéro de téléphone ou à votre adresse e-mail</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>C&apos;est grâce aux applications qui permettent à n&apos;importe qui de vous rechercher par numéro que des listes comme celle-ci sont constituées et tenues à jour.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Dans les applications que vous utilisez (Facebook, Instagram, Telegram, Signal, X, LinkedIn), trouvez le paramètre de confidentialité qui règle qui peut vous rechercher par numéro de téléphone ou par e-mail, et choisissez l&apos;option la plus restreinte. Ne donnez votre numéro que là où il est nécessaire. Google peut retirer de ses résultats de recherche ceux qui affichent votre numéro ou votre adresse (Résultats vous concernant)&#xa0;; la page elle-même reste en ligne.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>jetons de connexion</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>photo de profil</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>numéro de compte bancaire</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>texte de présentation</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>informations sur le navigateur</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>discussions</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>cryptogramme de la carte</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>numéro de carte</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>date de naissance</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>informations sur l&apos;appareil</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>permis de conduire</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>employeur</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>noms des membres de la famille</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>genre</translation>
    </message>
    <message>
        <source>location</source>
        <translation>localisation</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>numéro de pièce d&apos;identité</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>anciens mots de passe</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>compte de messagerie instantanée</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>adresse IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>intitulé de poste</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>nom de jeune fille de la mère</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>une partie de votre numéro de carte</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>date d&apos;anniversaire</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>numéro de passeport</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>indice de mot de passe</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>description du profil</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>photographies</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>adresse personnelle</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>code PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>messages privés</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>photo de profil</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>adresse e-mail de récupération</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>situation amoureuse</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>questions et réponses de sécurité</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>profil sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>numéro de sécurité sociale</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>nom du ou de la partenaire</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Ouvrez vos connexions à des applications et services tiers sur myaccount.google.com/connections et supprimez l&apos;accès de tout ce que vous n&apos;utilisez pas ou ne reconnaissez pas. Ouvrez ensuite Mots de passe d&apos;application sur myaccount.google.com/apppasswords, la page qui permet de les gérer, et révoquez ceux dont vous n&apos;avez pas besoin. Changer le mot de passe de votre compte Google révoque aussi tous vos mots de passe d&apos;application.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>La page Activité récente indique où et comment votre compte a été utilisé au cours des 30 derniers jours. Une connexion que vous ne reconnaissez pas peut signifier que quelqu&apos;un d&apos;autre a votre mot de passe, mais il peut aussi s&apos;agir de votre propre téléphone, d&apos;un voyage ou d&apos;un VPN (un service qui masque l&apos;endroit d&apos;où vous vous connectez).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Ouvrez account.live.com/activity et développez chaque connexion que vous ne reconnaissez pas pour voir son lieu et son appareil. Si ce n&apos;était pas vous, choisissez Ce n&apos;était pas moi là où la page le propose, changez votre mot de passe et activez la vérification en deux étapes. En cas de doute, vérifiez si l&apos;appareil et le lieu pourraient être les vôtres, par exemple votre téléphone ou un voyage ; si ce n&apos;est pas possible, considérez que ce n&apos;était pas vous.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Changez-les dans le compte touché par la fuite et dans les comptes où vous avez utilisé les mêmes questions ou réponses. Utilisez des réponses fausses, impossibles à retrouver, et gardez-les en lieu sûr, par exemple dans votre gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Le gel est gratuit et ne nuit pas à votre score de crédit. Faites geler votre dossier auprès de chaque agence d&apos;évaluation du crédit, Equifax, Experian et TransUnion, sur son site ou par téléphone : le gel prend effet en un jour ouvrable au plus, et l&apos;agence doit le lever dans l&apos;heure quand vous le demandez. Sinon, placez au moins une alerte à la fraude gratuite d&apos;un an auprès de l&apos;une des agences. Les parents peuvent aussi faire geler gratuitement le dossier d&apos;un enfant de moins de 16 ans.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Demandez aux deux agences d&apos;évaluation du crédit d&apos;ajouter une alerte à la fraude à votre dossier : Equifax Canada au 1-800-465-7166 et TransUnion Canada au 1-800-663-9980. Si vous habitez au Québec, vous pouvez aussi leur demander à toutes deux un gel de sécurité (depuis février 2023) : elles ne communiquent alors plus votre dossier aux prêteurs jusqu&apos;à ce que vous le leviez. Consultez votre dossier de crédit au moins une fois par an.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Demandez l&apos;inscription Protective Registration auprès du Southern African Fraud Prevention Service (SAFPS, le service sud-africain de prévention de la fraude), avec le formulaire de son site web ou de son application. Le SAFPS demande alors à ses membres, comme les prêteurs, de redoubler de prudence pour vérifier que c&apos;est bien vous. Si votre carnet d&apos;identité (ID book) ou votre passeport est perdu ou volé, vous pouvez aussi le déclarer en appelant le SAFPS au 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Connectez-vous à votre IRS Online Account sur irs.gov/ippin et confirmez votre identité ; le code IP PIN s&apos;affiche alors. Si vous ne pouvez pas confirmer votre identité en ligne, utilisez le formulaire 15227 (si vos revenus sont inférieurs au plafond fixé par l&apos;IRS) ou prenez rendez-vous dans un IRS Taxpayer Assistance Center (centre d&apos;aide aux contribuables de l&apos;IRS). Un nouveau code à six chiffres est attribué chaque année ; utilisez-le sur chaque déclaration fédérale. L&apos;IRS ne le demande jamais par téléphone, par e-mail ni par SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Signalez l&apos;usurpation de votre identité en ligne à la Polizia Postale, l&apos;unité de police chargée de la criminalité en ligne, sur son portail commissariatodips.it ou dans l&apos;un de ses bureaux. Prévenez immédiatement votre banque et contestez tout paiement ou prêt que vous n&apos;avez pas fait.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Signalez l&apos;usurpation de votre identité, une fraude en ligne ou un chantage au ministère de l&apos;Intérieur (moiegypt.gov.eg) ou dans un commissariat, et gardez des captures d&apos;écran comme preuves. Prévenez votre banque et votre opérateur des comptes ou des lignes que vous n&apos;avez pas ouverts.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>En cas d&apos;urgence, par exemple un délit en cours, appelez le 112. Sinon, déposez plainte (şikâyet), par écrit ou oralement, dans un commissariat de police ou une gendarmerie, ou au parquet (Cumhuriyet Başsavcılığı). Signalez les faux sites de banques ou de l&apos;État à l&apos;USOM (usom.gov.tr). Vérifiez les lignes mobiles enregistrées avec votre pièce d&apos;identité grâce au service de consultation des lignes de la BTK (hat-sorgulama.btk.gov.tr), et prévenez votre banque des comptes ou des prêts que vous n&apos;avez pas ouverts.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Signalez la fraude en ligne ou le chantage à la Direction générale de la sûreté nationale (DGSN) sur sa plateforme e-Blagh (e-blagh.ma), et toute autre usurpation de votre identité dans un commissariat. Prévenez votre banque et votre opérateur des comptes ou des lignes que vous n&apos;avez pas ouverts.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional, en personne ou sur le site ADenunciar de la police si votre cas y figure ; gardez le numéro de dossier. Prévenez l&apos;entreprise où la fraude a eu lieu. Demandez à TransUnion une alerte à la fraude sur votre dossier de crédit, et contestez auprès de TransUnion et de DataCrédito toute dette qui n&apos;est pas la vôtre ; en cas d&apos;échec, plaignez-vous auprès de la SIC, l&apos;autorité de protection des données.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Si des prêts ou des comptes apparaissent à votre nom, prouvez au prêteur ou à l&apos;agence de recouvrement que ce n&apos;était pas vous ; celui-ci vous remet alors une lettre confirmant que votre identité a été usurpée. Signalez-le à la police (SAPS). Si le prêteur n&apos;est pas membre du Southern African Fraud Prevention Service (SAFPS), envoyez cette lettre au SAFPS : il signale votre numéro d&apos;identité et vous attribue un numéro Protective Registration (PR) et un numéro de victime (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Signalez l&apos;usurpation de votre identité à la Gendarmerie nationale, sur son numéro gratuit 1055 ou en ligne sur ppgn.mdn.dz (vous confirmez ensuite la plainte dans une brigade), ou dans un commissariat. Gardez les messages et les reçus, et prévenez votre banque et votre opérateur des comptes ou des lignes que vous n&apos;avez pas ouverts.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Une adresse IP peut révéler votre position approximative. Un routeur tenu à jour et doté de son propre mot de passe d&apos;administration protège votre réseau domestique, quelle que soit l&apos;adresse qui a fuité.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Activez les verrouillages gratuits de votre opérateur. T-Mobile : dans l&apos;application T-Life, appuyez sur Account &gt; l&apos;icône en forme d&apos;engrenage &gt; Security, puis sur SIM Protection et Port Out Protection ; Port Out Protection se règle séparément pour chaque ligne, activez-le donc sur chacune d&apos;elles. Verizon : Number Lock et SIM Protection dans My Verizon. AT&amp;T : Wireless Account Lock dans myAT&amp;T. Autres opérateurs : demandez un verrouillage. Ne désactivez jamais un verrouillage parce qu&apos;une personne qui vous appelle vous le demande.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Des opérateurs comme Vodafone demandent votre mot de passe client (Kundenkennwort) avant de remettre une nouvelle carte SIM en boutique. Choisissez-en un qui ne soit ni votre date de naissance ni une autre information qui a pu fuiter, et changez-le si vous l&apos;avez saisi après avoir suivi un lien reçu par SMS. Si votre téléphone perd soudain le réseau, appelez votre opérateur et votre banque depuis un autre téléphone.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Regardez Transfert d&apos;appel (Renvoi d&apos;appel sur iPhone) dans les paramètres d&apos;appel de votre téléphone, ou dans votre espace client chez votre opérateur, et désactivez tout renvoi que vous n&apos;avez pas configuré. Si quelqu&apos;un vous appelle ou vous écrit en se présentant comme votre opérateur et vous demande de composer un code ou de modifier un réglage, raccrochez et appelez votre opérateur au numéro indiqué sur votre facture. Les menus varient selon le téléphone.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Signalez les appels indésirables, les SMS de spam et les numéros utilisés de façon abusive à la Bundesnetzagentur (l&apos;Agence fédérale des réseaux) avec ses formulaires en ligne sur bundesnetzagentur.de/aergermitrufnummern. Elle s&apos;occupe des numéros, pas de la fraude : si quelqu&apos;un a essayé de vous escroquer ou si vous avez perdu de l&apos;argent, signalez-le à la police, en ligne via l&apos;Onlinewache (le commissariat en ligne) de votre Land, ou dans n&apos;importe quel commissariat. Ne rappelez pas les appels manqués de numéros inconnus.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Transférez les SMS frauduleux au 330330 (gratuit, pour tous les opérateurs), le numéro de signalement du régulateur. Si vous avez perdu de l&apos;argent, appelez immédiatement votre banque et signalez-le à la police.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Inscrivez votre numéro sur Não Me Perturbe (naomeperturbe.com.br) pour ne plus recevoir d&apos;appels commerciaux des opérateurs télécoms et des banques ; plaignez-vous auprès de l&apos;Anatel au 1331 s&apos;ils continuent. Certains appels d&apos;entreprises affichent désormais le nom et le logo de l&apos;appelant ainsi que le motif de l&apos;appel, avec une vérification que le numéro est authentique (Origem Verificada) ; malgré tout, ne donnez jamais de codes ni de mots de passe au téléphone. Si vous avez perdu de l&apos;argent, prévenez votre banque et portez plainte à la police (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Signalez les arnaques en ligne, la fraude et le chantage à la Direction générale de la sûreté nationale (DGSN) sur sa plateforme e-Blagh (e-blagh.ma). Pour un problème avec votre ligne, plaignez-vous auprès de votre opérateur. Si vous avez perdu de l&apos;argent, appelez immédiatement votre banque et signalez-le à la police.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Signalez la fraude et les arnaques en ligne à la Fiscalía (le parquet) ou à la Policía Nacional, dans un commissariat ou en ligne sur le service ADenunciar si votre cas y figure ; gardez le numéro de dossier. Si vous avez perdu de l&apos;argent, appelez immédiatement votre banque. Ne donnez jamais de codes, de numéros de carte ni de mots de passe à quelqu&apos;un qui vous appelle.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Signalez les arnaques à la Gendarmerie nationale, sur son numéro gratuit 1055 ou en ligne sur ppgn.mdn.dz (vous confirmez ensuite la plainte dans une brigade), ou dans un commissariat. Si de l&apos;argent vous a été pris, prévenez immédiatement votre banque ou Algérie Poste. Gardez les messages et les reçus.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Si vous avez perdu de l&apos;argent ou donné vos coordonnées bancaires, appelez immédiatement le National Scam Response Centre au 997, puis déposez plainte à la police. Raccrochez si l&apos;on se présente comme agent de la MCMC, de la police ou d&apos;une banque.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Vérifiez vos rapports de crédit pour repérer des comptes que vous n&apos;avez pas ouverts</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Les prêts, les cartes ou les contrats que quelqu&apos;un ouvre à votre nom apparaissent sur votre rapport de crédit. Le consulter permet de les repérer tôt.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Obtenez gratuitement vos rapports de crédit sur AnnualCreditReport.com : chacune des trois agences, Equifax, Experian et TransUnion, vous permet de consulter le vôtre une fois par semaine. D&apos;autres sites peuvent être payants ou frauduleux. Cherchez les comptes, les prêts ou les adresses que vous ne reconnaissez pas ; si vous en trouvez, signalez-le sur IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Vous pouvez obtenir gratuitement votre dossier de crédit auprès des deux agences d&apos;évaluation du crédit : auprès de TransUnion Canada en ligne, par la poste ou en personne, et auprès d&apos;Equifax Canada par la poste, avec son formulaire de demande et des copies de vos pièces d&apos;identité. Vérifiez les deux au moins une fois par an pour repérer les comptes ou les consultations de votre dossier que vous ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Vous pouvez obtenir gratuitement votre rapport de crédit au moins une fois tous les trois mois. Adressez-vous à chaque agence d&apos;évaluation du crédit, car leurs informations peuvent différer, et repérez les demandes de crédit ou les comptes qui ne viennent pas de vous.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Chaque société d&apos;information sur le crédit (credit bureau) qui détient votre historique de crédit doit vous remettre gratuitement, chaque année civile, un rapport de crédit complet avec votre score (règle de la Banque de réserve de l&apos;Inde). Faites la demande sur le site de chaque agence et repérez les prêts ou les cartes que vous n&apos;avez pas demandés. Si vous en trouvez, appelez le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>La loi vous permet d&apos;obtenir gratuitement votre rapport de crédit une fois par an auprès de chaque agence d&apos;évaluation du crédit. Adressez-vous à chacune des grandes agences, comme TransUnion, et repérez les prêts ou les comptes que vous n&apos;avez pas ouverts. Vous pouvez contester gratuitement les informations erronées auprès de l&apos;agence ; elle dispose de 20 jours ouvrables pour les vérifier.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Consultez votre rapport CCRIS, le relevé de vos prêts et de vos demandes de crédit tenu par Bank Negara Malaysia (la banque centrale de Malaisie), sur son service eCCRIS (eccris.bnm.gov.my). Repérez les prêts ou les demandes que vous n&apos;avez pas faits, et envoyez une demande de vérification des données via eCCRIS pour faire contrôler les informations erronées.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Laissez votre téléphone ou votre navigateur vérifier si vos mots de passe enregistrés ont fuité</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Le gestionnaire de mots de passe que vous avez déjà peut vous montrer lesquels de vos mots de passe enregistrés sont apparus dans une fuite : vous savez ainsi lesquels changer.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Ouvrez passwords.google.com (Gestionnaire de mots de passe de Google) dans votre navigateur et choisissez Accéder au Check-up Mots de passe &gt; Vérifier les mots de passe. Changez chaque mot de passe signalé comme compromis, en commençant par ceux de votre messagerie et de votre banque, puis ceux que vous réutilisez. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>Sous iOS 18 ou version ultérieure, ouvrez l&apos;app Mots de passe et touchez Sécurité ; sur les versions plus anciennes, ouvrez Réglages &gt; Mots de passe &gt; Recommandations de sécurité. Vérifiez que Détecter les mots de passe compromis est activé, puis changez chaque mot de passe signalé comme compromis, en commençant par ceux de votre messagerie et de votre banque. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome : Plus (trois points) &gt; Mots de passe et saisie automatique &gt; Gestionnaire de mots de passe de Google &gt; Check-up. Edge : Paramètres et plus (...) &gt; Paramètres &gt; Profils &gt; Mots de passe, puis activez Afficher des alertes lorsque des mots de passe sont trouvés dans une fuite en ligne. Firefox : Paramètres &gt; Vie privée et sécurité &gt; Mots de passe, et laissez cochée la case Afficher des alertes pour les mots de passe de sites concernés par des fuites de données. Mac : app Mots de passe &gt; Sécurité. Le nom des menus peut varier selon la version.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Ne cherchez pas, ne téléchargez pas et n&apos;ouvrez pas les fichiers de la fuite</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Il peut être tentant de retrouver les données divulguées pour voir ce qu&apos;elles contiennent à votre sujet. Des copies qui circulent en ligne se sont révélées contenir des logiciels malveillants qui infectent l&apos;appareil sur lequel on les ouvre.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Ne cherchez pas, ne téléchargez pas et n&apos;ouvrez pas de fichiers qui prétendent contenir cette fuite, même pour vérifier vos propres données. Pour savoir ce qui a fuité, fiez-vous à l&apos;avis publié par l&apos;entreprise elle-même ou à un service d&apos;alerte aux fuites de données comme Have I Been Pwned. Si vous avez déjà ouvert un tel fichier, analysez l&apos;appareil avec un logiciel de sécurité à jour et changez vos mots de passe depuis un autre appareil.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Ne transmettez jamais un code que quelqu&apos;un dit vous avoir envoyé par erreur</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Avec votre numéro, un escroc peut lancer la connexion à votre compte WhatsApp ou Telegram sur son propre téléphone ; l&apos;application vous envoie alors le code par SMS. Il vous le demande, souvent en écrivant depuis le compte piraté d&apos;un ami. Quiconque a ce code peut prendre le contrôle de votre compte.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Ne transmettez jamais un code que WhatsApp, Telegram ou tout autre service vous envoie par SMS, pas même à un ami qui dit qu&apos;il vous a été envoyé par erreur. Si vous l&apos;avez déjà fait, reconnectez-vous immédiatement avec votre numéro ; dans WhatsApp, cela déconnecte l&apos;autre personne. Activez ensuite la vérification en deux étapes et prévenez vos contacts de ne pas répondre aux messages envoyés depuis votre compte.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Transférez les SMS frauduleux au 7726 (SPAM) et signalez l&apos;arnaque sur ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Transférez les SMS frauduleux au 7726 (gratuit). Si vous avez perdu de l&apos;argent, signalez-le sur reportfraud.police.uk ou, en Écosse, à Police Scotland au 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez l&apos;arnaque à Scamwatch (scamwatch.gov.au). Si vous avez perdu de l&apos;argent, contactez immédiatement votre banque ; IDCARE (1800 595 160) vous aide si votre identité est utilisée frauduleusement.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez les arnaques au Centre antifraude du Canada, au 1-888-495-8501 ou en ligne ; si vous avez perdu de l&apos;argent, prévenez aussi votre banque et votre police locale.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Transférez les SMS frauduleux au 33700 (gratuit). Si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie ; cybermalveillance.gouv.fr peut vous aider.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez la fraude à la police, en ligne via l&apos;Onlinewache de votre Land s&apos;il en existe une, ou dans n&apos;importe quel commissariat.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez l&apos;arnaque à la Polizia Postale sur commissariatodips.it, et prévenez immédiatement votre banque si vous avez perdu de l&apos;argent.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Pour obtenir des conseils, appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE. Si vous avez perdu de l&apos;argent, signalez-le à la Policía Nacional ou à la Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Plaignez-vous auprès de votre opérateur puis, si le problème n&apos;est pas résolu, auprès du régulateur, l&apos;Autorité nationale de régulation des télécommunications (NTRA), au 155. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Transférez les SMS frauduleux au 330330 (gratuit, pour tous les opérateurs).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez les sites frauduleux à l&apos;USOM (usom.gov.tr), et la fraude dans un commissariat de police ou une gendarmerie, ou au 112 si elle est en cours.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez le message avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Plaignez-vous auprès de votre opérateur et gardez le numéro de votre réclamation ; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez la fraude en ligne à la police nationale, la Direction générale de la sûreté nationale (DGSN), sur e-Blagh (e-blagh.ma) ; si vous avez perdu de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Si de l&apos;argent vous a été pris, appelez immédiatement votre banque et portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Ne transmettez jamais un code que WhatsApp ou Telegram vous envoie par SMS, même à un ami qui dit qu&apos;il vous est parvenu par erreur. Si vous l&apos;avez fait, reconnectez-vous immédiatement avec votre numéro, fermez les sessions que vous ne reconnaissez pas et activez la vérification en deux étapes. Signalez les arnaques par SMS à la WASPA, l&apos;organisation professionnelle de la messagerie mobile (waspa.org.za) ; si vous avez perdu de l&apos;argent, appelez immédiatement le service antifraude de votre banque.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Vérifiez un message « nouveau numéro » d&apos;un proche avant de répondre</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Des escrocs écrivent à des parents et à des amis en se faisant passer pour un enfant ou un proche : « Coucou maman, j&apos;ai cassé mon téléphone, voici mon nouveau numéro. » Après quelques messages, ils demandent de l&apos;argent pour une facture urgente ou un nouveau téléphone.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Ne répondez pas au nouveau numéro et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, demandez à un autre membre de la famille ou posez une question à laquelle elle seule pourrait répondre. Ne modifiez pas son numéro enregistré à cause d&apos;un message. Signalez et bloquez l&apos;expéditeur dans l&apos;application de messagerie.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Certains escrocs ajoutent à l&apos;histoire un faux avocat ou un faux policier. Transférez les SMS frauduleux au 7726 (SPAM) et signalez l&apos;arnaque sur ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Transférez les SMS frauduleux au 7726 (gratuit). Si vous avez perdu de l&apos;argent, signalez-le sur reportfraud.police.uk ou, en Écosse, à Police Scotland au 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Ne modifiez jamais son numéro enregistré à cause d&apos;un message. Signalez l&apos;arnaque à Scamwatch (scamwatch.gov.au). Si vous avez perdu de l&apos;argent, contactez immédiatement votre banque ; IDCARE (1800 595 160) vous aide si votre identité est utilisée frauduleusement.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez les arnaques au Centre antifraude du Canada, au 1-888-495-8501 ou en ligne ; si vous avez perdu de l&apos;argent, prévenez aussi votre banque et votre police locale.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Transférez les SMS frauduleux au 33700 (gratuit). Si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie ; cybermalveillance.gouv.fr peut vous aider.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez la fraude à la police, en ligne via l&apos;Onlinewache de votre Land s&apos;il en existe une, ou dans n&apos;importe quel commissariat.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez l&apos;arnaque à la Polizia Postale sur commissariatodips.it, et prévenez immédiatement votre banque si vous avez perdu de l&apos;argent.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Pour obtenir des conseils, appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE. Si vous avez perdu de l&apos;argent, signalez-le à la Policía Nacional ou à la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Plaignez-vous auprès de votre opérateur puis, si le problème n&apos;est pas résolu, auprès du régulateur, l&apos;Autorité nationale de régulation des télécommunications (NTRA), au 155. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Transférez les SMS frauduleux au 330330 (gratuit, pour tous les opérateurs).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez les sites frauduleux à l&apos;USOM (usom.gov.tr), et la fraude dans un commissariat de police ou une gendarmerie, ou au 112 si elle est en cours.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez le message avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Plaignez-vous auprès de votre opérateur et gardez le numéro de votre réclamation ; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez la fraude en ligne à la police nationale, la Direction générale de la sûreté nationale (DGSN), sur e-Blagh (e-blagh.ma) ; si vous avez perdu de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Si de l&apos;argent vous a été pris, appelez immédiatement votre banque et portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Ne répondez pas et n&apos;envoyez pas d&apos;argent. Appelez la personne au numéro que vous aviez déjà, ou posez-lui une question à laquelle elle seule pourrait répondre. Signalez les arnaques par SMS à la WASPA, l&apos;organisation professionnelle de la messagerie mobile (waspa.org.za) ; si vous avez perdu de l&apos;argent, appelez immédiatement le service antifraude de votre banque.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Ignorez les SMS sur des colis, des péages ou des amendes qui vous demandent d&apos;appuyer sur un lien</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Des escrocs envoient des SMS au sujet d&apos;un colis qui n&apos;a pas pu être livré, d&apos;un péage impayé, d&apos;une amende ou de petits frais à régler. Le lien mène à une page imitant un vrai site, qui récupère les données de votre carte ou vos informations personnelles.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de livraisons, de péages, d&apos;amendes ou de frais. Vérifiez une livraison dans l&apos;application ou sur le site du commerçant ou du transporteur, et un péage ou une amende sur le site officiel, que vous aurez trouvé vous-même. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez le SMS à votre opérateur, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Les faux SMS de péage impayé sont fréquents. Transférez les SMS frauduleux au 7726 (SPAM) et signalez l&apos;arnaque sur ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Transférez les SMS frauduleux au 7726 (gratuit). Si vous avez perdu de l&apos;argent, signalez-le sur reportfraud.police.uk ou, en Écosse, à Police Scotland au 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez l&apos;arnaque à Scamwatch (scamwatch.gov.au). Si vous avez perdu de l&apos;argent, contactez immédiatement votre banque ; IDCARE (1800 595 160) vous aide si votre identité est utilisée frauduleusement.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez les arnaques au Centre antifraude du Canada, au 1-888-495-8501 ou en ligne ; si vous avez perdu de l&apos;argent, prévenez aussi votre banque et votre police locale.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Si votre carte est ensuite utilisée à votre insu, faites-la bloquer et signalez la fraude sur Perceval. Transférez les SMS frauduleux au 33700 (gratuit). Si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie ; cybermalveillance.gouv.fr peut vous aider.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez la fraude à la police, en ligne via l&apos;Onlinewache de votre Land s&apos;il en existe une, ou dans n&apos;importe quel commissariat.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez l&apos;arnaque à la Polizia Postale sur commissariatodips.it, et prévenez immédiatement votre banque si vous avez perdu de l&apos;argent.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Pour obtenir des conseils, appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE. Si vous avez perdu de l&apos;argent, signalez-le à la Policía Nacional ou à la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Plaignez-vous auprès de votre opérateur puis, si le problème n&apos;est pas résolu, auprès du régulateur, l&apos;Autorité nationale de régulation des télécommunications (NTRA), au 155. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Transférez les SMS frauduleux au 330330 (gratuit, pour tous les opérateurs).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez les sites frauduleux à l&apos;USOM (usom.gov.tr), et la fraude dans un commissariat de police ou une gendarmerie, ou au 112 si elle est en cours.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez le message avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Plaignez-vous auprès de votre opérateur et gardez le numéro de votre réclamation ; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez la fraude en ligne à la police nationale, la Direction générale de la sûreté nationale (DGSN), sur e-Blagh (e-blagh.ma) ; si vous avez perdu de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Si de l&apos;argent vous a été pris, appelez immédiatement votre banque et portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>N&apos;appuyez pas sur les liens des SMS qui parlent de colis, de péages ou d&apos;amendes ; vérifiez directement sur le site web ou dans l&apos;application du transporteur ou de l&apos;organisme concerné. Si vous avez saisi les données de votre carte, appelez immédiatement votre banque. Signalez les arnaques par SMS à la WASPA, l&apos;organisation professionnelle de la messagerie mobile (waspa.org.za) ; si vous avez perdu de l&apos;argent, appelez immédiatement le service antifraude de votre banque.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Raccrochez si l&apos;appel semble venir de votre banque ou de la police, et rappelez vous-même</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Les escrocs peuvent faire apparaître n&apos;importe quel numéro sur votre écran, y compris celui de votre banque ou de la police. Avec les données d&apos;une fuite, ils paraissent crédibles et vous poussent à transférer de l&apos;argent, à lire un code à voix haute ou à donner les données de votre carte.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais votre code PIN ni les données de votre carte à quelqu&apos;un qui vous appelle, même s&apos;il semble tout à fait crédible. Raccrochez, puis appelez vous-même le numéro inscrit sur votre carte, sur votre relevé ou sur le site officiel.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez les appels frauduleux sur ReportFraud.ftc.gov, et les appels avec un numéro usurpé à la FCC (Commission fédérale des communications).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Pour vérifier un appel de votre banque, appelez le 159 ; pour signaler un appel frauduleux, envoyez par SMS CALL suivi du numéro au 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez l&apos;arnaque à Scamwatch (scamwatch.gov.au). Si vous avez perdu de l&apos;argent, contactez immédiatement votre banque ; IDCARE (1800 595 160) vous aide si votre identité est utilisée frauduleusement.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez les arnaques au Centre antifraude du Canada, au 1-888-495-8501 ou en ligne ; si vous avez perdu de l&apos;argent, prévenez aussi votre banque et votre police locale.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez l&apos;appel au 33700 (33700.fr). Si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez les appels indésirables à la Bundesnetzagentur, l&apos;Agence fédérale des réseaux (bundesnetzagentur.de/aergermitrufnummern), et les tentatives de fraude à la police, via l&apos;Onlinewache de votre Land ou dans n&apos;importe quel commissariat.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez l&apos;arnaque à la Polizia Postale sur commissariatodips.it, et prévenez immédiatement votre banque si vous avez perdu de l&apos;argent.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Pour obtenir des conseils, appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE. Si vous avez perdu de l&apos;argent, signalez-le à la Policía Nacional ou à la Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Plaignez-vous auprès de votre opérateur puis, si le problème n&apos;est pas résolu, auprès du régulateur, l&apos;Autorité nationale de régulation des télécommunications (NTRA), au 155. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez la fraude dans un commissariat de police ou une gendarmerie, ou au 112 si elle est en cours, et les sites frauduleux à l&apos;USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez l&apos;appel avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Les appels des grandes entreprises affichent de plus en plus souvent un nom et un sceau vérifiés (Origem Verificada) ; même dans ce cas, ne donnez jamais de codes ni de mots de passe au téléphone.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Plaignez-vous auprès de votre opérateur et gardez le numéro de votre réclamation ; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Signalez la fraude à la police nationale, la Direction générale de la sûreté nationale (DGSN), sur e-Blagh (e-blagh.ma) ; si vous avez perdu de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Le numéro qui s&apos;affiche à l&apos;écran peut être falsifié. Ne transférez jamais d&apos;argent, ne lisez jamais un code à voix haute et ne donnez jamais les données de votre carte à quelqu&apos;un qui vous appelle. Raccrochez et appelez vous-même le numéro inscrit sur votre carte ou sur le site officiel. Si de l&apos;argent vous a été pris, appelez immédiatement votre banque et portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Ne réagissez pas aux messages qui annoncent le blocage ou la suspension de votre compte</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>De faux messages affirment que votre compte bancaire, votre ligne téléphonique ou votre compte WhatsApp va être bloqué si vous ne « vérifiez » pas vos informations via un lien ou un appel. L&apos;urgence est là pour vous empêcher de vérifier.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique. Ouvrez l&apos;application de la banque ou de l&apos;entreprise, ou tapez vous-même son adresse web, et vérifiez-y. Les vraies entreprises ne demandent ni votre mot de passe, ni votre code PIN, ni vos codes par message. Signalez le message à votre opérateur, ou dans WhatsApp avec Signaler, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Transférez les SMS frauduleux au 7726 (SPAM) et signalez l&apos;arnaque sur ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Transférez les SMS frauduleux au 7726 (gratuit) et les e-mails frauduleux à report@phishing.gov.uk. Si vous avez perdu de l&apos;argent, signalez-le sur reportfraud.police.uk ou, en Écosse, à Police Scotland au 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez l&apos;arnaque à Scamwatch (scamwatch.gov.au). Si vous avez perdu de l&apos;argent, contactez immédiatement votre banque ; IDCARE (1800 595 160) vous aide si votre identité est utilisée frauduleusement.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez les arnaques au Centre antifraude du Canada, au 1-888-495-8501 ou en ligne ; si vous avez perdu de l&apos;argent, prévenez aussi votre banque et votre police locale.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Transférez les SMS frauduleux au 33700 (gratuit). Si vous avez perdu de l&apos;argent, déposez plainte auprès de la police ou de la gendarmerie ; cybermalveillance.gouv.fr peut vous aider.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez la fraude à la police, en ligne via l&apos;Onlinewache de votre Land s&apos;il en existe une, ou dans n&apos;importe quel commissariat.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez l&apos;arnaque à la Polizia Postale sur commissariatodips.it, et prévenez immédiatement votre banque si vous avez perdu de l&apos;argent.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Pour obtenir des conseils, appelez le 017, la ligne d&apos;assistance gratuite en cybersécurité de l&apos;INCIBE. Si vous avez perdu de l&apos;argent, signalez-le à la Policía Nacional ou à la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Plaignez-vous auprès de votre opérateur puis, si le problème n&apos;est pas résolu, auprès du régulateur, l&apos;Autorité nationale de régulation des télécommunications (NTRA), au 155. Si vous avez perdu de l&apos;argent, prévenez votre banque et la police.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Transférez les SMS frauduleux au 330330 (gratuit, pour tous les opérateurs).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez les sites frauduleux à l&apos;USOM (usom.gov.tr), et la fraude dans un commissariat de police ou une gendarmerie, ou au 112 si elle est en cours.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez le message avec Chakshu sur sancharsaathi.gov.in. Si vous avez perdu de l&apos;argent, appelez immédiatement le 1930 ou faites un signalement sur cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Plaignez-vous auprès de votre opérateur et gardez le numéro de votre réclamation ; si le problème n&apos;est pas résolu, contactez la Nigerian Communications Commission (le régulateur des télécoms) au 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez la fraude en ligne à la police nationale, la Direction générale de la sûreté nationale (DGSN), sur e-Blagh (e-blagh.ma) ; si vous avez perdu de l&apos;argent, appelez immédiatement votre banque.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Si de l&apos;argent vous a été pris, appelez immédiatement votre banque et portez plainte (denuncia) auprès de la Fiscalía (le parquet) ou de la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>N&apos;appuyez pas sur les liens du message et n&apos;appelez pas les numéros qu&apos;il indique ; vérifiez directement dans l&apos;application ou sur le site web de l&apos;entreprise. Les vraies entreprises ne demandent ni mot de passe, ni code PIN, ni code de vérification par message. Signalez les arnaques par SMS à la WASPA, l&apos;organisation professionnelle de la messagerie mobile (waspa.org.za) ; si vous avez perdu de l&apos;argent, appelez immédiatement le service antifraude de votre banque.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Ne répondez pas aux SMS d&apos;expéditeurs que vous ne connaissez pas, pas même par STOP&#xa0;: une réponse indique à l&apos;expéditeur que le numéro est actif. Signalez les arnaques par SMS et le spam à la WASPA, l&apos;organisation professionnelle de la messagerie mobile (waspa.org.za). Si vous avez perdu de l&apos;argent ou communiqué vos coordonnées bancaires, appelez immédiatement le service antifraude de votre banque et portez plainte auprès de la police sud-africaine (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Prévenez votre service informatique que votre adresse professionnelle a fuité</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Un compte professionnel ou scolaire est géré par votre organisation, pas par vous : son service informatique peut vérifier les connexions, réinitialiser le mot de passe et activer la vérification en deux étapes, et il doit savoir que l&apos;adresse figurait dans une fuite.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Contactez votre service informatique ou votre support technique par le moyen habituel, pas en répondant à un message au sujet de la fuite. Indiquez quelle adresse, quelle fuite et ce qui a fuité. Demandez s&apos;il faut changer le mot de passe ou activer la vérification en deux étapes, et suivez leurs consignes. Si vous avez utilisé ce mot de passe ailleurs, changez-le là aussi. Si l&apos;adresse est sur votre propre nom de domaine, sécurisez-la plutôt chez votre fournisseur de messagerie.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Changez le mot de passe divulgué partout où vous l&apos;utilisez</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Les criminels essaient en premier, automatiquement, les mots de passe des listes de fuites sur les sites de messagerie, de banque et d&apos;achat. Tout compte qui utilise celui-ci est en danger tant qu&apos;il n&apos;a pas son propre mot de passe.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Changez-le d&apos;abord dans votre compte de messagerie, car ce compte permet de réinitialiser vos autres mots de passe, puis à votre banque, puis dans les comptes qui vous servent à vous connecter ailleurs (Google, Apple, Facebook), puis partout ailleurs où ce mot de passe, ou un mot de passe proche, est utilisé. Donnez à chaque compte son propre mot de passe long&#xa0;: un gestionnaire de mots de passe peut les créer et les retenir pour vous.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Dossiers scolaires</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Soldes de comptes</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Contacts du carnet d&apos;adresses</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Tranches d&apos;âge</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Âges</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Requêtes adressées à une IA</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Applications installées sur les appareils</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Signes astrologiques</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Enregistrements audio</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Jetons d&apos;authentification</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Images d&apos;avatar</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Numéros de compte bancaire</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Notes de beauté</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Données biométriques</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biographies</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Informations sur le navigateur (user agent)</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Historiques de navigation</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Préférences d&apos;achat</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Possession d&apos;une voiture</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Niveaux de carrière</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Noms de réseaux mobiles</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Dons à des œuvres caritatives</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Historiques de discussion</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Statuts de citoyenneté</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Tailles de vêtements</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Noms d&apos;entreprise</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>Cryptogrammes de carte de crédit (CVV)</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Cartes de crédit</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Scores de crédit</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Informations sur la situation de crédit</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Adresses de portefeuilles de cryptomonnaie</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Empreintes (hashes) de portefeuilles de cryptomonnaie</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Avis de clients</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Échanges avec les clients</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Commentaires du service client</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Dossiers du service client</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Dates de naissance</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Date de décès</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Mentions de décès</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Instructions de livraison</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Informations sur les appareils</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Numéros de série d&apos;appareils</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Données de suivi d&apos;utilisation des appareils</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Handicaps</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Noms affichés</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Consommation d&apos;alcool</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Consommation de drogues</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Revenus</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Habitudes alimentaires</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Niveaux d&apos;études</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Adresses e-mail</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Situations professionnelles</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Clés chiffrées</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Origines ethniques</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Noms des membres de la famille</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Projets familiaux</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Composition de la famille</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Placements financiers</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Transactions financières</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Niveaux de forme physique</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Vols effectués</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Messages de forum</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Genres</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Localisations géographiques</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Pièces d&apos;identité officielles</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Informations d&apos;assurance maladie</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Anciens mots de passe</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>Statuts sérologiques VIH</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Informations sur les prêts immobiliers</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Statuts de propriétaire du logement</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>Adresses de page d&apos;accueil</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>Numéros IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>Numéros IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Niveaux de revenus</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Identifiants de messagerie instantanée</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Adresses IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Quotients intellectuels (QI)</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidatures à des emplois</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Intitulés de poste</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Préférences de langue</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Coordonnées de latitude et de longitude</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Plaques d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Dépenses courantes</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Informations sur les prêts</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Historiques de connexion</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Informations de programmes de fidélité</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Adresses MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Situations matrimoniales</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Service militaire</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Phrases mnémoniques</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Noms de jeune fille de la mère</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nationalités</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Patrimoines nets</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Surnoms</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Professions</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Projets parentaux</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Données partielles de carte de crédit</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Dates de naissance partielles</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Numéros partiels de pièces d&apos;identité officielles</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Numéros de téléphone partiels</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Numéros de passeport</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Indices de mot de passe</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Robustesse des mots de passe</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Historiques de paiement</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Descriptions personnelles</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Données de santé personnelles</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Centres d&apos;intérêt</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Numéros de téléphone</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Adresses postales</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Caractéristiques physiques</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>Codes PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Lieux de naissance</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Dons politiques</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Opinions politiques</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Messages privés</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Compétences professionnelles</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Photos de profil</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Statistiques de profil</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Achats</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Habitudes d&apos;achat</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Origines raciales</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Adresses e-mail de récupération</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Situations amoureuses</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Appartenances religieuses</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Soldes de programmes de récompenses</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Civilités</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Classes scolaires (niveaux)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Questions et réponses de sécurité</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Fétiches sexuels</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Orientations sexuelles</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Numéros de suivi de colis</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Consommation de tabac</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Relations sociales</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Profils sur les réseaux sociaux</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Numéros de sécurité sociale</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Niveaux socio-économiques</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Noms des conjoints</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Demandes d&apos;assistance</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Résultats d&apos;enquêtes</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Présence de tatouages</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Dossiers fiscaux</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Opérateurs de télécommunications</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Habitudes de voyage</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Projets de voyage</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Statuts d&apos;utilisateur</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>Adresses de sites web d&apos;utilisateurs</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Noms d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Factures d&apos;énergie et d&apos;eau</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Informations sur les véhicules</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Numéros d&apos;identification de véhicule (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Numéros d&apos;immatriculation des véhicules</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>Statuts VIP</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Demandes de garantie</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Activité sur les sites web</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Habitudes de travail</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Années de naissance</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Années d&apos;expérience professionnelle</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Une liste combo de lignes login:password (identifiant:mot de passe)</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Des lignes comme alice@example.com:hunter2 ou alice99:hunter2, sans en-tête. L&apos;identifiant peut être une adresse e-mail, un numéro de téléphone ou un nom d&apos;utilisateur&#xa0;: chacun est gardé pour ce qu&apos;il est. Un mot de passe peut lui-même contenir des deux-points et des guillemets&#xa0;: tout ce qui suit le premier deux-points est le mot de passe. Seule la présence d&apos;un mot de passe est conservée, jamais le mot de passe lui-même.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>La collecte massive de données Facebook de 2021&#xa0;: un fichier par pays, champs séparés par des deux-points</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Des lignes comme 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com:, sans en-tête. La colonne de date et d&apos;heure (la dernière fois que le profil a été vu) contient elle-même des deux-points&#xa0;; elle est souvent vide. Les numéros de téléphone portent leur indicatif de pays sans +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>La table des utilisateurs d&apos;un forum dans un dump SQL (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Un mysqldump ou pg_dump de la base de données d&apos;un forum&#xa0;: la table des utilisateurs est lue (phpbb_users, user de vBulletin, mybb_users, xf_user, wp_users, avec n&apos;importe quel préfixe de table), les lignes de toutes les autres tables sont comptées mais pas lues. Les noms d&apos;utilisateur et les adresses e-mail sont les identifiants&#xa0;; seule la présence d&apos;un hachage de mot de passe, d&apos;une date de naissance ou d&apos;une adresse IP est conservée, jamais la valeur. Les colonnes que la table d&apos;un forum n&apos;a pas sont ignorées.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Un journal de logiciel voleur de mots de passe, en blocs de lignes URL:, Username: et Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Le fichier Passwords.txt des journaux de logiciels voleurs de mots de passe du type RedLine&#xa0;: un enregistrement par connexion sauvegardée dans un navigateur, sous forme de lignes comme URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 et Application: Chrome, chaque enregistrement se terminant par une ligne de signes = ou une ligne vide. Host, Login, USER, PASS et SOFT sont lus comme les mêmes clés. L&apos;identifiant peut être une adresse e-mail, un numéro de téléphone ou un nom d&apos;utilisateur&#xa0;: chacun est gardé pour ce qu&apos;il est. Seule la présence d&apos;un mot de passe est conservée, jamais le mot de passe lui-même.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Un journal de logiciel voleur de mots de passe, en lignes URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Des lignes comme https://accounts.example.com/login:alice@example.com:hunter2 (ou avec | entre les parties), telles que les logiciels malveillants voleurs de mots de passe les collectent dans les navigateurs. Le nom du site est lu dans l&apos;adresse&#xa0;; un mot de passe peut lui-même contenir des deux-points. L&apos;identifiant peut être une adresse e-mail, un numéro de téléphone ou un nom d&apos;utilisateur&#xa0;: chacun est gardé pour ce qu&apos;il est. Seule la présence d&apos;un mot de passe est conservée, jamais le mot de passe lui-même.</translation>
    </message>
</context>
</TS>
