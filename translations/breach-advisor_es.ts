<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Breach</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>%1 is a list of leaked data types, %2 the last one</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>Data of %1 accounts at %2 leaked in %3. It included %4.</source>
        <extracomment>%1 number of accounts, %2 service name, %3 month and year, %4 list of data types</extracomment>
        <translation>En %3 se filtraron datos de %1 cuentas de %2. Incluían %4.</translation>
    </message>
    <message>
        <source>Data of accounts at %1 leaked in %2. It included %3.</source>
        <translation>En %2 se filtraron datos de cuentas de %1. Incluían %3.</translation>
    </message>
    <message>
        <source>The data is believed to be fabricated.</source>
        <translation>Se cree que los datos son inventados.</translation>
    </message>
    <message>
        <source>It is a list used for sending spam.</source>
        <translation>Es una lista usada para enviar spam.</translation>
    </message>
    <message>
        <source>It has not been confirmed as genuine.</source>
        <translation>No se ha confirmado que sea auténtica.</translation>
    </message>
    <message>
        <source>Entered by hand in this vault.</source>
        <translation>Registrada a mano en esta bóveda.</translation>
    </message>
    <message>
        <source>Facts: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</source>
        <translation>Datos: Have I Been Pwned (CC BY 4.0), haveibeenpwned.com.</translation>
    </message>
    <message>
        <source>Facts: Breach Advisor&apos;s research from the sources above.</source>
        <translation>Datos: investigación de Breach Advisor a partir de las fuentes indicadas arriba.</translation>
    </message>
    <message>
        <source>Facts: from an imported catalog file.</source>
        <translation>Datos: de un archivo de catálogo importado.</translation>
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
        <translation>Importar el paquete de un servicio de asistencia</translation>
    </message>
    <message numerus="yes">
        <source>%1 was made on %2. It holds the breach catalog and %n leak file(s) with %3 records.</source>
        <translation>
            <numerusform>%1 se creó el %2. Contiene el catálogo de filtraciones y %n archivo de filtración con %3 registros.</numerusform>
            <numerusform>%1 se creó el %2. Contiene el catálogo de filtraciones y %n archivos de filtración con %3 registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is signed by %1, a help desk this vault trusts (key %2).</source>
        <translation>Está firmado por %1, un servicio de asistencia en el que confía esta bóveda (clave %2).</translation>
    </message>
    <message>
        <source>It is signed by a key this vault does not trust yet:</source>
        <translation>Está firmado con una clave en la que esta bóveda aún no confía:</translation>
    </message>
    <message>
        <source>Ask your help desk for its public key file (.pub) and check, on the phone or on paper, that its key reads the same. Only then choose it below: this vault will take bundles signed by that help desk from now on.</source>
        <translation>Pide a tu servicio de asistencia el archivo de su clave pública (.pub) y comprueba, por teléfono o en papel, que su clave sea la misma. Solo entonces elígelo abajo: a partir de ahora, esta bóveda aceptará los paquetes firmados por ese servicio de asistencia.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk (made on %1): it may be an old copy played back. Import it &amp;even so</source>
        <translation>Es más antiguo que el último paquete recibido de este servicio de asistencia (creado el %1): puede ser una copia antigua reenviada. Importarlo &amp;de todos modos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The help desk&apos;s public key file</source>
        <translation>El archivo de clave pública del servicio de asistencia</translation>
    </message>
    <message>
        <source>The help desk&apos;s &amp;public key (.pub):</source>
        <translation>La clave &amp;pública del servicio de asistencia (.pub):</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key</source>
        <translation>Elegir la clave pública del servicio de asistencia</translation>
    </message>
    <message>
        <source>Public keys (*.pub);;All files (*)</source>
        <translation>Claves públicas (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>e.g. City library help desk</source>
        <translation>p. ej., Servicio de asistencia de la biblioteca municipal</translation>
    </message>
    <message>
        <source>&amp;What to call the help desk:</source>
        <translation>Cómo &amp;llamar al servicio de asistencia:</translation>
    </message>
    <message>
        <source>The agent key file</source>
        <translation>El archivo de clave de agente</translation>
    </message>
    <message>
        <source>The &amp;agent key (.agent):</source>
        <translation>La clave de &amp;agente (.agent):</translation>
    </message>
    <message>
        <source>Choose the agent key</source>
        <translation>Elegir la clave de agente</translation>
    </message>
    <message>
        <source>Agent keys (*.agent);;All files (*)</source>
        <translation>Claves de agente (*.agent);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The bundle holds fingerprints of identifiers and which kinds of data leaked, never the leaked values. It is read only if its signature holds over every byte; otherwise nothing changes.</source>
        <translation>El paquete contiene huellas con clave de los identificadores y qué tipos de datos se filtraron, nunca los valores filtrados. Solo se lee si su firma es válida para cada byte; si no, no cambia nada.</translation>
    </message>
    <message>
        <source>Choose the agent key file your help desk gave you.</source>
        <translation>Elige el archivo de clave de agente que te dio tu servicio de asistencia.</translation>
    </message>
    <message>
        <source>Choose the help desk&apos;s public key file, once you have checked that its key reads the same as above.</source>
        <translation>Elige el archivo de clave pública del servicio de asistencia, una vez que hayas comprobado que su clave es la misma que la de arriba.</translation>
    </message>
    <message>
        <source>Checking the signature and importing…</source>
        <translation>Comprobando la firma e importando…</translation>
    </message>
    <message>
        <source>The key in %1 (%2) is not the one that signed this bundle. Nothing was changed.</source>
        <translation>La clave de %1 (%2) no es la que firmó este paquete. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogModel</name>
    <message>
        <source>Breach</source>
        <translation>Filtración</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Qué se filtró</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>%1, %2, %3 accounts: %4</source>
        <translation>%1, %2, %3 cuentas: %4</translation>
    </message>
    <message>
        <source>%1 · %2
%3</source>
        <translation>%1 · %2
%3</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 cuentas</translation>
    </message>
    <message>
        <source>number of accounts unknown</source>
        <translation>número de cuentas desconocido</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CatalogPage</name>
    <message>
        <source>Breach catalog</source>
        <translation>Catálogo de filtraciones</translation>
    </message>
    <message>
        <source>a company or website, e.g. LinkedIn</source>
        <translation>una empresa o un sitio web, p. ej., LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <source>What &amp;leaked:</source>
        <translation>&amp;Qué se filtró:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>Se&amp;rvice:</source>
        <translation>Se&amp;rvicio:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Filtraciones</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Sobre la filtración</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in this breach…</source>
        <translation>Me &amp;dijeron que estoy en esta filtración…</translation>
    </message>
    <message>
        <source>Anything</source>
        <translation>Cualquier dato</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>Cualquier año</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>Cualquier servicio</translation>
    </message>
    <message>
        <source>%1 of %2 breaches shown. Facts from Have I Been Pwned (CC BY 4.0) unless a breach says otherwise.</source>
        <translation>Se muestran %1 de %2 filtraciones. Datos de Have I Been Pwned (CC BY 4.0), salvo que la filtración indique otra fuente.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The new passphrase opens the vault from now on; your recovery key keeps working. If you think someone knows your passphrase and may have a copy of the vault, a new passphrase alone does not protect that copy.</source>
        <translation>A partir de ahora, la nueva frase de contraseña abre la bóveda; tu clave de recuperación sigue funcionando. Si crees que alguien conoce tu frase de contraseña y podría tener una copia de la bóveda, una nueva frase de contraseña por sí sola no protege esa copia.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Escribe otra vez la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Cambiar</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CheckResultsModel</name>
    <message>
        <source>Breach</source>
        <translation>Filtración</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>What of yours</source>
        <translation>Qué datos tuyos</translation>
    </message>
    <message>
        <source>Accounts in it</source>
        <translation>Cuentas afectadas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>may include: %1</source>
        <translation>puede incluir: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>%1, %2: %3 (%4)</source>
        <translation>%1, %2: %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; sites of the leaked logins: %2</source>
        <translation>%1; sitios de los datos de acceso filtrados: %2</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ColumnMappingModel</name>
    <message>
        <source>Not used</source>
        <translation>Sin usar</translation>
    </message>
    <message>
        <source>Phone numbers (looked up)</source>
        <translation>Números de teléfono (se buscan)</translation>
    </message>
    <message>
        <source>E-mail addresses (looked up)</source>
        <translation>Direcciones de correo electrónico (se buscan)</translation>
    </message>
    <message>
        <source>Usernames (looked up)</source>
        <translation>Nombres de usuario (se buscan)</translation>
    </message>
    <message>
        <source>%1 (only whether it is filled in)</source>
        <translation>%1 (solo si está vacío o no)</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Contiene</translation>
    </message>
    <message>
        <source>Column %1, %2: %3</source>
        <translation>Columna %1, %2: %3</translation>
    </message>
    <message>
        <source>Web addresses (the site of each login)</source>
        <translation>Direcciones web (el sitio de cada dato de acceso)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::CountryComboBox</name>
    <message>
        <source>No country (numbers start with +)</source>
        <translation>Ningún país (los números empiezan por +)</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Breach Advisor</source>
        <translation>Te damos la bienvenida a Breach Advisor</translation>
    </message>
    <message>
        <source>Find out whether your details leaked, what leaked, and what to do</source>
        <translation>Averigua si tus datos se filtraron, qué se filtró y qué hacer</translation>
    </message>
    <message>
        <source>Breach Advisor checks phone numbers, e-mail addresses and usernames against known breaches and leak files you import, and makes a plan of simple steps, for you or for someone you help.</source>
        <translation>Breach Advisor compara números de teléfono, direcciones de correo electrónico y nombres de usuario con las filtraciones conocidas y con los archivos de filtraciones que importes, y prepara un plan de pasos sencillos, para ti o para alguien a quien ayudas.</translation>
    </message>
    <message>
        <source>Nothing you type here leaves this computer: there is no account and no internet connection. Everything is kept in an encrypted vault that only your passphrase opens.</source>
        <translation>Nada de lo que escribas aquí sale de esta computadora: no hay cuenta ni conexión a internet. Todo se guarda en una bóveda cifrada que solo tu frase de contraseña puede abrir.</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Remember on this computer (no passphrase needed to open it here)</source>
        <translation>&amp;Recordar en esta computadora (para abrirla aquí sin frase de contraseña)</translation>
    </message>
    <message>
        <source>Making your vault. This takes a moment.</source>
        <translation>Creando tu bóveda. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elige una frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase opens your vault. Four or more words that do not belong together are easy to remember and hard to guess. You may paste it from a password manager.</source>
        <translation>La frase de contraseña abre tu bóveda. Cuatro o más palabras que no tengan relación entre sí son fáciles de recordar y difíciles de adivinar. Puedes pegarla desde un administrador de contraseñas.</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Escríbela otra vez:</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Escribe otra vez la frase de contraseña</translation>
    </message>
    <message>
        <source>Remembering uses this computer&apos;s keychain: anyone who can use your account on this computer could then open the vault. Leave it off on a shared computer.</source>
        <translation>La opción de recordar usa el llavero de esta computadora: cualquiera que pueda usar tu cuenta en esta computadora podría abrir la bóveda. Déjala desactivada en una computadora compartida.</translation>
    </message>
    <message>
        <source>If you forget the passphrase, only the recovery key on the next page can open the vault.</source>
        <translation>Si olvidas la frase de contraseña, solo la clave de recuperación de la página siguiente podrá abrir la bóveda.</translation>
    </message>
    <message>
        <source>Making the vault</source>
        <translation>Creando la bóveda</translation>
    </message>
    <message>
        <source>I have &amp;printed or written down my recovery key and put it somewhere safe</source>
        <translation>Ya &amp;imprimí o anoté mi clave de recuperación y la guardé en un lugar seguro</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only now. Print it or write it down, and keep it away from this computer.</source>
        <translation>Si algún día olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar en tu bóveda. Solo se muestra ahora. Imprímela o anótala, y guárdala lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Your vault is ready</source>
        <translation>Tu bóveda está lista</translation>
    </message>
    <message>
        <source>Next, add yourself or the person you are helping: their phone numbers, e-mail addresses and the services they use. Breach Advisor then shows what leaked and what to do, step by step.</source>
        <translation>Ahora, agrégate a ti o a la persona a quien ayudas: sus números de teléfono, sus direcciones de correo electrónico y los servicios que usa. Luego, Breach Advisor muestra qué se filtró y qué hacer, paso a paso.</translation>
    </message>
    <message>
        <source>Set up Breach Advisor</source>
        <translation>Configurar Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuar</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportPage</name>
    <message>
        <source>What the column holds</source>
        <translation>Qué contiene la columna</translation>
    </message>
    <message>
        <source>&amp;Choose a leak file…</source>
        <translation>&amp;Elegir un archivo de filtración…</translation>
    </message>
    <message>
        <source>The first line holds the column &amp;names</source>
        <translation>La primera línea contiene los &amp;nombres de las columnas</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>&amp;Remove this import…</source>
        <translation>&amp;Quitar esta importación…</translation>
    </message>
    <message>
        <source>Import a leak file</source>
        <translation>Importar un archivo de filtración</translation>
    </message>
    <message>
        <source>Leak files (CSV, TSV or JSON Lines, gzip too) are read on this computer. Only keyed fingerprints of the phone numbers, e-mail addresses and usernames are kept, and which kinds of data each record had — never the leaked values.</source>
        <translation>Los archivos de filtración (CSV, TSV o JSON Lines, también comprimidos con gzip) se leen en esta computadora. Solo se guardan huellas con clave de los números de teléfono, las direcciones de correo electrónico y los nombres de usuario, y qué tipos de datos tenía cada registro; nunca los valores filtrados.</translation>
    </message>
    <message>
        <source>The file is read as set below. Most files need no change here.</source>
        <translation>El archivo se lee según los ajustes de abajo. La mayoría de los archivos no necesitan cambios aquí.</translation>
    </message>
    <message>
        <source>None: work it out from the file</source>
        <translation>Ninguno: deducirlo del archivo</translation>
    </message>
    <message>
        <source>A &amp;known leak layout:</source>
        <translation>Un formato de filtración &amp;conocido:</translation>
    </message>
    <message>
        <source>Found in the file (comma, semicolon, tab, pipe or colon)</source>
        <translation>Detectado en el archivo (coma, punto y coma, tabulación, barra vertical o dos puntos)</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Colon :</source>
        <translation>Dos puntos :</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulación</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Fields are &amp;separated by:</source>
        <translation>Los campos están &amp;separados por:</translation>
    </message>
    <message>
        <source>Found in the file (UTF-8, else Windows-1252)</source>
        <translation>Detectada en el archivo (UTF-8; si no, Windows-1252)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8 (Unicode)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europa occidental)</translation>
    </message>
    <message>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1, Europa occidental)</translation>
    </message>
    <message>
        <source>The &amp;text is written in:</source>
        <translation>La codificación del te&amp;xto:</translation>
    </message>
    <message>
        <source>The first rows:</source>
        <translation>Las primeras filas:</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Las primeras filas del archivo</translation>
    </message>
    <message>
        <source>What each column holds (change it where the suggestion is wrong):</source>
        <translation>Qué contiene cada columna (cámbialo donde la sugerencia sea incorrecta):</translation>
    </message>
    <message>
        <source>What each column holds</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <source>The breach the file belongs to</source>
        <translation>La filtración a la que pertenece el archivo</translation>
    </message>
    <message>
        <source>&amp;New breach…</source>
        <translation>&amp;Nueva filtración…</translation>
    </message>
    <message>
        <source>The &amp;breach it comes from:</source>
        <translation>La &amp;filtración de la que proviene:</translation>
    </message>
    <message>
        <source>With the country code (201001234567, +20…)</source>
        <translation>Con el código de país (201001234567, +20…)</translation>
    </message>
    <message>
        <source>As dialled in one country (0100…)</source>
        <translation>Como se marcan dentro de un país (0100…)</translation>
    </message>
    <message>
        <source>&amp;Phone numbers are written:</source>
        <translation>Los números de &amp;teléfono están escritos:</translation>
    </message>
    <message>
        <source>Their &amp;country:</source>
        <translation>Su &amp;país:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>You can use the rest of the app meanwhile. Cancelling changes nothing.</source>
        <translation>Mientras tanto, puedes usar el resto de la aplicación. Si cancelas, no cambia nada.</translation>
    </message>
    <message>
        <source>What was not imported, with examples</source>
        <translation>Lo que no se importó, con ejemplos</translation>
    </message>
    <message>
        <source>Import &amp;another file</source>
        <translation>Importar &amp;otro archivo</translation>
    </message>
    <message>
        <source>Imported so far</source>
        <translation>Importados hasta ahora</translation>
    </message>
    <message>
        <source>Imported leak files</source>
        <translation>Archivos de filtración importados</translation>
    </message>
    <message>
        <source>Choose the breach…</source>
        <translation>Elige la filtración…</translation>
    </message>
    <message>
        <source>Choose a leak file</source>
        <translation>Elegir un archivo de filtración</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>No column was recognized as phone numbers, e-mail addresses or usernames: say which column holds them.</source>
        <translation>No se reconoció ninguna columna como números de teléfono, direcciones de correo electrónico o nombres de usuario: indica qué columna los contiene.</translation>
    </message>
    <message>
        <source>A breach the catalog does not have</source>
        <translation>Una filtración que no está en el catálogo</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Empresa o &amp;servicio:</translation>
    </message>
    <message>
        <source>&amp;When it happened:</source>
        <translation>&amp;Cuándo ocurrió:</translation>
    </message>
    <message>
        <source>&amp;Accounts in it (if known):</source>
        <translation>C&amp;uentas afectadas (si se sabe):</translation>
    </message>
    <message>
        <source>What leaked is taken from the columns you map.</source>
        <translation>Lo que se filtró se toma de las columnas que asignes.</translation>
    </message>
    <message>
        <source>Say which column holds phone numbers, e-mail addresses or usernames.</source>
        <translation>Indica qué columna contiene números de teléfono, direcciones de correo electrónico o nombres de usuario.</translation>
    </message>
    <message>
        <source>Choose the breach the file comes from, or make a new one.</source>
        <translation>Elige la filtración de la que proviene el archivo o crea una nueva.</translation>
    </message>
    <message>
        <source>Numbers written as dialled in one country need that country.</source>
        <translation>Los números escritos como se marcan dentro de un país necesitan ese país.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed.</source>
        <translation>Se canceló la importación. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 rows read, %2 rows a second</source>
        <translation>%1 filas leídas, %2 filas por segundo</translation>
    </message>
    <message>
        <source>Importing: %1%</source>
        <translation>Importando: %1 %</translation>
    </message>
    <message>
        <source>Writing the encrypted index: %1%</source>
        <translation>Escribiendo el índice cifrado: %1 %</translation>
    </message>
    <message>
        <source>Importing: writing the index</source>
        <translation>Importando: escribiendo el índice</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Choose the import to remove in the list.</source>
        <translation>Elige en la lista la importación que quieres quitar.</translation>
    </message>
    <message>
        <source>Remove this import?</source>
        <translation>¿Quitar esta importación?</translation>
    </message>
    <message>
        <source>The records from %1 (%2) will be removed from the index. People&apos;s results change accordingly. The file itself is not touched.</source>
        <translation>Los registros de %1 (%2) se quitarán del índice. Los resultados de las personas cambiarán en consecuencia. El archivo en sí no se modifica.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Removing: %1%</source>
        <translation>Quitando: %1 %</translation>
    </message>
    <message>
        <source>Removed. Giving the space back to the disk…</source>
        <translation>Importación quitada. Liberando el espacio en el disco…</translation>
    </message>
    <message>
        <source>Removed. The vault is %1 smaller.</source>
        <translation>Importación quitada. La bóveda ocupa %1 menos.</translation>
    </message>
    <message>
        <source>Skip all rows that do not fit</source>
        <translation>Omitir todas las filas que no encajan</translation>
    </message>
    <message>
        <source>Leak files and archives (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;All files (*)</source>
        <translation>Archivos de filtración y archivos comprimidos (*.csv *.tsv *.txt *.jsonl *.ndjson *.json *.sql *.gz *.bz2 *.xz *.zst *.zip *.7z *.tar *.tgz);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Archive: %1. Its columns are those of %2; every leak file in the archive is imported with this mapping, each on its own.</source>
        <translation>Archivo comprimido: %1. Sus columnas son las de %2; cada archivo de filtración que contiene se importa con esta asignación, cada uno por separado.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not read from the archive: %1 (%2)</source>
        <translation>No se leyó del archivo comprimido: %1 (%2)</translation>
    </message>
    <message>
        <source>Import a help desk&apos;s &amp;bundle…</source>
        <translation>Importar el &amp;paquete de un servicio de asistencia…</translation>
    </message>
    <message>
        <source>Or, if a help desk prepared the catalog and leak files for you: its signed bundle, with the agent key it gave you.</source>
        <translation>O bien, si un servicio de asistencia preparó el catálogo y los archivos de filtración por ti: su paquete firmado, con la clave de agente que te dio.</translation>
    </message>
    <message>
        <source>Choose a help desk&apos;s bundle</source>
        <translation>Elegir el paquete de un servicio de asistencia</translation>
    </message>
    <message>
        <source>Bundles (*.bundle);;All files (*)</source>
        <translation>Paquetes (*.bundle);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Imported the bundle signed by %1 (made on %2).</source>
        <translation>Se importó el paquete firmado por %1 (creado el %2).</translation>
    </message>
    <message>
        <source>It was older than the last bundle taken from this help desk.</source>
        <translation>Era más antiguo que el último paquete recibido de este servicio de asistencia.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated.</source>
        <translation>Filtraciones: %1 nuevas, %2 actualizadas.</translation>
    </message>
    <message>
        <source>Leak files: %1 added with %2 records; %3 were here already.</source>
        <translation>Archivos de filtración: %1 agregados con %2 registros; %3 ya estaban aquí.</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>falta %n segundo aproximadamente</numerusform>
            <numerusform>faltan unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>falta %n minuto aproximadamente</numerusform>
            <numerusform>faltan unos %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ImportsModel</name>
    <message>
        <source>Breach</source>
        <translation>Filtración</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
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
        <translation>Espacio usado</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Done:</source>
        <translation>Hecho:</translation>
    </message>
    <message>
        <source>Careful:</source>
        <translation>Atención:</translation>
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
        <translation>Bloquear la bóveda ahora (Ctrl+L): no queda nada personal en la pantalla</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Consulta rápida</translation>
    </message>
    <message>
        <source>Import a leak</source>
        <translation>Importar filtración</translation>
    </message>
    <message>
        <source>Breach catalog</source>
        <translation>Catálogo de filtraciones</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Configuración inicial</translation>
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
        <translation>Esta es la bóveda de demostración: su frase de contraseña es &quot;demo&quot;.</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Comprobar una contraseña</translation>
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
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Show or hide what you typed</source>
        <translation>Muestra u oculta lo que escribiste</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on: letters come out in capitals.</source>
        <translation>Parece que Bloq Mayús está activado: las letras salen en mayúsculas.</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>This is not the same as the passphrase above.</source>
        <translation>No coincide con la frase de contraseña de arriba.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PasswordCheckPage</name>
    <message>
        <source>Import the &amp;list…</source>
        <translation>Importar la &amp;lista…</translation>
    </message>
    <message>
        <source>Import a &amp;folder of prefix files…</source>
        <translation>Importar una carpeta de archivos de &amp;prefijo…</translation>
    </message>
    <message>
        <source>&amp;Cancel the import</source>
        <translation>&amp;Cancelar la importación</translation>
    </message>
    <message>
        <source>Where they use this password</source>
        <translation>Dónde usa esta contraseña</translation>
    </message>
    <message>
        <source>C&amp;heck the password</source>
        <translation>C&amp;omprobar la contraseña</translation>
    </message>
    <message>
        <source>Open their &amp;plan</source>
        <translation>&amp;Abrir su plan</translation>
    </message>
    <message>
        <source>Check a password</source>
        <translation>Comprobar una contraseña</translation>
    </message>
    <message>
        <source>Is a password in the list of passwords known from leaks? Criminals try those first. The check runs on this computer only: the password is not saved or sent anywhere, and the field is emptied after each check.</source>
        <translation>¿Aparece una contraseña en la lista de contraseñas conocidas por filtraciones? Los delincuentes prueban primero esas. La comprobación se hace solo en esta computadora: la contraseña no se guarda ni se envía a ninguna parte, y el campo se vacía después de cada comprobación.</translation>
    </message>
    <message>
        <source>The list of leaked passwords</source>
        <translation>La lista de contraseñas filtradas</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>&amp;Whose password:</source>
        <translation>&amp;De quién es la contraseña:</translation>
    </message>
    <message>
        <source>Password to check</source>
        <translation>Contraseña que comprobar</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Nobody in particular (nothing is kept)</source>
        <translation>Nadie en particular (no se guarda nada)</translation>
    </message>
    <message>
        <source>The list of leaked passwords on this computer cannot be used (see below): import it again.</source>
        <translation>La lista de contraseñas filtradas de esta computadora no se puede usar (ver abajo): vuelve a importarla.</translation>
    </message>
    <message>
        <source>%1 leaked passwords (%2), imported on %3 from %4.</source>
        <translation>%1 contraseñas filtradas (%2), importadas el %3 desde %4.</translation>
    </message>
    <message>
        <source>Import a newer &amp;list…</source>
        <translation>Importar una &amp;lista más reciente…</translation>
    </message>
    <message>
        <source>Type the password to check.</source>
        <translation>Escribe la contraseña que quieres comprobar.</translation>
    </message>
    <message>
        <source>Import the list of leaked passwords first: without it there is nothing to check against.</source>
        <translation>Primero importa la lista de contraseñas filtradas: sin ella no hay con qué comparar.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Se guardó con los datos de %1: una de sus contraseñas es conocida por filtraciones (no se guarda nada de la contraseña en sí). Ahora su plan empieza por cambiarla.</translation>
    </message>
    <message>
        <source>Choose the list of leaked passwords</source>
        <translation>Elegir la lista de contraseñas filtradas</translation>
    </message>
    <message>
        <source>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;All files (*)</source>
        <translation>Pwned Passwords (*.txt *.gz *.bz2 *.xz *.zst *.7z *.zip);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the folder of prefix files</source>
        <translation>Elegir la carpeta de archivos de prefijo</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Empezando…</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords…</source>
        <translation>Importando la lista de contraseñas filtradas…</translation>
    </message>
    <message>
        <source>Reading the list: %1%</source>
        <translation>Leyendo la lista: %1 %</translation>
    </message>
    <message>
        <source>Importing the list of leaked passwords: %1%</source>
        <translation>Importando la lista de contraseñas filtradas: %1 %</translation>
    </message>
    <message>
        <source>The import was cancelled. The list is as it was.</source>
        <translation>Se canceló la importación. La lista sigue como estaba.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords on this computer yet. Download Have I Been Pwned&apos;s &quot;Pwned Passwords&quot; list once, on any computer with Internet access (haveibeenpwned.com/Passwords says how), then import the file, or the folder of files, here. The list is public data: nothing you check is sent anywhere.</source>
        <translation>Aún no hay una lista de contraseñas filtradas en esta computadora. Descarga una vez la lista &quot;Pwned Passwords&quot; de Have I Been Pwned, en cualquier computadora con acceso a internet (haveibeenpwned.com/Passwords explica cómo), e importa aquí el archivo, o la carpeta de archivos. La lista son datos públicos: nada de lo que compruebes se envía a ninguna parte.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeopleModel</name>
    <message>
        <source>No steps for now</source>
        <translation>Sin pasos por ahora</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PeoplePage</name>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Agregar una persona</translation>
    </message>
    <message>
        <source>I was &amp;told I&apos;m in a breach…</source>
        <translation>Me &amp;dijeron que estoy en una filtración…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Nobody here yet. Add yourself, or the person you are helping.</source>
        <translation>Aún no hay nadie. Agrégate a ti o a la persona a quien ayudas.</translation>
    </message>
    <message>
        <source>Choose a person to see what leaked and what to do.</source>
        <translation>Elige una persona para ver qué se filtró y qué hacer.</translation>
    </message>
    <message>
        <source>%1 was saved.</source>
        <translation>Se guardó a %1.</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>¿Eliminar a %1?</translation>
    </message>
    <message>
        <source>%1, their details and their progress will be deleted from this vault. This cannot be undone.</source>
        <translation>%1, sus datos y su progreso se eliminarán de esta bóveda. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>&amp;Delete %1</source>
        <translation>&amp;Eliminar a %1</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó a %1.</translation>
    </message>
    <message>
        <source>Add the person who got the notice first.</source>
        <translation>Primero agrega a la persona que recibió el aviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Agregar una persona</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Editar: %1</translation>
    </message>
    <message>
        <source>a name or nickname</source>
        <translation>un nombre o apodo</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;País:</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Add another &amp;phone number</source>
        <translation>Agregar otro número de &amp;teléfono</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Add another &amp;e-mail address</source>
        <translation>Agregar otra dirección de &amp;correo electrónico</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nombres de usuario</translation>
    </message>
    <message>
        <source>Add another &amp;username</source>
        <translation>Agregar otro nombre de &amp;usuario</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Servicios que usa</translation>
    </message>
    <message>
        <source>Their phone and computer</source>
        <translation>Su teléfono y su computadora</translation>
    </message>
    <message>
        <source>An &amp;Android phone</source>
        <translation>Un teléfono &amp;Android</translation>
    </message>
    <message>
        <source>An &amp;iPhone</source>
        <translation>Un &amp;iPhone</translation>
    </message>
    <message>
        <source>A co&amp;mputer</source>
        <translation>Una co&amp;mputadora</translation>
    </message>
    <message>
        <source>What you enter stays in the encrypted vault on this computer.</source>
        <translation>Lo que escribas se queda en la bóveda cifrada de esta computadora.</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Phone number %1</source>
        <translation>Número de teléfono %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>The same as the app</source>
        <translation>El mismo que la aplicación</translation>
    </message>
    <message>
        <source>They &amp;read:</source>
        <translation>Lee en &amp;idioma:</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PersonView</name>
    <message>
        <source>When: %1</source>
        <translation>Fecha: %1</translation>
    </message>
    <message>
        <source>Accounts in it: %1</source>
        <translation>Cuentas afectadas: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Sitio web: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Qué se filtró:</translation>
    </message>
    <message>
        <source>Your details in it:</source>
        <translation>Tus datos afectados:</translation>
    </message>
    <message>
        <source>The notice said this leaked:</source>
        <translation>Según el aviso, se filtró esto:</translation>
    </message>
    <message>
        <source>What leaked there (yours may be among it):</source>
        <translation>Qué se filtró allí (puede incluir tus datos):</translation>
    </message>
    <message>
        <source>What it is:</source>
        <translation>Qué es:</translation>
    </message>
    <message>
        <source>How likely it holds you:</source>
        <translation>Probabilidad de que te incluya:</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>I was &amp;told about a breach</source>
        <translation>Me &amp;avisaron de una filtración</translation>
    </message>
    <message>
        <source>&amp;Print handout…</source>
        <translation>&amp;Imprimir hoja de consejos…</translation>
    </message>
    <message>
        <source>Save handout as P&amp;DF…</source>
        <translation>Guardar hoja de consejos como P&amp;DF…</translation>
    </message>
    <message>
        <source>What was &amp;checked:</source>
        <translation>Qué se &amp;comprobó:</translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>&amp;Breaches:</source>
        <translation>&amp;Filtraciones:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Filtraciones</translation>
    </message>
    <message>
        <source>About the breach</source>
        <translation>Sobre la filtración</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Qué se filtró</translation>
    </message>
    <message numerus="yes">
        <source>%n phone number(s)</source>
        <translation>
            <numerusform>%n número de teléfono</numerusform>
            <numerusform>%n números de teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n e-mail address(es)</source>
        <translation>
            <numerusform>%n dirección de correo electrónico</numerusform>
            <numerusform>%n direcciones de correo electrónico</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n username(s)</source>
        <translation>
            <numerusform>%n nombre de usuario</numerusform>
            <numerusform>%n nombres de usuario</numerusform>
        </translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Nothing of this check is saved. Clear it when you are done.</source>
        <translation>No se guarda nada de esta consulta. Bórrala cuando termines.</translation>
    </message>
    <message numerus="yes">
        <source>You were told about %n breach(es).</source>
        <translation>
            <numerusform>Te avisaron de %n filtración.</numerusform>
            <numerusform>Te avisaron de %n filtraciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n breach(es) at services you use may include your details: they are listed apart.</source>
        <translation>
            <numerusform>%n filtración en un servicio que usas puede incluir tus datos: aparece por separado.</numerusform>
            <numerusform>%n filtraciones en servicios que usas pueden incluir tus datos: aparecen por separado.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked. %2</source>
        <translation>%1: no se comprobó. %2</translation>
    </message>
    <message>
        <source>%1: found in %2</source>
        <translation>%1: aparece en %2</translation>
    </message>
    <message>
        <source>%1: not in the imported leak files</source>
        <translation>%1: no aparece en los archivos de filtración importados</translation>
    </message>
    <message>
        <source>&lt;p&gt;No breach to show. Only the leak files imported into this vault and the breaches of the services you said you use were looked at.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No hay ninguna filtración que mostrar. Solo se revisaron los archivos de filtración importados en esta bóveda y las filtraciones de los servicios que dijiste que usas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Print the handout</source>
        <translation>Imprimir la hoja de consejos</translation>
    </message>
    <message>
        <source>Breach Advisor plan for %1.pdf</source>
        <translation>Plan de Breach Advisor para %1.pdf</translation>
    </message>
    <message>
        <source>Breach Advisor plan.pdf</source>
        <translation>Plan de Breach Advisor.pdf</translation>
    </message>
    <message>
        <source>Save the handout</source>
        <translation>Guardar la hoja de consejos</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Página web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1. It holds personal details: keep it safe.</source>
        <translation>Se guardó en %1. Contiene datos personales: guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Set their countr&amp;y…</source>
        <translation>Indicar su &amp;país…</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Set their country to add them.</source>
        <translation>Se omitieron porque no se conoce el país: %1. Indica su país para agregarlos.</translation>
    </message>
    <message>
        <source>%1: not looked up, no leak file is imported</source>
        <translation>%1: no se buscó, no hay ningún archivo de filtración importado</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a breach to see what of yours it held.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Elige una filtración para ver qué datos tuyos contenía.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Result of the check</source>
        <translation>Resultado de la comprobación</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved.</source>
        <translation>No se pudo guardar %1: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word of theirs…</source>
        <translation>Comprobar una de sus contra&amp;señas…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PhoneNumberEdit</name>
    <message>
        <source>This number cannot be right: %1</source>
        <translation>Este número no puede ser correcto: %1</translation>
    </message>
    <message>
        <source>start with + and the country code</source>
        <translation>empieza por + y el prefijo del país</translation>
    </message>
    <message>
        <source>for example %1 or %2</source>
        <translation>por ejemplo, %1 o %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>country · line type</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Which country is this number from? Choose its country, or start with + and the country code.</source>
        <translation>¿De qué país es este número? Elige su país o empieza por + y el prefijo del país.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanModel</name>
    <message>
        <source>Set aside</source>
        <translation>Pospuesto</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechos</translation>
    </message>
    <message>
        <source>%1 (start here)</source>
        <translation>%1 (empieza aquí)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2, about %3 minutes%4</source>
        <translation>%1. %2, unos %3 minutos%4</translation>
    </message>
    <message>
        <source>, start here</source>
        <translation>, empieza aquí</translation>
    </message>
    <message>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %2 de %3 hechos</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::PlanWidget</name>
    <message>
        <source>&amp;List of steps</source>
        <translation>&amp;Lista de pasos</translation>
    </message>
    <message>
        <source>One step at a &amp;time</source>
        <translation>Un paso a la &amp;vez</translation>
    </message>
    <message>
        <source>Steps of the plan</source>
        <translation>Pasos del plan</translation>
    </message>
    <message>
        <source>No steps for now.</source>
        <translation>Por ahora no hay pasos.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done</source>
        <translation>
            <numerusform>%1 de %n paso hecho</numerusform>
            <numerusform>%1 de %n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Paso %1 de %2</translation>
    </message>
    <message>
        <source>Other work is running (an import?): this is saved as soon as it ends.</source>
        <translation>Hay otra tarea en curso (¿una importación?): esto se guardará en cuanto termine.</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>Deshecho: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked done</source>
        <translation>&quot;%1&quot; marcado como hecho</translation>
    </message>
    <message>
        <source>&quot;%1&quot; set aside for now</source>
        <translation>&quot;%1&quot; pospuesto por ahora</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked as not for you</source>
        <translation>&quot;%1&quot; marcado como no aplicable a ti</translation>
    </message>
    <message>
        <source>&quot;%1&quot; back on the to-do list</source>
        <translation>&quot;%1&quot; de vuelta en la lista de pendientes</translation>
    </message>
    <message>
        <source>Progress of the plan</source>
        <translation>Avance del plan</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::QuickCheckPage</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Comprobar</translation>
    </message>
    <message>
        <source>&amp;Forget all of it</source>
        <translation>&amp;Olvidarlo todo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Quick check</source>
        <translation>Consulta rápida</translation>
    </message>
    <message>
        <source>Check phone numbers, e-mail addresses or usernames without saving them. Nothing is kept: what you type and what is found are forgotten when you leave this page or lock the app.</source>
        <translation>Comprueba números de teléfono, direcciones de correo electrónico o nombres de usuario sin guardarlos. No se conserva nada: lo que escribes y lo que se encuentra se olvida cuando sales de esta página o bloqueas la aplicación.</translation>
    </message>
    <message>
        <source>Numbers without a country code are &amp;from:</source>
        <translation>Los números sin código de país son &amp;de:</translation>
    </message>
    <message>
        <source>One per line, e.g.
0100 123 4567
name@example.com
username</source>
        <translation>Uno por línea, p. ej.:
0100 123 4567
nombre@example.com
nombredeusuario</translation>
    </message>
    <message>
        <source>&amp;What to check:</source>
        <translation>&amp;Qué comprobar:</translation>
    </message>
    <message>
        <source>Type at least one phone number, e-mail address or username.</source>
        <translation>Escribe al menos un número de teléfono, una dirección de correo electrónico o un nombre de usuario.</translation>
    </message>
    <message>
        <source>Other work is running (an import?): the check runs as soon as it ends.</source>
        <translation>Hay otra tarea en curso (¿una importación?): la consulta se hará en cuanto termine.</translation>
    </message>
    <message>
        <source>Services they use</source>
        <translation>Servicios que usa</translation>
    </message>
    <message>
        <source>Tick the services they use and check again.</source>
        <translation>Marca los servicios que usa y vuelve a comprobar.</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. Choose the country above and check again to add them.</source>
        <translation>Se omitieron porque no se conoce el país: %1. Elige el país arriba y vuelve a comprobar para agregarlos.</translation>
    </message>
    <message>
        <source>Check a pass&amp;word…</source>
        <translation>Comprobar una contra&amp;seña…</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::RecoveryKeyDialog</name>
    <message>
        <source>Your new recovery key</source>
        <translation>Tu nueva clave de recuperación</translation>
    </message>
    <message>
        <source>I have &amp;printed or written it down</source>
        <translation>Ya la &amp;imprimí o la anoté</translation>
    </message>
    <message>
        <source>This is your new recovery key. It is shown only now: print it or write it down, and keep it away from this computer. Once you tick the box below and close this window, it replaces the old one, which then stops working.</source>
        <translation>Esta es tu nueva clave de recuperación. Solo se muestra ahora: imprímela o anótala, y guárdala lejos de esta computadora. En cuanto marques la casilla de abajo y cierres esta ventana, sustituye a la anterior, que deja de funcionar.</translation>
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
        <translation>&amp;Guardar en un archivo…</translation>
    </message>
    <message>
        <source>Recovery key: %1</source>
        <translation>Clave de recuperación: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Breach Advisor recovery key

%1

Keep this paper safe and away from the computer: with it, anyone can open the vault.</source>
        <translation>Clave de recuperación de Breach Advisor

%1

Guarda este papel en un lugar seguro y lejos de la computadora: con él, cualquiera puede abrir la bóveda.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it off this computer (a USB stick, or print it) and delete it here.</source>
        <translation>Se guardó en %1. Llévalo fuera de esta computadora (a una memoria USB, o imprímelo) y bórralo de aquí.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Nothing was saved: choose another place, or print the key.</source>
        <translation>No se pudo guardar %1: %2. No se guardó nada: elige otro lugar o imprime la clave.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::ReportBreachDialog</name>
    <message>
        <source>It is &amp;not in the list: describe it</source>
        <translation>&amp;No está en la lista: descríbela</translation>
    </message>
    <message>
        <source>I was told I&apos;m in a breach</source>
        <translation>Me dijeron que estoy en una filtración</translation>
    </message>
    <message>
        <source>A company or a news story said your details were in a breach? Choose it here and tick what the notice said leaked. You get a plan for it, and it is kept with this person.</source>
        <translation>¿Una empresa o una noticia dijo que tus datos estaban en una filtración? Elígela aquí y marca lo que, según el aviso, se filtró. Recibirás un plan para ella, y se guardará con esta persona.</translation>
    </message>
    <message>
        <source>&amp;Who got the notice:</source>
        <translation>&amp;Quién recibió el aviso:</translation>
    </message>
    <message>
        <source>the company&apos;s name, e.g. Facebook</source>
        <translation>el nombre de la empresa, p. ej., Facebook</translation>
    </message>
    <message>
        <source>&amp;Find the breach:</source>
        <translation>&amp;Buscar la filtración:</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Filtraciones</translation>
    </message>
    <message>
        <source>e.g. Town sports club</source>
        <translation>p. ej., Club deportivo del barrio</translation>
    </message>
    <message>
        <source>Company or &amp;service:</source>
        <translation>Empresa o &amp;servicio:</translation>
    </message>
    <message>
        <source>&amp;When it happened (or the notice&apos;s date):</source>
        <translation>&amp;Cuándo ocurrió (o la fecha del aviso):</translation>
    </message>
    <message>
        <source>What the notice said leaked</source>
        <translation>Qué se filtró según el aviso</translation>
    </message>
    <message>
        <source>Make my &amp;plan</source>
        <translation>Crear mi &amp;plan</translation>
    </message>
    <message>
        <source>Add the person first, then tell the app about the notice.</source>
        <translation>Primero agrega a la persona y luego informa a la aplicación sobre el aviso.</translation>
    </message>
    <message>
        <source>Say which company or service the notice was about.</source>
        <translation>Indica de qué empresa o servicio era el aviso.</translation>
    </message>
    <message>
        <source>Entered from a breach notice.</source>
        <translation>Registrada a partir de un aviso de filtración.</translation>
    </message>
    <message>
        <source>Choose the breach from the list, or describe it if it is not there.</source>
        <translation>Elige la filtración en la lista, o descríbela si no está.</translation>
    </message>
    <message>
        <source>Tick at least one kind of data the notice named.</source>
        <translation>Marca al menos un tipo de dato que mencione el aviso.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>Keeping the vault safe</source>
        <translation>Proteger la bóveda</translation>
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
        <translation>&amp;Bloquear si no se usa durante:</translation>
    </message>
    <message>
        <source>&amp;Change the passphrase…</source>
        <translation>&amp;Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Make a new &amp;recovery key…</source>
        <translation>&amp;Generar una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Someone may know my passphrase: make &amp;all keys new…</source>
        <translation>Alguien puede conocer mi frase de contraseña: renovar t&amp;odas las claves…</translation>
    </message>
    <message>
        <source>A new passphrase alone does not protect a copy of the vault someone may already have. This re-encrypts everything with a new key, with a new passphrase and a new recovery key.</source>
        <translation>Una nueva frase de contraseña por sí sola no protege una copia de la bóveda que alguien ya pueda tener. Esto vuelve a cifrar todo con una clave nueva, con una nueva frase de contraseña y una nueva clave de recuperación.</translation>
    </message>
    <message>
        <source>Helping others</source>
        <translation>Ayudar a otras personas</translation>
    </message>
    <message>
        <source>optional: shown on printed handouts</source>
        <translation>opcional: aparece en las hojas de consejos impresas</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Tu &amp;nombre:</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <source>Folder: %1
%2 breaches in the catalog (its newest facts: %3)
Encryption: SQLCipher %4</source>
        <translation>Carpeta: %1
%2 filtraciones en el catálogo (datos más recientes: %3)
Cifrado: SQLCipher %4</translation>
    </message>
    <message>
        <source>This computer now remembers the vault.</source>
        <translation>Esta computadora ahora recuerda la bóveda.</translation>
    </message>
    <message>
        <source>This computer no longer remembers the vault.</source>
        <translation>Esta computadora ya no recuerda la bóveda.</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works. Note: a copy of the vault made before the change still opens with the old passphrase.</source>
        <translation>Se cambió la frase de contraseña. Tu clave de recuperación sigue funcionando. Nota: una copia de la bóveda hecha antes del cambio todavía se abre con la frase de contraseña anterior.</translation>
    </message>
    <message>
        <source>Make a new recovery key?</source>
        <translation>¿Generar una nueva clave de recuperación?</translation>
    </message>
    <message>
        <source>The recovery key you printed before stops working. You will see the new one once, to print or write down.</source>
        <translation>La clave de recuperación que imprimiste antes dejará de funcionar. Verás la nueva una sola vez, para imprimirla o anotarla.</translation>
    </message>
    <message>
        <source>Make a &amp;new key</source>
        <translation>Generar una clave &amp;nueva</translation>
    </message>
    <message>
        <source>Make all keys new</source>
        <translation>Renovar todas las claves</translation>
    </message>
    <message>
        <source>Re-encrypting the vault with new keys. This takes a moment.</source>
        <translation>Volviendo a cifrar la bóveda con claves nuevas. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>The vault has new keys. The old passphrase and the old recovery key open nothing any more, not even an old copy of the key file.</source>
        <translation>La bóveda tiene claves nuevas. La frase de contraseña y la clave de recuperación anteriores ya no abren nada, ni siquiera una copia antigua del archivo de claves.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The same as the computer</source>
        <translation>Los mismos que la computadora</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>C&amp;olours:</source>
        <translation>C&amp;olores:</translation>
    </message>
    <message>
        <source>&amp;Remember this vault on this computer</source>
        <translation>&amp;Recordar esta bóveda en esta computadora</translation>
    </message>
    <message>
        <source>It then opens without the passphrase here. Anyone who can use your account on this computer could then open the vault: leave it off on a shared computer.</source>
        <translation>Así se abre aquí sin la frase de contraseña. Cualquiera que pueda usar tu cuenta en esta computadora podría abrir la bóveda: déjalo desactivado en una computadora compartida.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so nothing changed: the old one still works.</source>
        <translation>La nueva clave de recuperación no se guardó, así que no cambió nada: la anterior sigue funcionando.</translation>
    </message>
    <message>
        <source>The new recovery key is in place. The old one no longer works.</source>
        <translation>La nueva clave de recuperación ya está en uso. La anterior ya no funciona.</translation>
    </message>
    <message>
        <source>The new recovery key was not kept, so the vault was not re-keyed: the old passphrase and recovery key still work.</source>
        <translation>La nueva clave de recuperación no se guardó, así que no se renovaron las claves de la bóveda: la frase de contraseña y la clave de recuperación anteriores siguen funcionando.</translation>
    </message>
</context>
<context>
    <name>BreachAdvisor::Ui::StepView</name>
    <message>
        <source>I&apos;ve &amp;done this</source>
        <translation>Ya lo &amp;hice</translation>
    </message>
    <message>
        <source>I&apos;ll do it &amp;later</source>
        <translation>Lo haré más &amp;tarde</translation>
    </message>
    <message>
        <source>This doesn&apos;t &amp;apply to me</source>
        <translation>Esto no aplica en mi &amp;caso</translation>
    </message>
    <message>
        <source>&amp;Back to my to-do list</source>
        <translation>&amp;Volver a mi lista de pendientes</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>Instructions for</source>
        <translation>Instrucciones para</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>optional, e.g. &quot;PIN kept in the family safe&quot;</source>
        <translation>opcional, p. ej., &quot;PIN guardado en la caja fuerte de la familia&quot;</translation>
    </message>
    <message>
        <source>← &amp;Previous step</source>
        <translation>← Paso &amp;anterior</translation>
    </message>
    <message>
        <source>N&amp;ext step →</source>
        <translation>Paso &amp;siguiente →</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Paso anterior</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>No hay nada que hacer por ahora.</translation>
    </message>
    <message>
        <source>Choose a step to see what to do.</source>
        <translation>Elige un paso para ver qué hacer.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · about %n minute(s)</source>
        <translation>
            <numerusform>%1 · %n minuto aproximadamente</numerusform>
            <numerusform>%1 · unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>You had done this, but it leaked again since (%1). Please do it again.</source>
        <translation>Ya lo habías hecho, pero desde entonces hubo otra filtración (%1). Vuelve a hacerlo.</translation>
    </message>
    <message>
        <source> · marked on %1</source>
        <translation> · marcado el %1</translation>
    </message>
    <message>
        <source>All devices</source>
        <translation>Todos los dispositivos</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(revisado: %1)</translation>
    </message>
    <message>
        <source>This note was written before the step reopened.</source>
        <translation>Esta nota se escribió antes de que el paso se volviera a abrir.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Deshacer: %1</translation>
    </message>
    <message>
        <source>Status of this step</source>
        <translation>Estado de este paso</translation>
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
        <translation>Abriendo tu bóveda. Esto tarda un momento.</translation>
    </message>
    <message>
        <source>I forgot my passphrase: use my &amp;recovery key</source>
        <translation>&amp;Olvidé mi frase de contraseña: usar mi clave de recuperación</translation>
    </message>
    <message>
        <source>Open with the recovery &amp;key</source>
        <translation>&amp;Abrir con la clave de recuperación</translation>
    </message>
    <message>
        <source>Open with this computer&apos;s &amp;keychain</source>
        <translation>Abrir con el &amp;llavero de esta computadora</translation>
    </message>
    <message>
        <source>Breach Advisor</source>
        <translation>Logo de Breach Advisor</translation>
    </message>
    <message>
        <source>Unlock Breach Advisor</source>
        <translation>Desbloquear Breach Advisor</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Opening the vault</source>
        <translation>Abriendo la bóveda</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>Your vault is in %1. Everything in it stays on this computer.</source>
        <translation>Tu bóveda está en %1. Todo lo que contiene se queda en esta computadora.</translation>
    </message>
    <message>
        <source>That passphrase does not open this vault. Check Caps Lock and try again.</source>
        <translation>Esa frase de contraseña no abre esta bóveda. Revisa Bloq Mayús y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Type your passphrase first.</source>
        <translation>Primero escribe tu frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>BreachCatalog</name>
    <message>
        <source>A breach needs a name and a title.</source>
        <translation>Una filtración necesita un nombre y un título.</translation>
    </message>
    <message>
        <source>The breach date is not a valid date (YYYY-MM-DD).</source>
        <translation>La fecha de la filtración no es una fecha válida (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Say which kinds of data leaked (for example &quot;Phone numbers;Names&quot;).</source>
        <translation>Indica qué tipos de datos se filtraron (por ejemplo, &quot;Phone numbers;Names&quot;).</translation>
    </message>
    <message>
        <source>The catalog already has a breach named &quot;%1&quot;.</source>
        <translation>El catálogo ya tiene una filtración llamada &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>BreachJson</name>
    <message>
        <source>%1 is missing or not text</source>
        <translation>%1 falta o no es texto</translation>
    </message>
    <message>
        <source>%1 is not text</source>
        <translation>%1 no es texto</translation>
    </message>
    <message>
        <source>%1 is not true or false</source>
        <translation>%1 no es true ni false</translation>
    </message>
    <message>
        <source>%1 is not a whole number of zero or more</source>
        <translation>%1 no es un número entero igual o mayor que cero</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1 &quot;%2&quot; no es una fecha (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a date and time (ISO 8601)</source>
        <translation>%1 &quot;%2&quot; no es una fecha y hora (ISO 8601)</translation>
    </message>
    <message>
        <source>%1 is missing or not a list</source>
        <translation>%1 falta o no es una lista</translation>
    </message>
    <message>
        <source>%1 holds an entry that is not text</source>
        <translation>%1 contiene un elemento que no es texto</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: no se puede leer el archivo: %2</translation>
    </message>
    <message>
        <source>%1:%2: not valid JSON: %3</source>
        <translation>%1:%2: JSON no válido: %3</translation>
    </message>
    <message>
        <source>%1:1: not a breach catalog: expected a list of breaches as Have I Been Pwned publishes them</source>
        <translation>%1:1: no es un catálogo de filtraciones: se esperaba una lista de filtraciones como la que publica Have I Been Pwned</translation>
    </message>
    <message>
        <source>%1:%2: breach #%3: %4</source>
        <translation>%1:%2: filtración n.º %3: %4</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; appears twice</source>
        <translation>el nombre &quot;%1&quot; aparece dos veces</translation>
    </message>
</context>
<context>
    <name>BundleKeys</name>
    <message>
        <source>%1 is not %2.</source>
        <translation>%1 no es %2.</translation>
    </message>
    <message>
        <source>a help desk&apos;s secret key file (bundle keygen)</source>
        <translation>un archivo de clave secreta de un servicio de asistencia (bundle keygen)</translation>
    </message>
    <message>
        <source>a public key file (bundle keygen&apos;s PREFIX.pub)</source>
        <translation>un archivo de clave pública (el PREFIX.pub de bundle keygen)</translation>
    </message>
    <message>
        <source>an agent key file (bundle keygen&apos;s PREFIX.agent)</source>
        <translation>un archivo de clave de agente (el PREFIX.agent de bundle keygen)</translation>
    </message>
    <message>
        <source>a signature file (bundle sign)</source>
        <translation>un archivo de firma (bundle sign)</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor (format %2; this version reads %3). Update the app to read it.</source>
        <translation>%1 se creó con una versión más reciente de Breach Advisor (formato %2; esta versión lee el %3). Actualiza la aplicación para leerlo.</translation>
    </message>
    <message>
        <source>The passphrase of %1 is not right, or the file was altered.</source>
        <translation>La frase de contraseña de %1 no es correcta, o el archivo se modificó.</translation>
    </message>
    <message>
        <source>a help desk&apos;s bundle (bundle export)</source>
        <translation>un paquete de un servicio de asistencia (bundle export)</translation>
    </message>
    <message>
        <source>%1 does not match its signature: it was changed or cut short after it was signed. Nothing was imported; ask the help desk for the bundle again.</source>
        <translation>%1 no coincide con su firma: se modificó o se recortó después de firmarse. No se importó nada; pide el paquete de nuevo al servicio de asistencia.</translation>
    </message>
    <message>
        <source>%1 was made for another agent key: ask the help desk that signed it for the key of its bundles (PREFIX.agent).</source>
        <translation>%1 se hizo para otra clave de agente: pide al servicio de asistencia que lo firmó la clave de sus paquetes (PREFIX.agent).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault trusts, but its content cannot be used. Nothing was imported; tell the help desk that made it.</source>
        <translation>%1 está firmado con una clave en la que confía esta bóveda, pero su contenido no se puede usar. No se importó nada; avisa al servicio de asistencia que lo creó.</translation>
    </message>
    <message>
        <source>%1 is signed by a key this vault does not trust (%2). Nothing was imported. If that is your help desk&apos;s key, trust it first: bundle trust PREFIX.pub.</source>
        <translation>%1 está firmado con una clave en la que esta bóveda no confía (%2). No se importó nada. Si es la clave de tu servicio de asistencia, confía primero en ella: bundle trust PREFIX.pub.</translation>
    </message>
    <message>
        <source>%1 was made on %2, before the last bundle taken from %3 (made on %4): it may be an old copy played back. Nothing was imported.</source>
        <translation>%1 se creó el %2, antes que el último paquete recibido de %3 (creado el %4): puede ser una copia antigua reenviada. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>ChecklistEngine</name>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <source>%1 million</source>
        <extracomment>a count in millions, %1 with one decimal (&quot;44.8&quot;)</extracomment>
        <translation>%1 millones</translation>
    </message>
    <message>
        <source>about as many as %1 had users at the time</source>
        <translation>más o menos la cantidad de usuarios que tenía %1 en ese momento</translation>
    </message>
    <message>
        <source>about as many as %1 had users in %2 at the time</source>
        <translation>más o menos la cantidad de usuarios que tenía %1 en %2 en ese momento</translation>
    </message>
    <message>
        <source>more than half of the users %1 had at the time</source>
        <translation>más de la mitad de los usuarios que tenía %1 en ese momento</translation>
    </message>
    <message>
        <source>more than half of the users %1 had in %2 at the time</source>
        <translation>más de la mitad de los usuarios que tenía %1 en %2 en ese momento</translation>
    </message>
    <message>
        <source>about one %1 user in %2 at the time</source>
        <translation>aproximadamente uno de cada %2 usuarios de %1 en ese momento</translation>
    </message>
    <message>
        <source>about one %1 user in %2 in %3 at the time</source>
        <translation>aproximadamente uno de cada %2 usuarios de %1 en %3 en ese momento</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as reported</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>según lo publicado, unos %1 de sus registros provenían de %2</translation>
    </message>
    <message>
        <source>; worldwide it held %1</source>
        <extracomment>%1 how large a share of a service&apos;s users a breach held, worldwide</extracomment>
        <translation>; a nivel mundial, equivalía a %1</translation>
    </message>
    <message>
        <source>it held %1 accounts, %2</source>
        <extracomment>%1 a count of accounts, %2 their share of the service&apos;s users in words</extracomment>
        <translation>las cuentas afectadas fueron %1, %2</translation>
    </message>
    <message>
        <source>how many of the users %1 had then it held is not known</source>
        <translation>no se sabe qué parte de los usuarios que tenía %1 en ese momento incluía</translation>
    </message>
    <message numerus="yes">
        <source>Your %1 leaked in %2.</source>
        <extracomment>%1 what leaked (&quot;phone number and name&quot;), %2 the breach; n the number of kinds of data</extracomment>
        <translation>
            <numerusform>En %2 se filtró este dato tuyo: %1.</numerusform>
            <numerusform>En %2 se filtraron %n datos tuyos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A notice told you that your %1 leaked in %2.</source>
        <translation>
            <numerusform>Según un aviso que recibiste, en %2 se filtró este dato tuyo: %1.</numerusform>
            <numerusform>Según un aviso que recibiste, en %2 se filtraron %n datos tuyos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is likely.</source>
        <translation>
            <numerusform>Es probable que en %2 se haya filtrado este dato tuyo: %1.</numerusform>
            <numerusform>Es probable que en %2 se hayan filtrado %n datos tuyos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2, which is not likely.</source>
        <translation>
            <numerusform>Es posible, aunque poco probable, que en %2 se haya filtrado este dato tuyo: %1.</numerusform>
            <numerusform>Es posible, aunque poco probable, que en %2 se hayan filtrado %n datos tuyos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2.</source>
        <translation>
            <numerusform>Puede que en %2 se haya filtrado este dato tuyo: %1.</numerusform>
            <numerusform>Puede que en %2 se hayan filtrado %n datos tuyos: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 may have leaked in %2: %3.</source>
        <extracomment>%3 what the breach is and how likely it holds the person, with the facts</extracomment>
        <translation>
            <numerusform>Puede que en %2 se haya filtrado este dato tuyo (%1): %3.</numerusform>
            <numerusform>Puede que en %2 se hayan filtrado %n datos tuyos (%1): %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>A general tip, not caused by a particular leak.</source>
        <translation>Un consejo general, no causado por una filtración concreta.</translation>
    </message>
    <message numerus="yes">
        <source>If you used %1: your %2 may have leaked there; %3.</source>
        <translation>
            <numerusform>Si usabas %1: puede que allí se haya filtrado este dato tuyo (%2); %3.</numerusform>
            <numerusform>Si usabas %1: puede que allí se hayan filtrado %n datos tuyos (%2); %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>If you had an account there, change its password and sign out its other sessions.</source>
        <translation>Si tenías una cuenta allí, cambia su contraseña y cierra sus otras sesiones.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>instructions for one country among several: &quot;%1: %2&quot; where %1 is the country</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>about %1 of its records came from %2, as the seller claimed; nobody has verified it</source>
        <extracomment>%1 a count (&quot;44.8 million&quot;), %2 a country</extracomment>
        <translation>según el vendedor, unos %1 de sus registros provenían de %2; nadie ha verificado esa cifra</translation>
    </message>
    <message>
        <source>only about %2 of its records held an entry for “%1”</source>
        <extracomment>%1 the name of a kind of data (&quot;Email addresses&quot;), %2 a count (&quot;2.5 million&quot;): only a few of a breach&apos;s records held it</extracomment>
        <translation>solo unos %2 de sus registros incluían datos de “%1”</translation>
    </message>
    <message>
        <source>If you use %1: %2. Say that you use it to get these steps in full.</source>
        <extracomment>%1 a service (&quot;WhatsApp&quot;), %2 the titles of its steps, separated by semicolons</extracomment>
        <translation>Si usas %1: %2. Indica que lo usas para ver estos pasos completos.</translation>
    </message>
    <message numerus="yes">
        <source>The same goes for %n other breach(es).</source>
        <translation>
            <numerusform>Lo mismo ocurre con otra filtración.</numerusform>
            <numerusform>Lo mismo ocurre con otras %n filtraciones.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistRules</name>
    <message>
        <source>Android</source>
        <translation>Teléfono Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computadora</translation>
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
                          agrega o actualiza filtraciones con JSON de Have I Been Pwned
  catalog add --name N --title T --date YYYY-MM-DD [--domain D] --classes &quot;Phone numbers;Names&quot;
              [--count N] [--description TEXT] [--flags &quot;stealer_log;sensitive&quot;] [--json]
                          una filtración que el catálogo aún no tiene
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
        <translation>  FILE            el JSON de /api/v3/breaches de Have I Been Pwned; si alguna filtración
                  no es válida, se rechaza el archivo entero (código de salida 4) y se
                  indica la línea
  --name N        la clave de la filtración (letras y dígitos, como el Name de HIBP)
  --classes LIST  qué se filtró: nombres de tipos de datos de HIBP separados por ;
  --count N       cuántas cuentas contenía
  --flags LIST    qué tipo de filtración es, separados por ;: stealer_log (contraseñas
                  robadas por malware en un dispositivo), malware, sensitive, spam_list,
                  fabricated
NAME es el Name de una filtración tal como lo muestra catalog list.</translation>
    </message>
    <message>
        <source>Usage: catalog import FILE</source>
        <translation>Uso: catalog import FILE</translation>
    </message>
    <message>
        <source>Read %1 breaches from %2: %3 new, %4 updated, %5 unchanged.
</source>
        <translation>Se leyeron %1 filtraciones de %2: %3 nuevas, %4 actualizadas, %5 sin cambios.
</translation>
    </message>
    <message>
        <source>Kinds of data this version does not know yet (kept and shown as they are): %1
</source>
        <translation>Tipos de datos que esta versión aún no conoce (se guardan y se muestran tal cual): %1
</translation>
    </message>
    <message>
        <source>--count is a whole number of zero or more.</source>
        <translation>--count debe ser un número entero igual o mayor que cero.</translation>
    </message>
    <message>
        <source>--flags: &quot;%1&quot; is not a flag. Use stealer_log, malware, sensitive, spam_list or fabricated.</source>
        <translation>--flags: &quot;%1&quot; no es un indicador válido. Usa stealer_log, malware, sensitive, spam_list o fabricated.</translation>
    </message>
    <message>
        <source>Usage: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</source>
        <translation>Uso: catalog add --name N --title T --date YYYY-MM-DD --classes &quot;Phone numbers;Names&quot;</translation>
    </message>
    <message>
        <source>--date &quot;%1&quot; is not a date (YYYY-MM-DD).</source>
        <translation>--date &quot;%1&quot; no es una fecha (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot; to the catalog.</source>
        <translation>Se agregó &quot;%1&quot; al catálogo.</translation>
    </message>
    <message>
        <source>%1 breaches. Facts from Have I Been Pwned (CC BY 4.0) unless marked otherwise.

</source>
        <translation>%1 filtraciones. Datos de Have I Been Pwned (CC BY 4.0), salvo que se indique otra fuente.

</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>What leaked</source>
        <translation>Qué se filtró</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Usage: catalog show NAME</source>
        <translation>Uso: catalog show NAME</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;. See catalog list for the names.</source>
        <translation>El catálogo no tiene ninguna filtración llamada &quot;%1&quot;. Consulta los nombres con catalog list.</translation>
    </message>
    <message>
        <source>Breach date: %1</source>
        <translation>Fecha de la filtración: %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Cuentas: %1</translation>
    </message>
    <message>
        <source>From the imported catalog file: %1</source>
        <translation>Del archivo de catálogo importado: %1</translation>
    </message>
    <message>
        <source>What leaked:</source>
        <translation>Qué se filtró:</translation>
    </message>
    <message>
        <source> (a kind of data this version does not know yet)</source>
        <translation> (un tipo de dato que esta versión aún no conoce)</translation>
    </message>
    <message>
        <source>Where this comes from: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source>Use catalog import, catalog add, catalog list or catalog show.</source>
        <translation>Usa catalog import, catalog add, catalog list o catalog show.</translation>
    </message>
    <message numerus="yes">
        <source>breach-advisor-cli: %n argument(s) not checked: write --phone, --email or --username before each identifier.</source>
        <translation>
            <numerusform>breach-advisor-cli: %n argumento no comprobado: escribe --phone, --email o --username delante de cada identificador.</numerusform>
            <numerusform>breach-advisor-cli: %n argumentos no comprobados: escribe --phone, --email o --username delante de cada identificador.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</source>
        <translation>Uso: check [--phone TEXT]... [--email TEXT]... [--username TEXT]... [--from FILE|-] [--region CC]</translation>
    </message>
    <message>
        <source>: not checked. %1</source>
        <translation>: no se comprobó. %1</translation>
    </message>
    <message>
        <source>  not found</source>
        <translation>  no encontrado</translation>
    </message>
    <message>
        <source>  in %1: %2</source>
        <translation>  en %1: %2</translation>
    </message>
    <message>
        <source>breach-advisor-cli: %1</source>
        <translation>breach-advisor-cli: %1</translation>
    </message>
    <message>
        <source>breach-advisor-cli: unexpected error: %1</source>
        <translation>breach-advisor-cli: error inesperado: %1</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. See breach-advisor-cli --help.</source>
        <translation>Comando desconocido &quot;%1&quot;. Consulta breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>%1 does not run inside the shell: leave it (exit) first.</source>
        <translation>%1 no funciona dentro de shell: primero sal (exit).</translation>
    </message>
    <message>
        <source>--%1: the shell&apos;s vault is already open.</source>
        <translation>--%1: la bóveda de shell ya está abierta.</translation>
    </message>
    <message>
        <source>Usage: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Finds out which breaches hold your data and what to do about it, on this computer only.

Commands:
</source>
        <translation>Uso: breach-advisor-cli [--vault DIR] [--passphrase-file FILE] [--keychain] COMMAND ...

Averigua qué filtraciones contienen tus datos y qué hacer al respecto, solo en esta
computadora.

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
Opciones:
  --vault DIR             la carpeta de la bóveda (predeterminada: %1)
  --passphrase-file FILE  lee la frase de contraseña de la primera línea de FILE;
                          si no, de $BREACH_ADVISOR_PASSPHRASE; si no, la pide
  --keychain              desbloquea con la clave que recuerda el llavero de esta
                          computadora; la primera vez, con la frase de contraseña,
                          y desde entonces queda recordada
  --json                  salida legible por máquinas
  --mask                  muestra los identificadores solo lo justo para reconocerlos
  --yes                   lo hace sin preguntar (comandos remove)
  -h, --help              esta ayuda; COMMAND --help: la ayuda de ese comando
  --version               la versión

Varios comandos con un solo desbloqueo: breach-advisor-cli shell (comandos desde la
terminal o un script, uno por línea).

Código de salida: 0 éxito, 1 error, 2 error de uso, 3 frase de contraseña incorrecta o
bóveda en uso, 4 archivo de entrada rechazado, 130 detenido con Ctrl-C (sin cambios).
</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Fuentes: %1</translation>
    </message>
    <message>
        <source> (checked %1)</source>
        <translation> (revisado: %1)</translation>
    </message>
    <message>
        <source>Note, from when it was done before: %1</source>
        <translation>Nota, de cuando se hizo antes: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>general advice</source>
        <translation>consejo general</translation>
    </message>
    <message>
        <source>found in a leak</source>
        <translation>encontrado en una filtración</translation>
    </message>
    <message>
        <source>a notice you got</source>
        <translation>un aviso que recibiste</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>posible</translation>
    </message>
    <message>
        <source>[x] done, [-] skipped, [/] does not apply</source>
        <translation>[x] hecho, [-] pospuesto, [/] no aplica</translation>
    </message>
    <message>
        <source> - reopened: it leaked again in %1</source>
        <translation> - reabierto: hubo otra filtración en %1</translation>
    </message>
    <message>
        <source> - skipped</source>
        <translation> - pospuesto</translation>
    </message>
    <message>
        <source> - does not apply</source>
        <translation> - no aplica</translation>
    </message>
    <message>
        <source>Small breaches at services you use</source>
        <translation>Filtraciones pequeñas en servicios que usas</translation>
    </message>
    <message>
        <source>Save the person (person add) and run plan --person NAME for the steps in full.</source>
        <translation>Guarda a la persona (person add) y ejecuta plan --person NAME para ver los pasos completos.</translation>
    </message>
    <message>
        <source>There is no vault in %1. Create one with: breach-advisor-cli --vault %1 init</source>
        <translation>No hay ninguna bóveda en %1. Crea una con: breach-advisor-cli --vault %1 init</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain cannot be used (%1); using the passphrase.</source>
        <translation>breach-advisor-cli: no se puede usar el llavero (%1); se usará la frase de contraseña.</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain now remembers the vault&apos;s key: --keychain needs no passphrase from now on (keychain forget undoes it).</source>
        <translation>El llavero de esta computadora ahora recuerda la clave de la bóveda: a partir de ahora, --keychain no necesita la frase de contraseña (keychain forget lo deshace).</translation>
    </message>
    <message>
        <source>breach-advisor-cli: the keychain did not keep the key (%1).</source>
        <translation>breach-advisor-cli: el llavero no guardó la clave (%1).</translation>
    </message>
    <message>
        <source>--kdf-strength is interactive, moderate or sensitive.</source>
        <translation>--kdf-strength debe ser interactive, moderate o sensitive.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a known two-letter country code.</source>
        <translation>%1 &quot;%2&quot; no es un código de país de dos letras conocido.</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>--from - reads the shell&apos;s own input: give a file.</source>
        <translation>--from - leería la propia entrada de shell: indica un archivo.</translation>
    </message>
    <message>
        <source>--from %1: %2</source>
        <translation>--from %1: %2</translation>
    </message>
    <message>
        <source>--from %1: more than 16 MiB of identifiers.</source>
        <translation>--from %1: más de 16 MiB de identificadores.</translation>
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
                          su plan para imprimir, con los identificadores enmascarados,
                          tal como lo imprime la aplicación
</translation>
    </message>
    <message>
        <source>Usage: handout --person NAME --out FILE.pdf|FILE.html</source>
        <translation>Uso: handout --person NAME --out FILE.pdf|FILE.html</translation>
    </message>
    <message>
        <source>--out: &quot;%1&quot; must end in .pdf or .html.</source>
        <translation>--out: &quot;%1&quot; debe terminar en .pdf o .html.</translation>
    </message>
    <message>
        <source>PDF handouts need the graphics library, which was not started.</source>
        <translation>Las hojas de consejos en PDF necesitan la biblioteca gráfica, que no se inició.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1&apos;s handout (%Ln step(s)) to %2. It holds personal details: keep it safe.</source>
        <translation>
            <numerusform>Se escribió la hoja de consejos de %1 (%Ln paso) en %2. Contiene datos personales: guárdala en un lugar seguro.</numerusform>
            <numerusform>Se escribió la hoja de consejos de %1 (%Ln pasos) en %2. Contiene datos personales: guárdala en un lugar seguro.</numerusform>
        </translation>
    </message>
    <message>
        <source>--field &quot;%1&quot;: write it as &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</source>
        <translation>--field &quot;%1&quot;: escríbelo como &quot;DATA CLASS=COLUMN[,COLUMN]&quot;.</translation>
    </message>
    <message>
        <source>Usage: import FILE --breach NAME [--phone COLUMN]... (see import --help)</source>
        <translation>Uso: import FILE --breach NAME [--phone COLUMN]... (consulta import --help)</translation>
    </message>
    <message>
        <source>--preset sets the file&apos;s layout: leave out --%1.</source>
        <translation>--preset ya fija el formato del archivo: quita --%1.</translation>
    </message>
    <message>
        <source>--delimiter is one ASCII character, like ; or :</source>
        <translation>--delimiter debe ser un solo carácter ASCII, como ; o :</translation>
    </message>
    <message>
        <source>--encoding is utf-8, windows-1252, latin1 or auto.</source>
        <translation>--encoding debe ser utf-8, windows-1252, latin1 o auto.</translation>
    </message>
    <message>
        <source>--phone-format is international, national or auto.</source>
        <translation>--phone-format debe ser international, national o auto.</translation>
    </message>
    <message>
        <source>--phone-format national needs --region CC, the numbers&apos; country.</source>
        <translation>--phone-format national necesita --region CC, el país de los números.</translation>
    </message>
    <message>
        <source>--memory-mb is a whole number of 16 or more.</source>
        <translation>--memory-mb debe ser un número entero igual o mayor que 16.</translation>
    </message>
    <message>
        <source>There is no preset &quot;%1&quot;: import --list-presets lists them.</source>
        <translation>No existe el formato predefinido &quot;%1&quot;: import --list-presets los enumera.</translation>
    </message>
    <message>
        <source>    breach: %1; columns: %2</source>
        <translation>    filtración: %1; columnas: %2</translation>
    </message>
    <message>
        <source>Importing %1 into &quot;%2&quot;. Columns:</source>
        <translation>Importando %1 en &quot;%2&quot;. Columnas:</translation>
    </message>
    <message>
        <source>%1 rows, %2 rows/s</source>
        <translation>%1 filas, %2 filas/s</translation>
    </message>
    <message>
        <source>, about %1 s left</source>
        <translation>, faltan unos %1 s</translation>
    </message>
    <message>
        <source>writing the index</source>
        <translation>escribiendo el índice</translation>
    </message>
    <message>
        <source>  index stats [--json]    records and bytes on disk, per breach
  index remove IMPORT_ID [--yes]
                          undo one import and give its space back
</source>
        <translation>  index stats [--json]    registros y bytes en disco, por filtración
  index remove IMPORT_ID [--yes]
                          deshace una importación y libera su espacio
</translation>
    </message>
    <message>
        <source>  IMPORT_ID  as index stats lists it
  --yes      remove without asking (scripts are never asked)
Removing rewrites the vault file without the import, so that the disk space is
free again: that needs about as much free disk as the vault for a while.</source>
        <translation>  IMPORT_ID  como lo muestra index stats
  --yes      quita sin preguntar (a los scripts nunca se les pregunta)
Quitar una importación reescribe el archivo de la bóveda sin ella, para liberar el
espacio en disco: durante un rato, eso necesita tanto espacio libre como ocupa la
bóveda.</translation>
    </message>
    <message>
        <source>No leak files imported yet. Add one with: breach-advisor-cli import FILE --breach NAME</source>
        <translation>Aún no se importó ningún archivo de filtración. Agrega uno con: breach-advisor-cli import FILE --breach NAME</translation>
    </message>
    <message>
        <source>%1 records in %2 imports, %3 bytes (%4 bytes a record).</source>
        <translation>%1 registros en %2 importaciones, %3 bytes (%4 bytes por registro).</translation>
    </message>
    <message>
        <source>  import %1: %2 from %3, %4 records, %5 bytes</source>
        <translation>  importación %1: %2, archivo %3, %4 registros, %5 bytes</translation>
    </message>
    <message>
        <source>Usage: index remove IMPORT_ID (see index stats)</source>
        <translation>Uso: index remove IMPORT_ID (consulta index stats)</translation>
    </message>
    <message>
        <source>There is no import %1 (see index stats).</source>
        <translation>No existe la importación %1 (consulta index stats).</translation>
    </message>
    <message>
        <source>Remove import %1 (%2 from %3, %4 records)?</source>
        <translation>¿Quitar la importación %1 (%2, archivo %3, %4 registros)?</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>No se quitó nada.</translation>
    </message>
    <message>
        <source>Removed import %1; the vault file is %2 bytes smaller.</source>
        <translation>Se quitó la importación %1; el archivo de la bóveda ocupa %2 bytes menos.</translation>
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
                          crea una bóveda y muestra su clave de recuperación
</translation>
    </message>
    <message>
        <source>Creates a vault in --vault DIR (an empty or new folder) with the bundled breach catalog.
The passphrase comes from --passphrase-file, $BREACH_ADVISOR_PASSPHRASE or a prompt.
  --kdf-strength S  how slow the passphrase is to try: interactive, moderate (default)
                    or sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</source>
        <translation>Crea una bóveda en --vault DIR (una carpeta vacía o nueva) con el catálogo de
filtraciones incluido. La frase de contraseña se toma de --passphrase-file o de
$BREACH_ADVISOR_PASSPHRASE; si no, se pide en la terminal.
  --kdf-strength S  cuánto tarda probar cada frase de contraseña: interactive,
                    moderate (predeterminado) o sensitive
  --json            {&quot;vault&quot;,&quot;vault_id&quot;,&quot;breaches&quot;,&quot;recovery_key&quot;}</translation>
    </message>
    <message>
        <source>Created a vault in %1 with %2 known breaches.

</source>
        <translation>Se creó una bóveda en %1 con %2 filtraciones conocidas.

</translation>
    </message>
    <message>
        <source>Your recovery key (write it down or print it, and keep it somewhere safe):

    </source>
        <translation>Tu clave de recuperación (anótala o imprímela, y guárdala en un lugar seguro):

    </translation>
    </message>
    <message>
        <source>

If you forget your passphrase, this key is the only way back into the vault.
It is shown only now.
</source>
        <translation>

Si olvidas tu frase de contraseña, esta clave es la única forma de volver a entrar
en la bóveda. Solo se muestra ahora.
</translation>
    </message>
    <message>
        <source>%1 The recovery key could not be shown, so no vault was created.</source>
        <translation>%1 No se pudo mostrar la clave de recuperación, así que no se creó ninguna bóveda.</translation>
    </message>
    <message>
        <source>  keychain forget         this computer&apos;s keychain no longer remembers the vault&apos;s key
</source>
        <translation>  keychain forget         el llavero de esta computadora olvida la clave de la bóveda
</translation>
    </message>
    <message>
        <source>--keychain (with any command that opens the vault) unlocks with the key the keychain
remembers; the first time it asks for the passphrase and then remembers the key.
keychain forget removes it; the passphrase works as before.</source>
        <translation>--keychain (con cualquier comando que abra la bóveda) desbloquea con la clave que
recuerda el llavero; la primera vez pide la frase de contraseña y luego recuerda la
clave. keychain forget la borra; la frase de contraseña sigue funcionando como antes.</translation>
    </message>
    <message>
        <source>Usage: keychain forget</source>
        <translation>Uso: keychain forget</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>The keychain did not forget the key: %1</source>
        <translation>El llavero no olvidó la clave: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain no longer remembers the vault&apos;s key.</source>
        <translation>El llavero de esta computadora ya no recuerda la clave de la bóveda.</translation>
    </message>
    <message>
        <source>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          the form that is hashed and matched (no vault needed)
</source>
        <translation>  normalize --phone TEXT [--region CC] [--language LL] [--json]
  normalize --email TEXT | --username TEXT [--json]
                          la forma que se usa para el hash y la comparación (sin bóveda)
</translation>
    </message>
    <message>
        <source>  --phone TEXT     a phone number in any format; repeat for several
  --region CC      the country of numbers written without a country code
  --language LL    language of where the number is from (default: the system&apos;s)
  --email TEXT, --username TEXT
Exit status 1 when any of them is not valid.</source>
        <translation>  --phone TEXT     un número de teléfono en cualquier formato; se puede repetir
  --region CC      el país de los números escritos sin código de país
  --language LL    idioma en que se nombra el país del número (predeterminado: el del
                   sistema)
  --email TEXT, --username TEXT
Código de salida 1 si alguno no es válido.</translation>
    </message>
    <message>
        <source>Usage: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</source>
        <translation>Uso: normalize --phone TEXT [--region CC] | --email TEXT | --username TEXT</translation>
    </message>
    <message>
        <source>%1: not valid. %2</source>
        <translation>%1: no es válido. %2</translation>
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
        <translation>Uso: %1 (consulta person --help)</translation>
    </message>
    <message>
        <source>Saved %1. See their plan with: plan --person &quot;%1&quot;</source>
        <translation>Se guardó a %1. Consulta su plan con: plan --person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Nobody saved yet. Add someone with: person add NAME --phone ...</source>
        <translation>Aún no hay nadie guardado. Agrega a alguien con: person add NAME --phone ...</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done</source>
        <translation>%1: %2 de %3 pasos hechos</translation>
    </message>
    <message>
        <source>  country: %1</source>
        <translation>  país: %1</translation>
    </message>
    <message>
        <source> - in %1</source>
        <translation> - en %1</translation>
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
        <translation>  aviso de filtración en %1: %2</translation>
    </message>
    <message>
        <source>  plan: %1 of %2 steps done (plan --person &quot;%3&quot;)</source>
        <translation>  plan: %1 de %2 pasos hechos (plan --person &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>Somebody called &quot;%1&quot; is saved already.</source>
        <translation>Ya hay una persona guardada con el nombre &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the changes to %1; their progress stays.</source>
        <translation>Se guardaron los cambios de %1; su progreso se mantiene.</translation>
    </message>
    <message>
        <source>Remove %1, their identifiers and their progress from the vault?</source>
        <translation>¿Quitar de la bóveda a %1, sus identificadores y su progreso?</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se quitó a %1.</translation>
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
                          el plan de la persona, con su progreso
</translation>
    </message>
    <message>
        <source>Usage: plan --person NAME</source>
        <translation>Uso: plan --person NAME</translation>
    </message>
    <message>
        <source>%1&apos;s details were not found in the leaks imported into this vault, and no service they use is in the catalog&apos;s breaches. Check again after importing more leaks.</source>
        <translation>Los datos de %1 no aparecen en las filtraciones importadas en esta bóveda, y ningún servicio que usa está en las filtraciones del catálogo. Vuelve a comprobarlo después de importar más filtraciones.</translation>
    </message>
    <message>
        <source>Plan for %1</source>
        <translation>Plan para %1</translation>
    </message>
    <message>
        <source>Usage: shell (the commands come on its input)</source>
        <translation>Uso: shell (los comandos llegan por su entrada)</translation>
    </message>
    <message>
        <source>The vault is open. Type commands as on the command line (help lists them), exit to leave.</source>
        <translation>La bóveda está abierta. Escribe comandos como en la línea de comandos (help los muestra); exit para salir.</translation>
    </message>
    <message>
        <source>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          record progress on a step of their plan
</source>
        <translation>  step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]
                          registra el progreso de un paso de su plan
</translation>
    </message>
    <message>
        <source>  done, skip, na  done, set aside for now, or does not apply to them
  reopen          back to to-do
  STEP_ID         as the plan lists it, e.g. whatsapp-two-step-pin; a step that is not
                  in their plan is refused
  --person NAME   whose plan
  --note TEXT     kept with the step (without it, an earlier note stays)</source>
        <translation>  done, skip, na  hecho, pospuesto por ahora o no aplica en su caso
  reopen          vuelve a pendiente
  STEP_ID         como aparece en el plan, p. ej., whatsapp-two-step-pin; se rechaza
                  un paso que no esté en su plan
  --person NAME   de quién es el plan
  --note TEXT     se guarda con el paso (si falta, se mantiene la nota anterior)</translation>
    </message>
    <message>
        <source>Usage: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</source>
        <translation>Uso: step done|skip|na|reopen STEP_ID --person NAME [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 is back on %2&apos;s to-do list.</source>
        <translation>%1 vuelve a estar en la lista de pendientes de %2.</translation>
    </message>
    <message>
        <source>Marked %1 as %2 for %3.</source>
        <translation>Se marcó %1 como %2 para %3.</translation>
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
        <translation>  vault info [--json]     qué contiene la bóveda
  vault change-passphrase [--new-passphrase-file FILE] [--kdf-strength S]
  vault recover --recovery-key-file FILE [--new-passphrase-file FILE]
                          pone una nueva frase de contraseña con la clave de
                          recuperación impresa
  vault rekey [--new-passphrase-file FILE] [--kdf-strength S] [--json]
                          una nueva clave, frase de contraseña y clave de recuperación,
                          si la frase de contraseña se vio comprometida
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
        <translation>  --new-passphrase-file FILE  la nueva frase de contraseña (si no, se pide dos veces
                              en la terminal)
  --recovery-key-file FILE    la clave de recuperación impresa al crear la bóveda
  --kdf-strength S            interactive, moderate o sensitive; si no se indica, la
                              bóveda conserva su propia intensidad
  --json                      rekey: {&quot;vault&quot;,&quot;vault_id&quot;,&quot;recovery_key&quot;}
change-passphrase vuelve a envolver la clave de la bóveda: es rápido, y la clave de
recuperación sigue funcionando, pero la base de datos no se vuelve a cifrar, así que
una copia antigua de vault.header todavía abre la bóveda con la frase de contraseña
anterior. rekey vuelve a cifrar la base de datos con una clave nueva y muestra una
nueva clave de recuperación: la frase de contraseña anterior, la clave de recuperación
anterior y las copias antiguas de vault.header dejan de abrirla.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden. No se cambió nada.</translation>
    </message>
    <message>
        <source>Your new recovery key (write it down or print it, and keep it somewhere safe;
the old one stops working now):

    </source>
        <translation>Tu nueva clave de recuperación (anótala o imprímela, y guárdala en un lugar seguro;
la anterior deja de funcionar ahora):

    </translation>
    </message>
    <message>
        <source>%1 The new recovery key could not be shown, so the vault was not re-keyed.</source>
        <translation>%1 No se pudo mostrar la nueva clave de recuperación, así que no se cambiaron las claves de la bóveda.</translation>
    </message>
    <message>
        <source>The vault is re-encrypted with a new key. The old passphrase, the old recovery key and
old copies of vault.header no longer open it; a computer that remembered the vault
needs the new passphrase once.
</source>
        <translation>La bóveda se volvió a cifrar con una clave nueva. La frase de contraseña anterior, la
clave de recuperación anterior y las copias antiguas de vault.header ya no la abren;
una computadora que recordaba la bóveda necesita la nueva frase de contraseña una vez.
</translation>
    </message>
    <message>
        <source>Vault %1
  %2 breaches in the catalog (bundled catalog of %3)
  schema version %4, SQLCipher %5
</source>
        <translation>Bóveda %1
  %2 filtraciones en el catálogo (catálogo incluido del %3)
  versión del esquema %4, SQLCipher %5
</translation>
    </message>
    <message>
        <source>  a re-key was started and not finished: the new passphrase finishes it, or run
  vault rekey again
</source>
        <translation>  se empezó un cambio de claves que no terminó: la nueva frase de contraseña lo
  termina, o vuelve a ejecutar vault rekey
</translation>
    </message>
    <message>
        <source>vault recover needs --recovery-key-file FILE.</source>
        <translation>vault recover necesita --recovery-key-file FILE.</translation>
    </message>
    <message>
        <source>The passphrase was changed. Your recovery key still works.</source>
        <translation>Se cambió la frase de contraseña. Tu clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Use vault info, vault change-passphrase, vault recover or vault rekey.</source>
        <translation>Usa vault info, vault change-passphrase, vault recover o vault rekey.</translation>
    </message>
    <message>
        <source>What to do: %L1 steps, %L2 done.</source>
        <translation>Qué hacer: %L1 pasos, %L2 hechos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln min</source>
        <extracomment>a step&apos;s time: &quot;5 min&quot;</extracomment>
        <translation>
            <numerusform>%Ln minuto</numerusform>
            <numerusform>%Ln minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a language Breach Advisor offers. Offered: %3.</source>
        <translation>%1 &quot;%2&quot; no es un idioma que Breach Advisor ofrezca. Idiomas disponibles: %3.</translation>
    </message>
    <message>
        <source>  --person NAME    whose plan
  --out FILE       .pdf (A4, or Letter in the US and Canada) or .html; readable by you
                   only. It holds personal details: keep it safe
  --language LL    its language (default: the person&apos;s language, else the terminal&apos;s)
  --helper NAME    who helped, printed on it (a help desk&apos;s name)</source>
        <translation>  --person NAME    de quién es el plan
  --out FILE       .pdf (A4, o Carta en EE. UU. y Canadá) o .html; solo tú puedes
                   leerlo. Contiene datos personales: guárdalo en un lugar seguro
  --language LL    su idioma (predeterminado: el de la persona; si no, el de la terminal)
  --helper NAME    quién ayudó, impreso en ella (el nombre de un servicio de asistencia)</translation>
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
        <translation>  NAME            cómo llamar a la persona (un apodo está bien)
  --from FILE|-   sus identificadores, uno por línea, de un archivo o de la entrada
                  estándar, para que los números no queden en una línea de comandos
                  que otros usuarios de esta computadora pueden leer (como en
                  check --from: phone:, email:, username: indican cuál es)
  --country CC    su país: para los números sin código de país y para los consejos
                  sobre dónde denunciar
  --uses SERVICE  un servicio que usa; --platform P: android, iphone o computer
  --mask          muestra los identificadores solo lo justo para reconocerlos
  --rename NEW    edit: su nuevo nombre
  --language LL   add, edit: el idioma que lee; su hoja de consejos se imprime en él
  --yes           quita sin preguntar (a los scripts nunca se les pregunta)
edit reemplaza lo que se indica: todos los identificadores si se da --phone, --email,
--username o --from; el país; los servicios; las plataformas (un valor vacío los
borra). Su progreso se mantiene. Los identificadores se comprueban antes de guardar.</translation>
    </message>
    <message>
        <source>  reads: %1</source>
        <translation>  lee en: %1</translation>
    </message>
    <message>
        <source>Say what to change: --rename, --phone, --email, --username, --from, --country, --uses, --platform or --language.</source>
        <translation>Indica qué cambiar: --rename, --phone, --email, --username, --from, --country, --uses, --platform o --language.</translation>
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
                          qué filtraciones contienen estos identificadores y con qué
                          datos
  check ... [--uses SERVICE]... [--platform android|iphone|computer]...
                          además prepara el plan de qué hacer (en --json: &quot;plan&quot;)
  check --from FILE|- --each-line [--json] ...
                          una comprobación y un plan por línea: cada línea, un cliente
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
        <translation>  --phone/--email/--username TEXT  un identificador que buscar; repítelo para varios
  --from FILE|-    identificadores, uno por línea, de un archivo o de la entrada
                   estándar, para que no queden en una línea de comandos que otros
                   usuarios de esta computadora pueden leer: una línea con @ es una
                   dirección de correo electrónico; con dígitos, un número de
                   teléfono; si no, un nombre de usuario. phone:, email: o username:
                   delante indican cuál es
  --region CC      el país de los números de teléfono escritos sin código de país
  --mask           muestra los identificadores solo lo justo para reconocerlos
                   (+20 ••• ••• 4567)
  --uses SERVICE   un servicio que usa la persona (WhatsApp, Facebook, Google, ...):
                   sus filtraciones cuentan como &quot;puede que se haya filtrado&quot;, con más
                   o menos peso según cuántos de sus usuarios contenían; un servicio
                   desconocido se omite con una advertencia
  --platform P     android, iphone o computer: las instrucciones del plan para esa
                   plataforma
  --each-line      con --from: cada línea es un cliente, con sus identificadores
                   separados por comas o tabulaciones; un resultado por línea
                   (JSON Lines con --json)
Código de salida 5: no se pudo comprobar nada (ningún identificador válido, o ningún
archivo de filtración importado y ningún servicio indicado).
No se guarda nada: para conservar a una persona y su progreso, usa person add.</translation>
    </message>
    <message>
        <source>Usage: check --from FILE|- --each-line: one client a line, their identifiers separated by commas or tabs.</source>
        <translation>Uso: check --from FILE|- --each-line: un cliente por línea, con sus identificadores separados por comas o tabulaciones.</translation>
    </message>
    <message>
        <source>%1, line %2: no identifier on it, not checked.</source>
        <translation>%1, línea %2: no contiene ningún identificador; no se comprobó.</translation>
    </message>
    <message>
        <source>%1: no line holds an identifier, so nothing was checked.</source>
        <translation>%1: ninguna línea contiene un identificador, así que no se comprobó nada.</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Línea %1</translation>
    </message>
    <message>
        <source>  not looked up: no leak file is imported</source>
        <translation>  no se buscó: no hay ningún archivo de filtración importado</translation>
    </message>
    <message>
        <source>Left out because no country is known: %1. To add them, give the country: %2.</source>
        <extracomment>%1 step titles, %2 how to give the country (&quot;--region CC&quot;)</extracomment>
        <translation>Se omitieron porque no se conoce el país: %1. Para agregarlos, indica el país: %2.</translation>
    </message>
    <message>
        <source>If you use these services</source>
        <translation>Si usas estos servicios</translation>
    </message>
    <message>
        <source>--from %1, line %2: longer than %3 characters, which no line of identifiers is. Nothing was done.</source>
        <translation>--from %1, línea %2: más de %3 caracteres, que ninguna línea de identificadores tiene. No se hizo nada.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was saved.</source>
        <translation>No se pudo escribir %1: %2. No se guardó nada.</translation>
    </message>
    <message>
        <source>--max-bad-rows is a number of rows (250) or a percentage (2.5%).</source>
        <translation>--max-bad-rows es un número de filas (250) o un porcentaje (2.5%).</translation>
    </message>
    <message>
        <source>  import --list-presets [--json]
                          the layouts of well-known leak files that --preset knows
</source>
        <translation>  import --list-presets [--json]
                          formatos de archivos de filtración conocidos, para --preset
</translation>
    </message>
    <message>
        <source>  --max-bad-rows N|P%    rows that do not fit the header (fields missing or too many,
                         a quote never closed, a row over 1 MiB) are skipped and
                         counted; more than N rows, or P % of the rows, refuse the
                         whole file (default 1%)
</source>
        <translation>  --max-bad-rows N|P%    las filas que no encajan con el encabezado (campos que faltan o
                         sobran, comillas sin cerrar, una fila de más de 1 MiB) se
                         omiten y se cuentan; más de N filas, o del P % de las filas,
                         rechazan todo el archivo (predeterminado: 1%)
</translation>
    </message>
    <message>
        <source>Ctrl-C stops the import and changes nothing (exit 130).</source>
        <translation>Ctrl-C detiene la importación sin cambiar nada (código de salida 130).</translation>
    </message>
    <message>
        <source>--header and --no-header contradict each other.</source>
        <translation>--header y --no-header se contradicen.</translation>
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
        <translation>  --header               la primera línea nombra las columnas aunque parezca datos
                         (sin esta opción ni --no-header, una primera línea con una
                         dirección de correo o un número largo se lee como datos)
</translation>
    </message>
    <message>
        <source>--idle-lock-seconds is a whole number from 0 (never) to %1 (a day).</source>
        <translation>--idle-lock-seconds es un número entero de 0 (nunca) a %1 (un día).</translation>
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
                          desbloquea una vez y luego ejecuta los comandos escritos o
                          recibidos por una tubería, uno por línea
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
        <translation>Cada línea es un comando como en la línea de comandos, sin breach-advisor-cli y sin
--vault, --passphrase-file ni --keychain: la bóveda sigue abierta hasta exit, quit o el
final de la entrada. Las comillas funcionan como en un shell; las líneas que empiezan
por # son comentarios. En una terminal, si un comando falla, se informa y se lee el
siguiente; desde un script, el primer comando que falla termina shell con su código
de salida. init, shell, keychain y vault (salvo vault info) no funcionan dentro de shell.
Como la aplicación, el shell bloquea la bóveda tras un tiempo sin entrada (el ajuste de
la aplicación, 10 minutos salvo que se cambie allí): olvida las claves, y el siguiente
comando la desbloquea de nuevo como lo hizo el shell al empezar.
  --idle-lock-seconds N  bloquea tras N segundos sin entrada; 0: nunca</translation>
    </message>
    <message>
        <source>It locks after %1 without input.</source>
        <translation>Se bloquea tras %1 sin entrada.</translation>
    </message>
    <message>
        <source>The vault locked after %1 without input. The next command unlocks it again.</source>
        <translation>La bóveda se bloqueó tras %1 sin entrada. El siguiente comando la desbloquea de nuevo.</translation>
    </message>
    <message>
        <source>--format is csv, tsv, jsonl, json, sql or blocks.</source>
        <translation>--format debe ser csv, tsv, jsonl, json, sql o blocks.</translation>
    </message>
    <message>
        <source>--table is for SQL dumps (.sql, or --format sql).</source>
        <translation>--table es para volcados SQL (.sql, o --format sql).</translation>
    </message>
    <message>
        <source>--max-unpacked-gb is a number of gigabytes, more than 0.</source>
        <translation>--max-unpacked-gb debe ser un número de gigabytes mayor que 0.</translation>
    </message>
    <message>
        <source>    breach: %1; SQL tables: %2</source>
        <translation>    filtración: %1; tablas SQL: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %Ln member(s):</source>
        <translation>
            <numerusform>%1 contiene %Ln elemento:</numerusform>
            <numerusform>%1 contiene %Ln elementos:</numerusform>
        </translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <source>  %1, %2: a leak file</source>
        <translation>  %1, %2: un archivo de filtración</translation>
    </message>
    <message>
        <source>  %1, %2: skipped (%3)</source>
        <translation>  %1, %2: omitido (%3)</translation>
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
                          agrega al índice un archivo de filtración (CSV, TSV,
                          JSON Lines; también .gz)
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
        <translation>  import ARCHIVE --breach NAME [--member GLOB]... [--max-unpacked-gb N] [las opciones de arriba]
                          agrega los archivos de filtración de un archivo zip, 7z o
                          tar (también .tar.gz, .bz2, .xz, .zst), cada uno como una
                          importación propia
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
        <translation>  FILE                   CSV, TSV, JSON Lines, un array JSON o un volcado SQL, con o sin gzip
  --breach NAME          su filtración del catálogo (si es nueva, primero catalog add)
  --preset NAME          el formato de un archivo conocido (import --list-presets), p. ej.
                         facebook-2021; las filas que no encajan se cuentan y se omiten
  --format F             csv, tsv, jsonl, json (un array de objetos o JSON Lines)
                         o sql (predeterminado: según el nombre del archivo)
  --no-header            la primera línea son datos; las columnas se numeran desde 1
  --delimiter C          el carácter entre campos (predeterminado: se detecta entre
                         , ; tabulación | : para CSV; tabulación para TSV)
  --encoding E           utf-8, windows-1252 o latin1 (predeterminado: cada fila como
                         UTF-8 si es UTF-8 válido; si no, como Windows-1252)
  --phone/--email/--username COLUMN
                         una columna con identificadores, por nombre de encabezado,
                         número o ruta con puntos en JSON anidado (user.contact.phone)
  --field &quot;CLASS=COL&quot;    una columna con otros datos filtrados, por tipo de datos de HIBP
                         (&quot;Names=first,last&quot;); solo se guarda si está vacía o no
                         Sin estas opciones, las columnas se reconocen por su nombre
                         (en inglés, alemán, francés, español, italiano, portugués,
                         neerlandés, turco, árabe y ruso).
  --phone-format F       international (con código de país), national (necesita
                         --region) o auto (predeterminado: según las primeras filas)
  --region CC            el país de los números en formato nacional
  --exact-phone-validation  comprueba cada número con libphonenumber (más lento)
  --memory-mb N          memoria para registros antes de ordenarlos (predeterminado: 256)
</translation>
    </message>
    <message>
        <source>  --dry-run              read the whole file with the import&apos;s checks: the mapping,
                         the counts and the verdict the import would give, without
                         writing anything
</source>
        <translation>  --dry-run              lee todo el archivo con las comprobaciones de la
                         importación: la asignación, los recuentos y el veredicto
                         que daría la importación, sin escribir nada
</translation>
    </message>
    <message>
        <source>  --login COLUMN         a column of logins (the same as --username): each value is
                         kept as what it is, an e-mail address, a phone number with
                         its country code, or a username
</source>
        <translation>  --login COLUMN         una columna de datos de acceso (igual que --username):
                         cada valor se guarda como lo que es: una dirección de
                         correo electrónico, un número de teléfono con su código
                         de país o un nombre de usuario
</translation>
    </message>
    <message>
        <source>  --format blocks        records of &quot;Key: value&quot; lines (stealer logs), ended by a
                         blank line, a line of = signs, or a key seen again
</source>
        <translation>  --format blocks        entradas de líneas &quot;Key: value&quot; (registros de robo de
                         contraseñas), terminadas por una línea en blanco, una línea
                         de signos = o una clave que se repite
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
        <translation>  ARCHIVE                zip, 7z, tar, .tar.gz, .tar.bz2, .tar.xz, .tar.zst (según su
                         contenido); cada elemento con nombre de archivo de filtración
                         (.csv, .tsv, .txt, .json, .jsonl, .sql) se importa como FILE y
                         los demás se listan como omitidos; --dry-run los lista todos.
                         No se descomprime nada en el disco. Si se rechaza un elemento,
                         no se importa ninguno
  --member GLOB          solo los elementos cuya ruta o nombre coincide (&quot;*.csv&quot;,
                         &quot;dump/users.csv&quot;), tengan el nombre que tengan
  --max-unpacked-gb N    rechaza un archivo comprimido que ocupe más al descomprimirse
                         (predeterminado: 1024); también un elemento que se descomprime
                         a más de 1000 veces su tamaño
</translation>
    </message>
    <message>
        <source>  --table NAME           SQL: the table to read, by name or pattern (*users); without
                         it, the first whose columns are named for e-mail addresses
                         or phone numbers. Other tables&apos; rows are counted, not read
</source>
        <translation>  --table NAME           SQL: la tabla que se lee, por nombre o patrón (*users);
                         sin esta opción, la primera cuyas columnas tienen nombres
                         de direcciones de correo electrónico o números de teléfono.
                         Las filas de las demás tablas se cuentan, no se leen
</translation>
    </message>
    <message>
        <source>--member picks members of an archive (zip, 7z, tar): %1 is not one.</source>
        <translation>--member elige elementos de un archivo comprimido (zip, 7z, tar): %1 no lo es.</translation>
    </message>
    <message>
        <source>    sites of the leaked logins: %1</source>
        <translation>    sitios de los datos de acceso filtrados: %1</translation>
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
        <translation>  --site COLUMN          una columna de direcciones web, el sitio del dato de acceso de
                         cada fila (registros de robo de contraseñas): cada registro
                         guarda el nombre de host, y una comprobación lo indica
</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB.</source>
        <translation>%1 ocupa más de %2 MiB.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 exists already: keys are never overwritten. Choose another --out.</source>
        <translation>%1 ya existe: las claves nunca se sobrescriben. Elige otro --out.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen --out PREFIX [--kdf-strength S] [--json]</source>
        <translation>Uso: bundle keygen --out PREFIX [--kdf-strength S] [--json]</translation>
    </message>
    <message>
        <source>Wrote %1 (the signing key and the content key, sealed with the passphrase: keep it at the help desk), %2 (the public key: give it to whoever must trust what you sign) and %3 (the content key alone, for agents&apos; laptops: it reads bundles, it cannot sign them).</source>
        <translation>Se escribieron %1 (la clave de firma y la clave de contenido, selladas con la frase de contraseña: guárdalo en el servicio de asistencia), %2 (la clave pública: dásela a quien tenga que confiar en lo que firmes) y %3 (solo la clave de contenido, para las computadoras portátiles de los agentes: lee los paquetes, pero no puede firmarlos).</translation>
    </message>
    <message>
        <source>%1 is the same public key for OpenSSL.</source>
        <translation>%1 es la misma clave pública, para OpenSSL.</translation>
    </message>
    <message>
        <source>Fingerprint: %1 (read it out to compare keys over the phone)</source>
        <translation>Huella digital: %1 (léela en voz alta para comparar las claves por teléfono)</translation>
    </message>
    <message>
        <source>Usage: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</source>
        <translation>Uso: bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>Signed %1: %2 (key %3).</source>
        <translation>%1 firmado: %2 (clave %3).</translation>
    </message>
    <message>
        <source>Usage: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</source>
        <translation>Uso: bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]</translation>
    </message>
    <message>
        <source>%1: signed by the key %2, unchanged since.</source>
        <translation>%1: firmado con la clave %2, sin cambios desde entonces.</translation>
    </message>
    <message>
        <source>%1 was not signed by the key in %2 (it names the key %3). Do not trust it.</source>
        <translation>%1 no se firmó con la clave de %2 (la firma indica la clave %3). No confíes en él.</translation>
    </message>
    <message>
        <source>%1 does not match its signature %2: it was changed after it was signed, or the signature is not its own. Do not trust it.</source>
        <translation>%1 no coincide con su firma %2: se modificó después de firmarse, o la firma no es suya. No confíes en él.</translation>
    </message>
    <message>
        <source>--import takes an import&apos;s number (index list shows them), not %1.</source>
        <translation>--import admite el número de una importación (index list los muestra), no %1.</translation>
    </message>
    <message>
        <source>Usage: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</source>
        <translation>Uso: bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]</translation>
    </message>
    <message>
        <source>%1 exists already. Choose another --out.</source>
        <translation>%1 ya existe. Elige otro --out.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: the catalog (%2 breaches) and %n leak import(s) with %3 records, encrypted with the content key and signed with the key %4.</source>
        <translation>
            <numerusform>Se escribió %1: el catálogo (%2 filtraciones) y %n importación de filtración con %3 registros, cifrados con la clave de contenido y firmados con la clave %4.</numerusform>
            <numerusform>Se escribió %1: el catálogo (%2 filtraciones) y %n importaciones de filtraciones con %3 registros, cifrados con la clave de contenido y firmados con la clave %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agents import it with: bundle import %1 --agent-key PREFIX.agent</source>
        <translation>Los agentes lo importan con: bundle import %1 --agent-key PREFIX.agent</translation>
    </message>
    <message>
        <source>Usage: bundle trust PREFIX.pub [--name NAME] [--json]</source>
        <translation>Uso: bundle trust PREFIX.pub [--name NAME] [--json]</translation>
    </message>
    <message>
        <source>This vault now takes bundles signed by %1 (key %2). Compare the key with the help desk&apos;s, read out over the phone, before you import one.</source>
        <translation>Esta bóveda ahora acepta los paquetes firmados por %1 (clave %2). Antes de importar uno, compara la clave con la del servicio de asistencia, leída en voz alta por teléfono.</translation>
    </message>
    <message>
        <source>This vault trusts no help desk yet: bundle trust PREFIX.pub adds one.</source>
        <translation>Esta bóveda aún no confía en ningún servicio de asistencia: bundle trust PREFIX.pub agrega uno.</translation>
    </message>
    <message>
        <source>trusted since %1; last bundle made on %2</source>
        <translation>de confianza desde el %1; último paquete creado el %2</translation>
    </message>
    <message>
        <source>trusted since %1; no bundle taken yet</source>
        <translation>de confianza desde el %1; aún no se ha recibido ningún paquete</translation>
    </message>
    <message>
        <source>Usage: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</source>
        <translation>Uso: bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]</translation>
    </message>
    <message>
        <source>%1 is signed by %2 (key %3) and was made on %4.</source>
        <translation>%1 está firmado por %2 (clave %3) y se creó el %4.</translation>
    </message>
    <message>
        <source>It is older than the last bundle taken from this help desk; imported because --allow-older was given.</source>
        <translation>Es más antiguo que el último paquete recibido de este servicio de asistencia; se importó porque se indicó --allow-older.</translation>
    </message>
    <message>
        <source>Breaches: %1 new, %2 updated, %3 unchanged.</source>
        <translation>Filtraciones: %1 nuevas, %2 actualizadas, %3 sin cambios.</translation>
    </message>
    <message>
        <source>Leak imports: %1 added (%2 records), %3 already in this vault.</source>
        <translation>Importaciones de filtraciones: %1 agregadas (%2 registros), %3 ya estaban en esta bóveda.</translation>
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
                          las claves de un servicio de asistencia:
                          PREFIX.secret, .pub, .agent (y .pem)
  bundle sign FILE --key PREFIX.secret [--out FILE.sig] [--json]
  bundle verify FILE --signer PREFIX.pub [--signature FILE.sig] [--json]
                          firma un archivo (sumas de comprobación de una versión)
                          y comprueba quién lo firmó
  bundle export --key PREFIX.secret --out FILE [--import ID]... [--json]
                          el catálogo y las importaciones de filtraciones, cifrados
                          y firmados para los agentes
  bundle trust PREFIX.pub [--name NAME] [--json]
  bundle signers [--json]  los servicios de asistencia cuyos paquetes acepta esta bóveda
  bundle import FILE --agent-key PREFIX.agent [--allow-older] [--json]
                          comprueba quién firmó un paquete y lo integra en la bóveda
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
        <translation>  --out PREFIX           keygen: dónde van los archivos de claves; nunca sobre archivos
                         existentes
  --kdf-strength S       keygen: cuánto tarda adivinar la frase de contraseña
                         (interactive, moderate: el predeterminado, sensitive)
  --key PREFIX.secret    sign, export: el archivo de clave secreta del servicio de
                         asistencia
  --import ID            export: solo esta importación (index list; repítelo para
                         más); predeterminado: todas las importaciones
  --name NAME            trust: cómo llamar al servicio de asistencia (predeterminado:
                         el nombre del archivo)
  --agent-key PREFIX.agent  import: la clave de contenido que el servicio de asistencia
                         dio a los agentes
  --allow-older          import: acepta un paquete más antiguo que el último recibido
                         de su servicio de asistencia (si no, se rechaza: puede ser una
                         copia antigua reenviada)
  --signer PREFIX.pub    verify: la clave pública en la que confías
  --signature FILE.sig   verify: la firma (predeterminada: FILE.sig)
La frase de contraseña de PREFIX.secret: se pide en la terminal, o se toma de
BREACH_ADVISOR_BUNDLE_PASSPHRASE en los scripts. Las firmas son Ed25519 sobre todo
el archivo; OpenSSL también puede comprobarlas (docs/packaging.md). verify sale con
el código 4 cuando el archivo no está firmado con esa clave; import sale con el
código 4, sin cambiar la bóveda, si un paquete no está firmado por un servicio de
asistencia de confianza, se modificó o se recortó, o es para otra clave de agente.</translation>
    </message>
    <message>
        <source>Usage: bundle keygen | sign | verify | export | trust | signers | import (see bundle --help)</source>
        <translation>Uso: bundle keygen | sign | verify | export | trust | signers | import (consulta bundle --help)</translation>
    </message>
    <message>
        <source>Usage: passwords import FILE|FOLDER [--json]</source>
        <translation>Uso: passwords import FILE|FOLDER [--json]</translation>
    </message>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>faltan unos %1 s</translation>
    </message>
    <message>
        <source>Passwords are never taken from the command line (other users and the shell&apos;s history would see them): type them at the prompt, or give them one a line on standard input.</source>
        <translation>Las contraseñas nunca se toman de la línea de comandos (otros usuarios y el historial de comandos las verían): escríbelas cuando se te pidan, o pásalas una por línea por la entrada estándar.</translation>
    </message>
    <message>
        <source>Line %1: empty, not checked.</source>
        <translation>Línea %1: vacía, no se comprobó.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
    </message>
    <message>
        <source>%1 password hashes (%2) from %3, imported on %4: %5 on disk, %6 bytes a hash.</source>
        <translation>%1 hashes de contraseñas (%2) de %3, importados el %4: %5 en disco, %6 bytes por hash.</translation>
    </message>
    <message>
        <source>Usage: passwords import | check | info (see passwords --help)</source>
        <translation>Uso: passwords import | check | info (consulta passwords --help)</translation>
    </message>
    <message>
        <source>--uses says where a person uses the password: give --person NAME too.</source>
        <translation>--uses indica dónde usa una persona la contraseña: indica también --person NAME.</translation>
    </message>
    <message>
        <source>Kept with %1: a password of theirs is known (nothing of the password itself). Their plan now starts with changing it.</source>
        <translation>Se guardó con los datos de %1: una de sus contraseñas es conocida por filtraciones (no se guarda nada de la contraseña en sí). Ahora su plan empieza por cambiarla.</translation>
    </message>
    <message>
        <source>  passwords import FILE|FOLDER [--json]
                          the list of leaked passwords (Pwned Passwords), for offline checks
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          is a password in it? (the prompt, or one a line on standard input)
  passwords info [--json]
</source>
        <translation>  passwords import FILE|FOLDER [--json]
                          la lista de contraseñas filtradas (Pwned Passwords), sin conexión
  passwords check [--person NAME [--uses SERVICE]...] [--json]
                          ¿contiene una contraseña? (se pide, o una por línea en la entrada)
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
        <translation>  FILE     la descarga ordenada por hash (SHA-1 o NTLM, HASH:COUNT por línea), comprimida
           o no; FOLDER: los archivos descargados, uno por prefijo de hash de 5 dígitos
La lista se guarda junto a la bóveda (--vault DIR), no dentro: son datos públicos. No se
pide la frase de contraseña salvo con --person: no se lee nada de la bóveda. Las
contraseñas nunca se toman de la línea de comandos. check --json imprime una línea por
contraseña: {&quot;line&quot;,&quot;checked&quot;,&quot;found&quot;,&quot;seen&quot;} (seen: al menos esa cantidad de veces; 0 si
no se encontró), y &quot;kept&quot; con --person. Termina con 0, se encuentre o no la contraseña.
  --person NAME   guarda una contraseña encontrada con los datos de esta persona, como
                  &quot;una de sus contraseñas es conocida&quot; (nunca la contraseña): su plan
                  empieza por cambiarla en todos los sitios
  --uses SERVICE  dónde la usa (repítelo para indicar más), nombrados en ese paso</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>--%1 takes no value.</source>
        <translation>--%1 no admite ningún valor.</translation>
    </message>
    <message>
        <source>--%1 needs a value.</source>
        <translation>--%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown option --%1. See breach-advisor-cli --help.</source>
        <translation>Opción desconocida --%1. Consulta breach-advisor-cli --help.</translation>
    </message>
    <message>
        <source>--%1 does not apply to this command.</source>
        <translation>--%1 no se aplica a este comando.</translation>
    </message>
    <message>
        <source>A %1 is not closed.</source>
        <translation>Falta cerrar un %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database key has the wrong size.</source>
        <translation>La clave de la base de datos tiene un tamaño incorrecto.</translation>
    </message>
    <message>
        <source>%1 is damaged: cut short or changed. It was left untouched.</source>
        <translation>%1 está dañado: está truncado o se modificó. Se dejó intacto.</translation>
    </message>
    <message>
        <source>%1 could not be decrypted: it is damaged, not a Breach Advisor vault, or the key is wrong. It was left untouched.</source>
        <translation>No se pudo descifrar %1: está dañado, no es una bóveda de Breach Advisor o la clave es incorrecta. Se dejó intacto.</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library (%1) is loaded in this program, so no vault is opened or created.</source>
        <translation>El cifrado no está disponible: hay otra biblioteca SQLite (%1) cargada en este programa, así que no se abre ni se crea ninguna bóveda.</translation>
    </message>
    <message>
        <source>The vault&apos;s database %1 is missing. The vault was left untouched.</source>
        <translation>Falta la base de datos de la bóveda, %1. La bóveda se dejó intacta.</translation>
    </message>
    <message>
        <source>%1 is empty or cut short (%2 bytes): the vault is damaged. It was left untouched.</source>
        <translation>%1 está vacío o truncado (%2 bytes): la bóveda está dañada. Se dejó intacto.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a Breach Advisor vault. It was left untouched.</source>
        <translation>%1 es un archivo SQLite sin cifrar, no una bóveda de Breach Advisor. Se dejó intacto.</translation>
    </message>
    <message>
        <source>Cannot create the database file %1: %2</source>
        <translation>No se puede crear el archivo de base de datos %1: %2</translation>
    </message>
    <message>
        <source>Encryption is not available: another SQLite library is loaded in this program.</source>
        <translation>El cifrado no está disponible: hay otra biblioteca SQLite cargada en este programa.</translation>
    </message>
    <message>
        <source>The vault is in use by another program.</source>
        <translation>Otro programa está usando la bóveda.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Nothing more was written to it.</source>
        <translation>%1 está dañado (%2). No se escribió nada más en él.</translation>
    </message>
    <message>
        <source>The disk holding %1 is full. The change was not saved; the vault is as it was before it.</source>
        <translation>El disco donde está %1 está lleno. No se guardó el cambio; la bóveda está como antes.</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): is its folder read-only? The vault is as it was.</source>
        <translation>No se puede escribir en %1 (%2): ¿su carpeta es de solo lectura? La bóveda está como estaba.</translation>
    </message>
    <message>
        <source>Database error (%1) in %2: %3</source>
        <translation>Error de la base de datos (%1) en %2: %3</translation>
    </message>
    <message>
        <source>Cannot remove %1, left by an interrupted update of the vault&apos;s format. The vault was left untouched.</source>
        <translation>No se puede eliminar %1, que dejó una actualización interrumpida del formato de la bóveda. La bóveda no se modificó.</translation>
    </message>
    <message>
        <source>Cannot put the updated database in place of %1 (%2). The vault was left as it was.</source>
        <translation>No se puede poner la base de datos actualizada en lugar de %1 (%2). La bóveda quedó como estaba.</translation>
    </message>
    <message>
        <source>%1 is damaged: part of it cannot be read. It was left untouched.</source>
        <translation>%1 está dañado: una parte no se puede leer. No se modificó.</translation>
    </message>
    <message>
        <source>The vault&apos;s database could not be updated to the new format (the copy did not check out). The vault was left as it was.</source>
        <translation>La base de datos de la bóveda no se pudo actualizar al nuevo formato (la copia no pasó la comprobación). La bóveda quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>DemoVault</name>
    <message>
        <source>Demo sports club</source>
        <extracomment>the demo vault&apos;s fictional breach, shown as its title</extracomment>
        <translation>Club deportivo ficticio</translation>
    </message>
    <message>
        <source>A fictional sports club whose member list leaked: made up for the demo.</source>
        <translation>Un club deportivo ficticio cuya lista de socios se filtró: inventado para la demostración.</translation>
    </message>
    <message>
        <source>PIN written on the card in her wallet</source>
        <translation>PIN anotado en la tarjeta de su billetera</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>done on %1</source>
        <translation>hecho el %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>set aside for now</source>
        <translation>pospuesto por ahora</translation>
    </message>
    <message>
        <source>does not apply</source>
        <translation>no aplica</translation>
    </message>
    <message>
        <source>to do again: it leaked again</source>
        <translation>volver a hacer: hubo otra filtración</translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>%n minuto aproximadamente</numerusform>
            <numerusform>unos %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>(checked %1)</source>
        <translation>(revisado: %1)</translation>
    </message>
    <message>
        <source>Where this comes from:</source>
        <translation>Fuentes:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do</source>
        <translation>Breach Advisor: qué hacer</translation>
    </message>
    <message>
        <source>Breach Advisor: what to do, for %1</source>
        <translation>Breach Advisor: qué hacer, para %1</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>with help from %1</source>
        <translation>con ayuda de %1</translation>
    </message>
    <message>
        <source>Breach Advisor %1, breach list of %2</source>
        <translation>Breach Advisor %1, lista de filtraciones del %2</translation>
    </message>
    <message>
        <source>There are no steps for now. Check again when new leaks are known.</source>
        <translation>Por ahora no hay pasos. Vuelve a comprobarlo cuando se conozcan nuevas filtraciones.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n step(s) done.</source>
        <translation>
            <numerusform>%1 de %n paso hecho.</numerusform>
            <numerusform>%1 de %n pasos hechos.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was checked</source>
        <translation>Qué se comprobó</translation>
    </message>
    <message>
        <source>not checked (it cannot be right as written)</source>
        <translation>no se comprobó (tal como está escrito, no puede ser correcto)</translation>
    </message>
    <message>
        <source>not found in the leak files imported</source>
        <translation>no aparece en los archivos de filtración importados</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A notice said %1 leaked: %2.</source>
        <translation>Según un aviso, en %1 se filtró: %2.</translation>
    </message>
    <message>
        <source>Who you contacted</source>
        <translation>A quién contactaste</translation>
    </message>
    <message>
        <source>Write down whom you called or wrote to, when, and what they said.</source>
        <translation>Anota a quién llamaste o escribiste, cuándo y qué te dijeron.</translation>
    </message>
    <message>
        <source>This page holds personal information: keep it somewhere safe, or shred it when you are done.</source>
        <translation>Esta página contiene información personal: guárdala en un lugar seguro o destrúyela cuando termines.</translation>
    </message>
    <message>
        <source>If this concerns you</source>
        <translation>Si esto te afecta</translation>
    </message>
</context>
<context>
    <name>HandoutPrinter</name>
    <message>
        <source>The printer or file could not be opened.</source>
        <translation>No se pudo abrir la impresora o el archivo.</translation>
    </message>
    <message>
        <source>The printer or file stopped taking pages.</source>
        <translation>La impresora o el archivo dejó de aceptar páginas.</translation>
    </message>
    <message>
        <source>Contains personal information: keep it safe or shred it.</source>
        <translation>Contiene información personal: guárdala en un lugar seguro o destrúyela.</translation>
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
        <translation>Aún no se importó ningún archivo de filtración en esta bóveda, así que no se pudieron buscar estos datos en ninguna filtración.</translation>
    </message>
    <message>
        <source>None of these were found in the leak files imported into this vault (imports: %1).</source>
        <translation>Ninguno de estos datos aparece en los archivos de filtración importados en esta bóveda (importaciones: %1).</translation>
    </message>
    <message>
        <source>That does not mean they never leaked: only the imported files were checked.</source>
        <translation>Eso no significa que nunca se hayan filtrado: solo se revisaron los archivos importados.</translation>
    </message>
    <message>
        <source>Found %1 of %2 in: %3. This does not mean anyone has used your accounts.</source>
        <translation>Se encontraron %1 de %2 en: %3. Esto no significa que alguien haya usado tus cuentas.</translation>
    </message>
    <message>
        <source>%1 of %2 could not be checked: see why below.</source>
        <translation>No se pudieron comprobar %1 de %2: abajo verás por qué.</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The keychain refused: %1</source>
        <translation>El llavero lo rechazó: %1</translation>
    </message>
    <message>
        <source>This computer has no keychain available, so the vault cannot be remembered. Use your passphrase to open it.</source>
        <translation>Esta computadora no tiene ningún llavero disponible, así que no se puede recordar la bóveda. Usa tu frase de contraseña para abrirla.</translation>
    </message>
    <message>
        <source>This vault is not remembered on this computer.</source>
        <translation>Esta computadora no recuerda esta bóveda.</translation>
    </message>
</context>
<context>
    <name>LeakArchive</name>
    <message>
        <source>%1 is encrypted: Breach Advisor does not read encrypted archives. Extract it with its password, then import the extracted file.</source>
        <translation>%1 está cifrado: Breach Advisor no lee archivos comprimidos cifrados. Extráelo con su contraseña y luego importa el archivo extraído.</translation>
    </message>
    <message>
        <source>%1: the archive is truncated or corrupt (%2)</source>
        <translation>%1: el archivo comprimido está truncado o dañado (%2)</translation>
    </message>
    <message>
        <source>%1 unpacks to over %2 times its compressed size, which no leak file does: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1 se descomprime a más de %2 veces su tamaño comprimido, algo que ningún archivo de filtración hace: se rechaza como bomba de descompresión. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: more than %2 unpacked, the limit for one archive: refused as an archive bomb. Nothing was imported.</source>
        <translation>%1: más de %2 al descomprimirse, el límite para un archivo comprimido: se rechaza como bomba de descompresión. No se importó nada.</translation>
    </message>
    <message>
        <source>macOS metadata</source>
        <translation>metadatos de macOS</translation>
    </message>
    <message>
        <source>a read-me or licence</source>
        <translation>un archivo léame o de licencia</translation>
    </message>
    <message>
        <source>compressed inside the archive: extract it, then import it</source>
        <translation>comprimido a su vez dentro del archivo comprimido: extráelo y luego impórtalo</translation>
    </message>
    <message>
        <source>not a leak file by its name (.csv, .tsv, .txt, .json, .jsonl, .sql)</source>
        <translation>por su nombre, no es un archivo de filtración (.csv, .tsv, .txt, .json, .jsonl, .sql)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>una carpeta</translation>
    </message>
    <message>
        <source>not a file (a link or a device)</source>
        <translation>no es un archivo (es un enlace o un dispositivo)</translation>
    </message>
    <message>
        <source>not picked by --member</source>
        <translation>no elegido por --member</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
</context>
<context>
    <name>LeakFile</name>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>a row longer than %1 MiB: leak files have short rows (is a line break or a closing quote missing?)</source>
        <translation>una fila de más de %1 MiB: los archivos de filtración tienen filas cortas (¿falta un salto de línea o unas comillas de cierre?)</translation>
    </message>
    <message>
        <source>more than %1 columns</source>
        <translation>más de %1 columnas</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: el archivo no existe</translation>
    </message>
    <message>
        <source>%1: cannot open the file</source>
        <translation>%1: no se puede abrir el archivo</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1: the file cannot be read (%2)</source>
        <translation>%1: no se puede leer el archivo (%2)</translation>
    </message>
    <message>
        <source>%1: the compressed file is truncated or corrupt (%2)</source>
        <translation>%1: el archivo comprimido está truncado o dañado (%2)</translation>
    </message>
    <message>
        <source>the file is UTF-16 text: save it as UTF-8 first</source>
        <translation>el archivo es texto UTF-16: primero guárdalo como UTF-8</translation>
    </message>
    <message>
        <source>binary data (a NUL byte): this is not a text file</source>
        <translation>datos binarios (un byte NUL): no es un archivo de texto</translation>
    </message>
    <message>
        <source>not valid UTF-8: the file is in another encoding</source>
        <translation>UTF-8 no válido: el archivo tiene otra codificación</translation>
    </message>
    <message>
        <source>%1 fields where the layout has %2</source>
        <translation>%1 campos, pero el formato tiene %2</translation>
    </message>
    <message>
        <source>a quoted field is never closed (a &quot; is missing)</source>
        <translation>un campo entre comillas nunca se cierra (falta una &quot;)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>the line does not have the layout&apos;s fields</source>
        <translation>la línea no tiene los campos del formato</translation>
    </message>
    <message>
        <source>a line that is not &quot;Key: value&quot;</source>
        <translation>una línea que no es &quot;Key: value&quot;</translation>
    </message>
    <message>
        <source>the JSON array is never closed (is the file cut off?)</source>
        <translation>el array JSON nunca se cierra (¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>text after the end of the JSON array</source>
        <translation>texto después del final del array JSON</translation>
    </message>
    <message>
        <source>a , or ] is missing after an element of the JSON array</source>
        <translation>falta una , o un ] después de un elemento del array JSON</translation>
    </message>
    <message>
        <source>the JSON array ends inside an element (is the file cut off?)</source>
        <translation>el array JSON termina dentro de un elemento (¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>a quoted name is never closed</source>
        <translation>un nombre entre comillas nunca se cierra</translation>
    </message>
    <message>
        <source>the rows of COPY never end with a line \. (is the file cut off?)</source>
        <translation>las filas de COPY nunca terminan con una línea \. (¿está cortado el archivo?)</translation>
    </message>
    <message>
        <source>no INSERT … VALUES or COPY … FROM stdin: no rows to read in this SQL file</source>
        <translation>no hay INSERT … VALUES ni COPY … FROM stdin: no hay filas que leer en este archivo SQL</translation>
    </message>
    <message>
        <source>no table %1 with rows in the dump; the tables with rows: %2</source>
        <translation>no hay ninguna tabla %1 con filas en el volcado; las tablas con filas son: %2</translation>
    </message>
    <message>
        <source>%1: no table&apos;s column names say it holds e-mail addresses or phone numbers. Name the table to read (--table) and its columns. The tables with rows: %2</source>
        <translation>%1: los nombres de columna de ninguna tabla indican que contenga direcciones de correo electrónico o números de teléfono. Indica qué tabla leer (--table) y sus columnas. Las tablas con filas: %2</translation>
    </message>
    <message>
        <source>a row without values</source>
        <translation>una fila sin valores</translation>
    </message>
    <message>
        <source>%1 values where the table has %2 columns</source>
        <translation>%1 valores, pero la tabla tiene %2 columnas</translation>
    </message>
    <message>
        <source>the file ends inside a row of values (is it cut off?)</source>
        <translation>el archivo termina dentro de una fila de valores (¿está cortado?)</translation>
    </message>
    <message>
        <source>a row of values that cannot be read (a quote is not closed)</source>
        <translation>una fila de valores que no se puede leer (unas comillas no se cierran)</translation>
    </message>
    <message>
        <source>the file ends inside an INSERT statement (is it cut off?)</source>
        <translation>el archivo termina dentro de una instrucción INSERT (¿está cortado?)</translation>
    </message>
    <message>
        <source>a , or ; is missing after a row of values</source>
        <translation>falta una , o un ; después de una fila de valores</translation>
    </message>
    <message>
        <source>a row of values does not start with (</source>
        <translation>una fila de valores no empieza con (</translation>
    </message>
</context>
<context>
    <name>LeakFormatPreset</name>
    <message>
        <source>The leak file layout %1 is broken: %2</source>
        <translation>El formato de archivo de filtración %1 está dañado: %2</translation>
    </message>
</context>
<context>
    <name>LeakImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulaciones</translation>
    </message>
    <message>
        <source>spaces</source>
        <translation>espacios</translation>
    </message>
    <message>
        <source>Read as the known layout &quot;%1&quot;.</source>
        <translation>Leído con el formato conocido &quot;%1&quot;.</translation>
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
        <translation>Texto: %1 (las primeras filas no son UTF-8).</translation>
    </message>
    <message>
        <source>Note: the catalog does not list %1 for &quot;%2&quot;; this import records them for its people.</source>
        <translation>Nota: el catálogo no incluye %1 para &quot;%2&quot;; esta importación los registra para las personas que contiene.</translation>
    </message>
    <message>
        <source>Phone numbers: %1 format.</source>
        <translation>Números de teléfono: formato %1.</translation>
    </message>
    <message>
        <source>This file was imported into &quot;%1&quot; before with the same settings (import %2). Nothing changed.</source>
        <translation>Este archivo ya se importó antes en &quot;%1&quot; con los mismos ajustes (importación %2). No cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Text: %Ln row(s) not valid UTF-8, read as %1.</source>
        <translation>
            <numerusform>Texto: %Ln fila no es UTF-8 válido; se leyó como %1.</numerusform>
            <numerusform>Texto: %Ln filas no son UTF-8 válido; se leyeron como %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: %1</source>
        <translation>números de teléfono: %1</translation>
    </message>
    <message>
        <source>e-mail addresses: %1</source>
        <translation>direcciones de correo electrónico: %1</translation>
    </message>
    <message>
        <source>usernames: %1</source>
        <translation>nombres de usuario: %1</translation>
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
        <translation>mixto</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows into &quot;%3&quot;.</source>
        <translation>Se importaron %1 de %2 filas en &quot;%3&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>A check can now find the %Ln record(s) they hold.</source>
        <translation>
            <numerusform>Una comprobación ya puede encontrar %Ln registro que contienen.</numerusform>
            <numerusform>Una comprobación ya puede encontrar los %Ln registros que contienen.</numerusform>
        </translation>
    </message>
    <message>
        <source>It took %1 seconds; the vault grew by %2.</source>
        <translation>Tardó %1 segundos; la bóveda creció %2.</translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln phone number(s), e-mail address(es) or username(s) that cannot be right (%1), for example:</source>
        <translation>
            <numerusform>Se dejó fuera %Ln número de teléfono, dirección de correo electrónico o nombre de usuario que no puede ser correcto (%1), por ejemplo:</numerusform>
            <numerusform>Se dejaron fuera %Ln números de teléfono, direcciones de correo electrónico o nombres de usuario que no pueden ser correctos (%1), por ejemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) that did not have the fields of the layout &quot;%1&quot;.</source>
        <translation>
            <numerusform>Se dejó fuera %Ln fila que no tenía los campos del formato &quot;%1&quot;.</numerusform>
            <numerusform>Se dejaron fuera %Ln filas que no tenían los campos del formato &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s) with no phone number, e-mail address or username that can be right, for example:</source>
        <translation>
            <numerusform>Se dejó fuera %Ln fila sin ningún número de teléfono, dirección de correo electrónico o nombre de usuario que pueda ser correcto, por ejemplo:</numerusform>
            <numerusform>Se dejaron fuera %Ln filas sin ningún número de teléfono, dirección de correo electrónico o nombre de usuario que pueda ser correcto, por ejemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %Ln row(s), for example:</source>
        <translation>
            <numerusform>Se dejó fuera %Ln fila, por ejemplo:</numerusform>
            <numerusform>Se dejaron fuera %Ln filas, por ejemplo:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) had fields the first lines did not have, and those fields were not read: %1</source>
        <translation>
            <numerusform>%Ln línea tenía campos que no tenían las primeras líneas, y esos campos no se leyeron: %1</numerusform>
            <numerusform>%Ln líneas tenían campos que no tenían las primeras líneas, y esos campos no se leyeron: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No header: the first line looks like data (an e-mail address or a number), so it is read as a row and the columns are numbered from 1.</source>
        <translation>Sin encabezado: la primera línea parece datos (una dirección de correo o un número), así que se lee como una fila y las columnas se numeran desde 1.</translation>
    </message>
    <message>
        <source>The first line names the columns (it does not look like data).</source>
        <translation>La primera línea nombra las columnas (no parece datos).</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump: the first whose columns are named for e-mail addresses or phone numbers.</source>
        <translation>Leyendo la tabla %1 del volcado SQL: la primera cuyas columnas tienen nombres de direcciones de correo electrónico o números de teléfono.</translation>
    </message>
    <message>
        <source>Reading the table %1 of the SQL dump.</source>
        <translation>Leyendo la tabla %1 del volcado SQL.</translation>
    </message>
    <message>
        <source>Dry run: %1 of %2 rows would be imported into &quot;%3&quot; (at most %4 records). Nothing was written.</source>
        <translation>Simulación: se importarían %1 de %2 filas en &quot;%3&quot; (como máximo %4 registros). No se escribió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) in the username column(s) were e-mail addresses or phone numbers, and a check finds them as such (e-mail addresses: %1, phone numbers: %2).</source>
        <translation>
            <numerusform>%Ln valor de la columna o columnas de nombres de usuario era una dirección de correo electrónico o un número de teléfono, y una comprobación lo encuentra como tal (direcciones de correo electrónico: %1, números de teléfono: %2).</numerusform>
            <numerusform>%Ln valores de la columna o columnas de nombres de usuario eran direcciones de correo electrónico o números de teléfono, y una comprobación los encuentra como tales (direcciones de correo electrónico: %1, números de teléfono: %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>phone numbers: at least %1 (the fast check finds most, not all)</source>
        <translation>números de teléfono: al menos %1 (la comprobación rápida encuentra la mayoría, no todos)</translation>
    </message>
    <message>
        <source>%1 more</source>
        <translation>%1 más</translation>
    </message>
    <message numerus="yes">
        <source>Not read: %Ln row(s) in other tables of the dump: %1.</source>
        <translation>
            <numerusform>No se leyó: %Ln fila en otras tablas del volcado: %1.</numerusform>
            <numerusform>No se leyeron: %Ln filas en otras tablas del volcado: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns of %1 are named for e-mail addresses or phone numbers too: import each such table on its own by naming it.</source>
        <translation>Las columnas de %1 también tienen nombres de direcciones de correo electrónico o números de teléfono: importa cada una de esas tablas por separado indicando su nombre.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named no site: imported without one.</source>
        <translation>
            <numerusform>%Ln fila no indicaba ningún sitio: se importó sin sitio.</numerusform>
            <numerusform>%Ln filas no indicaban ningún sitio: se importaron sin sitio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) named a site after the first 65,535 sites: imported without it.</source>
        <translation>
            <numerusform>%Ln fila indicaba un sitio después de los primeros 65 535 sitios: se importó sin él.</numerusform>
            <numerusform>%Ln filas indicaban un sitio después de los primeros 65 535 sitios: se importaron sin él.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sites: the logins were for %Ln site(s); a check names the site of each login it finds.</source>
        <translation>
            <numerusform>Sitios: los datos de acceso eran de %Ln sitio; una comprobación indica el sitio de cada dato de acceso que encuentra.</numerusform>
            <numerusform>Sitios: los datos de acceso eran de %Ln sitios; una comprobación indica el sitio de cada dato de acceso que encuentra.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakImporter</name>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;: add it to the catalog first.</source>
        <translation>El catálogo no tiene ninguna filtración llamada &quot;%1&quot;: primero agrégala al catálogo.</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) fits the layout %2 (line %3: %4). Nothing was imported.</source>
        <translation>
            <numerusform>%1: su única fila no encaja en el formato %2 (línea %3: %4). No se importó nada.</numerusform>
            <numerusform>%1: ninguna de sus %Ln filas encaja en el formato %2 (línea %3: %4). No se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the file has a header but no rows. Nothing was imported.</source>
        <translation>%1: el archivo tiene encabezado, pero no filas. No se importó nada.</translation>
    </message>
    <message>
        <source>Phone numbers in national format need the country they are from.</source>
        <translation>Los números de teléfono en formato nacional necesitan el país del que son.</translation>
    </message>
    <message>
        <source>Cannot tell how the phone numbers are written. %1 Say whether they are international (with the country code) or national (and from which country).</source>
        <translation>No se puede saber cómo están escritos los números de teléfono. %1 Indica si son internacionales (con el código de país) o nacionales (y de qué país).</translation>
    </message>
    <message>
        <source>A preview cannot be imported: say which columns hold what first.</source>
        <translation>No se puede importar una vista previa: primero indica qué contiene cada columna.</translation>
    </message>
    <message>
        <source> (line %1: %2)</source>
        <translation> (línea %1: %2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of its %Ln row(s) has a valid phone number, e-mail address or username%2. Nothing was imported.</source>
        <translation>
            <numerusform>%1: su única fila no tiene ningún número de teléfono, dirección de correo electrónico ni nombre de usuario válido%2. No se importó nada.</numerusform>
            <numerusform>%1: ninguna de sus %Ln filas tiene un número de teléfono, una dirección de correo electrónico o un nombre de usuario válido%2. No se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>A temporary file of the import was changed or cut short while the import ran: %1. Nothing was imported.</source>
        <translation>Un archivo temporal de la importación se modificó o se truncó durante la importación: %1. No se importó nada.</translation>
    </message>
    <message>
        <source>A temporary file of the import is gone: %1. Nothing was imported.</source>
        <translation>Desapareció un archivo temporal de la importación: %1. No se importó nada.</translation>
    </message>
    <message>
        <source>The import&apos;s temporary data could not be encrypted.</source>
        <translation>No se pudieron cifrar los datos temporales de la importación.</translation>
    </message>
    <message>
        <source>Cannot write the import&apos;s temporary file %1: %2. Nothing was imported.</source>
        <translation>No se puede escribir el archivo temporal de la importación %1: %2. No se importó nada.</translation>
    </message>
    <message>
        <source> (%1 characters)</source>
        <translation> (%1 caracteres)</translation>
    </message>
    <message>
        <source>too short</source>
        <translation>demasiado corto</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>demasiado largo</translation>
    </message>
    <message>
        <source>no such country code</source>
        <translation>ese código de país no existe</translation>
    </message>
    <message>
        <source>no country code, and the file&apos;s country was not given</source>
        <translation>sin código de país, y no se indicó el país del archivo</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>no es un número válido</translation>
    </message>
    <message>
        <source>The file has more than 65,535 different combinations of filled-in columns: map fewer columns.</source>
        <translation>El archivo tiene más de 65 535 combinaciones distintas de columnas con valor: asigna menos columnas.</translation>
    </message>
    <message>
        <source>no phone number, e-mail or username</source>
        <translation>sin número de teléfono, correo electrónico ni nombre de usuario</translation>
    </message>
    <message>
        <source>invalid phone number %1 (%2)</source>
        <translation>número de teléfono no válido %1 (%2)</translation>
    </message>
    <message>
        <source>invalid e-mail address %1 (%2)</source>
        <translation>dirección de correo electrónico no válida %1 (%2)</translation>
    </message>
    <message>
        <source>invalid username %1 (%2)</source>
        <translation>nombre de usuario no válido %1 (%2)</translation>
    </message>
    <message>
        <source>a list, not one value</source>
        <translation>una lista, no un solo valor</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % of the rows</source>
        <translation>el %1 % de las filas</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln row(s) of %2 did not fit the file&apos;s layout (the first: line %3, %4): more than the %5 allowed. Is the delimiter or the header right? Nothing was imported.</source>
        <translation>
            <numerusform>%1: %Ln fila de %2 no encajaba con la estructura del archivo (la primera: línea %3, %4): más de las %5 permitidas. ¿Son correctos el delimitador o el encabezado? No se importó nada.</numerusform>
            <numerusform>%1: %Ln filas de %2 no encajaban con la estructura del archivo (la primera: línea %3, %4): más de las %5 permitidas. ¿Son correctos el delimitador o el encabezado? No se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot make the import&apos;s temporary folder %1. Nothing was imported.</source>
        <translation>No se puede crear la carpeta temporal de la importación %1. No se importó nada.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: none of the archive&apos;s %Ln member(s) is a leak file (a CSV, TSV, text, JSON or SQL file by its name; --member picks members by name). Nothing was imported.</source>
        <translation>
            <numerusform>%1: el archivo comprimido tiene %Ln elemento y no es un archivo de filtración (por su nombre, un archivo CSV, TSV, de texto, JSON o SQL; --member elige elementos por su nombre). No se importó nada.</numerusform>
            <numerusform>%1: el archivo comprimido tiene %Ln elementos y ninguno es un archivo de filtración (por su nombre, un archivo CSV, TSV, de texto, JSON o SQL; --member elige elementos por su nombre). No se importó nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeakIndexWriter</name>
    <message>
        <source>SQLCipher did not answer %1.</source>
        <translation>SQLCipher no respondió a %1.</translation>
    </message>
</context>
<context>
    <name>LeakMapping</name>
    <message>
        <source>The list of column names is missing from this build.</source>
        <translation>Falta la lista de nombres de columnas en esta compilación.</translation>
    </message>
    <message>
        <source> and %1 more</source>
        <translation> y %1 más</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot;: the file has no such column. Its columns are: %2</source>
        <translation>Columna &quot;%1&quot;: el archivo no tiene esa columna. Sus columnas son: %2</translation>
    </message>
    <message>
        <source>No column holds phone numbers, e-mail addresses or usernames: say which column does. Its columns are: %1</source>
        <translation>Ninguna columna contiene números de teléfono, direcciones de correo electrónico ni nombres de usuario: indica cuál los contiene. Sus columnas son: %1</translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; holds lists, not one identifier a row: name the column inside the list&apos;s objects instead.</source>
        <translation>La columna &quot;%1&quot; contiene listas, no un identificador por fila: indica en su lugar la columna dentro de los objetos de la lista.</translation>
    </message>
    <message>
        <source>A column holds one kind of identifier, not both %1 and %2.</source>
        <translation>Una columna contiene un solo tipo de identificador, no %1 y %2 a la vez.</translation>
    </message>
    <message>
        <source>At most 64 kinds of data can be mapped in one import.</source>
        <translation>Se pueden asignar como máximo 64 tipos de datos en una importación.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of data this version knows (Have I Been Pwned&apos;s names, like &quot;Names&quot; or &quot;Genders&quot;).</source>
        <translation>&quot;%1&quot; no es un tipo de dato que conozca esta versión (usa los nombres de Have I Been Pwned, como &quot;Names&quot; o &quot;Genders&quot;).</translation>
    </message>
    <message>
        <source>Say which column holds %1.</source>
        <translation>Indica qué columna contiene %1.</translation>
    </message>
    <message>
        <source>%1: %2 (looked up)</source>
        <translation>%1: %2 (se busca)</translation>
    </message>
    <message>
        <source>%1: %2 (only whether it is filled in is kept)</source>
        <translation>%1: %2 (solo se guarda si está vacío o no)</translation>
    </message>
    <message>
        <source>not used: %1</source>
        <translation>sin usar: %1</translation>
    </message>
    <message>
        <source>%1: the site each login was for (only its host name is kept)</source>
        <translation>%1: el sitio de cada dato de acceso (solo se guarda su nombre de host)</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Choose a passphrase: four or more unrelated words work well.</source>
        <translation>Elige una frase de contraseña: cuatro o más palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Easy to guess. Add more words that do not belong together.</source>
        <translation>Fácil de adivinar. Agrega más palabras que no tengan relación entre sí.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. One or two more words would help.</source>
        <translation>Se podría adivinar con esfuerzo. Una o dos palabras más ayudarían.</translation>
    </message>
    <message>
        <source>Hard to guess.</source>
        <translation>Difícil de adivinar.</translation>
    </message>
    <message>
        <source>Very hard to guess.</source>
        <translation>Muy difícil de adivinar.</translation>
    </message>
</context>
<context>
    <name>PasswordCorpus</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>not a line of the leaked-password list (a SHA-1 or NTLM hash in hexadecimal, a colon, how often it was seen). Nothing was imported.</source>
        <translation>no es una línea de la lista de contraseñas filtradas (un hash SHA-1 o NTLM en hexadecimal, dos puntos y cuántas veces se vio). No se importó nada.</translation>
    </message>
    <message>
        <source>an %1 hash, where the lines before hold %2 hashes: one list holds one kind. Nothing was imported.</source>
        <translation>un hash %1, cuando las líneas anteriores contienen hashes %2: una lista contiene un solo tipo. No se importó nada.</translation>
    </message>
    <message>
        <source>not in hash order (or the same hash again): the list must be the ordered-by-hash download. Nothing was imported.</source>
        <translation>no está en orden de hash (o es el mismo hash otra vez): la lista debe ser la descarga ordenada por hash. No se importó nada.</translation>
    </message>
    <message>
        <source>%1 holds no files named by a 5-digit hash prefix (00000.txt …): it is not the downloader&apos;s folder.</source>
        <translation>%1 no contiene archivos con el nombre de un prefijo de hash de 5 dígitos (00000.txt …): no es la carpeta de la herramienta de descarga.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: el archivo o la carpeta no existe</translation>
    </message>
    <message>
        <source>%1 holds no password hashes.</source>
        <translation>%1 no contiene hashes de contraseñas.</translation>
    </message>
</context>
<context>
    <name>PasswordHash</name>
    <message>
        <source>The password is not valid UTF-8 text.</source>
        <translation>La contraseña no es texto UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>PasswordIndex</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>There is no list of leaked passwords at %1 yet: import one first.</source>
        <translation>Aún no hay una lista de contraseñas filtradas en %1: importa una primero.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a list of leaked passwords made by this app.</source>
        <translation>%1 no es una lista de contraseñas filtradas creada por esta aplicación.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of this app: update it, or import the list again.</source>
        <translation>%1 se creó con una versión más reciente de esta aplicación: actualízala o vuelve a importar la lista.</translation>
    </message>
    <message>
        <source>%1 was changed or cut short since it was made: import the list of leaked passwords again.</source>
        <translation>%1 se modificó o se truncó después de crearse: vuelve a importar la lista de contraseñas filtradas.</translation>
    </message>
</context>
<context>
    <name>PasswordList</name>
    <message>
        <source>Not in the list of leaked passwords. That does not make it strong: a password manager makes and keeps a different one for every account.</source>
        <translation>No está en la lista de contraseñas filtradas. Eso no la hace segura: un administrador de contraseñas crea y guarda una distinta para cada cuenta.</translation>
    </message>
    <message>
        <source>This password has been seen in a leak: criminals may try it. Change it everywhere you use it.</source>
        <translation>Esta contraseña se ha visto en una filtración: los delincuentes pueden probarla. Cámbiala en todos los sitios donde la uses.</translation>
    </message>
    <message>
        <source>This password has been seen at least %1 times in leaks: criminals try it first. Change it everywhere you use it.</source>
        <translation>Esta contraseña se ha visto al menos %1 veces en filtraciones: los delincuentes la prueban primero. Cámbiala en todos los sitios donde la uses.</translation>
    </message>
    <message>
        <source>Imported %1 password hashes (%2) from %3 in %4 s: %5 on disk, %6 bytes a hash.</source>
        <translation>Se importaron %1 hashes de contraseñas (%2) de %3 en %4 s: %5 en disco, %6 bytes por hash.</translation>
    </message>
    <message>
        <source>Hashes alike in their first 64 bits to the one before, kept once: %1.</source>
        <translation>Hashes iguales al anterior en sus primeros 64 bits, guardados una sola vez: %1.</translation>
    </message>
    <message>
        <source>Empty lines skipped: %1.</source>
        <translation>Líneas vacías omitidas: %1.</translation>
    </message>
    <message>
        <source>Only %1 of the %2 prefix files were there: the list is partial, and passwords in the missing ones are reported as not seen.</source>
        <translation>Solo estaban %1 de los %2 archivos de prefijo: la lista está incompleta, y las contraseñas de los que faltan se indican como no vistas.</translation>
    </message>
    <message>
        <source>Other files in that folder, not read: %1.</source>
        <translation>Otros archivos de esa carpeta, no leídos: %1.</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <source>A person needs a name (a nickname is fine).</source>
        <translation>Una persona necesita un nombre (un apodo está bien).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; no es un código de país de dos letras conocido.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; no es una plataforma: usa android, iphone o computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows. Known: %2.</source>
        <translation>&quot;%1&quot; no es un servicio que conozca la lista de pasos. Conocidos: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was saved.</source>
        <translation>%1 No se guardó nada.</translation>
    </message>
    <message>
        <source>There is already someone called &quot;%1&quot; in this vault.</source>
        <translation>Ya hay una persona llamada &quot;%1&quot; en esta bóveda.</translation>
    </message>
    <message>
        <source>This person is no longer saved in the vault.</source>
        <translation>Esta persona ya no está guardada en la bóveda.</translation>
    </message>
    <message>
        <source>Say which kinds of data the notice named.</source>
        <translation>Indica qué tipos de datos mencionaba el aviso.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code (such as ar, es or fr).</source>
        <translation>&quot;%1&quot; no es un código de idioma (como ar, es o fr).</translation>
    </message>
    <message>
        <source>%1 is not a seen class (0 to %2).</source>
        <translation>%1 no es una clase de apariciones válida (de 0 a %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows.</source>
        <translation>&quot;%1&quot; no es un servicio que conozca la lista de pasos.</translation>
    </message>
</context>
<context>
    <name>PersonalPlan</name>
    <message>
        <source>&quot;%1&quot; is not a platform: use android, iphone or computer.</source>
        <translation>&quot;%1&quot; no es una plataforma: usa android, iphone o computer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a service the checklist knows, so the plan leaves it out. Known: %2.</source>
        <translation>&quot;%1&quot; no es un servicio que conozca la lista de pasos, así que el plan lo omite. Conocidos: %2.</translation>
    </message>
    <message>
        <source>There is no step &quot;%1&quot;. The plan lists the step ids.</source>
        <translation>No existe el paso &quot;%1&quot;. El plan muestra los identificadores de los pasos.</translation>
    </message>
    <message>
        <source>A step is marked done, skipped, not applicable or to do.</source>
        <translation>Un paso se marca como hecho, pospuesto, no aplica o pendiente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in %2&apos;s plan: see their plan for its steps.</source>
        <translation>&quot;%1&quot; no está en el plan de %2: consulta su plan para ver sus pasos.</translation>
    </message>
</context>
<context>
    <name>PhoneColumnNormalizer</name>
    <message>
        <source>The sample has no phone numbers; assuming the international format.</source>
        <translation>La muestra no tiene números de teléfono; se supone el formato internacional.</translation>
    </message>
    <message>
        <source>%1% of the sample starts with + or 00: international format.</source>
        <translation>El %1 % de la muestra empieza por + o 00: formato internacional.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers.</source>
        <translation>Leídos con el código de país, el %1 % de la muestra son números válidos.</translation>
    </message>
    <message>
        <source>Read with the country code, %1% of the sample are valid numbers; read as %2 national numbers, %3%.</source>
        <translation>Leídos con el código de país, el %1 % de la muestra son números válidos; leídos como números nacionales de %2, el %3 %.</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <source>The country code is not valid.</source>
        <translation>El código de país no es válido.</translation>
    </message>
    <message>
        <source>If %1 is the country code, add a + before it (+%1…), or say which country the number is from.</source>
        <translation>Si %1 es el código de país, agrega un + delante (+%1…), o indica de qué país es el número.</translation>
    </message>
    <message>
        <source>Add the country code (like +44) or say which country the number is from.</source>
        <translation>Agrega el código de país (como +44) o indica de qué país es el número.</translation>
    </message>
    <message>
        <source>This is not a phone number.</source>
        <translation>Esto no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>El número es demasiado corto.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>El número es demasiado largo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known country code (use two letters, like DE).</source>
        <translation>&quot;%1&quot; no es un código de país conocido (usa dos letras, como DE).</translation>
    </message>
    <message>
        <source>The phone number is empty.</source>
        <translation>El número de teléfono está vacío.</translation>
    </message>
    <message>
        <source>The number is too short: add the area code.</source>
        <translation>El número es demasiado corto: agrega el código de área.</translation>
    </message>
    <message>
        <source>This is not a valid number for %1.</source>
        <translation>No es un número válido para %1.</translation>
    </message>
</context>
<context>
    <name>Plan</name>
    <message>
        <source>Do these first</source>
        <translation>Haz esto primero</translation>
    </message>
    <message numerus="yes">
        <source>Nothing of yours was found in the leaks checked, and no breach at a service you use is likely to hold you. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>No se encontró nada tuyo en las filtraciones revisadas, y es poco probable que alguna filtración de un servicio que usas te incluya. Abajo: %n buen hábito general, no causado por una filtración.</numerusform>
            <numerusform>No se encontró nada tuyo en las filtraciones revisadas, y es poco probable que alguna filtración de un servicio que usas te incluya. Abajo: %n buenos hábitos generales, no causados por una filtración.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from leaks your details were found in</source>
        <translation>
            <numerusform>%n por filtraciones en las que aparecen tus datos</numerusform>
            <numerusform>%n por filtraciones en las que aparecen tus datos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches a notice told you about</source>
        <translation>
            <numerusform>%n por filtraciones de las que te avisaron</numerusform>
            <numerusform>%n por filtraciones de las que te avisaron</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n from breaches at services you use that may hold you</source>
        <translation>
            <numerusform>%n por filtraciones en servicios que usas y que pueden incluirte</numerusform>
            <numerusform>%n por filtraciones en servicios que usas y que pueden incluirte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n general tip(s)</source>
        <translation>
            <numerusform>%n consejo general</numerusform>
            <numerusform>%n consejos generales</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>a list: &quot;%1 and %2&quot; where %1 is &quot;a, b&quot; and %2 the last item</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s): %1.</source>
        <extracomment>%1: how many steps come from each kind of evidence</extracomment>
        <translation>
            <numerusform>%n paso: %1.</numerusform>
            <numerusform>%n pasos: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the identifiers given could be checked: see why below.</source>
        <translation>No se pudo comprobar ninguno de los identificadores indicados: abajo verás por qué.</translation>
    </message>
    <message>
        <source>No leak file is imported, so no leak could be searched for these.</source>
        <translation>No hay ningún archivo de filtración importado, así que no se pudo buscar ninguna filtración para estos identificadores.</translation>
    </message>
    <message>
        <source>No service was named, so no breach at a service could be weighed. Say which services are used (WhatsApp, Facebook, Google, ...) to add them.</source>
        <translation>No se indicó ningún servicio, así que no se pudo evaluar ninguna filtración de un servicio. Indica qué servicios se usan (WhatsApp, Facebook, Google, ...) para agregarlas.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing could be checked, so this is not a &quot;nothing found&quot;. Below: %n general good habit(s), not caused by a leak.</source>
        <translation>
            <numerusform>No se pudo comprobar nada, así que esto no significa «no se encontró nada». Abajo: %n buen hábito general, no causado por una filtración.</numerusform>
            <numerusform>No se pudo comprobar nada, así que esto no significa «no se encontró nada». Abajo: %n buenos hábitos generales, no causados por una filtración.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the same leak as %2</source>
        <extracomment>%1 a breach, %2 other releases of the same leak (&quot;Facebook (2019), the same leak as “WhatsApp” phone number list (2022)&quot;)</extracomment>
        <translation>%1 —la misma filtración que %2—</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <source>the list of leaked passwords</source>
        <translation>la lista de contraseñas filtradas</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords.</source>
        <translation>Una contraseña que usas está en la lista de contraseñas filtradas.</translation>
    </message>
    <message>
        <source>A password you use is in the list of leaked passwords: it was seen at least %1 times.</source>
        <translation>Una contraseña que usas está en la lista de contraseñas filtradas: se ha visto al menos %1 veces.</translation>
    </message>
    <message>
        <source>You said you use it at %1.</source>
        <extracomment>%1 the services (&quot;Google, Facebook&quot;)</extracomment>
        <translation>Dijiste que la usas en %1.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>it is a symbolic link, and saving through it would change the file it points to</source>
        <translation>es un enlace simbólico, y guardar a través de él cambiaría el archivo al que apunta</translation>
    </message>
    <message>
        <source>%1 of its %2 bytes reached the disk</source>
        <translation>%1 de sus %2 bytes llegaron al disco</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
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
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Siguie&amp;nte</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>Ir atrás</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase from %1 is longer than %2 bytes. Use a shorter one.</source>
        <translation>La frase de contraseña de %1 ocupa más de %2 bytes. Usa una más corta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot turn off echo on the terminal (%1), so no passphrase is asked for there.</source>
        <translation>No se puede desactivar el eco en la terminal (%1), así que ahí no se pide la frase de contraseña.</translation>
    </message>
    <message>
        <source>No passphrase given: use --passphrase-file FILE or set %1.</source>
        <translation>No se indicó ninguna frase de contraseña: usa --passphrase-file FILE o define %1.</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>la terminal</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>La misma frase de contraseña otra vez: </translation>
    </message>
    <message>
        <source>The two passphrases differ. Nothing was created.</source>
        <translation>Las dos frases de contraseña no coinciden. No se creó nada.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>La frase de contraseña está vacía.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1.</source>
        <translation>No se puede escribir en la salida estándar: %1.</translation>
    </message>
    <message>
        <source>Weak passphrase: %1</source>
        <translation>Frase de contraseña débil: %1</translation>
    </message>
    <message>
        <source>Password to check (Enter alone to stop): </source>
        <translation>Contraseña que comprobar (solo Intro para terminar): </translation>
    </message>
    <message>
        <source>%1, line %2: longer than %3 bytes.</source>
        <translation>%1, línea %2: más de %3 bytes.</translation>
    </message>
</context>
<context>
    <name>SecureBuffer</name>
    <message>
        <source>The cryptography library could not start.</source>
        <translation>No se pudo iniciar la biblioteca criptográfica.</translation>
    </message>
</context>
<context>
    <name>TextIdentifiers</name>
    <message>
        <source>The e-mail address is too long.</source>
        <translation>La dirección de correo electrónico es demasiado larga.</translation>
    </message>
    <message>
        <source>The e-mail address is empty.</source>
        <translation>La dirección de correo electrónico está vacía.</translation>
    </message>
    <message>
        <source>An e-mail address needs an @, as in name@example.com.</source>
        <translation>Una dirección de correo electrónico necesita una @, como en nombre@example.com.</translation>
    </message>
    <message>
        <source>An e-mail address has only one @.</source>
        <translation>Una dirección de correo electrónico tiene una sola @.</translation>
    </message>
    <message>
        <source>Something must come before the @.</source>
        <translation>Debe haber algo antes de la @.</translation>
    </message>
    <message>
        <source>The part before the @ is longer than 64 characters.</source>
        <translation>La parte anterior a la @ tiene más de 64 caracteres.</translation>
    </message>
    <message>
        <source>The part before the @ cannot start or end with a dot or have two dots in a row.</source>
        <translation>La parte anterior a la @ no puede empezar ni terminar con un punto, ni tener dos puntos seguidos.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used in an e-mail address.</source>
        <translation>&quot;%1&quot; no se puede usar en una dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>The part after the @ is missing.</source>
        <translation>Falta la parte posterior a la @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain.</source>
        <translation>&quot;%1&quot; no es un dominio válido.</translation>
    </message>
    <message>
        <source>The domain &quot;%1&quot; needs a dot, as in example.com.</source>
        <translation>El dominio &quot;%1&quot; necesita un punto, como en example.com.</translation>
    </message>
    <message>
        <source>The username is longer than 128 characters.</source>
        <translation>El nombre de usuario tiene más de 128 caracteres.</translation>
    </message>
    <message>
        <source>The username is empty.</source>
        <translation>El nombre de usuario está vacío.</translation>
    </message>
    <message>
        <source>The username contains an invisible control character.</source>
        <translation>El nombre de usuario contiene un carácter de control invisible.</translation>
    </message>
</context>
<context>
    <name>UiText</name>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Set aside for now</source>
        <translation>Pospuesto por ahora</translation>
    </message>
    <message>
        <source>Does not apply</source>
        <translation>No aplica</translation>
    </message>
    <message>
        <source>To do again</source>
        <translation>Volver a hacer</translation>
    </message>
    <message>
        <source>Found in leak files</source>
        <translation>Encontradas en archivos de filtración</translation>
    </message>
    <message>
        <source>You were told about</source>
        <translation>Filtraciones de las que te avisaron</translation>
    </message>
    <message>
        <source>May have leaked: breaches at services you use</source>
        <translation>Puede que te afecten: filtraciones en servicios que usas</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrada</translation>
    </message>
    <message>
        <source>Reported to you</source>
        <translation>Te avisaron</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Posible</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>landline or mobile</source>
        <translation>fijo o móvil</translation>
    </message>
    <message>
        <source>free-call number</source>
        <translation>número gratuito</translation>
    </message>
    <message>
        <source>premium-rate number</source>
        <translation>número de tarificación adicional</translation>
    </message>
    <message>
        <source>shared-cost number</source>
        <translation>número de coste compartido</translation>
    </message>
    <message>
        <source>internet phone number</source>
        <translation>número de telefonía por internet</translation>
    </message>
    <message>
        <source>personal number</source>
        <translation>número personal</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>company number</source>
        <translation>número de empresa</translation>
    </message>
    <message>
        <source>voicemail</source>
        <translation>buzón de voz</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <source>Other users can write to the vault folder %1, so its files cannot be trusted. Make it yours alone (chmod 700), check its files, and try again. The vault was left untouched.</source>
        <translation>Otros usuarios pueden escribir en la carpeta de la bóveda %1, así que no se puede confiar en sus archivos. Haz que sea solo tuya (chmod 700), revisa sus archivos y vuelve a intentarlo. La bóveda se dejó intacta.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made private to you (is it someone else&apos;s?). Choose another folder for the vault.</source>
        <translation>No se puede hacer que la carpeta %1 sea privada para ti (¿es de otra persona?). Elige otra carpeta para la bóveda.</translation>
    </message>
    <message>
        <source>The passphrase must not be empty.</source>
        <translation>La frase de contraseña no puede estar vacía.</translation>
    </message>
    <message>
        <source>That key strength is out of the range this version accepts.</source>
        <translation>Esa intensidad de clave está fuera del rango que acepta esta versión.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La frase de contraseña o la clave no es correcta para esta bóveda.</translation>
    </message>
    <message>
        <source>This vault is open in another program (process %1). Close it there first.</source>
        <translation>Esta bóveda está abierta en otro programa (proceso %1). Primero ciérrala allí.</translation>
    </message>
    <message>
        <source>Cannot lock the vault in %1: the folder is not writable, or the disk is full. The vault was left untouched.</source>
        <translation>No se puede bloquear la bóveda en %1: no se puede escribir en la carpeta o el disco está lleno. La bóveda se dejó intacta.</translation>
    </message>
    <message>
        <source>%1 holds no vault data: it is damaged or not this vault&apos;s database. It was left untouched.</source>
        <translation>%1 no contiene datos de la bóveda: está dañado o no es la base de datos de esta bóveda. Se dejó intacto.</translation>
    </message>
    <message>
        <source>There is already a vault in %1.</source>
        <translation>Ya hay una bóveda en %1.</translation>
    </message>
    <message>
        <source>%1 is not empty: choose an empty or new folder for the vault.</source>
        <translation>%1 no está vacía: elige una carpeta vacía o nueva para la bóveda.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Only a vault that was just created can be discarded.</source>
        <translation>Solo se puede descartar una bóveda recién creada.</translation>
    </message>
    <message>
        <source>This vault has no recovery key.</source>
        <translation>Esta bóveda no tiene clave de recuperación.</translation>
    </message>
    <message>
        <source>The key remembered for this vault is not valid.</source>
        <translation>La clave recordada para esta bóveda no es válida.</translation>
    </message>
    <message>
        <source>The key remembered for this vault no longer fits it.</source>
        <translation>La clave recordada para esta bóveda ya no le corresponde.</translation>
    </message>
    <message>
        <source>This passphrase or recovery key was replaced when the vault was re-keyed.</source>
        <translation>Esta frase de contraseña o clave de recuperación se reemplazó cuando se cambiaron las claves de la bóveda.</translation>
    </message>
    <message>
        <source>No re-key has been prepared.</source>
        <translation>No se preparó ningún cambio de claves.</translation>
    </message>
    <message>
        <source>The database could not be re-encrypted. It is under its old key and opens as before.</source>
        <translation>No se pudo volver a cifrar la base de datos. Sigue con su clave anterior y se abre como antes.</translation>
    </message>
    <message>
        <source>The vault&apos;s identifier key has the wrong size: the vault is damaged.</source>
        <translation>La clave de identificadores de la bóveda tiene un tamaño incorrecto: la bóveda está dañada.</translation>
    </message>
    <message>
        <source>This vault was made by a newer version of Breach Advisor (schema %1; this version knows %2). Update the app to open it.</source>
        <translation>Esta bóveda se creó con una versión más reciente de Breach Advisor (esquema %1; esta versión conoce el %2). Actualiza la aplicación para abrirla.</translation>
    </message>
    <message>
        <source>The schema file %1 is missing from this build.</source>
        <translation>Falta el archivo de esquema %1 en esta compilación.</translation>
    </message>
    <message>
        <source>Other users can read %1, and it cannot be made private to you (is it someone else&apos;s?).</source>
        <translation>Otros usuarios pueden leer %1, y no se puede hacer privado para ti (¿es de otra persona?).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>Other users could read the vault in %1 (%2): it is now private to you.</source>
        <translation>Otros usuarios podían leer la bóveda en %1 (%2): ahora es privada para ti.</translation>
    </message>
    <message>
        <source>No new recovery key has been prepared.</source>
        <translation>No se ha preparado ninguna clave de recuperación nueva.</translation>
    </message>
</context>
<context>
    <name>VaultHeader</name>
    <message>
        <source>missing or malformed fields</source>
        <translation>faltan campos o están mal formados</translation>
    </message>
    <message>
        <source>a salt or key of the wrong size</source>
        <translation>una sal o una clave de tamaño incorrecto</translation>
    </message>
    <message>
        <source>key-derivation settings out of range</source>
        <translation>parámetros de derivación de clave fuera de rango</translation>
    </message>
    <message>
        <source>unknown key derivation</source>
        <translation>derivación de clave desconocida</translation>
    </message>
    <message>
        <source>unknown passphrase normalization</source>
        <translation>normalización de frase de contraseña desconocida</translation>
    </message>
    <message>
        <source>There is no vault here: %1 does not exist.</source>
        <translation>Aquí no hay ninguna bóveda: %1 no existe.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid vault header (%2). The vault was left untouched.</source>
        <translation>%1 no es un encabezado de bóveda válido (%2). La bóveda se dejó intacta.</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>no es JSON</translation>
    </message>
    <message>
        <source>not a Breach Advisor vault</source>
        <translation>no es una bóveda de Breach Advisor</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Breach Advisor. Update the app to open it.</source>
        <translation>%1 se creó con una versión más reciente de Breach Advisor. Actualiza la aplicación para abrirlo.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. The vault was left as it was.</source>
        <translation>No se puede escribir %1: %2. La bóveda quedó como estaba.</translation>
    </message>
</context>
<context>
    <name>VaultKeys</name>
    <message>
        <source>A key of the wrong size reached the key code.</source>
        <translation>Llegó al código de claves una clave de tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La frase de contraseña ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>Unicode normalization is not available.</source>
        <translation>La normalización Unicode no está disponible.</translation>
    </message>
    <message>
        <source>The passphrase could not be normalized.</source>
        <translation>No se pudo normalizar la frase de contraseña.</translation>
    </message>
    <message>
        <source>The vault header has a salt of the wrong size.</source>
        <translation>El encabezado de la bóveda tiene una sal de tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The vault header has key-derivation settings out of range.</source>
        <translation>El encabezado de la bóveda tiene parámetros de derivación de clave fuera de rango.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>No hay memoria suficiente para derivar la clave de la frase de contraseña.</translation>
    </message>
    <message>
        <source>The recovery key could not be turned into a key.</source>
        <translation>No se pudo convertir la clave de recuperación en una clave.</translation>
    </message>
    <message>
        <source>A subkey could not be derived.</source>
        <translation>No se pudo derivar una subclave.</translation>
    </message>
    <message>
        <source>The key could not be wrapped.</source>
        <translation>No se pudo envolver la clave.</translation>
    </message>
    <message>
        <source>The vault header holds a wrapped key of the wrong size.</source>
        <translation>El encabezado de la bóveda contiene una clave envuelta de tamaño incorrecto.</translation>
    </message>
    <message>
        <source>The passphrase or key is not correct for this vault.</source>
        <translation>La frase de contraseña o la clave no es correcta para esta bóveda.</translation>
    </message>
    <message>
        <source>The key could not be unwrapped.</source>
        <translation>No se pudo desenvolver la clave.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits in groups of four.</source>
        <translation>Eso no es una clave de recuperación: tiene 32 letras y dígitos en grupos de cuatro.</translation>
    </message>
</context>
<context>
    <name>VaultSession</name>
    <message>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>Nobody called &quot;%1&quot; is saved in this vault.</source>
        <translation>No hay nadie llamado &quot;%1&quot; guardado en esta bóveda.</translation>
    </message>
    <message>
        <source>The catalog has no breach named &quot;%1&quot;.</source>
        <translation>El catálogo no tiene ninguna filtración llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known two-letter country code.</source>
        <translation>&quot;%1&quot; no es un código de país de dos letras conocido.</translation>
    </message>
</context>
<context>
    <name>WorkControl</name>
    <message>
        <source>Stopped before the end. Nothing was changed.</source>
        <translation>Se detuvo antes de terminar. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>catalog</name>
    <message>
        <source>In April 2021 a file with about 533 million Facebook accounts from 106 countries was posted for free on a forum. It links phone numbers to names, and often to gender, location, employer, relationship status and date of birth; few records hold an e-mail address. Facebook said the data was collected before September 2019 by abusing its contact importer, not by breaking into its systems.</source>
        <translation>En abril de 2021 se publicó gratis en un foro un archivo con unos 533 millones de cuentas de Facebook de 106 países. Vincula números de teléfono con nombres y, a menudo, con el género, la ubicación, el empleador, la situación sentimental y la fecha de nacimiento; pocos registros tienen una dirección de correo electrónico. Facebook dijo que los datos se recopilaron antes de septiembre de 2019 abusando de su importador de contactos, no entrando en sus sistemas.</translation>
    </message>
    <message>
        <source>Scraped, not hacked: Facebook says the data was gathered through its contact importer before September 2019 and that the flaw was fixed in August 2019. Ireland&apos;s Data Protection Commission fined Meta EUR 265 million over it in November 2022. The same phone numbers were offered for sale again in 2022 as &apos;487 million WhatsApp numbers&apos;.</source>
        <translation>Extraídos, no hackeados: Facebook dice que los datos se reunieron con su importador de contactos antes de septiembre de 2019 y que el fallo se corrigió en agosto de 2019. La Comisión de Protección de Datos de Irlanda multó a Meta con 265 millones de euros por ello en noviembre de 2022. Los mismos números de teléfono se volvieron a ofrecer a la venta en 2022 como &apos;487 millones de números de WhatsApp&apos;.</translation>
    </message>
    <message>
        <source>In November 2022 a seller advertised 487 million mobile numbers from 84 countries as “WhatsApp users”. The list holds phone numbers only: no names, messages or device details. The count is the seller&apos;s claim.</source>
        <translation>En noviembre de 2022 un vendedor anunció 487 millones de números de celular de 84 países como “usuarios de WhatsApp”. La lista solo tiene números de teléfono: ni nombres, ni mensajes, ni datos del dispositivo. La cifra es la que afirma el vendedor.</translation>
    </message>
    <message>
        <source>Not a WhatsApp breach. WhatsApp and Meta said there was no evidence of a leak from WhatsApp. Poland&apos;s CSIRT KNF and the German law firm WBS.LEGAL found the samples identical to the 2021 Facebook scrape, and the per-country counts match it. Have I Been Pwned has no entry for it. Claims that it exposed battery level, signal strength or other device data have no reliable source.</source>
        <translation>No es una filtración de WhatsApp. WhatsApp y Meta dijeron que no había pruebas de una filtración de WhatsApp. El CSIRT KNF de Polonia y el bufete alemán WBS.LEGAL comprobaron que las muestras eran idénticas a los datos extraídos de Facebook en 2021, y las cifras por país coinciden. Have I Been Pwned no tiene ninguna entrada para ella. Lo que se dijo de que exponía el nivel de batería, la intensidad de la señal u otros datos del dispositivo no tiene ninguna fuente fiable.</translation>
    </message>
    <message>
        <source>“WhatsApp” phone number list (2022)</source>
        <translation>Lista de números de “WhatsApp” (2022)</translation>
    </message>
</context>
<context>
    <name>checklist</name>
    <message>
        <source>Turn on two-step verification in WhatsApp</source>
        <translation>Activa la verificación en dos pasos en WhatsApp</translation>
    </message>
    <message>
        <source>Anyone who has your number can try to register WhatsApp with it on their own phone. A six-digit PIN that only you know stops them, even if they trick you into giving them the SMS code.</source>
        <translation>Cualquiera que tenga tu número puede intentar registrar WhatsApp con él en su propio teléfono. Un PIN de seis dígitos que solo tú conoces se lo impide, aunque te engañe para que le des el código que llega por SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap More options (three dots) &gt; Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Abre WhatsApp. Toca Más opciones (los tres puntos) &gt; Ajustes &gt; Cuenta &gt; Verificación en dos pasos &gt; Activar. Elige un PIN de seis dígitos que vayas a recordar y agrega una dirección de correo electrónico para poder restablecer el PIN si lo olvidas. Nunca le digas a nadie el PIN ni el código de seis dígitos que WhatsApp te envía por SMS.</translation>
    </message>
    <message>
        <source>Open WhatsApp. Tap Settings &gt; Account &gt; Two-step verification &gt; Turn on. Choose a six-digit PIN you will remember, and add an e-mail address so you can reset the PIN if you forget it. Never tell anyone the PIN or the six-digit code WhatsApp texts you.</source>
        <translation>Abre WhatsApp. Toca Ajustes &gt; Cuenta &gt; Verificación en dos pasos &gt; Activar. Elige un PIN de seis dígitos que vayas a recordar y agrega una dirección de correo electrónico para poder restablecer el PIN si lo olvidas. Nunca le digas a nadie el PIN ni el código de seis dígitos que WhatsApp te envía por SMS.</translation>
    </message>
    <message>
        <source>Two-step verification is set on your phone, not in WhatsApp on a computer: follow the steps for your phone.</source>
        <translation>La verificación en dos pasos se configura en tu teléfono, no en WhatsApp en la computadora: sigue los pasos para tu teléfono.</translation>
    </message>
    <message>
        <source>Show your WhatsApp photo and about text only to your contacts</source>
        <translation>Muestra tu foto y tu info. de WhatsApp solo a tus contactos</translation>
    </message>
    <message>
        <source>By default anyone who has your number can see your profile photo and about text. Scammers use them to make a fake account that looks like you.</source>
        <translation>De forma predeterminada, cualquiera que tenga tu número puede ver tu foto del perfil y tu info. Los estafadores las usan para crear una cuenta falsa que parece la tuya.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups. Privacy &gt; Privacy checkup walks you through the rest.</source>
        <translation>En WhatsApp, toca Más opciones (los tres puntos) &gt; Ajustes &gt; Privacidad. En Foto del perfil, Info. y Hora de últ. vez y en línea, elige Mis contactos. En Grupos, elige Mis contactos para que los desconocidos no puedan agregarte a grupos. Privacidad &gt; Revisión de privacidad te guía por el resto.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy. Set Profile photo, About and Last seen and online to My contacts. Under Groups choose My contacts so strangers cannot add you to groups.</source>
        <translation>En WhatsApp, toca Ajustes &gt; Privacidad. En Foto del perfil, Info. y Hora de últ. vez y en línea, elige Mis contactos. En Grupos, elige Mis contactos para que los desconocidos no puedan agregarte a grupos.</translation>
    </message>
    <message>
        <source>In WhatsApp on your computer open Menu &gt; Settings &gt; Privacy and make the same choices: Profile photo, About and Last seen to My contacts; Groups to My contacts.</source>
        <translation>En WhatsApp en tu computadora, abre Menú &gt; Ajustes &gt; Privacidad y elige lo mismo: Foto del perfil, Info. y Hora de últ. vez en Mis contactos; Grupos en Mis contactos.</translation>
    </message>
    <message>
        <source>Silence calls from unknown numbers in WhatsApp</source>
        <translation>Silencia en WhatsApp las llamadas de números desconocidos</translation>
    </message>
    <message>
        <source>Leaked numbers get scam calls. With this on, calls from numbers not in your contacts do not ring; they still appear in your calls list, so you miss nothing you want.</source>
        <translation>Los números filtrados reciben llamadas de estafa. Con esta opción activada, las llamadas de números que no están en tus contactos no suenan; siguen apareciendo en tu lista de llamadas, así que no te pierdes nada que te interese.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>En WhatsApp, toca Más opciones (los tres puntos) &gt; Ajustes &gt; Privacidad &gt; Llamadas y activa Silenciar llamadas de números desconocidos.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Privacy &gt; Calls and turn on Silence unknown callers.</source>
        <translation>En WhatsApp, toca Ajustes &gt; Privacidad &gt; Llamadas y activa Silenciar llamadas de números desconocidos.</translation>
    </message>
    <message>
        <source>Log out WhatsApp on computers you do not recognise</source>
        <translation>Cierra la sesión de WhatsApp en las computadoras que no reconozcas</translation>
    </message>
    <message>
        <source>A computer linked to your WhatsApp can read your new messages. Check that every linked device is yours.</source>
        <translation>Una computadora vinculada a tu WhatsApp puede leer tus mensajes nuevos. Comprueba que todos los dispositivos vinculados sean tuyos.</translation>
    </message>
    <message>
        <source>In WhatsApp tap More options (three dots) &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>En WhatsApp, toca Más opciones (los tres puntos) &gt; Dispositivos vinculados. Toca cada dispositivo que no reconozcas &gt; Cerrar sesión.</translation>
    </message>
    <message>
        <source>In WhatsApp tap Settings &gt; Linked devices. Tap any device you do not recognise &gt; Log out.</source>
        <translation>En WhatsApp, toca Ajustes &gt; Dispositivos vinculados. Toca cada dispositivo que no reconozcas &gt; Cerrar sesión.</translation>
    </message>
    <message>
        <source>Protect your WhatsApp backup and get told when a contact&apos;s security code changes</source>
        <translation>Protege tu copia de seguridad de WhatsApp y recibe un aviso cuando cambie el código de seguridad de un contacto</translation>
    </message>
    <message>
        <source>Your chats are end-to-end encrypted already; nothing needs to be switched on for that. Your backup is not, unless you choose it, and security-code notifications tell you when a contact&apos;s phone or app changed, which can also mean someone took over their account.</source>
        <translation>Tus chats ya están cifrados de extremo a extremo; no tienes que activar nada para eso. Tu copia de seguridad no lo está, salvo que tú lo elijas. Las notificaciones de seguridad te avisan cuando cambió el teléfono o la app de un contacto, lo que también puede significar que alguien se apoderó de su cuenta.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>En WhatsApp, abre Ajustes &gt; Chats &gt; Copia de seguridad &gt; Copia de seguridad cifrada de extremo a extremo &gt; Activar y elige una contraseña o una clave de 64 dígitos; sin ella no se puede restaurar la copia. Luego abre Ajustes &gt; Cuenta &gt; Notificaciones de seguridad y actívalas. Los nombres de los menús pueden variar según la versión de la app.</translation>
    </message>
    <message>
        <source>In WhatsApp open Settings &gt; Chats &gt; Chat backup &gt; End-to-end encrypted backup &gt; Turn on, and choose a password or a 64-digit key; without it the backup cannot be restored. iCloud Backup can still keep an unencrypted copy. Then open Settings &gt; Account &gt; Security notifications and turn them on. Menu names may differ by app version.</source>
        <translation>En WhatsApp, abre Ajustes &gt; Chats &gt; Copia de seguridad &gt; Copia de seguridad cifrada de extremo a extremo &gt; Activar y elige una contraseña o una clave de 64 dígitos; sin ella no se puede restaurar la copia. La copia de seguridad de iCloud puede seguir guardando una copia sin cifrar. Luego abre Ajustes &gt; Cuenta &gt; Notificaciones de seguridad y actívalas. Los nombres de los menús pueden variar según la versión de la app.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Facebook</source>
        <translation>Activa la autenticación en dos pasos en Facebook</translation>
    </message>
    <message>
        <source>With your phone number or e-mail known, attackers try to take over your account. A second step at sign-in stops someone who has your password.</source>
        <translation>Si conocen tu número de teléfono o tu correo electrónico, los atacantes intentan apoderarse de tu cuenta. Un segundo paso al iniciar sesión detiene a quien tenga tu contraseña.</translation>
    </message>
    <message>
        <source>In the Facebook app tap Menu &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message. Menu names may differ by version.</source>
        <translation>En la app de Facebook, toca Menú &gt; Configuración y privacidad &gt; Configuración &gt; Centro de cuentas &gt; Contraseña y seguridad &gt; Autenticación en dos pasos. Elige tu cuenta y luego una app de autenticación (lo mejor) o un mensaje de texto (SMS). Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>On facebook.com click your profile picture &gt; Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account, then an authentication app (best) or text message.</source>
        <translation>En facebook.com, haz clic en tu foto del perfil &gt; Configuración y privacidad &gt; Configuración &gt; Centro de cuentas &gt; Contraseña y seguridad &gt; Autenticación en dos pasos. Elige tu cuenta y luego una app de autenticación (lo mejor) o un mensaje de texto (SMS).</translation>
    </message>
    <message>
        <source>Log out of Facebook where you do not recognise the device</source>
        <translation>Cierra la sesión de Facebook en los dispositivos que no reconozcas</translation>
    </message>
    <message>
        <source>If someone is already signed in to your account, changing settings alone will not throw them out.</source>
        <translation>Si alguien ya inició sesión en tu cuenta, cambiar la configuración no basta para sacarlo.</translation>
    </message>
    <message>
        <source>In Facebook open Settings &amp; privacy &gt; Settings &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise. Menu names may differ by version.</source>
        <translation>En Facebook, abre Configuración y privacidad &gt; Configuración &gt; Centro de cuentas &gt; Contraseña y seguridad &gt; Dónde iniciaste sesión. Elige tu cuenta y cierra la sesión en cada dispositivo o lugar que no reconozcas. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Stop strangers finding your Facebook profile by your phone number</source>
        <translation>Impide que los desconocidos encuentren tu perfil de Facebook con tu número de teléfono</translation>
    </message>
    <message>
        <source>The 2021 scrape was collected by looking people up by phone number. Limiting who can do that, and who sees your number and birthday, makes your profile harder to collect again.</source>
        <translation>La extracción masiva de datos de 2021 se hizo buscando a las personas por su número de teléfono. Limitar quién puede hacerlo, y quién ve tu número y tu cumpleaños, hace que tu perfil sea más difícil de recopilar otra vez.</translation>
    </message>
    <message>
        <source>Open facebook.com/privacy/checkup (or Menu &gt; Settings &amp; privacy &gt; Privacy Checkup). Under How people can find you, set who can look you up by the phone number you provided to Friends, or the narrowest choice offered, and do the same for your e-mail address. Under Who can see what you share, make your phone number, e-mail and birthday visible to Only me.</source>
        <translation>Abre facebook.com/privacy/checkup (o Menú &gt; Configuración y privacidad &gt; Revisión de privacidad). En Cómo pueden encontrarte las personas en Facebook, establece quién puede buscarte con el número de teléfono que proporcionaste en Amigos, o en la opción más restringida que se ofrezca, y haz lo mismo con tu dirección de correo electrónico. En Quién puede ver lo que compartes, haz que tu número de teléfono, tu correo electrónico y tu cumpleaños sean visibles para Solo yo.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for Instagram</source>
        <translation>Activa la autenticación en dos pasos en Instagram</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password or tricks your phone company into moving your number.</source>
        <translation>Un segundo paso al iniciar sesión deja fuera a quien tenga tu contraseña o engañe a tu compañía telefónica para que pase tu número a otra SIM.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Two-factor authentication. Choose your account and an authentication app if you can. Save the backup codes it offers somewhere safe.</source>
        <translation>En Instagram, ve a tu perfil &gt; menú &gt; Configuración y privacidad &gt; Centro de cuentas &gt; Contraseña y seguridad &gt; Autenticación en dos pasos. Elige tu cuenta y, si puedes, una app de autenticación. Guarda en un lugar seguro los códigos de recuperación que te ofrece.</translation>
    </message>
    <message>
        <source>Log out of Instagram on devices you do not recognise</source>
        <translation>Cierra la sesión de Instagram en los dispositivos que no reconozcas</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Accounts Center &gt; Password and security &gt; Where you&apos;re logged in. Choose your account and log out of any device or place you do not recognise, then change your password. Menu names may differ by app version.</source>
        <translation>En Instagram, ve a tu perfil &gt; menú &gt; Configuración y privacidad &gt; Centro de cuentas &gt; Contraseña y seguridad &gt; Dónde iniciaste sesión. Elige tu cuenta y cierra la sesión en cada dispositivo o lugar que no reconozcas; luego cambia tu contraseña. Los nombres de los menús pueden variar según la versión de la app.</translation>
    </message>
    <message>
        <source>Make your Instagram account private and hide it from contact suggestions</source>
        <translation>Haz privada tu cuenta de Instagram y que no aparezca en las sugerencias de contactos</translation>
    </message>
    <message>
        <source>A public account shows your photos and followers to anyone, which is what scammers copy to make a fake account that looks like yours.</source>
        <translation>Una cuenta pública muestra tus fotos y tus seguidores a cualquiera, y eso es lo que copian los estafadores para crear una cuenta falsa que parece la tuya.</translation>
    </message>
    <message>
        <source>In Instagram go to your profile &gt; menu &gt; Settings and privacy &gt; Account privacy and turn on Private account. Then look in Settings and privacy for contact syncing and for suggesting your account to others, and turn off what you do not need. Menu names may differ by app version.</source>
        <translation>En Instagram, ve a tu perfil &gt; menú &gt; Configuración y privacidad &gt; Privacidad de la cuenta y activa Cuenta privada. Luego busca en Configuración y privacidad la sincronización de contactos y la opción de sugerir tu cuenta a otras personas, y desactiva lo que no necesites. Los nombres de los menús pueden variar según la versión de la app.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for LinkedIn</source>
        <translation>Activa la verificación en dos pasos en LinkedIn</translation>
    </message>
    <message>
        <source>LinkedIn accounts are used to send convincing fake job offers to your contacts. A second step at sign-in keeps yours out of it.</source>
        <translation>Las cuentas de LinkedIn se usan para enviar ofertas de trabajo falsas y convincentes a tus contactos. Un segundo paso al iniciar sesión evita que usen la tuya.</translation>
    </message>
    <message>
        <source>In the LinkedIn app tap your profile picture &gt; Settings &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>En la app de LinkedIn, toca tu foto del perfil &gt; Preferencias &gt; Inicio de sesión y seguridad &gt; Verificación en dos pasos &gt; Configurar y elige una aplicación de autenticación o tu número de teléfono.</translation>
    </message>
    <message>
        <source>In LinkedIn click Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Two-step verification &gt; Set up, and choose an authenticator app or your phone number.</source>
        <translation>En LinkedIn, haz clic en Yo &gt; Preferencias y privacidad &gt; Inicio de sesión y seguridad &gt; Verificación en dos pasos &gt; Configurar y elige una aplicación de autenticación o tu número de teléfono.</translation>
    </message>
    <message>
        <source>Check where you are signed in to LinkedIn and who can find you by phone or e-mail</source>
        <translation>Revisa dónde tienes abierta la sesión de LinkedIn y quién puede encontrarte por teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in for months, and being findable by phone number links your leaked number to your work profile.</source>
        <translation>Las sesiones antiguas pueden seguir abiertas durante meses, y que te puedan encontrar por tu número de teléfono vincula tu número filtrado con tu perfil profesional.</translation>
    </message>
    <message>
        <source>In LinkedIn open Me &gt; Settings &amp; Privacy &gt; Sign in &amp; security &gt; Where you&apos;re signed in, and sign out of sessions you do not recognise. Under Visibility, limit who can find your profile by your e-mail address or phone number. Menu names may differ by version.</source>
        <translation>En LinkedIn, abre Yo &gt; Preferencias y privacidad &gt; Inicio de sesión y seguridad &gt; Dónde has iniciado sesión y cierra las sesiones que no reconozcas. En Visibilidad, limita quién puede encontrar tu perfil con tu dirección de correo electrónico o tu número de teléfono. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Set a Telegram password (two-step verification)</source>
        <translation>Pon una contraseña en Telegram (verificación en dos pasos)</translation>
    </message>
    <message>
        <source>Telegram signs you in with a code sent by text message. With an extra password, a code alone is not enough to take over your account.</source>
        <translation>Telegram te deja iniciar sesión con un código que envía por SMS. Con una contraseña adicional, el código solo no basta para apoderarse de tu cuenta.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Privacy and Security &gt; Two-Step Verification and set a password. Add a recovery e-mail: without it, a forgotten password can only be reset by waiting and losing your contacts and cloud chats.</source>
        <translation>En Telegram, abre Ajustes &gt; Privacidad y seguridad &gt; Verificación en dos pasos y establece una contraseña. Agrega un correo de recuperación: sin él, una contraseña olvidada solo se puede restablecer esperando y perdiendo tus contactos y tus chats en la nube.</translation>
    </message>
    <message>
        <source>End Telegram sessions you do not know and hide your number</source>
        <translation>Cierra las sesiones de Telegram que no conozcas y oculta tu número</translation>
    </message>
    <message>
        <source>Every signed-in device can read your cloud chats. Hiding your number stops strangers seeing it in groups.</source>
        <translation>Cada dispositivo con la sesión iniciada puede leer tus chats en la nube. Ocultar tu número evita que los desconocidos lo vean en los grupos.</translation>
    </message>
    <message>
        <source>In Telegram open Settings &gt; Devices (in older versions Privacy and Security &gt; Active Sessions) and terminate every session you do not recognise. Then open Settings &gt; Privacy and Security &gt; Phone Number and set Who can see my phone number to My Contacts or Nobody. Menu names may differ by version.</source>
        <translation>En Telegram, abre Ajustes &gt; Dispositivos (en versiones anteriores, Privacidad y seguridad &gt; Sesiones activas) y cierra cada sesión que no reconozcas. Luego abre Ajustes &gt; Privacidad y seguridad &gt; Número de teléfono y en ¿Quién puede ver mi número? elige Mis contactos o Nadie. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Turn on Signal&apos;s registration lock</source>
        <translation>Activa el bloqueo de registro de Signal</translation>
    </message>
    <message>
        <source>With registration lock on, someone who gets a code for your number still needs your Signal PIN to register it.</source>
        <translation>Con el bloqueo de registro activado, quien consiga un código para tu número sigue necesitando tu PIN de Signal para registrarlo.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Account and turn on Registration Lock (in older versions it is under Privacy). It uses your Signal PIN: make sure you know it, under Settings &gt; Account &gt; Signal PIN. Signal cannot recover a forgotten PIN.</source>
        <translation>En Signal, abre Ajustes &gt; Cuenta y activa Bloqueo de registro (en versiones anteriores está en Privacidad). Usa tu PIN de Signal: asegúrate de conocerlo, en Ajustes &gt; Cuenta &gt; PIN de Signal. Signal no puede recuperar un PIN olvidado.</translation>
    </message>
    <message>
        <source>Hide your number in Signal and unlink devices you do not know</source>
        <translation>Oculta tu número en Signal y desvincula los dispositivos que no conozcas</translation>
    </message>
    <message>
        <source>Signal can hide your number from people you message, and a linked computer can read your messages.</source>
        <translation>Signal puede ocultar tu número a las personas a las que escribes, y una computadora vinculada puede leer tus mensajes.</translation>
    </message>
    <message>
        <source>In Signal open Settings &gt; Privacy &gt; Phone Number and set Who can see my number to Nobody, and choose who can find you by your number. Then open Settings &gt; Linked devices and unlink any you do not recognise. Menu names may differ by version.</source>
        <translation>En Signal, abre Ajustes &gt; Privacidad &gt; Número de teléfono, en Quién puede ver mi número elige Nadie y decide quién puede encontrarte con tu número. Luego abre Ajustes &gt; Dispositivos vinculados y desvincula los que no reconozcas. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Turn on two-factor authentication for X</source>
        <translation>Activa la autenticación en dos fases en X</translation>
    </message>
    <message>
        <source>A second step at sign-in keeps out someone who has your password. On X, text-message codes are only for paid accounts; an authentication app or security key is free.</source>
        <translation>Un segundo paso al iniciar sesión deja fuera a quien tenga tu contraseña. En X, los códigos por SMS son solo para cuentas de pago; una aplicación de autenticación o una llave de seguridad son gratis.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Security &gt; Two-factor authentication and choose Authentication app or Security key. Save the backup code.</source>
        <translation>En X, abre Configuración y privacidad &gt; Seguridad y acceso a la cuenta &gt; Seguridad &gt; Autenticación en dos fases y elige Aplicación de autenticación o Llave de seguridad. Guarda el código de respaldo.</translation>
    </message>
    <message>
        <source>Log out other X sessions and stop people finding you by phone number</source>
        <translation>Cierra las demás sesiones de X y evita que te encuentren por tu número de teléfono</translation>
    </message>
    <message>
        <source>Old sessions can stay signed in, and being findable by phone or e-mail links leaked data to your account.</source>
        <translation>Las sesiones antiguas pueden seguir abiertas, y que te puedan encontrar por teléfono o correo electrónico vincula los datos filtrados con tu cuenta.</translation>
    </message>
    <message>
        <source>In X open Settings and privacy &gt; Security and account access &gt; Apps and sessions &gt; Sessions and log out the sessions you do not recognise. Then open Privacy and safety &gt; Discoverability and contacts and turn off letting people find you by your phone number and e-mail. Menu names may differ by version.</source>
        <translation>En X, abre Configuración y privacidad &gt; Seguridad y acceso a la cuenta &gt; Aplicaciones y sesiones &gt; Sesiones y cierra las sesiones que no reconozcas. Luego abre Privacidad y seguridad &gt; Visibilidad y contactos y desactiva que te puedan encontrar por tu número de teléfono y tu correo electrónico. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification for your Google account</source>
        <translation>Activa la verificación en dos pasos en tu cuenta de Google</translation>
    </message>
    <message>
        <source>Your Google account opens your mail, and your mail resets the passwords of everything else. Secure it first.</source>
        <translation>Tu cuenta de Google abre tu correo, y con tu correo se restablecen las contraseñas de todo lo demás. Protégela primero.</translation>
    </message>
    <message>
        <source>Go to myaccount.google.com &gt; Security &gt; How you sign in to Google &gt; 2-Step Verification &gt; Get started. Prefer the Google prompt, an authenticator app or a passkey over text messages.</source>
        <translation>Ve a myaccount.google.com &gt; Seguridad &gt; Cómo inicias sesión en Google &gt; Verificación en dos pasos &gt; Empezar. Elige las notificaciones de Google, una aplicación de autenticación o una llave de acceso antes que los mensajes de texto.</translation>
    </message>
    <message>
        <source>Run Google&apos;s Security Checkup and sign out devices you do not know</source>
        <translation>Haz la Revisión de seguridad de Google y cierra la sesión en los dispositivos que no conozcas</translation>
    </message>
    <message>
        <source>It lists the devices signed in to your account and recent security events, so you can throw out anyone who should not be there.</source>
        <translation>Muestra los dispositivos con sesión iniciada en tu cuenta y los eventos de seguridad recientes, para que puedas echar a quien no debería estar ahí.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/security-checkup and follow it. Under Your devices, sign out of any device you do not recognise, then change your password.</source>
        <translation>Abre myaccount.google.com/security-checkup y sigue los pasos. En Tus dispositivos, cierra la sesión en cada dispositivo que no reconozcas y luego cambia tu contraseña.</translation>
    </message>
    <message>
        <source>Check what your Google profile shows to others</source>
        <translation>Revisa qué muestra tu perfil de Google a otras personas</translation>
    </message>
    <message>
        <source>Your phone number and birthday on your Google profile can be visible to people who have your e-mail address.</source>
        <translation>Tu número de teléfono y tu cumpleaños en tu perfil de Google pueden ser visibles para quien tenga tu dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Open myaccount.google.com/privacycheckup and set your phone number, birthday and other personal info to be visible only to you.</source>
        <translation>Abre myaccount.google.com/privacycheckup y haz que tu número de teléfono, tu cumpleaños y el resto de tu información personal sean visibles solo para ti.</translation>
    </message>
    <message>
        <source>Remove apps you do not use from your Google Account, and old app passwords</source>
        <translation>Quita de tu cuenta de Google las apps que no uses y las contraseñas de aplicación antiguas</translation>
    </message>
    <message>
        <source>Apps you connected years ago can still read your mail or files, and an app password opens your account without 2-Step Verification.</source>
        <translation>Las apps que conectaste hace años pueden seguir leyendo tu correo o tus archivos, y una contraseña de aplicación abre tu cuenta sin la verificación en dos pasos.</translation>
    </message>
    <message>
        <source>Make sure two-factor authentication is on for your Apple Account</source>
        <translation>Comprueba que la autenticación de doble factor esté activada en tu cuenta de Apple</translation>
    </message>
    <message>
        <source>Your Apple Account holds your photos, backups and the ability to erase your iPhone. Two-factor authentication keeps it yours.</source>
        <translation>Tu cuenta de Apple guarda tus fotos y copias de seguridad, y permite borrar tu iPhone. La autenticación de doble factor hace que siga siendo tuya.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name &gt; Sign-In &amp; Security &gt; Two-Factor Authentication and turn it on if it is off. Check that the trusted phone numbers listed are yours.</source>
        <translation>Abre Ajustes (o Configuración) &gt; tu nombre &gt; Inicio de sesión y seguridad &gt; Autenticación de doble factor y actívala si está desactivada. Comprueba que los números de teléfono de confianza que aparecen sean tuyos.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name &gt; Sign-In &amp; Security and turn on Two-Factor Authentication. On other computers sign in at account.apple.com and check Sign-In and Security.</source>
        <translation>En una Mac, abre Ajustes del Sistema (o Configuración del Sistema) &gt; tu nombre &gt; Inicio de sesión y seguridad y activa la autenticación de doble factor. En otras computadoras, inicia sesión en account.apple.com y revisa Inicio de sesión y seguridad.</translation>
    </message>
    <message>
        <source>Remove devices you do not know from your Apple Account</source>
        <translation>Quita de tu cuenta de Apple los dispositivos que no conozcas</translation>
    </message>
    <message>
        <source>Every device on your account can receive your codes and may see your data.</source>
        <translation>Cada dispositivo de tu cuenta puede recibir tus códigos y quizá ver tus datos.</translation>
    </message>
    <message>
        <source>Open Settings &gt; your name and scroll to the list of devices. Tap any you do not recognise and remove it from your account. Wording may differ by iOS version.</source>
        <translation>Abre Ajustes (o Configuración) &gt; tu nombre y desplázate hasta la lista de dispositivos. Toca cada uno que no reconozcas y elimínalo de tu cuenta. Los nombres pueden variar según la versión de iOS.</translation>
    </message>
    <message>
        <source>On a Mac open System Settings &gt; your name and review the devices listed; remove any you do not recognise. On other computers sign in at account.apple.com and check the devices listed there.</source>
        <translation>En una Mac, abre Ajustes del Sistema (o Configuración del Sistema) &gt; tu nombre y revisa los dispositivos que aparecen; elimina los que no reconozcas. En otras computadoras, inicia sesión en account.apple.com y revisa los dispositivos que aparecen ahí.</translation>
    </message>
    <message>
        <source>Review who and what can see your iPhone data with Safety Check</source>
        <translation>Revisa con Comprobación de seguridad quién y qué puede ver los datos de tu iPhone</translation>
    </message>
    <message>
        <source>Location sharing, shared albums and app permissions pile up over the years. Safety Check shows them in one place so you can stop what you no longer want.</source>
        <translation>La ubicación compartida, los álbumes compartidos y los permisos de las apps se acumulan con los años. Comprobación de seguridad los muestra en un solo lugar para que puedas detener lo que ya no quieras.</translation>
    </message>
    <message>
        <source>Open Settings &gt; Privacy &amp; Security &gt; Safety Check (iOS 16 or later) &gt; Manage Sharing &amp; Access. Review the people you share with and the apps that can see your location, photos and contacts, and stop what you do not need. Emergency Reset stops all sharing at once; use it only if you need to.</source>
        <translation>Abre Ajustes (o Configuración) &gt; Privacidad y seguridad &gt; Comprobación de seguridad (iOS 16 o posterior) &gt; Gestionar acceso y uso compartido. Revisa las personas con las que compartes y las apps que pueden ver tu ubicación, tus fotos y tus contactos, y detén lo que no necesites. Restablecimiento de emergencia detiene todo lo compartido de una vez; úsalo solo si lo necesitas.</translation>
    </message>
    <message>
        <source>Revoke Apple app-specific passwords you no longer use</source>
        <translation>Revoca las contraseñas específicas de app de Apple que ya no uses</translation>
    </message>
    <message>
        <source>An app-specific password lets another company&apos;s app into your iCloud mail, contacts and calendars without your second sign-in step, so an old or leaked one stays a way in.</source>
        <translation>Una contraseña específica de app deja entrar a la app de otra empresa en tu correo, tus contactos y tus calendarios de iCloud sin tu segundo paso de inicio de sesión, así que una antigua o filtrada sigue siendo una puerta de entrada.</translation>
    </message>
    <message>
        <source>Sign in at account.apple.com. In Sign-In and Security choose App-Specific Passwords and remove any you do not use or do not recognise, or choose Revoke All. Changing your Apple Account password also revokes them all.</source>
        <translation>Inicia sesión en account.apple.com. En Inicio de sesión y seguridad, elige Contraseñas específicas de app y elimina las que no uses o no reconozcas, o elige Revocar todas. Cambiar la contraseña de tu cuenta de Apple también las revoca todas.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your Microsoft account</source>
        <translation>Activa la verificación en dos pasos en tu cuenta Microsoft</translation>
    </message>
    <message>
        <source>Your Microsoft account opens Outlook mail, OneDrive files and Windows sign-in.</source>
        <translation>Tu cuenta Microsoft abre tu correo de Outlook, tus archivos de OneDrive y el inicio de sesión en Windows.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Manage how I sign in (or Advanced security options) &gt; Two-step verification &gt; Turn on. The Microsoft Authenticator app is the easiest second step. Write down the recovery code it gives you.</source>
        <translation>Ve a account.microsoft.com/security &gt; Administrar cómo inicio sesión (u Opciones de seguridad avanzadas) &gt; Verificación en dos pasos &gt; Activar. La aplicación de autenticación Microsoft Authenticator es el segundo paso más fácil. Anota el código de recuperación que te da.</translation>
    </message>
    <message>
        <source>Check recent sign-ins to your Microsoft account</source>
        <translation>Revisa los inicios de sesión recientes en tu cuenta Microsoft</translation>
    </message>
    <message>
        <source>Remove old app passwords from your Microsoft account</source>
        <translation>Quita las contraseñas de aplicación antiguas de tu cuenta Microsoft</translation>
    </message>
    <message>
        <source>An app password lets an older app or device into your Microsoft account without two-step verification, so one you no longer use is an open door.</source>
        <translation>Una contraseña de aplicación deja entrar a una app o un dispositivo antiguo en tu cuenta Microsoft sin la verificación en dos pasos, así que una que ya no usas es una puerta abierta.</translation>
    </message>
    <message>
        <source>Go to account.microsoft.com/security &gt; Advanced security options (or Manage how I sign in) and find App passwords. Remove the existing app passwords, then create new ones only for the devices that still need them. Menu names may differ.</source>
        <translation>Ve a account.microsoft.com/security &gt; Opciones de seguridad avanzadas (o Administrar cómo inicio sesión) y busca Contraseñas de aplicación. Quita las contraseñas de aplicación que haya y crea otras nuevas solo para los dispositivos que todavía las necesiten. Los nombres de los menús pueden variar.</translation>
    </message>
    <message>
        <source>Review and clear what your Microsoft account saves about you</source>
        <translation>Revisa y borra lo que tu cuenta Microsoft guarda sobre ti</translation>
    </message>
    <message>
        <source>Your Microsoft account can keep your searches, browsing, location and app activity; what is not stored cannot leak or be used against you.</source>
        <translation>Tu cuenta Microsoft puede guardar tus búsquedas, tu navegación, tu ubicación y tu actividad en las apps; lo que no se guarda no se puede filtrar ni usar en tu contra.</translation>
    </message>
    <message>
        <source>Sign in at account.microsoft.com/privacy. Look through the activity the privacy dashboard shows (search, browsing, location, apps and services) and clear what you do not want kept, then turn off the settings that collect what you do not need.</source>
        <translation>Inicia sesión en account.microsoft.com/privacy. Revisa la actividad que muestra el panel de privacidad (búsquedas, navegación, ubicación, aplicaciones y servicios) y borra lo que no quieras conservar; luego desactiva las opciones que recopilan lo que no necesitas.</translation>
    </message>
    <message>
        <source>a resale of the 2021 Facebook scrape, offered as WhatsApp users</source>
        <translation>una reventa de la extracción masiva de datos de Facebook de 2021, ofrecida como si fueran usuarios de WhatsApp</translation>
    </message>
    <message>
        <source>Change your password at %1</source>
        <translation>Cambia tu contraseña en %1</translation>
    </message>
    <message>
        <source>A leaked password, even a scrambled one, should be treated as known to criminals.</source>
        <translation>Una contraseña filtrada, aunque esté cifrada, debe considerarse conocida por los delincuentes.</translation>
    </message>
    <message>
        <source>A leaked password hint often gives the password away, so treat the password as known to criminals.</source>
        <translation>Una pista de contraseña filtrada suele delatar la contraseña, así que considera que los delincuentes la conocen.</translation>
    </message>
    <message>
        <source>Sign in to %1 and change your password. If you cannot sign in, use its &quot;forgot password&quot; page or contact it to recover or close the account. Use a long password you have never used anywhere else: three or more random words work well.</source>
        <translation>Inicia sesión en %1 y cambia tu contraseña. Si no puedes iniciar sesión, usa su página de «olvidé mi contraseña» o ponte en contacto con el servicio para recuperar o cerrar la cuenta. Usa una contraseña larga que nunca hayas usado en ningún otro sitio: tres o más palabras al azar funcionan bien.</translation>
    </message>
    <message>
        <source>Change that password everywhere else you used it</source>
        <translation>Cambia esa contraseña en todos los demás sitios donde la usaste</translation>
    </message>
    <message>
        <source>Criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Los delincuentes prueban de forma automática las contraseñas filtradas en sitios de correo, bancos y compras. Cualquier cuenta con la misma contraseña o una parecida está en riesgo.</translation>
    </message>
    <message>
        <source>A password hint often gives the password away, and criminals try leaked passwords on e-mail, banking and shopping sites automatically. Any account with the same or a similar password is at risk.</source>
        <translation>Una pista de contraseña suele delatar la contraseña, y los delincuentes prueban de forma automática las contraseñas filtradas en sitios de correo, bancos y compras. Cualquier cuenta con la misma contraseña o una parecida está en riesgo.</translation>
    </message>
    <message>
        <source>Make a list of the accounts where you used the same or a similar password. Start with your e-mail, then your bank, then accounts you sign in to other sites with (Google, Apple, Facebook). Give each its own password.</source>
        <translation>Haz una lista de las cuentas en las que usaste la misma contraseña o una parecida. Empieza por tu correo electrónico, luego tu banco y luego las cuentas con las que inicias sesión en otros sitios (Google, Apple, Facebook). Pon a cada una su propia contraseña.</translation>
    </message>
    <message>
        <source>Use a password manager</source>
        <translation>Usa un administrador de contraseñas</translation>
    </message>
    <message>
        <source>It creates and remembers a different strong password for every account, so one leak never opens another account.</source>
        <translation>Crea y recuerda una contraseña segura distinta para cada cuenta, así una filtración nunca abre otra cuenta.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create new passwords as you change them.</source>
        <translation>Elige un administrador de contraseñas (el que viene en tu teléfono o tu navegador es un buen comienzo), protégelo con una frase de contraseña larga y con la verificación en dos pasos, y deja que cree las contraseñas nuevas a medida que las cambias.</translation>
    </message>
    <message>
        <source>Check for sign-ins you do not recognise</source>
        <translation>Busca inicios de sesión que no reconozcas</translation>
    </message>
    <message>
        <source>Someone may have used the leaked password already. Changing it does not always sign them out.</source>
        <translation>Es posible que alguien ya haya usado la contraseña filtrada. Cambiarla no siempre cierra su sesión.</translation>
    </message>
    <message>
        <source>In the breached account and in your e-mail account, open the security page and look at recent sign-ins and signed-in devices. Sign out of everything you do not recognise, and check that no forwarding rule or recovery address was added to your mailbox.</source>
        <translation>En la cuenta afectada por la filtración y en tu cuenta de correo electrónico, abre la página de seguridad y revisa los inicios de sesión recientes y los dispositivos con sesión iniciada. Cierra la sesión en todo lo que no reconozcas y comprueba que no se haya agregado a tu buzón ninguna regla de reenvío ni dirección de recuperación.</translation>
    </message>
    <message>
        <source>Replace your security questions and answers</source>
        <translation>Cambia tus preguntas y respuestas de seguridad</translation>
    </message>
    <message>
        <source>Security answers work like passwords, and leaked facts about you (birthday, mother&apos;s maiden name, home town) are the answers people use.</source>
        <translation>Las respuestas de seguridad funcionan como contraseñas, y los datos filtrados sobre ti (cumpleaños, apellido de soltera de tu madre, ciudad natal) son justo las respuestas que se usan.</translation>
    </message>
    <message>
        <source>Change any password or PIN made from your birthday or address</source>
        <translation>Cambia cualquier contraseña o PIN hecho con tu fecha de nacimiento o tu dirección</translation>
    </message>
    <message>
        <source>Your date of birth or address is now known; a password or PIN built from it is easy to guess.</source>
        <translation>Ahora se conocen tu fecha de nacimiento o tu dirección; una contraseña o un PIN basado en ellas es fácil de adivinar.</translation>
    </message>
    <message>
        <source>If a password or PIN includes your birth date, year of birth, house number or street, change it. Pick a PIN that has nothing to do with you.</source>
        <translation>Si una contraseña o un PIN incluye tu fecha de nacimiento, tu año de nacimiento, tu número de casa o tu calle, cámbialo. Elige un PIN que no tenga nada que ver contigo.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail</source>
        <translation>Activa la verificación en dos pasos en tu correo electrónico</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost all your other accounts. Secure it first.</source>
        <translation>Con tu buzón de correo se pueden restablecer las contraseñas de casi todas tus demás cuentas. Protégelo primero.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (sometimes called two-factor authentication or 2-Step Verification). Prefer an app, passkey or security key to text messages. Check the recovery phone number and address are yours.</source>
        <translation>En la configuración de seguridad de tu cuenta de correo electrónico, activa la verificación en dos pasos (a veces llamada autenticación de dos factores o verificación en 2 pasos). Elige una app, una llave de acceso o una llave de seguridad antes que los mensajes de texto. Comprueba que el número de teléfono y la dirección de recuperación sean tuyos.</translation>
    </message>
    <message>
        <source>Be ready for convincing fake e-mails</source>
        <translation>Prepárate para correos falsos muy convincentes</translation>
    </message>
    <message>
        <source>After a breach, criminals send e-mails about password resets, refunds or compensation that mention the company and sometimes your own details.</source>
        <translation>Después de una filtración, los delincuentes envían correos sobre restablecimientos de contraseña, reembolsos o compensaciones que mencionan a la empresa y a veces tus propios datos.</translation>
    </message>
    <message>
        <source>Do not use links or attachments in unexpected messages. To check a message, go to the company&apos;s website yourself or call the number on your bill or card. Real companies do not ask for your password or codes by e-mail.</source>
        <translation>No uses los enlaces ni los archivos adjuntos de mensajes inesperados. Para comprobar un mensaje, entra tú mismo en el sitio web de la empresa o llama al número que aparece en tu factura o tu tarjeta. Las empresas de verdad no te piden la contraseña ni códigos por correo electrónico.</translation>
    </message>
    <message>
        <source>Check any breach notice on the company&apos;s own website</source>
        <translation>Comprueba cualquier aviso de filtración en el sitio web de la propia empresa</translation>
    </message>
    <message>
        <source>After a breach, criminals send fake breach notices and compensation offers that lead to phishing pages. A real notice can be confirmed on the company&apos;s own site.</source>
        <translation>Después de una filtración, los delincuentes envían avisos de filtración y ofertas de compensación falsos que llevan a páginas de phishing. Un aviso real se puede confirmar en el sitio de la propia empresa.</translation>
    </message>
    <message>
        <source>Do not use links, numbers or attachments in a message about the breach. Type the company&apos;s web address yourself, or use its app, and look for its statement about the breach and what it offers. Call it on the number on your bill or card if you are unsure.</source>
        <translation>No uses los enlaces, los números ni los archivos adjuntos de un mensaje sobre la filtración. Escribe tú mismo la dirección web de la empresa, o usa su app, y busca su comunicado sobre la filtración y lo que ofrece. Si tienes dudas, llama al número que aparece en tu factura o tu tarjeta.</translation>
    </message>
    <message>
        <source>Watch for scams that use your job</source>
        <translation>Cuidado con las estafas que usan tu trabajo</translation>
    </message>
    <message>
        <source>With your employer and job title, scammers write fake job offers, or pose as your boss or a supplier asking for an urgent payment or gift cards.</source>
        <translation>Con tu empleador y tu cargo, los estafadores escriben ofertas de trabajo falsas o se hacen pasar por tu jefe o por un proveedor que pide un pago urgente o tarjetas de regalo.</translation>
    </message>
    <message>
        <source>Check unusual requests for money, payment changes or documents by calling the person on a number you already know. Tell your employer&apos;s IT or security team if messages mention your job and look wrong. Be careful with job offers that ask for fees, ID documents or bank details early.</source>
        <translation>Comprueba las solicitudes inusuales de dinero, de cambios en los pagos o de documentos llamando a la persona a un número que ya conozcas. Avisa al equipo de informática o de seguridad de tu empleador si llegan mensajes que mencionan tu trabajo y parecen sospechosos. Desconfía de las ofertas de trabajo que piden pronto pagos, documentos de identidad o datos bancarios.</translation>
    </message>
    <message>
        <source>Call your card issuer and get a new card</source>
        <translation>Llama al emisor de tu tarjeta y pide una tarjeta nueva</translation>
    </message>
    <message>
        <source>A leaked card number with its security code can be used for online payments straight away.</source>
        <translation>Un número de tarjeta filtrado junto con su código de seguridad se puede usar enseguida para pagar en línea.</translation>
    </message>
    <message>
        <source>Call the number on the back of your card, say the card details were in a breach, and ask for a new card with a new number. Check recent payments for any you did not make, and update the card wherever it is used for automatic payments.</source>
        <translation>Llama al número que aparece en el reverso de tu tarjeta, di que los datos de la tarjeta aparecieron en una filtración y pide una tarjeta nueva con otro número. Revisa los pagos recientes por si hay alguno que no hiciste, y actualiza la tarjeta en todos los sitios donde la uses para pagos automáticos.</translation>
    </message>
    <message>
        <source>Tell your bank your account details leaked</source>
        <translation>Avisa a tu banco de que se filtraron los datos de tu cuenta</translation>
    </message>
    <message>
        <source>The sooner your bank knows, the better it can watch for fraud and the stronger your protection if money goes missing.</source>
        <translation>Cuanto antes lo sepa tu banco, mejor podrá vigilar el fraude y más protegido estarás si desaparece dinero.</translation>
    </message>
    <message>
        <source>Call your bank on the number on its website or your card, tell it your account details were in a breach, and ask what it advises: watching the account, a new account number, or a new PIN. Check your statements for payments you did not make.</source>
        <translation>Llama a tu banco al número que aparece en su sitio web o en tu tarjeta, dile que los datos de tu cuenta aparecieron en una filtración y pregunta qué te aconseja: vigilar la cuenta, un número de cuenta nuevo o un PIN nuevo. Revisa tus extractos por si hay pagos que no hiciste.</translation>
    </message>
    <message>
        <source>Watch your bank and card statements for the next months</source>
        <translation>Revisa los extractos de tu banco y de tu tarjeta durante los próximos meses</translation>
    </message>
    <message>
        <source>Partial card details and payment records help criminals pass security questions and make their messages believable.</source>
        <translation>Los datos parciales de la tarjeta y los registros de pagos ayudan a los delincuentes a superar las preguntas de seguridad y a hacer creíbles sus mensajes.</translation>
    </message>
    <message>
        <source>Turn on payment alerts in your banking app if it offers them, and check statements monthly. Report any payment you do not recognise to your bank at once.</source>
        <translation>Activa las alertas de pagos en la app de tu banco si las ofrece, y revisa los extractos cada mes. Informa enseguida a tu banco de cualquier pago que no reconozcas.</translation>
    </message>
    <message>
        <source>Move your cryptocurrency to a new wallet</source>
        <translation>Pasa tus criptomonedas a una billetera nueva</translation>
    </message>
    <message>
        <source>Anyone with a leaked recovery phrase or wallet key can empty the wallet; there is no bank to reverse it.</source>
        <translation>Cualquiera que tenga una frase de recuperación o una clave de billetera filtrada puede vaciar la billetera; no hay ningún banco que lo pueda revertir.</translation>
    </message>
    <message>
        <source>From a device you trust, create a new wallet with a new recovery phrase and move your funds to it. Never type a recovery phrase into a website or share it with anyone offering help.</source>
        <translation>Desde un dispositivo de confianza, crea una billetera nueva con una frase de recuperación nueva y pasa tus fondos a ella. Nunca escribas una frase de recuperación en un sitio web ni la compartas con nadie que te ofrezca ayuda.</translation>
    </message>
    <message>
        <source>Freeze your credit or add a fraud alert</source>
        <translation>Congela tu crédito o agrega una alerta de fraude</translation>
    </message>
    <message>
        <source>With your identity details, someone can open loans or phone contracts in your name. A credit freeze or fraud alert makes that much harder.</source>
        <translation>Con tus datos de identidad, alguien puede pedir préstamos o contratos de teléfono a tu nombre. Un congelamiento de crédito o una alerta de fraude lo hace mucho más difícil.</translation>
    </message>
    <message>
        <source>Ask a credit reporting body for a free 21-day credit ban; it passes it to the others. Get your free credit report to check for applications you did not make. IDCARE (1800 595 160) gives free help.</source>
        <translation>Pide a una agencia de informes crediticios un bloqueo de crédito gratuito de 21 días (credit ban); ella lo comunica a las demás. Pide tu informe de crédito gratuito para buscar solicitudes que no hiciste. IDCARE (1800 595 160) ofrece ayuda gratuita.</translation>
    </message>
    <message>
        <source>Consider Cifas Protective Registration, which asks lenders to make extra checks before accepting an application in your name (there is a fee). Check your credit report with a credit reference agency for accounts you did not open.</source>
        <translation>Considera la Protective Registration de Cifas, que pide a los prestamistas controles adicionales antes de aceptar una solicitud a tu nombre (tiene un costo). Revisa tu informe de crédito con una agencia de referencia crediticia por si hay cuentas que no abriste.</translation>
    </message>
    <message>
        <source>Ask SCHUFA, the main credit agency, for your free data copy (Datenkopie: the copy of your data every company must give you under EU data protection law, Art. 15 GDPR) and check it for contracts or credit checks you do not recognise. If you find any, report it to the police and tell the company involved.</source>
        <translation>Pide a SCHUFA, la principal agencia de crédito, tu copia gratuita de datos (Datenkopie: la copia de tus datos que toda empresa debe darte según la ley de protección de datos de la UE, art. 15 del RGPD) y revísala por si hay contratos o consultas de crédito que no reconozcas. Si encuentras alguno, denúncialo a la policía y avisa a la empresa implicada.</translation>
    </message>
    <message>
        <source>Take the free credit monitoring or identity protection the company offers</source>
        <translation>Acepta el monitoreo de crédito o la protección de identidad gratuitos que ofrece la empresa</translation>
    </message>
    <message>
        <source>Companies that lose identity or financial data often pay for monitoring that warns you of new credit or accounts in your name. It costs you nothing and shows misuse early.</source>
        <translation>Las empresas que pierden datos de identidad o financieros suelen pagar un servicio de monitoreo que te avisa de créditos o cuentas nuevos a tu nombre. No te cuesta nada y muestra pronto cualquier uso indebido.</translation>
    </message>
    <message>
        <source>If the breached company offers free credit monitoring or identity protection, sign up, but only through its official website or the letter it posted, not through a link in an e-mail or text. Note when the free period ends so it does not turn into a paid plan.</source>
        <translation>Si la empresa afectada por la filtración ofrece monitoreo de crédito o protección de identidad gratuitos, inscríbete, pero solo a través de su sitio web oficial o de la carta que te envió por correo postal, no con un enlace de un correo electrónico o un SMS. Anota cuándo termina el período gratuito para que no se convierta en un plan de pago.</translation>
    </message>
    <message>
        <source>File your tax return early this year</source>
        <translation>Presenta tu declaración de impuestos pronto este año</translation>
    </message>
    <message>
        <source>A leaked Social Security number can be used to file a fake return in your name and claim your refund.</source>
        <translation>Un número de Seguro Social filtrado se puede usar para presentar una declaración falsa a tu nombre y cobrar tu reembolso.</translation>
    </message>
    <message>
        <source>File as early as you can. If the IRS says a return was already filed with your number, report it at IdentityTheft.gov.</source>
        <translation>Preséntala lo antes que puedas. Si el IRS te dice que ya se presentó una declaración con tu número, denúncialo en IdentityTheft.gov (en español: RobodeIdentidad.gov).</translation>
    </message>
    <message>
        <source>Get an Identity Protection PIN from the IRS</source>
        <translation>Pide al IRS un PIN de protección de identidad (IP PIN)</translation>
    </message>
    <message>
        <source>With your Social Security number, someone can file a tax return in your name and take your refund. With an IP PIN, a return filed without it is rejected.</source>
        <translation>Con tu número de Seguro Social, alguien puede presentar una declaración de impuestos a tu nombre y quedarse con tu reembolso. Con un IP PIN, se rechaza cualquier declaración presentada sin él.</translation>
    </message>
    <message>
        <source>Tell the office that issued your ID</source>
        <translation>Avisa a la oficina que emitió tu documento de identidad</translation>
    </message>
    <message>
        <source>A leaked passport, licence or ID number can be used to open accounts in your name. The issuer can flag or replace it.</source>
        <translation>Un número de pasaporte, de licencia de conducir o de documento de identidad filtrado se puede usar para abrir cuentas a tu nombre. Quien lo emitió puede marcarlo o reemplazarlo.</translation>
    </message>
    <message>
        <source>Contact the office that issued the document (passport office, driving licence agency, ID card office) and ask whether it should be flagged or replaced.</source>
        <translation>Ponte en contacto con la oficina que emitió el documento (oficina de pasaportes, organismo de licencias de conducir, oficina de documentos de identidad) y pregunta si conviene marcarlo o reemplazarlo.</translation>
    </message>
    <message>
        <source>For a driver&apos;s license, contact your state&apos;s motor vehicle agency and ask it to flag the number. For a Social Security number, see the credit-freeze step. If someone uses your identity, report it at IdentityTheft.gov.</source>
        <translation>Para una licencia de conducir, ponte en contacto con el departamento de vehículos motorizados (DMV) de tu estado y pide que marquen el número. Para un número de Seguro Social, consulta el paso sobre congelar el crédito. Si alguien usa tu identidad, denúncialo en IdentityTheft.gov (en español: RobodeIdentidad.gov).</translation>
    </message>
    <message>
        <source>Know where to report if your identity is misused</source>
        <translation>Ten claro dónde denunciar si alguien usa tu identidad</translation>
    </message>
    <message>
        <source>An official report gives you a record for banks and lenders and, in some countries, a recovery plan.</source>
        <translation>Una denuncia oficial te da un registro para bancos y prestamistas y, en algunos países, un plan de recuperación.</translation>
    </message>
    <message>
        <source>If loans, accounts or contracts appear in your name, report it to the police and keep the reference number; tell the bank or company involved.</source>
        <translation>Si aparecen préstamos, cuentas o contratos a tu nombre, denúncialo a la policía y guarda el número de referencia; avisa al banco o a la empresa implicada.</translation>
    </message>
    <message>
        <source>Report identity theft at IdentityTheft.gov or 1-877-438-4338: you get an Identity Theft Report and a recovery plan.</source>
        <translation>Denuncia el robo de identidad en IdentityTheft.gov (en español: RobodeIdentidad.gov) o al 1-877-438-4338: recibirás un Informe de Robo de Identidad y un plan de recuperación.</translation>
    </message>
    <message>
        <source>Report fraud at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland); in Scotland, call Police Scotland on 101. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Denuncia el fraude en reportfraud.police.uk o al 0300 123 2040 (Inglaterra, Gales e Irlanda del Norte); en Escocia, llama a Police Scotland al 101. Avisa a tu banco y a cualquier empresa donde se hayan abierto cuentas a tu nombre.</translation>
    </message>
    <message>
        <source>Contact IDCARE on 1800 595 160 for free help, and report cybercrime through ReportCyber.</source>
        <translation>Ponte en contacto con IDCARE al 1800 595 160 para recibir ayuda gratuita, y denuncia los delitos informáticos a través de ReportCyber.</translation>
    </message>
    <message>
        <source>Report to your local police and to the Canadian Anti-Fraud Centre (1-888-495-8501).</source>
        <translation>Denúncialo a la policía de tu localidad y al Canadian Anti-Fraud Centre (centro antifraude de Canadá, 1-888-495-8501).</translation>
    </message>
    <message>
        <source>Call 1930 or report at cybercrime.gov.in.</source>
        <translation>Llama al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>File a report (Anzeige) with the police, online through your state&apos;s Onlinewache where there is one, or at any police station. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Presenta una denuncia (Anzeige) ante la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado si la hay, o en cualquier comisaría. Avisa a tu banco y a cualquier empresa donde se hayan abierto cuentas a tu nombre.</translation>
    </message>
    <message>
        <source>File a complaint (plainte) with the police or gendarmerie, with screenshots and letters as proof; if you only suspect misuse, you can have the facts recorded in a main courante. Tell your bank and the organisations involved. If your card was used online without you, block it and report it on Perceval.</source>
        <translation>Presenta una denuncia (plainte) ante la policía o la gendarmería, con capturas de pantalla y cartas como prueba; si solo sospechas un uso indebido, puedes hacer que los hechos consten en una main courante (registro de incidencias). Avisa a tu banco y a las entidades implicadas. Si usaron tu tarjeta en línea sin tu permiso, bloquéala y denúncialo en Perceval.</translation>
    </message>
    <message>
        <source>Report identity theft to the Policía Nacional or the Guardia Civil and keep the report. INCIBE&apos;s free helpline 017 advises on what to do next. Tell your bank and any company where accounts were opened in your name.</source>
        <translation>Denuncia la suplantación de identidad ante la Policía Nacional o la Guardia Civil y guarda la denuncia. La línea gratuita 017 del INCIBE (Instituto Nacional de Ciberseguridad) te orienta sobre los siguientes pasos. Avisa a tu banco y a cualquier empresa donde se hayan abierto cuentas a tu nombre.</translation>
    </message>
    <message>
        <source>Check the bank accounts, loans and Pix keys (instant-payment keys) registered to your CPF (tax number) on the Central Bank&apos;s free Registrato service. Dispute anything you did not open with the company and your bank, and file a police report (boletim de ocorrência).</source>
        <translation>Consulta las cuentas bancarias, los préstamos y las claves Pix (claves de pago instantáneo) registrados con tu CPF (número fiscal) en el servicio gratuito Registrato del Banco Central. Impugna ante la empresa y tu banco todo lo que no abriste, y presenta una denuncia policial (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Clean the device that leaked your passwords, then change them</source>
        <translation>Limpia el dispositivo por el que se filtraron tus contraseñas y después cámbialas</translation>
    </message>
    <message>
        <source>This breach comes from malware that steals passwords and sign-in cookies from a browser. Until the device is clean, new passwords would be stolen too.</source>
        <translation>Esta filtración viene de un malware que roba contraseñas y cookies de inicio de sesión del navegador. Mientras el dispositivo no esté limpio, también robaría las contraseñas nuevas.</translation>
    </message>
    <message>
        <source>Run a full scan with up-to-date security software on your computers, or reset the device if you are unsure. Then, from a clean device, change the passwords of your e-mail, bank and other important accounts, and sign out all other sessions in each of them.</source>
        <translation>Haz un análisis completo de tus computadoras con un programa de seguridad actualizado, o restablece el dispositivo si tienes dudas. Después, desde un dispositivo limpio, cambia las contraseñas de tu correo electrónico, tu banco y tus demás cuentas importantes, y cierra todas las demás sesiones en cada una.</translation>
    </message>
    <message>
        <source>Sign out of all sessions at %1</source>
        <translation>Cierra todas las sesiones en %1</translation>
    </message>
    <message>
        <source>Leaked sign-in tokens let someone use your account without a password until those sessions are ended.</source>
        <translation>Con los tokens de inicio de sesión filtrados, alguien puede usar tu cuenta sin contraseña hasta que se cierren esas sesiones.</translation>
    </message>
    <message>
        <source>In the security settings of %1, choose to sign out of all sessions or devices, then sign in again and change your password.</source>
        <translation>En la configuración de seguridad de %1, elige cerrar la sesión en todas las sesiones o dispositivos; luego vuelve a iniciar sesión y cambia tu contraseña.</translation>
    </message>
    <message>
        <source>Update your phone, computer and apps</source>
        <translation>Actualiza tu teléfono, tu computadora y tus apps</translation>
    </message>
    <message>
        <source>Details of your devices help attackers pick attacks that work on them; updates close the holes those attacks use.</source>
        <translation>Los datos de tus dispositivos ayudan a los atacantes a elegir ataques que funcionen en ellos; las actualizaciones cierran los agujeros que usan esos ataques.</translation>
    </message>
    <message>
        <source>Open Settings &gt; System &gt; Software update (the name varies by maker) and install updates; in the Play Store update all apps and turn on automatic updates.</source>
        <translation>Abre Ajustes (o Configuración) &gt; Sistema &gt; Actualización de software (el nombre cambia según el fabricante) e instala las actualizaciones; en Play Store, actualiza todas las apps y activa las actualizaciones automáticas.</translation>
    </message>
    <message>
        <source>Open Settings &gt; General &gt; Software Update and install it; turn on Automatic Updates. In the App Store, turn on automatic app updates.</source>
        <translation>Abre Ajustes (o Configuración) &gt; General &gt; Actualización de software e instálala; activa Actualizaciones automáticas. En el App Store, activa las actualizaciones automáticas de apps.</translation>
    </message>
    <message>
        <source>Install the updates your system offers (Windows Update, macOS Software Update, your Linux distribution&apos;s updater) and keep automatic updates on, for the browser too.</source>
        <translation>Instala las actualizaciones que te ofrece el sistema (Windows Update, Actualización de software de macOS, el actualizador de tu distribución de Linux) y mantén activadas las actualizaciones automáticas, también para el navegador.</translation>
    </message>
    <message>
        <source>Keep your router updated and hide your IP address where it matters</source>
        <translation>Mantén actualizado tu router y oculta tu dirección IP cuando importe</translation>
    </message>
    <message>
        <source>Install your router&apos;s updates and change its admin password if it is still the default. In WhatsApp you can turn on Settings &gt; Privacy &gt; Advanced &gt; Protect IP address in calls.</source>
        <translation>Instala las actualizaciones de tu router y cambia su contraseña de administrador si sigue siendo la predeterminada. En WhatsApp puedes activar Ajustes &gt; Privacidad &gt; Avanzado &gt; Proteger la dirección IP en las llamadas.</translation>
    </message>
    <message>
        <source>Be wary of letters, calls and visits that use your address</source>
        <translation>Desconfía de las cartas, llamadas y visitas que usan tu dirección</translation>
    </message>
    <message>
        <source>With your name and address, scammers send convincing letters and parcels or turn up claiming to be from a company you use.</source>
        <translation>Con tu nombre y tu dirección, los estafadores envían cartas y paquetes convincentes o se presentan diciendo que vienen de una empresa con la que trabajas.</translation>
    </message>
    <message>
        <source>Check any letter or visitor asking for money or details with the company, using contact details you find yourself. If you feel unsafe because your address is known, contact the police.</source>
        <translation>Comprueba con la empresa cualquier carta o visita que te pida dinero o datos, usando datos de contacto que busques tú mismo. Si no te sientes seguro porque se conoce tu dirección, ponte en contacto con la policía.</translation>
    </message>
    <message>
        <source>If someone threatens to reveal what leaked, do not pay</source>
        <translation>Si alguien amenaza con revelar lo que se filtró, no pagues</translation>
    </message>
    <message>
        <source>Very personal details (health, sexuality, beliefs, private messages) cannot be made secret again. Criminals sometimes use them to threaten people for money.</source>
        <translation>Los datos muy personales (salud, sexualidad, creencias, mensajes privados) no pueden volver a ser secretos. A veces los delincuentes los usan para amenazar a las personas y pedirles dinero.</translation>
    </message>
    <message>
        <source>Do not reply to threats and do not pay: paying rarely ends it. Keep the messages, report the account to the service, and report the threat to the police. Talk to someone you trust.</source>
        <translation>No respondas a las amenazas y no pagues: pagar casi nunca termina con el problema. Guarda los mensajes, denuncia la cuenta ante el servicio y denuncia la amenaza a la policía. Habla con alguien de confianza.</translation>
    </message>
    <message>
        <source>Mark spam as spam, and do not reply to it</source>
        <translation>Marca el spam como spam y no respondas</translation>
    </message>
    <message>
        <source>Your address is on a list used to send spam. Replying or clicking &quot;unsubscribe&quot; in spam only confirms it works.</source>
        <translation>Tu dirección está en una lista que se usa para enviar spam. Responder o hacer clic en «cancelar suscripción» en el spam solo confirma que funciona.</translation>
    </message>
    <message>
        <source>Use your mail program&apos;s Report spam or Junk button and block the senders. Do not reply or click links in those messages.</source>
        <translation>Usa el botón Denunciar spam o Correo no deseado de tu programa de correo y bloquea a los remitentes. No respondas ni hagas clic en los enlaces de esos mensajes.</translation>
    </message>
    <message>
        <source>Sign up for free alerts when your e-mail address appears in a breach</source>
        <translation>Suscríbete a avisos gratuitos cuando tu dirección de correo electrónico aparezca en una filtración</translation>
    </message>
    <message>
        <source>The next breach should not come as a surprise: an early alert gives you time to change a password before it is used.</source>
        <translation>La próxima filtración no debería tomarte por sorpresa: un aviso temprano te da tiempo para cambiar una contraseña antes de que la usen.</translation>
    </message>
    <message>
        <source>On haveibeenpwned.com use Notify me and confirm the link it e-mails you, or create a free Mozilla Monitor account at monitor.mozilla.org. Both warn you when your address shows up in a newly found breach. Do this for each address you use.</source>
        <translation>En haveibeenpwned.com, usa Notify me y confirma el enlace que te envía por correo, o crea una cuenta gratuita de Mozilla Monitor en monitor.mozilla.org. Ambos te avisan cuando tu dirección aparece en una filtración recién descubierta. Hazlo con cada dirección que uses.</translation>
    </message>
    <message>
        <source>Delete accounts you no longer use</source>
        <translation>Elimina las cuentas que ya no uses</translation>
    </message>
    <message>
        <source>An old forum or shop account you have forgotten still holds your details and perhaps an old password; if it is breached tomorrow, your data leaks again.</source>
        <translation>Una cuenta antigua de un foro o una tienda que olvidaste sigue guardando tus datos y quizá una contraseña antigua; si mañana sufre una filtración, tus datos se filtran otra vez.</translation>
    </message>
    <message>
        <source>Search your mailbox for sign-up and welcome e-mails to list old accounts. Sign in to each one you no longer use, delete the account (look under settings or privacy, or ask the site&apos;s support), and note which ones you closed. Change the password first if you reused it.</source>
        <translation>Busca en tu buzón los correos de registro y de bienvenida para hacer una lista de tus cuentas antiguas. Inicia sesión en cada una que ya no uses, elimina la cuenta (búscalo en la configuración o en la privacidad, o pide ayuda al soporte del sitio) y anota cuáles cerraste. Si reutilizaste la contraseña, cámbiala primero.</translation>
    </message>
    <message>
        <source>Keep your passwords in a password manager</source>
        <translation>Guarda tus contraseñas en un administrador de contraseñas</translation>
    </message>
    <message>
        <source>A password manager creates and remembers a different strong password for every account, so a leak at one site never opens another.</source>
        <translation>Un administrador de contraseñas crea y recuerda una contraseña segura distinta para cada cuenta, así una filtración en un sitio nunca abre otro.</translation>
    </message>
    <message>
        <source>Choose a password manager (the one built into your phone or browser is a fine start), protect it with a long passphrase and two-step verification, and let it create a new password whenever you change one.</source>
        <translation>Elige un administrador de contraseñas (el que viene en tu teléfono o tu navegador es un buen comienzo), protégelo con una frase de contraseña larga y con la verificación en dos pasos, y deja que cree una contraseña nueva cada vez que cambies una.</translation>
    </message>
    <message>
        <source>Keep your phone and apps up to date</source>
        <translation>Mantén actualizados tu teléfono y tus apps</translation>
    </message>
    <message>
        <source>Updates fix the security holes attackers use. Turning on automatic updates does it for you.</source>
        <translation>Las actualizaciones corrigen los agujeros de seguridad que usan los atacantes. Si activas las actualizaciones automáticas, se hacen solas.</translation>
    </message>
    <message>
        <source>Settings &gt; System &gt; Software update, and in the Play Store turn on automatic app updates.</source>
        <translation>Ajustes (o Configuración) &gt; Sistema &gt; Actualización de software, y en Play Store activa la actualización automática de apps.</translation>
    </message>
    <message>
        <source>Settings &gt; General &gt; Software Update &gt; Automatic Updates, and in the App Store turn on app updates.</source>
        <translation>Ajustes (o Configuración) &gt; General &gt; Actualización de software &gt; Actualizaciones automáticas, y en el App Store activa las actualizaciones de apps.</translation>
    </message>
    <message>
        <source>Keep automatic updates on for your system and browser.</source>
        <translation>Mantén activadas las actualizaciones automáticas de tu sistema y tu navegador.</translation>
    </message>
    <message>
        <source>Turn on two-step verification for your e-mail and your main accounts</source>
        <translation>Activa la verificación en dos pasos en tu correo electrónico y en tus cuentas principales</translation>
    </message>
    <message>
        <source>Your mailbox can reset the passwords of almost everything else. A second step at sign-in keeps out someone who has your password.</source>
        <translation>Con tu buzón de correo se pueden restablecer las contraseñas de casi todo lo demás. Un segundo paso al iniciar sesión deja fuera a quien tenga tu contraseña.</translation>
    </message>
    <message>
        <source>In your e-mail account&apos;s security settings turn on two-step verification (also called two-factor authentication or 2-Step Verification), then do the same for your bank and social accounts. Prefer an app, passkey or security key to text messages.</source>
        <translation>En la configuración de seguridad de tu cuenta de correo electrónico, activa la verificación en dos pasos (también llamada autenticación de dos factores o verificación en 2 pasos) y luego haz lo mismo en tu banco y tus redes sociales. Elige una app, una llave de acceso o una llave de seguridad antes que los mensajes de texto.</translation>
    </message>
    <message>
        <source>On its own this tells nobody how to reach you or get into your accounts. It can make scam messages sound more personal; the scam steps that come with your contact details cover that.</source>
        <translation>Por sí solo, esto no le dice a nadie cómo contactarte ni cómo entrar en tus cuentas. Puede hacer que los mensajes de estafa parezcan más personales; los pasos sobre estafas que acompañan a tus datos de contacto cubren eso.</translation>
    </message>
    <message>
        <source>Usually visible on your public profile already, and it does not open an account. If a password leaked with it, the password steps cover that.</source>
        <translation>Suele verse ya en tu perfil público y no abre ninguna cuenta. Si se filtró una contraseña junto con esto, los pasos sobre contraseñas lo cubren.</translation>
    </message>
    <message>
        <source>Nothing you can change; it rarely helps a criminal directly. Be sceptical of unexpected messages that mention your school or studies.</source>
        <translation>No puedes cambiarlo y rara vez ayuda directamente a un delincuente. Desconfía de los mensajes inesperados que mencionen tu centro de estudios o tus estudios.</translation>
    </message>
    <message>
        <source>Fingerprints and face data cannot be changed, so there is nothing to reset. Where the breached service offers it, a passkey or security key can replace biometric sign-in with it.</source>
        <translation>Las huellas dactilares y los datos faciales no se pueden cambiar, así que no hay nada que restablecer. Si el servicio afectado lo ofrece, una llave de acceso o una llave de seguridad puede sustituir al inicio de sesión biométrico en él.</translation>
    </message>
    <message>
        <source>This is about a relative who has died. Criminals sometimes misuse such records; if you handle their affairs, ask their bank and the credit bureaus (where they exist) to mark the person as deceased.</source>
        <translation>Esto se refiere a un familiar fallecido. A veces los delincuentes usan estos registros de forma indebida; si te ocupas de sus asuntos, pide a su banco y a las agencias de crédito (donde existan) que registren a la persona como fallecida.</translation>
    </message>
    <message>
        <source>Nothing to change afterwards. Treat calls or messages that mention your appointments with care, and check them with the practice or office directly.</source>
        <translation>No hay nada que cambiar después. Trata con cuidado las llamadas o los mensajes que mencionen tus citas y compruébalos directamente con el consultorio o la oficina.</translation>
    </message>
    <message>
        <source>A town, region or country does not lead anyone to your door, and you cannot change it. If your home address leaked too, the address step covers it.</source>
        <translation>Una ciudad, una región o un país no llevan a nadie hasta tu puerta, y no puedes cambiarlos. Si también se filtró tu domicilio, el paso sobre la dirección lo cubre.</translation>
    </message>
    <message>
        <source>Ask your mobile operator to lock your number against SIM swaps and transfers</source>
        <translation>Pide a tu operador de telefonía móvil que bloquee tu número contra duplicados de SIM y portabilidades</translation>
    </message>
    <message>
        <source>With your number, a criminal can ask your operator for a new SIM card in your name, or to move your number to another company, and then receive your security codes. A lock or PIN on your mobile account stops that.</source>
        <translation>Con tu número, un delincuente puede pedir a tu operador una tarjeta SIM nueva a tu nombre, o que pase tu número a otra compañía, y así recibir tus códigos de seguridad. Un bloqueo o un PIN en tu cuenta de telefonía móvil lo impide.</translation>
    </message>
    <message>
        <source>Call your mobile operator from your own phone, or use its app, and ask for a lock or PIN that must be given before anyone gets a new SIM card for your number or moves it to another company. Ask for it by name. Never give account details to someone who calls claiming to be your operator; hang up and call the number on your bill.</source>
        <translation>Llama a tu operador de telefonía móvil desde tu propio teléfono, o usa su app, y pide un bloqueo o un PIN que haya que dar antes de que nadie obtenga una tarjeta SIM nueva para tu número o lo pase a otra compañía. Pídelo por su nombre. Nunca des los datos de tu cuenta a alguien que te llame diciendo que es de tu operador; cuelga y llama al número que aparece en tu factura.</translation>
    </message>
    <message>
        <source>Ask your network (EE, O2, Vodafone, Three or your provider) to add a PIN or password to your account that must be given for any SIM change. If your phone suddenly loses signal where it usually works, or you get an unexpected message about a new SIM, call your network and your bank straight away from another phone.</source>
        <translation>Pide a tu compañía (EE, O2, Vodafone, Three o tu proveedor) que agregue a tu cuenta un PIN o una contraseña que haya que dar para cualquier cambio de SIM. Si tu teléfono pierde de repente la señal donde normalmente funciona, o recibes un mensaje inesperado sobre una SIM nueva, llama enseguida a tu compañía y a tu banco desde otro teléfono.</translation>
    </message>
    <message>
        <source>Since July 2024 (TRAI rule), a number cannot be moved to another company for 7 days after a SIM replacement: if your SIM stops working unexpectedly, call your operator at once. On sancharsaathi.gov.in, Know Mobile Connections in Your Name (the government&apos;s TAFCOP check) lists every number registered with your ID; report any that are not yours.</source>
        <translation>Desde julio de 2024 (norma de la TRAI), un número no se puede pasar a otra compañía durante 7 días después de reemplazar la SIM: si tu SIM deja de funcionar sin motivo, llama de inmediato a tu operador. En sancharsaathi.gov.in, Know Mobile Connections in Your Name (la consulta TAFCOP del gobierno) muestra todos los números registrados con tu documento de identidad; denuncia los que no sean tuyos.</translation>
    </message>
    <message>
        <source>Tell your telco your details were in a breach and ask for extra security on your account, such as a PIN or password needed for SIM changes and number transfers.</source>
        <translation>Dile a tu compañía telefónica que tus datos aparecieron en una filtración y pide más seguridad en tu cuenta, por ejemplo un PIN o una contraseña obligatorios para cambios de SIM y portabilidades de número.</translation>
    </message>
    <message>
        <source>To move your number to another company, the new operator needs your RIO code, which you get by calling 3179 from your own line. Never read it out to a caller. If your phone suddenly has no service, call your operator from another phone: someone may have obtained a replacement SIM (duplicata) in your name.</source>
        <translation>Para pasar tu número a otra compañía, el nuevo operador necesita tu código RIO, que obtienes llamando al 3179 desde tu propia línea. Nunca se lo leas a nadie que te llame. Si tu teléfono se queda de repente sin servicio, llama a tu operador desde otro teléfono: alguien puede haber conseguido una SIM de reemplazo (duplicata) a tu nombre.</translation>
    </message>
    <message>
        <source>Since November 2022, under AGCOM rules, only the line holder can change a SIM or move a number, with an ID document and tax code, and the operator confirms the request by a text or call to your current SIM. If you get such a message without having asked, tell your operator at once.</source>
        <translation>Desde noviembre de 2022, según las normas de la AGCOM, solo el titular de la línea puede cambiar una SIM o pasar un número a otra compañía, con un documento de identidad y el código fiscal, y el operador confirma la solicitud con un SMS o una llamada a tu SIM actual. Si recibes un mensaje así sin haberlo pedido, avisa de inmediato a tu operador.</translation>
    </message>
    <message>
        <source>Spain&apos;s data protection agency (AEPD) has fined operators for handing out duplicate SIM cards without checking identity properly. Ask your operator how it checks who you are before issuing a duplicate SIM, and whether you can add a password to your account. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>La Agencia Española de Protección de Datos (AEPD) ha multado a operadores por entregar duplicados de tarjetas SIM sin comprobar bien la identidad. Pregunta a tu operador cómo comprueba quién eres antes de emitir un duplicado de SIM, y si puedes agregar una contraseña a tu cuenta. Si tu teléfono se queda de repente sin servicio, llama a tu operador y a tu banco desde otro teléfono.</translation>
    </message>
    <message>
        <source>Check which mobile lines are registered to your ID on the regulator BTK&apos;s line query (hat-sorgulama.btk.gov.tr) and have any line you do not know cancelled by its operator. If your SIM suddenly stops working, call your operator and your bank at once from another phone.</source>
        <translation>Consulta qué líneas móviles están registradas con tu documento de identidad en la consulta de líneas de la BTK, el regulador (hat-sorgulama.btk.gov.tr), y haz que su operador dé de baja cualquier línea que no conozcas. Si tu SIM deja de funcionar de repente, llama de inmediato a tu operador y a tu banco desde otro teléfono.</translation>
    </message>
    <message>
        <source>Since 2020 the CRTC, Canada&apos;s telecom regulator, has had carriers report unauthorised SIM swaps and number transfers, and carriers added extra checks. Ask your carrier for an account PIN or password that must be given for SIM changes and number transfers. If your phone suddenly loses service, call your carrier and your bank from another phone.</source>
        <translation>Desde 2020, la CRTC, el regulador de telecomunicaciones de Canadá, obliga a los operadores a informar de los duplicados de SIM y las portabilidades de número no autorizados, y los operadores agregaron controles adicionales. Pide a tu operador un PIN o una contraseña de cuenta que haya que dar para cambios de SIM y portabilidades de número. Si tu teléfono se queda de repente sin servicio, llama a tu operador y a tu banco desde otro teléfono.</translation>
    </message>
    <message>
        <source>Check that nobody has set your calls to be forwarded</source>
        <translation>Comprueba que nadie haya configurado el desvío de tus llamadas</translation>
    </message>
    <message>
        <source>Someone who forwards your calls to their own phone can take the calls your bank makes to check a payment, or the calls that read out security codes, without touching your SIM card.</source>
        <translation>Alguien que desvía tus llamadas a su propio teléfono puede recibir las llamadas que hace tu banco para confirmar un pago, o las que dictan códigos de seguridad, sin tocar tu tarjeta SIM.</translation>
    </message>
    <message>
        <source>Expect scam calls and messages, and know the signs</source>
        <translation>Espera llamadas y mensajes de estafa, y aprende a reconocerlos</translation>
    </message>
    <message>
        <source>Leaked numbers are sold to scammers. They may know your name and pretend to be your bank, a delivery company, the police or a relative who lost their phone.</source>
        <translation>Los números filtrados se venden a estafadores. Pueden saber tu nombre y hacerse pasar por tu banco, una empresa de mensajería, la policía o un familiar que perdió su teléfono.</translation>
    </message>
    <message>
        <source>Never share a code you receive by text: no bank, operator or app will ask for it. Be wary of urgency and threats. If a message or call seems to come from a company you know, hang up and call the number on its website, your card or your bill. Check a relative writing from a new number by calling their old one.</source>
        <translation>Nunca compartas un código que recibas por SMS: ningún banco, operador ni app te lo va a pedir. Desconfía de las prisas y las amenazas. Si un mensaje o una llamada parece venir de una empresa que conoces, cuelga y llama al número que aparece en su sitio web, en tu tarjeta o en tu factura. Si un familiar te escribe desde un número nuevo, compruébalo llamando a su número de siempre.</translation>
    </message>
    <message>
        <source>Report scam texts and calls</source>
        <translation>Denuncia los SMS y las llamadas de estafa</translation>
    </message>
    <message>
        <source>Reporting helps block the senders for everyone, and gives you a record if you lose money.</source>
        <translation>Denunciar ayuda a bloquear a los remitentes para todos y te deja un registro si pierdes dinero.</translation>
    </message>
    <message>
        <source>Report scam texts and calls to your mobile operator: most let you forward a scam text or report a number in their app or by calling customer service. If you lost money or gave away personal details, tell your bank at once and report it to the police.</source>
        <translation>Denuncia los SMS y las llamadas de estafa a tu operador de telefonía móvil: la mayoría te permite reenviar un SMS de estafa o denunciar un número en su app o llamando a atención al cliente. Si perdiste dinero o diste datos personales, avisa enseguida a tu banco y denúncialo a la policía.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (SPAM). Report scams at ReportFraud.ftc.gov. If you lost money, also contact your bank.</source>
        <translation>Reenvía los SMS de estafa al 7726 (SPAM). Denuncia las estafas en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov). Si perdiste dinero, ponte en contacto también con tu banco.</translation>
    </message>
    <message>
        <source>Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. To report a suspicious call, text CALL and the number to 7726. To check a call from your bank, call 159. If you lost money, report it at reportfraud.police.uk or on 0300 123 2040 (England, Wales and Northern Ireland), or to Police Scotland on 101.</source>
        <translation>Reenvía los SMS de estafa al 7726 (gratis) y los correos de estafa a report@phishing.gov.uk. Para denunciar una llamada sospechosa, envía por SMS la palabra CALL y el número al 7726. Para comprobar una llamada de tu banco, llama al 159. Si perdiste dinero, denúncialo en reportfraud.police.uk o al 0300 123 2040 (Inglaterra, Gales e Irlanda del Norte), o a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Forward scam texts, and report unwanted calls, to 33700 (free; also at 33700.fr). Stop telemarketing by registering your number free on Bloctel (bloctel.gouv.fr). If your card was used online without you, block it with your bank, then report it on Perceval. For help after online fraud, use cybermalveillance.gouv.fr; if you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>Reenvía los SMS de estafa, y denuncia las llamadas no deseadas, al 33700 (gratis; también en 33700.fr). Para dejar de recibir llamadas comerciales, registra tu número gratis en Bloctel (bloctel.gouv.fr). Si usaron tu tarjeta en línea sin tu permiso, bloquéala con tu banco y luego denúncialo en Perceval. Para recibir ayuda después de un fraude en línea, usa cybermalveillance.gouv.fr; si perdiste dinero, presenta una denuncia ante la policía o la gendarmería.</translation>
    </message>
    <message>
        <source>Report suspected fraud calls and messages with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in. To stop promotional calls and texts, send START 0 to 1909.</source>
        <translation>Denuncia las llamadas y los mensajes sospechosos de fraude con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in. Para dejar de recibir llamadas y SMS promocionales, envía START 0 al 1909.</translation>
    </message>
    <message>
        <source>Report scams to Scamwatch (scamwatch.gov.au) and cybercrime to ReportCyber (cyber.gov.au). For free help after a breach or identity misuse, contact IDCARE on 1800 595 160. You can register your number on the Do Not Call Register (donotcall.gov.au).</source>
        <translation>Denuncia las estafas en Scamwatch (scamwatch.gov.au) y los delitos informáticos en ReportCyber (cyber.gov.au). Para recibir ayuda gratuita después de una filtración o de un uso indebido de tu identidad, ponte en contacto con IDCARE al 1800 595 160. Puedes registrar tu número en el Do Not Call Register (registro de exclusión de llamadas, donotcall.gov.au).</translation>
    </message>
    <message>
        <source>Report scams and fraud to the Canadian Anti-Fraud Centre: 1-888-495-8501 or online. If you lost money, also report it to your local police and get a file number.</source>
        <translation>Denuncia las estafas y el fraude ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá): 1-888-495-8501 o en línea. Si perdiste dinero, denúncialo también a la policía de tu localidad y pide un número de expediente.</translation>
    </message>
    <message>
        <source>Call INCIBE&apos;s free cybersecurity helpline, 017, for advice on scam calls and messages and on what to do after a data leak. If you lost money, tell your bank and report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad), para recibir consejos sobre llamadas y mensajes de estafa y sobre qué hacer después de una filtración de datos. Si perdiste dinero, avisa a tu banco y denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Report online scams and phishing to the Polizia Postale through its portal, commissariatodips.it. If you lost money, tell your bank at once and file a report.</source>
        <translation>Denuncia las estafas en línea y el phishing ante la Polizia Postale a través de su portal, commissariatodips.it. Si perdiste dinero, avisa enseguida a tu banco y presenta una denuncia.</translation>
    </message>
    <message>
        <source>Complain to your operator first about scam calls or texts on your line. If it does not solve the problem, contact the National Telecom Regulatory Authority (NTRA) on 155 or through its My NTRA app. If you lost money or someone threatens you online, tell your bank and report it to the police.</source>
        <translation>Reclama primero a tu operador por las llamadas o los SMS de estafa en tu línea. Si no resuelve el problema, ponte en contacto con la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA) al 155 o con su app My NTRA. Si perdiste dinero o alguien te amenaza en internet, avisa a tu banco y denúncialo a la policía.</translation>
    </message>
    <message>
        <source>Hang up on callers who say they are police, soldiers or prosecutors and ask for money, gold or bank details: officials never do. Report phishing and scam websites to USOM, the national cyber incident centre (usom.gov.tr). Report fraud to the police on 112, the single emergency number. If you sent money, call your bank at once.</source>
        <translation>Cuelga a quien te llame diciendo ser policía, militar o fiscal y te pida dinero, oro o datos bancarios: las autoridades nunca lo hacen. Denuncia las páginas web de phishing y de estafa ante USOM, el centro nacional de incidentes cibernéticos (usom.gov.tr). Denuncia el fraude a la policía al 112, el número único de emergencias. Si enviaste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Text STOP to 2442 to stop unsolicited marketing texts (the Do-Not-Disturb service). Complain to your operator first and keep the complaint ticket number; if it is not solved, contact the Nigerian Communications Commission on 622 or 0800 2255 622, or with its online complaint form. If you lost money, tell your bank and the police.</source>
        <translation>Envía STOP al 2442 para dejar de recibir SMS publicitarios no solicitados (el servicio Do-Not-Disturb). Reclama primero a tu operador y guarda el número de tu reclamo; si no lo resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622 o al 0800 2255 622, o con su formulario de reclamos en línea. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Warn family and friends that someone may pretend to be you</source>
        <translation>Avisa a tu familia y tus amigos de que alguien podría hacerse pasar por ti</translation>
    </message>
    <message>
        <source>With your name and photo or number, scammers can set up an account that looks like yours and ask your contacts for money or codes.</source>
        <translation>Con tu nombre y tu foto o tu número, los estafadores pueden crear una cuenta que parece la tuya y pedir a tus contactos dinero o códigos.</translation>
    </message>
    <message>
        <source>Tell the people you are in touch with most that you will never ask them for money or a code by message, and that if &quot;you&quot; write from a new number they should call your usual number to check. If a fake account appears, report it to the app and ask your contacts to report it too.</source>
        <translation>Diles a las personas con las que más hablas que nunca les pedirás dinero ni un código por mensaje, y que si «tú» les escribes desde un número nuevo, deben llamarte a tu número de siempre para comprobarlo. Si aparece una cuenta falsa, denúnciala en la app y pide a tus contactos que también la denuncien.</translation>
    </message>
    <message>
        <source>Where you can, use an authenticator app instead of text-message codes</source>
        <translation>Siempre que puedas, usa una aplicación de autenticación en lugar de códigos por SMS</translation>
    </message>
    <message>
        <source>Codes sent by text go to whoever controls your number. With your number known, an authenticator app, passkey or security key is safer for your e-mail, bank and social accounts.</source>
        <translation>Los códigos enviados por SMS le llegan a quien controle tu número. Si tu número se conoce, una aplicación de autenticación, una llave de acceso o una llave de seguridad es más segura para tu correo electrónico, tu banco y tus redes sociales.</translation>
    </message>
    <message>
        <source>In the security settings of your most important accounts (e-mail first, then bank, then social media), look for two-step verification and choose an authenticator app, passkey or security key instead of SMS. Keep the backup codes somewhere safe.</source>
        <translation>En la configuración de seguridad de tus cuentas más importantes (primero el correo electrónico, luego el banco y luego las redes sociales), busca la verificación en dos pasos y elige una aplicación de autenticación, una llave de acceso o una llave de seguridad en lugar de SMS. Guarda los códigos de respaldo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Limit who can find you by your phone number or e-mail</source>
        <translation>Limita quién puede encontrarte por tu número de teléfono o tu correo electrónico</translation>
    </message>
    <message>
        <source>Apps that let anyone look you up by number are how lists like this are built and kept up to date.</source>
        <translation>Las apps que permiten a cualquiera buscarte por tu número son la forma en que se crean y se mantienen al día listas como esta.</translation>
    </message>
    <message>
        <source>In the apps you use (Facebook, Instagram, Telegram, Signal, X, LinkedIn), find the privacy setting for who can look you up by phone number or e-mail and choose the narrowest option. Give your number only where it is needed. Google can drop search results showing your number or address (Results about you); the page itself stays.</source>
        <translation>En las apps que usas (Facebook, Instagram, Telegram, Signal, X, LinkedIn), busca la opción de privacidad que decide quién puede buscarte por tu número de teléfono o tu correo electrónico y elige la opción más restringida. Da tu número solo donde haga falta. Google puede quitar de los resultados de búsqueda los que muestran tu número o tu dirección (Resultados sobre ti); la página en sí sigue existiendo.</translation>
    </message>
    <message>
        <source>sign-in tokens</source>
        <translation>tokens de inicio de sesión</translation>
    </message>
    <message>
        <source>profile picture</source>
        <translation>foto del perfil</translation>
    </message>
    <message>
        <source>bank account number</source>
        <translation>número de cuenta bancaria</translation>
    </message>
    <message>
        <source>about text</source>
        <translation>descripción del perfil (Info.)</translation>
    </message>
    <message>
        <source>browser details</source>
        <translation>datos del navegador</translation>
    </message>
    <message>
        <source>chats</source>
        <translation>conversaciones de chat</translation>
    </message>
    <message>
        <source>card security code</source>
        <translation>código de seguridad de la tarjeta</translation>
    </message>
    <message>
        <source>card number</source>
        <translation>número de tarjeta</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>device details</source>
        <translation>datos del dispositivo</translation>
    </message>
    <message>
        <source>driving licence</source>
        <translation>licencia de conducir</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>employer</source>
        <translation>empleador</translation>
    </message>
    <message>
        <source>family members&apos; names</source>
        <translation>nombres de familiares</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>género</translation>
    </message>
    <message>
        <source>location</source>
        <translation>ubicación</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>número de documento de identidad</translation>
    </message>
    <message>
        <source>old passwords</source>
        <translation>contraseñas antiguas</translation>
    </message>
    <message>
        <source>messenger account</source>
        <translation>cuenta de mensajería</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>dirección IP</translation>
    </message>
    <message>
        <source>job title</source>
        <translation>cargo</translation>
    </message>
    <message>
        <source>mother&apos;s maiden name</source>
        <translation>apellido de soltera de tu madre</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>part of your card number</source>
        <translation>parte del número de tu tarjeta</translation>
    </message>
    <message>
        <source>birthday</source>
        <translation>cumpleaños</translation>
    </message>
    <message>
        <source>passport number</source>
        <translation>número de pasaporte</translation>
    </message>
    <message>
        <source>password hint</source>
        <translation>pista de contraseña</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>profile description</source>
        <translation>descripción del perfil</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>número de teléfono</translation>
    </message>
    <message>
        <source>photos</source>
        <translation>fotos</translation>
    </message>
    <message>
        <source>home address</source>
        <translation>domicilio</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>código PIN</translation>
    </message>
    <message>
        <source>private messages</source>
        <translation>mensajes privados</translation>
    </message>
    <message>
        <source>profile photo</source>
        <translation>foto de perfil</translation>
    </message>
    <message>
        <source>recovery e-mail address</source>
        <translation>dirección de correo electrónico de recuperación</translation>
    </message>
    <message>
        <source>relationship status</source>
        <translation>estado civil</translation>
    </message>
    <message>
        <source>security questions and answers</source>
        <translation>preguntas y respuestas de seguridad</translation>
    </message>
    <message>
        <source>social media profile</source>
        <translation>perfil en redes sociales</translation>
    </message>
    <message>
        <source>Social Security number</source>
        <translation>número de Seguro Social</translation>
    </message>
    <message>
        <source>partner&apos;s name</source>
        <translation>nombre de tu pareja</translation>
    </message>
    <message>
        <source>username</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>Open your third-party connections at myaccount.google.com/connections and remove access for anything you do not use or recognise. Then open App passwords at myaccount.google.com/apppasswords, the page that manages them, and revoke the ones you do not need. Changing your Google Account password also revokes all your app passwords.</source>
        <translation>Abre tus conexiones con terceros en myaccount.google.com/connections y quita el acceso a todo lo que no uses o no reconozcas. Luego abre Contraseñas de aplicación en myaccount.google.com/apppasswords, la página donde se administran, y revoca las que no necesites. Cambiar la contraseña de tu cuenta de Google también revoca todas tus contraseñas de aplicación.</translation>
    </message>
    <message>
        <source>The recent activity page shows where and how your account was used in the last 30 days. A sign-in you do not recognise may mean someone else has your password, but it can also be your own phone, a trip or a VPN (a service that hides where you connect from).</source>
        <translation>La página de actividad reciente muestra dónde y cómo se usó tu cuenta en los últimos 30 días. Un inicio de sesión que no reconozcas puede significar que otra persona tiene tu contraseña, pero también puede ser tu propio teléfono, un viaje o una VPN (un servicio que oculta desde dónde te conectas).</translation>
    </message>
    <message>
        <source>Open account.live.com/activity and expand any sign-in you do not recognise to see its place and device. If it was not you, choose This wasn&apos;t me where the page offers it, change your password and turn on two-step verification. If you are not sure, check whether the device and place could be yours, such as your phone or a trip; if they cannot, treat it as not you.</source>
        <translation>Abre account.live.com/activity y despliega cada inicio de sesión que no reconozcas para ver su ubicación y su dispositivo. Si no fuiste tú, elige No he sido yo (o No fui yo) donde la página lo ofrezca, cambia tu contraseña y activa la verificación en dos pasos. Si tienes dudas, comprueba si el dispositivo y el lugar podrían ser tuyos, como tu teléfono o un viaje; si no pueden serlo, considera que no fuiste tú.</translation>
    </message>
    <message>
        <source>In the breached account, and in accounts where you used the same questions or answers, change them. Use answers that are not true and cannot be looked up, and keep them somewhere safe, such as your password manager.</source>
        <translation>Cámbialas en la cuenta afectada por la filtración y en las cuentas donde usaste las mismas preguntas o respuestas. Usa respuestas que no sean ciertas y que no se puedan averiguar, y guárdalas en un lugar seguro, como tu administrador de contraseñas.</translation>
    </message>
    <message>
        <source>Freezing is free and does not hurt your credit score. Freeze your file with each bureau, Equifax, Experian and TransUnion, on its website or by phone: it starts within one business day, and the bureau must lift it within one hour when you ask. Or at least place a free one-year fraud alert with one bureau. Parents can also freeze, free, the file of a child under 16.</source>
        <translation>Congelar el crédito es gratis y no perjudica tu puntaje de crédito. Congela tu expediente en cada agencia de informes crediticios, Equifax, Experian y TransUnion, en su sitio web o por teléfono: el congelamiento empieza a funcionar en un día hábil como máximo, y la agencia debe levantarlo en una hora cuando lo pidas. O, al menos, pide a una de las agencias una alerta de fraude gratuita por un año. Los padres también pueden congelar gratis el expediente de un hijo menor de 16 años.</translation>
    </message>
    <message>
        <source>Ask both credit bureaus to put a fraud alert on your file: Equifax Canada 1-800-465-7166 and TransUnion Canada 1-800-663-9980. If you live in Quebec, you can also ask both for a security freeze (since February 2023): they then do not give your file to lenders until you lift it. Check your credit report at least once a year.</source>
        <translation>Pide a las dos agencias de crédito que pongan una alerta de fraude en tu expediente: Equifax Canada 1-800-465-7166 y TransUnion Canada 1-800-663-9980. Si vives en Quebec, también puedes pedir a las dos un congelamiento de seguridad (desde febrero de 2023): así no entregan tu expediente a los prestamistas hasta que lo levantes. Revisa tu informe de crédito al menos una vez al año.</translation>
    </message>
    <message>
        <source>Apply for Protective Registration with the Southern African Fraud Prevention Service (SAFPS), with the form on its website or in its app. SAFPS then tells its members, such as lenders, to take extra care when confirming it is really you. If your ID book or passport is lost or stolen, you can also register it by calling SAFPS on 011 867 2234.</source>
        <translation>Solicita el registro de protección (Protective Registration) en el Southern African Fraud Prevention Service (SAFPS), con el formulario de su sitio web o de su app. Así el SAFPS pide a sus miembros, como los prestamistas, que tengan más cuidado al confirmar que realmente eres tú. Si pierdes o te roban tu libreta de identidad (ID book) o tu pasaporte, también puedes registrarlo llamando al SAFPS al 011 867 2234.</translation>
    </message>
    <message>
        <source>Sign in to your IRS Online Account at irs.gov/ippin and verify your identity; the PIN is then shown. If you cannot verify online, use Form 15227 (income under the IRS limit) or visit an IRS Taxpayer Assistance Center by appointment. A new six-digit PIN comes each year; use it on every federal return. The IRS never asks for it by phone, e-mail or text.</source>
        <translation>Inicia sesión en tu cuenta en línea del IRS (IRS Online Account) en irs.gov/ippin y verifica tu identidad; entonces se muestra el PIN. Si no puedes verificarla en línea, usa el Formulario 15227 (si tus ingresos están por debajo del límite del IRS) o acude con cita previa a un Centro de Asistencia al Contribuyente del IRS (Taxpayer Assistance Center). Cada año recibes un PIN nuevo de seis dígitos; úsalo en todas tus declaraciones federales. El IRS nunca te lo pide por teléfono, correo electrónico ni SMS.</translation>
    </message>
    <message>
        <source>Report misuse of your identity online to the Polizia Postale, the police&apos;s unit for online crime, on its portal commissariatodips.it or at one of its offices. Tell your bank at once and dispute any payment or loan you did not make.</source>
        <translation>Denuncia el uso indebido de tu identidad en internet ante la Polizia Postale, la unidad de la policía para los delitos en línea, en su portal commissariatodips.it o en una de sus oficinas. Avisa enseguida a tu banco e impugna cualquier pago o préstamo que no hiciste.</translation>
    </message>
    <message>
        <source>Report misuse of your identity, online fraud or blackmail to the Ministry of Interior (moiegypt.gov.eg) or at a police station, and keep screenshots as evidence. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia el uso indebido de tu identidad, el fraude en línea o la extorsión ante el Ministerio del Interior (moiegypt.gov.eg) o en una comisaría, y guarda capturas de pantalla como prueba. Avisa a tu banco y a tu operador de las cuentas o líneas que no abriste.</translation>
    </message>
    <message>
        <source>In an emergency, such as a crime happening now, call 112. Otherwise file a complaint (şikâyet), written or spoken, at a police or gendarmerie station or the public prosecutor&apos;s office (Cumhuriyet Başsavcılığı). Report fake bank or state websites to USOM (usom.gov.tr). Check the mobile lines registered to your ID on BTK&apos;s line query (hat-sorgulama.btk.gov.tr), and tell your bank about accounts or loans you did not open.</source>
        <translation>En una emergencia, como un delito que está ocurriendo en ese momento, llama al 112. Si no, presenta una denuncia (şikâyet), por escrito o de palabra, en una comisaría de policía, un puesto de la gendarmería o la fiscalía (Cumhuriyet Başsavcılığı). Denuncia las páginas web falsas de bancos o del Estado ante USOM (usom.gov.tr). Consulta las líneas móviles registradas con tu documento de identidad en la consulta de líneas de la BTK (hat-sorgulama.btk.gov.tr) y avisa a tu banco de las cuentas o préstamos que no abriste.</translation>
    </message>
    <message>
        <source>Report online fraud or blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma), and other misuse of your identity at a police station. Tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia el fraude en línea o la extorsión ante la policía nacional (DGSN) en su plataforma e-Blagh (e-blagh.ma), y cualquier otro uso indebido de tu identidad en una comisaría. Avisa a tu banco y a tu operador de las cuentas o líneas que no abriste.</translation>
    </message>
    <message>
        <source>File a criminal complaint (denuncia) with the Fiscalía or the National Police, in person or on the police&apos;s ADenunciar site if it lists your case; keep the case number. Tell the company where the fraud happened. Ask TransUnion for a fraud alert on your credit report, and dispute any debt that is not yours with TransUnion and DataCrédito; if that fails, complain to the SIC, the data-protection authority.</source>
        <translation>Presenta una denuncia penal ante la Fiscalía o la Policía Nacional, en persona o en el sitio ADenunciar de la policía si incluye tu caso; guarda el número de la denuncia. Avisa a la empresa donde ocurrió el fraude. Pide a TransUnion una alerta de fraude en tu informe de crédito e impugna ante TransUnion y DataCrédito cualquier deuda que no sea tuya; si eso no funciona, presenta una queja ante la Superintendencia de Industria y Comercio (SIC), la autoridad de protección de datos.</translation>
    </message>
    <message>
        <source>If loans or accounts appear in your name, prove to the lender or debt collector it was not you; it then gives you a letter confirming you were impersonated. Report it to the police (SAPS). If the lender is not a member of the Southern African Fraud Prevention Service (SAFPS), send SAFPS the letter: it flags your ID number and issues a Protective Registration (PR) and victim (VIC) number.</source>
        <translation>Si aparecen préstamos o cuentas a tu nombre, demuestra al prestamista o a la empresa de cobro de deudas que no fuiste tú; entonces te dará una carta que confirma que suplantaron tu identidad. Denúncialo a la policía (SAPS). Si el prestamista no es miembro del Southern African Fraud Prevention Service (SAFPS), envía la carta al SAFPS: marcará tu número de identidad y emitirá un número de registro de protección (Protective Registration, PR) y un número de víctima (VIC).</translation>
    </message>
    <message>
        <source>Report misuse of your identity to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. Keep messages and receipts, and tell your bank and operator about accounts or lines you did not open.</source>
        <translation>Denuncia el uso indebido de tu identidad ante la Gendarmería, en su línea gratuita 1055 o en línea en ppgn.mdn.dz (después confirmas la denuncia en una brigada de la Gendarmería), o en una comisaría. Guarda los mensajes y los recibos, y avisa a tu banco y a tu operador de las cuentas o líneas que no abriste.</translation>
    </message>
    <message>
        <source>An IP address can show roughly where you are. A router that is kept up to date and has its own admin password protects your home network whatever address leaked.</source>
        <translation>Una dirección IP puede mostrar aproximadamente dónde estás. Un router actualizado y con su propia contraseña de administrador protege tu red doméstica, sea cual sea la dirección que se filtró.</translation>
    </message>
    <message>
        <source>Turn on your carrier&apos;s free locks. T-Mobile: in the T-Life app, tap Account &gt; the gear icon &gt; Security, then SIM Protection and Port Out Protection; Port Out Protection is set for each line separately, so turn it on for every line. Verizon: Number Lock and SIM Protection in My Verizon. AT&amp;T: Wireless Account Lock in myAT&amp;T. Others: ask for a lock. Never turn one off because a caller asks.</source>
        <translation>Activa los bloqueos gratuitos de tu operador. T-Mobile: en la app T-Life, toca Account &gt; el ícono de engranaje &gt; Security y luego SIM Protection y Port Out Protection; Port Out Protection se configura para cada línea por separado, así que actívalo en todas las líneas. Verizon: Number Lock y SIM Protection en My Verizon. AT&amp;T: Wireless Account Lock en myAT&amp;T. Otros: pide un bloqueo. Nunca desactives ninguno porque te lo pida alguien que te llama.</translation>
    </message>
    <message>
        <source>Operators such as Vodafone ask for your customer password (Kundenkennwort) before handing out a new SIM card in a shop. Choose one that is not your birthday or anything else that could have leaked, and change it if you typed it in after a link in a text message. If your phone suddenly loses service, call your operator and your bank from another phone.</source>
        <translation>Operadores como Vodafone piden tu contraseña de cliente (Kundenkennwort) antes de entregar una SIM nueva en una tienda. Elige una que no sea tu cumpleaños ni nada que se haya podido filtrar, y cámbiala si la escribiste después de abrir un enlace de un SMS. Si tu teléfono se queda de repente sin servicio, llama a tu operador y a tu banco desde otro teléfono.</translation>
    </message>
    <message>
        <source>Look at Call forwarding in your phone&apos;s call settings, or in your account with your operator, and turn off any forwarding you did not set up. If someone calls or texts saying they are from your operator and asks you to dial a code or change a setting, hang up and call your operator on the number on your bill. Menus differ by phone.</source>
        <translation>Revisa Desvío de llamadas en la configuración de llamadas de tu teléfono, o en tu cuenta con tu operador, y desactiva cualquier desvío que no hayas configurado tú. Si alguien te llama o te escribe diciendo que es de tu operador y te pide que marques un código o cambies un ajuste, cuelga y llama a tu operador al número que aparece en tu factura. Los menús varían según el teléfono.</translation>
    </message>
    <message>
        <source>Report unwanted calls, spam texts and misused numbers to the Bundesnetzagentur (the federal network agency) with its online forms at bundesnetzagentur.de/aergermitrufnummern. It deals with the numbers, not with fraud: if someone tried to cheat you or you lost money, report it to the police, online through your state&apos;s Onlinewache (online police station) or at any police station. Do not call back missed calls from unknown numbers.</source>
        <translation>Denuncia las llamadas no deseadas, los SMS de spam y los números usados de forma indebida ante la Bundesnetzagentur (la Agencia Federal de Redes) con sus formularios en línea en bundesnetzagentur.de/aergermitrufnummern. Se ocupa de los números, no del fraude: si alguien intentó estafarte o perdiste dinero, denúncialo a la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado o en cualquier comisaría. No devuelvas las llamadas perdidas de números desconocidos.</translation>
    </message>
    <message>
        <source>Forward scam text messages to 330330 (free, for all operators), the regulator&apos;s reporting number. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Reenvía los SMS de estafa al 330330 (gratis, para todos los operadores), el número de denuncias del regulador. Si perdiste dinero, llama de inmediato a tu banco y denúncialo a la policía.</translation>
    </message>
    <message>
        <source>Register your number on Não Me Perturbe (naomeperturbe.com.br) to stop sales calls from telecom companies and banks; complain to Anatel on 1331 if they continue. Some company calls now show the caller&apos;s name, logo and reason, with a check that the number is real (Origem Verificada); still, never give codes or passwords on a call. If you lost money, tell your bank and file a police report (boletim de ocorrência).</source>
        <translation>Registra tu número en Não Me Perturbe (naomeperturbe.com.br) para dejar de recibir llamadas comerciales de compañías de telecomunicaciones y bancos; si continúan, reclama a Anatel al 1331. Algunas llamadas de empresas ya muestran el nombre, el logotipo y el motivo de quien llama, con una comprobación de que el número es real (Origem Verificada); aun así, nunca des códigos ni contraseñas por teléfono. Si perdiste dinero, avisa a tu banco y presenta una denuncia policial (boletim de ocorrência).</translation>
    </message>
    <message>
        <source>Report online scams, fraud and blackmail to the national police (DGSN) on its e-Blagh platform (e-blagh.ma). For problems with your line, complain to your operator. If you lost money, call your bank at once and report it to the police.</source>
        <translation>Denuncia las estafas en línea, el fraude y la extorsión ante la policía nacional (DGSN) en su plataforma e-Blagh (e-blagh.ma). Si tienes problemas con tu línea, reclama a tu operador. Si perdiste dinero, llama de inmediato a tu banco y denúncialo a la policía.</translation>
    </message>
    <message>
        <source>Report online fraud and scams to the Fiscalía or the National Police, at a police station or online on the ADenunciar service if it lists your case; keep the case number. If you lost money, call your bank at once. Never give codes, card numbers or passwords to a caller.</source>
        <translation>Denuncia el fraude y las estafas en línea ante la Fiscalía o la Policía Nacional, en una estación de policía o en línea en el servicio ADenunciar si incluye tu caso; guarda el número de la denuncia. Si perdiste dinero, llama de inmediato a tu banco. Nunca des códigos, números de tarjeta ni contraseñas a nadie que te llame.</translation>
    </message>
    <message>
        <source>Report scams to the Gendarmerie, on its free line 1055 or online at ppgn.mdn.dz (you then confirm the complaint at a brigade), or at a police station. If money was taken, tell your bank or Algérie Poste at once. Keep messages and receipts.</source>
        <translation>Denuncia las estafas ante la Gendarmería, en su línea gratuita 1055 o en línea en ppgn.mdn.dz (después confirmas la denuncia en una brigada de la Gendarmería), o en una comisaría. Si te quitaron dinero, avisa de inmediato a tu banco o a Algérie Poste. Guarda los mensajes y los recibos.</translation>
    </message>
    <message>
        <source>If you lost money or gave away bank details, call the National Scam Response Centre on 997 at once, then make a police report. Hang up on callers claiming to be MCMC, police or bank officers.</source>
        <translation>Si perdiste dinero o diste tus datos bancarios, llama de inmediato al National Scam Response Centre (centro nacional de respuesta a estafas) al 997 y después presenta una denuncia policial. Cuelga a quien te llame diciendo ser de la MCMC, de la policía o de un banco.</translation>
    </message>
    <message>
        <source>Check your credit reports for accounts you did not open</source>
        <translation>Revisa tus informes de crédito por si hay cuentas que no abriste</translation>
    </message>
    <message>
        <source>Loans, cards or contracts that someone opens in your name show up on your credit report. Checking it is how you spot them early.</source>
        <translation>Los préstamos, tarjetas o contratos que alguien abre a tu nombre aparecen en tu informe de crédito. Revisarlo es la forma de detectarlos a tiempo.</translation>
    </message>
    <message>
        <source>Get your credit reports free at AnnualCreditReport.com: Equifax, Experian and TransUnion each let you see yours once a week. Other sites may charge you or be fakes. Look for accounts, loans or addresses you do not recognise; if you find any, report it at IdentityTheft.gov.</source>
        <translation>Consigue gratis tus informes de crédito en AnnualCreditReport.com: Equifax, Experian y TransUnion te dejan ver el tuyo una vez por semana cada una. Otros sitios pueden cobrarte o ser falsos. Busca cuentas, préstamos o direcciones que no reconozcas; si encuentras alguno, denúncialo en IdentityTheft.gov (en español: RobodeIdentidad.gov).</translation>
    </message>
    <message>
        <source>You can get your credit report free from both credit bureaus: from TransUnion Canada online, by mail or in person, and from Equifax Canada by mail with its request form and copies of your ID. Check both for accounts or credit checks you do not recognise, at least once a year.</source>
        <translation>Puedes obtener gratis tu informe de crédito de las dos agencias de crédito: de TransUnion Canada en línea, por correo postal o en persona, y de Equifax Canada por correo postal con su formulario de solicitud y copias de tu documento de identidad. Revisa los dos por si hay cuentas o consultas de crédito que no reconozcas, al menos una vez al año.</translation>
    </message>
    <message>
        <source>You can get your credit report free at least once every three months. Ask each credit reporting agency, as they can hold different information, and check for credit applications or accounts you did not make.</source>
        <translation>Puedes obtener gratis tu informe de crédito al menos una vez cada tres meses. Pídeselo a cada agencia de informes crediticios, porque pueden tener información distinta, y busca solicitudes de crédito o cuentas que no hiciste.</translation>
    </message>
    <message>
        <source>Every credit information company (credit bureau) that holds your credit history must give you one free full credit report, with your score, each calendar year (a Reserve Bank of India rule). Ask each bureau on its website and check for loans or cards you did not take. If you find any, call 1930 or report at cybercrime.gov.in.</source>
        <translation>Cada compañía de información crediticia (agencia de crédito) que tiene tu historial de crédito debe darte gratis un informe de crédito completo, con tu puntuación, una vez al año, de enero a diciembre (una norma del Banco de la Reserva de la India). Pídeselo a cada agencia en su sitio web y busca préstamos o tarjetas que no pediste. Si encuentras alguno, llama al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>The law lets you get your credit report free once a year from every credit bureau. Ask each major bureau, such as TransUnion, and look for loans or accounts you did not open. You can dispute wrong entries with the bureau free of charge; it has 20 business days to check them.</source>
        <translation>La ley te permite obtener gratis tu informe de crédito una vez al año de cada agencia de crédito. Pídeselo a cada una de las principales agencias, como TransUnion, y busca préstamos o cuentas que no abriste. Puedes impugnar gratis los datos incorrectos ante la agencia; tiene 20 días hábiles para revisarlos.</translation>
    </message>
    <message>
        <source>Check your CCRIS report, Bank Negara Malaysia&apos;s record of your loans and credit applications, on its eCCRIS service (eccris.bnm.gov.my). Look for loans or applications you did not make, and send a data verification request through eCCRIS to have wrong entries checked.</source>
        <translation>Consulta tu informe CCRIS, el registro de tus préstamos y solicitudes de crédito que lleva el Bank Negara Malaysia (el banco central), en su servicio eCCRIS (eccris.bnm.gov.my). Busca préstamos o solicitudes que no hiciste y envía una solicitud de verificación de datos a través de eCCRIS para que revisen los datos incorrectos.</translation>
    </message>
    <message>
        <source>Let your phone or browser check your saved passwords against leaks</source>
        <translation>Deja que tu teléfono o tu navegador compare tus contraseñas guardadas con las filtraciones</translation>
    </message>
    <message>
        <source>The password manager you already have can show which of your saved passwords have appeared in a leak, so you know which ones to change.</source>
        <translation>El administrador de contraseñas que ya tienes puede mostrarte cuáles de tus contraseñas guardadas aparecieron en una filtración, para que sepas cuáles cambiar.</translation>
    </message>
    <message>
        <source>Open passwords.google.com (Google Password Manager) in your browser and choose Go to Password Checkup &gt; Check passwords. Change every password marked as compromised, starting with your e-mail and bank, then the reused ones. Menu names may differ by version.</source>
        <translation>Abre passwords.google.com (Administrador de contraseñas de Google) en tu navegador y elige Ir a Revisión de contraseñas &gt; Verificar contraseñas (o Comprobar contraseñas). Cambia todas las contraseñas marcadas como vulneradas, empezando por las de tu correo electrónico y tu banco, y luego las reutilizadas. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>On iOS 18 or later, open the Passwords app and tap Security; on older versions, open Settings &gt; Passwords &gt; Security Recommendations. Check that Detect Compromised Passwords is on, then change every password marked as compromised, starting with your e-mail and bank. Menu names may differ by version.</source>
        <translation>En iOS 18 o posterior, abre la app Contraseñas y toca Seguridad; en versiones anteriores, abre Ajustes (o Configuración) &gt; Contraseñas &gt; Recomendaciones de seguridad. Comprueba que Detectar contraseñas vulneradas esté activado y luego cambia todas las contraseñas marcadas como vulneradas, empezando por las de tu correo electrónico y tu banco. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Chrome: More (three dots) &gt; Passwords and autofill &gt; Google Password Manager &gt; Checkup. Edge: Settings and more (...) &gt; Settings &gt; Profiles &gt; Passwords, and turn on Show alerts when passwords are found in an online leak. Firefox: Settings &gt; Privacy &amp; Security &gt; Passwords, and keep Show alerts about passwords for breached websites ticked. Mac: Passwords app &gt; Security. Menu names may differ by version.</source>
        <translation>Chrome: Más (los tres puntos) &gt; Contraseñas y autocompletar &gt; Administrador de contraseñas de Google &gt; Revisión. Edge: Configuración y más (...) &gt; Configuración &gt; Perfiles &gt; Contraseñas, y activa Mostrar alertas cuando se encuentren contraseñas en una filtración en línea. Firefox: Ajustes (o Configuración) &gt; Privacidad y seguridad &gt; Contraseñas, y deja marcada la opción Mostrar alertas sobre contraseñas para sitios web comprometidos. Mac: app Contraseñas &gt; Seguridad. Los nombres de los menús pueden variar según la versión.</translation>
    </message>
    <message>
        <source>Do not look for, download or open the leaked files</source>
        <translation>No busques, descargues ni abras los archivos filtrados</translation>
    </message>
    <message>
        <source>It can be tempting to find the leaked data to see what it holds about you. Copies passed around online have been found to hide malware that infects the device that opens them.</source>
        <translation>Puede ser tentador buscar los datos filtrados para ver qué dicen de ti. Se ha comprobado que las copias que circulan por internet esconden malware que infecta el dispositivo que las abre.</translation>
    </message>
    <message>
        <source>Do not search for, download or open files that claim to hold this leak, even to check your own details. To learn what leaked, rely on the company&apos;s own notice or a breach-alert service such as Have I Been Pwned. If you already opened such a file, scan the device with up-to-date security software and change passwords from another device.</source>
        <translation>No busques, descargues ni abras archivos que dicen contener esta filtración, ni siquiera para comprobar tus propios datos. Para saber qué se filtró, confía en el aviso de la propia empresa o en un servicio de alertas de filtraciones como Have I Been Pwned. Si ya abriste un archivo así, analiza el dispositivo con un software de seguridad actualizado y cambia tus contraseñas desde otro dispositivo.</translation>
    </message>
    <message>
        <source>Never pass on a code that someone says they sent you by mistake</source>
        <translation>Nunca compartas un código que alguien dice haberte enviado por error</translation>
    </message>
    <message>
        <source>With your number, a scammer can start signing in to your WhatsApp or Telegram on their own phone; the app then texts the code to you. They ask you for it, often writing from a friend&apos;s hijacked account. Whoever has the code can take over your account.</source>
        <translation>Con tu número, un estafador puede empezar a iniciar sesión en tu WhatsApp o tu Telegram desde su propio teléfono; entonces la app te envía el código a ti por SMS. Luego te lo pide, a menudo escribiéndote desde la cuenta robada de un amigo. Quien tenga el código puede quedarse con tu cuenta.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp, Telegram or any other service texts you, not even to a friend who says it was sent to you by mistake. If you already did, sign in again with your number at once; in WhatsApp this logs the other person out. Then turn on two-step verification and warn your contacts not to answer messages from your account.</source>
        <translation>Nunca compartas un código que WhatsApp, Telegram o cualquier otro servicio te envíe por SMS, ni siquiera con un amigo que diga que te lo enviaron por error. Si ya lo hiciste, vuelve a iniciar sesión con tu número de inmediato; en WhatsApp, esto cierra la sesión de la otra persona. Luego activa la verificación en dos pasos y avisa a tus contactos que no respondan a los mensajes que reciban desde tu cuenta.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reenvía los SMS de estafa al 7726 (SPAM) y denuncia la estafa en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reenvía los SMS de estafa al 7726 (gratis). Si perdiste dinero, denúncialo en reportfraud.police.uk o, en Escocia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denúncialo en Scamwatch (scamwatch.gov.au). Si perdiste dinero, ponte en contacto de inmediato con tu banco; IDCARE (1800 595 160) te ayuda si alguien usa tu identidad de forma indebida.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia las estafas ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá) al 1-888-495-8501 o en línea; si perdiste dinero, avisa también a tu banco y a la policía de tu localidad.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reenvía los SMS de estafa al 33700 (gratis). Si perdiste dinero, presenta una denuncia ante la policía o la gendarmería; cybermalveillance.gouv.fr puede ayudarte.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia el fraude a la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado si la hay, o en cualquier comisaría.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denúncialo ante la Polizia Postale en commissariatodips.it y, si perdiste dinero, avisa enseguida a tu banco.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Para recibir orientación, llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad). Si perdiste dinero, denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reclama a tu operador y, si no lo resuelve, al regulador, la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA), al 155. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reenvía los SMS de estafa al 330330 (gratis, para todos los operadores).</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia las páginas web de estafa ante USOM (usom.gov.tr), y el fraude en una comisaría de policía o un puesto de la gendarmería, o al 112 si está ocurriendo en ese momento.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia el mensaje con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Reclama a tu operador y guarda el número de reclamo; si no se resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia el fraude en línea ante la policía nacional (DGSN) en e-Blagh (e-blagh.ma); si perdiste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Si te sacaron dinero, llama de inmediato a tu banco y presenta una denuncia ante la Fiscalía o la Policía Nacional.</translation>
    </message>
    <message>
        <source>Never pass on a code that WhatsApp or Telegram texts you, even to a friend who says it came by mistake. If you did, sign in again with your number at once, end sessions you do not know and turn on two-step verification. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>Nunca compartas un código que WhatsApp o Telegram te envíe por SMS, ni siquiera con un amigo que diga que te llegó por error. Si lo hiciste, vuelve a iniciar sesión con tu número de inmediato, cierra las sesiones que no reconozcas y activa la verificación en dos pasos. Denuncia las estafas por SMS ante WASPA, la asociación del sector de la mensajería móvil (waspa.org.za); si perdiste dinero, llama de inmediato a la línea de fraudes de tu banco.</translation>
    </message>
    <message>
        <source>Check a &quot;new number&quot; message from family before you reply</source>
        <translation>Comprueba un mensaje de «número nuevo» de un familiar antes de responder</translation>
    </message>
    <message>
        <source>Scammers write to parents and friends pretending to be a child or relative: &quot;Hi Mum, I broke my phone, this is my new number.&quot; After a few messages they ask for money for an urgent bill or a new phone.</source>
        <translation>Los estafadores escriben a padres y amigos haciéndose pasar por un hijo o un familiar: «Hola, mamá, se me rompió el teléfono, este es mi número nuevo». Después de unos mensajes, piden dinero para una factura urgente o un teléfono nuevo.</translation>
    </message>
    <message>
        <source>Do not reply to the new number or send money. Call the person on the number you already have, or ask another relative, or ask a question only they could answer. Do not change their saved number because of a message. Report and block the sender in the messaging app.</source>
        <translation>No respondas al número nuevo ni envíes dinero. Llama a la persona al número que ya tienes, pregunta a otro familiar o hazle una pregunta que solo ella podría responder. No cambies el número que tienes guardado por un mensaje. Denuncia y bloquea al remitente en la app de mensajería.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Some scammers add a fake lawyer or police officer to the story. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Algunos estafadores añaden a la historia un falso abogado o un falso policía. Reenvía los SMS de estafa al 7726 (SPAM) y denuncia la estafa en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Reenvía los SMS de estafa al 7726 (gratis). Si perdiste dinero, denúncialo en reportfraud.police.uk o, en Escocia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Never change their saved number because of a message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Nunca cambies el número que tienes guardado por un mensaje. Denúncialo en Scamwatch (scamwatch.gov.au). Si perdiste dinero, ponte en contacto de inmediato con tu banco; IDCARE (1800 595 160) te ayuda si alguien usa tu identidad de forma indebida.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia las estafas ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá) al 1-888-495-8501 o en línea; si perdiste dinero, avisa también a tu banco y a la policía de tu localidad.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Reenvía los SMS de estafa al 33700 (gratis). Si perdiste dinero, presenta una denuncia ante la policía o la gendarmería; cybermalveillance.gouv.fr puede ayudarte.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia el fraude a la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado si la hay, o en cualquier comisaría.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denúncialo ante la Polizia Postale en commissariatodips.it y, si perdiste dinero, avisa enseguida a tu banco.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Para recibir orientación, llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad). Si perdiste dinero, denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Reclama a tu operador y, si no lo resuelve, al regulador, la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA), al 155. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Reenvía los SMS de estafa al 330330 (gratis, para todos los operadores).</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia las páginas web de estafa ante USOM (usom.gov.tr), y el fraude en una comisaría de policía o un puesto de la gendarmería, o al 112 si está ocurriendo en ese momento.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia el mensaje con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Reclama a tu operador y guarda el número de reclamo; si no se resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia el fraude en línea ante la policía nacional (DGSN) en e-Blagh (e-blagh.ma); si perdiste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Si te sacaron dinero, llama de inmediato a tu banco y presenta una denuncia ante la Fiscalía o la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not reply or send money. Call them on the number you already have, or ask a question only they could answer. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>No respondas ni envíes dinero. Llama a esa persona al número que ya tienes o hazle una pregunta que solo ella podría responder. Denuncia las estafas por SMS ante WASPA, la asociación del sector de la mensajería móvil (waspa.org.za); si perdiste dinero, llama de inmediato a la línea de fraudes de tu banco.</translation>
    </message>
    <message>
        <source>Ignore texts about parcels, tolls or fines that ask you to tap a link</source>
        <translation>Ignora los SMS sobre paquetes, peajes o multas que te piden tocar un enlace</translation>
    </message>
    <message>
        <source>Scammers send texts about a parcel that could not be delivered, an unpaid toll, a fine or a small fee. The link leads to a look-alike page that takes your card or personal details.</source>
        <translation>Los estafadores envían SMS sobre un paquete que no se pudo entregar, un peaje sin pagar, una multa o un pequeño cargo. El enlace lleva a una página que imita a la real y se queda con los datos de tu tarjeta o tus datos personales.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about deliveries, tolls, fines or fees. Check a delivery in the shop&apos;s or carrier&apos;s own app or website, and a toll or fine on the official site you look up yourself. If you entered card details, call your bank at once. Report the text to your operator, then delete it.</source>
        <translation>No toques los enlaces de los SMS sobre entregas, peajes, multas o cargos. Comprueba una entrega en la app o el sitio web de la propia tienda o empresa de mensajería, y un peaje o una multa en el sitio oficial que busques tú. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia el SMS a tu operador y luego bórralo.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Fake texts about unpaid tolls are common. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Los SMS falsos sobre peajes sin pagar son frecuentes. Reenvía los SMS de estafa al 7726 (SPAM) y denuncia la estafa en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam texts to 7726 (free). If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Reenvía los SMS de estafa al 7726 (gratis). Si perdiste dinero, denúncialo en reportfraud.police.uk o, en Escocia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denúncialo en Scamwatch (scamwatch.gov.au). Si perdiste dinero, ponte en contacto de inmediato con tu banco; IDCARE (1800 595 160) te ayuda si alguien usa tu identidad de forma indebida.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia las estafas ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá) al 1-888-495-8501 o en línea; si perdiste dinero, avisa también a tu banco y a la policía de tu localidad.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If your card is then used without you, block it and report it on Perceval. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Si después usan tu tarjeta sin tu permiso, bloquéala y denúncialo en Perceval. Reenvía los SMS de estafa al 33700 (gratis). Si perdiste dinero, presenta una denuncia ante la policía o la gendarmería; cybermalveillance.gouv.fr puede ayudarte.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia el fraude a la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado si la hay, o en cualquier comisaría.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denúncialo ante la Polizia Postale en commissariatodips.it y, si perdiste dinero, avisa enseguida a tu banco.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Para recibir orientación, llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad). Si perdiste dinero, denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Reclama a tu operador y, si no lo resuelve, al regulador, la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA), al 155. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Reenvía los SMS de estafa al 330330 (gratis, para todos los operadores).</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia las páginas web de estafa ante USOM (usom.gov.tr), y el fraude en una comisaría de policía o un puesto de la gendarmería, o al 112 si está ocurriendo en ese momento.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia el mensaje con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Reclama a tu operador y guarda el número de reclamo; si no se resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia el fraude en línea ante la policía nacional (DGSN) en e-Blagh (e-blagh.ma); si perdiste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Si te sacaron dinero, llama de inmediato a tu banco y presenta una denuncia ante la Fiscalía o la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links in texts about parcels, tolls or fines; check on the carrier&apos;s or agency&apos;s own website or app. If you entered card details, call your bank at once. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>No toques los enlaces de los SMS sobre paquetes, peajes o multas; compruébalo en el sitio web o la app de la propia empresa de mensajería o del organismo. Si escribiste los datos de tu tarjeta, llama de inmediato a tu banco. Denuncia las estafas por SMS ante WASPA, la asociación del sector de la mensajería móvil (waspa.org.za); si perdiste dinero, llama de inmediato a la línea de fraudes de tu banco.</translation>
    </message>
    <message>
        <source>Hang up on calls that seem to come from your bank or the police, and call back yourself</source>
        <translation>Cuelga las llamadas que parecen venir de tu banco o de la policía, y llama tú</translation>
    </message>
    <message>
        <source>Scammers can make any number appear on your screen, including your bank&apos;s or the police&apos;s. With details from a leak they sound real, and they push you to move money, read out a code or give card details.</source>
        <translation>Los estafadores pueden hacer que aparezca cualquier número en tu pantalla, incluso el de tu banco o el de la policía. Con los datos de una filtración suenan creíbles, y te presionan para que transfieras dinero, leas en voz alta un código o des los datos de tu tarjeta.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give your PIN or card details to someone who calls you, however real they sound. Hang up, then call the number on your card, your statement or the official website yourself.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des tu PIN o los datos de tu tarjeta a alguien que te llame, por muy creíble que parezca. Cuelga y llama tú al número que aparece en tu tarjeta, en tu extracto o en el sitio web oficial.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scam calls at ReportFraud.ftc.gov, and spoofed calls to the FCC.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia las llamadas de estafa en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov), y las llamadas con un número falsificado a la FCC (Comisión Federal de Comunicaciones).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. To check a call from your bank, call 159; to report a scam call, text CALL and the number to 7726.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Para comprobar una llamada de tu banco, llama al 159; para denunciar una llamada de estafa, envía por SMS la palabra CALL y el número al 7726.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denúncialo en Scamwatch (scamwatch.gov.au). Si perdiste dinero, ponte en contacto de inmediato con tu banco; IDCARE (1800 595 160) te ayuda si alguien usa tu identidad de forma indebida.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia las estafas ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá) al 1-888-495-8501 o en línea; si perdiste dinero, avisa también a tu banco y a la policía de tu localidad.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call to 33700 (33700.fr). If you lost money, file a complaint with the police or gendarmerie.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia la llamada al 33700 (33700.fr). Si perdiste dinero, presenta una denuncia ante la policía o la gendarmería.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report unwanted calls to the Bundesnetzagentur (bundesnetzagentur.de/aergermitrufnummern) and fraud attempts to the police, through your state&apos;s Onlinewache or at any station.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia las llamadas no deseadas ante la Bundesnetzagentur (la Agencia Federal de Redes; bundesnetzagentur.de/aergermitrufnummern) y los intentos de fraude a la policía, a través de la Onlinewache (comisaría en línea) de tu estado federado o en cualquier comisaría.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denúncialo ante la Polizia Postale en commissariatodips.it y, si perdiste dinero, avisa enseguida a tu banco.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Para recibir orientación, llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad). Si perdiste dinero, denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Reclama a tu operador y, si no lo resuelve, al regulador, la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA), al 155. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud at a police or gendarmerie station, or on 112 if it is happening now, and scam websites to USOM (usom.gov.tr).</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia el fraude en una comisaría de policía o un puesto de la gendarmería, o al 112 si está ocurriendo en ese momento, y las páginas web de estafa ante USOM (usom.gov.tr).</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report the call with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia la llamada con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Calls from large companies increasingly show a verified name and seal (Origem Verificada); even then, never give codes or passwords on a call.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Las llamadas de las grandes empresas muestran cada vez más un nombre verificado y un sello (Origem Verificada); aun así, nunca des códigos ni contraseñas por teléfono.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Reclama a tu operador y guarda el número de reclamo; si no se resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. Report fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Denuncia el fraude en línea ante la policía nacional (DGSN) en e-Blagh (e-blagh.ma); si perdiste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Caller ID can be faked. Never move money, read out a code or give card details to a caller. Hang up and call the number on your card or the official website yourself. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>El identificador de llamadas se puede falsificar. Nunca transfieras dinero, leas en voz alta un código ni des los datos de tu tarjeta a quien te llame. Cuelga y llama tú al número que aparece en tu tarjeta o en el sitio web oficial. Si te sacaron dinero, llama de inmediato a tu banco y presenta una denuncia ante la Fiscalía o la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not act on messages saying your account will be blocked or suspended</source>
        <translation>No hagas caso de los mensajes que dicen que tu cuenta será bloqueada o suspendida</translation>
    </message>
    <message>
        <source>Fake messages say your bank account, phone line or WhatsApp will be blocked unless you &quot;verify&quot; your details through a link or a call. The rush is meant to stop you checking.</source>
        <translation>Los mensajes falsos dicen que tu cuenta bancaria, tu línea telefónica o tu WhatsApp se bloqueará si no «verificas» tus datos mediante un enlace o una llamada. Las prisas buscan que no lo compruebes.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message. Open the bank&apos;s or company&apos;s own app, or type its web address yourself, and check there. Real companies do not ask for your password, PIN or codes by message. Report the message to your operator, or in WhatsApp with Report, then delete it.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje. Abre la app del banco o de la empresa, o escribe tú su dirección web, y compruébalo ahí. Las empresas reales no te piden tu contraseña, tu PIN ni códigos por mensaje. Denuncia el mensaje a tu operador, o en WhatsApp con Reportar, y luego bórralo.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (SPAM) and report the scam at ReportFraud.ftc.gov.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reenvía los SMS de estafa al 7726 (SPAM) y denuncia la estafa en ReportFraud.ftc.gov (en español: ReporteFraude.ftc.gov).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 7726 (free) and scam e-mails to report@phishing.gov.uk. If you lost money, report it at reportfraud.police.uk, or in Scotland to Police Scotland on 101.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reenvía los SMS de estafa al 7726 (gratis) y los correos de estafa a report@phishing.gov.uk. Si perdiste dinero, denúncialo en reportfraud.police.uk o, en Escocia, a Police Scotland al 101.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to Scamwatch (scamwatch.gov.au). If you lost money, contact your bank at once; IDCARE (1800 595 160) helps if your identity is misused.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denúncialo en Scamwatch (scamwatch.gov.au). Si perdiste dinero, ponte en contacto de inmediato con tu banco; IDCARE (1800 595 160) te ayuda si alguien usa tu identidad de forma indebida.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scams to the Canadian Anti-Fraud Centre on 1-888-495-8501 or online; if you lost money, also tell your bank and local police.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia las estafas ante el Canadian Anti-Fraud Centre (centro antifraude de Canadá) al 1-888-495-8501 o en línea; si perdiste dinero, avisa también a tu banco y a la policía de tu localidad.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam texts to 33700 (free). If you lost money, file a complaint with the police or gendarmerie; cybermalveillance.gouv.fr can help.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reenvía los SMS de estafa al 33700 (gratis). Si perdiste dinero, presenta una denuncia ante la policía o la gendarmería; cybermalveillance.gouv.fr puede ayudarte.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report fraud to the police, online through your state&apos;s Onlinewache where there is one, or at any police station.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia el fraude a la policía, en línea a través de la Onlinewache (comisaría en línea) de tu estado federado si la hay, o en cualquier comisaría.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report it to the Polizia Postale at commissariatodips.it, and tell your bank at once if you lost money.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denúncialo ante la Polizia Postale en commissariatodips.it y, si perdiste dinero, avisa enseguida a tu banco.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. For advice, call INCIBE&apos;s free cybersecurity helpline, 017. If you lost money, report it to the Policía Nacional or the Guardia Civil.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Para recibir orientación, llama al 017, la línea gratuita de ayuda en ciberseguridad del INCIBE (Instituto Nacional de Ciberseguridad). Si perdiste dinero, denúncialo ante la Policía Nacional o la Guardia Civil.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator, then to the regulator NTRA on 155 if it is not solved. If you lost money, tell your bank and the police.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reclama a tu operador y, si no lo resuelve, al regulador, la Autoridad Nacional Reguladora de Telecomunicaciones (NTRA), al 155. Si perdiste dinero, avisa a tu banco y a la policía.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Forward scam text messages to 330330 (free, for all operators).</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reenvía los SMS de estafa al 330330 (gratis, para todos los operadores).</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report scam websites to USOM (usom.gov.tr), and fraud at a police or gendarmerie station, or on 112 if it is happening now.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia las páginas web de estafa ante USOM (usom.gov.tr), y el fraude en una comisaría de policía o un puesto de la gendarmería, o al 112 si está ocurriendo en ese momento.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report the message with Chakshu on sancharsaathi.gov.in. If you lost money, call 1930 at once or report at cybercrime.gov.in.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia el mensaje con Chakshu en sancharsaathi.gov.in. Si perdiste dinero, llama de inmediato al 1930 o denúncialo en cybercrime.gov.in.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Complain to your operator and keep the ticket number; if it is not solved, contact the Nigerian Communications Commission on 622.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Reclama a tu operador y guarda el número de reclamo; si no se resuelve, ponte en contacto con la Comisión Nigeriana de Comunicaciones (NCC) al 622.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report online fraud to the national police (DGSN) on e-Blagh (e-blagh.ma); if you lost money, call your bank at once.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia el fraude en línea ante la policía nacional (DGSN) en e-Blagh (e-blagh.ma); si perdiste dinero, llama de inmediato a tu banco.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. If money was taken, call your bank at once and file a criminal complaint (denuncia) with the Fiscalía or the National Police.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Si te sacaron dinero, llama de inmediato a tu banco y presenta una denuncia ante la Fiscalía o la Policía Nacional.</translation>
    </message>
    <message>
        <source>Do not tap links or call numbers in the message; check in the company&apos;s own app or website. Real companies do not ask for passwords, PINs or codes by message. Report SMS scams to WASPA, the mobile messaging industry body (waspa.org.za); if you lost money, call your bank&apos;s fraud line at once.</source>
        <translation>No toques los enlaces ni llames a los números del mensaje; compruébalo en la app o el sitio web de la propia empresa. Las empresas reales no piden contraseñas, PIN ni códigos por mensaje. Denuncia las estafas por SMS ante WASPA, la asociación del sector de la mensajería móvil (waspa.org.za); si perdiste dinero, llama de inmediato a la línea de fraudes de tu banco.</translation>
    </message>
    <message>
        <source>Do not reply to texts from senders you do not know, not even with STOP: a reply tells the sender that the number is in use. Report SMS scams and spam to WASPA, the mobile messaging industry body (waspa.org.za). If you lost money or gave away bank details, call your bank&apos;s fraud line at once and open a case with the police (SAPS).</source>
        <translation>No respondas a los SMS de remitentes que no conoces, ni siquiera con STOP: cualquier respuesta le indica al remitente que el número está en uso. Denuncia las estafas y el spam por SMS ante WASPA, la asociación del sector de la mensajería móvil (waspa.org.za). Si perdiste dinero o diste tus datos bancarios, llama de inmediato a la línea de fraudes de tu banco y presenta una denuncia ante la policía (SAPS).</translation>
    </message>
    <message>
        <source>Tell your IT department that your work address leaked</source>
        <translation>Avisa al departamento de informática de que tu dirección del trabajo se filtró</translation>
    </message>
    <message>
        <source>A work or school account is run by your organisation, not by you: its IT department can check sign-ins, reset the password and turn on two-step verification, and it needs to know the address was in a leak.</source>
        <translation>Una cuenta del trabajo o de la escuela la administra tu organización, no tú: su departamento de informática puede revisar los inicios de sesión, restablecer la contraseña y activar la verificación en dos pasos, y necesita saber que la dirección estaba en una filtración.</translation>
    </message>
    <message>
        <source>Contact your IT department or help desk the usual way, not by answering a message about the leak. Say which address, which leak and what leaked. Ask whether you should change the password or turn on two-step verification, and do what they say. If you used that password elsewhere, change it there too. If the address is at your own domain, secure it at your mail provider instead.</source>
        <translation>Comunícate con el departamento de informática o el servicio de asistencia por la vía habitual, no respondiendo a un mensaje sobre la filtración. Di qué dirección, qué filtración y qué datos se filtraron. Pregunta si debes cambiar la contraseña o activar la verificación en dos pasos, y haz lo que te digan. Si usaste esa contraseña en otro sitio, cámbiala también allí. Si la dirección está en tu propio dominio, protégela en tu proveedor de correo.</translation>
    </message>
    <message>
        <source>Change the leaked password everywhere you use it</source>
        <translation>Cambia la contraseña filtrada en todos los sitios donde la uses</translation>
    </message>
    <message>
        <source>Criminals try the passwords in leak lists first, automatically, on e-mail, banking and shopping sites. Every account that uses this one is at risk until it has a password of its own.</source>
        <translation>Los delincuentes prueban primero, de forma automática, las contraseñas de las listas de filtraciones en sitios de correo, bancos y compras. Cada cuenta que usa esta contraseña está en riesgo hasta que tenga su propia contraseña.</translation>
    </message>
    <message>
        <source>Change it first in your e-mail account, because it can reset your other passwords, then at your bank, then in the accounts you use to sign in elsewhere (Google, Apple, Facebook), then everywhere else it or one like it is used. Give each account its own long password: a password manager can make and remember them.</source>
        <translation>Cámbiala primero en tu cuenta de correo electrónico, porque desde el correo se pueden restablecer tus otras contraseñas; luego en tu banco, luego en las cuentas con las que inicias sesión en otros sitios (Google, Apple, Facebook) y después en todos los demás sitios donde se use esa contraseña o una parecida. Pon a cada cuenta su propia contraseña larga: un administrador de contraseñas puede crearlas y recordarlas.</translation>
    </message>
</context>
<context>
    <name>dataclass</name>
    <message>
        <source>Academic records</source>
        <translation>Expedientes académicos</translation>
    </message>
    <message>
        <source>Account balances</source>
        <translation>Saldos de cuentas</translation>
    </message>
    <message>
        <source>Address book contacts</source>
        <translation>Contactos de la libreta de direcciones</translation>
    </message>
    <message>
        <source>Age groups</source>
        <translation>Grupos de edad</translation>
    </message>
    <message>
        <source>Ages</source>
        <translation>Edades</translation>
    </message>
    <message>
        <source>AI prompts</source>
        <translation>Instrucciones (prompts) para IA</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Apps installed on devices</source>
        <translation>Apps instaladas en los dispositivos</translation>
    </message>
    <message>
        <source>Astrological signs</source>
        <translation>Signos del zodiaco</translation>
    </message>
    <message>
        <source>Audio recordings</source>
        <translation>Grabaciones de audio</translation>
    </message>
    <message>
        <source>Auth tokens</source>
        <translation>Tokens de autenticación</translation>
    </message>
    <message>
        <source>Avatars</source>
        <translation>Avatares</translation>
    </message>
    <message>
        <source>Bank account numbers</source>
        <translation>Números de cuentas bancarias</translation>
    </message>
    <message>
        <source>Beauty ratings</source>
        <translation>Valoraciones de belleza</translation>
    </message>
    <message>
        <source>Biometric data</source>
        <translation>Datos biométricos</translation>
    </message>
    <message>
        <source>Bios</source>
        <translation>Biografías</translation>
    </message>
    <message>
        <source>Browser user agent details</source>
        <translation>Datos del agente de usuario del navegador</translation>
    </message>
    <message>
        <source>Browsing histories</source>
        <translation>Historiales de navegación</translation>
    </message>
    <message>
        <source>Buying preferences</source>
        <translation>Preferencias de compra</translation>
    </message>
    <message>
        <source>Car ownership statuses</source>
        <translation>Posesión de vehículo</translation>
    </message>
    <message>
        <source>Career levels</source>
        <translation>Niveles profesionales</translation>
    </message>
    <message>
        <source>Cellular network names</source>
        <translation>Nombres de redes de telefonía móvil</translation>
    </message>
    <message>
        <source>Charitable donations</source>
        <translation>Donaciones benéficas</translation>
    </message>
    <message>
        <source>Chat logs</source>
        <translation>Registros de chats</translation>
    </message>
    <message>
        <source>Citizenship statuses</source>
        <translation>Situación de ciudadanía</translation>
    </message>
    <message>
        <source>Clothing sizes</source>
        <translation>Tallas de ropa</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
    <message>
        <source>Company names</source>
        <translation>Nombres de empresas</translation>
    </message>
    <message>
        <source>Credit card CVV</source>
        <translation>Códigos de seguridad (CVV) de tarjetas de crédito</translation>
    </message>
    <message>
        <source>Credit cards</source>
        <translation>Tarjetas de crédito</translation>
    </message>
    <message>
        <source>Credit scores</source>
        <translation>Puntajes de crédito</translation>
    </message>
    <message>
        <source>Credit status information</source>
        <translation>Información sobre la situación crediticia</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet addresses</source>
        <translation>Direcciones de billeteras de criptomonedas</translation>
    </message>
    <message>
        <source>Cryptocurrency wallet hashes</source>
        <translation>Hashes de billeteras de criptomonedas</translation>
    </message>
    <message>
        <source>Customer feedback</source>
        <translation>Opiniones de clientes</translation>
    </message>
    <message>
        <source>Customer interactions</source>
        <translation>Interacciones con clientes</translation>
    </message>
    <message>
        <source>Customer service comments</source>
        <translation>Comentarios del servicio de atención al cliente</translation>
    </message>
    <message>
        <source>Customer service records</source>
        <translation>Registros del servicio de atención al cliente</translation>
    </message>
    <message>
        <source>Dates of birth</source>
        <translation>Fechas de nacimiento</translation>
    </message>
    <message>
        <source>Deceased date</source>
        <translation>Fecha de fallecimiento</translation>
    </message>
    <message>
        <source>Deceased statuses</source>
        <translation>Indicación de fallecimiento</translation>
    </message>
    <message>
        <source>Delivery instructions</source>
        <translation>Instrucciones de entrega</translation>
    </message>
    <message>
        <source>Device information</source>
        <translation>Información del dispositivo</translation>
    </message>
    <message>
        <source>Device serial numbers</source>
        <translation>Números de serie de dispositivos</translation>
    </message>
    <message>
        <source>Device usage tracking data</source>
        <translation>Datos de seguimiento del uso de dispositivos</translation>
    </message>
    <message>
        <source>Disabilities</source>
        <translation>Discapacidades</translation>
    </message>
    <message>
        <source>Display names</source>
        <translation>Nombres visibles</translation>
    </message>
    <message>
        <source>Drinking habits</source>
        <translation>Hábitos de consumo de alcohol</translation>
    </message>
    <message>
        <source>Driver’s licenses</source>
        <translation>Licencias de conducir</translation>
    </message>
    <message>
        <source>Drug habits</source>
        <translation>Hábitos de consumo de drogas</translation>
    </message>
    <message>
        <source>Earnings</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Eating habits</source>
        <translation>Hábitos alimentarios</translation>
    </message>
    <message>
        <source>Education levels</source>
        <translation>Niveles de estudios</translation>
    </message>
    <message>
        <source>Email addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Email messages</source>
        <translation>Mensajes de correo electrónico</translation>
    </message>
    <message>
        <source>Employers</source>
        <translation>Empleadores</translation>
    </message>
    <message>
        <source>Employment statuses</source>
        <translation>Situación laboral</translation>
    </message>
    <message>
        <source>Encrypted keys</source>
        <translation>Claves cifradas</translation>
    </message>
    <message>
        <source>Ethnicities</source>
        <translation>Etnias</translation>
    </message>
    <message>
        <source>Family members’ names</source>
        <translation>Nombres de familiares</translation>
    </message>
    <message>
        <source>Family plans</source>
        <translation>Planes familiares</translation>
    </message>
    <message>
        <source>Family structure</source>
        <translation>Estructura familiar</translation>
    </message>
    <message>
        <source>Financial investments</source>
        <translation>Inversiones financieras</translation>
    </message>
    <message>
        <source>Financial transactions</source>
        <translation>Transacciones financieras</translation>
    </message>
    <message>
        <source>Fitness levels</source>
        <translation>Niveles de forma física</translation>
    </message>
    <message>
        <source>Flights taken</source>
        <translation>Vuelos realizados</translation>
    </message>
    <message>
        <source>Forum posts</source>
        <translation>Publicaciones en foros</translation>
    </message>
    <message>
        <source>Genders</source>
        <translation>Géneros</translation>
    </message>
    <message>
        <source>Geographic locations</source>
        <translation>Ubicaciones geográficas</translation>
    </message>
    <message>
        <source>Government issued IDs</source>
        <translation>Documentos de identidad oficiales</translation>
    </message>
    <message>
        <source>Health insurance information</source>
        <translation>Información del seguro médico</translation>
    </message>
    <message>
        <source>Historical passwords</source>
        <translation>Contraseñas anteriores</translation>
    </message>
    <message>
        <source>HIV statuses</source>
        <translation>Estado serológico respecto al VIH</translation>
    </message>
    <message>
        <source>Home loan information</source>
        <translation>Información de préstamos hipotecarios</translation>
    </message>
    <message>
        <source>Home ownership statuses</source>
        <translation>Propiedad de vivienda</translation>
    </message>
    <message>
        <source>Homepage URLs</source>
        <translation>URL de páginas de inicio</translation>
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
        <translation>Niveles de ingresos</translation>
    </message>
    <message>
        <source>Instant messenger identities</source>
        <translation>Identidades de mensajería instantánea</translation>
    </message>
    <message>
        <source>IP addresses</source>
        <translation>Direcciones IP</translation>
    </message>
    <message>
        <source>IQ levels</source>
        <translation>Niveles de coeficiente intelectual</translation>
    </message>
    <message>
        <source>Job applications</source>
        <translation>Solicitudes de empleo</translation>
    </message>
    <message>
        <source>Job titles</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <source>Language preferences</source>
        <translation>Preferencias de idioma</translation>
    </message>
    <message>
        <source>Latitude and longitude pairs</source>
        <translation>Pares de latitud y longitud</translation>
    </message>
    <message>
        <source>License Plates</source>
        <translation>Placas de matrícula</translation>
    </message>
    <message>
        <source>Living costs</source>
        <translation>Costos de vida</translation>
    </message>
    <message>
        <source>Loan information</source>
        <translation>Información de préstamos</translation>
    </message>
    <message>
        <source>Login histories</source>
        <translation>Historiales de inicio de sesión</translation>
    </message>
    <message>
        <source>Loyalty program details</source>
        <translation>Datos de programas de fidelización</translation>
    </message>
    <message>
        <source>MAC addresses</source>
        <translation>Direcciones MAC</translation>
    </message>
    <message>
        <source>Marital statuses</source>
        <translation>Estados civiles</translation>
    </message>
    <message>
        <source>Military service</source>
        <translation>Servicio militar</translation>
    </message>
    <message>
        <source>Mnemonic phrases</source>
        <translation>Frases mnemotécnicas</translation>
    </message>
    <message>
        <source>Mothers maiden names</source>
        <translation>Apellidos de soltera de la madre</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Nationalities</source>
        <translation>Nacionalidades</translation>
    </message>
    <message>
        <source>Net worths</source>
        <translation>Patrimonio neto</translation>
    </message>
    <message>
        <source>Nicknames</source>
        <translation>Apodos</translation>
    </message>
    <message>
        <source>Occupations</source>
        <translation>Ocupaciones</translation>
    </message>
    <message>
        <source>Parenting plans</source>
        <translation>Planes de crianza</translation>
    </message>
    <message>
        <source>Partial credit card data</source>
        <translation>Datos parciales de tarjetas de crédito</translation>
    </message>
    <message>
        <source>Partial dates of birth</source>
        <translation>Fechas de nacimiento parciales</translation>
    </message>
    <message>
        <source>Partial government issued IDs</source>
        <translation>Documentos de identidad oficiales parciales</translation>
    </message>
    <message>
        <source>Partial phone numbers</source>
        <translation>Números de teléfono parciales</translation>
    </message>
    <message>
        <source>Passport numbers</source>
        <translation>Números de pasaporte</translation>
    </message>
    <message>
        <source>Password hints</source>
        <translation>Pistas de contraseña</translation>
    </message>
    <message>
        <source>Password strengths</source>
        <translation>Niveles de seguridad de contraseñas</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Contraseñas</translation>
    </message>
    <message>
        <source>Payment histories</source>
        <translation>Historiales de pagos</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>Métodos de pago</translation>
    </message>
    <message>
        <source>Personal descriptions</source>
        <translation>Descripciones personales</translation>
    </message>
    <message>
        <source>Personal health data</source>
        <translation>Datos personales de salud</translation>
    </message>
    <message>
        <source>Personal interests</source>
        <translation>Intereses personales</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Physical addresses</source>
        <translation>Direcciones postales</translation>
    </message>
    <message>
        <source>Physical attributes</source>
        <translation>Rasgos físicos</translation>
    </message>
    <message>
        <source>PINs</source>
        <translation>Códigos PIN</translation>
    </message>
    <message>
        <source>Places of birth</source>
        <translation>Lugares de nacimiento</translation>
    </message>
    <message>
        <source>Political donations</source>
        <translation>Donaciones políticas</translation>
    </message>
    <message>
        <source>Political views</source>
        <translation>Opiniones políticas</translation>
    </message>
    <message>
        <source>Private messages</source>
        <translation>Mensajes privados</translation>
    </message>
    <message>
        <source>Professional skills</source>
        <translation>Competencias profesionales</translation>
    </message>
    <message>
        <source>Profile photos</source>
        <translation>Fotos de perfil</translation>
    </message>
    <message>
        <source>Profile statistics</source>
        <translation>Estadísticas del perfil</translation>
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
        <translation>Razas</translation>
    </message>
    <message>
        <source>Recovery email addresses</source>
        <translation>Direcciones de correo electrónico de recuperación</translation>
    </message>
    <message>
        <source>Relationship statuses</source>
        <translation>Situaciones sentimentales</translation>
    </message>
    <message>
        <source>Religions</source>
        <translation>Religiones</translation>
    </message>
    <message>
        <source>Reward program balances</source>
        <translation>Saldos de programas de recompensas</translation>
    </message>
    <message>
        <source>Salutations</source>
        <translation>Tratamientos de cortesía</translation>
    </message>
    <message>
        <source>School grades (class levels)</source>
        <translation>Cursos escolares (niveles)</translation>
    </message>
    <message>
        <source>Security questions and answers</source>
        <translation>Preguntas y respuestas de seguridad</translation>
    </message>
    <message>
        <source>Sexual fetishes</source>
        <translation>Fetiches sexuales</translation>
    </message>
    <message>
        <source>Sexual orientations</source>
        <translation>Orientaciones sexuales</translation>
    </message>
    <message>
        <source>Shipment tracking numbers</source>
        <translation>Números de seguimiento de envíos</translation>
    </message>
    <message>
        <source>Smoking habits</source>
        <translation>Hábitos de tabaquismo</translation>
    </message>
    <message>
        <source>SMS messages</source>
        <translation>Mensajes SMS</translation>
    </message>
    <message>
        <source>Social connections</source>
        <translation>Conexiones sociales</translation>
    </message>
    <message>
        <source>Social media profiles</source>
        <translation>Perfiles en redes sociales</translation>
    </message>
    <message>
        <source>Social security numbers</source>
        <translation>Números de seguro social</translation>
    </message>
    <message>
        <source>Socioeconomic levels</source>
        <translation>Niveles socioeconómicos</translation>
    </message>
    <message>
        <source>Spoken languages</source>
        <translation>Idiomas que habla</translation>
    </message>
    <message>
        <source>Spouses names</source>
        <translation>Nombres de cónyuges</translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation>Solicitudes de soporte</translation>
    </message>
    <message>
        <source>Survey results</source>
        <translation>Resultados de encuestas</translation>
    </message>
    <message>
        <source>Tattoo status</source>
        <translation>Tatuajes</translation>
    </message>
    <message>
        <source>Taxation records</source>
        <translation>Registros fiscales</translation>
    </message>
    <message>
        <source>Telecommunications carriers</source>
        <translation>Operadores de telecomunicaciones</translation>
    </message>
    <message>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <source>Travel habits</source>
        <translation>Hábitos de viaje</translation>
    </message>
    <message>
        <source>Travel plans</source>
        <translation>Planes de viaje</translation>
    </message>
    <message>
        <source>User statuses</source>
        <translation>Estados de usuario</translation>
    </message>
    <message>
        <source>User website URLs</source>
        <translation>URL de sitios web de usuarios</translation>
    </message>
    <message>
        <source>Usernames</source>
        <translation>Nombres de usuario</translation>
    </message>
    <message>
        <source>Utility bills</source>
        <translation>Facturas de servicios públicos</translation>
    </message>
    <message>
        <source>Vehicle details</source>
        <translation>Datos de vehículos</translation>
    </message>
    <message>
        <source>Vehicle identification numbers (VINs)</source>
        <translation>Números de identificación de vehículos (VIN)</translation>
    </message>
    <message>
        <source>Vehicle registration plates</source>
        <translation>Matrículas de vehículos</translation>
    </message>
    <message>
        <source>VIP statuses</source>
        <translation>Categorías VIP</translation>
    </message>
    <message>
        <source>Warranty claims</source>
        <translation>Reclamaciones de garantía</translation>
    </message>
    <message>
        <source>Website activity</source>
        <translation>Actividad en sitios web</translation>
    </message>
    <message>
        <source>Work habits</source>
        <translation>Hábitos de trabajo</translation>
    </message>
    <message>
        <source>Years of birth</source>
        <translation>Años de nacimiento</translation>
    </message>
    <message>
        <source>Years of professional experience</source>
        <translation>Años de experiencia profesional</translation>
    </message>
</context>
<context>
    <name>leakformat</name>
    <message>
        <source>A combo list of login:password lines</source>
        <translation>Una lista combinada (combo list) de líneas login:password</translation>
    </message>
    <message>
        <source>Lines like alice@example.com:hunter2 or alice99:hunter2 with no header. The login may be an e-mail address, a phone number or a username: each is kept as what it is. A password may contain colons and quotes itself: everything after the first colon is the password. Only whether a password is there is kept, never the password.</source>
        <translation>Líneas como alice@example.com:hunter2 o alice99:hunter2, sin encabezado. El dato de acceso puede ser una dirección de correo electrónico, un número de teléfono o un nombre de usuario: cada uno se guarda como lo que es. Una contraseña puede contener ella misma dos puntos y comillas: todo lo que va después de los primeros dos puntos es la contraseña. Solo se guarda si hay una contraseña, nunca la contraseña.</translation>
    </message>
    <message>
        <source>The 2021 Facebook scrape: one file per country, fields separated by colons</source>
        <translation>La extracción masiva de datos de Facebook de 2021: un archivo por país, con los campos separados por dos puntos</translation>
    </message>
    <message>
        <source>Lines like 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: with no header. The date and time column (when the profile was last seen) contains colons itself; it is often empty. Phone numbers carry their country code without a +.</source>
        <translation>Líneas como 201001234567:100001234567890:Amira:Hassan:female:Cairo, Egypt:Alexandria:Married:Acme:10/15/2019 12:00:00 AM:amira@example.com: sin encabezado. La columna de fecha y hora (cuándo se vio el perfil por última vez) contiene ella misma dos puntos; a menudo está vacía. Los números de teléfono llevan su código de país sin +.</translation>
    </message>
    <message>
        <source>A forum&apos;s users table in an SQL dump (phpBB, vBulletin, MyBB, XenForo, WordPress)</source>
        <translation>La tabla de usuarios de un foro en un volcado SQL (phpBB, vBulletin, MyBB, XenForo, WordPress)</translation>
    </message>
    <message>
        <source>A mysqldump or pg_dump of a forum&apos;s database: the users table is read (phpbb_users, vBulletin&apos;s user, mybb_users, xf_user, wp_users, with any table prefix), the rows of every other table are counted and not read. Usernames and e-mail addresses are the identifiers; whether a password hash, a birthday or an IP address is there is kept, never the value. Columns one forum&apos;s table does not have are left out.</source>
        <translation>Un volcado de mysqldump o pg_dump de la base de datos de un foro: se lee la tabla de usuarios (phpbb_users, user de vBulletin, mybb_users, xf_user, wp_users, con cualquier prefijo de tabla); las filas de todas las demás tablas se cuentan y no se leen. Los identificadores son los nombres de usuario y las direcciones de correo electrónico; se guarda si hay un hash de contraseña, una fecha de nacimiento o una dirección IP, nunca el valor. Las columnas que no tiene la tabla de un foro concreto se omiten.</translation>
    </message>
    <message>
        <source>A stealer log in blocks of URL:, Username: and Password: lines</source>
        <translation>Un registro de robo de contraseñas en bloques de líneas URL:, Username: y Password:</translation>
    </message>
    <message>
        <source>The Passwords.txt of RedLine-style stealer logs: one record per saved browser login, as lines like URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 and Application: Chrome, records ended by a line of = signs or a blank line. Host, Login, USER, PASS and SOFT are read as the same keys. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>El Passwords.txt de los registros de robo de contraseñas al estilo de RedLine: una entrada por cada inicio de sesión guardado en el navegador, con líneas como URL: https://accounts.example.com/, Username: alice@example.com, Password: hunter2 y Application: Chrome; cada entrada termina con una línea de signos = o una línea en blanco. Host, Login, USER, PASS y SOFT se leen como las mismas claves. El dato de acceso puede ser una dirección de correo electrónico, un número de teléfono o un nombre de usuario: cada uno se guarda como lo que es. Solo se guarda si hay una contraseña, nunca la contraseña.</translation>
    </message>
    <message>
        <source>A stealer log of URL:login:password lines</source>
        <translation>Un registro de robo de contraseñas con líneas URL:login:password</translation>
    </message>
    <message>
        <source>Lines like https://accounts.example.com/login:alice@example.com:hunter2 (or with | between the parts), as password-stealing malware collects them from browsers. The site&apos;s name is read from the address; a password may contain colons itself. The login may be an e-mail address, a phone number or a username: each is kept as what it is. Only whether a password is there is kept, never the password.</source>
        <translation>Líneas como https://accounts.example.com/login:alice@example.com:hunter2 (o con | entre las partes), tal como el malware que roba contraseñas las recoge de los navegadores. El nombre del sitio se toma de la dirección; una contraseña puede contener ella misma dos puntos. El dato de acceso puede ser una dirección de correo electrónico, un número de teléfono o un nombre de usuario: cada uno se guarda como lo que es. Solo se guarda si hay una contraseña, nunca la contraseña.</translation>
    </message>
</context>
</TS>
