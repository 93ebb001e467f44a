<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>Утечка в %2 (%3) затронула данные аккаунтов (всего %1). В ней были: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>Утечка в %1 (%2) затронула данные аккаунтов. В ней были: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Считается, что эти данные выдуманы.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Это список для рассылки спама.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>Подлинность этих данных не подтверждена.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Введено вручную в этом хранилище.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Источник сведений: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Источник сведений: исследование Breach Advisor по источникам выше.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Источник сведений: импортированный файл каталога.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Импорт пакета службы поддержки</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>Пакет %1 создан %2. В нём каталог утечек и %n файл утечки (записей: %3).</numerusform>
            <numerusform>Пакет %1 создан %2. В нём каталог утечек и %n файла утечек (записей: %3).</numerusform>
            <numerusform>Пакет %1 создан %2. В нём каталог утечек и %n файлов утечек (записей: %3).</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Он подписан службой поддержки %1, которой доверяет это хранилище (ключ %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Он подписан ключом, которому это хранилище пока не доверяет:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Попросите вашу службу поддержки прислать файл её открытого ключа (.pub) и сверьте по телефону или на бумаге, что её ключ выглядит так же. Только после этого выберите его ниже: с этого момента это хранилище будет принимать пакеты, подписанные этой службой поддержки.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Он старше последнего пакета от этой службы поддержки (созданного %1): возможно, это повторно присланная старая копия. &amp;Всё равно импортировать</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>Файл открытого ключа службы поддержки</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>&amp;Открытый ключ службы поддержки (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Выбор открытого ключа службы поддержки</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Открытые ключи (*.pub);;Все файлы (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>например, Служба поддержки городской библиотеки</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;Название службы поддержки:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>Файл ключа агента</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>&amp;Ключ агента (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Выбор ключа агента</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Ключи агента (*.agent);;Все файлы (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>Пакет содержит отпечатки идентификаторов и то, какие виды данных утекли, но никогда сами утёкшие значения. Он читается, только если подпись сходится для каждого байта; иначе ничего не меняется.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Выберите файл ключа агента, который вам дала служба поддержки.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Выберите файл открытого ключа службы поддержки, когда убедитесь, что её ключ совпадает с показанным выше.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Проверка подписи и импорт…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>Ключ в %1 (%2) — не тот, которым подписан этот пакет. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Утечка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Что утекло</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, аккаунтов — %3: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>аккаунтов: %1</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>число аккаунтов неизвестно</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Каталог утечек</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>компания или сайт, например LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Поиск:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>Что &amp;утекло:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Год:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;Сервис:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Утечки</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Об утечке</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Мне &amp;сообщили, что мои данные есть в этой утечке…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Любые данные</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Любой год</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Любой сервис</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>Показано утечек: %1 из %2. Сведения взяты из Have I Been Pwned (CC BY 4.0), если у утечки не указано иное.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Смена парольной фразы</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>С этого момента хранилище открывает новая парольная фраза; ключ восстановления продолжает работать. Если вы думаете, что кто-то знает вашу парольную фразу и у него может быть копия хранилища, одна новая парольная фраза эту копию не защитит.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Введите новую парольную фразу ещё раз</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Сменить</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Утечка</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Аккаунтов в ней</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>может включать: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
            <numerusform>%1 и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; сайты утёкших логинов: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Не используется</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Номера телефонов (для поиска)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Адреса электронной почты (для поиска)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Имена пользователей (для поиска)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (только заполнено ли)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Столбец</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Первое значение</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Содержимое</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Столбец %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Веб-адреса (сайт каждого логина)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Без страны (номера начинаются с +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Добро пожаловать в Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Узнайте, утекли ли ваши данные, что именно утекло и что делать</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor сверяет номера телефонов, адреса электронной почты и имена пользователей с известными утечками и с файлами утечек, которые вы импортируете, и составляет план простых шагов — для вас или для человека, которому вы помогаете.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Ничего из того, что вы здесь вводите, не покидает этот компьютер: нет ни учётной записи, ни подключения к интернету. Всё хранится в зашифрованном хранилище, которое открывает только ваша парольная фраза.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Запомнить на этом компьютере (здесь его можно будет открыть без парольной фразы)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Создаём ваше хранилище. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Придумайте парольную фразу</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>Парольная фраза открывает ваше хранилище. Четыре слова или больше, не связанные между собой, легко запомнить и трудно угадать. Можно вставить её из менеджера паролей.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Новая парольная фраза:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Ещё раз:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Введите парольную фразу ещё раз</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Для запоминания используется связка ключей этого компьютера: тогда любой, кто может войти в вашу учётную запись на этом компьютере, сможет открыть хранилище. На общем компьютере не включайте это.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Если вы забудете парольную фразу, открыть хранилище сможет только ключ восстановления со следующей страницы.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Ключ восстановления &amp;распечатан или записан и убран в надёжное место</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Ваш ключ восстановления</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Если вы когда-нибудь забудете парольную фразу, этот ключ — единственный способ снова открыть хранилище. Он показывается только сейчас. Распечатайте или запишите его и храните вдали от этого компьютера.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Ваше хранилище готово</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Теперь добавьте себя или человека, которому вы помогаете: номера телефонов, адреса электронной почты и сервисы, которыми он пользуется. Затем Breach Advisor покажет, что утекло и что делать, шаг за шагом.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Настройка Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Содержимое столбца</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Выбрать файл утечки…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>В первой строке — &amp;названия столбцов</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Удалить этот импорт…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Импорт файла утечки</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Файлы утечек (CSV, TSV или JSON Lines, в том числе сжатые gzip) читаются на этом компьютере. Сохраняются только отпечатки с ключом от номеров телефонов, адресов электронной почты и имён пользователей и то, какие виды данных были в каждой записи, — но никогда сами утёкшие значения.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>Файл читается с настройками ниже. Для большинства файлов здесь ничего менять не нужно.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Нет: определить по файлу</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>&amp;Известный формат утечки:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Определяется по файлу (запятая, точка с запятой, табуляция, вертикальная черта или двоеточие)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Точка с запятой ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Вертикальная черта |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Двоеточие :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Запятая ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>&amp;Разделитель полей:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Определяется по файлу (UTF-8, иначе Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Юникод)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, западноевропейская)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>&amp;Кодировка текста:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Первые строки:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Первые строки файла</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Что в каждом столбце (исправьте, если предположение неверно):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Что в каждом столбце</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>Утечка, к которой относится файл</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Новая утечка…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>Из какой &amp;утечки файл:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>С кодом страны (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Как набирают внутри страны (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>&amp;Формат номеров телефонов:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;Страна номеров:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Тем временем можно пользоваться остальными разделами программы. Отмена ничего не изменит.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Что не импортировано, с примерами</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Импортировать &amp;другой файл</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Импортировано на данный момент</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Импортированные файлы утечек</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Выберите утечку…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Выбор файла утечки</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Файл: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Ни один столбец не распознан как номера телефонов, адреса электронной почты или имена пользователей: укажите, в каком столбце они находятся.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Утечка, которой нет в каталоге</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Компания или &amp;сервис:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Когда это произошло:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;Аккаунтов в ней (если известно):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Что утекло, определяется по столбцам, которые вы сопоставили.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Укажите, в каком столбце номера телефонов, адреса электронной почты или имена пользователей.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Выберите утечку, из которой взят файл, или создайте новую.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Для номеров, записанных так, как их набирают внутри страны, нужно указать эту страну.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Начинаем…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Импорт %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Импорт отменён. Ничего не изменилось.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>Прочитано строк: %1, строк в секунду: %2</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Импорт: %1 %</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Запись зашифрованного индекса: %1 %</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Импорт: запись индекса</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Выберите в списке импорт, который нужно удалить.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Удалить этот импорт?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Записи из %1 (%2) будут удалены из индекса. Результаты людей изменятся соответственно. Сам файл не затрагивается.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Удаление: %1 %</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Удалено. Освобождаем место на диске…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Удалено. Хранилище стало меньше на %1.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Пропускать все строки, которые не подходят</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Файлы утечек и архивы (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Архив: %1. Его столбцы такие же, как у %2; каждый файл утечки в архиве импортируется с этим сопоставлением, каждый отдельно.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Не прочитано из архива: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Импортировать &amp;пакет службы поддержки…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Или, если служба поддержки подготовила для вас каталог и файлы утечек: её подписанный пакет вместе с ключом агента, который она вам дала.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Выбор пакета службы поддержки</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Пакеты (*.bundle);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Импортирован пакет с подписью %1 (создан %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Он был старше последнего пакета от этой службы поддержки.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Утечки — новые: %1, обновлённые: %2.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Файлы утечек — добавлено: %1 (записей: %2); уже были здесь: %3.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>осталось около %n секунды</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
            <numerusform>осталось около %n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>осталось около %n минуты</numerusform>
            <numerusform>осталось около %n минут</numerusform>
            <numerusform>осталось около %n минут</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Утечка</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Занято места</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 из %2: записей — %3</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Готово:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Внимание:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Проблема:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Заблокировать</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Заблокировать хранилище сейчас (Ctrl+L): на экране не останется ничего личного</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Быстрая проверка</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Импорт утечки</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Каталог утечек</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Заблокировано</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Это демонстрационное хранилище: его парольная фраза — &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Проверка пароля</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Показать парольную фразу</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Показать или скрыть введённое</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Скрыть парольную фразу</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Похоже, включён Caps Lock: буквы вводятся заглавными.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Надёжность парольной фразы</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Не совпадает с парольной фразой выше.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Импортировать &amp;список…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Импортировать папку с &amp;файлами префиксов…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Отменить импорт</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Где человек использует этот пароль</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>Про&amp;верить пароль</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>Открыть &amp;план человека</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Проверка пароля</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Есть ли пароль в списке паролей, известных по утечкам? Преступники пробуют такие пароли в первую очередь. Проверка идёт только на этом компьютере: пароль нигде не сохраняется и никуда не отправляется, а поле очищается после каждой проверки.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>Список утёкших паролей</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Ход импорта</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;Чей пароль:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Пароль для проверки</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Никто конкретно (ничего не сохраняется)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>Список утёкших паролей на этом компьютере нельзя использовать (см. ниже): импортируйте его заново.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>Утёкших паролей: %1 (%2), импортировано %3 из %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Импортировать более новый &amp;список…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Введите пароль для проверки.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Сначала импортируйте список утёкших паролей: без него не с чем сравнивать.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Записано для человека %1: один из его паролей известен (сам пароль не сохраняется). Теперь его план начинается со смены этого пароля.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Выбор списка утёкших паролей</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Выбор папки с файлами префиксов</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Начинаем…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Импорт списка утёкших паролей…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Чтение списка: %1 %</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Импорт списка утёкших паролей: %1 %</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>Импорт отменён. Список остался прежним.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>На этом компьютере ещё нет списка утёкших паролей. Один раз скачайте список «Pwned Passwords» с Have I Been Pwned на любом компьютере с доступом в интернет (как это сделать, сказано на haveibeenpwned.com/Passwords), затем импортируйте здесь файл или папку с файлами. Список — общедоступные данные: ничего из того, что вы проверяете, никуда не отправляется.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Пока шагов нет</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>Выполнено %1 из %n шага</numerusform>
            <numerusform>Выполнено %1 из %n шагов</numerusform>
            <numerusform>Выполнено %1 из %n шагов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Добавить человека</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Мне &amp;сообщили, что мои данные в утечке…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Здесь пока никого нет. Добавьте себя или человека, которому вы помогаете.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Выберите человека, чтобы увидеть, что утекло и что делать.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1: сохранено.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить %1?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, все данные и ход выполнения плана будут удалены из этого хранилища. Это нельзя отменить.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Удалить %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1: удалено.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Сначала добавьте человека, который получил уведомление.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Добавить человека</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Изменить: %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>имя или прозвище</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Страна:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Добавить ещё &amp;номер телефона</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Адреса электронной почты</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Добавить ещё &amp;адрес электронной почты</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Имена пользователей</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Добавить ещё &amp;имя пользователя</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Какими сервисами пользуется</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Телефон и компьютер</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Телефон &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>&amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>&amp;Компьютер</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Всё, что вы вводите, остаётся в зашифрованном хранилище на этом компьютере.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Номер телефона %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>Как в программе</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>&amp;Читает на языке:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Когда: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Аккаунтов в ней: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Сайт: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Что утекло:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Ваши данные в ней:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>По уведомлению утекло:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Что утекло там (ваши данные могут быть среди них):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Что это:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Насколько вероятно, что там есть вы:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Откуда эти сведения:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Изменить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Мне &amp;сообщили об утечке</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Печать памятки…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Сохранить памятку в &amp;PDF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Что &amp;проверено:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Утечки:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Утечки</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Об утечке</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Что утекло</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n номер телефона</numerusform>
            <numerusform>%n номера телефонов</numerusform>
            <numerusform>%n номеров телефонов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n адрес электронной почты</numerusform>
            <numerusform>%n адреса электронной почты</numerusform>
            <numerusform>%n адресов электронной почты</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n имя пользователя</numerusform>
            <numerusform>%n имени пользователя</numerusform>
            <numerusform>%n имён пользователей</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Ничего из этой проверки не сохраняется. Когда закончите, очистите её.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Вам сообщили о %n утечке.</numerusform>
            <numerusform>Вам сообщили о %n утечках.</numerusform>
            <numerusform>Вам сообщили о %n утечках.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n утечка в сервисах, которыми вы пользуетесь, может включать ваши данные: они показаны отдельно.</numerusform>
            <numerusform>%n утечки в сервисах, которыми вы пользуетесь, могут включать ваши данные: они показаны отдельно.</numerusform>
            <numerusform>%n утечек в сервисах, которыми вы пользуетесь, могут включать ваши данные: они показаны отдельно.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: не проверено. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: найдено в %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: нет в импортированных файлах утечек</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Утечек для показа нет. Проверены только файлы утечек, импортированные в это хранилище, и утечки сервисов, которыми, по вашим словам, вы пользуетесь.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Печать памятки</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>План Breach Advisor для %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>План Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Сохранение памятки</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Сохранено в %1. Там есть личные данные: храните файл в надёжном месте.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Указать &amp;страну…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Не вошли, потому что страна неизвестна: %1. Укажите страну, чтобы добавить их.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: не проверено, ни один файл утечки не импортирован</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Выберите утечку, чтобы увидеть, какие ваши данные в ней были.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Не удалось сохранить %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Проверить па&amp;роль человека…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Такого номера быть не может: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>начните с + и кода страны</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>например, %1 или %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>Из какой страны этот номер? Выберите страну или начните с + и кода страны.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено %1 из %2</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (начните здесь)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, около %3 мин%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, начните здесь</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: выполнено %2 из %3</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Список шагов</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>По одному &amp;шагу</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Шаги плана</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Пока шагов нет.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>Выполнено %1 из %n шага</numerusform>
            <numerusform>Выполнено %1 из %n шагов</numerusform>
            <numerusform>Выполнено %1 из %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Шаг %1 из %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Идёт другая работа (импорт?): это сохранится, как только она закончится.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Отменено: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>Шаг «%1» отмечен как выполненный</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>Шаг «%1» пока отложен</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>Шаг «%1» отмечен как неподходящий вам</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>Шаг «%1» снова в списке дел</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Ход выполнения плана</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Забыть всё</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Быстрая проверка</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Проверьте номера телефонов, адреса электронной почты или имена пользователей, не сохраняя их. Ничего не хранится: введённое и найденное забывается, когда вы уходите с этой страницы или блокируете программу.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>&amp;Страна номеров без кода страны:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>По одному в строке, например:
0100 123 4567
name@example.com
имя_пользователя</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Что проверить:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Введите хотя бы один номер телефона, адрес электронной почты или имя пользователя.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Идёт другая работа (импорт?): проверка начнётся, как только она закончится.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Какими сервисами пользуется</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Отметьте сервисы, которыми пользуется человек, и проверьте снова.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Не вошли, потому что страна неизвестна: %1. Выберите страну выше и проверьте снова, чтобы добавить их.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Проверить па&amp;роль…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Ваш новый ключ восстановления</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Ключ &amp;распечатан или записан</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Это ваш новый ключ восстановления. Он показывается только сейчас: распечатайте или запишите его и храните вдали от этого компьютера. Когда вы поставите отметку ниже и закроете это окно, он заменит старый, и старый перестанет работать.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Ключ восстановления: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Ключ восстановления Breach Advisor

%1

Храните этот листок в надёжном месте, вдали от компьютера: с ним любой может открыть хранилище.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на принтер.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Сохранение ключа восстановления</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Сохранено в %1. Перенесите файл с этого компьютера (на флешку или распечатайте) и удалите его здесь.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>Не удалось сохранить %1: %2. Ничего не сохранено: выберите другое место или распечатайте ключ.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>Её &amp;нет в списке: описать</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Мне сообщили, что мои данные в утечке</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Компания или новости сообщили, что ваши данные попали в утечку? Выберите её здесь и отметьте, что, по уведомлению, утекло. Вы получите план действий, и он сохранится у этого человека.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Кто получил уведомление:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>название компании, например Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Найти утечку:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Утечки</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>например, Городской спортклуб</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Компания или &amp;сервис:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Когда это произошло (или дата уведомления):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Что утекло, по уведомлению</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Составить &amp;план</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Сначала добавьте человека, затем сообщите программе об уведомлении.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Укажите, о какой компании или сервисе было уведомление.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Введено по уведомлению об утечке.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Выберите утечку из списка или опишите её, если её там нет.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Отметьте хотя бы один вид данных, названный в уведомлении.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Чтение</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Размер текста:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Защита хранилища</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Блокировать после бездействия:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Создать новый &amp;ключ восстановления…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Кто-то может знать мою парольную фразу: заменить &amp;все ключи…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Одна новая парольная фраза не защитит копию хранилища, которая уже может быть у кого-то. Здесь всё заново шифруется новым ключом, с новой парольной фразой и новым ключом восстановления.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Помощь другим</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>необязательно: печатается на памятках</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;Ваше имя:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Это хранилище</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Папка: %1
Утечек в каталоге: %2 (самые свежие сведения: %3)
Шифрование: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Теперь этот компьютер запоминает хранилище.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Этот компьютер больше не запоминает хранилище.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Смена парольной фразы…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>Парольная фраза изменена. Ключ восстановления по-прежнему работает. Учтите: копия хранилища, сделанная до смены, по-прежнему открывается старой парольной фразой.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Создать новый ключ восстановления?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>Ключ восстановления, который вы распечатали раньше, перестанет работать. Новый будет показан один раз — чтобы вы его распечатали или записали.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Создать &amp;новый ключ</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Заменить все ключи</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Хранилище заново шифруется новыми ключами. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>У хранилища новые ключи. Старая парольная фраза и старый ключ восстановления больше ничего не открывают — даже старую копию файла ключей.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Как на компьютере</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;Цвета:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Запомнить это хранилище на этом компьютере</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Тогда здесь оно будет открываться без парольной фразы. Любой, кто может войти в вашу учётную запись на этом компьютере, сможет открыть хранилище: на общем компьютере не включайте это.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>Новый ключ восстановления не был сохранён, поэтому ничего не изменилось: старый по-прежнему работает.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>Новый ключ восстановления действует. Старый больше не работает.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>Новый ключ восстановления не был сохранён, поэтому ключи хранилища не заменены: старая парольная фраза и старый ключ восстановления по-прежнему работают.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>&amp;Сделано</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Сделаю &amp;позже</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Ко мне это &amp;не относится</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Вернуть в список дел</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Инструкции для</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>необязательно, например: &quot;PIN-код хранится в семейном сейфе&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← &amp;Предыдущий шаг</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>&amp;Следующий шаг →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Предыдущий шаг</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Сейчас делать ничего не нужно.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Выберите шаг, чтобы увидеть, что делать.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · около %n минуты</numerusform>
            <numerusform>%1 · около %n минут</numerusform>
            <numerusform>%1 · около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Вы это уже сделали, но с тех пор данные снова утекли (%1). Пожалуйста, сделайте это ещё раз.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · отмечено %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Все устройства</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Откуда эти сведения: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(проверено %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Эта заметка написана до того, как шаг снова открылся.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Состояние этого шага</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Открываем ваше хранилище. Это займёт немного времени.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Забыли парольную фразу? Открыть &amp;ключом восстановления</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Открыть &amp;ключом восстановления</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Открыть через &amp;связку ключей этого компьютера</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Разблокировать Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Открытие хранилища</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Ключ восстановления</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Ключ восстановления:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Ваше хранилище находится в %1. Всё, что в нём есть, остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Эта парольная фраза не открывает это хранилище. Проверьте Caps Lock и попробуйте снова.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Сначала введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Для утечки нужны имя (name) и заголовок (title).</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>Дата утечки указана неверно (нужно YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Укажите, какие виды данных утекли (например, &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>В каталоге уже есть утечка с именем &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 отсутствует или не является текстом</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 не является текстом</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 не равно true или false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 не является целым числом от нуля и больше</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; — не дата (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; — не дата и время (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 отсутствует или не является списком</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 содержит элемент, который не является текстом</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: не удаётся прочитать файл: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: недопустимый JSON: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: это не каталог утечек: ожидается список утечек в том виде, в каком его публикует Have I Been Pwned</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: утечка №%3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>не объект</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>имя &quot;%1&quot; встречается дважды</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 — не %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>файл секретного ключа службы поддержки (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>файл открытого ключа (PREFIX.pub из bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>файл ключа агента (PREFIX.agent из bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>файл подписи (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 создан более новой версией Breach Advisor (формат %2; эта версия читает %3). Обновите программу, чтобы его прочитать.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>Парольная фраза для %1 неверна, или файл был изменён.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>пакет службы поддержки (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 не совпадает со своей подписью: после подписания он был изменён или обрезан. Ничего не импортировано; попросите службу поддержки прислать пакет ещё раз.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 создан для другого ключа агента: попросите службу поддержки, которая его подписала, дать ключ её пакетов (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 подписан ключом, которому это хранилище доверяет, но его содержимое нельзя использовать. Ничего не импортировано; сообщите об этом службе поддержки, которая его создала.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 подписан ключом, которому это хранилище не доверяет (%2). Ничего не импортировано. Если это ключ вашей службы поддержки, сначала сделайте его доверенным: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 создан %2, раньше последнего пакета от %3 (созданного %4): возможно, это повторно присланная старая копия. Ничего не импортировано.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 и %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 млн</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>примерно столько же, сколько тогда было пользователей у %1</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>примерно столько же, сколько тогда было пользователей у %1 в стране %2</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>больше половины тогдашних пользователей %1</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>больше половины тогдашних пользователей %1 в стране %2</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>примерно один из %2 тогдашних пользователей %1</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>примерно один из %2 тогдашних пользователей %1 в стране %3</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>по сообщениям, около %1 её записей — из страны %2</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; во всём мире — %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>в ней было аккаунтов: %1 — %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>неизвестно, какую долю тогдашних пользователей %1 она затронула</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>Ваши данные оказались в утечке %2: %1.</numerusform>
            <numerusform>%n вида ваших данных оказались в утечке %2: %1.</numerusform>
            <numerusform>%n видов ваших данных оказались в утечке %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Вам сообщили, что ваши данные оказались в утечке %2: %1.</numerusform>
            <numerusform>Вам сообщили, что %n вида ваших данных оказались в утечке %2: %1.</numerusform>
            <numerusform>Вам сообщили, что %n видов ваших данных оказались в утечке %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Ваши данные, вероятно, оказались в утечке %2: %1.</numerusform>
            <numerusform>%n вида ваших данных, вероятно, оказались в утечке %2: %1.</numerusform>
            <numerusform>%n видов ваших данных, вероятно, оказались в утечке %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>Ваши данные могли оказаться в утечке %2, но это маловероятно: %1.</numerusform>
            <numerusform>%n вида ваших данных могли оказаться в утечке %2, но это маловероятно: %1.</numerusform>
            <numerusform>%n видов ваших данных могли оказаться в утечке %2, но это маловероятно: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Ваши данные могли оказаться в утечке %2: %1.</numerusform>
            <numerusform>%n вида ваших данных могли оказаться в утечке %2: %1.</numerusform>
            <numerusform>%n видов ваших данных могли оказаться в утечке %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Утечка %2: %3. Ваши данные могли в ней оказаться: %1.</numerusform>
            <numerusform>Утечка %2: %3. %n вида ваших данных могли в ней оказаться: %1.</numerusform>
            <numerusform>Утечка %2: %3. %n видов ваших данных могли в ней оказаться: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Общий совет, не связанный с конкретной утечкой.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Если вы пользовались %1, ваши данные могли там утечь: %2; %3.</numerusform>
            <numerusform>Если вы пользовались %1, %n вида ваших данных могли там утечь: %2; %3.</numerusform>
            <numerusform>Если вы пользовались %1, %n видов ваших данных могли там утечь: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Если у вас там был аккаунт, смените его пароль и завершите другие его сеансы.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>около %1 её записей — из страны %2, по словам продавца; никто этого не проверял</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>лишь около %2 её записей содержали поле «%1»</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Если вы пользуетесь %1: %2. Укажите, что пользуетесь им, чтобы получить эти шаги полностью.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>То же касается ещё %n утечки.</numerusform>
            <numerusform>То же касается ещё %n утечек.</numerusform>
            <numerusform>То же касается ещё %n утечек.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
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
                          добавить или обновить утечки из JSON Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          утечка, которой ещё нет в каталоге
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
        <translation>  FILE            JSON из /api/v3/breaches Have I Been Pwned; файл, в котором есть хоть одна
                  ошибочная утечка, отклоняется целиком (код 4), с номером строки
  --name N        ключ утечки (буквы и цифры, как Name в HIBP)
  --classes LIST  что утекло: названия классов данных HIBP через ;
  --count N       сколько аккаунтов в ней было
  --flags LIST    вид утечки, через ;: stealer_log (пароли, украденные вредоносной
                  программой на устройстве), malware, sensitive, spam_list, fabricated
NAME — поле Name утечки, как его показывает catalog list.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Использование: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>Прочитано утечек из %2: %1; новых — %3, обновлено — %4, без изменений — %5.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Виды данных, которых эта версия ещё не знает (сохранены и показаны как есть): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count — целое число от нуля и больше.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; — не флаг. Используйте stealer_log, malware, sensitive, spam_list или fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Использование: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; — не дата (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>Утечка &quot;%1&quot; добавлена в каталог.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>Утечек: %1. Сведения из Have I Been Pwned (CC BY 4.0), если не указано иное.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Что утекло</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Использование: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>В каталоге нет утечки с именем &quot;%1&quot;. Имена показывает catalog list.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Дата утечки: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Аккаунтов: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Из импортированного файла каталога: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Что утекло:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (вид данных, которого эта версия ещё не знает)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Откуда эти сведения: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Используйте catalog import, catalog add, catalog list или catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n аргумент не проверен: пишите --phone, --email или --username перед каждым идентификатором.</numerusform>
            <numerusform>breach-advisor-cli: %n аргумента не проверены: пишите --phone, --email или --username перед каждым идентификатором.</numerusform>
            <numerusform>breach-advisor-cli: %n аргументов не проверено: пишите --phone, --email или --username перед каждым идентификатором.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Использование: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: не проверено. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  не найдено</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  в %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: непредвиденная ошибка: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Неизвестная команда &quot;%1&quot;. См. breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 не выполняется внутри оболочки: сначала выйдите из неё (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: хранилище оболочки уже открыто.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Использование: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Выясняет, в каких утечках есть ваши данные и что с этим делать, — только на этом компьютере.

Команды:
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
Параметры:
  --vault DIR             папка хранилища (по умолчанию: %1)
  --passphrase-file FILE  прочитать парольную фразу из первой строки FILE;
                          иначе из $BREACH_ADVISOR_PASSPHRASE, иначе запросить
  --keychain              разблокировать ключом, который помнит связка ключей компьютера;
                          в первый раз — парольной фразой, затем ключ запоминается
  --json                  вывод для программ
  --mask                  показывать идентификаторы ровно настолько, чтобы их узнать
  --yes                   выполнять без вопросов (команды удаления)
  -h, --help              эта справка; COMMAND --help: справка по команде
  --version               версия

Несколько команд с одной разблокировкой: breach-advisor-cli shell (команды из
терминала или скрипта, по одной в строке).

Коды выхода: 0 — успех, 1 — ошибка, 2 — ошибка использования, 3 — неверная парольная
фраза или хранилище занято, 4 — входной файл отклонён, 130 — остановлено Ctrl-C
(ничего не изменено).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (проверено %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Заметка с прошлого раза: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>общий совет</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>найдено в утечке</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>полученное уведомление</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>возможно</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] сделано, [-] отложено, [/] не относится</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - снова открыт: данные снова утекли в %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - отложен</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - не относится</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Небольшие утечки в сервисах, которыми вы пользуетесь</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Сохраните человека (person add) и выполните plan --person NAME, чтобы получить шаги полностью.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>В %1 нет хранилища. Создайте его: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: связку ключей использовать нельзя (%1); используется парольная фраза.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>Связка ключей этого компьютера теперь помнит ключ хранилища: с --keychain парольная фраза больше не нужна (отменить: keychain forget).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: связка ключей не сохранила ключ (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength: interactive, moderate или sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; — неизвестный двухбуквенный код страны.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [д/Н] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>д</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>да</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - читает собственный ввод оболочки: укажите файл.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: больше 16 МиБ идентификаторов.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>Использование: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          план человека для печати, идентификаторы замаскированы, как при печати из программы
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Использование: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; должен оканчиваться на .pdf или .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>Для памяток в PDF нужна графическая библиотека, а она не запущена.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Памятка для %1 (%Ln шаг) записана в %2. В ней есть личные данные: храните её в надёжном месте.</numerusform>
            <numerusform>Памятка для %1 (%Ln шага) записана в %2. В ней есть личные данные: храните её в надёжном месте.</numerusform>
            <numerusform>Памятка для %1 (%Ln шагов) записана в %2. В ней есть личные данные: храните её в надёжном месте.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: пишите так: &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Использование: import FILE --breach NAME [--phone COLUMN]... (см. import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset задаёт формат файла: уберите --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter — один символ ASCII, например ; или :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding: utf-8, windows-1252, latin1 или auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format: international, national или auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>Для --phone-format national нужен --region CC — страна номеров.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb — целое число от 16 и больше.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Формата &quot;%1&quot; нет: список покажет import --list-presets.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    утечка: %1; столбцы: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Импорт %1 в &quot;%2&quot;. Столбцы:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>строк: %1, %2 строк/с</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, осталось около %1 с</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>запись индекса</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    записи и байты на диске по каждой утечке
  index remove IMPORT_ID [--yes]
                          отменить один импорт и освободить его место
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  как его показывает index stats
  --yes      удалить без вопроса (скриптам вопросы не задаются)
Удаление перезаписывает файл хранилища без этого импорта, чтобы место на диске
освободилось: на время для этого нужно примерно столько свободного места, сколько
занимает хранилище.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Файлы утечек ещё не импортированы. Добавьте файл: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>Записей: %1, импортов: %2, размер: %3 байт (%4 байт на запись).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  импорт %1: %2 из %3, записей: %4, %5 байт</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Использование: index remove IMPORT_ID (см. index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Импорта %1 нет (см. index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Удалить импорт %1 (%2 из %3, записей: %4)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Ничего не удалено.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Импорт %1 удалён; файл хранилища стал меньше на %2 байт.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Используйте index stats или index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          создать хранилище и напечатать его ключ восстановления
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Создаёт хранилище в --vault DIR (пустой или новой папке) со встроенным каталогом утечек.
Парольная фраза берётся из --passphrase-file, $BREACH_ADVISOR_PASSPHRASE или запроса.
  --kdf-strength S  насколько медленно перебирать парольную фразу: interactive,
                    moderate (по умолчанию) или sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Хранилище создано в %1, известных утечек: %2.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Ваш ключ восстановления (запишите или распечатайте его и храните в надёжном месте):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Если вы забудете парольную фразу, этот ключ — единственный способ снова открыть хранилище.
Он показывается только сейчас.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Не удалось показать ключ восстановления, поэтому хранилище не создано.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         связка ключей этого компьютера больше не помнит ключ хранилища
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (с любой командой, открывающей хранилище) разблокирует ключом, который помнит
связка ключей; в первый раз запрашивается парольная фраза, затем ключ запоминается.
keychain forget удаляет его; парольная фраза работает как прежде.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Использование: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>В %1 нет хранилища.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>Связка ключей не забыла ключ: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>Связка ключей этого компьютера больше не помнит ключ хранилища.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          форма, которая хешируется и сравнивается (хранилище не нужно)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     номер телефона в любом формате; для нескольких повторите
  --region CC      страна номеров, записанных без кода страны
  --language LL    язык страны, откуда номер (по умолчанию: язык системы)
  --email TEXT, --username TEXT
Код выхода 1, если какой-либо из них недопустим.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Использование: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: недопустимо. %2</translation>
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
        <translation>Использование: %1 (см. person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>Сохранено: %1. План: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Пока никто не сохранён. Добавьте человека: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: выполнено шагов: %2 из %3</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  страна: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - в %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  пользуется: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  платформы: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  сообщили, что данные в утечке %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  план: выполнено шагов: %1 из %2 (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Человек с именем &quot;%1&quot; уже сохранён.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Изменения для %1 сохранены; ход выполнения плана не изменился.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>Удалить %1, все идентификаторы и ход выполнения плана из хранилища?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Удалено: %1.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Используйте person add, list, show, edit или remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          план человека с ходом выполнения
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Использование: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Данные человека %1 не найдены в утечках, импортированных в это хранилище, и ни одного сервиса, которым он пользуется, нет среди утечек каталога. Проверьте снова, когда импортируете больше утечек.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>План для %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Использование: shell (команды поступают ей на ввод)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>Хранилище открыто. Вводите команды так же, как в командной строке (список покажет help), exit — выход.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          отметить выполнение шага в плане человека
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  сделано, пока отложено или не относится к человеку
  reopen          вернуть в список дел
  STEP_ID         как в плане, например whatsapp-two-step-pin; шаг, которого нет
                  в плане человека, отклоняется
  --person NAME   чей план
  --note TEXT     сохраняется вместе с шагом (без него остаётся прежняя заметка)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Использование: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 снова в списке дел человека %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>Шаг %1 для %3 отмечен: %2.</translation>
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
        <translation>  vault info [--json]     что хранится в хранилище
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          задать новую парольную фразу с помощью распечатанного ключа
                          восстановления
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          новый ключ, парольная фраза и ключ восстановления, если
                          парольная фраза стала известна другим
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
        <translation>  --new-passphrase-file FILE  новая парольная фраза (иначе дважды запрашивается в терминале)
  --recovery-key-file FILE    ключ восстановления, напечатанный при создании хранилища
  --kdf-strength S            interactive, moderate или sensitive; без него хранилище
                              сохраняет свою стойкость
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase заново упаковывает ключ хранилища: это быстро, и ключ восстановления
продолжает работать, но база данных не перешифровывается, поэтому старая копия
vault.header по-прежнему открывает хранилище старой парольной фразой. rekey перешифровывает
базу данных новым ключом и печатает новый ключ восстановления: старая парольная фраза,
старый ключ восстановления и старые копии vault.header перестают её открывать.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Парольные фразы не совпадают. Ничего не изменено.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Ваш новый ключ восстановления (запишите или распечатайте его и храните в надёжном месте;
старый с этого момента не работает):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Не удалось показать новый ключ восстановления, поэтому ключи хранилища не заменены.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>Хранилище перешифровано новым ключом. Старая парольная фраза, старый ключ восстановления
и старые копии vault.header его больше не открывают; компьютеру, который запомнил
хранилище, один раз понадобится новая парольная фраза.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Хранилище %1
  утечек в каталоге: %2 (встроенный каталог от %3)
  версия схемы %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  замена ключей начата, но не закончена: её завершит новая парольная фраза, или снова
  выполните vault rekey
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>Для vault recover нужен --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>Парольная фраза изменена. Ключ восстановления по-прежнему работает.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Используйте vault info, vault change-passphrase, vault recover или vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; — такого языка в Breach Advisor нет. Доступны: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    чей план
  --out FILE       .pdf (A4, в США и Канаде Letter) или .html; читать его можете
                   только вы. В нём есть личные данные: храните его в надёжном месте
  --language LL    язык (по умолчанию: язык человека, иначе язык терминала)
  --helper NAME    кто помогал, печатается на памятке (например, название службы поддержки)</translation>
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
        <translation>  NAME            как называть человека (можно прозвище)
  --from FILE|-   идентификаторы по одному в строке из файла или стандартного ввода, чтобы
                  номера не попали в командную строку, которую могут прочитать другие
                  пользователи этого компьютера (как в check --from: phone:, email:,
                  username: указывают вид)
  --country CC    страна человека: для номеров без кода страны и для советов о том,
                  куда сообщать
  --uses SERVICE  сервис, которым человек пользуется; --platform P: android, iphone
                  или computer
  --mask          показывать идентификаторы ровно настолько, чтобы их узнать
  --rename NEW    edit: новое имя
  --language LL   add, edit: язык, на котором человек читает; на нём печатается его памятка
  --yes           remove без вопроса (скриптам вопросы не задаются)
edit заменяет то, что указано: все идентификаторы, если указан любой из --phone, --email,
--username или --from, страну, сервисы, платформы (пустое значение их очищает); ход
выполнения плана сохраняется. Идентификаторы проверяются до того, как что-либо сохранится.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  читает на языке: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Укажите, что изменить: --rename, --phone, --email, --username, --from, --country, --uses, --platform или --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Что делать: шагов — %L1, выполнено — %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
            <numerusform>%Ln мин</numerusform>
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
                          в каких утечках есть эти идентификаторы и что из них утекло
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          также составляет план действий (в --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          отдельная проверка и план для каждой строки: строка — один клиент
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
        <translation>  --phone/--email/--username TEXT  идентификатор для поиска; для нескольких повторите
  --from FILE|-    идентификаторы по одному в строке из файла или стандартного ввода, чтобы
                   они не попали в командную строку, которую могут прочитать другие
                   пользователи этого компьютера: строка с @ — адрес электронной почты,
                   цифры — номер телефона, иначе имя пользователя; phone:, email: или
                   username: перед значением указывают вид
  --region CC      страна номеров телефонов, записанных без кода страны
  --mask           показывать идентификаторы ровно настолько, чтобы их узнать (+20 ••• ••• 4567)
  --uses SERVICE   сервис, которым человек пользуется (WhatsApp, Facebook, Google, ...): его
                   утечки считаются как &quot;могли утечь&quot;, с учётом того, какую долю его
                   пользователей они затронули; неизвестный сервис пропускается
                   с предупреждением
  --platform P     android, iphone или computer: инструкции плана для этой платформы
  --each-line      вместе с --from: каждая строка — один клиент, его идентификаторы разделены
                   запятыми или табуляцией; один результат на строку (JSON Lines с --json)
Код выхода 5: ничего не удалось проверить (нет ни одного допустимого идентификатора или
не импортирован ни один файл утечки и не указан ни один сервис).
Ничего не сохраняется: чтобы сохранить человека и ход выполнения его плана, используйте person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Использование: check --from FILE|- --each-line: по одному клиенту в строке, идентификаторы разделены запятыми или табуляцией.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, строка %2: нет идентификатора, не проверено.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: ни в одной строке нет идентификатора, поэтому ничего не проверено.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  не проверено: ни один файл утечки не импортирован</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Не вошли, потому что страна неизвестна: %1. Чтобы добавить их, укажите страну: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Если вы пользуетесь этими сервисами</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, строка %2: длиннее %3 символов, а таких строк идентификаторов не бывает. Ничего не сделано.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Не удалось записать %1: %2. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows — число строк (250) или процент (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          форматы известных файлов утечек, которые знает --preset
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    строки, которые не соответствуют заголовку (не хватает полей или
                         их слишком много, кавычка не закрыта, строка больше 1 МиБ),
                         пропускаются и подсчитываются; если их больше N или больше P %
                         от всех строк, весь файл отклоняется (по умолчанию 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C останавливает импорт, ничего не меняя (код 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header и --no-header противоречат друг другу.</translation>
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
        <translation>  --header               первая строка содержит названия столбцов, даже если похожа на данные
                         (без него и без --no-header первая строка с адресом электронной
                         почты или длинным числом читается как данные)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds — целое число от 0 (никогда) до %1 (сутки).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          разблокировать один раз, затем выполнять команды, введённые или
                          переданные через конвейер, по одной в строке
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
        <translation>Каждая строка — команда, как в командной строке, без breach-advisor-cli и без
--vault, --passphrase-file или --keychain: хранилище остаётся открытым до exit, quit или
конца ввода. Кавычки работают как в оболочке; строки, начинающиеся с #, — комментарии.
В терминале о неудачной команде сообщается и читается следующая; в скрипте первая
неудачная команда завершает оболочку со своим кодом выхода.
init, shell, keychain и vault (кроме vault info) внутри неё не выполняются.
Как и программа, оболочка блокирует хранилище, если какое-то время ничего не вводится
(настройка программы: 10 минут, если её не меняли): она забывает ключи, и следующая
команда снова разблокирует хранилище так же, как при запуске оболочки.
  --idle-lock-seconds N  вместо этого блокировать после N секунд без ввода; 0 — никогда</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Хранилище блокируется, если ничего не вводить %1.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>Хранилище заблокировано: ничего не вводилось %1. Следующая команда снова его разблокирует.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format: csv, tsv, jsonl, json, sql или blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table — только для SQL-дампов (.sql или --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb — число гигабайт больше 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    утечка: %1; таблицы SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>В %1 %Ln элемент:</numerusform>
            <numerusform>В %1 %Ln элемента:</numerusform>
            <numerusform>В %1 %Ln элементов:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>размер неизвестен</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: файл утечки</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: пропущен (%3)</translation>
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
                          добавить файл утечки (CSV, TSV, JSON Lines; также .gz) в индекс
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [параметры выше]
                          добавить файлы утечек из архива zip, 7z или tar (также .tar.gz,
                          .bz2, .xz, .zst), каждый как отдельный импорт
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
        <translation>  FILE                   CSV, TSV, JSON Lines, массив JSON или SQL-дамп, сжатый gzip или нет
  --breach NAME          утечка каталога, к которой относится файл (новую сначала
                         добавьте через catalog add)
  --preset NAME          формат известного файла (import --list-presets), например
                         facebook-2021; неподходящие строки подсчитываются и пропускаются
  --format F             csv, tsv, jsonl, json (массив объектов или JSON Lines)
                         или sql (по умолчанию: по имени файла)
  --no-header            первая строка — данные; столбцы нумеруются с 1
  --delimiter C          символ между полями (по умолчанию определяется среди
                         , ; tab | : для CSV; tab для TSV)
  --encoding E           utf-8, windows-1252 или latin1 (по умолчанию: каждая строка как
                         UTF-8, если это допустимый UTF-8, иначе как Windows-1252)
  --phone/--email/--username COLUMN
                         столбец с идентификаторами: по названию в заголовке, номеру или
                         пути через точку во вложенном JSON (user.contact.phone)
  --field &quot;CLASS=COL&quot;    столбец с другими утёкшими данными, по классу данных HIBP
                         (&quot;Names=first,last&quot;); сохраняется только то, заполнен ли он
                         Без этих параметров столбцы распознаются по названиям
                         (на английском, немецком, французском, испанском, итальянском,
                         португальском, нидерландском, турецком, арабском, русском).
  --phone-format F       international (с кодом страны), national (нужен --region)
                         или auto (по умолчанию: определяется по первым строкам)
  --region CC            страна номеров в национальном формате
  --exact-phone-validation  проверять каждый номер с помощью libphonenumber (медленнее)
  --memory-mb N          память для записей до сортировки (по умолчанию 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              прочитать весь файл с проверками импорта: сопоставление,
                         подсчёты и итог, который дал бы импорт, — ничего не записывая
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         столбец логинов (то же, что --username): каждое значение
                         сохраняется как то, чем оно является: адрес электронной почты,
                         номер телефона с кодом страны или имя пользователя
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        записи из строк &quot;Key: value&quot; (логи стилеров), которые
                         заканчиваются пустой строкой, строкой из знаков = или повтором ключа
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (определяется по
                         содержимому); каждый элемент, названный как файл утечки (.csv, .tsv,
                         .txt, .json, .jsonl, .sql), импортируется как FILE, остальные
                         перечисляются как пропущенные; --dry-run перечисляет все. Ничего
                         не распаковывается на диск. Если отклонён хотя бы один элемент,
                         не импортируется ни один
  --member GLOB          только элементы, чей путь или имя подходит (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), как бы они ни назывались
  --max-unpacked-gb N    отклонить архив, который распаковывается в больший объём
                         (по умолчанию 1024); элемент, который при распаковке вырастает
                         более чем в 1000 раз, тоже отклоняется
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: таблица для чтения, по имени или шаблону (*users); без
                         него — первая таблица, чьи столбцы названы как адреса электронной
                         почты или номера телефонов. Строки других таблиц подсчитываются,
                         но не читаются
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member выбирает элементы архива (zip, 7z, tar): %1 — не архив.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    сайты утёкших логинов: %1</translation>
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
        <translation>  --site COLUMN          столбец веб-адресов: сайт, к которому относится логин каждой
                         строки (логи стилеров); каждая запись сохраняет имя хоста,
                         и проверка его указывает
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 больше %2 МиБ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 уже существует: ключи никогда не перезаписываются. Выберите другой --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Использование: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Записаны %1 (ключ подписи и ключ содержимого, запечатанные парольной фразой: храните его в службе поддержки), %2 (открытый ключ: передайте его всем, кто должен доверять тому, что вы подписываете) и %3 (только ключ содержимого, для ноутбуков агентов: он читает пакеты, но не может их подписывать).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 — тот же открытый ключ для OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Отпечаток: %1 (зачитайте его, чтобы сверить ключи по телефону)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Использование: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 подписан: %2 (ключ %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Использование: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: подписан ключом %2 и с тех пор не изменён.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 подписан не ключом из %2 (подпись указывает на ключ %3). Не доверяйте ему.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 не совпадает со своей подписью %2: он был изменён после подписания, или это чужая подпись. Не доверяйте ему.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import принимает номер импорта (их показывает index list), а не %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Использование: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 уже существует. Выберите другой --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>Записан %1: каталог (утечек: %2) и %n импорт утечек (записей: %3), зашифрованные ключом содержимого и подписанные ключом %4.</numerusform>
            <numerusform>Записан %1: каталог (утечек: %2) и %n импорта утечек (записей: %3), зашифрованные ключом содержимого и подписанные ключом %4.</numerusform>
            <numerusform>Записан %1: каталог (утечек: %2) и %n импортов утечек (записей: %3), зашифрованные ключом содержимого и подписанные ключом %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Агенты импортируют его командой: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Использование: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Теперь это хранилище принимает пакеты с подписью %1 (ключ %2). Прежде чем импортировать пакет, сверьте этот ключ с ключом службы поддержки, зачитав его по телефону.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Это хранилище пока не доверяет ни одной службе поддержки: добавить её можно командой bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>доверие с %1; последний пакет создан %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>доверие с %1; пакетов ещё не было</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Использование: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 подписан службой поддержки %2 (ключ %3), создан %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Он старше последнего пакета от этой службы поддержки; импортирован, потому что указан --allow-older.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Утечки — новые: %1, обновлённые: %2, без изменений: %3.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Импорты утечек — добавлено: %1 (записей: %2), уже есть в этом хранилище: %3.</translation>
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
                          ключи службы поддержки: PREFIX.secret, .pub, .agent (и .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          подписывает файл (контрольные суммы выпуска) и проверяет,
                          кто его подписал
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          каталог и импорты утечек, зашифрованные и подписанные
                          для агентов
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  службы поддержки, чьи пакеты принимает это хранилище
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          проверяет, кто подписал пакет, затем добавляет его
                          в хранилище
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
        <translation>  --out PREFIX           keygen: куда записать файлы ключей; никогда поверх существующих
  --kdf-strength S       keygen: насколько медленно подбирать парольную фразу
                         (interactive, moderate: по умолчанию, sensitive)
  --key PREFIX.secret    sign, export: файл секретного ключа службы поддержки
  --import ID            export: только этот импорт (index list; для нескольких
                         повторите); по умолчанию: все импорты
  --name NAME            trust: как назвать службу поддержки (по умолчанию:
                         имя файла)
  --agent-key PREFIX.agent  import: ключ содержимого, который служба поддержки
                         выдала агентам
  --allow-older          import: принять пакет старше последнего, полученного
                         от его службы поддержки (иначе отказ: возможно, это
                         повторно присланная старая копия)
  --signer PREFIX.pub    verify: открытый ключ, которому вы доверяете
  --signature FILE.sig   verify: подпись (по умолчанию: FILE.sig)
Парольная фраза для PREFIX.secret: запрос или BREACH_ADVISOR_BUNDLE_PASSPHRASE для
скриптов. Подписи — Ed25519 по всему файлу; OpenSSL тоже может их проверить
(docs/packaging.md). verify завершается с кодом 4, если файл подписан не этим
ключом; import завершается с кодом 4, не меняя хранилище, если пакет подписан
не доверенной службой поддержки, изменён или обрезан либо предназначен для
другого ключа агента.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Использование: bundle keygen | sign | verify | export | trust | signers | import (см. bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Использование: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>осталось около %1 с</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Пароли никогда не принимаются из командной строки (их увидели бы другие пользователи и история команд оболочки): введите их по запросу или передайте через стандартный ввод, по одному в строке.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Строка %1: пустая, не проверена.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>стандартный ввод</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>Хешей паролей: %1 (%2) из %3, импортировано %4: на диске %5, %6 байт на хеш.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Использование: passwords import | check | info (см. passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses указывает, где человек использует пароль: укажите также --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Записано для человека %1: один из его паролей известен (сам пароль не сохраняется). Теперь его план начинается со смены этого пароля.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          список утёкших паролей (Pwned Passwords) для офлайн-проверок
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          есть ли в нём пароль? (запрос или стандартный ввод построчно)
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
        <translation>  FILE     скачанный список, упорядоченный по хешу (SHA-1 или NTLM, HASH:COUNT в строке),
           сжатый или нет; FOLDER: файлы загрузчика, по одному на 5-значный префикс хеша
Список лежит рядом с хранилищем (--vault DIR), а не в нём: это общедоступные данные.
Парольная фраза запрашивается только с --person: иначе из хранилища ничего не читается.
Пароли никогда не принимаются из командной строки. check --json выводит по одной строке
на пароль: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: не меньше стольких раз; 0, если не
найден), а с --person ещё и &quot;kept&quot;. Код завершения 0, найден пароль или нет.
  --person NAME   записать найденный пароль для этого сохранённого человека как «один из
                  его паролей известен» (но не сам пароль): его план начинается со смены
                  этого пароля везде
  --uses SERVICE  где человек его использует (можно повторять); указывается в этом шаге</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 не принимает значения.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>Для --%1 нужно значение.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Неизвестный параметр --%1. См. breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 не относится к этой команде.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Не закрыт символ %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>Ключ базы данных неверного размера.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 повреждён: обрезан или изменён. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>Не удалось расшифровать %1: он повреждён, это не хранилище Breach Advisor или ключ неверен. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>Шифрование недоступно: в этой программе загружена другая библиотека SQLite (%1), поэтому хранилище не открывается и не создаётся.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>База данных хранилища %1 отсутствует. Хранилище оставлено без изменений.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 пуст или обрезан (%2 байт): хранилище повреждено. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 — незашифрованный файл SQLite, а не хранилище Breach Advisor. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Не удаётся создать файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>Шифрование недоступно: в этой программе загружена другая библиотека SQLite.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Хранилище используется другой программой.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 повреждён (%2). Больше в него ничего не записывалось.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>Диск, на котором находится %1, заполнен. Изменение не сохранено; хранилище осталось в прежнем состоянии.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>Не удаётся записать %1 (%2): папка доступна только для чтения? Хранилище осталось в прежнем состоянии.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Ошибка базы данных (%1) в %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Не удаётся удалить %1, оставшийся после прерванного обновления формата хранилища. Хранилище оставлено без изменений.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Не удаётся поставить обновлённую базу данных на место %1 (%2). Хранилище осталось в прежнем состоянии.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 повреждён: часть его не читается. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Не удалось обновить базу данных хранилища до нового формата (копия не прошла проверку). Хранилище осталось в прежнем состоянии.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Демо-спортклуб</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Вымышленный спортклуб, список членов которого утёк: придуман для демонстрации.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN-код записан на карточке у неё в кошельке</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>сделано %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>сделано</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>пока отложено</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>не относится</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>сделать снова: данные снова утекли</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>около %n минуты</numerusform>
            <numerusform>около %n минут</numerusform>
            <numerusform>около %n минут</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(проверено %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Откуда эти сведения:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: что делать</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: что делать — для %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Составлено %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>при помощи: %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, список утечек от %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Пока шагов нет. Проверьте снова, когда станут известны новые утечки.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>Выполнено %1 из %n шага.</numerusform>
            <numerusform>Выполнено %1 из %n шагов.</numerusform>
            <numerusform>Выполнено %1 из %n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Что проверено</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>не проверено (в таком виде это не может быть верно)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>не найдено в импортированных файлах утечек</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Согласно уведомлению, в утечке %1 оказались: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>С кем вы связывались</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Запишите, кому вы звонили или писали, когда и что вам ответили.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>На этой странице есть личные данные: храните её в надёжном месте или уничтожьте, когда закончите.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Если это касается вас</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Не удалось открыть принтер или файл.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>Принтер или файл перестал принимать страницы.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Содержит личные данные: храните в надёжном месте или уничтожьте.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Файлы утечек в это хранилище ещё не импортированы, поэтому их не удалось поискать ни в одной утечке.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Ничего из этого не найдено в файлах утечек, импортированных в это хранилище (импорты: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Это не значит, что они никогда не утекали: проверены только импортированные файлы.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>Найдено %1 из %2 в: %3. Это не значит, что кто-то воспользовался вашими аккаунтами.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%1 из %2 не удалось проверить: причины ниже.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>Связка ключей отказала: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>На этом компьютере нет доступной связки ключей, поэтому хранилище нельзя запомнить. Открывайте его парольной фразой.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Это хранилище не запомнено на этом компьютере.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 зашифрован: Breach Advisor не читает зашифрованные архивы. Распакуйте его с паролем, затем импортируйте извлечённый файл.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: архив обрезан или повреждён (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 распаковывается в объём, более чем в %2 раз превышающий сжатый, чего не бывает ни у одного файла утечки: отклонён как архивная бомба. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: распаковано больше %2 — это предел для одного архива: отклонён как архивная бомба. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>метаданные macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>файл README или лицензия</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>сжат внутри архива: распакуйте его, затем импортируйте</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>по имени это не файл утечки (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>не файл (ссылка или устройство)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>не выбран через --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>пустой</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>недопустимый JSON: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>строка длиннее %1 МиБ: в файлах утечек строки короткие (не пропущен ли перевод строки или закрывающая кавычка?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>столбцов больше, чем %1</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: такого файла нет</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: не удаётся открыть файл</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: файл не читается (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: сжатый файл обрезан или повреждён (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>это текст в UTF-16: сначала сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>двоичные данные (байт NUL): это не текстовый файл</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>недопустимый UTF-8: файл в другой кодировке</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>полей: %1, а в формате их %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>поле в кавычках не закрыто (не хватает &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке их %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>в строке нет полей, которые предусматривает формат</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>строка не вида &quot;Key: value&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>массив JSON не закрыт (файл обрезан?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>текст после конца массива JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>после элемента массива JSON не хватает , или ]</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>массив JSON кончается внутри элемента (файл обрезан?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>имя в кавычках не закрыто</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>строки COPY не заканчиваются строкой \. (файл обрезан?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>нет ни INSERT … VALUES, ни COPY … FROM stdin: в этом SQL-файле нечего читать</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>в дампе нет таблицы %1 со строками; таблицы со строками: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: ни у одной таблицы названия столбцов не говорят, что в ней адреса электронной почты или номера телефонов. Укажите таблицу для чтения (--table) и её столбцы. Таблицы со строками: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>строка без значений</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>значений: %1, а столбцов в таблице: %2</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>файл кончается внутри строки значений (он обрезан?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>строка значений не читается (кавычка не закрыта)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>файл кончается внутри оператора INSERT (он обрезан?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>после строки значений не хватает , или ;</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>строка значений не начинается с (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>Формат файла утечки %1 повреждён: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляция</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>пробелы</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Прочитан как известный формат &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Разделитель полей: %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (определён автоматически)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Кодировка текста: %1 (первые строки не в UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Примечание: в каталоге для &quot;%2&quot; не указано: %1; этот импорт сохраняет эти данные для своих людей.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Номера телефонов: формат — %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Этот файл уже импортировался в &quot;%1&quot; с теми же настройками (импорт %2). Ничего не изменилось.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Текст: %Ln строка не в UTF-8, прочитана как %1.</numerusform>
            <numerusform>Текст: %Ln строки не в UTF-8, прочитаны как %1.</numerusform>
            <numerusform>Текст: %Ln строк не в UTF-8, прочитаны как %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>номера телефонов: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>адреса электронной почты: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>имена пользователей: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>международный</translation>
    </message>
    <message>
        <source>national</source>
        <translation>национальный</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>смешанный</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>Импортировано строк: %1 из %2 в &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Теперь проверка может найти %Ln содержащуюся в них запись.</numerusform>
            <numerusform>Теперь проверка может найти %Ln содержащиеся в них записи.</numerusform>
            <numerusform>Теперь проверка может найти %Ln содержащихся в них записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Это заняло %1 с; хранилище выросло на %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>Пропущено номеров телефонов, адресов электронной почты или имён пользователей, которые не могут быть верными: %Ln (%1), например:</numerusform>
            <numerusform>Пропущено номеров телефонов, адресов электронной почты или имён пользователей, которые не могут быть верными: %Ln (%1), например:</numerusform>
            <numerusform>Пропущено номеров телефонов, адресов электронной почты или имён пользователей, которые не могут быть верными: %Ln (%1), например:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>Пропущено строк без полей формата &quot;%1&quot;: %Ln.</numerusform>
            <numerusform>Пропущено строк без полей формата &quot;%1&quot;: %Ln.</numerusform>
            <numerusform>Пропущено строк без полей формата &quot;%1&quot;: %Ln.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>Пропущено строк без номера телефона, адреса электронной почты или имени пользователя, которые могут быть верными: %Ln, например:</numerusform>
            <numerusform>Пропущено строк без номера телефона, адреса электронной почты или имени пользователя, которые могут быть верными: %Ln, например:</numerusform>
            <numerusform>Пропущено строк без номера телефона, адреса электронной почты или имени пользователя, которые могут быть верными: %Ln, например:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>Пропущено строк: %Ln, например:</numerusform>
            <numerusform>Пропущено строк: %Ln, например:</numerusform>
            <numerusform>Пропущено строк: %Ln, например:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>В %Ln строке были поля, которых нет в первых строках, и эти поля не прочитаны: %1</numerusform>
            <numerusform>В %Ln строках были поля, которых нет в первых строках, и эти поля не прочитаны: %1</numerusform>
            <numerusform>В %Ln строках были поля, которых нет в первых строках, и эти поля не прочитаны: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Заголовка нет: первая строка похожа на данные (адрес электронной почты или число), поэтому она читается как строка данных, а столбцы нумеруются с 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>В первой строке — названия столбцов (она не похожа на данные).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Читается таблица %1 из SQL-дампа: первая, чьи столбцы названы как адреса электронной почты или номера телефонов.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Читается таблица %1 из SQL-дампа.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Пробный запуск: в &quot;%3&quot; было бы импортировано строк: %1 из %2 (не более %4 записей). Ничего не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln значение в столбцах имён пользователей оказалось адресом электронной почты или номером телефона, и проверка находит его как таковое (адреса электронной почты: %1, номера телефонов: %2).</numerusform>
            <numerusform>%Ln значения в столбцах имён пользователей оказались адресами электронной почты или номерами телефонов, и проверка находит их как таковые (адреса электронной почты: %1, номера телефонов: %2).</numerusform>
            <numerusform>%Ln значений в столбцах имён пользователей оказались адресами электронной почты или номерами телефонов, и проверка находит их как таковые (адреса электронной почты: %1, номера телефонов: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>номера телефонов: не меньше %1 (быстрая проверка находит большинство, но не все)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Не прочитана %Ln строка в других таблицах дампа: %1.</numerusform>
            <numerusform>Не прочитаны %Ln строки в других таблицах дампа: %1.</numerusform>
            <numerusform>Не прочитано %Ln строк в других таблицах дампа: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Столбцы %1 тоже названы как адреса электронной почты или номера телефонов: импортируйте каждую такую таблицу отдельно, указав её имя.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln строка не указывала сайт: импортирована без него.</numerusform>
            <numerusform>%Ln строки не указывали сайт: импортированы без него.</numerusform>
            <numerusform>%Ln строк не указывали сайт: импортированы без него.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln строка указывала сайт сверх первых 65 535 сайтов: импортирована без него.</numerusform>
            <numerusform>%Ln строки указывали сайт сверх первых 65 535 сайтов: импортированы без него.</numerusform>
            <numerusform>%Ln строк указывали сайт сверх первых 65 535 сайтов: импортированы без него.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Сайты: логины относились к %Ln сайту; проверка указывает сайт каждого найденного логина.</numerusform>
            <numerusform>Сайты: логины относились к %Ln сайтам; проверка указывает сайт каждого найденного логина.</numerusform>
            <numerusform>Сайты: логины относились к %Ln сайтам; проверка указывает сайт каждого найденного логина.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>В каталоге нет утечки с именем &quot;%1&quot;: сначала добавьте её в каталог.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: файл пуст</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: ни одна из его строк (%Ln) не подходит под формат %2 (строка %3: %4). Ничего не импортировано.</numerusform>
            <numerusform>%1: ни одна из его строк (%Ln) не подходит под формат %2 (строка %3: %4). Ничего не импортировано.</numerusform>
            <numerusform>%1: ни одна из его строк (%Ln) не подходит под формат %2 (строка %3: %4). Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: в файле есть заголовок, но нет строк. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Для номеров в национальном формате нужна страна, откуда они.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Не удаётся определить, как записаны номера телефонов. %1 Укажите, международные ли они (с кодом страны) или национальные (и из какой страны).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Предпросмотр нельзя импортировать: сначала укажите, что в каких столбцах.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (строка %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: ни в одной из его строк (%Ln) нет допустимого номера телефона, адреса электронной почты или имени пользователя%2. Ничего не импортировано.</numerusform>
            <numerusform>%1: ни в одной из его строк (%Ln) нет допустимого номера телефона, адреса электронной почты или имени пользователя%2. Ничего не импортировано.</numerusform>
            <numerusform>%1: ни в одной из его строк (%Ln) нет допустимого номера телефона, адреса электронной почты или имени пользователя%2. Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Временный файл импорта был изменён или обрезан во время импорта: %1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Временный файл импорта исчез: %1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Не удалось зашифровать временные данные импорта.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Не удаётся записать временный файл импорта %1: %2. Ничего не импортировано.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (символов: %1)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>слишком короткий</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>слишком длинный</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>такого кода страны нет</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>нет кода страны, а страна файла не указана</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>не номер</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>недопустимый номер</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>В файле больше 65 535 разных сочетаний заполненных столбцов: сопоставьте меньше столбцов.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>нет номера телефона, адреса электронной почты или имени пользователя</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>недопустимый номер телефона %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>недопустимый адрес электронной почты %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>недопустимое имя пользователя %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>список, а не одно значение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % строк</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln строка из %2 не подошла под формат файла (первая: строка %3, %4) — больше допустимого (%5). Верны ли разделитель и заголовок? Ничего не импортировано.</numerusform>
            <numerusform>%1: %Ln строки из %2 не подошли под формат файла (первая: строка %3, %4) — больше допустимого (%5). Верны ли разделитель и заголовок? Ничего не импортировано.</numerusform>
            <numerusform>%1: %Ln строк из %2 не подошли под формат файла (первая: строка %3, %4) — больше допустимого (%5). Верны ли разделитель и заголовок? Ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Не удаётся создать временную папку импорта %1. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: ни один из элементов архива (%Ln) не является файлом утечки (файлом CSV, TSV, текстовым, JSON или SQL по имени; --member выбирает элементы по имени). Ничего не импортировано.</numerusform>
            <numerusform>%1: ни один из элементов архива (%Ln) не является файлом утечки (файлом CSV, TSV, текстовым, JSON или SQL по имени; --member выбирает элементы по имени). Ничего не импортировано.</numerusform>
            <numerusform>%1: ни один из элементов архива (%Ln) не является файлом утечки (файлом CSV, TSV, текстовым, JSON или SQL по имени; --member выбирает элементы по имени). Ничего не импортировано.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher не ответил на %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>В этой сборке нет списка названий столбцов.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> и ещё %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Столбец &quot;%1&quot;: в файле нет такого столбца. Столбцы файла: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Ни в одном столбце нет номеров телефонов, адресов электронной почты или имён пользователей: укажите, в каком они есть. Столбцы файла: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>В столбце &quot;%1&quot; списки, а не один идентификатор на строку: вместо него укажите столбец внутри объектов списка.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Столбец содержит один вид идентификаторов, а не сразу %1 и %2.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>В одном импорте можно сопоставить не больше 64 видов данных.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; — вид данных, которого эта версия не знает (названия Have I Been Pwned, например &quot;Names&quot; или &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Укажите, в каком столбце %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (для поиска)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (сохраняется только то, заполнено ли)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>не используются: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: сайт, к которому относится каждый логин (сохраняется только имя хоста)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Слабая</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хорошая</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжная</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Придумайте парольную фразу: хорошо подходят четыре или больше не связанных между собой слова.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Легко угадать. Добавьте ещё слов, не связанных между собой.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Можно угадать, если постараться. Помогут ещё одно-два слова.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Трудно угадать.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Очень трудно угадать.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, строка %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>это не строка списка утёкших паролей (хеш SHA-1 или NTLM в шестнадцатеричном виде, двоеточие и сколько раз он встречался). Ничего не импортировано.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>хеш %1, а в предыдущих строках хеши %2: в одном списке хеши только одного вида. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>нарушен порядок хешей (или тот же хеш повторяется): список должен быть скачанным файлом, упорядоченным по хешу. Ничего не импортировано.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>В %1 нет файлов, названных по 5-значному префиксу хеша (00000.txt …): это не папка загрузчика.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: такого файла или папки нет</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>В %1 нет хешей паролей.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>Пароль не является допустимым текстом в UTF-8.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>В %1 ещё нет списка утёкших паролей: сначала импортируйте его.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 — не список утёкших паролей, созданный этой программой.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 создан более новой версией этой программы: обновите её или импортируйте список заново.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 изменён или обрезан после создания: импортируйте список утёкших паролей заново.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Нет в списке утёкших паролей. Но это ещё не делает его надёжным: менеджер паролей создаёт и хранит отдельный пароль для каждого аккаунта.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Этот пароль встречался в утечке: преступники могут его попробовать. Смените его везде, где вы его используете.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Этот пароль встречался в утечках не менее %1 раз: преступники пробуют его в первую очередь. Смените его везде, где вы его используете.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>Импортировано хешей паролей: %1 (%2) из %3 за %4 с: на диске %5, %6 байт на хеш.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Хешей, совпавших с предыдущим в первых 64 битах (сохранены один раз): %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Пропущено пустых строк: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Есть только %1 из %2 файлов префиксов: список неполный, и о паролях из недостающих файлов будет сказано, что они не встречались в утечках.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Не прочитано других файлов в этой папке: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Человеку нужно имя (можно прозвище).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; — неизвестный двухбуквенный код страны.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; — не платформа: используйте android, iphone или computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; — сервис, которого нет в списке проверки. Известные: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Ничего не сохранено.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>В этом хранилище уже есть человек с именем &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Этот человек больше не сохранён в хранилище.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Укажите, какие виды данных были названы в уведомлении.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; — не код языка (например, ar, es или fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 — недопустимый класс встречаемости (от 0 до %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; — сервис, которого нет в списке проверки.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; — не платформа: используйте android, iphone или computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; — сервис, которого нет в списке проверки, поэтому план его пропускает. Известные: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Шага &quot;%1&quot; нет. Идентификаторы шагов перечислены в плане.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Шаг можно отметить как выполненный, отложенный, неподходящий или снова к выполнению.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; нет в плане человека %2: шаги смотрите в его плане.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>В выборке нет номеров телефонов; предполагается международный формат.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1 % выборки начинается с + или 00: международный формат.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>При чтении с кодом страны допустимые номера составляют %1 % выборки.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>При чтении с кодом страны допустимые номера составляют %1 % выборки; при чтении как национальных номеров (%2) — %3 %.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>Код страны недопустим.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Если %1 — код страны, поставьте перед ним + (+%1…) или укажите, из какой страны номер.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Добавьте код страны (например, +44) или укажите, из какой страны номер.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>Номер слишком короткий.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>Номер слишком длинный.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; — неизвестный код страны (используйте две буквы, например DE).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>Номер телефона пуст.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>Номер слишком короткий: добавьте код города.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Это недопустимый номер для страны %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Сделайте это в первую очередь</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>В проверенных утечках ваших данных не найдено, и ни одна утечка в сервисах, которыми вы пользуетесь, скорее всего, вас не затрагивает. Ниже — %n общая полезная привычка, не связанная с утечкой.</numerusform>
            <numerusform>В проверенных утечках ваших данных не найдено, и ни одна утечка в сервисах, которыми вы пользуетесь, скорее всего, вас не затрагивает. Ниже — %n общие полезные привычки, не связанные с утечкой.</numerusform>
            <numerusform>В проверенных утечках ваших данных не найдено, и ни одна утечка в сервисах, которыми вы пользуетесь, скорее всего, вас не затрагивает. Ниже — %n общих полезных привычек, не связанных с утечкой.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n — по утечкам, в которых найдены ваши данные</numerusform>
            <numerusform>%n — по утечкам, в которых найдены ваши данные</numerusform>
            <numerusform>%n — по утечкам, в которых найдены ваши данные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n — по утечкам, о которых вам сообщили</numerusform>
            <numerusform>%n — по утечкам, о которых вам сообщили</numerusform>
            <numerusform>%n — по утечкам, о которых вам сообщили</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n — по утечкам в сервисах, которыми вы пользуетесь и где могут быть ваши данные</numerusform>
            <numerusform>%n — по утечкам в сервисах, которыми вы пользуетесь и где могут быть ваши данные</numerusform>
            <numerusform>%n — по утечкам в сервисах, которыми вы пользуетесь и где могут быть ваши данные</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n общий совет</numerusform>
            <numerusform>%n общих совета</numerusform>
            <numerusform>%n общих советов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 и %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n шаг: %1.</numerusform>
            <numerusform>%n шага: %1.</numerusform>
            <numerusform>%n шагов: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Ни один из указанных идентификаторов не удалось проверить: причины ниже.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Ни один файл утечки не импортирован, поэтому искать их в утечках было негде.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Не указан ни один сервис, поэтому утечки сервисов не учитывались. Укажите, какими сервисами пользуется человек (WhatsApp, Facebook, Google, ...), чтобы добавить их.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Ничего не удалось проверить, поэтому это не результат &quot;ничего не найдено&quot;. Ниже — %n общая полезная привычка, не связанная с утечкой.</numerusform>
            <numerusform>Ничего не удалось проверить, поэтому это не результат &quot;ничего не найдено&quot;. Ниже — %n общие полезные привычки, не связанные с утечкой.</numerusform>
            <numerusform>Ничего не удалось проверить, поэтому это не результат &quot;ничего не найдено&quot;. Ниже — %n общих полезных привычек, не связанных с утечкой.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1 — та же утечка, что и %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>На этой неделе</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>список утёкших паролей</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Пароль, который вы используете, есть в списке утёкших паролей.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Пароль, который вы используете, есть в списке утёкших паролей: он встречался в утечках не менее %1 раз.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Вы указали, что используете его в %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>это символическая ссылка, и сохранение через неё изменило бы файл, на который она указывает</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>на диск записано %1 из %2 байт</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Завершить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>Парольная фраза из %1 длиннее %2 байт. Используйте более короткую.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Не удаётся отключить эхо в терминале (%1), поэтому парольная фраза там не запрашивается.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Парольная фраза не указана: используйте --passphrase-file FILE или задайте %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>терминал</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Новая парольная фраза: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Та же парольная фраза ещё раз: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Парольные фразы не совпадают. Ничего не создано.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Парольная фраза: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Парольная фраза пуста.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Не удаётся писать в стандартный вывод: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Слабая парольная фраза: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Пароль для проверки (чтобы закончить, просто нажмите клавишу ввода): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, строка %2: длиннее %3 байт.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>Адрес электронной почты слишком длинный.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>Адрес электронной почты пуст.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>В адресе электронной почты нужен символ @, как в name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>В адресе электронной почты может быть только один символ @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Перед @ должно что-то быть.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>Часть перед @ длиннее 64 символов.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>Часть перед @ не может начинаться или заканчиваться точкой или содержать две точки подряд.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; нельзя использовать в адресе электронной почты.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Нет части после @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; — недопустимый домен.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>В домене &quot;%1&quot; нужна точка, как в example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>Имя пользователя длиннее 128 символов.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>Имя пользователя пусто.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>Имя пользователя содержит невидимый управляющий символ.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Пока отложено</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Не относится</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Сделать снова</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Найдено в файлах утечек</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Вам сообщили</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Могли утечь: утечки в сервисах, которыми вы пользуетесь</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Найдено</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Сообщено вам</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Возможно</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Номер телефона</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Имя пользователя</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Язык компьютера</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>мобильный</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>стационарный</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>стационарный или мобильный</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>бесплатный номер</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>платный номер</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>номер с разделением оплаты</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>интернет-номер (VoIP)</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>персональный номер</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>пейджер</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>корпоративный номер</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>голосовая почта</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Другие пользователи могут записывать в папку хранилища %1, поэтому её файлам нельзя доверять. Сделайте папку доступной только вам (chmod 700), проверьте её файлы и попробуйте снова. Хранилище оставлено без изменений.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>Папку %1 не удаётся сделать доступной только вам (она принадлежит другому пользователю?). Выберите для хранилища другую папку.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>Парольная фраза не может быть пустой.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Эта стойкость ключа вне диапазона, который принимает эта версия.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Парольная фраза или ключ не подходят к этому хранилищу.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Это хранилище открыто в другой программе (процесс %1). Сначала закройте его там.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Не удаётся установить блокировку хранилища в %1: папка недоступна для записи или диск заполнен. Хранилище оставлено без изменений.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>В %1 нет данных хранилища: файл повреждён или это не база данных этого хранилища. Он оставлен без изменений.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>В %1 уже есть хранилище.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>Папка %1 не пуста: выберите для хранилища пустую или новую папку.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Удалить можно только что созданное хранилище.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>У этого хранилища нет ключа восстановления.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>Ключ, запомненный для этого хранилища, недействителен.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>Ключ, запомненный для этого хранилища, больше к нему не подходит.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Эта парольная фраза или этот ключ восстановления были заменены при смене ключей хранилища.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Смена ключей не подготовлена.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Не удалось перешифровать базу данных. Она осталась под старым ключом и открывается как прежде.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>Ключ идентификатора хранилища неверного размера: хранилище повреждено.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Это хранилище создано более новой версией Breach Advisor (схема %1; эта версия знает %2). Обновите программу, чтобы его открыть.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>В этой сборке нет файла схемы %1.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Другие пользователи могут читать %1, и ограничить доступ только вами не удаётся (владелец — другой пользователь?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>папку</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Другие пользователи могли читать хранилище в %1 (%2): теперь доступ есть только у вас.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Новый ключ восстановления не подготовлен.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>поля отсутствуют или повреждены</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>соль или ключ неверного размера</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>параметры формирования ключа вне допустимого диапазона</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>неизвестный способ формирования ключа</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>неизвестная нормализация парольной фразы</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Хранилища здесь нет: %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 — недопустимый заголовок хранилища (%2). Хранилище оставлено без изменений.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>слишком большой</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>не JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>не хранилище Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 создан более новой версией Breach Advisor. Обновите программу, чтобы его открыть.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>неизвестная версия</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>Не удаётся записать %1: %2. Хранилище осталось в прежнем состоянии.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>В код ключей попал ключ неверного размера.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>Парольная фраза длиннее %1 байт.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>Нормализация Юникода недоступна.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Не удалось нормализовать парольную фразу.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>В заголовке хранилища соль неверного размера.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>В заголовке хранилища параметры формирования ключа вне допустимого диапазона.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Недостаточно памяти, чтобы получить ключ из парольной фразы.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Не удалось превратить ключ восстановления в ключ.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Не удалось получить подключ.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Не удалось упаковать ключ.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>В заголовке хранилища упакованный ключ неверного размера.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>Парольная фраза или ключ не подходят к этому хранилищу.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Не удалось распаковать ключ.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Это не ключ восстановления: в нём 32 буквы и цифры, по четыре в группе.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>В %1 нет хранилища.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Импорта %1 нет.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>В этом хранилище не сохранён человек с именем &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>В каталоге нет утечки с именем &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; — неизвестный двухбуквенный код страны.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Остановлено до завершения. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>В апреле 2021 года на форуме бесплатно выложили файл примерно с 533 млн аккаунтов Facebook из 106 стран. В нём номера телефонов связаны с именами, а часто и с полом, местоположением, работодателем, семейным положением и датой рождения; адрес электронной почты есть лишь в немногих записях. Facebook заявил, что данные собраны до сентября 2019 года через злоупотребление функцией импорта контактов, а не взломом его систем.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Собраны парсингом, а не взломом: по словам Facebook, данные собраны через функцию импорта контактов до сентября 2019 года, а уязвимость устранена в августе 2019 года. В ноябре 2022 года Комиссия по защите данных Ирландии оштрафовала за это Meta на 265 млн евро. Те же номера телефонов снова продавались в 2022 году как «487 млн номеров WhatsApp».</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>В ноябре 2022 года продавец рекламировал 487 млн мобильных номеров из 84 стран как «пользователей WhatsApp». В списке только номера телефонов: ни имён, ни сообщений, ни сведений об устройствах. Количество указано со слов продавца.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Это не утечка из WhatsApp. WhatsApp и Meta заявили, что признаков утечки из WhatsApp нет. Польский CSIRT KNF и немецкая юридическая фирма WBS.LEGAL установили, что образцы совпадают с данными Facebook, собранными в 2021 году, и количество по странам тоже совпадает. В Have I Been Pwned записи о ней нет. У утверждений, что в ней были уровень заряда батареи, уровень сигнала или другие данные устройств, нет надёжного источника.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Список номеров телефонов «WhatsApp» (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Включите двухшаговую проверку в WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Любой, у кого есть ваш номер, может попробовать зарегистрировать с ним WhatsApp на своём телефоне. Шестизначный PIN-код, который знаете только вы, остановит его, даже если он обманом выманит у вас код из SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Откройте WhatsApp. Нажмите Другие опции (три точки) &gt; Настройки &gt; Аккаунт &gt; Двухшаговая проверка &gt; Включить. Придумайте шестизначный PIN-код, который вы запомните, и добавьте адрес электронной почты, чтобы сбросить PIN-код, если забудете его. Никому не сообщайте PIN-код и шестизначный код, который WhatsApp присылает вам в SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Откройте WhatsApp. Нажмите Настройки &gt; Аккаунт &gt; Двухшаговая проверка &gt; Включить. Придумайте шестизначный PIN-код, который вы запомните, и добавьте адрес электронной почты, чтобы сбросить PIN-код, если забудете его. Никому не сообщайте PIN-код и шестизначный код, который WhatsApp присылает вам в SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>Двухшаговая проверка настраивается на телефоне, а не в WhatsApp на компьютере: выполните шаги для вашего телефона.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Показывайте фото и сведения в WhatsApp только своим контактам</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>По умолчанию любой, у кого есть ваш номер, видит ваше фото профиля и сведения. Мошенники используют их, чтобы создать поддельный аккаунт, похожий на ваш.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>В WhatsApp нажмите Другие опции (три точки) &gt; Настройки &gt; Конфиденциальность. Для пунктов Фото профиля, Сведения и Время посещения и статус «в сети» выберите Мои контакты. В разделе Группы выберите Мои контакты, чтобы посторонние не могли добавлять вас в группы. Остальное поможет настроить Конфиденциальность &gt; Проверка конфиденциальности.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>В WhatsApp нажмите Настройки &gt; Конфиденциальность. Для пунктов Фото профиля, Сведения и Время посещения и статус «в сети» выберите Мои контакты. В разделе Группы выберите Мои контакты, чтобы посторонние не могли добавлять вас в группы.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>В WhatsApp на компьютере откройте Меню &gt; Настройки &gt; Конфиденциальность и сделайте то же самое: для пунктов Фото профиля, Сведения и Время посещения — Мои контакты; для пункта Группы — Мои контакты.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Заглушите в WhatsApp звонки с неизвестных номеров</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>На утёкшие номера звонят мошенники. С этой функцией при звонках с номеров, которых нет в ваших контактах, телефон не звонит; эти звонки всё равно видны в списке звонков, так что вы не пропустите ничего нужного.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>В WhatsApp нажмите Другие опции (три точки) &gt; Настройки &gt; Конфиденциальность &gt; Звонки и включите Заглушать звонки с неизвестных номеров.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>В WhatsApp нажмите Настройки &gt; Конфиденциальность &gt; Звонки и включите Заглушать звонки с неизвестных номеров.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Выйдите из WhatsApp на незнакомых вам компьютерах</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Компьютер, связанный с вашим WhatsApp, может читать ваши новые сообщения. Проверьте, что каждое связанное устройство — ваше.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>В WhatsApp нажмите Другие опции (три точки) &gt; Связанные устройства. Нажмите на незнакомое устройство &gt; Выйти.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>В WhatsApp нажмите Настройки &gt; Связанные устройства. Нажмите на незнакомое устройство &gt; Выйти.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Защитите резервную копию WhatsApp и включите уведомления о смене кода безопасности контакта</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Ваши чаты уже защищены сквозным шифрованием; для этого ничего включать не нужно. Резервная копия — нет, если вы сами этого не выберете, а уведомления о коде безопасности сообщают, что у контакта сменился телефон или приложение; это может означать и то, что кто-то захватил его аккаунт.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>В WhatsApp откройте Настройки &gt; Чаты &gt; Резервная копия чатов &gt; Резервная копия со сквозным шифрованием &gt; Включить и задайте пароль или 64-значный ключ; без него резервную копию не восстановить. Затем откройте Настройки &gt; Аккаунт &gt; Уведомления безопасности и включите их. Названия пунктов меню зависят от версии приложения.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>В WhatsApp откройте Настройки &gt; Чаты &gt; Резервная копия чатов &gt; Резервная копия со сквозным шифрованием &gt; Включить и задайте пароль или 64-значный ключ; без него резервную копию не восстановить. Резервная копия iCloud всё равно может хранить незашифрованную копию. Затем откройте Настройки &gt; Аккаунт &gt; Уведомления безопасности и включите их. Названия пунктов меню зависят от версии приложения.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Включите двухфакторную аутентификацию в Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Зная ваш номер телефона или адрес электронной почты, злоумышленники пытаются захватить ваш аккаунт. Второй шаг при входе остановит того, у кого есть ваш пароль.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>В приложении Facebook нажмите Меню &gt; Настройки и конфиденциальность &gt; Настройки &gt; Центр аккаунтов &gt; Пароль и безопасность &gt; Двухфакторная аутентификация. Выберите свой аккаунт, затем приложение для аутентификации (лучше всего) или SMS. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>На facebook.com нажмите на фото профиля &gt; Настройки и конфиденциальность &gt; Настройки &gt; Центр аккаунтов &gt; Пароль и безопасность &gt; Двухфакторная аутентификация. Выберите свой аккаунт, затем приложение для аутентификации (лучше всего) или SMS.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Выйдите из Facebook на незнакомых устройствах</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Если кто-то уже вошёл в ваш аккаунт, одна смена настроек его не выгонит.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>В Facebook откройте Настройки и конфиденциальность &gt; Настройки &gt; Центр аккаунтов &gt; Пароль и безопасность &gt; Где выполнен вход. Выберите свой аккаунт и выйдите на всех незнакомых устройствах и в незнакомых местах. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Не давайте посторонним находить ваш профиль Facebook по номеру телефона</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>Данные 2021 года собирали, находя людей по номеру телефона. Если ограничить, кто может это делать и кто видит ваш номер и день рождения, ваш профиль будет труднее собрать снова.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Откройте facebook.com/privacy/checkup (или Меню &gt; Настройки и конфиденциальность &gt; Проверка конфиденциальности). В разделе о том, как вас могут найти, для поиска по указанному вами номеру телефона выберите Друзья или самый узкий из предложенных вариантов и сделайте то же для адреса электронной почты. В разделе о том, кто видит, чем вы делитесь, для номера телефона, адреса электронной почты и дня рождения выберите Только я.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Включите двухфакторную аутентификацию в Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Второй шаг при входе не пустит того, у кого есть ваш пароль или кто обманом уговорит оператора связи перенести ваш номер.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>В Instagram откройте свой профиль &gt; меню &gt; Настройки и конфиденциальность &gt; Центр аккаунтов &gt; Пароль и безопасность &gt; Двухфакторная аутентификация. Выберите свой аккаунт и, если можете, приложение для аутентификации. Сохраните предложенные резервные коды в надёжном месте.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Выйдите из Instagram на незнакомых устройствах</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>В Instagram откройте свой профиль &gt; меню &gt; Настройки и конфиденциальность &gt; Центр аккаунтов &gt; Пароль и безопасность &gt; Где выполнен вход. Выберите свой аккаунт и выйдите на всех незнакомых устройствах и в незнакомых местах, затем смените пароль. Названия пунктов меню зависят от версии приложения.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Сделайте аккаунт Instagram закрытым и уберите его из рекомендаций по контактам</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Открытый аккаунт показывает ваши фото и подписчиков всем подряд — именно это мошенники копируют, чтобы создать поддельный аккаунт, похожий на ваш.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>В Instagram откройте свой профиль &gt; меню &gt; Настройки и конфиденциальность &gt; Конфиденциальность аккаунта и включите Закрытый аккаунт. Затем найдите в разделе Настройки и конфиденциальность синхронизацию контактов и рекомендации вашего аккаунта другим людям и отключите то, что вам не нужно. Названия пунктов меню зависят от версии приложения.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Включите двухэтапную проверку в LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Через аккаунты LinkedIn вашим контактам рассылают правдоподобные поддельные предложения о работе. Второй шаг при входе защитит от этого ваш аккаунт.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>В приложении LinkedIn нажмите на фото профиля &gt; Настройки &gt; Вход и безопасность &gt; Двухэтапная проверка &gt; Настроить и выберите приложение-аутентификатор или номер телефона.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>В LinkedIn нажмите Я &gt; Настройки и конфиденциальность &gt; Вход и безопасность &gt; Двухэтапная проверка &gt; Настроить и выберите приложение-аутентификатор или номер телефона.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Проверьте, где выполнен вход в LinkedIn и кто может найти вас по телефону или адресу эл. почты</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Старые сеансы могут оставаться активными месяцами, а возможность найти вас по номеру телефона связывает утёкший номер с вашим рабочим профилем.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>В LinkedIn откройте Я &gt; Настройки и конфиденциальность &gt; Вход и безопасность &gt; Где выполнен вход и завершите незнакомые сеансы. В разделе Видимость ограничьте, кто может найти ваш профиль по адресу электронной почты или номеру телефона. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Задайте облачный пароль в Telegram (двухэтапная аутентификация)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram впускает вас по коду из SMS. С дополнительным паролем одного кода мало, чтобы захватить ваш аккаунт.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>В Telegram откройте Настройки &gt; Конфиденциальность &gt; Облачный пароль (в старых версиях: Двухэтапная аутентификация) и задайте пароль. Добавьте почту для восстановления: без неё забытый пароль можно сбросить, только если подождать и потерять контакты и облачные чаты.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Завершите незнакомые сеансы Telegram и скройте свой номер</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Любое устройство, на котором выполнен вход, может читать ваши облачные чаты. Если скрыть номер, посторонние не увидят его в группах.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>В Telegram откройте Настройки &gt; Устройства (в старых версиях Конфиденциальность &gt; Активные сеансы) и завершите все незнакомые сеансы. Затем откройте Настройки &gt; Конфиденциальность &gt; Номер телефона и в пункте Кто видит мой номер телефона выберите Мои контакты или Никто. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Включите блокировку регистрации в Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Если блокировка регистрации включена, тому, кто получит код для вашего номера, для регистрации всё равно понадобится ваш PIN-код Signal.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>В Signal откройте Настройки &gt; Учётная запись и включите Блокировку регистрации (в старых версиях она в разделе Конфиденциальность). Она использует ваш PIN-код Signal: убедитесь, что вы его знаете (Настройки &gt; Учётная запись &gt; PIN-код Signal). Signal не может восстановить забытый PIN-код.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Скройте свой номер в Signal и отвяжите незнакомые устройства</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal может скрывать ваш номер от тех, кому вы пишете, а связанный компьютер может читать ваши сообщения.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>В Signal откройте Настройки &gt; Конфиденциальность &gt; Номер телефона, в пункте Кто может видеть мой номер выберите Никто и выберите, кто может найти вас по номеру. Затем откройте Настройки &gt; Связанные устройства и отвяжите все незнакомые. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Включите двухфакторную аутентификацию в X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Второй шаг при входе не пустит того, у кого есть ваш пароль. В X коды по SMS доступны только платным аккаунтам, а приложение для аутентификации или ключ безопасности — бесплатно.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>В X откройте Настройки и конфиденциальность &gt; Безопасность и доступ к учетной записи &gt; Безопасность &gt; Двухфакторная аутентификация и выберите Приложение для аутентификации или Ключ безопасности. Сохраните резервный код.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Завершите другие сеансы X и запретите находить вас по номеру телефона</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Старые сеансы могут оставаться активными, а возможность найти вас по телефону или адресу электронной почты связывает утёкшие данные с вашим аккаунтом.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>В X откройте Настройки и конфиденциальность &gt; Безопасность и доступ к учетной записи &gt; Приложения и сеансы &gt; Сеансы и завершите незнакомые сеансы. Затем откройте Конфиденциальность и безопасность &gt; Видимость и контакты и отключите возможность находить вас по номеру телефона и адресу электронной почты. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Включите двухэтапную аутентификацию в аккаунте Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Аккаунт Google открывает вашу почту, а через почту сбрасываются пароли от всего остального. Защитите его в первую очередь.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Откройте myaccount.google.com &gt; Безопасность &gt; Как входить в аккаунт Google &gt; Двухэтапная аутентификация &gt; Начать. Вместо SMS лучше выбрать подсказку Google, приложение-аутентификатор или ключ доступа.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Пройдите Проверку безопасности Google и выйдите на незнакомых устройствах</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Она показывает устройства, на которых выполнен вход в ваш аккаунт, и недавние события безопасности, чтобы вы могли выгнать тех, кому там не место.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Откройте myaccount.google.com/security-checkup и следуйте подсказкам. В разделе Ваши устройства выйдите на всех незнакомых устройствах, затем смените пароль.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Проверьте, что ваш профиль Google показывает другим</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Ваш номер телефона и день рождения в профиле Google могут видеть те, у кого есть ваш адрес электронной почты.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Откройте myaccount.google.com/privacycheckup и сделайте номер телефона, день рождения и другие личные данные видимыми только для вас.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Удалите из аккаунта Google приложения, которыми не пользуетесь, и старые пароли приложений</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Приложения, которые вы подключили много лет назад, всё ещё могут читать вашу почту или файлы, а пароль приложения открывает аккаунт без двухэтапной аутентификации.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Убедитесь, что в аккаунте Apple включена двухфакторная аутентификация</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>В аккаунте Apple хранятся ваши фото и резервные копии, и через него можно стереть iPhone. Двухфакторная аутентификация сохраняет его за вами.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Откройте Настройки &gt; ваше имя &gt; Вход и безопасность &gt; Двухфакторная аутентификация и включите её, если она выключена. Проверьте, что указанные доверенные номера телефонов — ваши.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>На Mac откройте Системные настройки &gt; ваше имя &gt; Вход и безопасность и включите двухфакторную аутентификацию. На других компьютерах войдите на account.apple.com и проверьте раздел Вход и безопасность.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Удалите незнакомые устройства из аккаунта Apple</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Любое устройство в вашем аккаунте может получать ваши коды и видеть ваши данные.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Откройте Настройки &gt; ваше имя и прокрутите до списка устройств. Нажмите на незнакомое устройство и удалите его из аккаунта. Формулировки зависят от версии iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>На Mac откройте Системные настройки &gt; ваше имя и просмотрите список устройств; удалите незнакомые. На других компьютерах войдите на account.apple.com и проверьте список устройств там.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Проверьте с помощью Проверки безопасности, кто и что видит данные вашего iPhone</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Доступ к геопозиции, общие альбомы и разрешения приложений копятся годами. Проверка безопасности показывает их в одном месте, чтобы вы могли прекратить то, что вам больше не нужно.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Откройте Настройки &gt; Конфиденциальность и безопасность &gt; Проверка безопасности (iOS 16 или новее) &gt; Управление общим доступом и доступом. Просмотрите людей, с которыми вы делитесь, и приложения, которые видят вашу геопозицию, фото и контакты, и прекратите ненужный доступ. Экстренный сброс прекращает весь общий доступ сразу; используйте его, только если это нужно.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Отзовите пароли для приложений Apple, которыми вы больше не пользуетесь</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Пароль для приложения пускает приложение другой компании в вашу почту, контакты и календари iCloud без второго шага входа, поэтому старый или утёкший пароль остаётся лазейкой.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Войдите на account.apple.com. В разделе Вход и безопасность выберите Пароли для приложений и удалите те, которыми не пользуетесь или которые не узнаёте, или выберите Отозвать все. Смена пароля аккаунта Apple тоже отзывает их все.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Включите двухшаговую проверку в учетной записи Майкрософт</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Учетная запись Майкрософт открывает почту Outlook, файлы OneDrive и вход в Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Откройте account.microsoft.com/security &gt; Управление способом входа (или Дополнительные параметры безопасности) &gt; Двухшаговая проверка &gt; Включить. Проще всего использовать в качестве второго шага приложение-аутентификатор Microsoft Authenticator. Запишите код восстановления, который вам покажут.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Проверьте недавние входы в учетную запись Майкрософт</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Удалите старые пароли приложений из учетной записи Майкрософт</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Пароль приложения пускает старое приложение или устройство в вашу учетную запись Майкрософт без двухшаговой проверки, поэтому неиспользуемый пароль — открытая дверь.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Откройте account.microsoft.com/security &gt; Дополнительные параметры безопасности (или Управление способом входа) и найдите Пароли приложений. Удалите существующие пароли приложений, затем создайте новые только для устройств, которым они ещё нужны. Названия пунктов меню могут отличаться.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Просмотрите и удалите то, что учетная запись Майкрософт сохраняет о вас</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Учетная запись Майкрософт может хранить ваши поисковые запросы, историю браузера, геопозицию и действия в приложениях; то, что не хранится, не может утечь или быть использовано против вас.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Войдите на account.microsoft.com/privacy. Просмотрите действия, которые показывает панель конфиденциальности (поиск, браузер, геопозиция, приложения и службы), удалите то, что не хотите хранить, затем отключите параметры, которые собирают ненужное вам.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>перепродажа данных Facebook, собранных в 2021 году, под видом пользователей WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Смените пароль в %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Утёкший пароль, даже зашифрованный, следует считать известным преступникам.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Утёкшая подсказка к паролю часто выдаёт сам пароль, поэтому считайте пароль известным преступникам.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Войдите в %1 и смените пароль. Если войти не получается, воспользуйтесь страницей «Забыли пароль?» или обратитесь в поддержку, чтобы восстановить или закрыть аккаунт. Используйте длинный пароль, который вы нигде больше не использовали: хорошо подходят три или больше случайных слова.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Смените этот пароль везде, где вы его ещё использовали</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Преступники автоматически пробуют утёкшие пароли на сайтах почты, банков и магазинов. Под угрозой любой аккаунт с тем же или похожим паролем.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Подсказка к паролю часто выдаёт сам пароль, а преступники автоматически пробуют утёкшие пароли на сайтах почты, банков и магазинов. Под угрозой любой аккаунт с тем же или похожим паролем.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Составьте список аккаунтов, где вы использовали тот же или похожий пароль. Начните с почты, затем банк, затем аккаунты, через которые вы входите на другие сайты (Google, Apple, Facebook). Для каждого задайте свой пароль.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Пользуйтесь менеджером паролей</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Он создаёт и запоминает отдельный надёжный пароль для каждого аккаунта, так что одна утечка никогда не откроет другой аккаунт.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Выберите менеджер паролей (для начала вполне подойдёт встроенный в телефон или браузер), защитите его длинной парольной фразой и двухшаговой проверкой и позвольте ему создавать новые пароли, когда вы их меняете.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Проверьте, нет ли незнакомых входов</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Кто-то мог уже воспользоваться утёкшим паролем. Смена пароля не всегда завершает его сеансы.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>В аккаунте, данные которого утекли, и в аккаунте электронной почты откройте страницу безопасности и посмотрите недавние входы и устройства, на которых выполнен вход. Выйдите везде, где не узнаёте устройство, и проверьте, не добавлены ли в почтовый ящик правило пересылки или резервный адрес.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Замените контрольные вопросы и ответы</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Ответы на контрольные вопросы работают как пароли, а утёкшие сведения о вас (день рождения, девичья фамилия матери, родной город) — как раз те ответы, которые используют.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Смените пароли и PIN-коды, составленные из даты рождения или адреса</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Ваша дата рождения или адрес теперь известны; пароль или PIN-код, составленный из них, легко угадать.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Если пароль или PIN-код содержит дату рождения, год рождения, номер дома или улицу, смените его. Выберите PIN-код, который никак с вами не связан.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Включите двухшаговую проверку для электронной почты</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Через почтовый ящик можно сбросить пароли почти всех ваших других аккаунтов. Защитите его в первую очередь.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>В настройках безопасности почтового аккаунта включите двухшаговую проверку (она также называется двухфакторной аутентификацией или двухэтапной аутентификацией). Вместо SMS лучше выбрать приложение, ключ доступа или ключ безопасности. Проверьте, что резервный номер телефона и адрес — ваши.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Будьте готовы к правдоподобным поддельным письмам</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>После утечки преступники рассылают письма о сбросе пароля, возврате денег или компенсации, где упоминают компанию, а иногда и ваши данные.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Не переходите по ссылкам и не открывайте вложения в неожиданных сообщениях. Чтобы проверить сообщение, сами зайдите на сайт компании или позвоните по номеру из вашего счёта или с вашей карты. Настоящие компании не запрашивают пароль или коды по электронной почте.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Проверяйте любое уведомление об утечке на сайте самой компании</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>После утечки преступники рассылают поддельные уведомления об утечке и предложения компенсации, которые ведут на фишинговые страницы. Настоящее уведомление можно подтвердить на сайте самой компании.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>Не пользуйтесь ссылками, номерами и вложениями из сообщения об утечке. Введите адрес сайта компании сами или откройте её приложение и найдите её заявление об утечке и то, что она предлагает. Если сомневаетесь, позвоните по номеру из вашего счёта или с вашей карты.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Остерегайтесь мошенничества, связанного с вашей работой</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Зная вашего работодателя и должность, мошенники пишут поддельные предложения о работе или выдают себя за вашего начальника или поставщика и просят срочно оплатить счёт или купить подарочные карты.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Проверяйте необычные просьбы о деньгах, изменении реквизитов или документах, перезванивая человеку по уже известному вам номеру. Если сообщения упоминают вашу работу и выглядят подозрительно, сообщите в ИТ-отдел или службу безопасности работодателя. Осторожнее с предложениями о работе, где сразу просят оплату, документы или банковские реквизиты.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Позвоните в банк, выпустивший карту, и получите новую карту</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Утёкший номер карты вместе с кодом безопасности можно сразу использовать для оплаты в интернете.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Позвоните по номеру на обороте карты, скажите, что данные карты попали в утечку, и попросите новую карту с новым номером. Проверьте, нет ли среди недавних платежей тех, которых вы не совершали, и обновите карту везде, где она используется для автоплатежей.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Сообщите банку, что данные вашего счёта утекли</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Чем раньше банк узнает, тем лучше он сможет отслеживать мошенничество и тем надёжнее будет ваша защита, если деньги пропадут.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Позвоните в банк по номеру с его сайта или с вашей карты, скажите, что данные вашего счёта попали в утечку, и спросите, что он советует: наблюдение за счётом, новый номер счёта или новый PIN-код. Проверьте выписки, нет ли платежей, которых вы не совершали.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Следите за выписками по счёту и карте в ближайшие месяцы</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Часть данных карты и история платежей помогают преступникам отвечать на контрольные вопросы и делать свои сообщения правдоподобными.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Включите уведомления о платежах в банковском приложении, если они есть, и проверяйте выписки каждый месяц. О любом незнакомом платеже сразу сообщайте в банк.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Переведите криптовалюту в новый кошелёк</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Любой, у кого есть утёкшая фраза восстановления или ключ кошелька, может опустошить кошелёк; банка, который отменил бы перевод, нет.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>С устройства, которому вы доверяете, создайте новый кошелёк с новой фразой восстановления и переведите в него средства. Никогда не вводите фразу восстановления на сайтах и не сообщайте её тем, кто предлагает помощь.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Заморозьте кредитную историю или добавьте предупреждение о мошенничестве</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>С вашими личными данными кто-то может оформить на вас кредит или договор связи. Заморозка кредитной истории или предупреждение о мошенничестве сильно это затрудняют.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Попросите одно из кредитных бюро о бесплатном 21-дневном запрете кредитования (credit ban); оно передаст запрос остальным. Получите бесплатный кредитный отчёт и проверьте, нет ли заявок, которых вы не подавали. IDCARE (1800 595 160) бесплатно помогает.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Подумайте о Cifas Protective Registration: кредиторов попросят дополнительно проверять заявки на ваше имя (это платно). Проверьте свой кредитный отчёт в кредитном бюро, нет ли счетов, которых вы не открывали.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Запросите у SCHUFA, главного кредитного бюро, бесплатную копию своих данных (Datenkopie: копия ваших данных, которую любая компания обязана выдать по законодательству ЕС о защите данных, ст. 15 GDPR) и проверьте, нет ли в ней незнакомых договоров или кредитных проверок. Если найдёте, сообщите в полицию и в соответствующую компанию.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Воспользуйтесь бесплатным кредитным мониторингом или защитой личных данных, которые предлагает компания</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Компании, потерявшие персональные или финансовые данные, часто оплачивают мониторинг, который предупреждает о новых кредитах или счетах на ваше имя. Вам это ничего не стоит и помогает рано заметить злоупотребление.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Если компания, допустившая утечку, предлагает бесплатный кредитный мониторинг или защиту личных данных, подключите их, но только через её официальный сайт или присланное ею письмо, а не по ссылке из электронного письма или SMS. Запишите, когда закончится бесплатный период, чтобы он не превратился в платный.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Подайте налоговую декларацию пораньше в этом году</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>По утёкшему номеру социального страхования (SSN) могут подать поддельную декларацию на ваше имя и получить ваш налоговый возврат.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Подайте декларацию как можно раньше. Если IRS сообщит, что декларация с вашим номером уже подана, сообщите об этом на IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Получите в IRS PIN-код защиты личности (IP PIN)</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>С вашим номером социального страхования кто-то может подать налоговую декларацию на ваше имя и забрать ваш возврат. С IP PIN декларация, поданная без него, отклоняется.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Сообщите в ведомство, выдавшее ваш документ</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Утёкший номер паспорта, водительского удостоверения или удостоверения личности можно использовать, чтобы открывать счета на ваше имя. Выдавший орган может пометить документ или заменить его.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Обратитесь в ведомство, выдавшее документ (паспортную службу, ведомство водительских удостоверений, отдел удостоверений личности), и спросите, нужно ли его пометить или заменить.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Для водительского удостоверения обратитесь в транспортное ведомство своего штата и попросите пометить номер. Для номера социального страхования см. шаг о заморозке кредитной истории. Если кто-то использует ваши личные данные, сообщите об этом на IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Знайте, куда сообщать о злоупотреблении вашими личными данными</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Официальное заявление даёт вам документ для банков и кредиторов, а в некоторых странах — и план восстановления.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Если на ваше имя появились кредиты, счета или договоры, сообщите в полицию и сохраните номер заявления; сообщите в банк или соответствующую компанию.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Сообщите о краже личности на IdentityTheft.gov или по номеру 1-877-438-4338: вы получите заявление о краже личности (Identity Theft Report) и план восстановления.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Сообщите о мошенничестве на reportfraud.police.uk или по номеру 0300 123 2040 (Англия, Уэльс и Северная Ирландия); в Шотландии звоните в Police Scotland по номеру 101. Сообщите в банк и в компании, где на ваше имя открыли счета.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Обратитесь в IDCARE по номеру 1800 595 160 за бесплатной помощью и сообщите о киберпреступлении через ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Сообщите в местную полицию и в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre, 1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Подайте заявление (Anzeige) в полицию — онлайн через Onlinewache вашей земли, если она есть, или в любом полицейском участке. Сообщите в банк и в компании, где на ваше имя открыли счета.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Подайте жалобу (plainte) в полицию или жандармерию, приложив скриншоты и письма как доказательства; если вы только подозреваете злоупотребление, факты можно зафиксировать в журнале происшествий (main courante). Сообщите в банк и в соответствующие организации. Если вашей картой расплатились в интернете без вас, заблокируйте её и сообщите об этом через Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Сообщите о краже личности в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil) и сохраните заявление. Бесплатная линия помощи INCIBE 017 подскажет, что делать дальше. Сообщите в банк и в компании, где на ваше имя открыли счета.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Проверьте банковские счета, кредиты и ключи Pix (ключи мгновенных платежей), зарегистрированные на ваш CPF (налоговый номер), в бесплатном сервисе Registrato Центрального банка. Оспорьте всё, что открыли не вы, в компании и в своём банке и подайте заявление в полицию (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Очистите устройство, с которого утекли ваши пароли, затем смените их</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Эта утечка произошла из-за вредоносной программы, которая крадёт из браузера пароли и файлы cookie для входа. Пока устройство не очищено, новые пароли тоже украдут.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Выполните полную проверку компьютеров актуальной защитной программой или, если сомневаетесь, сбросьте устройство. Затем с чистого устройства смените пароли от почты, банка и других важных аккаунтов и в каждом из них завершите все остальные сеансы.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Завершите все сеансы в %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>С утёкшими токенами входа кто-то может пользоваться вашим аккаунтом без пароля, пока эти сеансы не завершены.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>В настройках безопасности %1 выберите выход из всех сеансов или на всех устройствах, затем войдите снова и смените пароль.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Обновите телефон, компьютер и приложения</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Сведения о ваших устройствах помогают злоумышленникам подобрать атаки, которые на них сработают; обновления закрывают уязвимости, которые эти атаки используют.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Откройте Настройки &gt; Система &gt; Обновление ПО (название зависит от производителя) и установите обновления; в Play Маркете обновите все приложения и включите автоматическое обновление.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Откройте Настройки &gt; Основные &gt; Обновление ПО и установите обновление; включите Автообновление. В App Store включите автоматическое обновление приложений.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Установите обновления, которые предлагает система (Центр обновления Windows, обновление ПО macOS, средство обновления вашего дистрибутива Linux), и не отключайте автоматические обновления, в том числе для браузера.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Обновляйте роутер и скрывайте свой IP-адрес, где это важно</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Установите обновления роутера и смените пароль администратора, если он всё ещё стандартный. В WhatsApp можно включить Настройки &gt; Конфиденциальность &gt; Расширенные &gt; Защищать IP-адрес во время звонков.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Остерегайтесь писем, звонков и визитов, в которых используют ваш адрес</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Зная ваше имя и адрес, мошенники присылают правдоподобные письма и посылки или приходят, представляясь сотрудниками компании, услугами которой вы пользуетесь.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Проверяйте любое письмо или посетителя, которые просят деньги или сведения, через саму компанию, по контактам, которые вы нашли сами. Если вы чувствуете себя в опасности из-за того, что ваш адрес известен, обратитесь в полицию.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Если кто-то угрожает раскрыть то, что утекло, не платите</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Очень личные сведения (здоровье, сексуальность, убеждения, личная переписка) нельзя снова сделать тайными. Преступники иногда используют их, чтобы шантажировать людей.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Не отвечайте на угрозы и не платите: оплата редко прекращает шантаж. Сохраните сообщения, пожалуйтесь на аккаунт в сервис и сообщите об угрозе в полицию. Поговорите с тем, кому доверяете.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Отмечайте спам как спам и не отвечайте на него</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Ваш адрес есть в списке для рассылки спама. Ответ или нажатие «отписаться» в спаме лишь подтверждает, что адрес действует.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Используйте в почтовой программе кнопку «Спам» или «Нежелательная почта» и заблокируйте отправителей. Не отвечайте и не переходите по ссылкам в таких письмах.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Подпишитесь на бесплатные оповещения о появлении вашего адреса электронной почты в утечках</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>Следующая утечка не должна застать вас врасплох: раннее оповещение даёт время сменить пароль, пока им не воспользовались.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>На haveibeenpwned.com нажмите Notify me и подтвердите ссылку из письма или создайте бесплатный аккаунт Mozilla Monitor на monitor.mozilla.org. Оба сервиса предупредят, когда ваш адрес появится в новой обнаруженной утечке. Сделайте это для каждого адреса, которым пользуетесь.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Удалите аккаунты, которыми больше не пользуетесь</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Старый аккаунт на форуме или в магазине, о котором вы забыли, всё ещё хранит ваши данные и, возможно, старый пароль; если его взломают завтра, ваши данные утекут снова.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Найдите в почтовом ящике письма о регистрации и приветственные письма, чтобы составить список старых аккаунтов. Войдите в каждый, которым больше не пользуетесь, удалите аккаунт (поищите в настройках или в разделе конфиденциальности либо спросите поддержку сайта) и запишите, какие вы закрыли. Если пароль использовался ещё где-то, сначала смените его.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Храните пароли в менеджере паролей</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Менеджер паролей создаёт и запоминает отдельный надёжный пароль для каждого аккаунта, так что утечка на одном сайте никогда не откроет другой.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Выберите менеджер паролей (для начала вполне подойдёт встроенный в телефон или браузер), защитите его длинной парольной фразой и двухшаговой проверкой и позвольте ему создавать новый пароль каждый раз, когда вы меняете пароль.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Своевременно обновляйте телефон и приложения</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Обновления закрывают уязвимости, которыми пользуются злоумышленники. Если включить автоматические обновления, это будет происходить само.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Настройки &gt; Система &gt; Обновление ПО, а в Play Маркете включите автоматическое обновление приложений.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Настройки &gt; Основные &gt; Обновление ПО &gt; Автообновление, а в App Store включите обновление приложений.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Не отключайте автоматические обновления системы и браузера.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Включите двухшаговую проверку для почты и основных аккаунтов</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Через почтовый ящик можно сбросить пароли почти от всего остального. Второй шаг при входе не пустит того, у кого есть ваш пароль.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>В настройках безопасности почтового аккаунта включите двухшаговую проверку (она также называется двухфакторной аутентификацией или двухэтапной аутентификацией), затем сделайте то же для банка и соцсетей. Вместо SMS лучше выбрать приложение, ключ доступа или ключ безопасности.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Само по себе это никому не говорит, как с вами связаться или попасть в ваши аккаунты. Это может сделать мошеннические сообщения более личными; этот риск покрывают шаги о мошенничестве, которые идут вместе с вашими контактными данными.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Обычно это и так видно в вашем публичном профиле, и это не открывает аккаунт. Если вместе с этим утёк пароль, этот риск покрывают шаги о паролях.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Изменить это нельзя; преступнику это редко помогает напрямую. Относитесь с недоверием к неожиданным сообщениям, где упоминаются ваша школа или учёба.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Отпечатки пальцев и данные лица нельзя изменить, поэтому сбрасывать нечего. Если сервис, допустивший утечку, это предлагает, ключ доступа или ключ безопасности может заменить в нём биометрический вход.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Это касается умершего родственника. Преступники иногда злоупотребляют такими записями; если вы ведёте его дела, попросите его банк и кредитные бюро (где они есть) отметить, что человек умер.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Менять потом нечего. Осторожно относитесь к звонкам и сообщениям, где упоминаются ваши записи на приём, и проверяйте их напрямую в клинике или учреждении.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Город, регион или страна никого не приведут к вашей двери, и изменить их нельзя. Если утёк и ваш домашний адрес, этот риск покрывает шаг об адресе.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Попросите мобильного оператора защитить ваш номер от перевыпуска SIM-карты и переноса</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Зная ваш номер, преступник может попросить оператора выдать новую SIM-карту на ваше имя или перенести номер к другому оператору, а затем получать ваши коды подтверждения. Блокировка или PIN-код в вашем абонентском аккаунте это остановит.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Позвоните оператору со своего телефона или воспользуйтесь его приложением и попросите установить блокировку или PIN-код, который нужно назвать, прежде чем кто-либо получит новую SIM-карту для вашего номера или перенесёт его к другому оператору. Просите эту услугу по названию. Никогда не сообщайте данные аккаунта тому, кто звонит и представляется вашим оператором; положите трубку и позвоните по номеру из вашего счёта.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Попросите своего оператора (EE, O2, Vodafone, Three или другого) добавить к вашему аккаунту PIN-код или пароль, который нужно назвать при любой замене SIM-карты. Если телефон вдруг теряет сеть там, где обычно она есть, или приходит неожиданное сообщение о новой SIM-карте, сразу позвоните оператору и в банк с другого телефона.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>С июля 2024 года (правило TRAI) номер нельзя перенести к другому оператору в течение 7 дней после замены SIM-карты: если SIM-карта неожиданно перестала работать, сразу позвоните оператору. На sancharsaathi.gov.in сервис Know Mobile Connections in Your Name (государственная проверка TAFCOP) показывает все номера, зарегистрированные на ваш документ; сообщите о тех, что не ваши.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Сообщите оператору связи, что ваши данные попали в утечку, и попросите дополнительную защиту аккаунта, например PIN-код или пароль, необходимые для замены SIM-карты и переноса номера.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Чтобы перенести номер к другому оператору, новому оператору нужен ваш код RIO, который вы получаете, позвонив на 3179 со своей линии. Никогда не зачитывайте его звонящим. Если телефон вдруг остался без связи, позвоните оператору с другого телефона: возможно, кто-то получил дубликат SIM-карты (duplicata) на ваше имя.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>С ноября 2022 года по правилам AGCOM только владелец линии может заменить SIM-карту или перенести номер, предъявив удостоверение личности и налоговый код, а оператор подтверждает запрос SMS или звонком на вашу текущую SIM-карту. Если такое сообщение пришло, а вы ничего не просили, сразу сообщите оператору.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Испанское агентство по защите данных (AEPD) штрафовало операторов за выдачу дубликатов SIM-карт без надлежащей проверки личности. Спросите оператора, как он проверяет вашу личность перед выдачей дубликата SIM-карты и можно ли добавить к аккаунту пароль. Если телефон вдруг остался без связи, позвоните оператору и в банк с другого телефона.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Проверьте, какие мобильные линии зарегистрированы на ваш документ, в сервисе проверки линий регулятора BTK (hat-sorgulama.btk.gov.tr) и попросите оператора отключить незнакомые линии. Если SIM-карта вдруг перестала работать, сразу позвоните оператору и в банк с другого телефона.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>С 2020 года CRTC, канадский регулятор связи, обязал операторов сообщать о несанкционированном перевыпуске SIM-карт и переносе номеров, и операторы ввели дополнительные проверки. Попросите оператора установить PIN-код или пароль аккаунта, который нужно назвать при замене SIM-карты и переносе номера. Если телефон вдруг остался без связи, позвоните оператору и в банк с другого телефона.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Проверьте, не настроил ли кто-то переадресацию ваших звонков</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Тот, кто переадресует ваши звонки на свой телефон, может принимать звонки банка для подтверждения платежа или звонки, в которых диктуют коды, не трогая вашу SIM-карту.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Ожидайте мошеннических звонков и сообщений и знайте признаки</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Утёкшие номера продают мошенникам. Они могут знать ваше имя и выдавать себя за ваш банк, службу доставки, полицию или родственника, который потерял телефон.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Никогда не сообщайте код, полученный в SMS: ни банк, ни оператор, ни приложение его не спросят. Остерегайтесь спешки и угроз. Если сообщение или звонок будто бы от знакомой компании, положите трубку и позвоните по номеру с её сайта, с вашей карты или из счёта. Если родственник пишет с нового номера, проверьте, позвонив на его старый номер.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Сообщайте о мошеннических SMS и звонках</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Жалобы помогают блокировать отправителей для всех и дают вам документ, если вы потеряете деньги.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Сообщайте о мошеннических SMS и звонках своему мобильному оператору: большинство позволяют переслать мошенническое SMS или пожаловаться на номер в приложении или по телефону службы поддержки. Если вы потеряли деньги или сообщили личные данные, сразу сообщите в банк и заявите в полицию.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Пересылайте мошеннические SMS на номер 7726 (SPAM). Сообщайте о мошенничестве на ReportFraud.ftc.gov. Если вы потеряли деньги, обратитесь также в банк.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Пересылайте мошеннические SMS на номер 7726 (бесплатно), а мошеннические письма — на report@phishing.gov.uk. Чтобы сообщить о подозрительном звонке, отправьте на 7726 SMS со словом CALL и номером. Чтобы проверить звонок из банка, позвоните по номеру 159. Если вы потеряли деньги, сообщите об этом на reportfraud.police.uk или по номеру 0300 123 2040 (Англия, Уэльс и Северная Ирландия) либо в Police Scotland по номеру 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Пересылайте мошеннические SMS и сообщайте о нежелательных звонках на номер 33700 (бесплатно; также на 33700.fr). Чтобы остановить телемаркетинг, бесплатно зарегистрируйте свой номер в Bloctel (bloctel.gouv.fr). Если вашей картой расплатились в интернете без вас, заблокируйте её через банк, затем сообщите об этом через Perceval. За помощью после онлайн-мошенничества обращайтесь на cybermalveillance.gouv.fr; если вы потеряли деньги, подайте жалобу в полицию или жандармерию.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Сообщайте о подозрительных звонках и сообщениях через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in. Чтобы остановить рекламные звонки и SMS, отправьте START 0 на номер 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Сообщайте о мошенничестве в Scamwatch (scamwatch.gov.au), а о киберпреступлениях — в ReportCyber (cyber.gov.au). За бесплатной помощью после утечки или злоупотребления личными данными обращайтесь в IDCARE по номеру 1800 595 160. Вы можете внести свой номер в реестр Do Not Call Register (donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre): 1-888-495-8501 или онлайн. Если вы потеряли деньги, заявите также в местную полицию и получите номер дела.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Позвоните на бесплатную линию помощи по кибербезопасности INCIBE — 017, чтобы получить совет о мошеннических звонках и сообщениях и о том, что делать после утечки данных. Если вы потеряли деньги, сообщите в банк и заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Сообщайте об онлайн-мошенничестве и фишинге в почтовую полицию (Polizia Postale) через её портал commissariatodips.it. Если вы потеряли деньги, сразу сообщите в банк и подайте заявление.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>О мошеннических звонках и SMS на вашу линию сначала пожалуйтесь оператору. Если это не решит проблему, обратитесь в Национальное управление по регулированию телекоммуникаций (NTRA) по номеру 155 или через его приложение My NTRA. Если вы потеряли деньги или вам угрожают в интернете, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Кладите трубку, если звонящие называют себя полицейскими, военными или прокурорами и просят деньги, золото или банковские реквизиты: настоящие должностные лица так никогда не делают. Сообщайте о фишинговых и мошеннических сайтах в USOM, национальный центр реагирования на киберинциденты (usom.gov.tr). О мошенничестве сообщайте в полицию по номеру 112 — единому номеру экстренных служб. Если вы отправили деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Отправьте STOP на номер 2442, чтобы прекратить нежелательные рекламные SMS (услуга Do-Not-Disturb). Сначала пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622 или 0800 2255 622 либо через её онлайн-форму жалобы. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Предупредите родных и друзей, что кто-то может выдавать себя за вас</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Зная ваше имя и фото или номер, мошенники могут создать аккаунт, похожий на ваш, и просить у ваших контактов деньги или коды.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Скажите тем, с кем вы общаетесь чаще всего, что вы никогда не попросите у них деньги или код в сообщении и что, если «вы» напишете с нового номера, пусть перезвонят на ваш обычный номер и проверят. Если появится поддельный аккаунт, пожалуйтесь на него в приложении и попросите контакты тоже пожаловаться.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Где можно, используйте приложение-аутентификатор вместо кодов из SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Коды из SMS приходят тому, кто контролирует ваш номер. Раз ваш номер известен, для почты, банка и соцсетей надёжнее приложение-аутентификатор, ключ доступа или ключ безопасности.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>В настройках безопасности самых важных аккаунтов (сначала почта, потом банк, затем соцсети) найдите двухшаговую проверку и выберите вместо SMS приложение-аутентификатор, ключ доступа или ключ безопасности. Храните резервные коды в надёжном месте.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Ограничьте, кто может найти вас по номеру телефона или адресу электронной почты</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Именно через приложения, где любой может найти вас по номеру, такие списки собирают и обновляют.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>В приложениях, которыми вы пользуетесь (Facebook, Instagram, Telegram, Signal, X, LinkedIn), найдите настройку конфиденциальности, которая определяет, кто может найти вас по номеру телефона или адресу электронной почты, и выберите самый узкий вариант. Указывайте номер только там, где он действительно нужен. Google может убрать из результатов поиска страницы с вашим номером или адресом (Результаты о вас); сама страница при этом остаётся.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>токены входа</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>фото профиля</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>номер банковского счёта</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>сведения о себе</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>данные браузера</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>чаты</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>код безопасности карты</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>номер карты</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>дата рождения</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>данные устройства</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>водительское удостоверение</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>работодатель</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>имена членов семьи</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>пол</translation>
    </message>
    <message>
        <source>location</source>
        <translation>местоположение</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>номер удостоверения личности</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>старые пароли</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>аккаунт в мессенджере</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-адрес</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>должность</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>девичья фамилия матери</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>часть номера карты</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>день рождения</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>номер паспорта</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>подсказка к паролю</translation>
    </message>
    <message>
        <source>password</source>
        <translation>пароль</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>описание профиля</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>домашний адрес</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-код</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>личные сообщения</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>фото профиля</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>адрес электронной почты для восстановления</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>семейное положение</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>контрольные вопросы и ответы</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>профиль в соцсети</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>номер социального страхования (SSN)</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>имя партнёра</translation>
    </message>
    <message>
        <source>username</source>
        <translation>имя пользователя</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Откройте сторонние подключения на myaccount.google.com/connections и закройте доступ всему, чем не пользуетесь или что не узнаёте. Затем откройте страницу управления паролями приложений myaccount.google.com/apppasswords и отзовите ненужные. Смена пароля аккаунта Google тоже отзывает все ваши пароли приложений.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>Страница недавних действий показывает, где и как использовался ваш аккаунт за последние 30 дней. Незнакомый вход может означать, что ваш пароль есть у кого-то ещё, но это может быть и ваш собственный телефон, поездка или VPN (сервис, который скрывает, откуда вы подключаетесь).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Откройте account.live.com/activity и разверните незнакомый вход, чтобы увидеть место и устройство. Если это были не вы, выберите Это был не я там, где страница это предлагает, смените пароль и включите двухшаговую проверку. Если не уверены, проверьте, могут ли устройство и место быть вашими, например ваш телефон или поездка; если нет, считайте, что это были не вы.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>В аккаунте, данные которого утекли, и в аккаунтах, где вы использовали те же вопросы или ответы, смените их. Используйте ответы, которые не соответствуют действительности и которые нельзя найти, и храните их в надёжном месте, например в менеджере паролей.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Заморозка бесплатна и не портит кредитный рейтинг. Заморозьте свою кредитную историю в каждом бюро — Equifax, Experian и TransUnion — на его сайте или по телефону: заморозка начинает действовать в течение одного рабочего дня, а снять её по вашей просьбе бюро обязано в течение часа. Или хотя бы бесплатно установите в одном бюро предупреждение о мошенничестве на год. Родители также могут бесплатно заморозить кредитную историю ребёнка младше 16 лет.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Попросите оба кредитных бюро добавить в вашу кредитную историю предупреждение о мошенничестве: Equifax Canada 1-800-465-7166 и TransUnion Canada 1-800-663-9980. Если вы живёте в Квебеке, можно также попросить оба бюро о заморозке кредитной истории (security freeze, с февраля 2023 года): тогда они не передают вашу историю кредиторам, пока вы её не снимете. Проверяйте свой кредитный отчёт хотя бы раз в год.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Подайте заявку на Protective Registration в Южноафриканскую службу предотвращения мошенничества (Southern African Fraud Prevention Service, SAFPS) через форму на её сайте или в её приложении. Тогда SAFPS попросит своих участников, например кредиторов, особенно внимательно проверять, что это действительно вы. Если ваша ID-книжка или паспорт потеряны или украдены, их тоже можно зарегистрировать, позвонив в SAFPS по номеру 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Войдите в свой онлайн-аккаунт IRS на irs.gov/ippin и подтвердите личность; после этого будет показан PIN-код. Если подтвердить онлайн не получается, используйте форму 15227 (при доходе ниже лимита IRS) или запишитесь на приём в центр помощи налогоплательщикам IRS (Taxpayer Assistance Center). Новый шестизначный PIN-код приходит каждый год; указывайте его в каждой федеральной декларации. IRS никогда не спрашивает его по телефону, электронной почте или SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Сообщайте о злоупотреблении вашими личными данными в интернете в почтовую полицию (Polizia Postale) — подразделение полиции по интернет-преступлениям — через её портал commissariatodips.it или в одном из её отделений. Сразу сообщите в банк и оспорьте любые платежи или кредиты, которых вы не совершали.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Сообщайте о злоупотреблении вашими личными данными, онлайн-мошенничестве или шантаже в Министерство внутренних дел (moiegypt.gov.eg) или в полицейский участок и сохраняйте скриншоты как доказательства. Сообщите в банк и оператору о счетах или линиях, которых вы не открывали.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>В экстренном случае, например если преступление происходит прямо сейчас, звоните 112. В остальных случаях подайте жалобу (şikâyet), письменно или устно, в отделение полиции или жандармерии либо в прокуратуру (Cumhuriyet Başsavcılığı). Сообщайте о поддельных сайтах банков и госорганов в USOM (usom.gov.tr). Проверьте мобильные линии, зарегистрированные на ваш документ, в сервисе проверки линий BTK (hat-sorgulama.btk.gov.tr) и сообщите в банк о счетах или кредитах, которых вы не открывали.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Сообщайте об онлайн-мошенничестве или шантаже в национальную полицию (DGSN) через её платформу e-Blagh (e-blagh.ma), а о других злоупотреблениях вашими личными данными — в полицейский участок. Сообщите в банк и оператору о счетах или линиях, которых вы не открывали.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или Национальную полицию — лично или на сайте полиции ADenunciar, если там есть ваш случай; сохраните номер дела. Сообщите в компанию, где произошло мошенничество. Попросите TransUnion добавить в ваш кредитный отчёт предупреждение о мошенничестве и оспорьте чужие долги в TransUnion и DataCrédito; если это не поможет, пожалуйтесь в SIC, орган по защите данных.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Если на ваше имя появились кредиты или счета, докажите кредитору или коллектору, что это были не вы; тогда он выдаст вам письмо, подтверждающее, что от вашего имени действовал мошенник. Заявите в полицию (SAPS). Если кредитор не состоит в Южноафриканской службе предотвращения мошенничества (Southern African Fraud Prevention Service, SAFPS), отправьте это письмо в SAFPS: она пометит ваш номер ID и выдаст номер Protective Registration (PR) и номер жертвы (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Сообщайте о злоупотреблении вашими личными данными в жандармерию (Gendarmerie) по её бесплатной линии 1055 или онлайн на ppgn.mdn.dz (затем нужно подтвердить жалобу в бригаде) либо в полицейский участок. Сохраняйте сообщения и квитанции и сообщите в банк и оператору о счетах или линиях, которых вы не открывали.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>IP-адрес может примерно показать, где вы находитесь. Роутер, который своевременно обновляется и имеет собственный пароль администратора, защищает домашнюю сеть, какой бы адрес ни утёк.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Включите бесплатные блокировки у своего оператора. T-Mobile: в приложении T-Life нажмите Account &gt; значок шестерёнки &gt; Security, затем SIM Protection и Port Out Protection; Port Out Protection настраивается для каждой линии отдельно, поэтому включите её на всех линиях. Verizon: Number Lock и SIM Protection в My Verizon. AT&amp;T: Wireless Account Lock в myAT&amp;T. Другие операторы: попросите блокировку. Никогда не отключайте её только потому, что об этом просит звонящий.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Операторы, например Vodafone, требуют ваш клиентский пароль (Kundenkennwort), прежде чем выдать новую SIM-карту в салоне. Выберите пароль, который не совпадает с днём рождения и ничем другим, что могло утечь, и смените его, если вводили его после перехода по ссылке из SMS. Если телефон вдруг остался без связи, позвоните оператору и в банк с другого телефона.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Проверьте пункт Переадресация вызовов в настройках звонков телефона или в своём аккаунте у оператора и отключите любую переадресацию, которую вы не настраивали. Если кто-то звонит или пишет от имени вашего оператора и просит набрать код или изменить настройку, положите трубку и позвоните оператору по номеру из вашего счёта. Меню зависят от телефона.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Сообщайте о нежелательных звонках, спам-SMS и злоупотреблении номерами в Федеральное сетевое агентство (Bundesnetzagentur) через его онлайн-формы на bundesnetzagentur.de/aergermitrufnummern. Оно занимается номерами, а не мошенничеством: если вас пытались обмануть или вы потеряли деньги, заявите в полицию — онлайн через Onlinewache (онлайн-отделение полиции) вашей земли или в любом полицейском участке. Не перезванивайте на пропущенные звонки с незнакомых номеров.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Пересылайте мошеннические SMS на номер 330330 (бесплатно, для всех операторов) — это номер регулятора для жалоб. Если вы потеряли деньги, сразу позвоните в банк и заявите в полицию.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Зарегистрируйте свой номер в Não Me Perturbe (naomeperturbe.com.br), чтобы прекратить рекламные звонки от телеком-компаний и банков; если они продолжаются, пожалуйтесь в Anatel по номеру 1331. Некоторые звонки компаний теперь показывают название, логотип и причину звонка с проверкой, что номер настоящий (Origem Verificada); и всё же никогда не сообщайте по телефону коды или пароли. Если вы потеряли деньги, сообщите в банк и подайте заявление в полицию (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Сообщайте об онлайн-мошенничестве, обмане и шантаже в национальную полицию (DGSN) через её платформу e-Blagh (e-blagh.ma). С проблемами вашей линии обращайтесь к оператору. Если вы потеряли деньги, сразу позвоните в банк и заявите в полицию.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Сообщайте об онлайн-мошенничестве в прокуратуру (Fiscalía) или Национальную полицию — в полицейском участке или онлайн через сервис ADenunciar, если там есть ваш случай; сохраните номер дела. Если вы потеряли деньги, сразу позвоните в банк. Никогда не сообщайте звонящим коды, номера карт или пароли.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Сообщайте о мошенничестве в жандармерию (Gendarmerie) по её бесплатной линии 1055 или онлайн на ppgn.mdn.dz (затем нужно подтвердить жалобу в бригаде) либо в полицейский участок. Если у вас забрали деньги, сразу сообщите в банк или в Algérie Poste. Сохраняйте сообщения и квитанции.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Если вы потеряли деньги или сообщили банковские данные, сразу позвоните в Национальный центр реагирования на мошенничество (National Scam Response Centre) по номеру 997, затем подайте заявление в полицию. Кладите трубку, если звонящие называют себя сотрудниками MCMC, полиции или банка.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Проверьте кредитные отчёты, нет ли в них счетов, которых вы не открывали</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Кредиты, карты или договоры, которые кто-то оформил на ваше имя, появляются в вашем кредитном отчёте. Проверяя его, вы заметите их рано.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Получайте кредитные отчёты бесплатно на AnnualCreditReport.com: Equifax, Experian и TransUnion позволяют смотреть свой отчёт раз в неделю. Другие сайты могут брать плату или оказаться подделкой. Ищите счета, кредиты или адреса, которых вы не узнаёте; если найдёте, сообщите об этом на IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Вы можете бесплатно получить кредитный отчёт в обоих кредитных бюро: в TransUnion Canada — онлайн, по почте или лично, а в Equifax Canada — по почте, с формой запроса и копиями документов. Хотя бы раз в год проверяйте оба отчёта, нет ли незнакомых счетов или кредитных проверок.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Вы можете бесплатно получать кредитный отчёт не реже раза в три месяца. Запросите его в каждом кредитном бюро, так как сведения у них могут отличаться, и проверьте, нет ли заявок на кредит или счетов, которых вы не оформляли.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Каждая компания кредитной информации (кредитное бюро), у которой есть ваша кредитная история, обязана раз в календарный год выдать вам один бесплатный полный кредитный отчёт с вашим рейтингом (правило Резервного банка Индии). Запросите его в каждом бюро на его сайте и проверьте, нет ли кредитов или карт, которых вы не брали. Если найдёте, позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>По закону вы можете раз в год бесплатно получить кредитный отчёт в каждом кредитном бюро. Запросите его в каждом крупном бюро, например TransUnion, и поищите кредиты или счета, которых вы не открывали. Неверные записи можно бесплатно оспорить в бюро; на проверку у него есть 20 рабочих дней.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Проверьте свой отчёт CCRIS — сведения Bank Negara Malaysia о ваших кредитах и заявках на кредит — в сервисе eCCRIS (eccris.bnm.gov.my). Ищите кредиты или заявки, которых вы не оформляли, и отправьте через eCCRIS запрос на проверку данных, чтобы неверные записи проверили.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Пусть телефон или браузер проверит ваши сохранённые пароли по утечкам</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>Менеджер паролей, который у вас уже есть, может показать, какие из сохранённых паролей появлялись в утечках, чтобы вы знали, какие сменить.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Откройте в браузере passwords.google.com (Менеджер паролей Google) и выберите Перейти к проверке паролей &gt; Проверить пароли. Смените все пароли, отмеченные как скомпрометированные, начиная с почты и банка, затем те, что использованы повторно. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>В iOS 18 и новее откройте приложение Пароли и нажмите Безопасность; в более старых версиях откройте Настройки &gt; Пароли &gt; Рекомендации по безопасности. Убедитесь, что включено Выявлять скомпрометированные пароли, затем смените все пароли, отмеченные как скомпрометированные, начиная с почты и банка. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Ещё (три точки) &gt; Пароли и автозаполнение &gt; Менеджер паролей Google &gt; Проверка. Edge: Настройки и прочее (...) &gt; Настройки &gt; Профили &gt; Пароли и включите Показывать оповещения, если пароли обнаружены в утечке в Интернете. Firefox: Настройки &gt; Приватность и Защита &gt; Пароли и не снимайте флажок Показывать уведомления о паролях для взломанных сайтов. Mac: приложение Пароли &gt; Безопасность. Названия пунктов меню зависят от версии.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Не ищите, не скачивайте и не открывайте утёкшие файлы</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Хочется найти утёкшие данные и посмотреть, что там о вас. Но в копиях, которые ходят по интернету, находили вредоносные программы, заражающие устройство, на котором их открывают.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Не ищите, не скачивайте и не открывайте файлы, в которых якобы есть эта утечка, даже чтобы проверить свои данные. Чтобы узнать, что утекло, полагайтесь на уведомление самой компании или на сервис оповещений об утечках, например Have I Been Pwned. Если вы уже открыли такой файл, проверьте устройство актуальной защитной программой и смените пароли с другого устройства.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Никогда не пересылайте код, который кто-то якобы отправил вам по ошибке</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Зная ваш номер, мошенник может начать вход в ваш WhatsApp или Telegram на своём телефоне; тогда приложение присылает код вам в SMS. Мошенник просит этот код у вас, часто с взломанного аккаунта друга. Тот, у кого код, может захватить ваш аккаунт.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Никогда никому не пересылайте код, который WhatsApp, Telegram или другой сервис присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером: в WhatsApp это выведет другого человека из аккаунта. Затем включите двухшаговую проверку (в Telegram — облачный пароль) и предупредите контакты, чтобы они не отвечали на сообщения с вашего аккаунта.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пересылайте мошеннические SMS на номер 7726 (SPAM) и сообщайте о мошенничестве на ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пересылайте мошеннические SMS на номер 7726 (бесплатно). Если вы потеряли деньги, сообщите об этом на reportfraud.police.uk, а в Шотландии — в Police Scotland по номеру 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщите об этом в Scamwatch (scamwatch.gov.au). Если вы потеряли деньги, сразу обратитесь в банк; если вашими личными данными злоупотребляют, поможет IDCARE (1800 595 160).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre) по номеру 1-888-495-8501 или онлайн; если вы потеряли деньги, сообщите также в банк и в местную полицию.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пересылайте мошеннические SMS на номер 33700 (бесплатно). Если вы потеряли деньги, подайте жалобу в полицию или жандармерию; помочь может cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщайте о мошенничестве в полицию — онлайн через Onlinewache вашей земли, если она есть, или в любом полицейском участке.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщите об этом в почтовую полицию (Polizia Postale) на commissariatodips.it, а если вы потеряли деньги, сразу сообщите в банк.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). За советом звоните на бесплатную линию помощи по кибербезопасности INCIBE — 017. Если вы потеряли деньги, заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пожалуйтесь оператору, а если проблема не решится — регулятору NTRA по номеру 155. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пересылайте мошеннические SMS на номер 330330 (бесплатно, для всех операторов).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщайте о мошеннических сайтах в USOM (usom.gov.tr), а о мошенничестве — в отделение полиции или жандармерии или по номеру 112, если это происходит прямо сейчас.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пожалуйтесь на сообщение через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщайте об онлайн-мошенничестве в национальную полицию (DGSN) через e-Blagh (e-blagh.ma); если вы потеряли деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Если у вас забрали деньги, сразу позвоните в банк и подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или в Национальную полицию.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Никогда не пересылайте код, который WhatsApp или Telegram присылает вам в SMS, даже другу, который говорит, что код пришёл вам по ошибке. Если уже переслали, сразу снова войдите со своим номером, завершите незнакомые сеансы и включите двухшаговую проверку (в Telegram — облачный пароль). Сообщайте о мошеннических SMS в WASPA, отраслевую организацию мобильных сообщений (waspa.org.za); если вы потеряли деньги, сразу позвоните на линию банка по вопросам мошенничества.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Прежде чем ответить, проверьте сообщение родственника о «новом номере»</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Мошенники пишут родителям и друзьям, выдавая себя за ребёнка или родственника: «Привет, мам, я разбил телефон, это мой новый номер». После нескольких сообщений они просят деньги на срочный счёт или новый телефон.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Не отвечайте на новый номер и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, спросите другого родственника или задайте вопрос, на который может ответить только он. Не меняйте сохранённый номер из-за сообщения. Пожалуйтесь на отправителя и заблокируйте его в мессенджере.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Некоторые мошенники добавляют в историю поддельного адвоката или полицейского. Пересылайте мошеннические SMS на номер 7726 (SPAM) и сообщайте о мошенничестве на ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пересылайте мошеннические SMS на номер 7726 (бесплатно). Если вы потеряли деньги, сообщите об этом на reportfraud.police.uk, а в Шотландии — в Police Scotland по номеру 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Никогда не меняйте сохранённый номер из-за сообщения. Сообщите об этом в Scamwatch (scamwatch.gov.au). Если вы потеряли деньги, сразу обратитесь в банк; если вашими личными данными злоупотребляют, поможет IDCARE (1800 595 160).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre) по номеру 1-888-495-8501 или онлайн; если вы потеряли деньги, сообщите также в банк и в местную полицию.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пересылайте мошеннические SMS на номер 33700 (бесплатно). Если вы потеряли деньги, подайте жалобу в полицию или жандармерию; помочь может cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщайте о мошенничестве в полицию — онлайн через Onlinewache вашей земли, если она есть, или в любом полицейском участке.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщите об этом в почтовую полицию (Polizia Postale) на commissariatodips.it, а если вы потеряли деньги, сразу сообщите в банк.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. За советом звоните на бесплатную линию помощи по кибербезопасности INCIBE — 017. Если вы потеряли деньги, заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пожалуйтесь оператору, а если проблема не решится — регулятору NTRA по номеру 155. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пересылайте мошеннические SMS на номер 330330 (бесплатно, для всех операторов).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщайте о мошеннических сайтах в USOM (usom.gov.tr), а о мошенничестве — в отделение полиции или жандармерии или по номеру 112, если это происходит прямо сейчас.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пожалуйтесь на сообщение через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщайте об онлайн-мошенничестве в национальную полицию (DGSN) через e-Blagh (e-blagh.ma); если вы потеряли деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Если у вас забрали деньги, сразу позвоните в банк и подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или в Национальную полицию.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Не отвечайте и не отправляйте деньги. Позвоните человеку по номеру, который у вас уже есть, или задайте вопрос, на который может ответить только он. Сообщайте о мошеннических SMS в WASPA, отраслевую организацию мобильных сообщений (waspa.org.za); если вы потеряли деньги, сразу позвоните на линию банка по вопросам мошенничества.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Не обращайте внимания на SMS о посылках, платных дорогах или штрафах со ссылкой</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Мошенники присылают SMS о посылке, которую не удалось доставить, неоплаченном проезде по платной дороге, штрафе или небольшом сборе. Ссылка ведёт на поддельную страницу, которая крадёт данные карты или личные данные.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Не нажимайте на ссылки в SMS о доставке, платных дорогах, штрафах или сборах. Проверяйте доставку в приложении или на сайте магазина или службы доставки, а проезд или штраф — на официальном сайте, который вы нашли сами. Если вы ввели данные карты, сразу позвоните в банк. Пожалуйтесь на SMS оператору, затем удалите его.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Поддельные SMS о неоплаченном проезде по платным дорогам встречаются часто. Пересылайте мошеннические SMS на номер 7726 (SPAM) и сообщайте о мошенничестве на ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Пересылайте мошеннические SMS на номер 7726 (бесплатно). Если вы потеряли деньги, сообщите об этом на reportfraud.police.uk, а в Шотландии — в Police Scotland по номеру 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщите об этом в Scamwatch (scamwatch.gov.au). Если вы потеряли деньги, сразу обратитесь в банк; если вашими личными данными злоупотребляют, поможет IDCARE (1800 595 160).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre) по номеру 1-888-495-8501 или онлайн; если вы потеряли деньги, сообщите также в банк и в местную полицию.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Если затем вашей картой расплатятся без вас, заблокируйте её и сообщите об этом через Perceval. Пересылайте мошеннические SMS на номер 33700 (бесплатно). Если вы потеряли деньги, подайте жалобу в полицию или жандармерию; помочь может cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщайте о мошенничестве в полицию — онлайн через Onlinewache вашей земли, если она есть, или в любом полицейском участке.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщите об этом в почтовую полицию (Polizia Postale) на commissariatodips.it, а если вы потеряли деньги, сразу сообщите в банк.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. За советом звоните на бесплатную линию помощи по кибербезопасности INCIBE — 017. Если вы потеряли деньги, заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Пожалуйтесь оператору, а если проблема не решится — регулятору NTRA по номеру 155. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Пересылайте мошеннические SMS на номер 330330 (бесплатно, для всех операторов).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщайте о мошеннических сайтах в USOM (usom.gov.tr), а о мошенничестве — в отделение полиции или жандармерии или по номеру 112, если это происходит прямо сейчас.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Пожалуйтесь на сообщение через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщайте об онлайн-мошенничестве в национальную полицию (DGSN) через e-Blagh (e-blagh.ma); если вы потеряли деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Если у вас забрали деньги, сразу позвоните в банк и подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или в Национальную полицию.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Не нажимайте на ссылки в SMS о посылках, платных дорогах или штрафах; проверяйте на сайте или в приложении самой службы доставки или ведомства. Если вы ввели данные карты, сразу позвоните в банк. Сообщайте о мошеннических SMS в WASPA, отраслевую организацию мобильных сообщений (waspa.org.za); если вы потеряли деньги, сразу позвоните на линию банка по вопросам мошенничества.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Кладите трубку, если звонок будто бы из банка или полиции, и перезванивайте сами</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Мошенники могут показать на вашем экране любой номер, в том числе номер банка или полиции. С данными из утечки они звучат убедительно и торопят вас перевести деньги, продиктовать код или сообщить данные карты.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте код и не сообщайте PIN-код или данные карты тому, кто вам звонит, как бы убедительно он ни говорил. Положите трубку и сами позвоните по номеру с вашей карты, из выписки или с официального сайта.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщайте о мошеннических звонках на ReportFraud.ftc.gov, а о звонках с подменой номера — в FCC.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Чтобы проверить звонок из банка, позвоните по номеру 159; чтобы сообщить о мошенническом звонке, отправьте на 7726 SMS со словом CALL и номером.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщите об этом в Scamwatch (scamwatch.gov.au). Если вы потеряли деньги, сразу обратитесь в банк; если вашими личными данными злоупотребляют, поможет IDCARE (1800 595 160).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre) по номеру 1-888-495-8501 или онлайн; если вы потеряли деньги, сообщите также в банк и в местную полицию.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщите о звонке на 33700 (33700.fr). Если вы потеряли деньги, подайте жалобу в полицию или жандармерию.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщайте о нежелательных звонках в Федеральное сетевое агентство (Bundesnetzagentur, bundesnetzagentur.de/aergermitrufnummern), а о попытках мошенничества — в полицию через Onlinewache вашей земли или в любом участке.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщите об этом в почтовую полицию (Polizia Postale) на commissariatodips.it, а если вы потеряли деньги, сразу сообщите в банк.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. За советом звоните на бесплатную линию помощи по кибербезопасности INCIBE — 017. Если вы потеряли деньги, заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Пожалуйтесь оператору, а если проблема не решится — регулятору NTRA по номеру 155. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщайте о мошенничестве в отделение полиции или жандармерии или по номеру 112, если это происходит прямо сейчас, а о мошеннических сайтах — в USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Пожалуйтесь на звонок через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Звонки крупных компаний всё чаще показывают подтверждённое название и знак (Origem Verificada); но даже тогда никогда не сообщайте по телефону коды или пароли.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Сообщайте о мошенничестве в национальную полицию (DGSN) через e-Blagh (e-blagh.ma); если вы потеряли деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Номер звонящего можно подделать. Никогда не переводите деньги, не диктуйте коды и не сообщайте данные карты тому, кто вам звонит. Положите трубку и сами позвоните по номеру с вашей карты или с официального сайта. Если у вас забрали деньги, сразу позвоните в банк и подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или в Национальную полицию.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Не реагируйте на сообщения о том, что ваш аккаунт заблокируют или приостановят</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>В поддельных сообщениях говорится, что ваш банковский счёт, телефонную линию или WhatsApp заблокируют, если вы не «подтвердите» данные по ссылке или звонком. Спешка нужна, чтобы вы не успели проверить.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения. Откройте приложение банка или компании или сами введите адрес её сайта и проверьте там. Настоящие компании не запрашивают в сообщениях пароль, PIN-код или коды. Пожалуйтесь на сообщение оператору или в WhatsApp через Пожаловаться, затем удалите его.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пересылайте мошеннические SMS на номер 7726 (SPAM) и сообщайте о мошенничестве на ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пересылайте мошеннические SMS на номер 7726 (бесплатно), а мошеннические письма — на report@phishing.gov.uk. Если вы потеряли деньги, сообщите об этом на reportfraud.police.uk, а в Шотландии — в Police Scotland по номеру 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщите об этом в Scamwatch (scamwatch.gov.au). Если вы потеряли деньги, сразу обратитесь в банк; если вашими личными данными злоупотребляют, поможет IDCARE (1800 595 160).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщайте о мошенничестве в Канадский центр по борьбе с мошенничеством (Canadian Anti-Fraud Centre) по номеру 1-888-495-8501 или онлайн; если вы потеряли деньги, сообщите также в банк и в местную полицию.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пересылайте мошеннические SMS на номер 33700 (бесплатно). Если вы потеряли деньги, подайте жалобу в полицию или жандармерию; помочь может cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщайте о мошенничестве в полицию — онлайн через Onlinewache вашей земли, если она есть, или в любом полицейском участке.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщите об этом в почтовую полицию (Polizia Postale) на commissariatodips.it, а если вы потеряли деньги, сразу сообщите в банк.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. За советом звоните на бесплатную линию помощи по кибербезопасности INCIBE — 017. Если вы потеряли деньги, заявите в Национальную полицию (Policía Nacional) или Гражданскую гвардию (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пожалуйтесь оператору, а если проблема не решится — регулятору NTRA по номеру 155. Если вы потеряли деньги, сообщите в банк и в полицию.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пересылайте мошеннические SMS на номер 330330 (бесплатно, для всех операторов).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщайте о мошеннических сайтах в USOM (usom.gov.tr), а о мошенничестве — в отделение полиции или жандармерии или по номеру 112, если это происходит прямо сейчас.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пожалуйтесь на сообщение через Chakshu на sancharsaathi.gov.in. Если вы потеряли деньги, сразу позвоните по номеру 1930 или сообщите на cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Пожалуйтесь оператору и сохраните номер обращения; если проблема не решится, обратитесь в Нигерийскую комиссию по связи (Nigerian Communications Commission) по номеру 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщайте об онлайн-мошенничестве в национальную полицию (DGSN) через e-Blagh (e-blagh.ma); если вы потеряли деньги, сразу позвоните в банк.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Если у вас забрали деньги, сразу позвоните в банк и подайте заявление о преступлении (denuncia) в прокуратуру (Fiscalía) или в Национальную полицию.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Не нажимайте на ссылки и не звоните по номерам из сообщения; проверяйте в приложении или на сайте самой компании. Настоящие компании не запрашивают в сообщениях пароли, PIN-коды или коды подтверждения. Сообщайте о мошеннических SMS в WASPA, отраслевую организацию мобильных сообщений (waspa.org.za); если вы потеряли деньги, сразу позвоните на линию банка по вопросам мошенничества.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Не отвечайте на SMS от незнакомых отправителей, даже словом STOP: ответ сообщает отправителю, что номер действует. Сообщайте о мошеннических SMS и спаме в WASPA, отраслевую организацию мобильных сообщений (waspa.org.za). Если вы потеряли деньги или сообщили банковские данные, сразу позвоните на линию банка по вопросам мошенничества и подайте заявление в полицию (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Сообщите в ИТ-отдел, что ваш рабочий адрес утёк</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Рабочим или учебным аккаунтом управляет ваша организация, а не вы: её ИТ-отдел может проверить входы, сбросить пароль и включить двухшаговую проверку, и ему нужно знать, что адрес попал в утечку.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Свяжитесь с ИТ-отделом или службой поддержки обычным способом, а не отвечая на сообщение об утечке. Скажите, какой адрес, какая утечка и что утекло. Спросите, нужно ли сменить пароль или включить двухшаговую проверку, и сделайте, как скажут. Если вы использовали этот пароль где-то ещё, смените его и там. Если адрес на вашем собственном домене, защитите его у своего почтового провайдера.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Смените утёкший пароль везде, где вы его используете</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Преступники в первую очередь автоматически пробуют пароли из списков утечек на сайтах почты, банков и магазинов. Под угрозой каждый аккаунт с этим паролем, пока у него не будет собственного пароля.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Смените его сначала в аккаунте почты, потому что через неё можно сбросить остальные пароли, затем в банке, затем в аккаунтах, через которые вы входите на другие сайты (Google, Apple, Facebook), а затем везде, где используется он или похожий на него. Задайте каждому аккаунту свой длинный пароль: менеджер паролей может создать и запомнить их.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Сведения об учёбе</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Остатки на счетах</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Контакты из адресной книги</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Возрастные группы</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Возраст</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Запросы к ИИ</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Записи на приём</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Установленные приложения</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Знаки зодиака</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Аудиозаписи</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Токены авторизации</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Аватары</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Номера банковских счетов</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Оценки внешности</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Биометрические данные</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Биографии</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Сведения о браузере (user agent)</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>История браузера</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Покупательские предпочтения</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Наличие автомобиля</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Карьерный уровень</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Названия сотовых сетей</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Благотворительные пожертвования</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Журналы чатов</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Гражданство</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Размеры одежды</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Названия компаний</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>CVV банковских карт</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Банковские карты</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Кредитные рейтинги</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Сведения о кредитоспособности</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Адреса криптокошельков</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Хеши криптокошельков</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Отзывы клиентов</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Взаимодействия с клиентами</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Комментарии службы поддержки</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Записи службы поддержки</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Даты рождения</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Дата смерти</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Сведения о смерти</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Инструкции по доставке</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Сведения об устройствах</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Серийные номера устройств</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Данные об использовании устройств</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Инвалидность</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Отображаемые имена</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Отношение к алкоголю</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Водительские удостоверения</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Употребление наркотиков</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Заработок</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Пищевые привычки</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Уровень образования</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Адреса электронной почты</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>Электронные письма</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Работодатели</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Статус занятости</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Зашифрованные ключи</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Этническая принадлежность</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Имена членов семьи</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Планы на семью</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Состав семьи</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Финансовые вложения</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Финансовые операции</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Физическая форма</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Совершённые перелёты</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Сообщения на форумах</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Географическое местоположение</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Удостоверения личности</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Сведения о медицинской страховке</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Старые пароли</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>ВИЧ-статус</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Сведения об ипотеке</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Наличие собственного жилья</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>Адреса домашних страниц</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>Номера IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>Номера IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Уровень дохода</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Аккаунты в мессенджерах</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP-адреса</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Уровень IQ</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Отклики на вакансии</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Должности</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Языковые предпочтения</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Координаты (широта и долгота)</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Номерные знаки</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Расходы на жизнь</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Сведения о кредитах</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>История входов</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Данные программ лояльности</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC-адреса</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Семейное положение</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Военная служба</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Мнемонические фразы</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Девичьи фамилии матерей</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Имена</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Национальность</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Размер состояния</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Прозвища</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Профессии</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Планы по воспитанию детей</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Частичные данные банковских карт</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Частичные даты рождения</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Частичные номера удостоверений личности</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Частичные номера телефонов</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Номера паспортов</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Подсказки к паролям</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Надёжность паролей</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Пароли</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>История платежей</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Способы оплаты</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Личные описания</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Данные о здоровье</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Личные интересы</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Номера телефонов</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Почтовые адреса</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Внешние данные</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>PIN-коды</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Места рождения</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Политические пожертвования</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Политические взгляды</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Личные сообщения</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Профессиональные навыки</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Фото профиля</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Статистика профиля</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Покупки</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Покупательские привычки</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Раса</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Адреса электронной почты для восстановления</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Статус отношений</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Вероисповедание</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Баллы бонусных программ</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Обращения (господин, госпожа)</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Школьные классы (год обучения)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Контрольные вопросы и ответы</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Сексуальные фетиши</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Сексуальная ориентация</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Трек-номера отправлений</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Отношение к курению</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS-сообщения</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Социальные связи</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Профили в соцсетях</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Номера социального страхования</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Социально-экономический статус</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Знание языков</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Имена супругов</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Обращения в поддержку</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Результаты опросов</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Наличие татуировок</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Налоговые сведения</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Операторы связи</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Часовые пояса</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Привычки в путешествиях</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Планы поездок</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Статусы пользователей</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>Адреса сайтов пользователей</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Имена пользователей</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Счета за коммунальные услуги</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Сведения об автомобилях</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Идентификационные номера автомобилей (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Регистрационные номера автомобилей</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>VIP-статусы</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Гарантийные обращения</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Активность на сайтах</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Рабочие привычки</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Годы рождения</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Стаж работы</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Комбо-список из строк login:password</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Строки вида alice@example.com:hunter2 или alice99:hunter2 без заголовка. Логин может быть адресом электронной почты, номером телефона или именем пользователя: каждый сохраняется как то, чем он является. Пароль сам может содержать двоеточия и кавычки: всё после первого двоеточия — пароль. Сохраняется только то, есть ли пароль, но никогда сам пароль.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>Данные Facebook 2021 года: по одному файлу на страну, поля разделены двоеточиями</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Строки вида 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: без заголовка. Столбец даты и времени (когда профиль видели в последний раз) сам содержит двоеточия; часто он пуст. Номера телефонов записаны с кодом страны, но без +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>Таблица пользователей форума в SQL-дампе (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Дамп mysqldump или pg_dump базы данных форума: читается таблица пользователей (phpbb_users, user в vBulletin, mybb_users, xf_user, wp_users, с любым префиксом таблиц), строки всех остальных таблиц подсчитываются, но не читаются. Идентификаторы — имена пользователей и адреса электронной почты; сохраняется только то, есть ли хеш пароля, день рождения или IP-адрес, но никогда само значение. Столбцы, которых нет в таблице конкретного форума, пропускаются.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Лог стилера из блоков строк URL:, Username: и Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Passwords.txt из логов стилеров в стиле RedLine: одна запись на каждый сохранённый в браузере логин, в виде строк URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 и Application: Chrome; записи заканчиваются строкой из знаков = или пустой строкой. Host, Login, USER, PASS и SOFT читаются как те же ключи. Логин может быть адресом электронной почты, номером телефона или именем пользователя: каждый сохраняется как то, чем он является. Сохраняется только то, есть ли пароль, но никогда сам пароль.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Лог стилера из строк URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Строки вида https://accounts.example.com/login:alice@example.com:hunter2 (или с | между частями): так их собирают из браузеров вредоносные программы для кражи паролей. Название сайта берётся из адреса; пароль сам может содержать двоеточия. Логин может быть адресом электронной почты, номером телефона или именем пользователя: каждый сохраняется как то, чем он является. Сохраняется только то, есть ли пароль, но никогда сам пароль.</translation>
    </message>
</context>
</TS>
