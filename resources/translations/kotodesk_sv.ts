<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About kotodesk</source>
        <translation>Om kotodesk</translation>
    </message>
    <message>
        <source>Status reporting on a city programme of measures</source>
        <translation>Lägesrapportering om åtgärderna i ett stadsprogram</translation>
    </message>
    <message>
        <source>development (not a bundle)</source>
        <translation>utvecklingsversion (inte ett installationspaket)</translation>
    </message>
    <message>
        <source>Build:</source>
        <translation>Byggversion:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datamapp:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenter och deras licenser</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licenstext</translation>
    </message>
    <message>
        <source>kotodesk is free software under the GNU GPL 3.0 or later. It ships these components:</source>
        <translation>kotodesk är fri programvara under GNU GPL 3.0 eller senare. Den levereras med dessa komponenter:</translation>
    </message>
    <message>
        <source>The package carries no licence file; its licence is named above.</source>
        <translation>Paketet har ingen licensfil; dess licens anges ovan.</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>kotodesk backup (*.sqlite3);;All files (*)</source>
        <translation>kotodesk-säkerhetskopia (*.sqlite3);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportera all data</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Mål {0}. {1}</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Reported together with other units.</source>
        <translation>Rapporteras tillsammans med andra enheter.</translation>
    </message>
    <message>
        <source>{0}, {1} of {2} reported</source>
        <translation>{0}, {1} av {2} rapporterade</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Inte rapporterad</translation>
    </message>
</context>
<context>
    <name>ComponentsModel</name>
    <message>
        <source>Component</source>
        <translation>Komponent</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licens</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>Back up</source>
        <translation>Säkerhetskopiera</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Säkerhetskopian sparades i {0}</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Exportera all data</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Sparade {0}</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>Restored {0}; the previous data is in {1}</source>
        <translation>Återställde {0}; tidigare data finns i {1}</translation>
    </message>
    <message>
        <source>The daily backup failed: {0}</source>
        <translation>Den dagliga säkerhetskopieringen misslyckades: {0}</translation>
    </message>
    <message>
        <source>kotodesk is already open with the data folder {0}. Switch to that window; two windows on one folder would overwrite each other&apos;s typing.</source>
        <translation>kotodesk är redan öppet med datamappen {0}. Byt till det fönstret; två fönster med samma mapp skulle skriva över varandras text.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>kotodesk ran into a problem</source>
        <translation>kotodesk stötte på ett problem</translation>
    </message>
    <message>
        <source>What you typed has been saved.</source>
        <translation>Det du skrev har sparats.</translation>
    </message>
    <message>
        <source>Some of what you typed could not be saved; the report says why.</source>
        <translation>En del av det du skrev kunde inte sparas; rapporten säger varför.</translation>
    </message>
    <message>
        <source>kotodesk met an error it did not expect. You can keep working, or quit and start kotodesk again. Please send the report below to your coordinator or IT support: copy it with the button.</source>
        <translation>kotodesk råkade ut för ett oväntat fel. Du kan fortsätta arbeta, eller avsluta och starta kotodesk på nytt. Skicka rapporten nedan till koordinatorn eller IT-stödet: kopiera den med knappen.</translation>
    </message>
    <message>
        <source>Error report</source>
        <translation>Felrapport</translation>
    </message>
    <message>
        <source>&amp;Copy report</source>
        <translation>&amp;Kopiera rapporten</translation>
    </message>
    <message>
        <source>&amp;Quit kotodesk</source>
        <translation>&amp;Avsluta kotodesk</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Fortsätt arbeta</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
</context>
<context>
    <name>EditCommand</name>
    <message>
        <source>Edit {0}</source>
        <translation>redigering ({0})</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export signed return</source>
        <translation>Exportera undertecknad rapport</translation>
    </message>
    <message>
        <source>The return of &lt;b&gt;{0}&lt;/b&gt; for the monitoring period {1} is written as an Excel file and a PDF, both signed by you.</source>
        <translation>Rapporten från &lt;b&gt;{0}&lt;/b&gt; för uppföljningsperioden {1} sparas som en Excel-fil och en PDF-fil, båda undertecknade av dig.</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>Saknas ännu</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete. You can export now: both files will be marked incomplete and list what is missing.</source>
        <translation>{0} av {1} åtgärder är ännu ofullständiga. Du kan exportera nu: båda filerna markeras som ofullständiga och visar vad som saknas.</translation>
    </message>
    <message>
        <source>Nothing is missing: all {0} measures are complete.</source>
        <translation>Inget saknas: alla åtgärder ({0}) är ifyllda.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Mapp</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Din e-postadress</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Undertecknare:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>You have no signing key yet. kotodesk makes one now and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>Du har ännu ingen signeringsnyckel. kotodesk skapar en nu och förvarar den på den här datorn, låst med en lösenfras på minst 8 tecken. Du behöver lösenfrasen varje gång du undertecknar; ingen kan återskapa den om du glömmer den.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Din e-&amp;postadress:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Lösenfras &amp;igen:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportens förlopp</translation>
    </message>
    <message>
        <source>&amp;Export and sign</source>
        <translation>&amp;Exportera och underteckna</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>&amp;Spara i mapp:</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Spara i mapp</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Välj en mapp.</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Ditt namn behövs för underskriften.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna är olika.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Ange din lösenfras.</translation>
    </message>
    <message>
        <source>Signing and writing…</source>
        <translation>Undertecknar och sparar…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Sparade:</translation>
    </message>
    <message>
        <source>Marked incomplete: {0} measures still lack something.</source>
        <translation>Markerad som ofullständig: {0} åtgärder saknar ännu något.</translation>
    </message>
    <message>
        <source>Send both files to the coordinator by e-mail.</source>
        <translation>Skicka båda filerna till koordinatorn per e-post.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History of {0}</source>
        <translation>Historik för åtgärd {0}</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ändringar</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Vem</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Före</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Vad har gjorts</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Indicator report</source>
        <translation>Rapportering enligt indikator</translation>
    </message>
</context>
<context>
    <name>IndicatorInputs</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Give a percentage from 0 to 100, e.g. 12,5</source>
        <translation>Ange procent mellan 0 och 100, t.ex. 12,5</translation>
    </message>
    <message>
        <source>Give a whole number, e.g. 13</source>
        <translation>Ange ett heltal, t.ex. 13</translation>
    </message>
    <message>
        <source>Give a number, e.g. 17,3</source>
        <translation>Ange ett tal, t.ex. 17,3</translation>
    </message>
    <message>
        <source>Not a valid value</source>
        <translation>Ogiltigt värde</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Still missing</source>
        <translation>Saknas ännu</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Programme:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Save now</source>
        <translation>&amp;Spara nu</translation>
    </message>
    <message>
        <source>&amp;Export signed return…</source>
        <translation>&amp;Exportera undertecknad rapport…</translation>
    </message>
    <message>
        <source>&amp;Verify files…</source>
        <translation>&amp;Kontrollera filer…</translation>
    </message>
    <message>
        <source>&amp;Import catalogue…</source>
        <translation>&amp;Importera åtgärdslista…</translation>
    </message>
    <message>
        <source>E&amp;xport catalogue…</source>
        <translation>E&amp;xportera åtgärdslista…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Ta säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>Åte&amp;rställ från säkerhetskopia…</translation>
    </message>
    <message>
        <source>Export &amp;all data…</source>
        <translation>Exportera all &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Sök…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gå</translation>
    </message>
    <message>
        <source>&amp;Next measure</source>
        <translation>&amp;Nästa åtgärd</translation>
    </message>
    <message>
        <source>&amp;Previous measure</source>
        <translation>&amp;Föregående åtgärd</translation>
    </message>
    <message>
        <source>Next &amp;missing item</source>
        <translation>Nästa &amp;saknade uppgift</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Ä&amp;ndra inställningar…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>&amp;About kotodesk</source>
        <translation>&amp;Om kotodesk</translation>
    </message>
    <message>
        <source>Export signed return</source>
        <translation>Exportera undertecknad rapport</translation>
    </message>
    <message>
        <source>Choose your unit in Settings first.</source>
        <translation>Välj först din enhet i inställningarna.</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Kontrollera filer</translation>
    </message>
    <message>
        <source>kotodesk files (*.xlsx *.pdf);;All files (*)</source>
        <translation>kotodesk-filer (*.xlsx *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Import catalogue</source>
        <translation>Importera åtgärdslista</translation>
    </message>
    <message>
        <source>Catalogues (*.xlsx *.txt *.tsv *.json);;All files (*)</source>
        <translation>Åtgärdslistor (*.xlsx *.txt *.tsv *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Export catalogue</source>
        <translation>Exportera åtgärdslista</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>Wrote {0}</source>
        <translation>Sparade {0}</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Quit anyway?</source>
        <translation>Vissa ändringar kunde inte sparas. Avsluta ändå?</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Save state</source>
        <translation>Sparstatus</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>Hi&amp;storik…</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reporting against the indicators</source>
        <translation>Rapportering enligt indikatorerna</translation>
    </message>
    <message>
        <source>What has been done?</source>
        <translation>Vad har gjorts?</translation>
    </message>
    <message>
        <source>A short description or a link to one. If not realised, the reasons.</source>
        <translation>En kort beskrivning eller en länk till en. Om åtgärden inte genomförs, motivering.</translation>
    </message>
    <message>
        <source>What has been done</source>
        <translation>Vad har gjorts</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <source>Last round&apos;s entry</source>
        <translation>Förra uppföljningsomgångens uppgifter</translation>
    </message>
    <message>
        <source>&amp;Copy to this round</source>
        <translation>&amp;Kopiera till denna omgång</translation>
    </message>
    <message>
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation>Den här uppföljningsomgången är avslutad: uppgifterna kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation>Din enhet är inte ansvarig för den här åtgärden; den visas bara för läsning.</translation>
    </message>
    <message>
        <source>Reported together with {0}.</source>
        <translation>Rapporteras tillsammans med {0}.</translation>
    </message>
    <message>
        <source>Last round ({0})</source>
        <translation>Förra uppföljningsomgången ({0})</translation>
    </message>
    <message>
        <source>No entry in the last round.</source>
        <translation>Inga uppgifter från förra omgången.</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Inte rapporterad</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved at {0}</source>
        <translation>Sparat kl. {0}</translation>
    </message>
    <message>
        <source>Everything is saved</source>
        <translation>Allt är sparat</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n tecken</numerusform>
            <numerusform>%n tecken</numerusform>
        </translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Länkar:</translation>
    </message>
    <message>
        <source>(required: why has the measure not started?)</source>
        <translation>(obligatoriskt: varför har åtgärden inte inletts?)</translation>
    </message>
    <message>
        <source>(optional: why is the measure behind schedule?)</source>
        <translation>(frivilligt: varför ligger åtgärden efter tidsplanen?)</translation>
    </message>
</context>
<context>
    <name>MeasureInfo</name>
    <message>
        <source>yes/no</source>
        <translation>ja/nej</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>procent</translation>
    </message>
    <message>
        <source>count</source>
        <translation>antal</translation>
    </message>
    <message>
        <source>number</source>
        <translation>tal</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Theme and goal</source>
        <translation>Tema och mål</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Uppföljning</translation>
    </message>
    <message>
        <source>Responsible units</source>
        <translation>Ansvariga enheter</translation>
    </message>
    <message>
        <source>Choose a measure on the left.</source>
        <translation>Välj en åtgärd till vänster.</translation>
    </message>
    <message>
        <source>Goal {0}. {1}</source>
        <translation>Mål {0}. {1}</translation>
    </message>
    <message>
        <source>Areas: {0}</source>
        <translation>Områden: {0}</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>(taking part)</source>
        <translation>(deltar)</translation>
    </message>
</context>
<context>
    <name>MeasureList</name>
    <message>
        <source>Search measures and narratives (Ctrl+F)</source>
        <translation>Sök i åtgärder och beskrivningar (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Sök</translation>
    </message>
    <message>
        <source>Show &amp;all measures of the programme</source>
        <translation>&amp;Visa alla åtgärder i programmet</translation>
    </message>
    <message>
        <source>Show all measures</source>
        <translation>Visa alla åtgärder</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>no value for “{0}”</source>
        <translation>inget värde för ”{0}”</translation>
    </message>
    <message>
        <source>no status</source>
        <translation>ingen status</translation>
    </message>
    <message>
        <source>no description of what has been done</source>
        <translation>ingen beskrivning av vad som har gjorts</translation>
    </message>
    <message>
        <source>reasons are required for this status</source>
        <translation>motivering krävs för denna status</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Senaste ändring:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>Contents:</source>
        <translation>Innehåll:</translation>
    </message>
    <message>
        <source>{0} programmes, {1} rounds, {2} entries, {3} saved changes</source>
        <translation>{0} program, {1} omgångar, {2} uppgifter, {3} sparade ändringar</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Databasversion:</translation>
    </message>
    <message>
        <source>Rounds in the backup</source>
        <translation>Omgångar i säkerhetskopian</translation>
    </message>
    <message>
        <source>Restoring replaces all data in this kotodesk with the contents of the backup. The current data is first saved to {0}, so this can be undone by restoring that file.</source>
        <translation>Återställningen ersätter all data i denna kotodesk med innehållet i säkerhetskopian. Nuvarande data sparas först i {0}, så det kan ångras genom att återställa den filen.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Åte&amp;rställ</translation>
    </message>
</context>
<context>
    <name>RoundHeader</name>
    <message>
        <source>Round</source>
        <translation>Uppföljningsomgång</translation>
    </message>
    <message>
        <source>no reporting round</source>
        <translation>ingen uppföljningsomgång</translation>
    </message>
    <message>
        <source>Monitoring period {0}</source>
        <translation>Uppföljningsperiod {0}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Enhet: {0}</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, %n day(s) left</source>
        <translation>
            <numerusform>sista dag {0}, %n dag kvar</numerusform>
            <numerusform>sista dag {0}, %n dagar kvar</numerusform>
        </translation>
    </message>
    <message>
        <source>deadline {0}, today</source>
        <translation>sista dag {0}, i dag</translation>
    </message>
    <message numerus="yes">
        <source>deadline {0}, passed %n day(s) ago</source>
        <translation>
            <numerusform>sista dag {0}, gick ut för %n dag sedan</numerusform>
            <numerusform>sista dag {0}, gick ut för %n dagar sedan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundsModel</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Welcome to kotodesk</source>
        <translation>Välkommen till kotodesk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Type to search, e.g. Kasko, Kuva, Sotepe</source>
        <translation>Skriv för att söka, t.ex. Kasko, Kuva, Sotepe</translation>
    </message>
    <message>
        <source>Your unit</source>
        <translation>Din enhet</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ditt namn</translation>
    </message>
    <message>
        <source>Your e-mail</source>
        <translation>Din e-postadress</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Your &amp;unit:</source>
        <translation>Din &amp;enhet:</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ditt &amp;namn:</translation>
    </message>
    <message>
        <source>Your &amp;e-mail:</source>
        <translation>Din e-&amp;postadress:</translation>
    </message>
    <message>
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your unit: you will see the measures it is responsible for. You can change these later in Settings.</source>
        <translation>kotodesk sparar din enhets lägesrapporter på den här datorn och fungerar utan nätverk. Välj din enhet: du ser de åtgärder som den ansvarar för. Du kan ändra detta senare i inställningarna.</translation>
    </message>
    <message>
        <source>Reporting as: {0}</source>
        <translation>Du rapporterar som: {0}</translation>
    </message>
    <message>
        <source>Choose a unit from the list.</source>
        <translation>Välj en enhet i listan.</translation>
    </message>
</context>
<context>
    <name>StatusButtons</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{0} (key {1})</source>
        <translation>{0} (tangent {1})</translation>
    </message>
</context>
<context>
    <name>ValidationPanel</name>
    <message>
        <source>Still missing</source>
        <translation>Saknas ännu</translation>
    </message>
    <message>
        <source>{0} of {1} measures are still incomplete:</source>
        <translation>{0} av {1} åtgärder är ännu ofullständiga:</translation>
    </message>
    <message>
        <source>Nothing is missing: the return is complete.</source>
        <translation>Inget saknas: rapporten är komplett.</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Valid, trusted signer</source>
        <translation>Giltig, betrodd undertecknare</translation>
    </message>
    <message>
        <source>Valid, unknown signer</source>
        <translation>Giltig, okänd undertecknare</translation>
    </message>
    <message>
        <source>Modified after signing</source>
        <translation>Ändrad efter undertecknandet</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Inte undertecknad</translation>
    </message>
    <message>
        <source>Not a kotodesk file</source>
        <translation>Inte en kotodesk-fil</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Oläsbar</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Omgång</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Undertecknare</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Undertecknad</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Lita på undertecknaren?</translation>
    </message>
    <message>
        <source>Trust {0} &lt;{1}&gt; ({2})?

Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key):

{3}</source>
        <translation>Lita på {0} &lt;{1}&gt; ({2})?

Jämför det här fingeravtrycket med det som undertecknaren läser upp för dig från sin kotodesk (Inställningar › Signeringsnyckel):

{3}</translation>
    </message>
    <message>
        <source>Verify files</source>
        <translation>Kontrollera filer</translation>
    </message>
    <message>
        <source>Verification results</source>
        <translation>Kontrollresultat</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>&amp;Lita på undertecknaren…</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingeravtryck (SHA-256): {0}</translation>
    </message>
</context>
</TS>
