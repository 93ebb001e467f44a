<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>تسرّبت بيانات %1 حساب لدى %2 في %3. وشملت: %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>تسرّبت بيانات حسابات لدى %1 في %2. وشملت: %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>يُعتقد أن هذه البيانات مُختلَقة.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>إنها قائمة تُستخدم لإرسال الرسائل غير المرغوب فيها.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>لم يُتأكَّد من صحتها بعد.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>أُدخل يدويًا في هذه الخزنة.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>المعلومات: Have I Been Pwned (CC BY 4.0)، haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>المعلومات: بحث أجراه Breach Advisor في المصادر المذكورة أعلاه.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>المعلومات: من ملف دليل مستورد.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>استيراد حزمة من مكتب مساعدة</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملف تسريب بإجمالي %3 سجل.</numerusform>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملف تسريب بإجمالي %3 سجل.</numerusform>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملفا تسريب بإجمالي %3 سجل.</numerusform>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملفات تسريب بإجمالي %3 سجل.</numerusform>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملفَ تسريب بإجمالي %3 سجل.</numerusform>
            <numerusform>أُنشئ %1 في %2. وفيه دليل الاختراقات و%n ملف تسريب بإجمالي %3 سجل.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>وقّع هذه الحزمة %1، وهو مكتب مساعدة تثق به هذه الخزنة (المفتاح %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>وقّع هذه الحزمة مفتاحٌ لا تثق به هذه الخزنة بعد:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>اطلب من مكتب المساعدة ملف مفتاحه العام (.pub)، وتحقّق عبر الهاتف أو على الورق من أن مفتاحه يُقرأ بالشكل نفسه. وبعد ذلك فقط اختره أدناه: ستقبل هذه الخزنة من الآن فصاعدًا الحزم التي يوقّعها مكتب المساعدة هذا.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>هذه الحزمة أقدم من آخر حزمة أُخذت من مكتب المساعدة هذا (أُنشئت في %1): قد تكون نسخة قديمة أُعيد إرسالها. استوردها &amp;رغم ذلك</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختر…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>ملف المفتاح العام لمكتب المساعدة</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>&amp;المفتاح العام لمكتب المساعدة (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>اختر المفتاح العام لمكتب المساعدة</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>المفاتيح العامة (*.pub);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>مثلًا: مكتب مساعدة مكتبة المدينة</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>&amp;الاسم الذي يُعطى لمكتب المساعدة:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>ملف مفتاح موظفي الدعم</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>&amp;مفتاح موظفي الدعم (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>اختر مفتاح موظفي الدعم</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>مفاتيح موظفي الدعم (*.agent);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>تحوي الحزمة بصمات المعرّفات وأنواع البيانات التي تسرّبت، ولا تحوي القيم المسرّبة أبدًا. ولا تُقرأ إلا إذا كان توقيعها صحيحًا على كل بايت فيها؛ وإلا فلا يتغيّر شيء.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>اختر ملف مفتاح موظفي الدعم الذي أعطاك إياه مكتب المساعدة.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>اختر ملف المفتاح العام لمكتب المساعدة، بعد أن تتحقّق من أن مفتاحه يُقرأ كما في الأعلى.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>جارٍ التحقق من التوقيع والاستيراد…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>المفتاح الموجود في %1 (%2) ليس المفتاح الذي وقّع هذه الحزمة. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>الاختراق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>ما تسرّب</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و%1 أخرى</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1، %2، %3 حساب: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 حساب</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>عدد الحسابات غير معروف</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>دليل الاختراقات</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>شركة أو موقع ويب، مثل LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;بحث:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>&amp;ما تسرّب:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;السنة:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>&amp;الخدمة:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>الاختراقات</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>عن الاختراق</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>&amp;أُبلغت بأنني ضمن هذا الاختراق…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>أي شيء</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>أي سنة</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>أي خدمة</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>يُعرض %1 من %2 اختراق. المعلومات من Have I Been Pwned (CC BY 4.0) ما لم يُذكر في الاختراق غير ذلك.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>من الآن فصاعدًا تفتح عبارة المرور الجديدة الخزنة، ويظل مفتاح الاسترداد صالحًا. إذا كنت تظن أن أحدًا يعرف عبارة المرور وقد تكون لديه نسخة من الخزنة، فإن عبارة مرور جديدة وحدها لا تحمي تلك النسخة.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>اكتب عبارة المرور الجديدة مرة أخرى</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;تغيير</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>الاختراق</translation>
    </message>
    <message>
        <source>When</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>ما يخصك فيه</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>عدد الحسابات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>قد يشمل: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1، %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n آخر</numerusform>
            <numerusform>%1 و%n آخران</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
            <numerusform>%1 و%n أخرى</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1؛ مواقع بيانات الدخول المسرَّبة: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>غير مستخدَم</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>أرقام الهواتف (يُبحث عنها)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>عناوين البريد الإلكتروني (يُبحث عنها)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>أسماء المستخدمين (يُبحث عنها)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (يُحفظ فقط هل هو مملوء)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>العمود</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>القيمة الأولى</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>المحتوى</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>العمود %1، %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>عناوين الويب (الموقع الخاص بكل بيانات دخول)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>بلا بلد (تبدأ الأرقام بـ +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>مرحبًا بك في Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>اعرف هل تسرّبت بياناتك، وما الذي تسرّب، وماذا تفعل</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>يفحص Breach Advisor أرقام الهواتف وعناوين البريد الإلكتروني وأسماء المستخدمين في الاختراقات المعروفة وفي ملفات التسريب التي تستوردها، ويُعِدّ خطة من خطوات بسيطة، لك أو لشخص تساعده.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>لا يغادر هذا الكمبيوتر شيء مما تكتبه هنا: لا يوجد حساب ولا اتصال بالإنترنت. يُحفظ كل شيء في خزنة مشفّرة لا تفتحها إلا عبارة المرور الخاصة بك.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;تذكُّر الخزنة على هذا الكمبيوتر (لا حاجة إلى عبارة المرور لفتحها هنا)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>جارٍ إنشاء خزنتك. سيستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>اختر عبارة مرور</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>تفتح عبارة المرور خزنتك. أربع كلمات أو أكثر لا علاقة بينها يسهل تذكّرها ويصعب تخمينها. يمكنك لصقها من مدير كلمات المرور.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>عبارة المرور &amp;الجديدة:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;اكتبها مرة أخرى:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>اكتب عبارة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>يستخدم التذكّر سلسلة المفاتيح في هذا الكمبيوتر: أي شخص يستطيع استخدام حسابك على هذا الكمبيوتر سيتمكن عندئذٍ من فتح الخزنة. اترك هذا الخيار مُعطّلًا على كمبيوتر مشترك.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>إذا نسيت عبارة المرور، فلن يفتح الخزنة إلا مفتاح الاسترداد الموجود في الصفحة التالية.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>جارٍ إنشاء الخزنة</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>&amp;طبعت مفتاح الاسترداد أو كتبته ووضعته في مكان آمن</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>إذا نسيت عبارة المرور يومًا، فهذا المفتاح هو الطريقة الوحيدة للعودة إلى خزنتك. لن يُعرض إلا الآن. اطبعه أو اكتبه، واحفظه بعيدًا عن هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>خزنتك جاهزة</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>بعد ذلك، أضف نفسك أو الشخص الذي تساعده: أرقام هواتفه وعناوين بريده الإلكتروني والخدمات التي يستخدمها. سيعرض لك Breach Advisor بعدها ما الذي تسرّب وماذا تفعل، خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>إعداد Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;متابعة</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;بدء</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>محتوى العمود</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;اختر ملف تسريب…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>يحوي السطر الأول &amp;أسماء الأعمدة</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;استيراد</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;إزالة هذا الاستيراد…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>استيراد ملف تسريب</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>تُقرأ ملفات التسريب (CSV أو TSV أو JSON Lines، ومضغوطة بـ gzip أيضًا) على هذا الكمبيوتر. لا يُحفظ إلا بصمات مشفّرة بمفتاح لأرقام الهواتف وعناوين البريد الإلكتروني وأسماء المستخدمين، وأنواع البيانات التي كان يحويها كل سجل، ولا تُحفظ القيم المسرّبة أبدًا.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>يُقرأ الملف وفق الإعدادات أدناه. لا تحتاج معظم الملفات إلى أي تغيير هنا.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>لا شيء: تُستنتج البنية من الملف</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>بنية تسريب &amp;معروفة:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>يُكتشف من الملف (فاصلة أو فاصلة منقوطة أو مسافة جدولة أو خط عمودي أو نقطتان)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>فاصلة منقوطة ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>خط عمودي |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>نقطتان :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>مسافة جدولة</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>فاصلة ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>&amp;الفاصل بين الحقول:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>يُكتشف من الملف (UTF-8، وإلا Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (يونيكود)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (أوروبا الغربية)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1، أوروبا الغربية)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>&amp;ترميز النص:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>الصفوف الأولى:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>الصفوف الأولى من الملف</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>محتوى كل عمود (غيّره حيث يكون الاقتراح خاطئًا):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>محتوى كل عمود</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>الاختراق الذي ينتمي إليه الملف</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>اختراق &amp;جديد…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>&amp;الاختراق الذي جاء منه:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>مع رمز البلد (201001234567، +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>كما تُطلب داخل بلد واحد (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>&amp;طريقة كتابة أرقام الهواتف:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>&amp;بلدها:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>يمكنك استخدام بقية التطبيق في أثناء ذلك. الإلغاء لا يغيّر شيئًا.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>ما لم يُستورد، مع أمثلة</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>استيراد ملف &amp;آخر</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>ما استُورد حتى الآن</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>ملفات التسريب المستوردة</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>اختر الاختراق…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>اختر ملف تسريب</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>الملف: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>لم يُتعرَّف على أي عمود على أنه أرقام هواتف أو عناوين بريد إلكتروني أو أسماء مستخدمين: حدّد العمود الذي يحويها.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>اختراق غير موجود في الدليل</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>الشركة أو &amp;الخدمة:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;متى حدث:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;عدد الحسابات فيه (إن كان معروفًا):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>يُؤخذ ما تسرّب من الأعمدة التي تحدّد محتواها.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>حدّد العمود الذي يحوي أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>اختر الاختراق الذي جاء منه الملف، أو أنشئ اختراقًا جديدًا.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>الأرقام المكتوبة كما تُطلب داخل بلد واحد تحتاج إلى تحديد ذلك البلد.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>أُلغي الاستيراد. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>قُرئ %1 صف، بمعدل %2 صف في الثانية</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>جارٍ الاستيراد: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>جارٍ كتابة الفهرس المشفّر: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>جارٍ الاستيراد: كتابة الفهرس</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>اختر من القائمة عملية الاستيراد التي تريد إزالتها.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>هل تريد إزالة عملية الاستيراد هذه؟</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>ستُزال سجلات %1 (%2) من الفهرس، وستتغيّر نتائج الأشخاص تبعًا لذلك. لن يُمَسّ الملف نفسه.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;إزالة</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>جارٍ الإزالة: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>تمت الإزالة. جارٍ إعادة المساحة إلى القرص…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>تمت الإزالة. أصبحت الخزنة أصغر بمقدار %1.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>تخطّي كل الصفوف التي لا تطابق</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>ملفات التسريب والأرشيفات (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>الأرشيف: %1. أعمدته هي أعمدة %2؛ ويُستورد كل ملف تسريب في الأرشيف وفق هذا التحديد لمحتوى الأعمدة، كلٌّ على حدة.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>لم يُقرأ من الأرشيف: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>استيراد &amp;حزمة من مكتب مساعدة…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>أو، إذا أعدّ لك مكتب مساعدة الدليل وملفات التسريب: حزمته الموقّعة، مع مفتاح موظفي الدعم الذي أعطاك إياه.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>اختر حزمة من مكتب مساعدة</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>الحزم (*.bundle);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>استُوردت الحزمة التي وقّعها %1 (أُنشئت في %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>كانت هذه الحزمة أقدم من آخر حزمة أُخذت من مكتب المساعدة هذا.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>الاختراقات: %1 جديد، و%2 محدَّث.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>ملفات التسريب: أُضيف %1 فيها %2 سجل؛ و%3 كانت موجودة من قبل.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>بقي أقل من ثانية</numerusform>
            <numerusform>بقيت ثانية واحدة تقريبًا</numerusform>
            <numerusform>بقيت ثانيتان تقريبًا</numerusform>
            <numerusform>بقيت %n ثوانٍ تقريبًا</numerusform>
            <numerusform>بقيت %n ثانيةً تقريبًا</numerusform>
            <numerusform>بقيت %n ثانية تقريبًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>بقي أقل من دقيقة</numerusform>
            <numerusform>بقيت دقيقة واحدة تقريبًا</numerusform>
            <numerusform>بقيت دقيقتان تقريبًا</numerusform>
            <numerusform>بقيت %n دقائق تقريبًا</numerusform>
            <numerusform>بقيت %n دقيقةً تقريبًا</numerusform>
            <numerusform>بقيت %n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>الاختراق</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>تاريخ الاستيراد</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>السجلات</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>المساحة</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 من %2: %3 سجل</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>تم:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>انتبه:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>مشكلة:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>قفل الخزنة الآن (Ctrl+L): لن يبقى أي شيء شخصي على الشاشة</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>فحص سريع</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>استيراد تسريب</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>دليل الاختراقات</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>الإعداد</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 – Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>هذه خزنة العرض التجريبي: عبارة المرور الخاصة بها هي «demo».</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>فحص كلمة مرور</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>إظهار ما كتبته أو إخفاؤه</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>يبدو أن مفتاح Caps Lock مُفعّل: ستُكتب الحروف اللاتينية كبيرة.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>هذه ليست عبارة المرور نفسها المكتوبة أعلاه.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>استيراد &amp;القائمة…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>استيراد &amp;مجلد ملفات البادئات…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;إلغاء الاستيراد</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>أين يستخدم كلمة المرور هذه</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>&amp;فحص كلمة المرور</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>فتح &amp;خطته</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>فحص كلمة مرور</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>هل كلمة المرور موجودة في قائمة كلمات المرور المعروفة من التسريبات؟ يجرّب المجرمون هذه الكلمات أولًا. يجري الفحص على هذا الكمبيوتر فقط: لا تُحفظ كلمة المرور ولا تُرسل إلى أي مكان، ويُفرَّغ الحقل بعد كل فحص.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>قائمة كلمات المرور المسرَّبة</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>تقدّم الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;صاحب كلمة المرور:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>كلمة المرور المراد فحصها</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>لا أحد بعينه (لا يُحفظ شيء)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>لا يمكن استخدام قائمة كلمات المرور المسرَّبة الموجودة على هذا الكمبيوتر (انظر أدناه): استوردها مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 كلمة مرور مسرَّبة (%2)، استُوردت في %3 من %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>استيراد &amp;قائمة أحدث…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>اكتب كلمة المرور المراد فحصها.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>استورد قائمة كلمات المرور المسرَّبة أولًا: فبدونها لا يوجد ما تُقارَن به كلمة المرور.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>حُفظ مع %1: إحدى كلمات مروره معروفة (دون حفظ أي شيء من كلمة المرور نفسها). تبدأ خطته الآن بتغييرها.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>اختر قائمة كلمات المرور المسرَّبة</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>اختر مجلد ملفات البادئات</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>جارٍ استيراد قائمة كلمات المرور المسرَّبة…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>جارٍ قراءة القائمة: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>جارٍ استيراد قائمة كلمات المرور المسرَّبة: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>أُلغي الاستيراد. القائمة كما كانت.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>لا توجد قائمة بكلمات المرور المسرَّبة على هذا الكمبيوتر بعد. نزّل قائمة «Pwned Passwords» من Have I Been Pwned مرة واحدة، على أي كمبيوتر متصل بالإنترنت (يوضّح haveibeenpwned.com/Passwords الطريقة)، ثم استورد الملف، أو مجلد الملفات، هنا. القائمة بيانات عامة: لا يُرسل أي شيء تفحصه إلى أي مكان.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>لا خطوات حاليًا</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>تم %1 من %n خطوة</numerusform>
            <numerusform>تم %1 من خطوة واحدة</numerusform>
            <numerusform>تم %1 من خطوتين</numerusform>
            <numerusform>تم %1 من %n خطوات</numerusform>
            <numerusform>تم %1 من %n خطوةً</numerusform>
            <numerusform>تم %1 من %n خطوة</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;إضافة شخص</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>&amp;أُبلغت بأنني ضمن اختراق…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>لا أحد هنا بعد. أضف نفسك، أو الشخص الذي تساعده.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>اختر شخصًا لترى ما الذي تسرّب وماذا تفعل.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>حُفظ %1.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>هل تريد حذف %1؟</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>سيُحذف %1 وبياناته وتقدّمه من هذه الخزنة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;حذف %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>حُذف %1.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>أضف أولًا الشخص الذي تلقّى الإشعار.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>تعديل %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>اسم أو لقب</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;البلد:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهواتف</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>إضافة رقم &amp;هاتف آخر</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>إضافة عنوان &amp;بريد إلكتروني آخر</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>أسماء المستخدمين</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>إضافة اسم &amp;مستخدم آخر</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>الخدمات التي يستخدمها</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>هاتفه وكمبيوتره</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>هاتف &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>هاتف &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>جهاز &amp;كمبيوتر</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>ما تُدخله يبقى في الخزنة المشفّرة على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>رقم الهاتف %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>نفس لغة التطبيق</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>&amp;يقرأ بلغة:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>التاريخ: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>عدد الحسابات فيه: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>الموقع الإلكتروني: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>ما تسرّب:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>بياناتك فيه:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>ما قال الإشعار إنه تسرّب:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>ما تسرّب هناك (قد تكون بياناتك من بينه):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>ما هو:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>مدى احتمال أن يشملك:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>مصدر هذه المعلومات:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تعديل</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>&amp;أُبلغت باختراق</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;طباعة ورقة الإرشادات…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>حفظ ورقة الإرشادات بصيغة &amp;PDF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>ما تم &amp;فحصه:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>ما تم فحصه</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;الاختراقات:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>الاختراقات</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>عن الاختراق</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ماذا تفعل</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>ما تسرّب</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>لا أرقام هواتف</numerusform>
            <numerusform>رقم هاتف واحد</numerusform>
            <numerusform>رقما هاتف</numerusform>
            <numerusform>%n أرقام هواتف</numerusform>
            <numerusform>%n رقمَ هاتف</numerusform>
            <numerusform>%n رقم هاتف</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>لا عناوين بريد إلكتروني</numerusform>
            <numerusform>عنوان بريد إلكتروني واحد</numerusform>
            <numerusform>عنوانا بريد إلكتروني</numerusform>
            <numerusform>%n عناوين بريد إلكتروني</numerusform>
            <numerusform>%n عنوانَ بريد إلكتروني</numerusform>
            <numerusform>%n عنوان بريد إلكتروني</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>لا أسماء مستخدمين</numerusform>
            <numerusform>اسم مستخدم واحد</numerusform>
            <numerusform>اسما مستخدم</numerusform>
            <numerusform>%n أسماء مستخدمين</numerusform>
            <numerusform>%n اسمَ مستخدم</numerusform>
            <numerusform>%n اسم مستخدم</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>لا يُحفظ شيء من هذا الفحص. امسحه عندما تنتهي.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>لم تُبلَّغ بأي اختراق.</numerusform>
            <numerusform>أُبلغت باختراق واحد.</numerusform>
            <numerusform>أُبلغت باختراقين.</numerusform>
            <numerusform>أُبلغت بـ %n اختراقات.</numerusform>
            <numerusform>أُبلغت بـ %n اختراقًا.</numerusform>
            <numerusform>أُبلغت بـ %n اختراق.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>لا اختراقات في خدمات تستخدمها قد تشمل بياناتك.</numerusform>
            <numerusform>اختراق واحد في خدمة تستخدمها قد يشمل بياناتك: وهو مُدرج على حدة.</numerusform>
            <numerusform>اختراقان في خدمات تستخدمها قد يشملان بياناتك: وهما مُدرجان على حدة.</numerusform>
            <numerusform>%n اختراقات في خدمات تستخدمها قد تشمل بياناتك: وهي مُدرجة على حدة.</numerusform>
            <numerusform>%n اختراقًا في خدمات تستخدمها قد تشمل بياناتك: وهي مُدرجة على حدة.</numerusform>
            <numerusform>%n اختراق في خدمات تستخدمها قد تشمل بياناتك: وهي مُدرجة على حدة.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: لم يُفحص. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: وُجد في %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: غير موجود في ملفات التسريب المستوردة</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;لا يوجد اختراق لعرضه. لم يُبحث إلا في ملفات التسريب المستوردة إلى هذه الخزنة وفي اختراقات الخدمات التي ذكرت أنك تستخدمها.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>طباعة ورقة الإرشادات</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>خطة Breach Advisor لـ %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>خطة Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>حفظ ورقة الإرشادات</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;صفحة ويب (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>حُفظت في %1. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>حدّد &amp;بلده…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>لم تُدرَج هذه الخطوات لأن البلد غير معروف: %1. حدّد بلده لإضافتها.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: لم يُبحث عنه، لأنه لم يُستورد أي ملف تسريب بعد</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;اختر اختراقًا لترى ما كان فيه من بياناتك.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>نتيجة الفحص</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>تعذّر حفظ %1: %2. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>فحص إحدى &amp;كلمات مروره…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>لا يمكن أن يكون هذا الرقم صحيحًا: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>ابدأ بعلامة + ورمز الدولة</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>مثلًا %1 أو %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>من أي دولة هذا الرقم؟ اختر دولته، أو ابدأ بعلامة + ورمز الدولة.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>مؤجَّلة</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>تم %1 من %2</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (ابدأ من هنا)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
            <numerusform>%n د</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2، نحو %3 دقيقة%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>، ابدأ من هنا</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: تم %2 من %3</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;قائمة الخطوات</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>خطوة &amp;تلو الأخرى</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>خطوات الخطة</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>لا خطوات حاليًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>تم %1 من %n خطوة</numerusform>
            <numerusform>تم %1 من خطوة واحدة</numerusform>
            <numerusform>تم %1 من خطوتين</numerusform>
            <numerusform>تم %1 من %n خطوات</numerusform>
            <numerusform>تم %1 من %n خطوةً</numerusform>
            <numerusform>تم %1 من %n خطوة</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>الخطوة %1 من %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>هناك عمل آخر قيد التشغيل (استيراد؟): سيُحفظ هذا فور انتهائه.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>تم التراجع: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>تم تعليم «%1» على أنها منفَّذة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>تم تأجيل «%1» الآن</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>تم تعليم «%1» على أنها لا تنطبق عليك</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>عادت «%1» إلى قائمة المهام</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>تقدّم الخطة</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;افحص</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;انسَ كل ذلك</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ الفحص…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>فحص سريع</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>افحص أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين دون حفظها. لا يُحفظ شيء: يُنسى ما تكتبه وما يُعثر عليه عندما تغادر هذه الصفحة أو تقفل التطبيق.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>الأرقام بلا رمز البلد &amp;من:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>واحد في كل سطر، مثلًا:
0100 123 4567
name@example.com
username</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;ما تريد فحصه:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>اكتب رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم واحدًا على الأقل.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>هناك عمل آخر قيد التشغيل (استيراد؟): سيبدأ الفحص فور انتهائه.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>الخدمات التي يستخدمها</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>حدّد الخدمات التي يستخدمها وأعِد الفحص.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>لم تُدرَج هذه الخطوات لأن البلد غير معروف: %1. اختر البلد في الأعلى وأعِد الفحص لإضافتها.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>فحص &amp;كلمة مرور…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>مفتاح الاسترداد الجديد</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>&amp;طبعته أو كتبته</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>هذا مفتاح الاسترداد الجديد. لا يُعرض إلا الآن: اطبعه أو اكتبه، واحفظه بعيدًا عن هذا الكمبيوتر. بمجرد أن تضع علامة في المربع أدناه وتغلق هذه النافذة، يحلّ محلّ المفتاح القديم الذي يتوقف عندها عن العمل.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>&amp;طباعة</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>مفتاح الاسترداد: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>مفتاح الاسترداد لـ Breach Advisor

%1

احفظ هذه الورقة في مكان آمن وبعيدًا عن الكمبيوتر: بها يستطيع أي شخص فتح الخزنة.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>حفظ مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>حُفظ في %1. انقله خارج هذا الكمبيوتر (إلى ذاكرة USB، أو اطبعه) ثم احذفه من هنا.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>تعذّر حفظ %1: %2. لم يُحفظ أي شيء: اختر مكانًا آخر، أو اطبع المفتاح.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>&amp;ليس في القائمة: صِفه</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>أُبلغت بأنني ضمن اختراق</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>هل أخبرتك شركة أو خبر صحفي بأن بياناتك كانت ضمن اختراق؟ اختره هنا وحدّد ما قال الإشعار إنه تسرّب. ستحصل على خطة خاصة به، وتُحفظ مع هذا الشخص.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;من تلقّى الإشعار:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>اسم الشركة، مثل Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;ابحث عن الاختراق:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>الاختراقات</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>مثلًا: نادي البلدة الرياضي</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>الشركة أو &amp;الخدمة:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;متى حدث (أو تاريخ الإشعار):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>ما قال الإشعار إنه تسرّب</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>&amp;أنشئ خطتي</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>أضف الشخص أولًا، ثم أخبر التطبيق بالإشعار.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>حدّد الشركة أو الخدمة التي يتعلق بها الإشعار.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>أُدخل من إشعار اختراق.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>اختر الاختراق من القائمة، أو صِفه إن لم يكن موجودًا فيها.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>حدّد نوعًا واحدًا على الأقل من البيانات التي ذكرها الإشعار.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;حجم النص:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>حماية الخزنة</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;القفل بعد عدم الاستخدام لمدة:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>إنشاء &amp;مفتاح استرداد جديد…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>قد يعرف أحدٌ عبارة المرور: تجديد &amp;كل المفاتيح…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>عبارة المرور الجديدة وحدها لا تحمي نسخة من الخزنة ربما تكون لدى أحدٍ بالفعل. هذا الخيار يعيد تشفير كل شيء بمفتاح جديد، مع عبارة مرور جديدة ومفتاح استرداد جديد.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>مساعدة الآخرين</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>اختياري: يظهر على أوراق الإرشادات المطبوعة</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>&amp;اسمك:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>هذه الخزنة</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>المجلد: %1
%2 اختراق في الدليل (أحدث معلوماته: %3)
التشفير: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>أصبح هذا الكمبيوتر يتذكّر الخزنة.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>لم يعد هذا الكمبيوتر يتذكّر الخزنة.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>جارٍ تغيير عبارة المرور…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>تم تغيير عبارة المرور. لا يزال مفتاح الاسترداد صالحًا. ملاحظة: أي نسخة من الخزنة أُنشئت قبل التغيير لا تزال تُفتح بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>هل تريد إنشاء مفتاح استرداد جديد؟</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>سيتوقف مفتاح الاسترداد الذي طبعته من قبل عن العمل. سترى المفتاح الجديد مرة واحدة، لتطبعه أو تكتبه.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>إنشاء مفتاح &amp;جديد</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>تجديد كل المفاتيح</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>جارٍ إعادة تشفير الخزنة بمفاتيح جديدة. سيستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>أصبحت للخزنة مفاتيح جديدة. لم تعد عبارة المرور القديمة ولا مفتاح الاسترداد القديم يفتحان أي شيء، ولا حتى نسخة قديمة من ملف المفتاح.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>مثل ألوان الكمبيوتر</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>&amp;ألوان التطبيق:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;تذكُّر هذه الخزنة على هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>تُفتح عندئذٍ هنا دون عبارة المرور. أي شخص يستطيع استخدام حسابك على هذا الكمبيوتر سيتمكن من فتح الخزنة: اترك هذا الخيار مُعطّلًا على كمبيوتر مشترك.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>لم يُحتفظ بمفتاح الاسترداد الجديد، فلم يتغيّر شيء: المفتاح القديم ما زال يعمل.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>مفتاح الاسترداد الجديد في مكانه. المفتاح القديم لم يعد يعمل.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>لم يُحتفظ بمفتاح الاسترداد الجديد، فلم تُجدَّد مفاتيح الخزنة: عبارة المرور ومفتاح الاسترداد القديمان ما زالا يعملان.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>&amp;أنجزت هذا</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>سأفعله &amp;لاحقًا</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>هذا لا &amp;ينطبق عليّ</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;العودة إلى قائمة مهامي</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>التعليمات حسب الجهاز</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>ماذا تفعل</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;ملاحظة:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>اختياري، مثلًا: «رمز PIN محفوظ في خزانة العائلة»</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>→ الخطوة &amp;السابقة</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>الخطوة &amp;التالية ←</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>الخطوة السابقة</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>الخطوة التالية</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>لا شيء تفعله الآن.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>اختر خطوة لترى ماذا تفعل.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · أقل من دقيقة</numerusform>
            <numerusform>%1 · دقيقة واحدة تقريبًا</numerusform>
            <numerusform>%1 · دقيقتان تقريبًا</numerusform>
            <numerusform>%1 · %n دقائق تقريبًا</numerusform>
            <numerusform>%1 · %n دقيقةً تقريبًا</numerusform>
            <numerusform>%1 · %n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>كنت قد أنجزت هذا، لكنه تسرّب مرة أخرى منذ ذلك الحين (%1). يُرجى تنفيذه مرة أخرى.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · حُدّد في %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>كل الأجهزة</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>مصدر هذه المعلومات: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(تم التحقق في %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>كُتبت هذه الملاحظة قبل إعادة فتح الخطوة.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;تراجع: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>حالة هذه الخطوة</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>جارٍ فتح خزنتك. سيستغرق ذلك لحظة.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>نسيت عبارة المرور: استخدام &amp;مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>الفتح &amp;بـمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>الفتح &amp;بـسلسلة المفاتيح في هذا الكمبيوتر</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>شعار Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>فتح قفل Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>جارٍ فتح الخزنة</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;مفتاح الاسترداد:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>خزنتك في %1. كل ما فيها يبقى على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>عبارة المرور هذه لا تفتح هذه الخزنة. تحقّق من مفتاح Caps Lock وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>اكتب عبارة المرور أولًا.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>يحتاج الاختراق إلى اسم وعنوان.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>تاريخ الاختراق ليس تاريخًا صالحًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>حدّد أنواع البيانات التي تسرّبت (مثلًا &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>يحوي الدليل بالفعل اختراقًا باسم «%1».</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 مفقود أو ليس نصًا</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 ليس نصًا</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 ليس true أو false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 ليس عددًا صحيحًا يساوي صفرًا أو أكثر</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; ليس تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; ليس تاريخًا ووقتًا (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 مفقود أو ليس قائمة</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 يحوي عنصرًا ليس نصًا</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: تعذّرت قراءة الملف: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: ليس JSON صالحًا: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: ليس دليل اختراقات: المتوقَّع قائمة اختراقات بالشكل الذي ينشره Have I Been Pwned</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: الاختراق رقم %3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ليس كائنًا</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>الاسم &quot;%1&quot; مكرّر</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 ليس %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>ملف مفتاح سري لمكتب مساعدة (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>ملف مفتاح عام (PREFIX.pub من bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>ملف مفتاح موظفي الدعم (PREFIX.agent من bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>ملف توقيع (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>أُنشئ %1 بإصدار أحدث من Breach Advisor (الصيغة %2؛ وهذا الإصدار يقرأ %3). حدّث التطبيق لقراءته.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>عبارة المرور الخاصة بـ %1 غير صحيحة، أو أن الملف قد عُدّل.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>حزمة من مكتب مساعدة (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 لا يطابق توقيعه: تغيّر أو اقتُطع جزء منه بعد توقيعه. لم يُستورد شيء؛ اطلب الحزمة من مكتب المساعدة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 أُعدّ لمفتاح موظفي دعم آخر: اطلب من مكتب المساعدة الذي وقّعه مفتاح حزمه (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 موقّع بمفتاح تثق به هذه الخزنة، لكن لا يمكن استخدام محتواه. لم يُستورد شيء؛ أبلغ مكتب المساعدة الذي أعدّه.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 موقّع بمفتاح لا تثق به هذه الخزنة (%2). لم يُستورد شيء. إذا كان هذا مفتاح مكتب المساعدة الذي تتعامل معه، فثق به أولًا: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>أُنشئ %1 في %2، قبل آخر حزمة أُخذت من %3 (أُنشئت في %4): قد يكون نسخة قديمة أُعيد إرسالها. لم يُستورد شيء.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 مليون</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>نحو عدد مستخدمي %1 آنذاك</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>نحو عدد مستخدمي %1 في %2 آنذاك</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>أكثر من نصف مستخدمي %1 آنذاك</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>أكثر من نصف مستخدمي %1 في %2 آنذاك</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>نحو مستخدم واحد من كل %2 من مستخدمي %1 آنذاك</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>نحو مستخدم واحد من كل %2 من مستخدمي %1 في %3 آنذاك</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>جاء نحو %1 من سجلاته من %2، بحسب ما أُفيد</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>؛ وعلى مستوى العالم شمل %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>شمل %1 حساب، أي %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>لا يُعرف كم من مستخدمي %1 آنذاك شملهم</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>تسرّبت بياناتك (%1) في %2.</numerusform>
            <numerusform>تسرّبت بياناتك (%1) في %2.</numerusform>
            <numerusform>تسرّب نوعان من بياناتك (%1) في %2.</numerusform>
            <numerusform>تسرّبت %n أنواع من بياناتك (%1) في %2.</numerusform>
            <numerusform>تسرّب %n نوعًا من بياناتك (%1) في %2.</numerusform>
            <numerusform>تسرّب %n نوع من بياناتك (%1) في %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>أخبرك إشعار بأن بياناتك (%1) تسرّبت في %2.</numerusform>
            <numerusform>أخبرك إشعار بأن بياناتك (%1) تسرّبت في %2.</numerusform>
            <numerusform>أخبرك إشعار بأن نوعين من بياناتك (%1) تسرّبا في %2.</numerusform>
            <numerusform>أخبرك إشعار بأن %n أنواع من بياناتك (%1) تسرّبت في %2.</numerusform>
            <numerusform>أخبرك إشعار بأن %n نوعًا من بياناتك (%1) تسرّبت في %2.</numerusform>
            <numerusform>أخبرك إشعار بأن %n نوع من بياناتك (%1) تسرّبت في %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
            <numerusform>ربما تسرّب نوعان من بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
            <numerusform>ربما تسرّبت %n أنواع من بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
            <numerusform>ربما تسرّب %n نوعًا من بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
            <numerusform>ربما تسرّب %n نوع من بياناتك (%1) في %2، وهذا مرجَّح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
            <numerusform>ربما تسرّب نوعان من بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
            <numerusform>ربما تسرّبت %n أنواع من بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
            <numerusform>ربما تسرّب %n نوعًا من بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
            <numerusform>ربما تسرّب %n نوع من بياناتك (%1) في %2، وهذا غير مرجَّح.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2.</numerusform>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2.</numerusform>
            <numerusform>ربما تسرّب نوعان من بياناتك (%1) في %2.</numerusform>
            <numerusform>ربما تسرّبت %n أنواع من بياناتك (%1) في %2.</numerusform>
            <numerusform>ربما تسرّب %n نوعًا من بياناتك (%1) في %2.</numerusform>
            <numerusform>ربما تسرّب %n نوع من بياناتك (%1) في %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2: %3.</numerusform>
            <numerusform>ربما تسرّبت بياناتك (%1) في %2: %3.</numerusform>
            <numerusform>ربما تسرّب نوعان من بياناتك (%1) في %2: %3.</numerusform>
            <numerusform>ربما تسرّبت %n أنواع من بياناتك (%1) في %2: %3.</numerusform>
            <numerusform>ربما تسرّب %n نوعًا من بياناتك (%1) في %2: %3.</numerusform>
            <numerusform>ربما تسرّب %n نوع من بياناتك (%1) في %2: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>نصيحة عامة، لا يتعلق سببها بتسريب معيّن.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>إن كنت تستخدم %1: ربما تسرّبت بياناتك (%2) هناك؛ %3.</numerusform>
            <numerusform>إن كنت تستخدم %1: ربما تسرّبت بياناتك (%2) هناك؛ %3.</numerusform>
            <numerusform>إن كنت تستخدم %1: ربما تسرّب نوعان من بياناتك (%2) هناك؛ %3.</numerusform>
            <numerusform>إن كنت تستخدم %1: ربما تسرّبت %n أنواع من بياناتك (%2) هناك؛ %3.</numerusform>
            <numerusform>إن كنت تستخدم %1: ربما تسرّب %n نوعًا من بياناتك (%2) هناك؛ %3.</numerusform>
            <numerusform>إن كنت تستخدم %1: ربما تسرّب %n نوع من بياناتك (%2) هناك؛ %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>إن كان لديك حساب هناك، فغيّر كلمة مروره وسجّل الخروج من جلساته الأخرى.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>جاء نحو %1 من سجلاته من %2، بحسب ادّعاء البائع؛ ولم يتحقّق أحد من ذلك</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>لم تكن خانة «%1» مُعبّأة إلا في نحو %2 من سجلاته</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>إذا كنت تستخدم %1: %2. اذكر أنك تستخدمه لتحصل على هذه الخطوات كاملة.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>وينطبق الأمر نفسه على %n اختراق آخر.</numerusform>
            <numerusform>وينطبق الأمر نفسه على اختراق آخر.</numerusform>
            <numerusform>وينطبق الأمر نفسه على اختراقين آخرين.</numerusform>
            <numerusform>وينطبق الأمر نفسه على %n اختراقات أخرى.</numerusform>
            <numerusform>وينطبق الأمر نفسه على %n اختراقًا آخر.</numerusform>
            <numerusform>وينطبق الأمر نفسه على %n اختراق آخر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>جهاز Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>جهاز iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>كمبيوتر</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: خطأ: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: خطأ غير متوقع: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>الأمر «%1» غير معروف. راجع breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>لا توجد خزنة في %1. أنشئ واحدة بالأمر: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>قيمة --kdf-strength هي interactive أو moderate أو sensitive.</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>أُنشئت خزنة في %1 فيها %2 من الاختراقات المعروفة.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>مفتاح الاسترداد الخاص بك (اكتبه أو اطبعه، واحفظه في مكان آمن):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

إذا نسيت عبارة المرور، فهذا المفتاح هو الطريقة الوحيدة للعودة إلى الخزنة.
لن يُعرض إلا الآن.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>الخزنة %1
  %2 اختراق في الدليل (الدليل المرفق بتاريخ %3)
  إصدار المخطط %4، SQLCipher %5
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>يحتاج vault recover إلى --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>عبارتا المرور مختلفتان. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>تم تغيير عبارة المرور. لا يزال مفتاح الاسترداد صالحًا.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>الاستخدام: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>قُرئ %1 اختراق من %2: %3 جديد، و%4 محدَّث، و%5 دون تغيير.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>أنواع بيانات لا يعرفها هذا الإصدار بعد (تُحفظ وتُعرض كما هي): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>قيمة --count عدد صحيح يساوي صفرًا أو أكثر.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>الاستخدام: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>قيمة --date «%1» ليست تاريخًا (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>أُضيف «%1» إلى الدليل.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 اختراق. المعلومات من Have I Been Pwned (CC BY 4.0) ما لم يُذكر غير ذلك.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>الحسابات</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>ما تسرّب</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و%1 أخرى</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>الاستخدام: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>لا يحوي الدليل اختراقًا باسم «%1». راجع catalog list لمعرفة الأسماء.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>تاريخ الاختراق: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>الحسابات: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>ما تسرّب:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (نوع بيانات لا يعرفه هذا الإصدار بعد)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>مصدر هذه المعلومات: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>استخدم catalog import أو catalog add أو catalog list أو catalog show.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>الاستخدام: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: غير صالح. %2</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>قيمة --delimiter حرف ASCII واحد، مثل ; أو :</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>قيمة --phone-format هي international أو national أو auto.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>قيمة --memory-mb عدد صحيح يساوي 16 أو أكثر.</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 صف، %2 صف/ث</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>، بقي نحو %1 ث</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>جارٍ كتابة الفهرس</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: لم يُفحص. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  غير موجود</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  في %1: %2</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>لم يُستورد أي ملف تسريب بعد. أضف واحدًا بالأمر: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 سجل في %2 عملية استيراد، %3 بايت (%4 بايت لكل سجل).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  الاستيراد %1: %2 من %3، %4 سجل، %5 بايت</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>الاستخدام: index remove IMPORT_ID (راجع index stats)</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>استخدم index stats أو index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - أُعيد فتحها: تسرّب مرة أخرى في %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>المصدر: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>احفظ الشخص (person add) وشغّل plan --person NAME لعرض الخطوات كاملة.</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: تم %2 من %3 خطوة</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>لم يُحفظ أحد بعد. أضف شخصًا بالأمر: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>الاستخدام: plan --person NAME</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>خطة %1</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>عُيّنت حالة %1 إلى %2 لـ %3.</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>من ملف الدليل المستورد: %1</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>حُفظ %1. اعرض خطته بالأمر: plan --person &quot;%1&quot;</translation>
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
        <translation>  catalog import FILE [--json]
                          إضافة اختراقات أو تحديثها من ملف JSON من Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          اختراق ليس في الدليل بعد
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
        <translation>  FILE            ملف JSON من /api/v3/breaches في Have I Been Pwned؛ يُرفض الملف كله
                  إذا كان فيه أي اختراق غير صالح (رمز الخروج 4)، مع ذكر السطر
  --name N        مفتاح الاختراق (حروف وأرقام، مثل حقل Name في HIBP)
  --classes LIST  ما تسرّب: أسماء فئات البيانات في HIBP مفصولة بـ ;
  --count N       عدد الحسابات التي شملها
  --flags LIST    نوع الاختراق، مفصولة بـ ;: stealer_log (كلمات مرور سرقتها برمجية
                  خبيثة على جهاز)، malware، sensitive، spam_list، fabricated
NAME هو حقل Name للاختراق كما يعرضه catalog list.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: «%1» ليست علامة. استخدم stealer_log أو malware أو sensitive أو spam_list أو fabricated.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: لم يُفحص %n وسيط: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
            <numerusform>breach-advisor-cli: لم يُفحص وسيط واحد: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
            <numerusform>breach-advisor-cli: لم يُفحص وسيطان: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
            <numerusform>breach-advisor-cli: لم تُفحص %n وسائط: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
            <numerusform>breach-advisor-cli: لم يُفحص %n وسيطًا: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
            <numerusform>breach-advisor-cli: لم يُفحص %n وسيط: اكتب --phone أو --email أو --username قبل كل معرّف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>الاستخدام: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>لا يعمل %1 داخل الصدفة (shell): غادرها أولًا (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: خزنة الصدفة مفتوحة بالفعل.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>الاستخدام: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

يكتشف أي الاختراقات تحوي بياناتك وماذا تفعل حيال ذلك، على هذا الكمبيوتر فقط.

الأوامر:
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
الخيارات:
  --vault DIR             مجلد الخزنة (الافتراضي: %1)
  --passphrase-file FILE  قراءة عبارة المرور من السطر الأول في FILE؛
                          وإلا فمن $BREACH_ADVISOR_PASSPHRASE، وإلا فتُطلب منك
  --keychain              فتح القفل بالمفتاح الذي تتذكّره سلسلة المفاتيح في هذا الكمبيوتر؛
                          في المرة الأولى تُطلب عبارة المرور، ثم يُتذكَّر المفتاح
  --json                  مخرجات تقرؤها البرامج
  --mask                  إظهار المعرّفات بالقدر الذي يكفي للتعرّف عليها فقط
  --yes                   التنفيذ دون سؤال (أوامر الإزالة)
  -h, --help              هذه المساعدة؛ COMMAND --help: مساعدة ذلك الأمر
  --version               الإصدار

عدة أوامر بفتح قفل واحد: breach-advisor-cli shell (أوامر من الطرفية
أو من سكربت، أمر في كل سطر).

حالة الخروج: 0 نجاح، 1 فشل، 2 خطأ في الاستخدام، 3 عبارة مرور خاطئة أو الخزنة
قيد الاستخدام، 4 رُفض ملف الإدخال، 130 أُوقف بـ Ctrl-C (لم يتغيّر شيء).
</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (تم التحقق في %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>ملاحظة من المرة السابقة التي نُفّذت فيها: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>نصيحة عامة</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>وُجد في تسريب</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>إشعار تلقّيته</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>محتمل</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] تم، [-] مؤجَّلة، [/] لا تنطبق</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - مؤجَّلة</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - لا تنطبق</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>اختراقات صغيرة في خدمات تستخدمها</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: لا يمكن استخدام سلسلة المفاتيح (%1)؛ ستُستخدم عبارة المرور.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>أصبحت سلسلة المفاتيح في هذا الكمبيوتر تتذكّر مفتاح الخزنة: لن يحتاج --keychain إلى عبارة المرور من الآن فصاعدًا (keychain forget يلغي ذلك).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: لم تحتفظ سلسلة المفاتيح بالمفتاح (%1).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 «%2» ليس رمز بلد معروفًا من حرفين.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [ن/لا] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>ن</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - يقرأ إدخال الصدفة نفسها: أعطِ ملفًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: تعذّر فتح الملف: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: أكثر من 16 MiB من المعرّفات.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>الاستخدام: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          خطته القابلة للطباعة، مع إخفاء المعرّفات، كما يطبعها التطبيق
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>الاستخدام: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: يجب أن ينتهي «%1» بـ .pdf أو .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>تحتاج أوراق الإرشادات بصيغة PDF إلى مكتبة الرسوميات، ولم تُشغَّل.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (%Ln خطوة) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (خطوة واحدة) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (خطوتان) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (%Ln خطوات) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (%Ln خطوةً) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
            <numerusform>كُتبت ورقة الإرشادات الخاصة بـ %1 (%Ln خطوة) في %2. إنها تحوي بيانات شخصية: احفظها في مكان آمن.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field «%1»: اكتبه بالشكل &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>الاستخدام: import FILE --breach NAME [--phone COLUMN]... (راجع import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>يحدّد --preset بنية الملف: احذف --%1.</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>قيمة --encoding هي utf-8 أو windows-1252 أو latin1 أو auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>يحتاج --phone-format national إلى --region CC، أي بلد الأرقام.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>لا توجد بنية جاهزة باسم «%1»: يعرضها import --list-presets.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    الاختراق: %1؛ الأعمدة: %2</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    السجلات والبايتات على القرص، لكل اختراق
  index remove IMPORT_ID [--yes]
                          التراجع عن عملية استيراد واحدة واستعادة مساحتها
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  كما يعرضه index stats
  --yes      الإزالة دون سؤال (السكربتات لا تُسأل أبدًا)
تعيد الإزالة كتابة ملف الخزنة دون عملية الاستيراد، لتتحرّر مساحة القرص من جديد:
ويتطلب ذلك لبعض الوقت مساحة فارغة على القرص تقارب حجم الخزنة.</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>لا توجد عملية استيراد %1 (راجع index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>هل تريد إزالة الاستيراد %1 (%2 من %3، %4 سجل)؟</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>لم يُزَل شيء.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>أُزيل الاستيراد %1؛ أصبح ملف الخزنة أصغر بـ %2 بايت.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          إنشاء خزنة وطباعة مفتاح الاسترداد الخاص بها
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>ينشئ خزنة في --vault DIR (مجلد فارغ أو جديد) مع دليل الاختراقات المرفق.
تؤخذ عبارة المرور من --passphrase-file أو $BREACH_ADVISOR_PASSPHRASE أو تُطلب منك.
  --kdf-strength S  مدى بطء تجربة عبارة المرور: interactive أو moderate (الافتراضي)
                    أو sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 تعذّر عرض مفتاح الاسترداد، لذا لم تُنشأ أي خزنة.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         جعل سلسلة المفاتيح في هذا الكمبيوتر تنسى مفتاح الخزنة
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (مع أي أمر يفتح الخزنة) يفتح القفل بالمفتاح الذي تتذكّره سلسلة المفاتيح؛
في المرة الأولى يطلب عبارة المرور ثم يتذكّر المفتاح.
keychain forget يزيله؛ وتعمل عبارة المرور كما كانت.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>الاستخدام: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>لم تنسَ سلسلة المفاتيح المفتاح: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>لم تعد سلسلة المفاتيح في هذا الكمبيوتر تتذكّر مفتاح الخزنة.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          الصيغة التي تُحسب بصمتها وتُطابَق (لا حاجة إلى خزنة)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     رقم هاتف بأي صيغة؛ كرّره لأكثر من رقم
  --region CC      بلد الأرقام المكتوبة بلا رمز البلد
  --language LL    لغة وصف المكان الذي ينتمي إليه الرقم (الافتراضي: لغة النظام)
  --email TEXT, --username TEXT
حالة الخروج 1 إذا كان أيٌّ منها غير صالح.</translation>
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
                          الأشخاص المحفوظون في الخزنة: إضافة وعرض وتعديل وإزالة
</translation>
    </message>
    <message>
        <source>Usage: %1 (see person --help)</source>
        <translation>الاستخدام: %1 (راجع person --help)</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  البلد: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - في %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  يستخدم: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  المنصات: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  أُبلغ بأنه ضمن %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  الخطة: تم %1 من %2 خطوة (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>يوجد شخص محفوظ باسم «%1» بالفعل.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>حُفظت التغييرات على %1؛ ويبقى تقدّمه كما هو.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>هل تريد إزالة %1 ومعرّفاته وتقدّمه من الخزنة؟</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>أُزيل %1.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>استخدم person add أو list أو show أو edit أو remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          خطة الشخص، مع تقدّمه
</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>لم يُعثر على بيانات %1 في التسريبات المستوردة إلى هذه الخزنة، ولا توجد أي خدمة يستخدمها ضمن اختراقات الدليل. افحص مرة أخرى بعد استيراد تسريبات أخرى.</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>الاستخدام: shell (تأتي الأوامر من إدخاله)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>الخزنة مفتوحة. اكتب الأوامر كما في سطر الأوامر (help يعرضها)، وexit للمغادرة.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          تسجيل التقدّم في خطوة من خطته
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  تم، أو مؤجَّلة الآن، أو لا تنطبق عليه
  reopen          إعادتها إلى قائمة المهام
  STEP_ID         كما تعرضه الخطة، مثل whatsapp-two-step-pin؛ وتُرفض الخطوة التي
                  ليست في خطته
  --person NAME   صاحب الخطة
  --note TEXT     تُحفظ مع الخطوة (بدونه تبقى الملاحظة السابقة)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>الاستخدام: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>عادت الخطوة %1 إلى قائمة مهام %2.</translation>
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
        <translation>  vault info [--json]     ما تحويه الخزنة
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          تعيين عبارة مرور جديدة بمفتاح الاسترداد المطبوع
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          مفتاح وعبارة مرور ومفتاح استرداد جديدة، عند انكشاف
                          عبارة المرور
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
        <translation>  --new-passphrase-file FILE  عبارة المرور الجديدة (وإلا فتُطلب مرتين في الطرفية)
  --recovery-key-file FILE    مفتاح الاسترداد الذي طُبع عند إنشاء الخزنة
  --kdf-strength S            interactive أو moderate أو sensitive؛ تحتفظ الخزنة
                              بقوتها الحالية ما لم يُعطَ هذا الخيار
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
يعيد change-passphrase تغليف مفتاح الخزنة: وهو سريع، ويظل مفتاح الاسترداد صالحًا،
لكن قاعدة البيانات لا يُعاد تشفيرها، لذا تظل نسخة قديمة من vault.header تفتح
الخزنة بعبارة المرور القديمة. أما rekey فيعيد تشفير قاعدة البيانات بمفتاح جديد
ويطبع مفتاح استرداد جديدًا: فلا تعود عبارة المرور القديمة ولا مفتاح الاسترداد
القديم ولا النسخ القديمة من vault.header تفتحها.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>مفتاح الاسترداد الجديد (اكتبه أو اطبعه، واحفظه في مكان آمن؛
يتوقف القديم عن العمل الآن):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 تعذّر عرض مفتاح الاسترداد الجديد، لذا لم يُعَد تشفير الخزنة بمفتاح جديد.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>أُعيد تشفير الخزنة بمفتاح جديد. لم تعد عبارة المرور القديمة ولا مفتاح الاسترداد القديم
ولا النسخ القديمة من vault.header تفتحها؛ والكمبيوتر الذي كان يتذكّر الخزنة
يحتاج إلى عبارة المرور الجديدة مرة واحدة.
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  بدأت إعادة تشفير بمفتاح جديد ولم تكتمل: عبارة المرور الجديدة تكملها، أو شغّل
  vault rekey مرة أخرى
</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>استخدم vault info أو vault change-passphrase أو vault recover أو vault rekey.</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>جارٍ استيراد %1 إلى «%2». الأعمدة:</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 «%2» ليست لغة يقدّمها Breach Advisor. اللغات المتاحة: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    صاحب الخطة
  --out FILE       ملف .pdf (مقاس A4، أو Letter في الولايات المتحدة وكندا) أو .html؛
                   لا يقرؤه غيرك. يحوي بيانات شخصية: احفظه في مكان آمن
  --language LL    لغتها (الافتراضي: لغة الشخص، وإلا فلغة الطرفية)
  --helper NAME    من قدّم المساعدة، ويُطبع عليها (مثل اسم مكتب مساعدة)</translation>
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
        <translation>  NAME            الاسم الذي تناديه به (يكفي لقب)
  --from FILE|-   معرّفاته، واحد في كل سطر، من ملف أو من الإدخال القياسي، حتى لا تظهر
                  الأرقام في سطر أوامر يستطيع مستخدمو هذا الكمبيوتر الآخرون قراءته
                  (كما في check --from: تحدّد البادئة phone: أو email: أو username: النوع)
  --country CC    بلده: للأرقام التي بلا رمز البلد، ولنصائح الجهات التي يُبلَّغ إليها
  --uses SERVICE  خدمة يستخدمها؛ --platform P: android أو iphone أو computer
  --mask          إظهار المعرّفات بالقدر الذي يكفي للتعرّف عليها فقط
  --rename NEW    مع edit: اسمه الجديد
  --language LL   مع add وedit: اللغة التي يقرؤها؛ تُطبع ورقة الإرشادات الخاصة به بها
  --yes           الإزالة دون سؤال (السكربتات لا تُسأل أبدًا)
يستبدل edit ما يُعطى فقط: كل المعرّفات إذا أُعطي أيٌّ من --phone أو --email أو
--username أو --from، والبلد، والخدمات، والمنصات (القيمة الفارغة تمسحها)؛ ويبقى
تقدّمه. يُتحقَّق من المعرّفات قبل حفظ أي شيء.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  يقرأ بلغة: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>حدّد ما تريد تغييره: --rename أو --phone أو --email أو --username أو --from أو --country أو --uses أو --platform أو --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>ماذا تفعل: %L1 خطوة، تم منها %L2.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
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
                          أي الاختراقات تحوي هذه المعرّفات، وماذا تحوي عنها
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          وتُعِدّ أيضًا خطة بما يجب فعله (في --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          فحص وخطة لكل سطر: كل سطر عميل واحد
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
        <translation>  --phone/--email/--username TEXT  معرّف للبحث عنه؛ كرّر الخيار لعدة معرّفات
  --from FILE|-    معرّفات، واحد في كل سطر، من ملف أو من الإدخال القياسي، حتى لا تظهر
                   في سطر أوامر يستطيع مستخدمو هذا الكمبيوتر الآخرون قراءته: السطر
                   الذي فيه @ عنوان بريد إلكتروني، والأرقام رقم هاتف، وغير ذلك اسم
                   مستخدم؛ وتحدّد البادئة phone: أو email: أو username: النوع
  --region CC      بلد أرقام الهواتف المكتوبة بلا رمز البلد
  --mask           إظهار المعرّفات بالقدر الذي يكفي للتعرّف عليها فقط (+20 ••• ••• 4567)
  --uses SERVICE   خدمة يستخدمها الشخص (WhatsApp وFacebook وGoogle، ...): تُعدّ
                   اختراقاتها «ربما تسرّبت»، ويُقدَّر احتمالها بنسبة مستخدمي الخدمة
                   الذين شملتهم؛ والخدمة غير المعروفة تُستبعد مع تحذير
  --platform P     android أو iphone أو computer: تعليمات الخطة الخاصة بها
  --each-line      مع --from: كل سطر عميل واحد، ومعرّفاته مفصولة بفواصل أو بعلامات
                   جدولة (Tab)؛ نتيجة واحدة لكل سطر (JSON Lines مع --json)
حالة الخروج 5: تعذّر فحص أي شيء (لا يوجد معرّف صالح، أو لم يُستورد أي ملف تسريب
ولم تُذكر أي خدمة).
لا يُحفظ شيء: لحفظ شخص وتقدّمه، استخدم person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>الاستخدام: check --from FILE|- --each-line: عميل واحد في كل سطر، ومعرّفاته مفصولة بفواصل أو بعلامات جدولة (Tab).</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1، السطر %2: لا يحوي أي معرّف، فلم يُفحص.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: لا يحوي أي سطر معرّفًا، لذا لم يُفحص أي شيء.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  لم يُبحث عنه: لم يُستورد أي ملف تسريب</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>لم تُدرَج هذه الخطوات لأن البلد غير معروف: %1. لإضافتها، حدّد البلد: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>إذا كنت تستخدم هذه الخدمات</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1، السطر %2: أطول من %3 حرفًا، ولا يكون أي سطر من المعرّفات بهذا الطول. لم يُنفَّذ أي شيء.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>تعذّرت كتابة %1: %2. لم يُحفظ أي شيء.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>قيمة --max-bad-rows عدد من الصفوف (250) أو نسبة مئوية (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          بنى ملفات التسريب المعروفة التي يعرفها --preset
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    الصفوف التي لا تطابق سطر العناوين (حقول ناقصة أو زائدة، أو
                         علامة اقتباس لم تُغلق، أو صف أطول من 1 MiB) تُتخطّى وتُعدّ؛
                         وإذا زادت على N صفًا أو على P % من الصفوف رُفض الملف كله
                         (الافتراضي 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>يوقف Ctrl-C الاستيراد ولا يغيّر شيئًا (رمز الخروج 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>الخياران --header و--no-header متناقضان.</translation>
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
        <translation>  --header               السطر الأول يسمّي الأعمدة حتى لو بدا كأنه بيانات
                         (من دونه ومن دون --no-header: يُقرأ السطر الأول الذي فيه
                         عنوان بريد إلكتروني أو رقم طويل على أنه بيانات)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>قيمة --idle-lock-seconds عدد صحيح من 0 (أبدًا) إلى %1 (يوم).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%n ثوانٍ</numerusform>
            <numerusform>%n ثانية</numerusform>
            <numerusform>%n ثانية</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          فتح القفل مرة واحدة، ثم تشغيل الأوامر المكتوبة
                          أو المُمرَّرة، أمر في كل سطر
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
        <translation>كل سطر أمر كما في سطر الأوامر، دون breach-advisor-cli ودون
--vault أو --passphrase-file أو --keychain: تبقى الخزنة مفتوحة حتى exit أو quit أو
نهاية الإدخال. تعمل علامات الاقتباس كما في الصدفة؛ والأسطر التي تبدأ بـ # تعليقات.
في الطرفية، يُبلَّغ عن الأمر الذي يفشل ويُقرأ الأمر التالي؛ أما من سكربت، فأول
أمر يفشل يُنهي shell بحالة خروجه.
لا تعمل داخله الأوامر init وshell وkeychain وvault (باستثناء vault info).
كما في التطبيق، يقفل الـ shell الخزنة بعد مدة دون إدخال (إعداد التطبيق، 10 دقائق
ما لم يُغيَّر هناك): ينسى المفاتيح، ويفتحها الأمر التالي من جديد كما فعل الـ shell أول مرة.
  --idle-lock-seconds N  القفل بعد N ثانية دون إدخال بدلًا من ذلك؛ 0: أبدًا</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>يُقفل بعد %1 دون إدخال.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>أُقفلت الخزنة بعد %1 دون إدخال. الأمر التالي يفتحها من جديد.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>قيمة --format هي csv أو tsv أو jsonl أو json أو sql أو blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>الخيار --table خاص بتفريغات SQL (ملفات .sql، أو مع --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>قيمة --max-unpacked-gb عدد من الغيغابايت أكبر من 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    الاختراق: %1؛ جداول SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>في %1 %Ln عنصر:</numerusform>
            <numerusform>في %1 %Ln عنصر:</numerusform>
            <numerusform>في %1 %Ln عنصران:</numerusform>
            <numerusform>في %1 %Ln عناصر:</numerusform>
            <numerusform>في %1 %Ln عنصرًا:</numerusform>
            <numerusform>في %1 %Ln عنصر:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>الحجم غير معروف</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1، %2: ملف تسريب</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1، %2: تُخطّي (%3)</translation>
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
                          إضافة ملف تسريب (CSV أو TSV أو JSON Lines، و.gz أيضًا) للفهرس
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [the options above]
                          إضافة ملفات التسريب في أرشيف zip أو 7z أو tar (و.tar.gz و.bz2
                          و.xz و.zst أيضًا)، كلٌّ منها كعملية استيراد مستقلة
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
        <translation>  FILE                   CSV أو TSV أو JSON Lines أو مصفوفة JSON أو تفريغ SQL، مضغوطًا بـ gzip أو لا
  --breach NAME          اختراق الدليل الذي ينتمي إليه (أضف الجديد أولًا بـ catalog add)
  --preset NAME          بنية ملف معروف (import --list-presets)، مثل
                         facebook-2021؛ والصفوف التي لا تطابقها تُعدّ وتُتخطّى
  --format F             csv أو tsv أو jsonl أو json (مصفوفة كائنات، أو JSON Lines)
                         أو sql (الافتراضي: حسب اسم الملف)
  --no-header            السطر الأول بيانات؛ وتُرقَّم الأعمدة بدءًا من 1
  --delimiter C          الحرف الفاصل بين الحقول (الافتراضي: يُكتشف من بين
                         , ; | : ومسافة الجدولة في CSV؛ ومسافة الجدولة في TSV)
  --encoding E           utf-8 أو windows-1252 أو latin1 (الافتراضي: كل صف بترميز UTF-8
                         إن كان UTF-8 صالحًا، وإلا فبترميز Windows-1252)
  --phone/--email/--username COLUMN
                         عمود يحوي معرّفات، باسمه في سطر العناوين أو برقمه أو
                         بمساره المنقّط في JSON المتداخل (user.contact.phone)
  --field &quot;CLASS=COL&quot;    عمود يحوي بيانات مسرّبة أخرى، بحسب فئة البيانات في HIBP
                         (&quot;Names=first,last&quot;)؛ يُحفظ فقط هل هو مملوء
                         من دون أيٍّ من هذه الخيارات، يُتعرَّف على الأعمدة من أسمائها
                         (بالإنجليزية أو الألمانية أو الفرنسية أو الإسبانية أو الإيطالية
                         أو البرتغالية أو الهولندية أو التركية أو العربية أو الروسية).
  --phone-format F       international (مع رمز البلد) أو national (يحتاج إلى --region)
                         أو auto (الافتراضي: يُحدَّد من الصفوف الأولى)
  --region CC            بلد الأرقام المكتوبة بالصيغة المحلية
  --exact-phone-validation  فحص كل رقم بمكتبة libphonenumber (أبطأ)
  --memory-mb N          الذاكرة المخصّصة للسجلات قبل فرزها (الافتراضي 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              قراءة الملف كله مع فحوص الاستيراد: تحديد محتوى الأعمدة
                         والأعداد والنتيجة التي سيعطيها الاستيراد، دون
                         كتابة أي شيء
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         عمود معرّفات تسجيل الدخول (مثل --username): تُحفظ كل قيمة
                         بنوعها الحقيقي: عنوان بريد إلكتروني، أو رقم هاتف مع
                         رمز بلده، أو اسم مستخدم
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        سجلات من أسطر &quot;Key: value&quot; (من برمجيات سرقة البيانات)،
                         ينهي كلًّا منها سطر فارغ أو سطر من علامات = أو مفتاح يتكرّر
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
        <translation>  ARCHIVE                zip أو 7z أو tar أو .tar.gz أو .tar.bz2 أو .tar.xz أو .tar.zst
                         (يُعرف نوعه من محتواه)؛ كل عنصر يدل اسمه على ملف تسريب (.csv أو
                         .tsv أو .txt أو .json أو .jsonl أو .sql) يُستورد مثل FILE،
                         والبقية تُذكر متخطّاةً؛ ويعرضها --dry-run كلها. لا يُفكّ
                         ضغط أي شيء على القرص. إن رُفض عنصر واحد، فلا يُستورد أيٌّ منها
  --member GLOB          العناصر التي يطابق مسارها أو اسمها النمط فقط (&quot;*.csv&quot;،
                         &quot;dump/users.csv&quot;)، أيًّا كانت أسماؤها
  --max-unpacked-gb N    رفض الأرشيف إذا تجاوز N غيغابايت بعد فك ضغطه (الافتراضي 1024)؛
                         ويُرفض أيضًا كل عنصر يكبر عند فك ضغطه أكثر من 1000 ضعف
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: الجدول المراد قراءته، باسمه أو بنمط (*users)؛ ومن دونه
                         يُقرأ أول جدول تدل أسماء أعمدته على عناوين بريد إلكتروني
                         أو أرقام هواتف. صفوف الجداول الأخرى تُعدّ ولا تُقرأ
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>يختار --member عناصر من أرشيف (zip أو 7z أو tar): و%1 ليس أرشيفًا.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    مواقع بيانات الدخول المسرَّبة: %1</translation>
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
        <translation>  --site COLUMN          عمود عناوين الويب: الموقع الذي تخصه بيانات الدخول في كل صف
                         (سجلات برمجيات سرقة البيانات): يحفظ كل سجل اسم المضيف، ويذكره
                         الفحص
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>حجم %1 أكبر من %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 موجود مسبقًا: لا يُكتب فوق المفاتيح أبدًا. اختر --out آخر.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>الاستخدام: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>كُتبت الملفات %1 (مفتاح التوقيع ومفتاح المحتوى، مختومين بعبارة المرور: احفظه لدى مكتب المساعدة)، و%2 (المفتاح العام: أعطه لكل من عليه أن يثق بما توقّعه)، و%3 (مفتاح المحتوى وحده، للحواسيب المحمولة لموظفي الدعم: يقرأ الحزم ولا يستطيع توقيعها).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 هو المفتاح العام نفسه لاستخدامه مع OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>البصمة: %1 (اقرأها بصوت عالٍ لمقارنة المفاتيح عبر الهاتف)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>الاستخدام: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>وُقّع %1: %2 (المفتاح %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>الاستخدام: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: موقّع بالمفتاح %2، ولم يتغيّر منذ ذلك الحين.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 لم يُوقَّع بالمفتاح الموجود في %2 (فالتوقيع يذكر المفتاح %3). لا تثق به.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 لا يطابق توقيعه %2: إما أنه تغيّر بعد توقيعه، وإما أن التوقيع ليس توقيعه. لا تثق به.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>يأخذ --import رقم عملية استيراد (يعرضها index list)، وليس %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>الاستخدام: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 موجود مسبقًا. اختر --out آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عملية استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عملية استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عمليتا استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عمليات استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عمليةَ استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
            <numerusform>كُتب %1: الدليل (%2 اختراق) و%n عملية استيراد تسريب بإجمالي %3 سجل، مشفّرةً بمفتاح المحتوى وموقّعةً بالمفتاح %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>يستورده موظفو الدعم بالأمر: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>الاستخدام: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>أصبحت هذه الخزنة تقبل الحزم التي يوقّعها %1 (المفتاح %2). قارن المفتاح بمفتاح مكتب المساعدة، مقروءًا عبر الهاتف، قبل أن تستورد أي حزمة.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>لا تثق هذه الخزنة بأي مكتب مساعدة بعد: الأمر bundle trust PREFIX.pub يضيف مكتبًا.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>موثوق به منذ %1؛ آخر حزمة أُنشئت في %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>موثوق به منذ %1؛ لم تُؤخذ منه أي حزمة بعد</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>الاستخدام: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 موقّع من %2 (المفتاح %3) وأُنشئ في %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>هذه الحزمة أقدم من آخر حزمة أُخذت من مكتب المساعدة هذا؛ واستُوردت لأن الخيار --allow-older حُدّد.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>الاختراقات: %1 جديد، و%2 محدَّث، و%3 دون تغيير.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>عمليات استيراد التسريبات: أُضيف %1 (%2 سجل)، و%3 موجودة بالفعل في هذه الخزنة.</translation>
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
                          مفاتيح مكتب المساعدة: PREFIX.secret و .pub و .agent (و .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          توقيع ملف (مثل مجاميع التحقق لإصدار)، والتحقق ممن وقّعه
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          الدليل وعمليات استيراد التسريبات، مشفّرةً وموقّعةً لموظفي الدعم
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  مكاتب المساعدة التي تقبل هذه الخزنة حزمها
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          التحقق ممن وقّع حزمة، ثم دمجها في الخزنة
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
        <translation>  --out PREFIX           keygen: مكان ملفات المفاتيح؛ لا تُكتب أبدًا فوق ملفات موجودة
  --kdf-strength S       keygen: مدى بطء تخمين عبارة المرور: interactive أو moderate
                         (الافتراضي) أو sensitive
  --key PREFIX.secret    sign, export: ملف المفتاح السري لمكتب المساعدة
  --import ID            export: هذا الاستيراد فقط (index list؛ كرّره لإضافة غيره)؛
                         الافتراضي: كل عمليات الاستيراد
  --name NAME            trust: الاسم الذي يُعطى لمكتب المساعدة (الافتراضي: اسم الملف)
  --agent-key PREFIX.agent  import: مفتاح المحتوى الذي أعطاه مكتب المساعدة لموظفي الدعم
  --allow-older          import: قبول حزمة أقدم من آخر حزمة أُخذت من مكتب المساعدة
                         نفسه (وإلا تُرفض: فقد تكون نسخة قديمة أُعيد إرسالها)
  --signer PREFIX.pub    verify: المفتاح العام الذي تثق به
  --signature FILE.sig   verify: التوقيع (الافتراضي: FILE.sig)
عبارة المرور الخاصة بـ PREFIX.secret: تُطلب منك، أو تؤخذ من
BREACH_ADVISOR_BUNDLE_PASSPHRASE في السكربتات. التواقيع من نوع Ed25519 على الملف كله،
ويستطيع OpenSSL التحقق منها أيضًا (docs/packaging.md). ينتهي verify بالرمز 4 إذا لم
يكن الملف موقّعًا بذلك المفتاح؛ وينتهي import بالرمز 4، مع بقاء الخزنة دون تغيير، إذا
كانت الحزمة غير موقّعة من مكتب مساعدة موثوق به، أو تغيّرت أو اقتُطع جزء منها، أو كانت
لمفتاح موظفي دعم آخر.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>الاستخدام: bundle keygen | sign | verify | export | trust | signers | import (راجع bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>الاستخدام: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>بقي نحو %1 ث</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>لا تؤخذ كلمات المرور أبدًا من سطر الأوامر (فقد يراها المستخدمون الآخرون ويحفظها سجلّ الأوامر): اكتبها حين تُطلب منك، أو أعطها من الإدخال القياسي، واحدة في كل سطر.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>السطر %1: فارغ، فلم يُفحص.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>الإدخال القياسي</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 تجزئة كلمة مرور (%2) من %3، استُوردت في %4: %5 على القرص، %6 بايت لكل تجزئة.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>الاستخدام: passwords import | check | info (راجع passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>يحدّد --uses أين يستخدم الشخص كلمة المرور: أعطِ --person NAME أيضًا.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>حُفظ مع %1: إحدى كلمات مروره معروفة (دون حفظ أي شيء من كلمة المرور نفسها). تبدأ خطته الآن بتغييرها.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          قائمة كلمات المرور المسرَّبة (Pwned Passwords)، للفحص دون اتصال
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          هل كلمة المرور فيها؟ (تُطلب منك، أو من الإدخال القياسي سطرًا سطرًا)
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
        <translation>  FILE     الملف المُنزَّل المرتَّب حسب التجزئة (SHA-1 أو NTLM، وفي كل سطر HASH:COUNT)،
           عاديًا أو مضغوطًا؛ FOLDER: ملفات أداة التنزيل، ملف لكل بادئة تجزئة من 5 خانات
تُحفظ القائمة بجانب الخزنة (--vault DIR) لا داخلها: فهي بيانات عامة. لا تُطلب
عبارة المرور ما لم يُعطَ --person: لا يُقرأ أي شيء من الخزنة. لا تؤخذ كلمات المرور
أبدًا من سطر الأوامر. يطبع check --json سطرًا واحدًا لكل كلمة مرور:
{&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: عدد مرات ظهورها على الأقل؛ 0 إذا لم
توجد)، ويُضاف &quot;kept&quot; مع --person. ينتهي بالرمز 0 سواء وُجدت كلمة المرور أم لا.
  --person NAME   يحفظ كلمة مرور وُجدت مع هذا الشخص المحفوظ، على أنها «إحدى كلمات
                  مروره معروفة» (لا كلمة المرور نفسها أبدًا): تبدأ خطته بتغييرها
                  في كل مكان
  --uses SERVICE  أين يستخدمها (كرّره لذكر أكثر من خدمة)، وتُذكر في تلك الخطوة</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 لا يأخذ قيمة.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 يحتاج إلى قيمة.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>الخيار --%1 غير معروف. راجع breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 لا ينطبق على هذا الأمر.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>علامة %1 غير مغلقة.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>مفتاح قاعدة البيانات بحجم خاطئ.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 ملف SQLite غير مشفّر، وليس خزنة Breach Advisor. تُرك دون أي تغيير.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>التشفير غير متاح: هناك مكتبة SQLite أخرى محمّلة في هذا البرنامج.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>تعذّر فك تشفير %1: إما أنه تالف، أو ليس خزنة Breach Advisor، أو أن المفتاح خاطئ. تُرك دون أي تغيير.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>الخزنة قيد الاستخدام في برنامج آخر.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>خطأ في قاعدة البيانات (%1) في %2: %3</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 تالف: مبتور أو مُعدَّل. تُرك دون أي تغيير.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>التشفير غير متاح: هناك مكتبة SQLite أخرى (%1) محمّلة في هذا البرنامج، لذا لن تُفتح أي خزنة ولن تُنشأ.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>قاعدة بيانات الخزنة %1 مفقودة. تُركت الخزنة دون أي تغيير.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 فارغ أو مبتور (%2 بايت): الخزنة تالفة. تُرك دون أي تغيير.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>تعذّر إنشاء ملف قاعدة البيانات %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 تالف (%2). لم يُكتب فيه أي شيء آخر.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>القرص الذي يحوي %1 ممتلئ. لم يُحفظ التغيير؛ والخزنة كما كانت قبله.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>لا يمكن الكتابة في %1 (%2): هل مجلده للقراءة فقط؟ الخزنة كما كانت.</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>تعذّر حذف %1، الذي خلّفه تحديث متوقّف لصيغة الخزنة. لم تُمسّ الخزنة.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>تعذّر وضع قاعدة البيانات المحدَّثة مكان %1 (%2). بقيت الخزنة كما كانت.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 تالف: جزء منه لا يمكن قراءته. لم يُمسّ.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>تعذّر تحديث قاعدة بيانات الخزنة إلى الصيغة الجديدة (لم تنجح النسخة في الفحص). بقيت الخزنة كما كانت.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>نادٍ رياضي خيالي</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>نادٍ رياضي خيالي تسرّبت قائمة أعضائه: مختلَق للعرض التجريبي.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>رمز PIN مكتوب على البطاقة في محفظتها</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>تم في %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>مؤجَّلة الآن</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>تُنفَّذ مرة أخرى: تسرّب مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>أقل من دقيقة</numerusform>
            <numerusform>دقيقة واحدة تقريبًا</numerusform>
            <numerusform>دقيقتان تقريبًا</numerusform>
            <numerusform>%n دقائق تقريبًا</numerusform>
            <numerusform>%n دقيقةً تقريبًا</numerusform>
            <numerusform>%n دقيقة تقريبًا</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(تم التحقق في %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>مصدر هذه المعلومات:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ملاحظة:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: ماذا تفعل</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: ماذا تفعل، لـ %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>أُعدّت في %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>بمساعدة %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1، قائمة الاختراقات بتاريخ %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>لا توجد خطوات حاليًا. افحص مرة أخرى عندما تُعرف تسريبات جديدة.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>تم %1 من %n خطوة.</numerusform>
            <numerusform>تم %1 من خطوة واحدة.</numerusform>
            <numerusform>تم %1 من خطوتين.</numerusform>
            <numerusform>تم %1 من %n خطوات.</numerusform>
            <numerusform>تم %1 من %n خطوةً.</numerusform>
            <numerusform>تم %1 من %n خطوة.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>ما تم فحصه</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>لم يُفحص (لا يمكن أن يكون صحيحًا كما هو مكتوب)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>لم يُعثر عليه في ملفات التسريب المستوردة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>ذكر إشعار أن هذه البيانات تسرّبت في %1: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>مَن تواصلت معهم</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>اكتب بمن اتصلت أو لمن كتبت، ومتى، وماذا قالوا.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>تحوي هذه الصفحة معلومات شخصية: احفظها في مكان آمن، أو مزّقها عندما تنتهي منها.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>إذا كان هذا يعنيك</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>تعذّر فتح الطابعة أو الملف.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>توقفت الطابعة أو الملف عن استقبال الصفحات.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>تحوي معلومات شخصية: احفظها في مكان آمن أو مزّقها.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>لم يُستورد أي ملف تسريب إلى هذه الخزنة بعد، لذا تعذّر البحث عن هذه البيانات في أي تسريب.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>لم يُعثر على أيٍّ منها في ملفات التسريب المستوردة إلى هذه الخزنة (عمليات الاستيراد: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>هذا لا يعني أنها لم تتسرّب قط: لم يُبحث إلا في الملفات المستوردة.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>عُثر على %1 من %2 في: %3. هذا لا يعني أن أحدًا استخدم حساباتك.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>تعذّر فحص %1 من %2: انظر السبب أدناه.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>لا تتوفر سلسلة المفاتيح في هذا الكمبيوتر، لذا لا يمكن تذكّر الخزنة. استخدم عبارة المرور لفتحها.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>هذا الكمبيوتر لا يتذكّر هذه الخزنة.</translation>
    </message>
    <message>
        <source>The keychain refused: %1</source>
        <translation>رفضت سلسلة المفاتيح: %1</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 مشفّر: لا يقرأ Breach Advisor الأرشيفات المشفّرة. استخرجه بكلمة المرور الخاصة به، ثم استورد الملف المستخرج.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: الأرشيف مبتور أو تالف (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>يكبر %1 عند فك ضغطه إلى أكثر من %2 ضعف حجمه المضغوط، وهذا لا يحدث مع أي ملف تسريب: رُفض لأنه قنبلة ضغط. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: يتجاوز حجمه بعد فك الضغط %2، وهو الحد الأقصى لأرشيف واحد: رُفض لأنه قنبلة ضغط. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>بيانات وصفية خاصة بـ macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>ملف تعليمات (اقرأني) أو ترخيص</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>مضغوط داخل الأرشيف: استخرجه، ثم استورده</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>ليس ملف تسريب بحسب اسمه (.csv أو .tsv أو .txt أو .json أو .jsonl أو .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>ليس ملفًا (رابط أو جهاز)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>لم يختره --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>فارغ</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>ليس JSON صالحًا: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: الملف غير موجود</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>بيانات ثنائية (بايت NUL): هذا ليس ملفًا نصيًا</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>حقل بين علامتي اقتباس لم يُغلق أبدًا (تنقص علامة &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 حقل بينما في سطر العناوين %2</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>صف أطول من %1 MiB: صفوف ملفات التسريب قصيرة (هل ينقص فاصل أسطر أو علامة اقتباس ختامية؟)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>أكثر من %1 عمود</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: تعذّرت قراءة الملف (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: الملف المضغوط مبتور أو تالف (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>الملف نص بترميز UTF-16: احفظه بترميز UTF-8 أولًا</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>ليس UTF-8 صالحًا: الملف بترميز آخر</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 حقل بينما في البنية %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>ليست في السطر حقول البنية</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>سطر ليس بالشكل &quot;Key: value&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>مصفوفة JSON لا تُغلق أبدًا (هل الملف مبتور؟)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>نص بعد نهاية مصفوفة JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>تنقص علامة , أو ] بعد عنصر من مصفوفة JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>تنتهي مصفوفة JSON داخل عنصر (هل الملف مبتور؟)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>اسم بين علامتي اقتباس لم يُغلق أبدًا</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>صفوف COPY لا تنتهي أبدًا بسطر \. (هل الملف مبتور؟)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>لا يوجد INSERT … VALUES ولا COPY … FROM stdin: لا صفوف للقراءة في ملف SQL هذا</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>لا يوجد في التفريغ جدول %1 فيه صفوف؛ الجداول التي فيها صفوف: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: لا تدل أسماء الأعمدة في أي جدول على أنه يحوي عناوين بريد إلكتروني أو أرقام هواتف. حدّد الجدول المراد قراءته (--table) وأعمدته. الجداول التي فيها صفوف: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>صف بلا قيم</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 قيمة بينما في الجدول %2 عمود</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>ينتهي الملف داخل صف من القيم (هل هو مبتور؟)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>صف قيم تتعذّر قراءته (علامة اقتباس لم تُغلق)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>ينتهي الملف داخل عبارة INSERT (هل هو مبتور؟)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>تنقص علامة , أو ; بعد صف من القيم</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>صف قيم لا يبدأ بعلامة (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>بنية ملف التسريب %1 معطوبة: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>مسافات الجدولة</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>المسافات</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>قُرئ وفق البنية المعروفة «%1».</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>الحقول مفصولة بـ %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (اكتُشف تلقائيًا)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>النص: %1 (الصفوف الأولى ليست UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>ملاحظة: لا يذكر الدليل %1 ضمن ما تسرّب في «%2»؛ ويسجّلها هذا الاستيراد للأشخاص الموجودين فيه.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>أرقام الهواتف: الصيغة %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>استُورد هذا الملف إلى «%1» من قبل بالإعدادات نفسها (الاستيراد %2). لم يتغيّر شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>النص: %Ln صف ليس UTF-8 صالحًا، قُرئ بترميز %1.</numerusform>
            <numerusform>النص: صف واحد ليس UTF-8 صالحًا، قُرئ بترميز %1.</numerusform>
            <numerusform>النص: صفان ليسا UTF-8 صالحًا، قُرئا بترميز %1.</numerusform>
            <numerusform>النص: %Ln صفوف ليست UTF-8 صالحًا، قُرئت بترميز %1.</numerusform>
            <numerusform>النص: %Ln صفًا ليست UTF-8 صالحًا، قُرئت بترميز %1.</numerusform>
            <numerusform>النص: %Ln صف ليست UTF-8 صالحًا، قُرئت بترميز %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>أرقام الهواتف: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>عناوين البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>أسماء المستخدمين: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>الدولية</translation>
    </message>
    <message>
        <source>national</source>
        <translation>المحلية</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>المختلطة</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>استُورد %1 من %2 صف إلى «%3».</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>أصبح بإمكان الفحص أن يجد %Ln سجل تحتويها.</numerusform>
            <numerusform>أصبح بإمكان الفحص أن يجد السجل الذي تحتويه.</numerusform>
            <numerusform>أصبح بإمكان الفحص أن يجد السجلين اللذين تحتويهما.</numerusform>
            <numerusform>أصبح بإمكان الفحص أن يجد %Ln سجلات تحتويها.</numerusform>
            <numerusform>أصبح بإمكان الفحص أن يجد %Ln سجلًا تحتويها.</numerusform>
            <numerusform>أصبح بإمكان الفحص أن يجد %Ln سجل تحتويها.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>استغرق ذلك %1 ثانية، وزاد حجم الخزنة بمقدار %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>تُرك %Ln رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم لا يمكن أن يكون صحيحًا (%1)، مثلًا:</numerusform>
            <numerusform>تُرك رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم واحد لا يمكن أن يكون صحيحًا (%1)، مثلًا:</numerusform>
            <numerusform>تُرك اثنان من أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين لا يمكن أن يكونا صحيحين (%1)، مثلًا:</numerusform>
            <numerusform>تُركت %Ln من أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين لا يمكن أن تكون صحيحة (%1)، مثلًا:</numerusform>
            <numerusform>تُرك %Ln من أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين لا يمكن أن تكون صحيحة (%1)، مثلًا:</numerusform>
            <numerusform>تُرك %Ln من أرقام الهواتف أو عناوين البريد الإلكتروني أو أسماء المستخدمين لا يمكن أن تكون صحيحة (%1)، مثلًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>تُرك %Ln صف لم تكن فيه حقول التنسيق «%1».</numerusform>
            <numerusform>تُرك صف واحد لم تكن فيه حقول التنسيق «%1».</numerusform>
            <numerusform>تُرك صفان لم تكن فيهما حقول التنسيق «%1».</numerusform>
            <numerusform>تُركت %Ln صفوف لم تكن فيها حقول التنسيق «%1».</numerusform>
            <numerusform>تُرك %Ln صفًا لم تكن فيها حقول التنسيق «%1».</numerusform>
            <numerusform>تُرك %Ln صف لم تكن فيها حقول التنسيق «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>تُرك %Ln صف ليس فيه رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
            <numerusform>تُرك صف واحد ليس فيه رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
            <numerusform>تُرك صفان ليس فيهما رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
            <numerusform>تُركت %Ln صفوف ليس فيها رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
            <numerusform>تُرك %Ln صفًا ليس فيها رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
            <numerusform>تُرك %Ln صف ليس فيها رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم يمكن أن يكون صحيحًا، مثلًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>تُرك %Ln صف، مثلًا:</numerusform>
            <numerusform>تُرك صف واحد، مثلًا:</numerusform>
            <numerusform>تُرك صفان، مثلًا:</numerusform>
            <numerusform>تُركت %Ln صفوف، مثلًا:</numerusform>
            <numerusform>تُرك %Ln صفًا، مثلًا:</numerusform>
            <numerusform>تُرك %Ln صف، مثلًا:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>كان في %Ln سطر حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
            <numerusform>كان في سطر واحد حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
            <numerusform>كان في سطرين حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
            <numerusform>كان في %Ln أسطر حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
            <numerusform>كان في %Ln سطرًا حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
            <numerusform>كان في %Ln سطر حقول لم تكن في الأسطر الأولى، ولم تُقرأ تلك الحقول: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>لا سطر عناوين: السطر الأول يبدو كأنه بيانات (عنوان بريد إلكتروني أو رقم)، لذا يُقرأ على أنه صف وتُرقَّم الأعمدة بدءًا من 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>السطر الأول يسمّي الأعمدة (لا يبدو كأنه بيانات).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>يُقرأ الجدول %1 من تفريغ SQL: وهو أول جدول تدل أسماء أعمدته على عناوين بريد إلكتروني أو أرقام هواتف.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>يُقرأ الجدول %1 من تفريغ SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>تجربة دون كتابة: سيُستورد %1 من %2 صف إلى «%3» (%4 سجل على الأكثر). لم يُكتب أي شيء.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>كانت %Ln قيمة من أسماء المستخدمين عناوين بريد إلكتروني أو أرقام هواتف، ويجدها الفحص على أنها كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
            <numerusform>كانت %Ln قيمة من أسماء المستخدمين عنوان بريد إلكتروني أو رقم هاتف، ويجدها الفحص على أنها كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
            <numerusform>كانت %Ln قيمتان من أسماء المستخدمين عناوين بريد إلكتروني أو أرقام هواتف، ويجدهما الفحص على أنهما كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
            <numerusform>كانت %Ln قيم من أسماء المستخدمين عناوين بريد إلكتروني أو أرقام هواتف، ويجدها الفحص على أنها كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
            <numerusform>كانت %Ln قيمةً من أسماء المستخدمين عناوين بريد إلكتروني أو أرقام هواتف، ويجدها الفحص على أنها كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
            <numerusform>كانت %Ln قيمة من أسماء المستخدمين عناوين بريد إلكتروني أو أرقام هواتف، ويجدها الفحص على أنها كذلك (عناوين البريد الإلكتروني: %1، أرقام الهواتف: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>أرقام الهواتف: %1 على الأقل (يجد الفحص السريع معظمها، لا كلها)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 أخرى</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>لم يُقرأ %Ln صف في جداول التفريغ الأخرى: %1.</numerusform>
            <numerusform>لم يُقرأ %Ln صف في جداول التفريغ الأخرى: %1.</numerusform>
            <numerusform>لم يُقرأ %Ln صفان في جداول التفريغ الأخرى: %1.</numerusform>
            <numerusform>لم تُقرأ %Ln صفوف في جداول التفريغ الأخرى: %1.</numerusform>
            <numerusform>لم يُقرأ %Ln صفًا في جداول التفريغ الأخرى: %1.</numerusform>
            <numerusform>لم يُقرأ %Ln صف في جداول التفريغ الأخرى: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>أسماء أعمدة %1 تدل أيضًا على عناوين بريد إلكتروني أو أرقام هواتف: استورد كل جدول من هذه الجداول وحده بذكر اسمه.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln صف لم تذكر أي موقع: استُوردت دون موقع.</numerusform>
            <numerusform>%Ln صف لم يذكر أي موقع: استُورد دون موقع.</numerusform>
            <numerusform>%Ln صفان لم يذكرا أي موقع: استُوردا دون موقع.</numerusform>
            <numerusform>%Ln صفوف لم تذكر أي موقع: استُوردت دون موقع.</numerusform>
            <numerusform>%Ln صفًا لم تذكر أي موقع: استُوردت دون موقع.</numerusform>
            <numerusform>%Ln صف لم تذكر أي موقع: استُوردت دون موقع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln صف ذكرت موقعًا بعد أول 65,535 موقعًا: استُوردت دونه.</numerusform>
            <numerusform>%Ln صف ذكر موقعًا بعد أول 65,535 موقعًا: استُورد دونه.</numerusform>
            <numerusform>%Ln صفان ذكرا موقعًا بعد أول 65,535 موقعًا: استُوردا دونه.</numerusform>
            <numerusform>%Ln صفوف ذكرت موقعًا بعد أول 65,535 موقعًا: استُوردت دونه.</numerusform>
            <numerusform>%Ln صفًا ذكرت موقعًا بعد أول 65,535 موقعًا: استُوردت دونه.</numerusform>
            <numerusform>%Ln صف ذكرت موقعًا بعد أول 65,535 موقعًا: استُوردت دونه.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln موقع؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln موقعًا؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln موقعين؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln مواقع؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln موقعًا؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
            <numerusform>المواقع: كانت بيانات الدخول تخص %Ln موقع؛ ويذكر الفحص موقع كل بيانات دخول يجدها.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>في الملف أكثر من 65,535 تركيبة مختلفة من الأعمدة المملوءة: حدّد محتوى عدد أقل من الأعمدة.</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>قصير جدًا</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>طويل جدًا</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>رمز البلد هذا غير موجود</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ليس رقمًا</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>ليس رقمًا صالحًا</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: الملف فارغ</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>رقم هاتف غير صالح %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>عنوان بريد إلكتروني غير صالح %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>اسم مستخدم غير صالح %1 (%2)</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>لا رقم هاتف ولا بريد إلكتروني ولا اسم مستخدم</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>لا يحوي الدليل اختراقًا باسم «%1»: أضفه إلى الدليل أولًا.</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: لا يطابق أيٌّ من صفوفه (%Ln) البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
            <numerusform>%1: صفه الوحيد لا يطابق البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يطابق أيٌّ من صفَّيه البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يطابق أيٌّ من صفوفه الـ %Ln البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يطابق أيٌّ من صفوفه الـ %Ln البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يطابق أيٌّ من صفوفه الـ %Ln البنية %2 (السطر %3: %4). لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: في الملف سطر عناوين لكن لا صفوف. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>أرقام الهواتف بالصيغة المحلية تحتاج إلى البلد الذي تنتمي إليه.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>تعذّر تحديد طريقة كتابة أرقام الهواتف. %1 حدّد هل هي دولية (مع رمز البلد) أم محلية (ومن أي بلد).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>لا يمكن استيراد معاينة: حدّد أولًا محتوى كل عمود.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (السطر %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: لا يحوي أيٌّ من صفوفه (%Ln) رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
            <numerusform>%1: صفه الوحيد لا يحوي رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يحوي أيٌّ من صفَّيه رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يحوي أيٌّ من صفوفه الـ %Ln رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يحوي أيٌّ من صفوفه الـ %Ln رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
            <numerusform>%1: لا يحوي أيٌّ من صفوفه الـ %Ln رقم هاتف أو عنوان بريد إلكتروني أو اسم مستخدم صالحًا%2. لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>تغيّر ملف مؤقت للاستيراد أو بُتر في أثناء الاستيراد: %1. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>اختفى ملف مؤقت للاستيراد: %1. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>تعذّر تشفير البيانات المؤقتة للاستيراد.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>تعذّرت كتابة الملف المؤقت للاستيراد %1: %2. لم يُستورد شيء.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 حرف)</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>لا يوجد رمز البلد، ولم يُحدَّد بلد الملف</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>قائمة، وليس قيمة واحدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln صف</numerusform>
            <numerusform>صف واحد</numerusform>
            <numerusform>صفان</numerusform>
            <numerusform>%Ln صفوف</numerusform>
            <numerusform>%Ln صفًا</numerusform>
            <numerusform>%Ln صف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % من الصفوف</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: لم يطابق %Ln صف من %2 بنية الملف (أولها: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: لم يطابق صف واحد من %2 بنية الملف (أولها: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: لم يطابق صفان من %2 بنية الملف (أولهما: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: لم تطابق %Ln صفوف من %2 بنية الملف (أولها: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: لم يطابق %Ln صفًا من %2 بنية الملف (أولها: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: لم يطابق %Ln صف من %2 بنية الملف (أولها: السطر %3، %4): وهذا أكثر من %5 المسموح بها. هل الفاصل أو سطر العناوين صحيح؟ لم يُستورد أي شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>تعذّر إنشاء المجلد المؤقت للاستيراد %1. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: في الأرشيف %Ln عنصر، فلا يوجد فيه ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: في الأرشيف %Ln عنصر، وهو ليس ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: في الأرشيف %Ln عنصران، وليس أيٌّ منهما ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: في الأرشيف %Ln عناصر، وليس أيٌّ منها ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: في الأرشيف %Ln عنصرًا، وليس أيٌّ منها ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
            <numerusform>%1: في الأرشيف %Ln عنصر، وليس أيٌّ منها ملف تسريب (أي ملف CSV أو TSV أو نصي أو JSON أو SQL بحسب اسمه؛ ويختار --member العناصر بأسمائها). لم يُستورد أي شيء.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>لم تُجب SQLCipher عن %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>يمكن تحديد 64 نوعًا من البيانات على الأكثر في عملية استيراد واحدة.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (يُبحث عنه)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (يُحفظ فقط هل هو مملوء)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>غير مستخدَم: %1</translation>
    </message>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>قائمة أسماء الأعمدة مفقودة من هذا الإصدار.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> و%1 أخرى</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>العمود «%1»: لا يوجد في الملف عمود بهذا الاسم. أعمدته هي: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>لا يوجد عمود يحوي أرقام هواتف أو عناوين بريد إلكتروني أو أسماء مستخدمين: حدّد العمود الذي يحويها. أعمدته هي: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>العمود «%1» يحوي قوائم، وليس معرّفًا واحدًا في كل صف: حدّد بدلًا منه العمود الموجود داخل كائنات القائمة.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>يحوي العمود نوعًا واحدًا من المعرّفات، وليس %1 و%2 معًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>«%1» ليس نوع بيانات يعرفه هذا الإصدار (أسماء Have I Been Pwned، مثل &quot;Names&quot; أو &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>حدّد العمود الذي يحوي %1.</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: الموقع الذي تخصه كل بيانات دخول (يُحفظ اسم المضيف فقط)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>اختر عبارة مرور: أربع كلمات أو أكثر لا علاقة بينها تؤدي الغرض جيدًا.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>سهلة التخمين. أضف مزيدًا من الكلمات التي لا علاقة بينها.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>يمكن تخمينها ببعض الجهد. كلمة أو كلمتان إضافيتان ستفيدان.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>صعبة التخمين.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>صعبة التخمين جدًا.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1، السطر %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>ليس سطرًا من قائمة كلمات المرور المسرَّبة (تجزئة SHA-1 أو NTLM بالنظام الست عشري، ثم نقطتان، ثم عدد مرات ظهورها). لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>تجزئة %1، بينما تحوي الأسطر السابقة تجزئات %2: القائمة الواحدة تحوي نوعًا واحدًا. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>ليس بترتيب التجزئات (أو هي التجزئة نفسها مرة أخرى): يجب أن تكون القائمة هي الملف المُنزَّل المرتَّب حسب التجزئة. لم يُستورد أي شيء.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>لا يحوي %1 ملفات مسمّاة ببادئة تجزئة من 5 خانات (00000.txt …): ليس مجلد أداة التنزيل.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: الملف أو المجلد غير موجود</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>لا يحوي %1 أي تجزئة لكلمات المرور.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>كلمة المرور ليست نصًا صالحًا بترميز UTF-8.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>لا توجد قائمة بكلمات المرور المسرَّبة في %1 بعد: استورد قائمة أولًا.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>ليس %1 قائمة كلمات مرور مسرَّبة أنشأها هذا التطبيق.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>أُنشئ %1 بإصدار أحدث من هذا التطبيق: حدّث التطبيق، أو استورد القائمة مرة أخرى.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>تغيّر %1 أو اقتُطع جزء منه منذ إنشائه: استورد قائمة كلمات المرور المسرَّبة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>ليست في قائمة كلمات المرور المسرَّبة. وهذا لا يجعلها قوية: مدير كلمات المرور ينشئ كلمة مرور مختلفة لكل حساب ويحفظها.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>ظهرت كلمة المرور هذه في تسريب: قد يجرّبها المجرمون. غيّرها في كل مكان تستخدمها فيه.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>ظهرت كلمة المرور هذه في التسريبات %1 مرة على الأقل: يجرّبها المجرمون أولًا. غيّرها في كل مكان تستخدمها فيه.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>استُورد %1 تجزئة كلمة مرور (%2) من %3 في %4 ث: %5 على القرص، %6 بايت لكل تجزئة.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>تجزئات تطابق سابقتها في أول 64 بت، فحُفظت مرة واحدة: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>الأسطر الفارغة المتخطّاة: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>لم يوجد سوى %1 من ملفات البادئات البالغ عددها %2: القائمة ناقصة، وكلمات المرور التي تقع في الملفات المفقودة تُعرض على أنها لم تظهر في أي تسريب.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>ملفات أخرى في ذلك المجلد لم تُقرأ: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>يحتاج الشخص إلى اسم (يكفي لقب).</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>يوجد بالفعل شخص باسم «%1» في هذه الخزنة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>«%1» ليس رمز بلد معروفًا من حرفين.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>«%1» ليست منصة: استخدم android أو iphone أو computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>«%1» ليست خدمة تعرفها قائمة الخطوات. الخدمات المعروفة: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 لم يُحفظ شيء.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>لم يعد هذا الشخص محفوظًا في الخزنة.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>حدّد أنواع البيانات التي ذكرها الإشعار.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>«%1» ليس رمز لغة (مثل ar أو es أو fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 ليس فئة صالحة لعدد مرات الظهور (من 0 إلى %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>«%1» ليست خدمة تعرفها قائمة الخطوات.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>«%1» ليست منصة: استخدم android أو iphone أو computer.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>لا توجد خطوة «%1». تعرض الخطة معرّفات الخطوات.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>«%1» ليست خدمة تعرفها قائمة الخطوات، لذا تتجاهلها الخطة. الخدمات المعروفة: %2.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>تُحدَّد حالة الخطوة بأنها تمت، أو مؤجَّلة، أو لا تنطبق، أو للتنفيذ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>«%1» ليست في خطة %2: راجع خطته لمعرفة خطواتها.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>لا تحوي العيّنة أرقام هواتف؛ يُفترض أنها بالصيغة الدولية.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1% من العيّنة يبدأ بـ + أو 00: الصيغة الدولية.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>عند القراءة مع رمز البلد، %1% من العيّنة أرقام صالحة.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>عند القراءة مع رمز البلد، %1% من العيّنة أرقام صالحة؛ وعند القراءة كأرقام محلية في %2، %3%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>رمز البلد غير صالح.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>أضف رمز البلد (مثل +44) أو حدّد البلد الذي ينتمي إليه الرقم.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>هذا ليس رقم هاتف.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>الرقم قصير جدًا.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>الرقم طويل جدًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>«%1» ليس رمز بلد معروفًا (استخدم حرفين، مثل DE).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>رقم الهاتف فارغ.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>الرقم قصير جدًا: أضف رمز المنطقة.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>هذا ليس رقمًا صالحًا في %1.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>إذا كان %1 هو رمز البلد، فأضف + قبله (+%1…)، أو حدّد البلد الذي ينتمي إليه الرقم.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>افعل هذا أولًا</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي %n عادة جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي عادة جيدة عامة واحدة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي عادتان جيدتان عامتان، لا يتعلق سببهما بأي تسريب.</numerusform>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي %n عادات جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي %n عادةً جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>لم يُعثر على أي شيء يخصك في التسريبات التي فُحصت، ولا يُرجَّح أن يشملك أي اختراق في خدمة تستخدمها. فيما يلي %n عادة جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n خطوة بسبب تسريبات وُجدت فيها بياناتك</numerusform>
            <numerusform>خطوة واحدة بسبب تسريبات وُجدت فيها بياناتك</numerusform>
            <numerusform>خطوتان بسبب تسريبات وُجدت فيها بياناتك</numerusform>
            <numerusform>%n خطوات بسبب تسريبات وُجدت فيها بياناتك</numerusform>
            <numerusform>%n خطوةً بسبب تسريبات وُجدت فيها بياناتك</numerusform>
            <numerusform>%n خطوة بسبب تسريبات وُجدت فيها بياناتك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n خطوة بسبب اختراقات أخبرك بها إشعار</numerusform>
            <numerusform>خطوة واحدة بسبب اختراقات أخبرك بها إشعار</numerusform>
            <numerusform>خطوتان بسبب اختراقات أخبرك بها إشعار</numerusform>
            <numerusform>%n خطوات بسبب اختراقات أخبرك بها إشعار</numerusform>
            <numerusform>%n خطوةً بسبب اختراقات أخبرك بها إشعار</numerusform>
            <numerusform>%n خطوة بسبب اختراقات أخبرك بها إشعار</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n خطوة بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
            <numerusform>خطوة واحدة بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
            <numerusform>خطوتان بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
            <numerusform>%n خطوات بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
            <numerusform>%n خطوةً بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
            <numerusform>%n خطوة بسبب اختراقات في خدمات تستخدمها قد تشملك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n نصيحة عامة</numerusform>
            <numerusform>نصيحة عامة واحدة</numerusform>
            <numerusform>نصيحتان عامتان</numerusform>
            <numerusform>%n نصائح عامة</numerusform>
            <numerusform>%n نصيحةً عامة</numerusform>
            <numerusform>%n نصيحة عامة</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 و%2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n خطوة: %1.</numerusform>
            <numerusform>خطوة واحدة: %1.</numerusform>
            <numerusform>خطوتان: %1.</numerusform>
            <numerusform>%n خطوات: %1.</numerusform>
            <numerusform>%n خطوةً: %1.</numerusform>
            <numerusform>%n خطوة: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>تعذّر فحص أيٍّ من المعرّفات المُعطاة: انظر السبب أدناه.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>لم يُستورد أي ملف تسريب، لذا تعذّر البحث عن هذه البيانات في أي تسريب.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>لم تُذكر أي خدمة، لذا تعذّر تقدير أي اختراق في خدمة ما. حدّد الخدمات المستخدمة (WhatsApp وFacebook وGoogle، ...) لإضافة اختراقاتها.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي %n عادة جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي عادة جيدة عامة واحدة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي عادتان جيدتان عامتان، لا يتعلق سببهما بأي تسريب.</numerusform>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي %n عادات جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي %n عادةً جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
            <numerusform>تعذّر فحص أي شيء، لذا لا تعني هذه النتيجة «لم يُعثر على شيء». فيما يلي %n عادة جيدة عامة، لا يتعلق سببها بأي تسريب.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1، وهو التسريب نفسه المعروف أيضًا باسم %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>قائمة كلمات المرور المسرَّبة</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>إحدى كلمات المرور التي تستخدمها موجودة في قائمة كلمات المرور المسرَّبة.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>إحدى كلمات المرور التي تستخدمها موجودة في قائمة كلمات المرور المسرَّبة: ظهرت في التسريبات %1 مرة على الأقل.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>ذكرت أنك تستخدمها في %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>إنه رابط رمزي، والحفظ من خلاله سيغيّر الملف الذي يشير إليه</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>وصل %1 من بايتاته البالغة %2 إلى القرص</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;أعد</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;قصّ</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;انسخ</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;ألصق</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>احذف</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>حدّد الكلّ</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>حسنًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>أغلق</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>احفظ</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;السّابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;التّالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التّالي</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;أنهِ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ألغِ</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>ارجع</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>تابع</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>عبارة المرور نفسها مرة أخرى: </translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>لم تُعطَ عبارة مرور: استخدم --passphrase-file FILE أو عيّن %1.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>عبارتا المرور مختلفتان. لم يُنشأ شيء.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>عبارة المرور في %1 أطول من %2 بايت. استخدم عبارة أقصر.</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>تعذّر إيقاف عرض ما يُكتب في الطرفية (%1)، لذا لن تُطلب عبارة المرور هناك.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>الطرفية</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>تعذّرت الكتابة إلى الإخراج القياسي: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>عبارة مرور ضعيفة: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>كلمة المرور المراد فحصها (اضغط Enter وحده للتوقف): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1، السطر %2: أطول من %3 بايت.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>تعذّر تشغيل مكتبة التشفير.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>عنوان البريد الإلكتروني فارغ.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>يحتاج عنوان البريد الإلكتروني إلى @، كما في name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>يحوي عنوان البريد الإلكتروني علامة @ واحدة فقط.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>يجب أن يوجد شيء قبل @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>الجزء الذي قبل @ أطول من 64 حرفًا.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>لا يمكن أن يبدأ الجزء الذي قبل @ بنقطة أو ينتهي بها، ولا أن يحوي نقطتين متتاليتين.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>لا يمكن استخدام «%1» في عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>الجزء الذي بعد @ مفقود.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>«%1» ليس نطاقًا صالحًا.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>يحتاج النطاق «%1» إلى نقطة، كما في example.com.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>اسم المستخدم فارغ.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>اسم المستخدم أطول من 128 حرفًا.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>يحوي اسم المستخدم حرف تحكم غير مرئي.</translation>
    </message>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>عنوان البريد الإلكتروني طويل جدًا.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>للتنفيذ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>مؤجَّلة الآن</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>لا تنطبق</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>تُنفَّذ مرة أخرى</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>عُثر عليها في ملفات التسريب</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>أُبلغت بها</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>ربما تسرّبت: اختراقات في خدمات تستخدمها</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>عُثر عليها</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>أُبلغت بها</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>محتملة</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>لغة الكمبيوتر</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>محمول</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>أرضي</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>أرضي أو محمول</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>رقم مجاني</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>رقم بتعرفة مرتفعة</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>رقم بتكلفة مشتركة</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>رقم هاتف عبر الإنترنت</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>رقم شخصي</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>جهاز نداء (بيجر)</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>رقم شركة</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>بريد صوتي</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>هذه الخزنة مفتوحة في برنامج آخر (العملية %1). أغلقها هناك أولًا.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>يجب ألا تكون عبارة المرور فارغة.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>توجد خزنة بالفعل في %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 ليس فارغًا: اختر مجلدًا فارغًا أو جديدًا للخزنة.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>لا يوجد مفتاح استرداد لهذه الخزنة.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>المفتاح المحفوظ لهذه الخزنة غير صالح.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>المفتاح المحفوظ لهذه الخزنة لم يعد يناسبها.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>أُنشئت هذه الخزنة بإصدار أحدث من Breach Advisor (المخطط %1؛ وهذا الإصدار يعرف %2). حدّث التطبيق لفتحها.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>ملف المخطط %1 مفقود من هذا الإصدار.</translation>
    </message>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>يستطيع مستخدمون آخرون الكتابة في مجلد الخزنة %1، لذا لا يمكن الوثوق بملفاته. اجعله خاصًا بك وحدك (chmod 700)، وتحقّق من ملفاته، ثم حاول مرة أخرى. تُركت الخزنة دون أي تغيير.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>لا يمكن جعل المجلد %1 خاصًا بك (هل يملكه شخص آخر؟). اختر مجلدًا آخر للخزنة.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>قوة المفتاح هذه خارج النطاق الذي يقبله هذا الإصدار.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>عبارة المرور أو المفتاح غير صحيح لهذه الخزنة.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>تعذّر قفل الخزنة في %1: المجلد غير قابل للكتابة، أو القرص ممتلئ. تُركت الخزنة دون أي تغيير.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>لا يحوي %1 أي بيانات خزنة: إما أنه تالف أو ليس قاعدة بيانات هذه الخزنة. تُرك دون أي تغيير.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>لا يمكن التخلص إلا من خزنة أُنشئت للتو.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>استُبدلت عبارة المرور أو مفتاح الاسترداد هذا عند إعادة تشفير الخزنة بمفاتيح جديدة.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>لم تُجهَّز أي إعادة تشفير بمفتاح جديد.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>تعذّرت إعادة تشفير قاعدة البيانات. لا تزال بمفتاحها القديم وتُفتح كما كانت.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>مفتاح المعرّفات في الخزنة بحجم خاطئ: الخزنة تالفة.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>يستطيع مستخدمون آخرون قراءة %1، ولا يمكن جعله خاصًا بك (هل هو لشخص آخر؟).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>كان بإمكان مستخدمين آخرين قراءة الخزنة في %1 (%2): صارت الآن خاصة بك.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>لم يُجهَّز أي مفتاح استرداد جديد.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>لا توجد خزنة هنا: %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 ليس ترويسة خزنة صالحة (%2). تُركت الخزنة دون أي تغيير.</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>ليس JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>ليس خزنة Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>أُنشئ %1 بإصدار أحدث من Breach Advisor. حدّث التطبيق لفتحه.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>إصدار غير معروف</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>طريقة اشتقاق مفتاح غير معروفة</translation>
    </message>
    <message>
        <source>missing or malformed fields</source>
        <translation>حقول مفقودة أو مشوّهة</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>ملح أو مفتاح بحجم خاطئ</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>إعدادات اشتقاق المفتاح خارج النطاق</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>طريقة توحيد عبارة المرور غير معروفة</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>كبير جدًا</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>تعذّرت كتابة %1: %2. تُركت الخزنة كما كانت.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>في ترويسة الخزنة ملح بحجم خاطئ.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>إعدادات اشتقاق المفتاح في ترويسة الخزنة خارج النطاق.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>لا توجد ذاكرة كافية لاشتقاق المفتاح من عبارة المرور.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>تحوي ترويسة الخزنة مفتاحًا مغلَّفًا بحجم خاطئ.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>عبارة المرور أو المفتاح غير صحيح لهذه الخزنة.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>هذا ليس مفتاح استرداد: يتكوّن مفتاح الاسترداد من 32 حرفًا ورقمًا في مجموعات من أربعة.</translation>
    </message>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>وصل مفتاح بحجم خاطئ إلى شيفرة المفاتيح.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>عبارة المرور أطول من %1 بايت.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>توحيد Unicode غير متاح.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>تعذّر توحيد عبارة المرور.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>تعذّر تحويل مفتاح الاسترداد إلى مفتاح.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>تعذّر اشتقاق مفتاح فرعي.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>تعذّر تغليف المفتاح.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>تعذّر فك تغليف المفتاح.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>لا توجد خزنة في %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>لا توجد عملية استيراد %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>لا يوجد شخص باسم «%1» محفوظ في هذه الخزنة.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>لا يحوي الدليل اختراقًا باسم «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>«%1» ليس رمز بلد معروفًا من حرفين.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>توقف قبل الانتهاء. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>في أبريل 2021 نُشر مجانًا في أحد المنتديات ملف فيه نحو 533 مليون حساب على Facebook من 106 دول. يربط الملف أرقام الهواتف بالأسماء، وكثيرًا ما يربطها بالجنس والموقع وجهة العمل والحالة الاجتماعية وتاريخ الميلاد؛ وقليل من السجلات فيه عنوان بريد إلكتروني. وقالت Facebook إن البيانات جُمعت قبل سبتمبر 2019 بإساءة استخدام أداة استيراد جهات الاتصال لديها، لا باختراق أنظمتها.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>جُمعت بالكشط لا بالاختراق: تقول Facebook إن البيانات جُمعت عبر أداة استيراد جهات الاتصال لديها قبل سبتمبر 2019، وإن الثغرة أُصلحت في أغسطس 2019. وغرّمت هيئة حماية البيانات الأيرلندية شركة Meta مبلغ 265 مليون يورو بسببها في نوفمبر 2022. وعُرضت أرقام الهواتف نفسها للبيع مرة أخرى في 2022 على أنها «487 مليون رقم WhatsApp».</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>في نوفمبر 2022 عرض بائع 487 مليون رقم جوال من 84 دولة على أنها أرقام «مستخدمي WhatsApp». لا تحوي القائمة إلا أرقام الهواتف: لا أسماء ولا رسائل ولا بيانات أجهزة. والعدد هو ما يدّعيه البائع.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>ليس اختراقًا لـ WhatsApp. قالت WhatsApp وMeta إنه لا دليل على تسريب من WhatsApp. ووجد فريق CSIRT KNF البولندي ومكتب المحاماة الألماني WBS.LEGAL أن العينات مطابقة لبيانات Facebook المكشوطة في 2021، وأن الأعداد حسب الدولة تطابقها. وليس لها أي إدخال في Have I Been Pwned. أما ما قيل عن كشفها مستوى البطارية أو قوة الإشارة أو غيرها من بيانات الأجهزة فلا مصدر موثوقًا له.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>قائمة أرقام «WhatsApp» (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>فعّل التحقق بخطوتين في WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>يستطيع أي شخص يعرف رقمك أن يحاول تسجيل WhatsApp به على هاتفه. رمز PIN من ستة أرقام لا يعرفه أحد غيرك يمنعه، حتى لو خدعك وحصل منك على الرمز الذي يصلك في رسالة SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>افتح WhatsApp. اضغط على خيارات إضافية (النقاط الثلاث) &gt; الإعدادات &gt; الحساب &gt; التحقق بخطوتين &gt; تفعيل. اختر رمز PIN من ستة أرقام تتذكره، وأضف عنوان بريد إلكتروني لتتمكن من إعادة تعيين الرمز إذا نسيته. لا تُخبر أحدًا أبدًا برمز PIN ولا بالرمز المكوّن من ستة أرقام الذي يرسله إليك WhatsApp في رسالة نصية.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>افتح WhatsApp. اضغط على الإعدادات &gt; الحساب &gt; التحقق بخطوتين &gt; تفعيل. اختر رمز PIN من ستة أرقام تتذكره، وأضف عنوان بريد إلكتروني لتتمكن من إعادة تعيين الرمز إذا نسيته. لا تُخبر أحدًا أبدًا برمز PIN ولا بالرمز المكوّن من ستة أرقام الذي يرسله إليك WhatsApp في رسالة نصية.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>يُضبط التحقق بخطوتين من هاتفك، لا من WhatsApp على الكمبيوتر: اتبع الخطوات الخاصة بهاتفك.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>اجعل صورتك ونبذتك في WhatsApp ظاهرتين لجهات اتصالك فقط</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>في الوضع الافتراضي يستطيع كل من يعرف رقمك رؤية صورة ملفك الشخصي ونبذتك. يستخدمهما المحتالون لإنشاء حساب مزيّف يبدو كأنه حسابك.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>في WhatsApp اضغط على خيارات إضافية (النقاط الثلاث) &gt; الإعدادات &gt; الخصوصية. اضبط صورة الملف الشخصي والنبذة وآخر ظهور والاتصال بالإنترنت على جهات اتصالي. وتحت المجموعات اختر جهات اتصالي حتى لا يستطيع الغرباء إضافتك إلى المجموعات. ويرشدك الخيار الخصوصية &gt; فحص الخصوصية إلى بقية الإعدادات.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>في WhatsApp اضغط على الإعدادات &gt; الخصوصية. اضبط صورة الملف الشخصي والنبذة وآخر ظهور والاتصال بالإنترنت على جهات اتصالي. وتحت المجموعات اختر جهات اتصالي حتى لا يستطيع الغرباء إضافتك إلى المجموعات.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>في WhatsApp على الكمبيوتر افتح القائمة &gt; الإعدادات &gt; الخصوصية واختر الخيارات نفسها: صورة الملف الشخصي والنبذة وآخر ظهور على جهات اتصالي، والمجموعات على جهات اتصالي.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>أسكِت المكالمات الواردة من أرقام غير معروفة في WhatsApp</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>تتلقى الأرقام المسرَّبة مكالمات احتيالية. عند تفعيل هذا الخيار لا ترنّ المكالمات الواردة من أرقام ليست في جهات اتصالك، لكنها تظل تظهر في قائمة المكالمات، فلا يفوتك شيء تريده.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>في WhatsApp اضغط على خيارات إضافية (النقاط الثلاث) &gt; الإعدادات &gt; الخصوصية &gt; المكالمات وفعّل إسكات المتصلين غير المعروفين.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>في WhatsApp اضغط على الإعدادات &gt; الخصوصية &gt; المكالمات وفعّل إسكات المتصلين غير المعروفين.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>سجّل خروج WhatsApp من أجهزة الكمبيوتر التي لا تعرفها</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>الكمبيوتر المرتبط بحسابك في WhatsApp يستطيع قراءة رسائلك الجديدة. تأكد أن كل جهاز مرتبط هو جهازك.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>في WhatsApp اضغط على خيارات إضافية (النقاط الثلاث) &gt; الأجهزة المرتبطة. اضغط على أي جهاز لا تعرفه &gt; تسجيل الخروج.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>في WhatsApp اضغط على الإعدادات &gt; الأجهزة المرتبطة. اضغط على أي جهاز لا تعرفه &gt; تسجيل الخروج.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>احمِ نسختك الاحتياطية في WhatsApp وفعّل التنبيه عند تغيّر رمز الأمان لدى إحدى جهات اتصالك</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>دردشاتك مشفّرة تمامًا بين الطرفين من الأساس، ولا حاجة إلى تفعيل أي شيء لذلك. أما نسختك الاحتياطية فليست كذلك ما لم تختر ذلك بنفسك. وتُعلمك إشعارات رمز الأمان حين يتغير هاتف إحدى جهات اتصالك أو تطبيقها، وقد يعني ذلك أيضًا أن أحدًا استولى على حسابها.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>فعّل المصادقة الثنائية في Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>عندما يكون رقم هاتفك أو بريدك الإلكتروني معروفًا، يحاول المهاجمون الاستيلاء على حسابك. خطوة ثانية عند تسجيل الدخول توقف من يعرف كلمة مرورك.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>سجّل الخروج من Facebook على الأجهزة التي لا تعرفها</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>إذا كان أحدٌ قد سجّل الدخول إلى حسابك بالفعل، فإن تغيير الإعدادات وحده لن يُخرجه منه.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>في Facebook افتح الإعدادات والخصوصية &gt; الإعدادات &gt; مركز الحسابات &gt; كلمة السر والأمان &gt; مكان تسجيل دخولك. اختر حسابك وسجّل الخروج من أي جهاز أو مكان لا تعرفه. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>امنع الغرباء من العثور على ملفك الشخصي في Facebook برقم هاتفك</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>جُمعت بيانات تسريب عام ٢٠٢١ بالبحث عن الأشخاص بأرقام هواتفهم. تقييد من يستطيع ذلك، ومن يرى رقمك وتاريخ ميلادك، يجعل جمع بيانات ملفك الشخصي مرة أخرى أصعب.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>فعّل المصادقة الثنائية في Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>خطوة ثانية عند تسجيل الدخول تمنع من الدخول إلى حسابك كلَّ من يعرف كلمة مرورك أو يخدع شركة الاتصالات لتنقل رقمك.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>في Instagram انتقل إلى ملفك الشخصي &gt; القائمة &gt; الإعدادات والخصوصية &gt; مركز الحسابات &gt; كلمة السر والأمان &gt; المصادقة الثنائية. اختر حسابك، ثم اختر تطبيق مصادقة إن أمكنك. احفظ الرموز الاحتياطية التي يعرضها عليك في مكان آمن.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>فعّل التحقق بخطوتين في LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>تُستخدم حسابات LinkedIn لإرسال عروض عمل مزيّفة مقنعة إلى جهات اتصالك. خطوة ثانية عند تسجيل الدخول تُبعد حسابك عن ذلك.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>في LinkedIn انقر على أنا &gt; الإعدادات والخصوصية &gt; تسجيل الدخول والأمان &gt; التحقق بخطوتين &gt; إعداد، واختر تطبيق مصادقة أو رقم هاتفك.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>تحقّق من الأماكن التي سجّلت فيها الدخول إلى LinkedIn ومن يستطيع العثور عليك برقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>قد تبقى الجلسات القديمة مسجّلة الدخول شهورًا، وإمكانية العثور عليك برقم هاتفك تربط رقمك المسرَّب بملفك المهني.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>عيّن كلمة مرور في Telegram (التحقق بخطوتين)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>يُسجّل Telegram دخولك برمز يُرسَل في رسالة نصية. ومع كلمة مرور إضافية لا يكفي الرمز وحده للاستيلاء على حسابك.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>في Telegram افتح الإعدادات &gt; الخصوصية والأمان &gt; التحقق بخطوتين وعيّن كلمة مرور. أضف بريدًا إلكترونيًا للاسترداد: من دونه لا يمكن إعادة تعيين كلمة المرور المنسية إلا بالانتظار مع فقدان جهات اتصالك ودردشاتك السحابية.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>أنهِ جلسات Telegram التي لا تعرفها وأخفِ رقمك</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>كل جهاز مسجّل الدخول يستطيع قراءة دردشاتك السحابية. وإخفاء رقمك يمنع الغرباء من رؤيته في المجموعات.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>في Telegram افتح الإعدادات &gt; الأجهزة (وفي الإصدارات الأقدم الخصوصية والأمان &gt; الجلسات النشطة) وأنهِ كل جلسة لا تعرفها. ثم افتح الإعدادات &gt; الخصوصية والأمان &gt; رقم الهاتف واضبط من يمكنه رؤية رقم هاتفي على جهات اتصالي أو لا أحد. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>فعّل قفل التسجيل في Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>عند تفعيل قفل التسجيل، يظل من يحصل على رمز لرقمك بحاجة إلى رمز PIN الخاص بك في Signal لتسجيل الرقم.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>في Signal افتح الإعدادات &gt; الحساب وفعّل قفل التسجيل (في الإصدارات الأقدم تجده تحت الخصوصية). وهو يستخدم رمز PIN الخاص بك في Signal: تأكد أنك تعرفه، من الإعدادات &gt; الحساب &gt; رمز PIN الخاص بـ Signal. لا يستطيع Signal استعادة رمز PIN منسي.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>أخفِ رقمك في Signal وألغِ ربط الأجهزة التي لا تعرفها</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>يستطيع Signal إخفاء رقمك عن الأشخاص الذين تراسلهم، والكمبيوتر المرتبط بحسابك يستطيع قراءة رسائلك.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>في Signal افتح الإعدادات &gt; الخصوصية &gt; رقم الهاتف واضبط من يمكنه رؤية رقمي على لا أحد، واختر من يستطيع العثور عليك برقمك. ثم افتح الإعدادات &gt; الأجهزة المرتبطة وألغِ ربط أي جهاز لا تعرفه. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>فعّل المصادقة الثنائية في X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>خطوة ثانية عند تسجيل الدخول تمنع من يعرف كلمة مرورك من الدخول. في X تقتصر رموز الرسائل النصية على الحسابات المدفوعة، أما تطبيق المصادقة أو مفتاح الأمان فمجاني.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>في X افتح الإعدادات والخصوصية &gt; الأمان والوصول إلى الحساب &gt; الأمان &gt; المصادقة الثنائية واختر تطبيق المصادقة أو مفتاح الأمان. احفظ رمز النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>سجّل الخروج من جلسات X الأخرى وامنع الناس من العثور عليك برقم هاتفك</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>قد تبقى الجلسات القديمة مسجّلة الدخول، وإمكانية العثور عليك برقم هاتفك أو بريدك الإلكتروني تربط البيانات المسرَّبة بحسابك.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>في X افتح الإعدادات والخصوصية &gt; الأمان والوصول إلى الحساب &gt; التطبيقات والجلسات &gt; الجلسات وسجّل الخروج من الجلسات التي لا تعرفها. ثم افتح الخصوصية والأمان &gt; قابلية الاكتشاف وجهات الاتصال وأوقف خيار السماح للآخرين بالعثور عليك برقم هاتفك وبريدك الإلكتروني. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>فعّل التحقق بخطوتين في حسابك على Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>حسابك على Google يفتح بريدك، وبريدك يعيد تعيين كلمات المرور لكل ما عداه. أمّنه أولًا.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>انتقل إلى myaccount.google.com &gt; الأمان &gt; كيفية تسجيل الدخول إلى Google &gt; التحقّق بخطوتين &gt; البدء. فضّل رسالة المطالبة من Google أو تطبيق مصادقة أو مفتاح مرور على الرسائل النصية.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>شغّل فحص الأمان من Google وسجّل خروج الأجهزة التي لا تعرفها</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>يعرض الأجهزة المسجّل دخولها إلى حسابك والأحداث الأمنية الأخيرة، لتتمكن من إخراج أي شخص لا ينبغي أن يكون موجودًا.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>افتح myaccount.google.com/security-checkup واتبع الخطوات. تحت أجهزتك، سجّل الخروج من أي جهاز لا تعرفه، ثم غيّر كلمة مرورك.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>تحقّق مما يعرضه ملفك الشخصي على Google للآخرين</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>قد يكون رقم هاتفك وتاريخ ميلادك في ملفك الشخصي على Google ظاهرَين لمن يعرف عنوان بريدك الإلكتروني.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>افتح myaccount.google.com/privacycheckup واضبط رقم هاتفك وتاريخ ميلادك وسائر معلوماتك الشخصية بحيث لا تظهر إلا لك.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>تأكد أن المصادقة ذات العاملين مفعّلة في حساب Apple</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>يضم حساب Apple صورك ونسخك الاحتياطية وإمكانية مسح iPhone. والمصادقة ذات العاملين تُبقيه ملكك.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>افتح الإعدادات &gt; اسمك &gt; تسجيل الدخول والأمن &gt; المصادقة ذات العاملين وشغّلها إن كانت متوقفة. تأكد أن أرقام الهواتف الموثوق بها المدرجة أرقامك.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>على Mac افتح إعدادات النظام &gt; اسمك &gt; تسجيل الدخول والأمن وشغّل المصادقة ذات العاملين. وعلى أجهزة الكمبيوتر الأخرى سجّل الدخول في account.apple.com وتحقّق من تسجيل الدخول والأمن.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>أزل من حساب Apple الأجهزة التي لا تعرفها</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>كل جهاز في حسابك يستطيع تلقي رموزك وقد يرى بياناتك.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>فعّل التحقق بخطوتين في حسابك على Microsoft</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>حسابك على Microsoft يفتح بريد Outlook وملفات OneDrive وتسجيل الدخول إلى Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>انتقل إلى account.microsoft.com/security &gt; إدارة كيفية تسجيل الدخول (أو خيارات الأمان المتقدمة) &gt; التحقق بخطوتين &gt; تشغيل. تطبيق المصادقة Microsoft Authenticator هو أسهل خطوة ثانية. اكتب رمز الاسترداد الذي يعطيك إياه واحتفظ به.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>راجع عمليات تسجيل الدخول الأخيرة إلى حسابك على Microsoft</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>كلمة المرور المسرَّبة، حتى لو كانت مشفّرة، يجب التعامل معها على أنها معروفة للمجرمين.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>غيّر كلمة المرور هذه في كل مكان آخر استخدمتها فيه</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>يجرّب المجرمون كلمات المرور المسرَّبة آليًا على مواقع البريد الإلكتروني والبنوك والتسوق. وأي حساب له كلمة المرور نفسها أو كلمة مرور مشابهة معرَّض للخطر.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>اكتب قائمة بالحسابات التي استخدمت فيها كلمة المرور نفسها أو كلمة مرور مشابهة. ابدأ ببريدك الإلكتروني، ثم بنكك، ثم الحسابات التي تسجّل بها الدخول إلى مواقع أخرى (Google وApple وFacebook). واجعل لكل حساب كلمة مرور خاصة به.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>استخدم مدير كلمات المرور</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>ينشئ كلمة مرور قوية ومختلفة لكل حساب ويتذكرها عنك، فلا يفتح تسريبٌ واحد أبدًا حسابًا آخر.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>اختر مدير كلمات المرور (المدير المدمج في هاتفك أو متصفحك بداية جيدة)، واحمِه بعبارة مرور طويلة وبالتحقق بخطوتين، ودعه ينشئ كلمات مرور جديدة كلما غيّرتها.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>ابحث عن عمليات تسجيل دخول لا تعرفها</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>ربما استخدم أحدٌ كلمة المرور المسرَّبة بالفعل. وتغييرها لا يُخرجه من حسابك دائمًا.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>في الحساب الذي تعرّض للاختراق وفي حساب بريدك الإلكتروني، افتح صفحة الأمان وراجع عمليات تسجيل الدخول الأخيرة والأجهزة المسجّل دخولها. سجّل الخروج من كل ما لا تعرفه، وتأكد أنه لم تُضَف إلى صندوق بريدك أي قاعدة لإعادة التوجيه ولا أي عنوان استرداد.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>غيّر أسئلة الأمان وإجاباتها</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>إجابات الأمان تعمل مثل كلمات المرور، والمعلومات المسرَّبة عنك (تاريخ الميلاد، اسم عائلة الأم قبل الزواج، مدينة النشأة) هي الإجابات التي يستخدمها الآخرون.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>غيّر أي كلمة مرور أو رمز PIN مأخوذ من تاريخ ميلادك أو عنوانك</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>أصبح تاريخ ميلادك أو عنوانك معروفًا، وكلمة المرور أو رمز PIN المبني عليه سهل التخمين.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>إذا كانت كلمة مرور أو رمز PIN يتضمن تاريخ ميلادك أو سنة ميلادك أو رقم منزلك أو اسم شارعك، فغيّره. واختر رمز PIN لا علاقة له بك.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>فعّل التحقق بخطوتين في بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>في إعدادات الأمان لحساب بريدك الإلكتروني فعّل التحقق بخطوتين (ويُسمّى أحيانًا المصادقة الثنائية). فضّل تطبيقًا أو مفتاح مرور أو مفتاح أمان على الرسائل النصية. وتأكد أن رقم الهاتف والعنوان المخصّصين للاسترداد لك.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>كن مستعدًا لرسائل بريد إلكتروني مزيّفة ومقنعة</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>بعد الاختراق يرسل المجرمون رسائل بريد إلكتروني عن إعادة تعيين كلمة المرور أو استرداد أموال أو تعويضات، تذكر اسم الشركة وأحيانًا بياناتك الشخصية.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>لا تستخدم الروابط أو المرفقات في الرسائل غير المتوقعة. للتحقق من رسالة، ادخل إلى موقع الشركة بنفسك أو اتصل بالرقم المكتوب على فاتورتك أو بطاقتك. الشركات الحقيقية لا تطلب كلمة مرورك أو رموزك عبر البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>احذر من عمليات الاحتيال التي تستغل وظيفتك</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>بمعرفة جهة عملك ومسمّاك الوظيفي، يكتب المحتالون عروض عمل مزيّفة، أو ينتحلون صفة مديرك أو أحد الموردين ويطلبون دفعة مالية عاجلة أو بطاقات هدايا.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>تحقّق من الطلبات غير المعتادة لتحويل أموال أو تغيير بيانات الدفع أو إرسال مستندات بالاتصال بالشخص على رقم تعرفه مسبقًا. وأبلغ فريق تقنية المعلومات أو الأمن لدى جهة عملك إذا ذكرت رسائل وظيفتك وبدت مريبة. واحذر من عروض العمل التي تطلب مبكرًا رسومًا أو وثائق هوية أو بيانات مصرفية.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>اتصل بالجهة المصدِرة لبطاقتك واطلب بطاقة جديدة</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>رقم البطاقة المسرَّب مع رمز الأمان الخاص بها يمكن استخدامه للدفع عبر الإنترنت فورًا.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>اتصل بالرقم المكتوب على ظهر بطاقتك، وقل إن بيانات البطاقة وردت في اختراق بيانات، واطلب بطاقة جديدة برقم جديد. راجع المدفوعات الأخيرة بحثًا عن أي دفعة لم تقم بها، وحدّث بيانات البطاقة أينما كانت تُستخدم للدفع التلقائي.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>أبلغ بنكك بأن بيانات حسابك تسرّبت</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>كلما عرف بنكك أبكر، استطاع مراقبة الاحتيال بشكل أفضل، وكانت حمايتك أقوى إن اختفت أموال.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>اتصل ببنكك على الرقم المنشور في موقعه أو المكتوب على بطاقتك، وأخبره أن بيانات حسابك وردت في اختراق بيانات، واسأله عما ينصح به: مراقبة الحساب، أو رقم حساب جديد، أو رمز PIN جديد. راجع كشوف حسابك بحثًا عن مدفوعات لم تقم بها.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>راقب كشوف حسابك المصرفي وبطاقتك في الأشهر القادمة</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>تساعد البيانات الجزئية للبطاقة وسجلات المدفوعات المجرمين على اجتياز أسئلة الأمان وجعل رسائلهم قابلة للتصديق.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>فعّل تنبيهات الدفع في تطبيق بنكك إن كان يوفرها، وراجع كشوف الحساب شهريًا. وأبلغ بنكك فورًا بأي دفعة لا تعرفها.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>انقل عملاتك المشفّرة إلى محفظة جديدة</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>يستطيع أي شخص يملك عبارة الاسترداد أو مفتاح المحفظة المسرَّب أن يُفرغ المحفظة، ولا يوجد بنك يستطيع إلغاء العملية.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>من جهاز تثق به، أنشئ محفظة جديدة بعبارة استرداد جديدة وانقل أموالك إليها. لا تكتب عبارة الاسترداد أبدًا في أي موقع إلكتروني، ولا تشاركها مع أي شخص يعرض عليك المساعدة.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>جمّد ملفك الائتماني أو أضف تنبيه احتيال</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>ببيانات هويتك يستطيع شخص ما أن يحصل على قروض أو يبرم عقود هاتف باسمك. وتجميد الائتمان أو تنبيه الاحتيال يجعل ذلك أصعب بكثير.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>اطلب من إحدى جهات الإبلاغ الائتماني حظرًا ائتمانيًا مجانيًا لمدة ٢١ يومًا، وهي تنقله إلى الجهات الأخرى. واحصل على تقريرك الائتماني المجاني للتحقق من طلبات لم تقدّمها. وتقدّم IDCARE (على الرقم 1800 595 160) مساعدة مجانية.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>فكّر في خدمة التسجيل الوقائي Cifas Protective Registration، التي تطلب من المُقرضين إجراء تحقق إضافي قبل قبول أي طلب باسمك (وهي بمقابل رسوم). وراجع تقريرك الائتماني لدى إحدى وكالات المراجع الائتمانية بحثًا عن حسابات لم تفتحها.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>قدّم إقرارك الضريبي مبكرًا هذا العام</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>يمكن استخدام رقم الضمان الاجتماعي المسرَّب لتقديم إقرار ضريبي مزيّف باسمك والحصول على المبلغ المسترد بدلًا منك.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>قدّم إقرارك في أبكر وقت ممكن. وإذا أبلغتك مصلحة الضرائب الأمريكية (IRS) بأن إقرارًا قُدّم برقمك من قبل، فأبلغ عن ذلك في IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>أبلغ الجهة التي أصدرت وثيقة هويتك</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>يمكن استخدام رقم جواز السفر أو رخصة القيادة أو بطاقة الهوية المسرَّب لفتح حسابات باسمك. وتستطيع الجهة المصدِرة وضع علامة عليه أو استبداله.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>تواصل مع الجهة التي أصدرت الوثيقة (مكتب الجوازات، أو إدارة رخص القيادة، أو مكتب بطاقات الهوية) واسألها إن كان ينبغي وضع علامة على الوثيقة أو استبدالها.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>بالنسبة إلى رخصة القيادة، تواصل مع إدارة المركبات في ولايتك واطلب منها وضع علامة على الرقم. وبالنسبة إلى رقم الضمان الاجتماعي، راجع خطوة تجميد الائتمان. وإذا استخدم أحدٌ هويتك، فأبلغ عن ذلك في IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>اعرف أين تُبلغ إذا أُسيء استخدام هويتك</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>يمنحك البلاغ الرسمي سجلًا تقدّمه للبنوك والمُقرضين، وفي بعض البلدان خطة للتعافي.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>إذا ظهرت قروض أو حسابات أو عقود باسمك، فأبلغ الشرطة واحتفظ برقم البلاغ، وأخبر البنك أو الشركة المعنية.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>أبلغ عن سرقة الهوية في IdentityTheft.gov أو على الرقم 1-877-438-4338: ستحصل على تقرير سرقة هوية (Identity Theft Report) وخطة للتعافي.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>تواصل مع IDCARE على الرقم 1800 595 160 للحصول على مساعدة مجانية، وأبلغ عن الجرائم الإلكترونية عبر ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>أبلغ الشرطة المحلية والمركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501.</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>اتصل بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>نظّف الجهاز الذي سُرقت منه كلمات مرورك، ثم غيّرها</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>مصدر هذا الاختراق برنامج ضار يسرق كلمات المرور وملفات تعريف الارتباط الخاصة بتسجيل الدخول من المتصفح. وما دام الجهاز غير نظيف، فستُسرق كلمات المرور الجديدة أيضًا.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>افحص أجهزة الكمبيوتر فحصًا كاملًا ببرنامج أمان محدَّث، أو أعِد ضبط الجهاز إن لم تكن متأكدًا. ثم، من جهاز نظيف، غيّر كلمات مرور بريدك الإلكتروني وبنكك وحساباتك المهمة الأخرى، وسجّل الخروج من جميع الجلسات الأخرى في كل منها.</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>رموز تسجيل الدخول المسرَّبة تتيح لأي شخص استخدام حسابك من دون كلمة مرور إلى أن تُنهى تلك الجلسات.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>حدِّث هاتفك وجهاز الكمبيوتر والتطبيقات</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>تساعد تفاصيل أجهزتك المهاجمين على اختيار هجمات تنجح عليها، والتحديثات تسدّ الثغرات التي تستغلها تلك الهجمات.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>افتح الإعدادات &gt; النظام &gt; تحديث البرامج (يختلف الاسم حسب الشركة المصنّعة) وثبّت التحديثات، وفي متجر Play حدِّث جميع التطبيقات وفعّل التحديث التلقائي.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>افتح الإعدادات &gt; عام &gt; تحديث البرنامج وثبّت التحديث، وشغّل التحديثات التلقائية. وفي App Store شغّل التحديث التلقائي للتطبيقات.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>ثبّت التحديثات التي يعرضها نظامك (Windows Update، أو تحديث البرنامج في macOS، أو أداة التحديث في توزيعة Linux لديك) وأبقِ التحديثات التلقائية مفعّلة، وللمتصفح أيضًا.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>حدِّث جهاز الراوتر وأخفِ عنوان IP حين يلزم ذلك</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>ثبّت تحديثات الراوتر وغيّر كلمة مرور المسؤول فيه إن كانت لا تزال الكلمة الافتراضية. وفي WhatsApp يمكنك تفعيل الإعدادات &gt; الخصوصية &gt; خيارات متقدمة &gt; حماية عنوان IP في المكالمات.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>احذر من الرسائل البريدية والمكالمات والزيارات التي تستغل عنوانك</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>بمعرفة اسمك وعنوانك، يرسل المحتالون رسائل وطرودًا مقنعة، أو يحضرون إليك مدّعين أنهم من شركة تتعامل معها.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>تحقّق من أي رسالة أو زائر يطلب مالًا أو بيانات بالتواصل مع الشركة، مستخدمًا بيانات اتصال تجدها بنفسك. وإن شعرت بعدم الأمان لأن عنوانك أصبح معروفًا، فاتصل بالشرطة.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>إذا هدّدك أحد بكشف ما تسرّب، فلا تدفع</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>لا يمكن إعادة البيانات الشخصية جدًا (الصحة، والميول الجنسية، والمعتقدات، والرسائل الخاصة) سرًّا مرة أخرى. ويستخدمها المجرمون أحيانًا لتهديد الناس وابتزازهم ماليًا.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>لا ترد على التهديدات ولا تدفع: فالدفع نادرًا ما يُنهي الأمر. احتفظ بالرسائل، وأبلغ الخدمة عن الحساب، وأبلغ الشرطة عن التهديد. وتحدّث إلى شخص تثق به.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>صنّف الرسائل المزعجة على أنها غير مرغوب فيها، ولا ترد عليها</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>عنوانك موجود في قائمة تُستخدم لإرسال الرسائل المزعجة. والرد أو النقر على «إلغاء الاشتراك» في الرسائل المزعجة لا يفعل سوى أن يؤكد أن عنوانك يعمل.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>استخدم زر الإبلاغ عن الرسائل غير المرغوب فيها أو زر البريد غير الهام في برنامج بريدك، واحظر المرسلين. ولا ترد على تلك الرسائل ولا تنقر على الروابط فيها.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>حافظ على تحديث هاتفك وتطبيقاتك</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>تسدّ التحديثات الثغرات الأمنية التي يستغلها المهاجمون. وتفعيل التحديثات التلقائية يقوم بذلك نيابةً عنك.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>الإعدادات &gt; النظام &gt; تحديث البرامج، وفي متجر Play فعّل التحديث التلقائي للتطبيقات.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>الإعدادات &gt; عام &gt; تحديث البرنامج &gt; التحديثات التلقائية، وفي App Store شغّل تحديثات التطبيقات.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>أبقِ التحديثات التلقائية مفعّلة لنظامك ومتصفحك.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>هذه المعلومة وحدها لا تُخبر أحدًا بكيفية الوصول إليك أو الدخول إلى حساباتك. لكنها قد تجعل رسائل الاحتيال تبدو أكثر شخصية، وخطوات الاحتيال المرافقة لبيانات الاتصال الخاصة بك تغطي ذلك.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>هي في الغالب ظاهرة في ملفك الشخصي العام أصلًا، ولا تفتح أي حساب. وإذا تسرّبت معها كلمة مرور، فخطوات كلمة المرور تغطي ذلك.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>لا شيء يمكنك تغييره هنا، ونادرًا ما تفيد المجرم مباشرة. كن حذرًا من الرسائل غير المتوقعة التي تذكر مدرستك أو دراستك.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>لا يمكن تغيير بصمات الأصابع وبيانات الوجه، لذا لا يوجد ما يُعاد تعيينه. وحيث تتيح الخدمة التي تعرّضت للاختراق ذلك، يمكن أن يحلّ مفتاح مرور أو مفتاح أمان محلّ تسجيل الدخول بالقياسات الحيوية فيها.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>هذا يخص قريبًا متوفّى. يسيء المجرمون أحيانًا استخدام مثل هذه السجلات، فإذا كنت تتولى شؤونه، فاطلب من بنكه ومن مكاتب الائتمان (حيث توجد) تسجيل الشخص على أنه متوفّى.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>لا شيء تحتاج إلى تغييره بعد ذلك. تعامل بحذر مع المكالمات أو الرسائل التي تذكر مواعيدك، وتحقّق منها مباشرة مع العيادة أو المكتب.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>اطلب من مشغّل شبكة الجوال قفل رقمك ضد تبديل شريحة SIM ونقل الرقم</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>اطلب من شبكتك (EE أو O2 أو Vodafone أو Three أو مزوّد خدمتك) أن تضيف إلى حسابك رمز PIN أو كلمة مرور يجب تقديمها لأي تغيير لشريحة SIM. وإذا فقد هاتفك الإشارة فجأة في مكان تعمل فيه عادةً، أو وصلتك رسالة غير متوقعة عن شريحة SIM جديدة، فاتصل بشبكتك وبنكك فورًا من هاتف آخر.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>أبلغ شركة الاتصالات التي تتعامل معها بأن بياناتك وردت في اختراق، واطلب حماية إضافية لحسابك، مثل رمز PIN أو كلمة مرور مطلوبة لتغيير شريحة SIM ونقل الرقم.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>توقّع مكالمات ورسائل احتيالية، واعرف علاماتها</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>تُباع الأرقام المسرَّبة للمحتالين. قد يعرفون اسمك وينتحلون صفة بنكك، أو شركة توصيل، أو الشرطة، أو قريب يقول إنه أضاع هاتفه.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>أبلغ عن الرسائل النصية والمكالمات الاحتيالية</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>يساعد الإبلاغ على حظر المرسلين عن الجميع، ويمنحك سجلًا إن خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>أبلغ مشغّل شبكة الجوال عن الرسائل النصية والمكالمات الاحتيالية: يتيح لك معظمهم إعادة توجيه الرسالة الاحتيالية أو الإبلاغ عن رقم في تطبيقهم أو بالاتصال بخدمة العملاء. وإذا خسرت أموالًا أو أعطيت بيانات شخصية، فأخبر بنكك فورًا وأبلغ الشرطة.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>أعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (SPAM). وأبلغ عن عمليات الاحتيال في ReportFraud.ftc.gov. وإذا خسرت أموالًا، فتواصل أيضًا مع بنكك.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>أبلغ عن المكالمات والرسائل المشتبه في أنها احتيالية عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in. ولإيقاف المكالمات والرسائل الترويجية، أرسل START 0 إلى الرقم 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>أبلغ عن عمليات الاحتيال إلى Scamwatch (scamwatch.gov.au) وعن الجرائم الإلكترونية إلى ReportCyber (cyber.gov.au). وللحصول على مساعدة مجانية بعد اختراق البيانات أو إساءة استخدام الهوية، تواصل مع IDCARE على الرقم 1800 595 160. ويمكنك تسجيل رقمك في سجل عدم الاتصال Do Not Call Register (donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>أبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت. وإذا خسرت أموالًا، فأبلغ أيضًا الشرطة المحلية واحصل على رقم الملف.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017 للحصول على نصائح بشأن المكالمات والرسائل الاحتيالية وما يجب فعله بعد تسرّب البيانات. وإذا خسرت أموالًا، فأخبر بنكك وأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>أبلغ عن عمليات الاحتيال والتصيّد الاحتيالي عبر الإنترنت إلى شرطة البريد والاتصالات (Polizia Postale) من خلال بوابتها commissariatodips.it. وإذا خسرت أموالًا، فأخبر بنكك فورًا وقدّم بلاغًا.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>حذّر عائلتك وأصدقاءك من أن أحدًا قد ينتحل شخصيتك</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>باسمك وصورتك أو رقمك، يستطيع المحتالون إنشاء حساب يشبه حسابك ويطلبون من جهات اتصالك أموالًا أو رموزًا.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>حيثما أمكن، استخدم تطبيق مصادقة بدلًا من رموز الرسائل النصية</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>الرموز المرسلة في رسائل نصية تصل إلى من يسيطر على رقمك. وبما أن رقمك معروف، فتطبيق المصادقة أو مفتاح المرور أو مفتاح الأمان أكثر أمانًا لبريدك الإلكتروني وبنكك وحساباتك على وسائل التواصل الاجتماعي.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>في إعدادات الأمان لأهم حساباتك (البريد الإلكتروني أولًا، ثم البنك، ثم وسائل التواصل الاجتماعي)، ابحث عن التحقق بخطوتين واختر تطبيق مصادقة أو مفتاح مرور أو مفتاح أمان بدلًا من الرسائل القصيرة (SMS). واحفظ الرموز الاحتياطية في مكان آمن.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>قيّد من يستطيع العثور عليك برقم هاتفك أو بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>التطبيقات التي تتيح لأي شخص البحث عنك برقمك هي الطريقة التي تُبنى بها قوائم كهذه وتُحدَّث باستمرار.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>رموز تسجيل الدخول</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>رقم الحساب المصرفي</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>النبذة</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>بيانات المتصفح</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>الدردشات</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>رمز أمان البطاقة</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>رقم البطاقة</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>بيانات الأجهزة</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>رخصة القيادة</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>عنوان البريد الإلكتروني</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>جهة العمل</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>أسماء أفراد العائلة</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>location</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>رقم الهوية</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>كلمات المرور القديمة</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>حساب تطبيق المراسلة</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>المسمّى الوظيفي</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>اسم عائلة الأم قبل الزواج</translation>
    </message>
    <message>
        <source>name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>جزء من رقم البطاقة</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>رقم جواز السفر</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>تلميح كلمة المرور</translation>
    </message>
    <message>
        <source>password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>وصف الملف الشخصي</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>رقم الهاتف</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>عنوان المنزل</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>الرسائل الخاصة</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>صورة الملف الشخصي</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>عنوان البريد الإلكتروني للاسترداد</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>حالة العلاقة</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>أسئلة الأمان وإجاباتها</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>الملف الشخصي على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>رقم الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>اسم الشريك</translation>
    </message>
    <message>
        <source>username</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>البلدة أو المنطقة أو البلد لا يقود أحدًا إلى باب بيتك، ولا يمكنك تغييره. وإذا تسرّب عنوان منزلك أيضًا، فخطوة العنوان تغطي ذلك.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>في WhatsApp افتح الإعدادات &gt; الدردشات &gt; النسخ الاحتياطي للدردشات &gt; النسخة الاحتياطية المشفّرة تمامًا بين الطرفين &gt; تفعيل، واختر كلمة مرور أو مفتاحًا من ٦٤ رقمًا، فمن دونه لا يمكن استعادة النسخة الاحتياطية. ثم افتح الإعدادات &gt; الحساب &gt; إشعارات الأمان وفعّلها. قد تختلف أسماء القوائم حسب إصدار التطبيق.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>في WhatsApp افتح الإعدادات &gt; الدردشات &gt; النسخ الاحتياطي للدردشات &gt; النسخة الاحتياطية المشفّرة تمامًا بين الطرفين &gt; تفعيل، واختر كلمة مرور أو مفتاحًا من ٦٤ رقمًا، فمن دونه لا يمكن استعادة النسخة الاحتياطية. وقد يظل نسخ iCloud الاحتياطي يحتفظ بنسخة غير مشفّرة. ثم افتح الإعدادات &gt; الحساب &gt; إشعارات الأمان وفعّلها. قد تختلف أسماء القوائم حسب إصدار التطبيق.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>في تطبيق Facebook اضغط على القائمة &gt; الإعدادات والخصوصية &gt; الإعدادات &gt; مركز الحسابات &gt; كلمة السر والأمان &gt; المصادقة الثنائية. اختر حسابك، ثم تطبيق مصادقة (الأفضل) أو رسالة نصية. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>على facebook.com انقر على صورة ملفك الشخصي &gt; الإعدادات والخصوصية &gt; الإعدادات &gt; مركز الحسابات &gt; كلمة السر والأمان &gt; المصادقة الثنائية. اختر حسابك، ثم تطبيق مصادقة (الأفضل) أو رسالة نصية.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>افتح facebook.com/privacy/checkup (أو القائمة &gt; الإعدادات والخصوصية &gt; فحص الخصوصية). تحت كيف يمكن للأشخاص العثور عليك، اضبط من يمكنه البحث عنك برقم الهاتف الذي قدّمته على الأصدقاء، أو أضيق خيار متاح، وافعل الشيء نفسه لعنوان بريدك الإلكتروني. وتحت من يمكنه رؤية ما تشاركه، اضبط ظهور رقم هاتفك وبريدك الإلكتروني وتاريخ ميلادك على أنا فقط.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>سجّل الخروج من Instagram على الأجهزة التي لا تعرفها</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>في Instagram انتقل إلى ملفك الشخصي &gt; القائمة &gt; الإعدادات والخصوصية &gt; مركز الحسابات &gt; كلمة السر والأمان &gt; مكان تسجيل دخولك. اختر حسابك وسجّل الخروج من أي جهاز أو مكان لا تعرفه، ثم غيّر كلمة السر. قد تختلف أسماء القوائم حسب إصدار التطبيق.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>اجعل حسابك على Instagram خاصًا وأخفِه من اقتراحات جهات الاتصال</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>الحساب العام يعرض صورك ومتابعيك لأي شخص، وهذا بالضبط ما ينسخه المحتالون لإنشاء حساب مزيّف يشبه حسابك.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>في Instagram انتقل إلى ملفك الشخصي &gt; القائمة &gt; الإعدادات والخصوصية &gt; خصوصية الحساب وفعّل حساب خاص. ثم ابحث في الإعدادات والخصوصية عن مزامنة جهات الاتصال وعن اقتراح حسابك على الآخرين، وأوقف ما لا تحتاج إليه. قد تختلف أسماء القوائم حسب إصدار التطبيق.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>في تطبيق LinkedIn اضغط على صورة ملفك الشخصي &gt; الإعدادات &gt; تسجيل الدخول والأمان &gt; التحقق بخطوتين &gt; إعداد، واختر تطبيق مصادقة أو رقم هاتفك.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>في LinkedIn افتح أنا &gt; الإعدادات والخصوصية &gt; تسجيل الدخول والأمان &gt; الأماكن التي سجّلت فيها الدخول، وسجّل الخروج من الجلسات التي لا تعرفها. وتحت الظهور، قيّد من يستطيع العثور على ملفك الشخصي بعنوان بريدك الإلكتروني أو رقم هاتفك. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>أزل من حسابك على Google التطبيقات التي لا تستخدمها، وكلمات مرور التطبيقات القديمة</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>التطبيقات التي ربطتها قبل سنوات قد تظل قادرة على قراءة بريدك أو ملفاتك، وكلمة مرور التطبيق تفتح حسابك من دون التحقق بخطوتين.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>افتح الإعدادات &gt; اسمك ومرّر إلى قائمة الأجهزة. اضغط على أي جهاز لا تعرفه وأزله من حسابك. قد تختلف التسميات حسب إصدار iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>على Mac افتح إعدادات النظام &gt; اسمك وراجع الأجهزة المدرجة، وأزل أي جهاز لا تعرفه. وعلى أجهزة الكمبيوتر الأخرى سجّل الدخول في account.apple.com وراجع الأجهزة المدرجة هناك.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>راجع باستخدام فحص الأمان الأشخاص والتطبيقات التي تستطيع رؤية بيانات iPhone</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>تتراكم على مر السنين مشاركة الموقع والألبومات المشتركة وأذونات التطبيقات. ويعرضها فحص الأمان في مكان واحد لتوقف ما لم تعد تريده.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>افتح الإعدادات &gt; الخصوصية والأمن &gt; فحص الأمان (iOS 16 أو أحدث) &gt; إدارة المشاركة والوصول. راجع الأشخاص الذين تشارك معهم والتطبيقات التي تستطيع رؤية موقعك وصورك وجهات اتصالك، وأوقف ما لا تحتاج إليه. إعادة تعيين الطوارئ توقف كل المشاركة دفعة واحدة، فلا تستخدمها إلا عند الحاجة.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>ألغِ كلمات السر الخاصة بالتطبيقات في Apple التي لم تعد تستخدمها</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>كلمة السر الخاصة بالتطبيق تُدخل تطبيق شركة أخرى إلى بريد iCloud وجهات الاتصال والتقويمات من دون خطوة تسجيل الدخول الثانية، لذا تظل أي كلمة قديمة أو مسرَّبة منها بابًا للدخول.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>سجّل الدخول في account.apple.com. وفي تسجيل الدخول والأمن اختر كلمات السر الخاصة بالتطبيقات وأزل أي كلمة لا تستخدمها أو لا تعرفها، أو اختر إبطال الكل. كما أن تغيير كلمة سر حساب Apple يُبطلها جميعًا.</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>أزل كلمات مرور التطبيقات القديمة من حسابك على Microsoft</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>كلمة مرور التطبيق تُدخل تطبيقًا أو جهازًا أقدم إلى حسابك على Microsoft من دون التحقق بخطوتين، لذا فإن أي كلمة لم تعد تستخدمها باب مفتوح.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>انتقل إلى account.microsoft.com/security &gt; خيارات الأمان المتقدمة (أو إدارة كيفية تسجيل الدخول) وابحث عن كلمات مرور التطبيقات. أزل كلمات مرور التطبيقات الموجودة، ثم أنشئ كلمات جديدة للأجهزة التي لا تزال تحتاج إليها فقط. قد تختلف أسماء القوائم.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>راجع ما يحفظه حسابك على Microsoft عنك وامسحه</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>قد يحتفظ حسابك على Microsoft بعمليات البحث والتصفح والموقع ونشاط التطبيقات، وما لا يُخزَّن لا يمكن أن يتسرّب أو يُستخدم ضدك.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>سجّل الدخول في account.microsoft.com/privacy. راجع النشاط الذي تعرضه لوحة معلومات الخصوصية (البحث، والتصفح، والموقع، والتطبيقات والخدمات) وامسح ما لا تريد الاحتفاظ به، ثم أوقف الإعدادات التي تجمع ما لا تحتاج إليه.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>إعادة بيع لبيانات Facebook التي جُمعت عام ٢٠٢١، معروضة على أنها بيانات مستخدمي WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>غيّر كلمة مرورك في %1</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>تلميح كلمة المرور المسرَّب كثيرًا ما يكشف كلمة المرور نفسها، لذا تعامل مع كلمة المرور على أنها معروفة للمجرمين.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>سجّل الدخول إلى %1 وغيّر كلمة مرورك. وإن لم تستطع تسجيل الدخول، فاستخدم صفحة «نسيت كلمة المرور» أو تواصل مع الموقع لاستعادة الحساب أو إغلاقه. استخدم كلمة مرور طويلة لم تستخدمها في أي مكان آخر: ثلاث كلمات عشوائية أو أكثر خيار جيد.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>تلميح كلمة المرور كثيرًا ما يكشف كلمة المرور نفسها، والمجرمون يجرّبون كلمات المرور المسرَّبة آليًا على مواقع البريد الإلكتروني والبنوك والتسوق. وأي حساب له كلمة المرور نفسها أو كلمة مرور مشابهة معرَّض للخطر.</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>صندوق بريدك يستطيع إعادة تعيين كلمات المرور لجميع حساباتك الأخرى تقريبًا. أمّنه أولًا.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>تحقّق من أي إشعار بالاختراق عبر موقع الشركة نفسها</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>بعد الاختراق يرسل المجرمون إشعارات اختراق مزيّفة وعروض تعويض تقود إلى صفحات تصيّد احتيالي. ويمكن التأكد من الإشعار الحقيقي على موقع الشركة نفسها.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>لا تستخدم الروابط أو الأرقام أو المرفقات الموجودة في رسالة تتحدث عن الاختراق. اكتب عنوان موقع الشركة بنفسك، أو استخدم تطبيقها، وابحث عن بيانها بشأن الاختراق وما تعرضه. وإن لم تكن متأكدًا، فاتصل بها على الرقم المكتوب على فاتورتك أو بطاقتك.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>اطلب من SCHUFA، وكالة الائتمان الرئيسية، نسخة مجانية من بياناتك (Datenkopie: نسخة البيانات التي يجب على كل شركة أن تعطيك إياها بموجب قانون حماية البيانات في الاتحاد الأوروبي، المادة ١٥ من اللائحة العامة لحماية البيانات GDPR)، وافحصها بحثًا عن عقود أو استعلامات ائتمانية لا تعرفها. وإن وجدت أيًّا منها، فأبلغ الشرطة وأخبر الشركة المعنية.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>استفد من خدمة مراقبة الائتمان أو حماية الهوية المجانية التي تعرضها الشركة</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>الشركات التي تفقد بيانات هوية أو بيانات مالية كثيرًا ما تدفع تكلفة خدمة مراقبة تنبّهك إلى أي ائتمان أو حسابات جديدة باسمك. لا تكلّفك شيئًا، وتكشف إساءة الاستخدام مبكرًا.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>إذا عرضت الشركة التي تعرّضت للاختراق خدمة مجانية لمراقبة الائتمان أو حماية الهوية، فاشترك فيها، لكن فقط عبر موقعها الرسمي أو الخطاب الذي أرسلته بالبريد، لا عبر رابط في رسالة بريد إلكتروني أو رسالة نصية. ودوّن موعد انتهاء الفترة المجانية حتى لا تتحول إلى اشتراك مدفوع.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>احصل على رمز PIN لحماية الهوية (Identity Protection PIN) من مصلحة الضرائب الأمريكية (IRS)</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>برقم الضمان الاجتماعي الخاص بك يستطيع شخص ما تقديم إقرار ضريبي باسمك والاستيلاء على المبلغ المسترد. ومع رمز IP PIN يُرفض أي إقرار يُقدَّم من دونه.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>أبلغ عن الاحتيال عبر reportfraud.police.uk أو على الرقم 0300 123 2040 (إنجلترا وويلز وأيرلندا الشمالية)، وفي اسكتلندا اتصل بشرطة اسكتلندا (Police Scotland) على الرقم 101. وأخبر بنكك وأي شركة فُتحت لديها حسابات باسمك.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>قدّم بلاغًا (Anzeige) إلى الشرطة، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك إن وُجد، أو في أي مركز شرطة. وأخبر بنكك وأي شركة فُتحت لديها حسابات باسمك.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>قدّم شكوى (plainte) إلى الشرطة أو الدرك، مع لقطات الشاشة والرسائل كدليل، وإذا كنت تشتبه فقط في إساءة الاستخدام، يمكنك تسجيل الوقائع في سجل اليد الجارية (main courante). وأخبر بنكك والجهات المعنية. وإذا استُخدمت بطاقتك عبر الإنترنت من دون علمك، فأوقفها وأبلغ عن ذلك في منصة Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>أبلغ عن سرقة الهوية إلى الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil) واحتفظ بالبلاغ. ويقدّم خط المساعدة المجاني 017 التابع لـ INCIBE النصح بشأن ما يجب فعله بعد ذلك. وأخبر بنكك وأي شركة فُتحت لديها حسابات باسمك.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>تحقّق من الحسابات المصرفية والقروض ومفاتيح Pix (مفاتيح الدفع الفوري) المسجّلة برقم CPF الخاص بك (الرقم الضريبي) عبر خدمة Registrato المجانية التابعة للبنك المركزي. واعترض على أي شيء لم تفتحه لدى الشركة المعنية وبنكك، وقدّم بلاغًا إلى الشرطة (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>سجّل الخروج من جميع الجلسات في %1</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>في إعدادات الأمان في %1، اختر تسجيل الخروج من جميع الجلسات أو الأجهزة، ثم سجّل الدخول من جديد وغيّر كلمة مرورك.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>اشترك في تنبيهات مجانية عند ظهور عنوان بريدك الإلكتروني في اختراق</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>لا ينبغي أن يفاجئك الاختراق القادم: فالتنبيه المبكر يمنحك وقتًا لتغيير كلمة المرور قبل أن تُستخدم.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>في haveibeenpwned.com استخدم Notify me وأكّد الرابط الذي يرسله إليك بالبريد الإلكتروني، أو أنشئ حسابًا مجانيًا في Mozilla Monitor على monitor.mozilla.org. كلاهما ينبّهك عند ظهور عنوانك في اختراق يُكتشف حديثًا. افعل ذلك لكل عنوان تستخدمه.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>احذف الحسابات التي لم تعد تستخدمها</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>حساب قديم في منتدى أو متجر نسيته لا يزال يحتفظ ببياناتك وربما بكلمة مرور قديمة، وإن اختُرق غدًا فستتسرّب بياناتك مرة أخرى.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>ابحث في صندوق بريدك عن رسائل التسجيل والترحيب لتعدّ قائمة بالحسابات القديمة. سجّل الدخول إلى كل حساب لم تعد تستخدمه، واحذفه (ابحث في الإعدادات أو الخصوصية، أو اطلب ذلك من دعم الموقع)، ودوّن الحسابات التي أغلقتها. وغيّر كلمة المرور أولًا إن كنت قد استخدمتها في مكان آخر.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>احفظ كلمات مرورك في مدير كلمات المرور</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>ينشئ مدير كلمات المرور كلمة مرور قوية ومختلفة لكل حساب ويتذكرها عنك، فلا يفتح تسريبٌ في موقع واحد أبدًا حسابًا في موقع آخر.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>اختر مدير كلمات المرور (المدير المدمج في هاتفك أو متصفحك بداية جيدة)، واحمِه بعبارة مرور طويلة وبالتحقق بخطوتين، ودعه ينشئ كلمة مرور جديدة كلما غيّرت إحدى كلماتك.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>فعّل التحقق بخطوتين في بريدك الإلكتروني وحساباتك الرئيسية</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>صندوق بريدك يستطيع إعادة تعيين كلمات المرور لكل شيء آخر تقريبًا. وخطوة ثانية عند تسجيل الدخول تمنع من يعرف كلمة مرورك من الدخول.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>في إعدادات الأمان لحساب بريدك الإلكتروني فعّل التحقق بخطوتين (ويُسمّى أيضًا المصادقة الثنائية)، ثم افعل الشيء نفسه في حساباتك المصرفية وحسابات التواصل الاجتماعي. فضّل تطبيقًا أو مفتاح مرور أو مفتاح أمان على الرسائل النصية.</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>برقمك يستطيع المجرم أن يطلب من مشغّل شبكتك شريحة SIM جديدة باسمك، أو نقل رقمك إلى شركة أخرى، ثم يتلقى رموز الأمان الخاصة بك. وقفل أو رمز PIN على حسابك لدى مشغّل الجوال يمنع ذلك.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>اتصل بمشغّل شبكة الجوال من هاتفك، أو استخدم تطبيقه، واطلب قفلًا أو رمز PIN يجب تقديمه قبل أن يحصل أي شخص على شريحة SIM جديدة لرقمك أو ينقله إلى شركة أخرى. اطلبه باسمه. ولا تعطِ أبدًا بيانات حسابك لمن يتصل بك مدّعيًا أنه من مشغّلك، بل أنهِ المكالمة واتصل بالرقم المكتوب على فاتورتك.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>منذ يوليو ٢٠٢٤ (بموجب قاعدة من هيئة تنظيم الاتصالات في الهند TRAI)، لا يمكن نقل الرقم إلى شركة أخرى خلال ٧ أيام من استبدال شريحة SIM: فإذا توقفت شريحتك عن العمل فجأة، فاتصل بمشغّلك فورًا. وعلى sancharsaathi.gov.in، تعرض خدمة Know Mobile Connections in Your Name (فحص TAFCOP الحكومي) كل رقم مسجّل بهويتك، فأبلغ عن أي رقم ليس لك.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>لنقل رقمك إلى شركة أخرى، يحتاج المشغّل الجديد إلى رمز RIO الخاص بك، الذي تحصل عليه بالاتصال بالرقم 3179 من خطك. لا تُمليه أبدًا على أي متصل. وإذا انقطعت الخدمة عن هاتفك فجأة، فاتصل بمشغّلك من هاتف آخر: فربما حصل شخص ما على شريحة SIM بديلة (duplicata) باسمك.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>منذ نوفمبر ٢٠٢٢، وبموجب قواعد هيئة ضمانات الاتصالات الإيطالية (AGCOM)، لا يستطيع تغيير شريحة SIM أو نقل الرقم إلا صاحب الخط، بوثيقة هوية ورمز ضريبي، ويؤكد المشغّل الطلب برسالة نصية أو مكالمة إلى شريحتك الحالية. وإذا وصلتك رسالة كهذه من دون أن تطلب شيئًا، فأبلغ مشغّلك فورًا.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>فرضت الوكالة الإسبانية لحماية البيانات (AEPD) غرامات على مشغّلين سلّموا شرائح SIM مكرّرة من دون التحقق من الهوية كما ينبغي. اسأل مشغّلك كيف يتحقق من هويتك قبل إصدار شريحة SIM مكرّرة، وهل يمكنك إضافة كلمة مرور إلى حسابك. وإذا فقد هاتفك الخدمة فجأة، فاتصل بمشغّلك وبنكك من هاتف آخر.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>تحقّق من خطوط الجوال المسجّلة برقم هويتك عبر خدمة الاستعلام عن الخطوط لدى الجهة المنظِّمة، هيئة تقنيات المعلومات والاتصالات التركية BTK (hat-sorgulama.btk.gov.tr)، واطلب من المشغّل المعني إلغاء أي خط لا تعرفه. وإذا توقفت شريحتك عن العمل فجأة، فاتصل بمشغّلك وبنكك فورًا من هاتف آخر.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>منذ عام ٢٠٢٠ تُلزم الجهة المنظِّمة للاتصالات في كندا (CRTC) شركات الاتصالات بالإبلاغ عن عمليات تبديل شرائح SIM ونقل الأرقام غير المصرّح بها، وقد أضافت الشركات إجراءات تحقق إضافية. اطلب من شركة الاتصالات رمز PIN أو كلمة مرور للحساب يجب تقديمها لتغيير شريحة SIM ونقل الرقم. وإذا فقد هاتفك الخدمة فجأة، فاتصل بشركة الاتصالات وبنكك من هاتف آخر.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>تأكد أن أحدًا لم يضبط تحويل مكالماتك</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>من يحوّل مكالماتك إلى هاتفه يستطيع تلقي المكالمات التي يجريها بنكك للتحقق من دفعة، أو المكالمات التي تُملي رموز الأمان، من دون أن يلمس شريحة SIM الخاصة بك.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>لا تشارك أبدًا رمزًا يصلك في رسالة نصية: فلا بنك ولا مشغّل ولا تطبيق يطلبه منك. واحذر من الاستعجال والتهديد. وإذا بدا أن رسالة أو مكالمة صادرة عن شركة تعرفها، فأنهِ المكالمة واتصل بالرقم المنشور في موقعها أو المكتوب على بطاقتك أو فاتورتك. وإذا راسلك قريب من رقم جديد، فتحقّق منه بالاتصال برقمه القديم.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>أعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (مجانًا) ورسائل البريد الإلكتروني الاحتيالية إلى report@phishing.gov.uk. وللإبلاغ عن مكالمة مشبوهة، أرسل كلمة CALL متبوعة بالرقم في رسالة نصية إلى 7726. وللتحقق من مكالمة من بنكك، اتصل بالرقم 159. وإذا خسرت أموالًا، فأبلغ عن ذلك في reportfraud.police.uk أو على الرقم 0300 123 2040 (إنجلترا وويلز وأيرلندا الشمالية)، أو لدى شرطة اسكتلندا (Police Scotland) على الرقم 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>أعِد توجيه الرسائل النصية الاحتيالية، وأبلغ عن المكالمات غير المرغوب فيها، إلى الرقم 33700 (مجانًا، وأيضًا عبر 33700.fr). وأوقف مكالمات التسويق الهاتفي بتسجيل رقمك مجانًا في Bloctel (bloctel.gouv.fr). وإذا استُخدمت بطاقتك عبر الإنترنت من دون علمك، فأوقفها لدى بنكك، ثم أبلغ عن ذلك في منصة Perceval. وللمساعدة بعد التعرّض لاحتيال عبر الإنترنت، استخدم cybermalveillance.gouv.fr، وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>اشتكِ أولًا إلى شركة الاتصالات من المكالمات أو الرسائل الاحتيالية على خطك. وإذا لم تحلّ المشكلة، فتواصل مع الجهاز القومي لتنظيم الاتصالات (NTRA) على الرقم 155 أو عبر تطبيقه My NTRA. وإذا خسرت أموالًا أو هدّدك أحد عبر الإنترنت، فأخبر بنكك وأبلغ الشرطة.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>أنهِ المكالمة مع من يدّعون أنهم من الشرطة أو الجيش أو النيابة ويطلبون مالًا أو ذهبًا أو بيانات مصرفية: فالمسؤولون لا يفعلون ذلك أبدًا. وأبلغ عن مواقع التصيّد الاحتيالي والاحتيال إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr). وأبلغ الشرطة عن الاحتيال على الرقم 112، رقم الطوارئ الموحّد. وإذا أرسلت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>أرسل STOP في رسالة نصية إلى الرقم 2442 لإيقاف الرسائل التسويقية غير المرغوب فيها (خدمة Do-Not-Disturb). واشتكِ أولًا إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622 أو 0800 2255 622، أو عبر نموذج الشكاوى الإلكتروني. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>أخبر الأشخاص الذين تتواصل معهم أكثر من غيرهم أنك لن تطلب منهم أبدًا مالًا أو رمزًا عبر رسالة، وأنه إذا راسلهم «أنت» من رقم جديد فعليهم الاتصال برقمك المعتاد للتحقق. وإذا ظهر حساب مزيّف، فأبلغ التطبيق عنه واطلب من جهات اتصالك الإبلاغ عنه أيضًا.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>في التطبيقات التي تستخدمها (Facebook وInstagram وTelegram وSignal وX وLinkedIn)، ابحث عن إعداد الخصوصية الذي يحدد من يستطيع البحث عنك برقم الهاتف أو البريد الإلكتروني واختر أضيق خيار. لا تعطِ رقمك إلا حيث يلزم. ويستطيع Google إزالة نتائج البحث التي تعرض رقمك أو عنوانك (النتائج المتعلّقة بك)، لكن الصفحة نفسها تبقى.</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>افتح صفحة اتصالاتك بالتطبيقات والخدمات التابعة لجهات خارجية على myaccount.google.com/connections، وألغِ إذن الوصول لكل ما لا تستخدمه أو لا تعرفه. ثم افتح كلمات مرور التطبيقات على myaccount.google.com/apppasswords، وهي الصفحة التي تُدار منها، وألغِ ما لا تحتاج إليه منها. كما أن تغيير كلمة مرور حسابك على Google يُلغي جميع كلمات مرور التطبيقات.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>تعرض صفحة النشاط الأخير أين استُخدم حسابك وكيف خلال آخر ٣٠ يومًا. وقد تعني عملية تسجيل دخول لا تعرفها أن شخصًا آخر يعرف كلمة مرورك، لكنها قد تكون أيضًا من هاتفك أنت، أو أثناء سفر، أو بسبب VPN (خدمة تُخفي المكان الذي تتصل منه).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>افتح account.live.com/activity ووسّع أي عملية تسجيل دخول لا تعرفها لترى مكانها وجهازها. وإذا لم تكن أنت، فاختر لم يكن هذا أنا حيث تعرضه الصفحة، وغيّر كلمة مرورك، وفعّل التحقق بخطوتين. وإذا لم تكن متأكدًا، فتحقّق مما إذا كان الجهاز والمكان قد يكونان لك، كهاتفك أو سفر قمت به، وإن لم يكن ذلك ممكنًا، فاعتبرها عملية لم تقم بها.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>غيّرها في الحساب الذي تعرّض للاختراق، وفي الحسابات التي استخدمت فيها الأسئلة أو الإجابات نفسها. استخدم إجابات غير حقيقية لا يمكن البحث عنها، واحفظها في مكان آمن، مثل مدير كلمات المرور.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>التجميد مجاني ولا يضر بدرجتك الائتمانية. جمّد ملفك لدى كل مكتب من مكاتب الائتمان، Equifax وExperian وTransUnion، عبر موقعه الإلكتروني أو بالهاتف: يبدأ التجميد خلال يوم عمل واحد، وعلى المكتب رفعه خلال ساعة واحدة عندما تطلب ذلك. أو على الأقل ضع تنبيه احتيال مجانيًا لمدة سنة لدى أحد المكاتب. ويمكن للوالدين أيضًا تجميد ملف طفلهما دون سن السادسة عشرة مجانًا.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>اطلب من مكتبَي الائتمان وضع تنبيه احتيال على ملفك: Equifax Canada على الرقم 1-800-465-7166 وTransUnion Canada على الرقم 1-800-663-9980. وإذا كنت تقيم في كيبيك، يمكنك أيضًا أن تطلب من كليهما تجميدًا أمنيًا (منذ فبراير ٢٠٢٣): فلا يقدّمان ملفك إلى المُقرضين بعد ذلك حتى ترفعه. وراجع تقريرك الائتماني مرة واحدة في السنة على الأقل.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>قدّم طلبًا للتسجيل الوقائي (Protective Registration) لدى خدمة منع الاحتيال في الجنوب الأفريقي (SAFPS)، باستخدام النموذج الموجود على موقعها الإلكتروني أو في تطبيقها. وعندها تنبّه SAFPS أعضاءها، كالمُقرضين، إلى توخي حذر إضافي عند التأكد من أنك أنت فعلًا. وإذا فُقد دفتر هويتك (ID book) أو جواز سفرك أو سُرق، يمكنك أيضًا تسجيله بالاتصال بـ SAFPS على الرقم 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>سجّل الدخول إلى حسابك على الإنترنت لدى IRS (IRS Online Account) عبر irs.gov/ippin وتحقّق من هويتك، فيظهر لك رمز PIN. وإذا لم تتمكن من التحقق عبر الإنترنت، فاستخدم النموذج Form 15227 (إذا كان دخلك أقل من الحد الذي تحدده IRS)، أو زُر أحد مراكز مساعدة دافعي الضرائب التابعة لـ IRS (Taxpayer Assistance Center) بموعد مسبق. يصلك رمز PIN جديد من ستة أرقام كل عام، فاستخدمه في كل إقرار فيدرالي. ولا تطلبه IRS أبدًا بالهاتف أو بالبريد الإلكتروني أو برسالة نصية.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>أبلغ عن إساءة استخدام هويتك عبر الإنترنت إلى شرطة البريد والاتصالات (Polizia Postale)، وهي وحدة الشرطة المختصة بالجرائم الإلكترونية، عبر بوابتها commissariatodips.it أو في أحد مكاتبها. وأخبر بنكك فورًا واعترض على أي دفعة أو قرض لم تقم به.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>أبلغ عن إساءة استخدام هويتك أو الاحتيال عبر الإنترنت أو الابتزاز إلى وزارة الداخلية (moiegypt.gov.eg) أو في أحد أقسام الشرطة، واحتفظ بلقطات الشاشة كدليل. وأبلغ بنكك وشركة الاتصالات بأي حسابات أو خطوط لم تفتحها.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>في حالات الطوارئ، كجريمة تحدث الآن، اتصل بالرقم 112. وفي غير ذلك، قدّم شكوى (şikâyet)، كتابيةً أو شفهيةً، في مركز للشرطة أو الدرك أو لدى النيابة العامة (Cumhuriyet Başsavcılığı). وأبلغ عن المواقع المزيّفة للبنوك أو للجهات الحكومية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr). وتحقّق من خطوط الجوال المسجّلة برقم هويتك عبر خدمة الاستعلام عن الخطوط لدى هيئة تقنيات المعلومات والاتصالات التركية BTK (hat-sorgulama.btk.gov.tr)، وأبلغ بنكك بأي حسابات أو قروض لم تفتحها.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>أبلغ عن الاحتيال أو الابتزاز عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصتها «إبلاغ» e-Blagh (e-blagh.ma)، وعن أي إساءة أخرى لاستخدام هويتك في أحد مراكز الشرطة. وأبلغ بنكك وشركة الاتصالات بأي حسابات أو خطوط لم تفتحها.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>قدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية، شخصيًا أو عبر موقع الشرطة ADenunciar إذا كانت حالتك مدرجة فيه، واحتفظ برقم القضية. وأخبر الشركة التي وقع فيها الاحتيال. واطلب من TransUnion وضع تنبيه احتيال على تقريرك الائتماني، واعترض لدى TransUnion وDataCrédito على أي دين ليس لك، وإن لم ينجح ذلك، فاشتكِ إلى SIC، الجهة المختصة بحماية البيانات.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>إذا ظهرت قروض أو حسابات باسمك، فأثبت للمُقرض أو لجهة تحصيل الديون أنك لست من قام بذلك، فيعطيك عندئذٍ خطابًا يؤكد أن شخصًا انتحل هويتك. وأبلغ الشرطة (SAPS). وإذا لم يكن المُقرض عضوًا في خدمة منع الاحتيال في الجنوب الأفريقي (SAFPS)، فأرسل الخطاب إلى SAFPS: فهي تضع علامة على رقم هويتك وتصدر لك رقم تسجيل وقائي (Protective Registration، PR) ورقم ضحية (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>أبلغ عن إساءة استخدام هويتك إلى الدرك الوطني، على رقمه المجاني 1055 أو عبر الإنترنت على ppgn.mdn.dz (ثم تؤكد الشكوى في إحدى فرق الدرك)، أو في أحد مراكز الشرطة. واحتفظ بالرسائل والإيصالات، وأبلغ بنكك وشركة الاتصالات بأي حسابات أو خطوط لم تفتحها.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>يمكن أن يكشف عنوان IP موقعك التقريبي. والراوتر المحدَّث الذي له كلمة مرور مسؤول خاصة به، غير الكلمة الافتراضية، يحمي شبكتك المنزلية أيًّا كان العنوان الذي تسرّب.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>فعّل الأقفال المجانية لدى شركة الاتصالات التي تتعامل معها. T-Mobile: في تطبيق T-Life، اضغط على Account &gt; أيقونة الترس &gt; Security، ثم على SIM Protection وPort Out Protection، وتُضبط Port Out Protection لكل خط على حدة، لذا فعّلها لكل خط. Verizon: خدمتا Number Lock وSIM Protection في My Verizon. AT&amp;T: خدمة Wireless Account Lock في myAT&amp;T. الشركات الأخرى: اطلب قفلًا. ولا توقف أيًّا منها أبدًا لأن متصلًا طلب منك ذلك.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>تطلب شركات مثل Vodafone كلمة مرور العميل (Kundenkennwort) قبل تسليم شريحة SIM جديدة في المتجر. اختر كلمة ليست تاريخ ميلادك ولا أي شيء آخر قد يكون تسرّب، وغيّرها إذا أدخلتها بعد فتح رابط في رسالة نصية. وإذا فقد هاتفك الخدمة فجأة، فاتصل بمشغّلك وبنكك من هاتف آخر.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>راجع تحويل المكالمات في إعدادات المكالمات بهاتفك، أو في حسابك لدى مشغّلك، وأوقف أي تحويل لم تضبطه بنفسك. وإذا اتصل بك أحد أو راسلك مدّعيًا أنه من مشغّلك وطلب منك إدخال رمز في لوحة الاتصال أو تغيير أحد الإعدادات، فأنهِ المكالمة واتصل بمشغّلك على الرقم المكتوب في فاتورتك. وتختلف القوائم من هاتف لآخر.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>أبلغ عن المكالمات غير المرغوب فيها والرسائل النصية المزعجة والأرقام المُساء استخدامها إلى الوكالة الاتحادية للشبكات (Bundesnetzagentur) عبر نماذجها الإلكترونية على bundesnetzagentur.de/aergermitrufnummern. وهي تتعامل مع الأرقام لا مع الاحتيال: فإذا حاول أحد خداعك أو خسرت أموالًا، فأبلغ الشرطة، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك، أو في أي مركز شرطة. ولا تُعِد الاتصال بالمكالمات الفائتة من أرقام غير معروفة.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>أعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 330330 (مجانًا، لجميع المشغّلين)، وهو رقم الإبلاغ التابع لهيئة الاتصالات والفضاء والتقنية. وإذا خسرت أموالًا، فاتصل ببنكك فورًا وأبلغ الشرطة.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>سجّل رقمك في خدمة Não Me Perturbe (naomeperturbe.com.br) لإيقاف مكالمات المبيعات من شركات الاتصالات والبنوك، واشتكِ إلى الوكالة الوطنية للاتصالات (Anatel) على الرقم 1331 إن استمرت. وتُظهر بعض مكالمات الشركات الآن اسم المتصل وشعاره وسبب الاتصال، مع تحقّق من أن الرقم حقيقي (Origem Verificada)، ومع ذلك لا تعطِ أبدًا رموزًا أو كلمات مرور في مكالمة. وإذا خسرت أموالًا، فأخبر بنكك وقدّم بلاغًا إلى الشرطة (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>أبلغ عن عمليات الاحتيال والنصب والابتزاز عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصتها «إبلاغ» e-Blagh (e-blagh.ma). ولمشاكل خطك، اشتكِ إلى مشغّلك. وإذا خسرت أموالًا، فاتصل ببنكك فورًا وأبلغ الشرطة.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>أبلغ عن الاحتيال والنصب عبر الإنترنت إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية، في أحد مراكز الشرطة أو عبر الإنترنت من خلال خدمة ADenunciar إذا كانت حالتك مدرجة فيها، واحتفظ برقم القضية. وإذا خسرت أموالًا، فاتصل ببنكك فورًا. ولا تعطِ أبدًا رموزًا أو أرقام بطاقات أو كلمات مرور لأي متصل.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>أبلغ عن عمليات النصب إلى الدرك الوطني، على رقمه المجاني 1055 أو عبر الإنترنت على ppgn.mdn.dz (ثم تؤكد الشكوى في إحدى فرق الدرك)، أو في أحد مراكز الشرطة. وإذا سُحبت منك أموال، فأخبر بنكك أو بريد الجزائر (Algérie Poste) فورًا. واحتفظ بالرسائل والإيصالات.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>إذا خسرت أموالًا أو أعطيت بياناتك المصرفية، فاتصل فورًا بالمركز الوطني للاستجابة للاحتيال (National Scam Response Centre) على الرقم 997، ثم قدّم بلاغًا إلى الشرطة. وأنهِ المكالمة مع كل من يدّعي أنه من MCMC أو الشرطة أو موظف بنك.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>راجع تقاريرك الائتمانية بحثًا عن حسابات لم تفتحها</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>تظهر في تقريرك الائتماني القروض أو البطاقات أو العقود التي يفتحها أحدٌ باسمك. ومراجعة التقرير هي ما يتيح لك اكتشافها مبكرًا.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>احصل على تقاريرك الائتمانية مجانًا من AnnualCreditReport.com: إذ يتيح لك كلٌّ من Equifax وExperian وTransUnion الاطلاع على تقريرك مرة واحدة في الأسبوع. أما المواقع الأخرى فقد تفرض عليك رسومًا أو تكون مزيّفة. ابحث عن حسابات أو قروض أو عناوين لا تعرفها، وإذا وجدت شيئًا منها، فأبلغ عن ذلك في IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>يمكنك الحصول على تقريرك الائتماني مجانًا من مكتبَي الائتمان كليهما: من TransUnion Canada عبر الإنترنت أو بالبريد أو شخصيًا، ومن Equifax Canada بالبريد باستخدام نموذج الطلب الخاص به مع نسخ من وثائق هويتك. وراجع التقريرين بحثًا عن حسابات أو استعلامات ائتمانية لا تعرفها، مرة واحدة في السنة على الأقل.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>يمكنك الحصول على تقريرك الائتماني مجانًا مرة واحدة كل ثلاثة أشهر على الأقل. اطلبه من كل جهة من جهات الإبلاغ الائتماني، لأنها قد تحتفظ بمعلومات مختلفة، وابحث فيه عن طلبات ائتمان لم تقدّمها أو حسابات لم تفتحها.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>يجب على كل شركة معلومات ائتمانية (مكتب ائتمان) تحتفظ بسجلك الائتماني أن تعطيك تقريرًا ائتمانيًا كاملًا مجانيًا واحدًا، مع درجتك الائتمانية، في كل سنة ميلادية (بموجب قاعدة صادرة عن بنك الاحتياطي الهندي). اطلبه من كل مكتب عبر موقعه الإلكتروني، وابحث فيه عن قروض أو بطاقات لم تحصل عليها. وإذا وجدت شيئًا منها، فاتصل بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>يتيح لك القانون الحصول على تقريرك الائتماني مجانًا مرة واحدة في السنة من كل مكتب ائتمان. اطلبه من كل مكتب رئيسي، مثل TransUnion، وابحث فيه عن قروض أو حسابات لم تفتحها. ويمكنك الاعتراض مجانًا لدى المكتب على القيود الخاطئة، وأمامه ٢٠ يوم عمل للتحقق منها.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>راجع تقرير CCRIS الخاص بك، وهو سجل البنك المركزي الماليزي (Bank Negara Malaysia) لقروضك وطلبات الائتمان التي قدّمتها، عبر خدمته eCCRIS (eccris.bnm.gov.my). وابحث عن قروض أو طلبات لم تقدّمها، وأرسل طلب تحقق من البيانات عبر eCCRIS لتدقيق القيود الخاطئة.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>دع هاتفك أو متصفحك يتحقق مما إذا كانت كلمات مرورك المحفوظة قد ظهرت في تسريبات</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>يستطيع مدير كلمات المرور الموجود لديك بالفعل أن يُظهر لك أيًّا من كلمات مرورك المحفوظة ظهر في تسريب، فتعرف أيها يجب أن تغيّره.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>افتح passwords.google.com (مدير كلمات المرور في Google) في متصفحك واختر الانتقال إلى فحص كلمات المرور &gt; التحقّق من كلمات المرور. غيّر كل كلمة مرور موسومة بأنها مخترَقة، بدءًا ببريدك الإلكتروني وبنكك، ثم كلمات المرور التي تعيد استخدامها. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>في iOS 18 أو الإصدارات الأحدث، افتح تطبيق كلمات السر واضغط على الأمان، وفي الإصدارات الأقدم افتح الإعدادات &gt; كلمات السر &gt; توصيات الأمان. تأكّد من تشغيل اكتشاف كلمات السر المخترقة، ثم غيّر كل كلمة سر موسومة بأنها مخترقة، بدءًا ببريدك الإلكتروني وبنكك. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: المزيد (النقاط الثلاث) &gt; كلمات المرور والملء التلقائي &gt; مدير كلمات المرور في Google &gt; الفحص. Edge: الإعدادات والمزيد (...) &gt; الإعدادات &gt; ملفات التعريف &gt; كلمات المرور، وفعّل إظهار التنبيهات عند العثور على كلمات المرور في تسرب عبر الإنترنت. Firefox: الإعدادات &gt; الخصوصية والأمان &gt; كلمات السر، وأبقِ خيار اعرض تنبيهات بكلمات السر المتسرّبة من المواقع محدَّدًا. Mac: تطبيق كلمات السر &gt; الأمان. قد تختلف أسماء القوائم حسب الإصدار.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>لا تبحث عن الملفات المسرَّبة ولا تنزّلها ولا تفتحها</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>قد يغريك البحث عن البيانات المسرَّبة لترى ما تحتويه عنك. لكن تبيّن أن نسخًا منها متداولة على الإنترنت تُخفي برامج ضارة تصيب الجهاز الذي يفتحها.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>لا تبحث عن ملفات تدّعي أنها تحتوي على هذا التسريب ولا تنزّلها ولا تفتحها، حتى للتحقق من بياناتك أنت. ولمعرفة ما الذي تسرّب، اعتمد على الإشعار الصادر عن الشركة نفسها أو على خدمة تنبيه بالاختراقات مثل Have I Been Pwned. وإذا كنت قد فتحت ملفًا كهذا، فافحص الجهاز ببرنامج أمان محدَّث، وغيّر كلمات المرور من جهاز آخر.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>لا تُعطِ أبدًا رمزًا يقول أحدهم إنه أرسله إليك بالخطأ</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>برقمك يستطيع المحتال أن يبدأ تسجيل الدخول إلى حسابك في WhatsApp أو Telegram على هاتفه، فيرسل التطبيق الرمز إليك في رسالة نصية. ثم يطلبه منك، وكثيرًا ما يكتب إليك من حساب صديق استولى عليه. ومن يحصل على الرمز يستطيع الاستيلاء على حسابك.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram أو أي خدمة أخرى في رسالة نصية، ولا حتى لصديق يقول إنه أُرسل إليك بالخطأ. وإذا كنت قد فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، ففي WhatsApp يؤدي ذلك إلى تسجيل خروج الشخص الآخر. ثم فعّل التحقق بخطوتين، ونبّه جهات اتصالك إلى ألا يردّوا على الرسائل الواردة من حسابك.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (SPAM)، وأبلغ عن الاحتيال في ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (مجانًا). وإذا خسرت أموالًا، فأبلغ عن ذلك في reportfraud.police.uk، أو في اسكتلندا لدى شرطة اسكتلندا (Police Scotland) على الرقم 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن ذلك إلى Scamwatch (scamwatch.gov.au). وإذا خسرت أموالًا، فتواصل مع بنكك فورًا، وتساعدك IDCARE (على الرقم 1800 595 160) إذا أُسيء استخدام هويتك.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت، وإذا خسرت أموالًا، فأخبر أيضًا بنكك والشرطة المحلية.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 33700 (مجانًا). وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك، ويمكن أن يساعدك موقع cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ الشرطة عن الاحتيال، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك إن وُجد، أو في أي مركز شرطة.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن ذلك شرطةَ البريد والاتصالات (Polizia Postale) عبر commissariatodips.it، وأخبر بنكك فورًا إذا خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وللحصول على النصح، اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017. وإذا خسرت أموالًا، فأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. واشتكِ إلى شركة الاتصالات التي تتعامل معها، ثم إلى الجهة المنظِّمة، الجهاز القومي لتنظيم الاتصالات (NTRA)، على الرقم 155 إن لم تُحلّ المشكلة. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 330330 (مجانًا، لجميع المشغّلين).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن المواقع الاحتيالية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr)، وعن الاحتيال في مركز للشرطة أو الدرك، أو على الرقم 112 إن كان يحدث الآن.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن الرسالة عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. واشتكِ إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ عن الاحتيال عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصة «إبلاغ» e-Blagh (e-blagh.ma)، وإذا خسرت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وإذا أُخذت منك أموال، فاتصل ببنكك فورًا وقدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>لا تُعطِ أبدًا أي رمز يرسله إليك WhatsApp أو Telegram في رسالة نصية، حتى لصديق يقول إنه وصلك بالخطأ. وإذا فعلت ذلك، فسجّل الدخول من جديد برقمك فورًا، وأنهِ الجلسات التي لا تعرفها، وفعّل التحقق بخطوتين. وأبلغ WASPA، الهيئة الممثِّلة لقطاع رسائل الجوال (waspa.org.za)، عن رسائل SMS الاحتيالية، وإذا خسرت أموالًا، فاتصل فورًا بخط الإبلاغ عن الاحتيال لدى بنكك.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>تحقّق من أي رسالة «رقمي الجديد» تبدو من أحد أفراد عائلتك قبل أن تردّ</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>يراسل المحتالون الآباء والأمهات والأصدقاء منتحلين صفة ابن أو قريب: «مرحبًا يا أمي، انكسر هاتفي، وهذا رقمي الجديد». وبعد بضع رسائل يطلبون مالًا لفاتورة عاجلة أو لشراء هاتف جديد.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>لا تردّ على الرقم الجديد ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اسأل قريبًا آخر، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. ولا تغيّر رقمه المحفوظ لديك بسبب رسالة. وأبلغ عن المرسل واحظره في تطبيق المراسلة.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. ويُدخل بعض المحتالين في القصة محاميًا مزيّفًا أو شرطيًا مزيّفًا. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (SPAM)، وأبلغ عن الاحتيال في ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (مجانًا). وإذا خسرت أموالًا، فأبلغ عن ذلك في reportfraud.police.uk، أو في اسكتلندا لدى شرطة اسكتلندا (Police Scotland) على الرقم 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. ولا تغيّر أبدًا رقمه المحفوظ لديك بسبب رسالة. وأبلغ عن ذلك إلى Scamwatch (scamwatch.gov.au). وإذا خسرت أموالًا، فتواصل مع بنكك فورًا، وتساعدك IDCARE (على الرقم 1800 595 160) إذا أُسيء استخدام هويتك.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت، وإذا خسرت أموالًا، فأخبر أيضًا بنكك والشرطة المحلية.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 33700 (مجانًا). وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك، ويمكن أن يساعدك موقع cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ الشرطة عن الاحتيال، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك إن وُجد، أو في أي مركز شرطة.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ عن ذلك شرطةَ البريد والاتصالات (Polizia Postale) عبر commissariatodips.it، وأخبر بنكك فورًا إذا خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وللحصول على النصح، اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017. وإذا خسرت أموالًا، فأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. واشتكِ إلى شركة الاتصالات التي تتعامل معها، ثم إلى الجهة المنظِّمة، الجهاز القومي لتنظيم الاتصالات (NTRA)، على الرقم 155 إن لم تُحلّ المشكلة. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 330330 (مجانًا، لجميع المشغّلين).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ عن المواقع الاحتيالية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr)، وعن الاحتيال في مركز للشرطة أو الدرك، أو على الرقم 112 إن كان يحدث الآن.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ عن الرسالة عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. واشتكِ إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ عن الاحتيال عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصة «إبلاغ» e-Blagh (e-blagh.ma)، وإذا خسرت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وإذا أُخذت منك أموال، فاتصل ببنكك فورًا وقدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>لا تردّ ولا ترسل أموالًا. اتصل بالشخص على الرقم الذي لديك من قبل، أو اطرح عليه سؤالًا لا يعرف إجابته غيره. وأبلغ WASPA، الهيئة الممثِّلة لقطاع رسائل الجوال (waspa.org.za)، عن رسائل SMS الاحتيالية، وإذا خسرت أموالًا، فاتصل فورًا بخط الإبلاغ عن الاحتيال لدى بنكك.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>تجاهل الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات التي تطلب منك الضغط على رابط</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>يرسل المحتالون رسائل نصية عن طرد تعذّر توصيله، أو رسوم طريق غير مدفوعة، أو غرامة، أو رسم بسيط. ويقودك الرابط إلى صفحة مقلَّدة تستولي على بيانات بطاقتك أو بياناتك الشخصية.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الشحنات أو رسوم الطرق أو الغرامات أو الرسوم الأخرى. تحقّق من الشحنة في تطبيق المتجر أو شركة الشحن أو في موقعهما الإلكتروني الرسمي، ومن رسوم الطريق أو الغرامة في الموقع الرسمي الذي تبحث عنه بنفسك. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ مشغّل شبكتك عن الرسالة، ثم احذفها.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. والرسائل المزيّفة عن رسوم طرق غير مدفوعة منتشرة. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (SPAM)، وأبلغ عن الاحتيال في ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (مجانًا). وإذا خسرت أموالًا، فأبلغ عن ذلك في reportfraud.police.uk، أو في اسكتلندا لدى شرطة اسكتلندا (Police Scotland) على الرقم 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن ذلك إلى Scamwatch (scamwatch.gov.au). وإذا خسرت أموالًا، فتواصل مع بنكك فورًا، وتساعدك IDCARE (على الرقم 1800 595 160) إذا أُسيء استخدام هويتك.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت، وإذا خسرت أموالًا، فأخبر أيضًا بنكك والشرطة المحلية.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وإذا استُخدمت بطاقتك بعد ذلك من دون علمك، فأوقفها وأبلغ عن ذلك في منصة Perceval. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 33700 (مجانًا). وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك، ويمكن أن يساعدك موقع cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ الشرطة عن الاحتيال، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك إن وُجد، أو في أي مركز شرطة.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن ذلك شرطةَ البريد والاتصالات (Polizia Postale) عبر commissariatodips.it، وأخبر بنكك فورًا إذا خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وللحصول على النصح، اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017. وإذا خسرت أموالًا، فأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. واشتكِ إلى شركة الاتصالات التي تتعامل معها، ثم إلى الجهة المنظِّمة، الجهاز القومي لتنظيم الاتصالات (NTRA)، على الرقم 155 إن لم تُحلّ المشكلة. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 330330 (مجانًا، لجميع المشغّلين).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن المواقع الاحتيالية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr)، وعن الاحتيال في مركز للشرطة أو الدرك، أو على الرقم 112 إن كان يحدث الآن.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن الرسالة عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. واشتكِ إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ عن الاحتيال عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصة «إبلاغ» e-Blagh (e-blagh.ma)، وإذا خسرت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وإذا أُخذت منك أموال، فاتصل ببنكك فورًا وقدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>لا تضغط على الروابط في الرسائل النصية عن الطرود أو رسوم الطرق أو الغرامات، وتحقّق بنفسك في الموقع الإلكتروني أو التطبيق الرسمي لشركة الشحن أو الجهة المعنية. وإذا أدخلت بيانات بطاقتك، فاتصل ببنكك فورًا. وأبلغ WASPA، الهيئة الممثِّلة لقطاع رسائل الجوال (waspa.org.za)، عن رسائل SMS الاحتيالية، وإذا خسرت أموالًا، فاتصل فورًا بخط الإبلاغ عن الاحتيال لدى بنكك.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>أنهِ المكالمات التي تبدو واردة من بنكك أو من الشرطة، واتصل بهم بنفسك</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>يستطيع المحتالون إظهار أي رقم على شاشتك، حتى رقم بنكك أو رقم الشرطة. وبفضل البيانات المسرَّبة يبدون حقيقيين، ويضغطون عليك لتحويل أموال أو قراءة رمز أو إعطاء بيانات بطاقتك.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ رمز PIN أو بيانات بطاقتك لمن يتصل بك، مهما بدا حقيقيًا. أنهِ المكالمة، ثم اتصل بنفسك بالرقم المكتوب على بطاقتك أو في كشف حسابك أو المنشور في الموقع الرسمي.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن المكالمات الاحتيالية في ReportFraud.ftc.gov، وعن المكالمات ذات الأرقام المزيّفة إلى لجنة الاتصالات الفيدرالية (FCC).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وللتحقق من مكالمة تبدو من بنكك، اتصل بالرقم 159، وللإبلاغ عن مكالمة احتيالية، أرسل كلمة CALL متبوعة بالرقم في رسالة نصية إلى 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن ذلك إلى Scamwatch (scamwatch.gov.au). وإذا خسرت أموالًا، فتواصل مع بنكك فورًا، وتساعدك IDCARE (على الرقم 1800 595 160) إذا أُسيء استخدام هويتك.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت، وإذا خسرت أموالًا، فأخبر أيضًا بنكك والشرطة المحلية.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن المكالمة إلى الرقم 33700 (33700.fr). وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن المكالمات غير المرغوب فيها إلى الوكالة الاتحادية للشبكات (Bundesnetzagentur) على bundesnetzagentur.de/aergermitrufnummern، وعن محاولات الاحتيال إلى الشرطة، عبر مركز الشرطة الإلكتروني (Onlinewache) في ولايتك أو في أي مركز شرطة.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن ذلك شرطةَ البريد والاتصالات (Polizia Postale) عبر commissariatodips.it، وأخبر بنكك فورًا إذا خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وللحصول على النصح، اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017. وإذا خسرت أموالًا، فأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. واشتكِ إلى شركة الاتصالات التي تتعامل معها، ثم إلى الجهة المنظِّمة، الجهاز القومي لتنظيم الاتصالات (NTRA)، على الرقم 155 إن لم تُحلّ المشكلة. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن الاحتيال في مركز للشرطة أو الدرك، أو على الرقم 112 إن كان يحدث الآن، وعن المواقع الاحتيالية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن المكالمة عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وتظهر مكالمات الشركات الكبرى بشكل متزايد مع اسم موثَّق وختم (Origem Verificada)، ومع ذلك لا تعطِ أبدًا رموزًا أو كلمات مرور في مكالمة.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. واشتكِ إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وأبلغ عن الاحتيال إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصة «إبلاغ» e-Blagh (e-blagh.ma)، وإذا خسرت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>يمكن تزييف الرقم أو الاسم الذي يظهر على شاشتك عند الاتصال. لا تحوّل أموالًا أبدًا، ولا تقرأ رمزًا، ولا تعطِ بيانات بطاقتك لمن يتصل بك. أنهِ المكالمة واتصل بنفسك بالرقم المكتوب على بطاقتك أو المنشور في الموقع الرسمي. وإذا أُخذت منك أموال، فاتصل ببنكك فورًا وقدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>لا تستجب للرسائل التي تقول إن حسابك سيُحظر أو سيُعلَّق</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>تقول الرسائل المزيّفة إن حسابك المصرفي أو خط هاتفك أو WhatsApp سيُحظر ما لم «تتحقق» من بياناتك عبر رابط أو مكالمة. والغرض من الاستعجال أن يمنعك من التحقق.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة. افتح تطبيق البنك أو الشركة نفسها، أو اكتب عنوان موقعها بنفسك، وتحقّق هناك. فالشركات الحقيقية لا تطلب كلمة مرورك أو رمز PIN أو الرموز عبر الرسائل. وأبلغ مشغّل شبكتك عن الرسالة، أو أبلغ عنها في WhatsApp باستخدام إبلاغ، ثم احذفها.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (SPAM)، وأبلغ عن الاحتيال في ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 7726 (مجانًا) ورسائل البريد الإلكتروني الاحتيالية إلى report@phishing.gov.uk. وإذا خسرت أموالًا، فأبلغ عن ذلك في reportfraud.police.uk، أو في اسكتلندا لدى شرطة اسكتلندا (Police Scotland) على الرقم 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن ذلك إلى Scamwatch (scamwatch.gov.au). وإذا خسرت أموالًا، فتواصل مع بنكك فورًا، وتساعدك IDCARE (على الرقم 1800 595 160) إذا أُسيء استخدام هويتك.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن عمليات الاحتيال إلى المركز الكندي لمكافحة الاحتيال (Canadian Anti-Fraud Centre) على الرقم 1-888-495-8501 أو عبر الإنترنت، وإذا خسرت أموالًا، فأخبر أيضًا بنكك والشرطة المحلية.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 33700 (مجانًا). وإذا خسرت أموالًا، فقدّم شكوى إلى الشرطة أو الدرك، ويمكن أن يساعدك موقع cybermalveillance.gouv.fr.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ الشرطة عن الاحتيال، عبر الإنترنت من خلال مركز الشرطة الإلكتروني (Onlinewache) في ولايتك إن وُجد، أو في أي مركز شرطة.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن ذلك شرطةَ البريد والاتصالات (Polizia Postale) عبر commissariatodips.it، وأخبر بنكك فورًا إذا خسرت أموالًا.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وللحصول على النصح، اتصل بخط المساعدة المجاني للأمن السيبراني التابع لـ INCIBE على الرقم 017. وإذا خسرت أموالًا، فأبلغ الشرطة الوطنية (Policía Nacional) أو الحرس المدني (Guardia Civil).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. واشتكِ إلى شركة الاتصالات التي تتعامل معها، ثم إلى الجهة المنظِّمة، الجهاز القومي لتنظيم الاتصالات (NTRA)، على الرقم 155 إن لم تُحلّ المشكلة. وإذا خسرت أموالًا، فأخبر بنكك والشرطة.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأعِد توجيه الرسائل النصية الاحتيالية إلى الرقم 330330 (مجانًا، لجميع المشغّلين).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن المواقع الاحتيالية إلى USOM، المركز الوطني للاستجابة للحوادث السيبرانية (usom.gov.tr)، وعن الاحتيال في مركز للشرطة أو الدرك، أو على الرقم 112 إن كان يحدث الآن.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن الرسالة عبر خدمة Chakshu على sancharsaathi.gov.in. وإذا خسرت أموالًا، فاتصل فورًا بالرقم 1930 أو أبلغ عبر cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. واشتكِ إلى مشغّلك واحتفظ برقم الشكوى، وإن لم تُحلّ المشكلة، فتواصل مع هيئة الاتصالات النيجيرية (Nigerian Communications Commission) على الرقم 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ عن الاحتيال عبر الإنترنت إلى الشرطة الوطنية (المديرية العامة للأمن الوطني، DGSN) عبر منصة «إبلاغ» e-Blagh (e-blagh.ma)، وإذا خسرت أموالًا، فاتصل ببنكك فورًا.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وإذا أُخذت منك أموال، فاتصل ببنكك فورًا وقدّم شكوى جنائية (denuncia) إلى النيابة العامة (Fiscalía) أو الشرطة الوطنية.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>لا تضغط على الروابط ولا تتصل بالأرقام الواردة في الرسالة، وتحقّق بنفسك في تطبيق الشركة أو موقعها الإلكتروني الرسمي. فالشركات الحقيقية لا تطلب كلمات المرور أو رموز PIN أو الرموز الأخرى عبر الرسائل. وأبلغ WASPA، الهيئة الممثِّلة لقطاع رسائل الجوال (waspa.org.za)، عن رسائل SMS الاحتيالية، وإذا خسرت أموالًا، فاتصل فورًا بخط الإبلاغ عن الاحتيال لدى بنكك.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>لا تردّ على الرسائل النصية من مرسلين لا تعرفهم، ولا حتى بكلمة STOP: فالرد يُعلم المرسل بأن الرقم مستخدَم. وأبلغ WASPA، الهيئة الممثِّلة لقطاع رسائل الجوال (waspa.org.za)، عن رسائل SMS الاحتيالية وغير المرغوب فيها. وإذا خسرت أموالًا أو أعطيت بياناتك البنكية لأحد، فاتصل فورًا بخط الإبلاغ عن الاحتيال لدى بنكك، وقدّم بلاغًا لدى الشرطة (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>أبلغ قسم تقنية المعلومات أن عنوان بريدك في العمل قد تسرّب</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>حساب العمل أو الدراسة تديره مؤسستك لا أنت: يستطيع قسم تقنية المعلومات فيها مراجعة عمليات تسجيل الدخول وإعادة تعيين كلمة المرور وتفعيل التحقق بخطوتين، ويجب أن يعلم أن العنوان كان في تسريب.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>تواصل مع قسم تقنية المعلومات أو مكتب الدعم بالطريقة المعتادة، لا بالرد على رسالة عن التسريب. اذكر العنوان المعني واسم التسريب وما تسرّب. اسأل هل عليك تغيير كلمة المرور أو تفعيل التحقق بخطوتين، والتزم بما يقولونه. إذا استخدمت كلمة المرور نفسها في مكان آخر، فغيّرها هناك أيضًا. إذا كان العنوان على نطاقك الخاص، فأمّنه لدى مزوّد بريدك بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>غيّر كلمة المرور المسرَّبة في كل مكان تستخدمها فيه</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>يجرّب المجرمون كلمات المرور الموجودة في قوائم التسريبات أولًا، وبشكل آلي، على مواقع البريد الإلكتروني والبنوك والتسوق. وكل حساب يستخدم كلمة المرور هذه معرَّض للخطر إلى أن تصبح له كلمة مرور خاصة به.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>غيّرها أولًا في حساب بريدك الإلكتروني، لأنه يستطيع إعادة تعيين كلمات مرورك الأخرى، ثم في بنكك، ثم في الحسابات التي تسجّل بها الدخول إلى مواقع أخرى (Google وApple وFacebook)، ثم في كل مكان آخر تُستخدم فيه هي أو كلمة مرور تشبهها. واجعل لكل حساب كلمة مرور طويلة خاصة به: يستطيع مدير كلمات المرور إنشاءها وتذكّرها عنك.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>السجلات الأكاديمية</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>أرصدة الحسابات</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>جهات الاتصال في دفتر العناوين</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>الفئات العمرية</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>الأعمار</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>الطلبات الموجّهة إلى الذكاء الاصطناعي</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>المواعيد</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>التطبيقات المثبّتة على الأجهزة</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>الأبراج الفلكية</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>التسجيلات الصوتية</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>رموز المصادقة</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>الصور الرمزية</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>أرقام الحسابات المصرفية</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>تقييمات الجمال</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>البيانات البيومترية</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>النبذات التعريفية</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>بيانات وكيل المستخدم في المتصفح</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>سجلات التصفح</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>تفضيلات الشراء</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>حالة امتلاك السيارات</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>المستويات الوظيفية</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>أسماء شبكات الهاتف المحمول</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>التبرعات الخيرية</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>سجلات الدردشة</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>حالة الجنسية</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>مقاسات الملابس</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>أسماء الشركات</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>رمز التحقق من البطاقة الائتمانية (CVV)</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>البطاقات الائتمانية</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>الدرجات الائتمانية</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>معلومات الوضع الائتماني</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>عناوين محافظ العملات المشفّرة</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>تجزئات محافظ العملات المشفّرة</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>آراء العملاء</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>تفاعلات العملاء</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>تعليقات خدمة العملاء</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>سجلات خدمة العملاء</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>تواريخ الميلاد</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>تاريخ الوفاة</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>حالة الوفاة</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>تعليمات التوصيل</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>معلومات الأجهزة</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>الأرقام التسلسلية للأجهزة</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>بيانات تتبّع استخدام الأجهزة</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>الإعاقات</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>أسماء العرض</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>عادات شرب الكحول</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>رخص القيادة</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>عادات تعاطي المخدرات</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>الدخل</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>عادات الأكل</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>المستويات التعليمية</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>عناوين البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>رسائل البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>جهات العمل</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>الحالة الوظيفية</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>المفاتيح المشفّرة</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>الأصول العرقية</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>أسماء أفراد العائلة</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>خطط تكوين الأسرة</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>تركيبة الأسرة</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>الاستثمارات المالية</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>المعاملات المالية</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>مستويات اللياقة البدنية</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>الرحلات الجوية السابقة</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>منشورات المنتديات</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>المواقع الجغرافية</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>وثائق الهوية الحكومية</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>معلومات التأمين الصحي</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>كلمات المرور السابقة</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>الإصابة بفيروس نقص المناعة البشرية (HIV)</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>معلومات قروض السكن</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>حالة امتلاك المنازل</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>عناوين الصفحات الرئيسية (URL)</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>أرقام IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>أرقام IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>مستويات الدخل</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>معرّفات حسابات المراسلة الفورية</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>عناوين IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>مستويات الذكاء</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>طلبات التوظيف</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>المسمّيات الوظيفية</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>تفضيلات اللغة</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>إحداثيات خطوط العرض والطول</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>لوحات أرقام المركبات</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>تكاليف المعيشة</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>معلومات القروض</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>سجلات تسجيل الدخول</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>بيانات برامج الولاء</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>عناوين MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>الحالة الاجتماعية</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>الخدمة العسكرية</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>العبارات التذكيرية (عبارات استرداد المحافظ)</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>أسماء عائلات الأمهات قبل الزواج</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>الجنسيات</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>صافي الثروة</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>الألقاب</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>المهن</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>خطط رعاية الأطفال</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>بيانات جزئية للبطاقات الائتمانية</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>تواريخ ميلاد جزئية</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>بيانات جزئية من وثائق الهوية الحكومية</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>أرقام هواتف جزئية</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>أرقام جوازات السفر</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>تلميحات كلمات المرور</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>قوة كلمات المرور</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>كلمات المرور</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>سجلات المدفوعات</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>طرق الدفع</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>الأوصاف الشخصية</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>البيانات الصحية الشخصية</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>الاهتمامات الشخصية</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>أرقام الهواتف</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>العناوين البريدية</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>الصفات الجسدية</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>رموز PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>أماكن الميلاد</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>التبرعات السياسية</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>الآراء السياسية</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>الرسائل الخاصة</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>المهارات المهنية</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>صور الملفات الشخصية</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>إحصاءات الملفات الشخصية</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>المشتريات</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>عادات الشراء</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>الأعراق</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>عناوين البريد الإلكتروني للاسترداد</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>حالة العلاقة</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>الأديان</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>أرصدة برامج المكافآت</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>ألقاب المخاطبة</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>الصفوف الدراسية (المراحل)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>أسئلة الأمان وإجاباتها</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>الفتيشيات الجنسية</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>التوجهات الجنسية</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>أرقام تتبّع الشحنات</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>عادات التدخين</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>الرسائل النصية (SMS)</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>العلاقات الاجتماعية</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>الملفات الشخصية على وسائل التواصل الاجتماعي</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>أرقام الضمان الاجتماعي</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>المستويات الاجتماعية والاقتصادية</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>أسماء الأزواج</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>تذاكر الدعم</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>نتائج الاستطلاعات</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>وجود الوشوم</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>السجلات الضريبية</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>شركات الاتصالات</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>المناطق الزمنية</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>عادات السفر</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>خطط السفر</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>حالات المستخدمين</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>عناوين مواقع المستخدمين (URL)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>أسماء المستخدمين</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>فواتير المرافق</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>بيانات المركبات</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>أرقام تعريف المركبات (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>لوحات تسجيل المركبات</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>حالة كبار العملاء (VIP)</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>مطالبات الضمان</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>النشاط على المواقع الإلكترونية</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>عادات العمل</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>سنوات الميلاد</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>سنوات الخبرة المهنية</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>قائمة مجمّعة (combo list) من أسطر login:password</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>أسطر مثل alice@example.com:hunter2 أو alice99:hunter2 بلا سطر عناوين. قد يكون معرّف تسجيل الدخول عنوان بريد إلكتروني أو رقم هاتف أو اسم مستخدم: ويُحفظ كلٌّ منها بنوعه الحقيقي. قد تحوي كلمة المرور نفسها نقطتين (:) وعلامات اقتباس: فكل ما بعد أول نقطتين هو كلمة المرور. لا يُحفظ إلا وجود كلمة المرور، ولا تُحفظ كلمة المرور نفسها أبدًا.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>بيانات Facebook المكشوطة عام 2021: ملف لكل بلد، والحقول مفصولة بنقطتين (:)</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>أسطر مثل 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: بلا سطر عناوين. عمود التاريخ والوقت (آخر مرة شوهد فيها الملف الشخصي) يحوي هو نفسه نقطتين (:)؛ وكثيرًا ما يكون فارغًا. تحمل أرقام الهواتف رمز بلدها بلا علامة +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>جدول مستخدمي منتدى في تفريغ SQL (phpBB وvBulletin وMyBB وXenForo وWordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>تفريغ لقاعدة بيانات منتدى بأداة mysqldump أو pg_dump: يُقرأ جدول المستخدمين (phpbb_users، أو user في vBulletin، أو mybb_users، أو xf_user، أو wp_users، بأي بادئة لاسم الجدول)، وتُعدّ صفوف كل الجداول الأخرى ولا تُقرأ. المعرّفات هي أسماء المستخدمين وعناوين البريد الإلكتروني؛ ويُحفظ وجود تجزئة كلمة المرور (hash) أو تاريخ الميلاد أو عنوان IP، ولا تُحفظ القيمة أبدًا. والأعمدة غير الموجودة في جدول منتدى ما تُترك.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>سجل برمجية سرقة بيانات في كتل من أسطر URL: وUsername: وPassword:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>ملف Passwords.txt في سجلات برمجيات سرقة البيانات من نوع RedLine: سجل واحد لكل بيانات دخول محفوظة في المتصفح، في أسطر مثل URL: https://accounts.example.com/ وUsername: alice@example.com وPassword: hunter2 وApplication: Chrome، وينتهي كل سجل بسطر من علامات = أو بسطر فارغ. تُقرأ Host وLogin وUSER وPASS وSOFT على أنها المفاتيح نفسها. قد يكون معرّف تسجيل الدخول عنوان بريد إلكتروني أو رقم هاتف أو اسم مستخدم: ويُحفظ كلٌّ منها بنوعه الحقيقي. لا يُحفظ إلا وجود كلمة المرور، ولا تُحفظ كلمة المرور نفسها أبدًا.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>سجل برمجية سرقة بيانات من أسطر URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>أسطر مثل https://accounts.example.com/login:alice@example.com:hunter2 (أو مع | بين الأجزاء)، كما تجمعها البرمجيات الخبيثة التي تسرق كلمات المرور من المتصفحات. يُقرأ اسم الموقع من العنوان؛ وقد تحوي كلمة المرور نفسها نقطتين (:). قد يكون معرّف تسجيل الدخول عنوان بريد إلكتروني أو رقم هاتف أو اسم مستخدم: ويُحفظ كلٌّ منها بنوعه الحقيقي. لا يُحفظ إلا وجود كلمة المرور، ولا تُحفظ كلمة المرور نفسها أبدًا.</translation>
    </message>
</context>
</TS>
