<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>%3 में %2 के %1 खातों का डेटा लीक हुआ. इसमें %4 शामिल थे.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>%2 में %1 के खातों का डेटा लीक हुआ. इसमें %3 शामिल थे.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>माना जाता है कि यह डेटा नकली है.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>यह स्पैम भेजने के लिए इस्तेमाल होने वाली सूची है.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>इसके असली होने की पुष्टि नहीं हुई है.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>इस तिजोरी में हाथ से दर्ज किया गया.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>तथ्य: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>तथ्य: ऊपर दिए गए स्रोतों के आधार पर Breach Advisor की रिसर्च.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>तथ्य: इंपोर्ट की गई कैटलॉग फ़ाइल से.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>इंपोर्ट करें (&amp;I)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>हेल्प डेस्क का बंडल इंपोर्ट करें</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1, %2 को बना था. इसमें डेटा लीक कैटलॉग और %n लीक फ़ाइल है, जिसमें %3 रिकॉर्ड हैं.</numerusform>
            <numerusform>%1, %2 को बना था. इसमें डेटा लीक कैटलॉग और %n लीक फ़ाइलें हैं, जिनमें %3 रिकॉर्ड हैं.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>इस पर %1 के हस्ताक्षर हैं, जो एक हेल्प डेस्क है जिस पर यह तिजोरी भरोसा करती है (कुंजी %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>इस पर ऐसी कुंजी से हस्ताक्षर किए गए हैं जिस पर यह तिजोरी अभी भरोसा नहीं करती:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>अपने हेल्प डेस्क से उसकी सार्वजनिक कुंजी फ़ाइल (.pub) माँगें और फ़ोन पर या कागज़ पर जाँच लें कि उसकी कुंजी हूबहू यही है. उसके बाद ही उसे नीचे चुनें: अब से यह तिजोरी उस हेल्प डेस्क के हस्ताक्षर वाले बंडल स्वीकार करेगी.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>यह इस हेल्प डेस्क से लिए गए पिछले बंडल (%1 को बना) से पुराना है: हो सकता है यह कोई पुरानी कॉपी हो जिसे दोबारा भेजा गया है. फिर भी इंपोर्ट करें (&amp;E)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>हेल्प डेस्क की सार्वजनिक कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>हेल्प डेस्क की सार्वजनिक कुंजी (.pub) (&amp;P):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>हेल्प डेस्क की सार्वजनिक कुंजी चुनें</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>सार्वजनिक कुंजियाँ (*.pub);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>जैसे शहर की लाइब्रेरी का हेल्प डेस्क</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>हेल्प डेस्क को क्या नाम दें (&amp;W):</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>एजेंट कुंजी फ़ाइल</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>एजेंट कुंजी (.agent) (&amp;A):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>एजेंट कुंजी चुनें</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>एजेंट कुंजियाँ (*.agent);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>बंडल में पहचान की जानकारी के फ़िंगरप्रिंट होते हैं और यह कि किस तरह का डेटा लीक हुआ, लीक हुए मान कभी नहीं. इसे तभी पढ़ा जाता है जब इसका हस्ताक्षर हर एक बाइट पर सही बैठता है; नहीं तो कुछ नहीं बदलता.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>वह एजेंट कुंजी फ़ाइल चुनें जो आपके हेल्प डेस्क ने आपको दी है.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>यह जाँचने के बाद कि उसकी कुंजी ऊपर वाली कुंजी से हूबहू मिलती है, हेल्प डेस्क की सार्वजनिक कुंजी फ़ाइल चुनें.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>हस्ताक्षर जाँचा जा रहा है और इंपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>%1 में मौजूद कुंजी (%2) वह नहीं है जिससे इस बंडल पर हस्ताक्षर किए गए. कुछ नहीं बदला गया.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>क्या लीक हुआ</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 खाते: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 खाते</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>खातों की संख्या पता नहीं</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>डेटा लीक कैटलॉग</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>कोई कंपनी या वेबसाइट, जैसे LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>खोजें (&amp;S):</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>क्या लीक हुआ (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>साल (&amp;Y):</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>सेवा (&amp;R):</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>इस डेटा लीक के बारे में</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>मुझे बताया गया है कि मेरा डेटा इसमें है (&amp;T)…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>कुछ भी</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>कोई भी साल</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>कोई भी सेवा</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%2 में से %1 डेटा लीक दिखाए गए हैं. तथ्य Have I Been Pwned (CC BY 4.0) से हैं, जब तक किसी डेटा लीक में कुछ और न लिखा हो.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>अब से नया पासफ़्रेज़ तिजोरी खोलेगा; आपकी रिकवरी कुंजी काम करती रहेगी. अगर आपको लगता है कि कोई आपका पासफ़्रेज़ जानता है और उसके पास तिजोरी की कॉपी हो सकती है, तो सिर्फ़ नया पासफ़्रेज़ उस कॉपी को सुरक्षित नहीं करता.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>नया पासफ़्रेज़ (&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>फिर से टाइप करें (&amp;T):</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>नया पासफ़्रेज़ फिर से टाइप करें</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>बदलें (&amp;C)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>आपका क्या</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>इसमें खाते</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>इसमें शामिल हो सकते हैं: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>पता नहीं</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 और %n अन्य</numerusform>
            <numerusform>%1 और %n अन्य</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; लीक हुए लॉगिन की साइटें: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>इस्तेमाल नहीं</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>फ़ोन नंबर (खोजे जाते हैं)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>ईमेल पते (खोजे जाते हैं)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>यूज़रनेम (खोजे जाते हैं)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (सिर्फ़ यह कि भरा है या नहीं)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>कॉलम</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>पहला मान</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>इसमें क्या है</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>कॉलम %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>वेब पते (हर लॉगिन की साइट)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>कोई देश नहीं (नंबर + से शुरू होते हैं)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Breach Advisor में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>जानें कि क्या आपकी जानकारी लीक हुई, क्या लीक हुआ और अब क्या करें</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor फ़ोन नंबर, ईमेल पते और यूज़रनेम को जाने-माने डेटा लीक और आपकी इंपोर्ट की गई लीक फ़ाइलों से मिलाकर देखता है, और आसान कदमों की एक योजना बनाता है, आपके लिए या उस व्यक्ति के लिए जिसकी आप मदद करते हैं.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>आप यहाँ जो भी टाइप करते हैं, वह इस कंप्यूटर से बाहर नहीं जाता: न कोई खाता है, न इंटरनेट कनेक्शन. सब कुछ एक एन्क्रिप्टेड तिजोरी में रखा जाता है, जिसे सिर्फ़ आपका पासफ़्रेज़ खोलता है.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>टेक्स्ट का आकार (&amp;T):</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>इस कंप्यूटर पर याद रखें (&amp;R) — यहाँ खोलने के लिए पासफ़्रेज़ की ज़रूरत नहीं होगी</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>आपकी तिजोरी बनाई जा रही है. इसमें थोड़ा समय लगता है.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>पासफ़्रेज़ चुनें</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>पासफ़्रेज़ आपकी तिजोरी खोलता है. चार या ज़्यादा ऐसे शब्द, जिनका आपस में कोई मेल न हो, याद रखने में आसान और अंदाज़ा लगाने में मुश्किल होते हैं. आप इसे किसी पासवर्ड मैनेजर से पेस्ट भी कर सकते हैं.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>नया पासफ़्रेज़ (&amp;N):</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>फिर से टाइप करें (&amp;T):</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>पासफ़्रेज़ फिर से टाइप करें</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>याद रखने के लिए इस कंप्यूटर की कीचेन इस्तेमाल होती है: तब इस कंप्यूटर पर आपका यूज़र खाता इस्तेमाल कर सकने वाला कोई भी व्यक्ति तिजोरी खोल सकेगा. साझा कंप्यूटर पर इसे बंद रखें.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>अगर आप पासफ़्रेज़ भूल जाते हैं, तो सिर्फ़ अगले पेज पर दी गई रिकवरी कुंजी ही तिजोरी खोल सकती है.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>तिजोरी बनाई जा रही है</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>मैंने अपनी रिकवरी कुंजी प्रिंट कर ली है या लिख ली है और उसे सुरक्षित जगह रख दिया है (&amp;P)</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>आपकी रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>अगर आप कभी अपना पासफ़्रेज़ भूल जाएँ, तो यही कुंजी आपकी तिजोरी तक वापस पहुँचने का अकेला रास्ता है. यह सिर्फ़ अभी दिखाई जाती है. इसे प्रिंट करें या लिख लें, और इस कंप्यूटर से दूर रखें.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>आपकी तिजोरी तैयार है</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>अब खुद को या उस व्यक्ति को जोड़ें जिसकी आप मदद कर रहे हैं: उनके फ़ोन नंबर, ईमेल पते और वे सेवाएँ जो वे इस्तेमाल करते हैं. फिर Breach Advisor कदम-दर-कदम दिखाता है कि क्या लीक हुआ और क्या करना है.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Breach Advisor सेट अप करें</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>जारी रखें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>शुरू करें (&amp;S)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>कॉलम में क्या है</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>लीक फ़ाइल चुनें (&amp;C)…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>पहली लाइन में कॉलम के नाम हैं (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>इंपोर्ट करें (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>इंपोर्ट रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>यह इंपोर्ट हटाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>लीक फ़ाइल इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>लीक फ़ाइलें (CSV, TSV या JSON Lines, gzip वाली भी) इसी कंप्यूटर पर पढ़ी जाती हैं. फ़ोन नंबरों, ईमेल पतों और यूज़रनेम के सिर्फ़ कुंजी-आधारित फ़िंगरप्रिंट रखे जाते हैं, और यह कि हर रिकॉर्ड में किस तरह का डेटा था — लीक हुए मान कभी नहीं.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>फ़ाइल नीचे दी गई सेटिंग के हिसाब से पढ़ी जाती है. ज़्यादातर फ़ाइलों के लिए यहाँ कुछ बदलने की ज़रूरत नहीं होती.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>कोई नहीं: फ़ाइल से पता लगाएँ</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>किसी जाने-माने लीक का ढाँचा (&amp;K):</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>फ़ाइल से पता लगाया गया (कॉमा, सेमीकोलन, टैब, पाइप या कोलन)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>सेमीकोलन ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>पाइप |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>कोलन :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>कॉमा ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>फ़ील्ड इससे अलग किए गए हैं (&amp;S):</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>फ़ाइल से पता लगाया गया (UTF-8, नहीं तो Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (यूनिकोड)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (पश्चिमी यूरोपीय)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, पश्चिमी यूरोपीय)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>टेक्स्ट की एन्कोडिंग (&amp;T):</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>पहली पंक्तियाँ:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>फ़ाइल की पहली पंक्तियाँ</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>हर कॉलम में क्या है (जहाँ सुझाव गलत हो, वहाँ बदलें):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>हर कॉलम में क्या है</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>यह फ़ाइल किस डेटा लीक की है</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>नया डेटा लीक (&amp;N)…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>यह किस डेटा लीक से है (&amp;B):</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>देश कोड के साथ (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>जैसे किसी एक देश के अंदर डायल करते हैं (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>फ़ोन नंबर इस तरह लिखे हैं (&amp;P):</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>उनका देश (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>वापस (&amp;B)</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>इंपोर्ट की प्रगति</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>इस बीच आप ऐप का बाकी हिस्सा इस्तेमाल कर सकते हैं. रद्द करने से कुछ नहीं बदलता.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>क्या इंपोर्ट नहीं हुआ, उदाहरणों के साथ</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>एक और फ़ाइल इंपोर्ट करें (&amp;A)</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>अब तक इंपोर्ट हुआ</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>इंपोर्ट की गई लीक फ़ाइलें</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>डेटा लीक चुनें…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>लीक फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>फ़ाइल: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>किसी भी कॉलम को फ़ोन नंबर, ईमेल पते या यूज़रनेम के रूप में नहीं पहचाना गया: बताएँ कि ये किस कॉलम में हैं.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>ऐसा डेटा लीक जो कैटलॉग में नहीं है</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>कंपनी या सेवा (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>यह कब हुआ (&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>कितने खाते (अगर पता हो) (&amp;A):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>क्या लीक हुआ, यह आपके चुने गए कॉलम से लिया जाता है.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>बताएँ कि फ़ोन नंबर, ईमेल पते या यूज़रनेम किस कॉलम में हैं.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>वह डेटा लीक चुनें जिससे यह फ़ाइल आई है, या नया बनाएँ.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>किसी एक देश के अंदर डायल करने के तरीके से लिखे नंबरों के लिए वह देश बताना ज़रूरी है.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 इंपोर्ट हो रहा है…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>इंपोर्ट रद्द कर दिया गया. कुछ नहीं बदला गया.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 पंक्तियाँ पढ़ी गईं, हर सेकंड %2 पंक्तियाँ</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>इंपोर्ट हो रहा है: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>एन्क्रिप्टेड इंडेक्स लिखा जा रहा है: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>इंपोर्ट हो रहा है: इंडेक्स लिखा जा रहा है</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>सूची में वह इंपोर्ट चुनें जिसे हटाना है.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>यह इंपोर्ट हटाएँ?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>%1 (%2) के रिकॉर्ड इंडेक्स से हटा दिए जाएँगे. लोगों के नतीजे उसी हिसाब से बदल जाएँगे. फ़ाइल को खुद छुआ नहीं जाता.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>हटाएँ (&amp;R)</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>हटाया जा रहा है: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>हटा दिया गया. डिस्क की जगह वापस दी जा रही है…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>हटा दिया गया. तिजोरी अब %1 छोटी है.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>जो पंक्तियाँ मेल नहीं खातीं, उन सबको छोड़ दें</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>लीक फ़ाइलें और आर्काइव (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>आर्काइव: %1. इसके कॉलम वही हैं जो %2 के हैं; आर्काइव की हर लीक फ़ाइल इसी मैपिंग से, अलग-अलग इंपोर्ट होती है.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>आर्काइव से नहीं पढ़ा गया: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>हेल्प डेस्क का बंडल इंपोर्ट करें (&amp;B)…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>या, अगर किसी हेल्प डेस्क ने आपके लिए कैटलॉग और लीक फ़ाइलें तैयार की हैं: उसका हस्ताक्षर किया हुआ बंडल, उस एजेंट कुंजी के साथ जो उसने आपको दी है.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>हेल्प डेस्क का बंडल चुनें</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>बंडल (*.bundle);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>%1 के हस्ताक्षर वाला बंडल इंपोर्ट किया गया (%2 को बना).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>यह इस हेल्प डेस्क से लिए गए पिछले बंडल से पुराना था.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>डेटा लीक: %1 नए, %2 अपडेट हुए.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>लीक फ़ाइलें: %1 जोड़ी गईं, जिनमें %2 रिकॉर्ड हैं; %3 पहले से यहाँ थीं.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
            <numerusform>लगभग %n सेकंड बाकी</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
            <numerusform>लगभग %n मिनट बाकी</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>इंपोर्ट की तारीख</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>रिकॉर्ड</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>इस्तेमाल हुई जगह</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1, फ़ाइल %2: %3 रिकॉर्ड</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>ध्यान दें:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>हो गया:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>सावधान:</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>समस्या:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>तिजोरी अभी लॉक करें (Ctrl+L): स्क्रीन पर कुछ भी निजी नहीं रहता</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>हिस्से</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>झटपट जाँच</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>लीक इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>डेटा लीक कैटलॉग</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>सेट अप</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>यह डेमो तिजोरी है: इसका पासफ़्रेज़ &quot;demo&quot; है.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>पासवर्ड जाँचें</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>आपने जो टाइप किया है उसे दिखाएँ या छिपाएँ</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>पासफ़्रेज़ छिपाएँ</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>लगता है Caps Lock चालू है: अक्षर कैपिटल में टाइप हो रहे हैं.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>पासफ़्रेज़ की मज़बूती</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>यह ऊपर वाले पासफ़्रेज़ से मेल नहीं खाता.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>सूची इंपोर्ट करें (&amp;L)…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>प्रीफ़िक्स फ़ाइलों का फ़ोल्डर इंपोर्ट करें (&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>इंपोर्ट रद्द करें (&amp;C)</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>वे यह पासवर्ड कहाँ इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>पासवर्ड जाँचें (&amp;H)</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>उनकी योजना खोलें (&amp;P)</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>पासवर्ड जाँचें</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>क्या कोई पासवर्ड उन पासवर्ड की सूची में है जो लीक से पता चल चुके हैं? अपराधी सबसे पहले इन्हीं को आज़माते हैं. जाँच सिर्फ़ इसी कंप्यूटर पर होती है: पासवर्ड न कहीं सेव होता है, न कहीं भेजा जाता है, और हर जाँच के बाद फ़ील्ड खाली कर दिया जाता है.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>लीक हुए पासवर्ड की सूची</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>इंपोर्ट की प्रगति</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>किसका पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>जाँचने के लिए पासवर्ड</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>पासवर्ड (&amp;W):</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>कोई खास व्यक्ति नहीं (कुछ भी रखा नहीं जाता)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>इस कंप्यूटर पर मौजूद लीक हुए पासवर्ड की सूची इस्तेमाल नहीं की जा सकती (नीचे देखें): उसे फिर से इंपोर्ट करें.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%4 से %1 लीक हुए पासवर्ड (%2), %3 को इंपोर्ट हुए.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>नई सूची इंपोर्ट करें (&amp;L)…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>जाँचने के लिए पासवर्ड टाइप करें.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>पहले लीक हुए पासवर्ड की सूची इंपोर्ट करें: उसके बिना मिलाकर देखने के लिए कुछ नहीं है.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>%1 के साथ रखा गया: उनका एक पासवर्ड लीक हुए पासवर्ड की सूची में है (पासवर्ड का खुद कुछ भी नहीं रखा गया). अब उनकी योजना उसे बदलने से शुरू होती है.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>लीक हुए पासवर्ड की सूची चुनें</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>प्रीफ़िक्स फ़ाइलों का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सकता.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>लीक हुए पासवर्ड की सूची इंपोर्ट हो रही है…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>सूची पढ़ी जा रही है: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>लीक हुए पासवर्ड की सूची इंपोर्ट हो रही है: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>इंपोर्ट रद्द कर दिया गया. सूची पहले जैसी ही है.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>इस कंप्यूटर पर अभी लीक हुए पासवर्ड की कोई सूची नहीं है. Have I Been Pwned की &quot;Pwned Passwords&quot; सूची एक बार, इंटरनेट वाले किसी भी कंप्यूटर पर डाउनलोड करें (haveibeenpwned.com/Passwords पर बताया गया है कि कैसे), फिर वह फ़ाइल, या फ़ाइलों का फ़ोल्डर, यहाँ इंपोर्ट करें. यह सूची सार्वजनिक डेटा है: आप जो भी जाँचते हैं, वह कहीं नहीं भेजा जाता.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>अभी कोई कदम नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%n में से %1 कदम पूरा</numerusform>
            <numerusform>%n में से %1 कदम पूरे</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>व्यक्ति जोड़ें (&amp;A)</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>मुझे बताया गया कि मेरा डेटा किसी डेटा लीक में है (&amp;T)…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>लोग</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>यहाँ अभी कोई नहीं है. खुद को जोड़ें, या उस व्यक्ति को जिसकी आप मदद कर रहे हैं.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>किसी व्यक्ति को चुनें, ताकि दिखे कि क्या लीक हुआ और क्या करना है.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>%1 की जानकारी सेव हो गई.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 को मिटाएँ?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, उनकी जानकारी और उनकी प्रगति इस तिजोरी से मिटा दी जाएगी. इसे वापस नहीं लाया जा सकता.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>%1 को मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 को मिटा दिया गया.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>पहले उस व्यक्ति को जोड़ें जिसे सूचना मिली है.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 में बदलाव करें</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>नाम या उपनाम</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>नाम (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>देश (&amp;C):</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>एक और फ़ोन नंबर जोड़ें (&amp;P)</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>ईमेल पते</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>एक और ईमेल पता जोड़ें (&amp;E)</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>एक और यूज़रनेम जोड़ें (&amp;U)</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>वे कौन-सी सेवाएँ इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>उनका फ़ोन और कंप्यूटर</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Android फ़ोन (&amp;A)</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>iPhone (&amp;I)</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>कंप्यूटर (&amp;M)</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>आप जो भी दर्ज करते हैं, वह इस कंप्यूटर की एन्क्रिप्टेड तिजोरी में ही रहता है.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>फ़ोन नंबर %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>ऐप वाली भाषा</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>उनकी भाषा (&amp;R):</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>कब: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>इसमें खाते: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>वेबसाइट: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>क्या लीक हुआ:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>इसमें आपकी जानकारी:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>सूचना के मुताबिक यह लीक हुआ:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>वहाँ क्या लीक हुआ (आपकी जानकारी भी इसमें हो सकती है):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>यह क्या है:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>इसमें आपकी जानकारी होने की कितनी संभावना है:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>यह जानकारी कहाँ से है:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>बदलें (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>मिटाएँ (&amp;D)</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>मुझे किसी डेटा लीक के बारे में बताया गया (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>सलाह-पत्र प्रिंट करें (&amp;P)…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>सलाह-पत्र PDF के रूप में सेव करें (&amp;D)…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>क्या जाँचा गया (&amp;C):</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>क्या जाँचा गया</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>डेटा लीक (&amp;B):</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>इस डेटा लीक के बारे में</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>क्या लीक हुआ</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n फ़ोन नंबर</numerusform>
            <numerusform>%n फ़ोन नंबर</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n ईमेल पता</numerusform>
            <numerusform>%n ईमेल पते</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n यूज़रनेम</numerusform>
            <numerusform>%n यूज़रनेम</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>इस जाँच का कुछ भी सेव नहीं होता. काम पूरा होने पर इसे साफ़ कर दें.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>आपको %n डेटा लीक के बारे में बताया गया.</numerusform>
            <numerusform>आपको %n डेटा लीक के बारे में बताया गया.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>आपकी इस्तेमाल की जाने वाली सेवाओं के %n डेटा लीक में आपकी जानकारी हो सकती है: वह अलग से दिखाया गया है.</numerusform>
            <numerusform>आपकी इस्तेमाल की जाने वाली सेवाओं के %n डेटा लीक में आपकी जानकारी हो सकती है: वे अलग से दिखाए गए हैं.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: जाँचा नहीं गया. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: %2 में मिला</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: इंपोर्ट की गई लीक फ़ाइलों में नहीं है</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;दिखाने के लिए कोई डेटा लीक नहीं है. सिर्फ़ इस तिजोरी में इंपोर्ट की गई लीक फ़ाइलें और उन सेवाओं के डेटा लीक देखे गए, जिन्हें आपने इस्तेमाल करना बताया है.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>सलाह-पत्र प्रिंट करें</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>%1 के लिए Breach Advisor योजना.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Breach Advisor योजना.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>सलाह-पत्र सेव करें</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>%1 में सेव किया गया. इसमें निजी जानकारी है: इसे सुरक्षित रखें.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>उनका देश चुनें (&amp;Y)…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>कोई देश पता न होने के कारण छोड़ दिए गए: %1. इन्हें जोड़ने के लिए उनका देश चुनें.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: खोजा नहीं गया, कोई लीक फ़ाइल इंपोर्ट नहीं है</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;कोई डेटा लीक चुनें, ताकि दिखे कि उसमें आपका क्या था.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>जाँच का नतीजा</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>%1 सेव नहीं हो सका: %2. कुछ भी सेव नहीं हुआ.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>उनका कोई पासवर्ड जाँचें (&amp;W)…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>यह नंबर सही नहीं हो सकता: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>+ और देश कोड से शुरू करें</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>जैसे %1 या %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>यह नंबर किस देश का है? उसका देश चुनें, या + और देश कोड से शुरू करें.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>टाला गया</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>कदम</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>समय</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%2 में से %1 पूरे</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (यहाँ से शुरू करें)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, लगभग %3 मिनट%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, यहाँ से शुरू करें</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3 में से %2 पूरे</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>कदमों की सूची (&amp;L)</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>एक बार में एक कदम (&amp;T)</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>योजना के कदम</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>अभी कोई कदम नहीं.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%n में से %1 कदम पूरा</numerusform>
            <numerusform>%n में से %1 कदम पूरे</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>%2 में से कदम %1</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>कोई दूसरा काम चल रहा है (शायद इंपोर्ट?): उसके खत्म होते ही यह सेव हो जाएगा.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>वापस लिया गया: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; पूरा हुआ</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; अभी के लिए टाला गया</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; आपके लिए नहीं है, ऐसा चिह्नित किया गया</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; फिर से करने वाले कामों की सूची में</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>योजना की प्रगति</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>जाँचें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>सब भुला दें (&amp;F)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>जाँच हो रही है…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>झटपट जाँच</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>फ़ोन नंबर, ईमेल पते या यूज़रनेम को सेव किए बिना जाँचें. कुछ भी रखा नहीं जाता: इस पेज से जाने या ऐप लॉक करने पर आपने जो टाइप किया और जो मिला, वह भुला दिया जाता है.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>बिना देश कोड वाले नंबर इस देश के हैं (&amp;F):</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>हर लाइन में एक, जैसे
0100 123 4567
name@example.com
username</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>क्या जाँचना है (&amp;W):</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>कम से कम एक फ़ोन नंबर, ईमेल पता या यूज़रनेम टाइप करें.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>कोई दूसरा काम चल रहा है (शायद इंपोर्ट?): उसके खत्म होते ही जाँच शुरू हो जाएगी.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>वे कौन-सी सेवाएँ इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>वे जो सेवाएँ इस्तेमाल करते हैं, उन पर टिक करें और फिर से जाँचें.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>कोई देश पता न होने के कारण छोड़ दिए गए: %1. इन्हें जोड़ने के लिए ऊपर देश चुनें और फिर से जाँचें.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>पासवर्ड जाँचें (&amp;W)…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>आपकी नई रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>मैंने इसे प्रिंट कर लिया है या लिख लिया है (&amp;P)</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>यह आपकी नई रिकवरी कुंजी है. यह सिर्फ़ अभी दिखाई जाती है: इसे प्रिंट करें या लिख लें, और इस कंप्यूटर से दूर रखें. नीचे के बॉक्स पर टिक करके यह विंडो बंद करते ही यह पुरानी कुंजी की जगह ले लेगी, और पुरानी कुंजी काम करना बंद कर देगी.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>प्रिंट करें (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>फ़ाइल में सेव करें (&amp;S)…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>रिकवरी कुंजी: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Breach Advisor रिकवरी कुंजी

%1

यह कागज़ सुरक्षित और कंप्यूटर से दूर रखें: इससे कोई भी तिजोरी खोल सकता है.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर को भेज दिया गया.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>रिकवरी कुंजी सेव करें</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>टेक्स्ट फ़ाइलें (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>%1 में सेव किया गया. इसे इस कंप्यूटर से हटाकर कहीं और रखें (USB स्टिक पर, या प्रिंट कर लें) और यहाँ से मिटा दें.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>%1 सेव नहीं हो सका: %2. कुछ भी सेव नहीं हुआ: कोई दूसरी जगह चुनें, या कुंजी प्रिंट करें.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>यह सूची में नहीं है: इसके बारे में बताएँ (&amp;N)</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>मुझे बताया गया कि मेरा डेटा किसी डेटा लीक में है</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>किसी कंपनी या खबर ने बताया कि आपकी जानकारी किसी डेटा लीक में थी? उसे यहाँ चुनें और सूचना के मुताबिक जो लीक हुआ, उस पर टिक करें. आपको उसके लिए एक योजना मिलेगी, और वह इस व्यक्ति के साथ रखी जाएगी.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>सूचना किसे मिली (&amp;W):</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>कंपनी का नाम, जैसे Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>डेटा लीक खोजें (&amp;F):</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>डेटा लीक</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>जैसे शहर का खेल क्लब</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>कंपनी या सेवा (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>यह कब हुआ (या सूचना की तारीख) (&amp;W):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>सूचना के मुताबिक क्या लीक हुआ</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>मेरी योजना बनाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>पहले व्यक्ति को जोड़ें, फिर ऐप को सूचना के बारे में बताएँ.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>बताएँ कि सूचना किस कंपनी या सेवा के बारे में थी.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>डेटा लीक की सूचना से दर्ज किया गया.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>सूची से डेटा लीक चुनें, या अगर वह वहाँ नहीं है तो उसके बारे में बताएँ.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>सूचना में बताए गए कम से कम एक तरह के डेटा पर टिक करें.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>पढ़ने की सुविधा</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>टेक्स्ट का आकार (&amp;T):</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>तिजोरी को सुरक्षित रखना</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> मिनट</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>इतनी देर इस्तेमाल न होने पर लॉक करें (&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>पासफ़्रेज़ बदलें (&amp;C)…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>नई रिकवरी कुंजी बनाएँ (&amp;R)…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>हो सकता है किसी को मेरा पासफ़्रेज़ पता हो: सभी कुंजियाँ नई बनाएँ (&amp;A)…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>सिर्फ़ नया पासफ़्रेज़ तिजोरी की उस कॉपी को सुरक्षित नहीं करता जो किसी के पास पहले से हो सकती है. यह सब कुछ एक नई कुंजी से दोबारा एन्क्रिप्ट करता है, नए पासफ़्रेज़ और नई रिकवरी कुंजी के साथ.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>दूसरों की मदद</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>वैकल्पिक: प्रिंट किए गए सलाह-पत्रों पर दिखता है</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>आपका नाम (&amp;N):</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>यह तिजोरी</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>फ़ोल्डर: %1
कैटलॉग में %2 डेटा लीक (सबसे नए तथ्य: %3)
एन्क्रिप्शन: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>यह कंप्यूटर अब तिजोरी को याद रखता है.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>यह कंप्यूटर अब तिजोरी को याद नहीं रखता.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>पासफ़्रेज़ बदला जा रहा है…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>पासफ़्रेज़ बदल दिया गया. आपकी रिकवरी कुंजी अब भी काम करती है. ध्यान दें: बदलाव से पहले बनी तिजोरी की कॉपी अब भी पुराने पासफ़्रेज़ से खुलती है.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>नई रिकवरी कुंजी बनाएँ?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>पहले प्रिंट की गई रिकवरी कुंजी काम करना बंद कर देगी. नई कुंजी आपको एक बार दिखाई जाएगी, प्रिंट करने या लिखने के लिए.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>नई कुंजी बनाएँ (&amp;N)</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>सभी कुंजियाँ नई बनाएँ</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>तिजोरी को नई कुंजियों से दोबारा एन्क्रिप्ट किया जा रहा है. इसमें थोड़ा समय लगता है.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>तिजोरी की कुंजियाँ नई हैं. पुराना पासफ़्रेज़ और पुरानी रिकवरी कुंजी अब कुछ नहीं खोलते, कुंजी फ़ाइल की पुरानी कॉपी भी नहीं.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>भाषा (&amp;L):</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>कंप्यूटर वाली भाषा</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>रंग (&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>इस कंप्यूटर पर यह तिजोरी याद रखें (&amp;R)</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>तब यह यहाँ बिना पासफ़्रेज़ के खुलेगी. इस कंप्यूटर पर आपका यूज़र खाता इस्तेमाल कर सकने वाला कोई भी व्यक्ति तब तिजोरी खोल सकेगा: साझा कंप्यूटर पर इसे बंद रखें.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>नई रिकवरी कुंजी रखी नहीं गई, इसलिए कुछ नहीं बदला: पुरानी कुंजी अब भी काम करती है.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>नई रिकवरी कुंजी लागू हो गई है. पुरानी कुंजी अब काम नहीं करती.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>नई रिकवरी कुंजी रखी नहीं गई, इसलिए तिजोरी की कुंजियाँ नहीं बदलीं: पुराना पासफ़्रेज़ और रिकवरी कुंजी अब भी काम करते हैं.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>मैंने यह कर लिया है (&amp;D)</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>इसे बाद में करना है (&amp;L)</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>यह मुझ पर लागू नहीं होता (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>वापस करने वाले कामों की सूची में (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>इसके लिए निर्देश</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>क्या करें</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>नोट (&amp;N):</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>वैकल्पिक, जैसे &quot;पिन घर के लॉकर में रखा है&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← पिछला कदम (&amp;P)</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>अगला कदम (&amp;E) →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>पिछला कदम</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>अगला कदम</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>अभी करने के लिए कुछ नहीं है.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>क्या करना है, यह देखने के लिए कोई कदम चुनें.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · लगभग %n मिनट</numerusform>
            <numerusform>%1 · लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>आपने यह कर लिया था, लेकिन उसके बाद यह फिर से लीक हुआ (%1). कृपया इसे फिर से करें.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · %1 को चिह्नित किया गया</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>सभी डिवाइस</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>यह जानकारी कहाँ से है: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(%1 को जाँचा गया)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>यह नोट इस कदम के फिर से खुलने से पहले लिखा गया था.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>पहले जैसा करें (&amp;U): %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>इस कदम की स्थिति</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>अनलॉक करें (&amp;U)</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>आपकी तिजोरी खोली जा रही है. इसमें थोड़ा समय लगता है.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>पासफ़्रेज़ याद नहीं है: मेरी रिकवरी कुंजी इस्तेमाल करें (&amp;R)</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>रिकवरी कुंजी से खोलें (&amp;K)</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>इस कंप्यूटर की कीचेन से खोलें (&amp;K)</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Breach Advisor का लोगो</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Breach Advisor अनलॉक करें</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>पासफ़्रेज़ (&amp;P):</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>तिजोरी खोली जा रही है</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी कुंजी</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>रिकवरी कुंजी (&amp;K):</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>आपकी तिजोरी %1 में है. इसमें रखा सब कुछ इसी कंप्यूटर पर रहता है.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>यह पासफ़्रेज़ इस तिजोरी को नहीं खोलता. Caps Lock देखें और फिर से कोशिश करें.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>पहले अपना पासफ़्रेज़ टाइप करें.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>डेटा लीक का नाम और शीर्षक होना ज़रूरी है.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>डेटा लीक की तारीख सही तारीख नहीं है (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>बताएँ कि किस तरह का डेटा लीक हुआ (जैसे &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>कैटलॉग में &quot;%1&quot; नाम का डेटा लीक पहले से है.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 मौजूद नहीं है या टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 true या false नहीं है</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 शून्य या उससे बड़ी पूर्ण संख्या नहीं है</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; तारीख नहीं है (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; तारीख और समय नहीं है (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 मौजूद नहीं है या सूची नहीं है</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 में ऐसी एंट्री है जो टेक्स्ट नहीं है</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: फ़ाइल पढ़ी नहीं जा सकी: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: मान्य JSON नहीं है: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: यह डेटा लीक कैटलॉग नहीं है: डेटा लीक की ऐसी सूची चाहिए जैसी Have I Been Pwned प्रकाशित करता है</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: डेटा लीक #%3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ऑब्जेक्ट नहीं है</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>नाम &quot;%1&quot; दो बार आया है</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 %2 नहीं है.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>हेल्प डेस्क की गुप्त कुंजी फ़ाइल (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>सार्वजनिक कुंजी फ़ाइल (bundle keygen की PREFIX.pub)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>एजेंट कुंजी फ़ाइल (bundle keygen की PREFIX.agent)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>हस्ताक्षर फ़ाइल (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 Breach Advisor के नए वर्शन से बना है (फ़ॉर्मैट %2; यह वर्शन %3 पढ़ता है). इसे पढ़ने के लिए ऐप अपडेट करें.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>%1 का पासफ़्रेज़ सही नहीं है, या फ़ाइल बदली गई है.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>हेल्प डेस्क का बंडल (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 अपने हस्ताक्षर से मेल नहीं खाता: हस्ताक्षर के बाद इसे बदला या छोटा किया गया. कुछ भी इम्पोर्ट नहीं हुआ; हेल्प डेस्क से बंडल फिर से मांगें.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 किसी दूसरी एजेंट कुंजी के लिए बनाया गया था: जिस हेल्प डेस्क ने इस पर हस्ताक्षर किए, उससे उसके बंडलों की कुंजी (PREFIX.agent) मांगें.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 पर ऐसी कुंजी से हस्ताक्षर हैं जिस पर यह तिजोरी भरोसा करती है, लेकिन इसकी सामग्री इस्तेमाल नहीं की जा सकती. कुछ भी इंपोर्ट नहीं हुआ; जिस हेल्प डेस्क ने इसे बनाया, उसे बताएँ.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 पर ऐसी कुंजी से हस्ताक्षर हैं जिस पर यह तिजोरी भरोसा नहीं करती (%2). कुछ भी इंपोर्ट नहीं हुआ. अगर यह आपके हेल्प डेस्क की कुंजी है, तो पहले उस पर भरोसा करें: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1, %2 को बना था, यानी %3 से लिए गए पिछले बंडल (%4 को बना) से पहले: हो सकता है यह कोई पुरानी कॉपी हो जिसे दोबारा भेजा गया है. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 और %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 मिलियन</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>लगभग उतने, जितने उस समय %1 के यूज़र थे</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>लगभग उतने, जितने उस समय %2 में %1 के यूज़र थे</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>उस समय %1 के आधे से ज़्यादा यूज़र</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>उस समय %2 में %1 के आधे से ज़्यादा यूज़र</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>उस समय %1 के हर %2 यूज़र में से लगभग एक</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>उस समय %3 में %1 के हर %2 यूज़र में से लगभग एक</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>खबरों के मुताबिक, इसके लगभग %1 रिकॉर्ड %2 के थे</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; दुनिया भर में इसमें %1 थे</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>इसमें %1 खाते थे, %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>यह पता नहीं है कि इसमें उस समय के %1 के कितने यूज़र थे</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>आपकी यह जानकारी %2 में लीक हुई: %1.</numerusform>
            <numerusform>आपकी %n तरह की जानकारी %2 में लीक हुई: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>एक सूचना के मुताबिक आपकी यह जानकारी %2 में लीक हुई: %1.</numerusform>
            <numerusform>एक सूचना के मुताबिक आपकी %n तरह की जानकारी %2 में लीक हुई: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>हो सकता है आपकी यह जानकारी %2 में लीक हुई हो, और इसकी संभावना ज़्यादा है: %1.</numerusform>
            <numerusform>हो सकता है आपकी %n तरह की जानकारी %2 में लीक हुई हो, और इसकी संभावना ज़्यादा है: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>हो सकता है आपकी यह जानकारी %2 में लीक हुई हो, पर इसकी संभावना कम है: %1.</numerusform>
            <numerusform>हो सकता है आपकी %n तरह की जानकारी %2 में लीक हुई हो, पर इसकी संभावना कम है: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>हो सकता है आपकी यह जानकारी %2 में लीक हुई हो: %1.</numerusform>
            <numerusform>हो सकता है आपकी %n तरह की जानकारी %2 में लीक हुई हो: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>%2: %3. हो सकता है आपकी यह जानकारी इसमें लीक हुई हो: %1.</numerusform>
            <numerusform>%2: %3. हो सकता है आपकी %n तरह की जानकारी इसमें लीक हुई हो: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>एक सामान्य सुझाव, किसी खास लीक की वजह से नहीं.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>अगर आपने %1 इस्तेमाल किया था, तो हो सकता है वहाँ आपकी यह जानकारी लीक हुई हो: %2; %3.</numerusform>
            <numerusform>अगर आपने %1 इस्तेमाल किया था, तो हो सकता है वहाँ आपकी %n तरह की जानकारी लीक हुई हो: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>अगर वहाँ आपका खाता था, तो उसका पासवर्ड बदलें और उसके दूसरे सेशन से साइन आउट करें.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>विक्रेता के दावे के मुताबिक, इसके लगभग %1 रिकॉर्ड %2 के थे; किसी ने इसकी पुष्टि नहीं की है</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>इसके सिर्फ़ लगभग %2 रिकॉर्ड में “%1” की एंट्री थी</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>अगर आप %1 इस्तेमाल करते हैं: %2. ये कदम पूरे पाने के लिए बताएँ कि आप इसे इस्तेमाल करते हैं.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>यही बात %n और डेटा लीक पर भी लागू होती है.</numerusform>
            <numerusform>यही बात %n और डेटा लीक पर भी लागू होती है.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Android फ़ोन</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>कंप्यूटर</translation>
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
                          Have I Been Pwned के JSON से डेटा लीक जोड़ें या अपडेट करें
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          ऐसा डेटा लीक जो अभी कैटलॉग में नहीं है
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
        <translation>  FILE            Have I Been Pwned का /api/v3/breaches JSON; अगर फ़ाइल में एक भी डेटा लीक
                  गलत है, तो पूरी फ़ाइल नामंज़ूर होती है (exit 4), और लाइन बताई जाती है
  --name N        डेटा लीक की कुंजी (अक्षर और अंक, जैसे HIBP का Name)
  --classes LIST  क्या लीक हुआ: HIBP के डेटा-प्रकार के नाम, ; से अलग किए हुए
  --count N       इसमें कितने खाते थे
  --flags LIST    यह किस तरह का डेटा लीक है, ; से अलग किए हुए: stealer_log (किसी डिवाइस
                  पर मैलवेयर से चुराए गए पासवर्ड), malware, sensitive, spam_list, fabricated
NAME किसी डेटा लीक का Name है, जैसा catalog list दिखाता है.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>इस्तेमाल: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%2 से %1 डेटा लीक पढ़े गए: %3 नए, %4 अपडेट हुए, %5 बिना बदलाव के.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>डेटा के ऐसे प्रकार जिन्हें यह वर्शन अभी नहीं जानता (जैसे हैं वैसे रखे और दिखाए जाते हैं): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count शून्य या उससे बड़ी पूर्ण संख्या होनी चाहिए.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; कोई फ़्लैग नहीं है. stealer_log, malware, sensitive, spam_list या fabricated इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>इस्तेमाल: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; तारीख नहीं है (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>&quot;%1&quot; कैटलॉग में जोड़ा गया.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 डेटा लीक. तथ्य Have I Been Pwned (CC BY 4.0) से हैं, जब तक कुछ और न लिखा हो.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>खाते</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>क्या लीक हुआ</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>इस्तेमाल: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>कैटलॉग में &quot;%1&quot; नाम का कोई डेटा लीक नहीं है. नामों के लिए catalog list देखें.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>डेटा लीक की तारीख: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>खाते: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>इंपोर्ट की गई कैटलॉग फ़ाइल से: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>क्या लीक हुआ:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (डेटा का ऐसा प्रकार जिसे यह वर्शन अभी नहीं जानता)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>यह जानकारी कहाँ से है: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>catalog import, catalog add, catalog list या catalog show इस्तेमाल करें.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n आर्ग्युमेंट जाँचा नहीं गया: हर फ़ोन नंबर, ईमेल या यूज़रनेम से पहले --phone, --email या --username लिखें.</numerusform>
            <numerusform>breach-advisor-cli: %n आर्ग्युमेंट जाँचे नहीं गए: हर फ़ोन नंबर, ईमेल या यूज़रनेम से पहले --phone, --email या --username लिखें.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>इस्तेमाल: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: जाँचा नहीं गया. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  नहीं मिला</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  %1 में: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: अनपेक्षित गड़बड़ी: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>अनजान कमांड &quot;%1&quot;. breach-advisor-cli --help देखें.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 शेल के अंदर नहीं चलता: पहले शेल से बाहर निकलें (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: शेल की तिजोरी पहले से खुली है.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>इस्तेमाल: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

पता लगाता है कि किन डेटा लीक में आपका डेटा है और उसके बारे में क्या करें, सिर्फ़ इसी कंप्यूटर पर.

कमांड:
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
विकल्प:
  --vault DIR             तिजोरी का फ़ोल्डर (डिफ़ॉल्ट: %1)
  --passphrase-file FILE  पासफ़्रेज़ FILE की पहली लाइन से पढ़ें;
                          नहीं तो $BREACH_ADVISOR_PASSPHRASE, नहीं तो पूछा जाता है
  --keychain              इस कंप्यूटर की कीचेन में याद रखी कुंजी से अनलॉक करें;
                          पहली बार पासफ़्रेज़ से, फिर वह याद रखी जाती है
  --json                  मशीन के पढ़ने लायक आउटपुट
  --mask                  पहचान की जानकारी बस इतनी दिखाई जाती है कि पहचानी जा सके
  --yes                   बिना पूछे करें (remove कमांड)
  -h, --help              यह मदद; COMMAND --help: उस कमांड की मदद
  --version               वर्शन

एक बार अनलॉक करके कई कमांड: breach-advisor-cli shell (टर्मिनल या स्क्रिप्ट से
कमांड, हर लाइन में एक).

एग्ज़िट स्टेटस: 0 सफल, 1 विफल, 2 इस्तेमाल में गलती, 3 गलत पासफ़्रेज़ या तिजोरी इस्तेमाल में है,
4 इनपुट फ़ाइल नामंज़ूर, 130 Ctrl-C से रोका गया (कुछ नहीं बदला).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>स्रोत: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (%1 को जाँचा गया)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>नोट, पिछली बार करते समय का: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>नोट: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>सामान्य सलाह</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>किसी लीक में मिला</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>आपको मिली सूचना</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>संभव</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] पूरा, [-] छोड़ा, [/] लागू नहीं</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - फिर से खोला गया: यह %1 में फिर लीक हुआ</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - छोड़ा गया</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - लागू नहीं</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>आपकी इस्तेमाल की जाने वाली सेवाओं के छोटे डेटा लीक</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>व्यक्ति को सेव करें (person add) और पूरे कदमों के लिए plan --person NAME चलाएँ.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>%1 में कोई तिजोरी नहीं है. इससे एक बनाएँ: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: कीचेन इस्तेमाल नहीं हो सकती (%1); पासफ़्रेज़ इस्तेमाल किया जा रहा है.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>इस कंप्यूटर की कीचेन अब तिजोरी की कुंजी याद रखती है: अब से --keychain के लिए पासफ़्रेज़ की ज़रूरत नहीं (keychain forget से यह वापस होता है).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: कीचेन ने कुंजी नहीं रखी (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength का मान interactive, moderate या sensitive होना चाहिए.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; कोई जाना-माना दो अक्षरों वाला देश कोड नहीं है.</translation>
    </message>
    <message>
        <source> [y/N] </source>
        <translation> [h/N] </translation>
    </message>
    <message>
        <source>y</source>
        <comment>the answer yes, short</comment>
        <translation>h</translation>
    </message>
    <message>
        <source>yes</source>
        <comment>the answer yes</comment>
        <translation>haan</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - शेल का अपना इनपुट पढ़ता है: कोई फ़ाइल दें.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: फ़ोन नंबर, ईमेल और यूज़रनेम 16 MiB से ज़्यादा हैं.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli%1 %2</source>
        <translation>इस्तेमाल: breach-advisor-cli%1 %2</translation>
    </message>
    <message>
        <source>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          their printable plan, identifiers masked, as the app prints it
</source>
        <translation>  handout --person NAME --out FILE.pdf|FILE.html [--language LL] [--helper NAME] [--json]
                          उनकी प्रिंट करने लायक योजना, पहचान की जानकारी छिपाकर, जैसी ऐप प्रिंट करता है
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>इस्तेमाल: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; के आखिर में .pdf या .html होना चाहिए.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>PDF सलाह-पत्रों के लिए ग्राफ़िक्स लाइब्रेरी चाहिए, जो शुरू नहीं हुई.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>%1 का सलाह-पत्र (%Ln कदम) %2 में लिखा गया. इसमें निजी जानकारी है: इसे सुरक्षित रखें.</numerusform>
            <numerusform>%1 का सलाह-पत्र (%Ln कदम) %2 में लिखा गया. इसमें निजी जानकारी है: इसे सुरक्षित रखें.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: इसे &quot;DATA CLASS=COLUMN[,COLUMN]&quot; की तरह लिखें.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>इस्तेमाल: import FILE --breach NAME [--phone COLUMN]... (import --help देखें)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset फ़ाइल का ढाँचा तय करता है: --%1 न दें.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter एक ASCII अक्षर होना चाहिए, जैसे ; या :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding का मान utf-8, windows-1252, latin1 या auto होना चाहिए.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format का मान international, national या auto होना चाहिए.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national के लिए --region CC चाहिए, यानी नंबरों का देश.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb 16 या उससे बड़ी पूर्ण संख्या होनी चाहिए.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>&quot;%1&quot; नाम का कोई प्रीसेट नहीं है: import --list-presets उनकी सूची दिखाता है.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    डेटा लीक: %1; कॉलम: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>%1 को &quot;%2&quot; में इंपोर्ट किया जा रहा है. कॉलम:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 पंक्तियाँ, %2 पंक्तियाँ/सेकंड</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, लगभग %1 सेकंड बाकी</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>इंडेक्स लिखा जा रहा है</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    हर डेटा लीक के रिकॉर्ड और डिस्क पर बाइट
  index remove IMPORT_ID [--yes]
                          एक इंपोर्ट वापस लें और उसकी जगह खाली करें
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  जैसा index stats दिखाता है
  --yes      बिना पूछे हटाएँ (स्क्रिप्ट से कभी पूछा नहीं जाता)
हटाने पर तिजोरी की फ़ाइल उस इंपोर्ट के बिना दोबारा लिखी जाती है, ताकि डिस्क की जगह
फिर से खाली हो: इसके लिए कुछ देर तिजोरी जितनी खाली डिस्क चाहिए.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>अभी तक कोई लीक फ़ाइल इंपोर्ट नहीं हुई. इससे एक जोड़ें: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%2 इंपोर्ट में %1 रिकॉर्ड, %3 बाइट (हर रिकॉर्ड के %4 बाइट).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  इंपोर्ट %1: %2 (%3 से), %4 रिकॉर्ड, %5 बाइट</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>इस्तेमाल: index remove IMPORT_ID (index stats देखें)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>इंपोर्ट %1 मौजूद नहीं है (index stats देखें).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>इंपोर्ट %1 हटाएँ (%2, %3 से, %4 रिकॉर्ड)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>कुछ नहीं हटाया गया.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>इंपोर्ट %1 हटा दिया गया; तिजोरी की फ़ाइल %2 बाइट छोटी हो गई है.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>index stats या index remove IMPORT_ID इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          तिजोरी बनाएँ और उसकी रिकवरी कुंजी प्रिंट करें
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>--vault DIR (खाली या नया फ़ोल्डर) में साथ आए डेटा लीक कैटलॉग के साथ तिजोरी बनाता है.
पासफ़्रेज़ --passphrase-file, $BREACH_ADVISOR_PASSPHRASE या पूछकर लिया जाता है.
  --kdf-strength S  पासफ़्रेज़ को आज़माना कितना धीमा हो: interactive, moderate (डिफ़ॉल्ट)
                    या sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>%1 में %2 जाने-माने डेटा लीक के साथ तिजोरी बनाई गई.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>आपकी रिकवरी कुंजी (इसे लिख लें या प्रिंट करें, और किसी सुरक्षित जगह रखें):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

अगर आप अपना पासफ़्रेज़ भूल जाते हैं, तो यही कुंजी तिजोरी तक वापस पहुँचने का अकेला रास्ता है.
यह सिर्फ़ अभी दिखाई जाती है.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 रिकवरी कुंजी दिखाई नहीं जा सकी, इसलिए कोई तिजोरी नहीं बनाई गई.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         इस कंप्यूटर की कीचेन अब तिजोरी की कुंजी याद नहीं रखती
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (तिजोरी खोलने वाली किसी भी कमांड के साथ) कीचेन में याद रखी कुंजी से अनलॉक करता है;
पहली बार यह पासफ़्रेज़ पूछता है और फिर कुंजी याद रखता है.
keychain forget इसे हटाता है; पासफ़्रेज़ पहले की तरह काम करता है.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>इस्तेमाल: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>%1 में कोई तिजोरी नहीं है.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>कीचेन ने कुंजी नहीं भुलाई: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>इस कंप्यूटर की कीचेन अब तिजोरी की कुंजी याद नहीं रखती.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          वह रूप जिसका हैश बनाकर मिलान होता है (तिजोरी की ज़रूरत नहीं)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     किसी भी फ़ॉर्मैट में फ़ोन नंबर; कई के लिए दोहराएँ
  --region CC      बिना देश कोड वाले नंबरों का देश
  --language LL    जहाँ का नंबर है वहाँ की भाषा (डिफ़ॉल्ट: सिस्टम की)
  --email TEXT, --username TEXT
अगर इनमें से कोई भी मान्य नहीं है, तो एग्ज़िट स्टेटस 1.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>इस्तेमाल: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: मान्य नहीं. %2</translation>
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
        <translation>इस्तेमाल: %1 (person --help देखें)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>%1 सेव किया गया. उनकी योजना इससे देखें: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>अभी तक किसी को सेव नहीं किया गया. इससे किसी को जोड़ें: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %3 में से %2 कदम पूरे</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  देश: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - %1 में</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  इस्तेमाल करते हैं: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  प्लेटफ़ॉर्म: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  बताया गया कि वे %1 में हैं: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  योजना: %2 में से %1 कदम पूरे (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>&quot;%1&quot; नाम का कोई व्यक्ति पहले से सेव है.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>%1 के बदलाव सेव किए गए; उनकी प्रगति बनी रहती है.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>%1, उनकी पहचान की जानकारी और उनकी प्रगति तिजोरी से हटाएँ?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 को हटा दिया गया.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>person add, list, show, edit या remove इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          व्यक्ति की योजना, उनकी प्रगति के साथ
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>इस्तेमाल: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>%1 की जानकारी इस तिजोरी में इंपोर्ट किए गए लीक में नहीं मिली, और वे जो सेवाएँ इस्तेमाल करते हैं उनमें से कोई भी कैटलॉग के डेटा लीक में नहीं है. और लीक इंपोर्ट करने के बाद फिर से जाँचें.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>%1 के लिए योजना</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>इस्तेमाल: shell (कमांड इसके इनपुट से आती हैं)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>तिजोरी खुली है. कमांड वैसे ही टाइप करें जैसे कमांड लाइन पर करते हैं (help उनकी सूची दिखाता है), बाहर निकलने के लिए exit.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          उनकी योजना के किसी कदम की प्रगति दर्ज करें
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  पूरा, अभी के लिए टाला, या उन पर लागू नहीं
  reopen          फिर से करने वाली सूची में
  STEP_ID         जैसा योजना में लिखा है, जैसे whatsapp-two-step-pin; जो कदम उनकी योजना
                  में नहीं है, वह नामंज़ूर होता है
  --person NAME   किसकी योजना
  --note TEXT     कदम के साथ रखा जाता है (इसके बिना, पहले का नोट बना रहता है)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>इस्तेमाल: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 फिर से %2 की करने वाली सूची में है.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>%3 के लिए %1 को %2 चिह्नित किया गया.</translation>
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
        <translation>  vault info [--json]     तिजोरी में क्या है
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          प्रिंट की गई रिकवरी कुंजी से नया पासफ़्रेज़ सेट करें
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          नई कुंजी, पासफ़्रेज़ और रिकवरी कुंजी, उस पासफ़्रेज़ के लिए
                          जो किसी और को पता चल गया हो
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
        <translation>  --new-passphrase-file FILE  नया पासफ़्रेज़ (नहीं तो टर्मिनल पर दो बार पूछा जाता है)
  --recovery-key-file FILE    तिजोरी बनाते समय प्रिंट की गई रिकवरी कुंजी
  --kdf-strength S            interactive, moderate या sensitive; जब तक यह न दिया जाए,
                              तिजोरी अपनी मज़बूती बनाए रखती है
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase तिजोरी की कुंजी को दोबारा लपेटता है: यह तेज़ है, और रिकवरी कुंजी काम करती रहती है,
लेकिन डेटाबेस दोबारा एन्क्रिप्ट नहीं होता, इसलिए vault.header की पुरानी कॉपी अब भी
पुराने पासफ़्रेज़ से तिजोरी खोल देती है. rekey डेटाबेस को नई कुंजी से दोबारा एन्क्रिप्ट करता है और
नई रिकवरी कुंजी प्रिंट करता है: पुराना पासफ़्रेज़, पुरानी रिकवरी कुंजी और vault.header की
पुरानी कॉपियाँ उसे खोलना बंद कर देती हैं.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं. कुछ नहीं बदला गया.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>आपकी नई रिकवरी कुंजी (इसे लिख लें या प्रिंट करें, और किसी सुरक्षित जगह रखें;
पुरानी कुंजी अब काम नहीं करती):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 नई रिकवरी कुंजी दिखाई नहीं जा सकी, इसलिए तिजोरी की कुंजियाँ नहीं बदली गईं.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>तिजोरी को नई कुंजी से दोबारा एन्क्रिप्ट किया गया है. पुराना पासफ़्रेज़, पुरानी रिकवरी कुंजी और
vault.header की पुरानी कॉपियाँ अब इसे नहीं खोलतीं; जिस कंप्यूटर ने तिजोरी याद रखी थी,
उसे एक बार नया पासफ़्रेज़ चाहिए.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>तिजोरी %1
  कैटलॉग में %2 डेटा लीक (साथ आया कैटलॉग %3 का)
  स्कीमा वर्शन %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  कुंजियाँ बदलने का काम शुरू हुआ था और पूरा नहीं हुआ: नया पासफ़्रेज़ इसे पूरा करता है, या
  vault rekey फिर से चलाएँ
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover के लिए --recovery-key-file FILE चाहिए.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>पासफ़्रेज़ बदल दिया गया. आपकी रिकवरी कुंजी अब भी काम करती है.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>vault info, vault change-passphrase, vault recover या vault rekey इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; ऐसी भाषा नहीं है जो Breach Advisor में उपलब्ध हो. उपलब्ध: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    किसकी योजना
  --out FILE       .pdf (A4, या अमेरिका और कनाडा में Letter) या .html; सिर्फ़ आप
                   पढ़ सकते हैं. इसमें निजी जानकारी है: इसे सुरक्षित रखें
  --language LL    इसकी भाषा (डिफ़ॉल्ट: व्यक्ति की भाषा, नहीं तो टर्मिनल की)
  --helper NAME    किसने मदद की, यह इस पर प्रिंट होता है (हेल्प डेस्क का नाम)</translation>
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
        <translation>  NAME            उन्हें क्या कहें (उपनाम भी चलेगा)
  --from FILE|-   उनके फ़ोन नंबर, ईमेल और यूज़रनेम, हर लाइन में एक, किसी फ़ाइल या स्टैंडर्ड इनपुट से, ताकि
                  नंबर ऐसी कमांड लाइन पर न हों जिसे इस कंप्यूटर के दूसरे यूज़र पढ़ सकें
                  (जैसे check --from में: phone:, email:, username: बताते हैं कि कौन-सा है)
  --country CC    उनका देश: बिना देश कोड वाले नंबरों के लिए और
                  कहाँ रिपोर्ट करें, इस सलाह के लिए
  --uses SERVICE  वे जो सेवा इस्तेमाल करते हैं; --platform P: android, iphone या computer
  --mask          पहचान की जानकारी बस इतनी दिखाएँ कि पहचानी जा सके
  --rename NEW    edit: उनका नया नाम
  --language LL   add, edit: वे जो भाषा पढ़ते हैं; उनका सलाह-पत्र उसी में प्रिंट होता है
  --yes           बिना पूछे हटाएँ (स्क्रिप्ट से कभी पूछा नहीं जाता)
edit सिर्फ़ दी गई चीज़ें बदलता है: --phone, --email, --username या --from में से कोई भी
दिया जाए तो सारी पहचान की जानकारी, देश, सेवाएँ, प्लेटफ़ॉर्म (खाली मान उन्हें हटा देता है); उनकी
प्रगति बनी रहती है. कुछ भी सेव होने से पहले पहचान की जानकारी जाँची जाती है.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  भाषा: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>बताएँ कि क्या बदलना है: --rename, --phone, --email, --username, --from, --country, --uses, --platform या --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>क्या करें: %L1 कदम, %L2 पूरे.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln मिनट</numerusform>
            <numerusform>%Ln मिनट</numerusform>
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
                          किन डेटा लीक में ये फ़ोन नंबर, ईमेल या यूज़रनेम हैं, और उनका क्या
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          क्या करना है, इसकी योजना भी बनाता है (--json में: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          हर लाइन के लिए एक जाँच और योजना: हर लाइन एक क्लाइंट
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
        <translation>  --phone/--email/--username TEXT  खोजने के लिए फ़ोन नंबर, ईमेल या यूज़रनेम; कई के लिए दोहराएँ
  --from FILE|-    फ़ोन नंबर, ईमेल और यूज़रनेम, हर लाइन में एक, किसी फ़ाइल या स्टैंडर्ड इनपुट से, ताकि वे
                   ऐसी कमांड लाइन पर न हों जिसे इस कंप्यूटर के दूसरे यूज़र पढ़ सकें:
                   @ वाली लाइन ईमेल पता है, अंक फ़ोन नंबर हैं, नहीं तो
                   यूज़रनेम; आगे लिखा phone:, email: या username: बताता है कि कौन-सा है
  --region CC      बिना देश कोड के लिखे फ़ोन नंबरों का देश
  --mask           पहचान की जानकारी बस इतनी दिखाएँ कि पहचानी जा सके (+20 ••• ••• 4567)
  --uses SERVICE   व्यक्ति की इस्तेमाल की जाने वाली सेवा (WhatsApp, Facebook, Google, ...): उसके
                   डेटा लीक &quot;शायद लीक हुआ&quot; माने जाते हैं, इस हिसाब से कि उनमें उसके कितने
                   यूज़र थे; अनजान सेवा चेतावनी के साथ छोड़ दी जाती है
  --platform P     android, iphone या computer: उसके लिए योजना के निर्देश
  --each-line      --from के साथ: हर लाइन एक क्लाइंट है, उनकी पहचान की जानकारी कॉमा
                   या टैब से अलग; हर लाइन का एक नतीजा (--json के साथ JSON Lines)
एग्ज़िट स्टेटस 5: कुछ भी जाँचा नहीं जा सका (कोई मान्य पहचान नहीं, या कोई लीक फ़ाइल
इंपोर्ट नहीं और कोई सेवा नहीं बताई गई).
कुछ भी सेव नहीं होता: व्यक्ति और उनकी प्रगति रखने के लिए person add इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>इस्तेमाल: check --from FILE|- --each-line: हर लाइन में एक क्लाइंट, उनकी पहचान की जानकारी कॉमा या टैब से अलग.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, लाइन %2: इसमें कोई फ़ोन नंबर, ईमेल या यूज़रनेम नहीं है, जाँचा नहीं गया.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: किसी भी लाइन में फ़ोन नंबर, ईमेल या यूज़रनेम नहीं है, इसलिए कुछ भी जाँचा नहीं गया.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>लाइन %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  खोजा नहीं गया: कोई लीक फ़ाइल इंपोर्ट नहीं है</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>कोई देश पता न होने के कारण छोड़ दिए गए: %1. इन्हें जोड़ने के लिए देश बताएँ: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>अगर आप ये सेवाएँ इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, लाइन %2: %3 अक्षरों से लंबी है, जितनी पहचान की जानकारी वाली कोई लाइन नहीं होती. कुछ नहीं किया गया.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>%1 लिखा नहीं जा सका: %2. कुछ भी सेव नहीं हुआ.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows पंक्तियों की संख्या (250) या प्रतिशत (2.5%) होना चाहिए.</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          जानी-मानी लीक फ़ाइलों के ढाँचे, जिन्हें --preset जानता है
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    जो पंक्तियाँ हेडर से मेल नहीं खातीं (फ़ील्ड कम या ज़्यादा,
                         कोई कोट कभी बंद नहीं हुआ, 1 MiB से बड़ी पंक्ति) वे छोड़ी और
                         गिनी जाती हैं; N से ज़्यादा पंक्तियाँ, या P % पंक्तियाँ होने पर
                         पूरी फ़ाइल नामंज़ूर (डिफ़ॉल्ट 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C इंपोर्ट रोक देता है और कुछ नहीं बदलता (exit 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header और --no-header एक-दूसरे के उलट हैं.</translation>
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
        <translation>  --header               पहली लाइन कॉलम के नाम बताती है, भले ही वह डेटा जैसी दिखे
                         (इसके या --no-header के बिना: ईमेल पते या लंबे नंबर वाली
                         पहली लाइन डेटा के रूप में पढ़ी जाती है)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds 0 (कभी नहीं) से %1 (एक दिन) तक की पूर्ण संख्या होनी चाहिए.</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          एक बार अनलॉक करें, फिर टाइप की गई या पाइप से आई कमांड चलाएँ, हर लाइन में एक
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
        <translation>हर लाइन एक कमांड है, जैसी कमांड लाइन पर होती है, पर breach-advisor-cli के बिना और
--vault, --passphrase-file या --keychain के बिना: तिजोरी exit, quit या इनपुट खत्म होने तक
खुली रहती है. कोट शेल की तरह काम करते हैं; # से शुरू होने वाली लाइनें टिप्पणी हैं.
टर्मिनल पर, विफल कमांड की जानकारी दी जाती है और अगली पढ़ी जाती है; स्क्रिप्ट से, पहली
विफल कमांड शेल को अपने एग्ज़िट स्टेटस के साथ खत्म कर देती है.
init, shell, keychain और vault (vault info को छोड़कर) इसके अंदर नहीं चलते.
ऐप की तरह, शेल कुछ समय तक कोई इनपुट न मिलने पर तिजोरी लॉक कर देता है (ऐप की
सेटिंग, जब तक वहाँ बदली न जाए तब तक 10 मिनट): यह कुंजियाँ भुला देता है, और अगली कमांड
उसे फिर से वैसे ही अनलॉक करती है जैसे शेल ने किया था.
  --idle-lock-seconds N  इसके बजाय N सेकंड तक इनपुट न मिलने पर लॉक करें; 0: कभी नहीं</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>इनपुट के बिना %1 के बाद यह लॉक हो जाता है.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>इनपुट के बिना %1 के बाद तिजोरी लॉक हो गई. अगली कमांड इसे फिर से अनलॉक करती है.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format का मान csv, tsv, jsonl, json, sql या blocks होना चाहिए.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table SQL डंप के लिए है (.sql, या --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb गीगाबाइट की संख्या होनी चाहिए, 0 से ज़्यादा.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    डेटा लीक: %1; SQL टेबल: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 में %Ln फ़ाइल है:</numerusform>
            <numerusform>%1 में %Ln फ़ाइलें हैं:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>आकार पता नहीं</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: लीक फ़ाइल</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: छोड़ी गई (%3)</translation>
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
                          इंडेक्स में लीक फ़ाइल जोड़ें (CSV, TSV, JSON Lines; .gz भी)
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [ऊपर के विकल्प]
                          zip, 7z या tar आर्काइव (.tar.gz, .bz2, .xz, .zst भी) की लीक फ़ाइलें जोड़ें,
                          हर एक को अलग इंपोर्ट के रूप में
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
        <translation>  FILE                   CSV, TSV, JSON Lines, JSON array या SQL डंप, gzip से कंप्रेस किया हुआ या नहीं
  --breach NAME          कैटलॉग का वह डेटा लीक जिसकी यह फ़ाइल है (नए के लिए पहले catalog add)
  --preset NAME          किसी जानी-मानी फ़ाइल का ढाँचा (import --list-presets), जैसे
                         facebook-2021; जो पंक्तियाँ इससे मेल नहीं खातीं, वे गिनी और छोड़ी जाती हैं
  --format F             csv, tsv, jsonl, json (ऑब्जेक्ट का array, या JSON Lines)
                         या sql (डिफ़ॉल्ट: फ़ाइल के नाम से)
  --no-header            पहली लाइन डेटा है; कॉलम 1 से गिने जाते हैं
  --delimiter C          फ़ील्ड के बीच का अक्षर (डिफ़ॉल्ट: CSV के लिए , ; tab | : में से
                         पहचाना जाता है; TSV के लिए tab)
  --encoding E           utf-8, windows-1252 या latin1 (डिफ़ॉल्ट: हर पंक्ति UTF-8 के रूप में, अगर वह
                         मान्य UTF-8 है, नहीं तो Windows-1252 के रूप में)
  --phone/--email/--username COLUMN
                         पहचान की जानकारी वाला कॉलम, हेडर के नाम, नंबर, या
                         नेस्टेड JSON में बिंदु वाले पाथ से (user.contact.phone)
  --field &quot;CLASS=COL&quot;    दूसरे लीक हुए डेटा वाला कॉलम, HIBP डेटा क्लास के हिसाब से
                         (&quot;Names=first,last&quot;); सिर्फ़ यह रखा जाता है कि वह भरा है या नहीं
                         इनमें से कुछ न हो तो कॉलम उनके नामों से पहचाने जाते हैं
                         (अंग्रेज़ी, जर्मन, फ़्रेंच, स्पैनिश, इतालवी, पुर्तगाली,
                         डच, तुर्की, अरबी, रूसी में).
  --phone-format F       international (देश कोड के साथ), national (--region ज़रूरी)
                         या auto (डिफ़ॉल्ट: पहली पंक्तियों से तय होता है)
  --region CC            national फ़ॉर्मैट वाले नंबरों का देश
  --exact-phone-validation  हर नंबर libphonenumber से जाँचें (धीमा)
  --memory-mb N          सॉर्ट होने से पहले रिकॉर्ड के लिए मेमोरी (डिफ़ॉल्ट 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              इंपोर्ट की जाँचों के साथ पूरी फ़ाइल पढ़ें: मैपिंग,
                         गिनती और इंपोर्ट का नतीजा क्या होगा, कुछ भी
                         लिखे बिना
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         लॉगिन का कॉलम (--username जैसा ही): हर मान
                         जैसा है वैसा रखा जाता है, ईमेल पता, देश कोड के साथ
                         फ़ोन नंबर, या यूज़रनेम
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        &quot;Key: value&quot; लाइनों वाले रिकॉर्ड (stealer log), जो खाली
                         लाइन, = चिह्नों की लाइन, या फिर से आई किसी कुंजी पर खत्म होते हैं
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (इसकी सामग्री से
                         पहचाना जाता है); लीक फ़ाइल जैसे नाम वाली हर फ़ाइल (.csv, .tsv,
                         .txt, .json, .jsonl, .sql) FILE की तरह इंपोर्ट होती है, बाकी
                         छोड़ी गई के रूप में दिखाई जाती हैं; --dry-run सभी को दिखाता है. डिस्क पर कुछ भी
                         अनपैक नहीं होता. एक फ़ाइल नामंज़ूर: कोई भी इंपोर्ट नहीं होती
  --member GLOB          सिर्फ़ वे फ़ाइलें जिनका पाथ या नाम मेल खाता है (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), उनके नाम कुछ भी कहें
  --max-unpacked-gb N    इससे ज़्यादा में अनपैक होने वाला आर्काइव नामंज़ूर करें (डिफ़ॉल्ट 1024); जो
                         फ़ाइल अपने आकार के 1000 गुना से ज़्यादा में अनपैक हो, वह भी नामंज़ूर होती है
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: पढ़ने वाली टेबल, नाम या पैटर्न से (*users); इसके
                         बिना, पहली टेबल जिसके कॉलम के नाम ईमेल पते
                         या फ़ोन नंबर बताते हैं. दूसरी टेबल की पंक्तियाँ गिनी जाती हैं, पढ़ी नहीं जातीं
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member आर्काइव (zip, 7z, tar) की फ़ाइलें चुनता है: %1 आर्काइव नहीं है.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    लीक हुए लॉगिन की साइटें: %1</translation>
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
        <translation>  --site COLUMN          वेब पतों का कॉलम, यानी हर पंक्ति का लॉगिन किस साइट का था
                         (stealer log): हर रिकॉर्ड होस्ट का नाम रखता है, और जाँच
                         उसे बताती है
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 %2 MiB से बड़ा है.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 पहले से मौजूद है: कुंजियाँ कभी ओवरराइट नहीं की जातीं. कोई दूसरा --out चुनें.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>इस्तेमाल: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>ये फ़ाइलें लिखी गईं: %1 (हस्ताक्षर कुंजी और कंटेंट कुंजी, पासफ़्रेज़ से सील की हुई: इसे हेल्प डेस्क पर ही रखें), %2 (सार्वजनिक कुंजी: इसे हर उस व्यक्ति को दें जिसे आपके हस्ताक्षर किए हुए पर भरोसा करना है) और %3 (सिर्फ़ कंटेंट कुंजी, एजेंटों के लैपटॉप के लिए: यह बंडल पढ़ सकती है, उन पर हस्ताक्षर नहीं कर सकती).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 OpenSSL के लिए वही सार्वजनिक कुंजी है.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>फ़िंगरप्रिंट: %1 (फ़ोन पर कुंजियों की तुलना करने के लिए इसे पढ़कर सुनाएँ)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>इस्तेमाल: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 पर हस्ताक्षर किए गए: %2 (कुंजी %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>इस्तेमाल: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: कुंजी %2 से हस्ताक्षरित, तब से अपरिवर्तित.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 पर %2 की कुंजी से हस्ताक्षर नहीं किए गए (हस्ताक्षर में कुंजी %3 का नाम है). इस पर भरोसा न करें.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 अपने हस्ताक्षर %2 से मेल नहीं खाता: या तो हस्ताक्षर के बाद इसे बदला गया, या यह हस्ताक्षर इसका अपना नहीं है. इस पर भरोसा न करें.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import के साथ इंपोर्ट का नंबर दिया जाता है (index list उन्हें दिखाता है), %1 नहीं.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>इस्तेमाल: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 पहले से मौजूद है. कोई दूसरा --out चुनें.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>%1 लिखा गया: कैटलॉग (%2 डेटा लीक) और %3 रिकॉर्ड वाला %n लीक इंपोर्ट, कंटेंट कुंजी से एन्क्रिप्ट किया हुआ और कुंजी %4 से हस्ताक्षरित.</numerusform>
            <numerusform>%1 लिखा गया: कैटलॉग (%2 डेटा लीक) और %3 रिकॉर्ड वाले %n लीक इंपोर्ट, कंटेंट कुंजी से एन्क्रिप्ट किए हुए और कुंजी %4 से हस्ताक्षरित.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>एजेंट इसे इस तरह इंपोर्ट करते हैं: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>इस्तेमाल: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>यह तिजोरी अब %1 के हस्ताक्षर वाले बंडल स्वीकार करती है (कुंजी %2). कोई बंडल इंपोर्ट करने से पहले, हेल्प डेस्क से उसकी कुंजी फ़ोन पर पढ़कर सुनवाएँ और इस कुंजी से उसकी तुलना करें.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>यह तिजोरी अभी किसी हेल्प डेस्क पर भरोसा नहीं करती: bundle trust PREFIX.pub से एक जोड़ें.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>%1 से भरोसेमंद; पिछला बंडल %2 को बना</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>%1 से भरोसेमंद; अभी तक कोई बंडल नहीं लिया गया</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>इस्तेमाल: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 पर %2 के हस्ताक्षर हैं (कुंजी %3) और यह %4 को बना था.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>यह इस हेल्प डेस्क से लिए गए पिछले बंडल से पुराना है; --allow-older दिए जाने की वजह से इंपोर्ट किया गया.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>डेटा लीक: %1 नए, %2 अपडेट हुए, %3 बिना बदलाव के.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>लीक इंपोर्ट: %1 जोड़े गए (%2 रिकॉर्ड), %3 पहले से इस तिजोरी में हैं.</translation>
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
                          हेल्प डेस्क की कुंजियाँ: PREFIX.secret, .pub, .agent (और .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          किसी फ़ाइल (जैसे रिलीज़ चेकसम) पर हस्ताक्षर करना, और जाँचना
                          कि उस पर किसने हस्ताक्षर किए
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          कैटलॉग और लीक इंपोर्ट, एजेंटों के लिए एन्क्रिप्ट और हस्ताक्षरित
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  वे हेल्प डेस्क जिनसे यह तिजोरी बंडल लेती है
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          जाँचना कि बंडल पर किसने हस्ताक्षर किए, फिर उसे तिजोरी में मिलाना
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
        <translation>  --out PREFIX           keygen: कुंजी फ़ाइलें कहाँ जाएँ; मौजूदा फ़ाइलों के ऊपर कभी नहीं
  --kdf-strength S       keygen: पासफ़्रेज़ का अनुमान लगाना कितना धीमा हो (interactive,
                         moderate: डिफ़ॉल्ट, sensitive)
  --key PREFIX.secret    sign, export: हेल्प डेस्क की गुप्त कुंजी फ़ाइल
  --import ID            export: सिर्फ़ यह इंपोर्ट (index list; और के लिए इसे दोबारा दें);
                         डिफ़ॉल्ट: हर इंपोर्ट
  --name NAME            trust: हेल्प डेस्क को क्या नाम दें (डिफ़ॉल्ट: फ़ाइल का नाम)
  --agent-key PREFIX.agent  import: वह कंटेंट कुंजी जो हेल्प डेस्क ने एजेंटों को दी
  --allow-older          import: उसके हेल्प डेस्क से लिए गए पिछले बंडल से पुराना बंडल भी लें
                         (नहीं तो नामंज़ूर: हो सकता है वह दोबारा भेजी गई पुरानी कॉपी हो)
  --signer PREFIX.pub    verify: वह सार्वजनिक कुंजी जिस पर आप भरोसा करते हैं
  --signature FILE.sig   verify: हस्ताक्षर (डिफ़ॉल्ट: FILE.sig)
PREFIX.secret का पासफ़्रेज़: पूछकर लिया जाता है, या स्क्रिप्ट के लिए
BREACH_ADVISOR_BUNDLE_PASSPHRASE से. हस्ताक्षर पूरी फ़ाइल पर Ed25519 होते हैं; OpenSSL भी
इन्हें जाँच सकता है (docs/packaging.md). फ़ाइल पर उस कुंजी से हस्ताक्षर न होने पर verify
4 कोड के साथ बाहर निकलता है; import भी 4 कोड के साथ बाहर निकलता है, और तिजोरी नहीं बदलती,
अगर बंडल पर किसी भरोसेमंद हेल्प डेस्क के हस्ताक्षर नहीं हैं, उसे बदला या छोटा किया गया है,
या वह किसी दूसरी एजेंट कुंजी के लिए है.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>इस्तेमाल: bundle keygen | sign | verify | export | trust | signers | import (bundle --help देखें)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>इस्तेमाल: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>फ़ोल्डर %1 नहीं बनाया जा सकता.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>लगभग %1 सेकंड बाकी</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>पासवर्ड कभी कमांड लाइन से नहीं लिए जाते (दूसरे यूज़र और शेल की हिस्ट्री उन्हें देख लेते): उन्हें पूछे जाने पर टाइप करें, या स्टैंडर्ड इनपुट पर हर लाइन में एक दें.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>लाइन %1: खाली है, जाँची नहीं गई.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>लाइन %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>स्टैंडर्ड इनपुट</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%3 से %1 पासवर्ड हैश (%2), %4 को इंपोर्ट हुए: डिस्क पर %5, हर हैश के %6 बाइट.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>इस्तेमाल: passwords import | check | info (passwords --help देखें)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses बताता है कि व्यक्ति पासवर्ड कहाँ इस्तेमाल करता है: साथ में --person NAME भी दें.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>%1 के साथ रखा गया: उनका एक पासवर्ड लीक हुए पासवर्ड की सूची में है (पासवर्ड का खुद कुछ भी नहीं रखा गया). अब उनकी योजना उसे बदलने से शुरू होती है.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          लीक हुए पासवर्ड की सूची (Pwned Passwords), ऑफ़लाइन जाँच के लिए
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          क्या पासवर्ड उसमें है? (पूछकर, या स्टैंडर्ड इनपुट पर लाइन-दर-लाइन)
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
        <translation>  FILE     हैश के क्रम में लगा डाउनलोड (SHA-1 या NTLM, हर लाइन में HASH:COUNT), सादा या
           कंप्रेस्ड; FOLDER: डाउनलोडर की फ़ाइलें, 5 अंकों के हर हैश प्रीफ़िक्स की एक
सूची तिजोरी के पास रखी जाती है (--vault DIR), उसके अंदर नहीं: यह सार्वजनिक डेटा है.
पासफ़्रेज़ तभी पूछा जाता है जब --person दिया गया हो: वरना तिजोरी का कुछ भी पढ़ा नहीं जाता.
पासवर्ड कभी कमांड लाइन से नहीं लिए जाते. check --json हर पासवर्ड के लिए एक लाइन छापता है:
{&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: कम से कम इतनी बार; न मिलने पर 0), और --person
के साथ &quot;kept&quot; भी. पासवर्ड मिले या न मिले, यह 0 कोड के साथ बाहर निकलता है.
  --person NAME   मिला हुआ पासवर्ड इस सेव किए गए व्यक्ति के साथ रखें, &quot;उनका एक पासवर्ड
                  पता चल चुका है&quot; के रूप में (पासवर्ड कभी नहीं): उनकी योजना उसे हर जगह
                  बदलने से शुरू होती है
  --uses SERVICE  वे इसे कहाँ इस्तेमाल करते हैं (कई के लिए दोहराएँ), उस कदम में नाम आता है</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 के साथ कोई मान नहीं दिया जाता.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 के लिए मान चाहिए.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>अनजान विकल्प --%1. breach-advisor-cli --help देखें.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 इस कमांड पर लागू नहीं होता.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>एक %1 बंद नहीं हुआ है.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>डेटाबेस कुंजी का आकार गलत है.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 खराब है: अधूरा या बदला हुआ. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>%1 डिक्रिप्ट नहीं हो सका: यह खराब है, Breach Advisor की तिजोरी नहीं है, या कुंजी गलत है. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>एन्क्रिप्शन उपलब्ध नहीं है: इस प्रोग्राम में कोई दूसरी SQLite लाइब्रेरी (%1) लोड है, इसलिए कोई तिजोरी खोली या बनाई नहीं जाती.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>तिजोरी का डेटाबेस %1 मौजूद नहीं है. तिजोरी को छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 खाली या अधूरा है (%2 बाइट): तिजोरी खराब है. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 बिना एन्क्रिप्शन वाली SQLite फ़ाइल है, Breach Advisor की तिजोरी नहीं. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>डेटाबेस फ़ाइल %1 नहीं बनाई जा सकती: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>एन्क्रिप्शन उपलब्ध नहीं है: इस प्रोग्राम में कोई दूसरी SQLite लाइब्रेरी लोड है.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>तिजोरी किसी दूसरे प्रोग्राम में इस्तेमाल हो रही है.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 खराब है (%2). इसमें और कुछ नहीं लिखा गया.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>%1 वाली डिस्क भरी हुई है. बदलाव सेव नहीं हुआ; तिजोरी पहले जैसी है.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>%1 में लिखा नहीं जा सकता (%2): क्या इसका फ़ोल्डर सिर्फ़ पढ़ने के लिए है? तिजोरी पहले जैसी है.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>डेटाबेस गड़बड़ी (%1), %2 में: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>%1 हटाई नहीं जा सकती, जो तिजोरी के फ़ॉर्मैट के अधूरे अपडेट से बची रह गई थी. तिजोरी को छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>अपडेट किया गया डेटाबेस %1 की जगह नहीं रखा जा सकता (%2). तिजोरी पहले जैसी छोड़ दी गई.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 खराब है: इसका एक हिस्सा पढ़ा नहीं जा सकता. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>तिजोरी का डेटाबेस नए फ़ॉर्मैट में अपडेट नहीं हो सका (कॉपी की जाँच सही नहीं निकली). तिजोरी पहले जैसी छोड़ दी गई.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>डेमो खेल क्लब</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>एक काल्पनिक खेल क्लब, जिसकी सदस्य सूची लीक हुई: डेमो के लिए बनाया गया.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>पिन उनके बटुए में रखे कार्ड पर लिखा है</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>%1 को पूरा किया</translation>
    </message>
    <message>
        <source>done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>अभी के लिए टाला गया</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>फिर से करना है: यह फिर लीक हुआ</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>लगभग %n मिनट</numerusform>
            <numerusform>लगभग %n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(%1 को जाँचा गया)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>यह जानकारी कहाँ से है:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>नोट:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: क्या करें</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: %1 के लिए क्या करें</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>%1 को बनाया गया</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>%1 की मदद से</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, %2 की डेटा लीक सूची</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>अभी कोई कदम नहीं है. नए लीक के बारे में पता चलने पर फिर से जाँचें.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%n में से %1 कदम पूरा.</numerusform>
            <numerusform>%n में से %1 कदम पूरे.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>क्या जाँचा गया</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>जाँचा नहीं गया (जैसा लिखा है, वैसा सही नहीं हो सकता)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>इंपोर्ट की गई लीक फ़ाइलों में नहीं मिला</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>एक सूचना के मुताबिक %1 लीक हुआ: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>आपने किससे संपर्क किया</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>लिख लें कि आपने किसे फ़ोन किया या लिखा, कब, और उन्होंने क्या कहा.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>इस पेज पर निजी जानकारी है: इसे किसी सुरक्षित जगह रखें, या काम पूरा होने पर फाड़कर नष्ट कर दें.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>अगर यह आप पर लागू होता है</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>प्रिंटर या फ़ाइल खोली नहीं जा सकी.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>प्रिंटर या फ़ाइल ने पेज लेना बंद कर दिया.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>इसमें निजी जानकारी है: इसे सुरक्षित रखें या फाड़कर नष्ट कर दें.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 में से पेज %1</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>इस तिजोरी में अभी तक कोई लीक फ़ाइल इंपोर्ट नहीं हुई है, इसलिए इन्हें किसी लीक में खोजा नहीं जा सका.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>इनमें से कोई भी इस तिजोरी में इंपोर्ट की गई लीक फ़ाइलों में नहीं मिला (इंपोर्ट: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>इसका मतलब यह नहीं कि ये कभी लीक नहीं हुए: सिर्फ़ इंपोर्ट की गई फ़ाइलें जाँची गईं.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>%2 में से %1 इनमें मिले: %3. इसका मतलब यह नहीं कि किसी ने आपके खाते इस्तेमाल किए हैं.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%2 में से %1 जाँचे नहीं जा सके: वजह नीचे देखें.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>कीचेन ने मना कर दिया: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>इस कंप्यूटर पर कोई कीचेन उपलब्ध नहीं है, इसलिए तिजोरी याद नहीं रखी जा सकती. इसे खोलने के लिए अपना पासफ़्रेज़ इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>यह तिजोरी इस कंप्यूटर पर याद नहीं रखी गई है.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 एन्क्रिप्टेड है: Breach Advisor एन्क्रिप्टेड आर्काइव नहीं पढ़ता. इसे इसके पासवर्ड से एक्सट्रैक्ट करें, फिर एक्सट्रैक्ट की गई फ़ाइल इंपोर्ट करें.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: आर्काइव अधूरा या खराब है (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 अपने कंप्रेस किए गए आकार से %2 गुना से ज़्यादा में अनपैक होता है, जैसा कोई लीक फ़ाइल नहीं करती: आर्काइव बम मानकर नामंज़ूर किया गया. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: %2 से ज़्यादा अनपैक हुआ, जो एक आर्काइव की सीमा है: आर्काइव बम मानकर नामंज़ूर किया गया. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>macOS मेटाडेटा</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>read-me या लाइसेंस फ़ाइल</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>आर्काइव के अंदर कंप्रेस की हुई: इसे एक्सट्रैक्ट करें, फिर इंपोर्ट करें</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>नाम से लीक फ़ाइल नहीं लगती (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>फ़ाइल नहीं (लिंक या डिवाइस)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>--member से नहीं चुनी गई</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>खाली</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>मान्य JSON नहीं: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ऑब्जेक्ट नहीं</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>%1 MiB से लंबी पंक्ति: लीक फ़ाइलों की पंक्तियाँ छोटी होती हैं (क्या कोई लाइन ब्रेक या बंद करने वाला कोट छूट गया है?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>%1 से ज़्यादा कॉलम</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ऐसी कोई फ़ाइल नहीं</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: फ़ाइल खोली नहीं जा सकती</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: फ़ाइल पढ़ी नहीं जा सकती (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: कंप्रेस की गई फ़ाइल अधूरी या खराब है (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>फ़ाइल UTF-16 टेक्स्ट है: पहले इसे UTF-8 में सेव करें</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>बाइनरी डेटा (एक NUL बाइट): यह टेक्स्ट फ़ाइल नहीं है</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>मान्य UTF-8 नहीं: फ़ाइल किसी दूसरी एन्कोडिंग में है</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 फ़ील्ड, जबकि ढाँचे में %2 हैं</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>कोट वाला फ़ील्ड कभी बंद नहीं होता (एक &quot; छूटा है)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 फ़ील्ड, जबकि हेडर में %2 हैं</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>लाइन में ढाँचे वाले फ़ील्ड नहीं हैं</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>ऐसी लाइन जो &quot;Key: value&quot; नहीं है</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>JSON array कभी बंद नहीं होता (क्या फ़ाइल अधूरी है?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>JSON array खत्म होने के बाद टेक्स्ट</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>JSON array के किसी एलिमेंट के बाद , या ] छूटा है</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>JSON array किसी एलिमेंट के बीच में खत्म होता है (क्या फ़ाइल अधूरी है?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>कोट वाला नाम कभी बंद नहीं होता</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>COPY की पंक्तियाँ कभी \. वाली लाइन पर खत्म नहीं होतीं (क्या फ़ाइल अधूरी है?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>कोई INSERT … VALUES या COPY … FROM stdin नहीं: इस SQL फ़ाइल में पढ़ने के लिए कोई पंक्ति नहीं</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>डंप में पंक्तियों वाली कोई टेबल %1 नहीं; पंक्तियों वाली टेबल: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: किसी भी टेबल के कॉलम के नाम से नहीं लगता कि उसमें ईमेल पते या फ़ोन नंबर हैं. पढ़ने वाली टेबल (--table) और उसके कॉलम बताएँ. पंक्तियों वाली टेबल: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>बिना मानों वाली पंक्ति</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 मान, जबकि टेबल में %2 कॉलम हैं</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>फ़ाइल मानों की किसी पंक्ति के बीच में खत्म होती है (क्या यह अधूरी है?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>मानों की ऐसी पंक्ति जो पढ़ी नहीं जा सकती (कोई कोट बंद नहीं है)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>फ़ाइल किसी INSERT स्टेटमेंट के बीच में खत्म होती है (क्या यह अधूरी है?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>मानों की पंक्ति के बाद , या ; छूटा है</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>मानों की पंक्ति ( से शुरू नहीं होती</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>लीक फ़ाइल का ढाँचा %1 खराब है: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>लाइन %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>टैब</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>स्पेस</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>जाने-माने ढाँचे &quot;%1&quot; के रूप में पढ़ा गया.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>फ़ील्ड %1 से अलग हैं%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (पता लगाया गया)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>टेक्स्ट: %1 (पहली पंक्तियाँ UTF-8 नहीं हैं).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>ध्यान दें: कैटलॉग में &quot;%2&quot; के लिए %1 नहीं लिखा है; यह इंपोर्ट इसके लोगों के लिए इन्हें दर्ज करता है.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>फ़ोन नंबर: %1 फ़ॉर्मैट.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>यह फ़ाइल इन्हीं सेटिंग के साथ पहले &quot;%1&quot; में इंपोर्ट हो चुकी है (इंपोर्ट %2). कुछ नहीं बदला.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>टेक्स्ट: %Ln पंक्ति मान्य UTF-8 नहीं है, %1 के रूप में पढ़ी गई.</numerusform>
            <numerusform>टेक्स्ट: %Ln पंक्तियाँ मान्य UTF-8 नहीं हैं, %1 के रूप में पढ़ी गईं.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>फ़ोन नंबर: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>ईमेल पते: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>यूज़रनेम: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>अंतरराष्ट्रीय</translation>
    </message>
    <message>
        <source>national</source>
        <translation>राष्ट्रीय</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>मिला-जुला</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%2 में से %1 पंक्तियाँ &quot;%3&quot; में इंपोर्ट हुईं.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>अब जाँच में इनमें मौजूद %Ln रिकॉर्ड मिल सकता है.</numerusform>
            <numerusform>अब जाँच में इनमें मौजूद %Ln रिकॉर्ड मिल सकते हैं.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>इसमें %1 सेकंड लगे; तिजोरी %2 बढ़ गई.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>ऐसा %Ln फ़ोन नंबर, ईमेल पता या यूज़रनेम छोड़ दिया गया जो सही नहीं हो सकता (%1), उदाहरण के लिए:</numerusform>
            <numerusform>ऐसे %Ln फ़ोन नंबर, ईमेल पते या यूज़रनेम छोड़ दिए गए जो सही नहीं हो सकते (%1), उदाहरण के लिए:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>%Ln पंक्ति छोड़ दी गई, जिसमें ढाँचे &quot;%1&quot; वाले फ़ील्ड नहीं थे.</numerusform>
            <numerusform>%Ln पंक्तियाँ छोड़ दी गईं, जिनमें ढाँचे &quot;%1&quot; वाले फ़ील्ड नहीं थे.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>%Ln पंक्ति छोड़ दी गई, जिसमें कोई सही हो सकने वाला फ़ोन नंबर, ईमेल पता या यूज़रनेम नहीं था, उदाहरण के लिए:</numerusform>
            <numerusform>%Ln पंक्तियाँ छोड़ दी गईं, जिनमें कोई सही हो सकने वाला फ़ोन नंबर, ईमेल पता या यूज़रनेम नहीं था, उदाहरण के लिए:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>%Ln पंक्ति छोड़ दी गई, उदाहरण के लिए:</numerusform>
            <numerusform>%Ln पंक्तियाँ छोड़ दी गईं, उदाहरण के लिए:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln लाइन में ऐसे फ़ील्ड थे जो पहली लाइनों में नहीं थे, और वे फ़ील्ड पढ़े नहीं गए: %1</numerusform>
            <numerusform>%Ln लाइनों में ऐसे फ़ील्ड थे जो पहली लाइनों में नहीं थे, और वे फ़ील्ड पढ़े नहीं गए: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>कोई हेडर नहीं: पहली लाइन डेटा जैसी दिखती है (ईमेल पता या नंबर), इसलिए उसे पंक्ति के रूप में पढ़ा जाता है और कॉलम 1 से गिने जाते हैं.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>पहली लाइन कॉलम के नाम बताती है (वह डेटा जैसी नहीं दिखती).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>SQL डंप की टेबल %1 पढ़ी जा रही है: पहली टेबल जिसके कॉलम के नाम ईमेल पते या फ़ोन नंबर बताते हैं.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>SQL डंप की टेबल %1 पढ़ी जा रही है.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>आज़माइशी रन: %2 में से %1 पंक्तियाँ &quot;%3&quot; में इंपोर्ट होतीं (ज़्यादा से ज़्यादा %4 रिकॉर्ड). कुछ भी लिखा नहीं गया.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>यूज़रनेम कॉलम का %Ln मान ईमेल पता या फ़ोन नंबर था, और जाँच उसे उसी रूप में खोजती है (ईमेल पते: %1, फ़ोन नंबर: %2).</numerusform>
            <numerusform>यूज़रनेम कॉलम के %Ln मान ईमेल पते या फ़ोन नंबर थे, और जाँच उन्हें उसी रूप में खोजती है (ईमेल पते: %1, फ़ोन नंबर: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>फ़ोन नंबर: कम से कम %1 (तेज़ जाँच ज़्यादातर ढूँढ लेती है, सभी नहीं)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 और</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>नहीं पढ़ी गई: डंप की दूसरी टेबल में %Ln पंक्ति: %1.</numerusform>
            <numerusform>नहीं पढ़ी गईं: डंप की दूसरी टेबल में %Ln पंक्तियाँ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>%1 के कॉलम के नाम भी ईमेल पते या फ़ोन नंबर बताते हैं: ऐसी हर टेबल को उसका नाम देकर अलग से इंपोर्ट करें.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln पंक्ति में कोई साइट नहीं थी: वह बिना साइट के इंपोर्ट हुई.</numerusform>
            <numerusform>%Ln पंक्तियों में कोई साइट नहीं थी: वे बिना साइट के इंपोर्ट हुईं.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln पंक्ति में पहली 65,535 साइटों के बाद की साइट थी: वह बिना साइट के इंपोर्ट हुई.</numerusform>
            <numerusform>%Ln पंक्तियों में पहली 65,535 साइटों के बाद की साइट थी: वे बिना साइट के इंपोर्ट हुईं.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>साइटें: लॉगिन %Ln साइट के थे; जाँच में मिलने वाले हर लॉगिन की साइट बताई जाती है.</numerusform>
            <numerusform>साइटें: लॉगिन %Ln साइटों के थे; जाँच में मिलने वाले हर लॉगिन की साइट बताई जाती है.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>कैटलॉग में &quot;%1&quot; नाम का कोई डेटा लीक नहीं है: पहले इसे कैटलॉग में जोड़ें.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: फ़ाइल खाली है</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: इसकी %Ln पंक्ति ढाँचे %2 से मेल नहीं खाती (लाइन %3: %4). कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
            <numerusform>%1: इसकी %Ln पंक्तियों में से कोई भी ढाँचे %2 से मेल नहीं खाती (लाइन %3: %4). कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: फ़ाइल में हेडर है पर कोई पंक्ति नहीं. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>राष्ट्रीय फ़ॉर्मैट वाले फ़ोन नंबरों के लिए उनका देश चाहिए.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>पता नहीं चल रहा कि फ़ोन नंबर किस तरह लिखे हैं. %1 बताएँ कि वे अंतरराष्ट्रीय (देश कोड के साथ) हैं या राष्ट्रीय (और किस देश के).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>प्रीव्यू इंपोर्ट नहीं किया जा सकता: पहले बताएँ कि किस कॉलम में क्या है.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (लाइन %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: इसकी %Ln पंक्ति में कोई मान्य फ़ोन नंबर, ईमेल पता या यूज़रनेम नहीं है%2. कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
            <numerusform>%1: इसकी %Ln पंक्तियों में से किसी में भी मान्य फ़ोन नंबर, ईमेल पता या यूज़रनेम नहीं है%2. कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>इंपोर्ट चलते समय इंपोर्ट की एक अस्थायी फ़ाइल बदल गई या अधूरी रह गई: %1. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>इंपोर्ट की एक अस्थायी फ़ाइल गायब है: %1. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>इंपोर्ट का अस्थायी डेटा एन्क्रिप्ट नहीं हो सका.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>इंपोर्ट की अस्थायी फ़ाइल %1 लिखी नहीं जा सकती: %2. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 अक्षर)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>बहुत छोटा</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>बहुत लंबा</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>ऐसा कोई देश कोड नहीं</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>कोई देश कोड नहीं, और फ़ाइल का देश नहीं बताया गया</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>नंबर नहीं</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>मान्य नंबर नहीं</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>फ़ाइल में भरे हुए कॉलम के 65,535 से ज़्यादा अलग-अलग मेल हैं: कम कॉलम चुनें.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>कोई फ़ोन नंबर, ईमेल या यूज़रनेम नहीं</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>अमान्य फ़ोन नंबर %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>अमान्य ईमेल पता %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>अमान्य यूज़रनेम %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>एक सूची, एक मान नहीं</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln पंक्ति</numerusform>
            <numerusform>%Ln पंक्तियाँ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % पंक्तियाँ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %2 में से %Ln पंक्ति फ़ाइल के ढाँचे से मेल नहीं खाई (पहली: लाइन %3, %4): यह अनुमति वाली %5 से ज़्यादा है. क्या डेलिमिटर या हेडर सही है? कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
            <numerusform>%1: %2 में से %Ln पंक्तियाँ फ़ाइल के ढाँचे से मेल नहीं खाईं (पहली: लाइन %3, %4): यह अनुमति वाली %5 से ज़्यादा है. क्या डेलिमिटर या हेडर सही है? कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>इंपोर्ट का अस्थायी फ़ोल्डर %1 नहीं बनाया जा सकता. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: आर्काइव की %Ln फ़ाइल लीक फ़ाइल नहीं है (नाम से CSV, TSV, टेक्स्ट, JSON या SQL फ़ाइल; --member नाम से फ़ाइलें चुनता है). कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
            <numerusform>%1: आर्काइव की %Ln फ़ाइलों में से कोई भी लीक फ़ाइल नहीं है (नाम से CSV, TSV, टेक्स्ट, JSON या SQL फ़ाइल; --member नाम से फ़ाइलें चुनता है). कुछ भी इंपोर्ट नहीं हुआ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher ने %1 का जवाब नहीं दिया.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>कॉलम के नामों की सूची इस बिल्ड में नहीं है.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> और %1 अन्य</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>कॉलम &quot;%1&quot;: फ़ाइल में ऐसा कोई कॉलम नहीं है. इसके कॉलम ये हैं: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>किसी भी कॉलम में फ़ोन नंबर, ईमेल पते या यूज़रनेम नहीं हैं: बताएँ कि किस कॉलम में हैं. इसके कॉलम ये हैं: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>कॉलम &quot;%1&quot; में सूचियाँ हैं, हर पंक्ति में एक पहचान नहीं: इसके बजाय सूची के ऑब्जेक्ट के अंदर वाले कॉलम का नाम दें.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>एक कॉलम में एक ही तरह की पहचान होती है, %1 और %2 दोनों नहीं.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>एक इंपोर्ट में ज़्यादा से ज़्यादा 64 तरह का डेटा मैप किया जा सकता है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; ऐसा डेटा प्रकार नहीं है जिसे यह वर्शन जानता हो (Have I Been Pwned के नाम, जैसे &quot;Names&quot; या &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>बताएँ कि %1 किस कॉलम में हैं.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (खोजे जाते हैं)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (सिर्फ़ यह रखा जाता है कि भरा है या नहीं)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>इस्तेमाल नहीं: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: हर लॉगिन किस साइट का था (सिर्फ़ होस्ट का नाम रखा जाता है)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>कमज़ोर</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ठीक-ठाक</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>मज़बूत</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>पासफ़्रेज़ चुनें: चार या ज़्यादा ऐसे शब्द, जिनका आपस में कोई संबंध न हो, अच्छा काम करते हैं.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>अंदाज़ा लगाना आसान है. और ऐसे शब्द जोड़ें जिनका आपस में कोई मेल न हो.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>मेहनत करके अंदाज़ा लगाया जा सकता है. एक-दो और शब्दों से मदद मिलेगी.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>अंदाज़ा लगाना मुश्किल है.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>अंदाज़ा लगाना बहुत मुश्किल है.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, लाइन %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>लीक हुए पासवर्ड की सूची की लाइन नहीं है (हेक्साडेसिमल में SHA-1 या NTLM हैश, एक कोलन, और वह कितनी बार देखा गया). कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>एक %1 हैश, जबकि पिछली लाइनों में %2 हैश हैं: एक सूची में एक ही तरह के हैश होते हैं. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>हैश के क्रम में नहीं है (या वही हैश दोबारा है): सूची हैश के क्रम में लगा डाउनलोड होनी चाहिए. कुछ भी इंपोर्ट नहीं हुआ.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 में 5-अंकों वाले हैश प्रीफ़िक्स के नाम की कोई फ़ाइल नहीं है (00000.txt …): यह डाउनलोडर का फ़ोल्डर नहीं है.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: ऐसी कोई फ़ाइल या फ़ोल्डर नहीं</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 में कोई पासवर्ड हैश नहीं है.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>पासवर्ड मान्य UTF-8 टेक्स्ट नहीं है.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 लिखा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>%1 पर अभी लीक हुए पासवर्ड की कोई सूची नहीं है: पहले एक सूची इंपोर्ट करें.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 इस ऐप की बनाई हुई लीक हुए पासवर्ड की सूची नहीं है.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 इस ऐप के नए वर्शन से बना है: ऐप अपडेट करें, या सूची फिर से इंपोर्ट करें.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 को बनने के बाद बदला या छोटा किया गया: लीक हुए पासवर्ड की सूची फिर से इंपोर्ट करें.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>लीक हुए पासवर्ड की सूची में नहीं है. इससे यह मज़बूत नहीं हो जाता: पासवर्ड मैनेजर हर खाते के लिए अलग पासवर्ड बनाता और संभालकर रखता है.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>यह पासवर्ड किसी लीक में देखा गया है: अपराधी इसे आज़मा सकते हैं. जहाँ-जहाँ आप इसे इस्तेमाल करते हैं, हर जगह इसे बदलें.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>यह पासवर्ड लीक में कम से कम %1 बार देखा गया है: अपराधी इसे सबसे पहले आज़माते हैं. जहाँ-जहाँ आप इसे इस्तेमाल करते हैं, हर जगह इसे बदलें.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%3 से %1 पासवर्ड हैश (%2) %4 सेकंड में इंपोर्ट हुए: डिस्क पर %5, हर हैश के %6 बाइट.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>ऐसे हैश जिनके पहले 64 बिट पिछले हैश के समान थे, एक ही बार रखे गए: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>छोड़ी गई खाली लाइनें: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>%2 प्रीफ़िक्स फ़ाइलों में से सिर्फ़ %1 मौजूद थीं: सूची अधूरी है, और गायब फ़ाइलों वाले पासवर्ड ऐसे बताए जाते हैं जैसे वे कभी देखे ही नहीं गए.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>उस फ़ोल्डर की दूसरी फ़ाइलें, जो पढ़ी नहीं गईं: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>व्यक्ति का नाम होना ज़रूरी है (उपनाम भी चलेगा).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; कोई जाना-माना दो अक्षरों वाला देश कोड नहीं है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; कोई प्लेटफ़ॉर्म नहीं है: android, iphone या computer इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; ऐसी सेवा नहीं है जिसे जाँच-सूची जानती हो. जानी-मानी सेवाएँ: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 कुछ भी सेव नहीं हुआ.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>इस तिजोरी में &quot;%1&quot; नाम का कोई व्यक्ति पहले से है.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>यह व्यक्ति अब तिजोरी में सेव नहीं है.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>बताएँ कि सूचना में किस तरह के डेटा का नाम था.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; कोई भाषा कोड नहीं है (जैसे ar, es या fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 &apos;कितनी बार देखा गया&apos; की कोई मान्य श्रेणी नहीं है (0 से %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; ऐसी सेवा नहीं है जिसे जाँच-सूची जानती हो.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; कोई प्लेटफ़ॉर्म नहीं है: android, iphone या computer इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; ऐसी सेवा नहीं है जिसे जाँच-सूची जानती हो, इसलिए योजना में इसे छोड़ दिया गया है. जानी-मानी सेवाएँ: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>&quot;%1&quot; नाम का कोई कदम नहीं है. योजना में कदमों के id दिए गए हैं.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>कदम को पूरा, छोड़ा गया, लागू नहीं, या करना है के रूप में चिह्नित किया जाता है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; %2 की योजना में नहीं है: इसके कदमों के लिए उनकी योजना देखें.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>नमूने में कोई फ़ोन नंबर नहीं है; अंतरराष्ट्रीय फ़ॉर्मैट माना जा रहा है.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>नमूने के %1% नंबर + या 00 से शुरू होते हैं: अंतरराष्ट्रीय फ़ॉर्मैट.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>देश कोड के साथ पढ़ने पर नमूने के %1% नंबर मान्य हैं.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>देश कोड के साथ पढ़ने पर नमूने के %1% नंबर मान्य हैं; %2 के राष्ट्रीय नंबरों के रूप में पढ़ने पर %3%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>देश कोड मान्य नहीं है.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>अगर %1 देश कोड है, तो इसके आगे + लगाएँ (+%1…), या बताएँ कि नंबर किस देश का है.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>देश कोड जोड़ें (जैसे +91) या बताएँ कि नंबर किस देश का है.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>यह फ़ोन नंबर नहीं है.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>नंबर बहुत छोटा है.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>नंबर बहुत लंबा है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; कोई जाना-माना देश कोड नहीं है (दो अक्षर इस्तेमाल करें, जैसे IN).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>फ़ोन नंबर खाली है.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>नंबर बहुत छोटा है: एरिया कोड जोड़ें.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>यह %1 के लिए मान्य नंबर नहीं है.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>ये पहले करें</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>जाँचे गए लीक में आपका कुछ भी नहीं मिला, और आपकी इस्तेमाल की जाने वाली किसी सेवा के डेटा लीक में आपकी जानकारी होने की संभावना नहीं है. नीचे: %n सामान्य अच्छी आदत, जो किसी लीक की वजह से नहीं है.</numerusform>
            <numerusform>जाँचे गए लीक में आपका कुछ भी नहीं मिला, और आपकी इस्तेमाल की जाने वाली किसी सेवा के डेटा लीक में आपकी जानकारी होने की संभावना नहीं है. नीचे: %n सामान्य अच्छी आदतें, जो किसी लीक की वजह से नहीं हैं.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n उन लीक से जिनमें आपकी जानकारी मिली</numerusform>
            <numerusform>%n उन लीक से जिनमें आपकी जानकारी मिली</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n उन डेटा लीक से जिनके बारे में आपको सूचना मिली</numerusform>
            <numerusform>%n उन डेटा लीक से जिनके बारे में आपको सूचना मिली</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n आपकी इस्तेमाल की जाने वाली सेवाओं के उन डेटा लीक से जिनमें आपकी जानकारी हो सकती है</numerusform>
            <numerusform>%n आपकी इस्तेमाल की जाने वाली सेवाओं के उन डेटा लीक से जिनमें आपकी जानकारी हो सकती है</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n सामान्य सुझाव</numerusform>
            <numerusform>%n सामान्य सुझाव</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 और %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n कदम: %1.</numerusform>
            <numerusform>%n कदम: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>दिए गए फ़ोन नंबर, ईमेल या यूज़रनेम में से कोई भी जाँचा नहीं जा सका: वजह नीचे देखें.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>कोई लीक फ़ाइल इंपोर्ट नहीं है, इसलिए इन्हें किसी लीक में खोजा नहीं जा सका.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>किसी सेवा का नाम नहीं दिया गया, इसलिए किसी सेवा के डेटा लीक का आकलन नहीं हो सका. इन्हें जोड़ने के लिए बताएँ कि कौन-सी सेवाएँ इस्तेमाल होती हैं (WhatsApp, Facebook, Google, ...).</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>कुछ भी जाँचा नहीं जा सका, इसलिए इसका मतलब &quot;कुछ नहीं मिला&quot; नहीं है. नीचे: %n सामान्य अच्छी आदत, जो किसी लीक की वजह से नहीं है.</numerusform>
            <numerusform>कुछ भी जाँचा नहीं जा सका, इसलिए इसका मतलब &quot;कुछ नहीं मिला&quot; नहीं है. नीचे: %n सामान्य अच्छी आदतें, जो किसी लीक की वजह से नहीं हैं.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, वही लीक जो %2 है</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>इस हफ़्ते</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>लीक हुए पासवर्ड की सूची</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>आप जो पासवर्ड इस्तेमाल करते हैं, उनमें से एक लीक हुए पासवर्ड की सूची में है.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>आप जो पासवर्ड इस्तेमाल करते हैं, उनमें से एक लीक हुए पासवर्ड की सूची में है: वह कम से कम %1 बार देखा गया है.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>आपने बताया कि आप इसे %1 पर इस्तेमाल करते हैं.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>यह एक सिंबॉलिक लिंक है, और इसके ज़रिए सेव करने से वह फ़ाइल बदल जाएगी जिसकी ओर यह इशारा करता है</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>इसके %2 बाइट में से %1 डिस्क तक पहुँचे</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पूर्ववत करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>चिपकाएँ (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सभी चुनें</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सहेजें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>आगे (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>वापस जाएँ</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>हो गया</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>%1 से मिला पासफ़्रेज़ %2 बाइट से लंबा है. छोटा पासफ़्रेज़ इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>टर्मिनल पर इको बंद नहीं किया जा सकता (%1), इसलिए वहाँ पासफ़्रेज़ नहीं पूछा जाता.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>कोई पासफ़्रेज़ नहीं दिया गया: --passphrase-file FILE इस्तेमाल करें या %1 सेट करें.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>टर्मिनल</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>नया पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>वही पासफ़्रेज़ फिर से: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं. कुछ भी नहीं बनाया गया.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>पासफ़्रेज़: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>पासफ़्रेज़ खाली है.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>स्टैंडर्ड आउटपुट पर लिखा नहीं जा सकता: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>कमज़ोर पासफ़्रेज़: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>जाँचने के लिए पासवर्ड (रोकने के लिए सिर्फ़ एंटर दबाएँ): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, लाइन %2: %3 बाइट से लंबी है.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>क्रिप्टोग्राफ़ी लाइब्रेरी शुरू नहीं हो सकी.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>ईमेल पता बहुत लंबा है.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>ईमेल पता खाली है.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>ईमेल पते में @ होना चाहिए, जैसे name@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>ईमेल पते में सिर्फ़ एक @ होता है.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>@ से पहले कुछ होना चाहिए.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>@ से पहले का हिस्सा 64 अक्षरों से लंबा है.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>@ से पहले का हिस्सा बिंदु से शुरू या खत्म नहीं हो सकता, और उसमें लगातार दो बिंदु नहीं हो सकते.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; ईमेल पते में इस्तेमाल नहीं हो सकता.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>@ के बाद का हिस्सा नहीं है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; मान्य डोमेन नहीं है.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>डोमेन &quot;%1&quot; में बिंदु होना चाहिए, जैसे example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>यूज़रनेम 128 अक्षरों से लंबा है.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>यूज़रनेम खाली है.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>यूज़रनेम में एक अदृश्य कंट्रोल अक्षर है.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>करना है</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>पूरा</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>अभी के लिए टाला</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>लागू नहीं</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>फिर से करना है</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>लीक फ़ाइलों में मिला</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>जिनके बारे में आपको बताया गया</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>शायद लीक हुआ: आपकी इस्तेमाल की जाने वाली सेवाओं के डेटा लीक</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>मिला</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>आपको बताया गया</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>संभव</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>कंप्यूटर की भाषा</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>लैंडलाइन या मोबाइल</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>टोल-फ़्री नंबर</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>प्रीमियम-रेट नंबर</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>साझा-लागत नंबर</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>इंटरनेट फ़ोन नंबर</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>पर्सनल नंबर</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>पेजर</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>कंपनी नंबर</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>वॉइसमेल</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>दूसरे यूज़र तिजोरी के फ़ोल्डर %1 में लिख सकते हैं, इसलिए इसकी फ़ाइलों पर भरोसा नहीं किया जा सकता. इसे सिर्फ़ अपना बनाएँ (chmod 700), इसकी फ़ाइलें जाँचें, और फिर से कोशिश करें. तिजोरी को छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>फ़ोल्डर %1 को सिर्फ़ आपके लिए निजी नहीं बनाया जा सकता (क्या यह किसी और का है?). तिजोरी के लिए कोई दूसरा फ़ोल्डर चुनें.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>पासफ़्रेज़ खाली नहीं होना चाहिए.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>कुंजी की यह मज़बूती उस सीमा से बाहर है जो यह वर्शन स्वीकार करता है.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>यह पासफ़्रेज़ या कुंजी इस तिजोरी के लिए सही नहीं है.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>यह तिजोरी किसी दूसरे प्रोग्राम में खुली है (प्रोसेस %1). पहले उसे वहाँ बंद करें.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>%1 में तिजोरी लॉक नहीं की जा सकती: फ़ोल्डर में लिखा नहीं जा सकता, या डिस्क भरी है. तिजोरी को छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 में तिजोरी का कोई डेटा नहीं है: यह खराब है या इस तिजोरी का डेटाबेस नहीं है. इसे छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>%1 में पहले से एक तिजोरी है.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 खाली नहीं है: तिजोरी के लिए कोई खाली या नया फ़ोल्डर चुनें.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>फ़ोल्डर %1 बनाया नहीं जा सकता.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>सिर्फ़ अभी-अभी बनाई गई तिजोरी ही हटाई जा सकती है.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>इस तिजोरी की कोई रिकवरी कुंजी नहीं है.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>इस तिजोरी के लिए याद रखी गई कुंजी मान्य नहीं है.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>इस तिजोरी के लिए याद रखी गई कुंजी अब इससे मेल नहीं खाती.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>तिजोरी की कुंजियाँ बदलते समय यह पासफ़्रेज़ या रिकवरी कुंजी बदल दी गई थी.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>कुंजियाँ बदलने की कोई तैयारी नहीं की गई है.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>डेटाबेस दोबारा एन्क्रिप्ट नहीं हो सका. यह अपनी पुरानी कुंजी पर है और पहले की तरह खुलता है.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>तिजोरी की पहचान कुंजी का आकार गलत है: तिजोरी खराब है.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>यह तिजोरी Breach Advisor के नए वर्शन से बनी है (स्कीमा %1; यह वर्शन %2 तक जानता है). इसे खोलने के लिए ऐप अपडेट करें.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>स्कीमा फ़ाइल %1 इस बिल्ड में नहीं है.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>दूसरे यूज़र %1 पढ़ सकते हैं, और इसे सिर्फ़ आपके लिए निजी नहीं बनाया जा सकता (क्या यह किसी और का है?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>फ़ोल्डर</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>दूसरे यूज़र %1 में तिजोरी पढ़ सकते थे (%2): अब यह सिर्फ़ आपके लिए निजी है.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>कोई नई रिकवरी कुंजी तैयार नहीं की गई है.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>फ़ील्ड मौजूद नहीं या गलत बने हुए</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>गलत आकार का salt या कुंजी</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>कुंजी बनाने की सेटिंग सीमा से बाहर</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>कुंजी बनाने का अनजान तरीका</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>पासफ़्रेज़ का अनजान नॉर्मलाइज़ेशन</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>यहाँ कोई तिजोरी नहीं है: %1 मौजूद नहीं है.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 पढ़ा नहीं जा सकता: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 तिजोरी का मान्य हेडर नहीं है (%2). तिजोरी को छुआ नहीं गया.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>बहुत ज़्यादा बड़ा</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>JSON नहीं</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>Breach Advisor की तिजोरी नहीं</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 Breach Advisor के नए वर्शन से बना है. इसे खोलने के लिए ऐप अपडेट करें.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>अनजान वर्शन</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>%1 लिखा नहीं जा सकता: %2. तिजोरी पहले जैसी छोड़ दी गई.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>कुंजी वाले कोड तक गलत आकार की कुंजी पहुँची.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>पासफ़्रेज़ %1 बाइट से लंबा है.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>यूनिकोड नॉर्मलाइज़ेशन उपलब्ध नहीं है.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>पासफ़्रेज़ नॉर्मलाइज़ नहीं हो सका.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>तिजोरी के हेडर में गलत आकार का salt है.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>तिजोरी के हेडर में कुंजी बनाने की सेटिंग सीमा से बाहर हैं.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>पासफ़्रेज़ से कुंजी बनाने के लिए पर्याप्त मेमोरी नहीं है.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>रिकवरी कुंजी को कुंजी में बदला नहीं जा सका.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>एक सबकुंजी नहीं बनाई जा सकी.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>कुंजी को लपेटा नहीं जा सका.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>तिजोरी के हेडर में लपेटी गई कुंजी का आकार गलत है.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>यह पासफ़्रेज़ या कुंजी इस तिजोरी के लिए सही नहीं है.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>लपेटी गई कुंजी खोली नहीं जा सकी.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>यह रिकवरी कुंजी नहीं है: उसमें चार-चार के समूहों में 32 अक्षर और अंक होते हैं.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>%1 में कोई तिजोरी नहीं है.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>इंपोर्ट %1 मौजूद नहीं है.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>इस तिजोरी में &quot;%1&quot; नाम का कोई व्यक्ति सेव नहीं है.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>कैटलॉग में &quot;%1&quot; नाम का कोई डेटा लीक नहीं है.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; कोई जाना-माना दो अक्षरों वाला देश कोड नहीं है.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>पूरा होने से पहले रोक दिया गया. कुछ नहीं बदला गया.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>अप्रैल 2021 में, 106 देशों के लगभग 53.3 करोड़ Facebook खातों वाली एक फ़ाइल एक फ़ोरम पर मुफ़्त में डाली गई. इसमें फ़ोन नंबर नामों से जुड़े हैं, और अक्सर लिंग, जगह, नियोक्ता, रिश्ते की स्थिति और जन्मतिथि से भी; कुछ ही रिकॉर्ड में ईमेल पता है. Facebook ने कहा कि यह डेटा सितंबर 2019 से पहले उसके कॉन्टैक्ट इंपोर्टर का गलत इस्तेमाल करके इकट्ठा किया गया था, उसके सिस्टम में सेंध लगाकर नहीं.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>हैक नहीं, स्क्रैप किया गया: Facebook के मुताबिक यह डेटा सितंबर 2019 से पहले उसके कॉन्टैक्ट इंपोर्टर के ज़रिए इकट्ठा किया गया, और यह खामी अगस्त 2019 में ठीक कर दी गई. आयरलैंड के डेटा प्रोटेक्शन कमीशन ने नवंबर 2022 में इसके लिए Meta पर 26.5 करोड़ यूरो का जुर्माना लगाया. यही फ़ोन नंबर 2022 में फिर से &apos;48.7 करोड़ WhatsApp नंबर&apos; के रूप में बिक्री के लिए पेश किए गए.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>नवंबर 2022 में एक विक्रेता ने 84 देशों के 48.7 करोड़ मोबाइल नंबरों का “WhatsApp यूज़र” के रूप में विज्ञापन दिया. इस सूची में सिर्फ़ फ़ोन नंबर हैं: कोई नाम, मैसेज या डिवाइस की जानकारी नहीं. यह संख्या विक्रेता का दावा है.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>यह WhatsApp का डेटा लीक नहीं है. WhatsApp और Meta ने कहा कि WhatsApp से लीक का कोई सबूत नहीं है. पोलैंड की CSIRT KNF और जर्मन लॉ फ़र्म WBS.LEGAL ने पाया कि नमूने 2021 के Facebook स्क्रैप जैसे ही हैं, और हर देश की गिनती भी उससे मेल खाती है. Have I Been Pwned में इसकी कोई एंट्री नहीं है. इन दावों का कोई भरोसेमंद स्रोत नहीं है कि इसमें बैटरी लेवल, सिग्नल की ताकत या डिवाइस का दूसरा डेटा सामने आया.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>“WhatsApp” फ़ोन नंबर सूची (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>WhatsApp में टू-स्टेप वेरिफ़िकेशन चालू करें</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>जिसके पास भी आपका नंबर है, वह अपने फ़ोन पर उससे WhatsApp रजिस्टर करने की कोशिश कर सकता है. छह अंकों का पिन, जो सिर्फ़ आप जानते हैं, उसे रोक देता है, भले ही वह आपको बहकाकर SMS कोड ले ले.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>WhatsApp खोलें. अन्य ऑप्शन (तीन बिंदु) &gt; सेटिंग्स &gt; अकाउंट &gt; टू-स्टेप वेरिफ़िकेशन &gt; ऑन करें पर टैप करें. छह अंकों का ऐसा पिन चुनें जो आपको याद रहे, और ईमेल पता जोड़ें ताकि पिन भूल जाने पर आप उसे रीसेट कर सकें. पिन या WhatsApp का SMS से भेजा छह अंकों का कोड कभी किसी को न बताएँ.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>WhatsApp खोलें. सेटिंग्स &gt; अकाउंट &gt; टू-स्टेप वेरिफ़िकेशन &gt; ऑन करें पर टैप करें. छह अंकों का ऐसा पिन चुनें जो आपको याद रहे, और ईमेल पता जोड़ें ताकि पिन भूल जाने पर आप उसे रीसेट कर सकें. पिन या WhatsApp का SMS से भेजा छह अंकों का कोड कभी किसी को न बताएँ.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>टू-स्टेप वेरिफ़िकेशन आपके फ़ोन पर सेट होता है, कंप्यूटर वाले WhatsApp में नहीं: अपने फ़ोन के लिए दिए गए कदम अपनाएँ.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>अपनी WhatsApp फ़ोटो और विवरण सिर्फ़ अपने कॉन्टैक्ट्स को दिखाएँ</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>डिफ़ॉल्ट रूप से, जिसके पास भी आपका नंबर है वह आपकी प्रोफ़ाइल फ़ोटो और विवरण देख सकता है. स्कैमर इनका इस्तेमाल करके आपके जैसा दिखने वाला नकली अकाउंट बनाते हैं.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>WhatsApp में अन्य ऑप्शन (तीन बिंदु) &gt; सेटिंग्स &gt; प्राइवेसी पर टैप करें. &apos;प्रोफ़ाइल फ़ोटो&apos;, &apos;विवरण&apos; और &apos;पिछली बार देखा गया और ऑनलाइन&apos; को &apos;मेरे कॉन्टैक्ट्स&apos; पर सेट करें. &apos;ग्रुप्स&apos; में &apos;मेरे कॉन्टैक्ट्स&apos; चुनें, ताकि अनजान लोग आपको ग्रुप में न जोड़ सकें. प्राइवेसी &gt; प्राइवेसी चेकअप बाकी सेटिंग में कदम-दर-कदम मदद करता है.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>WhatsApp में सेटिंग्स &gt; प्राइवेसी पर टैप करें. &apos;प्रोफ़ाइल फ़ोटो&apos;, &apos;विवरण&apos; और &apos;पिछली बार देखा गया और ऑनलाइन&apos; को &apos;मेरे कॉन्टैक्ट्स&apos; पर सेट करें. &apos;ग्रुप्स&apos; में &apos;मेरे कॉन्टैक्ट्स&apos; चुनें, ताकि अनजान लोग आपको ग्रुप में न जोड़ सकें.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>कंप्यूटर वाले WhatsApp में मेन्यू &gt; सेटिंग्स &gt; प्राइवेसी खोलें और वही विकल्प चुनें: &apos;प्रोफ़ाइल फ़ोटो&apos;, &apos;विवरण&apos; और &apos;पिछली बार देखा गया&apos; को &apos;मेरे कॉन्टैक्ट्स&apos; पर; &apos;ग्रुप्स&apos; को &apos;मेरे कॉन्टैक्ट्स&apos; पर.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>WhatsApp में अनजान नंबरों से आने वाली कॉल्स साइलेंट करें</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>लीक हुए नंबरों पर धोखाधड़ी वाली कॉल्स आती हैं. इसे चालू करने पर, जो नंबर आपके कॉन्टैक्ट्स में नहीं हैं उनकी कॉल पर फ़ोन नहीं बजता; वे कॉल्स की सूची में फिर भी दिखती हैं, इसलिए आपकी कोई ज़रूरी कॉल नहीं छूटती.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>WhatsApp में अन्य ऑप्शन (तीन बिंदु) &gt; सेटिंग्स &gt; प्राइवेसी &gt; कॉल्स पर टैप करें और &apos;अनजान कॉलर्स को साइलेंट करें&apos; चालू करें.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>WhatsApp में सेटिंग्स &gt; प्राइवेसी &gt; कॉल्स पर टैप करें और &apos;अनजान कॉलर्स को साइलेंट करें&apos; चालू करें.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>जिन कंप्यूटरों को आप नहीं पहचानते, उन पर WhatsApp से लॉग आउट करें</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>आपके WhatsApp से लिंक किया गया कंप्यूटर आपके नए मैसेज पढ़ सकता है. जाँचें कि हर लिंक किया गया डिवाइस आपका ही है.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>WhatsApp में अन्य ऑप्शन (तीन बिंदु) &gt; लिंक किए गए डिवाइस पर टैप करें. जिस डिवाइस को आप नहीं पहचानते, उस पर टैप करें &gt; लॉग आउट.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>WhatsApp में सेटिंग्स &gt; लिंक किए गए डिवाइस पर टैप करें. जिस डिवाइस को आप नहीं पहचानते, उस पर टैप करें &gt; लॉग आउट.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>अपना WhatsApp बैकअप सुरक्षित करें और किसी कॉन्टैक्ट का सुरक्षा कोड बदलने पर सूचना पाएँ</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>आपकी चैट्स पहले से एंड-टू-एंड एन्क्रिप्टेड हैं; इसके लिए कुछ चालू करने की ज़रूरत नहीं. आपका बैकअप नहीं है, जब तक आप इसे न चुनें, और सुरक्षा कोड के नोटिफ़िकेशन बताते हैं कि किसी कॉन्टैक्ट का फ़ोन या ऐप बदल गया है, जिसका मतलब यह भी हो सकता है कि किसी ने उनका अकाउंट अपने कब्ज़े में ले लिया है.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>WhatsApp में सेटिंग्स &gt; चैट्स &gt; चैट बैकअप &gt; एंड-टू-एंड एन्क्रिप्टेड बैकअप &gt; ऑन करें खोलें, और पासवर्ड या 64 अंकों की कुंजी चुनें; इसके बिना बैकअप रीस्टोर नहीं हो सकता. फिर सेटिंग्स &gt; अकाउंट &gt; सुरक्षा नोटिफ़िकेशन खोलें और इन्हें चालू करें. ऐप के वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>WhatsApp में सेटिंग्स &gt; चैट्स &gt; चैट बैकअप &gt; एंड-टू-एंड एन्क्रिप्टेड बैकअप &gt; ऑन करें खोलें, और पासवर्ड या 64 अंकों की कुंजी चुनें; इसके बिना बैकअप रीस्टोर नहीं हो सकता. iCloud बैकअप में फिर भी बिना एन्क्रिप्शन वाली कॉपी रह सकती है. फिर सेटिंग्स &gt; अकाउंट &gt; सुरक्षा नोटिफ़िकेशन खोलें और इन्हें चालू करें. ऐप के वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Facebook के लिए टू-फ़ैक्टर ऑथेंटिकेशन चालू करें</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>अगर हमलावरों को आपका फ़ोन नंबर या ईमेल मालूम हो, तो वे आपका अकाउंट अपने कब्ज़े में लेने की कोशिश करते हैं. साइन इन के समय दूसरा कदम उस व्यक्ति को रोक देता है जिसके पास आपका पासवर्ड है.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>Facebook ऐप में मेन्यू &gt; सेटिंग्स और प्राइवेसी &gt; सेटिंग्स &gt; अकाउंट सेंटर &gt; पासवर्ड और सुरक्षा &gt; टू-फ़ैक्टर ऑथेंटिकेशन पर टैप करें. अपना अकाउंट चुनें, फिर ऑथेंटिकेशन ऐप (सबसे अच्छा) या टेक्स्ट मैसेज. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>facebook.com पर अपनी प्रोफ़ाइल फ़ोटो &gt; सेटिंग्स और प्राइवेसी &gt; सेटिंग्स &gt; अकाउंट सेंटर &gt; पासवर्ड और सुरक्षा &gt; टू-फ़ैक्टर ऑथेंटिकेशन पर क्लिक करें. अपना अकाउंट चुनें, फिर ऑथेंटिकेशन ऐप (सबसे अच्छा) या टेक्स्ट मैसेज.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>जिस डिवाइस को आप नहीं पहचानते, वहाँ Facebook से लॉग आउट करें</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>अगर कोई पहले से आपके अकाउंट में साइन इन है, तो सिर्फ़ सेटिंग बदलने से वह बाहर नहीं होगा.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>Facebook में सेटिंग्स और प्राइवेसी &gt; सेटिंग्स &gt; अकाउंट सेंटर &gt; पासवर्ड और सुरक्षा &gt; आप कहाँ लॉग इन हैं खोलें. अपना अकाउंट चुनें और जिस डिवाइस या जगह को आप नहीं पहचानते, वहाँ से लॉग आउट करें. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>अनजान लोगों को आपके फ़ोन नंबर से आपकी Facebook प्रोफ़ाइल ढूँढने से रोकें</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>2021 का स्क्रैप लोगों को फ़ोन नंबर से खोजकर इकट्ठा किया गया था. कौन ऐसा कर सकता है, और कौन आपका नंबर और जन्मदिन देख सकता है, इसे सीमित करने से आपकी प्रोफ़ाइल को फिर से इकट्ठा करना मुश्किल हो जाता है.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>facebook.com/privacy/checkup खोलें (या मेन्यू &gt; सेटिंग्स और प्राइवेसी &gt; प्राइवेसी चेकअप). &apos;लोग आपको कैसे ढूँढ सकते हैं&apos; में, आपके दिए फ़ोन नंबर से आपको कौन खोज सकता है, इसे &apos;फ़्रेंड्स&apos; या सबसे सीमित विकल्प पर सेट करें, और अपने ईमेल पते के लिए भी यही करें. &apos;आप जो शेयर करते हैं उसे कौन देख सकता है&apos; में, अपने फ़ोन नंबर, ईमेल और जन्मदिन को &apos;सिर्फ़ मैं&apos; पर सेट करें.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Instagram के लिए टू-फ़ैक्टर ऑथेंटिकेशन चालू करें</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>साइन इन के समय दूसरा कदम उस व्यक्ति को बाहर रखता है जिसके पास आपका पासवर्ड है या जो आपकी फ़ोन कंपनी को बहकाकर आपका नंबर अपने पास ले जाता है.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>Instagram में अपनी प्रोफ़ाइल &gt; मेन्यू &gt; सेटिंग्स और प्राइवेसी &gt; अकाउंट सेंटर &gt; पासवर्ड और सुरक्षा &gt; टू-फ़ैक्टर ऑथेंटिकेशन पर जाएँ. अपना अकाउंट चुनें और हो सके तो ऑथेंटिकेशन ऐप. यह जो बैकअप कोड देता है, उन्हें किसी सुरक्षित जगह सेव करें.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>जिन डिवाइस को आप नहीं पहचानते, उन पर Instagram से लॉग आउट करें</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>Instagram में अपनी प्रोफ़ाइल &gt; मेन्यू &gt; सेटिंग्स और प्राइवेसी &gt; अकाउंट सेंटर &gt; पासवर्ड और सुरक्षा &gt; आप कहाँ लॉग इन हैं पर जाएँ. अपना अकाउंट चुनें और जिस डिवाइस या जगह को आप नहीं पहचानते वहाँ से लॉग आउट करें, फिर अपना पासवर्ड बदलें. ऐप के वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>अपना Instagram अकाउंट प्राइवेट बनाएँ और इसे कॉन्टैक्ट सुझावों से छिपाएँ</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>पब्लिक अकाउंट आपकी फ़ोटो और फ़ॉलोअर किसी को भी दिखाता है, और स्कैमर इन्हीं की नकल करके आपके जैसा दिखने वाला नकली अकाउंट बनाते हैं.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>Instagram में अपनी प्रोफ़ाइल &gt; मेन्यू &gt; सेटिंग्स और प्राइवेसी &gt; अकाउंट प्राइवेसी पर जाएँ और &apos;प्राइवेट अकाउंट&apos; चालू करें. फिर सेटिंग्स और प्राइवेसी में कॉन्टैक्ट सिंक करने और आपका अकाउंट दूसरों को सुझाने के विकल्प देखें, और जिनकी ज़रूरत नहीं है उन्हें बंद करें. ऐप के वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>LinkedIn के लिए दो-चरणीय सत्यापन चालू करें</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>LinkedIn अकाउंट का इस्तेमाल आपके कॉन्टैक्ट्स को भरोसेमंद लगने वाले नकली नौकरी के ऑफ़र भेजने के लिए होता है. साइन इन के समय दूसरा कदम आपके अकाउंट को इससे बचाता है.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>LinkedIn ऐप में अपनी प्रोफ़ाइल फ़ोटो &gt; सेटिंग्स &gt; साइन इन और सुरक्षा &gt; दो-चरणीय सत्यापन &gt; सेट अप पर टैप करें, और ऑथेंटिकेटर ऐप या अपना फ़ोन नंबर चुनें.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>LinkedIn में मैं &gt; सेटिंग्स और प्राइवेसी &gt; साइन इन और सुरक्षा &gt; दो-चरणीय सत्यापन &gt; सेट अप पर क्लिक करें, और ऑथेंटिकेटर ऐप या अपना फ़ोन नंबर चुनें.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>देखें कि आप LinkedIn में कहाँ साइन इन हैं और कौन आपको फ़ोन या ईमेल से ढूँढ सकता है</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>पुराने सेशन महीनों तक साइन इन रह सकते हैं, और फ़ोन नंबर से ढूँढे जा सकने पर आपका लीक हुआ नंबर आपकी काम वाली प्रोफ़ाइल से जुड़ जाता है.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>LinkedIn में मैं &gt; सेटिंग्स और प्राइवेसी &gt; साइन इन और सुरक्षा &gt; आप कहाँ साइन इन हैं खोलें, और जिन सेशन को आप नहीं पहचानते उनसे साइन आउट करें. &apos;विज़िबिलिटी&apos; में सीमित करें कि कौन आपके ईमेल पते या फ़ोन नंबर से आपकी प्रोफ़ाइल ढूँढ सकता है. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Telegram पासवर्ड सेट करें (टू-स्टेप वेरिफ़िकेशन)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram टेक्स्ट मैसेज से भेजे गए कोड से आपको साइन इन करता है. एक अतिरिक्त पासवर्ड होने पर, सिर्फ़ कोड से आपका अकाउंट कब्ज़े में नहीं लिया जा सकता.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>Telegram में Settings &gt; Privacy and Security &gt; Two-Step Verification (टू-स्टेप वेरिफ़िकेशन) खोलें और पासवर्ड सेट करें. रिकवरी ईमेल जोड़ें: इसके बिना, भूला हुआ पासवर्ड सिर्फ़ इंतज़ार करके और अपने कॉन्टैक्ट्स और क्लाउड चैट्स खोकर ही रीसेट हो सकता है.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>जिन Telegram सेशन को आप नहीं जानते, उन्हें खत्म करें और अपना नंबर छिपाएँ</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>साइन इन किया हुआ हर डिवाइस आपकी क्लाउड चैट्स पढ़ सकता है. नंबर छिपाने से अनजान लोग उसे ग्रुप्स में नहीं देख पाते.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>Telegram में Settings &gt; Devices (पुराने वर्शन में Privacy and Security &gt; Active Sessions) खोलें और जिस सेशन को आप नहीं पहचानते, उसे खत्म करें (Terminate). फिर Settings &gt; Privacy and Security &gt; Phone Number खोलें और Who can see my phone number को My Contacts या Nobody पर सेट करें. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Signal का रजिस्ट्रेशन लॉक चालू करें</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>रजिस्ट्रेशन लॉक चालू होने पर, आपके नंबर का कोड पाने वाले व्यक्ति को उसे रजिस्टर करने के लिए फिर भी आपका Signal पिन चाहिए.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>Signal में सेटिंग्स &gt; अकाउंट खोलें और रजिस्ट्रेशन लॉक चालू करें (पुराने वर्शन में यह प्राइवेसी में है). यह आपका Signal पिन इस्तेमाल करता है: पक्का कर लें कि यह आपको याद है, सेटिंग्स &gt; अकाउंट &gt; Signal पिन में. Signal भूला हुआ पिन वापस नहीं ला सकता.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Signal में अपना नंबर छिपाएँ और जिन डिवाइस को आप नहीं जानते, उन्हें अनलिंक करें</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal आपका नंबर उन लोगों से छिपा सकता है जिन्हें आप मैसेज करते हैं, और लिंक किया गया कंप्यूटर आपके मैसेज पढ़ सकता है.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>Signal में सेटिंग्स &gt; प्राइवेसी &gt; फ़ोन नंबर खोलें और &apos;मेरा नंबर कौन देख सकता है&apos; को &apos;कोई नहीं&apos; पर सेट करें, और चुनें कि आपके नंबर से आपको कौन ढूँढ सकता है. फिर सेटिंग्स &gt; लिंक किए गए डिवाइस खोलें और जिसे आप नहीं पहचानते, उसे अनलिंक करें. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>X के लिए टू-फ़ैक्टर ऑथेंटिकेशन चालू करें</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>साइन इन के समय दूसरा कदम उस व्यक्ति को बाहर रखता है जिसके पास आपका पासवर्ड है. X पर टेक्स्ट मैसेज वाले कोड सिर्फ़ पेड अकाउंट के लिए हैं; ऑथेंटिकेशन ऐप या सुरक्षा कुंजी मुफ़्त है.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>X में सेटिंग्स और प्राइवेसी &gt; सुरक्षा और अकाउंट ऐक्सेस &gt; सुरक्षा &gt; टू-फ़ैक्टर ऑथेंटिकेशन खोलें और ऑथेंटिकेशन ऐप या सुरक्षा कुंजी चुनें. बैकअप कोड सेव करें.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>X के दूसरे सेशन से लॉग आउट करें और लोगों को फ़ोन नंबर से आपको ढूँढने से रोकें</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>पुराने सेशन साइन इन रह सकते हैं, और फ़ोन या ईमेल से ढूँढे जा सकने पर लीक हुआ डेटा आपके अकाउंट से जुड़ जाता है.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>X में सेटिंग्स और प्राइवेसी &gt; सुरक्षा और अकाउंट ऐक्सेस &gt; ऐप्स और सेशन &gt; सेशन खोलें और जिन सेशन को आप नहीं पहचानते, उनसे लॉग आउट करें. फिर प्राइवेसी और सुरक्षा &gt; खोजे जाने की सुविधा और कॉन्टैक्ट्स खोलें और लोगों को आपके फ़ोन नंबर और ईमेल से आपको ढूँढने देने का विकल्प बंद करें. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>अपने Google खाते के लिए दो चरणों में पुष्टि चालू करें</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>आपका Google खाता आपका ईमेल खोलता है, और आपके ईमेल से बाकी सब चीज़ों के पासवर्ड रीसेट होते हैं. इसे सबसे पहले सुरक्षित करें.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>myaccount.google.com &gt; सुरक्षा &gt; Google में साइन इन करने का तरीका &gt; दो चरणों में पुष्टि &gt; शुरू करें पर जाएँ. टेक्स्ट मैसेज के बजाय Google प्रॉम्प्ट, ऑथेंटिकेटर ऐप या पासकी को चुनें.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Google की सुरक्षा जांच चलाएँ और जिन डिवाइस को आप नहीं जानते, उनसे साइन आउट करें</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>यह आपके खाते में साइन इन किए गए डिवाइस और हाल के सुरक्षा इवेंट दिखाता है, ताकि आप हर उस व्यक्ति को बाहर कर सकें जिसे वहाँ नहीं होना चाहिए.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>myaccount.google.com/security-checkup खोलें और दिए गए कदम अपनाएँ. &apos;आपके डिवाइस&apos; में, जिस डिवाइस को आप नहीं पहचानते उससे साइन आउट करें, फिर अपना पासवर्ड बदलें.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>देखें कि आपकी Google प्रोफ़ाइल दूसरों को क्या दिखाती है</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>आपकी Google प्रोफ़ाइल पर आपका फ़ोन नंबर और जन्मदिन उन लोगों को दिख सकता है जिनके पास आपका ईमेल पता है.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>myaccount.google.com/privacycheckup खोलें और अपना फ़ोन नंबर, जन्मदिन और दूसरी निजी जानकारी सिर्फ़ आपको दिखने के लिए सेट करें.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>अपने Google खाते से वे ऐप हटाएँ जिन्हें आप इस्तेमाल नहीं करते, और पुराने ऐप्लिकेशन पासवर्ड भी</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>सालों पहले जोड़े गए ऐप अब भी आपके ईमेल या फ़ाइलें पढ़ सकते हैं, और ऐप्लिकेशन पासवर्ड दो चरणों में पुष्टि के बिना आपका खाता खोल देता है.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>पक्का करें कि आपके Apple खाते के लिए टू-फ़ैक्टर ऑथेंटिकेशन चालू है</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>आपके Apple खाते में आपकी फ़ोटो, बैकअप और आपके iPhone को मिटाने की क्षमता है. टू-फ़ैक्टर ऑथेंटिकेशन इसे आपका ही बनाए रखता है.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>सेटिंग्ज़ &gt; [आपका नाम] &gt; साइन-इन और सुरक्षा &gt; टू-फ़ैक्टर ऑथेंटिकेशन खोलें और अगर यह बंद है तो चालू करें. जाँचें कि दिखाए गए भरोसेमंद फ़ोन नंबर आपके ही हैं.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>Mac पर सिस्टम सेटिंग्ज़ &gt; [आपका नाम] &gt; साइन-इन और सुरक्षा खोलें और टू-फ़ैक्टर ऑथेंटिकेशन चालू करें. दूसरे कंप्यूटरों पर account.apple.com पर साइन इन करें और साइन-इन और सुरक्षा देखें.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>जिन डिवाइस को आप नहीं जानते, उन्हें अपने Apple खाते से हटाएँ</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>आपके खाते का हर डिवाइस आपके कोड पा सकता है और आपका डेटा देख सकता है.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>सेटिंग्ज़ &gt; [आपका नाम] खोलें और डिवाइस की सूची तक स्क्रॉल करें. जिसे आप नहीं पहचानते, उस पर टैप करें और उसे अपने खाते से हटाएँ. iOS वर्शन के हिसाब से शब्द अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>Mac पर सिस्टम सेटिंग्ज़ &gt; [आपका नाम] खोलें और दिखाए गए डिवाइस देखें; जिसे आप नहीं पहचानते, उसे हटाएँ. दूसरे कंप्यूटरों पर account.apple.com पर साइन इन करें और वहाँ दिखाए गए डिवाइस देखें.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>सुरक्षा जाँच से देखें कि कौन और क्या आपके iPhone का डेटा देख सकता है</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>लोकेशन शेयरिंग, शेयर किए गए एल्बम और ऐप की अनुमतियाँ सालों में जमा हो जाती हैं. सुरक्षा जाँच इन्हें एक जगह दिखाती है, ताकि आप वह बंद कर सकें जो अब नहीं चाहिए.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>सेटिंग्ज़ &gt; गोपनीयता और सुरक्षा &gt; सुरक्षा जाँच (iOS 16 या बाद का) &gt; शेयरिंग और ऐक्सेस मैनेज करें खोलें. जिन लोगों के साथ आप शेयर करते हैं, और जो ऐप आपकी लोकेशन, फ़ोटो और कॉन्टैक्ट देख सकते हैं, उन्हें देखें, और जो ज़रूरी नहीं है उसे बंद करें. आपातकालीन रीसेट सारी शेयरिंग एक साथ बंद कर देता है; इसे सिर्फ़ ज़रूरत होने पर ही इस्तेमाल करें.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Apple के जिन ऐप-विशिष्ट पासवर्ड को आप अब इस्तेमाल नहीं करते, उन्हें रद्द करें</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>ऐप-विशिष्ट पासवर्ड किसी दूसरी कंपनी के ऐप को आपके दूसरे साइन-इन कदम के बिना आपके iCloud ईमेल, कॉन्टैक्ट और कैलेंडर तक पहुँचने देता है, इसलिए पुराना या लीक हुआ पासवर्ड अंदर आने का रास्ता बना रहता है.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>account.apple.com पर साइन इन करें. साइन-इन और सुरक्षा में ऐप-विशिष्ट पासवर्ड चुनें और जिन्हें आप इस्तेमाल नहीं करते या नहीं पहचानते उन्हें हटाएँ, या &apos;सभी रद्द करें&apos; चुनें. अपने Apple खाते का पासवर्ड बदलने से भी ये सभी रद्द हो जाते हैं.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>अपने Microsoft खाते के लिए दो-चरणीय सत्यापन चालू करें</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>आपका Microsoft खाता Outlook ईमेल, OneDrive फ़ाइलें और Windows साइन-इन खोलता है.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>account.microsoft.com/security &gt; &apos;मैं कैसे साइन इन करूँ, प्रबंधित करें&apos; (या उन्नत सुरक्षा विकल्प) &gt; दो-चरणीय सत्यापन &gt; चालू करें पर जाएँ. Microsoft Authenticator ऐप सबसे आसान दूसरा कदम है. यह जो रिकवरी कोड देता है, उसे लिख लें.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>अपने Microsoft खाते में हाल के साइन-इन देखें</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>अपने Microsoft खाते से पुराने ऐप पासवर्ड हटाएँ</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>ऐप पासवर्ड किसी पुराने ऐप या डिवाइस को दो-चरणीय सत्यापन के बिना आपके Microsoft खाते में आने देता है, इसलिए जिसे आप अब इस्तेमाल नहीं करते, वह एक खुला दरवाज़ा है.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>account.microsoft.com/security &gt; उन्नत सुरक्षा विकल्प (या &apos;मैं कैसे साइन इन करूँ, प्रबंधित करें&apos;) पर जाएँ और ऐप पासवर्ड ढूँढें. मौजूदा ऐप पासवर्ड हटाएँ, फिर सिर्फ़ उन डिवाइस के लिए नए बनाएँ जिन्हें अब भी इनकी ज़रूरत है. मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>आपका Microsoft खाता आपके बारे में जो सेव करता है, उसे देखें और साफ़ करें</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>आपका Microsoft खाता आपकी खोज, ब्राउज़िंग, लोकेशन और ऐप गतिविधि रख सकता है; जो सेव नहीं होता, वह न लीक हो सकता है और न आपके खिलाफ़ इस्तेमाल हो सकता है.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>account.microsoft.com/privacy पर साइन इन करें. गोपनीयता डैशबोर्ड में दिखाई गई गतिविधि (खोज, ब्राउज़िंग, लोकेशन, ऐप और सेवाएँ) देखें और जो आप नहीं रखना चाहते उसे साफ़ करें, फिर वे सेटिंग बंद करें जो ऐसी चीज़ें इकट्ठा करती हैं जिनकी आपको ज़रूरत नहीं.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>2021 के Facebook स्क्रैप की दोबारा बिक्री, WhatsApp यूज़र बताकर पेश की गई</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>%1 पर अपना पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>लीक हुए पासवर्ड को, भले ही वह बदले हुए (स्क्रैम्बल) रूप में हो, अपराधियों को पता मान लेना चाहिए.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>लीक हुआ पासवर्ड हिंट अक्सर पासवर्ड बता देता है, इसलिए पासवर्ड को अपराधियों को पता मान लें.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>%1 में साइन इन करें और अपना पासवर्ड बदलें. अगर आप साइन इन नहीं कर पाते, तो उसके &quot;पासवर्ड भूल गए&quot; पेज का इस्तेमाल करें या उससे संपर्क करके खाता वापस पाएँ या बंद करवाएँ. ऐसा लंबा पासवर्ड इस्तेमाल करें जो आपने कहीं और कभी इस्तेमाल न किया हो: तीन या ज़्यादा बेतरतीब शब्द अच्छा काम करते हैं.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>वह पासवर्ड हर उस जगह बदलें जहाँ आपने उसे इस्तेमाल किया</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>अपराधी लीक हुए पासवर्ड को ईमेल, बैंकिंग और शॉपिंग साइटों पर अपने-आप आज़माते हैं. जिस भी खाते में वही या मिलता-जुलता पासवर्ड है, वह खतरे में है.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>पासवर्ड हिंट अक्सर पासवर्ड बता देता है, और अपराधी लीक हुए पासवर्ड को ईमेल, बैंकिंग और शॉपिंग साइटों पर अपने-आप आज़माते हैं. जिस भी खाते में वही या मिलता-जुलता पासवर्ड है, वह खतरे में है.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>उन खातों की सूची बनाएँ जिनमें आपने वही या मिलता-जुलता पासवर्ड इस्तेमाल किया. अपने ईमेल से शुरू करें, फिर बैंक, फिर वे खाते जिनसे आप दूसरी साइटों में साइन इन करते हैं (Google, Apple, Facebook). हर खाते को उसका अपना पासवर्ड दें.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>पासवर्ड मैनेजर इस्तेमाल करें</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>यह हर खाते के लिए अलग मज़बूत पासवर्ड बनाता और याद रखता है, ताकि एक लीक से कभी दूसरा खाता न खुले.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>कोई पासवर्ड मैनेजर चुनें (आपके फ़ोन या ब्राउज़र में पहले से मौजूद पासवर्ड मैनेजर से शुरुआत करना ठीक है), उसे लंबे पासफ़्रेज़ और टू-स्टेप वेरिफ़िकेशन से सुरक्षित करें, और पासवर्ड बदलते समय उसे नए पासवर्ड बनाने दें.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>ऐसे साइन-इन देखें जिन्हें आप नहीं पहचानते</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>हो सकता है किसी ने लीक हुआ पासवर्ड पहले ही इस्तेमाल कर लिया हो. पासवर्ड बदलने से वह हमेशा साइन आउट नहीं होता.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>जिस खाते का डेटा लीक हुआ उसमें और अपने ईमेल खाते में, सुरक्षा पेज खोलें और हाल के साइन-इन और साइन इन किए गए डिवाइस देखें. जिसे आप नहीं पहचानते, उस सब से साइन आउट करें, और जाँचें कि आपके मेलबॉक्स में कोई फ़ॉरवर्डिंग नियम या रिकवरी पता तो नहीं जोड़ा गया.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>अपने सुरक्षा सवाल और जवाब बदलें</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>सुरक्षा सवालों के जवाब पासवर्ड की तरह काम करते हैं, और आपके बारे में लीक हुई बातें (जन्मदिन, माँ का शादी से पहले का नाम, गृहनगर) ही वे जवाब हैं जो लोग इस्तेमाल करते हैं.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>अपने जन्मदिन या पते से बना कोई भी पासवर्ड या पिन बदलें</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>अब आपकी जन्मतिथि या पता दूसरों को पता है; उससे बना पासवर्ड या पिन अंदाज़ा लगाने में आसान है.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>अगर किसी पासवर्ड या पिन में आपकी जन्मतिथि, जन्म का साल, मकान नंबर या गली का नाम है, तो उसे बदलें. ऐसा पिन चुनें जिसका आपसे कोई संबंध न हो.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>अपने ईमेल के लिए टू-स्टेप वेरिफ़िकेशन चालू करें</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>आपका मेलबॉक्स आपके लगभग सभी दूसरे खातों के पासवर्ड रीसेट कर सकता है. इसे सबसे पहले सुरक्षित करें.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>अपने ईमेल खाते की सुरक्षा सेटिंग में टू-स्टेप वेरिफ़िकेशन चालू करें (इसे कभी-कभी टू-फ़ैक्टर ऑथेंटिकेशन या दो चरणों में पुष्टि भी कहा जाता है). टेक्स्ट मैसेज के बजाय ऐप, पासकी या सुरक्षा कुंजी को चुनें. जाँचें कि रिकवरी फ़ोन नंबर और पता आपके ही हैं.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>भरोसेमंद लगने वाले नकली ईमेल के लिए तैयार रहें</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>डेटा लीक के बाद, अपराधी पासवर्ड रीसेट, रिफ़ंड या मुआवज़े के बारे में ईमेल भेजते हैं, जिनमें कंपनी का नाम और कभी-कभी आपकी अपनी जानकारी भी होती है.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>अनचाहे मैसेज में दिए लिंक या अटैचमेंट इस्तेमाल न करें. किसी मैसेज को जाँचने के लिए खुद कंपनी की वेबसाइट पर जाएँ या अपने बिल या कार्ड पर दिए नंबर पर कॉल करें. असली कंपनियाँ ईमेल से आपका पासवर्ड या कोड नहीं माँगतीं.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>डेटा लीक की किसी भी सूचना को कंपनी की अपनी वेबसाइट पर जाँचें</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>डेटा लीक के बाद, अपराधी डेटा लीक की नकली सूचनाएँ और मुआवज़े के ऑफ़र भेजते हैं, जो फ़िशिंग पेजों पर ले जाते हैं. असली सूचना की पुष्टि कंपनी की अपनी साइट पर की जा सकती है.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>डेटा लीक के बारे में आए मैसेज में दिए लिंक, नंबर या अटैचमेंट इस्तेमाल न करें. कंपनी का वेब पता खुद टाइप करें, या उसका ऐप इस्तेमाल करें, और डेटा लीक के बारे में उसका बयान और वह क्या दे रही है, यह देखें. अगर पक्का न हो, तो अपने बिल या कार्ड पर दिए नंबर पर उसे कॉल करें.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>आपकी नौकरी का इस्तेमाल करने वाले धोखों से सावधान रहें</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>आपके नियोक्ता और पद की जानकारी से, धोखेबाज़ नौकरी के नकली ऑफ़र लिखते हैं, या आपके बॉस या किसी सप्लायर बनकर तुरंत पेमेंट या गिफ़्ट कार्ड माँगते हैं.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>पैसे, पेमेंट में बदलाव या दस्तावेज़ों की असामान्य माँग को, उस व्यक्ति को पहले से पता नंबर पर कॉल करके जाँचें. अगर मैसेज में आपकी नौकरी का ज़िक्र है और कुछ गड़बड़ लगता है, तो अपने नियोक्ता की IT या सुरक्षा टीम को बताएँ. जो नौकरी के ऑफ़र शुरू में ही फ़ीस, पहचान के दस्तावेज़ या बैंक की जानकारी माँगें, उनसे सावधान रहें.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>अपने कार्ड जारी करने वाले बैंक को कॉल करें और नया कार्ड लें</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>सुरक्षा कोड के साथ लीक हुआ कार्ड नंबर तुरंत ऑनलाइन पेमेंट के लिए इस्तेमाल हो सकता है.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>अपने कार्ड के पीछे दिए नंबर पर कॉल करें, बताएँ कि कार्ड की जानकारी एक डेटा लीक में थी, और नए नंबर वाला नया कार्ड माँगें. हाल के पेमेंट जाँचें कि कोई ऐसा तो नहीं जो आपने नहीं किया, और जहाँ-जहाँ यह कार्ड अपने-आप होने वाले पेमेंट के लिए इस्तेमाल होता है, वहाँ इसे अपडेट करें.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>अपने बैंक को बताएँ कि आपके खाते की जानकारी लीक हुई है</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>आपके बैंक को जितनी जल्दी पता चलेगा, वह धोखाधड़ी पर उतनी अच्छी नज़र रख सकेगा, और पैसा गायब होने पर आपकी सुरक्षा उतनी मज़बूत होगी.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>अपने बैंक को उसकी वेबसाइट या अपने कार्ड पर दिए नंबर पर कॉल करें, बताएँ कि आपके खाते की जानकारी एक डेटा लीक में थी, और पूछें कि वह क्या सलाह देता है: खाते पर नज़र रखना, नया खाता नंबर, या नया पिन. अपने स्टेटमेंट में ऐसे पेमेंट देखें जो आपने नहीं किए.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>अगले कुछ महीनों तक अपने बैंक और कार्ड स्टेटमेंट पर नज़र रखें</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>कार्ड की अधूरी जानकारी और पेमेंट के रिकॉर्ड से अपराधियों को सुरक्षा सवाल पार करने और अपने मैसेज को भरोसेमंद बनाने में मदद मिलती है.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>अगर आपका बैंकिंग ऐप पेमेंट अलर्ट देता है तो उन्हें चालू करें, और हर महीने स्टेटमेंट देखें. जो भी पेमेंट आप न पहचानें, उसकी रिपोर्ट तुरंत अपने बैंक को करें.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>अपनी क्रिप्टोकरेंसी एक नए वॉलेट में ले जाएँ</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>लीक हुई रिकवरी फ़्रेज़ या वॉलेट की कुंजी वाला कोई भी व्यक्ति वॉलेट खाली कर सकता है; इसे वापस करने के लिए कोई बैंक नहीं है.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>किसी भरोसेमंद डिवाइस से, नई रिकवरी फ़्रेज़ के साथ नया वॉलेट बनाएँ और अपने पैसे उसमें ले जाएँ. रिकवरी फ़्रेज़ कभी किसी वेबसाइट पर टाइप न करें, और मदद की पेशकश करने वाले किसी भी व्यक्ति से शेयर न करें.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>अपना क्रेडिट फ़्रीज़ करें या फ़्रॉड अलर्ट जोड़ें</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>आपकी पहचान की जानकारी से कोई आपके नाम पर लोन या फ़ोन कॉन्ट्रैक्ट ले सकता है. क्रेडिट फ़्रीज़ या फ़्रॉड अलर्ट इसे बहुत मुश्किल बना देता है.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>किसी क्रेडिट रिपोर्टिंग संस्था से 21 दिन का मुफ़्त क्रेडिट बैन (credit ban) माँगें; वह इसे दूसरी संस्थाओं तक पहुँचा देती है. अपनी मुफ़्त क्रेडिट रिपोर्ट लेकर देखें कि कोई ऐसा आवेदन तो नहीं जो आपने नहीं किया. IDCARE (1800 595 160) मुफ़्त मदद देता है.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Cifas Protective Registration के बारे में सोचें, जिसमें लोन देने वालों से कहा जाता है कि आपके नाम पर आवेदन स्वीकार करने से पहले अतिरिक्त जाँच करें (इसकी फ़ीस लगती है). किसी क्रेडिट रेफ़रेंस एजेंसी से अपनी क्रेडिट रिपोर्ट लेकर देखें कि कोई ऐसा खाता तो नहीं जो आपने नहीं खोला.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>मुख्य क्रेडिट एजेंसी SCHUFA से अपने डेटा की मुफ़्त कॉपी (Datenkopie: आपके डेटा की वह कॉपी जो EU के डेटा सुरक्षा कानून, GDPR के अनुच्छेद 15 के तहत हर कंपनी को देनी होती है) माँगें और उसमें ऐसे कॉन्ट्रैक्ट या क्रेडिट जाँच देखें जिन्हें आप नहीं पहचानते. अगर कुछ मिले, तो पुलिस को रिपोर्ट करें और संबंधित कंपनी को बताएँ.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>कंपनी जो मुफ़्त क्रेडिट मॉनिटरिंग या पहचान सुरक्षा दे रही है, उसे लें</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>जो कंपनियाँ पहचान या वित्तीय डेटा खो देती हैं, वे अक्सर ऐसी मॉनिटरिंग का खर्च उठाती हैं जो आपके नाम पर नए क्रेडिट या खाते की चेतावनी देती है. इसमें आपका कुछ खर्च नहीं होता और गलत इस्तेमाल जल्दी पता चल जाता है.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>अगर डेटा लीक वाली कंपनी मुफ़्त क्रेडिट मॉनिटरिंग या पहचान सुरक्षा देती है, तो साइन अप करें, लेकिन सिर्फ़ उसकी आधिकारिक वेबसाइट या डाक से भेजे उसके पत्र के ज़रिए, ईमेल या SMS के किसी लिंक से नहीं. नोट कर लें कि मुफ़्त अवधि कब खत्म होती है, ताकि यह पैसे वाले प्लान में न बदल जाए.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>इस साल अपना टैक्स रिटर्न जल्दी भरें</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>लीक हुए Social Security नंबर से आपके नाम पर नकली रिटर्न भरकर आपका रिफ़ंड लिया जा सकता है.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>जितनी जल्दी हो सके रिटर्न भरें. अगर IRS कहे कि आपके नंबर से पहले ही रिटर्न भरा जा चुका है, तो IdentityTheft.gov पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>IRS से Identity Protection PIN (IP PIN) लें</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>आपके Social Security नंबर से कोई आपके नाम पर टैक्स रिटर्न भरकर आपका रिफ़ंड ले सकता है. IP PIN होने पर, उसके बिना भरा गया रिटर्न नामंज़ूर हो जाता है.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>आपका पहचान पत्र जारी करने वाले दफ़्तर को बताएँ</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>लीक हुए पासपोर्ट, लाइसेंस या पहचान पत्र के नंबर से आपके नाम पर खाते खोले जा सकते हैं. जारी करने वाला दफ़्तर इसे चिह्नित कर सकता है या बदल सकता है.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>दस्तावेज़ जारी करने वाले दफ़्तर (पासपोर्ट दफ़्तर, ड्राइविंग लाइसेंस विभाग, पहचान पत्र दफ़्तर) से संपर्क करें और पूछें कि क्या इसे चिह्नित करना या बदलना चाहिए.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>ड्राइवर लाइसेंस के लिए, अपने राज्य की मोटर वाहन एजेंसी से संपर्क करें और नंबर को चिह्नित करने के लिए कहें. Social Security नंबर के लिए, क्रेडिट फ़्रीज़ वाला कदम देखें. अगर कोई आपकी पहचान का इस्तेमाल करता है, तो IdentityTheft.gov पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>जानें कि आपकी पहचान का गलत इस्तेमाल होने पर कहाँ रिपोर्ट करें</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>आधिकारिक रिपोर्ट से आपको बैंकों और लोन देने वालों के लिए एक रिकॉर्ड मिलता है और, कुछ देशों में, वापस संभलने की एक योजना भी.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>अगर आपके नाम पर लोन, खाते या कॉन्ट्रैक्ट दिखें, तो पुलिस को रिपोर्ट करें और रेफ़रेंस नंबर संभालकर रखें; संबंधित बैंक या कंपनी को बताएँ.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>पहचान की चोरी की रिपोर्ट IdentityTheft.gov पर या 1-877-438-4338 पर करें: आपको Identity Theft Report और वापस संभलने की योजना मिलती है.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>धोखाधड़ी की रिपोर्ट reportfraud.police.uk पर या 0300 123 2040 पर करें (इंग्लैंड, वेल्स और नॉर्दर्न आयरलैंड); स्कॉटलैंड में Police Scotland को 101 पर कॉल करें. अपने बैंक को और हर उस कंपनी को बताएँ जहाँ आपके नाम पर खाते खोले गए.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>मुफ़्त मदद के लिए IDCARE से 1800 595 160 पर संपर्क करें, और साइबर अपराध की रिपोर्ट ReportCyber के ज़रिए करें.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>अपनी स्थानीय पुलिस को और Canadian Anti-Fraud Centre (1-888-495-8501) को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>1930 (साइबर अपराध हेल्पलाइन) पर कॉल करें या cybercrime.gov.in (राष्ट्रीय साइबर अपराध रिपोर्टिंग पोर्टल) पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>पुलिस में रिपोर्ट (Anzeige) दर्ज कराएँ: जहाँ उपलब्ध हो वहाँ अपने राज्य की Onlinewache से ऑनलाइन, या किसी भी पुलिस स्टेशन में. अपने बैंक को और हर उस कंपनी को बताएँ जहाँ आपके नाम पर खाते खोले गए.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>पुलिस या gendarmerie में शिकायत (plainte) दर्ज कराएँ, सबूत के तौर पर स्क्रीनशॉट और पत्रों के साथ; अगर आपको सिर्फ़ गलत इस्तेमाल का शक है, तो आप तथ्यों को main courante में दर्ज करवा सकते हैं. अपने बैंक और संबंधित संगठनों को बताएँ. अगर आपके कार्ड का ऑनलाइन इस्तेमाल आपके बिना हुआ है, तो उसे ब्लॉक करें और Perceval पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>पहचान की चोरी की रिपोर्ट Policía Nacional या Guardia Civil को करें और रिपोर्ट संभालकर रखें. INCIBE की मुफ़्त हेल्पलाइन 017 बताती है कि आगे क्या करना है. अपने बैंक को और हर उस कंपनी को बताएँ जहाँ आपके नाम पर खाते खोले गए.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Central Bank की मुफ़्त Registrato सेवा पर अपने CPF (टैक्स नंबर) से जुड़े बैंक खाते, लोन और Pix keys (तुरंत पेमेंट वाली keys) देखें. जो भी आपने नहीं खोला, उस पर कंपनी और अपने बैंक से आपत्ति करें, और पुलिस रिपोर्ट (boletim de ocorrência) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>जिस डिवाइस से आपके पासवर्ड लीक हुए, उसे साफ़ करें, फिर पासवर्ड बदलें</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>यह डेटा लीक ऐसे मैलवेयर से आया है जो ब्राउज़र से पासवर्ड और साइन-इन कुकी चुराता है. जब तक डिवाइस साफ़ नहीं होता, नए पासवर्ड भी चोरी हो जाएँगे.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>अपने कंप्यूटरों पर अप-टू-डेट सुरक्षा सॉफ़्टवेयर से पूरा स्कैन चलाएँ, या अगर पक्का न हो तो डिवाइस रीसेट करें. फिर, किसी साफ़ डिवाइस से, अपने ईमेल, बैंक और दूसरे ज़रूरी खातों के पासवर्ड बदलें, और हर खाते में बाकी सभी सेशन से साइन आउट करें.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>%1 पर सभी सेशन से साइन आउट करें</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>लीक हुए साइन-इन टोकन से कोई बिना पासवर्ड के आपका खाता इस्तेमाल कर सकता है, जब तक वे सेशन खत्म न किए जाएँ.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>%1 की सुरक्षा सेटिंग में सभी सेशन या डिवाइस से साइन आउट करने का विकल्प चुनें, फिर दोबारा साइन इन करें और अपना पासवर्ड बदलें.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>अपना फ़ोन, कंप्यूटर और ऐप अपडेट करें</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>आपके डिवाइस की जानकारी से हमलावर ऐसे हमले चुनते हैं जो उन पर काम करते हैं; अपडेट उन खामियों को बंद करते हैं जिनका ये हमले इस्तेमाल करते हैं.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>सेटिंग्स &gt; सिस्टम &gt; सॉफ़्टवेयर अपडेट खोलें (नाम फ़ोन बनाने वाली कंपनी के हिसाब से अलग हो सकता है) और अपडेट इंस्टॉल करें; Play Store में सभी ऐप अपडेट करें और अपने-आप अपडेट होने की सुविधा चालू करें.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>सेटिंग्ज़ &gt; सामान्य &gt; सॉफ़्टवेयर अपडेट खोलें और इसे इंस्टॉल करें; स्वचालित अपडेट चालू करें. App Store में ऐप के स्वचालित अपडेट चालू करें.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>आपका सिस्टम जो अपडेट दे, उन्हें इंस्टॉल करें (Windows Update, macOS सॉफ़्टवेयर अपडेट, आपके Linux डिस्ट्रीब्यूशन का अपडेटर), और अपने-आप अपडेट होने की सुविधा चालू रखें, ब्राउज़र के लिए भी.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>अपना राउटर अपडेट रखें और जहाँ ज़रूरी हो, अपना IP पता छिपाएँ</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>अपने राउटर के अपडेट इंस्टॉल करें और अगर उसका एडमिन पासवर्ड अब भी डिफ़ॉल्ट है तो उसे बदलें. WhatsApp में आप सेटिंग्स &gt; प्राइवेसी &gt; एडवांस्ड &gt; &apos;कॉल्स में IP एड्रेस सुरक्षित रखें&apos; चालू कर सकते हैं.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>आपके पते का इस्तेमाल करने वाले पत्रों, कॉल्स और घर आने वालों से सावधान रहें</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>आपके नाम और पते से, धोखेबाज़ भरोसेमंद लगने वाले पत्र और पार्सल भेजते हैं, या आपकी इस्तेमाल की जाने वाली किसी कंपनी से होने का दावा करके आपके घर आ जाते हैं.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>पैसे या जानकारी माँगने वाले किसी भी पत्र या व्यक्ति की जाँच उस कंपनी से करें, ऐसे संपर्क विवरण से जो आपने खुद ढूँढा हो. अगर पता सामने आने से आपको असुरक्षित महसूस हो, तो पुलिस से संपर्क करें.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>अगर कोई लीक हुई बातें उजागर करने की धमकी दे, तो पैसे न दें</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>बहुत निजी जानकारी (सेहत, यौनिकता, आस्था, निजी मैसेज) फिर से गुप्त नहीं बनाई जा सकती. अपराधी कभी-कभी इनका इस्तेमाल करके लोगों को पैसों के लिए धमकाते हैं.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>धमकियों का जवाब न दें और पैसे न दें: पैसे देने से यह शायद ही कभी खत्म होता है. मैसेज संभालकर रखें, अकाउंट की रिपोर्ट सेवा को करें, और धमकी की रिपोर्ट पुलिस को करें. किसी भरोसेमंद व्यक्ति से बात करें.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>स्पैम को स्पैम के रूप में चिह्नित करें, और उसका जवाब न दें</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>आपका पता स्पैम भेजने वाली एक सूची में है. स्पैम का जवाब देने या उसमें &quot;unsubscribe&quot; पर क्लिक करने से सिर्फ़ यह पक्का होता है कि पता काम करता है.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>अपने मेल प्रोग्राम का &apos;स्पैम की रिपोर्ट करें&apos; या &apos;जंक&apos; बटन इस्तेमाल करें और भेजने वालों को ब्लॉक करें. ऐसे मैसेज का जवाब न दें और उनके लिंक पर क्लिक न करें.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>जब आपका ईमेल पता किसी डेटा लीक में दिखे, तब मुफ़्त अलर्ट पाने के लिए साइन अप करें</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>अगला डेटा लीक आपको हैरान न करे: जल्दी मिला अलर्ट आपको पासवर्ड के इस्तेमाल होने से पहले उसे बदलने का समय देता है.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>haveibeenpwned.com पर Notify me इस्तेमाल करें और जो लिंक वह ईमेल करे उसकी पुष्टि करें, या monitor.mozilla.org पर मुफ़्त Mozilla Monitor खाता बनाएँ. दोनों आपको चेतावनी देते हैं जब आपका पता किसी नए मिले डेटा लीक में दिखता है. अपने इस्तेमाल होने वाले हर पते के लिए ऐसा करें.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>जिन खातों को आप अब इस्तेमाल नहीं करते, उन्हें डिलीट करें</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>किसी फ़ोरम या दुकान का पुराना खाता, जिसे आप भूल चुके हैं, उसमें अब भी आपकी जानकारी और शायद कोई पुराना पासवर्ड है; अगर कल उसका डेटा लीक हुआ, तो आपका डेटा फिर लीक होगा.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>पुराने खातों की सूची बनाने के लिए अपने मेलबॉक्स में साइन-अप और वेलकम ईमेल खोजें. जिसे आप अब इस्तेमाल नहीं करते, उसमें साइन इन करें, खाता डिलीट करें (सेटिंग या प्राइवेसी में देखें, या साइट की सहायता टीम से पूछें), और नोट करें कि आपने कौन-से खाते बंद किए. अगर आपने पासवर्ड दोबारा इस्तेमाल किया था, तो पहले उसे बदलें.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>अपने पासवर्ड पासवर्ड मैनेजर में रखें</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>पासवर्ड मैनेजर हर खाते के लिए अलग मज़बूत पासवर्ड बनाता और याद रखता है, ताकि एक साइट का लीक कभी दूसरा खाता न खोले.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>कोई पासवर्ड मैनेजर चुनें (आपके फ़ोन या ब्राउज़र में पहले से मौजूद पासवर्ड मैनेजर से शुरुआत करना ठीक है), उसे लंबे पासफ़्रेज़ और टू-स्टेप वेरिफ़िकेशन से सुरक्षित करें, और जब भी आप कोई पासवर्ड बदलें, उसे नया पासवर्ड बनाने दें.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>अपना फ़ोन और ऐप अप-टू-डेट रखें</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>अपडेट उन सुरक्षा खामियों को ठीक करते हैं जिनका हमलावर इस्तेमाल करते हैं. अपने-आप अपडेट होने की सुविधा चालू करने पर यह काम खुद हो जाता है.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>सेटिंग्स &gt; सिस्टम &gt; सॉफ़्टवेयर अपडेट, और Play Store में ऐप के अपने-आप अपडेट होने की सुविधा चालू करें.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>सेटिंग्ज़ &gt; सामान्य &gt; सॉफ़्टवेयर अपडेट &gt; स्वचालित अपडेट, और App Store में ऐप अपडेट चालू करें.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>अपने सिस्टम और ब्राउज़र के लिए अपने-आप अपडेट होने की सुविधा चालू रखें.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>अपने ईमेल और मुख्य खातों के लिए टू-स्टेप वेरिफ़िकेशन चालू करें</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>आपका मेलबॉक्स लगभग बाकी सब चीज़ों के पासवर्ड रीसेट कर सकता है. साइन इन के समय दूसरा कदम उस व्यक्ति को बाहर रखता है जिसके पास आपका पासवर्ड है.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>अपने ईमेल खाते की सुरक्षा सेटिंग में टू-स्टेप वेरिफ़िकेशन चालू करें (इसे टू-फ़ैक्टर ऑथेंटिकेशन या दो चरणों में पुष्टि भी कहते हैं), फिर अपने बैंक और सोशल मीडिया खातों के लिए भी यही करें. टेक्स्ट मैसेज के बजाय ऐप, पासकी या सुरक्षा कुंजी को चुनें.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>अपने-आप में इससे किसी को यह पता नहीं चलता कि आपसे कैसे संपर्क करें या आपके खातों में कैसे घुसें. इससे धोखे वाले मैसेज ज़्यादा निजी लग सकते हैं; आपकी संपर्क जानकारी लीक होने पर मिलने वाले, धोखों से बचाव के कदम इसे कवर करते हैं.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>आम तौर पर यह आपकी सार्वजनिक प्रोफ़ाइल पर पहले से दिखता है, और इससे कोई खाता नहीं खुलता. अगर इसके साथ पासवर्ड लीक हुआ है, तो पासवर्ड वाले कदम उसे कवर करते हैं.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>इसमें आप कुछ बदल नहीं सकते; यह शायद ही कभी किसी अपराधी की सीधे मदद करता है. जिन अनचाहे मैसेज में आपके स्कूल या पढ़ाई का ज़िक्र हो, उन पर शक करें.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>फ़िंगरप्रिंट और चेहरे का डेटा बदला नहीं जा सकता, इसलिए रीसेट करने को कुछ नहीं है. जहाँ डेटा लीक वाली सेवा यह सुविधा देती है, वहाँ पासकी या सुरक्षा कुंजी उसके साथ बायोमेट्रिक साइन-इन की जगह ले सकती है.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>यह किसी ऐसे रिश्तेदार के बारे में है जिनकी मृत्यु हो चुकी है. अपराधी कभी-कभी ऐसे रिकॉर्ड का गलत इस्तेमाल करते हैं; अगर आप उनके मामले संभालते हैं, तो उनके बैंक और क्रेडिट ब्यूरो (जहाँ हों) से कहें कि व्यक्ति को मृत के रूप में चिह्नित करें.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>बाद में बदलने को कुछ नहीं है. आपकी अपॉइंटमेंट का ज़िक्र करने वाली कॉल्स या मैसेज से सावधान रहें, और उन्हें सीधे क्लिनिक या दफ़्तर से जाँचें.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>कोई शहर, इलाका या देश किसी को आपके दरवाज़े तक नहीं ले जाता, और आप इसे बदल नहीं सकते. अगर आपके घर का पता भी लीक हुआ है, तो पते वाला कदम उसे कवर करता है.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>अपने मोबाइल ऑपरेटर से कहें कि आपके नंबर को सिम स्वैप और ट्रांसफ़र से लॉक करे</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>आपके नंबर से कोई अपराधी आपके ऑपरेटर से आपके नाम पर नया सिम कार्ड, या आपका नंबर किसी दूसरी कंपनी में ले जाने के लिए कह सकता है, और फिर आपके सुरक्षा कोड पा सकता है. आपके मोबाइल खाते पर लॉक या पिन इसे रोक देता है.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>अपने फ़ोन से अपने मोबाइल ऑपरेटर को कॉल करें, या उसका ऐप इस्तेमाल करें, और ऐसा लॉक या पिन माँगें जो आपके नंबर का नया सिम कार्ड लेने या नंबर को दूसरी कंपनी में ले जाने से पहले देना ज़रूरी हो. इसे नाम लेकर माँगें. अपना ऑपरेटर होने का दावा करके कॉल करने वाले किसी व्यक्ति को खाते की जानकारी कभी न दें; फ़ोन रख दें और अपने बिल पर दिए नंबर पर कॉल करें.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>अपने नेटवर्क (EE, O2, Vodafone, Three या आपकी कंपनी) से कहें कि आपके खाते में ऐसा पिन या पासवर्ड जोड़ दे जो किसी भी सिम बदलाव के लिए देना ज़रूरी हो. अगर आपके फ़ोन का सिग्नल वहाँ अचानक चला जाए जहाँ आम तौर पर आता है, या आपको नए सिम के बारे में अनचाहा मैसेज मिले, तो तुरंत किसी दूसरे फ़ोन से अपने नेटवर्क और बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>जुलाई 2024 से (TRAI का नियम), सिम बदलने के बाद 7 दिन तक नंबर को दूसरी कंपनी में नहीं ले जाया जा सकता: अगर आपका सिम अचानक काम करना बंद कर दे, तो तुरंत अपने ऑपरेटर को कॉल करें. संचार साथी (sancharsaathi.gov.in) पर, &apos;अपने नाम पर मोबाइल कनेक्शन जानें&apos; (सरकार की TAFCOP जाँच) आपकी पहचान से रजिस्टर हर नंबर दिखाता है; जो नंबर आपके नहीं हैं, उनकी रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>अपनी टेलीकॉम कंपनी को बताएँ कि आपकी जानकारी एक डेटा लीक में थी, और अपने खाते पर अतिरिक्त सुरक्षा माँगें, जैसे सिम बदलने और नंबर ट्रांसफ़र के लिए ज़रूरी पिन या पासवर्ड.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>अपना नंबर दूसरी कंपनी में ले जाने के लिए, नए ऑपरेटर को आपका RIO कोड चाहिए, जो आपको अपनी लाइन से 3179 पर कॉल करके मिलता है. इसे कभी किसी कॉल करने वाले को न बताएँ. अगर आपके फ़ोन में अचानक सर्विस न रहे, तो किसी दूसरे फ़ोन से अपने ऑपरेटर को कॉल करें: हो सकता है किसी ने आपके नाम पर बदला हुआ सिम (duplicata) ले लिया हो.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>नवंबर 2022 से, AGCOM के नियमों के तहत, सिर्फ़ लाइन का मालिक ही पहचान पत्र और टैक्स कोड के साथ सिम बदल सकता है या नंबर ट्रांसफ़र कर सकता है, और ऑपरेटर आपके मौजूदा सिम पर SMS या कॉल से अनुरोध की पुष्टि करता है. अगर बिना माँगे आपको ऐसा मैसेज मिले, तो तुरंत अपने ऑपरेटर को बताएँ.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>स्पेन की डेटा सुरक्षा एजेंसी (AEPD) ने ऑपरेटरों पर ठीक से पहचान जाँचे बिना डुप्लिकेट सिम कार्ड देने के लिए जुर्माना लगाया है. अपने ऑपरेटर से पूछें कि डुप्लिकेट सिम देने से पहले वह कैसे जाँचता है कि आप कौन हैं, और क्या आप अपने खाते में पासवर्ड जोड़ सकते हैं. अगर आपके फ़ोन की सर्विस अचानक चली जाए, तो किसी दूसरे फ़ोन से अपने ऑपरेटर और बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>नियामक BTK की लाइन जाँच (hat-sorgulama.btk.gov.tr) पर देखें कि आपकी पहचान से कौन-सी मोबाइल लाइनें रजिस्टर हैं, और जिस लाइन को आप नहीं जानते, उसे उसके ऑपरेटर से रद्द करवाएँ. अगर आपका सिम अचानक काम करना बंद कर दे, तो तुरंत किसी दूसरे फ़ोन से अपने ऑपरेटर और बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>2020 से कनाडा का टेलीकॉम नियामक CRTC, कंपनियों से बिना अनुमति के सिम स्वैप और नंबर ट्रांसफ़र की रिपोर्ट करवाता है, और कंपनियों ने अतिरिक्त जाँच जोड़ी हैं. अपनी कंपनी से खाते के लिए ऐसा पिन या पासवर्ड माँगें जो सिम बदलने और नंबर ट्रांसफ़र के लिए देना ज़रूरी हो. अगर आपके फ़ोन की सर्विस अचानक चली जाए, तो किसी दूसरे फ़ोन से अपनी कंपनी और बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>जाँचें कि किसी ने आपकी कॉल्स फ़ॉरवर्ड तो नहीं करवा दीं</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>जो व्यक्ति आपकी कॉल्स अपने फ़ोन पर फ़ॉरवर्ड करवा लेता है, वह आपके सिम कार्ड को छुए बिना वे कॉल्स ले सकता है जो आपका बैंक किसी पेमेंट की जाँच के लिए करता है, या जिनमें सुरक्षा कोड बताए जाते हैं.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>धोखे वाली कॉल्स और मैसेज के लिए तैयार रहें, और इनके संकेत पहचानें</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>लीक हुए नंबर धोखेबाज़ों को बेचे जाते हैं. उन्हें आपका नाम पता हो सकता है, और वे आपके बैंक, डिलीवरी कंपनी, पुलिस या फ़ोन खो चुके किसी रिश्तेदार होने का नाटक कर सकते हैं.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>SMS से मिला कोड कभी शेयर न करें: कोई बैंक, ऑपरेटर या ऐप इसे नहीं माँगेगा. जल्दबाज़ी और धमकियों से सावधान रहें. अगर कोई मैसेज या कॉल किसी जानी-पहचानी कंपनी से लगे, तो फ़ोन रख दें और उसकी वेबसाइट, आपके कार्ड या बिल पर दिए नंबर पर कॉल करें. नए नंबर से लिखने वाले रिश्तेदार को उनके पुराने नंबर पर कॉल करके जाँचें.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>धोखे वाले SMS और कॉल्स की रिपोर्ट करें</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>रिपोर्ट करने से भेजने वालों को सबके लिए ब्लॉक करने में मदद मिलती है, और पैसा खोने पर आपके पास एक रिकॉर्ड रहता है.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>धोखे वाले SMS और कॉल्स की रिपोर्ट अपने मोबाइल ऑपरेटर को करें: ज़्यादातर ऑपरेटर आपको धोखे वाला SMS फ़ॉरवर्ड करने, या अपने ऐप में या ग्राहक सेवा को कॉल करके किसी नंबर की रिपोर्ट करने देते हैं. अगर आपने पैसा खोया या निजी जानकारी दे दी, तो तुरंत अपने बैंक को बताएँ और पुलिस को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>धोखे वाले SMS 7726 (SPAM) पर फ़ॉरवर्ड करें. धोखों की रिपोर्ट ReportFraud.ftc.gov पर करें. अगर आपने पैसा खोया है, तो अपने बैंक से भी संपर्क करें.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>धोखे वाले SMS 7726 (मुफ़्त) पर और धोखे वाले ईमेल report@phishing.gov.uk पर फ़ॉरवर्ड करें. किसी संदिग्ध कॉल की रिपोर्ट के लिए, CALL और वह नंबर 7726 पर SMS करें. अपने बैंक से आई कॉल की जाँच के लिए 159 पर कॉल करें. अगर आपने पैसा खोया है, तो reportfraud.police.uk पर या 0300 123 2040 पर रिपोर्ट करें (इंग्लैंड, वेल्स और नॉर्दर्न आयरलैंड), या Police Scotland को 101 पर.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>धोखे वाले SMS 33700 पर फ़ॉरवर्ड करें और अनचाही कॉल्स की रिपोर्ट भी वहीं करें (मुफ़्त; 33700.fr पर भी). Bloctel (bloctel.gouv.fr) पर अपना नंबर मुफ़्त रजिस्टर करके टेलीमार्केटिंग रोकें. अगर आपके कार्ड का ऑनलाइन इस्तेमाल आपके बिना हुआ है, तो अपने बैंक से उसे ब्लॉक करवाएँ, फिर Perceval पर रिपोर्ट करें. ऑनलाइन धोखाधड़ी के बाद मदद के लिए cybermalveillance.gouv.fr इस्तेमाल करें; अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>संदिग्ध धोखाधड़ी वाली कॉल्स और मैसेज की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें. प्रमोशनल कॉल्स और SMS रोकने के लिए, 1909 पर START 0 भेजें.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>धोखों की रिपोर्ट Scamwatch (scamwatch.gov.au) पर और साइबर अपराध की रिपोर्ट ReportCyber (cyber.gov.au) पर करें. डेटा लीक या पहचान के गलत इस्तेमाल के बाद मुफ़्त मदद के लिए IDCARE से 1800 595 160 पर संपर्क करें. आप अपना नंबर Do Not Call Register (donotcall.gov.au) पर रजिस्टर कर सकते हैं.</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>धोखों और धोखाधड़ी की रिपोर्ट Canadian Anti-Fraud Centre को करें: 1-888-495-8501 पर या ऑनलाइन. अगर आपने पैसा खोया है, तो अपनी स्थानीय पुलिस को भी रिपोर्ट करें और फ़ाइल नंबर लें.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>धोखे वाली कॉल्स और मैसेज के बारे में, और डेटा लीक के बाद क्या करना है, इस पर सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो अपने बैंक को बताएँ और Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>ऑनलाइन धोखों और फ़िशिंग की रिपोर्ट Polizia Postale को उसके पोर्टल commissariatodips.it पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को बताएँ और रिपोर्ट दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>अपनी लाइन पर धोखे वाली कॉल्स या SMS की शिकायत पहले अपने ऑपरेटर से करें. अगर समस्या हल न हो, तो National Telecom Regulatory Authority (NTRA) से 155 पर या उसके My NTRA ऐप से संपर्क करें. अगर आपने पैसा खोया है या कोई आपको ऑनलाइन धमका रहा है, तो अपने बैंक को बताएँ और पुलिस को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>जो कॉल करने वाले खुद को पुलिस, सैनिक या सरकारी वकील बताकर पैसे, सोना या बैंक की जानकारी माँगें, उनका फ़ोन काट दें: अधिकारी ऐसा कभी नहीं करते. फ़िशिंग और धोखे वाली वेबसाइटों की रिपोर्ट राष्ट्रीय साइबर घटना केंद्र USOM (usom.gov.tr) को करें. धोखाधड़ी की रिपोर्ट पुलिस को 112 पर करें, जो एकमात्र आपातकालीन नंबर है. अगर आपने पैसे भेजे हैं, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>बिना माँगे आने वाले मार्केटिंग SMS रोकने के लिए 2442 पर STOP भेजें (Do-Not-Disturb सेवा). पहले अपने ऑपरेटर से शिकायत करें और शिकायत का टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 या 0800 2255 622 पर, या उसके ऑनलाइन शिकायत फ़ॉर्म से संपर्क करें. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>परिवार और दोस्तों को चेतावनी दें कि कोई आपके नाम से उनसे संपर्क कर सकता है</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>आपके नाम और फ़ोटो या नंबर से, धोखेबाज़ आपके जैसा दिखने वाला अकाउंट बनाकर आपके कॉन्टैक्ट्स से पैसे या कोड माँग सकते हैं.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>जिन लोगों से आप सबसे ज़्यादा संपर्क में रहते हैं, उन्हें बताएँ कि आप कभी मैसेज से पैसे या कोड नहीं माँगेंगे, और अगर &quot;आप&quot; किसी नए नंबर से लिखें, तो वे जाँचने के लिए आपके पुराने नंबर पर कॉल करें. अगर कोई नकली अकाउंट दिखे, तो उसकी रिपोर्ट ऐप को करें और अपने कॉन्टैक्ट्स से भी रिपोर्ट करने को कहें.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>जहाँ हो सके, टेक्स्ट मैसेज वाले कोड के बजाय ऑथेंटिकेटर ऐप इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>SMS से भेजे गए कोड उसी के पास जाते हैं जिसके कब्ज़े में आपका नंबर है. आपका नंबर पता होने पर, आपके ईमेल, बैंक और सोशल मीडिया खातों के लिए ऑथेंटिकेटर ऐप, पासकी या सुरक्षा कुंजी ज़्यादा सुरक्षित है.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>अपने सबसे ज़रूरी खातों की सुरक्षा सेटिंग में (पहले ईमेल, फिर बैंक, फिर सोशल मीडिया), टू-स्टेप वेरिफ़िकेशन ढूँढें और SMS के बजाय ऑथेंटिकेटर ऐप, पासकी या सुरक्षा कुंजी चुनें. बैकअप कोड किसी सुरक्षित जगह रखें.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>सीमित करें कि कौन आपको आपके फ़ोन नंबर या ईमेल से ढूँढ सकता है</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>जो ऐप किसी को भी नंबर से आपको खोजने देते हैं, उन्हीं से ऐसी सूचियाँ बनाई और अपडेट की जाती हैं.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>आप जो ऐप इस्तेमाल करते हैं (Facebook, Instagram, Telegram, Signal, X, LinkedIn), उनमें वह प्राइवेसी सेटिंग ढूँढें जो तय करती है कि कौन आपको फ़ोन नंबर या ईमेल से खोज सकता है, और सबसे सीमित विकल्प चुनें. अपना नंबर सिर्फ़ वहीं दें जहाँ ज़रूरी हो. Google आपका नंबर या पता दिखाने वाले सर्च नतीजे हटा सकता है (आपके बारे में नतीजे); पेज खुद बना रहता है.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>साइन-इन टोकन</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>प्रोफ़ाइल फ़ोटो</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>बैंक खाता नंबर</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>प्रोफ़ाइल का विवरण (about)</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>ब्राउज़र की जानकारी</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>चैट्स</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>कार्ड का सुरक्षा कोड</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>कार्ड नंबर</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>जन्मतिथि</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>डिवाइस की जानकारी</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>ड्राइविंग लाइसेंस</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>ईमेल पता</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>परिवार के सदस्यों के नाम</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>location</source>
        <translation>जगह</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>पहचान पत्र नंबर</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>पुराने पासवर्ड</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>मैसेंजर अकाउंट</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP पता</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>माँ का शादी से पहले का नाम</translation>
    </message>
    <message>
        <source>name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>आपके कार्ड नंबर का हिस्सा</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>जन्मदिन</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>पासपोर्ट नंबर</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>पासवर्ड हिंट</translation>
    </message>
    <message>
        <source>password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>प्रोफ़ाइल विवरण</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>घर का पता</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>निजी मैसेज</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>प्रोफ़ाइल फ़ोटो</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>रिकवरी ईमेल पता</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>रिश्ते की स्थिति</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>सुरक्षा सवाल और जवाब</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>सोशल मीडिया प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>Social Security नंबर</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>पार्टनर का नाम</translation>
    </message>
    <message>
        <source>username</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>myaccount.google.com/connections पर तीसरे पक्ष के साथ अपने कनेक्शन खोलें और जो भी आप इस्तेमाल नहीं करते या नहीं पहचानते, उसका ऐक्सेस हटाएँ. फिर myaccount.google.com/apppasswords पर ऐप्लिकेशन पासवर्ड खोलें, जो उन्हें मैनेज करने वाला पेज है, और जिनकी ज़रूरत नहीं है उन्हें रद्द करें. अपने Google खाते का पासवर्ड बदलने से भी आपके सभी ऐप्लिकेशन पासवर्ड रद्द हो जाते हैं.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>हाल की गतिविधि वाला पेज दिखाता है कि पिछले 30 दिनों में आपका खाता कहाँ और कैसे इस्तेमाल हुआ. जिस साइन-इन को आप नहीं पहचानते, उसका मतलब हो सकता है कि किसी और के पास आपका पासवर्ड है, लेकिन वह आपका अपना फ़ोन, कोई यात्रा या VPN (ऐसी सेवा जो छिपाती है कि आप कहाँ से कनेक्ट हो रहे हैं) भी हो सकता है.</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>account.live.com/activity खोलें और जिस साइन-इन को आप नहीं पहचानते, उसे खोलकर उसकी जगह और डिवाइस देखें. अगर वह आप नहीं थे, तो जहाँ पेज यह विकल्प दे वहाँ &apos;यह मैं नहीं था&apos; चुनें, अपना पासवर्ड बदलें और दो-चरणीय सत्यापन चालू करें. अगर पक्का न हो, तो देखें कि क्या वह डिवाइस और जगह आपकी हो सकती है, जैसे आपका फ़ोन या कोई यात्रा; अगर नहीं, तो मानें कि वह आप नहीं थे.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>जिस खाते का डेटा लीक हुआ उसमें, और जिन खातों में आपने वही सवाल या जवाब इस्तेमाल किए, उन्हें बदलें. ऐसे जवाब इस्तेमाल करें जो सच न हों और खोजे न जा सकें, और उन्हें किसी सुरक्षित जगह रखें, जैसे अपने पासवर्ड मैनेजर में.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>फ़्रीज़ करना मुफ़्त है और इससे आपके क्रेडिट स्कोर पर असर नहीं पड़ता. हर ब्यूरो, Equifax, Experian और TransUnion, के पास अपनी फ़ाइल फ़्रीज़ करें, उसकी वेबसाइट पर या फ़ोन से: यह एक कामकाजी दिन के अंदर शुरू हो जाता है, और आपके कहने पर ब्यूरो को इसे एक घंटे के अंदर हटाना होता है. या कम से कम किसी एक ब्यूरो के पास एक साल का मुफ़्त फ़्रॉड अलर्ट लगवाएँ. माता-पिता 16 साल से कम उम्र के बच्चे की फ़ाइल भी मुफ़्त में फ़्रीज़ कर सकते हैं.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>दोनों क्रेडिट ब्यूरो से अपनी फ़ाइल पर फ़्रॉड अलर्ट लगाने को कहें: Equifax Canada 1-800-465-7166 और TransUnion Canada 1-800-663-9980. अगर आप क्यूबेक में रहते हैं, तो आप दोनों से सिक्योरिटी फ़्रीज़ (security freeze) भी माँग सकते हैं (फ़रवरी 2023 से): तब वे आपकी फ़ाइल लोन देने वालों को तब तक नहीं देते, जब तक आप इसे हटा न दें. साल में कम से कम एक बार अपनी क्रेडिट रिपोर्ट जाँचें.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Southern African Fraud Prevention Service (SAFPS) में Protective Registration के लिए आवेदन करें, उसकी वेबसाइट या ऐप पर दिए फ़ॉर्म से. फिर SAFPS अपने सदस्यों, जैसे लोन देने वालों, से कहता है कि यह पक्का करते समय अतिरिक्त सावधानी बरतें कि वह सच में आप ही हैं. अगर आपकी ID बुक या पासपोर्ट खो गया है या चोरी हो गया है, तो आप SAFPS को 011 867 2234 पर कॉल करके उसे भी रजिस्टर करा सकते हैं.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>irs.gov/ippin पर अपने IRS Online Account में साइन इन करें और अपनी पहचान की पुष्टि करें; फिर PIN दिखाया जाता है. अगर आप ऑनलाइन पुष्टि नहीं कर पाते, तो Form 15227 इस्तेमाल करें (अगर आय IRS की सीमा से कम है) या अपॉइंटमेंट लेकर IRS Taxpayer Assistance Center जाएँ. हर साल छह अंकों का नया PIN आता है; इसे हर फ़ेडरल रिटर्न पर इस्तेमाल करें. IRS इसे कभी फ़ोन, ईमेल या SMS से नहीं माँगता.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>अपनी पहचान के ऑनलाइन गलत इस्तेमाल की रिपोर्ट Polizia Postale को करें, जो ऑनलाइन अपराध से निपटने वाली पुलिस इकाई है, उसके पोर्टल commissariatodips.it पर या उसके किसी दफ़्तर में. तुरंत अपने बैंक को बताएँ और जो पेमेंट या लोन आपने नहीं किया, उस पर आपत्ति करें.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>अपनी पहचान के गलत इस्तेमाल, ऑनलाइन धोखाधड़ी या ब्लैकमेल की रिपोर्ट Ministry of Interior (moiegypt.gov.eg) को या किसी पुलिस स्टेशन में करें, और सबूत के तौर पर स्क्रीनशॉट रखें. जो खाते या लाइनें आपने नहीं खोलीं, उनके बारे में अपने बैंक और ऑपरेटर को बताएँ.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>आपात स्थिति में, जैसे अभी हो रहा कोई अपराध, 112 पर कॉल करें. नहीं तो पुलिस या gendarmerie स्टेशन या सरकारी अभियोजक के दफ़्तर (Cumhuriyet Başsavcılığı) में लिखित या मौखिक शिकायत (şikâyet) दर्ज कराएँ. नकली बैंक या सरकारी वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को करें. BTK की लाइन जाँच (hat-sorgulama.btk.gov.tr) पर अपनी पहचान से रजिस्टर मोबाइल लाइनें देखें, और जो खाते या लोन आपने नहीं खोले, उनके बारे में अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>ऑनलाइन धोखाधड़ी या ब्लैकमेल की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को उसके e-Blagh प्लेटफ़ॉर्म (e-blagh.ma) पर करें, और अपनी पहचान के दूसरे गलत इस्तेमाल की रिपोर्ट किसी पुलिस स्टेशन में. जो खाते या लाइनें आपने नहीं खोलीं, उनके बारे में अपने बैंक और ऑपरेटर को बताएँ.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ, खुद जाकर या, अगर आपका मामला उसमें हो तो, पुलिस की ADenunciar साइट पर; केस नंबर संभालकर रखें. जिस कंपनी में धोखाधड़ी हुई, उसे बताएँ. TransUnion से अपनी क्रेडिट रिपोर्ट पर फ़्रॉड अलर्ट माँगें, और जो कर्ज़ आपका नहीं है उस पर TransUnion और DataCrédito से आपत्ति करें; अगर इससे बात न बने, तो डेटा सुरक्षा प्राधिकरण SIC से शिकायत करें.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>अगर आपके नाम पर लोन या खाते दिखें, तो लोन देने वाले या कर्ज़ वसूलने वाले को साबित करें कि वह आप नहीं थे; फिर वह आपको एक पत्र देता है जिसमें पुष्टि होती है कि किसी ने आपकी पहचान का इस्तेमाल किया. पुलिस (SAPS) को रिपोर्ट करें. अगर लोन देने वाला Southern African Fraud Prevention Service (SAFPS) का सदस्य नहीं है, तो SAFPS को वह पत्र भेजें: वह आपके ID नंबर को चिह्नित करता है और Protective Registration (PR) और पीड़ित (VIC) नंबर जारी करता है.</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>अपनी पहचान के गलत इस्तेमाल की रिपोर्ट Gendarmerie को उसकी मुफ़्त लाइन 1055 पर या ऑनलाइन ppgn.mdn.dz पर करें (फिर आप किसी ब्रिगेड में शिकायत की पुष्टि करते हैं), या किसी पुलिस स्टेशन में. मैसेज और रसीदें संभालकर रखें, और जो खाते या लाइनें आपने नहीं खोलीं, उनके बारे में अपने बैंक और ऑपरेटर को बताएँ.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>IP पते से मोटे तौर पर पता चल सकता है कि आप कहाँ हैं. अप-टू-डेट रखा गया और अपने अलग एडमिन पासवर्ड वाला राउटर आपके घर के नेटवर्क को सुरक्षित रखता है, चाहे कोई भी पता लीक हुआ हो.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>अपनी मोबाइल कंपनी के मुफ़्त लॉक चालू करें. T-Mobile: T-Life ऐप में Account &gt; गियर आइकन &gt; Security पर टैप करें, फिर SIM Protection और Port Out Protection; Port Out Protection हर लाइन के लिए अलग से सेट होता है, इसलिए इसे हर लाइन के लिए चालू करें. Verizon: My Verizon में Number Lock और SIM Protection. AT&amp;T: myAT&amp;T में Wireless Account Lock. दूसरी कंपनियाँ: लॉक माँगें. किसी कॉल करने वाले के कहने पर कभी कोई लॉक बंद न करें.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Vodafone जैसे ऑपरेटर दुकान में नया सिम कार्ड देने से पहले आपका ग्राहक पासवर्ड (Kundenkennwort) माँगते हैं. ऐसा पासवर्ड चुनें जो आपका जन्मदिन या ऐसी कोई चीज़ न हो जो लीक हो सकती हो, और अगर आपने इसे किसी SMS के लिंक से खुली साइट पर डाला था, तो इसे बदलें. अगर आपके फ़ोन की सर्विस अचानक चली जाए, तो किसी दूसरे फ़ोन से अपने ऑपरेटर और बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>अपने फ़ोन की कॉल सेटिंग में, या अपने ऑपरेटर के खाते में, कॉल फ़ॉरवर्डिंग देखें और जो फ़ॉरवर्डिंग आपने सेट नहीं की, उसे बंद करें. अगर कोई कॉल या SMS करके खुद को आपका ऑपरेटर बताए और आपसे कोई कोड डायल करने या सेटिंग बदलने को कहे, तो फ़ोन रख दें और अपने बिल पर दिए नंबर पर अपने ऑपरेटर को कॉल करें. फ़ोन के हिसाब से मेन्यू अलग होते हैं.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>अनचाही कॉल्स, स्पैम SMS और गलत इस्तेमाल हुए नंबरों की रिपोर्ट Bundesnetzagentur (संघीय नेटवर्क एजेंसी) को उसके ऑनलाइन फ़ॉर्म से bundesnetzagentur.de/aergermitrufnummern पर करें. यह नंबरों से जुड़े मामले देखती है, धोखाधड़ी नहीं: अगर किसी ने आपको ठगने की कोशिश की या आपने पैसा खोया, तो पुलिस को रिपोर्ट करें, अपने राज्य की Onlinewache (ऑनलाइन पुलिस स्टेशन) से ऑनलाइन या किसी भी पुलिस स्टेशन में. अनजान नंबरों की मिस्ड कॉल पर वापस कॉल न करें.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>धोखे वाले SMS 330330 पर फ़ॉरवर्ड करें (मुफ़्त, सभी ऑपरेटरों के लिए), जो नियामक का रिपोर्टिंग नंबर है. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें और पुलिस को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>टेलीकॉम कंपनियों और बैंकों की बिक्री वाली कॉल्स रोकने के लिए अपना नंबर Não Me Perturbe (naomeperturbe.com.br) पर रजिस्टर करें; अगर वे जारी रहें, तो Anatel से 1331 पर शिकायत करें. कुछ कंपनियों की कॉल्स में अब कॉल करने वाले का नाम, लोगो और कारण दिखता है, साथ में यह जाँच कि नंबर असली है (Origem Verificada); फिर भी, कॉल पर कभी कोड या पासवर्ड न दें. अगर आपने पैसा खोया है, तो अपने बैंक को बताएँ और पुलिस रिपोर्ट (boletim de ocorrência) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>ऑनलाइन धोखों, धोखाधड़ी और ब्लैकमेल की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को उसके e-Blagh प्लेटफ़ॉर्म (e-blagh.ma) पर करें. अपनी लाइन से जुड़ी समस्याओं के लिए अपने ऑपरेटर से शिकायत करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें और पुलिस को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>ऑनलाइन धोखाधड़ी और धोखों की रिपोर्ट Fiscalía या National Police को करें, किसी पुलिस स्टेशन में या, अगर आपका मामला उसमें हो तो, ऑनलाइन ADenunciar सेवा पर; केस नंबर संभालकर रखें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें. कॉल करने वाले को कभी कोड, कार्ड नंबर या पासवर्ड न दें.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>धोखों की रिपोर्ट Gendarmerie को उसकी मुफ़्त लाइन 1055 पर या ऑनलाइन ppgn.mdn.dz पर करें (फिर आप किसी ब्रिगेड में शिकायत की पुष्टि करते हैं), या किसी पुलिस स्टेशन में. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक या Algérie Poste को बताएँ. मैसेज और रसीदें संभालकर रखें.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>अगर आपने पैसा खोया है या बैंक की जानकारी दे दी है, तो तुरंत National Scam Response Centre को 997 पर कॉल करें, फिर पुलिस रिपोर्ट दर्ज कराएँ. जो कॉल करने वाले खुद को MCMC, पुलिस या बैंक अधिकारी बताएँ, उनका फ़ोन काट दें.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>अपनी क्रेडिट रिपोर्ट में ऐसे खाते देखें जो आपने नहीं खोले</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>कोई आपके नाम पर जो लोन, कार्ड या कॉन्ट्रैक्ट लेता है, वे आपकी क्रेडिट रिपोर्ट में दिखते हैं. इसे जाँचकर आप उन्हें जल्दी पकड़ सकते हैं.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>AnnualCreditReport.com पर अपनी क्रेडिट रिपोर्ट मुफ़्त में लें: Equifax, Experian और TransUnion, हर एक आपको हफ़्ते में एक बार अपनी रिपोर्ट देखने देता है. दूसरी साइटें पैसे ले सकती हैं या नकली हो सकती हैं. ऐसे खाते, लोन या पते देखें जिन्हें आप नहीं पहचानते; अगर कुछ मिले, तो IdentityTheft.gov पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>आप दोनों क्रेडिट ब्यूरो से अपनी क्रेडिट रिपोर्ट मुफ़्त में ले सकते हैं: TransUnion Canada से ऑनलाइन, डाक से या खुद जाकर, और Equifax Canada से डाक द्वारा, उसके अनुरोध फ़ॉर्म और अपने पहचान पत्र की कॉपी के साथ. साल में कम से कम एक बार दोनों में ऐसे खाते या क्रेडिट जाँच देखें जिन्हें आप नहीं पहचानते.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>आप हर तीन महीने में कम से कम एक बार अपनी क्रेडिट रिपोर्ट मुफ़्त में ले सकते हैं. हर क्रेडिट रिपोर्टिंग एजेंसी से माँगें, क्योंकि उनके पास अलग-अलग जानकारी हो सकती है, और ऐसे क्रेडिट आवेदन या खाते देखें जो आपने नहीं किए.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>हर क्रेडिट सूचना कंपनी (क्रेडिट ब्यूरो) जिसके पास आपका क्रेडिट इतिहास है, उसे हर कैलेंडर साल में आपको स्कोर के साथ एक मुफ़्त पूरी क्रेडिट रिपोर्ट देनी होती है (भारतीय रिज़र्व बैंक का नियम). हर ब्यूरो से उसकी वेबसाइट पर माँगें और ऐसे लोन या कार्ड देखें जो आपने नहीं लिए. अगर कुछ मिले, तो 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>कानून आपको हर क्रेडिट ब्यूरो से साल में एक बार मुफ़्त क्रेडिट रिपोर्ट लेने देता है. हर बड़े ब्यूरो से माँगें, जैसे TransUnion, और ऐसे लोन या खाते देखें जो आपने नहीं खोले. आप गलत एंट्री पर ब्यूरो से मुफ़्त आपत्ति कर सकते हैं; उसके पास उन्हें जाँचने के लिए 20 कामकाजी दिन होते हैं.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>अपनी CCRIS रिपोर्ट, यानी Bank Negara Malaysia के पास आपके लोन और क्रेडिट आवेदनों का रिकॉर्ड, उसकी eCCRIS सेवा (eccris.bnm.gov.my) पर देखें. ऐसे लोन या आवेदन देखें जो आपने नहीं किए, और गलत एंट्री की जाँच के लिए eCCRIS से डेटा सत्यापन अनुरोध भेजें.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>अपने फ़ोन या ब्राउज़र से अपने सेव किए पासवर्ड की लीक से तुलना करवाएँ</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>आपके पास पहले से जो पासवर्ड मैनेजर है, वह दिखा सकता है कि आपके सेव किए कौन-से पासवर्ड किसी लीक में आए हैं, ताकि आपको पता रहे कि कौन-से बदलने हैं.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>अपने ब्राउज़र में passwords.google.com (Google Password Manager) खोलें और &apos;पासवर्ड जांच पर जाएं&apos; &gt; &apos;पासवर्ड जांचें&apos; चुनें. छेड़छाड़ वाले के रूप में चिह्नित हर पासवर्ड बदलें, पहले ईमेल और बैंक, फिर दोबारा इस्तेमाल किए गए पासवर्ड. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>iOS 18 या बाद के वर्शन पर पासवर्ड ऐप खोलें और सुरक्षा पर टैप करें; पुराने वर्शन पर सेटिंग्ज़ &gt; पासवर्ड &gt; सुरक्षा सुझाव खोलें. जाँचें कि &apos;छेड़छाड़ वाले पासवर्ड का पता लगाएँ&apos; चालू है, फिर छेड़छाड़ वाले के रूप में चिह्नित हर पासवर्ड बदलें, पहले ईमेल और बैंक. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: और देखें (तीन बिंदु) &gt; पासवर्ड और ऑटोमैटिक भरना &gt; Google Password Manager &gt; जांच करें. Edge: सेटिंग्स और अधिक (...) &gt; सेटिंग्स &gt; प्रोफ़ाइल &gt; पासवर्ड, और &apos;ऑनलाइन लीक में पासवर्ड मिलने पर अलर्ट दिखाएँ&apos; चालू करें. Firefox: सेटिंग &gt; गोपनीयता व सुरक्षा &gt; लॉगिन और पासवर्ड, और Show alerts about passwords for breached websites पर टिक लगा रहने दें. Mac: पासवर्ड ऐप &gt; सुरक्षा. वर्शन के हिसाब से मेन्यू के नाम अलग हो सकते हैं.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>लीक हुई फ़ाइलें न खोजें, न डाउनलोड करें और न खोलें</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>लीक हुआ डेटा ढूँढकर यह देखने का मन कर सकता है कि उसमें आपके बारे में क्या है. ऑनलाइन घूम रही कॉपियों में ऐसा मैलवेयर छिपा पाया गया है जो उन्हें खोलने वाले डिवाइस को संक्रमित कर देता है.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>जो फ़ाइलें इस लीक की होने का दावा करती हैं, उन्हें न खोजें, न डाउनलोड करें और न खोलें, अपनी जानकारी जाँचने के लिए भी नहीं. क्या लीक हुआ, यह जानने के लिए कंपनी की अपनी सूचना या Have I Been Pwned जैसी डेटा लीक अलर्ट सेवा पर भरोसा करें. अगर आपने ऐसी फ़ाइल पहले ही खोल ली है, तो अप-टू-डेट सुरक्षा सॉफ़्टवेयर से डिवाइस स्कैन करें और किसी दूसरे डिवाइस से पासवर्ड बदलें.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>जो कोड कोई कहे कि गलती से आपको भेज दिया, उसे कभी आगे न दें</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>आपके नंबर से, धोखेबाज़ अपने फ़ोन पर आपके WhatsApp या Telegram में साइन इन शुरू कर सकता है; तब ऐप कोड आपको SMS करता है. वह आपसे यह कोड माँगता है, अक्सर किसी दोस्त के हैक किए गए अकाउंट से लिखकर. जिसके पास कोड है, वह आपका अकाउंट अपने कब्ज़े में ले सकता है.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>WhatsApp, Telegram या कोई भी दूसरी सेवा SMS से जो कोड भेजे, उसे कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि वह गलती से आपको भेज दिया गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें; WhatsApp में इससे दूसरा व्यक्ति लॉग आउट हो जाता है. फिर टू-स्टेप वेरिफ़िकेशन चालू करें और अपने कॉन्टैक्ट्स को चेतावनी दें कि आपके अकाउंट से आए मैसेज का जवाब न दें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखे वाले SMS 7726 (SPAM) पर फ़ॉरवर्ड करें और धोखे की रिपोर्ट ReportFraud.ftc.gov पर करें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखे वाले SMS 7726 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो reportfraud.police.uk पर रिपोर्ट करें, या स्कॉटलैंड में Police Scotland को 101 पर.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. इसकी रिपोर्ट Scamwatch (scamwatch.gov.au) पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक से संपर्क करें; आपकी पहचान का गलत इस्तेमाल होने पर IDCARE (1800 595 160) मदद करता है.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखों की रिपोर्ट Canadian Anti-Fraud Centre को 1-888-495-8501 पर या ऑनलाइन करें; अगर आपने पैसा खोया है, तो अपने बैंक और स्थानीय पुलिस को भी बताएँ.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखे वाले SMS 33700 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ; cybermalveillance.gouv.fr मदद कर सकता है.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखाधड़ी की रिपोर्ट पुलिस को करें: जहाँ उपलब्ध हो वहाँ अपने राज्य की Onlinewache से ऑनलाइन, या किसी भी पुलिस स्टेशन में.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. इसकी रिपोर्ट Polizia Postale को commissariatodips.it पर करें, और अगर आपने पैसा खोया है तो तुरंत अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. अपने ऑपरेटर से शिकायत करें, और हल न हो तो नियामक NTRA से 155 पर. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखे वाले SMS 330330 पर फ़ॉरवर्ड करें (मुफ़्त, सभी ऑपरेटरों के लिए).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. धोखे वाली वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को करें, और धोखाधड़ी की रिपोर्ट पुलिस या gendarmerie स्टेशन में, या अगर यह अभी हो रहा है तो 112 पर.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. मैसेज की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. अपने ऑपरेटर से शिकायत करें और टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 पर संपर्क करें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. ऑनलाइन धोखाधड़ी की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को e-Blagh (e-blagh.ma) पर करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक को कॉल करें और Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>WhatsApp या Telegram का SMS से भेजा कोड कभी किसी को न दें, किसी ऐसे दोस्त को भी नहीं जो कहे कि कोड गलती से आपके पास आ गया. अगर आपने दे दिया है, तो तुरंत अपने नंबर से दोबारा साइन इन करें, जिन सेशन को आप नहीं जानते उन्हें खत्म करें और टू-स्टेप वेरिफ़िकेशन चालू करें. SMS धोखों की रिपोर्ट मोबाइल मैसेजिंग उद्योग की संस्था WASPA (waspa.org.za) को करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक की फ़्रॉड लाइन पर कॉल करें.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>परिवार से आए &quot;नया नंबर&quot; वाले मैसेज को जवाब देने से पहले जाँचें</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>धोखेबाज़ माता-पिता और दोस्तों को बच्चा या रिश्तेदार बनकर लिखते हैं: &quot;हाय माँ, मेरा फ़ोन टूट गया, यह मेरा नया नंबर है.&quot; कुछ मैसेज के बाद वे किसी ज़रूरी बिल या नए फ़ोन के लिए पैसे माँगते हैं.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>नए नंबर को जवाब न दें और पैसे न भेजें. उस व्यक्ति को उस नंबर पर कॉल करें जो आपके पास पहले से है, या किसी दूसरे रिश्तेदार से पूछें, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. किसी मैसेज की वजह से उनका सेव किया नंबर न बदलें. मैसेजिंग ऐप में भेजने वाले की रिपोर्ट करें और उसे ब्लॉक करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. कुछ धोखेबाज़ कहानी में नकली वकील या पुलिस अधिकारी भी जोड़ देते हैं. धोखे वाले SMS 7726 (SPAM) पर फ़ॉरवर्ड करें और धोखे की रिपोर्ट ReportFraud.ftc.gov पर करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखे वाले SMS 7726 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो reportfraud.police.uk पर रिपोर्ट करें, या स्कॉटलैंड में Police Scotland को 101 पर.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. किसी मैसेज की वजह से उनका सेव किया नंबर कभी न बदलें. इसकी रिपोर्ट Scamwatch (scamwatch.gov.au) पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक से संपर्क करें; आपकी पहचान का गलत इस्तेमाल होने पर IDCARE (1800 595 160) मदद करता है.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखों की रिपोर्ट Canadian Anti-Fraud Centre को 1-888-495-8501 पर या ऑनलाइन करें; अगर आपने पैसा खोया है, तो अपने बैंक और स्थानीय पुलिस को भी बताएँ.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखे वाले SMS 33700 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ; cybermalveillance.gouv.fr मदद कर सकता है.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखाधड़ी की रिपोर्ट पुलिस को करें: जहाँ उपलब्ध हो वहाँ अपने राज्य की Onlinewache से ऑनलाइन, या किसी भी पुलिस स्टेशन में.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. इसकी रिपोर्ट Polizia Postale को commissariatodips.it पर करें, और अगर आपने पैसा खोया है तो तुरंत अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. अपने ऑपरेटर से शिकायत करें, और हल न हो तो नियामक NTRA से 155 पर. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखे वाले SMS 330330 पर फ़ॉरवर्ड करें (मुफ़्त, सभी ऑपरेटरों के लिए).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. धोखे वाली वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को करें, और धोखाधड़ी की रिपोर्ट पुलिस या gendarmerie स्टेशन में, या अगर यह अभी हो रहा है तो 112 पर.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. मैसेज की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. अपने ऑपरेटर से शिकायत करें और टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 पर संपर्क करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. ऑनलाइन धोखाधड़ी की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को e-Blagh (e-blagh.ma) पर करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक को कॉल करें और Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>जवाब न दें और पैसे न भेजें. उन्हें उस नंबर पर कॉल करें जो आपके पास पहले से है, या ऐसा सवाल पूछें जिसका जवाब सिर्फ़ वही दे सकते हों. SMS धोखों की रिपोर्ट मोबाइल मैसेजिंग उद्योग की संस्था WASPA (waspa.org.za) को करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक की फ़्रॉड लाइन पर कॉल करें.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में लिंक पर टैप करने को कहने वाले SMS को अनदेखा करें</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>धोखेबाज़ ऐसे SMS भेजते हैं जिनमें किसी ऐसे पार्सल की बात होती है जो डिलीवर नहीं हो सका, या बिना भरे टोल, जुर्माने या छोटी फ़ीस की. लिंक एक हूबहू दिखने वाले पेज पर ले जाता है जो आपके कार्ड या निजी जानकारी ले लेता है.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>डिलीवरी, टोल, जुर्माने या फ़ीस के बारे में आए SMS के लिंक पर टैप न करें. डिलीवरी की जाँच दुकान या कूरियर कंपनी के अपने ऐप या वेबसाइट पर करें, और टोल या जुर्माने की जाँच उस आधिकारिक साइट पर जिसे आपने खुद ढूँढा हो. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. SMS की रिपोर्ट अपने ऑपरेटर को करें, फिर उसे डिलीट करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. बिना भरे टोल के बारे में नकली SMS आम हैं. धोखे वाले SMS 7726 (SPAM) पर फ़ॉरवर्ड करें और धोखे की रिपोर्ट ReportFraud.ftc.gov पर करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. धोखे वाले SMS 7726 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो reportfraud.police.uk पर रिपोर्ट करें, या स्कॉटलैंड में Police Scotland को 101 पर.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. इसकी रिपोर्ट Scamwatch (scamwatch.gov.au) पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक से संपर्क करें; आपकी पहचान का गलत इस्तेमाल होने पर IDCARE (1800 595 160) मदद करता है.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. धोखों की रिपोर्ट Canadian Anti-Fraud Centre को 1-888-495-8501 पर या ऑनलाइन करें; अगर आपने पैसा खोया है, तो अपने बैंक और स्थानीय पुलिस को भी बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. अगर इसके बाद आपके कार्ड का इस्तेमाल आपके बिना होता है, तो उसे ब्लॉक करें और Perceval पर रिपोर्ट करें. धोखे वाले SMS 33700 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ; cybermalveillance.gouv.fr मदद कर सकता है.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. धोखाधड़ी की रिपोर्ट पुलिस को करें: जहाँ उपलब्ध हो वहाँ अपने राज्य की Onlinewache से ऑनलाइन, या किसी भी पुलिस स्टेशन में.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. इसकी रिपोर्ट Polizia Postale को commissariatodips.it पर करें, और अगर आपने पैसा खोया है तो तुरंत अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. अपने ऑपरेटर से शिकायत करें, और हल न हो तो नियामक NTRA से 155 पर. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. धोखे वाले SMS 330330 पर फ़ॉरवर्ड करें (मुफ़्त, सभी ऑपरेटरों के लिए).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. धोखे वाली वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को करें, और धोखाधड़ी की रिपोर्ट पुलिस या gendarmerie स्टेशन में, या अगर यह अभी हो रहा है तो 112 पर.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. मैसेज की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. अपने ऑपरेटर से शिकायत करें और टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 पर संपर्क करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. ऑनलाइन धोखाधड़ी की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को e-Blagh (e-blagh.ma) पर करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक को कॉल करें और Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>पार्सल, टोल या जुर्माने के बारे में आए SMS के लिंक पर टैप न करें; कूरियर कंपनी या विभाग की अपनी वेबसाइट या ऐप पर जाँचें. अगर आपने कार्ड की जानकारी डाल दी है, तो तुरंत अपने बैंक को कॉल करें. SMS धोखों की रिपोर्ट मोबाइल मैसेजिंग उद्योग की संस्था WASPA (waspa.org.za) को करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक की फ़्रॉड लाइन पर कॉल करें.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>जो कॉल्स आपके बैंक या पुलिस से आती लगें, उनका फ़ोन रख दें और खुद वापस कॉल करें</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>धोखेबाज़ आपकी स्क्रीन पर कोई भी नंबर दिखा सकते हैं, आपके बैंक या पुलिस का भी. लीक से मिली जानकारी के साथ वे असली लगते हैं, और आप पर पैसे ट्रांसफ़र करने, कोड बताने या कार्ड की जानकारी देने का दबाव डालते हैं.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>कॉलर ID नकली हो सकती है. आपको कॉल करने वाला कितना भी असली लगे, उसके कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और अपना पिन या कार्ड की जानकारी न दें. फ़ोन रख दें, फिर अपने कार्ड, अपने स्टेटमेंट या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. धोखे वाली कॉल्स की रिपोर्ट ReportFraud.ftc.gov पर करें, और नकली नंबर दिखाकर (spoofed) आई कॉल्स की रिपोर्ट FCC को.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. अपने बैंक से आई कॉल की जाँच के लिए 159 पर कॉल करें; धोखे वाली कॉल की रिपोर्ट के लिए, CALL और वह नंबर 7726 पर SMS करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. इसकी रिपोर्ट Scamwatch (scamwatch.gov.au) पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक से संपर्क करें; आपकी पहचान का गलत इस्तेमाल होने पर IDCARE (1800 595 160) मदद करता है.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. धोखों की रिपोर्ट Canadian Anti-Fraud Centre को 1-888-495-8501 पर या ऑनलाइन करें; अगर आपने पैसा खोया है, तो अपने बैंक और स्थानीय पुलिस को भी बताएँ.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. कॉल की रिपोर्ट 33700 पर करें (33700.fr). अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. अनचाही कॉल्स की रिपोर्ट Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) को करें, और धोखाधड़ी की कोशिशों की रिपोर्ट पुलिस को, अपने राज्य की Onlinewache से या किसी भी स्टेशन में.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. इसकी रिपोर्ट Polizia Postale को commissariatodips.it पर करें, और अगर आपने पैसा खोया है तो तुरंत अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. अपने ऑपरेटर से शिकायत करें, और हल न हो तो नियामक NTRA से 155 पर. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. धोखाधड़ी की रिपोर्ट पुलिस या gendarmerie स्टेशन में करें, या अगर यह अभी हो रहा है तो 112 पर, और धोखे वाली वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. कॉल की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. बड़ी कंपनियों की कॉल्स में अब अक्सर सत्यापित नाम और मुहर (Origem Verificada) दिखती है; तब भी, कॉल पर कभी कोड या पासवर्ड न दें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. अपने ऑपरेटर से शिकायत करें और टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 पर संपर्क करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. धोखाधड़ी की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को e-Blagh (e-blagh.ma) पर करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>कॉलर ID नकली हो सकती है. कॉल करने वाले के कहने पर कभी पैसे ट्रांसफ़र न करें, कोड न बताएँ और कार्ड की जानकारी न दें. फ़ोन रख दें और अपने कार्ड या आधिकारिक वेबसाइट पर दिए नंबर पर खुद कॉल करें. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक को कॉल करें और Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>&apos;आपका खाता ब्लॉक या निलंबित हो जाएगा&apos; जैसे मैसेज पर अमल न करें</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>नकली मैसेज कहते हैं कि आपका बैंक खाता, फ़ोन लाइन या WhatsApp ब्लॉक हो जाएगा, जब तक आप किसी लिंक या कॉल से अपनी जानकारी &quot;वेरिफ़ाई&quot; न करें. जल्दबाज़ी इसलिए कराई जाती है ताकि आप जाँच न करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें. बैंक या कंपनी का अपना ऐप खोलें, या उसका वेब पता खुद टाइप करें, और वहीं जाँचें. असली कंपनियाँ मैसेज से आपका पासवर्ड, पिन या कोड नहीं माँगतीं. मैसेज की रिपोर्ट अपने ऑपरेटर को करें, या WhatsApp में &apos;रिपोर्ट करें&apos; से, फिर उसे डिलीट करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखे वाले SMS 7726 (SPAM) पर फ़ॉरवर्ड करें और धोखे की रिपोर्ट ReportFraud.ftc.gov पर करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखे वाले SMS 7726 (मुफ़्त) पर और धोखे वाले ईमेल report@phishing.gov.uk पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो reportfraud.police.uk पर रिपोर्ट करें, या स्कॉटलैंड में Police Scotland को 101 पर.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. इसकी रिपोर्ट Scamwatch (scamwatch.gov.au) पर करें. अगर आपने पैसा खोया है, तो तुरंत अपने बैंक से संपर्क करें; आपकी पहचान का गलत इस्तेमाल होने पर IDCARE (1800 595 160) मदद करता है.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखों की रिपोर्ट Canadian Anti-Fraud Centre को 1-888-495-8501 पर या ऑनलाइन करें; अगर आपने पैसा खोया है, तो अपने बैंक और स्थानीय पुलिस को भी बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखे वाले SMS 33700 (मुफ़्त) पर फ़ॉरवर्ड करें. अगर आपने पैसा खोया है, तो पुलिस या gendarmerie में शिकायत दर्ज कराएँ; cybermalveillance.gouv.fr मदद कर सकता है.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखाधड़ी की रिपोर्ट पुलिस को करें: जहाँ उपलब्ध हो वहाँ अपने राज्य की Onlinewache से ऑनलाइन, या किसी भी पुलिस स्टेशन में.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. इसकी रिपोर्ट Polizia Postale को commissariatodips.it पर करें, और अगर आपने पैसा खोया है तो तुरंत अपने बैंक को बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. सलाह के लिए INCIBE की मुफ़्त साइबर सुरक्षा हेल्पलाइन 017 पर कॉल करें. अगर आपने पैसा खोया है, तो Policía Nacional या Guardia Civil को रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. अपने ऑपरेटर से शिकायत करें, और हल न हो तो नियामक NTRA से 155 पर. अगर आपने पैसा खोया है, तो अपने बैंक और पुलिस को बताएँ.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखे वाले SMS 330330 पर फ़ॉरवर्ड करें (मुफ़्त, सभी ऑपरेटरों के लिए).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. धोखे वाली वेबसाइटों की रिपोर्ट USOM (usom.gov.tr) को करें, और धोखाधड़ी की रिपोर्ट पुलिस या gendarmerie स्टेशन में, या अगर यह अभी हो रहा है तो 112 पर.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. मैसेज की रिपोर्ट संचार साथी (sancharsaathi.gov.in) पर चक्षु से करें. अगर आपने पैसा खोया है, तो तुरंत 1930 पर कॉल करें या cybercrime.gov.in पर रिपोर्ट करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. अपने ऑपरेटर से शिकायत करें और टिकट नंबर संभालकर रखें; अगर हल न हो, तो Nigerian Communications Commission से 622 पर संपर्क करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. ऑनलाइन धोखाधड़ी की रिपोर्ट राष्ट्रीय पुलिस (DGSN) को e-Blagh (e-blagh.ma) पर करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक को कॉल करें.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. अगर पैसे लिए गए हैं, तो तुरंत अपने बैंक को कॉल करें और Fiscalía या National Police में आपराधिक शिकायत (denuncia) दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>मैसेज में दिए लिंक पर टैप न करें और नंबरों पर कॉल न करें; कंपनी के अपने ऐप या वेबसाइट पर जाँचें. असली कंपनियाँ मैसेज से पासवर्ड, पिन या कोड नहीं माँगतीं. SMS धोखों की रिपोर्ट मोबाइल मैसेजिंग उद्योग की संस्था WASPA (waspa.org.za) को करें; अगर आपने पैसा खोया है, तो तुरंत अपने बैंक की फ़्रॉड लाइन पर कॉल करें.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>अनजान भेजने वालों के SMS का जवाब न दें, STOP लिखकर भी नहीं: जवाब देने से भेजने वाले को पता चल जाता है कि नंबर इस्तेमाल में है. SMS धोखों और स्पैम की रिपोर्ट मोबाइल मैसेजिंग उद्योग की संस्था WASPA (waspa.org.za) को करें. अगर आपने पैसा खोया है या बैंक की जानकारी दे दी है, तो तुरंत अपने बैंक की फ़्रॉड लाइन पर कॉल करें और पुलिस (SAPS) में केस दर्ज कराएँ.</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>अपने IT विभाग को बताएँ कि आपका ऑफ़िस वाला ईमेल पता लीक हुआ है</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>ऑफ़िस या स्कूल का खाता आपका संगठन चलाता है, आप नहीं: उसका IT विभाग साइन-इन जाँच सकता है, पासवर्ड रीसेट कर सकता है और टू-स्टेप वेरिफ़िकेशन चालू कर सकता है, और उसे यह पता होना चाहिए कि यह पता किसी लीक में था.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>अपने IT विभाग या हेल्प डेस्क से सामान्य तरीके से संपर्क करें, लीक के बारे में आए किसी मैसेज का जवाब देकर नहीं. बताएँ कि कौन-सा पता, कौन-सा लीक और क्या लीक हुआ. पूछें कि क्या आपको पासवर्ड बदलना चाहिए या टू-स्टेप वेरिफ़िकेशन चालू करना चाहिए, और वे जो कहें वह करें. अगर आपने वह पासवर्ड कहीं और इस्तेमाल किया है, तो वहाँ भी बदलें. अगर पता आपके अपने डोमेन का है, तो इसके बजाय उसे अपने मेल प्रोवाइडर के पास सुरक्षित करें.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>लीक हुआ पासवर्ड हर उस जगह बदलें जहाँ आप उसे इस्तेमाल करते हैं</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>अपराधी लीक हुई सूचियों के पासवर्ड सबसे पहले आज़माते हैं, अपने-आप, ईमेल, बैंकिंग और शॉपिंग साइटों पर. जो भी खाता यह पासवर्ड इस्तेमाल करता है, वह तब तक खतरे में है जब तक उसका अपना अलग पासवर्ड न हो.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>इसे सबसे पहले अपने ईमेल खाते में बदलें, क्योंकि उससे आपके दूसरे पासवर्ड रीसेट किए जा सकते हैं, फिर अपने बैंक में, फिर उन खातों में जिनसे आप दूसरी जगहों पर साइन इन करते हैं (Google, Apple, Facebook), फिर बाकी हर जगह जहाँ यह या इससे मिलता-जुलता पासवर्ड इस्तेमाल होता है. हर खाते को उसका अपना लंबा पासवर्ड दें: पासवर्ड मैनेजर उन्हें बना सकता है और याद रख सकता है.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>शैक्षणिक रिकॉर्ड</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>खाते का बैलेंस</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>एड्रेस बुक के कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>आयु वर्ग</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>उम्र</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>AI प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>अपॉइंटमेंट</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>डिवाइस पर इंस्टॉल किए गए ऐप</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>राशियाँ</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>ऑडियो रिकॉर्डिंग</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>ऑथेंटिकेशन टोकन</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>अवतार</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>बैंक खाता नंबर</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>सुंदरता की रेटिंग</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>बायोमेट्रिक डेटा</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>परिचय (बायो)</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>ब्राउज़र यूज़र एजेंट की जानकारी</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>ब्राउज़िंग इतिहास</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>खरीदारी की पसंद</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>कार के मालिकाना हक की स्थिति</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>करियर स्तर</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>मोबाइल नेटवर्क के नाम</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>दान</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>चैट लॉग</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>नागरिकता की स्थिति</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>कपड़ों के साइज़</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>कंपनियों के नाम</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>क्रेडिट कार्ड CVV</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>क्रेडिट कार्ड</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>क्रेडिट स्कोर</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>क्रेडिट स्थिति की जानकारी</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>क्रिप्टोकरेंसी वॉलेट पते</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>क्रिप्टोकरेंसी वॉलेट हैश</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>ग्राहकों की राय</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>ग्राहकों से बातचीत</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>ग्राहक सेवा की टिप्पणियाँ</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>ग्राहक सेवा के रिकॉर्ड</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>जन्मतिथियाँ</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>मृत्यु की तारीख</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>मृत होने की स्थिति</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>डिलीवरी के निर्देश</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>डिवाइस की जानकारी</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>डिवाइस के सीरियल नंबर</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>डिवाइस इस्तेमाल की ट्रैकिंग का डेटा</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>दिव्यांगता</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>दिखने वाले नाम</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>शराब पीने की आदतें</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>ड्राइविंग लाइसेंस</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>नशीले पदार्थों की आदतें</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>कमाई</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>खाने की आदतें</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>शिक्षा का स्तर</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>ईमेल पते</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>ईमेल मैसेज</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>नियोक्ता</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>रोज़गार की स्थिति</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>एन्क्रिप्टेड कुंजियाँ</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>जातीयता</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>परिवार के सदस्यों के नाम</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>परिवार की योजनाएँ</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>परिवार का ढाँचा</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>वित्तीय निवेश</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>वित्तीय लेन-देन</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>फ़िटनेस का स्तर</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>की गई उड़ानें</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>फ़ोरम पोस्ट</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>लिंग</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>भौगोलिक जगहें</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>सरकारी पहचान पत्र</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>स्वास्थ्य बीमा की जानकारी</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>पुराने पासवर्ड</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>HIV स्थिति</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>होम लोन की जानकारी</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>घर के मालिकाना हक की स्थिति</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>होमपेज URL</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>IMEI नंबर</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>IMSI नंबर</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>आय का स्तर</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>इंस्टेंट मैसेंजर पहचान</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>IP पते</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>IQ स्तर</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>नौकरी के आवेदन</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>पद</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>भाषा की पसंद</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>अक्षांश और देशांतर</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>गाड़ी की नंबर प्लेट</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>रहने का खर्च</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>लोन की जानकारी</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>लॉगिन इतिहास</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>लॉयल्टी प्रोग्राम की जानकारी</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>MAC पते</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>वैवाहिक स्थिति</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>सैन्य सेवा</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>मेमोनिक फ़्रेज़</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>माँ का शादी से पहले का नाम</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>राष्ट्रीयता</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>कुल संपत्ति</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>उपनाम</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>पेशे</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>बच्चों की परवरिश की योजनाएँ</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>क्रेडिट कार्ड का अधूरा डेटा</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>अधूरी जन्मतिथियाँ</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>सरकारी पहचान पत्र के अधूरे नंबर</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>अधूरे फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>पासपोर्ट नंबर</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>पासवर्ड हिंट</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>पासवर्ड की मज़बूती</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>पेमेंट का इतिहास</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>पेमेंट के तरीके</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>व्यक्तिगत विवरण</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>निजी स्वास्थ्य डेटा</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>निजी रुचियाँ</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>डाक पते</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>शारीरिक विशेषताएँ</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>पिन</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>जन्मस्थान</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>राजनीतिक चंदा</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>राजनीतिक विचार</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>निजी मैसेज</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>पेशेवर कौशल</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>प्रोफ़ाइल फ़ोटो</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>प्रोफ़ाइल के आँकड़े</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>खरीदारी</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>खरीदारी की आदतें</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>नस्ल</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>रिकवरी ईमेल पते</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>रिश्ते की स्थिति</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>धर्म</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>रिवॉर्ड प्रोग्राम का बैलेंस</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>संबोधन (श्री, श्रीमती आदि)</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>स्कूल की कक्षा</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>सुरक्षा सवाल और जवाब</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>यौन रुचियाँ (फ़ेटिश)</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>यौन रुझान</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>शिपमेंट ट्रैकिंग नंबर</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>धूम्रपान की आदतें</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>SMS मैसेज</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>सामाजिक संपर्क</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>सोशल मीडिया प्रोफ़ाइल</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>सोशल सिक्योरिटी नंबर</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>सामाजिक-आर्थिक स्तर</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>बोली जाने वाली भाषाएँ</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>जीवनसाथी के नाम</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>सहायता टिकट</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>सर्वे के नतीजे</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>टैटू की जानकारी</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>टैक्स रिकॉर्ड</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>टेलीकॉम कंपनियाँ</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>यात्रा की आदतें</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>यात्रा की योजनाएँ</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>यूज़र की स्थिति</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>यूज़र की वेबसाइट के URL</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>यूज़रनेम</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>बिजली-पानी जैसे बिल</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>गाड़ी की जानकारी</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>गाड़ी पहचान नंबर (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>गाड़ी की रजिस्ट्रेशन प्लेट</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>VIP स्थिति</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>वारंटी क्लेम</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>वेबसाइट पर गतिविधि</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>काम करने की आदतें</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>जन्म का साल</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>पेशेवर अनुभव के साल</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>login:password लाइनों वाली कॉम्बो सूची</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>alice@example.com:hunter2 या alice99:hunter2 जैसी लाइनें, बिना हेडर के. लॉगिन ईमेल पता, फ़ोन नंबर या यूज़रनेम हो सकता है: हर एक जैसा है वैसा रखा जाता है. पासवर्ड में खुद कोलन और कोट हो सकते हैं: पहले कोलन के बाद का सब कुछ पासवर्ड है. सिर्फ़ यह रखा जाता है कि पासवर्ड मौजूद है या नहीं, पासवर्ड कभी नहीं.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>2021 का Facebook स्क्रैप: हर देश की एक फ़ाइल, फ़ील्ड कोलन से अलग</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: जैसी लाइनें, बिना हेडर के. तारीख और समय वाले कॉलम (प्रोफ़ाइल आखिरी बार कब देखी गई) में खुद कोलन होते हैं; यह अक्सर खाली होता है. फ़ोन नंबरों में देश कोड होता है, पर + नहीं.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>SQL डंप में किसी फ़ोरम की users टेबल (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>किसी फ़ोरम के डेटाबेस का mysqldump या pg_dump: users टेबल पढ़ी जाती है (phpbb_users, vBulletin की user, mybb_users, xf_user, wp_users, किसी भी टेबल प्रीफ़िक्स के साथ), बाकी हर टेबल की पंक्तियाँ गिनी जाती हैं, पढ़ी नहीं जातीं. यूज़रनेम और ईमेल पते पहचान के लिए इस्तेमाल होते हैं; पासवर्ड हैश, जन्मदिन या IP पता मौजूद है या नहीं, यह रखा जाता है, मान कभी नहीं. जो कॉलम किसी फ़ोरम की टेबल में नहीं होते, वे छोड़ दिए जाते हैं.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>URL:, Username: और Password: लाइनों के ब्लॉक वाला stealer log</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>RedLine जैसे stealer log की Passwords.txt: ब्राउज़र में सेव हर लॉगिन का एक रिकॉर्ड, URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 और Application: Chrome जैसी लाइनों में, और हर रिकॉर्ड = चिह्नों की लाइन या खाली लाइन पर खत्म होता है. Host, Login, USER, PASS और SOFT को भी यही कुंजियाँ माना जाता है. लॉगिन ईमेल पता, फ़ोन नंबर या यूज़रनेम हो सकता है: हर एक जैसा है वैसा रखा जाता है. सिर्फ़ यह रखा जाता है कि पासवर्ड मौजूद है या नहीं, पासवर्ड कभी नहीं.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>URL:login:password लाइनों वाला stealer log</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>https://accounts.example.com/login:alice@example.com:hunter2 जैसी लाइनें (या हिस्सों के बीच | के साथ), जैसी पासवर्ड चुराने वाला मैलवेयर ब्राउज़रों से इकट्ठा करता है. साइट का नाम पते से पढ़ा जाता है; पासवर्ड में खुद कोलन हो सकते हैं. लॉगिन ईमेल पता, फ़ोन नंबर या यूज़रनेम हो सकता है: हर एक जैसा है वैसा रखा जाता है. सिर्फ़ यह रखा जाता है कि पासवर्ड मौजूद है या नहीं, पासवर्ड कभी नहीं.</translation>
    </message>
</context>
</TS>
