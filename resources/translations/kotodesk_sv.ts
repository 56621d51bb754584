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
    <name>CaDialog</name>
    <message>
        <source>Programme certificate authority</source>
        <translation>Programmets certifikatutfärdare</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Certifikatutfärdare</translation>
    </message>
    <message>
        <source>Name of the certificate authority</source>
        <translation>Certifikatutfärdarens namn</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Ny lösenfras</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translation>Ny lösenfras igen</translation>
    </message>
    <message>
        <source>C&amp;reate certificate authority</source>
        <translation>S&amp;kapa certifikatutfärdare</translation>
    </message>
    <message>
        <source>Save &amp;root certificate…</source>
        <translation>Spara &amp;rotcertifikat…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Passphrase for its &amp;key:</source>
        <translation>&amp;Lösenfras för nyckeln:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Lösenfras &amp;igen:</translation>
    </message>
    <message>
        <source>Certificate requests</source>
        <translation>Certifikatbegäranden</translation>
    </message>
    <message>
        <source>&amp;Open requests…</source>
        <translation>Ö&amp;ppna begäranden…</translation>
    </message>
    <message>
        <source>Unit the certificate speaks for</source>
        <translation>Enheten som certifikatet talar för</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Giltighet</translation>
    </message>
    <message>
        <source>&amp;Issue certificate…</source>
        <translation>&amp;Utfärda certifikat…</translation>
    </message>
    <message>
        <source>For &amp;unit:</source>
        <translation>För &amp;enhet:</translation>
    </message>
    <message>
        <source>Certificate requests from contact persons</source>
        <translation>Kontaktpersonernas certifikatbegäranden</translation>
    </message>
    <message>
        <source>Before issuing, call the person and compare the key fingerprint they read from their kotodesk with the one shown here.</source>
        <translation>Ring personen innan du utfärdar och jämför fingeravtrycket som hen läser upp ur sin kotodesk med det som visas här.</translation>
    </message>
    <message>
        <source>Certificates issued</source>
        <translation>Utfärdade certifikat</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Orsak till återkallelsen</translation>
    </message>
    <message>
        <source>No reason given</source>
        <translation>Ingen orsak angiven</translation>
    </message>
    <message>
        <source>Left the unit or the programme</source>
        <translation>Har lämnat enheten eller programmet</translation>
    </message>
    <message>
        <source>Replaced by a new certificate</source>
        <translation>Ersatt av ett nytt certifikat</translation>
    </message>
    <message>
        <source>No longer reports</source>
        <translation>Rapporterar inte längre</translation>
    </message>
    <message>
        <source>Key lost or compromised</source>
        <translation>Nyckeln förlorad eller röjd</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>&amp;Återkalla…</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Orsak:</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s passphrase</source>
        <translation>Certifikatutfärdarens lösenfras</translation>
    </message>
    <message>
        <source>Certificate authority&apos;s pass&amp;phrase:</source>
        <translation>Utfärdarens lösen&amp;fras:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>its key on a card or token</source>
        <translation>dess nyckel finns på ett kort eller en token</translation>
    </message>
    <message>
        <source>its key in {0}, under its own passphrase</source>
        <translation>dess nyckel finns i {0}, skyddad med en egen lösenfras</translation>
    </message>
    <message>
        <source>{0}, valid until {1}; {2}. Root certificate fingerprint (SHA-256): {3}. Give the root certificate to everyone who verifies returns: kotodesk trusts it with Trust a certificate authority (Settings › Signing key and trust), a PDF reader in its trusted certificates. Keep a copy of the folder {4} with your backups.</source>
        <translation>{0}, giltig till {1}; {2}. Rotcertifikatets fingeravtryck (SHA-256): {3}. Ge rotcertifikatet till alla som kontrollerar rapporter: i kotodesk litar man på det med Lita på certifikatutfärdare (Inställningar › Signeringsnyckel och förtroende), i en PDF-läsare läggs det till bland de betrodda certifikaten. Förvara en kopia av mappen {4} med dina säkerhetskopior.</translation>
    </message>
    <message>
        <source>Card&apos;s &amp;PIN:</source>
        <translation>Kortets P&amp;IN-kod:</translation>
    </message>
    <message>
        <source>This data folder runs no certificate authority yet. Create one for the programme: it issues the contact persons&apos; certificates, each stating the unit it may speak for, so that nobody has to be trusted one by one.</source>
        <translation>Den här datamappen har ännu ingen certifikatutfärdare. Skapa en för programmet: den utfärdar kontaktpersonernas certifikat, vart och ett med den enhet innehavaren får tala för, så att ingen behöver betros en och en.</translation>
    </message>
    <message>
        <source>The certificate authority needs a name.</source>
        <translation>Certifikatutfärdaren behöver ett namn.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Lösenfraserna skiljer sig åt.</translation>
    </message>
    <message>
        <source>Created the certificate authority {0}. Returns certified by it now count here for the units their certificates state.</source>
        <translation>Certifikatutfärdaren {0} har skapats. Rapporter som den har certifierat räknas nu här för de enheter som deras certifikat anger.</translation>
    </message>
    <message>
        <source>Save root certificate</source>
        <translation>Spara rotcertifikat</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Certifikat (*.pem)</translation>
    </message>
    <message>
        <source>Wrote {0}.</source>
        <translation>Sparade {0}.</translation>
    </message>
    <message>
        <source>Open certificate requests</source>
        <translation>Öppna certifikatbegäranden</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr *.pem *.der);;All files (*)</source>
        <translation>Certifikatbegäranden (*.csr *.pem *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Enter the certificate authority&apos;s passphrase.</source>
        <translation>Skriv certifikatutfärdarens lösenfras.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the certificate authority&apos;s key.</source>
        <translation>Fel lösenfras för certifikatutfärdarens nyckel.</translation>
    </message>
    <message>
        <source>Open a request and select it first.</source>
        <translation>Öppna först en begäran och välj den.</translation>
    </message>
    <message>
        <source>The request {0} was changed after it was made: ask the person for a new one.</source>
        <translation>Begäran {0} har ändrats efter att den gjordes: be personen om en ny.</translation>
    </message>
    <message>
        <source>Save the certificate</source>
        <translation>Spara certifikatet</translation>
    </message>
    <message>
        <source>Issued a certificate to {0} for {1}, serial {2}; wrote {3}. Send the file to the person: they install it with Install issued certificate.</source>
        <translation>Certifikat utfärdat till {0} för {1}, serienummer {2}; sparat: {3}. Skicka filen till personen: hen installerar den med Installera utfärdat certifikat.</translation>
    </message>
    <message>
        <source>The same key&apos;s certificate {0} ({1}, until {2}) stays valid: revoke it (Replaced by a new certificate) if this one replaces it.</source>
        <translation>Samma nyckels certifikat {0} ({1}, giltigt till {2}) förblir giltigt: återkalla det (Ersatt av ett nytt certifikat) om detta ersätter det.</translation>
    </message>
    <message>
        <source>Select the certificate to revoke.</source>
        <translation>Välj certifikatet som ska återkallas.</translation>
    </message>
    <message>
        <source>That certificate is revoked already.</source>
        <translation>Certifikatet är redan återkallat.</translation>
    </message>
    <message>
        <source>Revoke the certificate?</source>
        <translation>Återkalla certifikatet?</translation>
    </message>
    <message>
        <source>Revoke the certificate of {0} (serial {1})? Files signed with it stop counting, also those merged already in open rounds. It cannot be undone: the person needs a new certificate.</source>
        <translation>Återkalla certifikatet för {0} (serienummer {1})? Filer som undertecknats med det räknas inte längre, inte heller de som redan slagits samman i öppna omgångar. Det kan inte ångras: personen behöver ett nytt certifikat.</translation>
    </message>
    <message>
        <source>Revoked the certificate of {0} (serial {1}). The new revocation list travels in the next round package.</source>
        <translation>Certifikatet för {0} har återkallats (serienummer {1}). Den nya spärrlistan följer med nästa omgångspaket.</translation>
    </message>
    <message>
        <source>Revoked with it, as the same key: {0} ({1}, serial {2}).</source>
        <translation>Samtidigt återkallades samma nyckels certifikat: {0} ({1}, serienummer {2}).</translation>
    </message>
    <message>
        <source>No longer counts: {0}.</source>
        <translation>Räknas inte längre: {0}.</translation>
    </message>
</context>
<context>
    <name>CardKeyModel</name>
    <message>
        <source>Card or token</source>
        <translation>Kort eller token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Can sign</source>
        <translation>Kan underteckna</translation>
    </message>
    <message>
        <source> (PIN locked)</source>
        <translation> (PIN-koden låst)</translation>
    </message>
    <message>
        <source>No: not for signatures</source>
        <translation>Nej: inte för underskrifter</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>CatalogueTreeModel</name>
    <message>
        <source>Goals:</source>
        <translation>Mål:</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto), without an indicator</source>
        <translation>Utvalt projekt (Nosto), utan indikator</translation>
    </message>
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
    <message>
        <source>Code {0}: theme {1}, measure {2}</source>
        <translation>Kod {0}: tema {1}, åtgärd {2}</translation>
    </message>
    <message>
        <source>⇄ your unit reports on this measure together with other units</source>
        <translation>⇄ din enhet rapporterar om denna åtgärd tillsammans med andra enheter</translation>
    </message>
</context>
<context>
    <name>CompletenessMatrixModel</name>
    <message>
        <source>does not answer for this measure</source>
        <translation>ansvarar inte för den här åtgärden</translation>
    </message>
</context>
<context>
    <name>CompletenessTab</name>
    <message>
        <source>Units and their returns</source>
        <translation>Enheterna och deras rapporter</translation>
    </message>
    <message>
        <source>Statuses by unit and measure</source>
        <translation>Status per enhet och åtgärd</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Vald cell</translation>
    </message>
    <message>
        <source>Themes reported</source>
        <translation>Rapportering per tema</translation>
    </message>
    <message>
        <source>Co&amp;py reminder</source>
        <translation>Kopiera &amp;påminnelse</translation>
    </message>
    <message>
        <source>Copy a reminder for the units that have not returned</source>
        <translation>Kopiera en påminnelse till enheterna som inte har lämnat in</translation>
    </message>
    <message>
        <source>R&amp;emind by e-mail…</source>
        <translation>Påminn per &amp;e-post…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit that has not returned</source>
        <translation>Skriv ett e-postutkast till varje enhet som inte har lämnat in</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>Det här programmet har ännu ingen uppföljningsomgång.</translation>
    </message>
    <message>
        <source>Round {0}: {1} of {2} units have returned; {3} measures still lack a responsible unit&apos;s contribution.</source>
        <translation>Omgång {0}: {1} av {2} enheter har lämnat in; {3} åtgärder saknar ännu en ansvarig enhets uppgifter.</translation>
    </message>
    <message>
        <source>Units that have not returned yet: {0}.</source>
        <translation>Enheter som ännu inte har lämnat in: {0}.</translation>
    </message>
    <message>
        <source>Every unit has returned.</source>
        <translation>Alla enheter har lämnat in.</translation>
    </message>
    <message>
        <source>Not reported, or no status given</source>
        <translation>Inte rapporterad eller ingen status angiven</translation>
    </message>
    <message>
        <source>Blank: the unit does not answer for the measure</source>
        <translation>Tom: enheten ansvarar inte för åtgärden</translation>
    </message>
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>En kod som 2/3.1 betyder tema 2, åtgärd 3.1.</translation>
    </message>
    <message>
        <source>The reminder is on the clipboard: paste it into an e-mail.</source>
        <translation>Påminnelsen finns i urklippet: klistra in den i ett e-postmeddelande.</translation>
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
    <name>ConflictListModel</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Filer</translation>
    </message>
</context>
<context>
    <name>ConflictOptionsModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Signed or saved</source>
        <translation>Undertecknad eller sparad</translation>
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
        <source>Indicator values</source>
        <translation>Indikatorvärden</translation>
    </message>
    <message>
        <source>Reporting by indicator</source>
        <translation>Rapportering enligt indikator</translation>
    </message>
    <message>
        <source>Return {0}</source>
        <translation>Rapport {0}</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <source>Open conflicts</source>
        <translation>Öppna konflikter</translation>
    </message>
    <message>
        <source>The differing contributions</source>
        <translation>De avvikande uppgifterna</translation>
    </message>
    <message>
        <source>Rows in bold differ. Choose the return that speaks for the unit on this measure; the other stays on record.</source>
        <translation>Rader i fetstil skiljer sig åt. Välj den rapport som gäller för enheten i den här åtgärden; den andra finns kvar.</translation>
    </message>
    <message>
        <source>Open conflicts: {0}</source>
        <translation>Öppna konflikter: {0}</translation>
    </message>
    <message>
        <source>No open conflicts: every unit&apos;s returns agree, or the newer one clearly speaks.</source>
        <translation>Inga öppna konflikter: varje enhets rapporter stämmer överens, eller så gäller den nyare.</translation>
    </message>
    <message>
        <source>Unit: {0}</source>
        <translation>Enhet: {0}</translation>
    </message>
    <message>
        <source>Use return &amp;{0}</source>
        <translation>Använd rapport &amp;{0}</translation>
    </message>
    <message>
        <source>Use return {0}, {1}</source>
        <translation>Använd rapport {0}, {1}</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <source>there is no display to open the window on (neither DISPLAY nor WAYLAND_DISPLAY is set). Start kotodesk from a desktop session; the command line works without one (kotodesk --help).</source>
        <translation>det finns ingen skärm att öppna fönstret på (varken DISPLAY eller WAYLAND_DISPLAY är satt). Starta kotodesk från en skrivbordssession; kommandoraden fungerar utan (kotodesk --help).</translation>
    </message>
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
        <source>The database in {0} is damaged and cannot be read. Close kotodesk and start it again: it offers the newest backup kotodesk kept, and keeps the damaged file aside.</source>
        <translation>Databasen i {0} är skadad och kan inte läsas. Stäng kotodesk och starta det igen: det erbjuder den senaste säkerhetskopian som kotodesk gjort och sparar den skadade filen åt sidan.</translation>
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
    <name>CoordinatorWindow</name>
    <message>
        <source>Round</source>
        <translation>Uppföljningsomgång</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Omgång:</translation>
    </message>
    <message>
        <source>Reopen round…</source>
        <translation>Öppna omgången igen…</translation>
    </message>
    <message>
        <source>Open this closed round again, so that its entries can be changed</source>
        <translation>Öppna den här stängda omgången igen, så att dess uppgifter kan ändras</translation>
    </message>
    <message>
        <source>Coordinator&apos;s work</source>
        <translation>Koordinatorns arbete</translation>
    </message>
    <message>
        <source>Add returns…</source>
        <translation>Lägg till rapporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutad</translation>
    </message>
    <message>
        <source>Coordinator: {0}</source>
        <translation>Koordinator: {0}</translation>
    </message>
    <message>
        <source>Returns &amp;inbox</source>
        <translation>&amp;Inkorg</translation>
    </message>
    <message>
        <source>&amp;Conflicts ({0})</source>
        <translation>&amp;Konflikter ({0})</translation>
    </message>
    <message>
        <source>&amp;Conflicts</source>
        <translation>&amp;Konflikter</translation>
    </message>
    <message>
        <source>Co&amp;mpleteness</source>
        <translation>&amp;Fullständighet</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Granskning</translation>
    </message>
    <message>
        <source>Merged &amp;statuses</source>
        <translation>Sammanvägd &amp;status</translation>
    </message>
    <message>
        <source>&amp;Outputs</source>
        <translation>&amp;Utdata</translation>
    </message>
    <message>
        <source>Reopen round {0}? Its entries can then be changed again.</source>
        <translation>Öppna omgång {0} igen? Dess uppgifter kan då ändras igen.</translation>
    </message>
    <message>
        <source>Round {0} is open now ({1} entries from {2} units). It will be closed: its entries are kept and can be read, and it can be reopened the same way.</source>
        <translation>Omgång {0} är öppen nu ({1} uppgifter från {2} enheter). Den stängs: dess uppgifter finns kvar och kan läsas, och den kan öppnas igen på samma sätt.</translation>
    </message>
    <message>
        <source>Reopen round</source>
        <translation>Öppna omgången igen</translation>
    </message>
    <message>
        <source>Reopen {0}</source>
        <translation>Öppna {0} igen</translation>
    </message>
    <message>
        <source>Round {0} is open again.</source>
        <translation>Omgång {0} är öppen igen.</translation>
    </message>
    <message>
        <source>Round {0} is closed.</source>
        <translation>Omgång {0} är stängd.</translation>
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
        <source>The database in this data folder is damaged (a disk fault, or the file was changed outside kotodesk). Quit kotodesk and start it again: it offers to restore the newest backup and keeps the damaged file aside.</source>
        <translation>Databasen i den här datamappen är skadad (ett diskfel, eller så har filen ändrats utanför kotodesk). Avsluta kotodesk och starta det igen: det erbjuder att återställa den senaste säkerhetskopian och flyttar undan den skadade filen.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopierad</translation>
    </message>
</context>
<context>
    <name>DamagedAtStart</name>
    <message>
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <source>The database in {0} is damaged and cannot be read.</source>
        <translation>Databasen i {0} är skadad och kan inte läsas.</translation>
    </message>
    <message>
        <source>kotodesk keeps backups of it. The newest that can be read was made {0}; you see what it holds before anything is replaced. The damaged file is kept aside, not deleted.</source>
        <translation>kotodesk sparar säkerhetskopior av den. Den senaste läsbara togs {0}; du ser vad den innehåller innan något ersätts. Den skadade filen flyttas undan, den raderas inte.</translation>
    </message>
    <message>
        <source>Note about that backup: {0}.</source>
        <translation>Observera om den säkerhetskopian: {0}.</translation>
    </message>
    <message>
        <source>No backup of it that can be read was found in {0}. If you made one (File › Back up…), choose it; the damaged file is kept aside, not deleted.</source>
        <translation>Ingen läsbar säkerhetskopia av den hittades i {0}. Om du har tagit en själv (Arkiv › Ta säkerhetskopia…), välj den; den skadade filen flyttas undan, den raderas inte.</translation>
    </message>
    <message>
        <source>SQLite says: {0}</source>
        <translation>SQLite säger: {0}</translation>
    </message>
    <message>
        <source>Restore the newest backup…</source>
        <translation>Återställ den senaste säkerhetskopian…</translation>
    </message>
    <message>
        <source>Choose a backup…</source>
        <translation>Välj en säkerhetskopia…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Restored {0}. The damaged database is kept as {1}.</source>
        <translation>{0} har återställts. Den skadade databasen finns kvar som {1}.</translation>
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
        <source>Send to &amp;coordinator</source>
        <translation>Skicka till &amp;koordinatorn</translation>
    </message>
    <message>
        <source>Write an e-mail draft with both files attached and open it in your mail program</source>
        <translation>Skriv ett e-postutkast med båda filerna bifogade och öppna det i ditt e-postprogram</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>&amp;Spara i mapp:</translation>
    </message>
    <message>
        <source>Card or token:</source>
        <translation>Kort eller token:</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-kod:</translation>
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
        <source>Enter your PIN.</source>
        <translation>Skriv din PIN-kod.</translation>
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
        <source>Send both files to the coordinator by e-mail: Send to coordinator writes the e-mail for your mail program.</source>
        <translation>Skicka båda filerna till koordinatorn per e-post: knappen ”Skicka till koordinatorn” skriver meddelandet färdigt i ditt e-postprogram.</translation>
    </message>
    <message>
        <source>Wrote the e-mail draft {0}.</source>
        <translation>E-postutkastet har sparats: {0}.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address cannot be used: {0}. Type the right one in the draft.</source>
        <translation>Koordinatorns adress kan inte användas: {0}. Skriv in den rätta i utkastet.</translation>
    </message>
    <message>
        <source>The coordinator&apos;s address is not known yet (it comes with the round package): type it in the draft.</source>
        <translation>Koordinatorns adress är ännu inte känd (den kommer med omgångspaketet): skriv in den i utkastet.</translation>
    </message>
    <message>
        <source>Your mail program opens it: check it and press Send.</source>
        <translation>Ditt e-postprogram öppnar det: kontrollera meddelandet och tryck på Skicka.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>kotodesk user guide</source>
        <translation>Bruksanvisning för kotodesk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Bruksanvisning</translation>
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
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tomt)</translation>
    </message>
</context>
<context>
    <name>ImportChoiceDialog</name>
    <message>
        <source>Import catalogue</source>
        <translation>Importera åtgärdslista</translation>
    </message>
    <message>
        <source>{0} holds the programme “{1}”:</source>
        <translation>{0} innehåller programmet ”{1}”:</translation>
    </message>
    <message>
        <source>Measures: {0}.</source>
        <translation>Åtgärder: {0}.</translation>
    </message>
    <message>
        <source>Import it as:</source>
        <translation>Importera den som:</translation>
    </message>
    <message>
        <source>A new &amp;version of</source>
        <translation>En ny &amp;version av</translation>
    </message>
    <message>
        <source>Programme the file is a new version of</source>
        <translation>Programmet som filen är en ny version av</translation>
    </message>
    <message>
        <source>A &amp;new programme “{0}”</source>
        <translation>Ett &amp;nytt program ”{0}”</translation>
    </message>
    <message>
        <source>The file names this programme, so it is offered as a new version.</source>
        <translation>Filen anger det här programmet, så den föreslås som en ny version.</translation>
    </message>
    <message>
        <source>The file names no programme kept here: choose.</source>
        <translation>Filen anger inget program som finns här: välj.</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Kontroll</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
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
        <source>What happened</source>
        <translation>Vad hände</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Superseded by {0}</source>
        <translation>Ersatt av {0}</translation>
    </message>
    <message>
        <source>Same return as {0}</source>
        <translation>Samma rapport som {0}</translation>
    </message>
    <message>
        <source>In conflict on {0}</source>
        <translation>Konflikt i {0}</translation>
    </message>
    <message>
        <source>Refused: {0}</source>
        <translation>Avvisad: {0}</translation>
    </message>
    <message>
        <source>Accepted by {0}</source>
        <translation>Godkänd av {0}</translation>
    </message>
    <message>
        <source>Held, not merged: {0}</source>
        <translation>Hålls åtskild, inte sammanförd: {0}</translation>
    </message>
    <message>
        <source>{0} signed {1}</source>
        <translation>{0}, undertecknad {1}</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>undertecknaren finns inte på förtroendelistan</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>rapporten är inte undertecknad</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit</source>
        <translation>undertecknaren får inte svara för den här enheten</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Lägg till file&amp;r…</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Lägg till filer</translation>
    </message>
    <message>
        <source>Add fol&amp;der…</source>
        <translation>Lägg till &amp;mapp…</translation>
    </message>
    <message>
        <source>Add folder</source>
        <translation>Lägg till mapp</translation>
    </message>
    <message>
        <source>Intake progress</source>
        <translation>Mottagningens förlopp</translation>
    </message>
    <message>
        <source>%v of %m files</source>
        <translation>%v av %m filer</translation>
    </message>
    <message>
        <source>Cance&amp;l</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Cancel the intake</source>
        <translation>Avbryt mottagningen</translation>
    </message>
    <message>
        <source>Received files</source>
        <translation>Mottagna filer</translation>
    </message>
    <message>
        <source>Inbox summary</source>
        <translation>Sammanfattning av inkorgen</translation>
    </message>
    <message>
        <source>Selected file</source>
        <translation>Vald fil</translation>
    </message>
    <message>
        <source>&amp;Trust signer…</source>
        <translation>&amp;Lita på undertecknaren…</translation>
    </message>
    <message>
        <source>Trust the signer of the selected file</source>
        <translation>Lita på undertecknaren av den valda filen</translation>
    </message>
    <message>
        <source>Ta&amp;ke in sealed values…</source>
        <translation>Ta emot de undertecknade vär&amp;dena…</translation>
    </message>
    <message>
        <source>Take in the sealed values of the selected file, whose appearance changed</source>
        <translation>Ta emot de undertecknade värdena i den valda filen, vars utseende har ändrats</translation>
    </message>
    <message>
        <source>Round {0} is closed: returns for it are refused. Choose the open round above, or open a new round under Outputs.</source>
        <translation>Omgång {0} är avslutad: rapporter till den avvisas. Välj den öppna omgången ovan, eller öppna en ny omgång under Utdata.</translation>
    </message>
    <message>
        <source>No returns received for this round yet.</source>
        <translation>Inga rapporter har ännu kommit in för den här omgången.</translation>
    </message>
    <message>
        <source>, {0} set aside (not returns)</source>
        <translation>, {0} lagda åt sidan (inte rapporter)</translation>
    </message>
    <message>
        <source>Select a file to see its verification in full.</source>
        <translation>Välj en fil för att se hela kontrollen.</translation>
    </message>
    <message>
        <source>Signer: {0}</source>
        <translation>Undertecknare: {0}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {0}</source>
        <translation>Fingeravtryck (SHA-256): {0}</translation>
    </message>
    <message>
        <source>Take in the sealed values</source>
        <translation>Ta emot de undertecknade värdena</translation>
    </message>
    <message>
        <source>{0} was changed after signing, but only in how it looks: every value it shows is what {1} signed. Take in its signed values? Its signer must still be trusted for its unit; the inbox and the merged report mark it as changed in appearance, and the signed PDF shows what the signer saw.</source>
        <translation>{0} har ändrats efter att den undertecknades, men bara i hur den ser ut: varje värde den visar är det som {1} undertecknade. Ta emot dess undertecknade värden? Undertecknaren måste ändå vara betrodd för sin enhet; inkorgen och den sammanslagna rapporten märker den som ändrad till utseendet, och den undertecknade PDF-filen visar det undertecknaren såg.</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>undertecknaren</translation>
    </message>
    <message>
        <source>{0} was not taken in: {1}</source>
        <translation>{0} togs inte emot: {1}</translation>
    </message>
    <message>
        <source>Add returns</source>
        <translation>Lägg till rapporter</translation>
    </message>
    <message>
        <source>Returns (*.xlsx *.pdf);;All files (*)</source>
        <translation>Rapporter (*.xlsx *.pdf);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Add a folder of returns</source>
        <translation>Lägg till en mapp med rapporter</translation>
    </message>
    <message>
        <source>This programme has no round to take returns into. Open a round under Outputs.</source>
        <translation>Det här programmet har ingen omgång att ta emot rapporter till. Öppna en omgång under Utdata.</translation>
    </message>
    <message>
        <source>Looking for returns…</source>
        <translation>Söker efter rapporter…</translation>
    </message>
    <message>
        <source>Taking in {0}…</source>
        <translation>Tar emot {0}…</translation>
    </message>
    <message>
        <source>Stopped after {0} of {1} files: {2}</source>
        <translation>Stoppade efter {0} av {1} filer: {2}</translation>
    </message>
    <message>
        <source>Cancelled after {0} of {1} files: {2} taken in, {3} refused; the rest were not touched.</source>
        <translation>Avbrutet efter {0} av {1} filer: {2} mottagna, {3} avvisade; de övriga rördes inte.</translation>
    </message>
    <message>
        <source>Cancelled: {0} of {1} files were taken in; the rest were not touched.</source>
        <translation>Avbrutet: {0} av {1} filer togs emot; resten rördes inte.</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1}; set aside as kotodesk&apos;s own reports, not returns: {2} (the column What happened says why).</source>
        <translation>Mottagna filer: {0}; avvisade: {1}; lagda åt sidan som kotodesks egna rapporter, inte enheternas: {2} (kolumnen Vad hände säger varför).</translation>
    </message>
    <message>
        <source>Files taken in: {0}.</source>
        <translation>Mottagna filer: {0}.</translation>
    </message>
    <message>
        <source>Stopped when the window closed: {0} of {1} files were taken in.</source>
        <translation>Stoppade när fönstret stängdes: {0} av {1} filer togs emot.</translation>
    </message>
    <message>
        <source>Drop the returns here: .xlsx and .pdf files, or whole folders. Each file is verified, then merged into the round, held apart (unknown signer, unsigned) or refused with the reason.</source>
        <translation>Släpp rapporterna här: .xlsx- och .pdf-filer eller hela mappar. Varje fil kontrolleras och sammanförs sedan i omgången, hålls åtskild (okänd undertecknare, inte undertecknad) eller avvisas med orsaken.</translation>
    </message>
    <message>
        <source>Acc&amp;ept this file</source>
        <translation>Godkä&amp;nn den här filen</translation>
    </message>
    <message>
        <source>Count the selected held file</source>
        <translation>Räkna med den valda åtskilda filen</translation>
    </message>
    <message>
        <source>{0} files: {1} accepted, {2} superseded, {3} same return again, {4} in conflict, {5} held apart, {6} refused</source>
        <translation>{0} filer: {1} godkända, {2} ersatta, {3} samma rapport igen, {4} i konflikt, {5} åtskilda, {6} avvisade</translation>
    </message>
    <message>
        <source>Files taken in: {0}; refused: {1} (the column What happened says why).</source>
        <translation>Mottagna filer: {0}; avvisade: {1} (kolumnen Vad hände säger varför).</translation>
    </message>
    <message>
        <source>{0} is trusted now. Received files that count now: {1}; held apart now: {2}.</source>
        <translation>{0} är betrodd nu. Mottagna filer som räknas nu: {1}; åtskilda nu: {2}.</translation>
    </message>
    <message>
        <source>Accept this file?</source>
        <translation>Godkänna filen?</translation>
    </message>
    <message>
        <source>{0} is held apart: {1}.

Accept it anyway? Its entries then count for {2} like a trusted return&apos;s, marked as such in the merged report.</source>
        <translation>{0} hålls åtskild: {1}.

Godkänna den ändå? Dess uppgifter räknas då för {2} som en betrodd rapports, märkta som sådana i den sammanslagna rapporten.</translation>
    </message>
    <message>
        <source>{0} counts now.</source>
        <translation>{0} räknas nu.</translation>
    </message>
    <message>
        <source>Held apart: it is not merged and replaces nothing until you trust its signer or accept this file.</source>
        <translation>Hålls åtskild: den sammanförs inte och ersätter ingenting förrän du litar på undertecknaren eller godkänner den här filen.</translation>
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
        <source>Give a whole number, e.g. 13 or 1 000</source>
        <translation>Ange ett heltal, t.ex. 13 eller 1 000</translation>
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
    <name>IssuedModel</name>
    <message>
        <source>Serial</source>
        <translation>Serienummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>Får tala för</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Revoked {0} ({1})</source>
        <translation>Återkallat {0} ({1})</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Giltigt</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing key and trust</source>
        <translation>Signeringsnyckel och förtroende</translation>
    </message>
    <message>
        <source>&amp;Your key</source>
        <translation>&amp;Din nyckel</translation>
    </message>
    <message>
        <source>&amp;Trusted signers</source>
        <translation>&amp;Betrodda undertecknare</translation>
    </message>
    <message>
        <source>&amp;Save certificate…</source>
        <translation>&amp;Spara certifikat…</translation>
    </message>
    <message>
        <source>Use an &amp;organisation&apos;s key (.p12/.pfx)…</source>
        <translation>Använd &amp;organisationens nyckel (.p12/.pfx)…</translation>
    </message>
    <message>
        <source>Use a &amp;card or token…</source>
        <translation>Använd &amp;kort eller token…</translation>
    </message>
    <message>
        <source>Re&amp;quest a certificate…</source>
        <translation>Begär &amp;certifikat…</translation>
    </message>
    <message>
        <source>Ask the programme&apos;s certificate authority for a certificate stating your unit</source>
        <translation>Be programmets certifikatutfärdare om ett certifikat som anger din enhet</translation>
    </message>
    <message>
        <source>I&amp;nstall issued certificate…</source>
        <translation>&amp;Installera utfärdat certifikat…</translation>
    </message>
    <message>
        <source>Trusted signers</source>
        <translation>Betrodda undertecknare</translation>
    </message>
    <message>
        <source>&amp;Import certificate…</source>
        <translation>&amp;Importera certifikat…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Trust a certificate &amp;authority…</source>
        <translation>Lita på certifikat&amp;utfärdare…</translation>
    </message>
    <message>
        <source>Trust the programme&apos;s root certificate, or your organisation&apos;s CA chain, once: every return certified by it counts for the units its certificate states</source>
        <translation>Lita en gång på programmets rotcertifikat eller organisationens certifikatkedja: varje rapport som den har certifierat räknas för de enheter som certifikatet anger</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Giltig till</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>on the card or token {0} (the PIN is asked when you sign)</source>
        <translation>på kortet eller token {0} (PIN-koden frågas vid undertecknandet)</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Utfärdare</translation>
    </message>
    <message>
        <source>Read the fingerprint to the coordinator when they ask, and send them the certificate (it holds no secret).</source>
        <translation>Läs upp fingeravtrycket för koordinatorn när hen frågar, och skicka certifikatet (det innehåller inget hemligt).</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>Spara certifikat</translation>
    </message>
    <message>
        <source>Certificate (*.pem)</source>
        <translation>Certifikat (*.pem)</translation>
    </message>
    <message>
        <source>Organisation&apos;s key file</source>
        <translation>Organisationens nyckelfil</translation>
    </message>
    <message>
        <source>Key files (*.p12 *.pfx)</source>
        <translation>Nyckelfiler (*.p12 *.pfx)</translation>
    </message>
    <message>
        <source>Replace your key?</source>
        <translation>Ersätta din nyckel?</translation>
    </message>
    <message>
        <source>This replaces the key kotodesk made for you. Files you signed with it stay verifiable. Continue?</source>
        <translation>Detta ersätter nyckeln som kotodesk skapade åt dig. Filer som du har undertecknat med den kan fortfarande kontrolleras. Fortsätta?</translation>
    </message>
    <message>
        <source>Passphrase of {0}:</source>
        <translation>Lösenfras för {0}:</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Din lösenfras</translation>
    </message>
    <message>
        <source>A passphrase of at least 8 characters for kotodesk to lock the key with (empty: the same as the file&apos;s):</source>
        <translation>En lösenfras på minst 8 tecken som kotodesk låser nyckeln med (tom: samma som filens):</translation>
    </message>
    <message>
        <source>Install issued certificate</source>
        <translation>Installera utfärdat certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Installed the certificate of {0}, {1}, issued by {2}; your signatures carry it from now on.</source>
        <translation>Certifikatet för {0}, {1}, utfärdat av {2}, har installerats; dina underskrifter bär det från och med nu.</translation>
    </message>
    <message>
        <source>Trust a certificate authority</source>
        <translation>Lita på certifikatutfärdare</translation>
    </message>
    <message>
        <source>Trusted certificate authority: {0}.</source>
        <translation>Betrodd certifikatutfärdare: {0}.</translation>
    </message>
    <message>
        <source>Import certificate</source>
        <translation>Importera certifikat</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certifikat (*.pem *.crt *.cer *.der);;Alla filer (*)</translation>
    </message>
    <message>
        <source>&amp;Edit role and units…</source>
        <translation>&amp;Redigera roll och enheter…</translation>
    </message>
    <message>
        <source>Con&amp;firm as shown</source>
        <translation>Be&amp;kräfta som visas</translation>
    </message>
    <message>
        <source>What the last change did</source>
        <translation>Vad den senaste ändringen gjorde</translation>
    </message>
    <message>
        <source>Files signed by these people are shown as valid, and a return counts only for the units its signer may speak for; round packages and merged reports only from a coordinator. Others&apos; signatures are checked too, but their files are held apart until you trust them.</source>
        <translation>Filer som dessa personer har undertecknat visas som giltiga, och en rapport räknas bara för de enheter som undertecknaren får svara för; omgångspaket och sammanslagna rapporter bara från en koordinator. Andras underskrifter kontrolleras också, men deras filer hålls åtskilda tills du litar på dem.</translation>
    </message>
    <message>
        <source>Remove trust?</source>
        <translation>Ta bort förtroendet?</translation>
    </message>
    <message>
        <source>Stop trusting {0}? Their received returns are held apart from now on, and the round is merged again without them.</source>
        <translation>Sluta lita på {0}? Mottagna rapporter från hen hålls åtskilda från och med nu, och omgången sammanförs på nytt utan dem.</translation>
    </message>
    <message>
        <source>Count now: {0}.</source>
        <translation>Räknas nu: {0}.</translation>
    </message>
    <message>
        <source>Held apart now: {0}.</source>
        <translation>Åtskilda nu: {0}.</translation>
    </message>
    <message>
        <source>&amp;Make a signing key…</source>
        <translation>Skapa signerings&amp;nyckel…</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one here (a coordinator needs one to sign round packages and merged reports), or use your organisation&apos;s key file; a contact person&apos;s is also made on the first export of a signed return.</source>
        <translation>Du har ännu ingen signeringsnyckel. Skapa en här (en koordinator behöver den för att underteckna omgångspaket och sammanslagna rapporter) eller använd organisationens nyckelfil; en kontaktpersons nyckel skapas också vid den första exporten av en undertecknad rapport.</translation>
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Open a link</source>
        <translation>Öppna en länk</translation>
    </message>
    <message>
        <source>The text links to

{0}

Open it in the web browser? The browser connects to the internet; kotodesk itself never does.</source>
        <translation>Texten länkar till

{0}

Öppna den i webbläsaren? Webbläsaren ansluter till internet; kotodesk själv gör det aldrig.</translation>
    </message>
    <message>
        <source>&amp;Open in browser</source>
        <translation>&amp;Öppna i webbläsaren</translation>
    </message>
    <message>
        <source>&amp;Copy address</source>
        <translation>&amp;Kopiera adressen</translation>
    </message>
</context>
<context>
    <name>MailDrafts</name>
    <message>
        <source>Save the e-mail drafts in</source>
        <translation>Spara e-postutkasten i</translation>
    </message>
    <message>
        <source>Wrote {0} e-mail drafts in {1}; your mail program opens each: check it and press Send.</source>
        <translation>{0} e-postutkast har sparats i {1}; ditt e-postprogram öppnar vart och ett: kontrollera meddelandet och tryck på Skicka.</translation>
    </message>
    <message>
        <source>{0} drafts have no address (the register and the trusted signers know none for the unit): type it in the draft.</source>
        <translation>{0} utkast saknar adress (registret och de betrodda undertecknarna känner ingen för enheten): skriv in den i utkastet.</translation>
    </message>
    <message>
        <source>Addresses left out: {0}. Correct them, or type the right one in the draft.</source>
        <translation>Adresser som utelämnades: {0}. Rätta dem eller skriv in den rätta i utkastet.</translation>
    </message>
    <message>
        <source>No mail program opened {0} of the drafts: open the .eml files from the folder, or attach the files to a new e-mail by hand.</source>
        <translation>Inget e-postprogram öppnade {0} av utkasten: öppna .eml-filerna i mappen eller bifoga filerna i ett nytt meddelande för hand.</translation>
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
        <source>&amp;Take in round package…</source>
        <translation>&amp;Hämta omgångspaket…</translation>
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
        <source>&amp;Coordinator</source>
        <translation>K&amp;oordinator</translation>
    </message>
    <message>
        <source>&amp;Returns, merging and outputs…</source>
        <translation>&amp;Rapporter, sammanslagning och utdata…</translation>
    </message>
    <message>
        <source>Programme certificate &amp;authority…</source>
        <translation>Programmets &amp;certifikatutfärdare…</translation>
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
        <source>Signing &amp;key and trust…</source>
        <translation>&amp;Signeringsnyckel och förtroende…</translation>
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
        <source>No reporting round is open for this programme: there is nothing to fill in.</source>
        <translation>Det här programmet har ingen öppen uppföljningsomgång: det finns inget att fylla i.</translation>
    </message>
    <message>
        <source>This round is closed: there is nothing to fill in.</source>
        <translation>Den här omgången är avslutad: det finns inget att fylla i.</translation>
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
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Bruksanvisning</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Your unit answers for no measure of this programme in this round: there is nothing to fill in. Check your unit in Settings › Preferences.</source>
        <translation>Din enhet ansvarar inte för någon åtgärd i detta program under denna omgång: det finns inget att fylla i. Kontrollera din enhet under Inställningar › Ändra inställningar.</translation>
    </message>
    <message>
        <source>Nothing is missing.</source>
        <translation>Ingenting saknas.</translation>
    </message>
    <message>
        <source>Take in round package</source>
        <translation>Hämta omgångspaket</translation>
    </message>
</context>
<context>
    <name>MeasureEditor</name>
    <message>
        <source>Read only</source>
        <translation>Skrivskyddad</translation>
    </message>
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
        <source>Reported against the indicator</source>
        <translation>Rapporterat enligt indikatorn</translation>
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
        <source>No reporting round is open for this programme: its measures can be read, not reported on.</source>
        <translation>Det här programmet har ingen öppen uppföljningsomgång: åtgärderna kan läsas men inte rapporteras.</translation>
    </message>
    <message>
        <source>This round is closed: its entries can be read, not changed.</source>
        <translation>Den här uppföljningsomgången är avslutad: uppgifterna kan läsas men inte ändras.</translation>
    </message>
    <message>
        <source>Shown: what the report said for the measure as a whole, not one unit&apos;s own entry.</source>
        <translation>Visas: uppföljningsrapportens text om åtgärden som helhet, inte en enhets egna uppgifter.</translation>
    </message>
    <message>
        <source>Shown: the entry of {0}.</source>
        <translation>Visas: uppgifterna från {0}.</translation>
    </message>
    <message>
        <source>The report states no status for this measure.</source>
        <translation>Uppföljningsrapporten anger ingen status för åtgärden.</translation>
    </message>
    <message>
        <source>Your unit is not responsible for this measure; it is shown for reading.</source>
        <translation>Din enhet är inte ansvarig för den här åtgärden; den visas bara för läsning.</translation>
    </message>
    <message>
        <source>The programme names no responsible unit for this measure: any unit may report on it.</source>
        <translation>Programmet anger ingen ansvarig enhet för den här åtgärden: vilken enhet som helst kan rapportera om den.</translation>
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
        <source>Your unit&apos;s entry</source>
        <translation>Er enhets uppgifter</translation>
    </message>
    <message>
        <source>The report said, for the measure as a whole</source>
        <translation>Uppföljningsrapporten om åtgärden som helhet</translation>
    </message>
    <message>
        <source>This text speaks for the measure as a whole, not for your unit: Copy to this round does not take it.</source>
        <translation>Texten gäller åtgärden som helhet, inte er enhet: Kopiera till denna omgång tar inte med den.</translation>
    </message>
    <message>
        <source>Your unit&apos;s text, not in the merged round</source>
        <translation>Din enhets text, inte med i den sammanslagna omgången</translation>
    </message>
    <message>
        <source>The coordinator&apos;s round package does not carry this text as merged (it was not sent, or not taken in): it is not last round&apos;s report, and Copy to this round does not take it.</source>
        <translation>Koordinatorns omgångspaket innehåller inte den här texten som sammanslagen (den skickades inte, eller togs inte med): den hör inte till förra omgångens rapport, och Kopiera till den här omgången tar inte med den.</translation>
    </message>
    <message>
        <source>Not stated in the report</source>
        <translation>Anges inte i uppföljningsrapporten</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Inte rapporterad</translation>
    </message>
    <message>
        <source>Status: {0}</source>
        <translation>Status: {0}</translation>
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
        <source>That is more than an Excel cell holds ({0}): shorten the text or link to a longer one before you export.</source>
        <translation>Det är mer än en Excel-cell rymmer ({0}): förkorta texten eller länka till en längre text innan du exporterar.</translation>
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
    <message>
        <source>Copy to this round</source>
        <translation>Kopiera till denna omgång</translation>
    </message>
    <message>
        <source>“What has been done?” already has text. Replace it with last round&apos;s text? (Undo, Ctrl+Z, brings your text back.)</source>
        <translation>”Vad har gjorts?” har redan text. Ersätta den med förra omgångens text? (Ångra, Ctrl+Z, ger tillbaka din text.)</translation>
    </message>
    <message>
        <source>Copy last round&apos;s entry</source>
        <translation>Kopiera förra omgångens uppgifter</translation>
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
        <source>Tags: {0}</source>
        <translation>Taggar: {0}</translation>
    </message>
    <message>
        <source>Highlighted project (Nosto): reported as a description, without an indicator.</source>
        <translation>Utvalt projekt (Nosto): rapporteras som en beskrivning, utan indikator.</translation>
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
    <message>
        <source>Search result</source>
        <translation>Sökresultat</translation>
    </message>
    <message>
        <source>No measure matches “{0}”.</source>
        <translation>Ingen åtgärd matchar ”{0}”.</translation>
    </message>
    <message>
        <source>Only your unit&apos;s measures are searched; tick “Show all measures of the programme” to search them all.</source>
        <translation>Bara din enhets åtgärder genomsöks; kryssa för ”Visa alla åtgärder i programmet” för att söka i alla.</translation>
    </message>
</context>
<context>
    <name>MeasureStatusModel</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Units&apos; statuses</source>
        <translation>Enheternas status</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Sammanvägd status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>{0} units</source>
        <translation>{0} enheter</translation>
    </message>
    <message>
        <source>{0} (set by you)</source>
        <translation>{0} (satt av dig)</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>follows the return layout but carries no kotodesk signature</source>
        <translation>följer rapportens tabell men saknar kotodesks underskrift</translation>
    </message>
    <message>
        <source>not a kotodesk file (no kotodesk signature and not the return layout)</source>
        <translation>inte en kotodesk-fil (ingen kotodesk-underskrift och inte rapportens tabell)</translation>
    </message>
    <message>
        <source>the copies of the signature in the file differ</source>
        <translation>kopiorna av underskriften i filen skiljer sig åt</translation>
    </message>
    <message>
        <source>the signed content was changed after signing</source>
        <translation>det undertecknade innehållet har ändrats efter undertecknandet</translation>
    </message>
    <message>
        <source>{place}: a formula was put in after signing</source>
        <translation>{place}: en formel har lagts till efter undertecknandet</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}</source>
        <translation>blad {sheet}, cell {cell}</translation>
    </message>
    <message>
        <source>a sheet</source>
        <translation>ett blad</translation>
    </message>
    <message>
        <source>the signed content is not a kotodesk report ({detail})</source>
        <translation>det undertecknade innehållet är inte en kotodesk-rapport ({detail})</translation>
    </message>
    <message>
        <source>the sheets were changed: signed {signed}, found {found}</source>
        <translation>bladen har ändrats: undertecknat {signed}, hittat {found}</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: shows {shown} but {signed} was signed</source>
        <translation>blad {sheet}, cell {cell}: visar {shown} men {signed} undertecknades</translation>
    </message>
    <message>
        <source>sheet {sheet}, cell {cell}: {text} was added after signing</source>
        <translation>blad {sheet}, cell {cell}: {text} har lagts till efter undertecknandet</translation>
    </message>
    <message>
        <source>values unchanged, appearance changed ({what}): the signed PDF is authoritative</source>
        <translation>värdena oförändrade, utseendet ändrat ({what}): den undertecknade PDF-filen gäller</translation>
    </message>
    <message>
        <source>values as signed, but the workbook shows them otherwise than kotodesk writes them ({what}): the signed PDF is authoritative</source>
        <translation>värdena som undertecknade, men arbetsboken visar dem på annat sätt än kotodesk skriver dem ({what}): den undertecknade PDF-filen gäller</translation>
    </message>
    <message>
        <source>a number format that can show other words or figures than a cell holds</source>
        <translation>ett talformat som kan visa andra ord eller tal än cellen innehåller</translation>
    </message>
    <message>
        <source>conditional formatting</source>
        <translation>villkorsstyrd formatering</translation>
    </message>
    <message>
        <source>hidden rows, columns or sheets</source>
        <translation>dolda rader, kolumner eller blad</translation>
    </message>
    <message>
        <source>text too small to read, or in the colour it stands on</source>
        <translation>för liten text, eller text i samma färg som bakgrunden</translation>
    </message>
    <message>
        <source>added {part} ({what})</source>
        <translation>tillagd {part} ({what})</translation>
    </message>
    <message>
        <source>removed {part} ({what})</source>
        <translation>borttagen {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} ({what})</source>
        <translation>ändrad {part} ({what})</translation>
    </message>
    <message>
        <source>changed {part} (the part holding the signature)</source>
        <translation>ändrad {part} (delen som innehåller underskriften)</translation>
    </message>
    <message>
        <source>{changes} and {count} more</source>
        <translation>{changes} och {count} till</translation>
    </message>
    <message>
        <source>saved again by {program}: {changes}</source>
        <translation>sparad på nytt med {program}: {changes}</translation>
    </message>
    <message>
        <source>styles and number formats</source>
        <translation>format och talformat</translation>
    </message>
    <message>
        <source>the sheet list, sheet names, hidden sheets or defined names</source>
        <translation>listan över blad, bladnamn, dolda blad eller definierade namn</translation>
    </message>
    <message>
        <source>cells, row heights and column widths, hidden rows or columns, merged cells or conditional formats</source>
        <translation>celler, radhöjder och kolumnbredder, dolda rader eller kolumner, sammanslagna celler eller villkorsstyrd formatering</translation>
    </message>
    <message>
        <source>drawings or pictures</source>
        <translation>teckningar eller bilder</translation>
    </message>
    <message>
        <source>comments</source>
        <translation>kommentarer</translation>
    </message>
    <message>
        <source>external links</source>
        <translation>externa länkar</translation>
    </message>
    <message>
        <source>embedded objects or controls</source>
        <translation>inbäddade objekt eller kontroller</translation>
    </message>
    <message>
        <source>charts or extra sheets</source>
        <translation>diagram eller extra blad</translation>
    </message>
    <message>
        <source>links between parts: hyperlinks, pictures, comments or external links</source>
        <translation>länkar mellan delar: hyperlänkar, bilder, kommentarer eller externa länkar</translation>
    </message>
    <message>
        <source>the workbook&apos;s text table</source>
        <translation>arbetsbokens texttabell</translation>
    </message>
    <message>
        <source>document properties</source>
        <translation>dokumentegenskaper</translation>
    </message>
    <message>
        <source>the list of the file&apos;s parts</source>
        <translation>listan över filens delar</translation>
    </message>
    <message>
        <source>custom XML data</source>
        <translation>anpassade XML-data</translation>
    </message>
    <message>
        <source>the theme or print settings</source>
        <translation>temat eller utskriftsinställningarna</translation>
    </message>
    <message>
        <source>a part kotodesk does not write</source>
        <translation>en del som kotodesk inte skriver</translation>
    </message>
    <message>
        <source>sealed by an earlier kotodesk version, whose signature covers the values but not how the workbook looks</source>
        <translation>undertecknad med en tidigare version av kotodesk, vars underskrift täcker värdena men inte arbetsbokens utseende</translation>
    </message>
    <message>
        <source>the part holding the workbook&apos;s signature is missing (a spreadsheet program may have saved the file again)</source>
        <translation>delen som innehåller arbetsbokens underskrift saknas (ett kalkylprogram kan ha sparat filen på nytt)</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is damaged ({detail})</source>
        <translation>arbetsbokens underskrift är skadad ({detail})</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature does not match what it signs</source>
        <translation>arbetsbokens underskrift stämmer inte med det den undertecknar</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature is by another key than the content&apos;s</source>
        <translation>arbetsbokens underskrift är gjord med en annan nyckel än innehållets</translation>
    </message>
    <message>
        <source>the workbook&apos;s signature belongs to another file</source>
        <translation>arbetsbokens underskrift hör till en annan fil</translation>
    </message>
    <message>
        <source>signature valid, but the signer ({signer}) is not on the trust list (fingerprint {fingerprint})</source>
        <translation>underskriften giltig, men undertecknaren ({signer}) finns inte på förtroendelistan (fingeravtryck {fingerprint})</translation>
    </message>
    <message>
        <source>signature valid, trusted signer ({signer})</source>
        <translation>underskriften giltig, betrodd undertecknare ({signer})</translation>
    </message>
    <message>
        <source>certified by {authority}</source>
        <translation>certifierad av {authority}</translation>
    </message>
    <message>
        <source>role and units proposed from the certificate, not confirmed yet</source>
        <translation>roll och enheter föreslagna utifrån certifikatet, inte bekräftade ännu</translation>
    </message>
    <message>
        <source>signature intact, but the file cannot count: {why}</source>
        <translation>underskriften intakt, men filen kan inte räknas: {why}</translation>
    </message>
    <message>
        <source>the file names its signer {claimed}, but it was signed with the certificate of {name}</source>
        <translation>filen anger {claimed} som undertecknare, men den undertecknades med certifikatet för {name}</translation>
    </message>
    <message>
        <source>the file names another certificate than the one it carries</source>
        <translation>filen anger ett annat certifikat än det den bär</translation>
    </message>
    <message>
        <source>the file names its unit {claimed}, but its unit id is {registered}&apos;s</source>
        <translation>filen anger enheten {claimed}, men dess enhets-id är enheten {registered}</translation>
    </message>
    <message>
        <source>{signer} may speak for {units} only, not for {unit}</source>
        <translation>{signer} får svara endast för {units}, inte för {unit}</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>undertecknaren</translation>
    </message>
    <message>
        <source>this unit</source>
        <translation>den här enheten</translation>
    </message>
    <message>
        <source>{signer} is trusted as a unit&apos;s contact person, not as the coordinator</source>
        <translation>{signer} är betrodd som en enhets kontaktperson, inte som koordinator</translation>
    </message>
    <message>
        <source>the signing time {time} is not a date and time with a time zone</source>
        <translation>underskriftstiden {time} är inte ett datum och klockslag med tidszon</translation>
    </message>
    <message>
        <source>the signing time {time} lies in the future (this computer&apos;s clock says {now}); check the signer&apos;s clock and export again</source>
        <translation>underskriftstiden {time} ligger i framtiden (datorns klocka visar {now}); kontrollera undertecknarens klocka och exportera igen</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round was opened ({opened}); check the signer&apos;s clock and export again</source>
        <translation>underskriftstiden {time} är före uppföljningsomgångens öppnande ({opened}); kontrollera undertecknarens klocka och exportera igen</translation>
    </message>
    <message>
        <source>the signing time {time} is before the round&apos;s monitoring period began ({period}; the round has no recorded opening time)</source>
        <translation>underskriftstiden {time} är före början av omgångens uppföljningsperiod ({period}; omgången har ingen registrerad öppningstid)</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s, not a person&apos;s signing key</source>
        <translation>certifikatet tillhör en certifikatutfärdare, det är inte en persons signeringsnyckel</translation>
    </message>
    <message>
        <source>the certificate&apos;s extensions cannot be read</source>
        <translation>certifikatets tillägg kan inte läsas</translation>
    </message>
    <message>
        <source>the certificate is a certificate authority&apos;s (it may sign certificates)</source>
        <translation>certifikatet tillhör en certifikatutfärdare (det får underteckna certifikat)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage does not allow signatures (encipherment only)</source>
        <translation>certifikatets nyckelanvändning tillåter inte underskrifter (endast kryptering)</translation>
    </message>
    <message>
        <source>the certificate&apos;s extended key usage is for other purposes ({purposes}), not a person&apos;s signature</source>
        <translation>certifikatets utökade nyckelanvändning gäller andra ändamål ({purposes}), inte en persons signatur</translation>
    </message>
    <message>
        <source>columns narrower than {characters} characters, which show a part of their text</source>
        <translation>kolumner smalare än {characters} tecken, som bara visar en del av sin text</translation>
    </message>
    <message>
        <source>{signer} may speak for no unit on the trust list, so not for {unit}</source>
        <translation>{signer} får enligt förtroendelistan inte svara för någon enhet, alltså inte för {unit}</translation>
    </message>
    <message>
        <source>the certificate&apos;s key usage cannot be read</source>
        <translation>certifikatets nyckelanvändning kan inte läsas</translation>
    </message>
    <message>
        <source>the certificate&apos;s own signature does not hold: it was changed after it was made</source>
        <translation>certifikatets egen signatur stämmer inte: certifikatet har ändrats efter att det gjordes</translation>
    </message>
    <message>
        <source>the certificate was not valid yet when the file was signed (valid from {start}, signed {signed})</source>
        <translation>certifikatet var ännu inte giltigt när filen undertecknades (giltigt från {start}, undertecknad {signed})</translation>
    </message>
    <message>
        <source>the certificate had expired when the file was signed (valid until {end}, signed {signed})</source>
        <translation>certifikatet hade gått ut när filen undertecknades (giltigt till {end}, undertecknad {signed})</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}</source>
        <translation>utfärdaren återkallade certifikatet (serienummer {serial}) den {date}</translation>
    </message>
    <message>
        <source>the certificate (serial {serial}) was revoked by its issuer on {date}, reason: {reason}</source>
        <translation>utfärdaren återkallade certifikatet (serienummer {serial}) den {date}, orsak: {reason}</translation>
    </message>
    <message>
        <source>its certificate&apos;s chain to a trust anchor does not hold ({detail})</source>
        <translation>kedjan från dess certifikat till en betrodd certifikatutfärdare håller inte ({detail})</translation>
    </message>
    <message>
        <source>not a PDF file (no %PDF header)</source>
        <translation>inte en PDF-fil (inget %PDF-huvud)</translation>
    </message>
    <message>
        <source>the PDF is too large ({size} bytes)</source>
        <translation>PDF-filen är för stor ({size} byte)</translation>
    </message>
    <message>
        <source>damaged PDF, cannot be read ({detail})</source>
        <translation>skadad PDF-fil, kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>the PDF&apos;s list of embedded files is nested too deeply</source>
        <translation>PDF-filens lista över inbäddade filer är för djupt nästlad</translation>
    </message>
    <message>
        <source>the embedded signed content is implausibly large</source>
        <translation>det inbäddade undertecknade innehållet är orimligt stort</translation>
    </message>
    <message>
        <source>a PDF without kotodesk&apos;s signed content (not written by kotodesk)</source>
        <translation>en PDF-fil utan kotodesks undertecknade innehåll (inte skriven av kotodesk)</translation>
    </message>
    <message>
        <source>the signature is damaged: the PDF was changed after signing</source>
        <translation>underskriften är skadad: PDF-filen har ändrats efter undertecknandet</translation>
    </message>
    <message>
        <source>the PDF carries no signature</source>
        <translation>PDF-filen har ingen underskrift</translation>
    </message>
    <message>
        <source>signed, but not what its signed content says: {difference}. Its pages were changed, or drawn by a kotodesk version that lays them out otherwise: the .xlsx sent with it carries the same signed content</source>
        <translation>undertecknad, men inte det som dess undertecknade innehåll säger: {difference}. Dess sidor har ändrats, eller ritats av en kotodesk-version som ställer upp sidorna på annat sätt: .xlsx-filen som skickades med den har samma undertecknade innehåll</translation>
    </message>
    <message>
        <source>the signature does not match the content: the PDF was changed after signing</source>
        <translation>underskriften stämmer inte med innehållet: PDF-filen har ändrats efter undertecknandet</translation>
    </message>
    <message>
        <source>the PDF was signed again after the first signature</source>
        <translation>PDF-filen har undertecknats igen efter den första underskriften</translation>
    </message>
    <message>
        <source>a revision was added to the PDF after signing</source>
        <translation>en version har lagts till i PDF-filen efter undertecknandet</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes outside the signature)</source>
        <translation>PDF-filen har ändrats efter undertecknandet (byte utanför underskriften)</translation>
    </message>
    <message>
        <source>the PDF was changed after signing (bytes appended after the signature)</source>
        <translation>PDF-filen har ändrats efter undertecknandet (byte tillagda efter underskriften)</translation>
    </message>
    <message>
        <source>the embedded signed content does not match its signature</source>
        <translation>det inbäddade undertecknade innehållet stämmer inte med sin underskrift</translation>
    </message>
    <message>
        <source>the embedded signed content was sealed by a different key than the PDF&apos;s signature</source>
        <translation>det inbäddade undertecknade innehållet förseglades med en annan nyckel än PDF-filens underskrift</translation>
    </message>
    <message>
        <source>kotodesk cannot render a {format} document, so its pages cannot be compared with its signed content</source>
        <translation>kotodesk kan inte återge ett {format}-dokument, så dess sidor kan inte jämföras med dess undertecknade innehåll</translation>
    </message>
    <message>
        <source>the signed content cannot be rendered ({detail})</source>
        <translation>det undertecknade innehållet kan inte återges ({detail})</translation>
    </message>
    <message>
        <source>its pages cannot be read ({detail})</source>
        <translation>dess sidor kan inte läsas ({detail})</translation>
    </message>
    <message>
        <source>its pages carry annotations the signed content does not have ({kinds})</source>
        <translation>dess sidor har anteckningar som det undertecknade innehållet inte har ({kinds})</translation>
    </message>
    <message>
        <source>its pages say {shown} where the signed content reads {signed} (word {word})</source>
        <translation>dess sidor säger {shown} där det undertecknade innehållet lyder {signed} (ord {word})</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>valid, signed by {signer} (trusted)</source>
        <translation>giltig, undertecknad av {signer} (betrodd)</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is on the trust list but the certificate is not valid now (fingerprint {fingerprint})</source>
        <translation>intakt, undertecknad av {signer}; undertecknaren finns på förtroendelistan men certifikatet är inte giltigt nu (fingeravtryck {fingerprint})</translation>
    </message>
    <message>
        <source>intact, signed by {signer}; the signer is not on the trust list (fingerprint {fingerprint})</source>
        <translation>intakt, undertecknad av {signer}; undertecknaren finns inte på förtroendelistan (fingeravtryck {fingerprint})</translation>
    </message>
    <message>
        <source>the round package cannot be taken in: {why}</source>
        <translation>omgångspaketet kan inte tas emot: {why}</translation>
    </message>
    <message>
        <source>not a genuine round package: {status}, {why}</source>
        <translation>inte ett äkta omgångspaket: {status}, {why}</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>giltig</translation>
    </message>
    <message>
        <source>unknown-signer</source>
        <translation>okänd undertecknare</translation>
    </message>
    <message>
        <source>not-authorised</source>
        <translation>undertecknaren inte behörig</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>ändrad efter undertecknandet</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>inte undertecknad</translation>
    </message>
    <message>
        <source>not-kotodesk</source>
        <translation>inte en kotodesk-fil</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>oläsbar</translation>
    </message>
    <message>
        <source>not a round package but a {format} file</source>
        <translation>inte ett omgångspaket utan en {format}-fil</translation>
    </message>
    <message>
        <source>{reason} (only a file whose values are as signed can be taken in knowingly)</source>
        <translation>{reason} (endast en fil vars värden är som de undertecknades kan tas emot medvetet)</translation>
    </message>
    <message>
        <source>not a unit&apos;s return but a {format} file</source>
        <translation>inte en enhets rapport utan en {format}-fil</translation>
    </message>
    <message>
        <source>a return for another programme ({programme})</source>
        <translation>en rapport för ett annat program ({programme})</translation>
    </message>
    <message>
        <source>a return for another round ({period}; expected {expected})</source>
        <translation>en rapport för en annan uppföljningsomgång ({period}; väntade {expected})</translation>
    </message>
    <message>
        <source>any round of the programme</source>
        <translation>någon av programmets uppföljningsomgångar</translation>
    </message>
    <message>
        <source>round {period} is closed, and a return that comes after it closed is not taken in: to take it in, open the round again (Reopen round)</source>
        <translation>uppföljningsomgången {period} är stängd, och en rapport som kommer efter att den stängts tas inte emot: öppna omgången på nytt (Öppna omgången igen) för att ta emot den</translation>
    </message>
    <message>
        <source>give the monitoring period, e.g. 1–6/2024</source>
        <translation>ange uppföljningsperioden, t.ex. 1–6/2024</translation>
    </message>
    <message>
        <source>{programme} already has a round {period} ({state}): give another period, or open that round again (Reopen round)</source>
        <translation>programmet {programme} har redan uppföljningsomgången {period} ({state}): ange en annan period eller öppna den omgången på nytt (Öppna omgången igen)</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>stängd</translation>
    </message>
    <message>
        <source>unit {unit} is not in the register</source>
        <translation>enheten {unit} finns inte i registret</translation>
    </message>
    <message>
        <source>measures not in this round&apos;s catalogue: {measures}</source>
        <translation>åtgärder som inte finns i omgångens katalog: {measures}</translation>
    </message>
    <message>
        <source>the same return as {file}</source>
        <translation>samma rapport som {file}</translation>
    </message>
    <message>
        <source>taken in knowingly: its sealed values, though its appearance changed after signing</source>
        <translation>mottagen medvetet: dess undertecknade värden, fast utseendet ändrades efter undertecknandet</translation>
    </message>
    <message>
        <source>held apart, not merged: {why}; trust the signer or accept this file to count it</source>
        <translation>hålls åtskild, inte sammanförd: {why}; lita på undertecknaren eller godkänn filen för att räkna den</translation>
    </message>
    <message>
        <source>not merged, {unit} does not answer for: {measures}</source>
        <translation>inte sammanförd, {unit} svarar inte för: {measures}</translation>
    </message>
    <message>
        <source>already received as {file} on {date}; nothing changed</source>
        <translation>redan mottagen som {file} den {date}; inget ändrades</translation>
    </message>
    <message>
        <source>the signer is not on the trust list</source>
        <translation>undertecknaren finns inte på förtroendelistan</translation>
    </message>
    <message>
        <source>the return is unsigned</source>
        <translation>rapporten är inte undertecknad</translation>
    </message>
    <message>
        <source>the signer may not speak for this unit (trust list changed)</source>
        <translation>undertecknaren får inte svara för den här enheten (förtroendelistan ändrades)</translation>
    </message>
    <message>
        <source>taken in knowingly: its appearance changed after signing; its sealed values count, the signed PDF shows what the signer saw</source>
        <translation>mottagen medvetet: utseendet ändrades efter undertecknandet; dess undertecknade värden räknas, den undertecknade PDF-filen visar vad undertecknaren såg</translation>
    </message>
    <message>
        <source>late: signed {signed} Helsinki time, after the deadline {deadline} (midnight in Helsinki)</source>
        <translation>försenad: undertecknad {signed} Helsingforstid, efter sista dagen {deadline} (midnatt i Helsingfors)</translation>
    </message>
    <message>
        <source>out of order: signed before {file}, but taken in after it</source>
        <translation>i fel ordning: undertecknad före {file}, men mottagen efter den</translation>
    </message>
    <message>
        <source>not merged, not the unit&apos;s measures: {measures}</source>
        <translation>inte sammanförd, inte enhetens åtgärder: {measures}</translation>
    </message>
    <message>
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>blad {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <source>is not a regular file (a folder, device, pipe or socket); only files can be read</source>
        <translation>är inte en vanlig fil (en mapp, enhet, pipe eller socket); endast filer kan läsas</translation>
    </message>
    <message>
        <source>is not a regular file; only files can be read</source>
        <translation>är inte en vanlig fil; endast filer kan läsas</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file (it is not a zip archive)</source>
        <translation>inte en Excel .xlsx-fil (den är inte ett zip-arkiv)</translation>
    </message>
    <message>
        <source>contains macros (vbaProject.bin); kotodesk does not open macro-enabled workbooks</source>
        <translation>innehåller makron (vbaProject.bin); kotodesk öppnar inte arbetsböcker med makron</translation>
    </message>
    <message>
        <source>is larger than {megabytes} MB</source>
        <translation>är större än {megabytes} MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>filen är tom</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx ({detail})</source>
        <translation>skadad eller avkortad .xlsx ({detail})</translation>
    </message>
    <message>
        <source>measure {ref}, {field}: {length} characters, but an Excel cell holds at most {limit}. Shorten the text or link to a longer one.</source>
        <translation>åtgärd {ref}, {field}: {length} tecken, men en Excel-cell rymmer högst {limit}. Förkorta texten eller länka till en längre text.</translation>
    </message>
    <message>
        <source>“What has been done”</source>
        <translation>”Vad har gjorts”</translation>
    </message>
    <message>
        <source>“Reasons”</source>
        <translation>”Motivering”</translation>
    </message>
    <message>
        <source>the report against the indicator</source>
        <translation>rapporteringen enligt indikatorn</translation>
    </message>
    <message>
        <source>indicator “{name}”</source>
        <translation>indikatorn ”{name}”</translation>
    </message>
    <message>
        <source>a signing key needs the person&apos;s name</source>
        <translation>en signeringsnyckel behöver personens namn</translation>
    </message>
    <message>
        <source>the {label} has characters a signing certificate cannot hold: {chars}. Leave them out (emoji and other symbols cannot be part of a certificate&apos;s name).</source>
        <translation>fältet ”{label}” har tecken som ett signeringscertifikat inte kan innehålla: {chars}. Utelämna dem (emojier och andra symboler kan inte ingå i ett certifikats namn).</translation>
    </message>
    <message>
        <source>the {label} mixes right-to-left letters (Arabic, Hebrew) with left-to-right ones or with digits or marks at its ends; a certificate&apos;s name is in one direction: write it in one script.</source>
        <translation>fältet ”{label}” blandar bokstäver som skrivs från höger till vänster (arabiska, hebreiska) med sådana som skrivs från vänster till höger eller med siffror eller tecken i början eller slutet; ett certifikats namn går i en riktning: skriv det med ett skriftsystem.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>e-postadress</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
    <message>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <source>the certificate&apos;s name cannot be used for signing ({detail})</source>
        <translation>certifikatets namn kan inte användas för signering ({detail})</translation>
    </message>
    <message>
        <source>the passphrase must have at least {count} characters</source>
        <translation>lösenfrasen måste ha minst {count} tecken</translation>
    </message>
    <message>
        <source>not a PKCS#12 key file ({detail})</source>
        <translation>inte en PKCS#12-nyckelfil ({detail})</translation>
    </message>
    <message>
        <source>the PKCS#12 file holds no private key with its certificate</source>
        <translation>PKCS#12-filen innehåller ingen privat nyckel med sitt certifikat</translation>
    </message>
    <message>
        <source>unsupported key type {kind}; use ECDSA or RSA</source>
        <translation>nyckeltypen {kind} stöds inte; använd ECDSA eller RSA</translation>
    </message>
    <message>
        <source>cannot read ({reason})</source>
        <translation>filen kan inte läsas ({reason})</translation>
    </message>
    <message>
        <source>not an X.509 certificate (PEM or DER)</source>
        <translation>inte ett X.509-certifikat (PEM eller DER)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>not a kotodesk backup: the file is not an SQLite database</source>
        <translation>inte en kotodesk-säkerhetskopia: filen är inte en SQLite-databas</translation>
    </message>
    <message>
        <source>not a usable kotodesk backup ({detail})</source>
        <translation>inte en användbar kotodesk-säkerhetskopia ({detail})</translation>
    </message>
    <message>
        <source>the database in this file is damaged ({detail})</source>
        <translation>databasen i den här filen är skadad ({detail})</translation>
    </message>
    <message>
        <source>an SQLite database, but not a kotodesk database</source>
        <translation>en SQLite-databas, men inte en kotodesk-databas</translation>
    </message>
    <message>
        <source>a kotodesk database changed by something else than kotodesk (its structure differs: {what}); not restored</source>
        <translation>en kotodesk-databas som har ändrats med något annat än kotodesk (dess struktur avviker: {what}); inte återställd</translation>
    </message>
    <message>
        <source>{path}: could not restore ({detail}); the database is unchanged</source>
        <translation>{path}: kunde inte återställas ({detail}); databasen är oförändrad</translation>
    </message>
    <message>
        <source>its sheets were laid out by a newer kotodesk ({maker}, layout {layout}) than this one (layout {ours}), so its cells cannot be compared with its signed content here: update kotodesk</source>
        <translation>dess blad har ställts upp av en nyare kotodesk ({maker}, uppställning {layout}) än denna (uppställning {ours}), så dess celler kan inte jämföras med dess undertecknade innehåll här: uppdatera kotodesk</translation>
    </message>
    <message>
        <source>signed, but its pages do not say what its signed content says: {difference}. The file says it was drawn as this kotodesk draws, so its pages were made otherwise than from its signed content</source>
        <translation>undertecknad, men dess sidor säger inte det som dess undertecknade innehåll säger: {difference}. Enligt filen har den ritats så som denna kotodesk ritar, så dess sidor har gjorts på annat sätt än från dess undertecknade innehåll</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by a newer kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Update kotodesk, or go by the .xlsx sent with it, which carries the same signed content</source>
        <translation>undertecknad och oförändrad, men dess sidor har ritats av en nyare kotodesk ({maker}, sidor {pages}) än denna (sidor {ours}), så de kan inte jämföras med dess undertecknade innehåll här. Uppdatera kotodesk, eller gå efter .xlsx-filen som skickades med den, som har samma undertecknade innehåll</translation>
    </message>
    <message>
        <source>signed and intact, but its pages were drawn by an earlier kotodesk ({maker}, pages {pages}) than this one (pages {ours}), so they cannot be compared with its signed content here. Go by the .xlsx sent with it, which carries the same signed content, or ask the sender to update kotodesk</source>
        <translation>undertecknad och oförändrad, men dess sidor har ritats av en tidigare kotodesk ({maker}, sidor {pages}) än denna (sidor {ours}), så de kan inte jämföras med dess undertecknade innehåll här. Gå efter .xlsx-filen som skickades med den, som har samma undertecknade innehåll, eller be avsändaren uppdatera kotodesk</translation>
    </message>
    <message>
        <source>another version</source>
        <translation>en annan version</translation>
    </message>
    <message>
        <source>set aside: a merged report or meeting summary of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>lagd åt sidan: en sammanslagen rapport eller ett mötessammandrag för omgången {period} gjord av kotodesk, inte en enhets rapport; ingenting av den tas emot</translation>
    </message>
    <message>
        <source>set aside: a round package of round {period} made by kotodesk, not a unit&apos;s return; nothing of it is taken in</source>
        <translation>lagd åt sidan: ett omgångspaket för omgången {period} gjort av kotodesk, inte en enhets rapport; ingenting av det tas emot</translation>
    </message>
    <message>
        <source>the certificate names {issuer} as its issuer, but {issuer} did not sign it (changed after it was issued, or made by someone else)</source>
        <translation>certifikatet anger {issuer} som utfärdare, men {issuer} har inte undertecknat det (det har ändrats efter att det utfärdades, eller gjorts av någon annan)</translation>
    </message>
    <message>
        <source>the certificate&apos;s key is the key of certificate {serial}, revoked on {date} as compromised: whoever took the key can sign with this certificate too</source>
        <translation>certifikatets nyckel är nyckeln till certifikat {serial}, som återkallades {date} som komprometterad: den som kommit åt nyckeln kan underteckna med det här certifikatet också</translation>
    </message>
    <message>
        <source>round {period} is closed: a package would open it at the units, and their returns for it would be refused. Open it again first (Reopen round), or write the open round&apos;s package; nothing was written</source>
        <translation>omgången {period} är stängd: ett paket skulle öppna den hos enheterna, och deras rapporter för den skulle avvisas. Öppna den igen först (Öppna omgången igen) eller skriv den öppna omgångens paket; ingenting skrevs</translation>
    </message>
    <message>
        <source>the period {period} has a character that is not shown (a control or direction character, {at}. character): type the period again, e.g. 1–6/2024; no round was opened</source>
        <translation>uppföljningsperioden {period} har ett tecken som inte syns (ett styr- eller riktningstecken, {at}:e tecknet): skriv perioden igen, t.ex. 1–6/2024; ingen omgång öppnades</translation>
    </message>
    <message>
        <source>round {period} was read from a published report: it can be read, but not opened again to be changed; nothing was changed</source>
        <translation>omgången {period} har lästs från en publicerad rapport: den kan läsas men inte öppnas igen för ändringar; ingenting ändrades</translation>
    </message>
    <message>
        <source>round {period} is closed, and its deadline is part of its record: open it again first (Reopen round) to change the deadline; nothing was changed</source>
        <translation>uppföljningsomgången {period} är stängd, och dess tidsfrist hör till dess uppgifter: öppna omgången på nytt först (Öppna omgången igen) för att ändra tidsfristen; ingenting ändrades</translation>
    </message>
    <message>
        <source>round {period} was not opened in this data folder (it came with kotodesk, from a report or in a round package): only the coordinator who opened a round gives its deadline; nothing was changed</source>
        <translation>uppföljningsomgången {period} har inte öppnats i den här datamappen (den kom med kotodesk, från en rapport eller i ett omgångspaket): bara koordinatorn som öppnade en omgång ger dess sista dag; ingenting ändrades</translation>
    </message>
    <message>
        <source>made on another version of the catalogue: its measure numbers name other measures in this round&apos;s catalogue ({details}). Ask the unit to take in this round&apos;s package and export its return again</source>
        <translation>gjord på en annan version av katalogen: dess åtgärdsnummer avser andra åtgärder i den här omgångens katalog ({details}). Be enheten ta in den här omgångens paket och exportera sin rapport igen</translation>
    </message>
    <message>
        <source>{ref} is {sent} in the file, {here} in the round</source>
        <translation>{ref} är {sent} i filen, {here} i omgången</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} is now under {new}, the number that measure has in the package&apos;s catalogue</source>
        <translation>{unit}: texten som skrevs för {ref} {measure} finns nu under {new}, det nummer åtgärden har i paketets katalog</translation>
    </message>
    <message>
        <source>{unit}: the text typed for {ref} {measure} ({text}) is kept in the data folder, but not in this round: that measure is not in the package&apos;s catalogue (version {version}). Copy what you need into another measure or ask the coordinator</source>
        <translation>{unit}: texten som skrevs för {ref} {measure} ({text}) finns kvar i datamappen, men inte i den här omgången: åtgärden finns inte i paketets katalog (version {version}). Kopiera det du behöver till en annan åtgärd eller fråga koordinatorn</translation>
    </message>
    <message>
        <source>{path}: failed its check after the restore ({detail}); the previous database is in {safety}</source>
        <translation>{path}: kontrollen misslyckades efter återställningen ({detail}); den tidigare databasen finns i {safety}</translation>
    </message>
    <message>
        <source>its name says it was made {made}, which is still to come: the computer&apos;s clock was ahead when it was made, or the file was named by hand</source>
        <translation>enligt namnet gjordes den {made}, vilket ännu inte har kommit: datorns klocka gick före när den gjordes, eller så har filen namngetts för hand</translation>
    </message>
    <message>
        <source>it holds a change dated {changed}, which is still to come: the clock was ahead when that was saved, or the file was made elsewhere</source>
        <translation>den innehåller en ändring daterad {changed}, vilket ännu inte har kommit: klockan gick före när den sparades, eller så har filen gjorts någon annanstans</translation>
    </message>
    <message>
        <source>its name says it was made {made}, but the file was written {written}: copied, or named by hand</source>
        <translation>enligt namnet gjordes den {made}, men filen skrevs {written}: kopierad, eller namngiven för hand</translation>
    </message>
    <message>
        <source>written by a newer kotodesk (schema {schema}); update kotodesk to restore it</source>
        <translation>skriven av en nyare kotodesk (schema {schema}); uppdatera kotodesk för att återställa den</translation>
    </message>
    <message>
        <source>not an X.509 certificate file (PEM or DER)</source>
        <translation>inte en X.509-certifikatfil (PEM eller DER)</translation>
    </message>
    <message>
        <source>this certificate is not for your key (its public key differs from your certificate&apos;s): was the request made in another data folder?</source>
        <translation>det här certifikatet är inte för din nyckel (dess publika nyckel skiljer sig från ditt certifikats): gjordes begäran i en annan datamapp?</translation>
    </message>
    <message>
        <source>cannot be installed: {why}</source>
        <translation>kan inte installeras: {why}</translation>
    </message>
    <message>
        <source>the chain is broken: {subject} was not issued by {issuer} ({detail})</source>
        <translation>kedjan är bruten: {subject} har inte utfärdats av {issuer} ({detail})</translation>
    </message>
    <message>
        <source>the certificate after yours in the file ({name}) is not a certificate authority&apos;s</source>
        <translation>certifikatet efter ditt i filen ({name}) är inte en certifikatutfärdares</translation>
    </message>
    <message>
        <source>the certificate authority&apos;s certificate {name} is not valid today (valid from {start} to {end})</source>
        <translation>certifikatutfärdarens certifikat {name} är inte giltigt i dag (giltigt {start} – {end})</translation>
    </message>
    <message>
        <source>the certificate is not valid today (valid from {start} to {end})</source>
        <translation>certifikatet är inte giltigt i dag (giltigt {start} – {end})</translation>
    </message>
    <message>
        <source>the key&apos;s certificate cannot sign kotodesk files: {why}; the key was not imported</source>
        <translation>nyckelns certifikat kan inte underteckna kotodesk-filer: {why}; nyckeln importerades inte</translation>
    </message>
    <message>
        <source>the file holds no certificate authority&apos;s certificate after yours: install the file `kotodesk ca issue` wrote, which has both</source>
        <translation>filen innehåller inget certifikat från certifikatutfärdaren efter ditt: installera filen som `kotodesk ca issue` skrev, den har båda</translation>
    </message>
    <message>
        <source>the request needs the person&apos;s name (--name)</source>
        <translation>begäran behöver personens namn (--name)</translation>
    </message>
    <message>
        <source>too large for a certificate request</source>
        <translation>för stor för en certifikatbegäran</translation>
    </message>
    <message>
        <source>not a certificate request (PKCS#10, PEM or DER): {detail}</source>
        <translation>inte en certifikatbegäran (PKCS#10, PEM eller DER): {detail}</translation>
    </message>
    <message>
        <source>the key on the token is not the certificate authority&apos;s</source>
        <translation>nyckeln på kortet eller token är inte certifikatutfärdarens</translation>
    </message>
    <message>
        <source>the request&apos;s signature does not hold: it was changed after it was made</source>
        <translation>begärans signatur håller inte: den ändrades efter att den gjordes</translation>
    </message>
    <message>
        <source>the request names no person (no common name)</source>
        <translation>begäran namnger ingen person (inget common name)</translation>
    </message>
    <message>
        <source>the request&apos;s name holds control or direction characters ({text}): every file it signs would show them where it names its signer; ask for a request with the name as it is written</source>
        <translation>namnet i begäran innehåller styr- eller riktningstecken ({text}): varje fil den undertecknar skulle visa dem där undertecknaren nämns; be om en begäran med namnet skrivet som vanligt</translation>
    </message>
    <message>
        <source>the request is for a key whose certificate {serial} was revoked on {date} as compromised: whoever holds that key would count again; the person makes a new key and a new request</source>
        <translation>begäran gäller en nyckel vars certifikat {serial} återkallades {date} som komprometterat: vem som helst som har nyckeln skulle räknas igen; personen skapar en ny nyckel och en ny begäran</translation>
    </message>
    <message>
        <source>names no known programme ({name})</source>
        <translation>namnger inget känt program ({name})</translation>
    </message>
    <message>
        <source>names no round of {programme} ({period})</source>
        <translation>namnger ingen uppföljningsomgång för {programme} ({period})</translation>
    </message>
    <message>
        <source>names no unit of the register ({name})</source>
        <translation>namnger ingen enhet i registret ({name})</translation>
    </message>
    <message>
        <source>cannot tell which theme this sheet is</source>
        <translation>det går inte att avgöra vilket tema bladet gäller</translation>
    </message>
    <message>
        <source>measure {ref} is not in the catalogue of {programme}</source>
        <translation>åtgärd {ref} finns inte i katalogen för {programme}</translation>
    </message>
    <message>
        <source>no measures found in the return&apos;s table</source>
        <translation>inga åtgärder hittades i rapportens tabell</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook ({detail})</source>
        <translation>inte en läsbar .xlsx-arbetsbok ({detail})</translation>
    </message>
    <message>
        <source>not a readable .xlsx workbook (its reader gave up on damaged data)</source>
        <translation>inte en läsbar .xlsx-arbetsbok (läsaren gav upp vid skadade data)</translation>
    </message>
    <message>
        <source>not a certificate authority&apos;s certificate ({people}): trust a person&apos;s certificate with `kotodesk trust add`</source>
        <translation>inte en certifikatutfärdares certifikat ({people}): lita på en persons certifikat med `kotodesk trust add`</translation>
    </message>
    <message>
        <source>not a certificate revocation list (CRL, DER or PEM): {detail}</source>
        <translation>inte en spärrlista för certifikat (CRL, DER eller PEM): {detail}</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is not signed by a trust anchor of this data folder (add the CA with `kotodesk trust add-anchor`)</source>
        <translation>spärrlistan från {issuer} är inte undertecknad av någon betrodd certifikatutfärdare i den här datamappen (lägg till utfärdaren med `kotodesk trust add-anchor`)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} says it was issued on {issued}, later than this computer&apos;s clock ({now}): a list from the future is not taken in (check the clock of the computer that made it, and of this one)</source>
        <translation>spärrlistan från {issuer} säger att den utfärdades {issued}, senare än den här datorns klocka ({now}): en spärrlista från framtiden tas inte i bruk (kontrollera klockan på datorn som gjorde den och på den här datorn)</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} is to be replaced on {due}, before it was issued ({issued}): not taken in</source>
        <translation>spärrlistan från {issuer} ska ersättas {due}, innan den utfärdades ({issued}): den tas inte i bruk</translation>
    </message>
    <message>
        <source>the revocation list of {issuer} was due to be replaced on {due}: a certificate revoked since then is not on it; ask the certificate authority for its current list</source>
        <translation>spärrlistan från {issuer} skulle ha ersatts {due}: ett certifikat som återkallats efter det finns inte på den; be certifikatutfärdaren om dess aktuella lista</translation>
    </message>
    <message>
        <source>cannot be trusted: {why}</source>
        <translation>kan inte betros: {why}</translation>
    </message>
    <message>
        <source>the package&apos;s catalogue does not match its own fingerprint</source>
        <translation>paketets katalog stämmer inte med dess eget fingeravtryck</translation>
    </message>
    <message>
        <source>signed before the round package taken in last ({signed}, the last one {last}): the newer package stands, and this one is not taken in</source>
        <translation>undertecknat före det omgångspaket som togs emot senast ({signed}, det senaste {last}): det nyare paketet gäller, och detta tas inte emot</translation>
    </message>
    <message>
        <source>the package&apos;s round has no period; it is not taken in</source>
        <translation>paketets omgång har ingen uppföljningsperiod; paketet tas inte emot</translation>
    </message>
    <message>
        <source>the package&apos;s round {period} is its own previous round; it is not taken in</source>
        <translation>paketets omgång {period} är dess egen föregående omgång; paketet tas inte emot</translation>
    </message>
    <message>
        <source>cannot be attached to the e-mail ({reason})</source>
        <translation>kan inte bifogas till e-postmeddelandet ({reason})</translation>
    </message>
    <message>
        <source>{address} ({source}) is not an e-mail address a mail program can send to</source>
        <translation>{address} ({source}) är inte en e-postadress som ett e-postprogram kan skicka till</translation>
    </message>
    <message>
        <source>the register&apos;s address of {unit}</source>
        <translation>registrets adress för {unit}</translation>
    </message>
    <message>
        <source>the address in the certificate of {name}</source>
        <translation>adressen i certifikatet för {name}</translation>
    </message>
    <message>
        <source>not sent: {why}</source>
        <translation>skickas inte: {why}</translation>
    </message>
    <message>
        <source>not sent: this is {found}, not {wanted}</source>
        <translation>skickas inte: detta är {found}, inte {wanted}</translation>
    </message>
    <message>
        <source>a unit&apos;s signed return</source>
        <translation>en enhets undertecknade rapport</translation>
    </message>
    <message>
        <source>a round package</source>
        <translation>ett omgångspaket</translation>
    </message>
    <message>
        <source>a merged report or a meeting summary</source>
        <translation>en sammanslagen rapport eller ett mötessammandrag</translation>
    </message>
    <message>
        <source>another kind of kotodesk file ({kind})</source>
        <translation>en annan sorts kotodesk-fil ({kind})</translation>
    </message>
    <message>
        <source>not sent: signed by {signer}, not with this data folder&apos;s key</source>
        <translation>skickas inte: undertecknad av {signer}, inte med den här datamappens nyckel</translation>
    </message>
    <message>
        <source>not sent: the return of {found}, not of {wanted}</source>
        <translation>skickas inte: rapporten från {found}, inte från {wanted}</translation>
    </message>
    <message>
        <source>not sent: for round {found} of {programme}, not for round {wanted} of {expected}</source>
        <translation>skickas inte: för omgång {found} av {programme}, inte för omgång {wanted} av {expected}</translation>
    </message>
    <message>
        <source>not sent: the .xlsx and the .pdf are not the same return (signed {first} and {second})</source>
        <translation>skickas inte: .xlsx- och .pdf-filen är inte samma rapport (undertecknade {first} och {second})</translation>
    </message>
    <message>
        <source>the attachments exceed {megabytes} MB, more than mail servers accept</source>
        <translation>bilagorna överskrider {megabytes} MB, mer än e-postservrar tar emot</translation>
    </message>
    <message>
        <source>{path}: could not write the file ({reason}); nothing was written there</source>
        <translation>{path}: filen kunde inte skrivas ({reason}); ingenting skrevs där</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}); no merged output was written</source>
        <translation>{path}: kan inte skrivas ({reason}); inga sammanslagna filer skrevs</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>diskkvoten är förbrukad</translation>
    </message>
    <message>
        <source>the folder is on a read-only disk</source>
        <translation>mappen ligger på en skrivskyddad disk</translation>
    </message>
    <message>
        <source>no permission to write there</source>
        <translation>ingen behörighet att skriva där</translation>
    </message>
    <message>
        <source>the file is larger than this disk or account allows</source>
        <translation>filen är större än den här disken eller kontot tillåter</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>mappen finns inte</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>en del av sökvägen är inte en mapp</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>det är en mapp</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <source>it is a file, not a folder</source>
        <translation>det är en fil, inte en mapp</translation>
    </message>
    <message>
        <source>the path goes round in a loop of symbolic links</source>
        <translation>sökvägen går runt i en slinga av symboliska länkar</translation>
    </message>
    <message>
        <source>the disk reported an error while writing</source>
        <translation>disken rapporterade ett fel vid skrivning</translation>
    </message>
    <message>
        <source>it is a link to {target}, which does not exist: a disk that is not connected, or a folder moved; connect the disk or correct the link</source>
        <translation>den är en länk till {target}, som inte finns: en disk som inte är ansluten, eller en flyttad mapp; anslut disken eller rätta länken</translation>
    </message>
    <message>
        <source>the database file or its folder is read-only</source>
        <translation>databasfilen eller dess mapp är skrivskyddad</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>ingen behörighet att läsa den</translation>
    </message>
    <message>
        <source>the disk could not be read</source>
        <translation>disken kunde inte läsas</translation>
    </message>
    <message>
        <source>is a folder, not a catalogue file</source>
        <translation>är en mapp, inte en åtgärdslista</translation>
    </message>
    <message>
        <source>not valid JSON ({detail})</source>
        <translation>inte giltig JSON ({detail})</translation>
    </message>
    <message>
        <source>not a text file (it contains binary data)</source>
        <translation>inte en textfil (den innehåller binära data)</translation>
    </message>
    <message>
        <source>not UTF-8 text (undecodable byte at offset {offset}); save it as &apos;Unicode (UTF-8)&apos; text</source>
        <translation>inte UTF-8-text (en byte vid position {offset} kan inte avkodas); spara filen som text med kodningen &apos;Unicode (UTF-8)&apos;</translation>
    </message>
    <message>
        <source>the file is larger than {megabytes} MB</source>
        <translation>filen är större än {megabytes} MB</translation>
    </message>
    <message>
        <source>a table row before any header row (expected &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;)</source>
        <translation>en tabellrad före kolumnrubrikerna (raden &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos; förväntades)</translation>
    </message>
    <message>
        <source>no theme found: expected a theme heading line followed by the header row &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos;</source>
        <translation>inget tema hittades: en rad med temats rubrik och under den raden med kolumnrubrikerna &apos;Tavoitteet⇥Toimenpiteet⇥Seuranta⇥Vastuutahot&apos; förväntades</translation>
    </message>
    <message>
        <source>unreadable table text: {detail}</source>
        <translation>tabelltexten kan inte läsas: {detail}</translation>
    </message>
    <message>
        <source>this line looks like the header row, but its cells are not separated by tabs (save the table as tab-separated text, or as .xlsx)</source>
        <translation>raden ser ut som rubrikraden, men dess celler är inte åtskilda med tabbar (spara tabellen som tabbavgränsad text eller som .xlsx)</translation>
    </message>
    <message>
        <source>{where}: measure {number} has no text (Toimenpiteet is empty; a merged cell keeps its text in its first cell only)</source>
        <translation>{where}: åtgärd {number} har ingen text (Toimenpiteet är tom; en sammanfogad cell har sin text bara i den första cellen)</translation>
    </message>
    <message>
        <source>a measure row before any theme heading</source>
        <translation>en åtgärdsrad före den första temarubriken</translation>
    </message>
    <message>
        <source>goal text without a goal number: {text}</source>
        <translation>måltext utan målnummer: {text}</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on row {row})</source>
        <translation>åtgärd {number} förekommer två gånger i temat {theme} (första gången på rad {row})</translation>
    </message>
    <message>
        <source>status {status} has no label (Selite): it would be shown by its colour alone</source>
        <translation>status {status} har ingen förklaring (Selite): den skulle visas bara med sin färg</translation>
    </message>
    <message>
        <source>status {status}: {colour} is not a colour like #2e7d32</source>
        <translation>status {status}: {colour} är inte en färg som #2e7d32</translation>
    </message>
    <message>
        <source>measure {number} of theme {theme}: its {column} text is {length} characters long, more than an Excel cell holds ({limit}), so the round package could not carry it</source>
        <translation>åtgärd {number} i temat {theme}: dess {column}-text är {length} tecken lång, mer än en Excel-cell rymmer ({limit}), så omgångspaketet kunde inte bära den</translation>
    </message>
    <message>
        <source>measure {number} appears twice in theme {theme} (first on sheet {sheet}, row {row})</source>
        <translation>åtgärd {number} förekommer två gånger i temat {theme} (första gången på bladet {sheet}, rad {row})</translation>
    </message>
    <message>
        <source>a continuation row before any measure (no measure number like &apos;1.1&apos;)</source>
        <translation>en fortsättningsrad före den första åtgärden (inget åtgärdsnummer som &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>no measures found</source>
        <translation>inga åtgärder hittades</translation>
    </message>
    <message>
        <source>theme {position} has no name</source>
        <translation>tema {position} saknar namn</translation>
    </message>
    <message>
        <source>a measure of theme {theme} has no number</source>
        <translation>en åtgärd i temat {theme} saknar nummer</translation>
    </message>
    <message>
        <source>measure number {number} appears twice in theme {theme}</source>
        <translation>åtgärdsnummer {number} förekommer två gånger i temat {theme}</translation>
    </message>
    <message>
        <source>{file}: unchanged, {programme} is already at this content (version {version}); nothing imported.</source>
        <translation>{file}: oförändrad, {programme} har redan detta innehåll (version {version}); ingenting importerades.</translation>
    </message>
    <message>
        <source>{file}: imported as new programme {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: importerad som nytt program {programme} (version {version}): antal teman {themes}, antal åtgärder {measures}.</translation>
    </message>
    <message>
        <source>{file}: imported as new catalogue version {programme} (version {version}): {themes} themes, {measures} measures.</source>
        <translation>{file}: importerad som ny version av åtgärdslistan för {programme} (version {version}): antal teman {themes}, antal åtgärder {measures}.</translation>
    </message>
    <message>
        <source>New units added to the register (check their names): {items}</source>
        <translation>Nya enheter lades till i registret (kontrollera deras namn): {items}</translation>
    </message>
    <message>
        <source>{unit} (read from the Vastuutahot of {measures}: {texts})</source>
        <translation>{unit} (läst ur de ansvariga enheterna för {measures}: {texts})</translation>
    </message>
    <message>
        <source>measure {number} comes after {before} and is a number in Excel, not text. {advice}</source>
        <translation>åtgärd {number} kommer efter {before} och är ett tal i Excel, inte text. {advice}</translation>
    </message>
    <message>
        <source>Excel may have stored {lost} as the number {number} (it drops the last zero of a number): format column {column} as text, type the measure numbers again and import the file again</source>
        <translation>Excel kan ha sparat {lost} som talet {number} (det stryker ett tals sista nolla): formatera kolumn {column} som text, skriv åtgärdernas nummer på nytt och importera filen igen</translation>
    </message>
    <message>
        <source>{ref}: the Vastuutahot {text} were read as {units}, with the spaces or hyphens inside a name left out; correct the text if that is not what it means</source>
        <translation>{ref}: de ansvariga enheterna {text} lästes som {units}, utan mellanslagen eller bindestrecken inne i ett namn; rätta texten om den inte betyder det</translation>
    </message>
    <message>
        <source>Measures added: {items}</source>
        <translation>Tillagda åtgärder: {items}</translation>
    </message>
    <message>
        <source>Measures changed: {items}</source>
        <translation>Ändrade åtgärder: {items}</translation>
    </message>
    <message>
        <source>Measures no longer in the catalogue (their entries are kept): {items}</source>
        <translation>Åtgärder som inte längre finns i listan (deras uppgifter behålls): {items}</translation>
    </message>
    <message>
        <source>Warning: {warning}</source>
        <translation>Varning: {warning}</translation>
    </message>
    <message>
        <source>sheet {sheet} row {row}: a formula was read as its text, not evaluated ({text})</source>
        <translation>blad {sheet}, rad {row}: en formel lästes som text och beräknades inte ({text})</translation>
    </message>
    <message>
        <source>not a kotodesk catalogue (format is not {format})</source>
        <translation>inte en åtgärdslista från kotodesk (formatet är inte {format})</translation>
    </message>
    <message>
        <source>malformed catalogue: {detail}</source>
        <translation>felaktig åtgärdslista: {detail}</translation>
    </message>
    <message>
        <source>no responsible unit (Vastuutahot is empty), so no unit reports on them: {refs}</source>
        <translation>ingen ansvarig enhet (Vastuutahot är tom), så ingen enhet rapporterar om dem: {refs}</translation>
    </message>
    <message>
        <source>sheet {sheet} is hidden in the workbook; its measures were read as those of the visible sheets</source>
        <translation>bladet {sheet} är dolt i arbetsboken; dess åtgärder lästes som de synliga bladens</translation>
    </message>
    <message>
        <source>column {column}: {number} is not a measure number like 1.1 or 4.10 (did Excel make a date or a number of it? Format the column as text and type the number again)</source>
        <translation>kolumn {column}: {number} är inte ett åtgärdsnummer som 1.1 eller 4.10 (gjorde Excel ett datum eller ett tal av det? Formatera kolumnen som text och skriv numret igen)</translation>
    </message>
    <message>
        <source>{number} in theme {theme} is not a measure number like 1.1 or 4.10</source>
        <translation>{number} i temat {theme} är inte ett åtgärdsnummer som 1.1 eller 4.10</translation>
    </message>
    <message>
        <source>no sheet has the catalogue columns (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot) in its first rows</source>
        <translation>inget blad har åtgärdslistans kolumner (Tavoitteet, Toimenpiteet, Seuranta, Vastuutahot) på de första raderna</translation>
    </message>
    <message>
        <source>goal cell does not start with a goal number like &apos;1.&apos;: {text}</source>
        <translation>målcellen börjar inte med ett målnummer som &apos;1.&apos;: {text}</translation>
    </message>
    <message>
        <source>measure without a number (fill the &apos;Nro&apos; column or start the text with e.g. &apos;1.1&apos;)</source>
        <translation>åtgärd utan nummer (fyll i kolumnen &apos;Nro&apos; eller börja texten med t.ex. &apos;1.1&apos;)</translation>
    </message>
    <message>
        <source>unknown kind {kind} (use &apos;nosto&apos; or leave empty)</source>
        <translation>okänd typ {kind} (skriv &apos;nosto&apos; eller lämna cellen tom)</translation>
    </message>
    <message>
        <source>not a kotodesk round file ({format})</source>
        <translation>inte en omgångsfil från kotodesk ({format})</translation>
    </message>
    <message>
        <source>entry for unknown measure {ref}</source>
        <translation>uppgift för en okänd åtgärd {ref}</translation>
    </message>
    <message>
        <source>{ref}: {unit} is not a responsible unit of the measure</source>
        <translation>{ref}: {unit} är inte ansvarig enhet för åtgärden</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same unit</source>
        <translation>{ref}: två texter för samma enhet</translation>
    </message>
    <message>
        <source>{ref}: two texts for the same measure as a whole</source>
        <translation>{ref}: två texter för åtgärden som helhet</translation>
    </message>
    <message>
        <source>{ref}: a value for {clause}, which is not one of the measure&apos;s indicators</source>
        <translation>{ref}: ett värde för {clause}, som inte är någon av åtgärdens indikatorer</translation>
    </message>
    <message>
        <source>{ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>{ref}: statusen {status} finns inte på programmets statusskala</translation>
    </message>
    <message>
        <source>{ref}: a status without the report&apos;s words for it (status_basis)</source>
        <translation>{ref}: en status utan rapportens egna ord för den (status_basis)</translation>
    </message>
    <message>
        <source>the export stopped before it finished (exit code {status}): export again before sending the files</source>
        <translation>exporten avbröts innan den blev klar (slutkod {status}): exportera igen innan du skickar filerna</translation>
    </message>
    <message>
        <source>part {part} declares {count} texts, more than kotodesk reads ({limit}): refused unread</source>
        <translation>delen {part} anger {count} texter, fler än kotodesk läser ({limit}): avvisad oläst</translation>
    </message>
    <message>
        <source>holds {count} zip entries (more than {limit})</source>
        <translation>innehåller {count} zip-poster (fler än {limit})</translation>
    </message>
    <message>
        <source>would unpack to {megabytes} MB (limit {limit} MB): refused as a possible zip bomb</source>
        <translation>skulle packas upp till {megabytes} MB (gränsen är {limit} MB): avvisad som möjlig zip-bomb</translation>
    </message>
    <message>
        <source>holds the part {part} twice (names differing only in case count as the same part): refused, readers would disagree on it</source>
        <translation>innehåller delen {part} två gånger (namn som bara skiljer sig i stora och små bokstäver räknas som samma del): avvisad, läsarna skulle tolka den olika</translation>
    </message>
    <message>
        <source>not an Excel .xlsx file ([Content_Types].xml is missing)</source>
        <translation>inte en Excel .xlsx-fil ([Content_Types].xml saknas)</translation>
    </message>
    <message>
        <source>part {part} would unpack to {megabytes} MB: refused as a possible zip bomb</source>
        <translation>delen {part} skulle packas upp till {megabytes} MB: avvisad som möjlig zip-bomb</translation>
    </message>
    <message>
        <source>part {part} is compressed {ratio}:1: refused as a possible zip bomb</source>
        <translation>delen {part} är komprimerad {ratio}:1: avvisad som möjlig zip-bomb</translation>
    </message>
    <message>
        <source>part {part} holds more than it declares: refused as a possible zip bomb</source>
        <translation>delen {part} innehåller mer än den anger: avvisad som möjlig zip-bomb</translation>
    </message>
    <message>
        <source>part {part} contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>delen {part} innehåller XML-entitets- eller DTD-deklarationer: avvisad som osäker</translation>
    </message>
    <message>
        <source>contains XML entity or DTD declarations: refused as unsafe</source>
        <translation>innehåller XML-entitets- eller DTD-deklarationer: avvisad som osäker</translation>
    </message>
    <message>
        <source>damaged or truncated .xlsx (part {part}: {detail})</source>
        <translation>skadad eller avkortad .xlsx (delen {part}: {detail})</translation>
    </message>
    <message>
        <source>part {part} holds a row or cell tag written in a way kotodesk does not read: refused unread</source>
        <translation>delen {part} innehåller en rad- eller celltagg skriven på ett sätt som kotodesk inte läser: avvisad oläst</translation>
    </message>
    <message>
        <source>part {part}: a row number {value} is not valid</source>
        <translation>delen {part}: radnumret {value} är ogiltigt</translation>
    </message>
    <message>
        <source>part {part}: the cell reference {value} is not valid</source>
        <translation>delen {part}: cellreferensen {value} är ogiltig</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>delen {part} når rad {row}: längre än kotodesk läser ({rows} rader, {columns} kolumner); avvisad oläst</translation>
    </message>
    <message>
        <source>part {part} reaches row {row}, column {column}: beyond what kotodesk reads ({rows} rows, {columns} columns); refused unread</source>
        <translation>delen {part} når rad {row}, kolumn {column}: längre än kotodesk läser ({rows} rader, {columns} kolumner); avvisad oläst</translation>
    </message>
    <message>
        <source>the embedded signature block is damaged ({detail})</source>
        <translation>det inbäddade underskriftsblocket är skadat ({detail})</translation>
    </message>
    <message>
        <source>unknown sealed format {format}</source>
        <translation>okänt underskriftsformat {format}</translation>
    </message>
    <message>
        <source>the return&apos;s content is malformed: {detail}</source>
        <translation>rapportens innehåll är felaktigt: {detail}</translation>
    </message>
    <message>
        <source>the file shows its unit as {shown}, another unit than {unit}, for which it would be recorded</source>
        <translation>filen visar {shown} som sin enhet, en annan enhet än {unit}, som den skulle registreras för</translation>
    </message>
    <message>
        <source>the file shows the status scale otherwise than the programme (other words or colours for its statuses)</source>
        <translation>filen visar statusskalan annorlunda än programmet (andra ord eller färger för statusarna)</translation>
    </message>
    <message>
        <source>measure {ref}: status {status} is not on the programme&apos;s scale</source>
        <translation>åtgärd {ref}: statusen {status} finns inte på programmets skala</translation>
    </message>
    <message>
        <source>measure {ref}: a value of {name} that the file does not show</source>
        <translation>åtgärd {ref}: ett värde för {name} som filen inte visar</translation>
    </message>
    <message>
        <source>measure {ref} is in the file twice, and a person reads both</source>
        <translation>åtgärd {ref} finns två gånger i filen, och läsaren ser båda</translation>
    </message>
    <message>
        <source>measure {ref} is shown as measure {number} of theme {theme}: a person reads it as another measure than the one it would be recorded for</source>
        <translation>åtgärd {ref} visas som åtgärd {number} i tema {theme}: läsaren tar den för en annan åtgärd än den som den skulle registreras för</translation>
    </message>
    <message>
        <source>checking this file stopped the checking process twice (exit code {status}): refused unread; send it to the kotodesk developers</source>
        <translation>kontrollen av den här filen stoppade kontrollprocessen två gånger (slutkod {status}): avvisad oläst; skicka filen till kotodesks utvecklare</translation>
    </message>
    <message>
        <source>could not be checked ({detail})</source>
        <translation>kunde inte kontrolleras ({detail})</translation>
    </message>
    <message>
        <source>checking this file took more than {seconds} s, twice: refused unread; send it to the kotodesk developers</source>
        <translation>kontrollen av den här filen tog mer än {seconds} s två gånger: avvisad oläst; skicka filen till kotodesks utvecklare</translation>
    </message>
    <message>
        <source>{path}: the database is damaged and cannot be read ({detail}). kotodesk keeps backups of it: the window offers the newest when it starts; `kotodesk backup list` shows them and `kotodesk backup restore FILE` restores one, keeping the damaged file aside</source>
        <translation>{path}: databasen är skadad och kan inte läsas ({detail}). kotodesk sparar säkerhetskopior av den: fönstret erbjuder den senaste när det startar; `kotodesk backup list` dem och `kotodesk backup restore FIL` återställer en och flyttar undan den skadade filen</translation>
    </message>
    <message>
        <source>{path}: not a usable kotodesk database ({detail})</source>
        <translation>{path}: inte en användbar kotodesk-databas ({detail})</translation>
    </message>
    <message>
        <source>{path}: the database cannot use write-ahead logging here ({mode}); use a data folder on a local disk (--home DIR or KOTODESK_HOME)</source>
        <translation>{path}: databasen kan inte använda förskrivningslogg (write-ahead logging) här ({mode}); använd en datamapp på en lokal disk (--home MAPP eller KOTODESK_HOME)</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the data folder ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk kan inte skriva i datamappen ({problem}). Inget ändrades; {advice} (--home MAPP eller KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>free some space or use another folder</source>
        <translation>frigör utrymme eller använd en annan mapp</translation>
    </message>
    <message>
        <source>use a folder with a shorter path</source>
        <translation>använd en mapp med en kortare sökväg</translation>
    </message>
    <message>
        <source>use a folder you can write to</source>
        <translation>använd en mapp som du kan skriva i</translation>
    </message>
    <message>
        <source>{path}: kotodesk cannot write the database ({problem}). Nothing was changed; {advice} (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: kotodesk kan inte skriva i databasen ({problem}). Inget ändrades; {advice} (--home MAPP eller KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>kotodesk cannot tell where to keep its data: this user has no home folder ({detail}). Give a data folder with --home DIR or KOTODESK_HOME.</source>
        <translation>kotodesk vet inte var dess data ska sparas: den här användaren har ingen hemmapp ({detail}). Ange en datamapp med --home MAPP eller miljövariabeln KOTODESK_HOME.</translation>
    </message>
    <message>
        <source>{path}: written by a newer kotodesk (schema {schema}); update kotodesk to open it</source>
        <translation>{path}: skriven av en nyare kotodesk (schema {schema}); uppdatera kotodesk för att öppna den</translation>
    </message>
    <message>
        <source>{path}: {problem}; this change was not saved. Put the data folder back as it was, or close kotodesk and start it again (--home DIR or KOTODESK_HOME).</source>
        <translation>{path}: {problem}; den här ändringen sparades inte. Återställ datamappen som den var, eller stäng kotodesk och starta den igen (--home MAPP eller KOTODESK_HOME).</translation>
    </message>
    <message>
        <source>the database file was moved, removed or replaced by another program while kotodesk had it open</source>
        <translation>ett annat program flyttade, tog bort eller ersatte databasfilen medan kotodesk hade den öppen</translation>
    </message>
    <message>
        <source>{path}: another kotodesk is writing to this database; waited {seconds} s. Try again when it has finished.</source>
        <translation>{path}: en annan kotodesk skriver till den här databasen; väntade {seconds} s. Försök igen när den är klar.</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make a signing key</source>
        <translation>Skapa signeringsnyckel</translation>
    </message>
    <message>
        <source>kotodesk makes your signing key and keeps it on this computer, locked with a passphrase of at least 8 characters. You need the passphrase every time you sign; nobody can recover it.</source>
        <translation>kotodesk skapar din signeringsnyckel och förvarar den på den här datorn, låst med en lösenfras på minst 8 tecken. Du behöver lösenfrasen varje gång du undertecknar; ingen kan återställa den.</translation>
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
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Lösenfras igen</translation>
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
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Passphrase &amp;again:</source>
        <translation>Lösenfras &amp;igen:</translation>
    </message>
    <message>
        <source>&amp;Make key</source>
        <translation>&amp;Skapa nyckel</translation>
    </message>
    <message>
        <source>Your name is needed for the signature.</source>
        <translation>Ditt namn behövs för signaturen.</translation>
    </message>
    <message>
        <source>The passphrase must have at least 8 characters.</source>
        <translation>Lösenfrasen måste ha minst 8 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>De två lösenfraserna skiljer sig åt.</translation>
    </message>
</context>
<context>
    <name>OutputsTab</name>
    <message>
        <source>Signature</source>
        <translation>Underskrift</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
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
        <source>Merged report and meeting summary</source>
        <translation>Sammanslagen rapport och mötessammandrag</translation>
    </message>
    <message>
        <source>Folder for the files</source>
        <translation>Mapp för filerna</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
    </message>
    <message>
        <source>Choose the folder</source>
        <translation>Välj mappen</translation>
    </message>
    <message>
        <source>Save in &amp;folder:</source>
        <translation>Spara i &amp;mapp:</translation>
    </message>
    <message>
        <source>Merged report (.&amp;xlsx): every measure with each unit&apos;s contribution</source>
        <translation>Sammanslagen rapport (.&amp;xlsx): varje åtgärd med varje enhets uppgifter</translation>
    </message>
    <message>
        <source>Meeting summary (.p&amp;df): legend, charts per theme, who has not returned, each measure</source>
        <translation>Mötessammandrag (.p&amp;df): teckenförklaring, diagram per tema, vem som inte har lämnat in, varje åtgärd</translation>
    </message>
    <message>
        <source>This version of kotodesk cannot write the meeting summary yet.</source>
        <translation>Den här versionen av kotodesk kan ännu inte skriva mötessammandraget.</translation>
    </message>
    <message>
        <source>&amp;Write and sign</source>
        <translation>Sk&amp;riv och underteckna</translation>
    </message>
    <message>
        <source>Round package for the units</source>
        <translation>Omgångspaket till enheterna</translation>
    </message>
    <message>
        <source>Write round pac&amp;kage</source>
        <translation>Skriv omgångspak&amp;et</translation>
    </message>
    <message>
        <source>The round&apos;s deadline</source>
        <translation>Omgångens sista dag</translation>
    </message>
    <message>
        <source>E-m&amp;ail it to the units…</source>
        <translation>Skicka per e-post till en&amp;heterna…</translation>
    </message>
    <message>
        <source>Write an e-mail draft to each unit with the round package attached</source>
        <translation>Skriv ett e-postutkast till varje enhet med omgångspaketet bifogat</translation>
    </message>
    <message>
        <source>Open a new round</source>
        <translation>Öppna en ny uppföljningsomgång</translation>
    </message>
    <message>
        <source>Monitoring period</source>
        <translation>Uppföljningsperiod</translation>
    </message>
    <message>
        <source>e.g. 1–12/2024</source>
        <translation>t.ex. 1–12/2024</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Sista dag</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Följande period</translation>
    </message>
    <message>
        <source>Close the ro&amp;und that is open now</source>
        <translation>Stäng den omgång som är öppen &amp;nu</translation>
    </message>
    <message>
        <source>Ope&amp;n round</source>
        <translation>Öppn&amp;a omgång</translation>
    </message>
    <message>
        <source>Monitoring p&amp;eriod:</source>
        <translation>Uppföl&amp;jningsperiod:</translation>
    </message>
    <message>
        <source>Dead&amp;line:</source>
        <translation>Sis&amp;ta dag:</translation>
    </message>
    <message>
        <source>Nex&amp;t period:</source>
        <translation>Följande &amp;period:</translation>
    </message>
    <message>
        <source>Writing progress</source>
        <translation>Skrivningens förlopp</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>fingerprint {0}…</source>
        <translation>fingeravtryck {0}…</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round (it has no deadline), the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>Paketet för omgång {0} innehåller åtgärdslistan, omgången (den har ingen sista dag), förra omgångens sammanslagna uppgifter och dina granskningskommentarer. Skicka det till varje enhet.</translation>
    </message>
    <message>
        <source>Conflicts still open: {0}. The contributions concerned are marked unresolved in the files.</source>
        <translation>Öppna konflikter: {0}. De berörda uppgifterna markeras som olösta i filerna.</translation>
    </message>
    <message>
        <source>This programme has no round yet.</source>
        <translation>Det här programmet har ännu ingen uppföljningsomgång.</translation>
    </message>
    <message>
        <source>Change deadline</source>
        <translation>Ändra sista dag</translation>
    </message>
    <message>
        <source>Round&apos;s deadline:</source>
        <translation>Omgångens sista dag:</translation>
    </message>
    <message>
        <source>The package for round {0} carries the catalogue, the round and its deadline, the previous round&apos;s merged entries and your review comments. Send it to every unit.</source>
        <translation>Paketet för omgång {0} innehåller åtgärdslistan, omgången och dess sista dag, förra omgångens sammanslagna uppgifter och dina granskningskommentarer. Skicka det till varje enhet.</translation>
    </message>
    <message>
        <source>Save in folder</source>
        <translation>Spara i mapp</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Ange din lösenfras.</translation>
    </message>
    <message>
        <source>Choose a folder.</source>
        <translation>Välj en mapp.</translation>
    </message>
    <message>
        <source>Choose the report, the summary or both.</source>
        <translation>Välj rapporten, sammandraget eller båda.</translation>
    </message>
    <message>
        <source>Signing and writing the merged files…</source>
        <translation>Undertecknar och skriver de sammanslagna filerna…</translation>
    </message>
    <message>
        <source>Signing and writing the round package…</source>
        <translation>Undertecknar och skriver omgångspaketet…</translation>
    </message>
    <message>
        <source>Wrote:</source>
        <translation>Sparade:</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
    <message>
        <source>Round {0} is open. Write its round package and send it to the units.</source>
        <translation>Omgång {0} är öppen. Skriv dess omgångspaket och skicka det till enheterna.</translation>
    </message>
    <message>
        <source>Round {0}: the deadline is now {1} (it was {2}). Returns and the summary are judged by it from now on. Write the round package again and send it, so that the units see it.</source>
        <translation>Uppföljningsomgången {0}: sista dagen är nu {1} (den var {2}). Om en rapport är försenad bedöms från och med nu efter den, också i mötessammandraget. Skriv omgångspaketet på nytt och skicka det, så att enheterna ser den nya sista dagen.</translation>
    </message>
    <message>
        <source>Opening round {0} closes round {1}: its {2} entries from {3} units can then be read but no longer changed, and they become the new round&apos;s &quot;last round&quot;.</source>
        <translation>Att öppna omgång {0} stänger omgång {1}: dess {2} uppgifter från {3} enheter kan sedan läsas men inte längre ändras, och de blir den nya omgångens &quot;förra omgång&quot;.</translation>
    </message>
    <message>
        <source>A closed round can be opened again with &quot;Reopen round&quot; in this window&apos;s toolbar.</source>
        <translation>En stängd omgång kan öppnas igen med &quot;Öppna omgången igen&quot; i fönstrets verktygsfält.</translation>
    </message>
    <message>
        <source>Open {0} and close {1}</source>
        <translation>Öppna {0} och stäng {1}</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in Settings › Signing key and trust… › Make a signing key, or with `kotodesk key new`.</source>
        <translation>Du har ännu ingen signeringsnyckel. Skapa en under Inställningar › Signeringsnyckel och förtroende… › Skapa signeringsnyckel eller med `kotodesk key new`.</translation>
    </message>
</context>
<context>
    <name>PackageImport</name>
    <message>
        <source>Take in round package</source>
        <translation>Hämta omgångspaket</translation>
    </message>
    <message>
        <source>Round packages (*.xlsx);;All files (*)</source>
        <translation>Omgångspaket (*.xlsx);;Alla filer (*)</translation>
    </message>
    <message>
        <source>Round {0} of {1} taken in (deadline {2}).</source>
        <translation>Omgång {0} av {1} hämtad (sista dag {2}).</translation>
    </message>
    <message>
        <source>Last round ({0}): {1} entries, shown beside each measure.</source>
        <translation>Förra omgången ({0}): {1} uppgifter, visas vid varje åtgärd.</translation>
    </message>
    <message>
        <source>The certificate the programme issued for your key came with it and is installed: your signatures carry it from now on.</source>
        <translation>Certifikatet som programmet utfärdat för din nyckel kom med paketet och har installerats: dina underskrifter bär det från och med nu.</translation>
    </message>
    <message>
        <source>Trust this signer?</source>
        <translation>Lita på den här undertecknaren?</translation>
    </message>
    <message>
        <source>Trust {0} as your coordinator?</source>
        <translation>Lita på {0} som din koordinator?</translation>
    </message>
    <message>
        <source>the signer</source>
        <translation>undertecknaren</translation>
    </message>
    <message>
        <source>E-mail: {0}</source>
        <translation>E-post: {0}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the coordinator reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Jämför det här fingeravtrycket med det som koordinatorn läser upp för dig ur sin kotodesk (Inställningar › Signeringsnyckel och förtroende):</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Lita på</translation>
    </message>
    <message>
        <source>&amp;Do not trust</source>
        <translation>Lita &amp;inte på</translation>
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
    <message>
        <source>{0}: theme {1}, measure {2}. Enter or F8 goes there.</source>
        <translation>{0}: tema {1}, åtgärd {2}. Enter eller F8 går dit.</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <source>Request a certificate from the programme</source>
        <translation>Begär ett certifikat av programmet</translation>
    </message>
    <message>
        <source>The coordinator&apos;s certificate authority issues you a certificate that states the unit you report for. Then anyone who trusts the programme&apos;s certificate, in kotodesk or in a PDF reader, sees your returns as coming from your unit. Write the request, send the file to the coordinator, and read them your key&apos;s fingerprint when they call.</source>
        <translation>Koordinatorns certifikatutfärdare utfärdar ett certifikat åt dig som anger den enhet du rapporterar för. Då ser alla som litar på programmets certifikat, i kotodesk eller i en PDF-läsare, att dina rapporter kommer från din enhet. Skriv begäran, skicka filen till koordinatorn och läs upp nyckelns fingeravtryck när hen ringer.</translation>
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
        <source>Your unit</source>
        <translation>Din enhet</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN-kod</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Request file</source>
        <translation>Fil för begäran</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Välj…</translation>
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
        <source>Your &amp;unit:</source>
        <translation>Din &amp;enhet:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>P&amp;IN-kod:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Lösenfras:</translation>
    </message>
    <message>
        <source>Save &amp;as:</source>
        <translation>Spara &amp;som:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Write request</source>
        <translation>Skriv &amp;begäran</translation>
    </message>
    <message>
        <source>Save the request</source>
        <translation>Spara begäran</translation>
    </message>
    <message>
        <source>Certificate requests (*.csr)</source>
        <translation>Certifikatbegäranden (*.csr)</translation>
    </message>
    <message>
        <source>Your name is needed for the certificate.</source>
        <translation>Ditt namn behövs för certifikatet.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>Skriv din PIN-kod.</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Skriv din lösenfras.</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Fel lösenfras. Försök igen.</translation>
    </message>
    <message>
        <source>Wrote {0}. Send it to the coordinator. Your key&apos;s fingerprint, to read to them: {1}</source>
        <translation>Sparade {0}. Skicka den till koordinatorn. Nyckelns fingeravtryck, att läsa upp för hen: {1}</translation>
    </message>
</context>
<context>
    <name>RequestModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Unit asked for</source>
        <translation>Begärd enhet</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Nyckelns fingeravtryck (SHA-256)</translation>
    </message>
    <message>
        <source>Request intact</source>
        <translation>Begäran intakt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>NO: changed after it was made</source>
        <translation>NEJ: ändrad efter att den gjordes</translation>
    </message>
    <message>
        <source>Issued, serial {0}</source>
        <translation>Utfärdat, serienummer {0}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Väntar</translation>
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
        <source>Restoring replaces the damaged database with the contents of the backup. The damaged file is not deleted: it is kept aside in {0} as kotodesk-damaged-….sqlite3.</source>
        <translation>Återställningen ersätter den skadade databasen med säkerhetskopians innehåll. Den skadade filen raderas inte: den sparas i {0} som kotodesk-damaged-….sqlite3.</translation>
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
    <name>ReviewTab</name>
    <message>
        <source>Units to review</source>
        <translation>Enheter att granska</translation>
    </message>
    <message>
        <source>Accept a unit&apos;s return, or send it back with a comment. The unit sees your comment when it takes in the next round package.</source>
        <translation>Godkänn en enhets rapport, eller skicka tillbaka den med en kommentar. Enheten ser din kommentar när den hämtar nästa omgångspaket.</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Kommentar till enheten</translation>
    </message>
    <message>
        <source>Comment to the unit (needed when you send the return back)</source>
        <translation>Kommentar till enheten (behövs när du skickar tillbaka rapporten)</translation>
    </message>
    <message>
        <source>Comme&amp;nt:</source>
        <translation>Ko&amp;mmentar:</translation>
    </message>
    <message>
        <source>&amp;Accept return</source>
        <translation>Godkänn &amp;rapporten</translation>
    </message>
    <message>
        <source>Accept the unit&apos;s return</source>
        <translation>Godkänn enhetens rapport</translation>
    </message>
    <message>
        <source>Send &amp;back with comment</source>
        <translation>Skicka &amp;tillbaka med kommentar</translation>
    </message>
    <message>
        <source>Send the return back with the comment</source>
        <translation>Skicka tillbaka rapporten med kommentaren</translation>
    </message>
    <message>
        <source>Say why in the comment: the unit reads it.</source>
        <translation>Förklara varför i kommentaren: enheten läser den.</translation>
    </message>
    <message>
        <source>{0}: accepted.</source>
        <translation>{0}: godkänd.</translation>
    </message>
    <message>
        <source>{0}: sent back with your comment.</source>
        <translation>{0}: skickad tillbaka med din kommentar.</translation>
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
    <message>
        <source>The coordinator sent your last return back: {0}</source>
        <translation>Koordinatorn skickade tillbaka din förra rapport: {0}</translation>
    </message>
    <message>
        <source>The coordinator&apos;s comment on your last return: {0}</source>
        <translation>Koordinatorns kommentar om din förra rapport: {0}</translation>
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
        <source>Contact person of a unit: I fill in my unit&apos;s return</source>
        <translation>Kontaktperson för en enhet: jag fyller i min enhets rapport</translation>
    </message>
    <message>
        <source>Coordinator: I open rounds and merge the returns</source>
        <translation>Koordinator: jag öppnar omgångar och sammanställer rapporterna</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
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
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
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
        <source>kotodesk keeps your unit&apos;s status reports on this computer and works without a network. Choose your role and your unit: you will see the measures your unit is responsible for. A coordinator also opens rounds and merges the units&apos; returns. You can change these later in Settings.</source>
        <translation>kotodesk sparar din enhets lägesrapporter på den här datorn och fungerar utan nätverk. Välj din roll och din enhet: du ser de åtgärder som din enhet ansvarar för. En koordinator öppnar också omgångar och sammanställer enheternas rapporter. Du kan ändra detta senare i Inställningar.</translation>
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
    <name>SettledConflicts</name>
    <message>
        <source>Settle all for the ne&amp;west return</source>
        <translation>Avgör alla till förmån för den &amp;nyaste rapporten</translation>
    </message>
    <message>
        <source>Each open conflict is settled for the return signed or saved last, as `kotodesk merge --prefer newest` does. A choice can be reopened below.</source>
        <translation>Varje öppen konflikt avgörs till förmån för den rapport som undertecknades eller sparades sist, som `kotodesk merge --prefer newest` gör. Ett val kan öppnas igen nedan.</translation>
    </message>
    <message>
        <source>Settled conflicts</source>
        <translation>Avgjorda konflikter</translation>
    </message>
    <message>
        <source>R&amp;eopen</source>
        <translation>&amp;Öppna igen</translation>
    </message>
    <message>
        <source>Reopen the settled conflict</source>
        <translation>Öppna den avgjorda konflikten igen</translation>
    </message>
    <message>
        <source>Settled conflicts: {0}</source>
        <translation>Avgjorda konflikter: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) settled for the newest return.</source>
        <translation>
            <numerusform>%n konflikt avgjord till förmån för den nyaste rapporten.</numerusform>
            <numerusform>%n konflikter avgjorda till förmån för den nyaste rapporten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen the conflict?</source>
        <translation>Öppna konflikten igen?</translation>
    </message>
    <message>
        <source>{0}: forget the choice of {1} and settle the conflict again?</source>
        <translation>{0}: glöm valet av {1} och avgör konflikten på nytt?</translation>
    </message>
    <message>
        <source>{0} is open again: choose on the left.</source>
        <translation>{0} är öppen igen: välj till vänster.</translation>
    </message>
</context>
<context>
    <name>SettledModel</name>
    <message>
        <source>Measure</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Chosen return</source>
        <translation>Vald rapport</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Next / previous field, in screen order</source>
        <translation>Nästa / föregående fält, i skärmens ordning</translation>
    </message>
    <message>
        <source>Choose a status (in the measure list or on the status)</source>
        <translation>Välj en status (i åtgärdslistan eller på statusen)</translation>
    </message>
    <message>
        <source>Move between statuses; between measures in the list</source>
        <translation>Flytta mellan statusar; mellan åtgärder i listan</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Choose the focused status</source>
        <translation>Välj den markerade statusen</translation>
    </message>
    <message>
        <source>Enter or ↓ in Search</source>
        <translation>Enter eller ↓ i sökningen</translation>
    </message>
    <message>
        <source>Go to the first measure found</source>
        <translation>Gå till den första åtgärden som hittades</translation>
    </message>
    <message>
        <source>Enter in Still missing</source>
        <translation>Enter i Saknas ännu</translation>
    </message>
    <message>
        <source>Go to the missing item</source>
        <translation>Gå till den saknade punkten</translation>
    </message>
    <message>
        <source>Alt+underlined letter</source>
        <translation>Alt+understruken bokstav</translation>
    </message>
    <message>
        <source>Menus and buttons, e.g. Alt+H for History</source>
        <translation>Menyer och knappar, t.ex. Alt+S: Historik</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Vad den gör</translation>
    </message>
</context>
<context>
    <name>SignerDialog</name>
    <message>
        <source>Trust this signer?</source>
        <translation>Lita på undertecknaren?</translation>
    </message>
    <message>
        <source>Certificate: unit {0}, organisation {1}, valid {2} – {3}</source>
        <translation>Certifikat: enhet {0}, organisation {1}, giltigt {2} – {3}</translation>
    </message>
    <message>
        <source>Compare this fingerprint with the one the signer reads to you from their kotodesk (Settings › Signing key and trust):</source>
        <translation>Jämför det här fingeravtrycket med det som undertecknaren läser upp för dig ur sin kotodesk (Inställningar › Signeringsnyckel och förtroende):</translation>
    </message>
    <message>
        <source>The role and units below are proposed from the certificate: check them.</source>
        <translation>Rollen och enheterna nedan föreslås utifrån certifikatet: kontrollera dem.</translation>
    </message>
    <message>
        <source>Unit contact person: returns for the units below</source>
        <translation>Enhetens kontaktperson: rapporter för enheterna nedan</translation>
    </message>
    <message>
        <source>Coordinator: round packages and merged reports, and returns for the units below</source>
        <translation>Koordinator: omgångspaket och sammanslagna rapporter, och rapporter för enheterna nedan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Type to find a unit, e.g. Kasko</source>
        <translation>Skriv för att söka en enhet, t.ex. Kasko</translation>
    </message>
    <message>
        <source>Find a unit</source>
        <translation>Sök en enhet</translation>
    </message>
    <message>
        <source>Units the signer may speak for</source>
        <translation>Enheter som undertecknaren får svara för</translation>
    </message>
    <message>
        <source>A division includes its units. The signer&apos;s returns count only for these units, and only for the measures they answer for.</source>
        <translation>En sektor omfattar sina enheter. Undertecknarens rapporter räknas bara för dessa enheter, och bara för de åtgärder de ansvarar för.</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Roll:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Enheter:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Lita på</translation>
    </message>
    <message>
        <source>May speak for: {0}</source>
        <translation>Får svara för: {0}</translation>
    </message>
    <message>
        <source>May speak for no unit.</source>
        <translation>Får inte svara för någon enhet.</translation>
    </message>
</context>
<context>
    <name>SignerModel</name>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingeravtryck</translation>
    </message>
    <message>
        <source>your own key</source>
        <translation>din egen nyckel</translation>
    </message>
    <message>
        <source>certificate imported</source>
        <translation>certifikat importerat</translation>
    </message>
    <message>
        <source>accepted after comparing</source>
        <translation>godkänd efter jämförelse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>May speak for</source>
        <translation>Får svara för</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bekräftad</translation>
    </message>
    <message>
        <source>no unit</source>
        <translation>ingen enhet</translation>
    </message>
    <message>
        <source>{0} (proposed from the certificate)</source>
        <translation>{0} (föreslaget utifrån certifikatet)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Unit contact person</source>
        <translation>Enhetens kontaktperson</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: check and confirm</source>
        <translation>Nej: kontrollera och bekräfta</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>not reported</source>
        <translation>inte rapporterad</translation>
    </message>
    <message>
        <source>no status given</source>
        <translation>ingen status angiven</translation>
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
    <name>StatusesTab</name>
    <message>
        <source>When the units answering for a measure disagree, the merged status defaults to the least advanced one. You can set it yourself, with a note for the meeting.</source>
        <translation>När enheterna som ansvarar för en åtgärd är oeniga blir den sammanvägda statusen som standard den minst framskridna. Du kan sätta den själv, med en anteckning till mötet.</translation>
    </message>
    <message>
        <source>Show every measure with a contri&amp;bution</source>
        <translation>&amp;Visa varje åtgärd med uppgifter</translation>
    </message>
    <message>
        <source>Show every measure with a contribution</source>
        <translation>Visa varje åtgärd med uppgifter</translation>
    </message>
    <message>
        <source>Merged statuses</source>
        <translation>Sammanvägda statusar</translation>
    </message>
    <message>
        <source>Merged status</source>
        <translation>Sammanvägd status</translation>
    </message>
    <message>
        <source>Note for the meeting</source>
        <translation>Anteckning till mötet</translation>
    </message>
    <message>
        <source>Why this status, e.g. what the units said</source>
        <translation>Varför denna status, t.ex. vad enheterna sade</translation>
    </message>
    <message>
        <source>S&amp;et merged status</source>
        <translation>Sä&amp;tt sammanvägd status</translation>
    </message>
    <message>
        <source>Return to the &amp;default</source>
        <translation>Återgå till stan&amp;dard</translation>
    </message>
    <message>
        <source>Merged s&amp;tatus:</source>
        <translation>S&amp;ammanvägd status:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>A&amp;nteckning:</translation>
    </message>
    <message>
        <source>No measure needs your decision: where several units answered, they agree.</source>
        <translation>Ingen åtgärd behöver ditt beslut: där flera enheter svarade är de eniga.</translation>
    </message>
    <message>
        <source>{0}: merged status set.</source>
        <translation>{0}: sammanvägd status satt.</translation>
    </message>
    <message>
        <source>{0}: back to the default.</source>
        <translation>{0}: tillbaka till standard.</translation>
    </message>
</context>
<context>
    <name>ThemeProgressModel</name>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Kompletta</translation>
    </message>
    <message>
        <source>{0} of {1} measures</source>
        <translation>{0} av {1} åtgärder</translation>
    </message>
</context>
<context>
    <name>TokenDialog</name>
    <message>
        <source>Sign with a card or token</source>
        <translation>Underteckna med kort eller token</translation>
    </message>
    <message>
        <source>Your signing key can stay on your organisation&apos;s smart card or a USB token. kotodesk reaches it through the card software&apos;s PKCS#11 module. The PIN is asked each time you sign, and never stored.</source>
        <translation>Din signeringsnyckel kan stanna på organisationens smartkort eller en USB-token. kotodesk når den via kortprogramvarans PKCS#11-modul. PIN-koden frågas varje gång du undertecknar och sparas aldrig.</translation>
    </message>
    <message>
        <source>PKCS#11 module</source>
        <translation>PKCS#11-modul</translation>
    </message>
    <message>
        <source>OpenSC is not installed: choose the card software&apos;s module</source>
        <translation>OpenSC är inte installerat: välj kortprogramvarans modul</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <source>&amp;Look for cards</source>
        <translation>&amp;Sök kort</translation>
    </message>
    <message>
        <source>&amp;Module:</source>
        <translation>&amp;Modul:</translation>
    </message>
    <message>
        <source>Certificates on the cards</source>
        <translation>Certifikaten på korten</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meddelande</translation>
    </message>
    <message>
        <source>&amp;Sign with this key</source>
        <translation>&amp;Underteckna med denna nyckel</translation>
    </message>
    <message>
        <source>This data folder signs with {0}.</source>
        <translation>Den här datamappen undertecknar med: {0}.</translation>
    </message>
    <message>
        <source>PKCS#11 modules (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-moduler (*.so *.dll *.dylib);;Alla filer (*)</translation>
    </message>
    <message>
        <source>No card or token found: is the card in the reader?</source>
        <translation>Inget kort eller token hittades: sitter kortet i läsaren?</translation>
    </message>
    <message>
        <source>The card holds no certificate: a key without its certificate cannot sign.</source>
        <translation>Kortet har inget certifikat: en nyckel utan sitt certifikat kan inte underteckna.</translation>
    </message>
    <message>
        <source>Choose the certificate to sign with: on an organisation card, the one for signatures.</source>
        <translation>Välj certifikatet att underteckna med: på ett organisationskort det som är avsett för underskrifter.</translation>
    </message>
    <message>
        <source>This certificate may not sign documents: {0}</source>
        <translation>Det här certifikatet får inte underteckna dokument: {0}</translation>
    </message>
    <message>
        <source>The PIN of this card is locked: unlock it with the PUK code first.</source>
        <translation>PIN-koden för det här kortet är låst: lås upp den först med PUK-koden.</translation>
    </message>
    <message>
        <source>Sign with the card?</source>
        <translation>Underteckna med kortet?</translation>
    </message>
    <message>
        <source>From now on this data folder signs with the key on the card instead of your key file. The key file stays on this computer, and files you signed with it stay verifiable. Continue?</source>
        <translation>Från och med nu undertecknar den här datamappen med nyckeln på kortet i stället för din nyckelfil. Nyckelfilen stannar på datorn, och filer du undertecknat med den kan fortfarande kontrolleras. Fortsätta?</translation>
    </message>
    <message>
        <source>Signing with the card {0}: {1}, {2}. The PIN is asked when you sign.</source>
        <translation>Undertecknar med kortet {0}: {1}, {2}. PIN-koden frågas vid undertecknandet.</translation>
    </message>
</context>
<context>
    <name>TokenMessages</name>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written; type the PIN again.</source>
        <translation>Fel PIN-kod för kortet eller token {0}. Ingenting skrevs; skriv PIN-koden igen.</translation>
    </message>
    <message>
        <source>Wrong PIN for the card or token {0}. Nothing was written. Only one try is left before the PIN locks.</source>
        <translation>Fel PIN-kod för kortet eller token {0}. Ingenting skrevs. Bara ett försök återstår innan PIN-koden låses.</translation>
    </message>
    <message>
        <source>The PIN of the card or token {0} is locked after too many wrong tries. Unlock it with the PUK code (your organisation&apos;s card service helps). Nothing was written.</source>
        <translation>PIN-koden för kortet eller token {0} är låst efter för många felaktiga försök. Lås upp den med PUK-koden (organisationens kortservice hjälper till). Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The card or token {0} is not in the reader. Insert it and try again. Nothing was written.</source>
        <translation>Kortet eller token {0} sitter inte i läsaren. Sätt i det och försök igen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The card or token {0} was removed while signing. Insert it and try again. Nothing was written.</source>
        <translation>Kortet eller token {0} togs bort under undertecknandet. Sätt i det och försök igen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The certificate chosen on the card or token {0} may not sign documents (its key usage does not allow signatures). Choose the card&apos;s signing certificate. Nothing was written.</source>
        <translation>Certifikatet som valts på kortet eller token {0} får inte underteckna dokument (dess nyckelanvändning tillåter inte underskrifter). Välj kortets signeringscertifikat. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The PIN for the card or token {0} has the wrong length or characters. Nothing was written; type the PIN again.</source>
        <translation>PIN-koden för kortet eller token {0} har fel längd eller fel tecken. Ingenting skrevs; skriv PIN-koden igen.</translation>
    </message>
    <message>
        <source>The card or token {0} did not answer. Take it out of the reader, insert it again and try again. Nothing was written.</source>
        <translation>Kortet eller token {0} svarade inte. Ta ut det ur läsaren, sätt i det igen och försök igen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>The card or token {0} holds no private key for the chosen certificate. Choose another certificate. Nothing was written.</source>
        <translation>Kortet eller token {0} har ingen privat nyckel för det valda certifikatet. Välj ett annat certifikat. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>Several cards or tokens are named {0}. Leave only one in the readers and try again. Nothing was written.</source>
        <translation>Flera kort eller tokens heter {0}. Lämna bara ett i läsarna och försök igen. Ingenting skrevs.</translation>
    </message>
    <message>
        <source>No card software was found on this computer (looked for {0}). Install OpenSC or your organisation&apos;s card software, or choose its PKCS#11 module with Browse…</source>
        <translation>Ingen kortprogramvara hittades på den här datorn (söktes: {0}). Installera OpenSC eller din organisations kortprogramvara, eller välj dess PKCS#11-modul med Bläddra…</translation>
    </message>
    <message>
        <source>{0}: there is no such file. Choose the card software&apos;s PKCS#11 module with Browse…</source>
        <translation>{0}: någon sådan fil finns inte. Välj kortprogramvarans PKCS#11-modul med Bläddra…</translation>
    </message>
    <message>
        <source>{0} cannot be used as card software (it is not a working PKCS#11 module). Choose the card software&apos;s module with Browse…</source>
        <translation>{0} kan inte användas som kortprogramvara (det är ingen fungerande PKCS#11-modul). Välj kortprogramvarans modul med Bläddra…</translation>
    </message>
</context>
<context>
    <name>UnitReturnsModel</name>
    <message>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Inlämnad</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Granskning</translation>
    </message>
    <message>
        <source>Comment to the unit</source>
        <translation>Kommentar till enheten</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Godkänd</translation>
    </message>
    <message>
        <source>Sent back</source>
        <translation>Skickad tillbaka</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>Inte inlämnad</translation>
    </message>
    <message>
        <source>Returned late, signed {0}</source>
        <translation>Inlämnad för sent, undertecknad {0}</translation>
    </message>
    <message>
        <source>Returned unsigned: not judged against the deadline</source>
        <translation>Inlämnad, inte undertecknad: inte bedömd mot sista dagen</translation>
    </message>
    <message>
        <source>Returned {0}</source>
        <translation>Inlämnad {0}</translation>
    </message>
    <message>
        <source>{0}/{1}, {2} without status</source>
        <translation>{0}/{1}, utan status {2}</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}; the first one that counts was signed after the deadline {2}</source>
        <translation>Senaste fil mottagen {0}; filer: {1}; den första som räknas undertecknades efter tidsfristen {2}</translation>
    </message>
    <message>
        <source>Last file received {0}; files: {1}</source>
        <translation>Senaste fil mottagen {0}; filer: {1}</translation>
    </message>
    <message>
        <source>{0} of the {1} measures the unit answers for have its contribution</source>
        <translation>{0} av de {1} åtgärder som enheten ansvarar för har dess uppgifter</translation>
    </message>
    <message>
        <source>{0} of them without a status: their merged status waits for it</source>
        <translation>{0} av dem utan status: deras sammanslagna status väntar på den</translation>
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
    <message>
        <source>A code such as 2/3.1 means theme 2, measure 3.1.</source>
        <translation>En kod som 2/3.1 betyder tema 2, åtgärd 3.1.</translation>
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
    <message>
        <source>Signer not authorised</source>
        <translation>Undertecknaren inte behörig</translation>
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
    <message>
        <source>Warning: {0}</source>
        <translation>Varning: {0}</translation>
    </message>
</context>
</TS>
