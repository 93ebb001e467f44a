<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>Dados de %1 contas de %2 vazaram em %3. Incluíam %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>Dados de contas de %1 vazaram em %2. Incluíam %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Acredita-se que os dados tenham sido inventados.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>É uma lista usada para enviar spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>A autenticidade não foi confirmada.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Cadastrado à mão neste cofre.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Fatos: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Fatos: pesquisa do Breach Advisor com base nas fontes acima.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Fatos: de um arquivo de catálogo importado.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::BundleImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s bundle</source>
        <translation>Importar o pacote de um suporte técnico</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1 foi criado em %2. Ele contém o catálogo de vazamentos e %n arquivo de vazamento com %3 registros.</numerusform>
            <numerusform>%1 foi criado em %2. Ele contém o catálogo de vazamentos e %n arquivos de vazamento com %3 registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Ele foi assinado por %1, um suporte técnico em que este cofre confia (chave %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Ele foi assinado por uma chave em que este cofre ainda não confia:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Peça ao seu suporte técnico o arquivo da chave pública dele (.pub) e confira, por telefone ou no papel, se a chave dele é igual. Só então escolha o arquivo abaixo: a partir de agora, este cofre aceitará pacotes assinados por esse suporte técnico.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Ele é mais antigo que o último pacote recebido deste suporte técnico (criado em %1): pode ser uma cópia antiga reenviada. Importar &amp;mesmo assim</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>O arquivo da chave pública do suporte técnico</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>A chave &amp;pública do suporte técnico (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Escolha a chave pública do suporte técnico</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Chaves públicas (*.pub);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>por ex. Suporte técnico da biblioteca municipal</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>Como &amp;chamar o suporte técnico:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>O arquivo da chave de agente</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>A chave de &amp;agente (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Escolha a chave de agente</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Chaves de agente (*.agent);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>O pacote contém impressões digitais criptográficas dos identificadores e quais tipos de dados vazaram, nunca os valores vazados. Ele só é lido se a assinatura for válida em cada byte; caso contrário, nada muda.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Escolha o arquivo da chave de agente que o seu suporte técnico entregou a você.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Escolha o arquivo da chave pública do suporte técnico depois de conferir que a chave dele é igual à mostrada acima.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Verificando a assinatura e importando…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>A chave em %1 (%2) não é a que assinou este pacote. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Vazamento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>O que vazou</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 contas: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 contas</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>número de contas desconhecido</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Catálogo de vazamentos</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>uma empresa ou site, por ex. LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Pesquisar:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>O que &amp;vazou:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Ano:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rviço:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Vazamentos</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Sobre o vazamento</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>&amp;Disseram que estou neste vazamento…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Qualquer dado</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Qualquer ano</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Qualquer serviço</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>%1 de %2 vazamentos exibidos. Fatos do Have I Been Pwned (CC BY 4.0), salvo indicação contrária no vazamento.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Alterar a frase secreta</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>A nova frase secreta abre o cofre a partir de agora; sua chave de recuperação continua funcionando. Se você acha que alguém conhece sua frase secreta e pode ter uma cópia do cofre, uma nova frase secreta sozinha não protege essa cópia.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Digite de novo:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Digite a nova frase secreta de novo</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Alterar</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Vazamento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>O que é seu</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Contas nele</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>pode incluir: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconhecido</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 e mais %n</numerusform>
            <numerusform>%1 e mais %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; sites dos logins vazados: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Não usada</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Números de telefone (pesquisados)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Endereços de e-mail (pesquisados)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Nomes de usuário (pesquisados)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (só se está preenchido)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contém</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Coluna %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Endereços web (o site de cada login)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Nenhum país (números começam com +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Boas-vindas ao Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Descubra se seus dados vazaram, o que vazou e o que fazer</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>O Breach Advisor procura números de telefone, endereços de e-mail e nomes de usuário em vazamentos conhecidos e nos arquivos de vazamento que você importar, e monta um plano de passos simples, para você ou para alguém que você ajuda.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Nada do que você digita aqui sai deste computador: não há conta nem conexão com a internet. Tudo fica guardado em um cofre criptografado que só a sua frase secreta abre.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Lembrar neste computador (sem precisar da frase secreta para abrir aqui)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Criando seu cofre. Isso leva um momento.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Escolha uma frase secreta</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>A frase secreta abre o seu cofre. Quatro ou mais palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar. Você pode colá-la de um gerenciador de senhas.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nova frase secreta:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase secreta</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Digite de novo:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Digite a frase secreta de novo</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>Lembrar usa o chaveiro deste computador: qualquer pessoa que possa usar a sua conta neste computador também poderá abrir o cofre. Deixe desativado em um computador compartilhado.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Se você esquecer a frase secreta, só a chave de recuperação da próxima página pode abrir o cofre.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Criando o cofre</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>&amp;Imprimi ou anotei minha chave de recuperação e a guardei em um lugar seguro</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Se um dia você esquecer a frase secreta, esta chave é a única forma de voltar ao seu cofre. Ela só aparece agora. Imprima ou anote a chave e guarde-a longe deste computador.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Seu cofre está pronto</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Agora, adicione você ou a pessoa que você está ajudando: os números de telefone, os endereços de e-mail e os serviços que ela usa. O Breach Advisor então mostra o que vazou e o que fazer, passo a passo.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Configurar o Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Começar</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>O que a coluna contém</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Escolher um arquivo de vazamento…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>A primeira linha contém os &amp;nomes das colunas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar a importação</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Remover esta importação…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Importar um arquivo de vazamento</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Os arquivos de vazamento (CSV, TSV ou JSON Lines, também compactados com gzip) são lidos neste computador. Só ficam guardadas impressões digitais criptográficas (com chave) dos números de telefone, endereços de e-mail e nomes de usuário, e quais tipos de dados cada registro tinha — nunca os valores vazados.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>O arquivo é lido conforme definido abaixo. A maioria dos arquivos não precisa de nenhuma mudança aqui.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Nenhum: descobrir pelo arquivo</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>Um formato de vazamento &amp;conhecido:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Detectado no arquivo (vírgula, ponto e vírgula, tabulação, barra vertical ou dois-pontos)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Ponto e vírgula ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Dois-pontos :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Vírgula ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Os campos são &amp;separados por:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Detectado no arquivo (UTF-8, senão Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa Ocidental)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Europa Ocidental)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>O &amp;texto está codificado em:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>As primeiras linhas:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>As primeiras linhas do arquivo</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>O que cada coluna contém (altere onde a sugestão estiver errada):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>O que cada coluna contém</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>O vazamento ao qual o arquivo pertence</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Novo vazamento…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>O &amp;vazamento de origem:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Com o código do país (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Como se disca dentro de um país (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>Os números de &amp;telefone estão escritos:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>O &amp;país deles:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Enquanto isso, você pode usar o resto do app. Cancelar não muda nada.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>O que não foi importado, com exemplos</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importar &amp;outro arquivo</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Importados até agora</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Arquivos de vazamento importados</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Escolha o vazamento…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Escolha um arquivo de vazamento</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Arquivo: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>Nenhuma coluna foi reconhecida como números de telefone, endereços de e-mail ou nomes de usuário: indique qual coluna os contém.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Um vazamento que o catálogo não tem</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Empresa ou &amp;serviço:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Quando aconteceu:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>&amp;Contas nele (se souber):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>O que vazou é tirado das colunas que você indicar.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Indique qual coluna contém números de telefone, endereços de e-mail ou nomes de usuário.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Escolha o vazamento de onde o arquivo vem ou crie um novo.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Números escritos como se discam dentro de um país precisam desse país.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Começando…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>A importação foi cancelada. Nada foi alterado.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 linhas lidas, %2 linhas por segundo</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importando: %1%</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Gravando o índice criptografado: %1%</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Importando: gravando o índice</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Escolha na lista a importação que deseja remover.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>Remover esta importação?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Os registros de %1 (%2) serão removidos do índice. Os resultados das pessoas mudam de acordo. O arquivo em si não é alterado.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Removendo: %1%</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Removido. Devolvendo o espaço ao disco…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Removido. O cofre ficou %1 menor.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Pular todas as linhas que não se encaixam</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Arquivos de vazamento e compactados (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Arquivo compactado: %1. As colunas dele são as de %2; cada arquivo de vazamento dentro dele é importado com esta correspondência, um por um.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>Não lido do arquivo compactado: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Importar o &amp;pacote de um suporte técnico…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>Ou, se um suporte técnico preparou o catálogo e os arquivos de vazamento para você: o pacote assinado dele, com a chave de agente que ele entregou a você.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Escolha o pacote de um suporte técnico</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Pacotes (*.bundle);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>O pacote assinado por %1 (criado em %2) foi importado.</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Ele era mais antigo que o último pacote recebido deste suporte técnico.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Vazamentos: %1 novos, %2 atualizados.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Arquivos de vazamento: %1 adicionados com %2 registros; %3 já estavam aqui.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>cerca de %n segundo restante</numerusform>
            <numerusform>cerca de %n segundos restantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>cerca de %n minuto restante</numerusform>
            <numerusform>cerca de %n minutos restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Vazamento</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Space used</source>
        <translation>Espaço usado</translation>
    </message>
    <message>
        <source>%1 from %2: %3 records</source>
        <translation>%1 de %2: %3 registros</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::InlineMessage</name>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Pronto:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Atenção:</translation>
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
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L): nothing personal stays on screen</source>
        <translation>Bloquear o cofre agora (Ctrl+L): nada pessoal fica na tela</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Seções</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Verificação rápida</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Importar um vazamento</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Catálogo de vazamentos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuração</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>%1 - Breach Advisor</source>
        <translation>%1 - Breach Advisor</translation>
    </message>
    <message>
        <source>This is the demo vault: its passphrase is &quot;demo&quot;.</source>
        <translation>Este é o cofre de demonstração: a frase secreta dele é &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Verificar uma senha</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PassphraseEdit</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the passphrase</source>
        <translation>Mostrar a frase secreta</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Mostrar ou ocultar o que você digitou</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar a frase secreta</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>O Caps Lock parece estar ativado: as letras saem em maiúsculas.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Força da frase secreta</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>Não é igual à frase secreta acima.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Importar a &amp;lista…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Importar uma &amp;pasta de arquivos de prefixo…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar a importação</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Onde a pessoa usa esta senha</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>&amp;Verificar a senha</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>&amp;Abrir o plano da pessoa</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Verificar uma senha</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>Uma senha está na lista de senhas conhecidas de vazamentos? Criminosos testam essas primeiro. A verificação é feita só neste computador: a senha não é salva nem enviada para lugar nenhum, e o campo é esvaziado depois de cada verificação.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>A lista de senhas vazadas</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progresso da importação</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;De quem é a senha:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Senha a verificar</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Ninguém em especial (nada fica guardado)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>A lista de senhas vazadas neste computador não pode ser usada (veja abaixo): importe-a de novo.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 senhas vazadas (%2), importadas em %3 a partir de %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Importar uma &amp;lista mais recente…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Digite a senha a verificar.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Importe primeiro a lista de senhas vazadas: sem ela não há com o que comparar.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Registrado nos dados de %1: uma senha dessa pessoa é conhecida de vazamentos (nada da senha em si fica guardado). Agora o plano dela começa pela troca dessa senha.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Escolha a lista de senhas vazadas</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Escolha a pasta de arquivos de prefixo</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Começando…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Importando a lista de senhas vazadas…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Lendo a lista: %1%</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Importando a lista de senhas vazadas: %1%</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>A importação foi cancelada. A lista continua como estava.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Ainda não há uma lista de senhas vazadas neste computador. Baixe uma vez a lista &quot;Pwned Passwords&quot; do Have I Been Pwned, em qualquer computador com acesso à internet (haveibeenpwned.com/Passwords explica como), e importe aqui o arquivo, ou a pasta de arquivos. A lista é de dados públicos: nada do que você verificar é enviado para lugar nenhum.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Nenhum passo por enquanto</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n passo concluído</numerusform>
            <numerusform>%1 de %n passos concluídos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>&amp;Disseram que estou em um vazamento…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pessoas</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Ainda não há ninguém aqui. Adicione você ou a pessoa que você está ajudando.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Escolha uma pessoa para ver o que vazou e o que fazer.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Os dados de %1 foram salvos.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Excluir %1?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, os dados e o progresso dessa pessoa serão excluídos deste cofre. Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Excluir %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Os dados de %1 foram excluídos.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Primeiro adicione a pessoa que recebeu o aviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Adicionar uma pessoa</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>um nome ou apelido</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Adicionar outro número de &amp;telefone</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Endereços de e-mail</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Adicionar outro &amp;e-mail</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomes de usuário</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Adicionar outro nome de &amp;usuário</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Serviços que a pessoa usa</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Celular e computador da pessoa</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Um celular &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Um &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Um co&amp;mputador</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>O que você digita fica no cofre criptografado deste computador.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Número de telefone %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>O mesmo do app</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>Idioma de &amp;leitura:</translation>
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
        <translation>Contas nele: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>O que vazou:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Seus dados nele:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>O aviso dizia que isto vazou:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>O que vazou ali (os seus dados podem estar no meio):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>O que é:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Chance de conter seus dados:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>De onde vem esta informação:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>&amp;Recebi um aviso de vazamento</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir folha de orientações…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Salvar folha de orientações em P&amp;DF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>O que foi &amp;verificado:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>O que foi verificado</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Vazamentos:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Vazamentos</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Sobre o vazamento</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>O que vazou</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de telefone</numerusform>
            <numerusform>%n números de telefone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n endereço de e-mail</numerusform>
            <numerusform>%n endereços de e-mail</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nome de usuário</numerusform>
            <numerusform>%n nomes de usuário</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>Nada desta verificação é salvo. Limpe tudo quando terminar.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Você recebeu aviso de %n vazamento.</numerusform>
            <numerusform>Você recebeu aviso de %n vazamentos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n vazamento em um serviço que você usa pode incluir seus dados: ele aparece à parte.</numerusform>
            <numerusform>%n vazamentos em serviços que você usa podem incluir seus dados: eles aparecem à parte.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: não verificado. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: encontrado em %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: não está nos arquivos de vazamento importados</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nenhum vazamento para mostrar. Só foram consultados os arquivos de vazamento importados neste cofre e os vazamentos dos serviços que você disse usar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir a folha de orientações</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Plano do Breach Advisor para %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Plano do Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Salvar a folha de orientações</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Página da web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Salvo em %1. Contém dados pessoais: guarde em lugar seguro.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Definir o &amp;país da pessoa…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Deixados de fora porque o país não é conhecido: %1. Defina o país da pessoa para incluí-los.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: não pesquisado, nenhum arquivo de vazamento foi importado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Escolha um vazamento para ver quais dados seus ele continha.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>Não foi possível salvar %1: %2. Nada foi salvo.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Verificar uma &amp;senha da pessoa…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Este número não pode estar certo: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>comece com + e o código do país</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>por exemplo %1 ou %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>De que país é este número? Escolha o país ou comece com + e o código do país.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Deixado para depois</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 concluídos</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (comece aqui)</translation>
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
        <translation>%1. %2, cerca de %3 minutos%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, comece aqui</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 de %3 concluídos</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Lista de passos</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Um passo de cada &amp;vez</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Passos do plano</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Nenhum passo por enquanto.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n passo concluído</numerusform>
            <numerusform>%1 de %n passos concluídos</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Passo %1 de %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Outra tarefa está em andamento (uma importação?): isto será salvo assim que ela terminar.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Desfeito: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; marcado como concluído</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; deixado para depois</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; marcado como não se aplica a você</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; de volta à lista de tarefas</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Progresso do plano</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Esquecer tudo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Verificação rápida</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Verifique números de telefone, endereços de e-mail ou nomes de usuário sem salvá-los. Nada fica guardado: o que você digita e o que for encontrado são esquecidos quando você sai desta página ou bloqueia o app.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Números sem código do país são &amp;de:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Um por linha, por ex.
0100 123 4567
nome@exemplo.com
nomedeusuario</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;O que verificar:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Digite pelo menos um número de telefone, endereço de e-mail ou nome de usuário.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Outra tarefa está em andamento (uma importação?): a verificação começa assim que ela terminar.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Serviços que a pessoa usa</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Marque os serviços que a pessoa usa e verifique de novo.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Deixados de fora porque o país não é conhecido: %1. Escolha o país acima e verifique de novo para incluí-los.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Verificar uma &amp;senha…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Sua nova chave de recuperação</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>&amp;Imprimi ou anotei a chave</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Esta é a sua nova chave de recuperação. Ela só aparece agora: imprima ou anote a chave e guarde-a longe deste computador. Quando você marcar a caixa abaixo e fechar esta janela, ela substitui a antiga, que deixa de funcionar.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyWidget</name>
    <message>
        <source>P&amp;rint</source>
        <translation>Imp&amp;rimir</translation>
    </message>
    <message>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Salvar em um arquivo…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Chave de recuperação: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Chave de recuperação do Breach Advisor

%1

Guarde este papel em lugar seguro e longe do computador: com ele, qualquer pessoa pode abrir o cofre.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Salvar a chave de recuperação</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Arquivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Salvo em %1. Tire o arquivo deste computador (um pen drive, ou imprima) e apague-o daqui.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>Não foi possível salvar %1: %2. Nada foi salvo: escolha outro lugar ou imprima a chave.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>&amp;Não está na lista: descreva o vazamento</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Disseram que estou em um vazamento</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>Uma empresa ou uma notícia disse que seus dados estavam em um vazamento? Escolha o vazamento aqui e marque o que o aviso disse que vazou. Você recebe um plano para ele, que fica guardado com esta pessoa.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Quem recebeu o aviso:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>o nome da empresa, por ex. Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Encontrar o vazamento:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Vazamentos</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>por ex. Clube esportivo do bairro</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Empresa ou &amp;serviço:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Quando aconteceu (ou a data do aviso):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>O que o aviso disse que vazou</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Criar meu &amp;plano</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Primeiro adicione a pessoa, depois informe o aviso ao app.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Indique de qual empresa ou serviço era o aviso.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Cadastrado a partir de um aviso de vazamento.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Escolha o vazamento na lista ou descreva-o se ele não estiver lá.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Marque pelo menos um tipo de dado citado no aviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Leitura</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamanho do texto:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Mantendo o cofre seguro</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>&amp;Lock when not used for:</source>
        <translation>&amp;Bloquear quando sem uso por:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Alterar a frase secreta…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>Criar uma nova &amp;chave de recuperação…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Alguém pode saber minha frase secreta: criar &amp;todas as chaves de novo…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Uma nova frase secreta sozinha não protege uma cópia do cofre que alguém já possa ter. Isto criptografa tudo de novo com uma nova chave, com uma nova frase secreta e uma nova chave de recuperação.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Ajudando outras pessoas</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>opcional: aparece nas folhas de orientações impressas</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Seu &amp;nome:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Este cofre</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Pasta: %1
%2 vazamentos no catálogo (fatos mais recentes: %3)
Criptografia: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Este computador agora lembra o cofre.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Este computador não lembra mais o cofre.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Alterando a frase secreta…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>A frase secreta foi alterada. Sua chave de recuperação continua funcionando. Observação: uma cópia do cofre feita antes da alteração ainda abre com a frase secreta antiga.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>Criar uma nova chave de recuperação?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>A chave de recuperação que você imprimiu antes deixa de funcionar. Você verá a nova uma única vez, para imprimir ou anotar.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Criar uma &amp;nova chave</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Criar todas as chaves de novo</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Criptografando o cofre de novo com novas chaves. Isso leva um momento.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>O cofre tem novas chaves. A frase secreta antiga e a chave de recuperação antiga não abrem mais nada, nem mesmo uma cópia antiga do arquivo de chaves.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>O mesmo do computador</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;ores:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Lembrar este cofre neste computador</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Assim ele abre aqui sem a frase secreta. Qualquer pessoa que possa usar a sua conta neste computador também poderá abrir o cofre: deixe desativado em um computador compartilhado.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>A nova chave de recuperação não foi guardada, então nada mudou: a antiga continua funcionando.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>A nova chave de recuperação está valendo. A antiga não funciona mais.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>A nova chave de recuperação não foi guardada, então as chaves do cofre não foram trocadas: a frase secreta e a chave de recuperação antigas continuam funcionando.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>&amp;Já fiz isto</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Vou fazer &amp;depois</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Isto não se &amp;aplica a mim</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Voltar para a minha lista de tarefas</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Instruções para</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>O que fazer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Observação:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>opcional, por ex. &quot;PIN guardado no cofre da família&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Passo &amp;anterior</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>&amp;Próximo passo →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Passo anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>Nada a fazer agora.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Escolha um passo para ver o que fazer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · cerca de %n minuto</numerusform>
            <numerusform>%1 · cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Você já tinha feito isto, mas houve um novo vazamento depois (%1). Faça de novo, por favor.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · marcado em %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos os dispositivos</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>De onde vem esta informação: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(verificado em %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Esta observação foi escrita antes de o passo ser reaberto.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Desfazer: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Situação deste passo</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::UnlockPage</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Opening your vault. This takes a moment.</source>
        <translation>Abrindo seu cofre. Isso leva um momento.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>Esqueci minha frase secreta: usar minha &amp;chave de recuperação</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>Abrir com a &amp;chave de recuperação</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Abrir com o &amp;chaveiro deste computador</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logotipo do Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Desbloquear o Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase secreta:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase secreta</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Abrindo o cofre</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Chave de recuperação:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Seu cofre está em %1. Tudo o que há nele fica neste computador.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Essa frase secreta não abre este cofre. Verifique o Caps Lock e tente de novo.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primeiro digite sua frase secreta.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Um vazamento precisa de um nome e de um título.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>A data do vazamento não é uma data válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Indique que tipos de dados vazaram (por exemplo &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>O catálogo já tem um vazamento chamado &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 está ausente ou não é texto</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 não é texto</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 não é verdadeiro nem falso</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 não é um número inteiro igual ou maior que zero</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; não é uma data (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; não é uma data e hora (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 está ausente ou não é uma lista</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 contém um item que não é texto</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: não foi possível ler o arquivo: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON inválido: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: não é um catálogo de vazamentos: era esperada uma lista de vazamentos como o Have I Been Pwned publica</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: vazamento nº %3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>não é um objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>o nome &quot;%1&quot; aparece duas vezes</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 não é %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>um arquivo de chave secreta de suporte técnico (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>um arquivo de chave pública (o PREFIX.pub do bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>um arquivo de chave de agente (o PREFIX.agent do bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>um arquivo de assinatura (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 foi criado por uma versão mais nova do Breach Advisor (formato %2; esta versão lê o %3). Atualize o app para lê-lo.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>A frase secreta de %1 não está correta, ou o arquivo foi alterado.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>um pacote de um suporte técnico (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 não corresponde à sua assinatura: foi alterado ou cortado depois de assinado. Nada foi importado; peça o pacote de novo ao suporte técnico.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 foi feito para outra chave de agente: peça ao suporte técnico que o assinou a chave dos pacotes dele (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 foi assinado por uma chave em que este cofre confia, mas o conteúdo dele não pode ser usado. Nada foi importado; avise o suporte técnico que o criou.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 foi assinado por uma chave em que este cofre não confia (%2). Nada foi importado. Se essa for a chave do seu suporte técnico, confie nela primeiro: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 foi criado em %2, antes do último pacote recebido de %3 (criado em %4): pode ser uma cópia antiga reenviada. Nada foi importado.</translation>
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
        <translation>%1 milhões</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>cerca do mesmo número de usuários que %1 tinha na época</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>cerca do mesmo número de usuários que %1 tinha no país %2 na época</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>mais da metade dos usuários que %1 tinha na época</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>mais da metade dos usuários que %1 tinha no país %2 na época</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>cerca de um em cada %2 usuários de %1 na época</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>cerca de um em cada %2 usuários de %1 no país %3 na época</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>cerca de %1 dos registros vieram do país %2, segundo o que foi divulgado</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; no mundo todo, tinha %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>o número de contas era %1, %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>não se sabe que parte dos usuários de %1 na época ele continha</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>Um dado seu foi exposto no vazamento %2: %1.</numerusform>
            <numerusform>%n dados seus foram expostos no vazamento %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Um aviso informou que um dado seu foi exposto no vazamento %2: %1.</numerusform>
            <numerusform>Um aviso informou que %n dados seus foram expostos no vazamento %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Um dado seu provavelmente foi exposto no vazamento %2: %1.</numerusform>
            <numerusform>%n dados seus provavelmente foram expostos no vazamento %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>É pouco provável, mas possível, que um dado seu tenha sido exposto no vazamento %2: %1.</numerusform>
            <numerusform>É pouco provável, mas possível, que %n dados seus tenham sido expostos no vazamento %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Um dado seu pode ter sido exposto no vazamento %2: %1.</numerusform>
            <numerusform>%n dados seus podem ter sido expostos no vazamento %2: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Vazamento %2: %3. Um dado seu pode ter sido exposto: %1.</numerusform>
            <numerusform>Vazamento %2: %3. %n dados seus podem ter sido expostos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Uma dica geral, que não vem de nenhum vazamento específico.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Se você usava %1, um dado seu pode ter sido exposto: %2; %3.</numerusform>
            <numerusform>Se você usava %1, %n dados seus podem ter sido expostos: %2; %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Se você tinha uma conta lá, troque a senha e encerre as outras sessões dela.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>cerca de %1 dos registros vieram do país %2, segundo o vendedor; ninguém confirmou isso</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>só cerca de %2 dos registros tinham um valor para “%1”</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Se você usa %1: %2. Informe que usa esse serviço para receber estes passos completos.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>O mesmo vale para %n outro vazamento.</numerusform>
            <numerusform>O mesmo vale para %n outros vazamentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Celular Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computador</translation>
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
                          adiciona ou atualiza vazamentos a partir do JSON do Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          um vazamento que o catálogo ainda não tem
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
        <translation>  FILE            o JSON /api/v3/breaches do Have I Been Pwned; um arquivo com qualquer
                  vazamento inválido é recusado por inteiro (código de saída 4), com o
                  número da linha
  --name N        a chave do vazamento (letras e dígitos, como o Name do HIBP)
  --classes LIST  o que vazou: nomes dos tipos de dados do HIBP separados por ;
  --count N       quantas contas ele tinha
  --flags LIST    que tipo de vazamento é, separados por ;: stealer_log (senhas roubadas
                  por malware em um dispositivo), malware, sensitive, spam_list, fabricated
NAME é o Name de um vazamento como catalog list o mostra.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Uso: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>%1 vazamentos lidos de %2: %3 novos, %4 atualizados, %5 sem alteração.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Tipos de dados que esta versão ainda não conhece (guardados e mostrados como estão): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count é um número inteiro igual ou maior que zero.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; não é um valor válido. Use stealer_log, malware, sensitive, spam_list ou fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Uso: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; não é uma data (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>&quot;%1&quot; adicionado ao catálogo.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 vazamentos. Fatos do Have I Been Pwned (CC BY 4.0), salvo indicação contrária.

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
        <translation>Contas</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>O que vazou</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Uso: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>O catálogo não tem nenhum vazamento chamado &quot;%1&quot;. Veja os nomes com catalog list.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Data do vazamento: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Contas: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Do arquivo de catálogo importado: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>O que vazou:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (um tipo de dado que esta versão ainda não conhece)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>De onde vem esta informação: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Use catalog import, catalog add, catalog list ou catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n argumento não verificado: escreva --phone, --email ou --username antes de cada identificador.</numerusform>
            <numerusform>breach-advisor-cli: %n argumentos não verificados: escreva --phone, --email ou --username antes de cada identificador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Uso: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: não verificado. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  não encontrado</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  em %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: erro inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Comando desconhecido &quot;%1&quot;. Veja breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 não funciona dentro do shell: saia dele primeiro (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: o cofre do shell já está aberto.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Uso: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Descobre quais vazamentos contêm seus dados e o que fazer, somente neste computador.

Comandos:
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
Opções:
  --vault DIR             a pasta do cofre (padrão: %1)
  --passphrase-file FILE  lê a frase secreta da primeira linha de FILE;
                          senão $BREACH_ADVISOR_PASSPHRASE, senão pergunta
  --keychain              desbloqueia com a chave que o chaveiro deste computador
                          lembra; na primeira vez, pede a frase secreta e depois
                          a chave fica lembrada
  --json                  saída legível por máquina
  --mask                  identificadores mostrados só o bastante para reconhecê-los
  --yes                   faz sem perguntar (comandos de remoção)
  -h, --help              esta ajuda; COMMAND --help: a ajuda desse comando
  --version               a versão

Vários comandos com um só desbloqueio: breach-advisor-cli shell (comandos lidos do
terminal ou de um script, um por linha).

Código de saída: 0 sucesso, 1 falha, 2 erro de uso, 3 frase secreta errada ou cofre
em uso, 4 arquivo de entrada recusado, 130 interrompido com Ctrl-C (nada mudou).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fonte: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (verificado em %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Observação, de quando foi feito antes: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Observação: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>conselho geral</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>encontrado em um vazamento</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>um aviso que você recebeu</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possível</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] feito, [-] pulado, [/] não se aplica</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - reaberto: houve um novo vazamento em %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - pulado</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - não se aplica</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Pequenos vazamentos em serviços que você usa</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Salve a pessoa (person add) e execute plan --person NAME para ver os passos completos.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>Não há cofre em %1. Crie um com: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: o chaveiro não pode ser usado (%1); usando a frase secreta.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>O chaveiro deste computador agora lembra a chave do cofre: --keychain não precisa mais da frase secreta (keychain forget desfaz isso).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: o chaveiro não guardou a chave (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength é interactive, moderate ou sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; não é um código de país de duas letras conhecido.</translation>
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
        <translation>sim</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - lê a própria entrada do shell: indique um arquivo.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: mais de 16 MiB de identificadores.</translation>
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
                          a folha de orientações da pessoa para imprimir, com os
                          identificadores mascarados, como o app a imprime
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Uso: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; precisa terminar em .pdf ou .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>As folhas de orientações em PDF precisam da biblioteca gráfica, que não foi iniciada.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Folha de orientações de %1 (%Ln passo) gravada em %2. Contém dados pessoais: guarde-a em lugar seguro.</numerusform>
            <numerusform>Folha de orientações de %1 (%Ln passos) gravada em %2. Contém dados pessoais: guarde-a em lugar seguro.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: escreva no formato &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Uso: import FILE --breach NAME [--phone COLUMN]... (veja import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset define o formato do arquivo: não use --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter é um único caractere ASCII, como ; ou :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding é utf-8, windows-1252, latin1 ou auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format é international, national ou auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national precisa de --region CC, o país dos números.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb é um número inteiro igual ou maior que 16.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>Não existe o formato predefinido &quot;%1&quot;: import --list-presets lista todos.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    vazamento: %1; colunas: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Importando %1 em &quot;%2&quot;. Colunas:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 linhas, %2 linhas/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, faltam cerca de %1 s</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>gravando o índice</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    registros e bytes em disco, por vazamento
  index remove IMPORT_ID [--yes]
                          desfaz uma importação e libera o espaço dela
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  como index stats o lista
  --yes      remove sem perguntar (scripts nunca recebem perguntas)
A remoção reescreve o arquivo do cofre sem a importação, para liberar o espaço em
disco: por um tempo, isso exige mais ou menos tanto espaço livre quanto o tamanho do cofre.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Nenhum arquivo de vazamento importado ainda. Adicione um com: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 registros em %2 importações, %3 bytes (%4 bytes por registro).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  importação %1: %2 de %3, %4 registros, %5 bytes</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Uso: index remove IMPORT_ID (veja index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>Não existe a importação %1 (veja index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>Remover a importação %1 (%2 de %3, %4 registros)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>Nada foi removido.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Importação %1 removida; o arquivo do cofre ficou %2 bytes menor.</translation>
    </message>
    <message>
        <source>Use index stats or index remove IMPORT_ID.</source>
        <translation>Use index stats ou index remove IMPORT_ID.</translation>
    </message>
    <message>
        <source>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          create a vault and print its recovery key
</source>
        <translation>  init [--kdf-strength interactive|moderate|sensitive] [--json]
                          cria um cofre e mostra a chave de recuperação dele
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Cria um cofre em --vault DIR (uma pasta vazia ou nova) com o catálogo de vazamentos
incluído. A frase secreta vem de --passphrase-file, de $BREACH_ADVISOR_PASSPHRASE ou
é pedida no terminal.
  --kdf-strength S  quão lento é testar cada frase secreta: interactive, moderate
                    (padrão) ou sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Cofre criado em %1 com %2 vazamentos conhecidos.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Sua chave de recuperação (anote ou imprima e guarde em um lugar seguro):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Se você esquecer a frase secreta, esta chave é a única forma de voltar ao cofre.
Ela só aparece agora.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 Não foi possível mostrar a chave de recuperação, por isso nenhum cofre foi criado.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         o chaveiro deste computador deixa de lembrar a chave do cofre
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (com qualquer comando que abre o cofre) desbloqueia com a chave que o
chaveiro lembra; na primeira vez, pede a frase secreta e depois lembra a chave.
keychain forget a remove; a frase secreta funciona como antes.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Uso: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Não há cofre em %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>O chaveiro não esqueceu a chave: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>O chaveiro deste computador não lembra mais a chave do cofre.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          a forma que é convertida em hash e comparada (sem cofre)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     um número de telefone em qualquer formato; repita para vários
  --region CC      o país dos números escritos sem código do país
  --language LL    o idioma em que se diz de onde é o número (padrão: o do sistema)
  --email TEXT, --username TEXT
Código de saída 1 quando algum deles não é válido.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Uso: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: não é válido. %2</translation>
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
        <translation>Uso: %1 (veja person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>Dados de %1 salvos. Veja o plano da pessoa com: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Ninguém salvo ainda. Adicione alguém com: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %2 de %3 passos concluídos</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  país: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - em %1</translation>
    </message>
    <message>
        <source>  uses: %1</source>
        <translation>  usa: %1</translation>
    </message>
    <message>
        <source>  platforms: %1</source>
        <translation>  plataformas: %1</translation>
    </message>
    <message>
        <source>  told they are in %1: %2</source>
        <translation>  avisado de que está em %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  plano: %1 de %2 passos concluídos (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Já existe alguém salvo com o nome &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Alterações em %1 salvas; o progresso da pessoa continua.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>Remover %1, os identificadores e o progresso dessa pessoa do cofre?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Dados de %1 removidos.</translation>
    </message>
    <message>
        <source>Use person add, list, show, edit or remove.</source>
        <translation>Use person add, list, show, edit ou remove.</translation>
    </message>
    <message>
        <source>  plan --person NAME [--mask] [--json]
                          the person&apos;s plan, with their progress
</source>
        <translation>  plan --person NAME [--mask] [--json]
                          o plano da pessoa, com o progresso dela
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Uso: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Os dados de %1 não foram encontrados nos vazamentos importados neste cofre, e nenhum serviço que a pessoa usa está nos vazamentos do catálogo. Verifique de novo depois de importar mais vazamentos.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plano para %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Uso: shell (os comandos chegam pela entrada dele)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>O cofre está aberto. Digite comandos como na linha de comando (help lista todos); exit para sair.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          registra o progresso em um passo do plano da pessoa
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  feito, deixado para depois, ou não se aplica à pessoa
  reopen          de volta para a lista de tarefas
  STEP_ID         como o plano o lista, por ex. whatsapp-two-step-pin; um passo que não
                  está no plano da pessoa é recusado
  --person NAME   de quem é o plano
  --note TEXT     guardado com o passo (sem isso, uma observação anterior continua)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Uso: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 voltou para a lista de tarefas de %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>%1 marcado como %2 para %3.</translation>
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
        <translation>  vault info [--json]     o que o cofre contém
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          define uma nova frase secreta com a chave de recuperação impressa
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          nova chave, nova frase secreta e nova chave de recuperação,
                          para uma frase secreta que foi descoberta
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
        <translation>  --new-passphrase-file FILE  a nova frase secreta (senão, pedida duas vezes no terminal)
  --recovery-key-file FILE    a chave de recuperação impressa quando o cofre foi criado
  --kdf-strength S            interactive, moderate ou sensitive; o cofre mantém a
                              própria força, a menos que esta opção seja dada
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase reembala a chave do cofre: é rápido e a chave de recuperação continua
funcionando, mas o banco de dados não é criptografado de novo, então uma cópia antiga de
vault.header ainda abre o cofre com a frase secreta antiga. rekey criptografa o banco de
dados de novo com uma nova chave e mostra uma nova chave de recuperação: a frase secreta
antiga, a chave de recuperação antiga e cópias antigas de vault.header deixam de abri-lo.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>As duas frases secretas são diferentes. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Sua nova chave de recuperação (anote ou imprima e guarde em um lugar seguro;
a antiga deixa de funcionar agora):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 Não foi possível mostrar a nova chave de recuperação, por isso as chaves do cofre não foram trocadas.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>O cofre foi criptografado de novo com uma nova chave. A frase secreta antiga, a
chave de recuperação antiga e cópias antigas de vault.header não o abrem mais; um
computador que lembrava o cofre precisa da nova frase secreta uma vez.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Cofre %1
  %2 vazamentos no catálogo (catálogo incluído de %3)
  versão do esquema %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  uma troca de chaves foi iniciada e não terminou: a nova frase secreta a conclui,
  ou execute vault rekey de novo
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover precisa de --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>A frase secreta foi alterada. Sua chave de recuperação continua funcionando.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Use vault info, vault change-passphrase, vault recover ou vault rekey.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; não é um idioma oferecido pelo Breach Advisor. Oferecidos: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    de quem é o plano
  --out FILE       .pdf (A4, ou Carta nos EUA e no Canadá) ou .html; só você pode
                   ler. Contém dados pessoais: guarde-o em lugar seguro
  --language LL    o idioma (padrão: o idioma da pessoa, senão o do terminal)
  --helper NAME    quem ajudou, impresso na folha (o nome de um suporte técnico)</translation>
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
        <translation>  NAME            como chamar a pessoa (um apelido serve)
  --from FILE|-   os identificadores dela, um por linha, de um arquivo ou da entrada
                  padrão, para que os números não fiquem em uma linha de comando que
                  outros usuários deste computador podem ler (como check --from:
                  phone:, email:, username: indicam o tipo)
  --country CC    o país da pessoa: para números sem código do país e para saber
                  onde denunciar
  --uses SERVICE  um serviço que a pessoa usa; --platform P: android, iphone ou computer
  --mask          mostra os identificadores só o bastante para reconhecê-los
  --rename NEW    edit: o novo nome da pessoa
  --language LL   add, edit: o idioma que a pessoa lê; a folha de orientações dela é
                  impressa nesse idioma
  --yes           remove sem perguntar (scripts nunca recebem perguntas)
edit substitui o que for dado: todos os identificadores quando --phone, --email,
--username ou --from é dado, o país, os serviços, as plataformas (um valor vazio os
apaga); o progresso da pessoa continua. Os identificadores são verificados antes de
qualquer coisa ser salva.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  lê: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Indique o que alterar: --rename, --phone, --email, --username, --from, --country, --uses, --platform ou --language.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>O que fazer: %L1 passos, %L2 concluídos.</translation>
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
                          quais vazamentos contêm estes identificadores, e o quê deles
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          também monta o plano do que fazer (em --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          uma verificação e um plano por linha: cada linha, um cliente
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
        <translation>  --phone/--email/--username TEXT  um identificador para pesquisar; repita para vários
  --from FILE|-    identificadores, um por linha, de um arquivo ou da entrada padrão,
                   para que não fiquem em uma linha de comando que outros usuários
                   deste computador podem ler: uma linha com @ é um endereço de e-mail,
                   dígitos são um número de telefone, o resto é um nome de usuário;
                   phone:, email: ou username: no início indicam o tipo
  --region CC      o país dos números de telefone escritos sem código do país
  --mask           mostra os identificadores só o bastante para reconhecê-los
                   (+20 ••• ••• 4567)
  --uses SERVICE   um serviço que a pessoa usa (WhatsApp, Facebook, Google, ...): os
                   vazamentos dele contam como &quot;pode ter vazado&quot;, ponderados pela
                   parte dos usuários que continham; um serviço desconhecido fica de
                   fora, com um aviso
  --platform P     android, iphone ou computer: as instruções do plano para ela
  --each-line      com --from: cada linha é um cliente, com os identificadores
                   separados por vírgulas ou tabulações; um resultado por linha
                   (JSON Lines com --json)
Código de saída 5: nada pôde ser verificado (nenhum identificador válido, ou nenhum
arquivo de vazamento importado e nenhum serviço indicado).
Nada é salvo: para guardar uma pessoa e o progresso dela, use person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Uso: check --from FILE|- --each-line: um cliente por linha, com os identificadores separados por vírgulas ou tabulações.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, linha %2: nenhum identificador nela, não verificada.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: nenhuma linha contém um identificador, por isso nada foi verificado.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Linha %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  não pesquisado: nenhum arquivo de vazamento foi importado</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Deixados de fora porque o país não é conhecido: %1. Para incluí-los, indique o país: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Se você usa estes serviços</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, linha %2: mais longa que %3 caracteres, o que nenhuma linha de identificadores é. Nada foi feito.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>Não foi possível gravar %1: %2. Nada foi salvo.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows é um número de linhas (250) ou uma porcentagem (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          os formatos de arquivos de vazamento conhecidos que --preset aceita
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    linhas que não batem com o cabeçalho (campos faltando ou a
                         mais, aspas nunca fechadas, uma linha com mais de 1 MiB) são
                         puladas e contadas; mais de N linhas, ou P % das linhas,
                         recusam o arquivo inteiro (padrão 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C interrompe a importação sem mudar nada (código de saída 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header e --no-header se contradizem.</translation>
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
        <translation>  --header               a primeira linha dá os nomes das colunas, mesmo que pareça
                         dados (sem isto nem --no-header: uma primeira linha com um
                         endereço de e-mail ou um número longo é lida como dados)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds é um número inteiro de 0 (nunca) a %1 (um dia).</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>  shell [--idle-lock-seconds N]
                          unlock once, then run commands typed or piped in, one a line
</source>
        <translation>  shell [--idle-lock-seconds N]
                          desbloqueia uma vez e executa os comandos digitados ou
                          recebidos por pipe, um por linha
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
        <translation>Cada linha é um comando como na linha de comando, sem breach-advisor-cli e sem
--vault, --passphrase-file ou --keychain: o cofre fica aberto até exit, quit ou o
fim da entrada. As aspas funcionam como em um shell; linhas que começam com # são
comentários. Em um terminal, um comando que falha é informado e o próximo é lido; em
um script, o primeiro comando que falha encerra o shell com o código de saída dele.
init, shell, keychain e vault (exceto vault info) não funcionam dentro dele.
Como o app, o shell bloqueia o cofre depois de um tempo sem entrada (a configuração
do app, 10 minutos se não for alterada): ele esquece as chaves, e o próximo comando
o desbloqueia de novo como o shell fez.
  --idle-lock-seconds N  bloqueia depois de N segundos sem entrada; 0: nunca</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Ele bloqueia depois de %1 sem entrada.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>O cofre foi bloqueado depois de %1 sem entrada. O próximo comando o desbloqueia de novo.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format é csv, tsv, jsonl, json, sql ou blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table é para dumps SQL (.sql, ou --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb é um número de gigabytes maior que 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    vazamento: %1; tabelas SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 contém %Ln item:</numerusform>
            <numerusform>%1 contém %Ln itens:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamanho desconhecido</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: um arquivo de vazamento</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: pulado (%3)</translation>
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
                          adiciona um arquivo de vazamento (CSV, TSV, JSON Lines; .gz
                          também) ao índice
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [as opções acima]
                          adiciona os arquivos de vazamento de um arquivo compactado zip,
                          7z ou tar (.tar.gz, .bz2, .xz, .zst também), cada um como uma
                          importação própria
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
        <translation>  FILE                   CSV, TSV, JSON Lines, um array JSON ou um dump SQL, compactado
                         com gzip ou não
  --breach NAME          o vazamento do catálogo ao qual pertence (antes, catalog add
                         para um novo)
  --preset NAME          o formato de um arquivo conhecido (import --list-presets), por
                         ex. facebook-2021; linhas que não se encaixam são contadas e
                         puladas
  --format F             csv, tsv, jsonl, json (um array de objetos, ou JSON Lines)
                         ou sql (padrão: pelo nome do arquivo)
  --no-header            a primeira linha é de dados; as colunas são numeradas a partir de 1
  --delimiter C          o caractere entre os campos (padrão: detectado entre
                         , ; tab | : para CSV; tab para TSV)
  --encoding E           utf-8, windows-1252 ou latin1 (padrão: cada linha como UTF-8
                         quando é UTF-8 válido, senão como Windows-1252)
  --phone/--email/--username COLUMN
                         uma coluna com identificadores, pelo nome no cabeçalho, pelo
                         número ou por caminho com pontos em JSON aninhado
                         (user.contact.phone)
  --field &quot;CLASS=COL&quot;    uma coluna com outros dados vazados, pela classe de dados do
                         HIBP (&quot;Names=first,last&quot;); só se guarda se está preenchida
                         Sem nenhuma destas opções, as colunas são reconhecidas pelos
                         nomes (em inglês, alemão, francês, espanhol, italiano,
                         português, holandês, turco, árabe, russo).
  --phone-format F       international (com código do país), national (precisa de
                         --region) ou auto (padrão: decidido pelas primeiras linhas)
  --region CC            o país dos números em formato nacional
  --exact-phone-validation  verifica cada número com a libphonenumber (mais lento)
  --memory-mb N          memória para os registros antes de serem ordenados (padrão 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              lê o arquivo inteiro com as verificações da importação: a
                         correspondência de colunas, as contagens e o veredito que a
                         importação daria, sem gravar nada
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         uma coluna de logins (o mesmo que --username): cada valor é
                         guardado como o que é, um endereço de e-mail, um número de
                         telefone com código do país ou um nome de usuário
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        registros em linhas &quot;Chave: valor&quot; (logs de stealers),
                         terminados por uma linha em branco, uma linha de sinais =
                         ou uma chave que aparece de novo
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (reconhecido
                         pelo conteúdo); cada item com nome de arquivo de vazamento
                         (.csv, .tsv, .txt, .json, .jsonl, .sql) é importado como FILE,
                         os outros são listados como pulados; --dry-run lista todos.
                         Nada é descompactado em disco. Se um item for recusado,
                         nenhum é importado
  --member GLOB          só os itens cujo caminho ou nome corresponde (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), seja qual for o nome deles
  --max-unpacked-gb N    recusa um arquivo compactado que descompacta para mais que
                         isso (padrão 1024); um item que descompacta para mais de
                         1000 vezes o próprio tamanho também é recusado
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: a tabela a ler, por nome ou padrão (*users); sem isto,
                         a primeira cujas colunas têm nomes de endereços de e-mail ou
                         números de telefone. As linhas de outras tabelas são
                         contadas, não lidas
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member escolhe itens de um arquivo compactado (zip, 7z, tar): %1 não é um.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    sites dos logins vazados: %1</translation>
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
        <translation>  --site COLUMN          uma coluna de endereços web, o site do login de cada linha
                         (logs de stealers): cada registro guarda o nome do host, e uma
                         verificação o indica
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 tem mais de %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 já existe: chaves nunca são sobrescritas. Escolha outro --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Uso: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Gravados %1 (a chave de assinatura e a chave de conteúdo, seladas com a frase secreta: guarde-o no suporte técnico), %2 (a chave pública: entregue-a a quem precisa confiar no que você assina) e %3 (só a chave de conteúdo, para os notebooks dos agentes: ela lê pacotes, mas não pode assiná-los).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 é a mesma chave pública, para o OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Impressão digital: %1 (leia-a em voz alta para comparar as chaves por telefone)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Uso: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 assinado: %2 (chave %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Uso: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: assinado pela chave %2, sem alterações desde então.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 não foi assinado pela chave em %2 (a assinatura indica a chave %3). Não confie nele.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 não corresponde à sua assinatura %2: foi alterado depois de assinado, ou a assinatura não é dele. Não confie nele.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import recebe o número de uma importação (index list mostra os números), não %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Uso: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 já existe. Escolha outro --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>%1 gravado: o catálogo (%2 vazamentos) e %n importação de vazamento com %3 registros, criptografados com a chave de conteúdo e assinados com a chave %4.</numerusform>
            <numerusform>%1 gravado: o catálogo (%2 vazamentos) e %n importações de vazamentos com %3 registros, criptografados com a chave de conteúdo e assinados com a chave %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Os agentes o importam com: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Uso: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Agora este cofre aceita pacotes assinados por %1 (chave %2). Antes de importar um, compare a chave com a do suporte técnico, lida em voz alta por telefone.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Este cofre ainda não confia em nenhum suporte técnico: bundle trust PREFIX.pub adiciona um.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>confiável desde %1; último pacote criado em %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>confiável desde %1; nenhum pacote recebido ainda</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Uso: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 foi assinado por %2 (chave %3) e criado em %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Ele é mais antigo que o último pacote recebido deste suporte técnico; foi importado porque --allow-older foi informado.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Vazamentos: %1 novos, %2 atualizados, %3 sem alteração.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Importações de vazamentos: %1 adicionadas (%2 registros), %3 já estavam neste cofre.</translation>
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
                          as chaves de um suporte técnico:
                          PREFIX.secret, .pub, .agent (e .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          assina um arquivo (somas de verificação de uma versão) e
                          verifica quem o assinou
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          o catálogo e as importações de vazamentos, criptografados
                          e assinados para os agentes
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  os suportes técnicos dos quais este cofre aceita pacotes
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          verifica quem assinou um pacote e depois o incorpora ao cofre
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
        <translation>  --out PREFIX           keygen: onde ficam os arquivos de chave; nunca sobre arquivos
                         existentes
  --kdf-strength S       keygen: quão lento é adivinhar a frase secreta (interactive,
                         moderate: o padrão, sensitive)
  --key PREFIX.secret    sign, export: o arquivo de chave secreta do suporte técnico
  --import ID            export: só esta importação (index list; repita para mais);
                         padrão: todas as importações
  --name NAME            trust: como chamar o suporte técnico (padrão: o nome do
                         arquivo)
  --agent-key PREFIX.agent  import: a chave de conteúdo que o suporte técnico deu aos
                         agentes
  --allow-older          import: aceita um pacote mais antigo que o último recebido
                         do suporte técnico dele (senão, é recusado: pode ser uma
                         cópia antiga reenviada)
  --signer PREFIX.pub    verify: a chave pública em que você confia
  --signature FILE.sig   verify: a assinatura (padrão: FILE.sig)
A frase secreta de PREFIX.secret: é pedida no terminal, ou vem de
BREACH_ADVISOR_BUNDLE_PASSPHRASE em scripts. As assinaturas são Ed25519 sobre o
arquivo inteiro; o OpenSSL também pode verificá-las (docs/packaging.md). verify sai
com o código 4 quando o arquivo não foi assinado por essa chave; import sai com o
código 4, sem alterar o cofre, para um pacote que não foi assinado por um suporte
técnico confiável, foi alterado ou cortado, ou é para outra chave de agente.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Uso: bundle keygen | sign | verify | export | trust | signers | import (veja bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Uso: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>faltam cerca de %1 s</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>As senhas nunca são lidas da linha de comando (outros usuários e o histórico de comandos as veriam): digite-as quando forem pedidas ou passe uma por linha na entrada padrão.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Linha %1: vazia, não verificada.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada padrão</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hashes de senhas (%2) de %3, importados em %4: %5 em disco, %6 bytes por hash.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Uso: passwords import | check | info (veja passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses diz onde a pessoa usa a senha: informe também --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Registrado nos dados de %1: uma senha dessa pessoa é conhecida de vazamentos (nada da senha em si fica guardado). Agora o plano dela começa pela troca dessa senha.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          lista de senhas vazadas (Pwned Passwords) para verificar offline
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          a senha está nela? (digitada ou uma por linha na entrada padrão)
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
        <translation>  FILE     o arquivo baixado, ordenado por hash (SHA-1 ou NTLM, HASH:COUNT por linha),
           compactado ou não; FOLDER: um arquivo baixado por prefixo de hash de 5 dígitos
A lista fica ao lado do cofre (--vault DIR), não dentro dele: são dados públicos. A
frase secreta só é pedida com --person: sem ela, nada do cofre é lido. As senhas nunca
são lidas da linha de comando. check --json imprime uma linha por senha:
{&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: pelo menos essa quantidade de vezes; 0 se não
encontrada) e &quot;kept&quot; com --person. Sai com 0, seja a senha encontrada ou não.
  --person NAME   registra uma senha encontrada nos dados desta pessoa salva, como &quot;uma
                  senha dessa pessoa é conhecida&quot; (nunca a senha): o plano dela começa
                  pela troca dessa senha em todos os lugares
  --uses SERVICE  onde a pessoa a usa (repita para vários), citados nesse passo</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 não aceita valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 precisa de um valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Opção desconhecida --%1. Veja breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 não se aplica a este comando.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Um %1 não foi fechado.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>A chave do banco de dados tem o tamanho errado.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 está danificado: cortado ou alterado. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>Não foi possível descriptografar %1: está danificado, não é um cofre do Breach Advisor ou a chave está errada. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>A criptografia não está disponível: outra biblioteca SQLite (%1) está carregada neste programa, por isso nenhum cofre é aberto ou criado.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>O banco de dados do cofre, %1, está faltando. O cofre não foi mexido.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 está vazio ou cortado (%2 bytes): o cofre está danificado. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 é um arquivo SQLite sem criptografia, não um cofre do Breach Advisor. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>Não é possível criar o arquivo de banco de dados %1: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>A criptografia não está disponível: outra biblioteca SQLite está carregada neste programa.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>O cofre está sendo usado por outro programa.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 está danificado (%2). Nada mais foi gravado nele.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>O disco onde está %1 está cheio. A alteração não foi salva; o cofre está como estava antes.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>Não é possível gravar em %1 (%2): a pasta dele é somente leitura? O cofre está como estava.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Erro do banco de dados (%1) em %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>Não é possível remover %1, que ficou de uma atualização interrompida do formato do cofre. O cofre não foi mexido.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>Não é possível colocar o banco de dados atualizado no lugar de %1 (%2). O cofre ficou como estava.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 está danificado: parte dele não pode ser lida. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>Não foi possível atualizar o banco de dados do cofre para o novo formato (a cópia não passou na verificação). O cofre ficou como estava.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Clube esportivo de demonstração</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Um clube esportivo fictício cuja lista de sócios vazou: inventado para a demonstração.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN anotado no cartão que ela guarda na carteira</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>feito em %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>feito</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>deixado para depois</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>não se aplica</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>fazer de novo: houve um novo vazamento</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>cerca de %n minuto</numerusform>
            <numerusform>cerca de %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(verificado em %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>De onde vem esta informação:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Observação:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: o que fazer</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: o que fazer, para %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Feito em %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>com a ajuda de %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, lista de vazamentos de %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Não há passos por enquanto. Verifique de novo quando houver novos vazamentos conhecidos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 de %n passo concluído.</numerusform>
            <numerusform>%1 de %n passos concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>O que foi verificado</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>não verificado (não pode estar certo como está escrito)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>não encontrado nos arquivos de vazamento importados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Um aviso disse que houve um vazamento em %1: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>Com quem você falou</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Anote para quem você ligou ou escreveu, quando, e o que disseram.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Esta página contém informações pessoais: guarde-a em um lugar seguro ou triture-a quando terminar.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Se isto se aplica a você</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>Não foi possível abrir a impressora ou o arquivo.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>A impressora ou o arquivo parou de aceitar páginas.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Contém informações pessoais: guarde em lugar seguro ou triture.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>IdentityCheck</name>
    <message>
        <source>No leak files are imported into this vault yet, so these could not be looked up in any leak.</source>
        <translation>Nenhum arquivo de vazamento foi importado neste cofre ainda, por isso estes dados não puderam ser pesquisados em nenhum vazamento.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Nenhum destes dados foi encontrado nos arquivos de vazamento importados neste cofre (importações: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Isso não quer dizer que eles nunca vazaram: só os arquivos importados foram verificados.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>%1 de %2 encontrados em: %3. Isso não quer dizer que alguém usou as suas contas.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>%1 de %2 não puderam ser verificados: veja o motivo abaixo.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>O chaveiro recusou: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Este computador não tem um chaveiro disponível, por isso o cofre não pode ser lembrado. Use a sua frase secreta para abri-lo.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Este cofre não está lembrado neste computador.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 está criptografado: o Breach Advisor não lê arquivos compactados criptografados. Extraia-o com a senha dele e depois importe o arquivo extraído.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: o arquivo compactado está truncado ou corrompido (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 se descompacta para mais de %2 vezes o tamanho compactado, o que nenhum arquivo de vazamento faz: recusado como bomba de descompactação. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: mais de %2 descompactados, o limite para um arquivo compactado: recusado como bomba de descompactação. Nada foi importado.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>metadados do macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>um leia-me ou licença</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>compactado dentro do arquivo compactado: extraia-o e depois importe-o</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>pelo nome, não é um arquivo de vazamento (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>uma pasta</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>não é um arquivo (um link ou um dispositivo)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>não escolhido por --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vazio</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON inválido: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>não é um objeto JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>uma linha com mais de %1 MiB: arquivos de vazamento têm linhas curtas (falta uma quebra de linha ou aspas de fechamento?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>mais de %1 colunas</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: arquivo não encontrado</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: não é possível abrir o arquivo</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: o arquivo não pode ser lido (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: o arquivo compactado está truncado ou corrompido (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>o arquivo é texto UTF-16: salve-o como UTF-8 primeiro</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>dados binários (um byte NUL): este não é um arquivo de texto</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>UTF-8 inválido: o arquivo está em outra codificação</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 campos onde o formato tem %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>um campo entre aspas nunca é fechado (falta um &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos onde o cabeçalho tem %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>a linha não tem os campos do formato</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>uma linha que não é &quot;Chave: valor&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>o array JSON nunca é fechado (o arquivo está cortado?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>texto depois do fim do array JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>falta uma , ou ] depois de um elemento do array JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>o array JSON termina dentro de um elemento (o arquivo está cortado?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>um nome entre aspas nunca é fechado</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>as linhas de COPY nunca terminam com uma linha \. (o arquivo está cortado?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>nenhum INSERT … VALUES ou COPY … FROM stdin: não há linhas para ler neste arquivo SQL</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>nenhuma tabela %1 com linhas no dump; as tabelas com linhas: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: nenhum nome de coluna de tabela indica que ela contém endereços de e-mail ou números de telefone. Indique a tabela a ler (--table) e as colunas dela. As tabelas com linhas: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>uma linha sem valores</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 valores onde a tabela tem %2 colunas</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>o arquivo termina dentro de uma linha de valores (está cortado?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>uma linha de valores que não pode ser lida (umas aspas não foram fechadas)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>o arquivo termina dentro de um comando INSERT (está cortado?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>falta uma , ou ; depois de uma linha de valores</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>uma linha de valores não começa com (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>O formato de arquivo de vazamento %1 está com defeito: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>linha %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulações</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espaços</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Lido com o formato conhecido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Fields separated by %1%2.</source>
        <translation>Campos separados por %1%2.</translation>
    </message>
    <message>
        <source> (detected)</source>
        <translation> (detectado)</translation>
    </message>
    <message>
        <source>Text: %1 (the first rows are not UTF-8).</source>
        <translation>Texto: %1 (as primeiras linhas não são UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Observação: o catálogo não lista %1 para &quot;%2&quot;; esta importação os registra para as pessoas dela.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Números de telefone: formato %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Este arquivo já foi importado em &quot;%1&quot; com as mesmas configurações (importação %2). Nada mudou.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Texto: %Ln linha não é UTF-8 válido, lida como %1.</numerusform>
            <numerusform>Texto: %Ln linhas não são UTF-8 válido, lidas como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>números de telefone: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>endereços de e-mail: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>nomes de usuário: %1</translation>
    </message>
    <message>
        <source>international</source>
        <extracomment>how the leak file writes its phone numbers: &quot;Phone numbers: international format.&quot;</extracomment>
        <translation>internacional</translation>
    </message>
    <message>
        <source>national</source>
        <translation>nacional</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>misto</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>%1 de %2 linhas importadas em &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Uma verificação agora pode encontrar o %Ln registro que elas contêm.</numerusform>
            <numerusform>Uma verificação agora pode encontrar os %Ln registros que elas contêm.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Levou %1 segundos; o cofre cresceu %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>Deixado de fora %Ln número de telefone, endereço de e-mail ou nome de usuário que não pode estar certo (%1), por exemplo:</numerusform>
            <numerusform>Deixados de fora %Ln números de telefone, endereços de e-mail ou nomes de usuário que não podem estar certos (%1), por exemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>Deixada de fora %Ln linha que não tinha os campos do formato &quot;%1&quot;.</numerusform>
            <numerusform>Deixadas de fora %Ln linhas que não tinham os campos do formato &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>Deixada de fora %Ln linha sem número de telefone, endereço de e-mail ou nome de usuário que possa estar certo, por exemplo:</numerusform>
            <numerusform>Deixadas de fora %Ln linhas sem número de telefone, endereço de e-mail ou nome de usuário que possa estar certo, por exemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>Deixada de fora %Ln linha, por exemplo:</numerusform>
            <numerusform>Deixadas de fora %Ln linhas, por exemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln linha tinha campos que as primeiras linhas não tinham, e esses campos não foram lidos: %1</numerusform>
            <numerusform>%Ln linhas tinham campos que as primeiras linhas não tinham, e esses campos não foram lidos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Sem cabeçalho: a primeira linha parece ser de dados (um endereço de e-mail ou um número), por isso ela é lida como uma linha de dados e as colunas são numeradas a partir de 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>A primeira linha dá os nomes das colunas (não parece ser de dados).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Lendo a tabela %1 do dump SQL: a primeira cujas colunas têm nomes de endereços de e-mail ou números de telefone.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Lendo a tabela %1 do dump SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Simulação: %1 de %2 linhas seriam importadas em &quot;%3&quot; (no máximo %4 registros). Nada foi gravado.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln valor nas colunas de nome de usuário era um endereço de e-mail ou número de telefone, e uma verificação o encontra como tal (endereços de e-mail: %1, números de telefone: %2).</numerusform>
            <numerusform>%Ln valores nas colunas de nome de usuário eram endereços de e-mail ou números de telefone, e uma verificação os encontra como tais (endereços de e-mail: %1, números de telefone: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>números de telefone: pelo menos %1 (a verificação rápida encontra a maioria, não todos)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>mais %1</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>Não lida: %Ln linha em outras tabelas do dump: %1.</numerusform>
            <numerusform>Não lidas: %Ln linhas em outras tabelas do dump: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>As colunas de %1 também têm nomes de endereços de e-mail ou números de telefone: importe cada uma dessas tabelas separadamente, indicando o nome dela.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln linha não indicava nenhum site: importada sem site.</numerusform>
            <numerusform>%Ln linhas não indicavam nenhum site: importadas sem site.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln linha indicava um site depois dos primeiros 65.535 sites: importada sem ele.</numerusform>
            <numerusform>%Ln linhas indicavam um site depois dos primeiros 65.535 sites: importadas sem ele.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Sites: os logins eram de %Ln site; uma verificação indica o site de cada login que encontra.</numerusform>
            <numerusform>Sites: os logins eram de %Ln sites; uma verificação indica o site de cada login que encontra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>O catálogo não tem nenhum vazamento chamado &quot;%1&quot;: adicione-o ao catálogo primeiro.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: o arquivo está vazio</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: a única linha dele (%Ln) não se encaixa no formato %2 (linha %3: %4). Nada foi importado.</numerusform>
            <numerusform>%1: nenhuma das %Ln linhas dele se encaixa no formato %2 (linha %3: %4). Nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: o arquivo tem cabeçalho, mas nenhuma linha de dados. Nada foi importado.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Números de telefone em formato nacional precisam do país de onde são.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>Não dá para saber como os números de telefone estão escritos. %1 Indique se são internacionais (com o código do país) ou nacionais (e de qual país).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>Uma prévia não pode ser importada: indique primeiro o que cada coluna contém.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (linha %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: a única linha dele (%Ln) não tem um número de telefone, endereço de e-mail ou nome de usuário válido%2. Nada foi importado.</numerusform>
            <numerusform>%1: nenhuma das %Ln linhas dele tem um número de telefone, endereço de e-mail ou nome de usuário válido%2. Nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Um arquivo temporário da importação foi alterado ou cortado durante a importação: %1. Nada foi importado.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Um arquivo temporário da importação sumiu: %1. Nada foi importado.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>Não foi possível criptografar os dados temporários da importação.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>Não é possível gravar o arquivo temporário da importação %1: %2. Nada foi importado.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 caracteres)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>curto demais</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>longo demais</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>código de país inexistente</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>sem código do país, e o país do arquivo não foi informado</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>não é um número</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>não é um número válido</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>O arquivo tem mais de 65.535 combinações diferentes de colunas preenchidas: indique menos colunas.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>nenhum número de telefone, e-mail ou nome de usuário</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>número de telefone inválido %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>endereço de e-mail inválido %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>nome de usuário inválido %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>uma lista, não um único valor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln linha</numerusform>
            <numerusform>%Ln linhas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>%1 % das linhas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln linha de %2 não se encaixou no formato do arquivo (a primeira: linha %3, %4): mais que as %5 permitidas. O delimitador ou o cabeçalho estão certos? Nada foi importado.</numerusform>
            <numerusform>%1: %Ln linhas de %2 não se encaixaram no formato do arquivo (a primeira: linha %3, %4): mais que as %5 permitidas. O delimitador ou o cabeçalho estão certos? Nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>Não é possível criar a pasta temporária da importação %1. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: o único item do arquivo compactado (%Ln) não é um arquivo de vazamento (um arquivo CSV, TSV, de texto, JSON ou SQL, pelo nome; --member escolhe itens pelo nome). Nada foi importado.</numerusform>
            <numerusform>%1: nenhum dos %Ln itens do arquivo compactado é um arquivo de vazamento (um arquivo CSV, TSV, de texto, JSON ou SQL, pelo nome; --member escolhe itens pelo nome). Nada foi importado.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>O SQLCipher não respondeu a %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>A lista de nomes de colunas está faltando nesta compilação.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> e mais %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Coluna &quot;%1&quot;: o arquivo não tem essa coluna. As colunas dele são: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Nenhuma coluna contém números de telefone, endereços de e-mail ou nomes de usuário: indique qual coluna contém. As colunas do arquivo são: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>A coluna &quot;%1&quot; contém listas, não um identificador por linha: indique, em vez dela, a coluna dentro dos objetos da lista.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Uma coluna contém um só tipo de identificador, não %1 e %2 ao mesmo tempo.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>No máximo 64 tipos de dados podem ser indicados em uma importação.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; não é um tipo de dado que esta versão conhece (os nomes do Have I Been Pwned, como &quot;Names&quot; ou &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Indique qual coluna contém %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (pesquisado)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (só se guarda se está preenchido)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>não usada: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: o site a que se refere cada login (só se guarda o nome do host)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Escolha uma frase secreta: quatro ou mais palavras sem relação entre si funcionam bem.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Fácil de adivinhar. Acrescente mais palavras que não combinem entre si.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Pode ser adivinhada com esforço. Mais uma ou duas palavras ajudariam.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Difícil de adivinhar.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Muito difícil de adivinhar.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, linha %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>não é uma linha da lista de senhas vazadas (um hash SHA-1 ou NTLM em hexadecimal, dois-pontos e quantas vezes foi visto). Nada foi importado.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>um hash %1, mas as linhas anteriores têm hashes %2: uma lista tem um só tipo. Nada foi importado.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>fora da ordem de hash (ou o mesmo hash de novo): a lista deve ser o arquivo baixado, ordenado por hash. Nada foi importado.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 não contém arquivos nomeados por um prefixo de hash de 5 dígitos (00000.txt …): não é a pasta do programa que baixa a lista.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: arquivo ou pasta não encontrado</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 não contém hashes de senhas.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>A senha não é um texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Não é possível gravar %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>Ainda não há uma lista de senhas vazadas em %1: importe uma primeiro.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 não é uma lista de senhas vazadas criada por este app.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 foi criado por uma versão mais nova deste app: atualize-o ou importe a lista de novo.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 foi alterado ou cortado depois de criado: importe a lista de senhas vazadas de novo.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>Não está na lista de senhas vazadas. Isso não a torna forte: um gerenciador de senhas cria e guarda uma diferente para cada conta.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Esta senha já apareceu em um vazamento: criminosos podem tentá-la. Troque-a em todos os lugares onde você a usa.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Esta senha já apareceu pelo menos %1 vezes em vazamentos: criminosos a tentam primeiro. Troque-a em todos os lugares onde você a usa.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hashes de senhas (%2) importados de %3 em %4 s: %5 em disco, %6 bytes por hash.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Hashes iguais ao anterior nos primeiros 64 bits, guardados uma só vez: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Linhas vazias puladas: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Só %1 dos %2 arquivos de prefixo estavam lá: a lista está incompleta, e as senhas dos que faltam aparecem como não vistas.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Outros arquivos nessa pasta, não lidos: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Uma pessoa precisa de um nome (um apelido serve).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; não é um código de país de duas letras conhecido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; não é uma plataforma: use android, iphone ou computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; não é um serviço que a lista de passos conhece. Conhecidos: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 Nada foi salvo.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>Já existe alguém chamado &quot;%1&quot; neste cofre.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Esta pessoa não está mais salva no cofre.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Indique quais tipos de dados o aviso citou.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; não é um código de idioma (como ar, es ou fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 não é uma classe de ocorrências válida (de 0 a %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; não é um serviço que a lista de passos conhece.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; não é uma plataforma: use android, iphone ou computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; não é um serviço que a lista de passos conhece, por isso o plano o deixa de fora. Conhecidos: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>Não existe o passo &quot;%1&quot;. O plano lista os ids dos passos.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Um passo é marcado como feito, pulado, não se aplica ou a fazer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; não está no plano de %2: veja os passos no plano da pessoa.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>A amostra não tem números de telefone; supondo o formato internacional.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>%1% da amostra começa com + ou 00: formato internacional.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Lidos com o código do país, %1% da amostra são números válidos.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Lidos com o código do país, %1% da amostra são números válidos; lidos como números nacionais de %2, %3%.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>O código do país não é válido.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Se %1 é o código do país, coloque um + antes dele (+%1…) ou indique de que país é o número.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Acrescente o código do país (como +55) ou indique de que país é o número.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Isto não é um número de telefone.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>O número é curto demais.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>O número é longo demais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; não é um código de país conhecido (use duas letras, como BR).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>O número de telefone está vazio.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>O número é curto demais: acrescente o DDD.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>Este não é um número válido para %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Faça isto primeiro</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Nada seu foi encontrado nos vazamentos verificados, e nenhum vazamento em um serviço que você usa deve conter seus dados. Abaixo: %n bom hábito geral, que não vem de um vazamento.</numerusform>
            <numerusform>Nada seu foi encontrado nos vazamentos verificados, e nenhum vazamento em um serviço que você usa deve conter seus dados. Abaixo: %n bons hábitos gerais, que não vêm de um vazamento.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n por vazamentos em que seus dados foram encontrados</numerusform>
            <numerusform>%n por vazamentos em que seus dados foram encontrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n por vazamentos informados a você em um aviso</numerusform>
            <numerusform>%n por vazamentos informados a você em um aviso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n por vazamentos em serviços que você usa e que podem conter seus dados</numerusform>
            <numerusform>%n por vazamentos em serviços que você usa e que podem conter seus dados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n dica geral</numerusform>
            <numerusform>%n dicas gerais</numerusform>
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
            <numerusform>%n passo: %1.</numerusform>
            <numerusform>%n passos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>Nenhum dos identificadores informados pôde ser verificado: veja o motivo abaixo.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>Nenhum arquivo de vazamento foi importado, por isso não foi possível procurar estes dados em nenhum vazamento.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>Nenhum serviço foi indicado, por isso nenhum vazamento de serviço pôde ser avaliado. Indique quais serviços são usados (WhatsApp, Facebook, Google, ...) para incluí-los.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>Nada pôde ser verificado, então isto não é um &quot;nada encontrado&quot;. Abaixo: %n bom hábito geral, que não vem de um vazamento.</numerusform>
            <numerusform>Nada pôde ser verificado, então isto não é um &quot;nada encontrado&quot;. Abaixo: %n bons hábitos gerais, que não vêm de um vazamento.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1, o mesmo vazamento que %2</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Depois</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>a lista de senhas vazadas</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Uma senha que você usa está na lista de senhas vazadas.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Uma senha que você usa está na lista de senhas vazadas: ela já apareceu pelo menos %1 vezes.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Você disse que a usa em %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>é um link simbólico, e salvar por ele alteraria o arquivo para o qual ele aponta</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%1 dos %2 bytes chegaram ao disco</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Próximo</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>A frase secreta de %1 tem mais de %2 bytes. Use uma mais curta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>Não é possível desativar o eco no terminal (%1), por isso nenhuma frase secreta é pedida ali.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>Nenhuma frase secreta informada: use --passphrase-file FILE ou defina %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>o terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nova frase secreta: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>A mesma frase secreta de novo: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>As duas frases secretas são diferentes. Nada foi criado.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase secreta: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>A frase secreta está vazia.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>Não é possível escrever na saída padrão: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Frase secreta fraca: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Senha a verificar (deixe em branco para parar): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, linha %2: mais de %3 bytes.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>A biblioteca de criptografia não pôde ser iniciada.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>O endereço de e-mail é longo demais.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>O endereço de e-mail está vazio.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Um endereço de e-mail precisa de um @, como em nome@exemplo.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Um endereço de e-mail tem um só @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Algo precisa vir antes do @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>A parte antes do @ tem mais de 64 caracteres.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>A parte antes do @ não pode começar nem terminar com um ponto, nem ter dois pontos seguidos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; não pode ser usado em um endereço de e-mail.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Falta a parte depois do @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; não é um domínio válido.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>O domínio &quot;%1&quot; precisa de um ponto, como em exemplo.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>O nome de usuário tem mais de 128 caracteres.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>O nome de usuário está vazio.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>O nome de usuário contém um caractere de controle invisível.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>A fazer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Deixado para depois</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>Não se aplica</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Fazer de novo</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Encontrado em arquivos de vazamento</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Avisos que você recebeu</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Pode ter vazado: vazamentos em serviços que você usa</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Informado a você</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possível</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Endereço de e-mail</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nome de usuário</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixo</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fixo ou celular</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>número gratuito</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>número de tarifa especial</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>número de custo compartilhado</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>número de telefone pela internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número pessoal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipe (pager)</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>número corporativo</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>caixa postal</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Outros usuários podem gravar na pasta do cofre %1, por isso não dá para confiar nos arquivos dela. Deixe a pasta só para você (chmod 700), verifique os arquivos e tente de novo. O cofre não foi mexido.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>A pasta %1 não pode ficar privada para você (ela é de outra pessoa?). Escolha outra pasta para o cofre.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>A frase secreta não pode ficar vazia.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Essa força de chave está fora do intervalo que esta versão aceita.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>A frase secreta ou a chave não está correta para este cofre.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Este cofre está aberto em outro programa (processo %1). Feche-o lá primeiro.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>Não é possível bloquear o cofre em %1: não é possível gravar na pasta, ou o disco está cheio. O cofre não foi mexido.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 não contém dados de cofre: está danificado ou não é o banco de dados deste cofre. Ele não foi mexido.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>Já existe um cofre em %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 não está vazia: escolha uma pasta vazia ou nova para o cofre.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Só um cofre recém-criado pode ser descartado.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Este cofre não tem chave de recuperação.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>A chave lembrada para este cofre não é válida.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>A chave lembrada para este cofre não serve mais para ele.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Esta frase secreta ou chave de recuperação foi substituída quando as chaves do cofre foram trocadas.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>Nenhuma troca de chaves foi preparada.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>Não foi possível criptografar o banco de dados de novo. Ele continua com a chave antiga e abre como antes.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>A chave de identificação do cofre tem o tamanho errado: o cofre está danificado.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Este cofre foi criado por uma versão mais nova do Breach Advisor (esquema %1; esta versão conhece %2). Atualize o app para abri-lo.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>O arquivo de esquema %1 está faltando nesta compilação.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Outros usuários podem ler %1, e não é possível deixá-lo privado para você (é de outra pessoa?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>a pasta</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Outros usuários podiam ler o cofre em %1 (%2): agora ele é privado para você.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>Nenhuma nova chave de recuperação foi preparada.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>campos ausentes ou malformados</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>um salt ou uma chave com o tamanho errado</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>parâmetros de derivação de chave fora do intervalo</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivação de chave desconhecida</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>normalização de frase secreta desconhecida</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Não há cofre aqui: %1 não existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Não é possível ler %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 não é um cabeçalho de cofre válido (%2). O cofre não foi mexido.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>grande demais</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>não é JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>não é um cofre do Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 foi criado por uma versão mais nova do Breach Advisor. Atualize o app para abri-lo.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versão desconhecida</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>Não é possível gravar %1: %2. O cofre ficou como estava.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Uma chave com o tamanho errado chegou ao código de chaves.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>A frase secreta tem mais de %1 bytes.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>A normalização Unicode não está disponível.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>Não foi possível normalizar a frase secreta.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>O cabeçalho do cofre tem um salt com o tamanho errado.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>O cabeçalho do cofre tem parâmetros de derivação de chave fora do intervalo.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Não há memória suficiente para derivar a chave da frase secreta.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>Não foi possível transformar a chave de recuperação em uma chave.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>Não foi possível derivar uma subchave.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>Não foi possível embalar a chave.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>O cabeçalho do cofre contém uma chave embalada com o tamanho errado.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>A frase secreta ou a chave não está correta para este cofre.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>Não foi possível desembalar a chave.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Isto não é uma chave de recuperação: ela tem 32 letras e dígitos em grupos de quatro.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>Não há cofre em %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Não existe a importação %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>Ninguém chamado &quot;%1&quot; está salvo neste cofre.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>O catálogo não tem nenhum vazamento chamado &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; não é um código de país de duas letras conhecido.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Interrompido antes do fim. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>Em abril de 2021, um arquivo com cerca de 533 milhões de contas do Facebook de 106 países foi publicado de graça em um fórum. Ele liga números de telefone a nomes e, muitas vezes, a gênero, localização, empregador, estado civil e data de nascimento; poucos registros têm endereço de e-mail. O Facebook disse que os dados foram coletados antes de setembro de 2019 abusando do seu importador de contatos, e não invadindo seus sistemas.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Coletado, não invadido: o Facebook diz que os dados foram reunidos pelo importador de contatos antes de setembro de 2019 e que a falha foi corrigida em agosto de 2019. A Comissão de Proteção de Dados da Irlanda multou a Meta em 265 milhões de euros por isso, em novembro de 2022. Os mesmos números de telefone foram oferecidos à venda de novo em 2022 como &apos;487 milhões de números do WhatsApp&apos;.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>Em novembro de 2022, um vendedor anunciou 487 milhões de números de celular de 84 países como “usuários do WhatsApp”. A lista contém só números de telefone: nenhum nome, mensagem ou dado do aparelho. A contagem é o que o vendedor afirma.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>Não é um vazamento do WhatsApp. O WhatsApp e a Meta disseram não haver indícios de vazamento do WhatsApp. O CSIRT KNF da Polônia e o escritório de advocacia alemão WBS.LEGAL viram que as amostras eram idênticas às da coleta do Facebook de 2021, e as contagens por país batem com ela. O Have I Been Pwned não tem registro dela. As afirmações de que expôs nível de bateria, intensidade do sinal ou outros dados do aparelho não têm fonte confiável.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Lista de números de telefone do “WhatsApp” (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Ative a confirmação em duas etapas no WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Qualquer pessoa que tenha o seu número pode tentar registrar o WhatsApp com ele no próprio celular. Um PIN de seis dígitos que só você conhece impede isso, mesmo que enganem você para conseguir o código do SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Abra o WhatsApp. Toque em Mais opções (três pontos) &gt; Configurações &gt; Conta &gt; Confirmação em duas etapas &gt; Ativar. Escolha um PIN de seis dígitos de que você vá se lembrar e adicione um endereço de e-mail para poder redefinir o PIN se esquecê-lo. Nunca diga a ninguém o PIN nem o código de seis dígitos que o WhatsApp envia por SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Abra o WhatsApp. Toque em Configurações &gt; Conta &gt; Confirmação em duas etapas &gt; Ativar. Escolha um PIN de seis dígitos de que você vá se lembrar e adicione um endereço de e-mail para poder redefinir o PIN se esquecê-lo. Nunca diga a ninguém o PIN nem o código de seis dígitos que o WhatsApp envia por SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>A confirmação em duas etapas é ativada no celular, não no WhatsApp do computador: siga os passos para o seu celular.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Mostre a foto e o recado do WhatsApp só para os seus contatos</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>Por padrão, qualquer pessoa que tenha o seu número pode ver a sua foto do perfil e o seu recado. Golpistas usam essas informações para criar uma conta falsa parecida com a sua.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>No WhatsApp, toque em Mais opções (três pontos) &gt; Configurações &gt; Privacidade. Em Foto do perfil, Recado e Visto por último e online, escolha Meus contatos. Em Grupos, escolha Meus contatos para que estranhos não possam adicionar você a grupos. Privacidade &gt; Verificação de privacidade guia você pelo resto.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>No WhatsApp, toque em Configurações &gt; Privacidade. Em Foto do perfil, Recado e Visto por último e online, escolha Meus contatos. Em Grupos, escolha Meus contatos para que estranhos não possam adicionar você a grupos.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>No WhatsApp do computador, abra Menu &gt; Configurações &gt; Privacidade e faça as mesmas escolhas: Foto do perfil, Recado e Visto por último em Meus contatos; Grupos em Meus contatos.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Silencie no WhatsApp as chamadas de números desconhecidos</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Números vazados recebem chamadas de golpistas. Com isto ativado, as chamadas de números que não estão nos seus contatos não tocam; elas continuam aparecendo na sua lista de chamadas, então você não perde nada que queira.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>No WhatsApp, toque em Mais opções (três pontos) &gt; Configurações &gt; Privacidade &gt; Chamadas e ative Silenciar chamadas de desconhecidos.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>No WhatsApp, toque em Configurações &gt; Privacidade &gt; Chamadas e ative Silenciar chamadas de desconhecidos.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Desconecte o WhatsApp de computadores que você não reconhece</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Um computador conectado ao seu WhatsApp pode ler as suas novas mensagens. Confira se cada dispositivo conectado é seu.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>No WhatsApp, toque em Mais opções (três pontos) &gt; Dispositivos conectados. Toque em qualquer dispositivo que você não reconheça &gt; Desconectar.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>No WhatsApp, toque em Configurações &gt; Dispositivos conectados. Toque em qualquer dispositivo que você não reconheça &gt; Desconectar.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Proteja o backup do WhatsApp e seja avisado quando o código de segurança de um contato mudar</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Suas conversas já são protegidas com a criptografia de ponta a ponta; não é preciso ativar nada para isso. O seu backup não é, a menos que você escolha, e as notificações de segurança avisam quando o celular ou o app de um contato mudou, o que também pode significar que alguém tomou a conta dele.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>No WhatsApp, abra Configurações &gt; Conversas &gt; Backup de conversas &gt; Backup protegido com a criptografia de ponta a ponta &gt; Ativar e escolha uma senha ou uma chave de 64 dígitos; sem ela, o backup não pode ser restaurado. Depois abra Configurações &gt; Conta &gt; Notificações de segurança e ative as notificações. Os nomes dos menus podem variar conforme a versão do app.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>No WhatsApp, abra Configurações &gt; Conversas &gt; Backup de conversas &gt; Backup protegido com a criptografia de ponta a ponta &gt; Ativar e escolha uma senha ou uma chave de 64 dígitos; sem ela, o backup não pode ser restaurado. O Backup do iCloud ainda pode guardar uma cópia sem criptografia. Depois abra Configurações &gt; Conta &gt; Notificações de segurança e ative as notificações. Os nomes dos menus podem variar conforme a versão do app.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Ative a autenticação de dois fatores no Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Quando o seu número de telefone ou e-mail é conhecido, criminosos tentam tomar a sua conta. Uma segunda etapa no login barra quem tem a sua senha.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>No app do Facebook, toque em Menu &gt; Configurações e privacidade &gt; Configurações &gt; Central de Contas &gt; Senha e segurança &gt; Autenticação de dois fatores. Escolha a sua conta e depois um app de autenticação (o melhor) ou mensagem de texto. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>No facebook.com, clique na sua foto do perfil &gt; Configurações e privacidade &gt; Configurações &gt; Central de Contas &gt; Senha e segurança &gt; Autenticação de dois fatores. Escolha a sua conta e depois um app de autenticação (o melhor) ou mensagem de texto.</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Saia do Facebook nos dispositivos que você não reconhece</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Se alguém já estiver conectado à sua conta, só mudar as configurações não tira essa pessoa de lá.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>No Facebook, abra Configurações e privacidade &gt; Configurações &gt; Central de Contas &gt; Senha e segurança &gt; Onde você está conectado. Escolha a sua conta e saia de qualquer dispositivo ou lugar que você não reconheça. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Impeça que estranhos encontrem o seu perfil do Facebook pelo seu número de telefone</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>A coleta de 2021 foi feita procurando pessoas pelo número de telefone. Limitar quem pode fazer isso, e quem vê o seu número e o seu aniversário, torna o seu perfil mais difícil de coletar de novo.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Abra facebook.com/privacy/checkup (ou Menu &gt; Configurações e privacidade &gt; Verificação de privacidade). Em Como as pessoas podem encontrar você, defina quem pode procurar você pelo número de telefone informado como Amigos, ou a opção mais restrita oferecida, e faça o mesmo para o seu endereço de e-mail. Em Quem pode ver o que você compartilha, deixe o seu número de telefone, e-mail e aniversário visíveis para Somente eu.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Ative a autenticação de dois fatores no Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Uma segunda etapa no login barra quem tem a sua senha ou engana a sua operadora para transferir o seu número.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>No Instagram, vá ao seu perfil &gt; menu &gt; Configurações e privacidade &gt; Central de Contas &gt; Senha e segurança &gt; Autenticação de dois fatores. Escolha a sua conta e, se puder, um app de autenticação. Guarde em um lugar seguro os códigos de backup oferecidos.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Saia do Instagram nos dispositivos que você não reconhece</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>No Instagram, vá ao seu perfil &gt; menu &gt; Configurações e privacidade &gt; Central de Contas &gt; Senha e segurança &gt; Onde você está conectado. Escolha a sua conta e saia de qualquer dispositivo ou lugar que você não reconheça; depois troque a sua senha. Os nomes dos menus podem variar conforme a versão do app.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Deixe a sua conta do Instagram privada e fora das sugestões de contatos</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Uma conta pública mostra as suas fotos e seguidores para qualquer pessoa, e é isso que golpistas copiam para criar uma conta falsa parecida com a sua.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>No Instagram, vá ao seu perfil &gt; menu &gt; Configurações e privacidade &gt; Privacidade da conta e ative Conta privada. Depois procure em Configurações e privacidade a sincronização de contatos e a sugestão da sua conta para outras pessoas, e desative o que você não precisa. Os nomes dos menus podem variar conforme a versão do app.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Ative a verificação em duas etapas no LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Contas do LinkedIn são usadas para mandar ofertas de emprego falsas e convincentes aos seus contatos. Uma segunda etapa no login protege a sua conta disso.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>No app do LinkedIn, toque na sua foto do perfil &gt; Configurações &gt; Login e segurança &gt; Verificação em duas etapas &gt; Configurar e escolha um app autenticador ou o seu número de telefone.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>No LinkedIn, clique em Eu &gt; Configurações e privacidade &gt; Login e segurança &gt; Verificação em duas etapas &gt; Configurar e escolha um app autenticador ou o seu número de telefone.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Veja onde você está conectado ao LinkedIn e quem pode encontrar você por telefone ou e-mail</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Sessões antigas podem ficar conectadas por meses, e poder ser encontrado pelo número de telefone liga o seu número vazado ao seu perfil profissional.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>No LinkedIn, abra Eu &gt; Configurações e privacidade &gt; Login e segurança &gt; Onde você está conectado e saia das sessões que você não reconhece. Em Visibilidade, limite quem pode encontrar o seu perfil pelo seu endereço de e-mail ou número de telefone. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Crie uma senha no Telegram (verificação em duas etapas)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>O Telegram faz o seu login com um código enviado por mensagem de texto. Com uma senha extra, só o código não basta para tomar a sua conta.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>No Telegram, abra Configurações &gt; Privacidade e Segurança &gt; Verificação em Duas Etapas e crie uma senha. Adicione um e-mail de recuperação: sem ele, uma senha esquecida só pode ser redefinida esperando e perdendo os seus contatos e as conversas na nuvem.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Encerre as sessões do Telegram que você não conhece e oculte o seu número</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Cada dispositivo conectado pode ler as suas conversas na nuvem. Ocultar o seu número impede que estranhos o vejam nos grupos.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>No Telegram, abra Configurações &gt; Dispositivos (em versões antigas, Privacidade e Segurança &gt; Sessões Ativas) e encerre todas as sessões que você não reconhece. Depois abra Configurações &gt; Privacidade e Segurança &gt; Número de Telefone e, em Quem pode ver meu número, escolha Meus Contatos ou Ninguém. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Ative o bloqueio de registro do Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Com o bloqueio de registro ativado, quem conseguir um código para o seu número ainda vai precisar do seu PIN do Signal para registrá-lo.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>No Signal, abra Configurações &gt; Conta e ative o Bloqueio de registro (em versões antigas, ele fica em Privacidade). Ele usa o seu PIN do Signal: confira se você sabe qual é, em Configurações &gt; Conta &gt; PIN do Signal. O Signal não consegue recuperar um PIN esquecido.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Oculte o seu número no Signal e desvincule dispositivos que você não conhece</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>O Signal pode ocultar o seu número das pessoas com quem você troca mensagens, e um computador vinculado pode ler as suas mensagens.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>No Signal, abra Configurações &gt; Privacidade &gt; Número de telefone e, em Quem pode ver meu número, escolha Ninguém; escolha também quem pode encontrar você pelo seu número. Depois abra Configurações &gt; Dispositivos vinculados e desvincule os que você não reconhece. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Ative a autenticação de dois fatores no X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Uma segunda etapa no login barra quem tem a sua senha. No X, códigos por mensagem de texto são só para contas pagas; um app de autenticação ou uma chave de segurança é gratuito.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>No X, abra Configurações e privacidade &gt; Segurança e acesso à conta &gt; Segurança &gt; Autenticação de dois fatores e escolha App de autenticação ou Chave de segurança. Guarde o código de backup.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Encerre as outras sessões do X e impeça que encontrem você pelo número de telefone</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Sessões antigas podem continuar conectadas, e poder ser encontrado por telefone ou e-mail liga dados vazados à sua conta.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>No X, abra Configurações e privacidade &gt; Segurança e acesso à conta &gt; Apps e sessões &gt; Sessões e saia das sessões que você não reconhece. Depois abra Privacidade e segurança &gt; Encontrabilidade e contatos e desative a opção que permite encontrar você pelo seu número de telefone e e-mail. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Ative a verificação em duas etapas na sua Conta do Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>A sua Conta do Google abre o seu e-mail, e o seu e-mail redefine as senhas de todo o resto. Proteja-a primeiro.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Acesse myaccount.google.com &gt; Segurança &gt; Como você faz login no Google &gt; Verificação em duas etapas &gt; Começar. Prefira a solicitação do Google, um app autenticador ou uma chave de acesso a mensagens de texto.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Faça o Checkup de segurança do Google e desconecte dispositivos que você não conhece</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Ele lista os dispositivos conectados à sua conta e os eventos de segurança recentes, para você tirar quem não deveria estar lá.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Abra myaccount.google.com/security-checkup e siga as etapas. Em Seus dispositivos, saia de qualquer dispositivo que você não reconheça e depois troque a sua senha.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Veja o que o seu perfil do Google mostra para outras pessoas</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>O número de telefone e o aniversário no seu perfil do Google podem ficar visíveis para quem tem o seu endereço de e-mail.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Abra myaccount.google.com/privacycheckup e deixe o seu número de telefone, aniversário e outras informações pessoais visíveis só para você.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Remova da sua Conta do Google os apps que você não usa e as senhas de app antigas</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Apps que você conectou há anos ainda podem ler o seu e-mail ou arquivos, e uma senha de app abre a sua conta sem a verificação em duas etapas.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Confira se a autenticação de dois fatores está ativada na sua Conta Apple</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>A sua Conta Apple guarda as suas fotos, os seus backups e a possibilidade de apagar o seu iPhone. A autenticação de dois fatores garante que ela continue sendo sua.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Abra Ajustes &gt; [seu nome] &gt; Início de Sessão e Segurança &gt; Autenticação de Dois Fatores e ative-a se estiver desativada. Confira se os números de telefone confiáveis listados são seus.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>No Mac, abra Ajustes do Sistema &gt; [seu nome] &gt; Início de Sessão e Segurança e ative a Autenticação de Dois Fatores. Em outros computadores, inicie sessão em account.apple.com e confira Início de Sessão e Segurança.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Remova da sua Conta Apple os dispositivos que você não conhece</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Cada dispositivo na sua conta pode receber os seus códigos e pode ver os seus dados.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Abra Ajustes &gt; [seu nome] e role até a lista de dispositivos. Toque em qualquer um que você não reconheça e remova-o da sua conta. Os nomes podem variar conforme a versão do iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>No Mac, abra Ajustes do Sistema &gt; [seu nome] e revise os dispositivos listados; remova os que você não reconhece. Em outros computadores, inicie sessão em account.apple.com e confira os dispositivos listados lá.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Revise quem e o quê pode ver os dados do seu iPhone com a Verificação de Segurança</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>Compartilhamento de localização, álbuns compartilhados e permissões de apps se acumulam com os anos. A Verificação de Segurança mostra tudo em um só lugar para você interromper o que não quer mais.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Abra Ajustes &gt; Privacidade e Segurança &gt; Verificação de Segurança (iOS 16 ou posterior) &gt; Gerenciar Compartilhamento e Acesso. Revise as pessoas com quem você compartilha e os apps que podem ver a sua localização, fotos e contatos, e interrompa o que não for necessário. A Redefinição de Emergência interrompe todo o compartilhamento de uma vez; use-a só se precisar.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Revogue as senhas específicas de app da Apple que você não usa mais</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Uma senha específica de app deixa o app de outra empresa entrar no seu e-mail, contatos e calendários do iCloud sem a sua segunda etapa de login, então uma senha antiga ou vazada continua sendo uma porta de entrada.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Inicie sessão em account.apple.com. Em Início de Sessão e Segurança, escolha Senhas Específicas de App e remova as que você não usa ou não reconhece, ou escolha Revogar Todas. Trocar a senha da Conta Apple também revoga todas elas.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Ative a verificação em duas etapas na sua conta Microsoft</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>A sua conta Microsoft abre o e-mail do Outlook, os arquivos do OneDrive e o login no Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Acesse account.microsoft.com/security &gt; Gerenciar como eu entro (ou Opções de segurança avançadas) &gt; Verificação em duas etapas &gt; Ativar. O Microsoft Authenticator, um app autenticador, é a segunda etapa mais fácil. Anote o código de recuperação que ele mostrar.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Confira os logins recentes na sua conta Microsoft</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Remova as senhas de aplicativo antigas da sua conta Microsoft</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Uma senha de aplicativo deixa um app ou dispositivo mais antigo entrar na sua conta Microsoft sem a verificação em duas etapas, então uma que você não usa mais é uma porta aberta.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Acesse account.microsoft.com/security &gt; Opções de segurança avançadas (ou Gerenciar como eu entro) e procure Senhas de aplicativo. Remova as senhas de aplicativo existentes e crie novas só para os dispositivos que ainda precisarem delas. Os nomes dos menus podem variar.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Revise e apague o que a sua conta Microsoft guarda sobre você</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>A sua conta Microsoft pode guardar as suas pesquisas, navegação, localização e atividade em apps; o que não fica guardado não pode vazar nem ser usado contra você.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Entre em account.microsoft.com/privacy. Veja a atividade que o painel de privacidade mostra (pesquisa, navegação, localização, apps e serviços), apague o que você não quer guardar e depois desative as configurações que coletam o que você não precisa.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>uma revenda da coleta do Facebook de 2021, oferecida como usuários do WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Troque a sua senha de %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Uma senha vazada, mesmo embaralhada, deve ser tratada como conhecida por criminosos.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Uma dica de senha vazada muitas vezes entrega a senha, então trate a senha como conhecida por criminosos.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Entre em %1 e troque a sua senha. Se não conseguir entrar, use a página &quot;esqueci minha senha&quot; ou entre em contato com o serviço para recuperar ou encerrar a conta. Use uma senha longa que você nunca usou em outro lugar: três ou mais palavras aleatórias funcionam bem.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Troque essa senha em todos os outros lugares onde você a usou</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Criminosos testam senhas vazadas automaticamente em sites de e-mail, bancos e compras. Qualquer conta com a mesma senha ou uma parecida está em risco.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Uma dica de senha muitas vezes entrega a senha, e criminosos testam senhas vazadas automaticamente em sites de e-mail, bancos e compras. Qualquer conta com a mesma senha ou uma parecida está em risco.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Faça uma lista das contas em que você usou a mesma senha ou uma parecida. Comece pelo seu e-mail, depois o seu banco, depois as contas que você usa para entrar em outros sites (Google, Apple, Facebook). Dê a cada uma a sua própria senha.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Use um gerenciador de senhas</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Ele cria e lembra uma senha forte diferente para cada conta, assim um vazamento nunca abre outra conta.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Escolha um gerenciador de senhas (o que já vem no seu celular ou navegador é um bom começo), proteja-o com uma frase secreta longa e com a verificação em duas etapas e deixe que ele crie as novas senhas conforme você as troca.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Procure logins que você não reconhece</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Alguém pode já ter usado a senha vazada. Trocá-la nem sempre desconecta essa pessoa.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>Na conta afetada e na sua conta de e-mail, abra a página de segurança e veja os logins recentes e os dispositivos conectados. Saia de tudo o que você não reconhece e confira se nenhuma regra de encaminhamento ou endereço de recuperação foi adicionado à sua caixa de e-mail.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Troque as suas perguntas e respostas de segurança</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Respostas de segurança funcionam como senhas, e fatos vazados sobre você (aniversário, nome de solteira da mãe, cidade natal) são exatamente as respostas que as pessoas usam.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Troque qualquer senha ou PIN criado a partir do seu aniversário ou endereço</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>A sua data de nascimento ou o seu endereço agora são conhecidos; uma senha ou PIN criado a partir deles é fácil de adivinhar.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Se uma senha ou PIN inclui a sua data de nascimento, o ano em que você nasceu, o número da sua casa ou a sua rua, troque. Escolha um PIN que não tenha nada a ver com você.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Ative a verificação em duas etapas no seu e-mail</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>A sua caixa de e-mail pode redefinir as senhas de quase todas as suas outras contas. Proteja-a primeiro.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>Nas configurações de segurança da sua conta de e-mail, ative a verificação em duas etapas (às vezes chamada de autenticação de dois fatores ou confirmação em duas etapas). Prefira um app, uma chave de acesso ou uma chave de segurança a mensagens de texto. Confira se o telefone e o endereço de recuperação são seus.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Fique de olho em e-mails falsos convincentes</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Depois de um vazamento, criminosos mandam e-mails sobre redefinição de senha, reembolsos ou indenizações que citam a empresa e, às vezes, os seus próprios dados.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>Não use links nem anexos de mensagens inesperadas. Para conferir uma mensagem, acesse você mesmo o site da empresa ou ligue para o número da sua fatura ou do seu cartão. Empresas de verdade não pedem a sua senha nem códigos por e-mail.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Confira qualquer aviso de vazamento no próprio site da empresa</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Depois de um vazamento, criminosos mandam falsos avisos de vazamento e ofertas de indenização que levam a páginas de phishing. Um aviso verdadeiro pode ser confirmado no próprio site da empresa.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>Não use links, números ou anexos de uma mensagem sobre o vazamento. Digite você mesmo o endereço do site da empresa, ou use o app dela, e procure o comunicado sobre o vazamento e o que ela oferece. Se tiver dúvida, ligue para o número da sua fatura ou do seu cartão.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Cuidado com golpes que usam o seu trabalho</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Com o nome do seu empregador e o seu cargo, golpistas escrevem ofertas de emprego falsas ou se passam pelo seu chefe ou por um fornecedor pedindo um pagamento urgente ou cartões-presente.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Confirme pedidos incomuns de dinheiro, mudanças de pagamento ou documentos ligando para a pessoa em um número que você já conhece. Avise a equipe de TI ou de segurança do seu empregador se mensagens citarem o seu trabalho e parecerem estranhas. Tenha cuidado com ofertas de emprego que pedem taxas, documentos de identidade ou dados bancários logo no início.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Ligue para o emissor do seu cartão e peça um cartão novo</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Um número de cartão vazado com o código de segurança pode ser usado em pagamentos on-line na hora.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Ligue para o número no verso do seu cartão, diga que os dados do cartão estavam em um vazamento e peça um cartão novo com outro número. Confira os pagamentos recentes para ver se há algum que você não fez e atualize o cartão onde ele for usado para pagamentos automáticos.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Avise o seu banco que os dados da sua conta vazaram</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Quanto antes o seu banco souber, melhor ele pode vigiar fraudes e maior a sua proteção se sumir dinheiro.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Ligue para o seu banco no número do site dele ou do seu cartão, diga que os dados da sua conta estavam em um vazamento e pergunte o que ele recomenda: monitorar a conta, um novo número de conta ou uma nova senha (PIN). Confira os seus extratos para ver se há pagamentos que você não fez.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Acompanhe os extratos do banco e do cartão nos próximos meses</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Dados parciais do cartão e registros de pagamento ajudam criminosos a passar por perguntas de segurança e a tornar as mensagens deles convincentes.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Ative os alertas de pagamento no app do seu banco, se ele oferecer, e confira os extratos todo mês. Informe imediatamente ao seu banco qualquer pagamento que você não reconheça.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Transfira as suas criptomoedas para uma nova carteira</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Qualquer pessoa com uma frase de recuperação ou chave de carteira vazada pode esvaziar a carteira; não há banco para desfazer isso.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Em um dispositivo de confiança, crie uma nova carteira com uma nova frase de recuperação e transfira os seus fundos para ela. Nunca digite uma frase de recuperação em um site nem a compartilhe com quem oferece ajuda.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Congele o seu crédito ou adicione um alerta de fraude</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Com os seus dados de identidade, alguém pode fazer empréstimos ou contratos de telefone em seu nome. Um congelamento de crédito ou um alerta de fraude torna isso muito mais difícil.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Peça a uma agência de crédito um bloqueio de crédito gratuito de 21 dias (credit ban); ela o repassa às outras. Peça o seu relatório de crédito gratuito para ver se há pedidos que você não fez. A IDCARE (1800 595 160) ajuda de graça.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Considere o Cifas Protective Registration, que pede aos credores verificações extras antes de aceitar um pedido em seu nome (é pago). Confira o seu relatório de crédito em uma agência de crédito para ver se há contas que você não abriu.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Peça à SCHUFA, a principal agência de crédito, a sua cópia gratuita dos dados (Datenkopie: a cópia dos seus dados que toda empresa deve fornecer pela lei de proteção de dados da UE, art. 15 do RGPD) e procure contratos ou consultas de crédito que você não reconhece. Se encontrar algum, registre uma ocorrência na polícia e avise a empresa envolvida.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Aceite o monitoramento de crédito ou a proteção de identidade gratuitos que a empresa oferecer</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Empresas que perdem dados de identidade ou financeiros muitas vezes pagam por um monitoramento que avisa você sobre novos créditos ou contas em seu nome. Não custa nada para você e mostra o uso indevido cedo.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Se a empresa afetada oferecer monitoramento de crédito ou proteção de identidade gratuitos, cadastre-se, mas só pelo site oficial dela ou pela carta que ela enviou, não por um link em um e-mail ou SMS. Anote quando o período gratuito termina, para que não vire um plano pago.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Entregue a sua declaração de imposto de renda cedo este ano</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Um número do Seguro Social (SSN) vazado pode ser usado para entregar uma declaração falsa em seu nome e pedir a sua restituição.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Entregue o mais cedo que puder. Se o IRS disser que já foi entregue uma declaração com o seu número, denuncie em IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Peça ao IRS um Identity Protection PIN (IP PIN)</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Com o seu número do Seguro Social (SSN), alguém pode entregar uma declaração de imposto em seu nome e ficar com a sua restituição. Com um IP PIN, uma declaração entregue sem ele é rejeitada.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Avise o órgão que emitiu o seu documento</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Um número de passaporte, carteira de motorista ou identidade vazado pode ser usado para abrir contas em seu nome. O órgão emissor pode sinalizá-lo ou substituí-lo.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Entre em contato com o órgão que emitiu o documento (passaportes, carteira de motorista, carteira de identidade) e pergunte se ele deve ser sinalizado ou substituído.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Para uma carteira de motorista, entre em contato com o departamento de trânsito do seu estado e peça que sinalize o número. Para um número do Seguro Social, veja o passo do congelamento de crédito. Se alguém usar a sua identidade, denuncie em IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Saiba onde denunciar se a sua identidade for usada indevidamente</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Uma denúncia oficial dá a você um registro para bancos e credores e, em alguns países, um plano de recuperação.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Se aparecerem empréstimos, contas ou contratos em seu nome, registre uma ocorrência na polícia e guarde o número do registro; avise o banco ou a empresa envolvida.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Denuncie o roubo de identidade em IdentityTheft.gov ou pelo 1-877-438-4338: você recebe um Identity Theft Report (relatório de roubo de identidade) e um plano de recuperação.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Denuncie a fraude em reportfraud.police.uk ou pelo 0300 123 2040 (Inglaterra, País de Gales e Irlanda do Norte); na Escócia, ligue para a Police Scotland no 101. Avise o seu banco e qualquer empresa onde abriram contas em seu nome.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Entre em contato com a IDCARE pelo 1800 595 160 para receber ajuda gratuita e denuncie o crime cibernético pelo ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Denuncie à polícia local e ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá, 1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Ligue para o 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Registre uma ocorrência (Anzeige) na polícia, on-line pela Onlinewache do seu estado, onde houver, ou em qualquer delegacia. Avise o seu banco e qualquer empresa onde abriram contas em seu nome.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Registre uma queixa (plainte) na polícia ou na gendarmaria, com capturas de tela e cartas como prova; se você só suspeita de uso indevido, pode pedir que os fatos sejam registrados em uma main courante. Avise o seu banco e as organizações envolvidas. Se o seu cartão foi usado on-line sem você, bloqueie-o e denuncie no Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Denuncie o roubo de identidade à Policía Nacional ou à Guardia Civil e guarde a denúncia. A linha gratuita 017 do INCIBE orienta sobre o que fazer em seguida. Avise o seu banco e qualquer empresa onde abriram contas em seu nome.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Consulte no Registrato, serviço gratuito do Banco Central, as contas bancárias, os empréstimos e as chaves Pix registrados no seu CPF. Conteste com a empresa e com o seu banco tudo o que você não abriu e registre um boletim de ocorrência.</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Limpe o dispositivo que deixou vazar as suas senhas e depois troque-as</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Este vazamento vem de um malware que rouba senhas e cookies de login do navegador. Enquanto o dispositivo não estiver limpo, as senhas novas também seriam roubadas.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Faça uma verificação completa com um programa de segurança atualizado nos seus computadores ou, se tiver dúvida, restaure o dispositivo. Depois, a partir de um dispositivo limpo, troque as senhas do seu e-mail, do banco e de outras contas importantes, e encerre todas as outras sessões em cada uma delas.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Saia de todas as sessões em %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Tokens de login vazados permitem que alguém use a sua conta sem senha até que essas sessões sejam encerradas.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>Nas configurações de segurança de %1, escolha sair de todas as sessões ou dispositivos, depois entre de novo e troque a sua senha.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Atualize o seu celular, o seu computador e os seus apps</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Dados dos seus dispositivos ajudam criminosos a escolher ataques que funcionam neles; as atualizações fecham as brechas que esses ataques usam.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Abra Configurações &gt; Sistema &gt; Atualização de software (o nome varia conforme o fabricante) e instale as atualizações; na Play Store, atualize todos os apps e ative as atualizações automáticas.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Abra Ajustes &gt; Geral &gt; Atualização de Software e instale-a; ative as Atualizações Automáticas. Na App Store, ative as atualizações automáticas de apps.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Instale as atualizações que o seu sistema oferecer (Windows Update, Atualização de Software do macOS, o atualizador da sua distribuição Linux) e mantenha as atualizações automáticas ativadas, também para o navegador.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Mantenha o seu roteador atualizado e oculte o seu endereço IP quando for importante</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Instale as atualizações do seu roteador e troque a senha de administrador dele se ainda for a de fábrica. No WhatsApp, você pode ativar Configurações &gt; Privacidade &gt; Avançado &gt; Proteger endereço IP nas chamadas.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Desconfie de cartas, ligações e visitas que usam o seu endereço</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Com o seu nome e endereço, golpistas mandam cartas e encomendas convincentes ou aparecem dizendo ser de uma empresa que você usa.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Confirme com a empresa qualquer carta ou visita que peça dinheiro ou dados, usando contatos que você mesmo encontrar. Se você não se sentir em segurança porque o seu endereço é conhecido, procure a polícia.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Se alguém ameaçar revelar o que vazou, não pague</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Dados muito pessoais (saúde, sexualidade, crenças, mensagens privadas) não podem voltar a ser secretos. Às vezes, criminosos os usam para ameaçar pessoas e pedir dinheiro.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>Não responda às ameaças e não pague: pagar raramente resolve. Guarde as mensagens, denuncie a conta ao serviço e denuncie a ameaça à polícia. Converse com alguém de confiança.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Marque spam como spam e não responda</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>O seu endereço está em uma lista usada para enviar spam. Responder ou clicar em &quot;cancelar inscrição&quot; no spam só confirma que o endereço funciona.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Use o botão Denunciar spam ou Lixo eletrônico do seu programa de e-mail e bloqueie os remetentes. Não responda nem clique em links nessas mensagens.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Cadastre-se para receber alertas gratuitos quando o seu endereço de e-mail aparecer em um vazamento</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>O próximo vazamento não precisa ser uma surpresa: um alerta cedo dá tempo de trocar uma senha antes que ela seja usada.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>No haveibeenpwned.com, use Notify me (avise-me) e confirme o link que ele enviar por e-mail, ou crie uma conta gratuita do Mozilla Monitor em monitor.mozilla.org. Os dois avisam você quando o seu endereço aparece em um vazamento recém-descoberto. Faça isso para cada endereço que você usa.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Exclua as contas que você não usa mais</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Uma conta antiga de fórum ou de loja que você esqueceu ainda guarda os seus dados e talvez uma senha antiga; se ela vazar amanhã, os seus dados vazam de novo.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Procure na sua caixa de e-mail mensagens de cadastro e de boas-vindas para listar as contas antigas. Entre em cada uma que você não usa mais, exclua a conta (procure em configurações ou privacidade, ou peça ao suporte do site) e anote quais você encerrou. Troque a senha primeiro se você a reutilizou.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Guarde as suas senhas em um gerenciador de senhas</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Um gerenciador de senhas cria e lembra uma senha forte diferente para cada conta, assim um vazamento em um site nunca abre outro.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Escolha um gerenciador de senhas (o que já vem no seu celular ou navegador é um bom começo), proteja-o com uma frase secreta longa e com a verificação em duas etapas e deixe que ele crie uma senha nova sempre que você trocar uma.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Mantenha o seu celular e os seus apps atualizados</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>As atualizações corrigem as brechas de segurança que os criminosos usam. Ativar as atualizações automáticas faz isso por você.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Configurações &gt; Sistema &gt; Atualização de software e, na Play Store, ative as atualizações automáticas de apps.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Ajustes &gt; Geral &gt; Atualização de Software &gt; Atualizações Automáticas e, na App Store, ative as atualizações de apps.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Mantenha as atualizações automáticas ativadas no seu sistema e no seu navegador.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Ative a verificação em duas etapas no seu e-mail e nas suas contas principais</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>A sua caixa de e-mail pode redefinir as senhas de quase todo o resto. Uma segunda etapa no login barra quem tem a sua senha.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>Nas configurações de segurança da sua conta de e-mail, ative a verificação em duas etapas (também chamada de autenticação de dois fatores ou confirmação em duas etapas) e depois faça o mesmo no seu banco e nas suas redes sociais. Prefira um app, uma chave de acesso ou uma chave de segurança a mensagens de texto.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Sozinho, isto não diz a ninguém como falar com você nem como entrar nas suas contas. Pode deixar mensagens de golpe mais pessoais; os passos sobre golpes que acompanham os seus dados de contato cobrem isso.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Normalmente já está visível no seu perfil público, e não abre nenhuma conta. Se uma senha vazou junto, os passos sobre senhas cobrem isso.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>Não há nada que você possa mudar; isso raramente ajuda um criminoso diretamente. Desconfie de mensagens inesperadas que citam a sua escola ou os seus estudos.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Impressões digitais e dados do rosto não podem ser trocados, então não há nada a redefinir. Onde o serviço afetado oferecer, uma chave de acesso ou uma chave de segurança pode substituir o login biométrico nele.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Isto se refere a um parente que já faleceu. Às vezes, criminosos usam esses registros indevidamente; se você cuida dos assuntos dele, peça ao banco dele e às agências de crédito (onde existirem) que registrem o falecimento.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>Não há nada a mudar depois. Trate com cuidado ligações ou mensagens que citam as suas consultas e confirme diretamente com o consultório ou o escritório.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Uma cidade, região ou país não leva ninguém até a sua porta, e você não pode mudar isso. Se o seu endereço residencial também vazou, o passo sobre endereço cobre isso.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Peça à sua operadora que proteja o seu número contra troca de chip e portabilidade</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Com o seu número, um criminoso pode pedir à sua operadora um chip novo em seu nome, ou a portabilidade do seu número para outra empresa, e então receber os seus códigos de segurança. Um bloqueio ou PIN na sua conta da operadora impede isso.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Ligue para a sua operadora do seu próprio celular, ou use o app dela, e peça um bloqueio ou PIN que precise ser informado antes que alguém receba um chip novo para o seu número ou o transfira para outra empresa. Peça pelo nome. Nunca dê dados da conta a quem ligar dizendo ser da sua operadora; desligue e ligue para o número da sua fatura.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Peça à sua operadora (EE, O2, Vodafone, Three ou outra) que adicione à sua conta um PIN ou senha que precise ser informado para qualquer troca de chip. Se o seu celular perder o sinal de repente onde costuma funcionar, ou você receber uma mensagem inesperada sobre um chip novo, ligue na hora para a sua operadora e para o seu banco de outro telefone.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Desde julho de 2024 (regra da TRAI), um número não pode ser transferido para outra empresa por 7 dias depois de uma troca de chip: se o seu chip parar de funcionar sem motivo, ligue na hora para a sua operadora. No sancharsaathi.gov.in, Know Mobile Connections in Your Name (a verificação TAFCOP do governo) lista todos os números registrados com o seu documento; denuncie os que não forem seus.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Diga à sua operadora que os seus dados estavam em um vazamento e peça segurança extra na sua conta, como um PIN ou senha exigido para trocas de chip e transferências de número.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Para transferir o seu número para outra empresa, a nova operadora precisa do seu código RIO, que você obtém ligando para 3179 da sua própria linha. Nunca o leia para quem ligar para você. Se o seu celular ficar sem serviço de repente, ligue para a sua operadora de outro telefone: alguém pode ter conseguido um chip de substituição (duplicata) em seu nome.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Desde novembro de 2022, pelas regras da AGCOM, só o titular da linha pode trocar o chip ou transferir o número, com um documento de identidade e o código fiscal, e a operadora confirma o pedido por SMS ou ligação para o seu chip atual. Se você receber uma mensagem assim sem ter pedido, avise a sua operadora na hora.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>A agência espanhola de proteção de dados (AEPD) multou operadoras por entregarem chips duplicados sem conferir direito a identidade. Pergunte à sua operadora como ela confere quem você é antes de emitir um chip duplicado e se você pode adicionar uma senha à sua conta. Se o seu celular perder o serviço de repente, ligue para a sua operadora e para o seu banco de outro telefone.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Veja quais linhas de celular estão registradas no seu documento na consulta de linhas da BTK, o órgão regulador (hat-sorgulama.btk.gov.tr), e peça à operadora que cancele qualquer linha que você não conhece. Se o seu chip parar de funcionar de repente, ligue na hora para a sua operadora e para o seu banco de outro telefone.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Desde 2020, a CRTC, órgão regulador de telecomunicações do Canadá, exige que as operadoras informem trocas de chip e transferências de número não autorizadas, e as operadoras adicionaram verificações extras. Peça à sua operadora um PIN ou senha da conta que precise ser informado para trocas de chip e transferências de número. Se o seu celular perder o serviço de repente, ligue para a sua operadora e para o seu banco de outro telefone.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Confira se ninguém programou o desvio das suas chamadas</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Quem desvia as suas chamadas para o próprio celular pode atender as ligações que o seu banco faz para confirmar um pagamento, ou as que dizem códigos de segurança, sem mexer no seu chip.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Espere ligações e mensagens de golpe, e conheça os sinais</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Números vazados são vendidos a golpistas. Eles podem saber o seu nome e fingir ser o seu banco, uma transportadora, a polícia ou um parente que perdeu o celular.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Nunca compartilhe um código que você recebe por SMS: nenhum banco, operadora ou app vai pedir isso. Desconfie de urgência e de ameaças. Se uma mensagem ou ligação parecer vir de uma empresa que você conhece, desligue e ligue para o número do site dela, do seu cartão ou da sua fatura. Confirme um parente que escreve de um número novo ligando para o número antigo dele.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Denuncie SMS e ligações de golpe</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Denunciar ajuda a bloquear os remetentes para todo mundo e dá a você um registro se você perder dinheiro.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Denuncie SMS e ligações de golpe à sua operadora: a maioria permite encaminhar um SMS de golpe ou denunciar um número no app ou ligando para o atendimento. Se você perdeu dinheiro ou passou dados pessoais, avise o seu banco na hora e registre uma ocorrência na polícia.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Encaminhe SMS de golpe para 7726 (SPAM). Denuncie golpes em ReportFraud.ftc.gov. Se você perdeu dinheiro, entre em contato também com o seu banco.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Encaminhe SMS de golpe para 7726 (gratuito) e e-mails de golpe para report@phishing.gov.uk. Para denunciar uma ligação suspeita, envie CALL e o número por SMS para 7726. Para confirmar uma ligação do seu banco, ligue para 159. Se você perdeu dinheiro, denuncie em reportfraud.police.uk ou pelo 0300 123 2040 (Inglaterra, País de Gales e Irlanda do Norte), ou à Police Scotland pelo 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Encaminhe SMS de golpe, e denuncie ligações indesejadas, para 33700 (gratuito; também em 33700.fr). Pare o telemarketing cadastrando o seu número de graça no Bloctel (bloctel.gouv.fr). Se o seu cartão foi usado on-line sem você, bloqueie-o com o seu banco e depois denuncie no Perceval. Para ajuda após uma fraude on-line, use cybermalveillance.gouv.fr; se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Denuncie ligações e mensagens suspeitas de fraude com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in. Para parar ligações e SMS promocionais, envie START 0 para 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Denuncie golpes ao Scamwatch (scamwatch.gov.au) e crimes cibernéticos ao ReportCyber (cyber.gov.au). Para ajuda gratuita após um vazamento ou uso indevido de identidade, entre em contato com a IDCARE pelo 1800 595 160. Você pode cadastrar o seu número no Do Not Call Register (donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Denuncie golpes e fraudes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá): 1-888-495-8501 ou on-line. Se você perdeu dinheiro, denuncie também à polícia local e peça um número de registro.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Ligue para a linha gratuita de cibersegurança do INCIBE, 017, para se orientar sobre ligações e mensagens de golpe e sobre o que fazer após um vazamento de dados. Se você perdeu dinheiro, avise o seu banco e denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Denuncie golpes on-line e phishing à Polizia Postale pelo portal dela, commissariatodips.it. Se você perdeu dinheiro, avise o seu banco na hora e faça uma denúncia.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Primeiro reclame com a sua operadora sobre ligações ou SMS de golpe na sua linha. Se ela não resolver, procure a Autoridade Nacional Reguladora de Telecomunicações (NTRA) pelo 155 ou pelo app My NTRA. Se você perdeu dinheiro ou alguém ameaça você on-line, avise o seu banco e denuncie à polícia.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Desligue quando alguém disser ser da polícia, do exército ou do Ministério Público e pedir dinheiro, ouro ou dados bancários: autoridades nunca fazem isso. Denuncie sites de phishing e de golpe à USOM, o centro nacional de incidentes cibernéticos (usom.gov.tr). Denuncie fraudes à polícia pelo 112, o número único de emergência. Se você enviou dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Envie STOP por SMS para 2442 para parar SMS de marketing não solicitados (o serviço Do-Not-Disturb). Reclame primeiro com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622 ou 0800 2255 622, ou pelo formulário de reclamação on-line dela. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Avise família e amigos que alguém pode se passar por você</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Com o seu nome e a sua foto ou número, golpistas podem criar uma conta parecida com a sua e pedir dinheiro ou códigos aos seus contatos.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Diga às pessoas com quem você mais fala que você nunca vai pedir dinheiro nem código por mensagem, e que, se &quot;você&quot; escrever de um número novo, elas devem ligar para o seu número de sempre para confirmar. Se aparecer uma conta falsa, denuncie no app e peça aos seus contatos que também denunciem.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Onde puder, use um app autenticador em vez de códigos por SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Códigos enviados por SMS vão para quem controla o seu número. Com o seu número conhecido, um app autenticador, uma chave de acesso ou uma chave de segurança é mais seguro para o seu e-mail, banco e redes sociais.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>Nas configurações de segurança das suas contas mais importantes (primeiro o e-mail, depois o banco, depois as redes sociais), procure a verificação em duas etapas e escolha um app autenticador, uma chave de acesso ou uma chave de segurança em vez de SMS. Guarde os códigos de backup em um lugar seguro.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Limite quem pode encontrar você pelo número de telefone ou e-mail</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Apps que deixam qualquer pessoa procurar você pelo número são a forma como listas como esta são montadas e mantidas atualizadas.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>Nos apps que você usa (Facebook, Instagram, Telegram, Signal, X, LinkedIn), procure a configuração de privacidade que define quem pode procurar você pelo número de telefone ou e-mail e escolha a opção mais restrita. Informe o seu número só onde for necessário. O Google pode retirar resultados de pesquisa que mostram o seu número ou endereço (Resultados sobre você); a página em si continua no ar.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>tokens de login</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>foto do perfil</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>número da conta bancária</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>recado (texto do perfil)</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>dados do navegador</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>conversas</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>código de segurança do cartão</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>número do cartão</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data de nascimento</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>dados do dispositivo</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>carteira de motorista</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>endereço de e-mail</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empregador</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>nomes de familiares</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>gênero</translation>
    </message>
    <message>
        <source>location</source>
        <translation>localização</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>número de identidade</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>senhas antigas</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>conta de mensageiro</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>endereço IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>nome de solteira da mãe</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>parte do número do cartão</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>aniversário</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>número do passaporte</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>dica de senha</translation>
    </message>
    <message>
        <source>password</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>descrição do perfil</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de telefone</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>endereço residencial</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>mensagens privadas</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>foto do perfil</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>endereço de e-mail de recuperação</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>estado civil</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>perguntas e respostas de segurança</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>perfil em rede social</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>número do Seguro Social (SSN)</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>nome do parceiro ou da parceira</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nome de usuário</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Abra as suas conexões de terceiros em myaccount.google.com/connections e remova o acesso de tudo o que você não usa ou não reconhece. Depois abra Senhas de app em myaccount.google.com/apppasswords, a página que as gerencia, e revogue as que você não precisa. Trocar a senha da sua Conta do Google também revoga todas as suas senhas de app.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>A página de atividade recente mostra onde e como a sua conta foi usada nos últimos 30 dias. Um login que você não reconhece pode significar que outra pessoa tem a sua senha, mas também pode ser o seu próprio celular, uma viagem ou uma VPN (um serviço que esconde de onde você se conecta).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Abra account.live.com/activity e expanda qualquer login que você não reconheça para ver o local e o dispositivo. Se não foi você, escolha Não fui eu, onde a página oferecer, troque a sua senha e ative a verificação em duas etapas. Se não tiver certeza, veja se o dispositivo e o local podem ser seus, como o seu celular ou uma viagem; se não puderem, trate como se não fosse você.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Na conta afetada, e nas contas em que você usou as mesmas perguntas ou respostas, troque-as. Use respostas que não sejam verdadeiras e que não possam ser descobertas, e guarde-as em um lugar seguro, como o seu gerenciador de senhas.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>O congelamento é gratuito e não prejudica a sua pontuação de crédito. Congele o seu cadastro em cada agência, Equifax, Experian e TransUnion, no site dela ou por telefone: ele começa em até um dia útil, e a agência deve suspendê-lo em até uma hora quando você pedir. Ou, no mínimo, registre um alerta de fraude gratuito de um ano em uma agência. Pais e mães também podem congelar, de graça, o cadastro de um filho menor de 16 anos.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Peça às duas agências de crédito que coloquem um alerta de fraude no seu cadastro: Equifax Canada 1-800-465-7166 e TransUnion Canada 1-800-663-9980. Se você mora em Quebec, também pode pedir às duas um congelamento de segurança (security freeze, desde fevereiro de 2023): elas então não passam o seu cadastro a credores até você suspendê-lo. Confira o seu relatório de crédito pelo menos uma vez por ano.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Peça o Protective Registration ao Southern African Fraud Prevention Service (SAFPS), com o formulário do site ou do app dele. O SAFPS então avisa os seus membros, como os credores, para terem cuidado extra ao confirmar que é mesmo você. Se o seu livro de identidade (ID book) ou passaporte for perdido ou roubado, você também pode registrá-lo ligando para o SAFPS no 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Entre na sua IRS Online Account em irs.gov/ippin e confirme a sua identidade; o PIN aparece em seguida. Se não conseguir confirmar on-line, use o Form 15227 (renda abaixo do limite do IRS) ou vá a um IRS Taxpayer Assistance Center com hora marcada. Um novo PIN de seis dígitos chega a cada ano; use-o em todas as declarações federais. O IRS nunca o pede por telefone, e-mail ou SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Denuncie o uso indevido da sua identidade on-line à Polizia Postale, a unidade da polícia para crimes on-line, no portal commissariatodips.it ou em um dos escritórios dela. Avise o seu banco na hora e conteste qualquer pagamento ou empréstimo que você não fez.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncie o uso indevido da sua identidade, fraudes on-line ou chantagem ao Ministério do Interior (moiegypt.gov.eg) ou em uma delegacia, e guarde capturas de tela como prova. Avise o seu banco e a sua operadora sobre contas ou linhas que você não abriu.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>Em uma emergência, como um crime acontecendo agora, ligue para o 112. Fora isso, registre uma queixa (şikâyet), por escrito ou oral, em uma delegacia de polícia, num posto da gendarmaria ou na promotoria pública (Cumhuriyet Başsavcılığı). Denuncie sites falsos de bancos ou do governo à USOM (usom.gov.tr). Veja as linhas de celular registradas no seu documento na consulta de linhas da BTK (hat-sorgulama.btk.gov.tr) e avise o seu banco sobre contas ou empréstimos que você não abriu.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncie fraudes on-line ou chantagem à polícia nacional (DGSN) na plataforma e-Blagh (e-blagh.ma), e outros usos indevidos da sua identidade em uma delegacia. Avise o seu banco e a sua operadora sobre contas ou linhas que você não abriu.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional, pessoalmente ou no site ADenunciar da polícia, se ele listar o seu caso; guarde o número do processo. Avise a empresa onde a fraude aconteceu. Peça à TransUnion um alerta de fraude no seu relatório de crédito e conteste qualquer dívida que não seja sua com a TransUnion e a DataCrédito; se não der certo, reclame à SIC, a autoridade de proteção de dados.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Se aparecerem empréstimos ou contas em seu nome, prove ao credor ou à empresa de cobrança que não foi você; ele então lhe dá uma carta confirmando que alguém se passou por você. Denuncie à polícia (SAPS). Se o credor não for membro do Southern African Fraud Prevention Service (SAFPS), envie a carta ao SAFPS: ele sinaliza o seu número de identidade e emite um Protective Registration (PR) e um número de vítima (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncie o uso indevido da sua identidade à Gendarmaria, pela linha gratuita 1055 ou on-line em ppgn.mdn.dz (depois você confirma a queixa em uma brigada), ou em uma delegacia. Guarde mensagens e comprovantes, e avise o seu banco e a sua operadora sobre contas ou linhas que você não abriu.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Um endereço IP pode mostrar mais ou menos onde você está. Um roteador atualizado e com a própria senha de administrador protege a rede da sua casa, seja qual for o endereço que vazou.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Ative os bloqueios gratuitos da sua operadora. T-Mobile: no app T-Life, toque em Account &gt; o ícone de engrenagem &gt; Security, depois SIM Protection e Port Out Protection; o Port Out Protection é definido para cada linha separadamente, então ative-o em todas as linhas. Verizon: Number Lock e SIM Protection no My Verizon. AT&amp;T: Wireless Account Lock no myAT&amp;T. Outras: peça um bloqueio. Nunca desative um bloqueio porque alguém pediu em uma ligação.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Operadoras como a Vodafone pedem a sua senha de cliente (Kundenkennwort) antes de entregar um chip novo em uma loja. Escolha uma que não seja o seu aniversário nem outra coisa que possa ter vazado, e troque-a se você a digitou depois de tocar em um link de SMS. Se o seu celular perder o serviço de repente, ligue para a sua operadora e para o seu banco de outro telefone.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Veja o Desvio de chamadas nas configurações de chamada do seu celular, ou na sua conta com a operadora, e desative qualquer desvio que você não configurou. Se alguém ligar ou mandar SMS dizendo ser da sua operadora e pedir que você digite um código ou mude uma configuração, desligue e ligue para a sua operadora no número da sua fatura. Os menus variam conforme o celular.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Denuncie ligações indesejadas, SMS de spam e números usados indevidamente à Bundesnetzagentur (a agência federal de redes) pelos formulários on-line em bundesnetzagentur.de/aergermitrufnummern. Ela cuida dos números, não de fraudes: se alguém tentou enganar você ou você perdeu dinheiro, denuncie à polícia, on-line pela Onlinewache (delegacia on-line) do seu estado ou em qualquer delegacia. Não retorne chamadas perdidas de números desconhecidos.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Encaminhe SMS de golpe para 330330 (gratuito, para todas as operadoras), o número de denúncias do órgão regulador. Se você perdeu dinheiro, ligue para o seu banco na hora e denuncie à polícia.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Cadastre o seu número no Não Me Perturbe (naomeperturbe.com.br) para parar as ligações de vendas de operadoras de telecomunicações e de bancos; reclame à Anatel pelo 1331 se elas continuarem. Algumas ligações de empresas já mostram o nome, o logotipo e o motivo de quem liga, com a confirmação de que o número é verdadeiro (Origem Verificada); mesmo assim, nunca informe códigos ou senhas em uma ligação. Se você perdeu dinheiro, avise o seu banco e registre um boletim de ocorrência.</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Denuncie golpes on-line, fraudes e chantagem à polícia nacional (DGSN) na plataforma e-Blagh (e-blagh.ma). Para problemas com a sua linha, reclame com a sua operadora. Se você perdeu dinheiro, ligue para o seu banco na hora e denuncie à polícia.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Denuncie fraudes e golpes on-line à Fiscalía ou à Polícia Nacional, em uma delegacia ou on-line no serviço ADenunciar, se ele listar o seu caso; guarde o número do processo. Se você perdeu dinheiro, ligue para o seu banco na hora. Nunca dê códigos, números de cartão ou senhas a quem ligar.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Denuncie golpes à Gendarmaria, pela linha gratuita 1055 ou on-line em ppgn.mdn.dz (depois você confirma a queixa em uma brigada), ou em uma delegacia. Se levaram dinheiro, avise na hora o seu banco ou a Algérie Poste. Guarde mensagens e comprovantes.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Se você perdeu dinheiro ou passou dados bancários, ligue na hora para o National Scam Response Centre no 997 e depois registre uma ocorrência na polícia. Desligue quando alguém disser ser da MCMC, da polícia ou do banco.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Confira os seus relatórios de crédito para ver se há contas que você não abriu</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Empréstimos, cartões ou contratos que alguém abre em seu nome aparecem no seu relatório de crédito. Conferi-lo é a forma de percebê-los cedo.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Peça os seus relatórios de crédito de graça em AnnualCreditReport.com: Equifax, Experian e TransUnion deixam você ver o seu uma vez por semana. Outros sites podem cobrar ou ser falsos. Procure contas, empréstimos ou endereços que você não reconhece; se encontrar algum, denuncie em IdentityTheft.gov.</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Você pode obter o seu relatório de crédito de graça nas duas agências de crédito: na TransUnion Canada on-line, por correio ou pessoalmente, e na Equifax Canada por correio, com o formulário de pedido e cópias do seu documento. Confira os dois, pelo menos uma vez por ano, para ver se há contas ou consultas de crédito que você não reconhece.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Você pode obter o seu relatório de crédito de graça pelo menos uma vez a cada três meses. Peça a cada agência de crédito, pois elas podem ter informações diferentes, e veja se há pedidos de crédito ou contas que você não fez.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Toda empresa de informações de crédito (agência de crédito) que tem o seu histórico de crédito deve dar a você, a cada ano civil, um relatório de crédito completo e gratuito, com a sua pontuação (regra do Reserve Bank of India). Peça a cada agência no site dela e veja se há empréstimos ou cartões que você não fez. Se encontrar algum, ligue para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>A lei permite obter o seu relatório de crédito de graça uma vez por ano em cada agência de crédito. Peça a cada agência principal, como a TransUnion, e procure empréstimos ou contas que você não abriu. Você pode contestar registros errados com a agência sem custo; ela tem 20 dias úteis para verificá-los.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Confira o seu relatório CCRIS, o registro do Bank Negara Malaysia dos seus empréstimos e pedidos de crédito, no serviço eCCRIS (eccris.bnm.gov.my). Procure empréstimos ou pedidos que você não fez e envie pelo eCCRIS um pedido de verificação de dados para que os registros errados sejam conferidos.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Deixe o seu celular ou navegador verificar se as suas senhas salvas vazaram</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>O gerenciador de senhas que você já tem pode mostrar quais das suas senhas salvas apareceram em um vazamento, para você saber quais trocar.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Abra passwords.google.com (Gerenciador de senhas do Google) no navegador e escolha Acessar o Checkup de senhas &gt; Verificar senhas. Troque todas as senhas marcadas como comprometidas, começando pelo seu e-mail e banco, e depois as reutilizadas. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>No iOS 18 ou posterior, abra o app Senhas e toque em Segurança; em versões anteriores, abra Ajustes &gt; Senhas &gt; Recomendações de Segurança. Confira se Detectar Senhas Comprometidas está ativado e troque todas as senhas marcadas como comprometidas, começando pelo seu e-mail e banco. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Mais (três pontos) &gt; Senhas e preenchimento automático &gt; Gerenciador de senhas do Google &gt; Checkup. Edge: Configurações e mais (...) &gt; Configurações &gt; Perfis &gt; Senhas, e ative Mostrar alertas quando senhas forem encontradas em um vazamento online. Firefox: Configurações &gt; Privacidade e segurança &gt; Senhas, e deixe marcado Exibir alertas sobre senhas de sites vazados. Mac: app Senhas &gt; Segurança. Os nomes dos menus podem variar conforme a versão.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>Não procure, não baixe e não abra os arquivos vazados</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Pode ser tentador procurar os dados vazados para ver o que eles têm sobre você. Cópias que circulam na internet já foram encontradas escondendo malware que infecta o dispositivo que as abre.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>Não procure, não baixe e não abra arquivos que dizem conter este vazamento, nem para conferir os seus próprios dados. Para saber o que vazou, confie no aviso da própria empresa ou em um serviço de alerta de vazamentos como o Have I Been Pwned. Se você já abriu um arquivo assim, faça uma verificação no dispositivo com um programa de segurança atualizado e troque as senhas a partir de outro dispositivo.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Nunca repasse um código que alguém diz ter enviado a você por engano</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Com o seu número, um golpista pode começar a entrar no seu WhatsApp ou Telegram no celular dele; o app então envia o código para você por SMS. Ele pede o código a você, muitas vezes escrevendo da conta sequestrada de um amigo. Quem tiver o código pode tomar a sua conta.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Nunca repasse um código que o WhatsApp, o Telegram ou qualquer outro serviço enviar por SMS, nem para um amigo que diga que ele foi enviado a você por engano. Se você já repassou, entre de novo com o seu número na hora; no WhatsApp, isso desconecta a outra pessoa. Depois ative a confirmação em duas etapas (no Telegram, verificação em duas etapas) e avise os seus contatos para não responderem a mensagens da sua conta.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Encaminhe SMS de golpe para 7726 (SPAM) e denuncie o golpe em ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Encaminhe SMS de golpe para 7726 (gratuito). Se você perdeu dinheiro, denuncie em reportfraud.police.uk ou, na Escócia, à Police Scotland pelo 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie ao Scamwatch (scamwatch.gov.au). Se você perdeu dinheiro, fale com o seu banco na hora; a IDCARE (1800 595 160) ajuda se a sua identidade for usada indevidamente.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie golpes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá) pelo 1-888-495-8501 ou on-line; se você perdeu dinheiro, avise também o seu banco e a polícia local.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Encaminhe SMS de golpe para 33700 (gratuito). Se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria; o cybermalveillance.gouv.fr pode ajudar.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie a fraude à polícia, on-line pela Onlinewache do seu estado, onde houver, ou em qualquer delegacia.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie à Polizia Postale em commissariatodips.it e, se você perdeu dinheiro, avise o seu banco na hora.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Para se orientar, ligue para a linha gratuita de cibersegurança do INCIBE, 017. Se você perdeu dinheiro, denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Reclame com a sua operadora e, se não for resolvido, com o órgão regulador NTRA pelo 155. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Encaminhe SMS de golpe para 330330 (gratuito, para todas as operadoras).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie sites de golpe à USOM (usom.gov.tr), e fraudes em uma delegacia de polícia ou posto da gendarmaria, ou pelo 112 se estiver acontecendo agora.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie a mensagem com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Reclame com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie fraudes on-line à polícia nacional (DGSN) no e-Blagh (e-blagh.ma); se você perdeu dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Se levaram dinheiro, ligue para o seu banco na hora e faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Nunca repasse um código que o WhatsApp ou o Telegram enviar por SMS, nem para um amigo que diga que ele chegou por engano. Se você repassou, entre de novo com o seu número na hora, encerre as sessões que você não conhece e ative a confirmação em duas etapas (no Telegram, verificação em duas etapas). Denuncie golpes por SMS à WASPA, a entidade do setor de mensagens móveis (waspa.org.za); se você perdeu dinheiro, ligue na hora para a central antifraude do seu banco.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Confirme uma mensagem de &quot;número novo&quot; de alguém da família antes de responder</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Golpistas escrevem para pais e amigos fingindo ser um filho ou parente: &quot;Oi, mãe, quebrei o celular, este é o meu número novo.&quot; Depois de algumas mensagens, pedem dinheiro para uma conta urgente ou um celular novo.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>Não responda ao número novo nem envie dinheiro. Ligue para a pessoa no número que você já tem, pergunte a outro parente ou faça uma pergunta que só ela saberia responder. Não troque o número salvo da pessoa por causa de uma mensagem. Denuncie e bloqueie o remetente no app de mensagens.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Alguns golpistas incluem na história um falso advogado ou policial. Encaminhe SMS de golpe para 7726 (SPAM) e denuncie o golpe em ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Encaminhe SMS de golpe para 7726 (gratuito). Se você perdeu dinheiro, denuncie em reportfraud.police.uk ou, na Escócia, à Police Scotland pelo 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Nunca troque o número salvo da pessoa por causa de uma mensagem. Denuncie ao Scamwatch (scamwatch.gov.au). Se você perdeu dinheiro, fale com o seu banco na hora; a IDCARE (1800 595 160) ajuda se a sua identidade for usada indevidamente.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie golpes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá) pelo 1-888-495-8501 ou on-line; se você perdeu dinheiro, avise também o seu banco e a polícia local.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Encaminhe SMS de golpe para 33700 (gratuito). Se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria; o cybermalveillance.gouv.fr pode ajudar.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie a fraude à polícia, on-line pela Onlinewache do seu estado, onde houver, ou em qualquer delegacia.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie à Polizia Postale em commissariatodips.it e, se você perdeu dinheiro, avise o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Para se orientar, ligue para a linha gratuita de cibersegurança do INCIBE, 017. Se você perdeu dinheiro, denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Reclame com a sua operadora e, se não for resolvido, com o órgão regulador NTRA pelo 155. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Encaminhe SMS de golpe para 330330 (gratuito, para todas as operadoras).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie sites de golpe à USOM (usom.gov.tr), e fraudes em uma delegacia de polícia ou posto da gendarmaria, ou pelo 112 se estiver acontecendo agora.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie a mensagem com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Reclame com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie fraudes on-line à polícia nacional (DGSN) no e-Blagh (e-blagh.ma); se você perdeu dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Se levaram dinheiro, ligue para o seu banco na hora e faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Não responda nem envie dinheiro. Ligue para a pessoa no número que você já tem ou faça uma pergunta que só ela saberia responder. Denuncie golpes por SMS à WASPA, a entidade do setor de mensagens móveis (waspa.org.za); se você perdeu dinheiro, ligue na hora para a central antifraude do seu banco.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Ignore SMS sobre encomendas, pedágios ou multas que pedem para você tocar em um link</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Golpistas mandam SMS sobre uma encomenda que não pôde ser entregue, um pedágio não pago, uma multa ou uma pequena taxa. O link leva a uma página imitada que rouba os dados do seu cartão ou os seus dados pessoais.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>Não toque em links de SMS sobre entregas, pedágios, multas ou taxas. Confira uma entrega no app ou site oficial da loja ou da transportadora, e um pedágio ou uma multa no site oficial que você mesmo procurar. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie o SMS à sua operadora e depois apague-o.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. SMS falsos sobre pedágios não pagos são comuns. Encaminhe SMS de golpe para 7726 (SPAM) e denuncie o golpe em ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Encaminhe SMS de golpe para 7726 (gratuito). Se você perdeu dinheiro, denuncie em reportfraud.police.uk ou, na Escócia, à Police Scotland pelo 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie ao Scamwatch (scamwatch.gov.au). Se você perdeu dinheiro, fale com o seu banco na hora; a IDCARE (1800 595 160) ajuda se a sua identidade for usada indevidamente.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie golpes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá) pelo 1-888-495-8501 ou on-line; se você perdeu dinheiro, avise também o seu banco e a polícia local.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Se depois o seu cartão for usado sem você, bloqueie-o e denuncie no Perceval. Encaminhe SMS de golpe para 33700 (gratuito). Se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria; o cybermalveillance.gouv.fr pode ajudar.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie a fraude à polícia, on-line pela Onlinewache do seu estado, onde houver, ou em qualquer delegacia.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie à Polizia Postale em commissariatodips.it e, se você perdeu dinheiro, avise o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Para se orientar, ligue para a linha gratuita de cibersegurança do INCIBE, 017. Se você perdeu dinheiro, denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Reclame com a sua operadora e, se não for resolvido, com o órgão regulador NTRA pelo 155. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Encaminhe SMS de golpe para 330330 (gratuito, para todas as operadoras).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie sites de golpe à USOM (usom.gov.tr), e fraudes em uma delegacia de polícia ou posto da gendarmaria, ou pelo 112 se estiver acontecendo agora.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie a mensagem com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Reclame com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie fraudes on-line à polícia nacional (DGSN) no e-Blagh (e-blagh.ma); se você perdeu dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Se levaram dinheiro, ligue para o seu banco na hora e faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Não toque em links de SMS sobre encomendas, pedágios ou multas; confira no site ou app oficial da transportadora ou do órgão. Se você digitou dados do cartão, ligue para o seu banco na hora. Denuncie golpes por SMS à WASPA, a entidade do setor de mensagens móveis (waspa.org.za); se você perdeu dinheiro, ligue na hora para a central antifraude do seu banco.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Desligue ligações que parecem vir do seu banco ou da polícia e ligue de volta você mesmo</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Golpistas conseguem fazer qualquer número aparecer na sua tela, inclusive o do seu banco ou o da polícia. Com dados de um vazamento, eles parecem de verdade e pressionam você a transferir dinheiro, ler um código ou dar os dados do cartão.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê o seu PIN ou os dados do cartão a quem ligou, por mais real que pareça. Desligue e ligue você mesmo para o número do seu cartão, do seu extrato ou do site oficial.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie ligações de golpe em ReportFraud.ftc.gov, e ligações com número falsificado à FCC.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Para confirmar uma ligação do seu banco, ligue para 159; para denunciar uma ligação de golpe, envie CALL e o número por SMS para 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie ao Scamwatch (scamwatch.gov.au). Se você perdeu dinheiro, fale com o seu banco na hora; a IDCARE (1800 595 160) ajuda se a sua identidade for usada indevidamente.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie golpes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá) pelo 1-888-495-8501 ou on-line; se você perdeu dinheiro, avise também o seu banco e a polícia local.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie a ligação ao 33700 (33700.fr). Se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie ligações indesejadas à Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern), e tentativas de fraude à polícia, pela Onlinewache do seu estado ou em qualquer delegacia.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie à Polizia Postale em commissariatodips.it e, se você perdeu dinheiro, avise o seu banco na hora.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Para se orientar, ligue para a linha gratuita de cibersegurança do INCIBE, 017. Se você perdeu dinheiro, denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Reclame com a sua operadora e, se não for resolvido, com o órgão regulador NTRA pelo 155. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie fraudes em uma delegacia de polícia ou posto da gendarmaria, ou pelo 112 se estiver acontecendo agora, e sites de golpe à USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie a ligação com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Ligações de grandes empresas mostram cada vez mais o nome e o selo verificados (Origem Verificada); mesmo assim, nunca informe códigos ou senhas em uma ligação.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Reclame com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Denuncie fraudes à polícia nacional (DGSN) no e-Blagh (e-blagh.ma); se você perdeu dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>O número que aparece na tela pode ser falsificado. Nunca transfira dinheiro, nem leia um código, nem dê dados do cartão a quem ligou. Desligue e ligue você mesmo para o número do seu cartão ou do site oficial. Se levaram dinheiro, ligue para o seu banco na hora e faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>Não faça nada por causa de mensagens dizendo que a sua conta será bloqueada ou suspensa</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>Mensagens falsas dizem que a sua conta do banco, a sua linha de celular ou o seu WhatsApp serão bloqueados se você não &quot;confirmar&quot; os seus dados por um link ou uma ligação. A pressa serve para impedir que você confira.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>Não toque em links nem ligue para números da mensagem. Abra o app oficial do banco ou da empresa, ou digite você mesmo o endereço do site, e confira lá. Empresas de verdade não pedem a sua senha, PIN ou códigos por mensagem. Denuncie a mensagem à sua operadora, ou no WhatsApp com Denunciar, e depois apague-a.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Encaminhe SMS de golpe para 7726 (SPAM) e denuncie o golpe em ReportFraud.ftc.gov.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Encaminhe SMS de golpe para 7726 (gratuito) e e-mails de golpe para report@phishing.gov.uk. Se você perdeu dinheiro, denuncie em reportfraud.police.uk ou, na Escócia, à Police Scotland pelo 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie ao Scamwatch (scamwatch.gov.au). Se você perdeu dinheiro, fale com o seu banco na hora; a IDCARE (1800 595 160) ajuda se a sua identidade for usada indevidamente.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie golpes ao Canadian Anti-Fraud Centre (Centro Antifraude do Canadá) pelo 1-888-495-8501 ou on-line; se você perdeu dinheiro, avise também o seu banco e a polícia local.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Encaminhe SMS de golpe para 33700 (gratuito). Se você perdeu dinheiro, registre uma queixa na polícia ou na gendarmaria; o cybermalveillance.gouv.fr pode ajudar.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie a fraude à polícia, on-line pela Onlinewache do seu estado, onde houver, ou em qualquer delegacia.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie à Polizia Postale em commissariatodips.it e, se você perdeu dinheiro, avise o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Para se orientar, ligue para a linha gratuita de cibersegurança do INCIBE, 017. Se você perdeu dinheiro, denuncie à Policía Nacional ou à Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Reclame com a sua operadora e, se não for resolvido, com o órgão regulador NTRA pelo 155. Se você perdeu dinheiro, avise o seu banco e a polícia.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Encaminhe SMS de golpe para 330330 (gratuito, para todas as operadoras).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie sites de golpe à USOM (usom.gov.tr), e fraudes em uma delegacia de polícia ou posto da gendarmaria, ou pelo 112 se estiver acontecendo agora.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie a mensagem com o Chakshu, no sancharsaathi.gov.in. Se você perdeu dinheiro, ligue na hora para 1930 ou denuncie em cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Reclame com a sua operadora e guarde o número do protocolo; se não for resolvido, procure a Nigerian Communications Commission pelo 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie fraudes on-line à polícia nacional (DGSN) no e-Blagh (e-blagh.ma); se você perdeu dinheiro, ligue para o seu banco na hora.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Se levaram dinheiro, ligue para o seu banco na hora e faça uma denúncia criminal (denuncia) na Fiscalía ou na Polícia Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Não toque em links nem ligue para números da mensagem; confira no app ou site oficial da empresa. Empresas de verdade não pedem senhas, PINs ou códigos por mensagem. Denuncie golpes por SMS à WASPA, a entidade do setor de mensagens móveis (waspa.org.za); se você perdeu dinheiro, ligue na hora para a central antifraude do seu banco.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>Não responda a SMS de remetentes que você não conhece, nem com STOP: uma resposta mostra ao remetente que o número está em uso. Denuncie golpes e spam por SMS à WASPA, a entidade do setor de mensagens móveis (waspa.org.za). Se você perdeu dinheiro ou passou dados bancários, ligue na hora para a central antifraude do seu banco e abra um caso na polícia (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Avise o setor de TI que o seu endereço de trabalho vazou</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Uma conta de trabalho ou de escola é administrada pela sua organização, não por você: o setor de TI pode verificar os logins, redefinir a senha e ativar a verificação em duas etapas, e precisa saber que o endereço estava em um vazamento.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Entre em contato com o setor de TI ou o suporte técnico pelo caminho de sempre, não respondendo a uma mensagem sobre o vazamento. Diga qual endereço, qual vazamento e o que vazou. Pergunte se você deve trocar a senha ou ativar a verificação em duas etapas e faça o que eles disserem. Se você usou essa senha em outro lugar, troque-a lá também. Se o endereço for do seu próprio domínio, proteja-o no seu provedor de e-mail.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Troque a senha vazada em todos os lugares onde você a usa</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Criminosos testam primeiro, automaticamente, as senhas das listas de vazamentos em sites de e-mail, bancos e compras. Toda conta que usa esta senha está em risco até ter uma senha só dela.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Troque-a primeiro na sua conta de e-mail, porque pelo e-mail é possível redefinir as suas outras senhas; depois no seu banco, depois nas contas que você usa para entrar em outros sites (Google, Apple, Facebook) e, por fim, em todos os outros lugares onde ela ou uma parecida é usada. Dê a cada conta a sua própria senha longa: um gerenciador de senhas pode criá-las e lembrá-las.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Históricos escolares</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldos de contas</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Contatos da agenda</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Faixas etárias</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Idades</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Prompts de IA</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Consultas marcadas</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Apps instalados em dispositivos</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Signos do zodíaco</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Gravações de áudio</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Tokens de autenticação</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatares</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Números de contas bancárias</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Notas de beleza</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Dados biométricos</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biografias</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Dados do user agent do navegador</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Históricos de navegação</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Preferências de compra</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Posse de carro</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Níveis de carreira</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Nomes de redes de celular</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Doações beneficentes</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Registros de conversas</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Situação de cidadania</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Tamanhos de roupa</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentários</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Nomes de empresas</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>CVV do cartão de crédito</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Cartões de crédito</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Pontuações de crédito</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Informações sobre situação de crédito</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Endereços de carteiras de criptomoedas</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Hashes de carteiras de criptomoedas</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Opiniões de clientes</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Interações com clientes</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Comentários do atendimento ao cliente</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Registros do atendimento ao cliente</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Datas de nascimento</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Data de falecimento</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Situação de falecimento</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Instruções de entrega</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Informações do dispositivo</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Números de série de dispositivos</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Dados de rastreamento de uso de dispositivos</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Deficiências</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Nomes de exibição</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Hábitos de consumo de álcool</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Carteiras de motorista</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Hábitos de uso de drogas</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Rendimentos</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Hábitos alimentares</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Níveis de escolaridade</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Endereços de e-mail</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>Mensagens de e-mail</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empregadores</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Situação de emprego</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Chaves criptografadas</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Etnias</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Nomes de familiares</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Planos familiares</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Estrutura familiar</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Investimentos financeiros</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Transações financeiras</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Níveis de condicionamento físico</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Voos realizados</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Publicações em fóruns</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Gêneros</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Localizações geográficas</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Documentos de identidade oficiais</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Informações de plano de saúde</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Senhas antigas</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>Sorologia para HIV</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Informações de financiamento imobiliário</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Posse de imóvel</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>URLs de páginas pessoais</translation>
    </message>
    <message>
        <source>IMEI numbers</source>
        <translation>Números IMEI</translation>
    </message>
    <message>
        <source>IMSI numbers</source>
        <translation>Números IMSI</translation>
    </message>
    <message>
        <source>Income levels</source>
        <translation>Faixas de renda</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Identidades em mensageiros</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Endereços IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Níveis de QI</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Candidaturas a emprego</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Preferências de idioma</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Pares de latitude e longitude</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Placas de veículos</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Custo de vida</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Informações de empréstimos</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Históricos de login</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Dados de programas de fidelidade</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Endereços MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Estado civil</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Serviço militar</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Frases mnemônicas</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Nomes de solteira da mãe</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Patrimônio líquido</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Apelidos</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Profissões</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Planos de parentalidade</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Dados parciais de cartão de crédito</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Datas de nascimento parciais</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Documentos de identidade oficiais parciais</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Números de telefone parciais</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Números de passaporte</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Dicas de senha</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Força das senhas</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Senhas</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Históricos de pagamento</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Formas de pagamento</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Descrições pessoais</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Dados pessoais de saúde</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Interesses pessoais</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de telefone</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Endereços físicos</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Características físicas</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>Códigos PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Locais de nascimento</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Doações políticas</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Opiniões políticas</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Mensagens privadas</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Competências profissionais</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Fotos do perfil</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Estatísticas do perfil</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Compras</translation>
    </message>
    <message>
        <source>Purchasing habits</source>
        <translation>Hábitos de compra</translation>
    </message>
    <message>
        <source>Races</source>
        <translation>Raças</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Endereços de e-mail de recuperação</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Estado civil e relacionamentos</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Religiões</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Saldos de programas de recompensas</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Formas de tratamento</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Séries escolares</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Perguntas e respostas de segurança</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Fetiches sexuais</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Orientações sexuais</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Códigos de rastreamento de encomendas</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Hábitos de fumo</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>Mensagens SMS</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Conexões sociais</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Perfis em redes sociais</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Números do Seguro Social (SSN)</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Níveis socioeconômicos</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Idiomas falados</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Nomes de cônjuges</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Chamados de suporte</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Resultados de pesquisas de opinião</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Tatuagens</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Registros fiscais</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Operadoras de telecomunicações</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Fusos horários</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Hábitos de viagem</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Planos de viagem</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Status de usuário</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>URLs de sites de usuários</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nomes de usuário</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Contas de consumo (luz, água, gás)</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Dados de veículos</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Números de chassi (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Placas de licenciamento de veículos</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>Status VIP</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Pedidos de garantia</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Atividade em sites</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Hábitos de trabalho</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Anos de nascimento</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Anos de experiência profissional</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Uma combo list de linhas login:senha</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Linhas como alice@example.com:hunter2 ou alice99:hunter2, sem cabeçalho. O login pode ser um endereço de e-mail, um número de telefone ou um nome de usuário: cada um é guardado como o que é. Uma senha pode conter dois-pontos e aspas: tudo depois do primeiro dois-pontos é a senha. Só se guarda se há uma senha, nunca a senha.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>A coleta do Facebook de 2021: um arquivo por país, campos separados por dois-pontos</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Linhas como 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: sem cabeçalho. A coluna de data e hora (quando o perfil foi visto pela última vez) contém dois-pontos; muitas vezes está vazia. Os números de telefone têm o código do país sem o +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>A tabela de usuários de um fórum em um dump SQL (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Um mysqldump ou pg_dump do banco de dados de um fórum: a tabela de usuários é lida (phpbb_users, user do vBulletin, mybb_users, xf_user, wp_users, com qualquer prefixo de tabela) e as linhas de todas as outras tabelas são contadas, não lidas. Nomes de usuário e endereços de e-mail são os identificadores; guarda-se se há um hash de senha, um aniversário ou um endereço IP, nunca o valor. Colunas que a tabela de um fórum não tem ficam de fora.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Um log de stealer em blocos de linhas URL:, Username: e Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>O Passwords.txt de logs de stealers do tipo RedLine: um registro por login salvo no navegador, em linhas como URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 e Application: Chrome, com registros terminados por uma linha de sinais = ou uma linha em branco. Host, Login, USER, PASS e SOFT são lidos como as mesmas chaves. O login pode ser um endereço de e-mail, um número de telefone ou um nome de usuário: cada um é guardado como o que é. Só se guarda se há uma senha, nunca a senha.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Um log de stealer com linhas URL:login:senha</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Linhas como https://accounts.example.com/login:alice@example.com:hunter2 (ou com | entre as partes), como os malwares que roubam senhas as coletam dos navegadores. O nome do site é lido do endereço; uma senha pode conter dois-pontos. O login pode ser um endereço de e-mail, um número de telefone ou um nome de usuário: cada um é guardado como o que é. Só se guarda se há uma senha, nunca a senha.</translation>
    </message>
</context>
</TS>
